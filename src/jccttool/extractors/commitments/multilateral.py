"""Documents of three sides or more: who "the Ministers", "the Parties" and "we" are.

A commission of three countries (a trilateral free-trade commission) reports its meeting
with the three named together ("Today, Canada, the United States and Mexico held the
fourth meeting of the Commission") and then speaks of "the Ministers", "the Parties" or
"we". Those collective subjects are every side, not the two countries that weigh most
(:func:`.subject._document_countries`). :class:`Sides` opens the wider set at the first
record whose coordinated subject names three countries or more, the document's two sides
among them, as long as no collective subject was resolved before it (a bilateral text
that names a third country in a list later keeps its two sides). A subject that counts two
("both sides", "the two countries", "each side", "neither") stays the two sides; one that
counts more ("the three countries", "all four Parties") before any such list is the countries
mentioned most, as many as it counts, when the two sides are among them.
"""

from __future__ import annotations

import re

from .clause import _BOTH

#: words that make a collective subject two sides: "both", "the two ...", "each side"
_DUAL = re.compile(r"\b(?:both|two|each|either|neither)\b", re.I)
#: a collective subject that counts its sides: "the three countries", "all four Parties"
_COUNTED = re.compile(
    r"\b(?:the|all)[ \u00a0]+(three|four|five|six|seven|eight|nine|ten)[ \u00a0]+(?:countries|parties|governments|nations|sides)\b", re.I
)
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class Sides:
    """``resolve(actors, text, s0, t_start)``: the record's party ids, "the two sides"
    (``_BOTH``) replaced by the document's sides; ``note(actors)`` after each record's
    subject is found."""

    def __init__(self, both: list[str], ranked: list[str]):
        self.both = both
        self._ranked = ranked  # the country parties' ids, most mentioned first
        self._countries = set(ranked)
        self.wide: list[str] | None = None
        self._closed = False  # a collective subject was resolved: the sides are settled

    def note(self, actors: list[str]) -> None:
        """Open the wider set at a coordinated subject of three countries or more that
        include both sides ("Mexico, the United States, and Canada held ...")."""
        if self._closed or self.wide is not None or _BOTH in actors:
            return
        named = {a for a in actors if a in self._countries}
        if len(named) >= 3 and set(self.both) <= named:
            self.wide = sorted(named)

    def resolve(self, actors: list[str], text: str, s0: int, t_start: int) -> list[str]:
        if _BOTH not in actors:
            return sorted(set(actors))
        self._closed = True
        sides = self.both
        if self.wide is not None and not _DUAL.search(text, s0, t_start):
            sides = self.wide
        elif self.wide is None and (counted := _COUNTED.search(text, s0, t_start)) is not None:
            # "the three countries" with no three named together before: the three most mentioned
            top = self._ranked[: _NUMBERS[counted.group(1).lower()]]
            if len(top) == _NUMBERS[counted.group(1).lower()] and set(self.both) <= set(top):
                sides = sorted(top)
        return sorted({a for x in actors for a in (sides if x == _BOTH else [x])})
