"""Gold files: reading and validating them, resolving each item's text to a span in the
source, and finding a gold file's source text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    pass

from .report import AREA_SLUGS

# ---------------------------------------------------------------------------
# Normalisation helpers

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u2013": "-", "\u2014": "-", "\u2011": "-"})
_SPACE = re.compile(r"\s+")


def normalise_name(text: str | None) -> str:
    """Case-folded, quotes and dashes straightened, whitespace (NBSP too) collapsed,
    a leading "the " and trailing punctuation dropped: "the  U.S.’s" ~ "The U.S.'s"."""
    if not text:
        return ""
    out = _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()
    if out.startswith("the "):
        out = out[4:]
    return out.rstrip(" ,;:")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise InputError(f"{where}: expected a number, got {value!r}")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise InputError(f"{where}: expected a number, got {value!r}") from None


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: expected an ISO date (YYYY-MM-DD), got {value!r}") from None


# ---------------------------------------------------------------------------
# Gold items: validated and resolved to spans


@dataclass(frozen=True)
class _Gold:
    """One gold item, its span resolved; ``values`` holds the compared fields."""

    index: int
    text: str
    span: tuple[int, int] | None
    optional: bool
    values: dict[str, Any]


def _resolve(source_text: str, text: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = source_text.find(text, start + 1)
        if start < 0:
            break
    if start < 0:
        found = source_text.count(text)
        if not found:
            raise InputError(f"{where}: text {text!r} does not occur in the source text")
        raise InputError(f"{where}: text {text!r} occurs {found} time(s), not {occurrence}")
    return (start, start + len(text))


def _gold_items(gold: dict, name: str, source_text: str, doc: str) -> list[_Gold]:
    raw = gold.get(name) or []
    if not isinstance(raw, list):
        raise InputError(f"{doc}: gold {name!r} must be a list")
    items = []
    for i, item in enumerate(raw):
        where = f"{doc}: gold {name}[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where}: must be an object")
        optional = bool(item.get("optional", False))
        span = None
        text = ""
        if name not in ("sections", "parties"):
            text = item.get("text")
            if not isinstance(text, str) or not text:
                raise InputError(f"{where}: missing 'text'")
            occurrence = item.get("occurrence", 1)
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
                raise InputError(f"{where}: 'occurrence' must be a positive integer")
            span = _resolve(source_text, text, occurrence, where)
        values = _GOLD_VALUES[name](item, where)
        if name == "parties":
            text = values["name"]
        elif name == "sections":
            text = values["title"] if values["title"] is not None else "(untitled section)"
        items.append(_Gold(i, text, span, optional, values))
    return items


def _require(item: dict, key: str, where: str) -> Any:
    if key not in item:
        raise InputError(f"{where}: missing {key!r}")
    return item[key]


def _money_values(item: dict, where: str) -> dict:
    currency = _require(item, "currency", where)
    if not isinstance(currency, str):
        raise InputError(f"{where}: 'currency' must be a string")
    return {"amount": _decimal(_require(item, "amount", where), f"{where}.amount"),
            "amount_max": _decimal(item.get("amount_max"), f"{where}.amount_max"),
            "currency": currency.upper()}


def _quantity_values(item: dict, where: str) -> dict:
    return {"value": _decimal(_require(item, "value", where), f"{where}.value"), "kind": item.get("kind")}


def _date_values(item: dict, where: str) -> dict:
    start = _date(_require(item, "start", where), f"{where}.start")
    end = _date(_require(item, "end", where), f"{where}.end")
    if start is None or end is None:
        raise InputError(f"{where}: 'start' and 'end' must be dates")
    return {"start": start, "end": end, "grain": _require(item, "grain", where),
            "role": item.get("role"), "fuzzy": bool(item.get("fuzzy", False))}


def _countries(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        raise InputError(f"{where}: 'actors' must be a list of country codes")
    return tuple(sorted({c.upper() for c in raw}))


def _commitment_values(item: dict, where: str) -> dict:
    deadline = item.get("deadline")
    if deadline is not None:
        if not isinstance(deadline, dict):
            raise InputError(f"{where}: 'deadline' must be null or {{start, end}}")
        deadline = (_date(deadline.get("start"), f"{where}.deadline.start"),
                    _date(deadline.get("end"), f"{where}.deadline.end"))
    areas = item.get("areas")
    if areas is not None:
        if (not isinstance(areas, list) or not all(isinstance(a, str) for a in areas)
                or not set(areas) <= AREA_SLUGS or not areas):
            raise InputError(f"{where}: 'areas' must be a non-empty list of issue-area slugs")
        areas = frozenset(areas)
    return {"actors": _countries(_require(item, "actors", where), where), "kind": item.get("kind"),
            "negated": bool(item.get("negated", False)), "deadline": deadline, "areas": areas}


def _party_values(item: dict, where: str) -> dict:
    name = _require(item, "name", where)
    if not isinstance(name, str) or not name:
        raise InputError(f"{where}: 'name' must be a non-empty string")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list):
        raise InputError(f"{where}: 'aliases' must be a list")
    keys = {normalise_name(x) for x in [name, item.get("acronym"), *aliases] if isinstance(x, str)} - {""}
    return {"name": name, "keys": keys, "country": item.get("country")}


def _section_values(item: dict, where: str) -> dict:
    title = item.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f"{where}: 'title' must be a string or null")
    blocks = item.get("blocks")
    if blocks is not None and (not isinstance(blocks, int) or isinstance(blocks, bool)):
        raise InputError(f"{where}: 'blocks' must be an integer")
    return {"title": title, "blocks": blocks}


_GOLD_VALUES: dict[str, Callable[[dict, str], dict]] = {
    "sections": _section_values,
    "parties": _party_values,
    "money": _money_values,
    "quantities": _quantity_values,
    "dates": _date_values,
    "commitments": _commitment_values,
}


# ---------------------------------------------------------------------------
# Files

GOLD_SUFFIX = ".gold.json"


def load_gold(path: str | Path) -> dict:
    """Read a gold file; :class:`InputError` with the file name when unreadable."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a gold file (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a gold file (expected a JSON object)")
    if not isinstance(data.get("document"), str) or not data["document"]:
        raise InputError(f"{path}: not a gold file (missing 'document')")
    return data


def gold_stem(path: str | Path) -> str:
    """``tests/gold/x.gold.json`` -> ``x``."""
    name = Path(path).name
    return name[: -len(GOLD_SUFFIX)] if name.endswith(GOLD_SUFFIX) else Path(name).stem


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files of a folder, sorted by name."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"{gold_dir}: not a folder")
    return sorted(folder.glob(f"*{GOLD_SUFFIX}"))


def default_source_dirs(gold_dir: str | Path) -> list[Path]:
    """Where the documents of a gold folder are looked for: the folder itself, then
    ``../corpus/dev`` and ``../../data/raw`` (the repository layout), ``../data/raw``."""
    folder = Path(gold_dir)
    return [folder, folder.parent / "corpus" / "dev", folder.parent.parent / "data" / "raw",
            folder.parent / "data" / "raw"]


def find_source(document: str, source_dirs: Iterable[str | Path]) -> Path:
    """The first ``<dir>/<document>`` that exists."""
    tried = []
    for folder in source_dirs:
        candidate = Path(folder) / document
        if candidate.is_file():
            return candidate
        tried.append(str(folder))
    raise InputError(f"{document}: source text not found (looked in {', '.join(tried) or 'no folder'})")


def read_source_text(path: str | Path) -> str:
    """The source text spans index: the file decoded exactly as ``extract`` decodes it."""
    from ..readers import read_source

    return read_source(str(path)).text
