"""Text utilities every layer shares; imports nothing of jccttool.

- **Case folding** with offsets unchanged: :func:`fold_case` (a copy in which a
  lower-case ASCII word occurs wherever it matches under ``re.IGNORECASE``),
  :data:`FOLD` and :func:`fold_lower` (a matched word lower-cased to look it up in a
  table); inside :func:`document` the whole text is folded once for every caller.
- **Literal-gated search**: :func:`occurrences` and :func:`search` try a regex only at
  positions a cheap literal scan listed, for patterns ``re`` cannot skip ahead on (a
  lookbehind or an alternation of words first). ``search`` returns exactly what
  ``pattern.search(text, pos)`` returns: positions are tried left to right, ``match``
  at a position behaves as ``search`` would there (lookbehinds still see the text
  before it), and every skipped position cannot start a match.
- **Regex analysis**: :func:`required_literal` and :func:`literal_prefix` read a
  pattern's source; :func:`regex_widths` and :func:`regex_lead` read its parse tree
  (CPython's ``re._parser``: here and in :mod:`jccttool.nlp.affixes`, which reads the
  first and last characters of spaCy's affix patterns the same way).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager

# --------------------------------------------------------------------- case folding

#: Python's case-insensitive regexes also match these four non-ASCII letters to ASCII
#: ones ("ſpring" matches "spring"): map them before lowercasing a matched word to look
#: it up in a table, so a match can never miss its own table entry.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_lower(text: str) -> str:
    """``text.translate(FOLD).lower()``, faster: ``str.translate`` with a dict table looks
    up every character (about 10x the cost of ``lower``), so it runs only when a key of
    FOLD occurs."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return text.lower()
    return text.translate(FOLD).lower()


#: the characters re.IGNORECASE matches to an ASCII letter, besides A-Z
_FOLD_ALL = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


#: characters from which :func:`lower` lowers a non-ASCII text line by line in pieces
LOWER_PIECE = 1 << 16


class _Document:
    """The text being extracted and its :func:`lower` and :func:`fold_case`, each made
    at most once (see :func:`document`)."""

    __slots__ = ("text", "low", "folded")

    def __init__(self, text: str) -> None:
        self.text, self.low, self.folded = text, None, None


#: the document of :func:`document` (read once per call: a reference swap is atomic, so
#: another thread extracting another text never mixes the two)
_CURRENT: _Document | None = None

#: texts longer than this are folded again by each caller: a fold kept for the whole
#: extraction would add its size to the peak memory of a very long document
DOCUMENT_FOLD_MAX = 1 << 20


@contextmanager
def document(text: str):
    """While extracting ``text``: :func:`lower` and :func:`fold_case` of this very
    string (``is``, not ``==``) are computed once and shared (the segmenter and several
    extractors fold the whole text). Nothing is kept after the block."""
    global _CURRENT
    previous = _CURRENT
    _CURRENT = _Document(text) if len(text) <= DOCUMENT_FOLD_MAX else None
    try:
        yield
    finally:
        _CURRENT = previous


def lower(text: str, piece: int = LOWER_PIECE) -> str:
    """``text.lower()``, in pieces of about ``piece`` characters on a long non-ASCII text:
    CPython lowers such a string through a buffer of three 4-byte characters per character
    (240 MB for a 20 MB text). Pieces end just after a line break, which no case mapping
    looks across (the Greek final sigma reads its neighbours only up to a character that is
    neither cased nor case-ignorable), so the result is the same."""
    doc = _CURRENT
    if doc is not None and text is doc.text:
        if doc.low is None:
            doc.low = _lower(text, piece)
        return doc.low
    return _lower(text, piece)


def _lower(text: str, piece: int) -> str:
    n = len(text)
    if n <= piece or text.isascii():
        return text.lower()
    parts = []
    a = 0
    while a < n:
        b = text.find("\n", a + piece)
        b = n if b < 0 else b + 1
        parts.append(text[a:b].lower())
        a = b
    return "".join(parts)


def fold_case(text: str) -> str:
    """``text`` with every character that an ASCII letter matches under re.IGNORECASE
    mapped to that lower-case letter, offsets unchanged: a lower-case ASCII word occurs
    in it wherever the word matches ``text`` case-insensitively."""
    doc = _CURRENT
    if doc is not None and text is doc.text:
        if doc.folded is None:
            doc.folded = _fold_case(text)
        return doc.folded
    return _fold_case(text)


def _fold_case(text: str) -> str:
    low = lower(text)  # K (Kelvin sign) -> k; İ -> two characters: take the slow path
    if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        return text.translate(_FOLD_ALL)
    return low


# ------------------------------------------------------------ literal-gated search


def occurrences(pattern: re.Pattern, text: str) -> list[int]:
    """Every position where ``pattern`` matches in ``text``, overlapping ones included."""
    search, out = pattern.search, []
    m = search(text)
    while m is not None:
        out.append(m.start())
        m = search(text, m.start() + 1)
    return out


def word_starts(text: str, words) -> list[int]:
    """Every position where one of the literal ``words`` begins in ``text`` (overlapping
    ones too), sorted, without duplicates: ``str.find`` per word, never a regex tried at
    every character."""
    out: set[int] = set()
    for w in words:
        at = text.find(w)
        while at >= 0:
            out.add(at)
            at = text.find(w, at + 1)
    return sorted(out)


def search_word(pattern: re.Pattern, text: str) -> re.Match | None:
    """``re.compile(r"\\b(?:" + pattern.pattern + ")").search(text)`` for a ``pattern``
    every match of which starts with a word character (an alternation of words): ``re``
    skips ahead on the first letters of the words, where a leading ``\\b`` made it try
    every position. A match after a word character is passed over, as ``\\b`` would."""
    m = pattern.search(text)
    while m is not None and m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
        m = pattern.search(text, m.start() + 1)
    return m


def search(pattern: re.Pattern, text: str, pos: int, starts: list[int]) -> re.Match | None:
    """``pattern.search(text, pos)``, given ``starts``: sorted positions that include
    every position where a match of ``pattern`` can begin."""
    match = pattern.match
    for i in range(bisect_left(starts, pos), len(starts)):
        m = match(text, starts[i])
        if m is not None:
            return m
    return None


# -------------------------------------------------------------------- span cover


class SpanCover:
    """The union of half-open spans, for point and overlap tests in O(log n): a linear
    ``any(...)`` over every span per candidate made long documents quadratic."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


class SpanIndex:
    """Which of a list of half-open spans holds a range, the first in list order, in
    O(log n + k): ``next((i for i, (a, b) in enumerate(spans) if a <= start and end <= b),
    None)`` scanned every span per query, quadratic on long documents. A holder starts no
    earlier than ``end`` minus the longest span, so only the spans starting in
    ``[end - longest, start]`` are read (``k`` of them)."""

    __slots__ = ("_order", "_starts", "_spans", "_longest")

    def __init__(self, spans) -> None:
        self._spans = [(int(s), int(e)) for s, e in spans]
        self._order = sorted(range(len(self._spans)), key=lambda i: self._spans[i][0])
        self._starts = [self._spans[i][0] for i in self._order]
        self._longest = max((e - s for s, e in self._spans), default=0)
        self._longest = max(self._longest, 0)  # an empty or reversed span holds nothing longer

    def first_holding(self, start: int, end: int) -> int | None:
        """The smallest index ``i`` with ``spans[i][0] <= start and end <= spans[i][1]``, or None."""
        lo = bisect_left(self._starts, end - self._longest)
        hi = bisect_right(self._starts, start)
        best = None
        for k in range(lo, hi):
            i = self._order[k]
            if self._spans[i][1] >= end and (best is None or i < best):
                best = i
        return best


# ------------------------------------------------------------------- regex analysis


_META = set("\\.^$*+?{}[]|()")


_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def required_literal(pattern: str) -> str:
    """The longest run of literal text outside any group, class or repeat of ``pattern``, lower-cased:
    every match contains it ("" when unknown). ".{0,200}\\bis licensed under an? Creative Commons"
    -> "is licensed under a"; "(?:a|b)c" -> "c"; "ab|c" -> ""."""
    if _GLOBAL_FLAGS.match(pattern) or "(?#" in pattern:
        return ""  # verbose mode or a comment: spaces and parentheses are not what they seem
    best = run = ""
    depth = i = 0
    while i < len(pattern):
        c = pattern[i]
        literal = None
        if c == "\\":
            escaped = pattern[i + 1 : i + 2]
            if escaped.isascii() and escaped and not escaped.isalnum():
                literal = escaped  # "\\." is a dot; "\\b", "\\s", "\\1" are not literal text
            i += 2
        elif c == "[":  # skip the class: "[^]x]", "[\\]]"
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif c == "{" and (q := _QUANTIFIER.match(pattern, i)):
            i = q.end()
        elif c == "|" and depth == 0:
            return ""  # a top-level alternative need not hold it
        else:
            depth += (c == "(") - (c == ")")
            if c not in _META and c.isascii():
                literal = c
            i += 1
        if literal is not None and depth == 0 and pattern[i : i + 1] not in ("?", "*", "+", "{"):
            run += literal
            best = max(best, run, key=len)
        else:
            run = ""
    return best.lower()


def literal_prefix(pattern: str) -> str:
    """The literal text every match of ``pattern`` starts with ("" when unknown):
    "soybeans?" -> "soybean", "anti-?dumping" -> "anti", "(?:a|b)c" -> ""."""
    depth = 0
    for c in pattern:  # a top-level alternative has its own prefix
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return ""
    out = []
    for i, c in enumerate(pattern):
        if c in _META or not c.isascii():
            break
        if pattern[i + 1 : i + 2] in ("?", "*", "{"):
            break  # an optional character ends the prefix
        out.append(c)
    return "".join(out)


def regex_widths(pattern: re.Pattern) -> tuple[int, int, int]:
    """(shortest match, longest match, characters the lookaheads may read beyond) of
    ``pattern``, from its parse tree; the longest is huge for an unbounded pattern."""
    from re import _constants as C
    from re import _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)

    def ahead(items) -> int:
        total = 0
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT):
                direction, sub = av
                total += (sub.getwidth()[1] if direction == 1 else 0) + ahead(sub)
            elif op is C.SUBPATTERN:
                total += ahead(av[-1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                total += ahead(av[-1])
            elif op is C.BRANCH:
                total += sum(ahead(b) for b in av[1])
            elif op is C.GROUPREF_EXISTS:
                total += sum(ahead(b) for b in av[1:] if b is not None)
            elif op is C.ATOMIC_GROUP:
                total += ahead(av)
        return total

    lo, hi = parsed.getwidth()
    return lo, hi, ahead(parsed) + 1  # + 1: a boundary test reads the next character


def regex_lead(pattern: re.Pattern, groups: tuple[str, ...]) -> int | None:
    """How far from a match's start the first of the named ``groups`` can begin, from the
    parse tree of ``pattern``; None when a match may contain none of them. Everything
    before the group counts with its longest width, so this is an upper bound."""
    from re import _constants as C
    from re import _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    wanted = {parsed.state.groupdict[g] for g in groups if g in parsed.state.groupdict}

    def first(items) -> int | None:
        offset = 0
        for op, av in items:
            inner = None
            if op is C.SUBPATTERN:
                if av[0] in wanted:
                    return offset
                inner = first(av[-1])
            elif op is C.BRANCH:
                leads = [first(b) for b in av[1]]
                inner = None if None in leads else max(leads)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                inner = first(av[-1])  # the first repetition
            elif op is C.ATOMIC_GROUP:
                inner = first(av)
            if inner is not None:
                return offset + inner
            offset += _parser.SubPattern(parsed.state, [(op, av)]).getwidth()[1]
        return None  # a path without any of the groups

    return first(parsed) if wanted else None
