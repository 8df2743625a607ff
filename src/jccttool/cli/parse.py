"""``jccttool parse``: the section/bullet tree of a document (no extraction)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ._common import DebugOption, fail, guarded, stdout_console

app = typer.Typer()


@app.command("parse")
def parse(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A fact-sheet text file, or - for stdin.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the sections and blocks as JSON.")] = False,
    as_text: Annotated[bool, typer.Option("--text", help="Print the source text that every span indexes.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.", min=1)] = 20 * 1024 * 1024,
    debug: DebugOption = False,
) -> None:
    """Show how a document is segmented into sections, bullets and paragraphs.

    \b
    Examples:
      jccttool parse data/raw/jcct-22-fact-sheet-2011.txt
      jccttool parse --json factsheet.txt | jq '.sections[].title'
      jccttool parse --text factsheet.txt
    """
    from ..readers import read_source
    from ..render.parse import print_tree, render_json
    from ..segment import segment

    with guarded(debug):
        if as_json and as_text:
            fail("use --json or --text, not both")
        source = read_source(file, max_bytes=max_bytes)
        _refuse_json(source)
        if as_text:
            sys.stdout.write(source.text)
            return
        seg = segment(source.text)
        if as_json:
            sys.stdout.write(render_json(source, seg))
        else:
            print_tree(source, seg, stdout_console())


def _refuse_json(source) -> None:
    """A JSON document or JSON Lines stream (an extraction, most likely) is not a fact
    sheet: refused as ``extract`` refuses it."""
    import json

    from ..errors import InputError

    text = source.text.lstrip("\ufeff \t\r\n")
    if text[:1] not in ("{", "["):
        return
    for candidate in (text, text.split("\n", 1)[0]):
        try:
            json.loads(candidate)
        except (ValueError, RecursionError):
            continue
        raise InputError(f"{source.name}: is JSON, not a fact-sheet text (to check an extraction use: jccttool validate)")
