"""Extractions of many documents → a :class:`~jccttool.track.model.Ledger` of
commitment threads across sessions (``jccttool track``, ``export --to sqlite``).

:func:`build` is the entry point.
"""

from __future__ import annotations

from .model import Ledger, Member, SessionRef, Source, Thread, UnresolvedReference

__all__ = ["Ledger", "Member", "SessionRef", "Source", "Thread", "UnresolvedReference"]

from .build import build, document_sessions, session_key  # noqa: E402

__all__ += ["build", "document_sessions", "session_key"]
