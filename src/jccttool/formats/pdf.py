"""PDF fact sheets -> plain text (see :mod:`jccttool.formats` for the shape).

pdfplumber (on pdfminer.six) gives every text line with its position and the font of
each character, which is what rebuilding paragraphs needs: vertical gaps separate
paragraphs and groups, indentation gives bullet depth, bold fonts mark headings and
italic fonts mark the industry facts. Then:

* page headers and footers are dropped: lines among the first or last two of a page
  that recur (digits ignored) on at least half of the pages, and page numbers
  ("7", "- 7 -", "Page 7", "Page 7 of 9", "7/9");
* lines are joined into paragraphs; a word hyphenated across a line break is joined
  (the hyphen is dropped between lower-case fragments, kept after a capital or a
  full stop: "Council-level", "U.S.-China");
* bullets are recovered from their marks (``•``, ``●``, ``▪``, ``◦``, the Symbol-font
  private-use bullet ``\\uf0b7``, ``-``, ``–``, ``*``), written as ``•``, nested by
  the indentation of the mark.
"""

from __future__ import annotations

import dataclasses
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from ..errors import InputError
from . import Rendered, TextBlock, render_blocks, squash

_CID = re.compile(r"\(cid:\d+\)")
_BULLET_MARK = re.compile(r"^(?:\(cid:\d+\)|[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2219\u00b7\uf0b7\uf0a7\uf0d8\uf076\u2013\u2012\u2014\u27a2\u2043]|[-*](?=\s))\s*")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?$|^page\s+[ivxlc]+$", re.I
)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ITALIC = re.compile(r"italic|oblique|-it$|,it$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    size: float
    bold: bool
    italic: bool
    bullet_x: float | None = None  # x of the bullet mark, when the line starts with one
    raw: str = ""  # the line as printed (mark included), for header/footer detection


def pdf_to_text(data: bytes, where: str) -> Rendered:
    """The text of a PDF: headers, footers and page numbers dropped, paragraphs rebuilt."""
    pages = _read_lines(data, where)
    if not any(pages):
        raise InputError(f"{where}: no text in the PDF (a scanned image? run OCR first)")
    body = _drop_furniture(pages)
    if body:
        return render_blocks(_blocks(body, pages))
    # Every line recurs at a page edge (a one-line-per-page form, slides): keeping
    # them all beats refusing a PDF that does have text.
    body = [ln for lines in pages for ln in lines]
    rendered = render_blocks(_blocks(body, pages))
    note = "every line of the PDF looked like a page header or footer; all were kept"
    return dataclasses.replace(rendered, warnings=(*rendered.warnings, note))


def _read_lines(data: bytes, where: str) -> list[list[_Line]]:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - depends on the installation
        raise InputError(f"{where}: reading PDF needs pdfplumber (pip install pdfplumber)") from None
    _quiet_pdfminer()
    pages: list[list[_Line]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                lines = []
                for raw in page.extract_text_lines(return_chars=True, strip=True):
                    line = _line(number, raw)
                    if line is not None:
                        lines.append(line)
                lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
                pages.append(lines)
    except Exception as exc:  # pdfminer raises many kinds of errors on broken files
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc  # pdfplumber wraps
        name = type(inner).__name__
        exc = inner
        if "password" in name.lower() or "encrypt" in name.lower() or "password" in str(exc).lower():
            raise InputError(f"{where}: an encrypted PDF; decrypt it first") from None
        raise InputError(f"{where}: not text (a PDF file), and its text cannot be read: {str(exc) or name}") from None
    return pages


def _quiet_pdfminer() -> None:
    """pdfminer logs what it finds odd in a file ("CropBox missing from /Page", "Could
    not get FontBBox") through ``logging``; with no handler configured Python prints
    warnings on stderr, between our own lines. A null handler stops that last-resort
    printing; an application that configures logging still receives the records."""
    import logging

    log = logging.getLogger("pdfminer")
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())


def _line(page: int, raw: dict) -> _Line | None:
    text = squash(raw.get("text", ""))
    if not text:
        return None
    chars = [c for c in raw.get("chars", []) if c.get("text", "").strip()]
    fonts = [c.get("fontname", "") for c in chars] or [""]
    bold = sum(1 for f in fonts if _BOLD.search(f)) >= 0.6 * len(fonts)
    italic = sum(1 for f in fonts if _ITALIC.search(f)) >= 0.6 * len(fonts)
    sizes = [c.get("size", 0) for c in chars] or [0]
    line = _Line(page, text, raw["x0"], raw["x1"], raw["top"], median(sizes), bold, italic, raw=text)
    m = _BULLET_MARK.match(text)
    if m and len(text) > m.end():
        line.bullet_x = raw["x0"]
        line.text = _CID.sub("", text[m.end():]).strip() or text[m.end():]
        if chars and len(chars) > 1:
            # the italic/bold test should not count the mark's font
            rest = [c.get("fontname", "") for c in chars[1:]]
            line.bold = sum(1 for f in rest if _BOLD.search(f)) >= 0.6 * len(rest)
            line.italic = sum(1 for f in rest if _ITALIC.search(f)) >= 0.6 * len(rest)
    else:
        line.text = squash(_CID.sub("", text)) or text  # glyphs without a Unicode mapping
    return line


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Remove running headers, footers and page numbers; return the body lines in order."""
    edge = lambda lines: lines[:2] + lines[-2:] if len(lines) > 4 else list(lines)  # noqa: E731
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(ln.raw) for ln in edge(lines)})
    threshold = max(2, math.ceil(0.5 * len(pages)))
    body = []
    for lines in pages:
        edges = {id(ln) for ln in edge(lines)}
        for ln in lines:
            if id(ln) in edges:
                if _PAGE_NUMBER.match(ln.raw) or (len(pages) > 1 and counts[_key(ln.raw)] >= threshold):
                    continue
            body.append(ln)
    return body


def _blocks(body: list[_Line], pages: list[list[_Line]]) -> list[TextBlock]:
    deltas = [b.top - a.top for a, b in zip(body, body[1:]) if a.page == b.page and b.top > a.top]
    lead = median(deltas) if deltas else 12.0
    # the line distance inside paragraphs is the most common small step
    small = [d for d in deltas if d <= lead * 1.2]
    lead = median(small) if small else lead
    size = median(ln.size for ln in body)
    left = min((ln.x0 for ln in body if ln.bullet_x is None), default=0.0)
    right = max(ln.x1 for ln in body)
    top_first = min((lines[0].top for lines in _by_page(body)), default=0.0)
    bottom_max = max((ln.top for ln in body), default=0.0)
    depths = _bullet_depths([ln.bullet_x for ln in body if ln.bullet_x is not None])

    blocks: list[TextBlock] = []
    current: TextBlock | None = None
    prev: _Line | None = None
    for ln in body:
        heading = ln.bullet_x is None and (ln.bold or ln.size >= size + 1.5) and len(ln.text) <= 200
        if prev is None:
            gap = 1
        else:
            if ln.page == prev.page:
                delta = ln.top - prev.top
                gap = 2 if delta > lead * 2.75 else 1 if delta > lead * 1.35 else 0
            else:
                # Across a page break the gap says little: the page ends where the text
                # runs out. A new group starts lower on the page or after a page left
                # mostly empty; a short last line ends its paragraph; else it goes on.
                if ln.top - top_first > lead * 1.35 or bottom_max - prev.top > lead * 2.75:
                    gap = 2
                else:
                    gap = 1 if prev.x1 < right - 4 * size else 0
        new = (
            current is None
            or gap > 0
            or ln.bullet_x is not None
            or heading != (current.kind == "heading")
            or (current.kind != "heading" and ln.italic != current.italic)
            or (current.kind == "bullet" and ln.x0 <= (prev.bullet_x or left) + 1)
            or (current.kind == "paragraph" and prev is not None and prev.x1 < right - 6 * size and _SENTENCE_END.search(prev.text))
        )
        if new:
            kind = "bullet" if ln.bullet_x is not None else "heading" if heading else "paragraph"
            depth = depths.get(round(ln.bullet_x)) if ln.bullet_x is not None else 0
            current = TextBlock(kind, ln.text, depth or 0, ln.italic, max(gap, 1))
            blocks.append(current)
        else:
            current.text = _join(current.text, ln.text)
        if ln.bullet_x is not None:
            ln_bullet = ln.bullet_x
        else:
            ln_bullet = prev.bullet_x if (prev is not None and not new and prev.bullet_x is not None) else None
        ln.bullet_x = ln_bullet
        prev = ln
    return blocks


def _by_page(body: list[_Line]) -> list[list[_Line]]:
    pages: dict[int, list[_Line]] = {}
    for ln in body:
        pages.setdefault(ln.page, []).append(ln)
    return list(pages.values())


def _bullet_depths(xs: list[float]) -> dict[int, int]:
    """Map each bullet mark's x (rounded) to its nesting depth (clusters 4pt apart)."""
    levels: list[float] = []
    for x in sorted(set(xs)):
        if not levels or x - levels[-1] > 4:
            levels.append(x)
    depth = {}
    for x in xs:
        depth[round(x)] = max(i for i, level in enumerate(levels) if x >= level - 0.01)
    return depth


def _join(left: str, right: str) -> str:
    """Join two lines of one paragraph, undoing hyphenation at the break."""
    if left.endswith("-") and not left.endswith(" -") and right[:1].isalpha():
        word = re.search(r"(\S*)-$", left).group(1)
        if word.isalpha() and word.islower() and right[:1].islower():
            return left[:-1] + right
        return left + right
    return left + " " + right
