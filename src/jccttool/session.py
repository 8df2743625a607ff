"""Session metadata (forum, ordinal, dates, location, co-chairs) from the opening text."""

from __future__ import annotations

from .records import Session


def extract_session(doc, ctx) -> Session | None:
    """The meeting the document reports on, or None (placeholder until the parties issue)."""
    return None
