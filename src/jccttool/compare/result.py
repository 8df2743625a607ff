"""What a comparison returns: :class:`Diff` with one :class:`KindDiff` per kind, each
item a :class:`Change` or a record; the constants the alignment shares.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from ..extractors import RECORD_KINDS

#: Minimum ``token_sort_ratio`` (0-100) for two commitment sentences, or two figure
#: contexts, to be the same thing. Justified in docs/diff.md: across 2,625 unrelated
#: sentence pairs (22nd fact sheet against itself and the six dev documents) the
#: highest score is 66.0; edited and restated commitments score 75.9-98.3.
THRESHOLD = 70

#: The kinds ``only`` takes, in report order: every record list of an Extraction.
KINDS: tuple[str, ...] = RECORD_KINDS
_SINGULAR = {"section": "sections", "party": "parties", "date": "dates", "quantity": "quantities",
             "commitment": "commitments"}

Mode = Literal["revision", "sessions"]

DIFF_VERSION = "1"


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Change:
    """One aligned pair whose values differ (or, for ``recurring``, a restatement)."""

    old: dict[str, Any]
    new: dict[str, Any]
    fields: dict[str, tuple[Any, Any]]
    similarity: float | None = None
    matched_by: str = "key"
    shared: tuple[str, ...] = ()  # sessions mode: key terms both sentences hold (not in the revision JSON)

    def to_dict(self) -> dict[str, Any]:
        return {
            "matched_by": self.matched_by,
            "similarity": self.similarity,
            "fields": {k: {"old": o, "new": n} for k, (o, n) in self.fields.items()},
            "old": self.old,
            "new": self.new,
        }


@dataclass
class KindDiff:
    """What changed in one record list."""

    kind: str
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    recurring: list[Change] = field(default_factory=list)
    unchanged: int = 0

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.recurring)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "recurring": len(self.recurring),
            "unchanged": self.unchanged,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **{"counts": self.counts()},
            "added": self.added,
            "removed": self.removed,
            "changed": [c.to_dict() for c in self.changed],
            "recurring": [c.to_dict() for c in self.recurring],
        }


@dataclass(frozen=True)
class Topics:
    new: list[str]
    dropped: list[str]
    both: list[str]

    def to_dict(self) -> dict[str, list[str]]:
        return {"new": self.new, "dropped": self.dropped, "both": self.both}


@dataclass
class Diff:
    """The whole comparison; ``to_json()`` is the documented ``--format json``."""

    old: dict[str, Any]
    new: dict[str, Any]
    mode: Mode
    only: list[str] | None
    document: dict[str, tuple[Any, Any]]
    topics: Topics
    kinds: dict[str, KindDiff]
    threshold: int = THRESHOLD
    #: Sessions mode only: the analyst's report (areas, recurring pairs, references),
    #: which is also the JSON form of a sessions diff (``SessionReport.to_dict``).
    report: Any = None

    @property
    def identical(self) -> bool:
        """True when nothing of substance differs (the exit-0 case)."""
        return not self.document and not any(k.differs for k in self.kinds.values())

    def to_dict(self) -> dict[str, Any]:
        if self.report is not None:
            return self.report.to_dict(self)
        return {
            "diff_version": DIFF_VERSION,
            "identical": self.identical,
            "mode": self.mode,
            "threshold": self.threshold,
            "only": self.only,
            "old": self.old,
            "new": self.new,
            "document": {k: {"old": o, "new": n} for k, (o, n) in self.document.items()},
            "topics": self.topics.to_dict(),
            "summary": {name: kd.counts() for name, kd in self.kinds.items()},
            "kinds": {name: kd.to_dict() for name, kd in self.kinds.items()},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
