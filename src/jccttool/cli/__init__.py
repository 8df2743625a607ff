"""The jccttool command line: the Typer app and nothing else.

Each command lives in its own module, which defines a one-command Typer app that is
merged here at top level. Command modules import heavy libraries inside their
functions, so ``jccttool --help`` stays fast.

Where to change what: the root help, ``-V`` and completion are here; so is
:class:`_Group`, which turns every usage error (a bad option value, a missing
argument, an unknown option) into one ``jccttool: ...`` line with exit 2 instead of
Click's usage block, and gives every parameter a readable metavar (``N``, ``FILE``,
``DIR``) in place of Typer's Python types. Help pages are plain Click text at most
80 columns wide; example blocks start with ``\\b`` so that they are never rewrapped
(``tests/test_help.py`` renders every page).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from typer.core import TyperArgument, TyperGroup

from .. import __version__
from . import audit, diff, eval, export, extract, parse, schema, track, validate

#: Readable metavars for options that declare none, by parameter name, then by type.
_METAVARS = {"only": "KINDS", "model": "NAME", "output": "FILE"}


class _Argument(TyperArgument):
    """An argument shown by its metavar only (``FILE...``), not with a Python type."""

    def display_type_rich(self, ctx):  # noqa: ARG002 - Typer's signature
        return None

    def _rich_display_name(self) -> str:
        return self.metavar or self.name.upper() + ("..." if self.nargs != 1 else "")

    def _usage_display_name(self) -> str:
        name = self._rich_display_name()
        return name if self.required else f"[{name}]"


def _readable(command) -> None:
    if command.short_help is None and command.help:
        # the first paragraph whole (Click would cut it to fit 45 characters)
        first = " ".join(command.help.split("\n\n", 1)[0].split())
        command.short_help = first.rstrip(".")
    for param in command.params:
        if isinstance(param, TyperArgument):
            param.__class__ = _Argument
            continue
        desc = getattr(param, "type_descriptor", None)
        if param.metavar is not None or getattr(param, "is_flag", False) or desc is None or desc.is_choice:
            continue
        annotation = getattr(desc, "annotation", None)
        if param.name in _METAVARS:
            param.metavar = _METAVARS[param.name]
        elif annotation is int:
            param.metavar = "N"
        elif annotation is float:
            param.metavar = "X"
        elif annotation is Path:
            param.metavar = "FILE" if getattr(desc.parameter_info, "file_okay", True) else "DIR"
        else:
            param.metavar = param.name.upper()


class _Group(TyperGroup):
    """The root group: readable help, one-line usage errors."""

    def __init__(self, **attrs):
        super().__init__(**attrs)
        for command in self.commands.values():
            _readable(command)
        self.context_settings.setdefault("max_content_width", 80)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        from typer._click import exceptions as click_errors

        try:
            code = super().main(args, prog_name or "jccttool", complete_var, False, **extra)
        except click_errors.NoArgsIsHelpError as exc:
            sys.stdout.write(exc.ctx.get_help() + "\n")
            sys.exit(0)
        except click_errors.ClickException as exc:
            sys.stderr.write(f"jccttool: {usage_message(exc)}\n")
            sys.stderr.flush()
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write("jccttool: interrupted\n")
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


def usage_message(exc) -> str:
    """Click's error as one line, with the help command to try."""
    message = " ".join(exc.format_message().split()).replace("Value error, ", "")
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message += f" (see: {ctx.command_path} --help)"
    return message


app = typer.Typer(
    name="jccttool",
    cls=_Group,
    help=(
        "Turn U.S.-China trade fact sheets (JCCT, S&ED, ...) into clean, checkable JSON.\n\n"
        "\b\nExamples:\n"
        "  jccttool extract factsheet.txt > factsheet.json\n"
        "  jccttool extract data/raw/*.txt --out-dir data/extracted/\n"
        "  jccttool extract data/raw/*.txt | jccttool validate -\n"
        "  jccttool export data/extracted/ --table commitments -o commitments.csv\n"
        "  jccttool diff old.json new.json\n"
        "  jccttool track data/extracted/ --format html -o ledger.html\n\n"
        "Exit codes: 0 success, 1 found something (validate: invalid; diff:"
        " differences; eval: below --min-f1), 2 usage or input error, 130"
        " interrupted."
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 80},
)
for module in (extract, parse, validate, export, diff, schema, eval, audit, track):
    app.add_typer(module.app)


def _version(value: bool) -> None:
    if value:
        print(f"jccttool {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """jccttool: fact sheets in, JSON out."""


def main() -> None:
    app()
