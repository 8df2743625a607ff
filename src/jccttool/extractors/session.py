"""Session metadata (forum, ordinal, dates, location, co-chairs) from the opening text.

Read from the title and the first sentences only (``OPENING_CHARS``), so a later
"The 2012 JCCT meeting was held in Washington, DC." does not override the session the
document reports on. The forum must be a meeting forum of the gazetteer (JCCT, SED,
S&ED, CED, ...) mentioned in the opening; otherwise the document is not about a
meeting and the result is None. The title block's meeting line ("December 14-15, 2006,
Beijing") counts as a meeting sentence and gives the place when no "in <place>" does.

- Ordinal: a number or word before the forum's name ("22nd", "the twenty-second", "inaugural"
  counts as another meeting only when this one is not the first) or a Roman numeral right after
  it ("SED III", "JCCT XXII"): ``_ordinal``.
- Dates and place: the first of a meeting sentence, skipping a date of another meeting named
  before it ("the first meeting ..., held on ...") and a date or place that follows a side
  meeting's noun in its sentence ("the JCCT working group met in Chicago on ...";
  ``resources/sub_meetings.txt``): ``_dates``, ``_location``, ``_side_meeting``.
- Forum: a session forum of the gazetteer; else a forum the text defines with an acronym whose name
  ends in a head noun (``resources/forum_heads.txt``: "the ... Economic Partnership Dialogue (EPD)");
  else a name the opening gives as the meeting (``_named_forum``: "meeting / round / plenary of or under
  the", "the first meeting since 2015 of the", "meetings on the", "their tenth ..."), its acronym taken
  from where the text defines it.
- Co-chairs: "co-chaired / led / chaired by" (also "co-chaired on the government side by A, B, and C"),
  "X and Y co-chaired / led / chaired ..." ("led their respective delegations"), "X, CEO of ..., is the
  private sector co-chair", "X served as the lead ... official", "X met (in P today) with Y" in a sentence
  that names a meeting, and a pair of principals as the subject of "concluded / held / opened / convened"
  whose object names the meeting; the subject starts after a reporting verb ("X said the JCCT had led
  ..." has no chair): ``_co_chairs``. With no chair in the opening, the heads of delegations a readout
  names further down ("The U.S. delegation was led by ...") are the chairs. A name no party covers is
  found by its shape (``_names_in``), particles included ("Carneiro de Mendonça"), never a company after
  "CEO of".
- ``issued_date``: the document's date line as one day (ALL-CAPS, day-first, Chinese dates).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..records import Party, Session
from ..resources.rules import forum_head_nouns, sub_meeting_nouns
from ..text import FOLD, regex_widths, search_word

KIND = "session"

#: Gazetteer ids of forums that meet in numbered sessions.
SESSION_FORUMS = frozenset({"jcct", "sed", "s-and-ed", "ced", "us-india-tpf", "heds"})
OPENING_CHARS = 1300

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        [*_UNITS, *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
         "nineteenth twentieth".split()],
        1,
    )
}
_ORDINAL_WORDS |= {"thirtieth": 30, "fortieth": 40}
# compound ordinals: "twenty-second", "thirty first"
_ORDINAL_WORDS |= {f"{tens}{sep}{unit}": base + k for tens, base in (("twenty", 20), ("thirty", 30))
                   for k, unit in enumerate(_UNITS, 1) for sep in ("-", " ")}
_SIMPLE_ORDINALS = [w for w in _ORDINAL_WORDS if " " not in w and "-" not in w]
_ORDINAL = re.compile(
    r"\b(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|"
    + "|".join(_SIMPLE_ORDINALS) + r"))\b",
    re.I,
)
#: a Roman numeral right after the forum's name: "SED III", "JCCT XXII", "(S&ED VIII)"
_ROMAN_AFTER = re.compile(r"[\s\u00a0]+(?P<roman>[IVX]{2,6}|[IVX](?=\)))\b(?![.'’-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# words allowed between an ordinal and the forum's name ("22nd U.S.-China", "20th meeting of the")
_ORDINAL_GAP = re.compile(
    r"^(?:[\s\u00a0\-–]|U\.S\.-China|US-China|U\.S\.|US|China-U\.S\.|Sino-U\.S\.|China|Annual|annual|"
    r"[A-Z][\w.]*[-–][A-Z][\w.]*|"  # any country pair: "U.S.-Vietnam", "US-Kenya"
    r"[Mm]eeting|[Ss]ession|[Rr]ound|[Pp]lenary|[Cc]abinet-[Ll]evel|Economic Track|Strategic Track|[Hh]igh-[Ll]evel|[Mm]inisterial|"
    r"of|the|[Uu]nder)*$"
)
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
#: a meeting word (searched with ``text.search_word``: as if the pattern opened with ``\b``)
_MEETING_CUE = re.compile(
    r"(?:held|met|meet|took place|co-chair(?:ed|s)?|convened|hosted|Hosted|led|represented|session|meeting|plenary|"
    r"Dialogue|Commission|served as (?:the )?(?:lead|head|chief))\b"
)
_PLACE_SUFFIX = r"(?:,[\s\u00a0]*(?P<region>China|D\.C\.|DC|Korea|Japan|India|Mexico|the United States|U\.S\.A?\.?))?"
#: a country's demonym among its aliases ("Japanese", "Brazilian"): not a region after a city
_DEMONYM = re.compile(r"(?:ese|ian|ean|can|man|ish|ch)$")


@cache
def _location_pattern() -> re.Pattern:
    """ "in <Place>[ D.C.][, <region>]": the region a country of the gazetteer (its name or a name-like
    alias, maybe after "the") or "D.C.": "in Washington D.C., the US", "in Brasilia, Brazil"."""
    from ..resources.rules import gazetteer

    regions = {"D.C.", "DC", "US", "U.S.", "USA", "U.S.A.", "United States"}
    for p in gazetteer():
        if p.type == "country":
            regions.update(n for n in (p.name, *p.aliases)
                           if n == p.name or (all(w[0].isupper() for w in n.split()) and not _DEMONYM.search(n)))
    alternatives = "|".join(re.escape(r).replace(r"\ ", r"[\s\u00a0]+") for r in sorted(regions, key=len, reverse=True))
    return re.compile(
        r"\b(?:[Ii]n|near|visiting)[\s\u00a0]+(?P<place>[A-Z][a-z]+(?:[\s\u00a0][A-Z][a-z]+){0,2}(?:[\s\u00a0]D\.C\.)?)"
        rf"(?:,[\s\u00a0]*(?P<region>(?:the[\s\u00a0]+)?(?:{alternatives})))?(?![A-Za-z’'])"
    )


#: a venue when no city is named: "at the Beijing Diaoyutai Guest House"
_VENUE = re.compile(
    r"\bat[\s\u00a0]+the[\s\u00a0]+(?P<place>(?:[A-Z][\w’'-]+[\s\u00a0]+){1,4}"
    r"(?:Guest[\s\u00a0]+House|Hotel|Palace|Hall|Cent(?:er|re)|Building|Headquarters))\b"
)
#: a dateline opening a paragraph whose sentence reports "today": "Washington, DC – Today, ..."
_DATELINE_TODAY = re.compile(
    r"(?P<place>[A-Z][A-Za-z]+(?:[\s\u00a0][A-Z][A-Za-z]+)?(?:,[\s\u00a0]*(?:D\.C\.|[A-Z][A-Za-z]+\.?)(?![\s\u00a0]*\d))?)"
    rf"(?:,?[\s\u00a0]*{_MONTH}[\s\u00a0]+\d{{1,2}}(?:,[\s\u00a0]*(?:19|20)\d\d)?)?"  # "WASHINGTON, Jan. 18, 2024 –"
    r"[\s\u00a0]*(?:--|–|—)[\s\u00a0]*(?:[Tt]oday\b|[^.]{0,120}\btoday\b)"
)
#: a meeting's verb or noun shortly before its place: "was held in", "met in", "the JCCT ... in"
_PLACE_CUE = re.compile(
    r"\b(?:[Hh]eld|[Mm]et|[Mm]eets?|[Mm]eetings?|[Cc]onvened?|[Tt]ook place|[Hh]osted|[Cc]o-chair(?:ed|s)?|[Cc]haired|"
    r"[Cc]oncluded?|[Oo]pened|[Vv]isit(?:ed|ing|s)?|[Ss]ession|[Pp]lenary|[Rr]ound|[Dd]ialogue|[Ff]orum|[Cc]ommission|"
    r"[Cc]ommittee|[Gg]roup|[Tt]alks|JCCT|S&ED|SED|[Gg]athered|[Ll]ed)\b"
)
_NOT_PLACES = frozenset(_MONTHS) | {"Early", "Late", "Mid", "Our", "Their", "His", "Her", "Your", "Every", "Each", "All",
    "The", "This", "That", "Addition", "Particular", "Order", "Response", "Support", "September", "Light",
    "Joint", "Strategic", "U", "United", "America", "China", "Chinese", "American", "Korea", "Both", "Its",
}
_CO_CHAIR_BEFORE = re.compile(
    r"\b(?:co-chaired|served as (?:the )?co-chair(?:s|men|man|persons)?|were (?:the )?co-chair(?:s|men)?|co-chair(?:ed)? the|led|chaired|"
    r"(?:is|was) the (?:[\w.-]+ ){0,4}co-chair(?:man|person|woman)?|served as (?:the )?(?:lead|head|chief)|"
    r"represented the [\w.’'-]+ side)\b"
)
_CO_CHAIR_AFTER = re.compile(r"\b(?:[Hh]osted|[Cc]o-chaired|[Cc]haired|[Ll]ed|[Hh]eaded)(?: on the [\w.-]+(?: [\w.-]+){0,2} side)? by\b")
#: a pair of principals as the subject of the meeting: "X and Y concluded / held / opened the JCCT"
_CO_CHAIR_PAIR = re.compile(r"\b(?:concluded|held|opened|convened|co-hosted|hosted|closed)\b")
#: the object of a pair cue names the meeting within five words ("held the second Strategic Economic
#: Dialogue"), not talks or a call ("held talks on the margins of ...")
_PAIR_OBJECT = re.compile(
    r"[\s\u00a0]+(?!(?:talks|discussions|consultations|a[\s\u00a0]+(?:phone|call|telephone|press|dinner|bilateral))\b)"
    r"(?:[\w.&’'-]+[\s\u00a0]+){0,4}?(?:[\w.&’'-]+[\s\u00a0]+)?"
    r"(?:[Mm]eeting|[Ss]ession|[Pp]lenary|[Rr]ound|dialogue|Dialogue|Commission|Forum|Committee|JCCT|SED|S&ED|CED|delegation)\b"
)
#: the subject of a chair cue starts after the last reporting verb or relative word before it:
#: "Secretary X said the JCCT had led to ..." has no chair
_SUBJECT_BREAK = re.compile(r".*\b(?:said|says|stated|noted|added|told|announced|that|which)\b", re.S)
_CHAIR_CONTEXT = re.compile(r"\b(?:co-chair\w*|JCCT|SED|S&ED|Commission|Dialogue|[Mm]eeting|[Ss]ession|discussions|delegations?|talks|side|"
                            r"Forum|Committee|Working Group|plenary|round|served as (?:the )?(?:lead|head|chief))\b")
#: the principals' joint statement: "are pleased to release the following Joint Statement", "issued a joint statement"
_RELEASE_JOINT = re.compile(r"\b(?:releas(?:e|ed|es)|issu(?:e|ed|es))[\s\u00a0]+(?:the[\s\u00a0]+following[\s\u00a0]+|a[\s\u00a0]+|this[\s\u00a0]+)?"
                            r"(?:[\w.-]+[\s\u00a0]+){0,2}?[Jj]oint[\s\u00a0]+(?:[Ss]tatement|[Pp]ress[\s\u00a0]+[Rr]elease|[Cc]ommuniqu[eé])")
#: the meeting as the subject of "was attended by": its principals (only when no chair is named)
_ATTENDED_BY = re.compile(r"\b[Tt]he[\s\u00a0]+(?:[\w.’'-]+[\s\u00a0]+){0,3}?(?:meeting|[Mm]eeting|[Dd]ialogue|session|[Ss]ession)"
                          r"[\s\u00a0]+was[\s\u00a0]+attended[\s\u00a0]+by\b")
_NAMES_MEETING = re.compile(r"\b(?:meeting|session|plenary|round|[Dd]ialogue|[Ff]orum|[Cc]ommission|[Cc]ommittee|talks|delegations?)\b")
_POSSESSIVE = re.compile(r"[’']s?\b")
#: "X welcomed Y for the annual ... Forum": host and guest of the meeting
_WELCOMED_FOR = re.compile(r"\b(?:welcomed|hosted|received)\b(?P<guest>[^.;]{0,160}?)\bfor the\b")
#: "X held the second round of the Dialogue with Y": the counterpart after "with"
_HELD_WITH = re.compile(r"\b(?:held|convened|co-hosted|opened)\b")
_WITH_CHAIR = re.compile(r"(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.)*?\bwith\b")
#: "X met ... with Y", "X's meeting today with Y", a title's "X on Meeting with Y": host and counterpart
_MET_WITH = re.compile(r"\b(?:met|meets|[Mm]eeting|[Mm]eets)\b[^.;,]{0,40}?\bwith\b")
#: a sentence naming a delegation's head: "The U.S. delegation was led by ...", "... led the Kenyan delegation"
_DELEGATION_HEAD = re.compile(r"\b[Dd]elegations?[\s\u00a0]+(?:was|were)[\s\u00a0]+(?:co-)?(?:led|headed|chaired)[\s\u00a0]+by\b"
                              r"|\bled[\s\u00a0]+the[\s\u00a0]+(?:[\w.’'-]+[\s\u00a0]+){0,2}?delegation\b")
_MEETING_NOUN = re.compile(r"\b(?:[Mm]eeting|[Mm]eetings)\b")
#: the delegations a "led" leads: "led their respective delegations", "led the U.S. delegation"
_DELEGATIONS = re.compile(r"[\s\u00a0]+(?:their|the|its|his|her)[\s\u00a0]+(?:respective[\s\u00a0]+)?(?:[\w.’'-]+[\s\u00a0]+){0,2}?delegations?\b")
_DELEGATED = re.compile(r"\b(?:representatives?|envoys?|behalf)\s+of\b[^,;]*$", re.I)


def extract(doc, ctx) -> Iterator[Session | Party]:
    """The registry's interface: the document's session, when it reports on one, then the persons
    it names as co-chairs that no party covers (``settle`` moves them to the parties)."""
    found = _extract(doc, ctx)
    if found is not None:
        session, persons = found
        yield session
        yield from persons


def settle(found: dict[str, list]) -> dict[str, list]:
    """Co-chairs named by the session's grammar alone ("Minister of Commerce and Industry Piyush
    Goyal", "Mr. ONO Keiichi, Senior Deputy Minister"): person parties, so that every co-chair id
    names a party; a co-chair named only inside boilerplate (whose party was dropped with it) is
    dropped from the session too."""
    persons = [r for r in found.get("session", []) if isinstance(r, Party)]
    sessions = [r for r in found.get("session", []) if not isinstance(r, Party)]
    known = {p.id for p in found.get("parties", [])}
    named = known | {p.id for p in persons}
    # a co-chair whose every mention is boilerplate lost its party with the boilerplate: it goes too
    sessions = [s.model_copy(update={"co_chairs": [c for c in s.co_chairs if c in named]})
                if any(c not in named for c in s.co_chairs) else s for s in sessions]
    if not persons and sessions == found.get("session", []):
        return found
    return {**found, "session": sessions,
            "parties": [*found.get("parties", []), *(p for p in persons if p.id not in known)]}


def extract_session(doc, ctx) -> Session | None:
    """The meeting the document reports on, or None when it reports on none."""
    found = _extract(doc, ctx)
    return found[0] if found else None


def _extract(doc, ctx) -> tuple[Session, list[Party]] | None:
    from ..nlp import doc_text

    opening = _opening_end(ctx)
    text = doc_text(doc)
    forum = _forum(ctx, opening)
    sentences = _sentences(doc, text, opening)
    if forum is None:  # by lines: a sentence splitter may cut a name at "Japan-U.S."
        forum = _named_forum(text, [(m.start(), m.end()) for m in _LINE.finditer(text, 0, opening)])
    if forum is None:
        return None
    forum_spans = [s for s in forum.mentions if s[0] < opening]
    forum_starts = sorted(fs for fs, _ in forum_spans)
    meeting_sents = [
        (s, e) for s, e in sentences
        if _starts_within(forum_starts, s, e) or search_word(_MEETING_CUE, text[s:e])
    ]
    # the title block's meeting line ("December 14-15, 2006, Beijing") is the meeting's own date and place
    meeting_line = getattr(ctx.segmentation, "meeting_line", None)
    if meeting_line and meeting_line not in meeting_sents:
        meeting_sents = sorted([*meeting_sents, meeting_line])
    ordinal = _ordinal(text, forum_spans)
    start, end = _dates(text, meeting_sents, ctx, ordinal, forum_spans)
    chairs, persons = _co_chairs(text, meeting_sents, ctx, forum_spans)
    if not chairs:
        # no chair in the opening: the heads of the delegations a readout names at its end
        # ("The U.S. delegation was led by ...", "The Kenyan delegation was led by ...")
        late = [(s, e) for s, e in _sentences(doc, text, len(text)) if s >= opening and _DELEGATION_HEAD.search(text, s, e)]
        if late:
            chairs, persons = _co_chairs(text, late, ctx, forum_spans)
    session = Session(
        forum=forum.name,
        acronym=forum.acronym,
        ordinal=ordinal,
        start=start,
        end=end,
        location=_location(text, meeting_sents, forum_spans, ordinal) or _line_place(text, meeting_line),
        co_chairs=chairs,
    )
    return session, persons


_CJK_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_CAPS_WORD = re.compile(r"[A-Z]{3,}")


def issued_date(line: str) -> date | None:
    """The day of the document's date line ("November 21, 2011", "13 December 2019",
    "DECEMBER 13, 2019", "2019年12月13日"), or None when it does not read as one day.
    An ALL-CAPS month is read in Title Case: the value is normalised, the text is not changed."""
    from .dates import normalise

    cjk = _CJK_DATE.fullmatch(line.strip())
    if cjk:
        try:
            return date(*map(int, cjk.groups()))
        except ValueError:
            return None
    line = re.sub(r"[\s\u00a0]+", " ", line)  # a date line broken over two lines: "13\nDecember 2019"
    line = re.sub(r"^(\d{1,2}), (?=[A-Za-z])", r"\1 ", line.strip())  # a site's "16, January 2020"
    if line.isupper():
        line = _CAPS_WORD.sub(lambda m: m.group().capitalize(), line)
    found = normalise(line, None)
    return found[0] if found and found[2] == "day" else None


def _starts_within(starts: list[int], s: int, e: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``[s, e)``."""
    i = bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


def _opening_end(ctx) -> int:
    """Where the opening ends: OPENING_CHARS of non-boilerplate text from the start."""
    skipped = 0
    for s, e in sorted(getattr(ctx.segmentation, "boilerplate", []) or []):
        if s < OPENING_CHARS + skipped:
            skipped += e - s
    return min(len(ctx.text), OPENING_CHARS + skipped)


@dataclass(frozen=True)
class _NamedForum:
    """A forum the gazetteer does not know, named by the text: "the fifth meeting of the Financial
    Working Group (FWG)" -> name "Financial Working Group", acronym "FWG"."""

    name: str
    acronym: str | None
    mentions: list[tuple[int, int]]


_CAP = r"(?:(?:[A-Z]|\d{1,2}(?:st|nd|rd|th)[-–][A-Z])[\w’'&+.]*(?:[-–][A-Z0-9][\w’'&+.]*)*)"
_CONNECT = r"(?:(?:of|and|on|for|&)[\s\u00a0]+(?:the[\s\u00a0]+)?)"
#: what introduces a forum's name as the meeting: "meeting / round / plenary of (or under) the" ("the first
#: meeting since 2015 of the", "Opening Round Under the"), "meetings on the", an ordinal ("6th U.S.-India ...",
#: "their tenth ..."), or "the" in a sentence that holds, convenes or chairs it
_STRONG_LEAD = (
    r"(?:\b(?:[Mm]eeting|[Ss]ession|[Rr]ound|[Pp]lenary)(?:[\s\u00a0]+since[\s\u00a0]+(?:19|20)\d\d)?[\s\u00a0]+(?:of|[Uu]nder)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"|\b(?:[Mm]eetings|[Tt]alks|[Rr]ound)[\s\u00a0]+on[\s\u00a0]+the[\s\u00a0]+"
    r"|\b\d{1,2}(?:st|nd|rd|th)[\s\u00a0]+"
    r"|\b(?:Hold|Holds|Convene|Convenes|Open|Opens|Launch|Launches)[\s\u00a0]+"  # a headline: "... Hold Economic Consultations in X"
    r"|\b(?:[Tt]he|[Tt]heir|[Ii]ts)[\s\u00a0]+(?:" + "|".join(w for w in _SIMPLE_ORDINALS) + r"|"
    + "|".join(w.title() for w in _SIMPLE_ORDINALS) + r")[\s\u00a0]+)"
)
_WEAK_LEAD = r"\b[Tt]he[\s\u00a0]+"
#: a meeting's own words before the forum's name in a matched name: "Second Round of the ..."
_NAME_PREFIX = re.compile(r"^.*?\b(?:Round|Meeting|Session|Plenary|Meetings)[\s\u00a0]+(?:of|Under)[\s\u00a0]+(?:the[\s\u00a0]+)?")
#: a sentence that reports the meeting: held, convened, chaired, attended
_HOLDING = re.compile(r"\b(?:held|convened?|convenes|co-chair(?:ed|s)?|chaired|met|hosted|attended|took place|concluded|opened)\b")
#: "Chairman of the Standing Committee": a name after "of" belongs to the word before it
_OF_BEFORE = re.compile(r"\bof[\s\u00a0]+$")
#: the name as the subject of its meeting: "The X (the Y) Ministerial Meeting was held on ..."
_HELD_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:was held|were held|met|convened|took place|opened|concluded)\b")
#: a short name in parentheses is an acronym when it has capitals, digits or quotes ("FWG", 'Economic "2+2"')
_ACRONYM_LIKE = re.compile(r"[A-Z]{2}|\d|[\"“”]")


@cache
def _named_forum_patterns() -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\u00a0]+") for h in forum_head_nouns())
    domains = "|".join(sorted(_domain_words(), key=len, reverse=True))
    name = (rf"(?P<name>(?:{_CAP}[\s\u00a0]+{_CONNECT}?)+?(?:{heads})(?:[\s\u00a0]+(?:{heads}))*"
            rf"(?:[\s\u00a0]+(?:on|for)[\s\u00a0]+{_CAP}(?:[\s\u00a0]+{_CAP})?(?:[\s\u00a0]+(?:and|&)[\s\u00a0]+{_CAP})*"
            rf"(?:[\s\u00a0]+in[\s\u00a0]+(?:{domains}))?)?)(?![\w-])"
            r"(?:[\s\u00a0]*\((?:the[\s\u00a0]+)?(?P<short>[^()\n]{2,30})\))?")
    return re.compile(_STRONG_LEAD + name), re.compile(_WEAK_LEAD + name)


@cache
def _domain_words() -> frozenset[str]:
    """One-word domains of offices (``resources/titles.json``: "Agriculture", "Trade", "Energy"): the only
    words after "in" inside a forum's name ("Joint Committee on Cooperation in Agriculture"), so that a
    place never is ("the Widget Dialogue on Trade in Lisbon")."""
    from ..resources.rules import titles

    return frozenset(re.escape(d) for d in titles().title_domains if re.fullmatch(r"[A-Z][a-z]+", d))


#: the name's acronym defined anywhere in the text: "... Partnership (STIP)"
_DEFINED_ACRONYM = r"[\s\u00a0]*\((?:the[\s\u00a0]+)?(?P<acr>[A-Z][A-Za-z&]{1,9})\)"


def _named_forum(text: str, sentences: list[tuple[int, int]]) -> _NamedForum | None:
    """The first forum the opening (its lines or sentences) names as the meeting it reports on, by the
    shape of its name (Title Case words ending in a head noun of ``resources/forum_heads.txt``), or None."""
    strong, weak = _named_forum_patterns()
    for s, e in sentences:
        # after "the", the name is the meeting only next to a verb that holds it: "convened the X",
        # "The X ... was held"; not "Chairman of the Standing Committee", "under the X Partnership"
        found = [*strong.finditer(text, s, e), *(
            m for m in weak.finditer(text, s, e)
            if not _OF_BEFORE.search(text, max(s, m.start() - 4), m.start())
            and _HOLDING.search(text, max(s, m.start() - 40), m.start())
            or _HELD_AFTER.match(text, m.end(), min(e, m.end() + 60)))]
        for m in sorted(found, key=lambda m: m.start("name")):
            name_start = m.start("name")
            prefix = _NAME_PREFIX.match(m.group("name"))
            if prefix:
                name_start += prefix.end()
            name_end = m.end("name")
            if text[name_end - 1] == "." and not re.search(r"(?:\b[A-Z]\.){2,}$", text[name_start:name_end]):
                name_end -= 1  # the sentence's stop, not part of the name ("... Committee on Widget Trade.")
            name = text[name_start:name_end]
            if len(name.split()) < 2:
                continue
            short = m.group("short")
            acronym = short.strip() if short and len(short.split()) <= 3 and _ACRONYM_LIKE.search(short) else None
            if acronym is None:  # the name in a title, its acronym defined in the text: "... Partnership (STIP)"
                defined = re.search(re.escape(name) + _DEFINED_ACRONYM, text)
                acronym = defined.group("acr") if defined and re.search(r"[A-Z]{2}", defined.group("acr")) else None
            mentions = [(k.start(), k.end()) for k in re.finditer(re.escape(name), text)]
            if acronym:
                mentions += [(k.start(), k.end()) for k in re.finditer(r"(?<![\w])" + re.escape(acronym) + r"(?![\w])", text)]
            return _NamedForum(name=name, acronym=acronym, mentions=sorted(mentions))
    return None


def _forum(ctx, opening: int):
    """The gazetteer's session forum mentioned first in the opening; else the first forum party the text
    defines whose name ends in a forum head noun ("the U.S.-Brazil Economic Partnership Dialogue (EPD)")."""
    best = None
    for p in ctx.parties:
        if p.id in SESSION_FORUMS and p.mentions and p.mentions[0][0] < opening:
            if best is None or p.mentions[0] < best.mentions[0]:
                best = p
    if best is None:
        heads = _forum_head_end()
        for p in ctx.parties:
            if p.type == "forum" and p.acronym and p.mentions and p.mentions[0][0] < opening and heads.search(p.name):
                if best is None or p.mentions[0] < best.mentions[0]:
                    best = p
    return best


@cache
def _forum_head_end() -> re.Pattern:
    """A name that ends in a head noun of ``resources/forum_heads.txt`` ("... Dialogue", "... Working Group")."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\u00a0]+") for h in forum_head_nouns())
    return re.compile(rf"\b(?:{heads})$")


_LINE = re.compile(r"[^\r\n]+")
#: a sentence that ends on an abbreviation or an initial continues: "U.S.", "D.C.", "Jr.", "H."
_ABBREVIATION = r"(?:\b(?:U\.S|D\.C|U\.K|P\.R\.C?|Jr|Sr|Mr|Ms|Mrs|Dr|St|No|Amb|Gov|Sen|Rep)|\b[A-Z])"
_ABBREVIATION_END = re.compile(_ABBREVIATION + r"\.[\s\u00a0]*$")
#: the longest abbreviation: a match ends with the last "." of its stretch and the spaces
#: after it, so it starts at most this far before that "."
_ABBREVIATION_WIDTH = regex_widths(re.compile(_ABBREVIATION))[1]


def _ends_on_abbreviation(text: str, start: int, end: int) -> bool:
    """``_ABBREVIATION_END.search(text, start, end)``, searched only from where a match
    can start (``re`` tried every position of the sentence: the pattern opens with ``\b``)."""
    last = start + len(text[start:end].rstrip()) - 1  # "[\s\u00a0]*$" takes the spaces after it
    return _ABBREVIATION_END.search(text, max(start, last - _ABBREVIATION_WIDTH), end) is not None


def _sentences(doc, text: str, opening: int) -> list[tuple[int, int]]:
    """Sentence spans in the opening; a line break also ends a sentence (titles)."""
    out = []
    from ..nlp import sentences

    spans: list[tuple[int, int]] = []
    for _, _, s, e in sentences(doc):
        if s >= opening:
            break
        if spans and _ends_on_abbreviation(text, spans[-1][0], spans[-1][1]):
            spans[-1] = (spans[-1][0], e)  # "the U.S. Treasury", "Washington D.C., US": not a sentence end
        else:
            spans.append((s, e))
    for s, e in spans:
        for m in _LINE.finditer(text, s, e):
            out.append((m.start(), m.end()))
    return out


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral of I, V and X (None when it is not well formed: "IIII", "VX")."""
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    canonical = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX"}
    tens, units = divmod(total, 10)
    return total if 0 < total < 40 and "X" * tens + canonical.get(units, "") == numeral else None


#: "(JCCT) concluded its 24th session", "held its twenty-second meeting"
_ORDINAL_AFTER = re.compile(
    r"[\s\u00a0]*(?:\([^()\n]{1,20}\)[\s\u00a0]*)?(?:[a-z]+[\s\u00a0]+){0,2}its[\s\u00a0]+"
    r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|" + "|".join(_SIMPLE_ORDINALS) + r")"
    r"[\s\u00a0]+(?:annual[\s\u00a0]+)?(?:session|meeting|round|plenary)\b",
    re.I,
)


#: the first meeting named without an ordinal: "Opening Round", "inaugural session"
_FIRST_MEETING = re.compile(r"\b(?:[Oo]pening|OPENING|[Ii]naugural|INAUGURAL)[\s\u00a0]+(?:[Rr]ound|[Mm]eeting|[Ss]ession|[Pp]lenary)\b")


def _ordinal_value(word: str) -> int:
    return int(word[:-2]) if word[0].isdigit() else _ORDINAL_WORDS[re.sub(r"[\s\u00a0]+", " ", word.translate(FOLD).lower())]


def _ordinal(text: str, forum_spans: list[tuple[int, int]]) -> int | None:
    for _, fe in forum_spans:  # "SED III", "JCCT XXII": a Roman numeral right after the name
        m = _ROMAN_AFTER.match(text, fe)
        if m and (n := _roman(m.group("roman"))):
            return n
    for _, fe in forum_spans:  # "The JCCT concluded its 24th session": "its" and an ordinal after the name
        m = _ORDINAL_AFTER.match(text, fe)
        if m:
            return _ordinal_value(m.group("ord"))
    for fs, _ in forum_spans:  # "Opening Round Under the ...", "the inaugural meeting of the ...": the first
        for m in _FIRST_MEETING.finditer(text, max(0, fs - 60), fs):
            if _ORDINAL_GAP.match(text[m.end() : fs]):
                return 1
    for fs, _ in forum_spans:
        window_start = max(0, fs - 60)
        for m in _ORDINAL.finditer(text, window_start, fs):
            if _ORDINAL_GAP.match(text[m.end() : fs]):
                if m.group("num"):
                    return int(m.group("num"))
                return _ORDINAL_WORDS[re.sub(r"[\s\u00a0]+", " ", m.group("word").translate(FOLD).lower())]
    return None


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
_CONCLUDING = re.compile(r"\b(?:[Cc]onclude[ds]?|CONCLUDES?|[Ww]rap(?:s|ped)?[\s\u00a0]+up|[Cc]losed)\b")
_TODAY = re.compile(r"\b[Tt]oday\b")
#: "was issued by the Treasury Department today, May 4, 2012": a publication's date
_PUBLISHED_BEFORE = re.compile(r"\b(?:issued|published|released|posted)\b[^;]*$")
#: "agreed to officially launch on January 30, 2014", "will meet again on": a later event's date
_UNDERTAKING_BEFORE = re.compile(r"\b(?:agreed|agrees?|will|shall|plans?|planned|pledged|committed|next)\b[^;]*$")
_SIGNED_BEFORE = re.compile(r"\b(?:signed|issued|dated)(?:\s+on)?[\s\u00a0]*$")


@cache
def _sub_meeting() -> re.Pattern:
    """A side meeting's noun ("working group", "seminar", ``resources/sub_meetings.txt``)."""
    words = sorted(sub_meeting_nouns(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0-]+") for w in words) + r")s?\b", re.I)


def _side_meeting(text: str, s: int, at: int, forum_spans: list[tuple[int, int]]) -> bool:
    """A side meeting's noun comes before ``at`` in its sentence (outside the forum's own name:
    the "Forum" of "Trade Policy Forum" is the forum): the date or place is the side meeting's."""
    return any(
        not any(fs < m.end() and m.start() < fe for fs, fe in forum_spans)
        for m in _sub_meeting().finditer(text, s, at)
    )


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
    def concluding(s: int, e: int, start: date, end: date) -> tuple[date | None, date]:
        # "X and Y concluded the meeting ... today", "Delegations Conclude 25th Session": the day is
        # the last one; the first is not stated
        if start == end and (_CONCLUDING.search(text, s, e) or _CONCLUDING.search(title)):
            return None, end
        return start, end

    for s, e in sentences:
        other_dates = [m for m in _DATE_MDY.finditer(text, s, e)
                       if not (date_line and m.start() < date_line[1] and date_line[0] < m.end())]
        if ctx.issued and _TODAY.search(text[s:e]) and not other_dates:  # the dateline's date is no other date
            return concluding(s, e, ctx.issued, ctx.issued)
        for rx in (_DATE_MDY, _DATE_DMY):
            for m in rx.finditer(text, s, e):
                if date_line and m.start() < date_line[1] and date_line[0] < m.end():
                    continue
                if _SIGNED_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or \
                        _PUBLISHED_BEFORE.search(text, max(s, m.start() - 60), m.start()):
                    continue  # the day a text was signed or published, not the meeting's
                if _UNDERTAKING_BEFORE.search(text, max(s, m.start() - 90), m.start()):
                    continue  # "agreed to launch on January 30, 2014 ...": an undertaking's date
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
            from .dates import normalise

            found = normalise(m.group(0))
        except Exception:  # noqa: BLE001 - a draft normaliser must not break sessions
            found = None
        if found and found[0] == start and found[1] >= start:
            end = found[1]
    return (start, end) if end >= start else None


def _location(text: str, sentences: list[tuple[int, int]], forum_spans: list[tuple[int, int]] = (),
              ordinal: int | None = None) -> str | None:
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
            if not _PLACE_CUE.search(text, max(s, m.start() - 80), min(e, m.end() + 80)) and not any(
                    m.start() - 80 <= fe and fs <= m.end() + 80 for fs, fe in forum_spans):
                continue  # "pillars: ... Development in Southern Mexico": no meeting near the place
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
        for s, e in sentences:
            d = _DATELINE_TODAY.match(text, s, e)
            if d and d.group("place").split()[0] not in _NOT_PLACES:
                return d.group("place")
    return fallback


_LINE_PLACE = re.compile(
    r"[,\s\u00a0]*(?:in[\s\u00a0]+|at[\s\u00a0]+)?(?P<place>[A-Z][a-z]+(?:[\s\u00a0][A-Z][a-z]+)?)" + _PLACE_SUFFIX + r"[\s\u00a0.]*$"
)


def _line_place(text: str, line: tuple[int, int] | None) -> str | None:
    """The place after the dates of a meeting line: "December 14-15, Beijing" -> "Beijing"."""
    if not line:
        return None
    s, e = line
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


# --------------------------------------------------------------------------- co-chairs no party covers

#: a capitalised token of a name: "Piyush", "Ramírez", "O’Hara", an initial "W.", a family name in
#: capitals "ONO"
_NAME_TOKEN = re.compile(r"[A-Z](?:[’'][A-Z])?[a-zà-öø-ÿ’']+(?:-(?:[A-Z][a-zà-öø-ÿ’']+|[a-z]{1,3}\b))*|[A-Z]\.|[A-Z]{2,}(?![a-z])")
#: what may join two tokens of one name: a space, or one or two particles between spaces ("Carneiro de Mendonça",
#: "Luz Maria de la Cruz")
_NAME_JOIN = re.compile(r"[ \u00a0](?:(?:de|da|do|dos|das|di|du|van|von|der|den|del|la|le|bin|ibn|al|el)[ \u00a0]){0,2}")
_HONORIFICS = frozenset({"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "H.E.", "Honorable", "Honourable", "Sri",
                         "Shri", "Excellency", "His", "Her", "Madam", "Sir"})


#: office words the title tables leave out, never a name's first token ("General Counsel Kerry")
_MORE_TITLE_WORDS = frozenset({"Counsel", "Adviser", "Advisor", "Officer", "Head", "Leader", "Delegation", "Side",
                               "Relations", "Affairs", "Republic"})


@cache
def _title_words() -> frozenset[str]:
    """Words of titles, offices and countries (``resources/titles.json``): never part of a name."""
    from ..resources.rules import titles

    t = titles()
    words = set(_HONORIFICS) | _MORE_TITLE_WORDS
    for group in (t.title_heads, t.title_modifiers, t.title_bodies, t.title_domains, t.body_heads,
                  list(t.country_words), t.name_stopwords):
        for phrase in group:
            words.update(w for w in re.split(r"[\s\u00a0-]+", phrase) if w[:1].isupper())
    return frozenset(words)


@cache
def _title_head_words() -> frozenset[str]:
    from ..resources.rules import titles

    return frozenset(w for phrase in titles().title_heads for w in phrase.split())


@cache
def _title_head_ends() -> frozenset[str]:
    """The last word of each title head ("Representative" of "Trade Representative", "Minister")."""
    from ..resources.rules import titles

    return frozenset(phrase.split()[-1] for phrase in titles().title_heads)


def _is_title_word(token: str) -> bool:
    return token in _title_words() or all(part in _title_words() for part in token.split("-") if part)


#: ", Deputy Prime Minister", ", the United States Trade Representative": a title right after a name
_COMMA_TITLE = re.compile(r",[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.’'-]*[\s\u00a0]+){0,4}?")


def _names_in(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Persons named in ``text[lo:hi]`` by their shape alone, outside every party mention (``taken``):
    a name of 2 tokens (3 with a middle initial) after a title ("Minister of Commerce and Industry
    Piyush Goyal"), after an honorific ("Mr. ONO Keiichi", "the Honorable Mike Pence"), or before a
    comma and a title ("Mr. Taro Aso, Deputy Prime Minister")."""
    out = []
    runs: list[list[re.Match]] = []
    particle_runs: set[int] = set()  # runs joined by a particle keep every token of the name
    for m in _NAME_TOKEN.finditer(text, lo, hi):
        join = text[runs[-1][-1].end() : m.start()] if runs else ""
        if runs and _NAME_JOIN.fullmatch(join):
            runs[-1].append(m)
            if len(join) > 1:
                particle_runs.add(len(runs) - 1)
        else:
            runs.append([m])
    starts = [a for a, _ in taken]
    for r, run in enumerate(runs):
        tokens = [m.group() for m in run]
        k = 0
        titled = False
        while k < len(tokens) and _is_title_word(tokens[k].rstrip(".")) | (tokens[k] in _HONORIFICS):
            titled = titled or tokens[k].rstrip(".") in _title_head_words() or tokens[k] in _HONORIFICS \
                or any(part in _title_head_words() for part in tokens[k].split("-"))
            k += 1
        last_title = max((j for j in range(k, len(tokens)) if _is_title_word(tokens[j].rstrip("."))), default=None)
        if last_title is not None and len(tokens) - last_title - 1 >= 2:
            # "... Economic and Technological Affairs Pedro L. Carneiro": the name after the title's last word
            titled = titled or any(t.rstrip(".") in _title_head_words() for t in tokens[: last_title + 1])
            k = last_title + 1
        name = run[k:]
        if len(name) < 2 or any(_is_title_word(t.group()) for t in name):
            continue
        if k == 0 and re.search(r"\b(?:for|of|at|on)[\s\u00a0]+$", text[max(lo, run[0].start() - 5) : run[0].start()]) and (
                len(name) == 2 or _COMPANY_END.search(tokens[-1])):
            continue  # "Director General for FTA Negotiation", "CEO of Varian Widget Systems": a title's domain or body
        if r not in particle_runs or len(name) > 5:
            name = name[-3:] if len(name) >= 3 and re.fullmatch(r"[A-Z]\.", name[-2].group()) else name[-2:]
        if all(t.group().isupper() for t in name):
            continue  # "BEIJING", "WASHINGTON DC": a dateline
        ns, ne = name[0].start(), name[-1].end()
        titled = titled or _title_before(text[max(lo, ns - 120) : ns])
        after = _COMMA_TITLE.match(text, ne, min(hi, ne + 80))
        comma_title = after is not None and any(
            w in _title_head_words() for w in re.findall(r"[\w]+", text[after.end() : min(hi, after.end() + 40)])[:3])
        if not (titled or comma_title):
            continue
        i = bisect_right(starts, ne) - 1
        if i >= 0 and taken[i][1] > ns:
            continue  # inside a party's mention
        out.append((ns, ne, text[ns:ne]))
    return out


#: the last word of a company's name: "Varian Medical Systems", "Acme IT Solutions"
_COMPANY_END = re.compile(r"^(?:Systems|Solutions|Technologies|Industries|Holdings|Partners|Enterprises|Company|Corporation|Inc|Corp|Ltd|LLC|Group|Bank)$")


_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on", "at", ","})


def _title_before(before: str) -> bool:
    """The words right before a name are a title: back over capitalised words and connectors to a
    title's head or an honorific ("Secretary of Finance and Public Credit", "Mr.", "the Honorable")."""
    words = re.findall(r"[\w.’'-]+|,", before)
    for w in reversed(words[-12:]):
        bare = w.rstrip(".")
        if bare in _title_head_words() or w in _HONORIFICS or bare in _HONORIFICS or \
                any(part in _title_head_words() for part in bare.split("-")):
            return True
        if not (w[:1].isupper() or w in _CONNECTORS):
            return False
    return False


def _person_slug(name: str) -> str:
    from .parties.common import slug

    return slug(name)


_CLAUSE_END = re.compile(r",[\s\u00a0]+(?=[a-z])(?!(?:and|or)\b)|;|\.[\s\u00a0]*$|$")
_WITH_END = re.compile(r"[;.]|,[\s\u00a0]+(?=[a-z])|$")


def _co_chairs(text: str, sentences: list[tuple[int, int]], ctx,
               forum_spans: list[tuple[int, int]] = ()) -> tuple[list[str], list[Party]]:
    """(co-chair party ids in text order, the persons among them no party covers)."""
    # every person mention in text order: a cue looks only at the mentions that start in its range;
    # a possessive ("President Xi Jinping's special representative") is not a chair
    people = sorted((ms, me, p.id) for p in ctx.parties if p.type == "person" for ms, me in p.mentions
                    if not _POSSESSIVE.match(text, me))
    taken = sorted((ms, me) for p in ctx.parties for ms, me in p.mentions)
    forum_starts = [ms for p in ctx.parties if p.type == "forum" for ms, _ in p.mentions]
    new_names: dict[str, str] = {}

    names_meeting = False  # whether the sentence at hand names the meeting (then a name no party covers may chair it)

    def starting_in(lo: int, hi: int) -> list[tuple[int, int, str]]:  # lo <= start <= hi
        found = people[bisect_left(starts, lo) : bisect_right(starts, hi)]
        for ns, ne, name in _names_in(text, lo, hi, taken) if names_meeting else ():  # names no party covers
            pid = _person_slug(name)
            new_names.setdefault(pid, name)
            found.append((ns, ne, pid))
        return sorted(found)

    starts = [ms for ms, _, _ in people]
    forum_all = sorted(forum_starts + [fs for fs, _ in forum_spans])

    chairs: list[tuple[int, str]] = []
    for s, e in sentences:
        sent = text[s:e]
        in_forum = _starts_within(forum_all, s, e)
        if not (in_forum or _CHAIR_CONTEXT.search(sent)):
            continue
        names_meeting = in_forum or _NAMES_MEETING.search(sent) is not None
        for m in _CO_CHAIR_AFTER.finditer(sent):
            clause_end = s + m.end() + (_CLAUSE_END.search(sent[m.end() :]).start())
            for ms, me, pid in starting_in(s + m.end(), clause_end):
                if me <= clause_end:
                    chairs.append((ms, pid))
        for m in _CO_CHAIR_PAIR.finditer(sent):
            # "Secretary X and Vice Premier Y concluded the S&ED": two principals as the subject
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                       if me <= cue and not _DELEGATED.search(text[s:ms])]
            obj = s + m.end()
            names_forum = any(obj < fs <= obj + 40 and len(text[obj:fs].split()) <= 4 for fs in forum_starts)
            if len({pid for _, pid in subject}) >= 2 and " and " in text[subject[0][0] : cue] \
                    and (names_forum or _PAIR_OBJECT.match(sent, m.end())):
                chairs.extend(subject)
        for m in _WELCOMED_FOR.finditer(sent):
            # "Lighthizer welcomed Indian Minister ..., Sri Suresh Prabhu, for the annual ... Forum (TPF)"
            after = s + m.end()
            if not any(after <= fs <= after + 60 for fs in forum_starts) and not _PAIR_OBJECT.match(sent, m.end()):
                continue
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            host = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue) if me <= cue]
            guest = [(ms, pid) for ms, me, pid in starting_in(s + m.start("guest"), s + m.end("guest"))
                     if me <= s + m.end("guest")]
            if host and guest:
                chairs.extend(host + guest)
        for m in _HELD_WITH.finditer(sent):
            # "Mr. Taro Aso, Deputy Prime Minister, ... held the second round of the Dialogue with Mike Pence"
            if not _PAIR_OBJECT.match(sent, m.end()) and not any(
                    s + m.end() < fs <= s + m.end() + 40 for fs in forum_starts):
                continue
            w = _WITH_CHAIR.match(sent, m.end())
            if not w:
                continue
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            host = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                    if me <= cue and not _DELEGATED.search(text[s:ms])]
            with_start = s + w.end()
            with_end = with_start + _WITH_END.search(text[with_start:e]).start()
            guest = [(ms, pid) for ms, me, pid in starting_in(with_start, with_end) if me <= with_end]
            if host and guest:
                chairs.extend(host + guest)
        for m in _MET_WITH.finditer(sent):
            # "X met in Lisbon today with Minister Y for the first ministerial meeting", "X on Meeting with Y"
            if not (in_forum or _NAMES_MEETING.search(sent) or _MEETING_NOUN.search(sent)):
                continue
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            host = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                    if me <= cue and not _DELEGATED.search(text[s:ms])]
            with_start = s + m.end()
            with_end = with_start + _WITH_END.search(text[with_start:e]).start()
            guest = [(ms, pid) for ms, me, pid in starting_in(with_start, with_end) if me <= with_end]
            if host and guest:
                chairs.extend(host + guest)
        meeting_named = names_meeting
        for m in _CO_CHAIR_BEFORE.finditer(sent):
            if sent[m.end() : m.end() + 3] == " by":
                continue
            # a chairing verb makes its subject a chair by itself; "led" only with the meeting or a delegation named
            names_meeting = meeting_named or m.group() != "led" or _DELEGATIONS.match(sent, m.end()) is not None
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject_start = brk.end() if brk else s
            # "... led the 24th JCCT with Chinese Vice Premier Wang Yang": the counterpart after "with"
            w = _WITH_CHAIR.match(sent, m.end())
            with_start = s + w.end() if w else None
            with_end = with_start + _WITH_END.search(text[with_start:e]).start() if w else None
            for ms, me, pid in starting_in(subject_start, cue):
                if me <= cue and not _DELEGATED.search(text[s:ms]):
                    chairs.append((ms, pid))
            if with_start is not None:  # after the cue, so never a mention of the range before
                for ms, me, pid in starting_in(with_start, with_end):
                    if me <= with_end:
                        chairs.append((ms, pid))
    if not chairs:
        # no chair named: the two principals who issue the meeting's joint statement ("X and Y are
        # pleased to release the following Joint Statement, which outlines the results of the meeting")
        for s, e in sentences:
            m = _RELEASE_JOINT.search(text, s, e)
            if not m:
                continue
            names_meeting = True
            cue = m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue) if me <= cue]
            if len({pid for _, pid in subject}) >= 2 and " and " in text[subject[0][0] : cue]:
                chairs.extend(subject)
                break
    if not chairs:
        # no chair named: the principals who attended the meeting ("The meeting was attended by
        # Minister X and Foreign Minister Y (from the Japanese side), as well as ...")
        for s, e in sentences:
            m = _ATTENDED_BY.search(text, s, e)
            if m:
                names_meeting = True
                chairs.extend((ms, pid) for ms, me, pid in starting_in(m.end(), e) if me <= e)
                break
    out: list[str] = []
    for _, pid in sorted(chairs):
        if pid not in out:
            out.append(pid)
    persons = []
    for pid in out:
        if pid in new_names:
            name = new_names[pid]
            mentions = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
            country = next((c for a, b in mentions if (c := _person_country(text, a, b))), None)
            persons.append(Party(id=pid, name=name, type="person", country=country, mentions=mentions))
    # a bilateral meeting whose other chairs all sit on one side: a chair of unknown country sits on the other
    sides = sorted({p.country for p in ctx.parties if p.type == "country" and p.country})
    by_id = {p.id: p.country for p in ctx.parties} | {p.id: p.country for p in persons}
    known = {by_id.get(pid) for pid in out} - {None}
    if len(sides) == 2 and len(known) == 1 and known < set(sides):
        other = next(c for c in sides if c not in known)
        persons = [p if p.country else p.model_copy(update={"country": other}) for p in persons]
    return out, persons


@cache
def _country_codes() -> dict[str, str]:
    """Country words of ``resources/titles.json`` ("Indian", "Japanese", "Mexico") and the gazetteer's country
    names and aliases ("Kenya", "Kenyan") -> ISO code."""
    from ..resources.rules import gazetteer, party_by_id, titles

    by_id = party_by_id()
    out = {n: p.country for p in gazetteer() if p.type == "country" and p.country for n in (p.name, *p.aliases)}
    out.update({w: by_id[pid].country for w, pid in titles().country_words.items() if pid in by_id and by_id[pid].country})
    return out


#: the side a person speaks for after the name: "represented the Japanese side", "(from the U.S. side)",
#: "chaired the meeting for Mexico"
_SIDE = re.compile(r"\bthe[\s\u00a0]+(?P<side>[\w.]+(?:[\s\u00a0][A-Z][\w.]*)?)[\s\u00a0]+side\b|\bfor[\s\u00a0]+(?:the[\s\u00a0]+)?"
                   r"(?P<for>[A-Z][\w.]*(?:[\s\u00a0][A-Z][\w.]*)?)")
#: the side of a delegation named before its head: "The Kenyan delegation was led by"
_DELEGATION_OF = re.compile(r"\b[Tt]he[\s\u00a0]+(?P<side>[A-Z][\w.]*(?:[\s\u00a0][A-Z][\w.]*)?)[\s\u00a0]+delegation\b")
_SENTENCE_STOP = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.[\s\u00a0]|;")


def _person_country(text: str, ns: int, ne: int) -> str | None:
    """The country of a person no party covers: a country word in the title right before the name
    ("Indian Minister of Commerce and Industry Piyush Goyal"), else the side the sentence names after
    it ("... represented the Japanese side", "... chaired the meeting for Mexico"), else None."""
    codes = _country_codes()
    words = re.findall(r"[\w.’'-]+|,", text[max(0, ns - 120) : ns])
    head_seen = False
    for w in reversed(words[-14:]):
        bare = re.sub(r"[’']s$", "", w)
        if bare in codes:
            return codes[bare]
        if head_seen and (w in _CONNECTORS or not w[:1].isupper()):
            break
        if w.rstrip(".") in _title_head_ends() or any(p in _title_head_ends() for p in w.split("-")):
            head_seen = True
        elif not (w[:1].isupper() or w in _CONNECTORS):
            break
    start = max([0, *(m.end() for m in _SENTENCE_STOP.finditer(text, max(0, ns - 300), ns))])
    for m in _DELEGATION_OF.finditer(text, start, ns):  # "The Kenyan delegation was led by ... <name>"
        if m.group("side") in codes:
            return codes[m.group("side")]
    stop = _SENTENCE_STOP.search(text, ne, ne + 300)
    for m in _SIDE.finditer(text, ne, stop.start() if stop else min(len(text), ne + 300)):
        word = m.group("side") or m.group("for")
        for cand in (word, word.split()[0]):
            if cand in codes:
                return codes[cand]
    return None
