"""List items under a lead-in: one commitment per item, with the lead-in's actors.

A sentence that ends in a colon and holds a commitment trigger with a resolved actor
("The two sides agreed to:", "China committed to the following:", "The United States
and China will:") is a **lead-in**. The list items after it carry no subject of their
own ("Create a joint task force on …", "Eliminating tariffs on …"); each item's first
sentence is one commitment (and so is each later sentence of the item that opens with a
bare verb, another imperative: :func:`imperative_followers`):

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

A lead-in may also carry its trigger in a noun, with no trigger verb (:func:`noun_lead_in`):
"These actions include:", "China's commitments include:", "Key outcomes of the dialogue
are:" (the noun gives the label, ``resources/commitment_words.json`` ``lead_in_nouns``;
the actor is a possessive owner, else the actors of the commitment just before, else, for
outcomes and commitments, both sides), or "The agreement contains commitments on:" (an
instrument: both sides, a pledge). Such a lead-in is no record of its own; its items are.

When the lead-in ends a line inside a block (the segmenter kept the list in one
paragraph), the items are the block's later lines that open with a capital, a digit or a
bullet mark; lines holding only a bullet mark are skipped. When those lines open with a
bullet mark ("-- Conduct ...", "• Publish ..."), an item runs on over the hard-wrapped
lines that follow it up to the next line opening with the same mark.

A lead-in may also point back with a pronoun (:func:`pronoun_lead_in`): "They are as
follows:", "These are the following:" after a sentence naming what the parties set out
("The Chinese and U.S. governments have prioritized their work during the coming six
months ... They are as follows:"): the actors are the countries the sentence before names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from ...text import SpanIndex
from ...text import fold_lower as _low
from .clause import _BOTH
from .patterns import _POSSESSIVE
from .words import _BULLET, _INSTRUMENT_NOUNS, _LEAD_IN_NOUNS, _LEAD_IN_VERBS, _NOMINAL_VERBS


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_SP = r"[ \u00a0]+"
#: "These actions include:", "China's key commitments under the deal are the following:"
#: (on the case-folded lead-in sentence)
_NOUN_LEAD_IN = re.compile(
    rf"(?:(?P<det>these|those|such|its|their|his|her|our|the){_SP})?(?:[\w.’'-]+{_SP}){{0,3}}?"
    rf"(?P<noun>{_alternatives(_LEAD_IN_NOUNS)})(?:{_SP}(?:of|by|under|from|at|in|on|since|during|over|through){_SP}[^:]{{1,80}}?)?"
    rf"{_SP}(?:{_alternatives(_LEAD_IN_VERBS)})(?:{_SP}of)?(?:{_SP}the{_SP}following)?[ \u00a0]*:"
)
#: "The agreement contains commitments on:", "The new protocol sets out the following:"
_INSTRUMENT_LEAD_IN = re.compile(
    rf"the{_SP}(?:[\w.’'-]+{_SP}){{0,4}}?(?:{_alternatives(_INSTRUMENT_NOUNS)})"
    rf"{_SP}(?:contains?|includes?|sets?{_SP}out|provides?{_SP}for|covers?)(?:{_SP}[\w-]+){{0,4}}?[ \u00a0]*:"
)
#: "<joint body> (will | continues to) focus on ...:" (the subject after a fronted phrase's comma)
_FOCUS_LEAD_IN = re.compile(
    rf"(?:[^:\n]*,{_SP})?(?P<subject>(?:[Tt]he{_SP})?[^,:\n]{{1,60}}?){_SP}"
    rf"(?:(?:will|shall|also|further|continues?{_SP}to|continued{_SP}to|is{_SP}to|are{_SP}to){_SP})*"
    rf"(?P<focus>focus(?:es|ed)?{_SP}on)\b[^:\n]{{0,100}}:[ \t\u00a0\"”’)]*"
)
#: a joint body that names no party: "the working group", "the Dialogue", "the two groups"
_JOINT_BODY = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?(?:[\w.-]+[ \u00a0]+){0,4}?(?:[Dd]ialogues?|[Ww]orking[ \u00a0]+[Gg]roups?|[Cc]ommissions?|[Cc]ouncils?|"
    r"[Ff]orums?|[Cc]ommittees?|[Ff]ramework|[Pp]artnership|[Ii]nitiative|[Mm]echanism)"
)
#: item lines inside a block: a line that opens with a capital, a digit, a bracket or a bullet mark
_ITEM_LINE = re.compile(r"[ \t\u00a0]*(?:[•*·▪‣◦\-–—][ \t\u00a0]*)?[A-Z0-9(“\"]")
#: "They are as follows:", "These include the following:" (on the case-folded lead-in sentence)
_PRONOUN_LEAD_IN = re.compile(
    rf"(?:they|these|those)(?:{_SP}(?:are|were|include|includes|comprise))(?:{_SP}as{_SP}follows|{_SP}the{_SP}following)?"
    r"[ \u00a0]*:"
)
#: a line that opens a marked list item: a bullet mark or a run of two dashes, then a space
_MARK_LINE = re.compile(r"[ \t\u00a0]*(--|[•*·▪‣◦\-–—])[ \t\u00a0]+\S")
#: how far back (within its paragraph) the words a pronoun lead-in points to may start
_ANTECEDENT_REACH = 400
#: how many characters before a lead-in the commitment its "These actions" refers to may end
_ANAPHOR_REACH = 400

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
            return _lines_after(block, lead_end)  # the list continues inside the block
        return _items(blocks[i + 1 :], block)
    return []


def noun_lead_in(text: str, s0: int, s1: int, mentions, previous, both: list[str], country: dict[str, str]) -> LeadIn | None:
    """A lead-in whose trigger is a noun ("These actions include:", "China's commitments
    are:", "The agreement contains commitments on:"), or None. ``mentions`` are the
    sentence's actor mentions, ``previous`` the last commitment found before it (or None),
    ``both`` the document's two sides."""
    sentence = _low(text[s0:s1]).rstrip(" \t\u00a0\"”’)")
    m = _NOUN_LEAD_IN.fullmatch(sentence)
    if m is not None:
        label = _LEAD_IN_NOUNS[m.group("noun")]
        first = mentions[0] if mentions and mentions[0].start == s0 else None
        if first is not None and _POSSESSIVE.match(text, first.end):
            ids = [first.party]  # "China's commitments include:"
        elif previous is not None and s0 - previous.span[1] <= _ANAPHOR_REACH and text.count("\n\n", previous.span[1], s0) <= 1:
            ids = list(previous.actors)  # "These actions include:": the actions just reported
        elif label == "PLEDGE" and m.group("det") in (None, "the"):
            ids = [_BOTH]  # "Key outcomes of the dialogue include:"
        else:
            return None
    elif _INSTRUMENT_LEAD_IN.fullmatch(sentence):
        label, ids = "PLEDGE", [_BOTH]
    else:
        return None
    ids = sorted({a for x in ids for a in (both if x == _BOTH else [x])})
    countries = {country.get(a) or a for a in ids}
    t_id = "take_listed" if label == "ACTION" else "commit_listed"
    return LeadIn(s1, t_id, label, ids, countries, False, False)


def pronoun_lead_in(text: str, s0: int, s1: int, mentions, m_starts: list[int], both: list[str],
                    country: dict[str, str]) -> LeadIn | None:
    """A lead-in that points back with a pronoun ("They are as follows:") to the words
    before it in its paragraph (at most :data:`_ANTECEDENT_REACH` characters), which name the actors (the document's sides whose country it names,
    by the country, a body or an official: "The Chinese and U.S. governments have
    prioritized their work ..."); a pledge of those actors, or None. ``mentions`` are the
    document's actor mentions, ``m_starts`` their starts, ``both`` the two sides."""
    if not _PRONOUN_LEAD_IN.fullmatch(_low(text[s0:s1]).rstrip(" \t\u00a0\"”’)")):
        return None
    lo = max(s0 - _ANTECEDENT_REACH, 0)
    blank = text.rfind("\n\n", lo, s0)
    a = blank + 2 if blank >= 0 else lo  # the paragraph before, up to the reach (abbreviations
    # such as "U.S." split sentences at a line end, so no sentence end is looked for)
    codes: set[str] = set()
    for m in mentions[bisect_left(m_starts, a) : bisect_left(m_starts, s0)]:
        codes.update(country.get(b) for b in both) if m.party == _BOTH else codes.add(country.get(m.party) or "")
    ids = [b for b in both if country.get(b) in codes]
    if not ids:
        return None
    return LeadIn(s1, "commit_listed", "PLEDGE", ids, {country.get(b) or b for b in ids}, False, False)


def joint_focus(text: str, s0: int, s1: int, forums: list[tuple[int, int]]):
    """A lead-in naming what a joint body of both sides will work on, as a found trigger
    (start, end, id, label, actors, negated, joint subject) or None: "the HLED continues
    to focus on four central pillars:", "The Working Group will focus on:" (the subject a
    forum the text names, or a joint activity such as "the working group")."""
    m = _FOCUS_LEAD_IN.fullmatch(text, s0, s1)
    if m is None:
        return None
    a, b = m.span("subject")
    subject = text[a:b]
    forum = any(f0 < b and a < f1 for f0, f1 in forums[bisect_left(forums, (a - 200,)) :] if f0 < b)
    if not forum and not _JOINT_BODY.fullmatch(subject):
        return None
    return (m.start("focus"), m.end("focus"), "focus", "PLEDGE", [_BOTH], False, True)


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


def _lines_after(block, lead_end: int) -> list[tuple[int, int]]:
    """The item lines of ``block`` after a lead-in that ends a line inside it: each later
    line opening with a capital, a digit or a bullet mark (a line of only a bullet mark
    skipped); none when the lead-in's own line goes on ("agreed to: cut tariffs ...")."""
    b0 = block.span[0]
    rest = block.text[lead_end - b0 :]
    newline = rest.find("\n")
    if newline < 0 or rest[:newline].strip():
        return []
    marked = _marked_items(rest[newline + 1 :], lead_end + newline + 1)
    if marked:
        return marked
    out = []
    at = lead_end + newline + 1
    for line in rest[newline + 1 :].split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        content = line.strip().strip(_BULLET)
        if not content:
            continue
        if not _ITEM_LINE.match(line):
            return []  # a hard-wrapped sentence, not a list
        out.append((start, end))
    return out


def _marked_items(rest: str, at: int) -> list[tuple[int, int]]:
    """The items of a list whose first line opens with a bullet mark ("-- ", "• "): each
    line opening with that mark starts an item, and the lines after it that open with none
    continue it (a hard-wrapped item); [] when the first line has no mark."""
    first = _MARK_LINE.match(rest)
    if first is None:
        return []
    mark = first.group(1)
    out: list[list[int]] = []
    for line in rest.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        m = _MARK_LINE.match(line)
        if m is not None and m.group(1) == mark:
            out.append([start, end])
        elif m is not None or not line.strip():
            break  # another mark, or an empty line: the list has ended
        else:
            out[-1][1] = end
    return [(a, b) for a, b in out]


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


def imperative_followers(text: str, sentence_spans: list[tuple[int, int]], starts: list[int], after: int,
                         end: int) -> list[tuple[int, int]]:
    """The later sentences of an item (those starting in ``[after, end)``) that open with a
    bare verb (``commitment_words.json`` ``nominal_verbs``), capitalised: the item goes on with another undertaking in the
    imperative ("-- Begin a high-level exchange of investment policies. Intensify ongoing
    discussions regarding a Bilateral Investment Treaty."), not an explanation ("A working
    group will be started ...", "This will help ...")."""
    out = []
    for j in range(bisect_left(starts, after), len(sentence_spans)):
        s, e = sentence_spans[j]
        if s >= end:
            break
        word = text[s:e].lstrip(" \t\u00a0\r\n").split(None, 1)
        if word and word[0][:1].isupper() and word[0].casefold() in _NOMINAL_VERBS:
            out.append((s, min(e, end)))
    return out
