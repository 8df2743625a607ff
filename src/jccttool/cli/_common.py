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

import click
import typer

from ..errors import HungUp as _HungUp
from ..errors import InputError, JcctError, wrapped_signal
from ..errors import Terminated as _Terminated

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


# ~80 lines: one except clause per error the contract gives an exit code, each a few lines
@contextmanager
def guarded(debug: bool = False) -> Iterator[None]:
    """Turn library errors into one stderr line and the contract's exit code.

    ``JcctError`` → its message, exit 2 (1 for ValidationFailed); Ctrl-C → exit 130;
    SIGTERM → exit 143; SIGHUP (the terminal went away) → exit 129; a closed stdout
    pipe (``| head``) → quiet exit 141; an output that cannot be written (disk full,
    read-only, ``/dev/full``) → one line, exit 2; input nested too deeply for Python →
    one line, exit 2; any other error (a bug) → one line naming it, exit 2
    (``--debug`` shows the traceback).
    """
    handlers = {signal.SIGTERM: _Terminated}
    if hasattr(signal, "SIGHUP"):
        handlers[signal.SIGHUP] = _HungUp
    previous = {}
    for sig, exc_type in handlers.items():
        old = signal.getsignal(sig)
        if old in (signal.SIG_DFL, None):

            def _raise(signum, frame, exc_type=exc_type):  # pragma: no cover - exercised by a subprocess test
                raise exc_type()

            previous[sig] = old
            signal.signal(sig, _raise)
    try:
        try:
            yield
        except Exception as exc:  # a signal pydantic wrapped while it ran a serializer of ours
            caught = wrapped_signal(exc)
            if caught is None:
                raise
            raise caught from None
    except JcctError as exc:
        if debug:
            raise
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        if debug:
            raise
        _exit_on_next_signal(130)
        say("jccttool: interrupted")
        _end_now_if_pool(130)
        raise typer.Exit(130) from None
    except _Terminated:
        _exit_on_next_signal(143)
        say("jccttool: terminated")
        _end_now_if_pool(143)
        raise typer.Exit(143) from None
    except _HungUp:
        _exit_on_next_signal(129)
        say("jccttool: hung up (the terminal closed)")
        _end_now_if_pool(129)
        raise typer.Exit(129) from None
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other Unix tools.
        _silence_stdout()
        raise typer.Exit(141) from None
    except OSError as exc:
        if debug:
            raise
        _silence_stdout()
        where = exc.filename if exc.filename else "output"
        fail(f"{where}: cannot write: {exc.strerror or exc}")
    except RecursionError:
        if debug:
            raise
        fail("input nested too deeply to process")
    except UnicodeEncodeError as exc:
        if debug:
            raise
        _silence_stdout()
        fail(f"cannot write the output: it holds {exc.object[exc.start:exc.end]!r}, which is not valid Unicode text"
             " (a lone surrogate?)")
    except (typer.Exit, typer.Abort, SystemExit, click.ClickException):
        raise
    except Exception as exc:
        if debug:
            raise
        fail(f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
             "run again with --debug for the traceback, and please report it")
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old or signal.SIG_DFL)


def _exit_on_next_signal(code: int) -> None:
    """After the first interrupt the run is ending: a second Ctrl-C (or SIGTERM, SIGHUP)
    during the cleanup ends the process at once instead of interrupting the cleanup
    halfway (which left worker processes and a hung interpreter behind)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def now(signum, frame) -> None:  # noqa: ARG001 - the signal handler's signature
        os._exit(code)

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), now)
    # The run is ending and says so in one line: a pool's helper thread that then writes to a
    # pipe of a killed worker ("Exception ignored in ... _send: Bad file descriptor") must not
    # print a traceback after it.
    threading.excepthook = lambda args: None
    sys.unraisablehook = lambda unraisable: None


def _end_now_if_pool(code: int) -> None:
    """After an interrupt with worker processes in play (already killed by the batch),
    end the process now: the interpreter's exit joins the pool's manager thread, which
    an interrupt at the wrong moment (inside the pool's own locking) can leave waiting
    for good. Output files are complete (atomic writes); stdout and stderr are flushed."""
    import threading

    process = sys.modules.get("concurrent.futures.process")
    manager = getattr(process, "_ExecutorManagerThread", None) if process else None
    if manager is None or threading.current_thread() is not threading.main_thread():
        return
    if any(isinstance(t, manager) and t.is_alive() for t in threading.enumerate()):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of whatever is
    still buffered does not fail a second time with a traceback."""
    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - kept open until exit
    except OSError:  # pragma: no cover
        pass


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename,
    so that an interrupted run never leaves a half-written file.

    An existing target keeps its permission bits (a 0600 file stays 0600); a new one
    gets the usual mode (0666 less the umask). A symbolic link is followed: the file it
    points to is replaced and the link stays. A write that fails (disk full, read-only
    file system) is an InputError naming the path, and leaves no temporary file."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create output folder: {exc.strerror or exc}") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        mode = stat_mode(path)
    except OSError:
        mode = 0o666 & ~_umask()
    with _signals_held():  # Ctrl-C between mkstemp and the cleanup would leave the temp file
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise InputError(f"{folder}: cannot write output: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.chmod(tmp, mode)  # mkstemp makes 0600
            os.replace(tmp, path)
        except BaseException as exc:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            if isinstance(exc, OSError):
                raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
            raise


def stat_mode(path: Path) -> int:
    """The permission bits of an existing file."""
    import stat

    return stat.S_IMODE(os.stat(path).st_mode)


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
        write_stdout(text)
    else:
        atomic_write(output, text)


def write_stdout(text: str) -> None:
    """Write and flush to stdout; a failed write (``/dev/full``, a full disk behind a
    redirection) is an InputError, a closed pipe stays a BrokenPipeError."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise InputError(f"<stdout>: cannot write: {exc.strerror or exc}") from None


def read_input_text(path: str) -> str:
    """The text of a JSON input file or ``-`` (stdin), with one-line errors."""
    if path == "-":
        try:
            return sys.stdin.buffer.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("<stdin>: not a JSON extraction (not UTF-8 text)") from None
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    if not p.is_file():
        raise InputError(f"{path}: not a regular file; pass a file, or - to read stdin")
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
