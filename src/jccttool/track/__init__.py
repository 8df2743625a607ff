"""Extractions of many documents → a :class:`~jccttool.track.model.Ledger` of
commitment threads across sessions (``jccttool track``, ``export --to sqlite``).

:func:`build` is the entry point (being built: see issue #19).
"""

from __future__ import annotations

from .model import Ledger, Member, SessionRef, Source, Thread, UnresolvedReference

__all__ = ["Ledger", "Member", "SessionRef", "Source", "Thread", "UnresolvedReference"]
