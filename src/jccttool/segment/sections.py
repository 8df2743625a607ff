"""Groups, headings, levels, blocks and lost-heading topics (steps 5-7 and 9 of :mod:`jccttool.segment`).

:func:`_promote_headings` settles which units of the body are headings; :func:`_frames` splits
the body at group breaks and headings and gives each section its level and parent;
:func:`_build` makes the :class:`~jccttool.records.Section` and :class:`~jccttool.records.Block`
records. A section whose heading was lost gets its topic from :func:`_infer_topic` (the cues of
``resources/topics.json``); a block its role from :func:`_role`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..records import Block, Section
from ..resources.rules import topic_table as _topic_table
from ..text import fold_case
from ..text import literal_prefix as _literal_prefix
from .lines import _all_caps, _heading_shaped, _Unit
from .patterns import _ACTOR_WILL, _ACTOR_WILL_AFTER, _COMMIT_FOLDED, _FIGURE_FOLDED, _NUMBERED, _SECTION_NUMBER

# --------------------------------------------------------------------------- headings


def _numbering(u: _Unit) -> str | None:
    """The numbering style: "9." for 1., "9)" for 1), "(9)" for (1), "letter" for (a) a) (iv), else None."""
    if u.kind not in ("bullet", "heading") or not u.mark or not _NUMBERED.fullmatch(u.mark):
        return None
    return re.sub(r"\d+", "9", u.mark) if re.search(r"\d", u.mark) else "letter"


def _promote_headings(text: str, body: list[_Unit]) -> None:
    """Headings must be followed by something; numbered heading-shaped items followed by
    non-numbered blocks are headings ("1. Agriculture" then bullets); an item of a numbered list of
    topics repeated on its own above a paragraph is that topic's heading."""
    listed: set[str] = set()  # the numbered items seen so far, mark included: "(1) Trade rules"
    for i, u in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        whole = text[u.first.start : u.end] if u.kind == "bullet" and _numbering(u) and len(u.lines) == 1 else None
        if whole in listed and nxt is not None and nxt.kind == "paragraph" and (u.gap or nxt.gap):
            # a topic of a numbered list repeated on its own above its text: the section's heading
            u.kind = "heading"
            u.start = u.first.start
            continue
        if whole:
            listed.add(whole)
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


# --------------------------------------------------------------------------- groups and levels


@dataclass
class _Frame:
    level: int
    heading: _Unit | None = None
    parent: _Frame | None = None
    is_parent: bool = False
    units: list[_Unit] = field(default_factory=list)
    children: list[_Frame] = field(default_factory=list)
    grouped: bool = False
    id: str = ""


def _group_breaks(body: list[_Unit]) -> list[bool]:
    gaps = [u.gap for u in body[1:]]
    counts = Counter(gaps)
    usual = min(counts, key=lambda g: (-counts[g], g)) if len(gaps) >= 3 else 1
    threshold = max(2, usual + 1)
    if len(gaps) >= 2 and len(set(gaps)) == 1:
        return [False] * len(body)  # every block the same distance apart: the page's spacing, not groups
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


# --------------------------------------------------------------------------- topics


@cache
def _topic_patterns() -> tuple[tuple[str, re.Pattern, int], ...]:
    """(label, compiled cue, words in the cue) for every cue of ``resources/topics.json``."""
    out = []
    for rule in _topic_table().topics:
        for cue, flags in [*((c, re.I) for c in rule.cues), *((a, 0) for a in rule.acronyms)]:
            out.append((rule.label, re.compile(rf"\b(?:{cue})\b", flags), len(cue.split())))
    return tuple(out)


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


# --------------------------------------------------------------------------- blocks


def _role(text: str, u: _Unit, bullet_seen: bool) -> str:
    if u.kind != "paragraph" or bullet_seen:
        return "outcome"
    s = text[u.start : u.end]
    folded = fold_case(s)
    if _COMMIT_FOLDED.search(folded) or ("will" in s and (_ACTOR_WILL.match(s) or _ACTOR_WILL_AFTER.search(s))):
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
