"""The grammar of dates: one compiled rule per family of expressions, built once from
``resources/dates.json`` (month names, weekdays, seasons, number words, ordinals), each
with the builder that turns its match into a value.

Every rule finds one family of expressions in the unchanged source text and turns its
match into an inclusive ``start``..``end`` interval with a ``grain``:

==========================  ==============================================  ========
rule                        example                                          grain
==========================  ==============================================  ========
``day_range``               November 20-21, 2011 · October 28 to 29, 2009    day
                            December 12 - 13, 2007 · December 12 and 13
``day_range_cross``         November 30-December 1, 2011                     day
``day_range_dmy``           20-21 November · 28 October-1 November 2012      day
``day`` / ``day_dmy``       November 21, 2011 · 21 November 2011             day
``day_numeric``             11/21/2011 · 27/5/2019 · 2011-11-21 · 2015-9-26 · 2015/9/26 · 2020.11.30  day
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
``month_rel``               July this year · March of next year              month
``weekday``                 on Thursday (the last Thursday on or before the  day
                            anchor) · last Thursday · said Thursday ·
                            Thursday afternoon
==========================  ==============================================  ========

A builder returns ``None`` to veto a match. Relative expressions, and days or months
written without a year, need the anchor: without one their builders return ``None``. A
year standing alone must lie in 1900-2100 and is vetoed inside money ("$2012"), standards
and codes ("IEC 60601-1", "ISO 9001:2008", "No. 2011"), phone numbers ("482-2000"), URLs
and paths ("/2006/04/"), and before count nouns ("2000 jobs") (:meth:`_Grammar._year_context_ok`;
the words before and after are lists in ``resources/dates.json``). A four-digit year
modifying a noun ("the 2012 JCCT meeting", "SFDA's 2012 work plan") is a year reference
and is kept.

A new date shape: a new word of a known shape (a month abbreviation, a season, a number
word) is data in ``resources/dates.json``; a new shape is a pattern and its builder here,
added with ``self._add(rule_id, pattern, builder)`` in :meth:`_Grammar._compile` (the order
of the rules breaks ties between equally long candidates) and given an anchor in
``ANCHOR_OF`` (else it is searched over the whole text).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ...resources.models import DateData
from ...resources.rules import date_data as _data
from ...text import FOLD
from ...text import regex_lead as _lead
from ...text import regex_widths as _widths
from .calendar import PART_MONTHS, _add_months, _months, _shift_months, _year_ok
from .search import _MAX_WINDOW, Builder, _Hit, _Rule

# ------------------------------------------------------------------------- grammar

_S = r"(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}|\n[ \t\u00a0]{0,3})"  # one gap between words (bounded)
_OS = r"[ \t\u00a0]{0,2}"
_DASH = r"[-‐‑‒–—]"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR_CORE = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"


def _year(name: str, *, range_start: bool = False, glued: bool = False) -> str:
    """A year in 1900-2100 standing alone; ``glued``: also right before a word in capitals
    ("April 10, 1999JOINT STATEMENT": a date line run into the heading under it)."""
    word = r"(?!(?-i:[A-Z]{2}))[\w]" if glued else r"[\w]"
    tail = rf"(?!{word}|[.,][0-9])" if range_start else rf"(?!{word}|[.,][0-9]|{_DASH}[0-9])"
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


def _url_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a URL ("http://.../2006/04/", "www.x.org/2012")."""
    if text.find("://", lo, hi) < 0 and text.find("www.", lo, hi) < 0:
        return False  # the common case, without a regex
    return _URL_END.search(text[lo:hi]) is not None


_NEXT_WORD = re.compile(r"[\s\u00a0]*([%]|[a-z$]+)")
#: "the end of " right before a month or a relative month ("the end of this month")
_PART_OF_HEAD = re.compile(rf"(?:the{_S})?(?:end|close|beginning|start|middle){_S}of{_S}$", re.I)


#: "and" (or "&") as the word that joins two dates
_AND = re.compile(r"(?<![\w])(?:and|&)(?![\w])", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.I)


def _between_before(text: str, start: int) -> bool:
    """Whether "between" stands right before ``start``."""
    return _BETWEEN_BEFORE.search(text, max(0, start - 12), start) is not None


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
        self.edge_re = re.compile(rf"(?<![\w])(?:the{_S})?(?P<edge>end|close|beginning|start){_S}of{_S}(?:the{_S})?$", re.I)
        self.not_after = {w.translate(FOLD).lower() for w in data.not_year_after}
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
            ("day_range_cross", "day_range", "day_range_dmy", "day", "day_dmy", "day_dmy_weekday", "month_range", "month",
             "month_bare"),
            "month",
        ),
        **dict.fromkeys(("day_numeric", "half_short", "quarter_short", "year_range", "decade", "fiscal_year", "year"), "year"),
        "season": "season", "season_rel": "season", "half": "half", "quarter": "quarter",
        "part_of_year": "year_or_digits", "rel_year": "year_word", "rel_years": "year_word",
        "rel_months": "month_word", "rel_month": "month_word", "rel_day": "rel_day", "month_rel": "month",
        "rel_days": "days",
        "weekday": "weekday",
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
            "days": (re.compile("days"), False),  # "the next five days" (written in lower case)
            "rel_day": (re.compile("today|yesterday|tomorrow"), True),
            "weekday": (re.compile("|".join(w.lower() for w in self.data.weekdays)), True),
        }

    # ---- the rules

    def _compile(self) -> None:  # long: the table of rules in priority order (ties go to the earlier), kept in one piece
        Y, D, S, OS, W = _year, _DAY, _S, _OS, self._weekday
        mon = self.mon
        day_sep = rf"(?:{OS}{_DASH}{OS}|{S}(?:to|through|until|till|and|&){S})"
        yr = lambda n: rf"(?:,?{S}(?:of{S})?{Y(n)})"  # noqa: E731  optional trailing ", 2011" (or "of 2011")

        self._add("day_range_cross", rf"{W}{mon('m1')}{S}(?P<d1>{D}){day_sep}{mon('m2')}{S}(?P<d2>{D}){yr('y')}?", self._b_day_range)
        self._add("day_range", rf"{W}{mon('m1')}{S}(?P<d1>{D}){day_sep}(?P<d2>{D}){yr('y')}?", self._b_day_range)
        self._add(
            "day_range_dmy",
            rf"(?<![\w$€£¥.,/-])(?P<d1>{D})(?:{S}{mon('m1')})?{day_sep}(?P<d2>{D}){S}{mon('m2')}{yr('y')}?",
            self._b_day_range,
        )
        glued = rf"(?:,?{S}(?:of{S})?{Y('y', glued=True)})"  # "April 10, 1999JOINT STATEMENT": a full date run into capitals
        self._add("day", rf"{W}{mon('m1')}{S}(?P<d1>{D})(?![,.][0-9]){glued}?", self._b_day)
        self._add("day_dmy", rf"{W}(?<![\w$€£¥.,/-])(?P<d1>{D}){S}{mon('m1')}{yr('y')}?", self._b_day)
        wk = "|".join(self.data.weekdays)
        # "Thursday 16, January 2020": a weekday, the day, a stray comma, the month (a site's date stamp)
        self._add("day_dmy_weekday", rf"(?<![\w])(?:{wk}),?{S}(?P<d1>{D}),{S}{mon('m1')}{yr('y')}", self._b_day)
        self._add(
            "day_numeric",
            rf"(?<![\w/.-])(?:(?P<mo>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12][0-9]|0?[1-9])/(?P<y1>{_YEAR_CORE})"
            # day first only when the day cannot be a month: "27/5/2019" (a site's date stamp)
            rf"|(?P<dd3>3[01]|2[0-9]|1[3-9])/(?P<mo3>1[0-2]|0?[1-9])/(?P<y3>{_YEAR_CORE})"
            # year first with "-", "/" or "." ("2020.11.30", a site's posting date)
            rf"|(?P<y2>{_YEAR_CORE})(?P<sep>[-/.])(?P<mo2>1[0-2]|0?[1-9])(?P=sep)(?P<dd2>3[01]|[12][0-9]|0?[1-9]))(?![\w/]|[.-][0-9])",
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
        self._add("month_rel", rf"{mon('m1')}{S}(?:of{S})?(?P<rel>this|next|last){S}year(?![\w-])", self._b_month_rel)
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
        # "over the last two days": the days up to the anchor (the anchor's day included)
        self._add(
            "rel_days",
            rf"(?<![\w])(?:the{S})?(?P<dir>next|coming|past|last|previous){S}(?P<n>[0-9]{{1,2}}|{numw}){S}days(?![\w])",
            self._b_rel_days,
            re.I,
        )
        self._add("rel_month", rf"(?<![\w])(?P<rel>this|next|last){S}month(?![\w])", self._b_rel_month, re.I)
        self._add("rel_day", r"(?<![\w])(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)(?![\w])", self._b_rel_day)
        # "on Thursday", "last Thursday", and news style "said Thursday", "announced Thursday" (a reporting
        # verb of ``weekday_verbs`` right before)
        verbs = "".join(rf"|(?<=(?<![\w]){re.escape(v)} )" for v in self.data.weekday_verbs)
        # ... and a weekday before a part of the day ("conclude Monday afternoon")
        part_of_day = rf"|(?=(?:{wk}){S}(?:morning|afternoon|evening|night)(?![\w]))"
        self._add("weekday", rf"(?:(?<=[Oo]n )|(?<=[Ll]ast ){verbs}{part_of_day})(?P<wd>{wk})(?![\w])(?!,?{S}{mon('m2')})(?!,?{S}[0-9])"
                  rf"(?!{S}(?:mornings|afternoons|evenings|nights)(?![\w]))",
                  self._b_weekday)

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
        sep_end = m.start("m2") if gd.get("m2") and m.start("m2") > m.end("d1") else m.start("d2")
        if _AND.search(text, m.end("d1"), sep_end) and not (_between_before(text, m.start()) or (b - a).days == 1):
            return None  # "Feb. 25 and March 10": two dates; "May 22 and 23", "between May 2 and 9": a range
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
            elif m.group("y3"):
                a = date(int(m.group("y3")), int(m.group("mo3")), int(m.group("dd3")))
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
        if not m.group("from") and _AND.search(text, m.end("m1"), m.start("m2")):
            return None  # "November 2019 and January 2020": two months; only "between X and Y" is a range
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
            span = PART_MONTHS[part]
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
        if r == "last" and text[max(0, m.start() - 4) : m.start()].lower() == "the ":
            # "the work of the last year": the twelve months up to the anchor, not the calendar year before
            return _Hit(m.start() - 4, m.end(), (_add_months(anchor, -12), anchor, "year"), "", True, period=True)
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

    def _b_rel_days(self, m, text, anchor):
        if anchor is None:
            return None
        n = self.count(m.group("n"))
        if not n or n > 31:
            return None
        if m.group("dir").translate(FOLD).lower() in ("next", "coming"):
            a, b = anchor + timedelta(days=1), anchor + timedelta(days=n)
        else:
            a, b = anchor - timedelta(days=n - 1), anchor
        return _Hit(m.start(), m.end(), (a, b, "day"), "", True, period=True)

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

    def _b_month_rel(self, m, text, anchor):
        if anchor is None:
            return None
        y = anchor.year + {"this": 0, "next": 1, "last": -1}[m.group("rel").translate(FOLD).lower()]
        mo = self.month_of(m.group("m1"))
        a, b = _months(y, mo, y, mo)
        return _Hit(m.start(), m.end(), (a, b, "month"), "", True)

    def _b_weekday(self, m, text, anchor):
        """"on Thursday" in a report: the last such day on or before the anchor (the
        date line); "last Thursday" the one before that when the anchor is a Thursday."""
        if anchor is None:
            return None
        wd = self.data.weekdays.index(m.group("wd"))
        back = (anchor.weekday() - wd) % 7
        if back == 0 and text[max(0, m.start() - 5) : m.start()].lower() == "last ":
            back = 7
        d = anchor - timedelta(days=back)
        return _Hit(m.start(), m.end(), (d, d, "day"), "", True)

    def _b_rel_day(self, m, text, anchor):
        if anchor is None:
            return None
        if _NOT_THE_DAY_AFTER.match(text, m.end("rel")):
            return None  # "in today's world", "today's global economy": the present age, not a day
        if m.group("rel")[0].isupper() and _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return None  # "... Inclusive and Prosperous Tomorrow": a word of a title-case name, not a day
        d = anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").translate(FOLD).lower()])
        return _Hit(m.start(), m.end(), (d, d, "day"), "", True)



#: after "today's": the present age, not the day ("today's world", "today's global economy")
_NOT_THE_DAY_AFTER = re.compile(
    r"(?:'s|\u2019s)[ \u00a0]+(?:world|globali[sz]ed|global|era|age|society|economy|environment|interconnected|"
    r"fast-changing|rapidly|changing|complex|competitive|modern)\b")
#: a capitalised word (not a sentence's end) right before a capitalised "Today" / "Tomorrow": a title-case name
_TITLE_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\u201c\"])[ \u00a0](?!The\b|A\b|An\b)[A-Z][a-z]+,?[ \u00a0]+$")


@cache
def _grammar() -> _Grammar:
    return _Grammar(_data())
