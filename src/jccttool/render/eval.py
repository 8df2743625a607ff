"""The ``jccttool eval`` report for people and for machines: a rich table of
precision, recall and F1 per field plus the attribute accuracies (``--explain`` adds
every finding), or the deterministic JSON of :meth:`~jccttool.evaluate.Report.to_dict`.

rich is imported inside :func:`render_table` only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..evaluate import Report


def format_score(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def render_json(report: Report, explain: bool) -> str:
    data = report.to_dict()
    if not explain:
        data.pop("findings")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_table(report: Report, explain: bool) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"jccttool eval: {len(report.documents)} document(s)")
    for column in ("field", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    rows = [(name, report.fields[name]) for name in report.fields] + [("overall", report.overall)]
    for name, s in rows:
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), format_score(s.precision), format_score(s.recall), format_score(s.f1),
                      end_section=name == list(report.fields)[-1])
    accuracy = Table(title="accuracy among matched pairs")
    for column in ("attribute", "correct", "total", "accuracy"):
        accuracy.add_column(column, justify="left" if column == "attribute" else "right")
    for name, a in report.accuracies.items():
        accuracy.add_row(name, str(a.correct), str(a.total), format_score(a.value))
    labels = Table(title="labels among matched pairs (micro over record-label pairs)")
    for column in ("labels", "tp", "fp", "fn", "precision", "recall", "F1"):
        labels.add_column(column, justify="left" if column == "labels" else "right")
    for name, s in report.labels.items():
        labels.add_row(name, str(s.tp), str(s.fp), str(s.fn), format_score(s.precision), format_score(s.recall),
                       format_score(s.f1))
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=False, no_color=True, highlight=False)
    console.print(table)
    console.print(accuracy)
    console.print(labels)
    if any(a.total for a in report.metadata.values()):
        metadata = Table(title="document metadata (exact match per document)")
        for column in ("field", "correct", "total", "accuracy"):
            metadata.add_column(column, justify="left" if column == "field" else "right")
        for name, a in report.metadata.items():
            metadata.add_row(name, str(a.correct), str(a.total), format_score(a.value))
        console.print(metadata)
    if explain:
        for f in report.findings:
            span = f"[{f.span[0]}:{f.span[1]}]" if f.span else ""
            console.print(f"{f.document}  {f.field}  {f.kind}  {span}  {f.text!r}  {f.detail}", markup=False,
                          soft_wrap=True)
    return buffer.getvalue()
