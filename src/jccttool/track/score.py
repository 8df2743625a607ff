"""Thread-link scoring of a :class:`Ledger` against a hand-made gold of threads
(``tests/corpus/series/gold``: ``commitments.json`` with every file's commitments and
their spans, ``threads.json`` with the groups of commitment ids that restate one
undertaking).

A *pair* is two gold commitments in one thread. Predicted pairs come from the ledger:
each member's sources are mapped to the gold commitments of the same file (by file
stem) whose span overlaps; two sources of one thread (two sessions, or two documents
of one session) give every pair of their gold commitments. Clause-level gold parts (``#1c``) count as their sentence (``#1``), since
the tool threads whole sentences. Pairs with a gold commitment marked ``optional``
(borderline per the contract) are neither right nor wrong: left out of both sides.

Precision = correct predicted pairs / predicted pairs; recall = correct / gold pairs.
``reachable`` recall counts only the gold pairs whose two commitments the extraction
found at all (what linking could have got right).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path, PurePath

from ..errors import InputError
from .model import Ledger

_PART = re.compile(r"(#x?\d+)[a-z]$")


@dataclass(frozen=True)
class Gold:
    spans: dict[str, list[tuple[int, int, str]]]  # file stem -> (start, end, id)
    optional: frozenset[str]
    pairs: frozenset[frozenset[str]]


@dataclass
class LinkScore:
    precision: float | None
    recall: float | None
    reachable_recall: float | None
    correct: int
    predicted: int
    gold: int
    reachable: int
    found: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "reachable_recall": self.reachable_recall,
            "correct": self.correct, "predicted": self.predicted, "gold": self.gold, "reachable": self.reachable,
            "found": [list(p) for p in self.found], "wrong": [list(p) for p in self.wrong],
            "missed": [list(p) for p in self.missed],
        }


def parent(gold_id: str) -> str:
    """``jcct-24#1c`` -> ``jcct-24#1``: a clause-level part counts as its sentence."""
    return _PART.sub(r"\1", gold_id)


def load_gold(path: str | Path) -> Gold:
    """The gold of a folder (or of its ``threads.json``) holding ``threads.json`` and
    ``commitments.json``."""
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    threads_path = p if p.is_file() else folder / "threads.json"
    try:
        threads = json.loads(threads_path.read_text(encoding="utf-8"))
        commitments = json.loads((folder / "commitments.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{exc.filename}: no such file (the gold needs threads.json and commitments.json)") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the thread gold ({' '.join(str(exc).split())[:150]})") from None
    try:
        spans: dict[str, list[tuple[int, int, str]]] = {}
        optional = set()
        for stem, entry in commitments["files"].items():
            for c in entry["commitments"]:
                spans.setdefault(PurePath(entry.get("path") or stem).stem, []).append((c["span"][0], c["span"][1], c["id"]))
                if c.get("optional"):
                    optional.add(c["id"])
        pairs = set()
        for t in threads["threads"]:
            ids = sorted({parent(m) for m in t["members"]})
            pairs.update(frozenset(p) for p in combinations(ids, 2))
    except (KeyError, TypeError, IndexError) as exc:
        raise InputError(f"{path}: not a thread gold (missing {exc})") from None
    return Gold(spans, frozenset(optional), frozenset(pairs))


def _gold_ids(gold: Gold, path: str, span: tuple[int, int]) -> set[str]:
    stem = PurePath(path).stem
    return {gid for s, e, gid in gold.spans.get(stem, ()) if s < span[1] and span[0] < e}


def score_links(ledger: Ledger, gold: Gold) -> LinkScore:
    """Thread-link precision and recall of ``ledger`` against ``gold``."""
    found_ids: set[str] = set()
    predicted: set[frozenset[str]] = set()
    for t in ledger.threads:
        # one set of gold ids per source: two sources of one member (the same sentence in
        # two documents of a session) are in one thread too; one source overlapping two
        # gold commitments does not pair them
        per_source = []
        for m in t.members:
            for src in m.sources:
                ids = _gold_ids(gold, src.path, src.span)
                found_ids |= ids
                per_source.append(ids)
        for a, b in combinations(per_source, 2):
            predicted.update(frozenset((x, y)) for x in a for y in b if x != y)
    keep = lambda p: not (p & gold.optional)
    predicted = {p for p in predicted if keep(p)}
    truth = {p for p in gold.pairs if keep(p)}
    reachable = {p for p in truth if p <= found_ids}
    correct = predicted & truth
    ratio = lambda n, d: round(n / d, 3) if d else None
    as_list = lambda pairs: sorted(tuple(sorted(p)) for p in pairs)
    return LinkScore(
        precision=ratio(len(correct), len(predicted)), recall=ratio(len(correct), len(truth)),
        reachable_recall=ratio(len(correct & reachable), len(reachable)), correct=len(correct),
        predicted=len(predicted), gold=len(truth), reachable=len(reachable),
        found=as_list(correct), wrong=as_list(predicted - truth), missed=as_list(truth - correct),
    )

