"""Readers for structured inputs (HTML, PDF): bytes -> plain text the segmenter understands.

Both readers reduce a document to a list of :class:`TextBlock` (heading, paragraph or
bullet, with its nesting depth and whether it is printed in italics) and render it with
:func:`render_blocks`, so HTML and PDF fact sheets come out in the same shape as the
plain-text ones:

* every block is one line; blocks are separated by one blank line;
* a new group (a ``<hr>``, an empty paragraph, a ``<section>``, a large vertical gap in
  a PDF) is separated by two blank lines;
* bullets are ``• text``, indented two spaces per nesting depth.

The spans of italic paragraphs and of headings are returned too, as hints for the
segmenter (``SourceText.context_spans`` / ``SourceText.heading_spans``).

Heavy libraries (lxml, pdfplumber) are imported only when such a file is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet"]

BULLET = "\u2022"
_SPACE = re.compile(r"\s+")


@dataclass
class TextBlock:
    """One line of the rendered text."""

    kind: BlockKind
    text: str
    depth: int = 0
    italic: bool = False
    gap: int = 1  # blank lines wanted before this block (1 or 2)


@dataclass(frozen=True)
class Rendered:
    """Plain text plus the spans of its headings and italic (context) blocks."""

    text: str
    heading_spans: tuple[tuple[int, int], ...] = ()
    context_spans: tuple[tuple[int, int], ...] = ()
    #: what the reader noticed and could not help (text the parser had to drop)
    warnings: tuple[str, ...] = ()


def squash(text: str) -> str:
    """Collapse every run of whitespace (no-break spaces included) to one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def render_blocks(blocks: list[TextBlock]) -> Rendered:
    """Lay blocks out as lines; returns the text and the hint spans."""
    parts: list[str] = []
    pos = 0
    headings: list[tuple[int, int]] = []
    context: list[tuple[int, int]] = []
    first = True
    for block in blocks:
        text = squash(block.text)
        if not text:
            continue
        if not first:
            sep = "\n" * (1 + max(1, min(block.gap, 2)))
            parts.append(sep)
            pos += len(sep)
        first = False
        prefix = ("  " * block.depth + BULLET + " ") if block.kind == "bullet" else ""
        parts.append(prefix)
        pos += len(prefix)
        span = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
        if block.kind == "heading":
            headings.append(span)
        elif block.italic:
            context.append(span)
    if parts:
        parts.append("\n")
    return Rendered("".join(parts), tuple(headings), tuple(context))
