"""Lines, boilerplate lines, line shapes and units (steps 1-3 of :mod:`jccttool.segment`).

:func:`_lines` cuts the text at ``\r\n`` / ``\r`` / ``\n`` and strips each line (NBSP and
zero-width characters are whitespace); :func:`_mark_boilerplate` flags the lines that wholly
match a pattern of ``resources/boilerplate.txt`` (and the mail subject above a mailing-list
navigation bar); :func:`_units` groups the remaining lines into units (paragraph, bullet,
heading). The shape tests of one line live here too: :func:`_heading_shaped` (step 5),
:func:`_date_only` (a date-only line), :func:`_ends_sentence`, :func:`_line_may_end`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources.rules import boilerplate_patterns as _boilerplate_patterns
from ..text import fold_case
from ..text import literal_prefix as _literal_prefix
from ..text import required_literal as _required_literal
from .patterns import (
    _BULLET,
    _DANGLING,
    _DATE,
    _DATELINE,
    _FUNCTION_WORDS,
    _GLUED_DATE,
    _NEWLINE,
    _PROSE_LINE,
    _SECTION_NUMBER,
    _SIGNATORY,
    _SIGNATURE_LEAD,
    _TAIL_MARK,
    _TIME,
    _TITLE_GENRE,
    _WEEKDAY,
    _ZW,
)

# --------------------------------------------------------------------------- lines


def _is_ws(c: str) -> bool:
    return c.isspace() or c in _ZW


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and _is_ws(text[s]):
        s += 1
    while e > s and _is_ws(text[e - 1]):
        e -= 1
    return s, e


@dataclass
class _Line:
    start: int  # content start (after leading whitespace)
    end: int  # content end (before trailing whitespace)
    raw_start: int
    indent: int
    text: str  # stripped content
    boiler: bool = False

    @property
    def blank(self) -> bool:
        return self.start == self.end


#: a colon line that introduces a quotation, a text or a list, however short or capitalised:
#: "According to the Office ...:", "Following is the text:"
_LEAD_IN_START = re.compile(
    r"(?:According to|As (?:follows|stated|noted)|Among|Below|Here|In addition|Pursuant|Under|(?:The )?[Ff]ollowing (?:is|are)\b)\b"
)
#: an inline bullet mark inside a line: "Trade and Investment • The two sides agreed ..."
_INLINE_BULLET = re.compile(r"[ \t\u00a0]+(?=•[ \t\u00a0]+\S)")


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for m in [*_NEWLINE.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = _strip(text, pos, end)
        indent = sum(4 if c == "\t" else 1 for c in text[pos:s])
        glued = _GLUED_DATE.match(text, s, e) if s < e and text[s].isalnum() else None
        if glued:  # "April 10, 1999JOINT STATEMENT ...": the date line and the heading, two lines
            out.append(_Line(s, glued.end(), pos, indent, text[s : glued.end()]))
            out.append(_Line(glued.end(), e, glued.end(), 0, text[glued.end() : e]))
        elif "•" in text[s + 1 : e]:
            out.extend(_split_inline_bullets(text, s, e, pos, indent))
        else:
            out.append(_Line(s, e, pos, indent, text[s:e]))
        if m is None:
            break
        pos = m.end()
    return out


def _split_inline_bullets(text: str, s: int, e: int, raw_start: int, indent: int) -> list[_Line]:
    """A heading followed on its line by "•" items ("Market Access • China will ... • The two sides
    ..."), or a bullet line holding further "•" items, is one line per part (offsets unchanged);
    any other line with a "•" inside stays whole."""
    cuts = [m.end() for m in _INLINE_BULLET.finditer(text, s, e)]
    head = text[s : cuts[0]].rstrip() if cuts else ""
    heading = _heading_shaped(head) and (_title_case(_words(head)) or _all_caps(head))
    items = [text[a:b] for a, b in zip(cuts, [*cuts[1:], e])]
    if not cuts or not (text[s] == "•" or heading) or any(len(_words(x)) < 3 for x in items):
        return [_Line(s, e, raw_start, indent, text[s:e])]
    out = []
    for a, b in zip([s, *cuts], [*cuts, e]):
        ps, pe = _strip(text, a, b)
        out.append(_Line(ps, pe, raw_start if a == s else a, indent if a == s else indent + 2, text[ps:pe]))
    return out


# --------------------------------------------------------------------------- boilerplate


@cache
def _boilerplate_gated() -> tuple[tuple[str, re.Pattern], ...]:
    """(required literal, pattern) for the boilerplate patterns with no literal start but a
    required literal (``"(?:The |A )?.{0,60}\\b(?:fact sheet|...)s? (?:is|are) here"`` -> "here"):
    ``re`` would try such a pattern at many splits of every line before failing, so it is tried
    only on lines whose :func:`fold_case` copy holds the literal (the patterns are case-insensitive)."""
    out = []
    for p in _boilerplate_patterns():
        literal = _required_literal(p.pattern)
        if len(literal) >= 3 and not _literal_prefix(p.pattern):
            out.append((literal, p))
    return tuple(out)


@cache
def _boilerplate_rest() -> tuple[re.Pattern, ...]:
    """The boilerplate patterns not in :func:`_boilerplate_gated`."""
    gated = {id(p) for _, p in _boilerplate_gated()}
    return tuple(p for p in _boilerplate_patterns() if id(p) not in gated)


@cache
def _boilerplate_any() -> tuple[re.Pattern | None, tuple[re.Pattern, ...]]:
    """The patterns of :func:`_boilerplate_rest` as one alternation, whose ``fullmatch``
    succeeds exactly when one of them fully matches, and the patterns left out of it
    (backreferences and global inline flags do not survive joining): one unjoinable pattern
    no longer sends every line through the hundred patterns one by one."""
    joinable, apart = [], []
    for p in _boilerplate_rest():
        (apart if re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p.pattern) else joinable).append(p)
    try:
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in joinable), re.I) if joinable else None
    except re.error:
        return None, tuple(_boilerplate_rest())
    return joined, tuple(apart)


def _is_boilerplate(line: str) -> bool:
    """``line`` (stripped) wholly matches a pattern of ``resources/boilerplate.txt``."""
    folded = fold_case(line)
    if any(literal in folded and p.fullmatch(line) for literal, p in _boilerplate_gated()):
        return True
    joined, apart = _boilerplate_any()
    if joined is not None and joined.fullmatch(line) is not None:
        return True
    return any(p.fullmatch(line) for p in apart)


def _mark_boilerplate(lines: list[_Line]) -> None:
    nav = None
    for i, ln in enumerate(lines):
        if ln.blank or len(ln.text) > 600:
            continue
        if _is_boilerplate(ln.text):
            ln.boiler = True
            if nav is None and ln.text.startswith("[") and re.match(r"\[(?:Date|Thread) ", ln.text):
                nav = i
    _mark_numbered_captions(lines)
    if nav is not None and sum(not ln.blank for ln in lines[:nav]) <= 3:
        for ln in lines[:nav]:  # the mail subject and headers above a mailing-list nav bar
            if not ln.blank:
                ln.boiler = True
    _mark_tail(lines)


_CAPTION_NUMBER = re.compile(r"[ \u00a0]+\d{1,2}$")


def _mark_numbered_captions(lines: list[_Line]) -> None:
    """Photo captions: two or more short lines that are one text with a running number
    ("The Second Round of the Dialogue 1", "... 2", "... 3") are site furniture."""
    groups: dict[str, list[_Line]] = {}
    for ln in lines:
        if ln.blank or ln.boiler or len(ln.text) > 150:
            continue
        m = _CAPTION_NUMBER.search(ln.text)
        if m and len(ln.text[: m.start()].split()) >= 3:
            groups.setdefault(ln.text[: m.start()], []).append(ln)
    for group in groups.values():
        if len(group) >= 2 and len({g.text for g in group}) == len(group):
            for ln in group:
                ln.boiler = True


def _caption_title(lines: list[_Line]) -> tuple[int, int] | None:
    """The page's heading kept only in its numbered photo captions (which
    :func:`_mark_numbered_captions` made furniture): the first caption without its counter."""
    seen: dict[str, int] = {}
    for ln in lines:
        m = _CAPTION_NUMBER.search(ln.text) if ln.boiler and not ln.blank else None
        if m and len(ln.text[: m.start()].split()) >= 3:
            key = ln.text[: m.start()]
            seen[key] = seen.get(key, 0) + 1
            if seen[key] == 2:
                first = next(x for x in lines if x.boiler and x.text.startswith(key) and _CAPTION_NUMBER.search(x.text))
                return first.start, first.start + len(key)
    return None


def _mark_tail(lines: list[_Line]) -> None:
    """Below a press release's end mark ("###") or the heading of a list of other articles
    ("Recent Posts", "Related Articles") that follows two lines of prose, every line is furniture:
    the site's teasers, bylines and dates, never the document's text."""
    prose = 0
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        if prose >= 2 and len(ln.text) <= 60 and _TAIL_MARK.fullmatch(ln.text):
            for rest in lines[i:]:
                if not rest.blank:
                    rest.boiler = True
            return
        if prose < 2 and not ln.boiler and _PROSE_LINE.match(ln.text):  # only 'two lines of prose' is asked
            prose += 1


# --------------------------------------------------------------------------- units


@dataclass
class _Unit:
    lines: list[_Line]
    gap: int  # blank lines before it
    kind: str = "paragraph"  # paragraph | bullet | heading
    start: int = 0  # text start (after any bullet mark)
    end: int = 0
    mark: str | None = None
    indent: int = 0

    @property
    def first(self) -> _Line:
        return self.lines[0]


def _ends_sentence(s: str) -> bool:
    return bool(re.search(r"[.!?:;][\"”’')\]]*$", s))


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’.&/-]*", s)


def _all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _heading_shaped(s: str) -> bool:
    """Short line, no final sentence punctuation, Title Case or ALL CAPS (or very short)."""
    if len(s) > 120:  # before splitting words: a body line is often far longer
        return False
    words = _words(s)
    if not words or len(words) > 14:
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "(\"“'‘"):
        return False
    if re.search(r"[.,;!?]$", s.rstrip("\"”’')")) or (
        s.endswith(":") and (_LEAD_IN_START.match(s) or len(words) >= 3 and not _title_case(words) and not _all_caps(s))
    ):
        return False  # a line of 3+ words ending in a colon is a lead-in ("These actions include:"), unless Title Case
    if re.search(r"[a-z]{2}[.!?]\s+[A-Z]", s) or _DATELINE.match(s) or _date_only(s):
        return False
    if _all_caps(s):
        return True
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    if not content:
        return False
    upper = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return upper / len(content) >= 0.6 or len(words) <= 6


def _title_case(words: list[str]) -> bool:
    """Every content word capitalised: "Strengthening Cooperation on Trade and Investment in Widgets"."""
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _date_only(s: str) -> tuple[int, int] | None:
    """(start, end) of the date inside ``s`` when the line is just a date (with a short label)."""
    if len(s) > 80:
        return None
    m = _DATE.search(s)
    if not m or re.search(r"\d[\s\u00a0]*(?:-|–|—|to|and)[\s\u00a0]*$", s[: m.start()]):
        return None  # "14-15 December 2006": a range is the meeting's dates, not a date line
    tail = s[m.end() :]
    clock = _TIME.match(tail)
    if clock:  # "Published: 2015-9-26 16:35:42": the time is part of the date line
        tail = tail[clock.end() :]
    rest = _WEEKDAY.sub("", s[: m.start()] + " " + tail).strip(" \u00a0,.:;–—-|()")
    if len(_words(rest)) > 5 or re.search(r"\b(?:and|to|the|will|was|were|is)\b", rest) or _TITLE_GENRE.search(rest):
        return None  # "U.S.–China Joint Statement, January 19, 2011" is a title with its date
    if re.search(r"[A-Za-z][ \u00a0]+of[ \u00a0]*$", s[: m.start()]):
        return None  # "Record of Consultations of January 11, 2007": a title that ends with its date
    return m.span()


def _date_line_text(s: str) -> bool:
    """A line that is only a date ("May 4, 2012", "7/28/2009", "Tuesday, May 4, 2012"), not the
    end of a wrapped sentence ("... signed on" / "May 4, 2012.")."""
    return len(s) <= 80 and any(c.isdigit() for c in s) and not s.endswith(".") and _date_only(s) is not None


def _line_may_end(s: str) -> bool:
    """The line may end a block: it does not stop on a comma, a hyphen or a function word."""
    return not re.search(r"[,\-–—(]$", s) and not _DANGLING.search(s)


_LONE_MARK = frozenset("•·▪▫◦‣●○■□►▸➢➤✓✔→*-–—")


def _lone_mark(s: str) -> bool:
    """A bullet mark alone on its line, its item on the next line ("-" / "Signing a protocol ...;")."""
    return len(s) == 1 and s in _LONE_MARK


def _signature(lead: str, name: str) -> bool:
    """``lead`` / ``name`` is a signature block: "For the Government of X:" over the signatory's name."""
    return len(lead) <= 120 and bool(_SIGNATURE_LEAD.fullmatch(lead)) and bool(_SIGNATORY.fullmatch(name))


def _numbered_heading(s: str) -> bool:
    """ "I. Strengthening Economic Policy Cooperation", "A. Trade": a heading even in hard-wrapped text."""
    return bool(_SECTION_NUMBER.match(s)) and _heading_shaped(s)


def _units(text: str, lines: list[_Line]) -> list[_Unit]:
    runs: list[tuple[list[_Line], int]] = []
    cur: list[_Line] = []
    gap = 0
    for ln in lines:
        if ln.blank or ln.boiler:
            if cur:
                runs.append((cur, gap))
                cur, gap = [], 0
            gap += ln.blank
            continue
        cur.append(ln)
    if cur:
        runs.append((cur, gap))

    # hard-wrapped text: most lines inside runs end mid-sentence -> split only at bullets
    inner = [ln for run, _ in runs for ln in run[:-1] if not _BULLET.match(ln.text) and not _lone_mark(ln.text)]
    wrapped = bool(inner) and sum(not _ends_sentence(ln.text) and not _heading_shaped(ln.text) for ln in inner) > len(inner) / 2

    units: list[_Unit] = []
    for run, gap in runs:
        piece = [run[0]]
        for k, (a, b) in enumerate(zip(run, run[1:])):
            split = bool(_BULLET.match(b.text)) or _numbered_heading(a.text) or _numbered_heading(b.text) or _lone_mark(b.text)
            starts_upper = bool(re.match(r"[A-Z0-9\"“‘(\[]", b.text))
            if not split and not wrapped:
                split = starts_upper and (_ends_sentence(a.text) or (_heading_shaped(a.text) and len(piece) == 1))
            elif not split and starts_upper and _ends_sentence(a.text):
                # hard-wrapped: a paragraph ends at a short line that ends a sentence
                width = max(len(run[k - 1].text) if k else 0, len(b.text))
                split = len(a.text) < 0.8 * width
            if not split and (_date_line_text(b.text) and _line_may_end(a.text) or _date_line_text(a.text) and starts_upper):
                split = True  # a date line between single newlines: "Title" / "May 4, 2012" / "The ..."
            if split and (_signature(a.text, b.text) or _lone_mark(a.text)):
                split = False  # a signature block ("For the Delegation of X:" / "Jane Doe"); a mark alone over its item
            if split:
                units.append(_Unit(piece, gap))
                piece, gap = [b], 0
            else:
                piece.append(b)
        units.append(_Unit(piece, gap))

    for u in units:
        first, last = u.lines[0], u.lines[-1]
        u.start, u.end, u.indent = first.start, last.end, first.indent
        m = _BULLET.match(first.text)
        if m:
            u.kind, u.mark = "bullet", m.group("mark")
            u.start = first.start + m.end()
        elif len(u.lines) > 1 and _lone_mark(first.text):  # "-" on its own line, the item on the next
            u.kind, u.mark = "bullet", first.text
            u.start = u.lines[1].start
        elif len(u.lines) == 1 and _heading_shaped(first.text):
            u.kind = "heading"
        u.start, u.end = _strip(text, u.start, u.end)
    return units
