"""The session's dates and place: the first of a meeting sentence, never those of another or a side
meeting named in it; the title block's meeting line ("December 14-15, 2006, Beijing")."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ...resources.rules import sub_meeting_nouns
from .forum import _ORDINAL_WORDS, _SIMPLE_ORDINALS, _UNITS

_MONTHS = ("January February March April May June July August September October November December").split()
#: a month's name or its abbreviation ("Oct.", "Sept."): full names first
_MONTH = "(?:" + "|".join(_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_SEP = r"[\s\u00a0]*(?:-|–|—|to|and|through)[\s\u00a0]*"
_TH = r"(?:st|nd|rd|th)?"
_DATE_MDY = re.compile(
    rf"\b(?P<m>{_MONTH})[\s\u00a0]+(?P<d1>\d{{1,2}}){_TH}(?:{_SEP}(?:(?P<m2>{_MONTH})[\s\u00a0]+)?(?P<d2>\d{{1,2}}){_TH})?"
    rf"(?!\d)(?:,?[\s\u00a0]*(?P<y>(?:19|20)\d\d))?\b"
)
_DATE_DMY = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:{_SEP}(?P<d2>\d{{1,2}}))?[\s\u00a0]+(?P<m>{_MONTH})(?:,?[\s\u00a0]*(?P<y>(?:19|20)\d\d))?\b"
)


def _month(name: str) -> int:
    """The number of a month's name or abbreviation: "Oct." -> 10."""
    return [m[:3] for m in _MONTHS].index(name[:3].title()) + 1
_PLACE_SUFFIX = r"(?:,[\s\u00a0]*(?P<region>China|D\.C\.|DC|Korea|Japan|India|Mexico|the United States|U\.S\.A?\.?))?"
#: a country's demonym among its aliases ("Japanese", "Brazilian"): not a region after a city
_DEMONYM = re.compile(r"(?:ese|ian|ean|can|man|ish|ch)$")


#: one word of a place's name: accented letters ("Luleå", "Bogotá") and hyphened parts ("Paris-Saclay") included
_PLACE_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)*"


#: the postal codes of U.S. states, a place's region after its comma: "in Alexandria, VA"
_US_STATE_CODES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
                   "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
#: which names of ``place_countries["US"]`` are states (the others are cities): a state is a region
_US_STATE_NAMES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa "
    "Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska "
    "Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
     "South Carolina", "South Dakota", "West Virginia"}


#: provinces of Canada, a place's region after its comma like a U.S. state: "in Toronto, Ontario"
_PROVINCES = ("Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
              "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island")


@cache
def _location_pattern() -> re.Pattern:
    """ "in <Place>[ D.C.][, <region>]": the region a country of the gazetteer (its name or a name-like
    alias, maybe after "the") or "D.C.": "in Washington D.C., the US", "in Brasilia, Brazil"."""
    from ...resources.rules import gazetteer, titles

    regions = {"D.C.", "DC", "US", "U.S.", "USA", "U.S.A.", "United States", *_US_STATE_CODES.split(), *_PROVINCES}
    regions.update(n for n in titles().place_countries.get("US", ()) if n in _US_STATE_NAMES)
    for p in gazetteer():
        if p.type == "country":
            regions.update(n for n in (p.name, *p.aliases)
                           if n == p.name or (all(w[0].isupper() for w in n.split()) and not _DEMONYM.search(n)))
    alternatives = "|".join(re.escape(r).replace(r"\ ", r"[\s\u00a0]+") for r in sorted(regions, key=len, reverse=True))
    # a country word that opens a person's title is not the place's region: "in Mexico City, U.S. Vice President X"
    t = titles()
    title_words = sorted({w for phrase in (*t.title_heads, *t.title_modifiers) for w in phrase.split()[:1] if w[:1].isupper()})
    not_title = r"(?![\s\u00a0]+(?:" + "|".join(map(re.escape, title_words)) + r")\b)" if title_words else ""
    return re.compile(
        rf"\b(?:[Ii]n|near|visiting|travell?ed[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:city|town|capital|port|province)[\s\u00a0]+of[\s\u00a0]+)?"
        rf"(?P<place>{_PLACE_WORD}(?:[\s\u00a0]{_PLACE_WORD}){{0,2}}(?:[\s\u00a0](?:D\.C\.?|DC\b))?)"
        rf"(?:,[\s\u00a0]*(?P<region>(?:the[\s\u00a0]+)?(?:{alternatives})){not_title})?(?![A-Za-zà-öø-ÿ’'])"
    )


#: a venue when no city is named: "at the Beijing Diaoyutai Guest House"
_VENUE = re.compile(
    r"\bat[\s\u00a0]+the[\s\u00a0]+(?P<place>(?:[A-Z][\w’'-]+[\s\u00a0]+){1,4}"
    r"(?:Guest[\s\u00a0]+House|Hotel|Palace|Hall|Cent(?:er|re)|Building|Headquarters))\b"
)
#: a dateline opening a paragraph whose sentence reports "today" or "here": "Washington, DC – Today, ...",
#: "Washington -- The two sides wrapped up their talks here Tuesday"
_DATELINE = (
    r"(?P<place>[A-Z][A-Za-z]+(?:[\s\u00a0][A-Z][A-Za-z]+)?(?:,?[\s\u00a0]*D\.C\.|,[\s\u00a0]*[A-Z][A-Za-z]+\.?(?![\s\u00a0]*\d))?)"
    rf"(?:,?[\s\u00a0]*{_MONTH}[\s\u00a0]+\d{{1,2}}(?:,[\s\u00a0]*(?:19|20)\d\d)?)?"  # "WASHINGTON, Jan. 18, 2024 –"
    r"(?:[\s\u00a0]*\([A-Z][\w ]{1,20}\))?"  # an agency: "CHENGDU, Nov. 21 (Xinhua) --"
    r"[\s\u00a0]*(?:--|–|—|(?<=[\s\u00a0])-(?=[\s\u00a0]))[\s\u00a0]*"  # a spaced hyphen too: "WASHINGTON, D.C. - Today"
)
#: the text of a dateline's sentence up to a word: no stop but the dots of "U.S." or "D.C."
_NO_STOP = r"(?:[^.]|(?<=\b[A-Z])\.)"
_DATELINE_TODAY = re.compile(_DATELINE + r"(?:[Tt]oday\b|" + _NO_STOP + r"{0,160}\b(?:today|here)\b)")
#: a dateline whose sentence tells the meeting held, in the past: "WASHINGTON – On July 1-2, 2024, the two
#: sides met under ...": the meeting's place when its sentence names no other
_DATELINE_MET = re.compile(_DATELINE + _NO_STOP + r"{0,160}\b(?:met|convened|took[\s\u00a0]+place|(?:was|were)[\s\u00a0]+held)\b")
#: a dateline opening the text's first paragraph, whatever its sentence reports ("GUAYAQUIL - On February 15
#: and 16 the two sides held ...", "Washington, D.C. Today, ...", "WASHINGTON: The two countries announced ..."):
#: the meeting's place when no sentence names one (the reporter's place, as the gold conventions read it)
_DATELINE_LEAD = re.compile(
    _DATELINE
    + r"|(?P<place2>[A-Z][A-Za-z]+(?:[\s\u00a0][A-Z][A-Za-z]+)?,?[\s\u00a0]*D\.C\.)[\s\u00a0]+(?=[Tt]oday\b|On\b)"  # no dash
    r"|(?P<place3>[A-Z]{3,}(?:[\s\u00a0][A-Z]{3,})?):[\s\u00a0]+(?=[A-Z][a-z])"  # an ALL-CAPS place and a colon
)
#: ALL-CAPS labels that end in a colon like a dateline's place: "NOTE: ...", "FACT SHEET: ..."
_NOT_DATELINE_PLACES = frozenset({"NOTE", "NOTES", "UPDATE", "CONTACT", "CONTACTS", "EMAIL", "PHONE", "SOURCE", "MEDIA",
                                  "PRESS", "RELEASE", "NEWS", "DATE", "FACT", "FACT SHEET", "READOUT", "STATEMENT", "JOINT",
                                  "JOINT STATEMENT", "SUBJECT", "SUMMARY", "BACKGROUND", "OVERVIEW", "TEXT", "ATTENTION"})
#: how many of the opening's sentences (title lines included) a lead dateline may stand in
_LEAD_SENTENCES = 12
#: a meeting's verb or noun shortly before its place: "was held in", "met in", "the JCCT ... in"
_PLACE_CUE = re.compile(
    r"\b(?:[Hh]eld|[Mm]et|[Mm]eets?|[Mm]eetings?|[Cc]onvened?|[Tt]ook place|[Hh]osted|[Cc]o-chair(?:ed|s)?|[Cc]haired|"
    r"[Cc]oncluded?|[Oo]pened|[Vv]isit(?:ed|ing|s)?|[Ss]ession|[Pp]lenary|[Rr]ound|[Dd]ialogue|[Ff]orum|[Cc]ommission|"
    r"[Cc]ommittee|[Gg]roup|[Tt]alks|[Cc]onsultations|[Nn]egotiations|JCCT|S&ED|SED|[Gg]athered|[Ll]ed)\b"
)
_NOT_PLACES = frozenset(_MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday","Early", "Late", "Mid", "Our", "Their", "His", "Her", "Your", "Every", "Each", "All",
    "The", "This", "That", "Addition", "Particular", "Order", "Response", "Support", "September", "Light",
    "Joint", "Strategic", "U", "United", "America", "China", "Chinese", "American", "Korea", "Both", "Its",
}


#: another meeting than the one reported on: "the first meeting of the S&ED, held ... on July 27-28, 2009"
_OTHER_MEETING = re.compile(
    r"\b(?:(?P<ord>(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|" + "|".join(_SIMPLE_ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th))|(?P<prev>previous|prior|last|past|inaugural|earlier))"
    r"[\s\u00a0]+(?:[\w.&-]+[\s\u00a0]+){0,3}?(?:meeting|session|round|plenary|dialogue|JCCT|S&ED|SED)s?\b",
    re.I,
)


def _other_meeting(text: str, s: int, date_start: int, ordinal: int | None) -> bool:
    """The date belongs to another meeting named before it in its sentence (another ordinal, "previous")."""
    for m in _OTHER_MEETING.finditer(text, s, date_start):
        if m.group("prev"):
            if m.group("prev").lower() == "inaugural":  # the first meeting: another one only when this is not the first
                return ordinal is not None and ordinal != 1
            return True
        word = m.group("ord").lower()
        n = int(word[:-2]) if word[0].isdigit() else _ORDINAL_WORDS[re.sub(r"[\s\u00a0]+", " ", word)]
        if ordinal is not None and n != ordinal:
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: a meeting's weekday: "met on Tuesday", "convened in P on Monday" (one day, not "from Monday to Wednesday")
_ON_WEEKDAY = re.compile(r"\b[Oo]n[\s\u00a0]+(" + "|".join(_WEEKDAY_NAMES) + r")\b(?![\s\u00a0]+(?:to|and|through|-|–)\b)")
#: the meeting held in the sentence, in the past
_MET_VERB = re.compile(r"\b(?:met|convened|held|took[\s\u00a0]+place|co-chaired|chaired|hosted|concluded|opened)\b")
_CONCLUDING = re.compile(r"\b(?:[Cc]onclude[ds]?|CONCLUDES?|[Ww]rap(?:s|ped)?[\s\u00a0]+up|[Cc]losed)\b")
_TODAY = re.compile(r"\b[Tt]oday\b")
_YESTERDAY = re.compile(r"\b[Yy]esterday\b")
#: the meeting's own day: "the first meeting ... took place in Washington on Nov. 19, 2012"
_TOOK_PLACE = re.compile(r"\b(?:took[\s\u00a0]+place|(?:was|were)[\s\u00a0]+held|met|convened)\b[^.;]{0,40}?\bon[\s\u00a0]+"
                         + _MONTH)
_HERE = re.compile(r"\bhere\b")
#: a meeting said to last one day: its first day is its last ("the day-long meeting", "a one-day session")
_ONE_DAY = re.compile(r"\b(?:[Dd]ay-?long|[Oo]ne-day|[Ss]ingle-day)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:meeting|session|talks|dialogue|round|plenary)\b")
#: a meeting said to last so many days: "the two-day dialogue", "a three-day session"
#: "the dialogue ended": with a day count, the day it ended is the last
_ENDED = re.compile(r"\b[Ee]nd(?:ed|s)\b")
_N_DAYS_REACH = 1000
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_N_DAYS = re.compile(r"\b(two|three|four|[234])-day[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:meeting|session|talks|dialogue|round|plenary|"
                     r"conference|consultations?|negotiations)\b", re.I)
#: "was issued by the Treasury Department today, May 4, 2012": a publication's date
_PUBLISHED_BEFORE = re.compile(r"\b(?:issued|published|released|posted)\b[^;]*$")
#: "agreed to officially launch on January 30, 2014", "will meet again on": a later event's date
_UNDERTAKING_BEFORE = re.compile(r"\b(?:agreed|agrees?|will|shall|plans?|planned|pledged|committed|next)\b[^;]*$")
#: a meeting to come before its place: "will be held in", "agreed to hold the next meeting ... in", "will meet again in"
_TO_COME_BEFORE = re.compile(r"\b(?:will|shall|next|upcoming|(?:agreed|agree|plan|plans|planned)[\s\u00a0]+to[\s\u00a0]+(?:hold|meet|convene))\b"
                             r"[^.;]*$")
#: an earlier meeting whose outcome the sentence recounts: "agreements reached ... during a meeting in"
_EARLIER_MEETING_BEFORE = re.compile(r"\b(?:reached|struck|made|agreed|signed)\b[^.;]{0,90}\b(?:during|at)[\s\u00a0]+"
                                     r"(?:a|an|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?(?:meeting|summit|talks)[\s\u00a0]*$")
#: the day of the agreeing itself: "negotiators agreed on Sept 5 to ..."
_AGREED_ON = re.compile(r"\b(?:agreed|agree|agrees)[\s\u00a0]+on[\s\u00a0]+$")
_SIGNED_BEFORE = re.compile(r"\b(?:signed|issued|dated)(?:\s+on)?[\s\u00a0]*$")


@cache
def _sub_meeting() -> re.Pattern:
    """A side meeting's noun ("working group", "seminar", ``resources/sub_meetings.txt``)."""
    words = sorted(sub_meeting_nouns(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0-]+") for w in words) + r")s?\b", re.I)


#: the Title Case words right before a noun: "the third Digital Economy" of "the third Digital Economy Forum"
_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w.&’'-]*[\s\u00a0]+(?:(?:and|of|on|for|&)[\s\u00a0]+)?)*$")
#: a meeting held with the forum in one clause: "held the X Dialogue and the X CEO Forum in New Delhi"
_AND_THE = re.compile(r"[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.&’'-]*[\s\u00a0]+)*$")


def _side_meeting(text: str, s: int, at: int, forum_spans: list[tuple[int, int]]) -> bool:
    """A side meeting's noun comes before ``at`` in its sentence (outside the forum's own name:
    the "Forum" of "Trade Policy Forum" is the forum; nor the end of the forum's name standing for it:
    "the Digital Economy Forum", "(the Working Group)"; nor a meeting held with the forum: "held the
    X Dialogue and the X CEO Forum in P"): the date or place is the side meeting's."""
    names = {re.sub(r"[\s\u00a0]+", " ", text[fs:fe]) for fs, fe in forum_spans}
    for m in _sub_meeting().finditer(text, s, at):
        if any(fs < m.end() and m.start() < fe for fs, fe in forum_spans):
            continue
        before = _CAPS_BEFORE.search(text, max(s, m.start() - 80), m.start())
        phrase = re.sub(r"[\s\u00a0]+", " ", text[before.start() if before else m.start() : m.end()])
        if m.group()[:1].isupper() and any(n.endswith(phrase) for n in names):
            continue  # the forum named by the end of its name
        if any(fe <= m.start() and _AND_THE.fullmatch(text, fe, before.start() if before else m.start())
               for fs, fe in forum_spans):
            continue  # held with the forum, in the same place
        return True
    return False


def _dates(text: str, sentences: list[tuple[int, int]], ctx, ordinal: int | None = None,
           forum_spans: list[tuple[int, int]] = ()) -> tuple[date | None, date | None]:
    """The first day range of a meeting sentence that is not the document's date line, nor the
    date of another meeting named in its sentence ("the first meeting ..., held on July 27-28, 2009"
    in a fact sheet on the second)."""
    date_line = getattr(ctx.segmentation, "date_line", None)
    fallback_year = ctx.issued.year if ctx.issued else None
    title = getattr(ctx.segmentation, "title", None) or ""
    if fallback_year is None and len(set(_YEAR.findall(title))) == 1:
        fallback_year = int(_YEAR.search(title).group(0))
    one_day = any(_ONE_DAY.search(text, s, e) for s, e in sentences)

    # (searched in the opening from the first meeting sentence on: "during the two-day dialogue" may stand in a
    # sentence that names no meeting of its own)
    days = None
    if sentences:
        lo, hi = sentences[0][0], max(sentences[-1][1], sentences[0][0] + _N_DAYS_REACH)
        days = _N_DAYS.search(text, lo, hi) if text.find("-day", lo, hi) >= 0 else None  # (a cheap gate)
    ended = days is not None and (any(_CONCLUDING.search(text, s, e) or _ENDED.search(text, s, e) for s, e in sentences)
                                  or _CONCLUDING.search(title))

    def concluding(s: int, e: int, start: date, end: date) -> tuple[date | None, date]:
        # "X and Y concluded the meeting ... today", "Delegations Conclude 25th Session": the day is
        # the last one; the first is not stated (unless the meeting lasted a day: "the day-long meeting")
        if start == end and days is not None and ended:
            # "the two-day dialogue ... ended in Washington Tuesday": the day is the last of so many
            return date.fromordinal(end.toordinal() - _DAY_COUNTS[days.group(1).lower()] + 1), end
        if start == end and not one_day and (_CONCLUDING.search(text, s, e) or _CONCLUDING.search(title)
                                             and not _TOOK_PLACE.search(text, s, e)):
            return None, end  # (not under a concluding title when the sentence says the meeting took place that day)
        return start, end

    for s, e in sentences:
        other_dates = [m for m in _DATE_MDY.finditer(text, s, e)
                       if not (date_line and m.start() < date_line[1] and date_line[0] < m.end())]
        if ctx.issued and _TODAY.search(text[s:e]) and not other_dates:  # the dateline's date is no other date
            return concluding(s, e, ctx.issued, ctx.issued)
        if ctx.issued and date_line and not other_dates and _YESTERDAY.search(text, s, e) and _MET_VERB.search(text, s, e):
            # "convened the second meeting of the X yesterday in Lima" under a dated date line: the day before it
            day = date.fromordinal(ctx.issued.toordinal() - 1)
            return concluding(s, e, day, day)
        weekday = _ON_WEEKDAY.search(text, s, e) if ctx.issued and date_line and not other_dates else None
        if weekday and _MET_VERB.search(text, s, e) and not _UNDERTAKING_BEFORE.search(text, max(s, weekday.start() - 90),
                                                                                     weekday.start()):
            # "They convened in San Francisco on Tuesday" under a dated date line: the last such day up to it
            back = (ctx.issued.weekday() - _WEEKDAY_NAMES.index(weekday.group(1))) % 7
            day = date.fromordinal(ctx.issued.toordinal() - back)
            return concluding(s, e, day, day)
        # a date broken by a line of hard-wrapped text ("took place in Washington on Nov." / "19, 2012"): the
        # sentence (cut at its line) is read on into the next line
        reach = e + 14 if text[e : e + 1] in ("\n", "\r") and re.search(_MONTH + r"$", text[max(s, e - 6) : e]) else e
        for rx in (_DATE_MDY, _DATE_DMY):
            for m in rx.finditer(text, s, reach):
                if m.start() >= e:
                    break
                if date_line and m.start() < date_line[1] and date_line[0] < m.end():
                    continue
                if _SIGNED_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or \
                        _PUBLISHED_BEFORE.search(text, max(s, m.start() - 60), m.start()):
                    continue  # the day a text was signed or published, not the meeting's
                if _UNDERTAKING_BEFORE.search(text, max(s, m.start() - 90), m.start()) and not _AGREED_ON.search(
                        text, max(s, m.start() - 20), m.start()):
                    continue  # "agreed to launch on January 30, 2014 ...": an undertaking's date (not "agreed on Sept 5")
                if _other_meeting(text, s, m.start(), ordinal) or _side_meeting(text, s, m.start(), forum_spans):
                    continue
                found = _interval(m, fallback_year)
                if found:
                    return concluding(s, e, *found)
    return None, None


def _interval(m: re.Match, fallback_year: int | None) -> tuple[date, date] | None:
    year = int(m.group("y")) if m.group("y") else fallback_year
    if year is None:
        return None
    month = _month(m.group("m"))
    d1 = int(m.group("d1"))
    d2 = int(m.group("d2")) if m.group("d2") else d1
    month2 = _month(m.group("m2")) if m.groupdict().get("m2") else month
    try:
        start, end = date(year, month, d1), date(year, month2, d2)
    except ValueError:
        return None
    if m.group("y"):
        # the dates extractor's normaliser is the reference when it understands the expression
        try:
            from ..dates import normalise

            found = normalise(m.group(0))
        except Exception:  # noqa: BLE001 - a draft normaliser must not break sessions
            found = None
        if found and found[0] == start and found[1] >= start:
            end = found[1]
    return (start, end) if end >= start else None


def _location(text: str, sentences: list[tuple[int, int]], forum_spans: list[tuple[int, int]] = (),
              ordinal: int | None = None, opening: list[tuple[int, int]] = ()) -> str | None:
    """The first "in <Place>" of a meeting sentence that is not a side meeting's or another meeting's
    ("since the 5th meeting took place in New Delhi"), as written ("Washington D.C., the US"); else a
    venue ("at the Beijing Diaoyutai Guest House"); else the dateline of a sentence reporting "today"."""
    fallback = None
    for s, e in sentences:
        # to the end of the line: a sentence splitter may stop at "Washington D.C." before ", US"
        line_end = text.find("\n", e)
        for m in _location_pattern().finditer(text, s, len(text) if line_end < 0 else line_end):
            if m.start() >= e:
                break
            if not _PLACE_CUE.search(text, max(s, m.start() - 120), min(e, m.end() + 80)) and not any(
                    m.start() - 120 <= fe and fs <= m.end() + 80 for fs, fe in forum_spans):
                continue  # "pillars: ... Development in Southern Mexico": no meeting near the place
            if _TO_COME_BEFORE.search(text, max(s, m.start() - 100), m.start()):
                continue  # "the next meeting will be held in Washington": a meeting to come
            if _EARLIER_MEETING_BEFORE.search(text, max(s, m.start() - 120), m.start()):
                continue  # "agreements reached by their leaders during a meeting in Busan": an earlier meeting
            if _side_meeting(text, s, m.start(), forum_spans) or _other_meeting(text, s, m.start(), ordinal):
                continue  # "the JCCT working group met in Chicago": the side meeting's place
            if any(fs <= m.start() < fe for fs, fe in forum_spans):
                continue  # "the Joint Committee on Cooperation in Agriculture": inside the forum's name
            place = m.group("place")
            first = place.split()[0]
            if first in _NOT_PLACES:
                if place in ("China", "Korea") and fallback is None:
                    fallback = place
                continue
            if place.split()[-1] in _NOT_PLACES:
                place = " ".join(place.split()[:-1])
            region = m.group("region")
            found = f"{place}, {region}" if region else place
            # a later meeting sentence may name the same place in full: "in Washington" (title),
            # "in Washington D.C., US" (text)
            for s2, e2 in sentences:
                if s2 > s:
                    for m2 in _location_pattern().finditer(text, s2, e2):
                        full = m2.group(0).split(None, 1)[1]
                        # ... or the city of the country named first: "in Malaysia" (title), "in Kuala Lumpur, Malaysia"
                        fuller = full.startswith(place) or (region is None and full.endswith(", " + place))
                        if fuller and len(full) > len(found) and not _side_meeting(text, s2, m2.start(), forum_spans):
                            return full
            return found
    if fallback is None:
        for s, e in sentences:
            v = _VENUE.search(text, s, e)
            if v and not _side_meeting(text, s, v.start(), forum_spans):
                return v.group("place")
        # the dateline of a meeting sentence reporting "today", or of any opening sentence that reports
        # "here" (the reporter's "here" is the meeting's place: "Washington -- ... wrapped up their talks here")
        for here, spans in ((False, sentences), (True, opening)):
            for s, e in spans:
                d = _DATELINE_TODAY.match(text, s, e)
                if d and d.group("place").split()[0] not in _NOT_PLACES and (
                        not here or _HERE.search(text, d.start(), d.end())):
                    return d.group("place")
        for s, e in sentences:
            d = _DATELINE_MET.match(text, s, e)
            if d and d.group("place").split()[0] not in _NOT_PLACES and not _TO_COME_BEFORE.search(
                    text, max(s, d.end() - 40), d.end()):
                return d.group("place")
    return fallback


#: a joint statement said issued on a day in a place (a repost's introduction): "Below is a joint statement issued
#: by the United States and India on July 31, 2014 in New Delhi."
_JOINT_ISSUED = re.compile(
    r"\b[Jj]oint[\s\u00a0]+[Ss]tatement[\s\u00a0]+(?:was[\s\u00a0]+)?(?:issued|released|adopted)\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}?"
    r"\bon[\s\u00a0]+(?P<date>" + _MONTH + r"[\s\u00a0]+\d{1,2},?[\s\u00a0]*(?:19|20)\d\d)"
    r"(?:,?[\s\u00a0]+in[\s\u00a0]+(?P<place>" + _PLACE_WORD + r"(?:[\s\u00a0]" + _PLACE_WORD + r"){0,2}))?")


def _joint_statement_issued(text: str, opening: list[tuple[int, int]]) -> tuple[date | None, str | None]:
    """(day, place) a sentence of the opening gives for the meeting's joint statement ("a joint statement issued by
    the two sides on July 31, 2014 in New Delhi"): the meeting's own day and place when no sentence names them."""
    for s, e in opening:
        m = _JOINT_ISSUED.search(text, s, e)
        if m:
            found = _DATE_MDY.match(m.group("date"))
            day = _interval(found, None) if found else None
            return (day[0] if day and day[0] == day[1] else None), m.group("place")
    return None, None


def _lead_dateline(text: str, opening: list[tuple[int, int]]) -> str | None:
    """The place of the dateline that opens the text's first paragraph (``_DATELINE_LEAD``), or None: a
    sentence that starts a line and runs on after the dateline (not a title, not a label line)."""
    if any(_VIRTUAL.search(text, s, e) for s, e in opening):
        return None  # "held its first meeting via video link": the meeting had no place
    for s, _e in opening[:_LEAD_SENTENCES]:
        if s and text[s - 1] not in "\n\r":
            continue  # a dateline starts its line
        line_end = text.find("\n", s)
        line_end = len(text) if line_end < 0 else line_end  # a sentence splitter may stop at "WASHINGTON:"
        d = _DATELINE_LEAD.match(text, s, line_end)
        if d is None or line_end - d.end() < 40:
            if line_end - s >= 80 and text[s:line_end].rstrip()[-1:] in ".\"”":
                return None  # the first paragraph opens with no dateline: a later line's dash is no dateline
            continue  # a heading or label line, not a paragraph: "Fifth Meeting, Washington, DC"
        place = d.group("place") or d.group("place2") or d.group("place3")
        if place.split()[0].title() in _NOT_PLACES or place in _NOT_DATELINE_PLACES:
            continue
        if not (_PLACE_CUE.search(text, d.end(), line_end) or _LEAD_CUE.search(text, d.end(), line_end)):
            return None  # "LIMA -- The Department announced today that exports grew": a release on something else
        return place
    return None


#: what a lead paragraph on the meeting or its outcome names besides a meeting's verb or noun
_LEAD_CUE = re.compile(r"\b(?:[Cc]ouncil|[Aa]greements?|[Pp]rotocol|[Ss]igned|[Ss]ummit)\b")


#: a meeting held at no place: "via video link", "in a virtual format", "held a video conference", "a phone call"
_VIRTUAL = re.compile(r"\b(?:[Vv]irtual(?:ly)?|[Vv]ideo[\s\u00a0-]*(?:link|conference|call)|[Vv]ideoconference|[Oo]nline|"
                      r"(?:[Tt]ele)?[Pp]hone[\s\u00a0]+(?:call|conversation))\b")


_LINE_PLACE = re.compile(
    r"[,\s\u00a0]*(?:in[\s\u00a0]+|at[\s\u00a0]+)?(?P<place>[A-Z][a-z]+(?:[\s\u00a0][A-Z][a-z]+)?)" + _PLACE_SUFFIX + r"[\s\u00a0.]*$"
)


#: a meeting line of ordinal and place (``segment.header``): "Fifth Meeting, Washington, DC"
_ORDINAL_PLACE_LINE = re.compile(
    r"(?:(?:" + "|".join(_SIMPLE_ORDINALS) + r")|\d{1,2}(?:st|nd|rd|th))[ \u00a0]+(?:Meeting|Session|Round|Plenary)[ \u00a0]*,"
    r"[ \u00a0]*(?P<place>[A-Z].*)", re.I)


def _line_place(text: str, line: tuple[int, int] | None) -> str | None:
    """The place after the dates of a meeting line: "December 14-15, Beijing" -> "Beijing"."""
    if not line:
        return None
    s, e = line
    m = _ORDINAL_PLACE_LINE.fullmatch(text[s:e].strip())
    if m:
        return m.group("place")  # "Fifth Meeting, Washington, DC"
    last = None
    for rx in (_DATE_MDY, _DATE_DMY):
        for m in rx.finditer(text, s, e):
            last = max(last or 0, m.end())
    if last is None:
        return None
    m = _LINE_PLACE.match(text, last, e)
    if not m or m.group("place").split()[0] in _NOT_PLACES:
        return None
    return f"{m.group('place')}, {m.group('region')}" if m.group("region") else m.group("place")
