"""Date expressions: our own regex grammar over ``doc.text``, normalised to intervals.

Every rule of the grammar finds one family of expressions in the unchanged source text
("November 20-21, 2011", "by December 1, 2011", "by 2015", "the middle of 2012", "the
next five years", "today") and turns its match into an inclusive ``start``..``end``
interval with a ``grain`` (day, month, season, half, quarter, year, years); the table of
rules, with an example of each, is the docstring of :mod:`.grammar`.

Relative expressions, and days or months written without a year ("December 12 and
13", "by the end of May"), are resolved against ``ctx.anchor`` and marked
``relative``; without an anchor they are omitted, so output never depends on the day
the tool runs. A year standing alone must lie in 1900-2100 and is vetoed inside
money ("$2012"), standards and codes, phone numbers, URLs and paths, and before count
nouns ("2000 jobs"); a four-digit year modifying a noun ("the 2012 JCCT meeting") is
kept.

A bare year in the document's title or its meeting line ("Joint Statement from the 2024
Mid-Year Meeting") is part of the meeting's name: a mention with role ``other`` (as "the
2010 JCCT commitment" is); after "in" / "of" ("China-US Joint Statement in 2009") it dates the
document, as its session metadata does, and is not a mention.

Without a date line or session date, the first full date of the opening (its first
1,500 characters) anchors; without one either, the one year the title (or the title block's
meeting line) names anchors year-less and relative dates ("2016 U.S.-China S&ED Joint
Fact Sheet": "by the end of this year" = December 2016); expressions that need the
anchor's month or day ("next month", "today", "later this year") stay unresolved.

"The end of", "the beginning of" before a season, quarter, half or year narrows it to
its last or first month ("the end of the first quarter of 2013" = March 2013, as "the end
of 2011" = December): one table, ``PART_MONTHS`` in :mod:`.calendar`.

Each mention gets a role (``publication``, ``event``, ``deadline``, ``period``,
``reference``, ``other``) from the words just before it and the words of its sentence;
the rules are the docstring of :mod:`.roles`.

:func:`normalise` applies the same grammar to one isolated expression and falls back
on ``dateparser`` (built once per anchor, fixed settings) for shapes the grammar does
not know; a fallback result is accepted only when it does not depend on the anchor
unless an anchor was given.

Where to change what:

- ``grammar.py``: the rules (one pattern and one builder per family of expressions, in
  priority order) and their vetoes. A new date *shape* is added here (a pattern with
  ``_add`` in ``_Grammar._compile``, a ``_b_...`` builder, its anchor in ``ANCHOR_OF``);
  a new *word* of a known shape (a month abbreviation, a season, a number word, a trigger,
  an event noun) is data in ``resources/dates.json``, no code change.
- ``search.py``: how candidates are found (each rule searched near its anchors only) and
  how overlapping candidates are resolved (longest first, ties to the earlier).
- ``roles.py``: the role of each mention (the role tables of ``resources/dates.json``
  compiled in ``_RoleRules``). "By the end of 2011" becomes a ``deadline`` there:
  ``_deadline_start`` takes the trigger ("by", listed under ``triggers.deadline`` in
  ``resources/dates.json``) into the span and ``_role`` says ``deadline``.
- ``calendar.py``: date arithmetic, the part-of-period table ("the end of" = the last
  month), and the ``dateparser`` fallback of :func:`normalise`.
- this file: :func:`extract` (anchoring, the part-of-period narrowing, one mention per
  candidate) and :func:`normalise`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from ...records import DateMention
from ...text import FOLD
from .calendar import _PROBE, _dateparser_value, _months, part_month
from .grammar import _YEAR_CORE, _grammar
from .roles import _deadline_start, _Page, _role, _role_rules, _Sentences
from .search import _finditer, _Hit, finditer_short, scan  # noqa: F401  (_finditer: re-exported for the tests)

KIND = "dates"

_LATER = re.compile(r"(?i)later")



#: relative rules that need the anchor's month or day, not only its year
_NEEDS_DAY = frozenset({"rel_month", "rel_months", "rel_days", "rel_day", "weekday"})
_TITLE_YEAR = re.compile(rf"(?<![\w$€£¥/.,-]){_YEAR_CORE}(?![\w]|[.,][0-9])")


def _title_year(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The one year the title or the meeting line names, else None."""
    years = {int(m.group()) for s, e in lines for m in _TITLE_YEAR.finditer(text, s, e)}
    return years.pop() if len(years) == 1 else None



#: "in " / "of " right before a title's year: the time of the document, not part of a name
_TIME_OF = re.compile(r"\b(?:in|of)[ \u00a0]+$")

#: how far into the text a full date may anchor a document that has no date line
_OPENING = 1500


#: what may follow a date that opens a line and still make the line a date line: a clock time
#: ("09:26 AM"), a place and a dash opening the story ("June 12, 2017, Washington, D.C.– As part
#: of ...", "May 2, 2016 – LIMA – The ..."), or a heading run into it in capitals ("April 10, 1999JOINT STATEMENT BY ...")
#: a site's source or posting label before the date on its line: "Source: Xinhua | ", "Posted: ", "Date: "
_SOURCE_LABEL = re.compile(r"[ \t\u00a0]*(?:Source|Posted|Published|Released|Updated|Date)(?:[ \u00a0]+on)?[ \u00a0]*:"
                           r"(?:[ \u00a0]*[A-Z][\w.&'’-]*(?:[ \u00a0]+[A-Z][\w.&'’-]*){0,3}[ \u00a0]*\|)?[ \u00a0]*")
_LINE_TAIL = re.compile(
    r"[ \u00a0]*(?:[ \t\u00a0\-–—•*·|]*$"
    r"|[0-9]{1,2}:[0-9]{2}(?:[ \u00a0]*(?:[AaPp]\.?[Mm]\.?))?[ \u00a0]*$"
    r"|(?:,[ \u00a0]*[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*){0,2}){1,2}[ \u00a0]*(?:[\u2013\u2014]|--?)"
    # "September 28, 2015 – WASHINGTON – Today, ...": a dash, the place, a dash opening the story
    r"|(?:[\u2013\u2014]|--?)[ \u00a0]*[A-Z][\w.]*(?:,?[ \u00a0]+[A-Z][\w.]*){0,3}[ \u00a0]*(?:[\u2013\u2014]|--?)[ \u00a0]"
    r"|[A-Z]{2,}\b)"
)
#: rules whose match is one full day
_DAY_RULES = frozenset({"day", "day_dmy", "day_dmy_weekday", "day_numeric"})


def _opening_date(g, text: str) -> tuple[date, tuple[int, int]] | None:
    """The first full date of the opening of a text whose date line was not found, with its
    span, when it is the text's own date: alone on its line ("November 16, 2023" under site
    furniture; after a source or posting label, "Source: Xinhua | 2023-10-24"), "• Thursday 16, January 2020 09:26 AM" with a clock time), opening a news
    paragraph before a place and a dash ("June 12, 2017, Washington, D.C.– As part of ..."),
    run into a heading in capitals ("April 10, 1999JOINT STATEMENT"), or after a publishing
    verb and "on" ("This release was issued ... on Dec. 18, 2014."). It anchors "today",
    "yesterday" and days without a year. Other dates (events, deadlines, an archive banner's
    range) never anchor."""
    verbs = _publishing_on(g)
    best = None
    for rule in g.rules:
        if rule.id not in _DAY_RULES:
            continue
        for m in finditer_short(g, rule, text[:_OPENING]):  # finditer(text, 0, _OPENING), by anchors
            if best is not None and m.start() >= best[1][0]:
                break
            hit = rule.build(m, text, None)
            if hit is None or hit.relative:
                continue
            line0 = text.rfind("\n", 0, hit.start) + 1
            line1 = text.find("\n", hit.end)
            head = text[line0 : hit.start]
            own = (not head.strip(" \t\u00a0-–—•*·|") or _SOURCE_LABEL.fullmatch(head)) and _LINE_TAIL.match(
                text, hit.end, len(text) if line1 < 0 else line1)
            if own or verbs.search(text, max(line0, hit.start - 80), hit.start):
                best = (hit.value[0], (hit.start, hit.end))
                break
    return best


@lru_cache(maxsize=1)
def _publishing_on(g) -> re.Pattern:
    """A publishing verb, then "on" right before a date: "was issued by X on "."""
    alt = "|".join(g.data.publication_verbs)
    return re.compile(rf"\b(?:{alt})\b[^\n]{{0,60}}?\bon[ \u00a0]+$", re.I)


#: a year of the past or a bound, not the one the sentence is about: "since 2016", "since it was signed in 1999"
_SINCE = re.compile(r"\b(?:(?:since|until|before|after|from|by)[ \u00a0]+(?:the[ \u00a0]+)?|since\b[^,.;:\n]{0,40}\bin[ \u00a0]+)$", re.I)
#: rules whose match may lack its year ("October 18", "December 12 and 13", "in May")
_YEARLESS = frozenset({"day", "day_dmy", "day_range", "day_range_dmy", "day_range_cross", "month_bare"})


def _with_sentence_years(g, text: str, sents, hits: list[_Hit]) -> list[_Hit]:
    """In a text with no anchor, days and months written without a year take the year of
    their sentence when it states exactly one ("led the 2010 Legal Exchange to Hangzhou
    (October 18), Wuhan (October 20) ..."): the year must come first and not after "since"
    ("On September 9, ... since 2016" stays unresolved); marked relative."""
    years: dict[tuple[int, int], set[int]] = {}
    first: dict[tuple[int, int], int] = {}
    for h in hits:
        if h.rule == "year":
            sp = sents.around(h.start)
            years.setdefault(sp, set()).add(h.value[0].year)
            first.setdefault(sp, h.start)
    extra: list[_Hit] = []
    for (s, e), ys in years.items():
        if len(ys) != 1:
            continue
        y = next(iter(ys))
        if _SINCE.search(text, max(s, first[(s, e)] - 60), first[(s, e)]):
            continue  # "since 2016": a year of the past, not the one the sentence is about
        for h in scan(g, text[s:e], date(y, 1, 1)):
            if h.rule in _YEARLESS and h.relative and h.start + s > first[(s, e)]:  # the year comes first
                extra.append(_Hit(h.start + s, h.end + s, h.value, h.rule, True, h.period))
    if not extra:
        return hits
    taken = sorted((h.start, h.end) for h in hits)
    starts = [a for a, _ in taken]
    kept = []
    for h in extra:
        i = bisect_right(starts, h.start)
        if (i and taken[i - 1][1] > h.start) or (i < len(taken) and taken[i][0] < h.end):
            continue
        kept.append(h)
    return sorted([*hits, *kept], key=lambda h: h.start)


def extract(doc, ctx) -> Iterator[DateMention]:
    """Every date expression of ``ctx.text`` in text order (``section`` left null)."""
    text = ctx.text if getattr(ctx, "text", None) is not None else doc.text
    g = _grammar()
    sents = _Sentences(doc, text)
    seg = ctx.segmentation
    date_line = getattr(seg, "date_line", None) if seg is not None else None
    title_lines = [sp for sp in (getattr(seg, "title_span", None), getattr(seg, "meeting_line", None)) if sp]
    page = _Page(_role_rules(), text, sents, date_line, title_lines, getattr(ctx, "issued", None))
    anchor, coarse = ctx.anchor, False
    if anchor is None:
        opening = _opening_date(g, text)
        if opening is not None:
            anchor = opening[0]
            if date_line is None and getattr(ctx, "issued", None) is None:  # the text's own date: publication
                page = _Page(page.rules, text, sents, opening[1], title_lines, anchor)
    if anchor is None:
        year = _title_year(text, title_lines)
        if year is not None:  # "2016 U.S.-China S&ED Joint Fact Sheet": the meeting's year anchors
            anchor, coarse = date(year, 1, 1), True
    hits = scan(g, text, anchor)
    if anchor is None:
        hits = _with_sentence_years(g, text, sents, hits)
    for hit in hits:
        # "Joint Statement Following the 2022 Dialogue": the title's (or the title block's meeting line's) bare
        # year is part of the meeting's name, role other
        named = hit.rule == "year" and any(ts <= hit.start < te for ts, te in title_lines)
        if named and _TIME_OF.search(text, max(0, hit.start - 6), hit.start):
            continue  # "China-US Joint Statement in 2009": the title's time names the document, not a mention
        if coarse and hit.relative and (hit.rule in _NEEDS_DAY or _LATER.match(text[hit.start : hit.end])):
            continue  # "next month", "today": a year alone cannot resolve them
        start = hit.start
        a, b, grain = hit.value
        edge = g.edge_re.search(text, max(0, start - 30), start)
        if edge is not None and grain in ("season", "quarter", "half", "year"):
            # "the end of the first quarter of 2013" = March 2013, like "the end of 2011" = December
            y, mo = part_month(edge.group("edge").translate(FOLD).lower(), a, b)
            (a, b), grain, start = _months(y, mo, y, mo), "month", edge.start()
            hit = _Hit(start, hit.end, (a, b, grain), hit.rule, hit.relative, hit.period)
        trigger = _deadline_start(page.rules, text, hit, start)
        deadline = trigger is not None
        if deadline:
            start = trigger
        yield DateMention(
            text=text[start : hit.end],
            span=(start, hit.end),
            start=a,
            end=b,
            grain=grain,
            role="other" if named and not deadline else _role(page, hit, start, deadline),
            relative=hit.relative,
            section=None,
            rule=hit.rule,
        )


# --------------------------------------------------------------------- normalise


def normalise(expression: str, anchor: date | None = None) -> tuple[date, date, str] | None:
    """(start, end, grain) of one isolated date expression, or None.

    The grammar's longest match in ``expression`` wins; when it finds nothing,
    dateparser normalises the whole expression (fixed settings, ``RELATIVE_BASE`` =
    ``anchor``). Without an anchor a dateparser result is kept only when it does not
    depend on the reference date, so the result never depends on today's date.
    """
    return _normalise(expression, anchor)


@lru_cache(maxsize=4096)
def _normalise(expression: str, anchor: date | None) -> tuple[date, date, str] | None:
    if not expression or not expression.strip():
        return None
    hits = scan(_grammar(), expression, anchor)
    if hits:
        best = min(hits, key=lambda h: (h.start - h.end, h.start))
        return best.value
    if len(expression) > 200:
        return None
    stripped = expression.strip()
    if anchor is None and scan(_grammar(), expression, _PROBE):
        return None  # year-less or relative ("December 12 and 13", "next year"): needs an anchor
    if anchor is not None:
        return _dateparser_value(stripped, anchor)
    first = _dateparser_value(stripped, _PROBE)
    second = _dateparser_value(stripped, date(1993, 8, 5))
    return first if first is not None and first == second else None
