"""The session diff for an analyst: what is new, what recurs and what was not repeated,
issue area by issue area, and how the session itself changed.

:func:`build` reads the per-kind alignment of a sessions-mode :class:`~.result.Diff`
(commitments paired by :func:`.pairing.recurring`) and the two extractions, and
returns a :class:`SessionReport`: the session's fields side by side, one
:class:`AreaEntry` per issue area, the references each side makes to earlier sessions,
and the other kinds with the default filters applied (no bare-year dates, no
participant lists, no role-only changes) unless ``everything`` is asked for. Its
``to_dict`` is the ``--format json`` of a sessions diff (docs/diff.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, get_args

from ..records import Area, Extraction
from .pairing import THRESHOLD as PAIRING_THRESHOLD
from .result import Change, KindDiff

#: The JSON structure of a sessions diff; revision mode keeps structure "1".
SESSIONS_DIFF_VERSION = "2"

#: Issue areas in the taxonomy's order (shared/spec/issue-areas.md).
AREAS: tuple[str, ...] = get_args(Area)

#: Party types counted as participants (countries and forums are not).
PARTICIPANT_TYPES = ("person", "government_body", "organization")

#: The session fields the summary compares, in order.
SESSION_FIELDS = ("forum", "ordinal", "dates", "location", "co_chairs", "participants")


@dataclass
class AreaEntry:
    """One issue area: commitment ids new in NEW, recurring pairs, not repeated from OLD."""

    area: str
    new: list[str] = field(default_factory=list)
    recurring: list[tuple[str, str]] = field(default_factory=list)
    not_repeated: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        """``recurring`` when both sessions have commitments in the area, else ``new`` or ``not_repeated``."""
        in_old = bool(self.recurring or self.not_repeated)
        in_new = bool(self.recurring or self.new)
        return "recurring" if in_old and in_new else "new" if in_new else "not_repeated"

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "recurring": len(self.recurring), "not_repeated": len(self.not_repeated)}

    def to_dict(self) -> dict[str, Any]:
        return {"area": self.area, "status": self.status, "new": self.new,
                "recurring": [list(p) for p in self.recurring], "not_repeated": self.not_repeated}


@dataclass
class SessionReport:
    """A sessions-mode diff as an analyst reads it (see the module docstring)."""

    session: dict[str, tuple[Any, Any]]
    names: dict[str, str]
    areas: list[AreaEntry]
    commitments: KindDiff | None
    references: dict[str, list[dict[str, Any]]]
    kinds: dict[str, KindDiff]
    hidden: dict[str, int]
    everything: bool = False
    #: Counts per kind before the default filters (what the summary reports).
    totals: dict[str, dict[str, int]] = field(default_factory=dict)

    def commitment_areas(self, item: dict[str, Any]) -> list[str]:
        return list(item.get("areas") or []) or ["other"]

    def pair_areas(self, change: Change) -> list[str]:
        """A recurring pair stands in the areas both sides share, else in either side's."""
        a, b = change.old.get("areas") or [], change.new.get("areas") or []
        shared = [x for x in b if x in a]
        return shared or list(b) or list(a) or ["other"]

    def name(self, party_id: str) -> str:
        return self.names.get(party_id, party_id)

    def to_dict(self, diff) -> dict[str, Any]:
        c = self.commitments
        return {
            "diff_version": SESSIONS_DIFF_VERSION,
            "identical": diff.identical,
            "mode": diff.mode,
            "all": self.everything,
            "only": diff.only,
            "threshold": PAIRING_THRESHOLD,
            "old": diff.old,
            "new": diff.new,
            "session": {k: {"old": o, "new": n} for k, (o, n) in self.session.items()},
            "summary": {
                "commitments": _commitment_counts(c),
                **self.totals,
            },
            "areas": [a.to_dict() for a in self.areas],
            "commitments": None if c is None else {
                "recurring": [_recurring_dict(ch) for ch in c.recurring],
                "new": c.added,
                "not_repeated": c.removed,
            },
            "references": self.references,
            **{kind: _kind_dict(kd) for kind, kd in self.kinds.items()},
            "hidden": self.hidden,
        }


def _commitment_counts(kd: KindDiff | None) -> dict[str, int] | None:
    if kd is None:
        return None
    return {"new": len(kd.added), "recurring": len(kd.recurring), "not_repeated": len(kd.removed)}


def _counts(kd: KindDiff) -> dict[str, int]:
    return {"new": len(kd.added), "not_repeated": len(kd.removed), "changed": len(kd.changed), "unchanged": kd.unchanged}


def _recurring_dict(ch: Change) -> dict[str, Any]:
    return {
        "old": ch.old,
        "new": ch.new,
        "score": ch.similarity,
        "matched_by": ch.matched_by,
        "shared": list(ch.shared),
        "changed": {k: {"old": o, "new": n} for k, (o, n) in ch.fields.items()},
    }


def _change_dict(ch: Change) -> dict[str, Any]:
    return {"old": ch.old, "new": ch.new, "changed": {k: {"old": o, "new": n} for k, (o, n) in ch.fields.items()}}


def _kind_dict(kd: KindDiff) -> dict[str, Any]:
    return {"changed": [_change_dict(ch) for ch in kd.changed], "new": kd.added, "not_repeated": kd.removed,
            "unchanged": kd.unchanged}


# --------------------------------------------------------------------------- build


def build(old: Extraction, new: Extraction, kinds: dict[str, KindDiff], *, everything: bool = False) -> SessionReport:
    """The analyst's report of a sessions-mode comparison (``kinds``: its per-kind diffs)."""
    names = {p.id: p.name for p in (*old.parties, *new.parties)}
    commitments = kinds.get("commitments")
    hidden: dict[str, int] = {}
    shown: dict[str, KindDiff] = {}
    for kind, kd in kinds.items():
        if kind == "commitments":
            continue
        kept, dropped = _filter(kind, kd, old, new, everything)
        shown[kind] = kept
        if dropped:
            hidden[kind] = dropped
    report = SessionReport(
        session=_session_fields(old, new),
        names=names,
        areas=[],
        commitments=commitments,
        references={"new": _references(new, old), "old": _references(old, None)},
        kinds=shown,
        hidden=hidden,
        everything=everything,
        totals={kind: _counts(kd) for kind, kd in kinds.items() if kind != "commitments"},
    )
    report.areas = _areas(report) if commitments is not None else []
    return report


def _session_fields(old: Extraction, new: Extraction) -> dict[str, tuple[Any, Any]]:
    def fields(record: Extraction) -> dict[str, Any]:
        s = record.document.session
        dates = None
        if s is not None and s.start is not None:
            dates = s.start.isoformat() if s.end in (None, s.start) else f"{s.start.isoformat()}..{s.end.isoformat()}"
        return {
            "forum": s.forum if s else None,
            "ordinal": s.ordinal if s else None,
            "dates": dates,
            "location": s.location if s else None,
            "co_chairs": list(s.co_chairs) if s else [],
            "participants": sum(1 for p in record.parties if p.type in PARTICIPANT_TYPES),
        }

    a, b = fields(old), fields(new)
    return {name: (a[name], b[name]) for name in SESSION_FIELDS}


def _areas(report: SessionReport) -> list[AreaEntry]:
    c = report.commitments
    entries = {slug: AreaEntry(slug) for slug in AREAS}
    for ch in c.recurring:
        for area in report.pair_areas(ch):
            entries[area].recurring.append((ch.old["id"], ch.new["id"]))
    for item in c.added:
        for area in report.commitment_areas(item):
            entries[area].new.append(item["id"])
    for item in c.removed:
        for area in report.commitment_areas(item):
            entries[area].not_repeated.append(item["id"])
    return [e for e in entries.values() if e.new or e.recurring or e.not_repeated]


def _slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").casefold())


def _references(record: Extraction, earlier: Extraction | None) -> list[dict[str, Any]]:
    """A side's references to earlier sessions and agreements, with the issue areas of the
    commitment (else the section) that holds each, and whether it names ``earlier``."""
    areas_of = {c.id: list(c.areas) for c in record.commitments}
    section_areas = {s.id: list(s.areas) for s in record.sections}
    out = []
    for r in record.references:
        areas = areas_of.get(r.commitment or "") or section_areas.get(r.section or "") or []
        out.append({
            "text": r.text, "refers_to": r.refers_to, "forum": r.forum, "ordinal": r.ordinal, "year": r.year,
            "commitment": r.commitment, "areas": areas,
            "names_old_session": _names(r, earlier) if earlier is not None else False,
        })
    return out


def _names(ref, earlier: Extraction) -> bool:
    """Does the reference name the earlier session: its ordinal, or (for a commitment, as
    in "the 2010 JCCT commitment") its year; the forum, when named, must be the same."""
    s = earlier.document.session
    if s is None:
        return False
    if ref.forum and s.acronym and _slug(ref.forum) != _slug(s.acronym):
        return False
    if ref.ordinal is not None:
        return ref.ordinal == s.ordinal
    years = {d.year for d in (s.start, earlier.document.issued) if d is not None}
    return ref.year is not None and ref.year in years and ref.refers_to == "commitment"


# --------------------------------------------------------------------------- default filters


def _session_interval(record: Extraction) -> tuple[str, str] | None:
    s = record.document.session
    if s is None or s.start is None:
        return None
    return s.start.isoformat(), (s.end or s.start).isoformat()


def _filter(kind: str, kd: KindDiff, old: Extraction, new: Extraction, everything: bool) -> tuple[KindDiff, int]:
    """What the report shows of one kind, and how many items the default filters hid.

    Default: dates of year grain ("2012", "by 2015", "this year"), the date line, the
    session's own dates (the summary shows them), role-only date changes and dates of
    OLD not repeated (a deadline shows in its commitment) are hidden; parties (participant lists) and sections (the areas replace them) are
    counted, not listed. ``everything`` keeps all."""
    if everything or kind in ("money", "quantities"):
        return kd, 0
    kept = KindDiff(kind, unchanged=kd.unchanged)
    if kind == "dates":
        own_old, own_new = _session_interval(old), _session_interval(new)

        def noise(item: dict[str, Any], own) -> bool:
            return item["grain"] == "year" or item["role"] == "publication" or (item["start"], item["end"]) == own

        kept.added = [d for d in kd.added if not noise(d, own_new)]
        kept.changed = [ch for ch in kd.changed
                        if set(ch.fields) - {"role", "relative"} and not noise(ch.new, own_new) and not noise(ch.old, own_old)]
    total = len(kd.added) + len(kd.removed) + len(kd.changed)
    return kept, total - (len(kept.added) + len(kept.removed) + len(kept.changed))
