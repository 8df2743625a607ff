"""The ``jccttool parse`` views of a segmentation: a rich tree of sections and
blocks for people, or JSON.

rich is imported inside :func:`print_tree` only.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls: a source text (or a crafted
# extraction) may hold terminal escape sequences ("\x1b]0;title\x07", "\x1b[2J")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with every control character a terminal would act on shown as an
    escape (``\\x1b``), so that printing a document's text cannot retitle, clear or
    reprogram the terminal. Tab and newline stay."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text) if _CONTROL.search(text) else text


def render_json(source, seg) -> str:
    """``parse --json``: the source, the header, the boilerplate, the sections and the warnings."""
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


def print_tree(source, seg, console) -> None:
    """``parse``: the section/bullet tree, then the warnings, printed on a rich ``console``."""
    from rich.markup import escape
    from rich.tree import Tree

    label = escape(visible(seg.title or source.name))
    root = Tree(f"[bold]{label}[/bold]  [dim]{seg.kind}[/dim]")
    nodes = {}
    for s in seg.sections:
        if s.title:
            title = escape(visible(s.title))
        elif s.level == 0:
            title = "[italic](preamble)[/italic]"
        else:
            title = f"[italic](heading lost; topic: {escape(visible(s.topic or '?'))})[/italic]"
        parent = nodes.get(s.parent, root)
        node = parent.add(f"[bold cyan]{s.id}[/bold cyan] {title}")
        nodes[s.id] = node
        for b in s.blocks:
            mark = "•" if b.kind == "bullet" else "¶"
            text = visible(" ".join(b.text.split()))
            text = text if len(text) <= 110 else text[:107] + "..."
            style = "dim italic" if b.role == "context" else ""
            indent = "  " * b.depth
            node.add(f"{indent}[{style}]{mark} {escape(text)}[/{style}]" if style else f"{indent}{mark} {escape(text)}")
    console.print(root)
    for w in seg.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(visible(w))}")
