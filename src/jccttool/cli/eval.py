"""``jccttool eval`` (placeholder until the evaluation work lands)."""

import typer

app = typer.Typer()
