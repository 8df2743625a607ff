"""The committed outputs in data/extracted/ are what the current code produces.

Regenerate with: jccttool extract data/raw/*.txt --out-dir data/extracted/
"""

from __future__ import annotations

import pytest

from jccttool.checks import check
from jccttool.pipeline import extract_path
from tests.conftest import EXTRACTED, RAW

RAW_FILES = sorted(RAW.glob("*.txt"))


@pytest.mark.parametrize("raw", RAW_FILES, ids=lambda p: p.stem)
def test_extracted_output_is_current(raw, monkeypatch):
    monkeypatch.chdir(RAW.parent.parent)
    committed = EXTRACTED / f"{raw.stem}.json"
    assert committed.exists(), f"missing {committed}; run: jccttool extract data/raw/*.txt --out-dir data/extracted/"
    current = extract_path(f"data/raw/{raw.name}").to_json()
    assert committed.read_text(encoding="utf-8") == current, (
        f"{committed.name} is stale; run: jccttool extract data/raw/*.txt --out-dir data/extracted/"
    )


@pytest.mark.parametrize("raw", RAW_FILES, ids=lambda p: p.stem)
def test_extracted_output_is_valid(raw):
    record = extract_path(str(raw))
    assert check(record, raw.read_text(encoding="utf-8")) == []
