"""``jccttool extract``: documents in, JSON out (one document, JSON Lines, or a folder)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from ..extractors import KINDS
from ._common import (
    DebugOption,
    OutputOption,
    QuietOption,
    _exit_on_next_signal,
    _umask,
    atomic_write,
    fail,
    guarded,
    say,
    stat_mode,
    write_stdout,
)

app = typer.Typer()


def _parse_only(only: str | None) -> frozenset[str] | None:
    if not only:
        return None
    kinds = frozenset(k.strip() for k in only.split(",") if k.strip())
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        fail(f"--only: unknown kind {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    return kinds


@app.command("extract")
def extract(
    files: Annotated[Optional[list[str]], typer.Argument(help="Text files, directories (with -r), or - for stdin.", show_default=False)] = None,
    output: OutputOption = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out-dir", "-d", help="Write one <stem>.json per input into this folder (created if missing).", file_okay=False)] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON instead of pretty JSON.")] = False,
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Descend into directories (*.txt, *.text, *.md, *.htm, *.html).")] = False,
    files_from: Annotated[Optional[str], typer.Option("--files-from", help="Read more input paths, one a line, from this file (- for stdin).", metavar="LIST")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores; 1 runs in-process).", min=1)] = None,
    keep_tree: Annotated[bool, typer.Option("--keep-tree", help="With --out-dir: mirror the input folders (below their common folder), so same-named files in different folders do not collide.")] = False,
    skip_existing: Annotated[bool, typer.Option("--skip-existing", help="With --out-dir: keep outputs made from the same input bytes by this jccttool version with the same --only, --model and --compact.")] = False,
    only: Annotated[Optional[str], typer.Option("--only", help="Comma list of record kinds to fill: parties,dates,money,quantities,commitments.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed trained spaCy pipeline (name or path) to use instead of the blank one.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.", min=1)] = 20 * 1024 * 1024,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Extract sections, parties, dates, money, quantities and commitments as JSON.

    One input prints one pretty JSON document; several print JSON Lines (one compact
    document per line, in input order) unless --out-dir is given.

    \b
    Examples:
      jccttool extract data/raw/jcct-22-fact-sheet-2011.txt
      jccttool extract data/raw/*.txt --out-dir data/extracted/
      find archive -name '*.txt' | jccttool extract --files-from - -d out/
      cat factsheet.txt | jccttool extract - | jq '.money[].amount'
    """
    from ..batch import Options, clean_stale_temporaries, expand_inputs, is_current, output_paths, plan_jobs

    with guarded(debug):
        inputs = expand_inputs(files or [], recursive=recursive, files_from=files_from)
        if not inputs:
            fail("no input: give files, - for stdin, or --files-from LIST")
        if output is not None and out_dir is not None:
            fail("use --output or --out-dir, not both")
        if skip_existing and out_dir is None:
            fail("--skip-existing needs --out-dir")
        if keep_tree and out_dir is None:
            fail("--keep-tree needs --out-dir")
        if output is not None and any(p != "-" and Path(p).exists() and Path(p).resolve() == output.resolve() for p in inputs):
            fail(f"{output}: output file would overwrite an input")
        targets = output_paths(inputs, out_dir, keep_tree=keep_tree) if out_dir is not None else {}
        json_lines = len(inputs) > 1 and not targets
        # JSON Lines need one line per document: the workers write it compact directly.
        options = Options(only=_parse_only(only), model=model, max_bytes=max_bytes, compact=compact or json_lines)
        if out_dir is not None:
            clean_stale_temporaries(out_dir)
        skip = {p for p in inputs if skip_existing and is_current(p, targets[p], options)}
        workers, note = plan_jobs(jobs, len(inputs) - len(skip))
        if note and not quiet:
            say(f"jccttool: {note}")
        started = time.monotonic()
        failed = _write_all(inputs, targets, output, options, workers, skip, quiet)
        if len(inputs) > 1 and not quiet:
            done = len(inputs) - failed - len(skip)
            kept = f", {len(skip)} up to date" if skip else ""
            say(f"jccttool: {done} extracted, {failed} failed{kept} in {time.monotonic() - started:.1f} s")
        if failed:
            raise typer.Exit(2)


def _write_all(inputs, targets, output, options, jobs, skip, quiet) -> int:
    """Run the batch and write every result; returns the number of failures."""
    from ..batch import run

    single = len(inputs) == 1 and not targets
    stream = _JsonLines(output) if not single and not targets else None
    failed = finished = 0
    with _progress(len(inputs), enabled=not quiet and len(inputs) > 1 and sys.stderr.isatty()) as advance:
        try:
            for outcome in run(inputs, options, jobs=jobs, skip=skip):
                advance()
                finished += 1
                if outcome.error is not None:
                    say(f"jccttool: {outcome.error}")
                    failed += 1
                elif outcome.skipped:
                    continue
                elif targets:
                    atomic_write(targets[outcome.path], outcome.json)
                elif single:
                    _emit_single(outcome.json, output)
                else:
                    stream.write(outcome.json)
        except BaseException as exc:
            if stream is not None:
                stream.abort()
            if isinstance(exc, KeyboardInterrupt) and not single:
                # as the guard does for its own Ctrl-C: a second one while the run ends (the
                # interpreter joining its threads) ends the process at once, with no
                # "Exception ignored in threading" text after the one line
                _exit_on_next_signal(130)
                _interrupted(finished, len(inputs), targets, output)
            raise
    if stream is not None:
        stream.close()
    return failed


def _interrupted(finished: int, total: int, targets: dict, output: Path | None) -> None:
    """Ctrl-C in a batch: one line saying what is done and how to go on (exit 130)."""
    if targets:
        fail(f"interrupted: {finished} of {total} documents finished; run the same command with --skip-existing "
             "to resume", 130)
    if output is not None:
        fail(f"interrupted after {finished} of {total} documents; {output} was not written", 130)
    fail(f"interrupted: {finished} of {total} documents written", 130)


def _emit_single(text: str, output: Path | None) -> None:
    if output is None:
        write_stdout(text)
    else:
        atomic_write(output, text)


class _JsonLines:
    """JSON Lines to stdout, or to a temporary file renamed onto ``output`` at the end."""

    def __init__(self, output: Path | None):
        self.output = output
        self.tmp = None
        if output is None:
            self.fh = sys.stdout
            return
        if output.is_symlink():  # write through the link, like atomic_write
            output = self.output = Path(os.path.realpath(output))
        folder = output.parent
        try:
            self.mode = stat_mode(output)
        except OSError:
            self.mode = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise InputError(f"{folder}: cannot write output: {exc.strerror or exc}") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, line: str) -> None:
        if self.tmp is None:
            write_stdout(line)
            return
        try:
            self.fh.write(line)
            self.fh.flush()
        except OSError as exc:
            raise InputError(f"{self.output}: cannot write: {exc.strerror or exc}") from None

    def close(self) -> None:
        if self.tmp is not None:
            try:
                self.fh.close()
                os.chmod(self.tmp, self.mode if self.mode is not None else 0o666 & ~_umask())
                os.replace(self.tmp, self.output)
            except OSError as exc:
                self.abort()
                raise InputError(f"{self.output}: cannot write: {exc.strerror or exc}") from None

    def abort(self) -> None:
        if self.tmp is not None:
            try:
                self.fh.close()
            except OSError:
                pass
            try:
                os.unlink(self.tmp)
            except OSError:
                pass


class _progress:
    """A rich progress bar on stderr (documents, rate, ETA), or nothing."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
        from rich.text import Text

        from ._common import stderr_console

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed or 0:.1f} docs/s")

        self.bar = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
            console=stderr_console(), transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("extract", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.stop()
        return False
