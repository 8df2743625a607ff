"""The title block and the document kind (steps 4 and 8 of :mod:`jccttool.segment`).

:func:`_header` reads the leading units: it chooses the title and the date line and skips
the rest of the title block (genre labels, mastheads, a repeat of the title, a deck, the
meeting's date-and-place line, a place line). After it, :func:`_date_under_heading` finds a
date line under a subtitle or a site's introduction, :func:`_genre_end_title` takes a heading
that ends with its genre as title matter, and :func:`_dateline_date` reads the date of a
dateline paragraph (``BEIJING, Nov. 21, 2011 --``). :func:`_kind` tells the document kind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..resources.rules import gazetteer as _gazetteer
from ..resources.rules import page_labels as _page_labels
from ..text import fold_case
from .lines import _all_caps, _date_only, _ends_sentence, _heading_shaped, _line_may_end, _Unit, _words
from .patterns import (
    _CAPTION_NUMBER,
    _DANGLING,
    _DATE,
    _DATE_FIRST_DATELINE,
    _DATELINE,
    _DATELINE_LOOSE,
    _DAY_RANGE,
    _GENERIC_LABEL,
    _GENRE_END,
    _GENRE_TITLE,
    _NAV_LINE,
    _PLACE_LINE,
    _RELATIONS_LABEL,
    _REPOST,
    _SECTION_PATH,
    _TITLE_GENRE,
    _WEEKDAY,
)
from .sections import _topic_patterns


def _dateline(s: str) -> re.Match | None:
    """The dateline opening a press release: "BEIJING --", "Washington, D.C. –", "Beijing, Nov. 21, 2011 —".

    The strict pattern (ALL-CAPS city, or a city with a region) always counts; the loose one
    (a Title Case city, a date or a wire tag in parentheses) only before a sentence of 6+
    words, and a lone Title Case word only when it is not a topic ("Agriculture – China ...").
    """
    m = _DATELINE.match(s)
    if m:
        return m
    m = _DATELINE_LOOSE.match(s)
    if not m or len(_words(s[m.end() :])) < 6 or not _ends_sentence(s):
        return None
    city = m.group("city")
    if not (m.group("region") or m.group("date")):
        if len(city.split()) > 1 and not city.isupper():
            return None
        if any(p.fullmatch(city) for _, p, _ in _topic_patterns()):
            return None
    return m


# --------------------------------------------------------------------------- title block


def _label_key(s: str) -> str:
    """A header line folded for comparison with a name or label: case, spacing, a leading "the"."""
    s = re.sub(r"[\s\u00a0]+", " ", fold_case(s)).strip(" .:|*_–—-")
    return s[4:] if s.startswith("the ") else s


@cache
def _masthead_names() -> frozenset[str]:
    """The gazetteer's countries and government bodies (names and aliases of 2+ words), folded:
    a header line that is only one of them ("Office of the United States Trade Representative",
    "United States of America", "Department of Commerce") is the site's masthead."""
    out = set()
    for p in _gazetteer():
        if p.type in ("country", "government_body"):
            out.update(_label_key(n) for n in (p.name, *p.aliases) if len(n.split()) >= 2)
    return frozenset(out)


#: a citation or source line above the title: "Citation: U.S. Department of State, ...", "Source: ..."
_CITATION = re.compile(r"(?i)(?:suggested\s+)?(?:citation|cite\s+as|source|url|retrieved\s+from|accessed|permalink)\s*:")


def _masthead_or_label(s: str) -> bool:
    """A masthead (a country's or a government body's name alone), a generic page label
    ("OVERVIEW", "Participants"), a site's navigation bar, a section named for a relation
    ("Japan-United States of America Relations") or a lone word ("Notícias", "Breadcrumb"):
    header matter above the title, never the title."""
    stripped = s.strip()
    if not any(c.isdigit() for c in stripped) and _NAV_LINE.fullmatch(stripped):
        return True
    if re.match(r"(?i)home\b", stripped) and len(stripped.split()) <= 8 and not _ends_sentence(stripped):
        return True  # a breadcrumb: "home TOPICS FTA/Economic Cooperation", "Home > News"
    if len(s) > 100:
        return False
    if _CITATION.match(stripped) and not _DATE.search(stripped):
        return True
    key = _label_key(s)
    return (key in _masthead_names() or key in _page_labels() or bool(_RELATIONS_LABEL.fullmatch(stripped))
            or bool(_SECTION_PATH.fullmatch(stripped))
            or (len(stripped.split()) == 1 and stripped.isalpha() and not _genre_label(stripped)))


#: a line that ends with a year: "... 22nd Plenary 2024"
_YEAR_END = re.compile(r"\b(?:19|20)\d\d[ \t\u00a0]*$")
#: a repost's introduction right under the title: "The following is the text of a joint statement ..."
_REPOST_INTRO = re.compile(r"[ \t\u00a0]*(?:The[ \u00a0]+)?following[ \u00a0]+is[ \u00a0]+(?:the[ \u00a0]+)?(?:full[ \u00a0]+)?text[ \u00a0]+of\b", re.I)
#: a wire service's credit opening a paragraph: "(MENAFN) ", "(Xinhua) ", "(AP) "
_WIRE_CREDIT = re.compile(r"\((?:[A-Z][\w.&-]*(?:[ \u00a0][A-Z][\w.&-]*)?)\)[ \u00a0]*(?=[A-Z])")


def _run_in_title(text: str, u: _Unit) -> bool:
    """The first line of ``u`` is a title run into the paragraph under it: no sentence end, it may end
    a block, 6 to 60 words, and the next line opens a sentence with a capital."""
    first = text[u.lines[0].start : u.lines[0].end].strip()
    second = text[u.lines[1].start : u.lines[1].end].lstrip()
    credit = _WIRE_CREDIT.match(second)  # "(MENAFN) Top trade negotiators ...": the wire's credit opens the text
    second = second[credit.end() :] if credit else second
    words = _words(first)
    return (
        6 <= len(words) <= 60 and first[:1].isupper() and not _ends_sentence(first) and not first.endswith(",")
        and _line_may_end(first) and second[:1].isupper() and _ends_sentence(text[u.lines[1].start : u.end].rstrip())
    )


def _headline_over_text(text: str, u: _Unit, before: tuple[int, int] | None) -> bool:
    """The document opens with a headline on the line right above its first paragraph (one newline
    apart, no date line yet): two lines, the headline at most 20 words and much shorter than the text
    under it, which a hard-wrapped paragraph's first line never is."""
    first, second = u.lines[0], u.lines[1]
    return before is None and len(u.lines) == 2 and len(_words(first.text)) <= 20 and len(second.text) > 1.5 * len(first.text)


#: a browser title: the page's title with the site's name before or after it ("USTR - ...", "... | Treasury")
_SITE_PREFIX = re.compile(r"(?P<site>[A-Z][\w.&’']*(?:[ \u00a0](?:of|and|the|for|on|[A-Z][\w.&’']*)){0,5})[ \u00a0]+[-–—|:][ \u00a0]+(?P<rest>\S.*)")
_SITE_SUFFIX = re.compile(r"(?P<rest>.*\S)[ \u00a0]+[-–—|][ \u00a0]+(?P<site>[A-Z][\w.&’']*(?:[ \u00a0](?:of|and|the|for|on|[A-Z][\w.&’']*)){0,5})")


def _site_titled(text: str, s: str, following: list[_Unit]) -> bool:
    """``s`` is a title with a site's name added, and one of the next units is that title alone."""
    rests = [m.group("rest").strip() for m in (_SITE_PREFIX.fullmatch(s), _SITE_SUFFIX.fullmatch(s)) if m]
    return any(len(rest.split()) >= 3 and any(
        u.kind != "bullet" and len(u.lines) == 1 and text[u.start : u.end] == rest for u in following) for rest in rests)


def _split_date(text: str, u: _Unit, nxt: _Unit | None) -> tuple[int, int] | None:
    """(start, end) relative to ``u.start`` of a date line broken over two lines ("Beijing, 13" /
    "December 2019", "Beijing," / "13 December 2019"): one unit of two lines, or two one-line units,
    that together are only a date, the first line alone not one."""
    if u.kind == "bullet":
        return None
    if len(u.lines) == 2:
        end = u.end
    elif len(u.lines) == 1 and nxt is not None and nxt.kind != "bullet" and len(nxt.lines) == 1 and nxt.gap == 0:
        end = nxt.end
    else:
        return None
    if _date_only(text[u.start : u.lines[0].end]):
        return None
    joined = text[u.start : end]
    first = text[u.start : u.lines[0].end]
    found = _date_only(joined) if "\n" in joined.strip() or "\r" in joined.strip() else None
    # the date itself broken ("Beijing, 13" / "December 2019"), or a place line ending in a comma above it
    return found if found and (found[0] < len(first) or first.rstrip().endswith(",")) else None


def _breadcrumb_end(text: str, units: list[_Unit]) -> int:
    """Index past a breadcrumb set as a numbered list at the top ("1. Home" / "2. News Releases" /
    ...), else 0: site furniture above the title."""
    if not units or units[0].kind != "bullet" or _label_key(text[units[0].start : units[0].end]) != "home":
        return 0
    k = 0
    while k < len(units) and units[k].kind == "bullet" and len(units[k].lines) == 1 and units[k].mark \
            and units[k].mark.rstrip(".)").isdigit() and int(units[k].mark.rstrip(".)")) == k + 1:
        k += 1
    return k if k >= 2 else 0


def _genre_label_above(text: str, start: int) -> bool:
    """The last non-blank line before ``start`` is a bare genre label ("Press Release n. 90"),
    which the boilerplate rules may already have dropped as furniture."""
    above = text[max(0, start - 200) : start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(above) and bool(_GENERIC_LABEL.fullmatch(above))


def _captions(text: str, units: list[_Unit], i: int) -> int:
    """How many units from ``units[i]`` are photo captions of one text with a counter
    ("The Second Round of the Dialogue 1", "... 2"): the page's heading, kept only in its captions."""
    base = None
    k = i
    while k < len(units) and units[k].kind != "bullet" and len(units[k].lines) == 1:
        s = text[units[k].start : units[k].end]
        m = _CAPTION_NUMBER.search(s)
        if not m or (base is not None and s[: m.start()] != base):
            break
        base = s[: m.start()]
        k += 1
    return k - i if k - i >= 2 else 0



def _genre_label(s: str) -> bool:
    """A bare genre label: "Fact Sheet", "Joint Fact Sheet", "Press Release", "Readout"."""
    return bool(_GENERIC_LABEL.fullmatch(s.strip(" \u00a0*_|()[]–—-")))


def _genre_title(s: str) -> bool:
    """A title led by its genre: "FACT SHEET: U.S.-China Economic Relations", "Joint Statement – ..."."""
    return bool(_GENRE_TITLE.match(s))


#: a meeting line of ordinal and place: "Fifth Meeting, Washington, DC", "3rd Session, Lima, Peru"
_ORDINAL_MEETING_LINE = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,2}(?:st|nd|rd|th))[ \u00a0]+"
    r"(?:Meeting|Session|Round|Plenary)[ \u00a0]*,[ \u00a0]*(?P<place>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,2}"
    r"(?:,[ \u00a0]*[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)?)?)", re.I)


def _meeting_line(s: str) -> bool:
    """The meeting's dates and place under a title: "December 14-15, Beijing" (no verb, no sentence)."""
    if len(s) > 90 or re.search(r"[a-z]{2}[.!?;:]$", s):
        return False
    if _ORDINAL_MEETING_LINE.fullmatch(s.strip()):
        return True  # "Fifth Meeting, Washington, DC": the meeting's ordinal and place, no date
    m = _DAY_RANGE.search(s)
    if not m:
        return False
    rest = _WEEKDAY.sub("", s[: m.start()] + " " + s[m.end() :])
    words = _words(rest)
    if _TITLE_GENRE.search(rest) or re.search(r"[A-Za-z][ \u00a0]+of[ \u00a0]*$", s[: m.start()]):
        return False  # "U.S.–China Joint Statement, January 19, 2011", "Minutes of December 14, 2006": a title with its date (never "Published on ...")
    return len(words) <= 6 and all(w[0].isupper() or w.lower() in ("in", "at", "of", "the", "and") for w in words)


def _paren_dateline(s: str) -> bool:
    """A dateline on its own line in parentheses, a date and a place: "(2020/11/20, Washington, DC)",
    "(Lima, 3 May 2021)": header matter, never the document's date line nor a block."""
    s = s.strip(" \u00a0")
    if len(s) > 80 or not (s.startswith("(") and s.endswith(")")):
        return False
    parts = [p.strip(" \u00a0") for p in s[1:-1].split(",")]
    for k in (1, 2):  # the date first ("2020/11/20", "May 3, 2021" is two parts) or last
        for date_part, place in ((", ".join(parts[:k]), parts[k:]), (", ".join(parts[-k:]), parts[:-k])):
            if place and _DATE.fullmatch(date_part) and all(
                    re.fullmatch(r"[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,3}", p) for p in place):
                return True
    return False


def _place_line(s: str) -> bool:
    """A bare place line of a media note: "Washington, DC", "Beijing, China"."""
    return bool(_PLACE_LINE.fullmatch(s))


def _title_like(text: str, u: _Unit, max_lines: int = 1) -> bool:
    s = text[u.start : u.end]
    return (
        u.kind != "bullet"
        and len(u.lines) <= max_lines
        and len(s) <= 250
        and len(_words(s)) <= 30
        and not re.search(r"[a-z0-9]{2}[.!:;]$", s)
        and _line_may_end(s)
        and not _date_only(s)
        # a dateline opens a paragraph, not a headline that starts with a place ("US – Taiwan conclude ...")
        and not (_dateline(s) and (len(_words(s)) > 16 or _ends_sentence(s)))
    )


#: the debris of a tag left before a repeated title: "B>", "/b>", "<i>"
_MARKUP_DEBRIS = re.compile(r"^(?:</?|/)?[A-Za-z]{1,2}>")


def _repeat(text: str, title: _Unit, units: list[_Unit], i: int) -> int:
    """How many units from ``units[i]`` repeat the title word for word (0 when they do not):
    a page title, then the release's own title, maybe hard-wrapped over 2-3 lines."""
    want = text[title.start : title.end].split()
    got: list[str] = []
    for k in range(i, min(i + 3, len(units))):
        u = units[k]
        if u.kind == "bullet" or len(got) >= len(want):
            break
        part = text[u.start : u.end]
        got += (_MARKUP_DEBRIS.sub("", part, count=1) if not got else part).split()  # "B>Joint Statement ..."
        if got == want:
            return k - i + 1
        if got != want[: len(got)]:
            break
    return 0


def _is_date_unit(text: str, u: _Unit) -> bool:
    return u.kind != "bullet" and len(u.lines) == 1 and _date_only(text[u.start : u.end]) is not None


def _masthead_end(text: str, units: list[_Unit]) -> int:
    """Index just past a date line that sits under two or more masthead lines ("United States of
    America" / "Department of Commerce" / "Fact Sheet" / "Tuesday, May 4, 2010"), else 0.

    Every line above the date is one short line with no sentence end (a masthead, a site section,
    a genre label), and a title-like line follows the date: the title is the line under the date.
    With one line above the date, that line is the title and the usual header rules apply.
    """
    for k, u in enumerate(units[:8]):
        if u.kind == "bullet" or len(u.lines) > 1:
            return 0
        s = text[u.start : u.end]
        if _date_only(s):
            nxt = units[k + 1] if k + 1 < len(units) else None
            if k < 2 or nxt is None or len(nxt.lines) > 1 or not _title_like(text, nxt):
                return 0
            if k == 2 and _repeat(text, units[0], units, 1):
                return 0  # a title printed twice above its date line: no masthead
            return k + 1
        if len(s) > 100 or _ends_sentence(s) or _dateline(s) or not (_heading_shaped(s) or _genre_label(s)):
            return 0
    return 0


# one loop over the leading units whose branches share the header's state (title, labels, dates, i)
def _header(text: str, units: list[_Unit]):
    """(title unit, date span, index of the first body unit, genre labels of the title block).

    The header is the run of leading units that make the title block: the title, date-only
    lines, bare genre labels ("Fact Sheet", "Joint Statement") above or under the title and
    the meeting's date-and-place line ("December 14-15, Beijing"). Of several date lines the
    first one after the title wins (a date above the title is often the site's "today").
    A genre label is the title only when nothing else is.
    """
    title = None
    labels: list[_Unit] = []
    meeting: tuple[int, int] | None = None
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    i = _breadcrumb_end(text, units)
    j = _masthead_end(text, units[i:])
    i += j
    if j:  # masthead lines above the date line: header matter, the title comes under the date
        labels = [u for u in units[: i - 1] if _genre_label(text[u.start : u.end])]
        found = _date_only(text[units[i - 1].start : units[i - 1].end])
        before = (units[i - 1].start + found[0], units[i - 1].start + found[1])
    limit = i + 8
    while i < len(units) and i < limit:
        u = units[i]
        s = text[u.start : u.end]
        nxt = units[i + 1] if i + 1 < len(units) else None
        repeat = _repeat(text, title, units, i) if title is not None else 0
        if repeat:
            i += repeat  # the title repeated: the page's title, then the release's own (maybe hard-wrapped)
            continue
        if (
            title is not None
            and u.kind == "heading"
            and _all_caps(s)
            and nxt is not None
            and (_repeat(text, title, units, i + 1) or _genre_title(text[nxt.start : nxt.end]))
        ):
            i += 1  # a masthead between the page title and its repeat: "U.S. DEPARTMENT OF THE TREASURY"
            continue
        if (
            title is None
            and len(u.lines) in (2, 3)
            and nxt is not None
            and _is_date_unit(text, nxt)
            and _title_like(text, u, max_lines=3)
        ):
            title = u  # a hard-wrapped title right above its date line
            second = u.lines[1].text.lstrip()[:1]
            if _YEAR_END.search(u.lines[0].text) and (second.isupper() or second.isdigit()):
                # not wrapped: a title that ends with its year, a subtitle under it ("X Dialogue 22nd Plenary 2024" /
                # "22nd Plenary of the X Dialogue"): the first line is the title, the rest header matter
                title = replace(u, lines=u.lines[:1], end=u.lines[0].end)
            i += 1
            continue
        if u.kind == "bullet" and len(u.lines) == 1 and not (u.mark or "")[:1].isalnum() and after is None:
            found = _date_only(u.first.text)  # a date line set off by dashes or a mark: "- Nov 02, 2018-", "• 16 January 2020"
            if found:
                span = (u.first.start + found[0], u.first.start + found[1])
                before, after = (before or span, None) if title is None else (before, span)
                i += 1
                continue
        if title is None and (n := _captions(text, units, i)):
            # the page's heading kept only in photo captions: the caption without its counter
            title = replace(u, end=u.start + _CAPTION_NUMBER.search(s).start())
            i += n
            continue
        split = _split_date(text, u, nxt)
        if split and (title is not None or before is None):
            # a date line broken over two lines after its place: "Beijing, 13" / "December 2019"
            span = (u.start + split[0], u.start + split[1])
            before, after = (before or span, after) if title is None else (before, after or span)
            i += 1 if len(u.lines) > 1 else 2
            continue
        if (title is None and u.kind == "paragraph" and len(u.lines) >= 2 and _run_in_title(text, u)
                and (labels or _genre_label_above(text, u.start) or _headline_over_text(text, u, before)
                     or _REPOST_INTRO.match(u.lines[1].text))):
            # a long title run into the text below it under the genre label ("Press Release n. 90" /
            # "Official visit to Brazil of ... - Joint note by ..." / "The United States Trade ...")
            first, rest = u.lines[0], u.lines[1:]
            units[i : i + 1] = [replace(u, lines=[first], kind="heading", start=first.start, end=first.end),
                                replace(u, lines=rest, start=rest[0].start, gap=0)]
            title = units[i]
            i += 1
            continue
        if title is None and u.kind != "bullet" and _site_titled(text, u.first.text, units[i + 1 : i + 5]):
            # the page's browser title, the site's name added ("USTR - <title>"), above the title itself
            if len(u.lines) == 1:
                i += 1
            else:  # run into the masthead line under it: keep that line
                rest = u.lines[1:]
                one = len(rest) == 1 and _heading_shaped(rest[0].text)
                units[i] = replace(u, lines=rest, start=rest[0].start, gap=0, kind="heading" if one else "paragraph")
            continue
        if u.kind == "bullet" or len(u.lines) > 1:
            break
        if title is None and nxt is not None and nxt.kind != "bullet" and _masthead_or_label(s):
            i += 1  # a masthead or a page label above the title ("Department of Commerce", "OVERVIEW")
            continue
        if (
            title is not None
            and nxt is not None
            and _is_date_unit(text, nxt)
            and not _date_only(s)
            and _title_like(text, u)
            and not _ends_sentence(s)
        ):
            i += 1  # a subtitle between the title and the date line ("“Widget Futures” Conference")
            continue
        if title is None and len(u.lines) == 1 and not _date_only(s) and _DANGLING.search(s) and nxt is not None:
            i += 1  # a line cut off mid-phrase above the title ("Helping U.S. businesses by"): site furniture
            continue
        if title is not None and _paren_dateline(s):
            i += 1  # "(2020/11/20, Washington, DC)" under the title: the meeting's dateline, header matter
            continue
        found = _date_only(s)
        if found:
            span = (u.start + found[0], u.start + found[1])
            if title is None:
                before = before or span
            elif after is None:
                after = span
            else:
                break
            i += 1
            continue
        if _genre_label(s) or _meeting_line(s) or _place_line(s):
            labels += [u] if _genre_label(s) else []
            if meeting is None and not _genre_label(s) and _meeting_line(s):
                meeting = (u.start, u.end)
            i += 1
            continue
        if (
            title is not None
            and i + 1 < len(units)
            and _genre_title(s)
            and not _genre_title(text[title.start : title.end])
            and _title_like(text, u)
        ):
            title = u  # "FACT SHEET: ..." under a masthead line ("Office of the Vice President"): the masthead is header matter
            i += 1
            continue
        if (
            title is not None
            and i + 1 < len(units)
            and len(u.lines) == 1
            and not _ends_sentence(s)
            and len(_words(s)) <= 30
            and units[i + 1].kind == "paragraph"
            and _dateline(text[units[i + 1].start : units[i + 1].end])
        ):
            i += 1  # a deck under the headline, right above the dateline paragraph ("Agreement reached in ...")
            continue
        if (
            title is not None
            and u.kind == "heading"
            and u.gap == 0
            and u.start > title.end
            and nxt is not None
            and nxt.kind == "paragraph"
            and nxt.gap >= 1
            and not any(x.kind in ("heading", "bullet") for x in units[i + 1 :])
        ):
            i += 1  # a subtitle one newline under the title, a blank line above plain prose: title matter
            continue
        if title is not None and (n := _letterhead_run(text, units, i)):
            i += n  # a media note's letterhead under the title and date, broken over short lines: header matter
            continue
        if title is not None or i + 1 >= len(units) or not _title_like(text, u):
            break
        if labels and u.kind != "heading" and re.search(r"[.!:;]$", s):
            break
        title = u
        i += 1
    if title is None and labels:
        title = labels[0]
    return title, after or before, i, [text[u.start : u.end] for u in labels], meeting


def _date_under_heading(text: str, body: list[_Unit]) -> tuple[tuple[int, int] | None, list[_Unit]]:
    """(the date line found among the first body units or None, the body without it)."""
    date_line = None
    for k, u in enumerate(body[:3]):
        found = _date_only(text[u.start : u.end]) if u.kind == "paragraph" and len(u.lines) == 1 else None
        if found:
            if k:
                date_line = (u.start + found[0], u.start + found[1])
                body = body[:k] + body[k + 1 :]
            break
        if u.kind != "heading" and not (u.kind == "paragraph" and len(u.lines) == 1):
            break
    return date_line, body


def _embedded_date_lines(text: str, body: list[_Unit], date_line: tuple[int, int] | None
                         ) -> tuple[tuple[int, int] | None, list[_Unit]]:
    """A date-only line right above a heading inside the body (a reproduced release's own date line:
    "(begin text)" / "April 10, 1999" / "JOINT STATEMENT ...") is header matter of that release, not a
    block; the first one is the date line when the document has none."""
    keep = []
    for k, u in enumerate(body):
        nxt = body[k + 1] if k + 1 < len(body) else None
        found = _date_only(text[u.start : u.end]) if (
            k and nxt is not None and nxt.kind == "heading" and u.kind == "paragraph" and len(u.lines) == 1) else None
        if found:
            date_line = date_line or (u.start + found[0], u.start + found[1])
            continue
        keep.append(u)
    return date_line, keep


#: a release's date given under a label, often at its end: "DATE: 21 December 2000", "Date: May 4, 2012"
_LABELLED_DATE = re.compile(r"(?:DATE|Date|Dated|DATED)[ \u00a0]*:[ \u00a0]*")


def _labelled_date_lines(text: str, body: list[_Unit], date_line: tuple[int, int] | None
                         ) -> tuple[tuple[int, int] | None, list[_Unit]]:
    """A one-line "DATE: <date>" unit is the release's date line (when the document has none), not a block."""
    keep = []
    for u in body:
        m = _LABELLED_DATE.match(text, u.start, u.end) if len(u.lines) == 1 and u.kind != "bullet" else None
        found = _date_only(text[m.end() : u.end]) if m else None
        if found:
            date_line = date_line or (m.end() + found[0], m.end() + found[1])
            continue
        keep.append(u)
    return date_line, keep


#: an office line of a letterhead: "Office of the Secretary", "Office of the Spokesperson", "Office of Public Affairs"
_OFFICE_LINE = re.compile(r"Office[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,3}")


def _letterhead_line(s: str) -> bool:
    """A line of a reproduced release's letterhead: a masthead ("U.S. Department of Commerce"), an office
    ("Office of the Secretary"), a place ("Washington, DC") or a genre label ("Fact Sheet")."""
    s = s.strip()
    return _label_key(s) in _masthead_names() or bool(_OFFICE_LINE.fullmatch(s)) or _place_line(s) or _genre_label(s)


def _letterhead_run(text: str, units: list[_Unit], i: int) -> int:
    """How many units from ``units[i]`` are a letterhead broken over short lines ("Note" / "Office of the" /
    "Spokesperson" / "Washington, DC") right above the first paragraph: two or more one-line headings of at most
    four words, one of them a letterhead line (a masthead, an office, a place, a genre label), else 0."""
    k = i
    while k < len(units) and units[k].kind == "heading" and len(units[k].lines) == 1 \
            and len(_words(text[units[k].start : units[k].end])) <= 4:
        k += 1
    if k - i < 2 or k >= len(units) or units[k].kind != "paragraph":
        return 0
    return k - i if any(_letterhead_line(text[u.start : u.end]) for u in units[i:k]) else 0


def _embedded_letterhead(text: str, body: list[_Unit]) -> list[_Unit]:
    """A reproduced release's letterhead inside the body (two or more one-line headings that are a masthead, an
    office, a place or a genre label, "U.S. Department of Commerce" / "Office of the Secretary" / "Washington, DC" /
    "Fact Sheet", right above the release's own heading) is header matter of that release, not sections."""
    drop: set[int] = set()
    k = 1
    while k < len(body):
        j = k
        while j < len(body) and body[j].kind == "heading" and len(body[j].lines) == 1 \
                and _letterhead_line(text[body[j].start : body[j].end]):
            j += 1
        if j - k >= 2 and j < len(body) and body[j].kind == "heading":
            drop.update(range(k, j))
        k = max(j, k + 1)
    return [u for i, u in enumerate(body) if i not in drop] if drop else body


def _genre_end_title(text: str, body: list[_Unit], labels: list[str]) -> tuple[list[str], list[_Unit]]:
    """(the genre labels plus a heading that ends with its genre, the body without that heading)."""
    for k, u in enumerate(body[:4]):
        if u.kind == "heading" and k and _genre_label(text[u.start : u.end]) and body[k - 1].kind == "paragraph" \
                and _ends_sentence(text[body[k - 1].start : body[k - 1].end]) and len(body[k - 1].lines) == 1 \
                and len(text[body[k - 1].start : body[k - 1].end]) >= 200:
            break  # a bare "Joint Statement" under a paragraph of the text (its summary), over the statement: a heading
        if u.kind == "heading" and k + 1 < len(body) and _GENRE_END.search(text, u.start, u.end):
            labels = [*labels, text[u.start : u.end]]
            body = body[:k] + body[k + 1 :]
            break
        if u.kind == "heading" or u.kind == "bullet":
            break
    return labels, body


_TITLE_STOP = frozenset("of and the on for in & to".split())


def _title_words(s: str) -> list[str]:
    """The words of a title for comparison: a trailing "(ACRONYM)" dropped, case kept."""
    s = re.sub(r"\s*\([A-Za-z&.\-]{2,10}\)", " ", s)
    return re.findall(r"[A-Za-z0-9&]+(?:[.’'-][A-Za-z0-9&]+)*", s)


def _spelled_out(acronym: str, words: list[str], k: int) -> int:
    """How many of ``words`` from ``k`` spell ``acronym`` out ("SED" <- "Strategic Economic
    Dialogue", "S&ED" <- "Strategic and Economic Dialogue"), 0 when they do not."""
    letters = [c for c in acronym if c.isalpha()]
    j = k
    for c in letters:
        while j < len(words) and words[j].lower() in _TITLE_STOP:
            j += 1
        if j >= len(words) or words[j][0].upper() != c:
            return 0
        j += 1
    return j - k


def _same_title(a: str, b: str) -> bool:
    """``b`` repeats the title ``a``, the same words up to case, maybe with an acronym of one spelled
    out in the other ("SED III Innovation Outcomes" / "Strategic Economic Dialogue III Innovation Outcomes")."""
    x, y = _title_words(a), _title_words(b)
    if not x or not y:
        return False
    i = j = 0
    while i < len(x) and j < len(y):
        if x[i].lower() == y[j].lower():
            i, j = i + 1, j + 1
        elif len(x[i]) >= 2 and x[i].replace("&", "").isupper() and (n := _spelled_out(x[i], y, j)):
            i, j = i + 1, j + n
        elif len(y[j]) >= 2 and y[j].replace("&", "").isupper() and (n := _spelled_out(y[j], x, i)):
            i, j = i + n, j + 1
        else:
            return False
    return i == len(x) and j == len(y)


def _title_tail(title: str, line: str) -> bool:
    """``line`` repeats the last words of the title (at least three, not all of them: the title without a lead such
    as "Joint Statement from the"): a short form of the title under it."""
    x, y = _title_words(title), _title_words(line)
    return 3 <= len(y) < len(x) and [w.lower() for w in x[-len(y):]] == [w.lower() for w in y]


def _title_repeat(text: str, title: tuple[int, int] | None, body: list[_Unit]) -> list[_Unit]:
    """The body without a repeat of the title among its first units (a page's own title line, maybe
    with its acronym spelled out): title matter, not a section heading."""
    if title is None:
        return body
    for k, u in enumerate(body[:3]):
        if u.kind != "bullet" and len(u.lines) == 1 and k + 1 < len(body) and _same_title(text[title[0] : title[1]], text[u.start : u.end]):
            return body[k + 1 :]  # the lines above it are headings only: a speaker or masthead line, header matter too
        if k == 0 and u.kind == "heading" and len(u.lines) == 1 and k + 1 < len(body) and body[1].kind == "paragraph" \
                and _title_tail(text[title[0] : title[1]], text[u.start : u.end]):
            return body[1:]  # "Joint Statement from the 2024 X Meeting" / date / "2024 X Meeting": the title's tail again
        if u.kind == "bullet" or u.kind == "paragraph":
            break
    return body


def _dateline_date(text: str, body: list[_Unit], date_line: tuple[int, int] | None) -> tuple[int, int] | None:
    """The date line, or the date of a dateline opening one of the first two paragraphs, or the
    date of a repost's note ("The following press release was published by ... on Dec. 18, 2014.")."""
    for u in body[:3]:
        if date_line is None and u.kind == "paragraph" and _REPOST.search(text, u.start, u.end):
            d = _DATE.search(text, u.start, u.end)
            if d:
                return d.span()
    for u in body[:2]:
        d = _DATE.match(text, u.start, u.end) if date_line is None and u.kind == "paragraph" else None
        if d and _DATE_FIRST_DATELINE.match(text, d.end(), u.end):
            return d.span()  # the date first, then the place: "June 12, 2017, Washington, D.C.– ..."
        m = _dateline(text[u.start : u.end]) if date_line is None and u.kind == "paragraph" else None
        d = _DATE.search(text, u.start, u.start + m.end()) if m else None
        if m and d is None:  # the date right after the dash: "Washington, D.C.–January 19, 2011. President ..."
            d = _DATE.match(text, u.start + m.end())
        if d:
            date_line = d.span()
    return date_line
