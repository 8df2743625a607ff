"""Many documents in one run: input expansion, ordered parallel extraction, outputs.

Workers are separate processes, each building the spaCy pipeline once. Results come
back in input order whatever the scheduling, and are written as they arrive, so
memory stays flat; every output file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
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
            out.extend(
                str(f)
                for f in sorted(path.rglob("*"))
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith(".")
            )
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


def is_current(input_path: str, output: Path) -> bool:
    """True when ``output`` exists and records the sha256 of ``input_path``'s bytes."""
    if input_path == "-" or not output.exists():
        return False
    try:
        recorded = json.loads(output.read_text(encoding="utf-8"))["source"]["sha256"]
        data = Path(input_path).read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return recorded == hashlib.sha256(data).hexdigest()


def extract_one(path: str, options: Options) -> Outcome:
    """Extract one input to its JSON text; errors become the Outcome's message."""
    from .errors import JcctError
    from .pipeline import extract_path

    try:
        record = extract_path(path, only=set(options.only) if options.only else None, model=options.model,
                              max_bytes=options.max_bytes)
    except JcctError as exc:
        return Outcome(path, error=str(exc))
    except RecursionError:
        return Outcome(path, error=f"{path}: document too deeply nested to process")
    return Outcome(path, json=record.to_json(compact=options.compact))


def _worker_init(model: str | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and cleans up
    from .nlp import build_nlp

    build_nlp(model)


def _worker(args: tuple[str, Options]) -> Outcome:
    return extract_one(*args)


def run(inputs: list[str], options: Options, *, jobs: int = 1, skip: set[str] = frozenset()) -> Iterator[Outcome]:
    """Outcomes in input order. ``jobs > 1`` uses worker processes; stdin is read here."""
    todo = [p for p in inputs if p not in skip]
    if jobs <= 1 or len(todo) <= 1 or "-" in todo:
        for p in inputs:
            yield Outcome(p, skipped=True) if p in skip else extract_one(p, options)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                             initargs=(options.model,)) as pool:
        # Small chunks keep the workers busy with less inter-process traffic, and results
        # still come back in input order as they finish.
        chunk = max(1, min(8, len(todo) // (jobs * 16)))
        results = pool.map(_worker, [(p, options) for p in todo], chunksize=chunk)
        try:
            for p in inputs:
                yield Outcome(p, skipped=True) if p in skip else next(results)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
