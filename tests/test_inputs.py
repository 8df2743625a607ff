"""Commands that read extractions take JSON Lines and many inputs; CSV/TSV cells are flat and safe."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from jccttool.cli import app
from jccttool.render.tables import flat_cell, render
from tests.conftest import ARTICLE, EXTRACTED, FACT_SHEET

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def stream():
    """What `jccttool extract a.txt b.txt` writes: JSON Lines, one document a line."""
    result = run("extract", "-q", "--jobs", "1", FACT_SHEET, ARTICLE)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    return result.stdout


def _committed(name):
    return json.loads((EXTRACTED / f"{name}.json").read_text(encoding="utf-8"))


def test_validate_reads_a_json_lines_stream(stream):
    result = run("validate", "-", input=stream)
    assert result.exit_code == 0, result.output
    assert "<stdin>:1: valid" in result.stderr and "<stdin>:2: valid" in result.stderr


def test_validate_a_folder_and_every_committed_file():
    assert run("validate", EXTRACTED).exit_code == 0
    assert run("validate", *sorted(EXTRACTED.glob("*.json"))).exit_code == 0


def test_validate_files_from(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(str(p) for p in sorted(EXTRACTED.glob("*.json"))) + "\n")
    result = run("validate", "--files-from", listing)
    assert result.exit_code == 0 and result.stderr.count("valid") == 2


def test_validate_reports_the_line_of_a_bad_stream_document(stream):
    lines = stream.splitlines()
    result = run("validate", "-", input=lines[0] + "\n{not json\n")
    assert result.exit_code == 2 and "<stdin>:2: not JSON" in result.stderr


def test_export_a_stream_writes_one_table(stream):
    result = run("export", "-", "--to", "CSV", "--table", "commitments", input=stream)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = sum(len(_committed(p.stem)["commitments"]) for p in (FACT_SHEET, ARTICLE))
    assert len(rows) == expected
    assert {r["document"] for r in rows} == {FACT_SHEET.stem, ARTICLE.stem}


def test_export_a_folder_to_stdout_with_dash(tmp_path):
    result = run("export", EXTRACTED, "--to", "tsv", "--table", "money", "-o", "-")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[0] == "document"
    assert len(lines) - 1 == sum(len(_committed(p.stem)["money"]) for p in (FACT_SHEET, ARTICLE))
    assert not (tmp_path / "-").exists()


def test_export_html_takes_one_document(stream):
    result = run("export", "-", "--to", "html", input=stream)
    assert result.exit_code == 2 and "one document" in result.stderr


def test_eval_reads_a_stream_matched_by_source_name(stream):
    result = run("eval", "--gold-dir", "tests/gold", "-", "--json", input=stream)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["documents"]) == 2


def test_diff_takes_a_one_document_stream_and_refuses_two(stream):
    one = stream.splitlines()[0] + "\n"
    same = run("diff", EXTRACTED / f"{FACT_SHEET.stem}.json", "-", input=one)
    assert same.exit_code == 0, same.output
    two = run("diff", EXTRACTED / f"{FACT_SHEET.stem}.json", "-", input=stream)
    assert two.exit_code == 2 and "holds 2 extractions" in two.stderr


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(1)+cmd", "'=HYPERLINK(1)+cmd"),
    ("+1 555", "'+1 555"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-", "-"),  # stdin's document name: a lone sign is no formula
    (-5, "-5"),  # numbers are left alone
    ("China agreed\nto publish\r\n   the rules.", "China agreed to publish the rules."),
    ("tab\tinside", "tab\tinside"),
])
def test_flat_cells(value, cell):
    assert flat_cell(value) == cell


def test_formula_escape_can_be_turned_off():
    assert flat_cell("=1+1", formula_escape=False) == "=1+1"


def test_csv_of_a_hostile_file_name(tmp_path):
    data = _committed(FACT_SHEET.stem)
    data["source"]["path"] = "=HYPERLINK(1)+cmd.txt"
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(data))
    safe = run("export", crafted, "--table", "money")
    assert safe.exit_code == 0 and safe.stdout.splitlines()[1].startswith("'=HYPERLINK(1)+cmd,")
    raw = run("export", crafted, "--table", "money", "--no-formula-escape")
    assert raw.stdout.splitlines()[1].startswith("=HYPERLINK(1)+cmd,")


def test_tsv_has_no_tab_or_line_break_inside_a_cell():
    rows = [{"document": "d", "id": "s00", "title": "a\tb\nc", "level": 1, "parent": None, "topic": None,
             "blocks": 0, "span_start": 0, "span_end": 1}]
    text = render(rows, "sections", "TSV")
    assert text.splitlines()[1].split("\t")[2] == "a b c"
