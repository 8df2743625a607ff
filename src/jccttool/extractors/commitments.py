"""commitments extractor (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Iterator

KIND = "commitments"


def extract(doc, ctx) -> Iterator:
    yield from ()


def trigger_patterns() -> list[dict]:
    """SpanRuler patterns of the commitment triggers."""
    return []
