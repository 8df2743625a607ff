"""``jccttool export``: flat tables (CSV, TSV, JSON Lines, Markdown) of many
extractions, or an HTML report of one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from ._common import DebugOption, OutputOption, atomic_write, emit, fail, guarded
from ._inputs import FilesFromOption

app = typer.Typer()

FORMATS = ("csv", "tsv", "jsonl", "markdown", "html")
Format = Literal["csv", "tsv", "jsonl", "markdown", "html"]
Table = Literal["commitments", "money", "dates", "parties", "quantities", "sections"]


@app.command("export", short_help="Flat tables of extractions (CSV, TSV, ...) or an HTML report.")
def export(
    files: Annotated[Optional[list[str]], typer.Argument(
        metavar="FILE...", help="Extraction JSON or JSON Lines files, folders of them, or - for stdin.", show_default=False)] = None,
    to: Annotated[Format, typer.Option("--to", "-t", case_sensitive=False,
                                       help="Output format (any case); html is a report of one whole extraction.")] = "csv",
    table: Annotated[Optional[Table], typer.Option("--table", case_sensitive=False, help="Which records to list.")] = None,
    all_dir: Annotated[Optional[Path], typer.Option(
        "--all", metavar="DIR", help="Write every table, one file per kind, into this folder (html: report.html).", file_okay=False)] = None,
    source: Annotated[Optional[str], typer.Option(
        "--source", metavar="FILE", help="html: the source document, when it is not at the path the extraction records.")] = None,
    formula_escape: Annotated[bool, typer.Option(
        "--formula-escape/--no-formula-escape",
        help="csv/tsv: prefix cells that begin with = + - @ with ' so spreadsheets do not run them.")] = True,
    files_from: FilesFromOption = None,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Export one kind of record as a flat table, one row per record.

    Many documents (files, folders, JSON Lines streams) make one table; every row
    starts with its document (the source stem). CSV is RFC 4180 (UTF-8, CRLF, a
    header row); TSV has no quoting; in both, line breaks in a cell fold to a space
    and a cell that a spreadsheet would run as a formula gets a leading '. JSON
    Lines has one object per row; Markdown is a pipe table. HTML is one
    self-contained report of one document: a header, the text with every record
    highlighted, then tables; it re-reads the unchanged source document.

    \b
    Examples:
      jccttool export jcct-22.json --table commitments -o commitments.csv
      jccttool export data/extracted/ --to csv --table money
      jccttool extract a.txt b.txt | jccttool export - --table dates
      jccttool export jcct-22.json --to markdown --table money
      jccttool export jcct-22.json --to jsonl --all tables/
      jccttool export jcct-22.json --to html -o jcct-22.html
    """
    from ..errors import InputError
    from ..render.tables import SUFFIX, TABLES, render, rows
    from ._inputs import expand, iter_items, parse

    with guarded(debug):
        to = to.lower()
        if to == "html":
            if table is not None:
                fail("--table does not apply to --to html: the report shows every kind")
        elif (table is None) == (all_dir is None):
            fail("give --table KIND or --all DIR (not both)")
        if all_dir is not None and output is not None:
            fail("use --output or --all, not both")
        paths = expand(files or [], files_from)
        if not paths:
            fail("no input: give extraction files, folders, - for stdin, or --files-from LIST")
        records = []
        for item in iter_items(paths):
            if isinstance(item, InputError):
                raise item
            records.append((item, parse(item)))
        if not records:
            fail("no extraction in the input")
        if to == "html":
            if len(records) > 1:
                fail(f"--to html reports one document; the input holds {len(records)}")
            _report(*records[0], all_dir, source, output)
            return
        if source is not None:
            fail("--source applies only to --to html")
        names = TABLES if all_dir is not None else (table.lower(),)
        for name in names:
            text = render([r for _, record in records for r in rows(record, name)], name, to, formula_escape=formula_escape)
            if all_dir is not None:
                atomic_write(all_dir / f"{name}{SUFFIX[to]}", text)
            else:
                emit(text, output)


def _report(item, record, all_dir: Path | None, source: str | None, output: Path | None) -> None:
    from ..render.html import load_source_text, render_report

    page = render_report(record, load_source_text(record, item.path, source))
    if all_dir is not None:
        atomic_write(all_dir / "report.html", page)
    else:
        emit(page, output)
