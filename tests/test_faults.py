"""Hostile and damaged inputs found by the deeper probe (issue 16): each case failed
before its fix. One document's damage must give a result or one clear line, never a
traceback, and never silent loss."""

from __future__ import annotations

import os

import pytest

from jccttool.pipeline import extract_any, extract_path
from jccttool.readers import decode, invalid_utf8_offsets, read_source

# every Unicode white space the number grammar's \s accepts between a figure and its magnitude
_SPACES = ["\u2009", "\u202f", "\u2003", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\r", "\u1680", "\u2000", "\u205f", "\x1c", "\x85"]


@pytest.mark.parametrize("space", _SPACES, ids=lambda s: f"U+{ord(s):04X}")
def test_any_white_space_before_a_magnitude_word(space):
    record = extract_any(f"The United States will provide $5{space}billion to the program.\n")
    assert [m.amount for m in record.money] == [5_000_000_000]


@pytest.mark.parametrize("label", ["base64", "rot13", "hex", "zlib", "bz2", "uu", "quopri", "punycode", "undefined", "utf-7x"])
def test_html_meta_charset_that_is_no_text_encoding(tmp_path, label):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="{label}"></head><body><p>China agreed to publish the rules.</p></body></html>'.encode())
    record = extract_path(str(page))
    assert [c.text for c in record.commitments] == ["China agreed to publish the rules."]


def test_one_bad_byte_in_a_utf8_file_is_replaced_and_reported(tmp_path):
    good = "China agreed to publish the rules\u00a0by June 2012.\n\nThe United States will host a “seminar”.\n".encode()
    bad = good.replace(b"rules", b"ru\xfflles", 1)
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(bad)
    source = read_source(str(path))
    assert source.encoding == "utf-8"
    assert "\ufffd" in source.text and "“seminar”" in source.text  # no cp1252 mojibake
    record = extract_path(str(path))
    assert len(record.commitments) == 2
    assert any("not valid UTF-8" in w and str(bad.index(b"\xff")) in w for w in record.warnings)


def test_cp1252_file_is_still_read_as_cp1252():
    text, encoding = decode("China \x93agreed\x94 to publish caf\xe9 rules.".encode("latin-1"), "t")
    assert encoding == "cp1252" and "“agreed”" in text


def test_invalid_utf8_offsets():
    assert invalid_utf8_offsets(b"ab\xffcd\xfe\xe2\x82") == [2, 5, 6]
    assert invalid_utf8_offsets("fine \u00a0".encode()) == []


def test_deeply_nested_html_keeps_every_paragraph(tmp_path):
    page = tmp_path / "deep.html"
    body = "".join(f"<font><p>China agreed to publish rule {i}.</p>" for i in range(300))
    page.write_text(f"<html><body><h1>Outcomes of the Dialogue</h1>{body}</body></html>", encoding="utf-8")
    record = extract_path(str(page))
    assert len(record.commitments) == 300


def test_html_nested_too_deep_to_flatten_warns(tmp_path):
    page = tmp_path / "deeper.html"
    body = "".join(f"<div><p>China agreed to publish rule {i}.</p>" for i in range(300))
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    record = extract_path(str(page))
    assert any("nested deeper" in w for w in record.warnings)


# ---------------------------------------------------------------- one document's failure


def test_unexpected_exception_in_one_document_is_one_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    """Before: only JcctError and RecursionError were caught; a KeyError ended the batch
    with a traceback."""
    import jccttool.pipeline
    from jccttool.batch import Options, run

    real = jccttool.pipeline.extract_path

    def flaky(path, **kwargs):
        if "bad" in path:
            raise KeyError("\u2009")
        return real(path, **kwargs)

    monkeypatch.setattr(jccttool.pipeline, "extract_path", flaky)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    for p in (good, bad):
        p.write_text("China agreed to publish the rules.\n")
    outcomes = list(run([str(bad), str(good)], Options(), jobs=1))
    assert outcomes[0].error.startswith(f"{bad}: internal error (KeyError")
    assert "\n" not in outcomes[0].error
    assert outcomes[1].json is not None


def _dies_on_poison(args):
    """A worker that is killed (as by the OOM killer) on a document named 'poison', and
    on a document named 'flaky' only the first time (a marker file remembers)."""
    import signal as _signal
    from pathlib import Path as _Path

    from jccttool.batch import _worker

    path = args[0]
    if "poison" in path:
        os.kill(os.getpid(), _signal.SIGKILL)
    if "flaky" in path:
        marker = _Path(path).with_suffix(".died")
        if not marker.exists():
            marker.write_text("once")
            os.kill(os.getpid(), _signal.SIGKILL)
    return _worker(args)


def test_dead_worker_documents_are_retried_once_then_reported(tmp_path):
    """Before: a killed worker gave a BrokenProcessPool traceback and the batch stopped."""
    from jccttool.batch import Options, run

    names = ["a", "flaky", "poison", "b", "c"]
    paths = []
    for name in names:
        p = tmp_path / f"{name}.txt"
        p.write_text(f"China agreed to publish the {name} rules.\n")
        paths.append(str(p))
    outcomes = list(run(paths, Options(compact=True), jobs=2, worker=_dies_on_poison))
    assert [o.path for o in outcomes] == paths
    by_name = {os.path.basename(o.path)[:-4]: o for o in outcomes}
    assert "worker process died" in by_name["poison"].error and "\n" not in by_name["poison"].error
    for name in names:
        if name != "poison":
            assert by_name[name].json is not None and by_name[name].error is None, name


# ---------------------------------------------------------------- write errors


def _enospc(*args, **kwargs):
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


def _erofs(*args, **kwargs):
    import errno

    raise OSError(errno.EROFS, "Read-only file system")


def _extraction_file(tmp_path):
    from tests.conftest import FACT_SHEET

    out = tmp_path / "x.json"
    out.write_text(extract_path(str(FACT_SHEET)).to_json(), encoding="utf-8")
    return out


@pytest.mark.parametrize("fault", [_enospc, _erofs], ids=["ENOSPC", "EROFS"])
@pytest.mark.parametrize("command", ["extract-o", "extract-out-dir", "extract-jsonl-o", "export-html", "export-all",
                                     "schema-o", "diff-o"])
def test_write_errors_are_one_line_exit_2(tmp_path, monkeypatch, command, fault):
    """Before: a traceback and exit 1 (which means 'found something')."""
    from typer.testing import CliRunner

    from jccttool.cli import app
    from tests.conftest import ARTICLE, FACT_SHEET

    x = _extraction_file(tmp_path) if command.startswith(("export", "diff")) else None
    args = {
        "extract-o": ["extract", str(FACT_SHEET), "-o", str(tmp_path / "o.json")],
        "extract-out-dir": ["extract", str(FACT_SHEET), "--out-dir", str(tmp_path / "out"), "--jobs", "1"],
        "extract-jsonl-o": ["extract", str(FACT_SHEET), str(ARTICLE), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"],
        "export-html": ["export", str(x), "--to", "html", "-o", str(tmp_path / "r.html")],
        "export-all": ["export", str(x), "--to", "csv", "--all", str(tmp_path / "tables")],
        "schema-o": ["schema", "-o", str(tmp_path / "s.json")],
        "diff-o": ["diff", str(x), str(x), "-o", str(tmp_path / "d.txt")],
    }[command]
    monkeypatch.setattr(os, "replace", fault)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, (result.stderr, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "Traceback" not in result.stderr, result.stderr
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert not leftovers


@pytest.mark.parametrize("args", [["schema"], ["extract", "{fact}"], ["extract", "{fact}", "{article}", "--jobs", "1"],
                                  ["export", "{x}", "--table", "money"], ["diff", "{x}", "{x}", "--format", "json"]],
                         ids=["schema", "extract", "extract-jsonl", "export", "diff"])
def test_stdout_to_dev_full_is_one_line_exit_2(tmp_path, args):
    import subprocess
    import sys

    from tests.conftest import ARTICLE, FACT_SHEET

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    x = _extraction_file(tmp_path)
    args = [a.format(fact=FACT_SHEET, article=ARTICLE, x=x) for a in args]
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "jccttool", *args], stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "cannot write" in err and "No space left" in err, err


# ---------------------------------------------------------------- -o and output folders


def test_output_keeps_the_targets_mode_and_writes_through_a_symlink(tmp_path):
    """Before: a 0600 target became 0644 and a symlink was replaced by a regular file."""
    from jccttool.cli._common import atomic_write

    private = tmp_path / "private.json"
    private.write_text("old")
    os.chmod(private, 0o600)
    atomic_write(private, "new")
    assert private.read_text() == "new" and (private.stat().st_mode & 0o777) == 0o600
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_stale_temporaries_of_our_naming_are_cleaned(tmp_path):
    """Before: a .tmp left by a SIGKILL stayed in the output folder for good."""
    import time

    from typer.testing import CliRunner

    from jccttool.cli import app
    from tests.conftest import FACT_SHEET

    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".jcct-22-fact-sheet-2011.json.abc_1234.tmp"
    fresh = out / ".other.json.zzzzzzzz.tmp"
    foreign = out / ".notes.tmp"
    for p in (stale, fresh, foreign):
        p.write_text("{")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    result = CliRunner().invoke(app, ["extract", str(FACT_SHEET), "--out-dir", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert not stale.exists() and fresh.exists() and foreign.exists()


# ---------------------------------------------------------------- inputs


def test_fifo_input_is_refused_at_once(tmp_path):
    """Before: extract waited for a writer forever."""
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "jccttool", "extract", str(fifo)], capture_output=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == f"jccttool: {fifo}: not a regular file (a named pipe); pass a file, or - to read stdin"


def test_recursive_does_not_follow_symlinks_out_of_the_folder(tmp_path):
    """Before: -r read passwd.txt -> /etc/passwd."""
    from jccttool.batch import expand_inputs

    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text("China agreed.")
    (tree / "passwd.txt").symlink_to(outside)
    (tree / "sub" / "inside.txt").symlink_to(tree / "a.txt")
    found = expand_inputs([str(tree)], recursive=True)
    assert found == [str(tree / "a.txt"), str(tree / "sub" / "inside.txt")]


def test_jobs_are_capped_at_inputs_and_cores():
    """Before: --jobs 64 started 64 workers on 2 cores."""
    from jccttool.batch import default_jobs, plan_jobs

    jobs, note = plan_jobs(64, 3)
    assert jobs == min(3, default_jobs()) and "--jobs 64 capped at" in note
    assert plan_jobs(None, 1000) == (default_jobs(), None)
    assert plan_jobs(1, 1000) == (1, None)


# ---------------------------------------------------------------- ids, --skip-existing


def test_a_repeated_commitment_sentence_gets_an_occurrence_suffix():
    """Before: both records had one id and the document failed its own validate."""
    from jccttool.checks import check

    text = "China agreed to publish the rules.\n\nChina agreed to publish the rules.\n"
    record = extract_any(text)
    ids = [c.id for c in record.commitments]
    assert len(ids) == 2 and ids[1] == ids[0] + "-2"
    assert check(record, text) == []
    once = extract_any("China agreed to publish the rules.\n")
    assert once.commitments[0].id == ids[0]  # the first occurrence keeps the plain, stable id


def test_skip_existing_compares_options_and_version(tmp_path):
    """Before: after --only money a full run kept outputs with no commitments."""
    import json

    from typer.testing import CliRunner

    from jccttool.cli import app
    from tests.conftest import FACT_SHEET

    runner = CliRunner()
    out = tmp_path / "out"
    target = out / "jcct-22-fact-sheet-2011.json"
    base = ["extract", str(FACT_SHEET), "--out-dir", str(out), "--jobs", "1", "--skip-existing"]

    def rewritten(*more: str) -> bool:
        before = target.stat().st_mtime_ns if target.exists() else None
        os.utime(target, ns=(1, 1)) if before else None
        assert runner.invoke(app, [*base, *more]).exit_code == 0
        return target.stat().st_mtime_ns != 1

    assert rewritten("--only", "money")
    assert json.loads(target.read_text())["commitments"] == []
    assert not rewritten("--only", "money")
    assert rewritten()  # the full run redoes the partial output
    data = json.loads(target.read_text())
    assert data["commitments"]
    assert not rewritten()
    assert rewritten("--compact")
    assert not rewritten("--compact")
    data["tool"]["version"] = "0.0.1"
    target.write_text(json.dumps(data))
    assert rewritten("--compact")


# ---------------------------------------------------------------- performance


def test_boilerplate_test_agrees_with_the_scan_and_scales():
    """Before: every record was tested against every boilerplate line (records x lines)."""
    import random
    import time
    from types import SimpleNamespace

    from jccttool.pipeline import _boilerplate_test

    rng = random.Random(7)
    spans = sorted((s, s + rng.randint(1, 40)) for s in (rng.randint(0, 5000) for _ in range(60)))
    test = _boilerplate_test(spans)
    for _ in range(3000):
        s = rng.randint(0, 5100)
        e = s + rng.randint(0, 30)
        rec = SimpleNamespace(span=(s, e))
        assert test(rec) == any(s < be and bs < e for bs, be in spans), (s, e)
        ms = [(s, e), (e + 5, e + 9)]
        assert test(SimpleNamespace(mentions=ms)) == all(any(a < be and bs < b for bs, be in spans) for a, b in ms)
    many = [(i * 10, i * 10 + 5) for i in range(50_000)]
    test = _boilerplate_test(many)
    started = time.perf_counter()
    hits = sum(test(SimpleNamespace(span=(i * 10 + 6, i * 10 + 9))) for i in range(50_000))
    assert hits == 0 and time.perf_counter() - started < 2.0


# ---------------------------------------------------------------- source files named by an extraction


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "bigger"])
def test_validate_reads_the_recorded_source_only_if_a_regular_file_of_its_size(tmp_path, kind):
    """Before: /dev/zero grew memory without bound and a FIFO hung validate."""
    import json
    import subprocess
    import sys

    x = _extraction_file(tmp_path)
    data = json.loads(x.read_text())
    if kind == "dev-zero":
        data["source"]["path"] = "/dev/zero"
    elif kind == "fifo":
        fifo = tmp_path / "src.txt"
        os.mkfifo(fifo)
        data["source"]["path"] = str(fifo)
    else:
        big = tmp_path / "big.txt"
        big.write_bytes(b"x" * (data["source"]["bytes"] + 10))
        data["source"]["path"] = str(big)
    (tmp_path / "y.json").write_text(json.dumps(data))
    for cmd in (["validate", "y.json"], ["export", "y.json", "--to", "html"]):
        proc = subprocess.run([sys.executable, "-m", "jccttool", *cmd], cwd=tmp_path, capture_output=True, timeout=60)
        err = proc.stderr.decode()
        assert "Traceback" not in err
        assert proc.returncode == (0 if cmd[0] == "validate" else 2), err
        assert "not found or changed" in err or "source not checked" in err, err


# ---------------------------------------------------------------- hostile JSON

_HOSTILE = {
    "deep": "[" * 100_000,
    "deep-object": '{"schema_version": "1", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "huge-integer": '{"schema_version": "1", "n": ' + "7" * 5000 + "}",
}


def _surrogate(tmp_path) -> str:
    import json

    data = json.loads(_extraction_file(tmp_path).read_text())
    data["document"]["title"] = "Fact Sheet"
    return json.dumps(data).replace('"Fact Sheet"', '"Fact \\ud800 Sheet"', 1)


@pytest.mark.parametrize("command", ["validate", "export", "diff", "eval"])
@pytest.mark.parametrize("case", [*_HOSTILE, "lone-surrogate"])
def test_hostile_json_is_one_line_exit_2(tmp_path, command, case):
    """Before: RecursionError, ValueError (integer string conversion) and
    UnicodeEncodeError tracebacks."""

    from tests.conftest import GOLD

    bad = tmp_path / "bad.json"
    bad.write_text(_surrogate(tmp_path) if case == "lone-surrogate" else _HOSTILE[case], encoding="utf-8")
    gold = sorted(GOLD.glob("*.gold.json"))[0]
    args = {"validate": ["validate", str(bad)], "export": ["export", str(bad), "--table", "commitments"],
            "diff": ["diff", str(bad), str(bad)], "eval": ["eval", str(bad), str(gold)]}[command]
    from typer.testing import CliRunner

    from jccttool.cli import app

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, (result.stderr, result.exception)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# ---------------------------------------------------------------- terminal escapes

_ESCAPES = "\x1b]0;TITLE\x07\x1b[2J"


def test_parse_and_diff_show_terminal_escapes_visibly(tmp_path):
    """Before: the escape sequences reached the terminal (retitle, clear screen)."""
    from typer.testing import CliRunner

    from jccttool.cli import app

    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(f"Fact Sheet {_ESCAPES}\n\nTrade\n\nChina agreed to publish the {_ESCAPES} rules.\n")
    b.write_text("Fact Sheet\n\nTrade\n\nThe United States will host a seminar.\n")
    runner = CliRunner()
    for args in (["parse", str(a)], ["diff", str(a), str(b)], ["diff", str(a), str(b), "--format", "markdown"]):
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 1), result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args
        assert "\\x1b" in result.stdout, args


# ---------------------------------------------------------------- PDF


def _pdf(lines_per_page: list[list[str]]) -> bytes:
    pytest.importorskip("reportlab")
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for lines in lines_per_page:
        for i, line in enumerate(lines):
            c.drawString(72, 720 - 14 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_whose_lines_all_look_like_headers_is_kept_with_a_warning(tmp_path):
    """Before: 'no text in the PDF (a scanned image? run OCR first)'."""
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(_pdf([["China agreed to publish the rules."]] * 3))
    record = extract_path(str(pdf))
    assert [c.text for c in record.commitments][:1] == ["China agreed to publish the rules."]
    assert any("header or footer" in w for w in record.warnings)


def test_pdfminer_log_lines_do_not_reach_stderr(tmp_path):
    """Before: pdfminer's warnings went to stderr through logging's last resort."""
    import subprocess
    import sys

    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(_pdf([["China agreed to publish the rules.", "More text here."]]))
    code = ("import logging, sys; from jccttool.formats.pdf import pdf_to_text; "
            "pdf_to_text(open(sys.argv[1], 'rb').read(), 'p'); "
            "logging.getLogger('pdfminer.pdfpage').warning('CropBox missing from /Page, defaulting to MediaBox')")
    proc = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr
