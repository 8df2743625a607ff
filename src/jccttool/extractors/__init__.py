"""The extractor registry and the context every extractor reads.

Every module here exposes ``KIND`` and ``extract(doc, ctx) -> Iterator[record]``: a
generator that yields records in text order, never mutates ``doc`` and leaves
``section`` null (the pipeline assigns sections by offset afterwards).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
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


#: kind name (as ``--only`` takes it) -> module path, imported on demand.
#: Order matters: later extractors read what earlier ones found through ``Context``.
EXTRACTORS: dict[str, str] = {
    "parties": "jccttool.extractors.parties",
    "dates": "jccttool.extractors.dates",
    "money": "jccttool.extractors.money",
    "quantities": "jccttool.extractors.quantities",
    "commitments": "jccttool.extractors.commitments",
}
