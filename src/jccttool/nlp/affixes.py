"""Faster stand-ins for the searches of spaCy's tokenizer, returning what they return.

spaCy's tokenizer calls ``prefix_search``, ``suffix_search``, ``infix_finditer`` and
``url_match`` on every chunk between spaces that its cache does not hold (it caches no
chunk after the first special case of a Doc, and the first line break is one), and its
English affix regexes are alternations of 80-120 pieces, many opening with a lookbehind
over a class of letters or symbols, which ``re`` tries one by one at every position (the
symbols reach beyond the Basic Multilingual Plane, whose ranges ``re`` tests one by one):
the suffix search took ~1 µs per character, most of the tokenizer's time.

:class:`HeadSearch`, :class:`TailSearch`, :class:`GatedFinditer` and :class:`GatedMatch`
are built from the same pieces (``nlp.pipeline._fast_affix_tokenizer``) and return
exactly what the plain compiled search returns, trying fewer positions and pieces: which
character a piece's match can begin or end with, whether it is anchored and how wide it
can be are read from its parse tree (CPython's ``re._parser``, as :mod:`jccttool.text`
reads regex widths). Each keeps the plain compiled pattern as ``__self__``, which spaCy
reads to serialise a tokenizer. ``tests/test_perf_warm.py`` checks each against spaCy's.
"""

from __future__ import annotations

import re


def _parsed(source: str, flags: int = 0):
    from re import _parser

    return _parser.parse(source, flags)


#: a character class with more members than this is not enumerated (its edge is unknown)
_MAX_CLASS = 1 << 16


def _class_chars(av) -> frozenset[str] | None:
    """The members of a parsed character class (``IN``), None when it negates, names a
    category or is too large to list."""
    from re import _constants as C

    out: set[str] = set()
    for op, val in av:
        if op is C.LITERAL:
            out.add(chr(val))
        elif op is C.RANGE and val[1] - val[0] < _MAX_CLASS and len(out) < _MAX_CLASS:
            out.update(map(chr, range(val[0], val[1] + 1)))
        else:
            return None
    return frozenset(out)


def edge_chars(items, last: bool) -> frozenset[str] | None:
    """The characters the first (``last=False``) or last consumed character of a match of
    the parsed ``items`` can be; None when unknown (an empty match possible, a case-folding
    flag, a category or negated class, an optional edge)."""
    from re import _constants as C

    for op, av in reversed(items) if last else items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # consumes nothing
        if op is C.LITERAL:
            return frozenset(chr(av))
        if op is C.IN:
            return _class_chars(av)
        if op is C.SUBPATTERN:
            _group, add, remove, sub = av
            return None if add or remove else edge_chars(sub, last)
        if op is C.ATOMIC_GROUP:
            return edge_chars(av, last)
        if op is C.BRANCH:
            sets = [edge_chars(b, last) for b in av[1]]
            return None if not sets or None in sets else frozenset().union(*sets)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            return edge_chars(av[-1], last)
        return None
    return None


#: edge characters remembered by an :class:`_EdgeGated` (a text of every character of
#: Unicode, one per word, would otherwise grow the table without bound)
_MAX_EDGE_KEYS = 1 << 12


class _EdgeGated:
    """An alternation of ``pieces`` (their parse ``trees`` beside them) and, per edge
    character of a text, the alternation of only the pieces whose match can have that
    character at that edge (order kept): a piece left out cannot match the text at all,
    so the leftmost match and the piece chosen there are the same. Pieces whose edge is
    unknown are always kept. Alternations are compiled once per set of kept pieces."""

    def __init__(self, pieces: list[str], trees: list, last: bool, keep=()) -> None:
        self.pieces = pieces
        self.full = re.compile("|".join(pieces))
        ignore_case = bool(self.full.flags & re.IGNORECASE)
        self.edges = [None if ignore_case or i in keep else edge_chars(list(tree), last) for i, tree in enumerate(trees)]
        self.by_char: dict[str, re.Pattern | None] = {}
        self.by_kept: dict[tuple[int, ...], re.Pattern | None] = {}

    def pattern(self, chars: str) -> re.Pattern | None:
        """The alternation for a text whose edge character is one of ``chars`` (None: no
        piece can match)."""
        found = self.by_char.get(chars)
        if found is None and chars not in self.by_char:
            found = self.kept(tuple(i for i, e in enumerate(self.edges) if e is None or any(c in e for c in chars)))
            if len(self.by_char) < _MAX_EDGE_KEYS:
                self.by_char[chars] = found
        return found

    def kept(self, kept: tuple[int, ...]) -> re.Pattern | None:
        """The alternation of the pieces ``kept`` (indices, in order; None when empty)."""
        found = self.by_kept.get(kept)
        if found is None and kept not in self.by_kept:
            found = self.by_kept[kept] = re.compile("|".join(self.pieces[i] for i in kept)) if kept else None
        return found


class HeadSearch:
    """``re.compile("|".join("^" + p for p in pieces)).search`` (spaCy's
    ``compile_prefix_regex``). When every piece starts with ``^`` at its top level and no
    global flag (MULTILINE) lets ``^`` match after a line break, a match can only start at 0:
    only the pieces that can begin with the text's first character are tried there."""

    __slots__ = ("__self__", "_gated")

    def __init__(self, pieces) -> None:
        from re import _constants as C

        pieces = ["^" + p for p in pieces if p.strip()]
        trees = [_parsed(p) for p in pieces]
        self._gated = _EdgeGated(pieces, trees, last=False)
        self.__self__ = self._gated.full
        anchored = not self.__self__.flags & ~re.UNICODE  # a global flag (MULTILINE: "^" after a line break)
        for tree in trees:
            items = list(tree)
            anchored = anchored and bool(items) and items[0] == (C.AT, C.AT_BEGINNING)
        if not anchored:
            self._gated = None

    def __call__(self, text: str):
        if self._gated is None or not text:
            return self.__self__.search(text)
        pattern = self._gated.pattern(text[0])
        return None if pattern is None else pattern.match(text)


class TailSearch:
    """``re.compile("|".join(p + "$" for p in pieces)).search`` (spaCy's
    ``compile_suffix_regex``), trying fewer pieces at fewer positions.

    A piece that ends in ``$`` at its top level and has a bounded width ``w`` can only
    match from ``len(text) - 1 - w`` on (``$`` also matches before a final line break) and
    only when its last character can be the text's last one (or, before a final line
    break, the one before it). The search starts at the widest such piece's bound and
    tries only the pieces that can end the text (:class:`_EdgeGated`). The other pieces
    (unbounded, or with a top-level ``|``) are always tried, and searched on their own
    first (unless none of them can end the text): one that starts earlier moves the start
    there. ``search(text, pos)`` finds the
    leftmost match from ``pos``, with the alternation's own order at that position
    (lookbehinds still read the text before ``pos``)."""

    __slots__ = ("__self__", "_width", "_slow", "_slow_ends", "_gated")

    def __init__(self, pieces) -> None:
        from re import _constants as C

        pieces = [p + "$" for p in pieces if p.strip()]
        bounded, slow = [], []
        trees = [_parsed(p) for p in pieces]
        for i, tree in enumerate(trees):
            width = tree.getwidth()[1]
            if list(tree)[-1:] == [(C.AT, C.AT_END)] and width < C.MAXREPEAT:
                bounded.append(width)
            else:
                slow.append(i)
        self._gated = _EdgeGated(pieces, trees, last=True, keep=slow)
        self.__self__ = self._gated.full
        self._width = max(bounded, default=0)
        self._slow = re.compile("|".join(pieces[i] for i in slow)) if slow else None
        # the characters the slow pieces can end the text with (None: unknown, always search)
        ends = [edge_chars(list(trees[i]), True) if list(trees[i])[-1:] == [(C.AT, C.AT_END)] else None for i in slow]
        self._slow_ends = None if None in ends else frozenset().union(*ends)
        if self.__self__.flags & ~re.UNICODE:
            self._gated = None  # a global flag (MULTILINE: "$" before any line break): search everything

    def __call__(self, text: str):
        if self._gated is None or not text:
            return self.__self__.search(text)
        pos = len(text) - 1 - self._width
        edge = text[-2:] if text[-1] == "\n" else text[-1]
        if self._slow is not None and pos > 0 and (self._slow_ends is None or any(c in self._slow_ends for c in edge)):
            m = self._slow.search(text)
            if m is not None and m.start() < pos:
                pos = m.start()
        pattern = self._gated.pattern(edge)
        return None if pattern is None else pattern.search(text, max(pos, 0))


class GatedFinditer:
    """``re.compile("|".join(pieces)).finditer`` (spaCy's ``compile_infix_regex``), tried
    only at the characters that can begin a match of some piece: most words hold none and
    are answered at once, and ``re`` no longer tries every alternative at every position
    (spaCy's class of symbols reaches past the Basic Multilingual Plane, whose ranges it
    tests one by one). Matches are made left to right from the end of the last one, as
    ``finditer`` makes them: no piece with a known first character matches empty. When a
    piece's first character is unknown (one that may match empty), every text is searched
    by ``finditer`` itself. Returns the list of matches (spaCy lists them anyway)."""

    __slots__ = ("__self__", "_firsts")

    def __init__(self, pieces) -> None:
        pieces = [p for p in pieces if p.strip()]
        self.__self__ = re.compile("|".join(pieces))
        edges = [edge_chars(list(_parsed(p)), False) for p in pieces]
        known = not self.__self__.flags & ~re.UNICODE and None not in edges
        self._firsts = frozenset().union(*edges) if known else None

    def __call__(self, text: str):
        firsts = self._firsts
        if firsts is None:
            return list(self.__self__.finditer(text))
        if firsts.isdisjoint(text):
            return []
        match, pos, out = self.__self__.match, 0, []
        for i, c in enumerate(text):
            if i >= pos and c in firsts and (m := match(text, i)) is not None:
                out.append(m)
                pos = m.end()
        return out


def required_chars(pattern: re.Pattern) -> frozenset[str]:
    """Characters every match of ``pattern`` contains, from its parse tree (an empty set
    when it cannot tell): literals outside optional parts, those shared by every branch of
    an alternation; not letters under IGNORECASE."""
    from re import _constants as C

    parsed = _parsed(pattern.pattern, pattern.flags)
    ignore_case = bool(parsed.state.flags & re.IGNORECASE)

    def need(items) -> set[str]:
        out: set[str] = set()
        for op, av in items:
            if op is C.LITERAL or (op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL):
                c = chr(av if op is C.LITERAL else av[0][1])
                if not (ignore_case and c.lower() != c.upper()):
                    out.add(c)
            elif op is C.SUBPATTERN:
                out |= need(av[-1])
            elif op is C.ATOMIC_GROUP:
                out |= need(av)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                out |= need(av[-1])
            elif op is C.BRANCH:
                out |= set.intersection(*(need(b) for b in av[1])) if av[1] else set()
        return out

    return frozenset(need(parsed))


class GatedMatch:
    """``pattern.match``, answered ``None`` without running the pattern when ``text``
    lacks a character every match contains (:func:`required_chars`): spaCy's URL pattern
    needs a ".", which most words have not."""

    __slots__ = ("__self__", "_needs")

    def __init__(self, pattern: re.Pattern) -> None:
        self.__self__ = pattern
        self._needs = tuple(required_chars(pattern))

    def __call__(self, text: str):
        for c in self._needs:
            if c not in text:
                return None
        return self.__self__.match(text)
