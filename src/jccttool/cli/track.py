"""``jccttool track``: a ledger of commitment threads across the sessions of a series."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from ._common import DebugOption, OutputOption, QuietOption, emit, fail, guarded, say
from ._inputs import FilesFromOption

if TYPE_CHECKING:
    from ..records import Extraction
    from ..track.score import Gold

app = typer.Typer()

FORMATS = ("table", "json", "csv", "jsonl", "markdown", "html")
_JSON = (".json", ".jsonl", ".ndjson")
_NOT_INPUTS = (".gold.json", ".schema.json", ".expected.json")
#: texts a folder contributes (not .md: in a corpus folder that is its documentation)
_FOLDER_TEXTS = {".txt", ".text", ".htm", ".html", ".pdf"}


@app.command("track")
def track(
    files: Annotated[Optional[list[str]], typer.Argument(metavar="FILE|DIR...", help="Fact-sheet texts, extractions (JSON or JSON Lines), folders of either, or - for stdin.", show_default=False)] = None,
    fmt: Annotated[Literal["table", "json", "csv", "jsonl", "markdown", "html"], typer.Option(
        "--format", "-f", case_sensitive=False,
        help="table (rich on a terminal, plain text when piped), json (the ledger; schema: jccttool schema --ledger), "
             "csv or jsonl (one row per thread and session), markdown (a briefing by issue area) or html (a timeline).")] = "table",
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Descend into sub-folders of the folders given.")] = False,
    files_from: FilesFromOption = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes for extracting texts (default: the number of cores; 1 runs in-process).", min=1)] = None,
    score: Annotated[Optional[Path], typer.Option("--score", metavar="GOLD", help="Print thread-link precision and recall against a gold folder (threads.json + commitments.json) instead of the ledger; json with --format json.")] = None,
    output: OutputOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Link commitments restated across the sessions of a forum into threads.

    Documents are grouped by forum and session (a session's several fact sheets count
    each commitment once, every source kept) and ordered by date; each commitment is
    linked to the earlier session's commitment it restates (by an explicit reference
    such as "Building on the 2010 JCCT commitment to ...", else by text pairing). Each
    thread has an id, areas, actors, its sessions (sentence, file, span), the earliest
    deadline, whether a later session restated it after that deadline (overdue) and a
    status: new, recurring or not repeated since a session. The texts never say
    whether a commitment was fulfilled, so neither does the ledger. Exit 0, or 2 when
    an input cannot be read (the others are still tracked).

    \b
    Examples:
      jccttool track tests/corpus/series/ data/raw/jcct-22-fact-sheet-2011.txt
      jccttool track data/extracted/ --format html -o ledger.html
      jccttool track corpus/ -r --format csv -o threads.csv
      jccttool track series/ data/raw/ --score series/gold
    """
    with guarded(debug):
        fmt = fmt.lower()  # type: ignore[assignment]
        if fmt not in FORMATS:
            fail(f"--format: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        if score is not None and fmt not in ("table", "json"):
            fail("--score prints a report: use it with --format table or json")
        gold = _gold(score)
        records, failed = load_all(expand(files or [], recursive, files_from), jobs, quiet)
        if not records:
            fail("no extraction to track" + (" (every input failed)" if failed else ": give files, folders, - or --files-from LIST"))
        _render(records, fmt, gold, output)
    raise typer.Exit(2 if failed else 0)


def _gold(path: Path | None) -> Gold | None:
    """The thread gold, read before any extraction (a bad path fails at once)."""
    from ..track.score import load_gold

    return load_gold(path) if path is not None else None


def _render(records: list[Extraction], fmt: str, gold: Gold | None, output: Path | None) -> None:
    import json

    from ..render import track as render
    from ..track import build
    from ..track.score import score_links

    ledger = build(records)
    if gold is not None:
        result = score_links(ledger, gold)
        emit(json.dumps(result.to_dict(), indent=2) + "\n" if fmt == "json" else render.render_score(result), output)
    elif fmt == "table" and output is None and sys.stdout.isatty():
        from ._common import stdout_console

        render.print_table(ledger, stdout_console())
    else:
        writers = {"table": render.render_plain, "json": render.render_json, "csv": render.render_csv,
                   "jsonl": render.render_jsonl, "markdown": render.render_markdown, "html": render.render_html}
        emit(writers[fmt](ledger), output)


# --------------------------------------------------------------------------- input


def expand(args: list[str], recursive: bool, files_from: str | None) -> list[str]:
    """Files, ``-``, folders (their .txt, .html and .pdf texts and extraction files, sorted; sub-folders with
    ``recursive``) and the paths of ``files_from``, without duplicates."""
    from ..batch import expand_inputs

    out: list[str] = []
    for arg in expand_inputs(args, files_from=files_from):
        if arg == "-" or not Path(arg).is_dir():
            out.append(arg)
            continue
        root = Path(arg)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
            for name in sorted(filenames):
                low = name.lower()
                if name.startswith(".") or low.endswith(_NOT_INPUTS):
                    continue
                if low.endswith(_JSON) or Path(low).suffix in _FOLDER_TEXTS:
                    out.append(str(Path(dirpath) / name))
    if out.count("-") > 1:
        fail("- (stdin) can be given only once")
    return list(dict.fromkeys(out))


def load_all(paths: list[str], jobs: int | None, quiet: bool) -> tuple[list[Extraction], int]:
    """Every extraction of ``paths``: JSON and JSON Lines read as they are, texts extracted
    (with ``jobs`` workers). A bad input is one stderr line; the others go on."""
    from ..batch import Options, plan_jobs, run
    from ..errors import InputError
    from ..records import Extraction
    from ._inputs import parse, read_items

    records: list[Extraction] = []
    texts: list[str] = []
    failed = 0
    for path in paths:
        if not _is_json(path):
            texts.append(path)
            continue
        try:
            records.extend(parse(item) for item in read_items(path))
        except InputError as exc:
            say(f"jccttool: {exc}")
            failed += 1
    if texts:
        workers, note = plan_jobs(jobs, len(texts))
        if note and not quiet:
            say(f"jccttool: {note}")
        for outcome in run(texts, Options(compact=True), jobs=workers):
            if outcome.error is not None:
                say(f"jccttool: {outcome.error}")
                failed += 1
            else:
                records.append(Extraction.model_validate_json(outcome.json))
    return records, failed


def _is_json(path: str) -> bool:
    """An extraction file: a JSON suffix, or ``-`` whose content starts like JSON (the
    content stays readable: it is buffered back for the reader)."""
    if path != "-":
        return path.lower().endswith(_JSON)
    data = sys.stdin.buffer.read()
    sys.stdin = _Replay(data)
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


class _Replay:
    """A stdin whose bytes were read already, readable once more."""

    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)

    def read(self) -> str:
        return self.buffer.read().decode("utf-8-sig")

    def isatty(self) -> bool:
        return False
