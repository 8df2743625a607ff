"""compare.pairing.recurring: one-to-one, deterministic, areas and actors respected, key terms
decide; and the pairing scorer (``evaluate.pairs``, ``jccttool eval --pairs``)."""

import json
import re
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from jccttool.cli import app
from jccttool.compare import pairing
from jccttool.compare.pairing import key_terms, recurring
from jccttool.evaluate.pairs import score_pairs
from jccttool.records import Commitment
from tests.conftest import FACT_SHEET, ROOT


def _c(text, actors=("china",), areas=("ipr",), start=0):
    return Commitment(id="c-" + str(abs(hash(text)) % 10**12).zfill(12), actors=list(actors), verb="agree",
                      kind="pledge", text=text, span=(start, start + len(text)), areas=list(areas))


def test_restated_pledge_pairs_one_to_one():
    old = [_c("China agreed to require its ministries to buy licensed software."),
           _c("The United States will host a trade mission on clean energy.", ("united-states",), ("energy-environment",))]
    new = [_c("China will ensure that its ministries buy only licensed software."),
           _c("China will ensure that its ministries buy only licensed software products.")]
    pairs = recurring(old, new)
    assert [(p.old, p.new) for p in pairs] == [(0, 1)] or [(p.old, p.new) for p in pairs] == [(0, 0)]
    assert "software" in pairs[0].shared


def test_disjoint_areas_or_actors_never_pair():
    text = "The two sides agreed to hold talks on border inspections of cargo this year."
    assert recurring([_c(text, areas=("goods-trade",))], [_c(text, areas=("agriculture",))]) == []
    assert recurring([_c(text, actors=("china",))], [_c(text, actors=("united-states",))]) == []


def test_a_shared_concept_group_overrides_disjoint_areas_but_not_disjoint_actors():
    # a sentence listing several outcomes has at most three areas: a concept both name is a finer subject
    old = _c("The two sides agreed to widen the travel memorandum to more provinces.", areas=("services",))
    new = _c("Officials launched the next stage of group tourism under the memorandum.", areas=("agriculture", "ipr"))
    olds = [_c(t, areas=("other",)) for t in DISTRACTORS_OLD]
    news = [_c(t, areas=("other",)) for t in DISTRACTORS_NEW]
    assert (2, 0) in [(p.old, p.new) for p in recurring([*olds, old], [new, *news])]
    assert (2, 0) not in [(p.old, p.new) for p in recurring([*olds, old], [new.model_copy(update={"actors": ["united-states"]}), *news])]
    plain = _c("The two sides agreed to widen the memorandum to more provinces.", areas=("services",))
    assert (2, 0) not in [(p.old, p.new) for p in recurring([*olds, plain], [new, *news])]  # no concept in common: areas decide


def test_a_sentence_of_clauses_is_compared_clause_by_clause(monkeypatch):
    # one sentence listing several outcomes: each restatement pairs with its own clause
    bundle = ("The two sides praised the dialogue; agreed to reopen talks on pork exports; "
              "pledged to expand the smart grid standards exchange; welcomed the new trade mission.")
    pork = "China confirmed it will admit U.S. pork once inspectors sign the protocol."
    grid = "Both sides will continue their cooperation on smart grid standards."
    olds = [_c(pork, areas=("agriculture",)), _c(grid, areas=("energy-environment",))]
    news = [_c(bundle, areas=("agriculture", "energy-environment"))]
    whole = pairing._term_scores(olds, news)
    assert whole[(0, 0)][0] >= pairing.THRESHOLD and "@pork" in whole[(0, 0)][1]
    assert whole[(1, 0)][0] >= pairing.THRESHOLD and "smart grid" in whole[(1, 0)][1]
    assert len(recurring(olds, news)) == 1  # one-to-one still: the better clause wins
    monkeypatch.setattr(pairing, "_units", lambda text, terms, norm, weight: [(terms, norm)])
    assert pairing._term_scores(olds, news)[(0, 0)][0] < pairing.THRESHOLD  # the whole sentence alone dilutes "pork"


def test_one_shared_word_is_no_evidence():
    old = _c("Both sides pledged to enhance the success of the Pittsburgh talks.", areas=("macroeconomic",))
    new = _c("Both sides will enhance communication on budget policy.", areas=("macroeconomic",))
    assert {t for t in key_terms(old.text)} & {t for t in key_terms(new.text)} == {"enhanc"}
    assert recurring([old], [new]) == []


def test_statements_of_importance_pair_only_with_the_same_words():
    pledge = _c("The two sides promised to pursue structural reform and balanced growth.", areas=("macroeconomic",))
    view = _c("The two sides recognized the importance of structural reform for growth.", areas=("macroeconomic",))
    again = _c("China will deepen structural reform of its state sector.", areas=("macroeconomic",))
    assert [(p.old, p.new) for p in recurring([pledge], [view, again])] == [(0, 1)]
    assert recurring([pledge], [view]) == []
    assert [(p.old, p.new) for p in recurring([view], [view.model_copy(update={"span": (9, 9 + len(view.text))})])] == [(0, 0)]


def test_meeting_nouns_and_umbrella_area_names_are_frame_words():
    terms = key_terms("The sides will work for the success of the summit meeting on intellectual property rights.")
    assert not {"summit", "meet", "intellectual", "property", "right", "macroeconomic"} & set(terms)
    assert "macroeconomic" not in key_terms("China will coordinate macroeconomic policies.")


def test_forum_name_words_that_name_an_issue_area_stay_key_terms():
    # "Investment" is a word of a forum's name (Trade and Investment Framework Agreement) and a subject
    assert "investment" in key_terms("The two sides launched an investment dialogue.")
    assert "dialogu" not in key_terms("The two sides launched an investment dialogue.")  # where, not what


def test_stemming_undoubles_a_consonant_before_ing_and_ed():
    assert pairing._stem("travelling") == pairing._stem("travel") and pairing._stem("committed") == pairing._stem("commit")
    assert "@travel" in key_terms("group travelling of citizens")


def test_stemming_maps_irregular_past_forms_to_the_bare_verb():
    assert pairing._stem("begun") == pairing._stem("began") == pairing._stem("begin")
    assert pairing._stem("undertaken") == pairing._stem("undertake") and pairing._stem("sought") == pairing._stem("seek")
    assert pairing._stem("held") != pairing._stem("hold")  # a meeting report's verb stays apart


def test_deterministic():
    old = [_c(f"China agreed to publish rule number {n} on software licensing.") for n in range(5)]
    new = [_c(f"China will publish rule number {n} on software licensing.") for n in range(5)]
    assert recurring(old, new) == recurring(old, new)
    assert len({p.new for p in recurring(old, new)}) == len(recurring(old, new))


# Restatements in new words, each among distractors of the same documents: (old, new, areas). They share two or
# more key terms; one shared key word alone usually scores under the threshold (README, "Recurring commitments").
POSITIVES = [
    pytest.param("China agreed to promote the use of licensed software by companies and to run pilot projects.",
                 "China confirmed that state-owned companies must buy and use licensed software.", ("ipr",), id="software-enterprises"),
    pytest.param("China agreed to reopen its market to American beef once experts finish a protocol.",
                 "China will reopen its beef market to U.S. exporters for cattle under 30 months.", ("agriculture",), id="beef"),
    pytest.param("The two sides will work together for a successful G-20 summit in the autumn.",
                 "Both sides promised closer cooperation for the next G20 summit.", ("macroeconomic",), id="g20-spelling"),
    pytest.param("The United States remains committed to raising its national savings rate over the medium term.",
                 "The United States will increase national saving and investment.", ("macroeconomic",), id="saving-stem"),
    pytest.param("Both sides agreed to convene next year's legal exchange in three cities.",
                 "The two governments will convene the legal exchange again in cities chosen together.", ("transparency",), id="legal-exchange"),
]

DISTRACTORS_OLD = ["The two sides agreed to hold a seminar on cloud computing services.",
                   "China will publish draft rules on medical device registration for comment."]
DISTRACTORS_NEW = ["The United States will share information on counterfeit medicines with regulators.",
                   "China agreed to notify technical regulations on telecommunications equipment."]


@pytest.mark.parametrize(("old", "new", "areas"), POSITIVES)
def test_restatement_pairs_among_distractors(old, new, areas):
    olds = [_c(t, ("china", "united-states"), ("other",)) for t in DISTRACTORS_OLD] + [_c(old, ("china", "united-states"), areas)]
    news = [_c(new, ("china", "united-states"), areas)] + [_c(t, ("china", "united-states"), ("other",)) for t in DISTRACTORS_NEW]
    assert (2, 0) in [(p.old, p.new) for p in recurring(olds, news)]


NEGATIVES = [
    pytest.param("The two sides agreed to continue.", "Both sides reaffirmed their commitment.", id="frame-words-only"),
    pytest.param("Vice Premier Wang Qishan will lead the new campaign against counterfeit drugs.",
                 "Vice Premier Wang Qishan welcomed the decision on poultry imports.", id="names-only"),
    pytest.param("China and the United States agreed to hold the symposium this year.",
                 "The United States and China confirmed today that both sides will meet again next year.", id="countries-and-calendar"),
]


@pytest.mark.parametrize(("old", "new"), NEGATIVES)
def test_no_key_term_in_common_never_pairs(old, new):
    assert recurring([_c(old, areas=("other",))], [_c(new, areas=("other",))]) == []


def test_key_terms_fold_plurals_and_drop_the_frame():
    assert key_terms("China agreed to expand the enterprises' software pilots.") == key_terms("China will expand enterprise software pilot")
    assert "china" not in key_terms("China and the United States agreed")
    assert "smart grid" in key_terms("cooperation on smart grid standards")


def test_fuzzy_method_kept_for_comparison():
    old = [_c("China agreed to require its ministries to buy licensed software.")]
    new = [_c("China will ensure that its ministries buy only licensed software.")]
    assert [(p.old, p.new) for p in recurring(old, new, method="fuzzy")] == [(0, 0)]


def test_soe_software_bullet_pairs_with_a_22nd_software_legalization_commitment():
    from jccttool.pipeline import extract_path

    old = extract_path(str(FACT_SHEET)).commitments
    new = extract_path(str(ROOT / "tests/corpus/series/jcct-23-ustr-2012.txt")).commitments
    soe = [j for j, c in enumerate(new) if "state-owned enterprises" in c.text]
    assert soe
    partner = {p.new: old[p.old] for p in recurring(old, new)}
    assert soe[0] in partner and "software" in partner[soe[0]].text


# ---------------------------------------------------------------- the scorer


def _gold(tmp_path, pairs):
    (tmp_path / "a.txt").write_text("x" * 300, encoding="utf-8")
    (tmp_path / "b.txt").write_text("x" * 300, encoding="utf-8")
    docs = {
        "a": {"path": "a.txt", "commitments": [{"id": "a#1", "span": [0, 100], "optional": False},
                                               {"id": "a#2", "span": [100, 200], "optional": False},
                                               {"id": "a#3", "span": [200, 300], "optional": True}]},
        "b": {"path": "b.txt", "commitments": [{"id": "b#1", "span": [0, 100], "optional": False},
                                               {"id": "b#2", "span": [100, 200], "optional": False},
                                               {"id": "b#3", "span": [200, 300], "optional": False}]},
    }
    gold = {"documents": docs, "document_pairs": [{"old": "a", "new": "b", "split": "tune", "lineage": "X", "recurring": pairs,
                                                   "optional": []}]}
    path = tmp_path / "recurring.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_scorer_counts_right_wrong_ignored_and_missed(tmp_path):
    path = _gold(tmp_path, [{"old": "a#1", "new": "b#1", "thread": "T1", "alternatives": []},
                            {"old": "a#2", "new": "b#2", "thread": "T2", "alternatives": [["a#2", "b#3"]]}])
    spans = [(0, 90), (100, 190), (200, 290)]
    fake = SimpleNamespace(commitments=[SimpleNamespace(span=s, text=f"s{k}") for k, s in enumerate(spans)])
    predicted = [SimpleNamespace(old=0, new=0, score=50.0),  # right
                 SimpleNamespace(old=1, new=2, score=40.0),  # right: an alternative
                 SimpleNamespace(old=2, new=1, score=30.0)]  # touches an optional sentence: ignored
    report = score_pairs(path, lambda a, b: predicted, extract=lambda p: fake)
    s = report.overall
    assert (s.tp, s.fp, s.fn, s.ignored) == (2, 0, 0, 1)
    wrong = [SimpleNamespace(old=0, new=1, score=50.0)]
    s = score_pairs(path, lambda a, b: wrong, extract=lambda p: fake).overall
    assert (s.tp, s.fp, s.fn, s.not_extracted) == (0, 1, 2, 0)
    assert s.precision == 0.0 and s.recall == 0.0


def test_eval_pairs_cli_runs_on_the_series_gold():
    result = CliRunner().invoke(app, ["eval", "--pairs", str(ROOT / "tests/corpus/series/gold/recurring.json"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document_pairs"] >= 100 and {"all", "split:tune", "split:holdout"} <= set(data["scores"])
    assert data["scores"]["all"]["tp"] + data["scores"]["all"]["fn"] >= 40


def test_eval_pairs_cli_rejects_a_bad_gold(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--pairs", str(bad)])
    assert result.exit_code == 2


def test_pairing_stopwords_load_lower_case_and_are_documented():
    from jccttool import resources
    from jccttool.resources.rules import pairing_stopwords

    words = pairing_stopwords()
    assert {"agreed", "sides", "premier"} <= words
    assert all(w == w.lower() and " " not in w for w in words)
    assert "pairing_stopwords.txt" in resources.read_text("SOURCES.md")


# ---------------------------------------------------------------- concept groups, meeting reports
# Sentences written for these tests: each pair restates one undertaking in other words that share at
# most one key word, and a phrase of one group of resources/pairing_concepts.txt.

CONCEPT_POSITIVES = [
    pytest.param("software-legalization", "Ministries will buy genuine software only.",
                 "Central agencies are required to install licensed software.", ("ipr",), id="software"),
    pytest.param("trade-secrets", "Courts will protect trade secrets.", "Prosecutors will pursue misappropriation.", ("ipr",),
                 id="trade-secrets"),
    pytest.param("currency", "China reaffirmed that it would pursue RMB reform.",
                 "China committed to greater exchange rate flexibility.", ("macroeconomic",), id="currency"),
    pytest.param("saving-consumption", "China will boost household consumption.",
                 "China pledged measures lifting domestic demand.", ("macroeconomic",), id="consumption"),
    pytest.param("export-controls", "Experts will discuss dual-use items.", "Officials will review export controls.",
                 ("export-controls",), id="export-controls"),
    pytest.param("beef", "China will reopen imports of bovine meat.",
                 "Chinese regulators will admit American beef shipments.", ("agriculture",), id="beef"),
    pytest.param("procurement-gpa", "China will table a revised GPA offer.",
                 "China will accelerate accession to the Government Procurement Agreement.", ("procurement",), id="gpa"),
    pytest.param("investment-treaty", "Negotiators will improve their negative lists.", "Both teams will advance BIT talks.",
                 ("investment",), id="bit"),
]


@pytest.mark.parametrize(("concept", "old", "new", "areas"), CONCEPT_POSITIVES)
def test_a_concept_group_lets_a_restatement_in_other_words_pair(monkeypatch, concept, old, new, areas):
    assert f"@{concept}" in key_terms(old) and f"@{concept}" in key_terms(new)
    words = {t for t in key_terms(old) if not t.startswith("@")} & {t for t in key_terms(new) if not t.startswith("@")}
    assert len(words) <= 1  # one key word at most in common ("software"), else only the concept
    olds = [_c(t, ("china", "united-states"), ("other",)) for t in DISTRACTORS_OLD] + [_c(old, ("china", "united-states"), areas)]
    news = [_c(new, ("china", "united-states"), areas)] + [_c(t, ("china", "united-states"), ("other",)) for t in DISTRACTORS_NEW]
    pairs = recurring(olds, news)
    assert (2, 0) in [(p.old, p.new) for p in pairs]
    assert next(p for p in pairs if p.old == 2).shared  # the phrase words are shown to the reader
    if not words:  # without the concept group nothing is shared
        monkeypatch.setattr(pairing, "_concept_phrases", lambda: {})
        _clear_term_caches()
        try:
            assert (2, 0) not in [(p.old, p.new) for p in recurring(olds, news)]
        finally:
            monkeypatch.undo()
            _clear_term_caches()


def _clear_term_caches():
    for cached in (pairing._key_terms, pairing._term_set, pairing._clause_terms):
        cached.cache_clear()


CONCEPT_NEGATIVES = [
    pytest.param("Ministries will buy genuine software only.", "Regulators will exchange views on beef imports.", id="software-vs-beef"),
    pytest.param("China committed to greater exchange rate flexibility.", "China will table a revised GPA offer.", id="currency-vs-gpa"),
    pytest.param("Officials will meet on export controls next spring.", "China will boost household consumption.", id="export-controls-vs-consumption"),
]


@pytest.mark.parametrize(("old", "new"), CONCEPT_NEGATIVES)
def test_different_concept_groups_never_pair(old, new):
    assert recurring([_c(old, areas=("other",))], [_c(new, areas=("other",))]) == []


def test_concept_phrases_match_whole_words_only():
    assert "@beef" not in key_terms("The two sides will beefy up cooperation.")
    assert "@investment-treaty" in key_terms("Talks on a BIT resumed.")
    assert "@investment-treaty" not in key_terms("China will do a bit more.") or "@investment-treaty" in key_terms("a bit")


def test_meeting_reports_pair_only_with_the_same_words():
    held = "The two sides held the working group on trade remedies in Beijing."
    again = "The two sides held the working group on trade remedies in Washington."
    old, new = _c(held, areas=("goods-trade",)), _c(again, areas=("goods-trade",))
    assert [(p.old, p.new) for p in recurring([old], [new])] == [(0, 0)]  # as pledges they would pair
    report_old = old.model_copy(update={"verb": "hold", "rule": "hold", "kind": "action"})
    report_new = new.model_copy(update={"verb": "hold", "rule": "hold", "kind": "action"})
    assert recurring([report_old], [report_new]) == []
    assert recurring([report_old], [new]) == [] and recurring([old], [report_new]) == []
    same = report_old.model_copy(update={"span": (5, 5 + len(held))})
    assert [(p.old, p.new) for p in recurring([report_old], [same])] == [(0, 0)]  # the same words still recur


def test_pairing_concepts_and_report_triggers_load_and_are_documented():
    from jccttool import resources
    from jccttool.resources.rules import pairing_concepts, pairing_report_triggers, trigger_labels

    concepts = dict(pairing_concepts())
    assert {"software-legalization", "currency", "beef", "export-controls"} <= set(concepts)
    phrases = [p for ps in concepts.values() for p in ps]
    assert len(phrases) == len(set(phrases)) and all(p == p.lower() for p in phrases)
    assert {"hold", "conclude"} <= pairing_report_triggers() <= set(trigger_labels())
    assert "will" not in pairing_report_triggers()  # "will hold a roundtable" is an undertaking
    sources = resources.read_text("SOURCES.md")
    assert "pairing_concepts.txt" in sources and "pairing_report_triggers.txt" in sources


@pytest.mark.parametrize("line", ["no colon here", "Bad Id: phrase", "x-y: a | | b"])
def test_a_malformed_concept_line_is_a_rule_data_error(monkeypatch, line):
    from jccttool.errors import RuleDataError
    from jccttool.resources import rules

    monkeypatch.setattr(rules, "read_text", lambda name: "# comment\n" + line + "\n")
    rules.pairing_concepts.cache_clear()
    try:
        with pytest.raises(RuleDataError, match=r"pairing_concepts.txt:2"):
            rules.pairing_concepts()
    finally:
        rules.pairing_concepts.cache_clear()


def test_a_phrase_under_two_concepts_is_a_rule_data_error(monkeypatch):
    from jccttool.errors import RuleDataError
    from jccttool.resources import rules

    monkeypatch.setattr(rules, "read_text", lambda name: "a: beef | pork\nb: pork\n")
    rules.pairing_concepts.cache_clear()
    try:
        with pytest.raises(RuleDataError, match="listed twice"):
            rules.pairing_concepts()
    finally:
        rules.pairing_concepts.cache_clear()


def test_every_concept_phrase_is_found_in_a_sentence():
    from jccttool.resources.rules import pairing_concepts

    missing = [(cid, phrase) for cid, phrases in pairing_concepts() for phrase in phrases
               if f"@{cid}" not in key_terms(f"The officials discussed {phrase} at length.")
               or f"@{cid}" not in key_terms(f"{phrase.upper()} was discussed.")]
    assert missing == []


def test_clauses_are_the_semicolon_parts_that_hold_a_key_term():
    from jccttool.compare.pairing import clauses

    text = "Both sides agreed to cut tariffs on pumps;  agreed to license valves ; and so"
    spans = clauses(text)
    assert [text[a:b] for a, b in spans] == ["Both sides agreed to cut tariffs on pumps", "agreed to license valves"]
    assert clauses("China will open its insurance market.") == ()
    assert clauses("China will open its insurance market; and so on") == ()  # one clause with a key term


@pytest.mark.parametrize("text, lead", [
    ("Turning to the reach of its interest-rate moves on world markets, the United States pledged to trim its budget gap.",
     "Turning to the reach of its interest-rate moves on world markets"),
    ("Noting the growth of cross-border parcels, China agreed to simplify customs forms.",
     "Noting the growth of cross-border parcels"),
])
def test_a_participial_lead_is_a_clause_of_its_own(text, lead):
    from jccttool.compare.pairing import clauses

    spans = clauses(text)
    assert [text[a:b] for a, b in spans][0] == lead and len(spans) == 2
    assert text[spans[1][0] :].startswith(("the United States", "China"))


@pytest.mark.parametrize("text", [
    "During the talks on port fees, China agreed to simplify customs forms.",
    "Regarding cross-border parcels, China agreed to simplify customs forms.",
    "Beijing, the host city, agreed to simplify customs forms.",
    "Nanjing on the Yangtze, a port city, agreed to simplify customs forms.",
    "China agreed to simplify customs forms, reducing the load on parcel senders.",
])
def test_prepositions_and_names_in_ing_open_no_clause(text):
    from jccttool.compare.pairing import clauses

    assert clauses(text) == ()


def test_a_clause_pair_needs_enough_shared_words_to_count():
    # the lead shares one word with the old sentence: it must not hide the whole sentence's better evidence
    old = _c("The two sides will keep discussing whether the principle covers tax measures and subsidy measures.",
             ("china", "united-states"))
    new = _c("Building on the principle agreed last year, the two sides will study tax measures and subsidy measures "
             "outside procurement.", ("china", "united-states"))
    olds = [old, *(_c(t, areas=("other",)) for t in DISTRACTORS_OLD)]
    news = [new, *(_c(t, areas=("other",)) for t in DISTRACTORS_NEW)]
    assert (0, 0) in [(p.old, p.new) for p in recurring(olds, news)]


def _c(text, actors=("china",), areas=("ipr",)):
    from jccttool.records import Commitment

    return Commitment(id="c-" + str(abs(hash(text)))[:12].rjust(12, "0"), actors=list(actors), verb="will", kind="pledge",
                      text=text, span=(0, len(text)), areas=list(areas))


def test_contrasting_sides_of_one_subject_do_not_pair():
    # public bodies and companies: the same subject, two undertakings
    old = [_c("China will make sure that government agencies at every level run only licensed software.")]
    new = [_c("China will require companies owned by the state to run licensed software.")]
    assert recurring(old, new) == []
    # a sentence naming both sides may pair with either
    both = [_c("China will audit licensed software in government agencies and companies owned by the state.")]
    assert recurring(both, new)


def test_goods_and_services_are_two_undertakings():
    # a list of machinery and a list of service sectors, both put out for comment: two undertakings
    old = [_c("China will redraft its list of favoured machinery next year and invite public comment on the draft.")]
    new = [_c("China will invite public comment on a redraft of its list of restricted service sectors.")]
    assert recurring(old, new) == []
    assert recurring(old, [_c("China will invite public comment on a redraft of its list of restricted machinery.")])


def test_contrast_file_is_validated(monkeypatch):
    import pytest

    from jccttool.errors import RuleDataError
    from jccttool.resources import rules

    rules.pairing_contrasts.cache_clear()
    monkeypatch.setattr(rules, "read_text", lambda name: "kind.one: apples | pears\n")
    try:
        with pytest.raises(RuleDataError, match="one side"):
            rules.pairing_contrasts()
    finally:
        rules.pairing_contrasts.cache_clear()


def test_a_concept_and_its_neighbour_word_count_as_shared_evidence():
    from jccttool.compare.pairing import key_terms

    a = key_terms("China will buy genuine software for its ministries.")
    b = key_terms("China will buy licensed software for schools.")
    assert "buy @software-legalization" in set(a) & set(b)
    assert "@software-legalization ministry" in a


def test_a_shared_concept_earns_the_area_bonus_when_the_areas_differ():
    # one sentence's areas missed its subject: the concept both name is the shared subject
    old = _c("China will let the renminbi move more freely against the dollar.", areas=("macroeconomic",))
    new = _c("China pledged to cut its market intervention over time.", areas=("transparency",))
    same = new.model_copy(update={"areas": ["macroeconomic"]})
    apart = pairing._term_scores([old], [new])[(0, 0)]
    together = pairing._term_scores([old], [same])[(0, 0)]
    assert "@currency" in apart[1] and apart[0] == together[0]
    plain = _c("China will publish its customs rules more quickly.", areas=("transparency",))
    assert (0, 0) not in pairing._term_scores([old], [plain])  # no concept, disjoint areas: no candidate


def test_a_trailing_elaboration_is_scored_apart_but_is_no_clause(monkeypatch):
    # the undertaking before ", consistent with ..." / ", building on ..." is not diluted by the elaboration
    text = ("The two sides agree to urge other members to seek an early and balanced end to the fisheries "
            "subsidies talks in 2012, consistent with the ministers' instructions, building on the texts "
            "already tabled, taking into account earlier proposals.")
    assert pairing.clauses(text) == ()  # track threads it as one undertaking
    parts = pairing._clause_terms(text)
    assert len(parts) == 2 and "fishery" in " ".join(parts[0]) and "fishery" not in " ".join(parts[1])
    later = _c("Both sides voiced their support for concluding the fisheries subsidies talks.", ("china", "united-states"))
    old = _c(text, ("china", "united-states"))
    olds = [old, *(_c(t, areas=("other",)) for t in DISTRACTORS_OLD)]
    news = [later, *(_c(t, areas=("other",)) for t in DISTRACTORS_NEW)]
    split = pairing._term_scores(olds, news)[(0, 0)][0]
    monkeypatch.setattr(pairing, "_TRAILING", re.compile(r"(?!x)x"))
    pairing._clause_terms.cache_clear()
    try:
        assert split > pairing._term_scores(olds, news)[(0, 0)][0] + 10  # the elaboration dilutes the whole
    finally:
        pairing._clause_terms.cache_clear()


@pytest.mark.parametrize("text", [
    "China will cut its tariffs on pumps, including those used in mines.",
    "China will cut its tariffs on pumps during the coming year.",
])
def test_no_trailing_split_without_an_elaboration(text):
    assert pairing._clause_terms(text) == ()
