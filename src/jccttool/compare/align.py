"""Alignment: one document's records as comparable items (:class:`_Doc`), one-to-one
pairing of two item lists by exact keys then by score, and the diff of paired fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .result import Change, KindDiff
from .similarity import norm

# --------------------------------------------------------------------------- alignment


def _pair(
    old: list,
    new: list,
    passes: list[Callable[[Any, Any], float | None]],
) -> tuple[list[tuple[int, int, float, int]], list[int], list[int]]:
    """Greedy one-to-one alignment, pass by pass.

    Each pass scores (old, new) pairs among those still free (None = not a candidate);
    highest score first, ties by the earlier old then the earlier new item, so the
    result is deterministic. Returns pairs (i, j, score, pass number) and the free
    indices of each side.
    """
    free_old, free_new = list(range(len(old))), list(range(len(new)))
    pairs: list[tuple[int, int, float, int]] = []
    for number, score in enumerate(passes):
        candidates = []
        for i in free_old:
            for j in free_new:
                s = score(old[i], new[j])
                if s is not None:
                    candidates.append((-s, i, j))
        candidates.sort()
        used_old, used_new = set(), set()
        for neg, i, j in candidates:
            if i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j, -neg, number))
        free_old = [i for i in free_old if i not in used_old]
        free_new = [j for j in free_new if j not in used_new]
    return pairs, free_old, free_new


def _exact_pass(key: Callable[[Any], Any]) -> Callable[[Any, Any], float | None]:
    """A pass that pairs equal keys only, in document order."""

    def score(a, b):
        return 100.0 if key(a) == key(b) else None

    return score


def _diff_fields(a: dict[str, Any], b: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    out = {}
    for name in names:
        va, vb = a.get(name), b.get(name)
        if isinstance(va, str) and isinstance(vb, str):
            same = norm(va) == norm(vb)
        else:
            same = va == vb
        if not same:
            out[name] = (va, vb)
    return out


def _build(
    kind: str,
    old_items: list[dict[str, Any]],
    new_items: list[dict[str, Any]],
    pairs: list[tuple[int, int, float, int]],
    free_old: list[int],
    free_new: list[int],
    compared: tuple[str, ...],
    *,
    recurring: Callable[[int], bool] = lambda number: False,
    how: tuple[str, ...] = (),
) -> KindDiff:
    """Sort the alignment into added / removed / changed / recurring / unchanged."""
    result = KindDiff(kind)
    result.removed = [old_items[i] for i in sorted(free_old)]
    result.added = [new_items[j] for j in sorted(free_new)]
    for i, j, score, number in sorted(pairs, key=lambda p: (p[1], p[0])):
        a, b = old_items[i], new_items[j]
        fields = _diff_fields(a, b, compared)
        matched_by = how[number] if number < len(how) else "key"
        sim = score if matched_by in ("similarity", "context") else None
        if recurring(number):
            result.recurring.append(Change(a, b, fields, sim, matched_by))
        elif fields:
            result.changed.append(Change(a, b, fields, sim, matched_by))
        else:
            result.unchanged += 1
    return result
