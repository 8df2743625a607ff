"""``jccttool diff``: what changed between two extractions (two runs or two sessions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from ._common import DebugOption, OutputOption, emit, fail, guarded

if TYPE_CHECKING:
    from ..records import Extraction

app = typer.Typer()

FORMATS = ("text", "json", "markdown")
MODES = ("auto", "revision", "sessions")


@app.command("diff")
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The older extraction (JSON, or a one-document JSON Lines stream), or a source text to extract first; - for stdin.", show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The newer one, the same way.", show_default=False)],
    fmt: Annotated[Literal["text", "json", "markdown"], typer.Option(
        "--format", "-f", case_sensitive=False,
        help="text (a readable report), json (docs/diff.md) or markdown (for a briefing note).")] = "text",
    only: Annotated[Optional[str], typer.Option("--only", metavar="KINDS", help="Compare only these kinds, comma-separated: sections, parties, dates, money, quantities, commitments.")] = None,
    mode: Annotated[Literal["auto", "revision", "sessions"], typer.Option(
        "--mode", case_sensitive=False,
        help="revision (two versions of one document: similar commitments are 'changed'), sessions (two meetings: they are 'recurring') or auto (guess).")] = "auto",
    everything: Annotated[bool, typer.Option(
        "--all", help="Sessions mode: show everything (year-only dates, participant lists, sections, role-only date changes).")] = False,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare two extractions record by record, aligned by meaning, not offsets.

    Commitments are matched by id, then by actors and text similarity (two sessions:
    by issue area, actors and key terms); money and quantities by what they measure;
    dates by text and value; parties by id; sections by title. Moved text (a span
    shift) is not a change. Two sessions give a summary per issue area (new,
    recurring, not repeated) first, then the details. Exit 0 when nothing of
    substance differs, 1 when something does, 2 on a bad input.

    \b
    Examples:
      jccttool diff jcct-22.json jcct-23.json
      jccttool diff jcct-22.txt jcct-23.txt --all
      jccttool diff old-run.json new-run.json --only money --format json
      jccttool diff jcct-22.txt jcct-23.txt --format markdown -o briefing.md
      jccttool extract new.txt | jccttool diff old.json -
    """
    from ..compare import compare, parse_only
    from ..render.diff import print_text, render_json, render_markdown, render_text

    with guarded(debug):
        fmt, mode = fmt.lower(), mode.lower()
        if fmt not in FORMATS:
            fail(f"--format: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        if mode not in MODES:
            fail(f"--mode: unknown mode {mode!r}; choose from {', '.join(MODES)}")
        if old == "-" and new == "-":
            fail("only one of OLD and NEW can be - (stdin)")
        kinds = parse_only(only)
        (a, a_text), (b, b_text) = _load(old), _load(new)
        result = compare(a, b, only=kinds, mode=mode, old_name=old, new_name=new, old_text=a_text, new_text=b_text, everything=everything)  # type: ignore[arg-type]
        if fmt == "json":
            emit(render_json(result), output)
        elif fmt == "markdown":
            emit(render_markdown(result), output)
        elif output is None or str(output) == "-":
            print_text(result)
        else:
            emit(render_text(result), output)
    raise typer.Exit(0 if result.identical else 1)


# --------------------------------------------------------------------------- input


def _load(path: str) -> tuple[Extraction, str | None]:
    """(extraction, source text if reachable). An extraction JSON is read as it is (its
    source text is used when the recorded file is found unchanged); anything else is
    extracted first, and only then are spaCy and dateparser loaded."""
    from ..checks import find_source_text
    from ..errors import InputError
    from ..readers import read_bytes
    from ._inputs import JSON_SUFFIXES, Item, parse, split_documents

    data = read_bytes(path)
    name = "<stdin>" if path == "-" else path
    if path.lower().endswith(JSON_SUFFIXES) or _is_extraction(data):
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not a JSON extraction (not UTF-8 text)") from None
        docs = split_documents(raw, name)
        if len(docs) != 1:
            raise InputError(f"{name}: holds {len(docs)} extractions (JSON Lines); diff compares one with one")
        record = parse(Item(docs[0][0], path, docs[0][1]))
        return record, find_source_text(record, path)[0]
    from ..pipeline import extract_source
    from ..readers import read_source

    source = read_source(path, data=data)
    return extract_source(source), source.text


def _is_extraction(data: bytes) -> bool:
    import json

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    first = head.split(b"\n", 1)[0]  # a JSON Lines stream: its first line is a document
    for candidate in (head, first):
        try:
            parsed = json.loads(candidate.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            continue
        return isinstance(parsed, dict) and "schema_version" in parsed
    return False
