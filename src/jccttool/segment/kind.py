"""The document kind (``fact_sheet``, ``joint_fact_sheet``, ``press_release``,
``news_article``, ``unknown``) from the title and the title block's genre labels, then the
opening, then the text (step 8 of :func:`jccttool.segment.segment`). Moved out of
:mod:`.header` unchanged; it reads the header's line tests (:func:`.header._dateline`,
:func:`.header._genre_title`)."""

from __future__ import annotations

import re

from ..records import DocumentKind
from ..text import fold_case
from .header import _WIRE_CREDIT, _dateline, _genre_title
from .lines import _signature, _Unit
from .patterns import (
    _BYLINE,
    _HEADLINE_VERB,
    _JOINT_BODY,
    _JOINT_DOC,
    _JOINT_SHEET,
    _MEETING_TITLE,
    _PAIR_JOINT,
    _PRESS,
    _PRESS_HEADER,
    _RELEASE_TITLE,
    _REPORTING,
    _REPOST,
    _SIGNED_AT,
    _STATEMENT_BY,
    _STRONG_NEWS,
    _WEAK_NEWS,
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
    official = bool(title) and (_genre_title(title) or bool(_STATEMENT_BY.match(title)))
    if not official and (any(_gated_search(p, literals, text, folded) for p, literals in _STRONG_NEWS)
                         or _BYLINE.search("\n" + text)
                         or any(_WIRE_CREDIT.match(text, u.start) for u in body[:1] if u.kind == "paragraph")):
        return "news_article"  # (a title led by an official genre or "Statement by ..." outweighs a blog's furniture)
    if _joint(t):
        # a joint fact sheet or list of outcomes; a joint statement, press release or note is a release
        return "joint_fact_sheet" if _JOINT_SHEET.search(t) else "press_release"
    if re.search(r"\bfact\s*sheet\b", t):
        return "fact_sheet"
    opening = [text[u.start : u.end] for u in body[:2] if u.kind == "paragraph"]
    press_label = any(re.search(r"\b(?:media note|readout|statement|release|note)s?\b", x, re.I) for x in labels)
    if any(_dateline(s) for s in opening) or _PRESS.search(t) or press_label or any(_REPOST.match(s) for s in opening):
        return "press_release"
    if any(len(u.lines) > 1 and _signature(u.lines[0].text, u.lines[1].text) for u in body) and _SIGNED_AT.search(text):
        return "unknown"  # a signed text (agreed minutes, a record, an agreement): signature blocks and "Signed in ..."
    if official:
        return "press_release"  # "Statement by Secretary X at ...", "Joint Statement: ...": an official text, not a report on it
    if _count_up_to(2, (_gated_search(p, literals, text, folded) for p, literals in _WEAK_NEWS)) >= 2:
        return "news_article"
    if re.search(r"\bfact\s*sheet\b", header, re.I):
        return "fact_sheet"
    if _PRESS.search(header) or _PRESS_HEADER.search(header):
        return "press_release"
    if re.search(r"\b(?:outcomes?|results|deliverables)\b", t) and has_bullets:
        return "fact_sheet"
    low = (title or "").lower()
    if _MEETING_TITLE.search(low) and has_bullets and not _HEADLINE_VERB.search(title or ""):
        # the meeting's name as the title ("25th U.S.-China Joint Commission on Commerce and Trade"),
        # or a meeting title above bullets of outcomes: the meeting's fact sheet (not a headline with
        # its verb: "Delegations Conclude 25th Session of ...")
        return "fact_sheet"
    if sum(u.kind == "heading" and nxt.kind == "bullet" for u, nxt in zip(body, body[1:])) >= 2:
        # headings over bullets (the title lost or plain): a list of outcomes, a fact sheet
        return "fact_sheet"
    if _RELEASE_TITLE.search(title or "") or any(
            _REPORTING.search(text, u.start, u.end) for u in body[:3]
            if u.kind == "paragraph" or (u.kind == "bullet" and (u.mark or "")[:1].isdigit())):  # numbered paragraphs too
        # an official text that reports a meeting, a call, a visit or a statement: a release
        return "press_release"
    return "unknown"
