"""Finding candidates: every rule of the grammar searched over the text, then the
overlaps resolved.

A rule is searched only near its *anchors*, the positions where a substring every one of
its matches contains begins (a month name, a year, "quarter", "year", "today", ...; which
anchor a rule has is said in :class:`~.grammar._Grammar` ``ANCHOR_OF``). The windowed
search (:func:`_finditer`) finds exactly the matches ``finditer`` over the whole text
would find, in linear time on long documents; a rule without an anchor, or whose match
may be longer than ``_MAX_WINDOW``, is searched over the whole text.

Each match is turned into a value by its rule's builder (which may veto it); of
overlapping candidates the longest wins, ties go to the earlier, then to the rule listed
first (:func:`scan`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ...text import fold_case as fold
from ...text import word_starts
from .calendar import Value

if TYPE_CHECKING:
    from .grammar import _Grammar


@dataclass(frozen=True)
class _Hit:
    """One normalised candidate: where it is and what it means."""

    start: int
    end: int
    value: Value
    rule: str
    relative: bool = False
    period: bool = False  # the expression itself denotes a span of time (a range, "the next five years")


Builder = Callable[[re.Match, str, "date | None"], "_Hit | None"]


@dataclass(frozen=True)
class _Rule:
    id: str
    pattern: re.Pattern
    build: Builder
    anchor: str | None = None  # a key of ``_Grammar.anchors``: every match contains one
    width: int = 0  # the longest match the pattern can make
    ahead: int = 0  # how far its lookaheads can read past a match
    lead: int = 0  # how far before its first anchor a match can start (at most ``width``)
    near: re.Pattern | None = None  # ``pattern`` after a lazy skip of at most ``lead`` characters


#: patterns longer than this are scanned over the whole text
_MAX_WINDOW = 400


def _finditer(rule: _Rule, text: str, anchors: list[int] | None) -> Iterator[re.Match]:
    """``rule.pattern.finditer(text)``, but only searched near ``anchors`` (every
    position where a substring every match must contain begins).

    A match whose first anchor is at ``a`` starts in ``[a - lead, a]``; it is searched
    with the text cut at ``a + width + ahead``, which no path of the pattern starting
    there can read past, so the search sees exactly what it sees in the whole text
    (lookbehinds still see the text before the search position). Matches are found left
    to right and never overlap, as with ``finditer``. The leftmost start in the window is
    found with ``rule.near`` (the pattern after a lazy skip of at most ``lead``
    characters) rather than ``search``, which would go on trying every start up to the
    cut; the match is then made again at that start.
    """
    if anchors is None:
        yield from rule.pattern.finditer(text)
        return
    near, match, lead, reach = rule.near.match, rule.pattern.match, rule.lead, rule.width + rule.ahead + 1
    pos = 0
    i, n = 0, len(anchors)
    while i < n:
        a = anchors[i]
        if a < pos:
            i = bisect_left(anchors, pos, i + 1)
            continue
        skipped = near(text, max(pos, a - lead), a + reach)
        if skipped is None or skipped.end(1) > a:
            # no match starts in [pos, a]: one starting earlier would have an anchor before a
            pos = a + 1
            i += 1
            continue
        m = match(text, skipped.end(1), a + reach)
        yield m
        pos = m.end()




def anchor_positions(g: _Grammar, text: str) -> dict[str, list[int]]:
    """Every position where each anchor of ``ANCHOR_OF`` begins in ``text`` (a
    superset is fine: an anchor only says where to look)."""
    folded = fold(text)
    found: dict[str, list[int]] = {}
    for name, (pattern, on_folded) in g.anchors.items():
        found[name] = _positions(pattern, folded if on_folded else text)
    found["year_or_digits"] = sorted({*found["year"], *found["year_word"]})
    return found


def _positions(pattern: re.Pattern, where: str) -> list[int]:
    words = _literal_words(pattern)
    if words is not None:  # "today|yesterday|tomorrow": a few str.find scans, not re at every first letter
        return word_starts(where, words)
    search, out = pattern.search, []
    m = search(where)
    while m is not None:
        out.append(m.start())
        m = search(where, m.start() + 1)  # not from m.end(): occurrences may overlap
    return out


@lru_cache(maxsize=64)
def _literal_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words of ``pattern`` when it is a bare alternation of two or more plain words (no
    flags, no character with a meaning in a regex), else None: its positions are where a
    word begins. (``re`` finds a single word as fast as ``str.find``.)"""
    if pattern.flags & ~re.UNICODE:
        return None
    words = tuple(pattern.pattern.split("|"))
    return words if len(words) > 1 and all(w and re.escape(w) == w for w in words) else None


def finditer_short(g: _Grammar, rule: _Rule, text: str) -> Iterator[re.Match]:
    """``rule.pattern.finditer(text)`` for a short ``text`` (a document's opening): searched
    near the anchors of this one rule, found in ``text`` alone (:func:`_finditer`)."""
    if rule.anchor is None or rule.anchor not in g.anchors:
        yield from rule.pattern.finditer(text)
        return
    pattern, on_folded = g.anchors[rule.anchor]
    yield from _finditer(rule, text, _positions(pattern, fold(text) if on_folded else text))


def scan(g: _Grammar, text: str, anchor: date | None) -> list[_Hit]:
    """Every non-overlapping candidate in ``text``: longest first, ties to the earlier."""
    hits: list[_Hit] = []
    found = anchor_positions(g, text)
    for rule in g.rules:
        anchors = None
        if rule.anchor is not None:
            anchors = found[rule.anchor]
            if not anchors:
                continue
        for m in _finditer(rule, text, anchors):
            hit = rule.build(m, text, anchor)
            if hit is not None:
                hits.append(_Hit(hit.start, hit.end, hit.value, rule.id, hit.relative, hit.period))
    order = {r.id: i for i, r in enumerate(g.rules)}
    hits.sort(key=lambda h: (h.start - h.end, h.start, order[h.rule]))
    starts: list[int] = []
    kept: dict[int, _Hit] = {}
    for h in hits:
        i = bisect_right(starts, h.start)
        if i and kept[starts[i - 1]].end > h.start:
            continue
        if i < len(starts) and starts[i] < h.end:
            continue
        insort(starts, h.start)
        kept[h.start] = h
    return [kept[s] for s in starts]
