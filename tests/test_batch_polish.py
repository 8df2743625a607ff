"""Batch polish: an interrupt says how far the run got and how to resume; --keep-tree."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from jccttool import batch
from jccttool.cli import app
from tests.conftest import FACT_SHEET

runner = CliRunner()


def _copies(tmp_path, n):
    paths = []
    for i in range(n):
        p = tmp_path / "in" / f"doc{i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(f"China agreed to publish rule number {i + 1}.\n", encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.fixture
def interrupted_after_two(monkeypatch):
    real = batch.run

    def run(inputs, options, **kwargs):
        for k, outcome in enumerate(real(inputs, options, jobs=1)):
            if k == 2:
                raise KeyboardInterrupt
            yield outcome

    monkeypatch.setattr(batch, "run", run)


def test_an_interrupt_says_how_many_finished_and_how_to_resume(tmp_path, interrupted_after_two):
    paths = _copies(tmp_path, 4)
    result = runner.invoke(app, ["extract", *paths, "--out-dir", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 130
    lines = result.stderr.strip().splitlines()
    assert lines == ["jccttool: interrupted: 2 of 4 documents finished; run the same command with --skip-existing to resume"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["doc0.json", "doc1.json"]


def test_an_interrupted_batch_makes_a_second_ctrl_c_end_the_process_at_once(tmp_path, interrupted_after_two,
                                                                            monkeypatch):
    """Before: the batch's own interrupt line left Python's handler in place, so a second
    Ctrl-C while the interpreter joined its threads printed "Exception ignored in ...
    threading" under the one line (1 run in 5 of the double Ctrl-C test)."""
    from jccttool.cli import extract as extract_command

    armed = []
    monkeypatch.setattr(extract_command, "_exit_on_next_signal", armed.append)
    result = runner.invoke(app, ["extract", *_copies(tmp_path, 4), "--out-dir", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 130 and armed == [130]


def test_an_interrupted_json_lines_file_is_not_written(tmp_path, interrupted_after_two):
    paths = _copies(tmp_path, 3)
    result = runner.invoke(app, ["extract", *paths, "-o", str(tmp_path / "all.jsonl"), "-q"])
    assert result.exit_code == 130 and "all.jsonl was not written" in result.stderr
    assert not (tmp_path / "all.jsonl").exists()


def test_keep_tree_mirrors_input_folders(tmp_path):
    for folder in ("a", "b/c"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "sheet.txt").write_bytes(FACT_SHEET.read_bytes()[:3000])
    out = tmp_path / "out"
    refused = runner.invoke(app, ["extract", "-r", str(tmp_path / "in"), "--out-dir", str(out)])
    assert refused.exit_code == 2 and "would both write" in refused.stderr
    result = runner.invoke(app, ["extract", "-r", str(tmp_path / "in"), "--out-dir", str(out), "--keep-tree", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["a/sheet.json", "b/c/sheet.json"]


def test_keep_tree_needs_out_dir():
    result = runner.invoke(app, ["extract", str(FACT_SHEET), "--keep-tree"])
    assert result.exit_code == 2 and "--keep-tree needs --out-dir" in result.stderr
