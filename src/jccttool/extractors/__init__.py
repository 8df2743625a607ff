"""The one list of record kinds, the extractor registry and the context every extractor reads.

Every module here exposes ``KIND`` and ``extract(doc, ctx) -> Iterator[record]``: a
generator that yields records in text order, never mutates ``doc`` and leaves
``section`` null (the pipeline assigns sections by offset afterwards).

Importing this package is cheap (the CLI imports it at start-up for ``KINDS``): the
extractor modules, which load spaCy and dateparser, are imported by
:func:`extractors` on its first call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import DateMention, Party, Section
    from ..segment import Segmentation


@dataclass(frozen=True)
class Context:
    """What an extractor may know besides the spaCy Doc.

    ``anchor`` is the date relative expressions resolve against (the document's date
    line, else the session's date); None means relative dates stay unresolved.
    ``parties`` and ``dates`` are filled for the extractors that run after them.
    """

    text: str
    segmentation: "Segmentation"
    issued: date | None = None
    anchor: date | None = None
    parties: tuple["Party", ...] = ()
    dates: tuple["DateMention", ...] = ()
    options: dict = field(default_factory=dict)

    @property
    def sections(self) -> tuple["Section", ...]:
        return tuple(self.segmentation.sections)


#: The record kinds the extractors fill, in the order they run and an Extraction lists
#: them; ``extract --only`` takes these names. Every other list of kinds derives from it.
KINDS: tuple[str, ...] = ("parties", "dates", "money", "quantities", "commitments")

#: Every record list of an Extraction: the segmenter's sections, then the extracted kinds.
RECORD_KINDS: tuple[str, ...] = ("sections", *KINDS)


@cache
def extractors() -> dict[str, Callable]:
    """kind -> its ``extract(doc, ctx)``, in :data:`KINDS` order.

    Order matters: later extractors read what earlier ones found through ``Context``.
    A function, not a module-level dict, so that importing this package stays cheap."""
    from . import commitments, dates, money, parties, quantities

    return {
        "parties": parties.extract,
        "dates": dates.extract,
        "money": money.extract,
        "quantities": quantities.extract,
        "commitments": commitments.extract,
    }
