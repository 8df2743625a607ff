"""Extraction × Extraction → :class:`Diff`, records aligned by meaning, not offsets.

Two uses: two runs (or two edited versions) of the same document — "did this
version change any figure?" — and two sessions — "what is new in the 23rd JCCT,
which commitments recur, which were not repeated?". ``mode`` says which; ``"auto"``
decides from the documents' session, date line and title (see :func:`pick_mode`).

In sessions mode commitments are paired by the shared cross-session pairing
(:func:`.pairing.recurring`: areas, actors, key terms), and the result carries a
:class:`.sessions.SessionReport` (areas, recurring pairs, references) that is what the
report and ``--format json`` show.

Alignment, per kind (docs/diff.md has the full rules and the threshold's evidence):

- commitments: the stable ``id`` first; then actors (at least one shared) plus text
  similarity ``rapidfuzz.fuzz.token_sort_ratio`` on normalised text >= ``THRESHOLD``,
  same topic preferred. In a revision such a pair is *changed*; between two sessions
  it is *recurring* (the same commitment restated, maybe with a new deadline).
- money and quantities: what they measure — the sentence around the figure with
  every number masked, plus the few words either side — same currency (unit), same
  year preferred; a figure whose context matches is *changed* ``amount: old → new``.
- dates: normalised text + value; then a date whose context matches.
- parties: by id. sections: by normalised title (the topic for null titles).

Spans, section ids, block ids and extractor rule ids are never compared: a span shift
caused by a paragraph added elsewhere is not a change. Text fields are compared after
normalisation (Unicode NFKC, quotes and dashes folded, whitespace collapsed, case
kept), so re-wrapping a line is not a change either.

Only the standard library and pydantic are imported here; rapidfuzz is imported when
a fuzzy comparison is needed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from ..errors import InputError
from ..records import Extraction
from . import sessions
from .kinds import (
    _COMPARERS,
    _doc_ref,
    _document_changes,
    _topics,
)
from .result import _SINGULAR, DIFF_VERSION, KINDS, THRESHOLD, Change, Diff, KindDiff, Mode, Topics
from .similarity import _Doc, norm, similarity

__all__ = ["DIFF_VERSION", "KINDS", "THRESHOLD", "Change", "Diff", "KindDiff", "Mode", "Topics", "compare", "norm", "parse_only", "pick_mode", "similarity"]


# --------------------------------------------------------------------------- entry


def parse_only(value: str | None) -> set[str] | None:
    """``"commitments,money"`` → ``{"commitments", "money"}``; singular names accepted."""
    if value is None or not value.strip():
        return None
    kinds = set()
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        name = _SINGULAR.get(name, name)
        if name not in KINDS:
            raise InputError(f"--only: unknown kind {part.strip()!r} (choose from {', '.join(KINDS)})")
        kinds.add(name)
    return kinds or None


def compare(
    old: Extraction,
    new: Extraction,
    *,
    only: set[str] | None = None,
    mode: Literal["auto", "revision", "sessions"] = "auto",
    old_name: str | None = None,
    new_name: str | None = None,
    old_text: str | None = None,
    new_text: str | None = None,
    everything: bool = False,
) -> Diff:
    """Compare two extractions; deterministic for the same inputs.

    ``old_text`` / ``new_text`` are the source texts when known (better context for
    figures and dates); ``*_name`` is how the report names each side (default: the
    recorded source path). In sessions mode the result carries the analyst's report
    (:mod:`.sessions`); ``everything`` turns its default filters off (``--all``).
    """
    if only is not None:
        unknown = set(only) - set(KINDS)
        if unknown:
            raise InputError(f"unknown kind(s) {', '.join(sorted(unknown))} (choose from {', '.join(KINDS)})")
    chosen: Mode = pick_mode(old, new) if mode == "auto" else mode
    kinds = [k for k in KINDS if only is None or k in only]
    ctx_old, ctx_new = _Doc(old, old_text), _Doc(new, new_text)
    result: dict[str, KindDiff] = {}
    for kind in kinds:
        result[kind] = _COMPARERS[kind](ctx_old, ctx_new, chosen)
    return Diff(
        old=_doc_ref(old, old_name),
        new=_doc_ref(new, new_name),
        mode=chosen,
        only=sorted(only, key=KINDS.index) if only else None,
        document=_document_changes(old, new) if only is None else {},
        topics=_topics(old, new),
        kinds=result,
        report=sessions.build(old, new, result, everything=everything) if chosen == "sessions" else None,
    )


def pick_mode(old: Extraction, new: Extraction) -> Mode:
    """``sessions`` when the two are different documents (two meetings, or a fact sheet
    and an article), else ``revision`` (two versions or two runs of one document).

    Different session ordinals, date lines, titles or document kinds (each only when
    both sides know it) mean different documents. Otherwise the text decides: two
    documents that share fewer than half of their paragraphs and bullets (or
    commitment sentences) verbatim are different documents.
    """
    so, sn = old.document.session, new.document.session
    if so and sn and so.ordinal is not None and sn.ordinal is not None and (so.ordinal, so.acronym) != (sn.ordinal, sn.acronym):
        return "sessions"
    for a, b in (
        (old.document.issued, new.document.issued),
        (norm(old.document.title).casefold() or None, norm(new.document.title).casefold() or None),
        (old.document.kind if old.document.kind != "unknown" else None, new.document.kind if new.document.kind != "unknown" else None),
    ):
        if a is not None and b is not None and a != b:
            return "sessions"
    if old.source.text_sha256 == new.source.text_sha256:
        return "revision"
    return "revision" if _shared_text(old, new) >= 0.5 else "sessions"


def _shared_text(old: Extraction, new: Extraction) -> float:
    """The share of the smaller document's blocks (else commitments) found verbatim in the other."""
    from collections import Counter

    def texts(record: Extraction) -> Counter:
        found = Counter(norm(b.text).casefold() for s in record.sections for b in s.blocks)
        return found or Counter(norm(c.text).casefold() for c in record.commitments)

    a, b = texts(old), texts(new)
    if not a and not b:
        return 1.0
    return sum((a & b).values()) / max(1, min(sum(a.values()), sum(b.values())))
