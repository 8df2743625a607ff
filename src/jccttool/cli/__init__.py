"""The jccttool command line (filled in by the foundation work)."""

import typer

app = typer.Typer()


def main() -> None:
    app()
