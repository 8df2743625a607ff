"""The fast paths of the segmenter answer exactly as the plain regex searches they replace."""

from __future__ import annotations

import re

import pytest

from jccttool.resources.rules import boilerplate_patterns
from jccttool.segment.kind import _gated_search
from jccttool.segment.lines import _boilerplate_gated, _is_boilerplate
from jccttool.segment.patterns import _ACTOR_WILL, _ACTOR_WILL_AFTER, _BYLINE, _FIGURE_FOLDED, _STRONG_NEWS, _WEAK_NEWS
from jccttool.segment.sections import _cue_matches, _topic_patterns, _topic_prefixes
from jccttool.text import fold_case, required_literal

from .conftest import ALL_DOCUMENTS


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]


_SNIPPETS = [
    "Print This Post",
    "  Leave a Reply",
    "Reporter Jane Doe may be reached at jane@example.com.",
    "This work is licensed under a Creative Commons licence.",
    "Home | Written by Tim Truman",
    "BEIJING (Reuters) - The two sides",
    "x\nBy Jane Doe\nThe two sides",
    "By Jane Doe\r\nThe two sides",
    "According to the USTR fact sheet, officials said on Monday ...",
    "In his blog, reporters at a press briefing (second from right) said",
    "signed Wednesday, and on Tuesday, May 4, 2010",
    "The United States will. China will. US will; two sides will",
    "THE FACT SHEET IS AVAILABLE HERE.",
    "The market is expected to grow 12 % to RMB 5 billion; ¥3 and $ 4 and 7%",
    "\u212aorea KELVIN \u0130STANBUL \u017fAID \u0131",
]


@pytest.mark.parametrize("text", _texts() + _SNIPPETS)
def test_news_marks_gated_like_plain_search(text):
    folded = fold_case(text)
    for pattern, literals in _STRONG_NEWS + _WEAK_NEWS:
        assert _gated_search(pattern, literals, text, folded) == (pattern.search(text) is not None)
    byline = re.compile(r"^\s*[Bb]y [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+\s*$", re.M)
    assert (_BYLINE.search("\n" + text) is not None) == (byline.search(text) is not None)


@pytest.mark.parametrize("text", _texts() + _SNIPPETS)
def test_actor_will_split_like_one_pattern(text):
    one = re.compile(r"(?:^|(?<=[.;!?])\s+)" + _ACTOR_WILL.pattern)
    for s in [text, *text.splitlines()]:
        fast = _ACTOR_WILL.match(s) is not None or _ACTOR_WILL_AFTER.search(s) is not None
        assert fast == (one.search(s) is not None)


@pytest.mark.parametrize("text", _texts())
def test_boilerplate_gates_like_every_pattern(text):
    for line in text.splitlines() + _SNIPPETS + ["Statement is available here", "The full text is licensed under a Creative Commons BY"]:
        line = line.strip()
        assert _is_boilerplate(line) == any(p.fullmatch(line) for p in boilerplate_patterns())


def test_required_literal_is_in_every_match():
    assert required_literal(r".{0,200}\bis licensed under an? Creative Commons\b.*") == "is licensed under a"
    assert required_literal(r"(?:a|b)c") == "c"
    assert required_literal(r"ab|c") == ""
    assert required_literal(r"a{2,3}bc\.?") == "bc"
    assert required_literal(r"[A-Z]x\.yz?") == "x.y"
    assert required_literal(r"(?x)a b c") == ""
    for literal, _pattern in _boilerplate_gated():
        assert literal == literal.lower() and literal


@pytest.mark.parametrize("text", _texts())
def test_cue_matches_like_finditer(text):
    folded = fold_case(text)
    for (_, pattern, _), (prefix, ci) in zip(_topic_patterns(), _topic_prefixes()):
        fast = [m.span() for m in _cue_matches(pattern, prefix, text, folded if ci else text)]
        assert fast == [m.span() for m in pattern.finditer(text)]


_FIGURE_PLAIN = re.compile(
    r"[$€£¥]\s?\d|\bRMB\s?\d|\d\s?%|\bpercent\b|\b(?:million|billion|trillion)\b|"
    r"\b(?:is|are) (?:expected|projected|forecast|estimated) to\b|\bpredict|\bforecast|"
    r"\bestimat|\bmarket size\b|\bworld'?s? (?:largest|second|third)|\bplans? to (?:invest|manufacture|build|produce)\b",
    re.I,
)


@pytest.mark.parametrize("text", _texts() + _SNIPPETS)
def test_figure_with_shared_boundary_like_plain(text):
    for s in [text, *text.splitlines()]:
        assert (_FIGURE_FOLDED.search(fold_case(s)) is not None) == (_FIGURE_PLAIN.search(s) is not None)
