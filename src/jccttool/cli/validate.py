"""``jccttool validate``: schema check plus the contract's invariants."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ._common import DebugOption, QuietOption, guarded, say
from ._inputs import FilesFromOption, expand, iter_items

app = typer.Typer()


@app.command("validate", short_help="Check extractions against the schema and the invariants.")
def validate(
    files: Annotated[Optional[list[str]], typer.Argument(
        metavar="FILE...", help="Extraction JSON or JSON Lines files, folders of them, or - for stdin.", show_default=False)] = None,
    files_from: FilesFromOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Check extractions against the JSON Schema and the contract's invariants.

    Checks: the JSON Schema; every span inside the text and, when the source file is
    reachable and its sha256 matches, `text == source_text[span]`; ids unique;
    section, party and parent references resolve; dates ordered; lists sorted.
    Reads one JSON document or JSON Lines (what extract writes for several inputs)
    per file; a folder gives its *.json and *.jsonl files. Prints one line per
    problem on stdout; exit 0 valid, 1 invalid, 2 unreadable.

    \b
    Examples:
      jccttool validate data/extracted/*.json
      jccttool validate data/extracted/
      jccttool extract factsheet.txt | jccttool validate -
      jccttool extract data/raw/*.txt | jccttool validate -
    """
    from ..checks import check, find_source_text, read_extraction
    from ..errors import InputError

    worst = 0
    with guarded(debug):
        paths = expand(files or [], files_from)
        if not paths:
            raise InputError("no input: give extraction files, folders, - for stdin, or --files-from LIST")
        for item in iter_items(paths):
            if isinstance(item, InputError):
                say(f"jccttool: {item}")
                worst = 2
                continue
            name = item.name
            try:
                record, problems = read_extraction(item.raw, name)
            except InputError as exc:
                say(f"jccttool: {exc}")
                worst = 2
                continue
            except (RecursionError, ValueError) as exc:
                say(f"jccttool: {name}: not JSON ({'nested too deeply' if isinstance(exc, RecursionError) else exc})")
                worst = 2
                continue
            if record is None:
                for p in problems:
                    print(f"{name}: {p}")
                worst = max(worst, 1)
                continue
            source_text, how = find_source_text(record, item.path)
            problems = check(record, source_text)
            for p in problems:
                print(f"{name}: {p}")
            if problems:
                worst = max(worst, 1)
            elif not quiet:
                say(f"{name}: valid ({how})")
    raise typer.Exit(worst)
