"""The shapes the commitment rules pass around: an actor mention, the pseudo party of
"the two sides", and the verb of a trigger id.
"""

from __future__ import annotations


_BOTH = "*both*"  # pseudo party id of "the two sides"


def _verb(trigger_id: str) -> str:
    return trigger_id.split("_", 1)[0]


class _Mention:
    __slots__ = ("start", "end", "party")

    def __init__(self, start: int, end: int, party: str):
        self.start, self.end, self.party = start, end, party
