"""Helpers every part of the parties extractor shares.

Whole-word and start-gated search (:func:`_occurrences`, :func:`_finditer`), slugs,
gazetteer look-ups (:func:`_lookup`), the per-document accumulator (:class:`_Found`),
and what an unknown body's name says about its country and type (:func:`_name_country`,
:func:`_prefix_country`, :func:`_bilateral_start`, :func:`_classify`), which the body
and acronym rules share. The alternations (:func:`~.patterns._alt`) live in
:mod:`.patterns`, the leaf module every other one imports.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from ...records import Party
from ...resources.rules import gazetteer, titles
from ...resources.rules import name_variants as _variants
from ...resources.rules import party_by_id as _by_id
from ...text import FOLD, word_starts
from .patterns import _SPACES, _rx

# ------------------------------------------------------------------ search

#: characters that may not touch a whole-word occurrence (see :func:`_occurrences`)
_ACRONYM_EDGE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&")
_NAME_EDGE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SURNAME_EDGE = _NAME_EDGE | {"-"}


def _occurrences(text: str, word: str, edge: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` in ``text`` not touching a character of ``edge`` on either side,
    as ``re.finditer(rf"(?<![edge]){re.escape(word)}(?![edge])", text)`` finds them
    (left to right, never overlapping), with ``str.find`` instead of a regex scan."""
    if not word:
        return
    n, at = len(word), text.find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or text[at - 1] not in edge) and (end == len(text) or text[end] not in edge):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _finditer(pattern: re.Pattern, start: re.Pattern | tuple[str, ...], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``start`` (plain
    words every match begins with) matches. A pattern opening with ``\\b`` or a
    lookbehind makes ``re`` try every position of the text; a bare alternation of words
    is found by its first characters, much faster. ``match`` at a position still sees the
    text before it, so ``\\b`` and lookbehinds behave as in ``finditer``.

    ``start`` may also be a tuple of the literal words every match begins with: a few
    ``str.find`` scans are faster still than ``re`` testing each character against the
    first letters of an alternation."""
    if isinstance(start, tuple):
        yield from _match_at(pattern, text, _word_starts(text, start))
        return
    search, match = start.search, pattern.match
    pos = 0
    c = search(text)
    while c is not None:
        at = c.start()
        m = match(text, at) if at >= pos else None
        if m is not None and m.end() > at:
            yield m
            pos = m.end()
        c = search(text, max(pos, at + 1))


_word_starts = word_starts  # the shared literal scan (jccttool.text)


def _match_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` finds, given ``starts``: sorted positions
    that include every position where a match can begin."""
    match, pos = pattern.match, 0
    for at in starts:
        if at < pos:
            continue
        m = match(text, at)
        if m is not None and m.end() > at:
            yield m
            pos = m.end()


def _container(spans) -> Callable[[int, int], bool]:
    """A test "is [s, e) inside one of ``spans``" ((start, end, ...) tuples), by bisecting
    the starts and keeping the furthest end so far (not one comparison per span)."""
    ordered = sorted((t[0], t[1]) for t in spans)
    starts = [s for s, _ in ordered]
    reach, far = [], -1
    for _, e in ordered:
        far = max(far, e)
        reach.append(far)

    def inside(s: int, e: int) -> bool:
        i = bisect_right(starts, s)
        return i > 0 and reach[i - 1] >= e

    return inside


# ------------------------------------------------------------------ ids and look-ups


def slug(text: str) -> str:
    """Lowercase kebab slug: "Wang Qishan" -> "wang-qishan", "S&ED" -> "s-and-ed"."""
    text = text.replace("&", " and ").replace("\u2019", "").replace("'", "").replace(".", "")
    if not text.isascii():  # "Nguyễn Xuân Phúc" -> "nguyen-xuan-phuc": accents dropped, not the letters
        text = "".join(c for c in unicodedata.normalize("NFKD", text.translate(FOLD)) if not unicodedata.combining(c))
        text = text.replace("\u0110", "D").replace("\u0111", "d")
    return re.sub(r"[^a-z0-9]+", "-", text.translate(FOLD).lower()).strip("-")


def _country_of(word: str | None) -> str | None:
    if not word:
        return None
    pid = titles().country_words.get(word)
    entry = _by_id().get(pid) if pid else None
    return entry.country if entry else None


@cache
def _lookup_tables() -> tuple[dict[str, str], dict[str, str]]:
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    for p in gazetteer():
        for a in [p.name, *p.aliases]:
            for v in _variants(a):
                lower.setdefault(v.translate(FOLD).lower(), p.id)
        for a in p.abbreviations:
            exact.setdefault(a, p.id)
    return lower, exact


@lru_cache(maxsize=4096)  # the same words and names are looked up again and again
def _lookup(phrase: str) -> str | None:
    lower, exact = _lookup_tables()
    phrase = _SPACES.sub(" ", phrase.strip())
    if phrase in exact:
        return exact[phrase]
    folded = phrase.translate(FOLD).lower()
    pid = lower.get(folded)
    if pid is None and folded.startswith("the "):
        pid = lower.get(phrase[4:].translate(FOLD).lower())
    return pid


def _country_lookup(word: str) -> str | None:
    pid = _lookup(word)
    return pid if pid and _by_id()[pid].type == "country" else None


# ------------------------------------------------------------------ the accumulator


class _Acc:
    """Accumulates one party's fields while the document is read."""

    def __init__(self, id: str, name: str, type: str, country: str | None, acronym: str | None = None):
        self.id, self.name, self.type, self.country, self.acronym = id, name, type, country, acronym
        self.titles: list[str] = []
        self.mentions: set[tuple[int, int]] = set()
        #: ``sorted(self.mentions)`` while the mentions are unchanged (None: build it again);
        #: whoever changes ``mentions`` outside :class:`_Found` resets it
        self.sorted_mentions: list[tuple[int, int]] | None = None

    def party(self) -> Party:
        return Party(id=self.id, name=self.name, type=self.type, country=self.country, acronym=self.acronym,
                     titles=self.titles, mentions=sorted(self.mentions))


class _Taken(list):
    """The spans every rule has taken, ``(start, end, party id)``, in the order they were
    taken (a plain list to read), with an index for :meth:`overlaps` and :meth:`ending_at`:
    the spans in buckets by start (``_BUCKET`` characters each) and the longest span so far,
    so an overlap query reads the few buckets a span reaching the query can start in instead
    of testing every span (a linear scan per candidate made long documents quadratic, and a
    sorted list costs a memory move per insertion). Only :meth:`append` adds; to remove,
    build a new one."""

    _BUCKET = 256

    def __init__(self, spans=()):
        super().__init__()
        self._buckets: dict[int, list[tuple[int, int, str]]] = {}
        self._by_end: dict[int, list[tuple[int, int, str]]] = {}
        self._longest = 1
        for t in spans:
            self.append(t)

    def append(self, t: tuple[int, int, str]) -> None:
        super().append(t)
        self._buckets.setdefault(t[0] // self._BUCKET, []).append(t)
        self._by_end.setdefault(t[1], []).append(t)
        if t[1] - t[0] > self._longest:
            self._longest = t[1] - t[0]

    def overlaps(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """Every span sharing a character with [s, e): ``[t for t in self if t[0] < e and s <
        t[1]]`` up to order (here by bucket, then as taken)."""
        out: list[tuple[int, int, str]] = []
        get = self._buckets.get
        for b in range(max(0, s - self._longest + 1) // self._BUCKET, (e - 1) // self._BUCKET + 1):
            spans = get(b)
            if spans:
                out.extend(t for t in spans if t[0] < e and s < t[1])
        return out

    def ending_at(self, e: int) -> list[tuple[int, int, str]]:
        """Every span ending at ``e``, in the order taken."""
        return list(self._by_end.get(e, ()))


class _Found:
    def __init__(self):
        self.parties: dict[str, _Acc] = {}
        self._taken = _Taken()
        self._countries: list[_Acc] = []
        #: the spans of the titles the person rules read ("Secretary of the Treasury" before a name)
        self.title_spans: list[tuple[int, int]] = []

    @property
    def taken(self) -> _Taken:
        return self._taken

    @taken.setter
    def taken(self, spans) -> None:
        self._taken = spans if isinstance(spans, _Taken) else _Taken(spans)

    def add(self, pid: str, span: tuple[int, int], *, name=None, type=None, country=None, acronym=None,
            title: str | None = None) -> _Acc:
        acc = self.parties.get(pid)
        if acc is None:
            e = _by_id().get(pid)
            if e is not None:
                acc = _Acc(e.id, e.name, e.type, e.country, e.acronym)
            else:
                acc = _Acc(pid, name or pid, type or "government_body", country, acronym)
            self.parties[pid] = acc
            if acc.type == "country":
                self._countries.append(acc)
        if span[1] > span[0] and span not in acc.mentions:
            acc.mentions.add(span)
            acc.sorted_mentions = None
        if title and title not in acc.titles:
            acc.titles.append(title)
        return acc

    def absorb(self, s: int, e: int, *, keep_last: bool = False) -> None:
        """A new body name swallows the country words inside it ("U.S. X Agency"): every
        country mention m with ``s <= m[0] and m[1] <= e`` goes, found by bisecting the
        country's sorted mentions. ``keep_last``: not a country's only mentions (the
        country stays a party of the document)."""
        for acc in self._countries:
            if acc.sorted_mentions is None:
                acc.sorted_mentions = sorted(acc.mentions)
            spans = acc.sorted_mentions
            lo, hi = bisect_left(spans, (s, s)), bisect_left(spans, (e, e))
            gone = [m for m in spans[lo:hi] if m[1] <= e]
            if gone and keep_last and len(gone) == len(spans):
                continue
            if gone:
                acc.mentions.difference_update(gone)
                acc.sorted_mentions = sorted(acc.mentions)

    def overlaps(self, s: int, e: int) -> list[tuple[int, int, str]]:
        return self._taken.overlaps(s, e)


# ------------------------------------------------------------------ what a body's name says


def _doc_other_country(found: _Found) -> str:
    """The non-U.S. side of the document (default China)."""
    best, n = "CN", 0
    for acc in found.parties.values():
        if acc.type == "country" and acc.country not in (None, "US") and len(acc.mentions) > n:
            best, n = acc.country, len(acc.mentions)
    return best


def _prefix_country(text: str, start: int) -> str | None:
    """Country of a "China's " / "the U.S. " / "Chinese " word just before ``start``.

    The second word of a pair ("U.S.-China ") is not a prefix: the pair makes the body
    bilateral (:func:`_bilateral_start`), it does not give it the country "China".
    """
    m = _rx().prefix_country.search(text[max(0, start - 40) : start])
    if m is None or (m.group("pre") or "") in "-\u2013\u2014" and m.group("pre"):
        return None
    return _country_of(m.group("c"))


def _bilateral_start(text: str, start: int) -> int | None:
    """Where a country pair right before ``start`` begins ("U.S.-China ", "Sino-U.S. ", "China-")."""
    m = _rx().pair_prefix.search(text[max(0, start - 60) : start])
    return max(0, start - 60) + m.start() if m else None


def _name_country(name: str) -> str | None:
    """The country a body's own name gives: "Chinese Drug ...", "U.S. X Agency", "... of China"."""
    rx = _rx()
    m = rx.name_country_start.match(name)
    if m and name[m.end("c") : m.end("c") + 1] not in ("-", "\u2013"):
        return _country_of(m.group("c"))
    m = rx.name_country_end.search(name)
    return _country_of(m.group("c")) if m else None


def _head_of(name: str) -> str | None:
    """The head of a body name: the head phrase ending the name, or ending the part before
    its first "of/on/for/in" ("Joint Working Group on Trade" -> "Working Group")."""
    t = titles()
    heads = sorted({*t.body_heads, *t.forum_heads, *t.organization_heads, *t.mechanism_heads}, key=len, reverse=True)
    parts = [name]
    m = re.search(r"[ \u00a0,]+(?:of|on|for|in)[ \u00a0]", name)
    if m:
        parts.append(name[: m.start()])
    for part in parts:
        for h in heads:
            if part == h or part.endswith((" " + h, "\u00a0" + h)):
                return h
    return None


def _classify(name: str, bilateral: bool) -> tuple[str, bool]:
    """(party type, whether the country must stay null) of an unknown body's name."""
    t = titles()
    head = _head_of(name) or name.split()[-1]
    bilateral = bilateral or name.split()[0] in t.bilateral_words
    if bilateral and head in t.mechanism_heads:
        return "forum", True
    if head in t.forum_heads:
        return "forum", bilateral
    if head in t.organization_heads:
        return "organization", bilateral
    return "government_body", bilateral
