"""dates extractor (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Iterator

KIND = "dates"


def extract(doc, ctx) -> Iterator:
    yield from ()


def normalise(expression: str, anchor=None):
    """(start, end, grain) of one isolated date expression, or None."""
    from datetime import datetime

    for fmt, grain in (("%B %d, %Y", "day"), ("%B %Y", "month"), ("%Y", "year")):
        try:
            d = datetime.strptime(expression.strip(), fmt).date()
        except ValueError:
            continue
        return d, d, grain
    return None
