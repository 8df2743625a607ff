"""Quantities: percentages and counted quantities, with the unit counted.

Grammar (regular expressions over the unchanged text, tables from ``resources/money.json``):

* ``percent``: "20 percent", "17%", "10-15 percent", "10 to 15 per cent",
  "between 10 and 15 percent", "2.5 percentage points" (kind ``percent``).
* ``count``: a number followed by what it counts ("680,000 jobs", "31 provincial
  entities", "three additional provinces", "23 ministries and agencies", "27 years");
  unit = the first plural noun within five words, lower-cased.
* ``count_magnitude``: a number with a magnitude word ("457 million", "one million New
  Energy Vehicles", "five million annually"); the unit comes from the noun after it,
  else the noun before it in the clause ("Internet subscribers projected to increase
  from 457 million" -> subscribers), else the previous count of the same sentence.
* ``count_total``: "for a total of 27" (unit inherited as above).
* ``count_breakdown``: the bare parts of a count broken down after a dash, colon, bracket
  or "including" ("launched eight demonstration projects – four on carbon capture, and
  four on smart grids"): each part follows the opener or a list separator, names its
  share by a preposition (not a date: "30 in May"), and the parts never sum past the
  count; the unit is the count's.

Decisions (documented in the tests): durations counted in whole years or months ("for 27
years", "a total of 30 years") are counts with unit "years", but relative periods ("the
next five years", "within 30 days") are left to dates, and a meeting's length in minutes,
hours, days or weeks ("two days of talks") is no figure (``duration_units``). A spelled-out
number before participants or parts of the text ("the four ministers", "two topics":
``group_units``) is no figure either. Not quantities: ordinals ("22nd",
"third"), years, numbers inside money and date spans, standards and references ("IEC
60601-1", "Section 301"), list numbers, phone numbers, "one" without a magnitude (a
pronoun or article far more often than a figure: "one of his key promises", "one
standard"), number words after a possessive or demonstrative ("its three ministries"), and
"two" after "the" ("the two sides"); "the three co-chairs" is a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from .. import text as S
from ..records import Quantity
from ..text import FOLD
from . import _numbers as N
from . import money

KIND = "quantities"

_TOKEN = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z][A-Za-z'’\-]*(?:\.[A-Za-z]+)*\.?)")
_MONTH = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t\u00a0]{1,2}$"
)
_ACRONYM = re.compile(r"(?:^|[\s(])([A-Z][A-Z0-9\-/]{1,10})[ \t\u00a0]{1,2}$")
_PCT_MASK = re.compile(r"\d[\d,.]{0,12}[ \t\u00a0]{0,2}(?:%|(?i:percent|per cent)\b)")
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.]{0,12})[ \t\u00a0]{1,2}$")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    r = N.rules()
    num = rf"(?:{N.NUM}|(?i:{N.number_word_re()}))"
    lead = r"(?<![\w.,$€£¥/\-#:+])"
    # "20 percent", "20%", and the hyphenated adjective "20-percent higher"
    pct = rf"(?:{N.SP}{{0,2}}%|(?:{N.SP}{{1,2}}|-)(?i:{N.words_alt([w for w in r.percent_words if w != '%'])})(?![A-Za-z]))"
    sep = rf"(?P<sep>{N.SP}{{0,2}}[-–—]{N.SP}{{0,2}}|{N.SP}{{1,3}}(?:to|and){N.SP}{{1,3}})"
    percent_re = re.compile(
        rf"{lead}(?P<n1>{num})(?:{sep}(?P<n2>{num})(?P<p2>{pct})|(?P<p1>{pct}))(?![\w])"
    )
    mag = N.magnitude_re(counts=True)
    count_re = re.compile(
        rf"{lead}(?P<n1>{num})(?P<m1>{mag})?"
        rf"(?:{sep.replace('sep', 'csep')}(?P<n2>{num})(?P<m2>{mag})?)?(?![A-Za-z\d/:]|-[A-Za-z\d])"
    )
    return percent_re, count_re


def _is_plural(word: str) -> bool:
    c = N.rules().counts
    w = word.translate(FOLD).lower().rstrip(".")
    if "'" in w or "’" in w or "." in w:
        return False
    if w in c.irregular_plurals:
        return True
    if w in c.stop_words or w in c.verb_s:
        return False
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _stop(word: str) -> bool:
    c = N.rules().counts
    w = word.translate(FOLD).lower().rstrip(".")
    return w in c.stop_words or (w.endswith("ly") and len(w) > 4) or w in ("percent", "cent")


_DETERMINER_BEFORE = re.compile(r"\b(the|these|those|its|their|our|his|her)[ \t\u00a0]{1,2}$")
#: after "the" these name a known pair or group, not a count: "the two sides", "the one"
_PAIR_WORDS = frozenset("one two both".split())
#: what "the two" names as a known pair rather than counts: "the two sides", "the two peoples"
_PAIRS = frozenset("sides parties countries governments peoples nations economies presidents leaders heads groups teams".split())
#: the counted noun right after "the two": lower-case, plural, not a possessive
_THE_TWO_NOUN = re.compile(r"[ \t\u00a0]{1,2}[a-z][a-z-]*s(?![\w’'])")


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The first plural noun within five words after ``pos`` (and its end)."""
    prev = ""
    for _ in range(5):
        m = _TOKEN.match(text, pos)
        if not m:
            return None, pos
        w = m.group(1)
        if w in ("and", "or") and prev[:1].isupper() and re.match(r"[ \t\u00a0]{1,3}[A-Z]", text[m.end():]):
            # between two capitalised modifiers: "100 US and UK firms", "40 Chinese and American banks"
            prev, pos = w, m.end()
            continue
        if _stop(w):
            return None, pos
        prev = w
        if _is_plural(w):
            unit = w.translate(FOLD).lower().rstrip(".")
            w_end = m.start(1) + len(w.rstrip("."))
            co = re.match(r"[ \t\u00a0]{1,3}(and|or)[ \t\u00a0]{1,3}([A-Za-z][A-Za-z\-]*)", text[w_end : w_end + 40])
            if co and _is_plural(co.group(2)):
                return f"{unit} {co.group(1)} {co.group(2).translate(FOLD).lower()}", w_end + co.end()
            return unit, w_end
        pos = m.end()
    return None, pos


def _unit_before(text: str, clause_start: int, pos: int) -> str | None:
    """A plural noun in the six words before ``pos``, inside its clause."""
    stretch = text[max(clause_start, pos - 120) : pos]
    # a percentage on the way does not end the look-back ("visitors increased 21 percent to 1.8 million")
    stretch = _PCT_MASK.sub(lambda m: " " * len(m.group()), stretch)
    cut = max(stretch.rfind(c) for c in ",;:()$€£¥")
    digits = [m.end() for m in re.finditer(r"\d", stretch)]
    cut = max(cut, digits[-1] if digits else -1)
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", stretch[cut + 1 :])
    for w in reversed(words[-6:]):
        if _is_plural(w):
            return w.translate(FOLD).lower()
    return None


def _value(n: str, m: str | None) -> Decimal:
    v = N.parse_number(n) * N.magnitude_value(m)
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v.normalize()


def _blocked(text: str, start: int, taken: S.SpanCover) -> bool:
    """Inside money or a date, or after a reference word, acronym or month name."""
    if taken.contains(start):
        return True
    before = text[max(0, start - 30) : start]
    if _MONTH.search(before) or _ACRONYM.search(before):
        return True
    w = _PREV_WORD.search(before)
    return bool(w and w.group(1).translate(FOLD).lower() in N.rules().counts.reference_words)


_TITLE_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]{1,20})[ \t\u00a0]$")


def _after_proper_name(text: str, start: int) -> bool:
    """"Boeing 737", "Windows 7", "Route 66": a number right after a capitalised word
    that does not open its sentence names a model or a place, it counts nothing."""
    m = _TITLE_WORD.search(text, max(0, start - 22), start)
    if not m or m.group(1).translate(FOLD).lower() in N.rules().counts.stop_words or m.group(1).translate(FOLD).lower() in _LEADERS:
        return False
    s, _e = N.sentence_bounds(text, m.start(1), m.end(1))
    return text[s : m.start(1)].strip(" \t\u00a0\n\"“‘'(•*-–·") != ""


_LEADERS = {"approximately", "roughly", "nearly", "almost", "around", "some", "only", "another", "just", "total", "top", "exactly", "fully", "at", "least"}


#: after a duration, the words that make it a time limit counted from an event, not a meeting's length
#: after years or months: the span is counted from or to an event ("four years after ...", "two decades ago")
_RELATIVE_AFTER = re.compile(r"[ \t\u00a0]{1,2}(?:after|since|ago|later|earlier|before|into)\b")
_TIME_LIMIT_AFTER = re.compile(r"[ \t\u00a0]{1,2}(?:after|before|from|prior|following|written|notice|of[ \t\u00a0]{1,2}(?:notice|the[ \t\u00a0]{1,2}(?:date|receipt|notice)))\b")


def _is_word(n: str) -> bool:
    return not n[:1].isdigit()


def _year_like(n: str) -> bool:
    return re.fullmatch(N.YEAR, n) is not None or re.fullmatch(r"1[89]\d\d|2[01]\d\d", n) is not None


def _percents(text: str, taken) -> list[Quantity]:
    percent_re, _ = _patterns()
    starts = N.number_starts(text)
    out = []
    pos = 0
    while (m := S.search(percent_re, text, pos, starts)) is not None:
        pos = m.end()
        if _blocked(text, m.start(), taken):
            pos = m.end("n1")  # the rest of the match may hold a figure of its own
            continue
        n1, n2 = m.group("n1"), m.group("n2")
        mark = (m.group("p1") or m.group("p2") or "").strip().translate(FOLD).lower()
        unit = "percentage points" if mark.startswith("percentage point") else None
        if n2 is not None:
            sep = m.group("sep").strip().translate(FOLD).lower()
            if sep == "and" and not re.search(r"(?i)\bbetween\s{1,3}$", text[max(0, m.start() - 12) : m.start()]):
                pos = m.start("n2")  # "X and Y percent": the second stands alone
                continue
            if sep == "to" and re.search(r"(?i)\bfrom\s{1,3}$", text[max(0, m.start() - 8) : m.start()]):
                out.append(_quantity(text, m.start(), m.end("n1"), "percent", _value(n1, None), None, unit, "percent"))
                out.append(_quantity(text, m.start("n2"), m.end(), "percent", _value(n2, None), None, unit, "percent"))
                continue
            lo, hi = _value(n1, None), _value(n2, None)
            if hi > lo:
                out.append(_quantity(text, m.start(), m.end(), "percent", lo, hi, unit, "percent_range"))
            else:
                out.append(_quantity(text, m.start("n2"), m.end(), "percent", hi, None, unit, "percent"))
            continue
        out.append(_quantity(text, m.start(), m.end(), "percent", _value(n1, None), None, unit, "percent"))
    return out


def _quantity(text, start, end, kind, value, value_max, unit, rule) -> Quantity:
    return Quantity(
        text=text[start:end],
        span=(start, end),
        kind=kind,
        value=value,
        value_max=value_max,
        unit=unit,
        year=N.find_year(text, start, end),
        rule=rule,
    )


# ~80 lines: one pass over the count shapes, whose vetoes read the same neighbourhood of each number
def _counts(text: str, taken) -> list[Quantity]:
    _, count_re = _patterns()
    c = N.rules().counts
    starts = N.number_starts(text)
    out: list[Quantity] = []
    pos = 0
    while (m := S.search(count_re, text, pos, starts)) is not None:
        start = m.start()
        pos = m.end()
        if _blocked(text, start, taken):
            pos = m.end("n1")
            continue
        n1, m1, n2, m2 = m.group("n1"), m.group("m1"), m.group("n2"), m.group("m2")
        end = m.end()
        lo_mag = m1
        hi = None
        if n2 is not None:
            sep = m.group("csep").strip().translate(FOLD).lower()
            ok = sep in "-–—" or (sep == "to" and not re.search(r"(?i)\bfrom\s{1,3}$", text[max(0, start - 8) : start])) or (
                sep == "and" and re.search(r"(?i)\bbetween\s{1,3}$", text[max(0, start - 12) : start])
            )
            if not ok or any(_year_like(x) for x in (n1, n2)) or "," in n1 and not m1 and "," not in n2:
                # not a range: keep the first number alone, the second gets its own match
                pos = m.start("n2")
                n2 = m2 = None
                end = m.end("m1") if m1 else m.end("n1")
            else:
                if N.share_magnitude(n1, m1, n2, m2):
                    lo_mag = m2
                hi = _value(n2, m2)
        mag = m1 or m2 if hi is not None else m1
        words = [n for n in (n1, n2) if n]
        if not mag:
            if any(_year_like(n) for n in words) or any("." in n for n in words if not _is_word(n)):
                continue
        the_two = False
        if _is_word(n1):
            low = n1.translate(FOLD).lower().strip()
            if low == "one" and not mag and not (n2 is None and _breakdown_parent(text, out, start, end, Decimal(1))):
                continue
            prev = text[max(0, start - 8) : start].translate(FOLD).lower()
            det = _DETERMINER_BEFORE.search(prev)
            if det and (det.group(1) != "the" or low in ("one", "both")):
                continue  # "the one", "its three ministries"; but "the three co-chairs" counts
            the_two = bool(det) and low in _PAIR_WORDS  # "the two sides" unless it counts things: "the two roundtables"
            if re.match(r"[ \t\u00a0]{1,2}of\b", text[end : end + 5]):
                continue
        if not mag and _after_proper_name(text, start):
            continue
        unit, unit_end = _unit_after(text, end)
        rule = "count_magnitude" if mag else "count"
        if the_two and (unit is None or unit in c.group_units or unit in _PAIRS or not _THE_TWO_NOUN.match(text, end)):
            continue  # "the two sides’ efforts", "the two Working Groups": a known pair; "the two roundtables" counts
        if unit and unit in c.duration_units and _TIME_LIMIT_AFTER.match(text, unit_end):
            pass  # "90 days after the notice", "ninety days written notice": a time limit, counted
        elif unit and (unit in c.duration_units or (_is_word(n1) and not mag and unit in c.group_units)):
            continue  # a meeting's length; "the four ministers", "two topics": not figures
        if unit and unit in c.time_units and unit not in c.duration_units and _RELATIVE_AFTER.match(text, unit_end):
            continue  # "nearly four years after the Agreement's entry into force": a time from an event, not a figure
        if unit and unit in c.time_units:
            before = text[max(0, start - 25) : start].translate(FOLD).lower()
            if re.search(r"\b(?:%s)\b[\w \t\u00a0]{0,12}$" % "|".join(map(re.escape, c.relative_time_words)), before):
                continue
        if unit is None:
            s, _e = N.sentence_bounds(text, start, end)
            if mag:
                unit = _unit_before(text, s, start) or _inherit(out, s)
            elif re.search(r"(?i)\btotal[ \t\u00a0]{1,2}of[ \t\u00a0]{1,2}$", text[max(0, start - 12) : start]):
                unit = _inherit(out, s)
                rule = "count_total"
            elif n2 is None and (parent := _breakdown_parent(text, out, start, end, _value(n1, None))) is not None:
                unit, rule = parent.unit, "count_breakdown"
            else:
                continue
        lo = _value(n1, lo_mag)
        if hi is not None and hi <= lo:
            hi = None
            end = m.end("m1") if m1 else m.end("n1")
            pos = m.start("n2")
        elif unit_end > end:
            end = unit_end  # the text runs to the counted noun: "680,000 jobs"
        out.append(_quantity(text, start, end, "count", lo, hi, unit, rule))
    return out


#: what opens the breakdown of a count: a dash, a colon, a bracket, "including", "of which"
_BREAKDOWN_OPEN = re.compile(r"[\u2013\u2014:(]|[ \t\u00a0]-[ \t\u00a0]|--|\b(?:including|of[ \t\u00a0]+which|of[ \t\u00a0]+them)\b")
#: a part of a breakdown names its share by a preposition: "four on smart grids", "two in Beijing"
_BREAKDOWN_PART = re.compile(
    r"[ \t\u00a0]{1,2}(?:on|in|for|from|at|with|by|under|covering|involving|focused[ \t\u00a0]+on|focusing[ \t\u00a0]+on)\b"
    r"(?![ \t\u00a0]+(?:(?:the[ \t\u00a0]+)?(?:first|second|third|fourth|last|next)\b|\d{4}\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))"
)
#: what may stand right before a part: the opener itself or a list separator
_BREAKDOWN_BEFORE = re.compile(r"(?:[\u2013\u2014:(,;-]|\band|\bincluding|\bwhich|\bthem)[ \t\u00a0]*$")


def _breakdown_parent(text: str, found: list[Quantity], start: int, end: int, value: Decimal) -> Quantity | None:
    """The count a bare number breaks down: "launched eight demonstration projects – four on
    carbon capture, and four on smart grids" (each "four" counts projects). The number has
    no noun of its own, follows the opener or a list separator (",", "and") and names its
    share by a preposition ("four on", "two in"; not a date: "30 in May"); a dash, colon,
    bracket or "including" after a count of the same sentence opens the breakdown; and the
    parts found so far plus this one do not exceed that count."""
    if not _BREAKDOWN_PART.match(text, end) or not _BREAKDOWN_BEFORE.search(text, max(0, start - 12), start):
        return None
    s, _e = N.sentence_bounds(text, start, end)
    parts = Decimal(0)
    for q in reversed(found[-8:]):
        if q.span[0] < s:
            return None
        if q.rule == "count_breakdown":
            parts += q.value
            continue
        if q.kind != "count" or not q.unit or q.value_max is not None:
            return None
        opener = _BREAKDOWN_OPEN.search(text, q.span[1], start)
        if opener is None or parts + value > q.value:
            return None
        return q
    return None


def _inherit(found: list[Quantity], sentence_start: int) -> str | None:
    for q in reversed(found[-5:]):
        if q.span[0] < sentence_start:
            break
        if q.unit:
            return q.unit
    return None


def _scan(text: str, date_spans=()) -> list[Quantity]:
    taken = S.SpanCover([tuple(r.span) for r in money._scan(text)] + [tuple(s) for s in date_spans])
    found = _percents(text, taken) + _counts(text, taken)
    return N.drop_contained(found)


def extract(doc, ctx) -> Iterator[Quantity]:
    """Every percentage and counted quantity in the text, in text order."""
    text = ctx.text if ctx is not None else doc.text
    dates = [d.span for d in getattr(ctx, "dates", ())] if ctx is not None else []
    yield from _scan(text, dates)
