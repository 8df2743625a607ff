"""The scorer (``jccttool.evaluate``) on small hand-made cases, and ``jccttool eval``."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from jccttool.errors import InputError
from jccttool.evaluate import normalise_name, score, score_many
from jccttool.records import (
    Block,
    Commitment,
    DateMention,
    DateRef,
    DocumentInfo,
    Extraction,
    MoneyMention,
    Party,
    Quantity,
    Section,
    Session,
    Source,
    Tool,
)

TEXT = (
    "Trade Facts\n\n"
    "China agreed to publish the rules by June 2012. U.S. exports reached $29.6 billion in 2010, up 20 percent.\n"
    "The two sides will hold a dialogue in the middle of 2012. The SFDA confirmed its policy.\n"
    "Market Access\n\n"
    "\u2022 China will open its market to U.S. beef."
)


def at(text: str, n: int = 1) -> tuple[int, int]:
    """The span of the n-th occurrence of ``text`` in TEXT."""
    start = -1
    for _ in range(n):
        start = TEXT.index(text, start + 1)
    return (start, start + len(text))


def extraction(text: str = TEXT, **lists) -> Extraction:
    return Extraction(
        tool=Tool(version="0"),
        source=Source(path="doc.txt", sha256="0" * 64, bytes=len(text.encode()), encoding="utf-8", format="text",
                      text_sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text)),
        document=DocumentInfo(),
        **lists,
    )


CHINA = Party(id="china", name="China", type="country", country="CN", mentions=[at("China")])
US = Party(id="united-states", name="United States", type="country", country="US", mentions=[at("U.S.")])
SFDA = Party(id="sfda", name="State Food and Drug Administration", type="government_body", country="CN",
             acronym="SFDA", mentions=[at("SFDA")])


def money(text="$29.6 billion", amount="29600000000", n=1, **kw) -> MoneyMention:
    return MoneyMention(text=text, span=at(text, n), currency=kw.pop("currency", "USD"), amount=Decimal(amount), **kw)


def day(text, start, end, grain="month", role="deadline") -> DateMention:
    return DateMention(text=text, span=at(text), start=date.fromisoformat(start), end=date.fromisoformat(end),
                       grain=grain, role=role)


def commitment(text, actors, kind="pledge", negated=False, deadline=None, span=None) -> Commitment:
    return Commitment(id="c-000000000000", actors=actors, verb="agree", kind=kind, negated=negated,
                      deadline=deadline, text=text, span=span or at(text))


def gold(**lists) -> dict:
    return {"document": "doc.txt", **lists}


GOLD_MONEY = {"text": "$29.6 billion", "amount": 29600000000, "amount_max": None, "currency": "USD", "year": 2010}
GOLD_DATE = {"text": "by June 2012", "start": "2012-06-01", "end": "2012-06-30", "grain": "month", "role": "deadline"}
PLEDGE = "China agreed to publish the rules by June 2012."
GOLD_PLEDGE = {"text": PLEDGE, "actors": ["CN"], "kind": "pledge", "negated": False,
               "deadline": {"start": "2012-06-01", "end": "2012-06-30"}}


def counts(report, field):
    s = report.fields[field]
    return (s.tp, s.fp, s.fn)


# --- perfect match, partial overlap, wrong value --------------------------------------


def test_score_perfect_match_gives_f1_one():
    pred = extraction(
        money=[money()],
        dates=[day("June 2012", "2012-06-01", "2012-06-30")],
        quantities=[Quantity(text="20 percent", span=at("20 percent"), kind="percent", value=Decimal(20))],
        parties=[CHINA],
        commitments=[commitment(PLEDGE, ["china"], deadline=DateRef(
            text="June 2012", span=at("June 2012"), start=date(2012, 6, 1), end=date(2012, 6, 30), grain="month"))],
    )
    g = gold(money=[GOLD_MONEY], dates=[GOLD_DATE], quantities=[{"text": "20 percent", "value": 20, "kind": "percent"}],
             parties=[{"name": "China", "acronym": None, "type": "country", "country": "CN"}], commitments=[GOLD_PLEDGE])
    report = score(pred, g, TEXT)
    for field in ("money", "dates", "quantities", "parties", "commitments"):
        assert counts(report, field) == (1, 0, 0), field
        assert report.fields[field].f1 == 1.0
    for name in ("date_role", "commitment_kind", "commitment_negated", "commitment_deadline"):
        assert report.accuracies[name].value == 1.0, name
    assert report.findings == []


def test_score_partial_overlap_matches():
    # the prediction "29.6 billion" (no "$") overlaps the gold "$29.6 billion"
    pred = extraction(money=[money(text="29.6 billion")])
    assert counts(score(pred, gold(money=[GOLD_MONEY]), TEXT), "money") == (1, 0, 0)


def test_score_no_overlap_is_a_miss_and_a_false_positive():
    pred = extraction(quantities=[Quantity(text="2012", span=at("2012", 2), kind="count", value=Decimal(20))])
    report = score(pred, gold(quantities=[{"text": "20 percent", "value": 20, "kind": "percent"}]), TEXT)
    assert counts(report, "quantities") == (0, 1, 1)


@pytest.mark.parametrize(
    "pred_money",
    [
        pytest.param(dict(amount="29600000"), id="wrong-amount"),
        pytest.param(dict(currency="CNY"), id="wrong-currency"),
        pytest.param(dict(amount_max=Decimal("30000000000")), id="range-vs-single"),
    ],
)
def test_score_wrong_money_value(pred_money):
    report = score(extraction(money=[money(**pred_money)]), gold(money=[GOLD_MONEY]), TEXT)
    assert counts(report, "money") == (0, 1, 1)
    kinds = sorted(f.kind for f in report.findings)
    assert kinds == ["false_positive", "missed"]
    assert all(f.text for f in report.findings)


def test_score_wrong_date_grain_or_interval():
    wrong = day("June 2012", "2012-06-01", "2012-06-30", grain="day")
    assert counts(score(extraction(dates=[wrong]), gold(dates=[GOLD_DATE]), TEXT), "dates") == (0, 1, 1)


def test_score_date_role_accuracy_among_matched():
    pred = extraction(dates=[day("June 2012", "2012-06-01", "2012-06-30", role="event")])
    report = score(pred, gold(dates=[GOLD_DATE]), TEXT)
    assert counts(report, "dates") == (1, 0, 0)
    assert (report.accuracies["date_role"].correct, report.accuracies["date_role"].total) == (0, 1)
    assert [f.kind for f in report.findings] == ["wrong"]


# --- duplicates and optional items -----------------------------------------------------


def test_score_duplicate_prediction_is_a_false_positive():
    pred = extraction(money=[money(), money(text="29.6 billion")])
    report = score(pred, gold(money=[GOLD_MONEY]), TEXT)
    assert counts(report, "money") == (1, 1, 0)
    assert report.fields["money"].precision == 0.5 and report.fields["money"].recall == 1.0


def test_score_one_to_one_finds_the_maximal_matching():
    # two gold items, two predictions; the first prediction could take either gold item
    text = "values: 5 percent and 5 percent"
    q = lambda s: Quantity(text=text[s[0]:s[1]], span=s, kind="percent", value=Decimal(5))  # noqa: E731
    second = (22, 31)  # the first prediction (8, 31) overlaps both gold items
    pred = extraction(text, quantities=[q((8, 31)), q(second)])
    g = gold(quantities=[{"text": "5 percent", "occurrence": 1, "value": 5, "kind": "percent"},
                         {"text": "5 percent", "occurrence": 2, "value": 5, "kind": "percent"}])
    assert counts(score(pred, g, text), "quantities") == (2, 0, 0)


def test_score_optional_items_neither_rewarded_nor_punished():
    optional = dict(GOLD_MONEY, optional=True)
    found = score(extraction(money=[money()]), gold(money=[optional]), TEXT)
    missed = score(extraction(), gold(money=[optional]), TEXT)
    assert counts(found, "money") == (0, 0, 0)
    assert counts(missed, "money") == (0, 0, 0)
    assert found.fields["money"].f1 is None and found.findings == []


def test_score_required_item_wins_over_optional_one():
    text = "in 2010 and 2010"
    pred = extraction(text, dates=[DateMention(text="2010", span=(12, 16), start=date(2010, 1, 1),
                                                end=date(2010, 12, 31), grain="year")])
    g = gold(dates=[{"text": "2010 and 2010", "start": "2010-01-01", "end": "2010-12-31", "grain": "year",
                     "optional": True},
                    {"text": "2010", "occurrence": 2, "start": "2010-01-01", "end": "2010-12-31", "grain": "year"}])
    assert counts(score(pred, g, text), "dates") == (1, 0, 0)


# --- fuzzy dates -------------------------------------------------------------------------

FUZZY = {"text": "the middle of 2012", "start": "2012-06-01", "end": "2012-07-31", "grain": "month",
         "role": "deadline", "fuzzy": True}


@pytest.mark.parametrize(
    "start,end,grain,matched",
    [
        ("2012-06-01", "2012-07-31", "month", True),
        ("2012-05-01", "2012-08-31", "season", True),
        ("2012-07-01", "2012-07-31", "month", True),
        ("2012-01-01", "2012-12-31", "year", True),
        ("2012-01-01", "2012-03-31", "quarter", False),  # no overlap
        ("2012-06-01", "2013-05-31", "years", False),  # not within 2012
    ],
)
def test_score_fuzzy_gold_dates(start, end, grain, matched):
    pred = extraction(dates=[day("middle of 2012", start, end, grain=grain)])
    want = (1, 0, 0) if matched else (0, 1, 1)
    assert counts(score(pred, gold(dates=[FUZZY]), TEXT), "dates") == want


# --- commitments ------------------------------------------------------------------------

COOP = "The two sides will hold a dialogue in the middle of 2012."
GOLD_COOP = {"text": COOP, "actors": ["US", "CN"], "kind": "cooperation", "negated": False, "deadline": None}


@pytest.mark.parametrize(
    "cut,matched",
    [(0, True), (len(COOP) // 2, True), (len(COOP) // 2 + 2, False)],
    ids=["whole", "half", "less-than-half"],
)
def test_score_commitment_needs_half_the_sentence(cut, matched):
    start, end = at(COOP)
    pred = extraction(parties=[CHINA, US], commitments=[
        commitment(TEXT[start + cut:end], ["china", "united-states"], kind="cooperation", span=(start + cut, end))])
    want = (1, 0, 0) if matched else (0, 1, 1)
    assert counts(score(pred, gold(commitments=[GOLD_COOP]), TEXT), "commitments") == want


def test_score_commitment_actor_countries_come_from_parties():
    # SFDA maps to CN; an actor without a country is ignored
    nobody = Party(id="jcct", name="JCCT", type="forum", country=None, mentions=[])
    pred = extraction(parties=[SFDA, nobody], commitments=[commitment(PLEDGE, ["sfda", "jcct"])])
    report = score(pred, gold(commitments=[GOLD_PLEDGE]), TEXT)
    assert counts(report, "commitments") == (1, 0, 0)
    assert report.accuracies["commitment_deadline"].value == 0.0  # gold has a deadline, prediction none
    wrong = extraction(parties=[US], commitments=[commitment(PLEDGE, ["united-states"])])
    assert counts(score(wrong, gold(commitments=[GOLD_PLEDGE]), TEXT), "commitments") == (0, 1, 1)


def test_score_commitment_kind_and_negation_accuracy():
    pred = extraction(parties=[CHINA], commitments=[commitment(PLEDGE, ["china"], kind="action", negated=True)])
    report = score(pred, gold(commitments=[dict(GOLD_PLEDGE, deadline=None)]), TEXT)
    assert report.accuracies["commitment_kind"].value == 0.0
    assert report.accuracies["commitment_negated"].value == 0.0
    assert report.accuracies["commitment_deadline"].value == 1.0  # both null


# --- parties ----------------------------------------------------------------------------


def test_score_party_matches_by_mention_text_and_alias():
    # predicted name differs, but a mention's text ("SFDA") equals the gold acronym
    pred_party = Party(id="x", name="Food and Drug Agency", type="government_body", country="CN", mentions=[at("SFDA")])
    g = {"name": "State Food and Drug Administration", "acronym": "SFDA", "type": "government_body", "country": "CN"}
    assert counts(score(extraction(parties=[pred_party]), gold(parties=[g]), TEXT), "parties") == (1, 0, 0)
    by_alias = dict(g, acronym=None, aliases=["the  Food and Drug Agency"])
    assert counts(score(extraction(parties=[pred_party]), gold(parties=[by_alias]), TEXT), "parties") == (1, 0, 0)


def test_score_party_needs_same_country():
    g = {"name": "China", "acronym": None, "type": "country", "country": "US"}
    assert counts(score(extraction(parties=[CHINA]), gold(parties=[g]), TEXT), "parties") == (0, 1, 1)


def test_normalise_name_folds_case_quotes_space_and_article():
    assert normalise_name("The\u00a0U.S.\u2019s  Office ") == normalise_name("u.s.'s office")


# --- sections ---------------------------------------------------------------------------


def _section(sid, title, n_blocks):
    blocks = [Block(id=f"{sid}.b{i:02d}", kind="paragraph", role="outcome", text="x", span=(0, 1))
              for i in range(1, n_blocks + 1)]
    return Section(id=sid, title=title, level=1 if title else 0, span=(0, 1), blocks=blocks)


def test_score_sections_by_title_and_null_order():
    pred = extraction(sections=[_section("s00", None, 2), _section("s01", "MARKET  access", 1),
                                _section("s02", None, 0), _section("s03", "Extra", 1)])
    g = gold(sections=[{"title": None, "blocks": 2}, {"title": "Market Access", "blocks": 2}])
    report = score(pred, g, TEXT)
    assert counts(report, "sections") == (2, 1, 0)  # the empty null section is not counted; "Extra" is an FP
    assert (report.accuracies["section_blocks"].correct, report.accuracies["section_blocks"].total) == (1, 2)


# --- micro-averaging and bad gold -------------------------------------------------------


def test_score_many_micro_averages():
    good = (extraction(money=[money()]), gold(money=[GOLD_MONEY]), TEXT)
    empty = (extraction(), gold(money=[GOLD_MONEY, dict(GOLD_MONEY, text="20 percent", amount=20)]), TEXT)
    report = score_many([good, empty])
    assert counts(report, "money") == (1, 0, 2)
    assert report.fields["money"].recall == pytest.approx(1 / 3)
    assert report.to_dict() == score_many([good, empty]).to_dict()


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"money": [dict(GOLD_MONEY, text="$1 zillion")]}, id="text-not-in-source"),
        pytest.param({"money": [dict(GOLD_MONEY, occurrence=2)]}, id="occurrence-too-high"),
        pytest.param({"dates": [dict(GOLD_DATE, start="June")]}, id="bad-date"),
        pytest.param({"commitments": [{"text": PLEDGE}]}, id="missing-actors"),
    ],
)
def test_score_bad_gold_raises_input_error(bad):
    with pytest.raises(InputError):
        score(extraction(), gold(**bad), TEXT)


# --- issue areas and document metadata ------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_areas", "pred_areas", "tp_fp_fn"),
    [
        (["transparency"], ["transparency"], (1, 0, 0)),
        (["transparency", "standards"], ["transparency"], (1, 0, 1)),
        (["transparency"], ["transparency", "services"], (1, 1, 0)),
        (["other"], ["ipr"], (0, 1, 1)),
        (None, ["ipr"], (0, 0, 0)),  # gold without areas: not scored
    ],
)
def test_score_commitment_areas_as_pairs(gold_areas, pred_areas, tp_fp_fn):
    pred = extraction(parties=[CHINA], commitments=[commitment(PLEDGE, ["china"]).model_copy(update={"areas": pred_areas})])
    item = dict(GOLD_PLEDGE, **({"areas": gold_areas} if gold_areas else {}))
    report = score(pred, gold(commitments=[item]), TEXT)
    s = report.labels["commitment_areas"]
    assert (s.tp, s.fp, s.fn) == tp_fp_fn
    assert report.fields["commitments"].f1 == 1.0  # areas never change commitment matching
    assert report.overall.tp == 1


def test_score_commitment_areas_only_among_matched_and_in_thresholds():
    pred = extraction(parties=[CHINA], commitments=[commitment(PLEDGE, ["china"]).model_copy(update={"areas": ["ipr"]})])
    report = score(pred, gold(commitments=[dict(GOLD_PLEDGE, areas=["ipr"])]), TEXT)
    assert report.f1("commitment_areas") == 1.0
    assert report.to_dict()["labels"]["commitment_areas"]["f1"] == 1.0
    missed = score(extraction(), gold(commitments=[dict(GOLD_PLEDGE, areas=["ipr"])]), TEXT)
    assert missed.labels["commitment_areas"].fn == 0  # an unmatched commitment is a miss of commitments only


@pytest.mark.parametrize("bad", [["ipr", "trade"], [], "ipr"])
def test_score_bad_gold_areas_raise(bad):
    with pytest.raises(InputError):
        score(extraction(), gold(commitments=[dict(GOLD_PLEDGE, areas=bad)]), TEXT)


def _with_session(session, title="Trade Facts", issued=None, kind="fact_sheet", parties=()):
    return extraction(parties=list(parties)).model_copy(
        update={"document": DocumentInfo(title=title, kind=kind, issued=issued, session=session)})


WANG = Party(id="wang-qishan", name="Wang Qishan", type="person", country="CN", mentions=[])
KIRK = Party(id="ron-kirk", name="Ron Kirk", type="person", country="US", mentions=[])
SESSION = Session(forum="U.S.-China Joint Commission on Commerce and Trade", acronym="JCCT", ordinal=22,
                  start=date(2011, 11, 20), end=date(2011, 11, 21), location="Chengdu, China",
                  co_chairs=["ron-kirk", "wang-qishan"])
GOLD_SESSION = {"forum": "JCCT", "ordinal": 22, "start": "2011-11-20", "end": "2011-11-21",
                "location": "Chengdu, China", "co_chairs": ["Wang Qishan", "Ron Kirk"]}


def test_score_metadata_all_right():
    pred = _with_session(SESSION, issued=date(2011, 11, 21), parties=[WANG, KIRK])
    report = score(pred, gold(title="trade  facts", kind="fact_sheet", issued="2011-11-21", session=GOLD_SESSION), TEXT)
    assert {name: (a.correct, a.total) for name, a in report.metadata.items()} == {
        name: (1, 1) for name in report.metadata}


@pytest.mark.parametrize(
    ("change", "wrong"),
    [
        ({"ordinal": 23}, "session_ordinal"),
        ({"start": "2011-11-21"}, "session_start"),
        ({"location": "Beijing"}, "session_location"),
        ({"co_chairs": ["Wang Qishan"]}, "session_co_chairs"),
        ({"co_chairs": ["Wang Qishan", "Gary Locke"]}, "session_co_chairs"),
        ({"forum": "S&ED"}, "session_forum"),
    ],
)
def test_score_metadata_field_by_field(change, wrong):
    pred = _with_session(SESSION, parties=[WANG, KIRK])
    report = score(pred, gold(session=dict(GOLD_SESSION, **change)), TEXT)
    record = [] if wrong in ("session_ordinal", "session_forum") else ["session_record"]
    assert [name for name, a in report.metadata.items() if a.total and a.correct < a.total] == [
        wrong, "document_metadata", *record]


@pytest.mark.parametrize(
    ("change", "record_right"),
    [
        ({}, True),
        ({"forum": "S&ED"}, True),  # forum and ordinal are not part of the session record
        ({"ordinal": 23}, True),
        ({"end": "2011-11-22"}, False),
        ({"location": None}, False),
        ({"co_chairs": []}, False),
    ],
)
def test_score_session_record_counts_the_issue_fields_only(change, record_right):
    pred = _with_session(SESSION, issued=date(2011, 11, 21), parties=[WANG, KIRK])
    report = score(pred, gold(title="Trade Facts", kind="fact_sheet", issued="2011-11-21",
                              session=dict(GOLD_SESSION, **change)), TEXT)
    assert (report.metadata["session_record"].correct, report.metadata["session_record"].total) == (int(record_right), 1)
    assert report.metadata["document_metadata"].correct == int(not change)


def test_score_session_record_needs_a_session_key_and_checks_title_kind_issued():
    assert score(_with_session(SESSION), gold(title="Trade Facts"), TEXT).metadata["session_record"].total == 0
    pred = _with_session(SESSION, issued=date(2011, 11, 21), parties=[WANG, KIRK])
    for change in ({"title": "Other"}, {"kind": "readout"}, {"issued": "2011-11-20"}):
        full = {"title": "Trade Facts", "kind": "fact_sheet", "issued": "2011-11-21", **change}
        report = score(pred, gold(session=GOLD_SESSION, **full), TEXT)
        assert report.metadata["session_record"].correct == 0, change


def test_score_metadata_null_session_and_absent_keys():
    none = score(_with_session(None), gold(session=None, title="Trade Facts"), TEXT)
    assert none.metadata["document_metadata"].correct == 1 and none.metadata["session_co_chairs"].total == 1
    assert score(_with_session(SESSION), gold(session=None), TEXT).metadata["session_forum"].correct == 0
    absent = score(_with_session(SESSION), gold(), TEXT)
    assert all(a.total == 0 for a in absent.metadata.values())


@pytest.mark.parametrize(
    ("name", "right"),
    [
        ("China-US Joint Commission on Commerce and Trade", True),  # the country pair either way round
        ("United States-China Joint Commission on Commerce and Trade", True),  # a country named in two words
        ("Joint Commission on Commerce and Trade (JCCT)", True),  # a trailing parenthesis dropped
        ("U.S.-China Strategic and Economic Dialogue", False),
    ],
)
def test_score_metadata_forum_by_name_when_the_text_uses_no_acronym(name, right):
    pred = _with_session(SESSION, parties=[WANG, KIRK])
    report = score(pred, gold(session=dict(GOLD_SESSION, forum=None, name=name)), TEXT)
    assert report.metadata["session_forum"].correct == right
    assert score(_with_session(None), gold(session=dict(GOLD_SESSION, forum=None, name=name)),
                 TEXT).metadata["session_forum"].correct == 0


def test_score_metadata_co_chair_names_without_honorifics_and_suffixes():
    paulson = Party(id="henry-paulson", name="Henry M. Paulson", type="person", country="US", mentions=[])
    pence = Party(id="honorable-mike-pence", name="Honorable Mike Pence", type="person", country="US", mentions=[])
    session = SESSION.model_copy(update={"co_chairs": ["henry-paulson", "honorable-mike-pence"]})
    report = score(_with_session(session, parties=[paulson, pence]),
                   gold(session=dict(GOLD_SESSION, co_chairs=["Henry M Paulson, Jr.", "Mike Pence"])), TEXT)
    assert report.metadata["session_co_chairs"].correct == 1


# --- the eval command --------------------------------------------------------------------


@pytest.fixture()
def files(tmp_path):
    """A source text, a prediction extracted from it (one money hit, one FP) and a gold file."""
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    pred = extraction(money=[money(), money("$29.6 billion", "1")], dates=[day("June 2012", "2012-06-01", "2012-06-30")])
    pred = pred.model_copy(update={"source": pred.source.model_copy(update={
        "path": str(tmp_path / "doc.txt"), "sha256": hashlib.sha256(TEXT.encode()).hexdigest()})})
    (tmp_path / "doc.json").write_text(pred.to_json(), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "doc.gold.json").write_text(json.dumps(gold(money=[GOLD_MONEY], dates=[GOLD_DATE])), encoding="utf-8")
    return tmp_path


def run(*args):
    from jccttool.cli.eval import app

    return CliRunner().invoke(app, list(map(str, args)))


def test_eval_json_output_is_deterministic(files):
    result = run(files / "doc.json", files / "gold" / "doc.gold.json", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["fields"]["money"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert data["fields"]["dates"]["f1"] == 1.0
    assert "findings" not in data
    assert run(files / "doc.json", files / "gold" / "doc.gold.json", "--json").stdout == result.stdout


def test_eval_gold_dir_explain_lists_false_positives(files):
    result = run("--gold-dir", files / "gold", files / "doc.json", "--json", "--explain")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["findings"]
    assert [(f["field"], f["kind"], f["text"]) for f in findings] == [("money", "false_positive", "$29.6 billion")]


def test_eval_table_output(files):
    result = run(files / "doc.json", files / "gold" / "doc.gold.json", "--explain")
    assert result.exit_code == 0, result.output
    assert "money" in result.stdout and "0.667" in result.stdout and "false_positive" in result.stdout


def test_eval_min_f1_missed_exits_1(files):
    ok = run(files / "doc.json", files / "gold" / "doc.gold.json", "--min-f1", "dates=1.0", "--json")
    assert ok.exit_code == 0
    result = run(files / "doc.json", files / "gold" / "doc.gold.json", "--min-f1", "money=0.9",
                 "--min-f1", "dates=0.5", "--json")
    assert result.exit_code == 1
    assert "money" in result.stderr and "dates" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["missing.json", "gold/doc.gold.json"], id="missing-pred"),
        pytest.param(["doc.json", "doc.txt"], id="gold-not-json"),
        pytest.param(["doc.json"], id="one-file"),
        pytest.param(["doc.json", "gold/doc.gold.json", "--min-f1", "money"], id="bad-threshold"),
        pytest.param(["doc.json", "gold/doc.gold.json", "--min-f1", "nonsense=0.5"], id="unknown-field"),
        pytest.param(["--gold-dir", "nowhere", "doc.json"], id="missing-gold-dir"),
    ],
)
def test_eval_bad_input_exits_2(files, args, monkeypatch):
    monkeypatch.chdir(files)
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("jccttool: ") and len(result.stderr.strip().splitlines()) == 1
