"""The jccttool command line: the Typer app and nothing else.

Each command lives in its own module, which defines a one-command Typer app that is
merged here at top level. Command modules import heavy libraries inside their
functions, so ``jccttool --help`` stays fast.
"""

from __future__ import annotations

import typer

from .. import __version__
from . import audit, diff, eval, export, extract, parse, schema, validate

app = typer.Typer(
    name="jccttool",
    help=(
        "Turn U.S.-China trade fact sheets (JCCT, S&ED, ...) into clean, checkable JSON.\n\n"
        "Examples:\n\n"
        "  jccttool extract factsheet.txt > factsheet.json\n\n"
        "  jccttool extract data/raw/*.txt --out-dir data/extracted/\n\n"
        "  jccttool extract factsheet.txt | jccttool validate -\n\n"
        "  jccttool diff old.json new.json\n\n"
        "Exit codes: 0 success, 1 found something (validate: invalid; diff: differences;"
        " eval: below --min-f1), 2 usage or input error."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
for module in (extract, parse, validate, export, diff, schema, eval, audit):
    app.add_typer(module.app)


def _version(value: bool) -> None:
    if value:
        print(f"jccttool {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """jccttool: fact sheets in, JSON out."""


def main() -> None:
    app()
