"""List items under a lead-in: one commitment per item, with the lead-in's actors.

A sentence that ends in a colon and holds a commitment trigger with a resolved actor
("The two sides agreed to:", "China committed to the following:", "The United States
and China will:") is a **lead-in**. The list items after it carry no subject of their
own ("Create a joint task force on …", "Eliminating tariffs on …"); each item's first
sentence is one commitment:

- the items are the blocks that follow the lead-in in its section (or, for a heading
  lead-in, the blocks of its section): the bullets (any mark or number, see
  ``segment``; deeper than the lead-in when it is a bullet itself), or, when the first
  block after the lead-in is a paragraph, the paragraphs up to the next bullet (under
  a heading lead-in only short ones, as list items are);
- the list ends at the first block that is not an item;
- **actors**, **verb**, **negated** and the trigger id come from the lead-in; the
  **kind** is the lead-in's trigger read against the item as its complement ("agreed
  to:" + "Hold technical talks on …" is a cooperation of both sides, + "Publish the
  rules" a pledge); the **deadline** is a deadline date inside the item;
- an item that states a commitment of its own ("China will lift its ban …") keeps it;
- ``rule`` is the lead-in's trigger id with ``+item`` appended.

The lead-in itself stays a commitment (what was agreed, as a whole).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from ...text import SpanIndex

#: a paragraph under a heading lead-in longer than this is prose, not a list item
_MAX_PARAGRAPH_ITEM = 400


@dataclass(frozen=True, slots=True)
class LeadIn:
    """What a lead-in gives its items: its sentence's end, the trigger, and the
    resolved actors."""

    end: int
    t_id: str
    label: str
    ids: list[str]
    countries: set[str]
    joint_subject: bool
    negated: bool


def is_lead_in(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``[s0, s1)`` ends in a colon (quotes or spaces after it aside)."""
    tail = text[s0:s1].rstrip(" \t\u00a0\"”’)")
    return tail.endswith(":")


def item_spans(lead_end: int, sections: Iterable | ItemIndex) -> list[tuple[int, int]]:
    """The spans of the list-item blocks after a lead-in that ends at ``lead_end``
    (``sections``, or an :class:`ItemIndex` of them built once for many lead-ins)."""
    index = sections if isinstance(sections, ItemIndex) else ItemIndex(sections)
    at = index.headings.first_holding(lead_end - 1, lead_end)
    if at is not None:  # a heading lead-in: its section's blocks
        return _items(index.heading_sections[at].blocks, None)
    at = index.blocks.first_holding(lead_end - 1, lead_end)
    if at is not None:  # a lead-in in a block: the blocks after it
        blocks, i = index.block_at[at]
        block = blocks[i]
        if block.span[1] > lead_end and block.text[block.text.rfind(":") + 1 :].strip():
            return []  # the list continues inside the block: not a list of blocks
        return _items(blocks[i + 1 :], block)
    return []


class ItemIndex:
    """The section headings and the blocks of ``sections``, each in document order, for
    :func:`item_spans`: the first heading (then the first block) holding the lead-in's
    last character, found by :class:`~jccttool.text.SpanIndex` instead of a scan of every
    section per lead-in (quadratic on long documents)."""

    def __init__(self, sections: Iterable) -> None:
        sections = list(sections)
        self.heading_sections = [s for s in sections if s.heading_span]
        self.headings = SpanIndex(s.heading_span for s in self.heading_sections)
        self.block_at = [(s.blocks, i) for s in sections for i in range(len(s.blocks))]
        self.blocks = SpanIndex(blocks[i].span for blocks, i in self.block_at)


def _items(blocks, lead) -> list[tuple[int, int]]:
    """The leading run of item blocks: bullets (deeper than a bullet lead-in), or, when
    the first block after the lead-in is a paragraph, the paragraphs up to the next
    bullet (a heading lead-in takes only short ones)."""
    out = []
    paragraphs = bool(blocks) and blocks[0].kind == "paragraph" and (lead is None or lead.kind == "paragraph")
    for block in blocks:
        if paragraphs:
            ok = block.kind == "paragraph" and (lead is not None or len(block.text) <= _MAX_PARAGRAPH_ITEM)
        else:
            ok = block.kind == "bullet" and (lead is None or lead.kind != "bullet" or block.depth > lead.depth)
        if not ok:
            break
        out.append(tuple(block.span))
    return out


def first_sentence(text: str, sentence_spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The first sentence of the item ``[start, end)``, never past ``end``; a run-in
    label ending in a colon ("Catalyze action on climate change: Recognizing …, the two
    sides launched …") runs on to the end of the sentence after it."""
    i = max(bisect_left(starts, start + 1) - 1, 0)
    for j in range(i, len(sentence_spans)):
        s, e = sentence_spans[j]
        if e <= start:
            continue
        e = min(e, end)
        if text[s:e].rstrip().endswith(":") and j + 1 < len(sentence_spans) and sentence_spans[j + 1][0] < end:
            e = min(sentence_spans[j + 1][1], end)
        return start, e
    return start, end
