"""Date expressions: our own regex grammar over ``doc.text``, normalised to intervals.

Every rule below finds one family of expressions in the unchanged source text and
turns its match into an inclusive ``start``..``end`` interval with a ``grain``:

==========================  ==============================================  ========
rule                        example                                          grain
==========================  ==============================================  ========
``day_range``               November 20-21, 2011 · October 28 to 29, 2009    day
                            December 12 - 13, 2007 · December 12 and 13
``day_range_cross``         November 30-December 1, 2011                     day
``day_range_dmy``           20-21 November · 28 October-1 November 2012      day
``day`` / ``day_dmy``       November 21, 2011 · 21 November 2011             day
``day_numeric``             11/21/2011 · 2011-11-21 · 2015-9-26 · 2015/9/26  day
``month_range``             January 2009-December 2014 (across years)        years
                            January-March 2012 (within one year)             month
``month``                   June 2012 · end of May · mid-June 2012           month
``season``                  spring 2012 · the spring of 2012 (meteorological season
                            seasons: spring = March-May, winter = Dec-Feb)
``half``                    the first half of 2012 · H2 2012                 half
``quarter``                 the fourth quarter of 2012 · Q4 2012             quarter
``part_of_year``            the end of 2011 = December · the beginning of    month
                            2012 = January · the middle of 2012 / mid-2012 =
                            June-July · early 2013 = January-April ·
                            late 2012 = September-December
``year_range``              from 2010 to 2015 · 2009-2014 · between 2010     years
                            and 2012 · 2010-11
``decade``                  the 1990s                                        years
``year``                    2012 · by 2015 · SFDA's 2012 work plan · FY2012  year
``rel_year``                this year · next year · last year ·              year
                            the coming year
``rel_years``               the next five years (anchor year +1..+5) ·       years
                            the next few years (+1..+3) · the past two
                            years (-2..-1)
``rel_months``              the last 12 months (anchor - 12 months ..        month
                            anchor) · the next six months
``rel_month``               this month · next month                          month
``rel_day``                 today · yesterday · tomorrow                     day
==========================  ==============================================  ========

Relative expressions, and days or months written without a year ("December 12 and
13", "by the end of May"), are resolved against ``ctx.anchor`` and marked
``relative``; without an anchor they are omitted, so output never depends on the day
the tool runs. A year standing alone must lie in 1900-2100 and is vetoed inside
money ("$2012"), standards and codes ("IEC 60601-1", "ISO 9001:2008", "No. 2011"),
phone numbers ("482-2000"), URLs and paths ("/2006/04/"), and before count nouns
("2000 jobs"). A four-digit year modifying a noun ("the 2012 JCCT meeting", "SFDA's
2012 work plan") is a year reference and is kept.

Without a date line or session date, the one year the title (or the title block's
meeting line) names anchors year-less and relative dates ("2016 U.S.-China S&ED Joint
Fact Sheet": "by the end of this year" = December 2016); expressions that need the
anchor's month or day ("next month", "today", "later this year") stay unresolved.

Roles are decided from the words just before the expression and the words of its
sentence (tables in ``resources/dates.json``): a mention overlapping the document's date
line → ``publication`` ("Wednesday, January 11, 2017" around the date line's "January
11, 2017"); a date on the title or the meeting line under it → ``event``; "by", "no later than", "before", "until", "within" → ``deadline``
(the trigger is included in the span); a figure directly before ("$29.6 billion in
2010", "457 million in 2010", "$23.1 billion (2017)", with a currency word and short
prepositional phrases between: "5.6 billion dollars in goods and services to China in 2013") or a sentence that opens with
the date and states a figure ("In 2009, ... exceeded $7.5 billion"), or a figure with its
counted noun ("12 million jobs in the United States in 2014") → ``reference``;
"from"/"between"/"since"/"over"/"during", ranges across years and spans such as
"the next five years" → ``period``; an event word in the sentence ("held", "signed",
"took place", "meeting", "roundtable") → ``event``. ``other`` is kept for a date used as
part of a name: after a determiner or possessive and before the noun it modifies ("the
2010 JCCT commitment", "SFDA's 2012 work plan", "a 2011 report", "the November 2009 U.S. –
China Joint Statement"; but "the 2012 JCCT meeting", headed by an event noun, is an
``event``) or naming a document ("its fact sheet of October 29"). Any other date says when
something happens or happened ("the agreement reached in November 2014", "a revised offer
in 2011") → ``event``. A day on the title equal to the document's date → ``publication``.

:func:`normalise` applies the same grammar to one isolated expression and falls back
on ``dateparser`` (built once per anchor, fixed settings) for shapes the grammar does
not know; a fallback result is accepted only when it does not depend on the anchor
unless an anchor was given.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache


from ..records import DateMention
from ..resources.models import DateData
from ..resources.rules import date_data as _data
from ..text import FOLD, fold_case as fold, regex_lead as _lead, regex_widths as _widths

KIND = "dates"

Value = tuple[date, date, str]

YEAR_MIN, YEAR_MAX = 1900, 2100
_PROBE = date(2001, 3, 17)  # stands in for a missing anchor when testing whether an expression needs one


# --------------------------------------------------------------------------- data


# ------------------------------------------------------------------ date arithmetic


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[date, date]:
    return date(y1, m1, 1), date(y2, m2, _last_day(y2, m2))


def _shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _add_months(d: date, n: int) -> date:
    y, m = _shift_months(d.year, d.month, n)
    return date(y, m, min(d.day, _last_day(y, m)))


def _year_ok(y: int) -> bool:
    return YEAR_MIN <= y <= YEAR_MAX


# ------------------------------------------------------------------------- grammar

_S = r"(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}|\n[ \t\u00a0]{0,3})"  # one gap between words (bounded)
_OS = r"[ \t\u00a0]{0,2}"
_DASH = r"[-‐‑‒–—]"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR_CORE = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"


def _year(name: str, *, range_start: bool = False) -> str:
    tail = r"(?![\w]|[.,][0-9])" if range_start else rf"(?![\w]|[.,][0-9]|{_DASH}[0-9])"
    return rf"(?<![\w$€£¥/:.,#])(?P<{name}>{_YEAR_CORE}){tail}"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _S) for w in sorted(words, key=lambda w: (-len(w), w)))


# ------------------------------------------------------------ small fixed patterns
# compiled once here rather than looked up in ``re``'s cache on every call (hot loops)

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_DASH_RE = re.compile(_DASH)
_SEASON_LEAD = re.compile(r"(?i)the|early|late|mid")
_SEASON_PREPOSITION = re.compile(r"(?:in|by|during|since|until|before|after|from|through|of)\s+$")
_NON_SPACE = re.compile(r"[^\s\u00a0]+")
_PHONE_GROUP = re.compile(r"\+?[0-9]{2,}")
_PHONE_GROUP_AFTER = re.compile(r"[ \u00a0][0-9]{3,}(?![\w])")
_DIGIT_DASH_END = re.compile(r"[0-9]" + _DASH + r"$")
_URL_END = re.compile(r"https?://\S*$|www\.\S*$")
#: every match of ``figure_re`` starts with one of these
_FIGURE_START = re.compile(r"[$€£¥0-9]")


def _url_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a URL ("http://.../2006/04/", "www.x.org/2012")."""
    if text.find("://", lo, hi) < 0 and text.find("www.", lo, hi) < 0:
        return False  # the common case, without a regex
    return _URL_END.search(text[lo:hi]) is not None


_NEXT_WORD = re.compile(r"[\s\u00a0]*([%]|[a-z$]+)")
_SENTENCE = re.compile(r"[^\n.!?;]+(?:[.!?;](?![\s\u00a0])[^\n.!?;]*)*[.!?;]?")
_LINE = re.compile(r"[^\n]+")
_JOINER = re.compile(r"[-‐‑‒–—/&]+")
_PARTICIPLE_END = re.compile(r"(?:ing|ed)$")
_INNER_DOT = re.compile(r"\.\w")
_CLOSING_END = re.compile(r"[,;:!?)]$")
_CLAUSE_PUNCT = re.compile(r"[.;:,]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_WORDS_AFTER = re.compile(r"(?:['’]s)?(?:[\s\u00a0]+[^\s\u00a0,;]+){1,3}")
_CLAUSE_SPLIT = re.compile(r"[,;:]")
_OPENS_RANGE = re.compile(r"(?i)from|between")
_LEAD_ONLY = re.compile(r"[\s\u00a0•*\-]*(?:in|during|for|as of)?[\s\u00a0]*", re.I)
_IN_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?:in|for|during)[\s\u00a0]+$")
_LATER = re.compile(r"(?i)later")
#: "the end of " right before a month or a relative month ("the end of this month")
_PART_OF_HEAD = re.compile(rf"(?:the{_S})?(?:end|close|beginning|start|middle){_S}of{_S}$", re.I)


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


class _Grammar:
    """The compiled rules, built once from ``resources/dates.json``."""

    def __init__(self, data: DateData) -> None:
        self.data = data
        self.month_no = {k.translate(FOLD).lower(): v for k, v in data.months.items()}
        full = {max((k for k, v in data.months.items() if v == m), key=len) for m in range(1, 13)}
        abbrev = [k for k in data.months if k not in full]
        self.full_months = full
        mon_alt = "|".join(sorted(full, key=len, reverse=True)) + "|" + "|".join(
            rf"{a}\.?" for a in sorted(abbrev, key=len, reverse=True)
        )
        self._mon_alt = mon_alt
        self._full_alt = "|".join(sorted(full, key=len, reverse=True))
        self.numbers = {k.translate(FOLD).lower(): v for k, v in data.number_words.items()}
        self.ordinals = {k.translate(FOLD).lower(): v for k, v in data.ordinals.items()}
        self.seasons = {k.translate(FOLD).lower(): v for k, v in data.seasons.items()}
        wk = "|".join(data.weekdays)
        self._weekday = rf"(?:(?:{wk}),?{_S})?"
        self.rules: list[_Rule] = []
        self.anchors = self._anchor_patterns()
        self._compile()
        t = data.triggers
        self.edge_re = re.compile(rf"(?<![\w])(?:the{_S})?(?P<edge>end|close|beginning|start){_S}of{_S}(?:the{_S})?$", re.I)
        self.deadline_re = re.compile(rf"(?:^|[^\w])(?P<t>{_alt(t.deadline)}){_S}(?:the{_S})?$", re.I)
        self.period_re = re.compile(rf"(?:^|[^\w])(?P<t>{_alt(t.period)}){_S}(?:the{_S})?$", re.I)
        self.event_trigger_re = re.compile(rf"(?:^|[^\w])(?P<t>{_alt(t.event)}){_S}$", re.I)
        self.event_verb_re = re.compile(rf"(?<![\w-])(?:{_alt(data.event_verbs)})(?![\w-])", re.I)
        self.event_noun_re = re.compile(rf"(?<![\w-])(?:{_alt(data.event_nouns)})(?![\w-])", re.I)
        self.figure_re = re.compile(
            rf"(?:[$€£¥][ \u00a0]?[0-9][0-9,.]*(?:[ \u00a0](?:{_alt(data.figure_words)}))?"
            rf"|[0-9][0-9,.]*(?:[ \u00a0]?%|[ \u00a0](?:{_alt([*data.figure_words, *data.currency_words])})))(?![\w])",
            re.I,
        )
        # between a figure and its year: a currency word or the counted noun, then up to three short
        # prepositional phrases, then "in" ("5.6 billion dollars in goods and services to China in 2013",
        # "12 million jobs in the United States in 2014")
        np_word = r"(?!(?:that|which|who|will|would|could|should|may|might|has|have|had|is|are|was|were|by|in|to)(?![\w]))(?:U\.S\.|[\w'’&-]+)"
        self.figure_gap_re = re.compile(
            rf"(?:{_S}(?:{_alt(data.currency_words)})|{_S}{np_word}(?:{_S}{np_word})?)?"
            rf"(?:{_S}(?:of|in|to|from|with|for|worth{_S}of){_S}{np_word}(?:{_S}{np_word}){{0,2}}){{0,3}}"
            rf"{_S}(?:in|for|during){_S}(?:the{_S}(?:year|calendar{_S}year|fiscal{_S}year){_S})?",
            re.I,
        )
        self.determiner_re = re.compile(
            rf"(?:(?:^|[^\w])(?:{_alt(data.determiners)})|[\w.)][’']s){_S}$", re.I
        )
        # a match ends at the end of the range searched (or before a final line break), so
        # it starts at most this far before it: searching from there finds the same match
        self.determiner_reach = _widths(self.determiner_re)[1] + 1
        self.stop_words = frozenset(w.translate(FOLD).lower() for w in data.phrase_stop_words)
        self.time_nouns = frozenset(w.translate(FOLD).lower() for w in data.time_nouns)
        self.document_of_re = re.compile(rf"(?:^|[^\w])(?:{_alt(data.document_nouns)}){_S}(?:of|dated){_S}$", re.I)
        self.not_after = {w.translate(FOLD).lower() for w in data.not_year_after}
        # "was issued by the Treasury today, May 4, 2012": the document's own date, in its own clause
        self.publication_re = re.compile(rf"(?<![\w-])(?:{_alt(data.publication_verbs or ['issued'])})(?![\w-])[^;!?]*$", re.I)
        # "the Americas Competitiveness Forum 2008": a year right after a capitalised name is part of it
        not_name = [*data.months, *data.weekdays, *data.name_year_not_after]
        self.name_year_re = re.compile(
            rf"(?<![\w.])(?=[A-Z])(?!(?:{_alt(not_name)})[ \u00a0])[A-Z][\w&’'-]*[ \u00a0](?!(?:{_alt(not_name)})[ \u00a0]$)[A-Z][\w&’'-]*[ \u00a0]$"
        )
        self.not_before = {w.translate(FOLD).lower() for w in data.not_year_before}

    # ---- helpers used by builders

    def mon(self, name: str) -> str:
        return rf"(?<![A-Za-z])(?P<{name}>{self._mon_alt})(?![A-Za-z])"

    def full_mon(self, name: str) -> str:
        return rf"(?<![A-Za-z])(?P<{name}>{self._full_alt})(?![A-Za-z])"

    def month_of(self, s: str) -> int:
        return self.month_no[s.rstrip(".").translate(FOLD).lower()]

    def count(self, s: str | None, default: int = 1) -> int | None:
        if not s:
            return default
        s = _SPACES.sub(" ", s.translate(FOLD).lower().replace("\u00a0", " "))
        if s.isdigit():
            return int(s)
        return self.numbers.get(s)

    def _add(self, rid: str, pattern: str, build: Builder, flags: int = 0) -> None:
        compiled = re.compile(pattern, flags)
        anchor = self.ANCHOR_OF.get(rid)
        lo, hi, ahead = _widths(compiled)
        if lo == 0 or hi > _MAX_WINDOW:
            self.rules.append(_Rule(rid, compiled, build))  # an empty or unbounded match: scan the whole text
            return
        lead = _lead(compiled, self.ANCHOR_GROUPS.get(anchor, ()))
        lead = hi if lead is None else min(lead, hi)
        near = re.compile(rf"(?s:(.{{0,{lead}}}?))(?:{pattern})", flags)
        self.rules.append(_Rule(rid, compiled, build, anchor, hi, ahead, lead, near))

    #: the substring every match of a rule contains (a key of ``anchors``); a rule not
    #: listed is searched over the whole text
    ANCHOR_OF = {
        **dict.fromkeys(
            ("day_range_cross", "day_range", "day_range_dmy", "day", "day_dmy", "month_range", "month", "month_bare"),
            "month",
        ),
        **dict.fromkeys(("day_numeric", "half_short", "quarter_short", "year_range", "decade", "fiscal_year", "year"), "year"),
        "season": "season", "season_rel": "season", "half": "half", "quarter": "quarter",
        "part_of_year": "year_or_digits", "rel_year": "year_word", "rel_years": "year_word",
        "rel_months": "month_word", "rel_month": "month_word", "rel_day": "rel_day",
    }

    #: the named groups whose match always begins with an anchor (``mon()`` and ``Y()``
    #: groups, the decade's "1990"), for the ``lead`` of a rule; without one the lead
    #: is the rule's width
    ANCHOR_GROUPS = {"month": ("m1", "m2"), "year": ("y1", "y2", "y3", "y4", "dec")}

    def _anchor_patterns(self) -> dict[str, tuple[re.Pattern, bool]]:
        """Each anchor: (pattern, whether it is searched in the case-folded text)."""
        seasons = "|".join(sorted(self.seasons, key=len, reverse=True))
        return {
            "month": (re.compile(self._mon_alt), False),
            "year": (re.compile(r"19[0-9]{2}|20[0-9]{2}|2100"), False),
            "season": (re.compile(seasons.translate(FOLD).lower()), True),
            "half": (re.compile("half"), True),
            "quarter": (re.compile("quarter"), True),
            "year_word": (re.compile("year"), True),
            "month_word": (re.compile("month"), True),
            "rel_day": (re.compile("today|yesterday|tomorrow"), True),
        }

    def anchor_positions(self, text: str) -> dict[str, list[int]]:
        """Every position where each anchor of ``ANCHOR_OF`` begins in ``text`` (a
        superset is fine: an anchor only says where to look)."""
        folded = fold(text)
        found: dict[str, list[int]] = {}
        for name, (pattern, on_folded) in self.anchors.items():
            where = folded if on_folded else text
            search, out = pattern.search, []
            m = search(where)
            while m is not None:
                out.append(m.start())
                m = search(where, m.start() + 1)  # not from m.end(): occurrences may overlap
            found[name] = out
        found["year_or_digits"] = sorted({*found["year"], *found["year_word"]})
        return found

    # ---- the rules

    def _compile(self) -> None:
        Y, D, S, OS, W = _year, _DAY, _S, _OS, self._weekday
        mon = self.mon
        day_sep = rf"(?:{OS}{_DASH}{OS}|{S}(?:to|through|until|till|and|&){S})"
        yr = lambda n: rf"(?:,?{S}{Y(n)})"  # noqa: E731  optional trailing ", 2011"

        self._add("day_range_cross", rf"{W}{mon('m1')}{S}(?P<d1>{D}){day_sep}{mon('m2')}{S}(?P<d2>{D}){yr('y')}?", self._b_day_range)
        self._add("day_range", rf"{W}{mon('m1')}{S}(?P<d1>{D}){day_sep}(?P<d2>{D}){yr('y')}?", self._b_day_range)
        self._add(
            "day_range_dmy",
            rf"(?<![\w$€£¥.,/-])(?P<d1>{D})(?:{S}{mon('m1')})?{day_sep}(?P<d2>{D}){S}{mon('m2')}{yr('y')}?",
            self._b_day_range,
        )
        self._add("day", rf"{W}{mon('m1')}{S}(?P<d1>{D})(?![,.][0-9]){yr('y')}?", self._b_day)
        self._add("day_dmy", rf"{W}(?<![\w$€£¥.,/-])(?P<d1>{D}){S}{mon('m1')}{yr('y')}?", self._b_day)
        self._add(
            "day_numeric",
            rf"(?<![\w/.-])(?:(?P<mo>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12][0-9]|0?[1-9])/(?P<y1>{_YEAR_CORE})"
            rf"|(?P<y2>{_YEAR_CORE})(?P<sep>[-/])(?P<mo2>1[0-2]|0?[1-9])(?P=sep)(?P<dd2>3[01]|[12][0-9]|0?[1-9]))(?![\w/]|[.-][0-9])",
            self._b_day_numeric,
        )
        month_sep = rf"(?:{OS}{_DASH}{OS}|{S}(?:to|through|until|till|and){S})"
        self._add(
            "month_range",
            rf"(?:(?P<from>from|between){S})?{mon('m1')}(?:,?{S}{Y('y1')})?{month_sep}{mon('m2')},?{S}{Y('y2')}",
            self._b_month_range,
        )
        part = rf"(?:(?P<part>(?:the{S})?(?:end|close|beginning|start|middle)){S}of{S}|(?P<pfx>(?i:early|mid|late))(?:{_DASH}|{S}))"
        self._add("month", rf"(?:{part})?{mon('m1')}(?:,?{S}{Y('y1')})", self._b_month)
        self._add(
            "month_bare",
            rf"(?<![\w])(?:(?P<pre>in|by|since|until|till|before|after|from|of|through|during|end|early|late|mid){_DASH}?{S}?)"
            rf"(?P<core>{self.full_mon('m1')})(?!{S}?,?{S}?[0-9])",
            self._b_month_bare,
        )
        season_alt = "|".join(sorted(self.seasons, key=len, reverse=True))
        self._add(
            "season",
            rf"(?<![\w])(?:the{S})?(?:(?:early|late|mid){_DASH}?{S}?)?(?P<s>{season_alt})(?:{S}of)?,?{S}{Y('y1')}",
            self._b_season,
            re.I,
        )
        self._add(
            "season_rel",
            rf"(?<![\w])(?P<rel>this|next|last){S}(?P<s>{season_alt})(?![\w])",
            self._b_season,
            re.I,
        )
        ords = _alt(self.ordinals)
        rel_year = rf"(?P<rel>this|next|last|the|that|the{S}current|the{S}coming){S}year"
        self._add(
            "half",
            rf"(?<![\w])(?:the{S})?(?P<o>{ords}|latter){S}half(?:{S}of)?{S}(?:(?:calendar{S}|fiscal{S})?(?:year{S})?{Y('y1')}|{rel_year})(?![\w])",
            self._b_half,
            re.I,
        )
        self._add("half_short", rf"(?<![\w])(?:H(?P<o1>[12])|(?P<o2>[12])H){OS}{Y('y1')}", self._b_half)
        self._add(
            "quarter",
            rf"(?<![\w])(?:the{S})?(?P<o>{ords}){S}quarter(?:{S}of{S}(?:(?:calendar{S}|fiscal{S})?(?:year{S})?{Y('y1')}|{rel_year})|,?{S}{Y('y2')})?(?![\w])",
            self._b_quarter,
            re.I,
        )
        self._add("quarter_short", rf"(?<![\w])(?:Q(?P<o1>[1-4])|(?P<o2>[1-4])Q){OS}{Y('y1')}", self._b_quarter)
        self._add(
            "part_of_year",
            rf"(?<![\w])(?:(?:the{S})?(?P<part>end|close|beginning|start|middle){S}of{S}(?:(?:calendar{S}|fiscal{S})?(?:year{S})?{Y('y1')}|{rel_year})"
            rf"|(?P<pfx>early|mid|late|later|year{_DASH}end|end){_DASH}?{S}?(?:{Y('y2')}|(?P<rel2>this|next|last){S}year)"
            rf"|(?P<ye>year{_DASH}end|year{S}end)(?!{_DASH}?{S}?[0-9]))(?![\w])",
            self._b_part_of_year,
            re.I,
        )
        self._add(
            "year_range",
            rf"(?:(?P<between>between){S}{Y('y1')}{S}and{S}{Y('y2')}"
            rf"|(?:(?P<from>from){S})?{Y('y3', range_start=True)}(?:{OS}{_DASH}{OS}|/|{S}(?:to|through|until|till){S})"
            rf"(?:{Y('y4')}|(?<=[-‐‑‒–—/])(?P<yy>[0-9]{{2}})(?![\w]|[.,][0-9])))",
            self._b_year_range,
            re.I,
        )
        self._add("decade", rf"(?<![\w])(?:(?i:the){S})?(?P<dec>(?:19|20)[0-9]0)'?s(?![\w])", self._b_decade)
        self._add("fiscal_year", rf"(?<![\w])(?:FY{OS}|fiscal{S}year{S})(?P<y1>{_YEAR_CORE})(?![\w])", self._b_year, 0)
        self._add("year", Y("y1"), self._b_year)
        self._add("rel_year", rf"(?<![\w])(?P<rel>this|next|last|the{S}coming|the{S}current){S}year(?![\w-])", self._b_rel_year, re.I)
        numw = _alt(self.numbers)
        self._add(
            "rel_years",
            rf"(?<![\w])(?:the{S})?(?P<dir>next|coming|past|last|previous|following){S}(?P<n>[0-9]{{1,2}}|{numw}){S}years(?![\w])",
            self._b_rel_span,
            re.I,
        )
        self._add(
            "rel_months",
            rf"(?<![\w])(?:the{S})?(?P<dir>next|coming|past|last|previous){S}(?P<n>[0-9]{{1,2}}|{numw}){S}months(?![\w])",
            self._b_rel_span,
            re.I,
        )
        self._add("rel_month", rf"(?<![\w])(?P<rel>this|next|last){S}month(?![\w])", self._b_rel_month, re.I)
        self._add("rel_day", r"(?<![\w])(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)(?![\w])", self._b_rel_day)

    # ---- builders: match -> _Hit | None

    def _ydef(self, m: re.Match, anchor: date | None, *names: str) -> tuple[int | None, bool]:
        for n in names:
            if m.groupdict().get(n):
                return int(m.group(n)), False
        return (anchor.year, True) if anchor else (None, True)

    def _b_day_range(self, m, text, anchor):
        y, rel = self._ydef(m, anchor, "y")
        if y is None:
            return None
        gd = m.groupdict()
        m2 = self.month_of(gd.get("m2") or gd["m1"])
        m1 = self.month_of(gd["m1"]) if gd.get("m1") else m2
        d1, d2 = int(_DIGITS.match(m.group("d1")).group()), int(_DIGITS.match(m.group("d2")).group())
        try:
            a, b = date(y, m1, d1), date(y, m2, d2)
        except ValueError:
            return None
        if not a < b or (b - a).days > 62:
            return None
        return _Hit(m.start(), m.end(), (a, b, "day"), "", rel)

    def _b_day(self, m, text, anchor):
        y, rel = self._ydef(m, anchor, "y")
        if y is None:
            return None
        d = int(_DIGITS.match(m.group("d1")).group())
        try:
            a = date(y, self.month_of(m.group("m1")), d)
        except ValueError:
            return None
        return _Hit(m.start(), m.end(), (a, a, "day"), "", rel)

    def _b_day_numeric(self, m, text, anchor):
        try:
            if m.group("y1"):
                a = date(int(m.group("y1")), int(m.group("mo")), int(m.group("dd")))
            else:
                a = date(int(m.group("y2")), int(m.group("mo2")), int(m.group("dd2")))
        except ValueError:
            return None
        return _Hit(m.start(), m.end(), (a, a, "day"), "")

    def _b_month_range(self, m, text, anchor):
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        m1, m2 = self.month_of(m.group("m1")), self.month_of(m.group("m2"))
        if (y1, m1) >= (y2, m2):
            return None
        if m.group("from") and m.group("from").translate(FOLD).lower() == "between" and " and" not in m.group(0)[len(m.group("from")) :]:
            return None
        a, b = _months(y1, m1, y2, m2)
        return _Hit(m.start(), m.end(), (a, b, "years" if y1 != y2 else "month"), "", period=True)

    def _b_month(self, m, text, anchor):
        y = int(m.group("y1"))
        mo = self.month_of(m.group("m1"))
        a, b = _months(y, mo, y, mo)
        return _Hit(m.start(), m.end(), (a, b, "month"), "")

    def _b_month_bare(self, m, text, anchor):
        if anchor is None:
            return None
        mo = self.month_of(m.group("m1"))
        a, b = _months(anchor.year, mo, anchor.year, mo)
        s = m.start("core")
        pre = m.group("pre").translate(FOLD).lower()
        if pre in {"end", "early", "late", "mid"}:
            s = m.start("pre")
            if pre == "end":  # "the end of May" is found as "end of May" by the prefix rule below
                return None
        # "end of May", "beginning of June": take the part phrase into the span
        head = _PART_OF_HEAD.search(text[max(0, s - 30) : s])
        if head:
            s = s - (len(text[max(0, s - 30) : s]) - head.start())
        return _Hit(s, m.end(), (a, b, "month"), "", True)

    def _b_season(self, m, text, anchor):
        key = m.group("s").translate(FOLD).lower()
        first = self.seasons[key]
        if m.groupdict().get("rel"):
            if anchor is None:
                return None
            y = anchor.year + {"this": 0, "next": 1, "last": -1}[m.group("rel").translate(FOLD).lower()]
            rel = True
        else:
            y, rel = int(m.group("y1")), False
            if key == "fall" and m.group("s")[0].islower() and " of" not in m.group(0) and not _SEASON_LEAD.match(m.group(0)):
                # "prices fall 2012 ..." is not a season: require "in"/"by"/... before a lower-case bare season
                before = text[max(0, m.start() - 12) : m.start()].translate(FOLD).lower()
                if not _SEASON_PREPOSITION.search(before):
                    return None
        a, b = _months(y, first, *_shift_months(y, first, 2))
        return _Hit(m.start(), m.end(), (a, b, "season"), "", rel)

    def _ord_year(self, m, anchor, *names) -> tuple[int | None, bool]:
        for n in names:
            if m.groupdict().get(n):
                return int(m.group(n)), False
        rel = (m.groupdict().get("rel") or "this").translate(FOLD).lower().split()[-1]
        if anchor is None:
            return None, True
        return anchor.year + {"this": 0, "the": 0, "that": 0, "current": 0, "coming": 1, "next": 1, "last": -1}.get(rel, 0), True

    def _b_half(self, m, text, anchor):
        o = m.groupdict().get("o")
        h = int(m.group("o1") or m.group("o2")) if not o else (2 if o.translate(FOLD).lower() in ("latter", "last", "final") else self.ordinals.get(o.translate(FOLD).lower(), 0))
        if h not in (1, 2):
            return None
        y, rel = self._ord_year(m, anchor, "y1")
        if y is None:
            return None
        a, b = _months(y, 6 * h - 5, y, 6 * h)
        return _Hit(m.start(), m.end(), (a, b, "half"), "", rel)

    def _b_quarter(self, m, text, anchor):
        o = m.groupdict().get("o")
        q = int(m.group("o1") or m.group("o2")) if not o else self.ordinals.get(o.translate(FOLD).lower(), 0)
        if not 1 <= q <= 4:
            return None
        y, rel = self._ord_year(m, anchor, "y1", "y2")
        if y is None:
            return None
        a, b = _months(y, 3 * q - 2, y, 3 * q)
        return _Hit(m.start(), m.end(), (a, b, "quarter"), "", rel)

    def _b_part_of_year(self, m, text, anchor):
        part = (m.group("part") or m.group("pfx") or "end").translate(FOLD).lower()
        part = _DASH_RE.sub("-", part)
        if m.group("y1") or m.group("y2"):
            y, rel = int(m.group("y1") or m.group("y2")), False
        else:
            if anchor is None:
                return None
            r = (m.group("rel") or m.group("rel2") or "this").translate(FOLD).lower().split()[-1]
            y = anchor.year + {"next": 1, "coming": 1, "last": -1}.get(r, 0)
            rel = True
        if part == "later":
            if not rel:
                return None  # "later 2012" is not English; "later this year" is
            first = anchor.month + 1 if y == anchor.year and anchor.month < 12 else (12 if y == anchor.year else 1)
            a, b = _months(y, first, y, 12)
        else:
            span = {"end": (12, 12), "close": (12, 12), "year-end": (12, 12), "beginning": (1, 1), "start": (1, 1),
                    "middle": (6, 7), "mid": (6, 7), "early": (1, 4), "late": (9, 12)}[part]
            a, b = _months(y, span[0], y, span[1])
        return _Hit(m.start(), m.end(), (a, b, "month"), "", rel)

    def _b_year_range(self, m, text, anchor):
        if m.group("between"):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
        else:
            y1 = int(m.group("y3"))
            if m.group("y4"):
                y2 = int(m.group("y4"))
            else:
                y2 = y1 // 100 * 100 + int(m.group("yy"))
                if y2 <= y1:
                    return None
        if not (y1 < y2 and _year_ok(y1) and _year_ok(y2)) or y2 - y1 > 50:
            return None
        if not self._year_context_ok(text, m.start(), m.end()):
            return None
        return _Hit(m.start(), m.end(), (date(y1, 1, 1), date(y2, 12, 31), "years"), "", period=True)

    def _b_decade(self, m, text, anchor):
        y = int(m.group("dec"))
        return _Hit(m.start(), m.end(), (date(y, 1, 1), date(y + 9, 12, 31), "years"), "", period=True)

    def _year_context_ok(self, text: str, s: int, e: int) -> bool:
        before = text[max(0, s - 14) : s]
        words = _NON_SPACE.findall(before.translate(FOLD).lower())
        if words and (words[-1] in self.not_before or words[-1].rstrip(".") + "." in self.not_before):
            return False
        if words and _PHONE_GROUP.fullmatch(words[-1]) or _PHONE_GROUP_AFTER.match(text[e : e + 8]):
            return False  # a group of a phone number: "+86 10 6512 2014"
        if _DIGIT_DASH_END.search(before) or _url_before(text, max(0, s - 200), s):
            return False
        after = text[e : e + 16].translate(FOLD).lower()
        nxt = _NEXT_WORD.match(after)
        if nxt and nxt.group(1) in self.not_after:
            return False
        return True

    def _b_year(self, m, text, anchor):
        y = int(m.group("y1"))
        if not _year_ok(y) or not self._year_context_ok(text, m.start("y1"), m.end()):
            return None
        return _Hit(m.start(), m.end(), (date(y, 1, 1), date(y, 12, 31), "year"), "")

    def _b_rel_year(self, m, text, anchor):
        if anchor is None:
            return None
        r = m.group("rel").translate(FOLD).lower().split()[-1]
        y = anchor.year + {"next": 1, "coming": 1, "last": -1}.get(r, 0)
        return _Hit(m.start(), m.end(), (date(y, 1, 1), date(y, 12, 31), "year"), "", True)

    def _b_rel_span(self, m, text, anchor):
        if anchor is None:
            return None
        n = self.count(m.group("n"))  # "the next few years" is left out: no definite interval
        if not n or n > 50:
            return None
        forward = m.group("dir").translate(FOLD).lower() in ("next", "coming", "following")
        if m.group(0).translate(FOLD).lower().endswith("years"):
            y1, y2 = (anchor.year + 1, anchor.year + n) if forward else (anchor.year - n, anchor.year - 1)
            return _Hit(m.start(), m.end(), (date(y1, 1, 1), date(y2, 12, 31), "years"), "", True, period=True)
        if forward:
            a, b = anchor, _add_months(anchor, n)
        else:
            a, b = _add_months(anchor, -n), anchor
        return _Hit(m.start(), m.end(), (a, b, "month"), "", True, period=True)

    def _b_rel_month(self, m, text, anchor):
        if anchor is None:
            return None
        y, mo = _shift_months(anchor.year, anchor.month, {"this": 0, "next": 1, "last": -1}[m.group("rel").translate(FOLD).lower()])
        a, b = _months(y, mo, y, mo)
        s = m.start()
        # "the end of this month", "the beginning of next month": the part phrase belongs to the date
        # (so "by the end of this month" is a deadline); the interval stays the whole month
        head = _PART_OF_HEAD.search(text, max(0, s - 30), s)
        return _Hit(head.start() if head else s, m.end(), (a, b, "month"), "", True)

    def _b_rel_day(self, m, text, anchor):
        if anchor is None:
            return None
        d = anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").translate(FOLD).lower()])
        return _Hit(m.start(), m.end(), (d, d, "day"), "", True)

    # ---- scanning

    def scan(self, text: str, anchor: date | None) -> list[_Hit]:
        """Every non-overlapping candidate in ``text``: longest first, ties to the earlier."""
        hits: list[_Hit] = []
        found = self.anchor_positions(text)
        for rule in self.rules:
            anchors = None
            if rule.anchor is not None:
                anchors = found[rule.anchor]
                if not anchors:
                    continue
            for m in _finditer(rule, text, anchors):
                hit = rule.build(m, text, anchor)
                if hit is not None:
                    hits.append(_Hit(hit.start, hit.end, hit.value, rule.id, hit.relative, hit.period))
        order = {r.id: i for i, r in enumerate(self.rules)}
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


@cache
def _grammar() -> _Grammar:
    return _Grammar(_data())


# ------------------------------------------------------------------------- roles


class _Sentences:
    """Sentence spans of the text: from the Doc when it has them, else a light splitter."""

    def __init__(self, doc, text: str) -> None:
        spans: list[tuple[int, int]] = []
        try:
            if doc is not None and doc.has_annotation("SENT_START"):
                from ..nlp import sentences

                spans = [(s, e) for _, _, s, e in sentences(doc)]
        except (AttributeError, ValueError):
            spans = []
        if not spans:
            spans = [m.span() for m in _SENTENCE.finditer(text)]
        # a line break always ends a sentence for our purposes (headings, bullets)
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if text.find("\n", s, e) < 0:  # the common case, without a regex
                if s < e:
                    out.append((s, e))
                continue
            out.extend(m.span() for m in _LINE.finditer(text, s, e))
        self.spans = out or [(0, len(text))]
        self.starts = [s for s, _ in self.spans]

    def around(self, start: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, start) - 1)
        return self.spans[i]


_WINDOW = 400  # characters of a (long) sentence looked at on each side of a mention
_TOKEN = re.compile(r"[\s\u00a0]+([^\s\u00a0]+)")


def _name_head(g: _Grammar, text: str, start: int, end: int, s1: int) -> str | None:
    """The head noun of the name a date modifies, or None when the date does not sit
    inside a noun phrase: "the 2010 JCCT commitment to ..." -> "commitment", "SFDA's
    2012 work plan" -> "plan", "the November 2009 U.S. – China Joint Statement" ->
    "Statement"; "in 2012 covering ...", "this year's JCCT", "2011." -> None.

    The date must follow a determiner or a possessive; the words after it run up to a
    function word, a participle or punctuation (at most five)."""
    if not g.determiner_re.search(text, max(0, start - 30, start - g.determiner_reach), start):
        return None
    head = None
    pos = end
    for _ in range(5):
        m = _TOKEN.match(text, pos, s1)
        if m is None:
            break
        tok = m.group(1)
        core = tok.strip(",;:!?()[]\"“”‘’'")
        if not core or _JOINER.fullmatch(core):
            pos = m.end()
            continue  # "U.S. – China": a dash joins the name
        low = core.translate(FOLD).lower()
        if not core[0].isalnum() or low in g.stop_words:
            break
        if core[0].islower() and _PARTICIPLE_END.search(low) and not g.event_noun_re.fullmatch(core):
            break  # "in 2012 covering ...": a participle, not a noun
        head = core.rstrip(".") if not _INNER_DOT.search(core) else core
        pos = m.end()
        if _CLOSING_END.search(tok) or (tok.endswith(".") and not _INNER_DOT.search(core)):
            break
    if head is None or not text.startswith((" ", "\u00a0", "\n", "\t"), end):
        return None
    if head.translate(FOLD).lower() in g.time_nouns:
        return None  # "the 2011-2015 period", "the 2012 season": a time, not a name
    return head


def _role(
    g: _Grammar, text: str, hit: _Hit, start: int, deadline: bool, sents: _Sentences, date_line, title_lines=(), issued=None
) -> str:
    """The date's role in its sentence, from the words before it and the sentence's words."""
    if date_line and hit.start < date_line[1] and date_line[0] < hit.end:
        return "publication"  # overlapping is enough: "Wednesday, January 11, 2017" around "January 11, 2017"
    if any(ts <= hit.start and hit.end <= te for ts, te in title_lines):
        if issued is not None and hit.value == (issued, issued, "day"):
            return "publication"  # "U.S.–China Joint Statement, January 19, 2011" above that date line
        return "event"  # "2016 U.S.-China S&ED Joint Fact Sheet", "December 14-15, Beijing" under the title
    s0, s1 = sents.around(hit.start)
    s0, s1 = max(s0, hit.start - _WINDOW), min(s1, hit.end + _WINDOW)  # bounded work per mention
    before = text[max(s0, start - 40) : start]
    last_fig = None
    first = _FIGURE_START.search(text, max(s0, start - 80), start)  # most dates have no figure before them
    for f in g.figure_re.finditer(text, first.start() if first else start, start):
        last_fig = f
    if last_fig is not None:  # "$29.6 billion in 2010", "457 million in 2010", "$23.1 billion (2017)"
        gap = text[last_fig.end() : start]
        if (not _CLAUSE_PUNCT.search(gap) and len(_ASCII_WORD.findall(gap)) <= 2) or (
            not hit.period and not hit.relative and g.figure_gap_re.fullmatch(gap)
        ):
            return "reference"
    if deadline:
        return "deadline"
    if issued is not None and hit.value == (issued, issued, "day") and g.publication_re.search(text, max(s0, start - 90), start):
        return "publication"  # "the release was issued by the Treasury today, May 4, 2012"
    if hit.value[2] == "year" and not hit.relative and g.name_year_re.search(text, max(s0, start - 60), start):
        return "other"  # "the Americas Competitiveness Forum 2008": the year is part of the name
    head = _name_head(g, text, start, hit.end, s1)
    if head is not None:  # part of a name: "the 2010 JCCT commitment"; but "the 2012 JCCT meeting" is an event
        return "event" if g.event_noun_re.fullmatch(head) else "other"
    if g.document_of_re.search(text, max(s0, start - 40), start):
        return "other"  # the date names a document: "its fact sheet of October 29"
    sentence = text[s0:s1]
    # an event noun right after ("the 2012 JCCT meeting", "this year's JCCT") or just before in the
    # same clause ("the initiation of travel ... in June 2008"), an event verb in the sentence, or "on"
    after = _WORDS_AFTER.match(text[hit.end : s1])
    if after and g.event_noun_re.search(after.group()):
        return "event"
    clause = _CLAUSE_SPLIT.split(text[max(s0, start - 90) : start])[-1]
    event = bool(
        g.event_trigger_re.search(before) or g.event_noun_re.search(clause) or g.event_verb_re.search(sentence)
    )
    period_trigger = g.period_re.search(before)
    opens_range = _OPENS_RANGE.match(text[hit.start : hit.end])
    if event and hit.value[2] == "day" and (opens_range or not period_trigger or period_trigger.group("t").translate(FOLD).lower() == "from"):
        return "event"  # "held from June 30-July 1, 2012"; but "runs through December 31" is a period
    if period_trigger or opens_range:
        return "period"
    lead = text[s0 : hit.start]
    if _LEAD_ONLY.fullmatch(lead) and g.figure_re.search(sentence):
        return "reference"  # "In 2009, the commercial value ... exceeded $7.5 billion."
    if _IN_BEFORE.search(before):
        fig = g.figure_re.search(text, hit.end, min(s1, hit.end + 60))
        if fig and not _CLAUSE_PUNCT.search(text[hit.end : fig.start()]) and len(_ASCII_WORD.findall(text[hit.end : fig.start()])) <= 4:
            return "reference"  # "losses in 2009 totaled roughly $48 billion"
    if hit.period and hit.value[2] != "day":
        return "period"
    if hit.period:
        return "period"
    return "event"  # when something happens or happened: "the agreement reached in November 2014"


# ----------------------------------------------------------------------- extract


#: relative rules that need the anchor's month or day, not only its year
_NEEDS_DAY = frozenset({"rel_month", "rel_months", "rel_day"})
_TITLE_YEAR = re.compile(rf"(?<![\w$€£¥/.,-]){_YEAR_CORE}(?![\w]|[.,][0-9])")


def _title_year(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The one year the title or the meeting line names, else None."""
    years = {int(m.group()) for s, e in lines for m in _TITLE_YEAR.finditer(text, s, e)}
    return years.pop() if len(years) == 1 else None


def extract(doc, ctx) -> Iterator[DateMention]:
    """Every date expression of ``ctx.text`` in text order (``section`` left null)."""
    text = ctx.text if getattr(ctx, "text", None) is not None else doc.text
    g = _grammar()
    sents = _Sentences(doc, text)
    seg = ctx.segmentation
    date_line = getattr(seg, "date_line", None) if seg is not None else None
    title_lines = [sp for sp in (getattr(seg, "title_span", None), getattr(seg, "meeting_line", None)) if sp]
    anchor, coarse = ctx.anchor, False
    if anchor is None:
        year = _title_year(text, title_lines)
        if year is not None:  # "2016 U.S.-China S&ED Joint Fact Sheet": the meeting's year anchors
            anchor, coarse = date(year, 1, 1), True
    for hit in g.scan(text, anchor):
        if coarse and hit.relative and (hit.rule in _NEEDS_DAY or _LATER.match(text[hit.start : hit.end])):
            continue  # "next month", "today": a year alone cannot resolve them
        start = hit.start
        a, b, grain = hit.value
        edge = g.edge_re.search(text, max(0, start - 30), start)
        if edge is not None and grain in ("season", "quarter", "half", "year"):
            # "the end of the first quarter of 2013" = March 2013, like "the end of 2011" = December
            y, mo = (b.year, b.month) if edge.group("edge").translate(FOLD).lower() in ("end", "close") else (a.year, a.month)
            (a, b), grain, start = _months(y, mo, y, mo), "month", edge.start()
            hit = _Hit(start, hit.end, (a, b, grain), hit.rule, hit.relative, hit.period)
        deadline = False
        if not _OPENS_RANGE.match(text[hit.start : hit.end]):
            trig = g.deadline_re.search(text, max(0, start - 30), start)
            if trig is not None:
                deadline, start = True, trig.start("t")
        yield DateMention(
            text=text[start : hit.end],
            span=(start, hit.end),
            start=a,
            end=b,
            grain=grain,
            role=_role(g, text, hit, start, deadline, sents, date_line, title_lines, getattr(ctx, "issued", None)),
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
    hits = _grammar().scan(expression, anchor)
    if hits:
        best = min(hits, key=lambda h: (h.start - h.end, h.start))
        return best.value
    if len(expression) > 200:
        return None
    stripped = expression.strip()
    if anchor is None and _grammar().scan(expression, _PROBE):
        return None  # year-less or relative ("December 12 and 13", "next year"): needs an anchor
    if anchor is not None:
        return _dateparser_value(stripped, anchor)
    first = _dateparser_value(stripped, _PROBE)
    second = _dateparser_value(stripped, date(1993, 8, 5))
    return first if first is not None and first == second else None


@lru_cache(maxsize=16)
def _parser(base: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "DATE_ORDER": "MDY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


def _dateparser_value(expression: str, base: date) -> tuple[date, date, str] | None:
    data = _parser(base).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if not _year_ok(d.year):
        return None
    if data.period == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    if data.period == "month":
        return _months(d.year, d.month, d.year, d.month) + ("month",)
    if data.period == "day":
        return d, d, "day"
    return None
