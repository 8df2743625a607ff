"""First-person undertakings in one speaker's statement or remarks: "Vice Premier Wang and I
will sign a framework", "we have agreed to resume the talks", "we've launched two
initiatives", said by the one person or body the title names ("Closing Statement by
Secretary X at ...", :func:`.speakers.title_speaker`).

The output contract counts them when the speaker's side is known: "I" and "we" are the
speaker's country; "X and I" adds X's country. Only sentences no other rule took, outside
quotation marks, with a first-person subject right before a verb of undertaking:

- ``will`` / ``shall`` + a bare verb of ``commitment_words.json`` ``nominal_verbs`` (and
  sign, begin, start, host, convene): a pledge ("I will talk to you again" is none);
- agreed, decided, committed, pledged, promised, undertook (after "have" / "'ve" or not):
  a pledge;
- launched, begun / began, signed, established: an action.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .speakers import Speakers, _quoted
from .words import _NOMINAL_VERBS

#: bare verbs after "I will" / "we will" that state an undertaking
_WILL_VERBS = _NOMINAL_VERBS | frozenset({"sign", "begin", "start", "host", "convene"})
_PLEDGED = {"agreed": "agree", "decided": "decide", "committed": "commit", "pledged": "pledge", "promised": "promise",
            "undertook": "undertake"}
_DONE = {"launched": "launch", "begun": "begin", "began": "begin", "signed": "sign", "established": "establish"}
_ADVERB = r"(?:(?:also|jointly|further|now|today|each|both|together|formally|officially)\s+)?"
_FIRST_PERSON = re.compile(
    r"\b(?P<subject>[Ww]e|I)"
    r"(?:\s+(?P<will>will|shall)\s+" + _ADVERB + r"(?P<bare>[a-z]+)\b"
    r"|(?:['’]ve\s+|\s+(?:(?:have|had)\s+)?)" + _ADVERB + r"(?P<past>[a-z]+)\b)")
#: "X and I": the partner named right before
_AND_I = re.compile(r"\s+and\s+$")


class Spoken(NamedTuple):
    """One first-person undertaking: the sentence ``[s0, s1)``, where its verb starts, the
    actor ids, the verb's lemma, the kind and the rule id."""

    s0: int
    s1: int
    t_start: int
    actors: list[str]
    verb: str
    kind: str
    rule: str


def first_person(text: str, bounds: list[tuple[int, int]], taken: list[tuple[int, int]], voices: Speakers,
                 skip: tuple[int, int] = (0, 0)) -> list[Spoken]:
    """The first-person undertakings of the sentences ``bounds`` (trimmed ``(s0, s1)``) that
    overlap no span of ``taken`` and lie outside ``skip`` (the title), when ``voices``
    names the document's one speaker; else []."""
    side = _side(voices.title_speaker, voices)
    if side is None:
        return []
    out = []
    for s0, s1 in bounds:
        if s0 >= s1 or (skip[0] <= s0 and s1 <= skip[1]) or any(a < s1 and s0 < b for a, b in taken):
            continue
        for m in _FIRST_PERSON.finditer(text, s0, s1):
            found = _undertaking(m)
            if found is None or _quoted(text, s0, m.start()):
                continue
            verb, kind, rule = found
            actors = {side}
            if m.group("subject") == "I":
                partner = _partner(text, s0, m.start(), voices)
                if partner is not None:
                    actors.add(partner)
            out.append(Spoken(s0, s1, m.start("will") if m.group("will") else m.start("past"), sorted(actors), verb, kind, rule))
            break
    return out


def _side(party: str | None, voices: Speakers) -> str | None:
    """The country party of a speaker (else the speaker itself), or None."""
    if party is None:
        return None
    return voices.nations.get(voices.country.get(party, ""), party)


def _undertaking(m: re.Match) -> tuple[str, str, str] | None:
    """(verb lemma, kind, rule id) of a first-person match, or None when its verb states
    no undertaking."""
    if m.group("will"):
        return ("will", "pledge", "first_person_will") if m.group("bare") in _WILL_VERBS else None
    past = m.group("past")
    if past in _PLEDGED:
        return _PLEDGED[past], "pledge", "first_person_pledge"
    if past in _DONE:
        return _DONE[past], "action", "first_person_action"
    return None


def _partner(text: str, s0: int, at: int, voices: Speakers) -> str | None:
    """The country of the person or body named right before "and I" ("my colleague Vice
    Premier Wang and I"), or None."""
    i = bisect_left(voices.m_starts, at) - 1
    while i >= 0 and voices.mentions[i].start >= s0:
        m = voices.mentions[i]
        if m.end <= at and _AND_I.search(text, m.end, at):
            return _side(m.party, voices)
        if m.end <= at:
            return None
        i -= 1
    return None
