"""parties extractor (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Iterator

KIND = "parties"


def extract(doc, ctx) -> Iterator:
    yield from ()


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns of the party gazetteer."""
    return []
