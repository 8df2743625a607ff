"""The shapes the commitment rules pass around: an actor mention, the pseudo party of
"the two sides", the verb of a trigger id, and the sentence and trigger a rule looks at.
"""

from __future__ import annotations

from typing import NamedTuple

_BOTH = "*both*"  # pseudo party id of "the two sides"


def _verb(trigger_id: str) -> str:
    return trigger_id.split("_", 1)[0]


class _Mention:
    __slots__ = ("start", "end", "party")

    def __init__(self, start: int, end: int, party: str):
        self.start, self.end, self.party = start, end, party


class Sentence(NamedTuple):
    """One sentence as the rules read it: the document ``text``, the sentence's bounds
    ``[s0, s1)`` (bullet and trailing space trimmed) and its actor ``mentions`` (those
    inside the bounds, in text order)."""

    text: str
    s0: int
    s1: int
    mentions: list[_Mention]


class Trigger(NamedTuple):
    """A trigger of a sentence: character offsets ``[start, end)``, trigger ``id``
    (``agree``, ``commit_noun``), ``label`` (the modality: PLEDGE, PLAN, CONFIRM, ...)
    and, for a span the ruler found, its token offsets ``[tok_start, tok_end)``."""

    start: int
    end: int
    id: str
    label: str
    tok_start: int = 0
    tok_end: int = 0
