"""Typed loaders for the rule data shipped as package data.

Each file is validated entry by entry against a pydantic model; a malformed entry
raises :class:`~jccttool.errors.RuleDataError` naming the file and line.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import RuleDataError

M = TypeVar("M", bound=BaseModel)


def read_text(name: str) -> str:
    """The text of a resource file in this package."""
    try:
        return files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleDataError(f"resources/{name}: missing from the package") from None


def load_jsonl(name: str, model: type[M]) -> list[M]:
    """Every non-blank line of a JSON Lines resource, validated as ``model``."""
    entries: list[M] = []
    for lineno, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entries.append(model.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise RuleDataError(f"resources/{name}:{lineno}: {where}: {first['msg']}") from None
    return entries


def load_json(name: str, model: type[M]) -> M:
    """A JSON resource validated as ``model``."""
    try:
        return model.model_validate_json(read_text(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RuleDataError(f"resources/{name}: {where}: {first['msg']}") from None


def load_lines(name: str) -> list[str]:
    """Non-blank, non-comment (#) lines of a text resource."""
    return [ln.strip() for ln in read_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


__all__ = ["json", "load_json", "load_jsonl", "load_lines", "read_text"]
