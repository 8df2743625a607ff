"""What every command shares: options, consoles, reading extractions, writing output,
and the one place where library errors become a stderr line and an exit code.

Nothing heavy is imported here: ``--help``, ``schema``, ``validate``, ``export`` and
``diff`` must not load spaCy or dateparser.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from ..errors import InputError, JcctError

if TYPE_CHECKING:
    from ..records import Extraction

DebugOption = Annotated[bool, typer.Option("--debug", help="Show a full traceback on errors.")]
OutputOption = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.", dir_okay=False),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def say(message: str) -> None:
    """One plain line on stderr (no markup, no wrapping)."""
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``jccttool: message`` on stderr and exit with ``code``."""
    say(f"jccttool: {message}")
    raise typer.Exit(code)


@contextmanager
def guarded(debug: bool = False) -> Iterator[None]:
    """Turn library errors into one stderr line and the contract's exit code.

    ``JcctError`` → its message, exit 2 (1 for ValidationFailed); Ctrl-C → exit 130;
    SIGTERM → exit 143; a closed stdout pipe (``| head``) → quiet exit 0... as 141.
    """
    previous = signal.getsignal(signal.SIGTERM)

    def _terminate(signum, frame):  # pragma: no cover - exercised by a subprocess test
        raise _Terminated()

    if previous in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    except JcctError as exc:
        if debug:
            raise
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        if debug:
            raise
        fail("interrupted", 130)
    except _Terminated:
        fail("terminated", 143)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other Unix tools.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - avoid a second error at exit
        finally:
            raise typer.Exit(141)
    finally:
        if previous in (signal.SIG_DFL, None):
            signal.signal(signal.SIGTERM, previous or signal.SIG_DFL)


class _Terminated(BaseException):
    """Raised by the SIGTERM handler so that cleanup code runs."""


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename,
    so that an interrupted run never leaves a half-written file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create output folder: {exc.strerror or exc}") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    with _signals_held():  # Ctrl-C between mkstemp and the cleanup would leave the temp file
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise InputError(f"{folder}: cannot write output: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block has run, on Unix in the main thread; a
    write takes milliseconds.

    The signals are deferred by Python handlers, not blocked with ``pthread_sigmask``:
    numpy's BLAS threads (spaCy imports numpy) leave the signal unblocked in some
    thread, the kernel delivers it there, and Python then runs its handler in the main
    thread anyway. Deferred signals are raised again, once each, when the block ends."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []

    def defer(signum, frame) -> None:  # noqa: ARG001 - the signal handler's signature
        if signum not in pending:
            pending.append(signum)

    previous = {sig: signal.signal(sig, defer) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in pending:
            signal.raise_signal(sig)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(text: str, output: Path | None) -> None:
    """Write a command's result to ``output`` (atomically) or to stdout."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write(output, text)


def read_input_text(path: str) -> str:
    """The text of a JSON input file or ``-`` (stdin), with one-line errors."""
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a JSON extraction (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def load_extraction(path: str) -> Extraction:
    """Read an extraction JSON file (or ``-``) produced by ``jccttool extract``."""
    from ..checks import parse_extraction

    return parse_extraction(read_input_text(path), "<stdin>" if path == "-" else path)
