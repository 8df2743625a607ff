"""``jccttool audit``: what the pipeline nearly took and left, to check by hand."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ._common import DebugOption, OutputOption, emit, guarded, say

app = typer.Typer()


@app.command("audit")
def audit(
    files: Annotated[list[str], typer.Argument(help="Fact-sheet texts (.txt, .html, .pdf) or folders (with -r).", show_default=False)],
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Descend into folders.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object: every document's findings and the summary.")] = False,
    shape: Annotated[Optional[str], typer.Option("--shape", help="Show only these shapes, comma-separated (see the list above).")] = None,
    summary_only: Annotated[bool, typer.Option("--summary", help="Print only the table of shapes.")] = False,
    classifier: Annotated[
        bool, typer.Option("--classifier/--no-classifier", help="Score sentences with the shipped classifier (likely_commitment); off: the model is not loaded.")
    ] = True,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """List what the extraction nearly took and left, per document.

    Shapes: trigger_without_commitment (a trigger verb, no commitment),
    list_item_unread (an item under a lead-in ending in ':' with no commitment),
    name_unclaimed (a capitalised name no party covers), number_unparsed,
    date_unread, heading_not_taken, heading_like_furniture, likely_commitment
    (a sentence a trained classifier scores as a commitment and the rules did
    not take; with its score). The audit over-reports on purpose: it is a list
    of places to look. Exit 0, or 2 when an input cannot be read.

    \b
    Examples:
      jccttool audit factsheet.txt
      jccttool audit corpus/ -r --summary
      jccttool audit corpus/ -r --shape list_item_unread --json
      jccttool audit factsheet.txt --no-classifier
    """
    import json

    from ..audit import SHAPES, audit_path, classifier_meta, summarise
    from ..batch import expand_inputs
    from ..errors import JcctError

    wanted = set(SHAPES) if not shape else {s.strip() for s in shape.split(",") if s.strip()}
    unknown = sorted(wanted - set(SHAPES))
    asked = bool(shape) and "likely_commitment" in wanted
    if not classifier:
        wanted.discard("likely_commitment")
    worst = 0
    with guarded(debug):
        if unknown:
            from ._common import fail

            fail(f"--shape: unknown shape {', '.join(unknown)} (choose from {', '.join(SHAPES)})")
        if asked and not classifier:
            from ._common import fail

            fail("--shape likely_commitment needs the classifier: drop --no-classifier")
        if "likely_commitment" in wanted:
            classifier_meta()  # load the model once: a model this spaCy cannot read is one error, not one per file
        audits = []
        for path in expand_inputs(files, recursive=recursive):
            try:
                result = audit_path(path, classifier="likely_commitment" in wanted)
            except JcctError as exc:
                say(f"jccttool: {exc}")
                worst = 2
                continue
            result.findings = [f for f in result.findings if f.shape in wanted]
            audits.append(result)
        rows = [r for r in summarise(audits) if r[0] in wanted]
        if as_json:
            data = {
                "documents": [a.to_dict() for a in audits],
                "summary": [{"shape": s, "findings": n, "documents": d} for s, n, d in rows],
            }
            emit(json.dumps(data, indent=2, ensure_ascii=False) + "\n", output)
        else:
            emit(_text(audits, rows, summary_only), output)
    raise typer.Exit(worst)


def _text(audits, rows, summary_only: bool) -> str:
    lines: list[str] = []
    if not summary_only:
        for a in audits:
            lines.append(f"{a.document}: {len(a.findings)} to check")
            for f in a.findings:
                text = f.text if f.score is None else f"({f.score:.3f}) {f.text}"
                lines.append(f"  {f.span[0]:>6}  {f.shape:<27} {text}")
        lines.append("")
    width = max([len("shape")] + [len(s) for s, _, _ in rows])
    lines.append(f"{'shape':<{width}}  findings  documents (of {len(audits)})")
    for s, n, d in rows:
        lines.append(f"{s:<{width}}  {n:>8}  {d:>9}")
    return "\n".join(lines) + "\n"
