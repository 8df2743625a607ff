"""Every bad, odd or hostile input of issue 8, run through the real command line.

The table of cases, commands, exit codes and messages is docs/robustness.md; this test
produces it and fails when the committed copy differs. Refresh it with:

    JCCTTOOL_UPDATE_DOCS=1 python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import shlex
import subprocess
import sys
import threading
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
    stdout_to: str | None = None  # a file to send stdout to (/dev/full)


def _write(name: str, data: bytes):
    def setup(tmp: Path) -> None:
        (tmp / name).write_bytes(data)

    return setup


@functools.cache
def _extracted_fact(folder: str) -> bytes:
    """The extraction of the fact sheet, made once in the first case's folder and copied
    (the path it records, good.txt, is relative)."""
    return subprocess.run([sys.executable, "-m", "jccttool", "extract", "good.txt"], cwd=folder, capture_output=True,
                          check=True).stdout


_FIRST: list[str] = []


_LOCK = threading.Lock()


def _extraction(tmp: Path) -> None:
    (tmp / "good.txt").write_text(FACT, encoding="utf-8")
    with _LOCK:
        _FIRST.append(str(tmp))
        stdout = _extracted_fact(_FIRST[0])
    (tmp / "good.json").write_bytes(stdout)
    data = json.loads(stdout)
    # cut inside the document's title: the row of the table stays the same when the extraction's
    # later records or the length of the temporary path (in ``source.path``) change
    cut = stdout.index(b'"title": "') + len(b'"title": "') + 10
    (tmp / "truncated.json").write_bytes(stdout[:cut])
    data["schema_version"] = "0"
    (tmp / "old.json").write_text(json.dumps(data))


def _encoding(expected: str):
    def check(tmp: Path, stdout: str) -> None:
        assert json.loads(stdout)["source"]["encoding"] == expected

    return check


def _assert(condition: bool) -> None:
    assert condition


def _tree(tmp: Path) -> None:
    (tmp / "outside.txt").write_text("China agreed to publish the rules.\n")
    (tmp / "tree").mkdir()
    (tmp / "tree" / "a.txt").write_text("China agreed to publish the rules.\n")
    (tmp / "tree" / "passwd.txt").symlink_to(tmp / "outside.txt")


def _ids_unique(tmp: Path, stdout: str) -> None:
    ids = [c["id"] for c in json.loads(stdout)["commitments"]]
    assert len(ids) == 2 and len(set(ids)) == 2


def _surrogate(tmp: Path) -> None:
    _extraction(tmp)
    data = json.loads((tmp / "good.json").read_text())
    data["money"][0]["text"] = "@@"
    (tmp / "sur.json").write_text(json.dumps(data).replace('"@@"', '"\\ud800"'))


def _dev_zero(tmp: Path) -> None:
    _extraction(tmp)
    data = json.loads((tmp / "good.json").read_text())
    data["source"]["path"] = "/dev/zero"
    (tmp / "zero.json").write_text(json.dumps(data))


def _header_pdf(tmp: Path) -> None:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for _ in range(3):
        c.drawString(72, 720, "China agreed to publish the rules.")
        c.showPage()
    c.save()
    (tmp / "slides.pdf").write_bytes(buf.getvalue())


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
    # issue 16: the deeper probe
    Case("thin space before a magnitude word", ["extract", "thin.txt"], 0,
         setup=_write("thin.txt", "The United States will provide $5\u2009billion to China.\n".encode()),
         check=lambda t, out: _assert(json.loads(out)["money"][0]["amount"] == 5_000_000_000)),
    Case("HTML charset that is no text encoding", ["extract", "b64.html"], 0,
         setup=_write("b64.html", b'<html><head><meta charset="base64"></head><body><p>China agreed to publish the rules.</p></body></html>'),
         check=lambda t, out: _assert(len(json.loads(out)["commitments"]) == 1)),
    Case("named pipe (FIFO) as input", ["extract", "pipe.txt"], 2, setup=lambda t: os.mkfifo(t / "pipe.txt")),
    Case("symlink out of the folder with -r", ["extract", "-r", "tree", "--out-dir", "out", "-q"], 0, setup=_tree,
         check=lambda t, _: _assert(sorted(p.name for p in (t / "out").iterdir()) == ["a.json"])),
    Case("repeated commitment sentence", ["extract", "twice.txt"], 0,
         setup=_write("twice.txt", b"China agreed to publish the rules.\n\nChina agreed to publish the rules.\n"),
         check=_ids_unique),
    Case("stdout is a full disk", ["extract", "twice.txt"], 2, stdout_to="/dev/full",
         setup=_write("twice.txt", b"China agreed to publish the rules.\n")),
    Case("JSON nested 100,000 deep", ["validate", "deep.json"], 2, setup=_write("deep.json", b"[" * 100_000)),
    Case("JSON integer of 5,000 digits", ["validate", "int.json"], 2,
         setup=_write("int.json", b'{"schema_version": "1", "n": ' + b"7" * 5000 + b"}")),
    Case("JSON with a lone surrogate", ["export", "sur.json", "--table", "money"], 2, setup=_surrogate),
    Case("extraction naming /dev/zero as its source", ["validate", "zero.json"], 0, setup=_dev_zero),
    Case("PDF whose every line looks like a page header", ["extract", "slides.pdf"], 0, setup=_header_pdf),
]


def _run(case: Case, tmp: Path) -> tuple[int, str, str, str]:
    if case.setup:
        case.setup(tmp)
    env = dict(os.environ, NO_COLOR="1", COLUMNS="200")
    if case.stdout_to:
        with open(case.stdout_to, "wb") as sink:
            proc = subprocess.run([sys.executable, "-m", "jccttool", *case.args], cwd=tmp, input=case.stdin or b"",
                                  stdout=sink, stderr=subprocess.PIPE, env=env, timeout=300)
        proc.stdout = b""
    else:
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
        "The deeper probe of issue 16 is tested in `tests/test_faults.py` and `tests/test_batch.py`:",
        "",
        "- one document's unexpected exception → one line `<path>: internal error (...)`, the batch",
        "  goes on; a worker killed by a signal or the OOM killer → its documents are retried once,",
        "  one at a time, in a fresh worker, then reported (`the worker process died ...`);",
        "- a write that fails (disk full, read-only file system, `/dev/full`) → one line, exit 2,",
        "  no temporary file left, in `extract` (`-o`, `--out-dir`, JSON Lines), `export`",
        "  (`-o`, `--all`, `--to html`), `schema -o`, `diff -o` and on stdout;",
        "- Ctrl-C twice, SIGTERM, SIGHUP (exit 129, `hung up`) → the run ends at once and leaves",
        "  no worker, forkserver or resource tracker; after the parent's SIGKILL the workers",
        "  notice within a second and exit;",
        "- hostile JSON (nesting 100,000 deep, a 5,000-digit integer, a lone surrogate) → one",
        "  line, exit 2 in `validate`, `export`, `diff` and `eval`;",
        "- an extraction whose `source.path` names a device, a FIFO or a file of another size →",
        "  the source is not read (`source not checked`);",
        "- terminal escape sequences in a text → shown as `\\x1b` in `parse` and `diff`;",
        "- `-o` keeps an existing target's mode and writes through a symbolic link; `--jobs` is",
        "  capped at the inputs and the cores (with a note); `.<name>.json.XXXXXXXX.tmp` files",
        "  older than 10 minutes in `--out-dir` (a killed run's) are removed; `--skip-existing`",
        "  redoes an output made by another version or with other `--only`/`--model`/`--compact`.",
        "",
        "Property tests: `HYPOTHESIS_PROFILE=random` runs 2,000 examples with a fresh seed each",
        "run (the default `ci` profile and `long` are derandomised); `JCCTTOOL_FUZZ=2000` runs the",
        "fuzz of mixed texts (real lines and random Unicode) in `tests/test_properties.py` at full",
        "size (200 texts by default; `JCCTTOOL_FUZZ_SEED` repeats a run).",
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
    from concurrent.futures import ThreadPoolExecutor

    folders = []
    for i in range(len(CASES)):
        folders.append(tmp_path / f"case{i:02d}")
        folders[-1].mkdir()
    # the cases are independent subprocesses: run them side by side
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(_run, CASES, folders))
    for case, tmp, (code, out, err, message) in zip(CASES, folders, results):
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
        if case.stdout_to:
            cmd += f" > {case.stdout_to}"
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
