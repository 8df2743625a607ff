"""``jccttool validate``: schema check plus the contract's invariants."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import DebugOption, QuietOption, guarded, read_input_text, say

app = typer.Typer()


@app.command("validate")
def validate(
    files: Annotated[list[str], typer.Argument(help="Extraction JSON files, or - for stdin.", show_default=False)],
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Check extraction JSON against the schema and the invariants.

    Checks: the JSON Schema; every span inside the text and, when the source file is
    reachable and its sha256 matches, `text == source_text[span]`; ids unique;
    section, party and parent references resolve; dates ordered; lists sorted.
    Prints one line per problem on stdout; exit 0 valid, 1 invalid, 2 unreadable.

    Examples:

      jccttool validate data/extracted/*.json

      jccttool extract factsheet.txt | jccttool validate -
    """
    from ..checks import check, find_source_text, read_extraction
    from ..errors import InputError

    worst = 0
    with guarded(debug):
        for path in files:
            name = "<stdin>" if path == "-" else path
            try:
                record, problems = read_extraction(read_input_text(path), name)
            except InputError as exc:
                say(f"jccttool: {exc}")
                worst = 2
                continue
            if record is None:
                for p in problems:
                    print(f"{name}: {p}")
                worst = max(worst, 1)
                continue
            source_text, how = find_source_text(record, path)
            problems = check(record, source_text)
            for p in problems:
                print(f"{name}: {p}")
            if problems:
                worst = max(worst, 1)
            elif not quiet:
                say(f"{name}: valid ({how})")
    raise typer.Exit(worst)
