"""Every help page reads cleanly at 80 (and 100) columns, and every usage error is one line."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from jccttool.cli import app

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)
#: Python types that Typer would print as metavars (``<int range>``, ``<list[str]>``, ``<file>``).
PY_TYPE = re.compile(r"<(?:int|float|str|bool|list|tuple|file|dir|path|text)(?: range|\[[^\]]*\])?>", re.I)


def _help(args, width):
    result = runner.invoke(app, [*args, "--help"], terminal_width=width)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 100])
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_page_reads_cleanly(command, width):
    page = _help([command] if command else [], width)
    lines = page.splitlines()
    too_long = [line for line in lines if len(line) > width]
    assert not too_long, f"lines over {width} columns: {too_long}"
    assert not PY_TYPE.search(page), PY_TYPE.search(page).group(0)
    # examples: one command a line, never wrapped onto a continuation line
    if "Examples:" in page:
        block = []
        for line in page.split("Examples:", 1)[1].splitlines()[1:]:
            if line.strip() and not line.startswith("    "):
                break
            block.append(line)
        assert any(block), "an empty Examples block"
        for line in filter(str.strip, block):
            assert line.startswith("    ") and "jccttool" in line, f"wrapped example line: {line!r}"


def test_command_summaries_are_complete():
    page = _help([], 80)
    listing = page.split("Commands:", 1)[1]
    entries = re.split(r"\n  (?=\w)", "\n" + listing.strip("\n"))
    assert len([e for e in entries if e.strip()]) == len(COMMANDS)
    for entry in entries:
        assert not entry.rstrip().endswith("..."), f"cut summary: {entry!r}"


@pytest.mark.parametrize(("command", "option", "choices"), [
    ("export", "--to", ["csv", "tsv", "jsonl", "markdown", "html"]),
    ("export", "--table", ["commitments", "money", "dates", "parties", "quantities", "sections"]),
    ("diff", "--format", ["text", "json", "markdown"]),
    ("diff", "--mode", ["auto", "revision", "sessions"]),
])
def test_every_choice_is_listed(command, option, choices):
    page = _help([command], 80)
    for choice in choices:
        assert choice in page, f"{command} {option}: {choice} not listed"


@pytest.mark.parametrize("args", [
    pytest.param(["extract", "--jobs", "0", "x.txt"], id="jobs-0"),
    pytest.param(["extract", "--bogus"], id="unknown-option"),
    pytest.param(["diff", "a.json"], id="missing-argument"),
    pytest.param(["export", "x.json", "--to", "xls"], id="bad-choice"),
    pytest.param(["nosuch"], id="unknown-command"),
    pytest.param(["parse", "--max-bytes", "many", "x.txt"], id="not-a-number"),
])
def test_usage_errors_are_one_line_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Usage:" not in result.output and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jccttool: "), result.stderr


def test_no_arguments_prints_help():
    result = runner.invoke(app, [])
    assert result.exit_code == 0 and "Commands:" in result.stdout


def test_short_version_flag_and_completion():
    from jccttool import __version__

    assert runner.invoke(app, ["-V"]).stdout.strip() == f"jccttool {__version__}"
    assert "--install-completion" in _help([], 80)
