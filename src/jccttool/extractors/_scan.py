"""Fast exact search for regexes that ``re`` cannot skip ahead on.

A pattern that opens with a lookbehind or an alternation of words (the number and
currency grammars of money and quantities) makes ``re`` try a full match at every
character of the text. When a cheap literal scan can list every position where a
match may *begin* (a superset: the start of each digit run, each number word, each
currency sign), :func:`search` tries only those positions with ``pattern.match``, and
returns exactly what ``pattern.search(text, pos)`` returns: ``search`` tries start
positions left to right and takes the first that matches, ``match`` at a position
behaves the same (lookbehinds still see the text before it), and every position
skipped cannot start a match.

:func:`fold` is the case-folded copy (offsets unchanged) in which case-insensitive
words are found with case-sensitive literal scans.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..segment import fold_case


def fold(text: str) -> str:
    """``text`` case-folded for literal scans, offsets unchanged: a lower-case ASCII word
    occurs in it wherever the word matches ``text`` with re.IGNORECASE. The one
    implementation is :func:`jccttool.segment.fold_case`."""
    return fold_case(text)


def occurrences(pattern: re.Pattern, text: str) -> list[int]:
    """Every position where ``pattern`` matches in ``text``, overlapping ones included."""
    search, out = pattern.search, []
    m = search(text)
    while m is not None:
        out.append(m.start())
        m = search(text, m.start() + 1)
    return out


def search(pattern: re.Pattern, text: str, pos: int, starts: list[int]) -> re.Match | None:
    """``pattern.search(text, pos)``, given ``starts``: sorted positions that include
    every position where a match of ``pattern`` can begin."""
    match = pattern.match
    for i in range(bisect_left(starts, pos), len(starts)):
        m = match(text, starts[i])
        if m is not None:
            return m
    return None
