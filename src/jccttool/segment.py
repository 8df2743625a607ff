"""Segmentation: source text -> title, date line, boilerplate and sections of blocks.

Line-level rules over the unchanged source text; spans index it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import Block, DocumentKind, Section


@dataclass(frozen=True)
class Segmentation:
    """The structure of one document."""

    title: str | None = None
    title_span: tuple[int, int] | None = None
    date_line: tuple[int, int] | None = None  # the document's own date line ("November 21, 2011")
    kind: DocumentKind = "unknown"
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_PARA = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def segment(text: str) -> Segmentation:
    """Placeholder: every run of non-blank lines is one paragraph of the preamble."""
    blocks = []
    for i, m in enumerate(_PARA.finditer(text)):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        blocks.append(Block(id=f"s00.b{len(blocks) + 1:02d}", kind="paragraph", role="outcome", text=text[s:e], span=(s, e)))
    span = (blocks[0].span[0], blocks[-1].span[1]) if blocks else (0, 0)
    section = Section(id="s00", title=None, level=0, span=span, blocks=blocks)
    return Segmentation(sections=[section], warnings=["no headings found; one section"])
