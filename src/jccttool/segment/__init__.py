"""Segmentation: source text -> title, date line, boilerplate and sections of blocks.

Line-level rules over the unchanged source text; spans index it directly (half-open,
``text[start:end]``). No spaCy here.

How a document is read, in order:

1. **Lines.** ``\\r\\n``, ``\\r`` and ``\\n`` all end a line. A line is blank when it holds
   only whitespace (NBSP and zero-width characters included). A Title Case heading followed on its
   line by ``•`` items (``Market Access • China will ... • The two sides ...``) is one line per part.
2. **Boilerplate.** A line that wholly matches a pattern of ``resources/boilerplate.txt``
   is site furniture (archive banners, site-section labels such as ``Press Room`` or
   ``Statements & Releases``, press-release numbers such as ``HP-205`` or ``jl0484``, web-site
   mastheads such as ``The White House`` / ``Office of the Press Secretary``, form labels such
   as ``Search form``); so
   is everything above a mailing-list navigation bar (``[Date Prev][Date Next]...``: the
   mail subject), and everything below a press release's end mark (``###``, ``-30-``) or the
   heading of a teaser list (``Recent Posts``, ``Related Articles``) that follows two lines of
   prose. Boilerplate lines are never blocks.
3. **Units.** Runs of non-blank lines are split into units: a new unit starts at a
   bullet mark (or a mark alone on its line, the item on the next line), and (unless the document is hard-wrapped) after a line that ends a
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
   businesses by``) is skipped, and so is a masthead (a line that is only the name of a country or a
   government body of the gazetteer: ``Department of Commerce``) or a generic page label
   (``OVERVIEW``, ``resources/page_labels.txt``) above it. A subtitle between the title and the
   date line is header matter. A date line may be ALL CAPS (``DECEMBER 13, 2019``), day-first,
   set off by dashes (``- Nov 02, 2018-``) or a bullet mark (``• Thursday 16, January 2020``), or a Chinese
   site's ``2018年05月08日``; a dateline may give the date before the place (``June 12, 2017, Washington, D.C.– ...``). A date-only line under a site's one-line introduction is the date
   line too, and a heading ending with its genre among the first body units (``... JOINT
   U.S.-CHINA ECONOMIC TRACK FACT SHEET``) is the document's own title: a genre label, not a section.
   A date glued to the heading after it (``April 10, 1999JOINT STATEMENT ...``) is two lines, and a
   date-only line right above a heading inside the body (a reproduced release's own date line under
   ``(begin text)``) is header matter, not a block: the date line when the document has none.
   A subtitle one newline under the title, above plain prose (no heading or bullet below), is title
   matter. A browser title with the site's name (``USTR - <title>``, ``<title> | Agency``) above the title
   itself is header matter; a headline led by a country code and a dash (``US – Taiwan conclude ...``)
   is a title, not a dateline; a headline one newline above a much longer first paragraph is the title;
   a title that ends with its date (``Record of Consultations of January 11, 2007``) is no date line.
   A reproduced release's letterhead inside the body (two or more one-line headings that are a masthead, an
   office, a place or a genre label: ``U.S. Department of Commerce`` / ``Office of the Secretary`` /
   ``Washington, DC`` / ``Fact Sheet``) right above its own heading is header matter, and so is the title's
   tail repeated under the date line (``Joint Statement from the 2024 X Meeting`` / ... / ``2024 X Meeting``).
   A one-line ``DATE: 21 December 2000`` unit (a release's closing credits, with ``RELEASED BY: ...`` and ``Source:
   ...`` boilerplate) is the date line when the document has none. A bare ``Joint Statement`` under a long
   one-line summary paragraph is a heading, not a genre label; in hard-wrapped text an ALL-CAPS heading on its
   own line (``BACKGROUND``) is a unit of its own. A feed line with its distribution stamp (``07/26/2024 | Press
   release | Distributed by X on 07/26/2024 15:07``) is a date line; a title printed twice with tag debris
   (``B>``) is one title, not two mastheads; a media note's letterhead broken over short lines under the title
   and date (``Note`` / ``Office of the`` / ``Spokesperson`` / ``Washington, DC``) is header matter.
5. **Headings** are short (<= 14 words) non-bullet lines with no final period/comma/
   semicolon, Title Case or ALL CAPS (or <= 6 words), followed by something; a line of 7+ words
   ending in a colon only when every content word is capitalised and it is not a lead-in
   (``According to ...:``). The page's own title repeated as the first heading (maybe with its
   acronym spelled out) is title matter, not a section.
   A line of 3+ words ending in a colon that is not Title Case (``These actions include:``) or that
   opens a text (``Following is the text:``) is a lead-in, never a heading.
   ``* Medical Devices.  The Chinese ...`` (a run-in lead) is a bullet, not a heading.
   An item of a numbered list of topics repeated on its own above its text (``(1) Strengthening ...``)
   is that topic's heading.
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
   A signature block (``For the Delegation of X:`` over the signatory's name) is one block; a text
   with signature blocks and a ``Signed in <place> ...`` line is a signed record: kind ``unknown``.
9. **Role.** A paragraph (never a bullet) that comes before any bullet of its section,
   states figures or forecasts ($, percent, million/billion, "is expected to", "market",
   "estimate", "predict", "plans to") and has no commitment verb (agree, confirm, commit,
   announce, sign, held, "<actor> will", ...) is ``context``; every other block ``outcome``.

Where to change what:

* Site furniture dropped as boilerplate: the patterns are data, ``resources/boilerplate.txt``;
  the line scan and the mailing-list rule are ``_mark_boilerplate`` / ``_is_boilerplate`` in
  :mod:`.lines` (steps 1-2); the furniture below an end mark or a teaser list is ``_mark_tail``
  (its marks: ``_TAIL_MARK`` in :mod:`.patterns`).
* Units (where a block starts and ends, hard-wrapped text, date lines between single
  newlines): ``_units`` in :mod:`.lines` (step 3).
* A heading's shape (short, no final period, Title Case or ALL CAPS): ``_heading_shaped`` and
  ``_numbered_heading`` in :mod:`.lines` (step 5); a heading with inline bullets:
  ``_split_inline_bullets``; the title repeated as a heading: ``_title_repeat`` in :mod:`.header`; which heading-shaped units stay headings
  (numbered items over bullets, a heading at the very end): ``_promote_headings`` in
  :mod:`.sections`.
* The title and the date line: ``_header`` in :mod:`.header` (step 4; mastheads, title
  repeats, genre labels, decks, meeting and place lines, subtitles; a masthead or page label is
  ``_masthead_or_label``: gazetteer names, ``resources/page_labels.txt``), then, in :func:`segment`,
  ``_date_under_heading`` (a date line under a subtitle or introduction), ``_genre_end_title``
  (a heading ending with its genre is title matter) and ``_dateline_date`` (the date of a
  ``BEIJING, Nov. 21, 2011 --`` dateline), all in :mod:`.header`.
* The document kind: ``_kind`` in :mod:`.kind` (step 8).
* Group breaks, levels and parents: ``_group_breaks`` and ``_frames`` in :mod:`.sections`
  (step 6).
* A lost heading: the group without a heading is made in ``_frames``, its topic inferred by
  ``_infer_topic`` in :mod:`.sections` from the cues of ``resources/topics.json`` (step 7);
  a heading's own topic is ``_topic_from_title``.
* A block's role (context / outcome) and depth: ``_role`` and ``_depths`` in :mod:`.sections`
  (step 9); the Section and Block records: ``_build``.
* Every grammar regex (bullet marks, dates, datelines, genre labels, news marks, commitment
  and figure words): :mod:`.patterns`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import DocumentKind, Section
from .header import (
    _date_under_heading,
    _dateline_date,
    _embedded_date_lines,
    _embedded_letterhead,
    _genre_end_title,
    _header,
    _labelled_date_lines,
    _title_repeat,
)
from .kind import _kind
from .lines import _caption_title, _lines, _mark_boilerplate, _units
from .patterns import for_folded
from .sections import _build, _depths, _frames, _promote_headings

__all__ = ["Segmentation", "for_folded", "segment"]


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


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def segment(text: str) -> Segmentation:
    """Title, date line, kind, boilerplate and sections of ``text`` (see module docs)."""
    lines = _lines(text)
    _mark_boilerplate(lines)
    boilerplate = [(ln.start, ln.end) for ln in lines if ln.boiler]
    units = _units(text, lines)
    title_unit, date_line, first_body, labels, meeting_line = _header(text, units)
    if title_unit is None and (caption := _caption_title(lines)):
        # the page's heading kept only in its photo captions (furniture): the caption without its counter
        title_unit = _Span(*caption)
    body = units[first_body:]
    if date_line is None:
        # a date line under a subtitle or heading ("Outcomes of the Economic Track" / "July 10, 2013"):
        # only heading-shaped lines before it; it is the date line, not a block
        # or under a site's one-line introduction ("The following document outlines ..." / "May 25, 2010")
        date_line, body = _date_under_heading(text, body)

    # the document's own title under a site's page title and introduction: "SECOND MEETING OF ...
    # JOINT U.S.-CHINA ECONOMIC TRACK FACT SHEET" is title matter, not a section
    labels, body = _genre_end_title(text, body, labels)
    # the page's own title again as the first heading, maybe with its acronym spelled out: title matter
    body = _title_repeat(text, (title_unit.start, title_unit.end) if title_unit else None, body)

    _promote_headings(text, body)  # a heading at the end is a paragraph; "1. Agriculture" over bullets a heading

    # a dateline press release carries its date in the first line: "WASHINGTON, Nov. 21, 2011 --"
    date_line = _dateline_date(text, body, date_line)
    # a reproduced release's date line above its heading ("(begin text)" / "April 10, 1999" / "JOINT STATEMENT ...")
    date_line, body = _embedded_date_lines(text, body, date_line)
    # a reproduced release's letterhead ("U.S. Department of Commerce" / "Office of the Secretary" / "Washington, DC")
    body = _embedded_letterhead(text, body)
    # a release's date under a label, often at its end: "DATE: 21 December 2000"
    date_line, body = _labelled_date_lines(text, body, date_line)

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
