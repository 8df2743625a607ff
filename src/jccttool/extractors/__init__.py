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


#: Python's case-insensitive regexes also match these four non-ASCII letters to ASCII
#: ones ("ſpring" matches "spring"): map them before lowercasing a matched word to look
#: it up in a table, so a match can never miss its own table entry.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_lower(text: str) -> str:
    """``text.translate(FOLD).lower()``, faster: ``str.translate`` with a dict table looks
    up every character (about 10x the cost of ``lower``), so it runs only when a key of
    FOLD occurs."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return text.lower()
    return text.translate(FOLD).lower()
