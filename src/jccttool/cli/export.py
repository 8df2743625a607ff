"""``jccttool export``: flat tables (CSV, TSV, JSON Lines, Markdown) of many
extractions, an HTML report of one, or an SQLite corpus database of many."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Optional

import typer

from ._common import DebugOption, OutputOption, atomic_write, emit, fail, guarded
from ._inputs import FilesFromOption

app = typer.Typer()

FORMATS = ("csv", "tsv", "jsonl", "markdown", "html", "sqlite")
Format = Literal["csv", "tsv", "jsonl", "markdown", "html", "sqlite"]
Table = Literal["commitments", "money", "dates", "parties", "quantities", "sections"]


@app.command("export", short_help="Flat tables of extractions (CSV, TSV, ...), an HTML report or an SQLite database.")
# long only by its interface: the options and the help text are the command's (~45 lines); the body is ~40
def export(
    files: Annotated[Optional[list[str]], typer.Argument(
        metavar="FILE...", help="Extraction JSON or JSON Lines files, folders of them, or - for stdin"
        " (--to sqlite: the database first, then extractions or texts).", show_default=False)] = None,
    to: Annotated[Format, typer.Option("--to", "-t", case_sensitive=False,
                                       help="Output format (any case); html is a report of one whole extraction;"
                                       " sqlite adds every input to a corpus database.")] = "csv",
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

    SQLite (--to sqlite DB FILE...) adds extractions, or texts it extracts first,
    to a corpus database (docs/sqlite.md): every record kind a table with keys,
    an FTS5 index on commitment text, sessions and threads across documents. A
    document with the same source sha256 replaces the one held; the database is
    rebuilt beside the target and renamed over it, so a failure leaves it as it was.

    \b
    Examples:
      jccttool export jcct-22.json --table commitments -o commitments.csv
      jccttool export data/extracted/ --to csv --table money
      jccttool extract a.txt b.txt | jccttool export - --table dates
      jccttool export jcct-22.json --to markdown --table money
      jccttool export jcct-22.json --to jsonl --all tables/
      jccttool export jcct-22.json --to html -o jcct-22.html
      jccttool export --to sqlite corpus.db data/extracted/ new-fact-sheet.txt
    """
    from ..errors import InputError
    from ..render.tables import SUFFIX, TABLES, render, rows
    from ._inputs import expand, iter_items, parse

    with guarded(debug):
        to = to.lower()
        if to == "sqlite":
            _sqlite(files or [], files_from, output, table is not None or all_dir is not None or source is not None)
            return
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


def _sqlite(args: list[str], files_from: str | None, output: Path | None, other_options: bool) -> None:
    """``--to sqlite DB FILE...`` (or ``-o DB FILE...``): every input into the database."""
    from ..render.sqlite import export as export_db
    from ._common import say

    if other_options:
        fail("--table, --all and --source do not apply to --to sqlite: the database holds every kind")
    if output is None:
        if not args:
            fail("give the database first: jccttool export --to sqlite corpus.db FILE...")
        db, args = args[0], args[1:]
    else:
        db = str(output)
    if db == "-" or db.lower().endswith(_INPUT_SUFFIXES):
        fail(f"{db}: give the database file first (corpus.db), then the inputs: jccttool export --to sqlite corpus.db FILE...")
    records = _load_inputs(_expand(args, files_from))
    if not records:
        fail("no input: give extractions or texts, folders of them, - for stdin, or --files-from LIST")
    say(export_db(db, records).line())


#: What an input folder contributes to --to sqlite: extractions and texts.
_TEXT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".pdf")  # not .md: a README beside the texts
_INPUT_SUFFIXES = (".json", ".jsonl", ".ndjson", *_TEXT_SUFFIXES)


def _expand(args: list[str], files_from: str | None) -> list[str]:
    """Files, ``-`` and folders (their extraction and text files, sorted, not recursive)."""
    from ._inputs import expand

    out: list[str] = []
    for arg in args:
        p = Path(arg)
        if arg != "-" and p.is_dir():
            texts = [str(f) for f in sorted(p.iterdir())
                     if f.is_file() and f.suffix.lower() in _TEXT_SUFFIXES and not f.name.startswith(".")]
            out.extend(sorted(expand([arg]) + texts))
        else:
            out.append(arg)
    return expand(out, files_from)


def _load_inputs(paths: list[str]) -> list:
    """The extraction of every input: JSON (or JSON Lines) extractions as they are, any
    other input (a text, HTML or PDF fact sheet) extracted first."""
    from ..readers import read_bytes
    from ._inputs import Item, parse, split_documents

    records = []
    for path in paths:
        name = "<stdin>" if path == "-" else path
        data = read_bytes(path)
        if path.lower().endswith(_INPUT_SUFFIXES[:3]) or _is_json(data):
            try:
                raw = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                fail(f"{name}: not a JSON extraction (not UTF-8 text)")
            records += [parse(Item(n, path, text, stream)) for n, text, stream in split_documents(raw, name)]
        else:
            from ..pipeline import extract_source
            from ..readers import read_source

            records.append(extract_source(read_source(path, data=data)))
    return records


def _is_json(data: bytes) -> bool:
    """Whether an input without a .json ending holds JSON (an extraction on stdin)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"
