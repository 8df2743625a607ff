"""The fast paths for long documents (issue 16 item 3) give what the plain code they
replace gives: the first-holder index against a scan of every span, list items by index
against a scan of every section, the tokenizer's pieces against one whole tokenization,
and the collector switched off only for the time of one extraction."""

from __future__ import annotations

import gc
import random

import pytest

from jccttool.extractors.commitments import lists
from jccttool.nlp.pipeline import _RunGuard
from jccttool.pipeline import extract_path
from jccttool.segment import segment
from jccttool.text import SpanIndex, fold_case, lower

from .conftest import ALL_DOCUMENTS


def _plain_first_holding(spans, start, end):
    return next((i for i, (a, b) in enumerate(spans) if a <= start and end <= b), None)


@pytest.mark.parametrize("seed", range(5))
def test_span_index_first_holding_equals_a_scan(seed):
    rnd = random.Random(seed)
    for _ in range(40):
        n = rnd.randrange(0, 30)
        spans = []
        for _ in range(n):
            a = rnd.randrange(0, 200)
            spans.append((a, a + rnd.randrange(-3, 60)))  # empty and reversed spans too
        index = SpanIndex(spans)
        for _ in range(60):
            s = rnd.randrange(-5, 260)
            e = s + rnd.randrange(-2, 40)
            assert index.first_holding(s, e) == _plain_first_holding(spans, s, e), (spans, s, e)


def _plain_item_spans(lead_end, sections):
    """``lists.item_spans`` as it was: a scan of every section and block per lead-in."""
    sections = list(sections)
    for section in sections:
        heading = section.heading_span
        if heading and heading[0] <= lead_end - 1 < heading[1]:
            return lists._items(section.blocks, None)
    for section in sections:
        for i, block in enumerate(section.blocks):
            b_start, b_end = block.span
            if b_start <= lead_end - 1 < b_end:
                if b_end > lead_end and block.text[block.text.rfind(":") + 1 :].strip():
                    return []
                return lists._items(section.blocks[i + 1 :], block)
    return []


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.stem)
def test_item_spans_by_index_equal_the_scan(path):
    text = path.read_text(encoding="utf-8")
    sections = segment(text).sections
    index = lists.ItemIndex(sections)
    ends = {len(text)}
    for s in sections:
        if s.heading_span:
            ends.update({s.heading_span[1], s.heading_span[0] + 1})
        for b in s.blocks:
            ends.update({b.span[1], b.span[0] + 1, (b.span[0] + b.span[1]) // 2})
            colon = b.text.find(":")
            if colon >= 0:
                ends.add(b.span[0] + colon + 1)
    for end in sorted(ends):
        assert lists.item_spans(end, index) == _plain_item_spans(end, sections), end
        assert lists.item_spans(end, sections) == _plain_item_spans(end, sections), end


def _tokens(doc):
    return [(t.text, t.whitespace_, t.idx) for t in doc]


@pytest.mark.parametrize("size", [1, 7, 300, 4096])
def test_tokenizer_pieces_equal_one_tokenization(nlp, size):
    guard = nlp.tokenizer
    assert isinstance(guard, _RunGuard)
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS[:4]]
    texts += ["", "\n", "a\n\nb", " lead\n\n\n  x \r\n\ty\n", "no break at all " * 30, "x" * 250 + "\nA" + "$" * 300 + "\n\nEnd."]
    for text in texts:
        pieces = guard.pieces(text, size)
        assert "".join(text[a:b] for a, b in pieces) == text
        plain = guard._tokenize(text)
        if not len(plain):
            continue
        assert _tokens(guard._tokenize_pieces(text, size)) == _tokens(plain)


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.stem)
def test_long_text_goes_through_pieces_and_extracts_the_same(monkeypatch, path):
    plain = extract_path(str(path)).model_dump_json()
    calls = []
    pieces = _RunGuard._tokenize_pieces
    monkeypatch.setattr(_RunGuard, "PIECE", 500)
    monkeypatch.setattr(_RunGuard, "_tokenize_pieces", lambda self, text, size=None: calls.append(1) or pieces(self, text, size))
    assert extract_path(str(path)).model_dump_json() == plain
    assert calls


def test_collector_is_paused_only_during_an_extraction():
    path = str(ALL_DOCUMENTS[0])
    assert gc.isenabled()
    extract_path(path)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_path(path)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("seed", range(4))
def test_lower_in_pieces_equals_str_lower(seed):
    rnd = random.Random(seed)
    alphabet = ["Σ", "σ", "ς", "Α", "a", "B", "İ", "K", "ẞ", "ǅ", "'", "\u0301", " ", "\n", "\r", ".", "•", "ﬃ", "Ω", "x"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 400))) for _ in range(200)]
    texts += ["ΟΔΟΣ\nΣ", "ΑΣ\n\nΣΑ", "Σ\n", "\nΣ", "AΣ'\n'ΣB"]
    for text in texts:
        for piece in (1, 3, 17):
            assert lower(text, piece) == text.lower(), (text, piece)


def test_fold_case_of_a_long_text_is_unchanged():
    text = "".join(p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS) + "ΟΔΟΣ Σ\nİstanbul K\n"
    long = text * (3 * (1 << 16) // len(text) + 1)
    assert lower(long) == long.lower()
    assert len(fold_case(long)) == len(long)
