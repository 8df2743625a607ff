"""Scoring cross-session pairing against a recurring-pair gold (``tests/corpus/series/gold/recurring.json``).

The gold lists documents (paths relative to the gold file, commitments with spans), and
document pairs (an older and a newer session of one forum) with their recurring pairs
``{old, new, thread, alternatives}``; ``optional`` pairs are neither required nor wrong.

:func:`score_pairs` extracts every document once, runs the pairing function it is given
(``compare.pairing.recurring``; passed in, since ``evaluate`` and ``compare`` are
sibling layers) on the extracted commitments of each document pair, and maps every
extracted commitment to the gold sentence it overlaps most (at least half of the shorter
of the two). Then, per document pair:

- a required gold pair is found when a predicted pair maps onto it (or onto one of its
  alternatives); a miss is ``not_extracted`` when one of its sentences has no extracted
  commitment, else ``not_paired``;
- a predicted pair is right when it maps onto a required gold pair, ignored when it maps
  onto an optional pair or touches an optional gold sentence, else wrong: ``wrong_pair``
  (both ends are gold commitments) or ``non_gold`` (an end is no gold commitment).

Counts are summed over document pairs (micro), per split (``tune`` / ``holdout``) and per
lineage, and for all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .report import FieldScore

if TYPE_CHECKING:
    from ..records import Commitment, Extraction

PairFn = Callable[[Sequence["Commitment"], Sequence["Commitment"]], Iterable[Any]]


@dataclass
class PairScore(FieldScore):
    """A field score of pairs (precision, recall and F1 from it), with why pairs were missed."""

    ignored: int = 0
    not_extracted: int = 0  # misses whose sentence has no extracted commitment
    non_gold: int = 0  # wrong pairs with an end that is no gold commitment

    def add(self, other: PairScore) -> None:
        for name in ("tp", "fp", "fn", "ignored", "not_extracted", "non_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict:
        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "ignored": self.ignored, "not_extracted": self.not_extracted,
                "non_gold": self.non_gold, "precision": rounded(self.precision), "recall": rounded(self.recall), "f1": rounded(self.f1)}


@dataclass(frozen=True)
class PairFinding:
    """One miss or wrong pair, for ``--explain``."""

    outcome: str  # missed | wrong
    reason: str  # not_extracted | not_paired | wrong_pair | non_gold
    old_doc: str
    new_doc: str
    old: str  # gold id, or the extracted sentence when it is no gold commitment
    new: str
    score: float | None = None

    def to_dict(self) -> dict:
        return {"outcome": self.outcome, "reason": self.reason, "old_doc": self.old_doc, "new_doc": self.new_doc,
                "old": self.old, "new": self.new, "score": self.score}


@dataclass
class PairReport:
    gold: str
    documents: int = 0
    document_pairs: int = 0
    scores: dict[str, PairScore] = field(default_factory=dict)  # "all", "split:tune", "lineage:JCCT", ...
    findings: list[PairFinding] = field(default_factory=list)

    def score(self, key: str) -> PairScore:
        return self.scores.setdefault(key, PairScore())

    @property
    def overall(self) -> PairScore:
        return self.score("all")

    def to_dict(self) -> dict:
        return {"gold": self.gold, "documents": self.documents, "document_pairs": self.document_pairs,
                "scores": {k: v.to_dict() for k, v in sorted(self.scores.items(), key=lambda kv: _key_order(kv[0]))},
                "findings": [f.to_dict() for f in self.findings]}


def _key_order(key: str) -> tuple[int, str]:
    return ({"all": 0}.get(key, 1 if key.startswith("split:") else 2), key)


# --------------------------------------------------------------------------- gold


def load_pair_gold(path: str | Path) -> dict:
    """The gold file, checked for the keys the scorer reads."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the pair gold ({exc})") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), dict) or not isinstance(gold.get("document_pairs"), list):
        raise InputError(f"{path}: not a recurring-pair gold (expected 'documents' and 'document_pairs')")
    for stem, doc in gold["documents"].items():
        if "path" not in doc or not isinstance(doc.get("commitments"), list):
            raise InputError(f"{path}: document {stem!r} needs 'path' and 'commitments'")
    for pair in gold["document_pairs"]:
        for side in ("old", "new"):
            if pair.get(side) not in gold["documents"]:
                raise InputError(f"{path}: document pair names an unknown document {pair.get(side)!r}")
    return gold


def _map_to_gold(commitments: Sequence[Commitment], gold_items: list[dict]) -> list[str | None]:
    """For each extracted commitment, the id of the gold sentence it overlaps most (at least
    half of the shorter of the two), else None."""
    out: list[str | None] = []
    for c in commitments:
        s, e = c.span[0], c.span[1]
        best, best_overlap = None, 0
        for g in gold_items:
            gs, ge = g["span"]
            overlap = min(e, ge) - max(s, gs)
            if overlap > best_overlap and 2 * overlap >= min(e - s, ge - gs):
                best, best_overlap = g["id"], overlap
        out.append(best)
    return out


# --------------------------------------------------------------------------- scoring


def score_pairs(gold_path: str | Path, pair_fn: PairFn, *, extract: Callable[[str], Extraction] | None = None,
                split: str | None = None) -> PairReport:
    """Extract the gold's documents, pair each document pair with ``pair_fn`` and score.

    ``pair_fn(old, new)`` returns objects with ``old`` and ``new`` indices (and maybe ``score``),
    as :func:`jccttool.compare.pairing.recurring` does. ``split`` keeps only the document
    pairs of that split (``tune`` or ``holdout``)."""
    if extract is None:
        from ..pipeline import extract_path as extract
    gold = load_pair_gold(gold_path)
    base = Path(gold_path).parent
    pairs = [p for p in gold["document_pairs"] if split is None or p.get("split") == split]
    needed = sorted({p[side] for p in pairs for side in ("old", "new")})
    extracted: dict[str, Extraction] = {}
    for stem in needed:
        source = base / gold["documents"][stem]["path"]
        if not source.is_file():
            raise InputError(f"{gold_path}: document {stem!r}: no file {source}")
        extracted[stem] = extract(str(source))
    report = PairReport(gold=str(gold_path), documents=len(needed), document_pairs=len(pairs))
    report.score("all")
    for pair in pairs:
        result = _score_one(pair, gold["documents"], extracted, pair_fn)
        report.findings.extend(result[1])
        for key in ("all", f"split:{pair.get('split', 'all')}", f"lineage:{pair.get('lineage', '-')}"):
            report.score(key).add(result[0])
    return report


def _score_one(pair: dict, documents: dict, extracted: dict, pair_fn: PairFn) -> tuple[PairScore, list[PairFinding]]:
    old_doc, new_doc = pair["old"], pair["new"]
    old_c, new_c = extracted[old_doc].commitments, extracted[new_doc].commitments
    old_map = _map_to_gold(old_c, documents[old_doc]["commitments"])
    new_map = _map_to_gold(new_c, documents[new_doc]["commitments"])
    optional_ids = {c["id"] for doc in (old_doc, new_doc) for c in documents[doc]["commitments"] if c.get("optional")}

    required: dict[tuple[str, str], int] = {}  # acceptable (old, new) -> index of the required gold pair
    for n, rec in enumerate(pair.get("recurring", [])):
        for o, w in [[rec["old"], rec["new"]], *rec.get("alternatives", [])]:
            required[(o, w)] = n
    optional = {(o, w) for rec in pair.get("optional", []) for o, w in [[rec["old"], rec["new"]], *rec.get("alternatives", [])]}

    score, findings, found = PairScore(), [], set()
    for p in pair_fn(old_c, new_c):
        o, w = old_map[p.old], new_map[p.new]
        key = (o, w)
        if key in required and required[key] not in found:
            found.add(required[key])
            score.tp += 1
        elif key in optional or o in optional_ids or w in optional_ids:
            score.ignored += 1
        else:
            score.fp += 1
            reason = "wrong_pair" if o is not None and w is not None else "non_gold"
            score.non_gold += reason == "non_gold"
            findings.append(PairFinding("wrong", reason, old_doc, new_doc, o or old_c[p.old].text, w or new_c[p.new].text,
                                        getattr(p, "score", None)))
    extracted_old, extracted_new = set(old_map), set(new_map)
    for n, rec in enumerate(pair.get("recurring", [])):
        if n in found:
            continue
        score.fn += 1
        options = [[rec["old"], rec["new"]], *rec.get("alternatives", [])]
        seen = any(o in extracted_old and w in extracted_new for o, w in options)
        score.not_extracted += not seen
        findings.append(PairFinding("missed", "not_paired" if seen else "not_extracted", old_doc, new_doc, rec["old"], rec["new"]))
    return score, findings
