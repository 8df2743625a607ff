"""Reading input: a path or ``-`` (stdin) becomes a :class:`SourceText`.

The source text is the input bytes decoded and nothing else changed: no newline
translation, no Unicode normalisation, no whitespace folding. Every span in the
output indexes this text.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of binary formats people pass by mistake; each is refused with its name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True)
class SourceText:
    """A decoded input document."""

    path: str
    text: str
    sha256: str
    bytes: int
    encoding: str
    format: str = "text"
    #: Hints from structured inputs (HTML, PDF) for the segmenter: spans of headings and
    #: of italic paragraphs (the industry facts fact sheets print in italics).
    heading_spans: tuple[tuple[int, int], ...] = ()
    context_spans: tuple[tuple[int, int], ...] = ()
    #: what reading noticed (bytes replaced, text an HTML parser dropped)
    warnings: tuple[str, ...] = ()

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def name(self) -> str:
        """What to call the input in messages."""
        return "<stdin>" if self.path == "-" else self.path


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``path`` (``-`` for stdin), with one-line errors for every failure."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        where = "<stdin>"
    elif (data := _read_regular(path, max_bytes)) is not None:
        where = path
    else:
        p = Path(path)
        if p.is_symlink() and not p.exists():
            raise InputError(f"{path}: broken symbolic link")
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory (pass files, or use -r to recurse)")
        if not p.is_file():
            raise InputError(f"{path}: not a regular file ({_file_type(p)}); pass a file, or - to read stdin")
        if not os.access(p, os.R_OK):
            raise InputError(f"{path}: permission denied")
        try:
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
        where = path
    if len(data) > max_bytes:
        raise InputError(f"{where}: larger than --max-bytes ({max_bytes} bytes); raise the limit to process it")
    return data


def _read_regular(path: str, max_bytes: int) -> bytes | None:
    """The bytes of ``path`` when it is a readable regular file, with one ``stat`` (the
    checks of :func:`read_bytes` ask the file system six times); None for anything else,
    which those checks then name."""
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode) or not os.access(path, os.R_OK):
            return None
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except (OSError, ValueError):
        return None


def _file_type(p: Path) -> str:
    """What a path that is not a regular file is, for the message."""
    import stat

    try:
        mode = p.stat().st_mode
    except OSError:
        return "unreadable"
    for test, what in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return "not a file"


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode input bytes to text; returns (text, encoding). Refuses binary and empty input."""
    if not data.strip():
        raise InputError(f"{where}: empty input" if not data else f"{where}: input is only whitespace")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{where}: not text ({what})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{where}: not valid {encoding} text despite its byte-order mark") from None
            if encoding == "utf-16" and text.startswith("\ufeff"):
                text = text[1:]
            return _check_text(text, where), encoding
    if b"\x00" in data:
        raise InputError(f"{where}: not text (contains NUL bytes)")
    try:
        return _check_text(data.decode("utf-8"), where), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly, where), "utf-8"
    try:
        return _check_text(data.decode("cp1252"), where), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes anything.
        return _check_text(data.decode("latin-1"), where), "latin-1"


# C0 controls except tab, newline, vertical tab, form feed and carriage return.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with each invalid byte replaced by U+FFFD, when the file
    is otherwise UTF-8: it holds valid multi-byte sequences and no more invalid bytes
    than valid non-ASCII characters. One stray byte in a UTF-8 file must not turn
    every curly quote and no-break space into cp1252 mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = len(invalid_utf8_offsets(data))
    good = sum(1 for c in text if c > "\x7f") - bad
    return text if 0 < bad <= good else None


def invalid_utf8_offsets(data: bytes) -> list[int]:
    """Byte offsets where ``data`` stops being valid UTF-8 (one per replaced sequence)."""
    out: list[int] = []
    pos = 0
    while pos < len(data):
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            out.append(pos + exc.start)
            pos += exc.end
    return out


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise InputError(f"{where}: input is only whitespace")
    # Control characters other than tab/newline/CR/form feed are a sign of binary data.
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise InputError(f"{where}: not text (too many control characters)")
    return text


_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def sniff_format(path: str, data: bytes) -> str:
    """``pdf`` (``%PDF-`` magic), ``html`` (a .html/.htm name, or content that starts
    with a doctype or ``<html>``) or ``text``."""
    if data.startswith(b"%PDF-") or (path.lower().endswith(".pdf") and b"%PDF-" in data[:1024]):
        return "pdf"
    from .formats.html import looks_like_html

    if path.lower().endswith(_HTML_SUFFIXES) or looks_like_html(data):
        return "html"
    return "text"


def read_source(path: str, *, data: bytes | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode one input. ``data`` supplies the bytes when they are already in hand.

    Plain text is decoded and kept as it is; HTML and PDF are reduced to plain text
    (:mod:`jccttool.formats`), which is then the source text every span indexes."""
    if data is None:
        data = read_bytes(path, max_bytes=max_bytes)
    where = "<stdin>" if path == "-" else path
    fmt = sniff_format(path, data) if data.strip() else "text"
    hints: dict = {}
    if fmt == "pdf":
        from .formats.pdf import pdf_to_text

        rendered = pdf_to_text(data, where)
        text, encoding = rendered.text, "binary"
    elif fmt == "html":
        from .formats.html import html_to_text

        rendered, encoding = html_to_text(data)
        text = rendered.text
        if not text.strip():
            raise InputError(f"{where}: no text found in the HTML page")
    else:
        text, encoding = decode(data, where)
        bad = invalid_utf8_offsets(data) if encoding == "utf-8" and "\ufffd" in text else []
        if bad:
            shown = ", ".join(str(b) for b in bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
            hints["warnings"] = (f"{len(bad)} byte(s) not valid UTF-8, replaced with U+FFFD (at byte offset {shown})",)
    if fmt != "text":
        hints = {"heading_spans": rendered.heading_spans, "context_spans": rendered.context_spans, "warnings": rendered.warnings}
    return SourceText(
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        format=fmt,
        **hints,
    )


def source_from_text(text: str, path: str = "<text>") -> SourceText:
    """A SourceText for a string already in memory (the Python API)."""
    data = text.encode("utf-8")
    if not text.strip():
        raise InputError(f"{path}: empty input" if not text else f"{path}: input is only whitespace")
    return SourceText(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), encoding="utf-8")
