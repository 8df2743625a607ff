"""``jccttool export``: flat tables (CSV, JSON Lines, Markdown) or an HTML report from an extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ._common import DebugOption, OutputOption, atomic_write, emit, fail, guarded, load_extraction

app = typer.Typer()

FORMATS = ("csv", "jsonl", "markdown", "html")


@app.command("export")
def export(
    file: Annotated[str, typer.Argument(help="An extraction JSON file, or - for stdin.", show_default=False)],
    to: Annotated[str, typer.Option("--to", "-t", help="Output format: csv, jsonl, markdown, or html (a report of the whole extraction).")] = "csv",
    table: Annotated[Optional[str], typer.Option("--table", help="Which records: commitments, money, dates, parties, quantities or sections.")] = None,
    all_dir: Annotated[Optional[Path], typer.Option("--all", help="Write every table, one file per kind, into this folder (html: report.html).", file_okay=False)] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="html: the source document, when it is not at the path the extraction records.")] = None,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Export one kind of record as a flat table, one row per record.

    CSV is RFC 4180 (UTF-8, CRLF, a header row); JSON Lines has one object per row;
    Markdown is a pipe table. Every row starts with the document (the source stem).
    HTML is one self-contained report: the document text with every record
    highlighted in place, then tables of commitments, money and dates; it re-reads
    the source document, which must be unchanged since the extraction.

    Examples:

      jccttool export jcct-22.json --to csv --table commitments -o commitments.csv

      jccttool export jcct-22.json --to markdown --table money

      jccttool export jcct-22.json --to jsonl --all tables/

      jccttool export jcct-22.json --to html -o jcct-22.html
    """
    from ..render.tables import SUFFIX, TABLES, render, rows

    with guarded(debug):
        if to not in FORMATS:
            fail(f"--to: unknown format {to!r}; choose from {', '.join(FORMATS)}")
        if to == "html":
            _report(file, table, all_dir, source, output)
            return
        if (table is None) == (all_dir is None):
            fail("give --table KIND or --all DIR")
        if table is not None and table not in TABLES:
            fail(f"--table: unknown table {table!r}; choose from {', '.join(TABLES)}")
        record = load_extraction(file)
        if all_dir is not None:
            for name in TABLES:
                atomic_write(all_dir / f"{name}{SUFFIX[to]}", render(rows(record, name), name, to))
            return
        emit(render(rows(record, table), table, to), output)


def _report(file: str, table: str | None, all_dir: Path | None, source: str | None, output: Path | None) -> None:
    from ..render.html import load_source_text, render_report

    if table is not None:
        fail("--table does not apply to --to html: the report shows every kind")
    record = load_extraction(file)
    page = render_report(record, load_source_text(record, file, source))
    if all_dir is not None:
        atomic_write(all_dir / "report.html", page)
    else:
        emit(page, output)
