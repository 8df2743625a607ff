"""Many documents in one run: input expansion, ordered parallel extraction, outputs.

Workers are separate processes, each building the spaCy pipeline once. Results come
back in input order whatever the scheduling, and are written as they arrive, so
memory stays flat; every output file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".md"}


@dataclass(frozen=True)
class Outcome:
    """The result of one input: its JSON text, or the one-line error."""

    path: str
    json: str | None = None
    error: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class Options:
    only: frozenset[str] | None = None
    model: str | None = None
    max_bytes: int | None = None
    compact: bool = False


def expand_inputs(paths: Iterable[str], *, recursive: bool = False, files_from: str | None = None) -> list[str]:
    """Paths, directories (with ``recursive``) and ``--files-from`` lists, in order,
    without duplicates. Missing paths are kept: they fail one by one later."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and recursive and path.is_dir():
            out.extend(_walk(path))
        else:
            out.append(p)
    if files_from is not None:
        if files_from == "-":
            lines = sys.stdin.read().splitlines()
        else:
            try:
                lines = Path(files_from).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise InputError(f"{files_from}: cannot read --files-from list: {exc.strerror or exc}") from None
        out.extend(line.strip() for line in lines if line.strip())
    seen: set[str] = set()
    unique = []
    for p in out:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique


def _walk(folder: Path) -> list[str]:
    """The text files under ``folder``, sorted. A symbolic link is followed only when it
    stays inside ``folder`` (``passwd.txt -> /etc/passwd`` is not read), and linked
    folders are not entered, so a link loop cannot recurse."""
    root = folder.resolve()
    found = []
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            f = Path(dirpath) / name
            if name.startswith(".") or f.suffix.lower() not in TEXT_SUFFIXES:
                continue
            if f.is_symlink():
                try:
                    target = f.resolve(strict=True)
                except (OSError, RuntimeError):
                    continue
                if not target.is_relative_to(root):
                    continue
            if f.is_file():
                found.append(f)
    return [str(f) for f in sorted(found)]


def output_paths(inputs: list[str], out_dir: Path, *, keep_tree: bool = False) -> dict[str, Path]:
    """``<stem>.json`` in ``out_dir`` per input; refuses two inputs with one stem.
    ``keep_tree`` mirrors the inputs' folders below their common folder, so that
    same-named files in different folders do not collide."""
    targets: dict[str, Path] = {}
    owners: dict[Path, str] = {}
    files = [Path(p).absolute() for p in inputs if p != "-"]
    root = Path(os.path.commonpath([f.parent for f in files])) if keep_tree and files else None
    for p in inputs:
        stem = "stdin" if p == "-" else Path(p).stem
        folder = out_dir / Path(p).absolute().parent.relative_to(root) if root is not None and p != "-" else out_dir
        target = folder / f"{stem}.json"
        if target in owners:
            raise InputError(f"{owners[target]} and {p} would both write {target}; process them into separate --out-dir folders")
        owners[target] = p
        targets[p] = target
    for p, target in targets.items():
        if p != "-" and Path(p).exists() and Path(p).resolve() == target.resolve():
            raise InputError(f"{p}: output file would overwrite the input")
    return targets


#: the temporary files :func:`jccttool.cli._common.atomic_write` makes next to a target
#: ``x.json``: ``.x.json.<8 random characters>.tmp`` (``tempfile.mkstemp``)
_OUR_TEMPORARY = re.compile(r"\..+\.json\.[a-z0-9_]{8}\.tmp")

#: a temporary file older than this is left over from a killed run: a write takes
#: milliseconds, and another run writing into the same folder right now stays safe
STALE_SECONDS = 600


def clean_stale_temporaries(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files of our own naming that a killed run (SIGKILL, power
    loss) left in the output folder; returns what was removed. Other files are never
    touched."""
    import time

    if not folder.is_dir():
        return []
    limit = (time.time() if now is None else now) - STALE_SECONDS
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            if (_OUR_TEMPORARY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < limit):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def is_current(input_path: str, output: Path, options: Options | None = None) -> bool:
    """True when ``output`` exists and was made from ``input_path``'s bytes (the recorded
    sha256) by this jccttool version with the options that change an output: ``--only``
    and ``--model`` (recorded as warnings) and ``--compact`` (the layout)."""
    from . import __version__
    from .pipeline import production_notes

    if input_path == "-" or not output.exists() or not Path(input_path).is_file():
        return False
    options = options or Options()
    try:
        raw = output.read_text(encoding="utf-8")
        data = json.loads(raw)
        recorded = data["source"]["sha256"]
        version = data["tool"]["version"]
        notes = [w for w in data["warnings"] if isinstance(w, str) and ("(--only)" in w or "(--model)" in w)]
        digest = _sha256_of(input_path)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return False
    if version != __version__ or notes != production_notes(options.only, options.model):
        return False
    if raw.startswith("{\n") == options.compact:
        return False
    return recorded == digest


def _sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_one(path: str, options: Options) -> Outcome:
    """Extract one input to its JSON text; any error becomes the Outcome's one-line message,
    so that one document's failure, expected or not, never stops a batch."""
    from .errors import JcctError, wrapped_signal
    from .pipeline import extract_path

    try:
        record = extract_path(path, only=set(options.only) if options.only else None, model=options.model,
                              max_bytes=options.max_bytes)
        return Outcome(path, json=record.to_json(compact=options.compact))
    except JcctError as exc:
        return Outcome(path, error=str(exc))
    except RecursionError:
        return Outcome(path, error=f"{path}: document too deeply nested to process")
    except MemoryError:
        return Outcome(path, error=f"{path}: out of memory while extracting it")
    except Exception as exc:  # a bug: one line for this document, the batch goes on
        caught = wrapped_signal(exc)  # unless it is a Ctrl-C that landed inside pydantic
        if caught is not None:
            raise caught from None
        return Outcome(path, error=f"{path}: internal error ({_describe(exc)}); please report it with this file")


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    text = text if len(text) <= 200 else text[:197] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


#: how often a worker checks that the process that started it is still there
_WATCH_SECONDS = 0.5


def _worker_init(model: str | None, parent: int | None = None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and cleans up
    if parent is not None:
        _watch_parent(parent)
    from .nlp import build_nlp

    build_nlp(model)


def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as the parent run is gone (killed with SIGKILL, say): its
    queues would otherwise keep the worker waiting for work forever. A worker's own
    parent is the forkserver, which exits with the run, so a new parent pid or a
    vanished run pid both mean the run is over."""
    import threading
    import time

    first = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(_WATCH_SECONDS)
            if os.getppid() != first or not _alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="jccttool-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs. A killed run stays a zombie until its own parent reaps it
    (the forkserver, holding the pipe the workers wait on, lives as long as they do),
    so on Linux a zombie counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _worker(args: tuple[str, Options]) -> Outcome:
    return extract_one(*args)


def run(inputs: list[str], options: Options, *, jobs: int = 1, skip: set[str] = frozenset(),
        worker=None) -> Iterator[Outcome]:
    """Outcomes in input order. ``jobs > 1`` uses worker processes; stdin is read here.

    ``worker`` (a module-level function of one ``(path, options)`` tuple) replaces the
    extraction in the workers; the tests use it to kill a worker on purpose."""
    todo = [p for p in inputs if p not in skip]
    if jobs <= 1 or len(todo) <= 1 or "-" in todo:
        for p in inputs:
            yield Outcome(p, skipped=True) if p in skip else extract_one(p, options)
        return
    results = _parallel(todo, options, jobs, worker or _worker)
    try:
        for p in inputs:
            yield Outcome(p, skipped=True) if p in skip else next(results)
    finally:
        results.close()


#: documents in flight per worker: enough to keep every worker busy, few enough that a
#: dead worker leaves a short list of documents to try again
_IN_FLIGHT = 4


def _parallel(todo: list[str], options: Options, jobs: int, fn) -> Iterator[Outcome]:
    """Outcomes of ``todo`` in order from a pool of ``jobs`` workers.

    A worker that dies (a signal, the OOM killer) breaks the whole pool: the documents
    that were in flight and did not finish are tried again one at a time in a fresh
    single worker, and a document that kills that one too is reported as an error.
    Then a fresh pool takes the rest. On any exit the workers are killed at once."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    pools: list = []
    pending: deque = deque()
    try:
        pool = _new_pool(jobs, options.model, pools)
        solo = None
        i = 0
        while i < len(todo) or pending:
            while i < len(todo) and len(pending) < jobs * _IN_FLIGHT:
                pending.append((todo[i], pool.submit(fn, (todo[i], options))))
                i += 1
            path, future = pending.popleft()
            try:
                yield future.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as exc:  # e.g. a result that cannot be sent back
                yield Outcome(path, error=f"{path}: internal error ({_describe(exc)}); please report it with this file")
                continue
            # The pool is broken: everything still in flight is tried again, in order.
            retry = [path, *(p for p, f in pending)]
            done = {p: f for p, f in pending}
            pending.clear()
            _kill(pool)
            for p in retry:
                f = done.get(p)
                if f is not None and f.done() and not f.cancelled() and f.exception() is None:
                    yield f.result()
                    continue
                if solo is None:
                    solo = _new_pool(1, options.model, pools)
                try:
                    yield solo.submit(fn, (p, options)).result()
                except BrokenProcessPool:
                    _kill(solo)
                    solo = None
                    yield Outcome(p, error=f"{p}: the worker process died while extracting it "
                                           "(killed by a signal, or out of memory); tried twice")
                except Exception as exc:
                    yield Outcome(p, error=f"{p}: internal error ({_describe(exc)}); please report it with this file")
            if i < len(todo):
                pool = _new_pool(jobs, options.model, pools)
    finally:
        for f in pending:
            f[1].cancel()
        for pool in pools:
            _kill(pool)


def _new_pool(jobs: int, model: str | None, pools: list):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                               initargs=(model, os.getpid()))
    pools.append(pool)
    return pool


def _quiet_pool_race() -> None:
    """Let the pool's manager thread lose one race quietly: when its workers are killed
    and its futures cancelled at once, CPython 3.11's ``terminate_broken`` sets an exception
    on a future already cancelled, and the thread dies with ``InvalidStateError``, printing
    a traceback under the run's one line (about one killed run in 20). Every other thread
    error still reaches the hook that was there."""
    import threading
    from concurrent.futures import InvalidStateError
    from concurrent.futures import process as futures_process

    previous = threading.excepthook
    if getattr(previous, "_jccttool_quiet_pool", False):
        return
    manager = getattr(futures_process, "_ExecutorManagerThread", None)

    def hook(args) -> None:
        if manager is not None and isinstance(args.thread, manager) and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    hook._jccttool_quiet_pool = True
    threading.excepthook = hook


def _kill(pool) -> None:
    """Stop a pool now: kill its workers (they may be busy for seconds) and do not wait."""
    _quiet_pool_race()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        try:
            proc.kill()
        except (OSError, ValueError, AttributeError):
            pass
    # A signal raised inside ``submit`` can leave the pool's lock held for good; then
    # shutdown would wait forever. The workers are dead either way.
    lock = getattr(pool, "_shutdown_lock", None)
    if lock is not None:
        if not lock.acquire(timeout=1):
            return
        lock.release()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        try:
            proc.join(timeout=5)
        except (OSError, ValueError, AttributeError, AssertionError):
            pass


def plan_jobs(requested: int | None, inputs: int) -> tuple[int, str | None]:
    """The worker count for ``inputs`` documents: ``requested`` (default: the cores),
    capped at the number of inputs and of cores; and a note when the cap applies. More
    workers than cores only add memory (each holds a pipeline) and switching."""
    cores = default_jobs()
    wanted = requested or cores
    jobs = max(1, min(wanted, inputs, cores))
    if requested is not None and jobs < requested:
        why = f"{cores} core(s)" if cores <= inputs else f"{inputs} input(s)"
        return jobs, f"--jobs {requested} capped at {jobs} ({why})"
    return jobs, None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
