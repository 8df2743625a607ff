"""Segmentation: source text -> title, date line, boilerplate and sections of blocks.

Line-level rules over the unchanged source text; spans index it directly (half-open,
``text[start:end]``). No spaCy here.

How a document is read, in order:

1. **Lines.** ``\\r\\n``, ``\\r`` and ``\\n`` all end a line. A line is blank when it holds
   only whitespace (NBSP and zero-width characters included).
2. **Boilerplate.** A line that wholly matches a pattern of ``resources/boilerplate.txt``
   is site furniture (archive banners, site-section labels such as ``Press Room`` or
   ``Statements & Releases``, press-release numbers such as ``HP-205`` or ``jl0484``, web-site
   mastheads such as ``The White House`` / ``Office of the Press Secretary``, form labels such
   as ``Search form``); so
   is everything above a mailing-list navigation bar (``[Date Prev][Date Next]...``: the
   mail subject). Boilerplate lines are never blocks.
3. **Units.** Runs of non-blank lines are split into units: a new unit starts at a
   bullet mark, and (unless the document is hard-wrapped) after a line that ends a
   sentence or looks like a heading. So files with one ``\\n`` between blocks (each line
   a block) and files with blank lines between blocks both work. A date-only line
   (``May 4, 2012``, ``7/28/2009``) between single newlines is its own unit, unless the line
   above stops mid-phrase or the date ends a sentence (``... on`` / ``May 4, 2012.``). In
   hard-wrapped text a paragraph ends at a line that ends a sentence and is shorter than 80 %
   of its neighbours (the line above or below).
4. **Header (the title block).** The first units may be the title (a title-shaped line:
   no final period, not a ``CITY --`` dateline), the date line (a line that is just a
   date, possibly with a weekday or a short label; ``date_line`` spans only the date, a
   range such as ``14-15 December 2006`` is not a date line), bare genre labels above or
   under the title (``Fact Sheet``, ``Joint Statement``, ``Media Note``), a deck (one unpunctuated
   line right above a dateline paragraph: ``Agreement reached in several areas ...``), the meeting's
   date-and-place line (``December 14-15, Beijing``: a day or day range, place words, no
   verb; its span is ``meeting_line``) and a bare place line (``Washington, DC``). None of
   them is a block. A genre label is the title only when there is no other title; a title
   led by its genre (``FACT SHEET: U.S.-China Economic Relations``) right under another
   title-shaped line is the title, the line above it a masthead. A date line may name its
   source and carry a clock time (``Source: Xinhua Published: 2015-9-26 16:35:42``). A
   date-only line right under a subtitle or heading (``Outcomes of the Economic Track`` /
   ``July 10, 2013``) is the date line too, not a block; a dateline paragraph gives the date
   before or right after its dash (``BEIJING, Nov. 21, 2011 –``, ``Washington, D.C.–January
   19, 2011. President ...``). A repeat of the title (the page's title, then the release's own,
   maybe hard-wrapped over 2-3 lines) and an ALL-CAPS masthead right above that repeat
   (``U.S. DEPARTMENT OF THE TREASURY``) are header matter; a hard-wrapped title of 2-3 lines
   right above a date line is the title; a line cut off mid-phrase above the title (``Helping U.S.
   businesses by``) is skipped. A date-only line under a site's one-line introduction is the date
   line too, and a heading ending with its genre among the first body units (``... JOINT
   U.S.-CHINA ECONOMIC TRACK FACT SHEET``) is the document's own title: a genre label, not a section.
5. **Headings** are short (<= 14 words) non-bullet lines with no final period/comma/
   semicolon, Title Case or ALL CAPS (or <= 6 words), followed by something.
   ``* Medical Devices.  The Chinese ...`` (a run-in lead) is a bullet, not a heading.
   ``I. Strengthening Economic Policy Cooperation`` and ``A. Trade`` are headings (number
   kept in the title, dropped from the topic), also in hard-wrapped text.
6. **Groups and levels.** A *group break* is a gap of 2+ blank lines that is larger than
   the document's usual gap between blocks (the most common gap, ties to the smaller;
   1 when there are fewer than 3 gaps); a gap right after a heading is never a break. In
   plain prose (no heading and no bullet anywhere in the body) only a gap of 3+ blank lines
   is a break: extra blank lines between a blog's paragraphs are spacing, not a lost heading.
   Rules, applied in text order:

   * ``s00`` (level 0) holds the blocks before the first heading or group break.
   * A group break always starts a new level-1 section. If the group opens with a
     heading, that heading is its title; otherwise the heading was lost: ``title`` is
     None and ``topic`` is inferred from the group's text.
   * A heading immediately followed by another heading is a parent: level 1. An ALL-CAPS
     heading in a document that also has mixed-case headings is level 1.
   * Numbered headings follow their numbering when the open level-1 heading is numbered
     too: the same style (``II.`` after ``I.``, ``2.`` after ``1.``) is a new level-1
     section, another style (``A.`` under ``I.``) is level 2.
   * Any other heading is level 2 (``parent`` = the open level-1 section) when a level-1
     section is open that either belongs to a group (documents with group breaks) or is
     a parent heading; else it starts a new level-1 section.

   A level-1 section's span covers its level-2 children.
7. **Topic.** The title without its number and trailing ``(ACRONYM)`` (ALL-CAPS titles are
   lowercased); for a lost heading, the best label of the keyword table
   ``resources/topics.json`` (validated as :class:`TopicTable`) scored over the group's own
   blocks (weight 2) and its sub-headings (weight 1), else the most frequent salient word
   that is not one of the table's stop words.
8. **Kind.** A news article by its strong marks (``Print This Post``, a wire tag); else
   from the title and the title block's genre labels: a joint document (``Joint Fact
   Sheet``, ``Joint U.S.-China Fact Sheet``, ``Joint Statement``, ``Joint Press Release``,
   ``U.S.-China Joint ...`` unless a body is named: ``Joint Commission``) is a
   ``joint_fact_sheet``, ``Fact Sheet`` a ``fact_sheet``; a dateline opening the body
   (``BEIJING --``, ``WASHINGTON –``, ``Beijing, Nov. 21, 2011 —``) or a press label is a
   ``press_release``; then weaker hints (two of: reporting verbs, "according to", press
   conferences and reporters, a bare weekday for the day of the news, photo-caption marks such
   as ``(second from right)``; the site labels above the title); a title that is a meeting's
   name (``25th U.S.-China Joint Commission on Commerce and Trade``), or names a meeting above
   bullets, is a ``fact_sheet``.
9. **Role.** A paragraph (never a bullet) that comes before any bullet of its section,
   states figures or forecasts ($, percent, million/billion, "is expected to", "market",
   "estimate", "predict", "plans to") and has no commitment verb (agree, confirm, commit,
   announce, sign, held, "<actor> will", ...) is ``context``; every other block ``outcome``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache


from .records import Block, DocumentKind, Section
from .resources.rules import boilerplate_patterns as _boilerplate_patterns, topic_table as _topic_table
from .text import fold_case, literal_prefix as _literal_prefix, required_literal as _required_literal


@dataclass(frozen=True)
class Segmentation:
    """The structure of one document."""

    title: str | None = None
    title_span: tuple[int, int] | None = None
    date_line: tuple[int, int] | None = None  # the document's own date line ("November 21, 2011")
    meeting_line: tuple[int, int] | None = None  # the meeting's date-and-place line of the title block ("December 14-15, Beijing")
    kind: DocumentKind = "unknown"
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- patterns

_ZW = "\u200b\u200c\u200d\u2060\ufeff"
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(
    r"(?P<mark>[•·▪▫◦‣●○■□►▸➢➤✓✔→*\-–—]|(?:o|§)(?=[ \t\u00a0]{2}|\t)"
    r"|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\))"
    r"[ \t\u00a0\u2002\u2003]+(?=\S)"
)
#: a numbered section heading: "I. Strengthening Economic Policy Cooperation", "A. Trade", "IV) Finance"
_SECTION_NUMBER = re.compile(r"(?P<num>[IVX]{1,6}|[A-Z])[.)][ \t\u00a0]+(?=[A-Z0-9“\"‘'(])")
_NUMBERED = re.compile(r"\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d(?P<sep>[-/])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9])|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)\b"
)
#: a genre word that makes a line with a date a title: "U.S.–China Joint Statement, January 19, 2011"
_TITLE_GENRE = re.compile(r"\b(?:statement|fact[ \u00a0]*sheet|communiqu[eé]|declaration|readout|remarks)\b", re.I)
#: a clock time after a date line's date: "2015-9-26 16:35:42", "March 3, 2014 4:30 PM EST"
_TIME = re.compile(r"[ \t\u00a0]*(?:at[ \t\u00a0]+)?\d{1,2}:\d\d(?::\d\d)?(?:[ \t\u00a0]*[AaPp]\.?[Mm]\.?)?(?:[ \t\u00a0]*(?:[A-Z]{2,4}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?)?(?![\w:])")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?", re.I)
_DATE_LABEL = re.compile(
    r"(?:date[d]?|released?|issued|published|posted(?: on)?|updated|last updated|"
    r"for immediate release|washington,? d\.?c\.?|[A-Z][A-Za-z .]{1,30})?\s*[:,–—-]*\s*",
)
#: "BEIJING --", "WASHINGTON, D.C. –", "GUANGZHOU, China, Nov. 23, 2015 —"
_DATELINE = re.compile(
    r"(?!(?:U\.S\.|US|USA|America|China|PRC)[ \u00a0]*(?:--|–|—|-)[ \u00a0]*(?:China|Chinese|U\.S\.|US|America))"  # a country pair, not a city
    r"(?:[A-Z][A-Z.'\- ]{2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:D\.C\.|DC)|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s(?:--|–|—)))"
    r"(?:,[^\n\-–—]{1,40})?\s*(?:--|–|—|-\s)"
)
_FUNCTION_WORDS = frozenset(
    "a an the and or nor but of in on for to with by at from via vs under into between "
    "through as per its their our about over than".split()
)
#: a bare genre label above or under the title: "Fact Sheet", "Joint Fact Sheet", "Media Note"
_GENERIC_LABEL = re.compile(
    r"(?:(?:joint|u\.s\.|us|white house|treasury|ustr|(?:u\.s\.|us)[-–](?:china|chinese)|(?:china|chinese)[-–](?:u\.s\.|us))\s+)*"
    r"(?:fact ?sheet|press release|news release|media note|(?:joint )?(?:press )?statement|readout|"
    r"joint (?:press |news )?release|for immediate release)s?:?",
    re.I,
)
#: a title that names its genre first: "FACT SHEET: U.S.-China Economic Relations", "Media Note – ..."
_GENRE_TITLE = re.compile(
    r"(?:(?:joint|u\.s\.|us|white house|(?:u\.s\.|us)[-–](?:china|chinese)|(?:china|chinese)[-–](?:u\.s\.|us))\s+)*"
    r"(?:fact ?sheet|press release|news release|media note|(?:joint )?statement|readout)"
    r"[ \t\u00a0]*(?::|--|–|—)[ \t\u00a0]*(?=\S)",
    re.I,
)
#: a line that ends with its genre: "... JOINT U.S.-CHINA ECONOMIC TRACK FACT SHEET", "... Joint Statement"
_GENRE_END = re.compile(
    r"\b(?:fact[ \u00a0]*sheet|joint[ \u00a0]+statement|press[ \u00a0]+release|news[ \u00a0]+release|media[ \u00a0]+note)s?[ \u00a0]*$",
    re.I,
)
#: a title document of both sides: "Joint Fact Sheet", "Joint U.S.-China Fact Sheet", "Joint Press Release"
_JOINT_DOC = re.compile(
    r"\bjoint(?:[\s\u00a0]+(?!commission|committee|working|group)[\w.’'&–—-]+){0,3}?[\s\u00a0]+"
    r"(?:fact[\s\u00a0]*sheet|statement|(?:press|news)[\s\u00a0]+(?:release|statement)|communiqu[eé]|declaration|"
    r"readout|announcement|outcomes?)\b",
    re.I,
)
#: "U.S.-China Joint ..." is a joint document unless an organisation is named ("U.S.-China Joint Commission")
_PAIR_JOINT = re.compile(
    r"\b(?:U\.S\.|US|United States|America|China|Chinese)[\s\u00a0]*[-–—][\s\u00a0]*"
    r"(?:China|Chinese|U\.S\.|US|United States|America|American)[\s\u00a0]+Joint\b(?P<rest>(?:[\s\u00a0]+[\w.’'&-]+){0,4})",
    re.I,
)
_JOINT_BODY = re.compile(
    r"\b(?:Commission|Committee|Group|Council|Board|Cent(?:er|re)|Laborator(?:y|ies)|Ventures?|Forum|Chiefs|"
    r"Fund|Program(?:me)?|Force|Liaison|Research|Team|Institute|Initiative)\b",
    re.I,
)
_DAY_RANGE = re.compile(
    rf"\b(?:{_MONTH}[\s\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?(?:[\s\u00a0]*(?:-|–|—|to|and|through)[\s\u00a0]*"
    rf"(?:{_MONTH}[\s\u00a0]+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:[\s\u00a0]*(?:-|–|—|to|and)[\s\u00a0]*\d{{1,2}})?[\s\u00a0]+{_MONTH})"
    rf"(?:,?[\s\u00a0]+(?:19|20)\d\d)?(?!\d)"
)
_PLACE_LINE = re.compile(
    r"(?:[A-Z][A-Za-z.'’-]+[ \u00a0]){0,2}[A-Z][A-Za-z.'’-]+,?[ \u00a0]*"
    r"(?:D\.C\.?|DC|China|P\.R\.C\.|PRC|the People's Republic of China|USA|U\.S\.A\.|United States)"
)
#: a dateline the strict pattern misses: "Washington – The ...", "Beijing, Nov. 21, 2011 – ...",
#: "WASHINGTON (Nov. 21, 2011) – ..."; only read at the start of an opening paragraph
_DATELINE_LOOSE = re.compile(
    rf"(?P<city>[A-Z][A-Za-z.'’]+(?:[ \u00a0][A-Z][A-Za-z.'’]+){{0,2}})"
    rf"(?P<region>,[ \u00a0]*(?:D\.C\.|DC|[A-Z]{{2}}(?![\w.])|[A-Z][a-z]{{1,4}}\.|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?))?"
    rf"(?P<date>,?[ \u00a0]*\(?{_MONTH}[ \u00a0]+\d{{1,2}}(?:,?[ \u00a0]+(?:19|20)\d\d)?\)?"
    rf"|[ \u00a0]*\([A-Za-z/ ]{{2,20}}\))?"
    rf"[ \u00a0]*(?:--|[–—]{{1,2}})[ \u00a0]*(?=[A-Z“\"‘'])"
)

_COMMIT = re.compile(
    r"\b(?:agree[ds]?|agreed|agreement to|confirm(?:s|ed)?|commit(?:s|ted|ment to)?|"
    r"announc(?:e|es|ed)|sign(?:s|ed)?|held|hold|reaffirm(?:s|ed)?|affirm(?:s|ed)?|"
    r"clarif(?:y|ies|ied)|assur(?:e|es|ed)|welcome[ds]?|pledge[ds]?|intend(?:s|ed)?|"
    r"decided|reached (?:a |an |the )?(?:consensus|agreement|understanding)|launch(?:es|ed)?|establish(?:es|ed)|reiterat(?:e|es|ed)|"
    r"restat(?:e|es|ed)|convene[ds]?|worked|led|co-chaired|finaliz(?:e|es|ed|ing)|"
    r"achiev(?:e|es|ed)|secured|obtained)\b",
    re.I,
)
#: "<actor> will" opening a sentence: matched at the start of a block (``_ACTOR_WILL.match``) or
#: searched right after a sentence end (``_ACTOR_WILL_AFTER``); two patterns because ``re`` scans
#: for a leading character class far faster than for a leading ``^`` / lookbehind alternation
_ACTOR_WILL = re.compile(
    r"(?:the\s+|both\s+)?(?:United States|U\.S\.|US|China|Chinese|Korea|"
    r"two sides|sides|countries|[A-Z]{2,6}|[A-Z][a-z]+ (?:Ministry|Department|Administration))"
    r"[^.;,]{0,40}?\bwill\b",
)
_ACTOR_WILL_AFTER = re.compile(r"[.;!?]\s+" + _ACTOR_WILL.pattern)
#: the \b is shared by the word alternatives (one boundary test per position instead of ten: ~4x faster)
_FIGURE = re.compile(
    r"[$€£¥]\s?\d|\d\s?%|\b(?:RMB\s?\d|percent\b|(?:million|billion|trillion)\b|"
    r"(?:is|are) (?:expected|projected|forecast|estimated) to\b|predict|forecast|"
    r"estimat|market size\b|world'?s? (?:largest|second|third)|plans? to (?:invest|manufacture|build|produce)\b)",
    re.I,
)


def for_folded(pattern: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern of lower-case words, compiled without re.IGNORECASE for
    a :func:`fold_case` copy of the text: the same matches, about 3x faster (``re``
    checks every character case-insensitively under IGNORECASE)."""
    source = pattern.pattern
    assert pattern.flags & re.I and not re.search(r"\\[A-Z]|\[[^\]]*[A-Z]", source), source
    return re.compile(source.lower(), pattern.flags & ~re.I)


_COMMIT_FOLDED = for_folded(_COMMIT)
_FIGURE_FOLDED = for_folded(_FIGURE)


@cache
def _topic_patterns() -> tuple[tuple[str, re.Pattern, int], ...]:
    """(label, compiled cue, words in the cue) for every cue of ``resources/topics.json``."""
    out = []
    for rule in _topic_table().topics:
        for cue, flags in [*((c, re.I) for c in rule.cues), *((a, 0) for a in rule.acronyms)]:
            out.append((rule.label, re.compile(rf"\b(?:{cue})\b", flags), len(cue.split())))
    return tuple(out)


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
def _boilerplate_any() -> re.Pattern | None:
    """The patterns of :func:`_boilerplate_rest` as one alternation: ``fullmatch`` of it succeeds
    exactly when one of them fully matches (None when they cannot be joined safely)."""
    patterns = _boilerplate_rest()
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p.pattern) for p in patterns):
        return None  # backreferences and global inline flags do not survive joining
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I)
    except re.error:
        return None


def _is_boilerplate(line: str) -> bool:
    """``line`` (stripped) wholly matches a pattern of ``resources/boilerplate.txt``."""
    folded = fold_case(line)
    if any(literal in folded and p.fullmatch(line) for literal, p in _boilerplate_gated()):
        return True
    joined = _boilerplate_any()
    if joined is not None:
        return joined.fullmatch(line) is not None
    return any(p.fullmatch(line) for p in _boilerplate_rest())


@cache
def _topic_prefixes() -> tuple[tuple[str, bool], ...]:
    """(literal prefix, whether it is case-insensitive) per entry of :func:`_topic_patterns`:
    a cue whose prefix is not in a chunk cannot match there."""
    out = []
    for rule in _topic_table().topics:
        for cue, ci in [*((c, True) for c in rule.cues), *((a, False) for a in rule.acronyms)]:
            prefix = _literal_prefix(cue)
            out.append((prefix.lower() if ci else prefix, ci))
    return tuple(out)


@cache
def _stop_topic() -> frozenset[str]:
    return frozenset(w.lower() for w in _topic_table().stopwords)


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


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for m in [*_NEWLINE.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = _strip(text, pos, end)
        indent = sum(4 if c == "\t" else 1 for c in text[pos:s])
        out.append(_Line(s, e, pos, indent, text[s:e]))
        if m is None:
            break
        pos = m.end()
    return out


def _mark_boilerplate(lines: list[_Line]) -> None:
    nav = None
    for i, ln in enumerate(lines):
        if ln.blank or len(ln.text) > 600:
            continue
        if _is_boilerplate(ln.text):
            ln.boiler = True
            if nav is None and ln.text.startswith("[") and re.match(r"\[(?:Date|Thread) ", ln.text):
                nav = i
    if nav is not None and sum(not ln.blank for ln in lines[:nav]) <= 3:
        for ln in lines[:nav]:  # the mail subject and headers above a mailing-list nav bar
            if not ln.blank:
                ln.boiler = True


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
    if re.search(r"[.,;!?]$", s.rstrip("\"”’')")) or (s.endswith(":") and len(words) > 6):
        return False
    if re.search(r"[a-z]{2}[.!?]\s+[A-Z]", s) or _DATELINE.match(s) or _date_only(s):
        return False
    if _all_caps(s):
        return True
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    if not content:
        return False
    upper = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return upper / len(content) >= 0.6 or len(words) <= 6


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
    return m.span()


def _date_line_text(s: str) -> bool:
    """A line that is only a date ("May 4, 2012", "7/28/2009", "Tuesday, May 4, 2012"), not the
    end of a wrapped sentence ("... signed on" / "May 4, 2012.")."""
    return len(s) <= 80 and any(c.isdigit() for c in s) and not s.endswith(".") and _date_only(s) is not None


#: a line ending in one of these words is cut off mid-phrase ("Helping U.S. businesses by")
_DANGLING = re.compile(
    r"(?:^|[\s\u00a0])(?:a|an|the|and|or|of|in|on|for|to|with|by|at|from|via|into|about|as|than|its|their|our)$"
)


def _line_may_end(s: str) -> bool:
    """The line may end a block: it does not stop on a comma, a hyphen or a function word."""
    return not re.search(r"[,\-–—(]$", s) and not _DANGLING.search(s)


def _numbered_heading(s: str) -> bool:
    """ "I. Strengthening Economic Policy Cooperation", "A. Trade": a heading even in hard-wrapped text."""
    return bool(_SECTION_NUMBER.match(s)) and _heading_shaped(s)


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
    inner = [ln for run, _ in runs for ln in run[:-1] if not _BULLET.match(ln.text)]
    wrapped = bool(inner) and sum(not _ends_sentence(ln.text) and not _heading_shaped(ln.text) for ln in inner) > len(inner) / 2

    units: list[_Unit] = []
    for run, gap in runs:
        piece = [run[0]]
        for k, (a, b) in enumerate(zip(run, run[1:])):
            split = bool(_BULLET.match(b.text)) or _numbered_heading(a.text) or _numbered_heading(b.text)
            starts_upper = bool(re.match(r"[A-Z0-9\"“‘(\[]", b.text))
            if not split and not wrapped:
                split = starts_upper and (_ends_sentence(a.text) or (_heading_shaped(a.text) and len(piece) == 1))
            elif not split and starts_upper and _ends_sentence(a.text):
                # hard-wrapped: a paragraph ends at a short line that ends a sentence
                width = max(len(run[k - 1].text) if k else 0, len(b.text))
                split = len(a.text) < 0.8 * width
            if not split and (_date_line_text(b.text) and _line_may_end(a.text) or _date_line_text(a.text) and starts_upper):
                split = True  # a date line between single newlines: "Title" / "May 4, 2012" / "The ..."
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
        elif len(u.lines) == 1 and _heading_shaped(first.text):
            u.kind = "heading"
        u.start, u.end = _strip(text, u.start, u.end)
    return units


# --------------------------------------------------------------------------- header and kind


def _numbering(u: _Unit) -> str | None:
    """The numbering style: "9." for 1., "9)" for 1), "(9)" for (1), "letter" for (a) a) (iv), else None."""
    if u.kind not in ("bullet", "heading") or not u.mark or not _NUMBERED.fullmatch(u.mark):
        return None
    return re.sub(r"\d+", "9", u.mark) if re.search(r"\d", u.mark) else "letter"


def _genre_label(s: str) -> bool:
    """A bare genre label: "Fact Sheet", "Joint Fact Sheet", "Press Release", "Readout"."""
    return bool(_GENERIC_LABEL.fullmatch(s.strip(" \u00a0*_|()[]–—-")))


def _genre_title(s: str) -> bool:
    """A title led by its genre: "FACT SHEET: U.S.-China Economic Relations", "Joint Statement – ..."."""
    return bool(_GENRE_TITLE.match(s))


def _meeting_line(s: str) -> bool:
    """The meeting's dates and place under a title: "December 14-15, Beijing" (no verb, no sentence)."""
    if len(s) > 90 or re.search(r"[a-z]{2}[.!?;:]$", s):
        return False
    m = _DAY_RANGE.search(s)
    if not m:
        return False
    rest = _WEEKDAY.sub("", s[: m.start()] + " " + s[m.end() :])
    words = _words(rest)
    if _TITLE_GENRE.search(rest):
        return False  # "U.S.–China Joint Statement, January 19, 2011": a title with its date
    return len(words) <= 6 and all(w[0].isupper() or w.lower() in ("in", "at", "of", "the", "and") for w in words)


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
        and not _dateline(s)
    )


def _repeat(text: str, title: _Unit, units: list[_Unit], i: int) -> int:
    """How many units from ``units[i]`` repeat the title word for word (0 when they do not):
    a page title, then the release's own title, maybe hard-wrapped over 2-3 lines."""
    want = text[title.start : title.end].split()
    got: list[str] = []
    for k in range(i, min(i + 3, len(units))):
        u = units[k]
        if u.kind == "bullet" or len(got) >= len(want):
            break
        got += text[u.start : u.end].split()
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
            return k + 1
        if len(s) > 100 or _ends_sentence(s) or _dateline(s) or not (_heading_shaped(s) or _genre_label(s)):
            return 0
    return 0


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
    i = _masthead_end(text, units)
    if i:  # masthead lines above the date line: header matter, the title comes under the date
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
            i += 1
            continue
        if u.kind == "bullet" or len(u.lines) > 1:
            break
        if title is None and len(u.lines) == 1 and not _date_only(s) and _DANGLING.search(s) and nxt is not None:
            i += 1  # a line cut off mid-phrase above the title ("Helping U.S. businesses by"): site furniture
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
        if title is not None or i + 1 >= len(units) or not _title_like(text, u):
            break
        if labels and u.kind != "heading" and re.search(r"[.!:;]$", s):
            break
        title = u
        i += 1
    if title is None and labels:
        title = labels[0]
    return title, after or before, i, [text[u.start : u.end] for u in labels], meeting


# The news marks are searched in the whole text. Each pattern comes with literals one of which
# every match contains (lower-case for a case-insensitive pattern, tested on the fold_case copy):
# when none occurs, a substring test has answered for far less than a regex scan of the text.
_STRONG_NEWS = (
    (re.compile(r"^\s*(?:Print This Post|Leave a (?:Reply|Comment))", re.M), ("Print This Post", "Leave a ")),
    (re.compile(r"\bmay be reached at\b"), ("may be reached at",)),
    (re.compile(r"\bCreative Commons\b"), ("Creative Commons",)),
    (re.compile(r"(?:^|\|)[ \t\u00a0]*Written by\b", re.M), ("Written by",)),
    (re.compile(r"\([^()\n]{0,20}\b(?:Reuters|AP|AFP|Xinhua|Bloomberg|Dow Jones|UPI)\)"), ("(",)),
)
#: a by-line on its own line ("By Jane Doe"), searched in "\n" + text: a pattern led by a literal
#: newline is scanned much faster than one led by a multi-line ``^``
_BYLINE = re.compile(r"\n\s*[Bb]y [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+\s*$", re.M)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEAK_NEWS = (
    (re.compile(r"\baccording to\b", re.I), ("according to",)),
    (re.compile(r"\b(?:said|says|told (?:reporters|\w+)|reported)\b"), ("said", "says", "told ", "reported")),
    (re.compile(r"\b(?:its|a|an|USTR(?:'s|’s)?|the USTR)\s+(?:[\w.'’-]+\s+)?fact sheet\b", re.I), ("fact sheet",)),
    (
        re.compile(r"\bin (?:his|her|their|a) blog\b|\b(?:reporters|journalists|correspondent|analysts)\b|\bpress (?:conference|briefing)s?\b", re.I),
        (" blog", "reporters", "journalists", "correspondent", "analysts", "press conference", "press briefing"),
    ),
    # a bare weekday for the day of the news ("signed Wednesday", "on Tuesday"), not a date line's weekday
    (
        re.compile(
            r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!,?[\s\u00a0]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))"
        ),
        _WEEKDAYS,
    ),
    # a photo caption's position marks: "(second from right)", "(pictured above)", "(from left)"
    (re.compile(r"\((?:pictured(?: above| below| left| right)?|above|(?:second |third )?from (?:left|right)|left to right|l-r)\)", re.I), ("(",)),
)
#: a title naming a meeting forum: with bullets below it, the document lists the meeting's outcomes
_MEETING_TITLE = re.compile(
    r"\b(?:commission on commerce and trade|economic dialogue|jcct|s&ed|sed|joint commission|dialogue)\b"
)
_MEETING_NAME_END = re.compile(r"\b(?:commission on commerce and trade|dialogue|jcct|s&ed|sed)[\s\u00a0()]*$")
_PRESS = re.compile(r"\bfor immediate release\b|\bpress release\b|\bnews release\b", re.I)
#: above the title only: a press office's section label or release number ("Press Room", "HP-205")
_PRESS_HEADER = re.compile(
    r"\bpress (?:releases?|room|cent(?:er|re)|office)\b|\bnewsroom\b|\bmedia notes?\b|\bstatements (?:&|and) releases\b|"
    r"^(?:HP|JS|JL|JY|TG|SM|SB|LS|PR|NR)[- ]?\d{2,5}(?:-\d{1,5})?$|\brelease (?:no\.?|number|#)",
    re.I | re.M,
)


def _joint(t: str) -> bool:
    """A document of both sides: "Joint Fact Sheet", "Joint U.S.-China Fact Sheet", "U.S.-China Joint ..."."""
    if _JOINT_DOC.search(t):
        return True
    return any(not _JOINT_BODY.search(m.group("rest")) for m in _PAIR_JOINT.finditer(t))


def _gated_search(pattern: re.Pattern, literals: tuple[str, ...], text: str, folded: str) -> bool:
    """``pattern.search(text)``, skipped when none of ``literals`` (one of which every match contains)
    occurs in ``text`` (in ``folded``, the :func:`fold_case` copy, for a case-insensitive pattern)."""
    within = folded if pattern.flags & re.I else text
    return any(lit in within for lit in literals) and pattern.search(text) is not None


def _count_up_to(limit: int, flags) -> int:
    """How many of ``flags`` are true, counting no further than ``limit`` (the rest is not evaluated)."""
    n = 0
    for flag in flags:
        n += bool(flag)
        if n >= limit:
            break
    return n


def _kind(
    text: str, title: str | None, header: str, body: list[_Unit], has_bullets: bool, labels: list[str] = ()
) -> DocumentKind:
    """The document kind from the title and the title block's genre labels, then the opening, then the text."""
    t = "\n".join([title or "", *labels]).lower()
    folded = fold_case(text)
    if any(_gated_search(p, literals, text, folded) for p, literals in _STRONG_NEWS) or _BYLINE.search("\n" + text):
        return "news_article"
    if _joint(t):
        return "joint_fact_sheet"
    if re.search(r"\bfact\s*sheet\b", t):
        return "fact_sheet"
    opening = [text[u.start : u.end] for u in body[:2] if u.kind == "paragraph"]
    press_label = any(re.search(r"\b(?:media note|readout|statement|release)s?\b", x, re.I) for x in labels)
    if any(_dateline(s) for s in opening) or _PRESS.search(t) or press_label:
        return "press_release"
    if _count_up_to(2, (_gated_search(p, literals, text, folded) for p, literals in _WEAK_NEWS)) >= 2:
        return "news_article"
    if re.search(r"\bfact\s*sheet\b", header, re.I):
        return "fact_sheet"
    if _PRESS.search(header) or _PRESS_HEADER.search(header):
        return "press_release"
    if re.search(r"\b(?:outcomes?|results|deliverables)\b", t) and has_bullets:
        return "fact_sheet"
    low = (title or "").lower()
    if _MEETING_TITLE.search(low) and (has_bullets or _MEETING_NAME_END.search(low)):
        # the meeting's name as the title ("25th U.S.-China Joint Commission on Commerce and Trade"),
        # or a meeting title above bullets of outcomes: the meeting's fact sheet
        return "fact_sheet"
    return "unknown"


# --------------------------------------------------------------------------- sections


@dataclass
class _Frame:
    level: int
    heading: _Unit | None = None
    parent: "_Frame | None" = None
    is_parent: bool = False
    units: list[_Unit] = field(default_factory=list)
    children: list["_Frame"] = field(default_factory=list)
    grouped: bool = False
    id: str = ""


def _group_breaks(body: list[_Unit]) -> list[bool]:
    gaps = [u.gap for u in body[1:]]
    counts = Counter(gaps)
    usual = min(counts, key=lambda g: (-counts[g], g)) if len(gaps) >= 3 else 1
    threshold = max(2, usual + 1)
    return [False] + [g >= threshold for g in gaps]


def _heading_styles(headings: list[_Unit]) -> dict[int, str]:
    """Numbering style of numbered headings: "roman" (I., IV)), "upper" (A., B)), "9." / "9)" / "(9)".

    A lone I, V or X is a letter when it follows the letter before it (H., U., W.).
    """
    out: dict[int, str] = {}
    last_letter = ""
    for u in headings:
        m = _SECTION_NUMBER.match(u.first.text)
        if m:
            num = m.group("num")
            roman = len(num) > 1 or (num in "IVX" and chr(ord(num) - 1) != last_letter)
            out[id(u)] = "roman" if roman else "upper"
            if not roman:
                last_letter = num
        elif (style := _numbering(u)) is not None:
            out[id(u)] = style
    return out


def _frames(body: list[_Unit]) -> list[_Frame]:
    breaks = _group_breaks(body)
    if not any(u.kind != "paragraph" for u in body):
        # plain prose (no heading, no bullet anywhere): two blank lines are spacing, not a lost
        # heading; only a wide gap (3+ blank lines) still parts two groups
        breaks = [b and u.gap >= 3 for b, u in zip(breaks, body)]
    grouped = any(breaks)
    headings = [u for u in body if u.kind == "heading"]
    caps_mixed = any(_all_caps(u.first.text) for u in headings) and not all(_all_caps(u.first.text) for u in headings)
    style_of = _heading_styles(headings)
    pre = _Frame(level=0)
    frames = [pre]
    cur1: _Frame | None = None
    cur2: _Frame | None = None
    for i, u in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        after_heading = i > 0 and body[i - 1].kind == "heading"  # a heading keeps its first block
        if breaks[i] and not after_heading and (pre.units or cur1 is not None):
            cur1 = _Frame(level=1, grouped=True)
            cur2 = None
            frames.append(cur1)
            if u.kind == "heading":
                cur1.heading = u
                cur1.is_parent = nxt is not None and nxt.kind == "heading" and not breaks[i + 1]
            else:
                cur1.units.append(u)
            continue
        if u.kind != "heading":
            (cur2 or cur1 or pre).units.append(u)
            continue
        parent_like = (nxt is not None and nxt.kind == "heading" and not breaks[i + 1]) or (
            caps_mixed and _all_caps(u.first.text)
        )
        style = style_of.get(id(u))
        open_style = style_of.get(id(cur1.heading)) if cur1 is not None and cur1.heading else None
        if style and open_style:  # numbering decides: "II." is a sibling of "I.", "A." a child of "I."
            sub = style != open_style
        else:
            sub = cur1 is not None and not parent_like and (cur1.grouped or cur1.is_parent)
        if sub:
            cur2 = _Frame(level=2, heading=u, parent=cur1)
            cur1.children.append(cur2)
            frames.append(cur2)
        else:
            cur1 = _Frame(level=1, heading=u, is_parent=parent_like, grouped=grouped)
            cur2 = None
            frames.append(cur1)
    return frames


def _topic_from_title(title: str) -> str:
    t = re.sub(r"\s*\([A-Za-z&.\-]{2,10}\)\s*$", "", title)
    t = _SECTION_NUMBER.sub("", t, count=1) if _SECTION_NUMBER.match(t) else re.sub(r"^\(?\d{1,2}[.)]\s+", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    if _all_caps(t):  # "KEY NEW OUTCOMES FOR U.S. EXPORTERS" -> "key new outcomes for U.S. exporters"
        t = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group().upper(), t.lower())
    return t


@lru_cache(maxsize=4)
def _document_cues(text: str) -> tuple[tuple[tuple[str, re.Pattern, int], str, bool], ...]:
    """(cue, literal prefix, case-insensitive) for the cues whose literal start occurs
    somewhere in the document: no other cue can match in any of its chunks."""
    folded = fold_case(text)
    return tuple(
        (rule, prefix, ci)
        for rule, (prefix, ci) in zip(_topic_patterns(), _topic_prefixes())
        if not prefix or prefix in (folded if ci else text)
    )


def _cue_matches(pattern: re.Pattern, prefix: str, chunk: str, within: str) -> Iterator[re.Match]:
    """``pattern.finditer(chunk)`` for a cue whose matches all start with ``prefix`` (as found in
    ``within``: ``chunk`` or its fold_case copy, same offsets): the pattern is only tried where the
    prefix occurs, as ``str.find`` skips text far faster than the regex scan would."""
    if not prefix:
        yield from pattern.finditer(chunk)
        return
    at = within.find(prefix)
    while at >= 0:
        m = pattern.match(chunk, at)  # like finditer, \b and lookbehinds see the text before ``at``
        if m:
            yield m
            at = within.find(prefix, m.end())
        else:
            at = within.find(prefix, at + 1)


def _cue_scores(chunks: list[str], weight: int, text: str) -> tuple[Counter, dict[str, int]]:
    """Topic-table score per label (hits x cue words x weight) and first hit offset;
    ``text`` is the document the chunks come from."""
    scores: Counter = Counter()
    first_at: dict[str, int] = {}
    whole = "\n".join(chunks)
    whole_folded = fold_case(whole)
    # Only cues whose literal start occurs somewhere are tried chunk by chunk.
    live = [
        (rule, prefix, ci)
        for rule, prefix, ci in _document_cues(text)
        if not prefix or prefix in (whole_folded if ci else whole)
    ]
    offset = 0
    for chunk in chunks:
        folded = fold_case(chunk) if len(chunks) > 1 else whole_folded
        for (label, pattern, size), prefix, ci in live:
            for m in _cue_matches(pattern, prefix, chunk, folded if ci else chunk):
                scores[label] += weight * size
                first_at[label] = min(first_at.get(label, 1 << 30), offset + m.start())
        offset += len(chunk) + 1
    return scores, first_at


def _infer_topic(text: str, frame: _Frame) -> str | None:
    own = [text[u.start : u.end] for u in frame.units]
    subs = [text[c.heading.start : c.heading.end] for c in frame.children if c.heading]
    scores, first_at = _cue_scores(own, 2, text)
    for sub in subs:  # each sub-heading votes once, for its own best label
        sub_scores, _ = _cue_scores([sub], 1, text)
        if sub_scores:
            best = min(sub_scores, key=lambda k: (-sub_scores[k], k))
            scores[best] += 1
            first_at.setdefault(best, 1 << 30)
    if scores:
        return min(scores, key=lambda k: (-scores[k], first_at[k]))
    weighted = [(chunk, 2) for chunk in own] + [(chunk, 1) for chunk in subs]
    words = Counter()
    order: dict[str, int] = {}
    for chunk, w in weighted:
        for m in re.finditer(r"[A-Za-z][a-z-]{4,}", chunk):
            word = m.group().lower()
            if word not in _stop_topic():
                words[word] += w
                order.setdefault(word, len(order))
    if not words:
        return None
    return min(words, key=lambda k: (-words[k], order[k]))


def _role(text: str, u: _Unit, bullet_seen: bool) -> str:
    if u.kind != "paragraph" or bullet_seen:
        return "outcome"
    s = text[u.start : u.end]
    folded = fold_case(s)
    if _COMMIT_FOLDED.search(folded) or _ACTOR_WILL.match(s) or _ACTOR_WILL_AFTER.search(s):
        return "outcome"
    return "context" if _FIGURE_FOLDED.search(folded) else "outcome"


def _depths(units: list[_Unit]) -> list[int]:
    """Nesting depth of each unit: bullets by indent (then mark), paragraphs 0."""
    out = []
    stack: list[tuple[int, str]] = []
    for u in units:
        if u.kind != "bullet":
            stack = []
            out.append(0)
            continue
        key = (u.indent, "#" if _NUMBERED.fullmatch(u.mark or "") else u.mark or "")
        while stack and u.indent < stack[-1][0]:
            stack.pop()
        if stack and u.indent == stack[-1][0] and key[1] != stack[-1][1]:
            lower = [j for j, (ind, mk) in enumerate(stack) if ind == u.indent and mk == key[1]]
            if lower:
                del stack[lower[-1] + 1 :]
            else:
                stack.append(key)
        elif not stack or u.indent > stack[-1][0]:
            stack.append(key)
        out.append(len(stack) - 1)
    return out


def _build(text: str, frames: list[_Frame], depth_of: dict[int, int]) -> tuple[list[Section], int]:
    kept = [f for f in frames if f.level > 0 or f.units]
    kept.sort(key=lambda f: (f.heading or f.units[0]).start if (f.heading or f.units) else 0)
    n = 0
    for f in kept:
        if f.level == 0:
            f.id = "s00"
        else:
            n += 1
            f.id = f"s{n:02d}"
    sections = []
    lost = 0
    for f in kept:
        blocks = []
        bullet_seen = False
        for j, u in enumerate(f.units, 1):
            blocks.append(
                Block(
                    id=f"{f.id}.b{j:02d}",
                    kind="bullet" if u.kind == "bullet" else "paragraph",
                    role=_role(text, u, bullet_seen),
                    depth=depth_of[id(u)],
                    text=text[u.start : u.end],
                    span=(u.start, u.end),
                )
            )
            bullet_seen = bullet_seen or u.kind == "bullet"
        members = [f, *f.children]
        starts = [m.heading.start for m in members if m.heading] + [u.start for m in members for u in m.units]
        ends = [m.heading.end for m in members if m.heading] + [u.end for m in members for u in m.units]
        if f.heading:
            title = text[f.heading.start : f.heading.end]
            topic = _topic_from_title(title)
        else:
            title = None
            topic = _infer_topic(text, f) if f.level else None
            lost += f.level > 0
        sections.append(
            Section(
                id=f.id,
                title=title,
                level=f.level,
                parent=f.parent.id if f.parent else None,
                span=(min(starts), max(ends)),
                heading_span=(f.heading.start, f.heading.end) if f.heading else None,
                topic=topic,
                blocks=blocks,
            )
        )
    return sections, lost


# --------------------------------------------------------------------------- entry point


def segment(text: str) -> Segmentation:
    """Title, date line, kind, boilerplate and sections of ``text`` (see module docs)."""
    lines = _lines(text)
    _mark_boilerplate(lines)
    boilerplate = [(ln.start, ln.end) for ln in lines if ln.boiler]
    units = _units(text, lines)
    title_unit, date_line, first_body, labels, meeting_line = _header(text, units)
    body = units[first_body:]
    if date_line is None:
        # a date line under a subtitle or heading ("Outcomes of the Economic Track" / "July 10, 2013"):
        # only heading-shaped lines before it; it is the date line, not a block
        # or under a site's one-line introduction ("The following document outlines ..." / "May 25, 2010")
        for k, u in enumerate(body[:3]):
            found = _date_only(text[u.start : u.end]) if u.kind == "paragraph" and len(u.lines) == 1 else None
            if found:
                if k:
                    date_line = (u.start + found[0], u.start + found[1])
                    body = body[:k] + body[k + 1 :]
                break
            if u.kind != "heading" and not (u.kind == "paragraph" and len(u.lines) == 1):
                break

    # the document's own title under a site's page title and introduction: "SECOND MEETING OF ...
    # JOINT U.S.-CHINA ECONOMIC TRACK FACT SHEET" is title matter, not a section
    for k, u in enumerate(body[:4]):
        if u.kind == "heading" and k + 1 < len(body) and _GENRE_END.search(text, u.start, u.end):
            labels = [*labels, text[u.start : u.end]]
            body = body[:k] + body[k + 1 :]
            break
        if u.kind == "heading" or u.kind == "bullet":
            break

    # headings must be followed by something; numbered heading-shaped items followed by
    # non-numbered blocks are headings ("1. Agriculture" then bullets)
    for i, u in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        if u.kind == "heading" and nxt is None:
            u.kind = "paragraph"
        elif (
            u.kind == "bullet"
            and _numbering(u) not in (None, "letter")
            and nxt is not None
            and _numbering(nxt) != _numbering(u)
            and len(u.lines) == 1
            and _heading_shaped(text[u.start : u.end])
            and not (i and _numbering(body[i - 1]) == _numbering(u))
        ):
            u.kind = "heading"
            u.start = u.first.start  # the heading as written, number included

    # a dateline press release carries its date in the first line: "WASHINGTON, Nov. 21, 2011 --"
    for u in body[:2]:
        m = _dateline(text[u.start : u.end]) if date_line is None and u.kind == "paragraph" else None
        d = _DATE.search(text, u.start, u.start + m.end()) if m else None
        if m and d is None:  # the date right after the dash: "Washington, D.C.–January 19, 2011. President ..."
            d = _DATE.match(text, u.start + m.end())
        if d:
            date_line = d.span()

    depths = _depths(body)
    depth_of = {id(u): d for u, d in zip(body, depths)}
    frames = _frames(body)
    sections, lost = _build(text, frames, depth_of)

    header_text = "\n".join(
        [text[s:e] for s, e in boilerplate if not body or s < body[0].start]
        + [text[u.start : u.end] for u in units[:first_body]]
    )
    title = text[title_unit.start : title_unit.end] if title_unit else None
    kind = _kind(text, title, header_text, body, any(u.kind == "bullet" for u in body), labels)

    warnings = []
    if not any(s.level for s in sections):
        warnings.append("no headings found; one section")
    if lost:
        warnings.append(f"{lost} section(s) without a heading (lost in the source); topic inferred")
    if not body:
        warnings.append("no text outside the title, date line and boilerplate")
    return Segmentation(
        title=title,
        title_span=(title_unit.start, title_unit.end) if title_unit else None,
        date_line=date_line,
        meeting_line=meeting_line,
        kind=kind,
        boilerplate=boilerplate,
        sections=sections,
        warnings=warnings,
    )
