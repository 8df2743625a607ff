"""``jccttool export``: flat tables (CSV, JSON Lines, Markdown) from an extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ._common import DebugOption, OutputOption, atomic_write, emit, fail, guarded, load_extraction

app = typer.Typer()

FORMATS = ("csv", "jsonl", "markdown")
TABLES = ("commitments", "money", "dates", "parties", "quantities", "sections")


@app.command("export")
def export(
    file: Annotated[str, typer.Argument(help="An extraction JSON file, or - for stdin.", show_default=False)],
    to: Annotated[str, typer.Option("--to", "-t", help="Output format: csv, jsonl or markdown.")] = "csv",
    table: Annotated[Optional[str], typer.Option("--table", help="Which records: commitments, money, dates, parties, quantities or sections.")] = None,
    all_dir: Annotated[Optional[Path], typer.Option("--all", help="Write every table, one file per kind, into this folder.", file_okay=False)] = None,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Export one kind of record as a flat table, one row per record.

    CSV is RFC 4180 (UTF-8, CRLF, a header row); JSON Lines has one object per row;
    Markdown is a pipe table. Every row starts with the document (the source stem).

    Examples:

      jccttool export jcct-22.json --to csv --table commitments -o commitments.csv

      jccttool export jcct-22.json --to markdown --table money

      jccttool export jcct-22.json --to jsonl --all tables/
    """
    from ..writers import SUFFIX, render, rows

    with guarded(debug):
        if to not in FORMATS:
            fail(f"--to: unknown format {to!r}; choose from {', '.join(FORMATS)}")
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
