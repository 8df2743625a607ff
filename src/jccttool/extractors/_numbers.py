"""Shared number grammar for the money and quantities extractors.

Everything here works on character offsets of the unchanged source text: regex
fragments for numerals, number words and magnitudes; exact ``Decimal`` parsing;
sentence bounds; the qualifier ("over", "about", "up to") before a figure; the year a
figure is for ("$29.6 billion in 2010", "In 2009, ... $7.5 billion", "(2017)").

The tables come from ``resources/money.json`` (validated by :class:`NumberRules`).
Every pattern is built from bounded quantifiers so matching stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache, lru_cache

from ..resources.rules import number_rules
from ..text import FOLD, fold_case

rules = number_rules


# ---------------------------------------------------------------- regex pieces

SP = r"[ \t\u00a0]"  # a space inside one expression (never a line break)
GAP = r"\s{0,3}"  # optional space, a line break allowed (wrapped PDF text)
GAP1 = r"\s{1,3}"

#: a numeral: 1,234,567.89 or 1234.5 (no lookbehind: callers anchor it)
NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,15})(?:\.\d{1,10})?(?!\d|,\d{3}(?!\d)|\.\d)"


def words_alt(words, *, escape=True) -> str:
    """An alternation of ``words``, longest first; spaces also match no-break spaces."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        p = re.escape(w) if escape else w
        parts.append(p.replace(r"\ ", SP + "?" if not w.replace(" ", "").isalpha() else SP + "{1,2}"))
    return "(?:" + "|".join(parts) + ")"


@cache
def number_word_re() -> str:
    """Spelled-out numbers: "five", "twenty-five", "a dozen", "two hundred"."""
    nw = rules().number_words
    units = [w for w, v in nw.items() if v < 10]
    tens = [w for w, v in nw.items() if v >= 20 and v % 10 == 0 and w != "dozen"]
    others = [w for w in nw if w not in units and w not in tens]
    simple = f"(?:{words_alt(tens)}(?:[- ]{words_alt(units)})?|{words_alt(others)}|{words_alt(units)})"
    return rf"(?:(?:a{SP}+)?\b{simple}(?:{SP}+hundred)?\b)"


@cache
def _number_start_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(digit runs, a number word after a non-letter, a number word at the start).

    Written so that ``re`` can skip ahead with its first-character scan: ``\\d\\d*``
    rather than ``\\d+``, and the words grouped by first letter ("t(?:hirteen|wenty|...)")
    after the non-letter, instead of trying every word at every letter of the text."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(rules().number_words, key=lambda w: (-len(w), w)):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    words = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    return re.compile(r"\d\d*"), re.compile(rf"[^a-z](?:{words})"), re.compile(rf"(?:{words})")


@lru_cache(maxsize=4)
def number_starts(text: str) -> list[int]:
    """Sorted positions where a number of :data:`NUM` or :func:`number_word_re` not
    preceded by a letter or digit may begin (a superset, for :func:`jccttool.text.search`):
    the start of each digit run, each number word not preceded by a letter a-z (found
    in the case-folded text, so also for case-insensitive patterns) and the "a" of "a
    dozen"."""
    digits, after_other, at_start = _number_start_res()
    out = [m.start() for m in digits.finditer(text)]
    folded = fold_case(text)
    # the character before a word is part of the match; a word starting right after
    # another match's last character would follow a letter, so none is missed
    word_starts = [m.start() + 1 for m in after_other.finditer(folded)]
    if at_start.match(folded):
        word_starts.insert(0, 0)
    for c in word_starts:
        out.append(c)
        j = c - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        if j < c - 1 and j >= 0 and folded[j] == "a":
            out.append(j)  # "a dozen", "a hundred"
    out.sort()
    return out


@cache
def magnitude_re(*, counts: bool = False) -> str:
    """A magnitude word after a number: " billion", "bn", "m" (glued only)."""
    r = rules()
    names = r.count_magnitudes if counts else list(r.magnitudes)
    spaced = [m for m in names if m not in r.attached_only]
    glued = [m for m in names if m in r.attached_only]
    alts = [rf"(?:{SP}{{1,2}}|-|\s)(?i:{words_alt(spaced)})"]
    if spaced:
        alts.append(rf"(?i:{words_alt(spaced)})")
    if glued:
        alts.append(words_alt(glued))
    return rf"(?:{'|'.join(alts)})(?![A-Za-z\d])"


def parse_number(text: str) -> Decimal:
    """A numeral or a spelled-out number as an exact Decimal."""
    t = text.strip().replace(",", "").replace("\u00a0", " ")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return Decimal(t)
    nw = rules().number_words
    total = 0
    for w in re.split(r"[\s-]+", t.translate(FOLD).lower()):
        if w in ("a", "and", ""):
            continue
        if w == "hundred":
            total = (total or 1) * 100
        elif w in nw:
            total += nw[w]
        else:
            raise ValueError(f"not a number: {text!r}")
    return Decimal(total)


#: white space of any kind (the number regexes accept ``\s``: thin, em and ideographic
#: spaces, line and paragraph separators) and hyphens around a magnitude word
_EDGE = re.compile(r"^[\s-]+|[\s-]+$")


def magnitude_value(word: str | None) -> Decimal:
    if not word:
        return Decimal(1)
    w = _EDGE.sub("", word).translate(FOLD).lower()
    return Decimal(rules().magnitudes[w])


def share_magnitude(n1: str, m1: str | None, n2: str, m2: str | None) -> bool:
    """Whether "$40-50 billion" gives its magnitude to the first number too."""
    if m1 or not m2:
        return False
    if "," in n1:
        return False
    try:
        return parse_number(n1) <= parse_number(n2)
    except ValueError:
        return False


# ---------------------------------------------------------------- sentences

_ABBREV = {
    "u.s", "u.k", "d.c", "mr", "mrs", "ms", "dr", "no", "nos", "inc", "co", "corp", "ltd", "jr", "sr", "st",
    "vs", "etc", "e.g", "i.e", "gov", "sen", "rep", "amb", "gen", "jan", "feb", "aug", "sept", "sep", "oct",
    "nov", "dec", "u.n", "p.r.c", "a.m", "p.m", "approx", "fig", "vol", "pp", "p", "para", "art",
}
#: sentence ends and line breaks: two patterns, not one alternation, so that ``re`` can
#: skip ahead to their first characters (it does not for an alternation opening with a class)
_END = re.compile(r"[.!?;](?:[\"”’)\]]{0,2})(?=\s)")
_LINE_BREAK = re.compile(r"\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,8})$")


@lru_cache(maxsize=8)
def _boundaries(text: str) -> tuple[int, ...]:
    """Sorted offsets where a sentence (or bullet, line block) starts."""
    out = [0]
    for m in _LINE_BREAK.finditer(text):
        i = m.start()
        # a wrapped line (text ends mid-sentence and goes on in lower case) is not a boundary
        nxt = text[i + 1 : i + 2]
        if nxt and (nxt.islower() or nxt.isdigit() or nxt == "$"):
            j = i  # the last character of the line before, trailing blanks skipped
            while j > 0 and text[j - 1] in " \t\u00a0":
                j -= 1
            prev = text[j - 1 : j]
            if prev and (prev.isalnum() or prev in ","):
                continue
        out.append(i + 1)
    n = len(text)
    for m in _END.finditer(text):
        i = m.start()
        if text[i] == ".":
            w = _WORD_BEFORE.search(text, max(0, i - 10), i)
            if w:
                word = w.group(1).translate(FOLD).lower()
                if word in _ABBREV or (len(word) == 1 and text[i - 1].isupper()):
                    continue
            j = m.end()
            while j < n and text[j] in " \t\u00a0":
                j += 1
            if j < n and (text[j].islower() or text[j] == ","):
                continue
            if i > 0 and text[i - 1].isdigit() and j < n and text[j].isdigit():
                continue
        out.append(m.end())
    return tuple(sorted(set(out)))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (clause ended by . ! ? ; or a block break) around ``[start, end)``."""
    b = _boundaries(text)
    i = bisect_right(b, start) - 1
    s = b[i] if i >= 0 else 0
    j = bisect_right(b, end - 1) if end > start else i + 1
    e = b[j] if j < len(b) else len(text)
    return s, e


# ---------------------------------------------------------------- qualifiers


@cache
def _qualifier_res() -> tuple[re.Pattern, re.Pattern]:
    r = rules()
    before = "|".join(
        rf"(?P<{name}>\b{words_alt(phrases)})" for name, phrases in r.qualifiers.items()
    )
    after = "|".join(
        rf"(?P<{name}>{words_alt(phrases)}\b)" for name, phrases in r.trailing_qualifiers.items()
    )
    return (
        re.compile(rf"(?:{before}){SP}{{1,3}}(?:(?:of|at|to|be|between){SP}{{1,2}}){{0,2}}$", re.I),
        re.compile(rf"^{SP}{{1,2}}(?:{after})", re.I),
    )


def find_qualifier(text: str, start: int, end: int) -> str | None:
    """The qualifier the words right before (or after) a figure give it."""
    before_re, after_re = _qualifier_res()
    m = before_re.search(text, max(0, start - 40), start)
    if m:
        return m.lastgroup
    m = after_re.match(text[end : end + 20])
    if m:
        return m.lastgroup
    return None


# ---------------------------------------------------------------- years

YEAR = r"(?:19[5-9]\d|20\d\d)"


@cache
def _year_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    preps = words_alt(rules().year_prepositions)
    after = re.compile(
        rf"(?:{SP}{{0,2}}[(\[]{SP}{{0,2}}(?:(?:FY|CY){SP}?)?(?P<paren>{YEAR})(?:{SP}{{0,2}}(?:figures|data|est\.?|estimate))?{SP}{{0,2}}[)\]])"
        rf"|(?P<gap>(?:[ \t\u00a0]{{1,3}}[^\s\d,;:.$€£¥()\[\]]{{1,30}}){{0,5}}?)\s{{1,3}}(?i:{preps})\s{{1,3}}(?:(?:FY|CY|fiscal{SP}year|calendar{SP}year){SP}?)?(?P<year>{YEAR})(?![\d\-–]|{SP}{{0,2}}(?:to|through){SP}{{1,2}}{YEAR})",
    )
    initial = re.compile(
        rf"[\s\"“•*\-–·]{{0,6}}(?:In|For|During|By|As of|Through|At the end of|In fiscal year|In FY)\s{{1,3}}(?P<year>{YEAR})\s{{0,2}},",
    )
    inner = re.compile(rf"\b(?:in|for|during|as of)\s{{1,3}}(?P<year>{YEAR})\b(?![\-–]\d)")
    other_figure = re.compile(r"\d|[$€£¥]")
    return after, initial, inner, other_figure


def find_year(text: str, start: int, end: int) -> int | None:
    """The year a figure is for, when its own clause says so.

    Looks right after the figure first ("in 2010", "by 2016", "for 2010", "(2017)", with
    at most five plain words between and no other figure), then at a sentence-initial
    "In 2009," and at "in 2010" earlier in the same comma-delimited clause. Never looks
    across a sentence; a year after "since" or "from" is a baseline, not the figure's.
    """
    after_re, initial_re, inner_re, other_re = _year_res()
    s, e = sentence_bounds(text, start, end)
    m = after_re.match(text, end, min(e, end + 120))
    if m:
        if m.group("paren"):
            return int(m.group("paren"))
        gap = m.group("gap") or ""
        if not re.search(r"(?i)\b(?:since|from|until|till|after|before|between|than)\b", gap):
            return int(m.group("year"))
    m = initial_re.match(text, s, start)
    if m:  # "In 2009, X was $5 billion and Y $3 billion": every figure of the sentence
        return int(m.group("year"))
    lo = max(s, start - 200)
    clause_start = max(text.rfind(",", lo, start), text.rfind(";", lo, start), text.rfind(":", lo, start), lo)
    last = None
    for y in inner_re.finditer(text, clause_start, start):
        pre = text[max(s, y.start() - 12) : y.start()].translate(FOLD).lower()
        if "since" in pre or "from" in pre:
            continue
        if other_re.search(text, clause_start, y.start()):
            continue  # "$5 billion in 2011 and sales of ...": the year is the earlier figure's
        last = y
    if last and not other_re.search(text[last.end() : start]):
        return int(last.group("year"))
    return None


# ---------------------------------------------------------------- overlaps


def drop_contained(records: list) -> list:
    """Drop every record whose span lies inside another's; keep text order."""
    ordered = sorted(records, key=lambda r: (r.span[0], -r.span[1]))
    kept: list = []
    max_end = -1
    for r in ordered:
        if r.span[1] <= max_end:
            continue
        kept.append(r)
        max_end = max(max_end, r.span[1])
    return kept
