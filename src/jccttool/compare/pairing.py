"""Cross-session pairing: which commitments of a later session restate which of an
earlier one (the same undertaking, maybe in new words).

This is the one function the session diff (``compare``), ``jccttool track`` and the
SQLite export share: :func:`recurring` takes two sessions' commitments and returns
one-to-one, deterministic :class:`Pair` s, best first.

Baseline rules (to be measured and tuned against ``tests/corpus/series/gold``):
a candidate pair shares an issue area (or one side has none) and its actors are
compatible (they share one, or one side names none); its score is the fuzzy
token-set ratio of the two sentences; pairs under ``THRESHOLD`` are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Commitment
from .similarity import _sim_key

THRESHOLD = 60.0


@dataclass(frozen=True, slots=True)
class Pair:
    """``old`` and ``new`` are indices into the two lists given to :func:`recurring`."""

    old: int
    new: int
    score: float
    shared: tuple[str, ...] = ()  # key terms both sentences hold (for the reader)


def _compatible(a: Commitment, b: Commitment) -> bool:
    if a.areas and b.areas and not set(a.areas) & set(b.areas):
        return False
    return not (a.actors and b.actors and not set(a.actors) & set(b.actors))


def recurring(old: Sequence[Commitment], new: Sequence[Commitment], *, threshold: float = THRESHOLD) -> list[Pair]:
    """One-to-one pairs (greedy, best score first; ties by old then new index)."""
    from rapidfuzz import fuzz

    keys_old = [_sim_key(c.text) for c in old]
    keys_new = [_sim_key(c.text) for c in new]
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if not _compatible(a, b):
                continue
            score = round(float(fuzz.token_set_ratio(keys_old[i], keys_new[j])), 1)
            if score >= threshold:
                candidates.append((-score, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for neg, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        shared = tuple(sorted(set(keys_old[i].split()) & set(keys_new[j].split())))
        pairs.append(Pair(i, j, -neg, shared))
    return pairs
