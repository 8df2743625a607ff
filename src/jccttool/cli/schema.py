"""``jccttool schema``: print the JSON Schema of the extraction format."""

from __future__ import annotations

import typer

from ._common import OutputOption, emit, guarded

app = typer.Typer()


def schema_text() -> str:
    import json

    from ..records import Extraction

    return json.dumps(Extraction.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"


@app.command("schema")
def schema(output: OutputOption = None) -> None:
    """Print the JSON Schema of what `jccttool extract` writes.

    \b
    Examples:
      jccttool schema > document.schema.json
      jccttool schema -o docs/document.schema.json
    """
    with guarded():
        emit(schema_text(), output)
