"""Reading extractions back: many inputs (files, folders, ``-``, ``--files-from``),
each one JSON document or a JSON Lines stream of them (what ``extract`` writes for
several inputs).

Used by ``validate``, ``export``, ``eval`` and ``diff``. Nothing heavy is imported.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import InputError
from ._common import read_input_text

if TYPE_CHECKING:
    from ..records import Extraction

#: What a folder given to validate/export/eval contributes: extraction files.
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
#: Files in a folder that are never extractions.
_NOT_EXTRACTIONS = (".gold.json", ".schema.json")

FilesFromOption = Annotated[
    Optional[str],
    typer.Option("--files-from", metavar="LIST", help="Read more inputs, one path a line, from this file (- for stdin)."),
]


@dataclass(frozen=True)
class Item:
    """One extraction's JSON text and where it came from."""

    name: str  # for messages: the path, <stdin>, or path:LINE inside a JSON Lines stream
    path: str  # the file it was read from ("-" for stdin): where to look for its source
    raw: str
    stream: bool = False  # one line of a JSON Lines stream


def expand(args: Iterable[str], files_from: str | None = None) -> list[str]:
    """Files, ``-``, folders (their ``*.json``/``*.jsonl`` files, sorted, gold files
    and schemas left out) and the paths listed in ``files_from``, without duplicates."""
    out: list[str] = []
    for arg in args:
        p = Path(arg)
        if arg != "-" and p.is_dir():
            out.extend(str(f) for f in sorted(p.iterdir())
                       if f.is_file() and f.name.lower().endswith(JSON_SUFFIXES)
                       and not f.name.lower().endswith(_NOT_EXTRACTIONS) and not f.name.startswith("."))
        else:
            out.append(arg)
    if files_from is not None:
        if files_from == "-":
            if "-" in out:
                raise InputError("--files-from - and the input - both read stdin; give one")
            lines = sys.stdin.read().splitlines()
        else:
            try:
                lines = Path(files_from).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{files_from}: cannot read --files-from list: {getattr(exc, 'strerror', None) or exc}") from None
        out.extend(line.strip() for line in lines if line.strip())
    if out.count("-") > 1:
        raise InputError("- (stdin) can be given only once")
    return list(dict.fromkeys(out))


def split_documents(raw: str, name: str) -> list[tuple[str, str, bool]]:
    """(name, JSON text, is a stream line) for each document in ``raw``: the whole
    text when it is one JSON value, else one per non-blank line (JSON Lines)."""
    try:
        json.loads(raw)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            return [(name, raw, False)]
    except (ValueError, RecursionError):
        return [(name, raw, False)]  # read_extraction reports it
    else:
        return [(name, raw, False)]
    out = [(f"{name}:{n}", line, True) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
    return out or [(name, raw, False)]


def read_items(path: str) -> list[Item]:
    """The extraction texts of one input (raises InputError when it cannot be read)."""
    name = "<stdin>" if path == "-" else path
    return [Item(n, path, text, stream) for n, text, stream in split_documents(read_input_text(path), name)]


def iter_items(paths: list[str]) -> Iterator[Item | InputError]:
    """Every document of every input in order; an unreadable input yields its error."""
    for path in paths:
        try:
            yield from read_items(path)
        except InputError as exc:
            yield exc


def parse(item: Item) -> Extraction:
    """The extraction of one item; one-line InputError when it is not one."""
    from ..checks import parse_extraction

    try:
        return parse_extraction(item.raw, item.name)
    except RecursionError:
        raise InputError(f"{item.name}: JSON nested too deeply") from None
    except ValueError as exc:  # e.g. an integer too long to convert
        raise InputError(f"{item.name}: not JSON ({exc})") from None


def load_one(path: str) -> tuple[Item, Extraction]:
    """Exactly one extraction from ``path`` (a JSON file, or a one-document stream)."""
    items = read_items(path)
    if len(items) != 1:
        name = "<stdin>" if path == "-" else path
        raise InputError(f"{name}: holds {len(items)} extractions (JSON Lines); give one document")
    return items[0], parse(items[0])
