"""Every bad, odd or hostile input of issue 8, run through the real command line.

The table of cases, commands, exit codes and messages is docs/robustness.md; this test
produces it and fails when the committed copy differs. Refresh it with:

    JCCTTOOL_UPDATE_DOCS=1 python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import gzip
import json
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import FACT_SHEET, ROOT

DOC = ROOT / "docs" / "robustness.md"
FACT = FACT_SHEET.read_text(encoding="utf-8")


@dataclass
class Case:
    name: str
    args: list[str]
    expect: int
    setup: object = None  # callable(tmp: Path) -> None
    stdin: bytes | None = None
    check: object = None  # callable(tmp: Path, stdout: str) -> None


def _write(name: str, data: bytes):
    def setup(tmp: Path) -> None:
        (tmp / name).write_bytes(data)

    return setup


def _extraction(tmp: Path) -> None:
    (tmp / "good.txt").write_text(FACT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "jccttool", "extract", "good.txt"], cwd=tmp, capture_output=True, check=True)
    (tmp / "good.json").write_bytes(out.stdout)
    data = json.loads(out.stdout)
    (tmp / "truncated.json").write_bytes(out.stdout[: len(out.stdout) // 2])
    data["schema_version"] = "0"
    (tmp / "old.json").write_text(json.dumps(data))


def _encoding(expected: str):
    def check(tmp: Path, stdout: str) -> None:
        assert json.loads(stdout)["source"]["encoding"] == expected

    return check


def _some_records(tmp: Path, stdout: str) -> None:
    data = json.loads(stdout)
    assert data["money"] and data["commitments"], "the text should still be understood"


CASES = [
    Case("missing path", ["extract", "missing.txt"], 2),
    Case("directory without -r", ["extract", "folder"], 2, setup=lambda t: (t / "folder").mkdir()),
    Case("broken symlink", ["extract", "link.txt"], 2, setup=lambda t: (t / "link.txt").symlink_to(t / "gone.txt")),
    Case("empty file", ["extract", "empty.txt"], 2, setup=_write("empty.txt", b"")),
    Case("whitespace-only file", ["extract", "blank.txt"], 2, setup=_write("blank.txt", b" \n\t \r\n")),
    Case("empty stdin", ["extract", "-"], 2, stdin=b""),
    Case("PNG image", ["extract", "image.txt"], 2, setup=_write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
    Case("gzip data", ["extract", "archive.txt"], 2, setup=_write("archive.txt", gzip.compress(b"China agreed."))),
    Case("NUL bytes", ["extract", "nul.txt"], 2, setup=_write("nul.txt", b"China agreed\x00 to\x00 publish.")),
    Case("UTF-16 with BOM", ["extract", "utf16.txt"], 0, setup=_write("utf16.txt", FACT.encode("utf-16")),
         check=_encoding("utf-16")),
    Case("cp1252 smart quotes", ["extract", "cp1252.txt"], 0,
         setup=_write("cp1252.txt", FACT.replace("\u2022", "-").encode("cp1252")), check=_encoding("cp1252")),
    Case("latin-1 text", ["extract", "latin1.txt"], 0,
         setup=_write("latin1.txt", "Caf\u00e9 talks: China agreed to cut tariffs by 2012.\x81\n".encode("latin-1")),
         check=_encoding("latin-1")),
    Case("mixed line endings", ["extract", "crlf.txt"], 0,
         setup=_write("crlf.txt", FACT.replace("\n\n", "\r\n\r\n", 20).replace("\n", "\r", 5).encode()),
         check=_some_records),
    Case("file above --max-bytes", ["extract", "--max-bytes", "1000000", "big.txt"], 2,
         setup=_write("big.txt", (FACT.encode() + b"\n\n") * 70)),
    Case("1 MB single line", ["extract", "--compact", "line.txt"], 0,
         setup=_write("line.txt", (FACT.replace("\n", " ").encode() + b" ") * 64)),
    Case("text in another language", ["extract", "zh.txt"], 0,
         setup=_write("zh.txt", "中美商贸联合委员会第二十二届会议在成都举行。双方同意加强合作。\n".encode())),
    Case("JSON passed to extract", ["extract", "good.json"], 2, setup=_extraction),
    Case("fact-sheet text passed to validate", ["validate", "good.txt"], 2, setup=_extraction),
    Case("truncated JSON", ["validate", "truncated.json"], 2, setup=_extraction),
    Case("JSON of another schema_version", ["validate", "old.json"], 2, setup=_extraction),
    Case("output folder missing (created)", ["extract", "good.txt", "--out-dir", "new/sub"], 0, setup=_extraction,
         check=lambda t, _: (t / "new" / "sub" / "good.json").exists()),
    Case("output folder not writable", ["extract", "good.txt", "--out-dir", "good.txt/out"], 2, setup=_extraction),
    Case("output file equal to input", ["extract", "good.txt", "-o", "good.txt"], 2, setup=_extraction),
    Case("two inputs with one stem", ["extract", "good.txt", "a/good.txt", "--out-dir", "out"], 2,
         setup=lambda t: (_extraction(t), (t / "a").mkdir(), (t / "a" / "good.txt").write_text(FACT))),
]


def _run(case: Case, tmp: Path) -> tuple[int, str, str, str]:
    if case.setup:
        case.setup(tmp)
    env = dict(os.environ, NO_COLOR="1", COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "jccttool", *case.args], cwd=tmp, input=case.stdin or b"",
                          capture_output=True, env=env, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8", "replace")
    message = err.strip().splitlines()[-1] if err.strip() else ""
    if proc.returncode == 0 and case.args[0] == "extract" and out.startswith("{"):
        warnings = json.loads(out)["warnings"]
        message = ("warnings: " + "; ".join(warnings)) if warnings else "ok"
    return proc.returncode, out, err, message


def _table(rows: list[tuple[str, str, int, str]]) -> str:
    lines = [
        "# Robustness: what jccttool does with bad, odd and hostile input",
        "",
        "Produced by `tests/test_robustness.py`, which runs every case through the real",
        "command line (`python -m jccttool`) and fails when this table is out of date",
        "(refresh: `JCCTTOOL_UPDATE_DOCS=1 python -m pytest tests/test_robustness.py`).",
        "No case prints a traceback. Interruption (Ctrl-C → exit 130, SIGTERM → exit 143,",
        "finished outputs complete, no temporary files left) is tested in `tests/test_batch.py`;",
        "unreadable files (permission denied → exit 2) in `tests/test_readers.py` when not root.",
        "",
        "| case | command | exit | message on stderr (or result) |",
        "|---|---|---|---|",
    ]
    for name, cmd, code, message in rows:
        lines.append(f"| {name} | `{cmd}` | {code} | {message.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def test_robustness_table(tmp_path):
    rows = []
    failures = []
    for i, case in enumerate(CASES):
        tmp = tmp_path / f"case{i:02d}"
        tmp.mkdir()
        code, out, err, message = _run(case, tmp)
        if "Traceback" in err:
            failures.append(f"{case.name}: traceback\n{err}")
        if code != case.expect:
            failures.append(f"{case.name}: exit {code}, expected {case.expect}: {err.strip()}")
        elif case.check:
            try:
                case.check(tmp, out)
            except AssertionError as exc:
                failures.append(f"{case.name}: {exc}")
        cmd = "jccttool " + " ".join(shlex.quote(a) for a in case.args)
        if case.stdin is not None:
            cmd = "printf '' | " + cmd
        rows.append((case.name, cmd, code, message))
    assert not failures, "\n".join(failures)
    table = _table(rows)
    if os.environ.get("JCCTTOOL_UPDATE_DOCS"):
        DOC.write_text(table, encoding="utf-8")
    assert DOC.read_text(encoding="utf-8") == table, "docs/robustness.md is stale (see the module docstring)"


ADVERSARIAL = {
    "digits": "1234567890" * 10_000,
    "dollar signs": "$" * 100_000,
    "commas and digits": "1,0" * 33_000,
    "dashes": "-" * 50_000 + "–" * 50_000,
    "spaces and NBSP": " \u00a0" * 50_000,
    "repeated 'by the end of'": "by the end of " * 7_000,
    "dollar digits dashes": "$1-" * 33_000,
    "percent runs": "20 percent " * 9_000,
    "capitalised words": "Ministry Of State Council " * 4_000,
    "bullets": "\n  \u2022 " * 20_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_finishes_in_linear_time(name):
    """No catastrophic backtracking: 100 KB of a hostile pattern is processed, and
    twice the input takes not much more than twice the time (a generous bound)."""
    from jccttool.errors import InputError
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ADVERSARIAL[name]

    def seconds(t: str) -> float:
        start = time.perf_counter()
        try:
            extract_source(source_from_text(t))
        except InputError:
            pass
        return time.perf_counter() - start

    seconds(text[:1000])  # warm the pipeline
    small = seconds(text[: len(text) // 2])
    large = seconds(text)
    assert large < 60, f"{name}: {large:.1f} s for {len(text)} characters"
    assert large < 4 * small + 2.0, f"{name}: {small:.2f} s for half, {large:.2f} s for all: not linear"
