"""The one list of record kinds, the extractor registry and the context every extractor reads.

Every module here exposes ``KIND`` and ``extract(doc, ctx) -> Iterator[record]``: a
generator that yields records in text order, never mutates ``doc`` and leaves
``section`` null (the pipeline assigns sections by offset afterwards). ``session``
yields at most one record, the document's session metadata.

The registry (:func:`extractors`) is one :class:`Extractor` per module, in run order;
each entry says what the pipeline must know about it: the kinds it reads, whether it
runs whatever ``--only`` selects, how what it found enters the :class:`Context` of the
extractors after it, and what it settles once every extractor has run.

Where to change what: the run order, dependencies and hand-over between extractors
are the registry below; what a kind finds is its module (``parties``, ``session``,
``dates``, ``money``, ``quantities``, ``commitments``); the issue areas of commitments
and sections are ``areas``, mentions of earlier sessions and agreements ``references``
(steps after the commitments: their ``settle`` writes into the final records).

Importing this package is cheap (the CLI imports it at start-up for ``KINDS``): the
extractor modules, which load spaCy and dateparser, are imported by
:func:`extractors` on its first call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Commitment, DateMention, Party, Section, Session
    from ..segment import Segmentation

#: The record kinds the extractors fill, in the order they run and an Extraction lists
#: them; ``extract --only`` takes these names. Every other list of kinds derives from it.
KINDS: tuple[str, ...] = ("parties", "dates", "money", "quantities", "commitments")

#: Every record list of an Extraction: the segmenter's sections, then the extracted kinds.
RECORD_KINDS: tuple[str, ...] = ("sections", *KINDS)


@dataclass(frozen=True)
class Context:
    """What an extractor may know besides the spaCy Doc.

    ``anchor`` is the date relative expressions resolve against (the document's date
    line, else the session's date); None means relative dates stay unresolved.
    ``parties``, ``session``, ``dates`` and ``commitments`` are filled for the
    extractors that run after them.
    """

    text: str
    segmentation: Segmentation
    issued: date | None = None
    anchor: date | None = None
    parties: tuple[Party, ...] = ()
    session: Session | None = None
    dates: tuple[DateMention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    options: dict = field(default_factory=dict)

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(self.segmentation.sections)


def start_context(text: str, segmentation: Segmentation) -> Context:
    """The Context the first extractor reads: the date line, when it reads as one day,
    is the document's ``issued`` date and the ``anchor`` of relative dates."""
    from .session import issued_date

    issued = issued_date(text[segmentation.date_line[0] : segmentation.date_line[1]]) if segmentation.date_line else None
    return Context(text=text, segmentation=segmentation, issued=issued, anchor=issued)


@dataclass(frozen=True, slots=True)
class Extractor:
    """One registry entry: an extractor and what the pipeline must know about it.

    ``needs``: the kinds it reads through the Context (they run first, also when
    ``--only`` leaves them out). ``always``: it runs whatever ``--only`` selects (its
    result is document metadata). ``share(ctx, found)``: the Context the extractors
    after it read. ``settle(found)``: once every extractor has run, the records of
    every kind (``found``, kind -> list) after this kind has settled them.
    """

    kind: str
    extract: Callable[..., Iterable]
    needs: frozenset[str] = frozenset()
    always: bool = False
    share: Callable[[Context, list], Context] | None = None
    settle: Callable[[dict[str, list]], dict[str, list]] | None = None


@cache
def extractors() -> dict[str, Extractor]:
    """kind -> :class:`Extractor`, in run order: parties, session, then :data:`KINDS`,
    then the steps that label commitments and sections (areas) and link references.

    Order matters: later extractors read what earlier ones found through ``Context``.
    A function, not a module-level dict, so that importing this package stays cheap."""
    from . import areas, commitments, dates, money, parties, quantities, references, session

    entries = (
        Extractor("parties", parties.extract, share=_share_parties),
        Extractor("session", session.extract, needs=frozenset({"parties"}), always=True, share=_share_anchor,
                  settle=session.settle),
        Extractor("dates", dates.extract, needs=frozenset({"session"}), share=_share_dates),
        Extractor("money", money.extract),
        Extractor("quantities", quantities.extract),
        Extractor("commitments", commitments.extract, needs=frozenset({"parties", "dates"}), share=_share_commitments,
                  settle=_resolve_actors),
        # steps that read the commitments: they label what ran (sections always), settle after the actors
        Extractor("areas", areas.extract, always=True, settle=areas.settle),
        Extractor("references", references.extract, always=True, settle=references.settle),
    )
    return {e.kind: e for e in entries}


def _share_parties(ctx: Context, found: list) -> Context:
    return replace(ctx, parties=tuple(found))


def _share_anchor(ctx: Context, found: list) -> Context:
    """Without a date line, relative dates resolve against the session's last day."""
    if not found:
        return ctx
    if ctx.anchor is None:
        return replace(ctx, session=found[0], anchor=found[0].end or found[0].start)
    return replace(ctx, session=found[0])


def _share_commitments(ctx: Context, found: list) -> Context:
    return replace(ctx, commitments=tuple(found))


def _share_dates(ctx: Context, found: list) -> Context:
    return replace(ctx, dates=tuple(found))


def _resolve_actors(found: dict[str, list]) -> dict[str, list]:
    """Every commitment actor must be a party id. An actor implied but never named
    ("the two sides" in a U.S.-China document that names only China) gets its gazetteer
    record with no mentions; an actor that cannot be resolved is dropped, and a
    commitment left without actors is not a commitment."""
    from ..records import Party
    from ..resources.rules import gazetteer
    from .commitments import commitment_id

    parties, commitments = found["parties"], found["commitments"]
    known = {p.id for p in parties}
    missing = sorted({a for c in commitments for a in c.actors} - known)
    if missing:
        entries = {e.id: e for e in gazetteer()}
        for pid in missing:
            e = entries.get(pid)
            if e is not None:
                parties = [*parties, Party(id=e.id, name=e.name, type=e.type, country=e.country, acronym=e.acronym, mentions=[])]
                known.add(pid)
    kept = []
    for c in commitments:
        actors = [a for a in c.actors if a in known]
        if actors:
            if actors != c.actors:
                c = c.model_copy(update={"actors": actors, "id": commitment_id(actors, c.text)})
            kept.append(c)
    return {**found, "parties": parties, "commitments": kept}
