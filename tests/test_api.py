"""The Python API fails loudly: extract, extract_many, to_frames."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jccttool import extract, extract_many, to_frames
from jccttool.errors import InputError
from jccttool.pipeline import looks_like_path
from jccttool.render.tables import TABLES, columns
from tests.conftest import ARTICLE, FACT_SHEET, ROOT


@pytest.mark.parametrize("length", [256, 300, 1000, 4095])
def test_one_line_text_of_any_length_is_text_not_a_file_name(length):
    text = ("The United States agreed to publish the rules. " * 100)[:length]
    record = extract(text)
    assert record.source.path == "<text>" and record.source.chars == length


@pytest.mark.parametrize("name", [
    "data/raw/jcct-22-fact-sheet-2O11.txt",  # a typo: the letter O for a zero
    "missing.txt",
    "reports/2011/outcomes",
    "Fact Sheet.HTML",
])
def test_a_missing_path_raises_instead_of_extracting_its_name(name):
    with pytest.raises(InputError, match="no such file"):
        extract(name)


@pytest.mark.parametrize(("text", "path_like"), [
    ("data/raw/x.txt", True),
    ("a/b", True),
    ("notes.md", True),
    ("China and the United States agreed to cut tariffs on 1/3 of goods.", False),
    ("The two sides agreed to meet.", False),
    ("folder/file.txt\nChina agreed.", False),
    ("x" * 5000 + ".txt", False),
])
def test_what_looks_like_a_path(text, path_like):
    assert looks_like_path(text) is path_like


def test_prose_with_a_slash_is_text():
    record = extract("China agreed to publish 50/50 joint venture rules in 2012.")
    assert record.source.path == "<text>" and record.dates


def test_path_str_pathlib_and_bytes_agree():
    by_str = extract(str(FACT_SHEET))
    assert extract(FACT_SHEET).to_json() == by_str.to_json()
    assert extract(FACT_SHEET.read_bytes()).commitments == by_str.commitments


def test_a_name_too_long_for_the_file_system_is_text():
    text = "China agreed to publish the rules" + "x" * 300 + "."
    assert extract(text).source.path == "<text>"


def test_extract_many_yields_in_input_order():
    paths = [ARTICLE, FACT_SHEET, ARTICLE]
    got = [r.source.path for r in extract_many(paths, jobs=2)]
    assert got == [str(p) for p in paths]
    one = list(extract_many([FACT_SHEET], jobs=1))
    assert one[0].to_json() == extract(FACT_SHEET).to_json()


def test_extract_many_raises_on_a_bad_input(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(extract_many([FACT_SHEET, tmp_path / "nope.txt"], jobs=1))


def test_to_frames_has_the_export_columns():
    pytest.importorskip("pandas")
    records = [extract(FACT_SHEET), extract(ARTICLE)]
    frames = to_frames(records)
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == columns(name)
    assert len(frames["commitments"]) == sum(len(r.commitments) for r in records)
    assert set(frames["money"]["document"]) == {FACT_SHEET.stem, ARTICLE.stem}
    single = to_frames(records[0])
    assert len(single["money"]) == len(records[0].money)


def test_importing_the_package_imports_neither_spacy_nor_pandas():
    code = "import sys, jccttool; print('spacy' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(ROOT) / "src")}).stdout
    assert out.split() == ["False", "False"]
