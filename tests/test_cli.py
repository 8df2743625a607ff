"""Every command through Typer's CliRunner, including its error paths."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from jccttool.cli import app
from tests.conftest import ARTICLE, FACT_SHEET

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The 22nd fact sheet extracted once into a file."""
    out = tmp_path_factory.mktemp("x") / "jcct-22.json"
    result = run("extract", FACT_SHEET, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "parse", "validate", "export", "schema", "diff", "eval"):
        assert command in result.stdout


@pytest.mark.parametrize("command", ["extract", "parse", "validate", "export", "schema", "diff", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"{command} --help has no example"
    assert "Usage:" in result.stdout


def test_every_option_has_help_text():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        for param in command.params:
            if param.param_type_name == "option" and param.name not in ("help",):
                assert param.help, f"{name} {param.opts} has no help text"


def test_extract_one_file_prints_pretty_json():
    result = run("extract", FACT_SHEET)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1"
    assert data["source"]["path"] == str(FACT_SHEET)
    assert result.stdout.startswith('{\n  "schema_version": "1",') and result.stdout.endswith("}\n")


def test_extract_is_deterministic():
    assert run("extract", FACT_SHEET).stdout == run("extract", FACT_SHEET).stdout


def test_extract_compact():
    result = run("extract", "--compact", FACT_SHEET)
    assert result.exit_code == 0 and result.stdout.count("\n") == 1


def test_extract_stdin():
    result = run("extract", "-", input=FACT_SHEET.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["path"] == "-"


def test_extract_several_gives_json_lines_in_order():
    result = run("extract", "--jobs", "1", FACT_SHEET, ARTICLE)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(FACT_SHEET), str(ARTICLE)]


def test_extract_out_dir(tmp_path):
    result = run("extract", "--jobs", "1", FACT_SHEET, ARTICLE, "--out-dir", tmp_path / "new")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == [
        "ipwatch-jcct-22-article-2011.json", "jcct-22-fact-sheet-2011.json"]
    assert "2 extracted, 0 failed" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["missing.txt"], "missing.txt: no such file", id="missing"),
        pytest.param(["tests"], "is a directory", id="directory"),
        pytest.param([], "no input", id="no-input"),
        pytest.param(["--only", "weather", str(FACT_SHEET)], "unknown kind weather", id="bad-only"),
        pytest.param(["--skip-existing", str(FACT_SHEET)], "needs --out-dir", id="skip-needs-dir"),
    ],
)
def test_extract_errors_are_one_line_exit_2(args, message):
    result = run("extract", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_empty_stdin_exit_2():
    result = run("extract", "-", input=b"")
    assert result.exit_code == 2 and "empty input" in result.stderr


def test_extract_batch_goes_on_after_a_failure(tmp_path):
    result = run("extract", "--jobs", "1", FACT_SHEET, tmp_path / "nope.txt", ARTICLE)
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 2
    assert "nope.txt: no such file" in result.stderr and "2 extracted, 1 failed" in result.stderr


def test_extract_refuses_same_stem_into_one_dir(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "jcct-22-fact-sheet-2011.txt").write_bytes(FACT_SHEET.read_bytes())
    result = run("extract", FACT_SHEET, tmp_path / "a" / "jcct-22-fact-sheet-2011.txt", "--out-dir", tmp_path / "o")
    assert result.exit_code == 2 and "would both write" in result.stderr


def test_extract_refuses_output_equal_to_input(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_bytes(FACT_SHEET.read_bytes())
    result = run("extract", p, "-o", p)
    assert result.exit_code == 2 and "overwrite" in result.stderr
    assert p.read_bytes() == FACT_SHEET.read_bytes()


def test_validate_ok(extracted):
    result = run("validate", extracted)
    assert result.exit_code == 0, result.stdout
    assert "valid" in result.stderr


def test_validate_reports_broken_invariants(extracted, tmp_path):
    data = json.loads(extracted.read_text())
    data["sections"][0]["blocks"][0]["text"] += "tampered"
    data["sections"].append(dict(data["sections"][0]))
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    result = run("validate", broken)
    assert result.exit_code == 1
    assert "sections[0].blocks[0].span: text" in result.stdout
    assert "id 's00' is not unique" in result.stdout


def test_validate_schema_problems_exit_1(extracted, tmp_path):
    data = json.loads(extracted.read_text())
    data["document"]["kind"] = "poem"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = run("validate", bad)
    assert result.exit_code == 1 and "document.kind" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "not JSON", id="truncated"),
        pytest.param("China agreed to publish.", "not JSON", id="fact-sheet-text"),
        pytest.param('{"schema_version": "9"}', "schema_version '9' is not supported", id="other-version"),
        pytest.param('{"a": 1}', "not a jccttool extraction", id="other-json"),
    ],
)
def test_validate_bad_input_exit_2(tmp_path, content, message):
    p = tmp_path / "x.json"
    p.write_text(content)
    result = run("validate", p)
    assert result.exit_code == 2 and message in result.stderr


def test_validate_stdin(extracted):
    result = run("validate", "-", input=extracted.read_text())
    assert result.exit_code == 0


@pytest.mark.parametrize("table", ["commitments", "money", "dates", "parties", "quantities", "sections"])
def test_export_csv_has_header_and_rows(extracted, table):
    result = run("export", extracted, "--to", "csv", "--table", table)
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.reader(io.StringIO(result.stdout)))
    assert parsed[0][0] == "document"
    record = json.loads(extracted.read_text())
    assert len(parsed) - 1 == len(record[table])


def test_export_jsonl_and_markdown(extracted):
    jsonl = run("export", extracted, "--to", "jsonl", "--table", "sections")
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert rows and rows[0]["id"] == "s00"
    md = run("export", extracted, "--to", "markdown", "--table", "sections")
    assert md.stdout.startswith("| document | id |")


def test_export_all(extracted, tmp_path):
    result = run("export", extracted, "--to", "csv", "--all", tmp_path / "tables")
    assert result.exit_code == 0
    assert len(list((tmp_path / "tables").glob("*.csv"))) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--to", "xls", "--table", "money"], "'xls' is not one of 'csv', 'tsv'", id="format"),
        pytest.param(["--table", "weather"], "'weather' is not one of 'commitments'", id="table"),
        pytest.param([], "give --table", id="no-table"),
    ],
)
def test_export_errors(extracted, args, message):
    result = run("export", extracted, *args)
    assert result.exit_code == 2 and message in result.stderr


def test_parse_tree_json_and_text():
    tree = run("parse", FACT_SHEET)
    assert tree.exit_code == 0 and "s00" in tree.stdout
    as_json = json.loads(run("parse", "--json", FACT_SHEET).stdout)
    assert as_json["sections"][0]["id"] == "s00"
    text = run("parse", "--text", FACT_SHEET)
    assert text.stdout == FACT_SHEET.read_text(encoding="utf-8")


def test_parse_binary_refused(tmp_path):
    p = tmp_path / "x.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = run("parse", p)
    assert result.exit_code == 2 and "not text (a PNG image)" in result.stderr


def test_schema_prints_json_schema():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Extraction" and "commitments" in schema["properties"]


def test_version():
    from jccttool import __version__

    assert run("--version").stdout.strip() == f"jccttool {__version__}"
