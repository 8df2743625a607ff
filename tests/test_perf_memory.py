"""The memory paths for long documents (issue 16 item 3: 20 MB under 1 GB) give what the
plain code gives: a text run through the pipeline a stretch at a time
(:mod:`jccttool.nlp.stretches`) has the columns, sentences and trigger spans of the whole
Doc, and extracts to the same JSON, byte for byte; the stretches are cut only where no rule
of the pipeline reaches over."""

from __future__ import annotations

import random

import pytest

from jccttool import pipeline as P
from jccttool.nlp import stretches as S
from jccttool.pipeline import extract_any

from .conftest import ALL_DOCUMENTS


def _bundled(copies: int = 2, newline: str = "\n") -> str:
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS) + "\n\n"
    return (unit * copies).replace("\n", newline)


def _blank_before(text: str, cut: int) -> bool:
    """The white space before ``cut`` ends with a line break and holds two (``\\r\\n`` one)."""
    j = cut
    while j > 0 and text[j - 1].isspace():
        j -= 1
    run = text[j:cut]
    return text[cut - 1] in "\r\n" and run.count("\n") + run.count("\r") - run.count("\r\n") >= 2


@pytest.mark.parametrize("seed", range(4))
def test_stretches_are_cut_only_at_blank_lines(seed):
    rnd = random.Random(seed)
    alphabet = ["a", "B", ".", " ", " ", "\t", "\n", "\n", "\r", "\r\n", "\u00a0", "\x0c", "\u2028", "x y"]
    for _ in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 300)))
        cuts = S.stretches(text, rnd.randrange(1, 60))
        assert [a for a, _ in cuts[1:]] == [b for _, b in cuts[:-1]]
        assert (cuts[0][0], cuts[-1][1]) == (0, len(text)) if text else cuts == []
        for _, b in cuts[:-1]:
            assert not text[b].isspace() and _blank_before(text, b), (text, b)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("size", [1, 2000])
def test_stretched_doc_reads_as_the_whole_doc(nlp, newline, size):
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, LENGTH, SENT_START

    from jccttool.nlp import sentences

    text = _bundled(1, newline)
    whole = nlp(text)
    doc = S.StretchedDoc(nlp, text, S.stretches(text, size))
    assert len(S.stretches(text, size)) > 3
    attrs = [IDX, LENGTH, ENT_IOB, SENT_START, ENT_TYPE, ENT_ID]
    assert (doc.to_array(attrs) == whole.to_array(attrs)).all()
    for attr in attrs:
        assert (doc.to_array(attr) == whole.to_array(attr)).all()
    assert sentences(doc) == sentences(whole)
    assert list(doc.spans) == list(whole.spans)
    for key in whole.spans:
        row = lambda s: (s.start, s.end, s.start_char, s.end_char, s.label, s.label_, s.id, s.id_)
        assert [row(s) for s in doc.spans[key]] == [row(s) for s in whole.spans[key]]
    assert len(doc) == len(whole)
    for i in [*range(0, len(whole), 7), len(whole) - 1, -1]:
        a, b = doc[i], whole[i]
        assert (a.text, a.idx, len(a), a.ent_type, a.ent_id) == (b.text, b.idx, len(b), b.ent_type, b.ent_id)
    assert doc.text == text
    assert doc.has_annotation("SENT_START") and not doc.has_annotation("DEP")


def test_no_ruler_pattern_reaches_over_a_blank_line(nlp):
    """What lets a stretch end at a blank line: no phrase pattern holds a line break, and no
    token of a token pattern matches a token of white space."""
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    from jccttool.resources.rules import party_ruler_patterns, trigger_patterns

    patterns = party_ruler_patterns() + trigger_patterns(phrases=True)
    phrases = [p["pattern"] for p in patterns if isinstance(p["pattern"], str)]
    assert phrases and not any("\n" in p or "\r" in p for p in phrases)
    tokens = [t for p in patterns if not isinstance(p["pattern"], str) for t in p["pattern"]]
    assert tokens
    spaces = ["\n\n", "\r\n\r\n", " \n \n", "\n\u00a0\n", "\r\r"]
    doc = Doc(nlp.vocab, words=["a", *spaces, "b"], spaces=[False] * (len(spaces) + 2))
    matcher = Matcher(nlp.vocab)
    for n, token in enumerate(tokens):
        matcher.add(str(n), [[{k: v for k, v in token.items() if k != "OP"}]])
    assert all(s == 0 or e == len(doc) for _, s, e in matcher(doc))


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_stretched_extraction_equals_the_plain_one(monkeypatch, newline):
    text = _bundled(2, newline).encode("utf-8")
    plain = extract_any(text).to_json()
    made = []
    monkeypatch.setattr(S, "LONG", 1000)
    monkeypatch.setattr(S, "STRETCH", 1500)
    monkeypatch.setattr(P, "_LONG_TEXT", 1000)  # the records share their sets of given fields too

    class Spy(S.StretchedDoc):
        def __init__(self, *args):
            made.append(len(args[2]))
            super().__init__(*args)

    monkeypatch.setattr(S, "StretchedDoc", Spy)
    assert extract_any(text).to_json() == plain
    assert made and made[0] > 10


def test_records_share_their_sets_of_given_fields(monkeypatch):
    """On a long text the records of a kind share one set of given fields; copying one
    (``model_copy(update=...)``) leaves the others' set alone."""
    monkeypatch.setattr(P, "_LONG_TEXT", 1000)
    record = extract_any(_bundled(1).encode("utf-8"))
    dates = record.dates
    assert len(dates) > 2 and len({id(d.__pydantic_fields_set__) for d in dates}) < len(dates) / 2
    blocks = [b for s in record.sections for b in s.blocks]
    assert len({id(b.__pydantic_fields_set__) for b in blocks}) < len(blocks) / 2
    before = set(dates[1].__pydantic_fields_set__)
    copy = dates[0].model_copy(update={"section": "s99"})
    copy.__pydantic_fields_set__.add("not a field")
    assert dates[1].__pydantic_fields_set__ == before


def test_to_json_is_pydantic_json_and_a_newline(fact_sheet_extraction):
    for compact in (False, True):
        text = fact_sheet_extraction.to_json(compact=compact)
        assert text == fact_sheet_extraction.model_dump_json(indent=None if compact else 2) + "\n"
