"""``jccttool diff`` (placeholder until the diff work lands)."""

import typer

app = typer.Typer()
