"""The spaCy pipeline: sentence rules (``jcct_sentences``), tokenizer infixes, rulers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jccttool.nlp import build_nlp, sentence_starts


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


SPLITS = [
    # (text, expected sentences)
    ("China agreed to publish the rules. The United States welcomed the step.",
     ["China agreed to publish the rules.", "The United States welcomed the step."]),
    ("The outcomes were achieved.\u00a0 Industry facts and figures appear in italics.",
     ["The outcomes were achieved.", "Industry facts and figures appear in italics."]),
    ("China will expand market access for the U.S.\u00a0 The two sides will meet again.",
     ["China will expand market access for the U.S.", "The two sides will meet again."]),
    ("Exports grew fastest to the U.S. China agreed to review the data.",
     ["Exports grew fastest to the U.S.", "China agreed to review the data."]),
    ("The meeting was held in Washington, D.C. The next one will be in Beijing.",
     ["The meeting was held in Washington, D.C.", "The next one will be in Beijing."]),
    ("The talks ended in Washington, D.C. on Friday.", ["The talks ended in Washington, D.C. on Friday."]),
    ("U.S. Trade Representative Ron Kirk and U.S. Commerce Secretary John Bryson co-chaired the JCCT.",
     ["U.S. Trade Representative Ron Kirk and U.S. Commerce Secretary John Bryson co-chaired the JCCT."]),
    ("Treasury Secretary Henry M. Paulson, Jr. and Vice Premier Wu Yi served as co-chairs.",
     ["Treasury Secretary Henry M. Paulson, Jr. and Vice Premier Wu Yi served as co-chairs."]),
    ("Mr. Levine was Deputy Assistant Secretary at that time. He wrote a blog.",
     ["Mr. Levine was Deputy Assistant Secretary at that time.", "He wrote a blog."]),
    ("Decree No. 5 was repealed by Acme Inc. The company agreed.",
     ["Decree No. 5 was repealed by Acme Inc.", "The company agreed."]),
    ("“As enforcement becomes effective, infringers will stop,” Secretary Bryson said in a release. “This is progress.”",
     ["“As enforcement becomes effective, infringers will stop,” Secretary Bryson said in a release.", "“This is progress.”"]),
    ("China “agreed to make a significant change.” China agreed to make permanent a campaign.",
     ["China “agreed to make a significant change.”", "China agreed to make permanent a campaign."]),
    ("“We have made progress,” said Secretary Pritzker. “I have been in business for 27 years.”",
     ["“We have made progress,” said Secretary Pritzker.", "“I have been in business for 27 years.”"]),
    ("Food and feed: Memorandum of agreement between HHS and AQSIQ, signed on December 11, 2007;",
     ["Food and feed:", "Memorandum of agreement between HHS and AQSIQ, signed on December 11, 2007;"]),
    ("The two sides agreed to expand trade; and reiterated the importance of transparency.",
     ["The two sides agreed to expand trade; and reiterated the importance of transparency."]),
    ("Other key topics included, according to a USTR fact sheet: indigenous innovation and trade.",
     ["Other key topics included, according to a USTR fact sheet: indigenous innovation and trade."]),
    ("Did China agree? It did! The talks ended.", ["Did China agree?", "It did!", "The talks ended."]),
    ("Sales were $5 billion in 2010. 2011 was better.", ["Sales were $5 billion in 2010.", "2011 was better."]),
    ("The JCCT was founded in 1983, e.g. as a dialogue.", ["The JCCT was founded in 1983, e.g. as a dialogue."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[t[:40] for t, _ in SPLITS])
def test_sentence_split(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Intellectual Property Rights\n\n  • China agreed to act\n  • The U.S. will help",
        "* Medical Devices.  The Chinese government agreed.\n* Telecom Market Access.  It committed.",
        "- U.S. Truck Tariffs: Korea will extend the phase out\n- Growing U.S. Auto Exports: Exports will improve",
        "    • Food and feed: Memorandum signed on December 11, 2007;\n    • Drugs and medical products: Agreement signed;",
        "Heading without a period\nThe text that follows it.",
    ],
)
def test_sentences_never_cross_a_line_break(nlp, text):
    for sent in nlp(text).sents:
        assert "\n" not in sent.text.strip()


def test_hard_wrapped_line_is_joined(nlp):
    text = "China agreed to publish the revised\nprocedures by the end of 2011.\nThe United States welcomed this."
    assert sentences(nlp, text) == [
        "China agreed to publish the revised\nprocedures by the end of 2011.",
        "The United States welcomed this.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line cut after a word no line ends on: the next line continues the sentence
        ("ROME – The\nUnited Kingdom and Peru today signed an accord.",
         ["ROME – The\nUnited Kingdom and Peru today signed an accord."]),
        ("Officials of the United\nStates and Chile will meet in May.", ["Officials of the United\nStates and Chile will meet in May."]),
        ("The ministers agreed to a review of\nTariff Schedules in June.", ["The ministers agreed to a review of\nTariff Schedules in June."]),
        # negatives: a line ending in a content word, a heading, or punctuation still ends there
        ("Trade in Goods\nThe two sides agreed to talk.", ["Trade in Goods", "The two sides agreed to talk."]),
        ("Agenda for the Meeting of\n\nThe Parties", ["Agenda for the Meeting of", "The Parties"]),
        ("The talks ended.\nThe ministers left.", ["The talks ended.", "The ministers left."]),
        # a bullet run into the line after a sentence starts the next one
        ("Both sides will meet in June.   • Peru will cut fees by 2025.",
         ["Both sides will meet in June.", "• Peru will cut fees by 2025."]),
        ("The fee is 5 p.c. • not a sentence", ["The fee is 5 p.c. • not a sentence"]),
    ],
    ids=lambda x: x[:30] if isinstance(x, str) else None,
)
def test_hard_wrap_after_a_function_word_and_inline_bullets(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_run_in_heading_and_bullet(nlp):
    text = "* Medical Devices.  The Chinese government has agreed to take action."
    assert sentences(nlp, text) == ["* Medical Devices.", "The Chinese government has agreed to take action."]


def test_sentence_starts_are_first_non_space_characters():
    text = "  First one.\u00a0 Second one.\n\n  • Third one."
    starts = sentence_starts(text)
    assert starts == [2, 14, 29]
    assert all(not text[i].isspace() for i in starts)


def test_empty_and_blank_texts(nlp):
    assert sentence_starts("") == []
    assert sentence_starts(" \n\u00a0 ") == []
    assert list(nlp("").sents) == []
    assert [s.text for s in nlp("   ").sents] == ["   "]


def test_every_token_in_exactly_one_sentence(nlp, fact_sheet_text):
    doc = nlp(fact_sheet_text)
    sents = list(doc.sents)
    assert sum(len(s) for s in sents) == len(doc)
    assert sents[0].start == 0 and sents[-1].end == len(doc)
    for s in sents:
        assert "\n" not in s.text.strip()
        assert not s.text.strip() or not s[0].is_space or s.start == 0


def test_fact_sheet_sentences_at_nbsp_and_us(nlp, fact_sheet_text):
    texts = sentences(nlp, fact_sheet_text)
    assert "The following outcomes were achieved." in texts
    assert any(t.startswith("U.S. Secretary of Agriculture Tom Vilsack also took part") for t in texts)
    # "U.S. Trade Representative" and "U.S. $30,000-35,000" never start a sentence mid-line
    assert not any(t.startswith(("Trade Representative", "$30,000")) for t in texts)


@pytest.mark.parametrize(("text", "tokens"), [
    ("November 20–21, 2011", ["November", "20", "–", "21", ",", "2011"]),
    ("2009—2014", ["2009", "—", "2014"]),
    ("U.S.-China trade", ["U.S.-China", "trade"]),
])
def test_dashes_between_digits_split(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_pipeline_is_cached_and_has_the_rule_components(nlp):
    assert build_nlp() is nlp
    assert nlp.pipe_names[0] == "jcct_sentences" and nlp.pipe_names[-1] == "commitment_triggers"
    assert "entity_ruler" in nlp.pipe_names
    doc = nlp("China and the United States agreed to hold a seminar.")
    found = [(s.text, s.label_, s.id_) for s in doc.spans["commitment_triggers"]]
    assert ("agreed", "PLEDGE", "agree") in found


def test_trigger_phrases_match_like_the_token_patterns(nlp):
    from jccttool.resources.rules import trigger_patterns

    phrases = {p["pattern"] for p in trigger_patterns(phrases=True) if isinstance(p["pattern"], str)}
    assert {"agreed", "will", "shall", "is collaborating", "are finalizing", "are closely collaborating"} <= phrases
    doc = nlp("SFDA is collaborating with MIIT. They Are Finalizing it. Both sides have held deep exchanges.")
    found = {(s.text, s.id_) for s in doc.spans["commitment_triggers"]}
    assert {("is collaborating", "collaborate_ongoing"), ("Are Finalizing", "finalize_ongoing"), ("held", "hold")} <= found


# Words the token patterns of the commitment triggers and the party names test, plus
# fillers, so random texts are dense with near-misses ("is now to the", "had ... talks").
_MATCHER_WORDS = (
    "is are also now to publish be the had have has deep frank exchanges talks on - arrived arrive at a "
    "broad agreement agreements taken took concrete steps measures action China Ex Im Bank , . and"
).split()


@given(st.lists(st.sampled_from(_MATCHER_WORDS), max_size=60))
def test_windowed_matcher_finds_what_the_whole_doc_matcher_finds(nlp, words):
    """The token Matcher of the triggers (and of the names ruler) runs only around
    candidates (``nlp.compat._WindowedMatcher``); it must find exactly the matches of the
    Matcher run on the whole Doc."""
    from jccttool.nlp.compat import _WindowedMatcher

    doc = nlp.make_doc(" ".join(words))
    for name in ("commitment_triggers", "entity_ruler"):
        windowed = nlp.get_pipe(name).matcher
        assert isinstance(windowed, _WindowedMatcher)
        assert sorted(windowed(doc)) == sorted(windowed.matcher(doc))


def test_windowed_matcher_candidates(nlp):
    windowed = nlp.get_pipe("commitment_triggers").matcher
    doc = nlp.make_doc("China is also to publish it and wants to act; the sides took two concrete steps.")
    spans = [doc[lo:hi].text for lo, hi in windowed.windows(doc)]
    # "wants to act" has no "is"/"are" before "to": no window there; a window spans the
    # longest the pattern can be ("took" and up to two tokens before "steps")
    assert spans == ["is also to publish", "took two concrete steps"]
    found = {doc[s:e].text for _, s, e in windowed(doc)}
    assert {"is also to publish", "took two concrete steps"} <= found


def test_spacy_is_imported_without_its_command_line_package():
    """``nlp.compat.import_spacy`` keeps spaCy's CLI (requests, weasel, ...) out of every start;
    the real package still imports later, and ``spacy.info`` still works."""
    import subprocess
    import sys

    code = (
        "import sys; from jccttool.nlp import build_nlp; build_nlp(); "
        "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules, 'CLI imported'; "
        "import spacy, spacy.cli; assert hasattr(spacy.cli, 'app'); "
        "assert spacy.info()['spacy_version'] == spacy.__version__; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def _entities(nlp, text: str, *, fast: bool) -> tuple[list, list]:
    """(entities, IOB tags) of ``text`` after the two party rulers, run with
    ``nlp.compat._FastEntityRuler`` (``fast``) or with spaCy's own EntityRuler methods."""
    doc = nlp.make_doc(text)
    for name in ("entity_ruler", "party_abbreviations"):
        ruler = nlp.get_pipe(name)
        if fast:
            ruler(doc)
        else:
            cls = type(ruler)
            cls.set_annotations(ruler, doc, cls.match(ruler, doc))
    return [(e.start, e.end, e.label_, e.id_) for e in doc.ents], [t.ent_iob_ for t in doc]


_PARTY_WORDS = (
    "U.S. China Chinese United States Department of Commerce MOFCOM the State Council USTR "
    "Ministry Commerce Trade Representative SFDA Food and Drug Administration Ex - Im Bank of "
    "agreed People 's Republic , . Secretary Locke Vice Premier Wang Qishan AQSIQ and"
).split()


@given(st.lists(st.sampled_from(_PARTY_WORDS), max_size=50))
def test_fast_entity_ruler_annotates_like_spacy(nlp, words):
    text = " ".join(words)
    assert _entities(nlp, text, fast=True) == _entities(nlp, text, fast=False)


def test_fast_entity_ruler_annotates_the_fact_sheet_like_spacy(nlp, fact_sheet_text):
    fast = _entities(nlp, fact_sheet_text, fast=True)
    assert len(fast[0]) > 100
    assert fast == _entities(nlp, fact_sheet_text, fast=False)


# ---- nlp.compat: each use of spaCy internals falls back to spaCy's public behaviour
# (a fresh pipeline, built as if the spaCy release lacked the internal, must leave the
# same entities, trigger spans and sentences on the Doc as the session pipeline).

_COMPAT_TEXT = (
    "China and the United States agreed to hold a seminar. The U.S. Department of Commerce and "
    "MOFCOM will work with the Ex-Im Bank; SFDA is collaborating with AQSIQ.\n"
    "China is also to publish the rules, and the sides had frank talks with USTR."
)


def _annotations(nlp, text: str) -> tuple[list, list, list, list]:
    """What the pipeline leaves on a Doc for the extractors."""
    doc = nlp(text)
    return (
        [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents],
        [t.ent_iob_ for t in doc],
        [(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["commitment_triggers"]],
        [(s.start_char, s.end_char) for s in doc.sents],
    )


def _fresh_pipeline():
    """A new pipeline, built like the cached one (``build_nlp`` without its cache)."""
    return build_nlp.__wrapped__()


def _assert_same_annotations(fresh, nlp, texts) -> None:
    for text in texts:
        expected = _annotations(nlp, text)
        assert expected[0] and expected[2]  # parties and triggers were found
        assert _annotations(fresh, text) == expected


def test_compat_hooks_are_installed_in_the_pipeline(nlp):
    from jccttool.nlp.compat import _WindowedMatcher

    for name in ("entity_ruler", "party_abbreviations"):
        assert {"match", "set_annotations"} <= set(vars(nlp.get_pipe(name)))
    for name in ("entity_ruler", "commitment_triggers"):
        assert isinstance(nlp.get_pipe(name).matcher, _WindowedMatcher)


def test_compat_without_ent_ids_keeps_spacys_entity_ruler(nlp, fact_sheet_text, monkeypatch):
    from jccttool.nlp import compat

    with monkeypatch.context() as m:
        m.setattr(compat, "ENT_IDS", "_ent_ids_in_no_release")
        fresh = _fresh_pipeline()
    for name in ("entity_ruler", "party_abbreviations"):
        ruler = fresh.get_pipe(name)
        assert not {"match", "set_annotations"} & set(vars(ruler))  # spaCy's own methods
    _assert_same_annotations(fresh, nlp, [_COMPAT_TEXT, fact_sheet_text])


def test_compat_without_require_patterns_fast_ruler_still_works(nlp, fact_sheet_text, monkeypatch):
    expected = [_annotations(nlp, t) for t in (_COMPAT_TEXT, fact_sheet_text)]
    monkeypatch.delattr(type(nlp.get_pipe("entity_ruler")), "_require_patterns")
    fresh = _fresh_pipeline()
    assert {"match", "set_annotations"} <= set(vars(fresh.get_pipe("entity_ruler")))
    assert [_annotations(fresh, t) for t in (_COMPAT_TEXT, fact_sheet_text)] == expected


def test_compat_without_a_matcher_attribute_keeps_the_rulers_matcher(nlp, fact_sheet_text, monkeypatch):
    from spacy.matcher import Matcher

    from jccttool.nlp import compat

    with monkeypatch.context() as m:
        m.setattr(compat, "MATCHER", "_matcher_in_no_release")
        fresh = _fresh_pipeline()
    for name in ("entity_ruler", "commitment_triggers"):
        assert type(fresh.get_pipe(name).matcher) is Matcher
    _assert_same_annotations(fresh, nlp, [_COMPAT_TEXT, fact_sheet_text])
    doc = fresh.make_doc(_COMPAT_TEXT)  # the token patterns found what the windows find
    ours = nlp.get_pipe("commitment_triggers").matcher
    assert sorted(fresh.get_pipe("commitment_triggers").matcher(doc)) == sorted(ours(nlp.make_doc(_COMPAT_TEXT)))


def test_compat_import_spacy_falls_back_when_the_cli_stand_in_is_not_enough(nlp):
    """A spaCy release that imports more of its CLI than ``info``: the stand-in is
    dropped, spaCy is imported as usual (with its real CLI), and the pipeline works."""
    import json
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import json, sys
        from jccttool.nlp import build_nlp, compat

        stand_ins = compat._cli_stand_ins

        def without_info():
            modules = stand_ins()
            del modules["spacy.cli.info"].info  # spaCy's "from .cli.info import info" fails
            return modules

        compat._cli_stand_ins = without_info
        nlp = build_nlp()
        import spacy
        assert hasattr(sys.modules["spacy.cli"], "app"), "spaCy's own CLI was not imported"
        assert spacy.info()["spacy_version"] == spacy.__version__
        doc = nlp(sys.argv[1])
        print(json.dumps([
            [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents],
            [(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["commitment_triggers"]],
        ]))
        """
    )
    done = subprocess.run([sys.executable, "-c", code, _COMPAT_TEXT], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    ents, _, spans, _ = _annotations(nlp, _COMPAT_TEXT)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == json.loads(json.dumps([ents, spans]))
