"""Batch runs: input expansion, order under parallelism, partial failure, resume,
atomic writes and interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from jccttool.batch import expand_inputs
from jccttool.cli import app
from jccttool.errors import HungUp, Terminated, wrapped_signal
from tests.conftest import ALL_DOCUMENTS, DEV, FACT_SHEET

runner = CliRunner()


def test_expand_inputs_recursive_and_files_from(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{FACT_SHEET}\n\n{FACT_SHEET}\n")
    found = expand_inputs([str(DEV)], recursive=True, files_from=str(listing))
    assert found[:-1] == [str(p) for p in sorted(DEV.glob("*.txt"))]
    assert found[-1] == str(FACT_SHEET)  # duplicates dropped


def test_parallel_output_is_in_input_order(tmp_path):
    paths = [str(p) for p in ALL_DOCUMENTS] * 2
    result = runner.invoke(app, ["extract", "--jobs", "2", "--quiet", *paths])
    assert result.exit_code == 0, result.stderr
    got = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert got == list(dict.fromkeys(paths))
    single = runner.invoke(app, ["extract", "--jobs", "1", "--quiet", *paths])
    assert single.stdout == result.stdout


def test_files_from_stdin_into_out_dir(tmp_path):
    listing = "\n".join(str(p) for p in ALL_DOCUMENTS) + "\n"
    result = runner.invoke(app, ["extract", "--files-from", "-", "--out-dir", str(tmp_path), "--jobs", "1"], input=listing)
    assert result.exit_code == 0, result.stderr
    assert len(list(tmp_path.glob("*.json"))) == len(ALL_DOCUMENTS)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_skip_existing_keeps_current_outputs_and_redoes_stale(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in ALL_DOCUMENTS[:3]:
        (docs / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", "-r", str(docs), "--out-dir", str(out), "--jobs", "1"]).exit_code == 0
    first = sorted(out.glob("*.json"))
    stale = first[0]
    stale.write_text('{"source": {"sha256": "0"}}')
    mtimes = {p.name: p.stat().st_mtime_ns for p in first[1:]}
    result = runner.invoke(app, ["extract", "-r", str(docs), "--out-dir", str(out), "--skip-existing", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 extracted, 0 failed, 2 up to date" in result.stderr
    assert json.loads(stale.read_text())["schema_version"] == "1"
    assert {p.name: p.stat().st_mtime_ns for p in first[1:]} == mtimes


def test_failed_document_does_not_stop_batch(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4 binary")
    result = runner.invoke(app, ["extract", str(FACT_SHEET), str(bad), "--out-dir", str(tmp_path / "o"), "--jobs", "2"])
    assert result.exit_code == 2
    assert "bad.txt: not text (a PDF file)" in result.stderr
    assert (tmp_path / "o" / "jcct-22-fact-sheet-2011.json").exists()
    assert not (tmp_path / "o" / "bad.json").exists()


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_leaves_only_complete_outputs(tmp_path, sig, code):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(400):
        (docs / f"doc{i:03d}.txt").write_bytes(FACT_SHEET.read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jccttool", "extract", "-r", str(docs), "--out-dir", str(out), "--jobs", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 2:
        time.sleep(0.05)
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()
    assert b"Traceback" not in err
    outputs = list(out.iterdir())
    assert outputs and all(p.suffix == ".json" and not p.name.startswith(".") for p in outputs)
    for p in outputs:
        assert json.loads(p.read_text())["schema_version"] == "1"


def test_signals_wait_until_an_atomic_write_is_done(tmp_path):
    """A Ctrl-C during a write is delivered after it, even with numpy's threads around
    (a signal mask in the main thread alone did not hold it: the kernel delivered the
    signal to another thread, and Python ran the handler in the main thread at once)."""
    import numpy  # noqa: F401 - starts the BLAS threads, as spaCy does

    from jccttool.cli._common import _signals_held

    reached_end = False
    with pytest.raises(KeyboardInterrupt):
        with _signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler would run here if the signal were not held
            reached_end = True
    assert reached_end


class _Serialized:
    """A record whose JSON serializer is interrupted: what a Ctrl-C landing inside one of our
    pydantic field serializers looks like to the code around ``to_json``."""

    def __init__(self, exc_type: type[BaseException]):
        from pydantic import BaseModel, field_serializer

        class Record(BaseModel):
            x: int

            @field_serializer("x")
            def _number(self, value):
                raise exc_type()

        self.record = Record(x=1)

    def to_json(self, compact: bool = False) -> str:
        return self.record.model_dump_json()


@pytest.mark.parametrize("exc_type", [KeyboardInterrupt, Terminated, HungUp])
def test_a_signal_inside_a_serializer_ends_the_batch_instead_of_failing_one_document(monkeypatch, exc_type):
    """Before: a Ctrl-C during ``to_json`` came back as PydanticSerializationError, so the run
    reported "internal error" for that document, went on, and exited 2 instead of 130."""
    from jccttool import batch, pipeline

    monkeypatch.setattr(pipeline, "extract_path", lambda *a, **k: _Serialized(exc_type))
    with pytest.raises(exc_type):
        batch.extract_one("doc.txt", batch.Options())


@pytest.mark.parametrize("exc_type,expected", [
    (KeyboardInterrupt, KeyboardInterrupt), (Terminated, Terminated), (HungUp, HungUp),
    (ValueError, None),  # a real bug in a serializer stays an error of that document
    (RuntimeError, None),
])
def test_wrapped_signal_reads_pydantic_serialization_errors(exc_type, expected):
    try:
        _Serialized(exc_type).to_json()
    except Exception as exc:
        found = wrapped_signal(exc)
    assert (type(found) if found is not None else None) is expected
    assert wrapped_signal(ValueError("`: KeyboardInterrupt: ")) is None  # only pydantic's wrapper counts


def test_the_cli_guard_turns_a_wrapped_ctrl_c_into_exit_130(monkeypatch):
    import typer

    from jccttool.cli import _common
    from jccttool.cli._common import guarded

    # the process-wide steps of a real interrupt (exit at once on the next signal, end now
    # if a pool runs) must not touch the test process
    monkeypatch.setattr(_common, "_exit_on_next_signal", lambda code: None)
    monkeypatch.setattr(_common, "_end_now_if_pool", lambda code: None)

    with pytest.raises(typer.Exit) as info:
        with guarded():
            _Serialized(KeyboardInterrupt).to_json()
    assert info.value.exit_code == 130


def test_the_pools_manager_thread_race_is_quiet_and_other_thread_errors_are_not(monkeypatch):
    """Before: about one killed --jobs 2 run in 20 printed "Exception in thread Thread-1 ...
    InvalidStateError: CANCELLED" (CPython 3.11's manager thread, racing our cancel)."""
    import threading
    from collections import namedtuple
    from concurrent.futures import InvalidStateError
    from concurrent.futures import process as futures_process

    from jccttool import batch

    seen = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_type))
    batch._quiet_pool_race()
    batch._quiet_pool_race()  # once only: no hook wrapped in a hook
    manager = object.__new__(futures_process._ExecutorManagerThread)
    args = namedtuple("Args", "exc_type exc_value exc_traceback thread")
    threading.excepthook(args(InvalidStateError, None, None, manager))
    threading.excepthook(args(ValueError, None, None, manager))
    threading.excepthook(args(InvalidStateError, None, None, threading.current_thread()))
    assert seen == [ValueError, InvalidStateError]


def _session_processes(sid: int) -> list[str]:
    """Live (not zombie) processes of session ``sid``: the run, its forkserver,
    resource tracker and workers all belong to the session the test started."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(entry)
    return found


def _start_parallel_run(tmp_path, n: int = 60):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(n):
        (docs / f"doc{i:03d}.txt").write_bytes(FACT_SHEET.read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jccttool", "extract", "-r", str(docs), "--out-dir", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 2:
        time.sleep(0.05)
    return proc


def _gone(sid: int, seconds: float) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = _session_processes(sid)
        if not left:
            return []
        time.sleep(0.1)
    return _session_processes(sid)


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
@pytest.mark.parametrize(("signals", "code", "message"), [
    ((signal.SIGINT, signal.SIGINT), 130, "interrupted"),
    ((signal.SIGTERM,), 143, "terminated"),
    ((signal.SIGHUP,), 129, "hung up"),
], ids=["double-ctrl-c", "sigterm", "sighup"])
def test_parallel_run_ends_and_leaves_no_process_behind(tmp_path, signals, code, message):
    """Before: two Ctrl-C 30 ms apart hung `extract --jobs 2` for good with its workers
    alive; SIGHUP exited 129 with no message."""
    proc = _start_parallel_run(tmp_path)
    for i, sig in enumerate(signals):
        if i:
            time.sleep(0.03)
        os.kill(proc.pid, sig)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the run did not end after the signal")
    # A second Ctrl-C during the interpreter's last steps (handlers already reset by
    # Python) ends the process by the signal itself: the shell shows 130 for both.
    assert proc.returncode in (code, -signals[-1]), err.decode()
    assert message in err.decode() and b"Traceback" not in err
    left = _gone(proc.pid, 10)
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not left, f"processes left behind: {left}"


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    """Before: after the parent's SIGKILL the workers waited for work forever."""
    proc = _start_parallel_run(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=20)
    left = _gone(proc.pid, 15)
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not left, f"processes left behind: {left}"
