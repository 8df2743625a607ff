"""quantities extractor (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Iterator

KIND = "quantities"


def extract(doc, ctx) -> Iterator:
    yield from ()
