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

from . import FOLD

#: the characters re.IGNORECASE matches to an ASCII letter, besides A-Z
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")


def fold(text: str) -> str:
    """``text`` with every character an ASCII-letter pattern matches case-insensitively
    mapped to that lower-case letter, offsets unchanged: searching a lower-case word in
    it finds every place where the word matches with re.IGNORECASE (and more: other
    letters are lower-cased too, so use it to find candidates, not to decide)."""
    if not any(c in text for c in _SPECIAL):
        low = text.lower()  # only U+0130 changes length when lower-cased; checked anyway
        if len(low) == len(text):
            return low
    low = text.translate(FOLD).lower()
    if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        return text.translate(_FOLD)
    return low


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
