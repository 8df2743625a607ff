"""The ``jccttool eval --pairs`` report: a rich table of pairing precision, recall and F1
(all document pairs, per split, per lineage), ``--explain`` lines for every miss and
wrong pair, or the deterministic JSON of :meth:`~jccttool.evaluate.pairs.PairReport.to_dict`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .eval import format_score

if TYPE_CHECKING:
    from ..evaluate.pairs import PairReport


def render_pairs_json(report: PairReport, explain: bool) -> str:
    data = report.to_dict()
    if not explain:
        data.pop("findings")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_pairs_table(report: PairReport, explain: bool) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"jccttool eval --pairs: {report.document_pairs} document pair(s) of {report.documents} document(s)")
    for column in ("pairs", "tp", "fp", "fn", "precision", "recall", "F1", "ignored", "fn not extracted", "fp non-gold"):
        table.add_column(column, justify="left" if column == "pairs" else "right")
    for key, s in sorted(report.scores.items(), key=lambda kv: ({"all": 0}.get(kv[0], 1 if kv[0].startswith("split:") else 2), kv[0])):
        table.add_row(key, str(s.tp), str(s.fp), str(s.fn), format_score(s.precision), format_score(s.recall), format_score(s.f1),
                      str(s.ignored), str(s.not_extracted), str(s.non_gold), end_section=key == "all")
    buffer = io.StringIO()
    console = Console(file=buffer, width=140, force_terminal=False, no_color=True, highlight=False)
    console.print(table)
    if explain:
        for f in report.findings:
            score = "" if f.score is None else f"  ({f.score:g})"
            console.print(f"{f.outcome} {f.reason}{score}  {f.old_doc} -> {f.new_doc}\n    old: {f.old}\n    new: {f.new}", markup=False,
                          soft_wrap=True)
    return buffer.getvalue()
