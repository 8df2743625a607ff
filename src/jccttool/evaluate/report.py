"""What scoring returns: per-field counts (:class:`FieldScore`), attribute accuracies, label
scores, document metadata, and the findings ``--explain`` lists (:class:`Report`); the
names of the scored fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..extractors import RECORD_KINDS

if TYPE_CHECKING:
    pass


#: The scored fields in report order: every record list of an Extraction, but the dates
#: scored after the figures (sections, parties, money, quantities, dates, commitments).
FIELDS: tuple[str, ...] = (*(k for k in RECORD_KINDS if k not in ("dates", "commitments")), "dates", "commitments")
ACCURACIES: tuple[str, ...] = ("section_blocks", "date_role", "commitment_kind", "commitment_negated", "commitment_deadline")
#: Label sets scored as pairs among matched records (precision/recall/F1, not in ``overall``).
LABELS: tuple[str, ...] = ("commitment_areas",)
#: Document metadata, exact match per document (scored when the gold file has the keys).
#: ``document_metadata``: every scored field right; ``session_record``: the fields of the session
#: record issue #17 names right (``SESSION_RECORD``: forum and ordinal left out), scored when the gold
#: file has a ``session`` key.
METADATA: tuple[str, ...] = ("title", "kind", "issued", "session_forum", "session_ordinal", "session_start",
                             "session_end", "session_location", "session_co_chairs", "document_metadata",
                             "session_record")
#: The fields ``session_record`` counts: title, kind, issued, session dates, place and co-chairs.
SESSION_RECORD: tuple[str, ...] = ("title", "kind", "issued", "session_start", "session_end", "session_location",
                                   "session_co_chairs")
#: The issue-area slugs a gold ``areas`` list may hold (``shared/spec/issue-areas.md``).
AREA_SLUGS: frozenset[str] = frozenset({
    "ipr", "investment", "industrial-policy", "procurement", "standards", "agriculture", "services", "goods-trade",
    "export-controls", "transparency", "macroeconomic", "energy-environment", "health", "other",
})


# ---------------------------------------------------------------------------
# Report


@dataclass
class FieldScore:
    """True positives, false positives and misses of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2·TP / (2·TP + FP + FN); None when there was nothing to find and nothing found."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Accuracy:
    """Right answers among matched pairs."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass(frozen=True)
class Finding:
    """One miss, false positive or wrong attribute, for ``--explain``.

    ``kind`` is ``missed`` (a gold item no prediction matched), ``false_positive`` (a
    prediction no gold item matched) or ``wrong`` (a matched pair whose ``field``
    accuracy, e.g. ``date_role``, is wrong)."""

    document: str
    field: str
    kind: str
    text: str
    span: tuple[int, int] | None = None
    detail: str = ""

    def sort_key(self) -> tuple:
        return (self.document, FIELDS.index(self.field) if self.field in FIELDS else len(FIELDS), self.field,
                self.span or (-1, -1), self.kind, self.text, self.detail)


@dataclass
class Report:
    """Scores of one document or, added up, of many."""

    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ACCURACIES})
    labels: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in LABELS})
    metadata: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in METADATA})
    findings: list[Finding] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for name, value in other.fields.items():
            self.fields.setdefault(name, FieldScore()).add(value)
        for name, value in other.accuracies.items():
            self.accuracies.setdefault(name, Accuracy()).add(value)
        for name, value in other.labels.items():
            self.labels.setdefault(name, FieldScore()).add(value)
        for name, value in other.metadata.items():
            self.metadata.setdefault(name, Accuracy()).add(value)
        self.findings.extend(other.findings)
        self.documents.extend(other.documents)

    @property
    def overall(self) -> FieldScore:
        """All fields' counts summed."""
        total = FieldScore()
        for value in self.fields.values():
            total.add(value)
        return total

    def f1(self, name: str) -> float | None:
        """F1 of a field, of ``overall``, or an accuracy's value (for thresholds)."""
        if name == "overall":
            return self.overall.f1
        if name in self.fields:
            return self.fields[name].f1
        if name in self.accuracies:
            return self.accuracies[name].value
        if name in self.labels:
            return self.labels[name].f1
        if name in self.metadata:
            return self.metadata[name].value
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """A deterministic, JSON-ready summary (rates rounded to 4 places)."""

        def rate(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        def scores(s: FieldScore) -> dict[str, Any]:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": rate(s.precision),
                    "recall": rate(s.recall), "f1": rate(s.f1)}

        return {
            "documents": sorted(self.documents),
            "fields": {name: scores(self.fields[name]) for name in self.fields},
            "overall": scores(self.overall),
            "accuracies": {name: {"correct": a.correct, "total": a.total, "accuracy": rate(a.value)}
                           for name, a in self.accuracies.items()},
            "labels": {name: scores(value) for name, value in self.labels.items()},
            "metadata": {name: {"correct": a.correct, "total": a.total, "accuracy": rate(a.value)}
                         for name, a in self.metadata.items()},
            "findings": [
                {"document": f.document, "field": f.field, "kind": f.kind, "text": f.text,
                 "span": list(f.span) if f.span else None, "detail": f.detail}
                for f in sorted(self.findings, key=Finding.sort_key)
            ],
        }
