"""``jccttool parse``: the section/bullet tree of a document (no extraction)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ._common import DebugOption, guarded

app = typer.Typer()


@app.command("parse")
def parse(
    file: Annotated[str, typer.Argument(help="A fact-sheet text file, or - for stdin.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the sections and blocks as JSON.")] = False,
    as_text: Annotated[bool, typer.Option("--text", help="Print the source text that every span indexes.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.", min=1)] = 20 * 1024 * 1024,
    debug: DebugOption = False,
) -> None:
    """Show how a document is segmented into sections, bullets and paragraphs.

    Examples:

      jccttool parse data/raw/jcct-22-fact-sheet-2011.txt

      jccttool parse --json factsheet.txt | jq '.sections[].title'

      jccttool parse --text factsheet.txt
    """
    from ..readers import read_source
    from ..segment import segment

    with guarded(debug):
        source = read_source(file, max_bytes=max_bytes)
        if as_text:
            sys.stdout.write(source.text)
            return
        seg = segment(source.text)
        if as_json:
            sys.stdout.write(_json(source, seg))
        else:
            _tree(source, seg)


def _json(source, seg) -> str:
    import json

    data = {
        "source": {"path": source.path, "sha256": source.sha256, "encoding": source.encoding, "chars": len(source.text)},
        "document": {"title": seg.title, "kind": seg.kind,
                     "date_line": source.text[seg.date_line[0]:seg.date_line[1]] if seg.date_line else None},
        "boilerplate": [list(b) for b in seg.boilerplate],
        "sections": [s.model_dump(mode="json") for s in seg.sections],
        "warnings": list(seg.warnings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _tree(source, seg) -> None:
    from rich.markup import escape
    from rich.tree import Tree

    from ._common import stdout_console

    label = escape(seg.title or source.name)
    root = Tree(f"[bold]{label}[/bold]  [dim]{seg.kind}[/dim]")
    nodes = {}
    for s in seg.sections:
        if s.title:
            title = escape(s.title)
        elif s.level == 0:
            title = "[italic](preamble)[/italic]"
        else:
            title = f"[italic](heading lost; topic: {escape(s.topic or '?')})[/italic]"
        parent = nodes.get(s.parent, root)
        node = parent.add(f"[bold cyan]{s.id}[/bold cyan] {title}")
        nodes[s.id] = node
        for b in s.blocks:
            mark = "•" if b.kind == "bullet" else "¶"
            text = " ".join(b.text.split())
            text = text if len(text) <= 110 else text[:107] + "..."
            style = "dim italic" if b.role == "context" else ""
            indent = "  " * b.depth
            node.add(f"{indent}[{style}]{mark} {escape(text)}[/{style}]" if style else f"{indent}{mark} {escape(text)}")
    console = stdout_console()
    console.print(root)
    for w in seg.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
