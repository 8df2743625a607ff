"""Mentions that point back to an earlier session, commitment, agreement or statement.

Shapes (grammar, below; forum names come from the gazetteer's forums):

- ``named``: a determiner, then a date ("2010", "June 2011"), an ordinal or a forum, then
  what is referred to: "the 2010 JCCT commitment", "its 2004 JCCT commitment", "the
  June 2011 JCCT Roundtable on ...", "the May 2007 Strategic Economic Dialogue", "the
  2011 APEC Leaders' Declaration", "the 21st JCCT";
- ``made_at``: what was agreed, a participle and the meeting it was agreed at:
  "commitments made at the 2011 JCCT", "the measures pledged at the first meeting",
  "the outcome reached on X in September 2015 at the state visit";
- ``dated_pledge``: a past date and a past pledge: "in July 2009 we pledged";
- ``statement``: a joint statement or declaration that is implemented, reaffirmed or
  honoured: "reaffirmed their commitment to implement the Joint Statement".

A mention must point back: its date lies before the document's (its date line, else
the session's), or its ordinal is below the session's, or a back-pointing word stands
with it ("Building on", "reaffirm", "made at", "previous"). A mention of the session the
document reports on is not a reference.

``settle`` links each mention to the commitment whose sentence holds it and marks a
commitment ``restates`` when it only recounts an earlier pledge: its verb restates
(reaffirm, reiterate, restate) and it holds a reference, or it opens with one ("At the
May 2007 SED, the two sides agreed ..."), or it holds a dated past pledge.

Where to change what: the shapes are the patterns below; forum names are
``resources/parties.jsonl`` (type ``forum``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from ..records import Reference
from ..resources.rules import gazetteer
from ..text import SpanIndex, lower, word_starts

KIND = "references"

_MONTHS = "January February March April May June July August September October November December".split()
_MONTH_NO = {m: i for i, m in enumerate(_MONTHS, 1)}
_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_S = r"[\s\u00a0]+"
_YEAR = r"(?:19|20)\d\d"
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_TIME = rf"(?:(?P<month>{_MONTH}){_S})?(?P<year>{_YEAR})"
_ORD = r"(?P<ord>" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"

#: what is referred to, by its head noun
_TARGETS = {
    "commitment": "commitment", "commitments": "commitment", "pledge": "commitment", "pledges": "commitment",
    "outcome": "commitment", "outcomes": "commitment", "measures": "commitment", "steps": "commitment",
    "agreement": "agreement", "agreements": "agreement", "consensus": "agreement", "memorandum": "agreement",
    "understanding": "agreement", "principles": "agreement",
    "statement": "statement", "declaration": "statement", "communique": "statement", "communiqué": "statement",
    "meeting": "meeting", "session": "meeting", "round": "meeting", "roundtable": "meeting", "dialogue": "meeting",
    "summit": "meeting", "visit": "meeting", "exchange": "meeting", "plenary": "meeting",
}
_NOUN = r"(?P<noun>(?i:commitments?|pledges?|outcomes?|agreements?|consensus|memorandum|declaration|statement|communiqu[eé]|meeting|session|round(?:table)?|dialogue|summit|plenary|exchange))"
_MEETING = r"(?P<mnoun>(?i:meeting|session|round|dialogues?|summit|state visit|visit|plenary))"
_BACK = re.compile(
    r"(?i:\b(?:build(?:s|ing)?|built)\s+(?:up)?on|\b(?:reaffirm|restat|reiterat|recall|honou?r)\w*|\bprevious\w*|\bearlier\b|\bpast\b"
    r"|\b(?:made|reached|pledged|agreed(?:\s+to)?|announced|undertaken|signed|adopted|held)\s+(?:at|in|during|on)\b)"
)
_STATEMENT = re.compile(
    r"(?i:\b(?:implement(?:s|ed|ing|ation\s+of)?|reaffirm\w*|honou?r\w*|abide\s+by|spirits?\s+of|in\s+line\s+with|in\s+accordance\s+with))"
    r"[\s\u00a0]+(?P<m>the[\s\u00a0]+(?:[\w.’'–-]+[\s\u00a0]+){0,3}?(?i:joint[\s\u00a0]+(?:statement|declaration)|communiqu[eé]))"
)
_DATED_PLEDGE = re.compile(
    rf"\b(?P<m>(?:[Ii]n|[Aa]t|[Ss]ince|[Dd]uring){_S}(?:(?P<month>{_MONTH}){_S})?(?P<year>{_YEAR}),?{_S}"
    r"(?:we|they|[A-Z][\w.’'-]*(?:[\s\u00a0]+(?:[A-Z][\w.’'-]*|and|the|of)){0,5})[\s\u00a0]+"
    r"(?:pledged|committed|promised|undertook|agreed))\b"
)


@cache
def _forums() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of every gazetteer forum's names and acronyms; key -> forum id."""
    keys: dict[str, str] = {}
    for e in gazetteer():
        if e.type != "forum":
            continue
        for name in (e.name, *e.aliases):
            keys[name.casefold()] = e.id
        for abbr in (e.acronym, *e.abbreviations):
            if abbr:
                keys[abbr] = e.id
    names = sorted(keys, key=len, reverse=True)
    parts = [re.escape(n) if n.isupper() or any(c in n for c in "&-") and n != n.casefold() else "(?i:" + re.escape(n) + ")"
             for n in names]
    return re.compile("(?P<forum>" + "|".join(parts) + r")(?![\w&])"), keys


def _forum_id(text: str | None) -> str | None:
    if not text:
        return None
    keys = _forums()[1]
    return keys.get(text) or keys.get(text.casefold())


_ACR = r"(?:[\s\u00a0]+\([A-Z&]+\))?"
_CAPS = r"(?:[A-Z][\w.’'–-]*[\s\u00a0]+){0,3}?"


@cache
def _patterns() -> tuple[tuple[tuple[str, re.Pattern], ...], tuple[re.Pattern, ...], re.Pattern]:
    """(rule, pattern) pairs matched at a determiner the gate found; the tails of
    ``made_at`` matched where its head ends; the gate. Every pattern has a group ``m``."""
    forum = _forums()[0].pattern
    det = r"(?:[Tt]he|THE|[Ii]ts|[Tt]heir|[Oo]ur)"
    named = [
        ("named", rf"{det}{_S}{_TIME}{_S}(?:{forum}{_ACR}{_S})?{_CAPS}{_NOUN}"),
        ("named", rf"{det}{_S}{_ORD}{_S}(?:(?i:annual){_S})?(?:{forum}{_ACR}{_S})?{_CAPS}{_NOUN}"),
        ("named", rf"{det}{_S}{_TIME}{_S}{forum}{_ACR}"),
        ("named", rf"{det}{_S}{_ORD}{_S}(?:(?i:annual){_S})?{forum}"),
        ("ordinal_meeting", rf"{det}{_S}{_ORD}{_S}{_MEETING}(?:{_S}of{_S}(?:the{_S})?(?:{forum}|[A-Z]\w+))?(?={_S}(?:held|convened)\b)"),
    ]
    tails = [
        rf"{_TIME}{_S}(?:{forum}|{_CAPS}{_MEETING})",
        rf"{_ORD}{_S}{_MEETING}",
        rf"{_ORD}{_S}{forum}",
        forum,
        rf"(?i:state{_S}visit|summit)",
    ]
    at = rf"(?:{_S}[\w’'-]+){{0,6}}?{_S}(?:at|during|in){_S}(?:(?i:the){_S})?"
    return (tuple((rule, re.compile(rf"(?P<m>{p})(?![\w-])")) for rule, p in named),
            tuple(re.compile(rf"(?P<m>{at}{t})(?![\w-])") for t in tails),
            re.compile(rf"{det}{_S}(?=[A-Z0-9fstenSFTEN])"))


#: the head of a ``made_at`` mention: what was agreed and its participle
_MADE_HEAD = re.compile(
    r"(?P<noun>[Cc]ommitments?|[Pp]ledges?|[Oo]utcomes?|[Mm]easures|[Ss]teps|[Aa]greements?|[Cc]onsensus)"
    r"[\s\u00a0]+(?:(?:it|they|we)[\s\u00a0]+)?(?:made|reached|pledged|agreed(?:[\s\u00a0]+(?:to|upon))?|announced|undertaken|adopted)\b"
)
_DET_BEFORE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)[\s\u00a0]+$")
_YEARS = re.compile(r"(?:19|20)\d\d")
_STATEMENT_WORDS = ("joint statement", "joint declaration", "communiqu")
_DETERMINERS = ("the ", "its ", "their ", "our ", "the\u00a0")
_PARTICIPLES = (" made ", " reached ", " pledged ", " agreed ", " announced ", " undertaken ", " adopted ")


_starts = word_starts  # the shared literal scan (jccttool.text)


class _Span:
    """A match-like view of a mention assembled from a head and a tail."""

    def __init__(self, start: int, tail: re.Match, noun: str) -> None:
        self._start, self._tail, self._noun = start, tail, noun
        self.re = tail.re

    def span(self, name: str) -> tuple[int, int]:
        return (self._start, self._tail.end())

    def group(self, name: str) -> str | None:
        return self._noun if name == "noun" else self._tail.group(name)


def _ordinal(raw: str | None) -> int | None:
    if not raw:
        return None
    low = raw.lower()
    if low in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[low]
    digits = re.match(r"\d+", low)
    return int(digits.group()) if digits else None


def _target(noun: str | None) -> str:
    if not noun:
        return "meeting"
    key = noun.lower().split()[-1]
    return _TARGETS.get(key) or _TARGETS.get(key.rstrip("s"), "meeting")


def _earlier(year: int | None, month: str | None, anchor: date | None) -> bool | None:
    """True when the date lies before ``anchor``, False when not, None when unknown."""
    if year is None or anchor is None:
        return None
    if year != anchor.year:
        return year < anchor.year
    if month:
        return _MONTH_NO[month] < anchor.month
    return None


def _group(m, name: str) -> str | None:
    return m.group(name) if name == "noun" and isinstance(m, _Span) or name in m.re.groupindex else None


# ~90 lines: one closure (add) shared by the four mention shapes, which read the same document state
def extract(doc, ctx) -> Iterator[Reference]:
    """The registry's interface: back-pointing mentions in text order."""
    text = ctx.text
    anchor = ctx.anchor
    session = ctx.session
    current_forum = None
    current_ordinal = session.ordinal if session is not None else None
    if session is not None:
        current_forum = _forum_id(session.acronym) or _forum_id(session.forum)
    found: list[tuple[int, int, str, Reference]] = []

    def add(m: re.Match, rule: str, target: str, forced_back: bool = False) -> None:
        start, end = m.span("m")
        year = int(y) if (y := _group(m, "year")) else None
        month = _group(m, "month")
        ordinal = _ordinal(_group(m, "ord"))
        forum = _forum_id(_group(m, "forum"))
        if forum is None:  # "the fourth annual Strategic Economic Dialogue": the name read as capitals
            named_forum = _forums()[0].search(text, start, end)
            forum = _forum_id(named_forum.group()) if named_forum else None
        earlier = _earlier(year, month, anchor)
        if earlier is False:
            return
        same_forum = forum is not None and forum == current_forum
        if ordinal is not None and current_ordinal is not None and same_forum:
            if ordinal >= current_ordinal:
                return
            earlier = True
        if earlier is None and not forced_back:
            if same_forum and ordinal is None and year is not None:
                return  # "the 2011 JCCT" in the 2011 JCCT's own fact sheet
            if year is None:
                return  # "the second round": ahead or back, only its forum's numbering can tell
            window = text[max(0, start - 60) : end + 30]
            if not _BACK.search(window):
                return
        found.append((start, end, rule, Reference(
            text=text[start:end], span=(start, end), refers_to=target, forum=forum, ordinal=ordinal, year=year, rule=rule,
        )))

    named, tails, gate = _patterns()
    low = lower(text)
    for g in _starts(low, _DETERMINERS):
        if g and text[g - 1].isalnum() or not gate.match(text, g):
            continue
        for rule, pattern in named:
            m = pattern.match(text, g)
            if m is not None:
                noun = _group(m, "noun")
                add(m, rule, _target(noun) if noun else "meeting", forced_back=rule != "named")
    heads = (_MADE_HEAD.search(text, max(0, i - 24), i + 24) for i in _starts(low, _PARTICIPLES))
    for head in sorted({h.start(): h for h in heads if h is not None}.values(), key=lambda h: h.start()):
        if head.start() and text[head.start() - 1].isalnum():
            continue
        det = _DET_BEFORE.search(text, max(0, head.start() - 8), head.start())
        start = det.start() if det else head.start()
        for tail in tails:
            m = tail.match(text, head.end())
            if m is not None:
                add(_Span(start, m, head.group("noun")), "made_at", _target(head.group("noun")), forced_back=True)
                break
    for y in _YEARS.finditer(text):
        m = _DATED_PLEDGE.search(text, max(0, y.start() - 25), y.end() + 160)
        if m is not None and m.start("year") == y.start() and _earlier(int(m.group("year")), m.group("month"), anchor):
            add(m, "dated_pledge", "commitment")
    seen: set[int] = set()
    for word in _STATEMENT_WORDS:
        i = low.find(word)
        while i >= 0:
            m = _STATEMENT.search(text, max(0, i - 160), i + len(word) + 4)
            if m is not None and m.start("m") not in seen:
                seen.add(m.start("m"))
                start, end = m.span("m")
                found.append((start, end, "statement", Reference(
                    text=text[start:end], span=(start, end), refers_to="statement", rule="statement",
                    year=int(y.group()) if (y := _YEARS.search(m.group("m"))) else None,
                )))
            i = low.find(word, i + 1)
    # a mention inside a longer one is dropped; ties go to the earlier
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, str, Reference]] = []
    for f in found:
        if kept and f[1] <= kept[-1][1]:
            continue
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)
    for *_, ref in kept:
        yield ref


_RESTATING_VERBS = frozenset({"reaffirm", "restate", "reiterate"})
_LEADING = re.compile(r"^(?:[Aa]t|[Ii]n|[Dd]uring|[Uu]nder|[Ss]ince)[\s\u00a0]")


def settle(found: dict[str, list]) -> dict[str, list]:
    """Link mentions to the commitment holding them; mark restating commitments."""
    refs = found.get(KIND) or []
    commitments = found.get("commitments") or []
    if not refs or not commitments:
        return found
    restating: set[int] = set()
    linked = []
    holders = SpanIndex(c.span for c in commitments)  # the first commitment holding a mention
    for r in refs:
        holder = holders.first_holding(r.span[0], r.span[1])
        if holder is None:
            linked.append(r)
            continue
        c = commitments[holder]
        lead = r.span[0] - c.span[0]
        if (c.verb in _RESTATING_VERBS or r.rule == "dated_pledge"
                or (lead <= 4 and _LEADING.match(c.text) and r.refers_to == "meeting")):
            restating.add(holder)
        linked.append(r.model_copy(update={"commitment": c.id}))
    out = dict(found)
    out[KIND] = linked
    if restating:
        out["commitments"] = [c.model_copy(update={"restates": True}) if i in restating else c
                              for i, c in enumerate(commitments)]
    return out
