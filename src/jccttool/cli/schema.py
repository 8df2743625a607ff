"""``jccttool schema``: print the JSON Schema of the extraction format."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import OutputOption, emit, guarded

app = typer.Typer()


def schema_text(ledger: bool = False) -> str:
    import json

    if ledger:
        from ..track.model import Ledger as model
    else:
        from ..records import Extraction as model

    return json.dumps(model.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"


@app.command("schema")
def schema(
    output: OutputOption = None,
    ledger: Annotated[bool, typer.Option("--ledger", help="The schema of `jccttool track --format json` (the ledger) instead.")] = False,
) -> None:
    """Print the JSON Schema of what `jccttool extract` writes.

    \b
    Examples:
      jccttool schema > document.schema.json
      jccttool schema -o docs/document.schema.json
      jccttool schema --ledger -o docs/ledger.schema.json
    """
    with guarded():
        emit(schema_text(ledger), output)
