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
  names further down ("The U.S. delegation was led by ...", "The X meeting, which was chaired by ...") are the chairs. A name no party covers is
  found by its shape (``_names_in``), particles included ("Carneiro de Mendonça"), never a company after
  "CEO of".
- No forum: a meeting the lead (``LEAD_CHARS``) tells held ("X met with Y", "X and Y met in P", "held a
  phone call / talks / discussions with", "the talks took place in P", "the delegation was led by") is the
  session, with ``forum`` null (``forum._unnamed_meeting``); one to come ("will meet") is none.
- Place fallbacks, in order, when no meeting sentence names a place: the title block's meeting line ("December
  14-15, Beijing", "Fifth Meeting, Washington, DC"), the place of the joint statement a repost introduces ("issued
  by X and Y on July 31, 2014 in New Delhi", which gives the day too), then the dateline opening the first
  paragraph ("GUAYAQUIL - ...", "WASHINGTON: ...", "Washington, D.C. Today, ..."), never for a meeting held by
  video or phone (``when_where._lead_dateline``).
- A gazetteer forum named only as a frame, a sub-body or a meeting to come ("under the framework of the JCCT",
  "the JCCT Tourism Working Group", "by the third round of the S&ED") is no session (``forum._meeting_mentions``).
- ``issued_date``: the document's date line as one day (ALL-CAPS, day-first, Chinese dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ...records import Party, Session
from ...text import regex_widths, search_word
from .chairs import _DELEGATION_HEAD, _MEETING_NOUN, _co_chairs, _starts_within
from .forum import SESSION_FORUMS, _forum, _lower_forum, _named_forum, _ordinal, _unnamed_meeting
from .when_where import _dates, _joint_statement_issued, _lead_dateline, _line_place, _location

KIND = "session"
OPENING_CHARS = 1300
#: a meeting under no named forum is the document's subject only when its lead (title and first
#: paragraphs) tells it: "X met with Y", not a call paid later in a story on a signing
LEAD_CHARS = 900
#: a meeting word (searched with ``text.search_word``: as if the pattern opened with ``\b``)
#: a sentence naming the meeting's chairs after the verb: "The meeting, which was chaired by X and Y, ..."
_CHAIRED_BY = re.compile(r"\b(?:co-)?chaired[\s\u00a0]+by\b")
_MEETING_CUE = re.compile(
    r"(?:held|met|meet|took place|co-chair(?:ed|s)?|convened|hosted|Hosted|led|represented|session|meeting|plenary|"
    r"Dialogue|Commission|served as (?:the )?(?:lead|head|chief))\b"
)


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
    from ...nlp import doc_text

    opening = _opening_end(ctx)
    text = doc_text(doc)
    sentences = _sentences(doc, text, opening)
    forum = _forum(ctx, opening, sentences)
    if forum is None:  # by lines: a sentence splitter may cut a name at "Japan-U.S."
        forum = _named_forum(text, [(m.start(), m.end()) for m in _LINE.finditer(text, 0, opening)])
    if forum is None:  # "the Sino-US economic strategic dialogue, co-chaired by ...": a name in lower case
        forum = _lower_forum(text, sentences)
    lead = _opening_end(ctx, LEAD_CHARS)
    if forum is None and not any(_unnamed_meeting(text, s, min(e, lead)) for s, e in sentences if s < lead):
        return None  # no forum and no meeting held in the lead: the document reports on no meeting
    forum_spans = [s for s in forum.mentions if s[0] < opening] if forum is not None else []
    forum_starts = sorted(fs for fs, _ in forum_spans)
    meeting_sents = [
        (s, e) for s, e in sentences
        if _starts_within(forum_starts, s, e) or search_word(_MEETING_CUE, text[s:e])
        or (forum is None and _unnamed_meeting(text, s, e))
    ]
    # the title block's meeting line ("December 14-15, 2006, Beijing") is the meeting's own date and place
    meeting_line = getattr(ctx.segmentation, "meeting_line", None)
    if meeting_line and meeting_line not in meeting_sents:
        meeting_sents = sorted([*meeting_sents, meeting_line])
    ordinal = _ordinal(text, forum_spans, meeting_sents)
    start, end = _dates(text, meeting_sents, ctx, ordinal, forum_spans)
    chairs, persons = _co_chairs(text, meeting_sents, ctx, forum_spans, unnamed=forum is None)
    if not chairs:
        # no chair in the opening: the heads of the delegations a readout names at its end
        # ("The U.S. delegation was led by ...", "The Kenyan delegation was led by ...")
        every_start = sorted(fs for fs, _ in forum.mentions) if forum is not None else []  # "This year's JCCT -- chaired by"
        late = [(s, e) for s, e in _sentences(doc, text, len(text)) if s >= opening and (
            _DELEGATION_HEAD.search(text, s, e) or _CHAIRED_BY.search(text, s, e) and (
                _starts_within(every_start, s, e) or _MEETING_NOUN.search(text, s, e)))]
        if late:
            chairs, persons = _co_chairs(text, late, ctx, list(forum.mentions) if forum is not None else [],
                                         unnamed=forum is None)
    issued_day, issued_place = _joint_statement_issued(text, sentences) if start is None and end is None else (None, None)
    if issued_day is not None:  # "a joint statement issued by the two sides on July 31, 2014 in New Delhi"
        start = end = issued_day
    session = Session(
        forum=forum.name if forum is not None else None,
        acronym=forum.acronym if forum is not None else None,
        ordinal=ordinal,
        start=start,
        end=end,
        location=(_location(text, meeting_sents, forum_spans, ordinal, sentences) or _line_place(text, meeting_line)
                  or issued_place or _lead_dateline(text, sentences)),
        co_chairs=chairs,
    )
    return session, persons


_CJK_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_CAPS_WORD = re.compile(r"[A-Z]{3,}")
#: a date line of numbers, year first: "2020.11.30", "2020/11/30", "2020-11-30"
_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2})")


def issued_date(line: str) -> date | None:
    """The day of the document's date line ("November 21, 2011", "13 December 2019",
    "DECEMBER 13, 2019", "2019年12月13日", "2020.11.30"), or None when it does not read as one day.
    An ALL-CAPS month is read in Title Case: the value is normalised, the text is not changed."""
    from ..dates import normalise

    cjk = _CJK_DATE.fullmatch(line.strip()) or _NUMERIC_DATE.fullmatch(line.strip())
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


def _opening_end(ctx, chars: int = OPENING_CHARS) -> int:
    """Where the opening ends: ``chars`` of non-boilerplate text from the start."""
    skipped = 0
    for s, e in sorted(getattr(ctx.segmentation, "boilerplate", []) or []):
        if s < chars + skipped:
            skipped += e - s
    return min(len(ctx.text), chars + skipped)


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
    from ...nlp import sentences

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
