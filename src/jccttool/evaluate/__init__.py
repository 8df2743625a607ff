"""Scoring an extraction against a hand-made gold file (``docs/gold-format.md``).

Pure library code: no printing, no exiting. :func:`score` compares one
:class:`~jccttool.records.Extraction` with one gold file and returns a :class:`Report`;
:func:`score_many` and :func:`evaluate_corpus` add reports up (micro-averaging: the
counts of every document are summed before precision, recall and F1 are computed).

Matching, field by field (every match is one-to-one; a prediction matches at most one
gold item, so a duplicate prediction is a false positive):

- gold ``text`` + ``occurrence`` is resolved to a span of the source text first;
- money: spans overlap, and amount, amount_max and currency are equal;
- quantities: spans overlap and value is equal;
- dates: spans overlap and start, end and grain are equal; a ``fuzzy`` gold date
  instead needs the predicted interval to overlap its interval and to lie in its year;
- parties (per document, no spans): some normalised name of the prediction (its
  name, acronym or the source text of any mention) equals the gold name, acronym or
  an alias, and the countries are equal;
- commitments: the predicted span covers at least half of the gold sentence and the
  actor countries are equal (predicted actor ids are mapped to countries through
  ``pred.parties``; actors without a country are ignored);
- sections: titled sections by normalised title, one-to-one in document order;
  null-titled sections (headings the source lost) by their order among the
  null-titled sections. A predicted null-titled section without blocks (an empty
  preamble) is not counted.

Gold items marked ``"optional": true`` are neither rewarded nor punished: they are
matched after the required ones, and a prediction they absorb counts nowhere.
Among matched pairs the report also gives accuracies: date role, commitment kind,
negation and deadline (right when both are null or start and end are equal), and
section block counts.

Labels (``Report.labels``): among matched commitments whose gold has ``areas``, the
commitment–area pairs are counted (micro precision, recall and F1 of
``commitment_areas``). Document metadata (``Report.metadata``), when the gold file has
``title`` / ``session``: one right-or-wrong answer per document and field (title; with
a session object: kind, issued, the session's forum, ordinal, start, end, location and
co-chairs), and ``document_metadata``, right when every scored field is; ``session_record``
(with a session key) right when the fields of the session record are (title, kind, issued,
start, end, location, co-chairs: forum and ordinal left out).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from ..records import Extraction

from .gold import (
    GOLD_SUFFIX,
    _gold_items,
    default_source_dirs,
    find_source,
    gold_files,
    gold_stem,
    load_gold,
    normalise_name,
    read_source_text,
)
from .matching import _score_commitments, _score_dates, _score_metadata, _score_money, _score_parties, _score_quantities, _score_sections
from .report import ACCURACIES, AREA_SLUGS, FIELDS, LABELS, METADATA, Accuracy, FieldScore, Finding, Report

__all__ = [
    "ACCURACIES", "AREA_SLUGS", "FIELDS", "GOLD_SUFFIX", "LABELS", "METADATA", "Accuracy", "FieldScore", "Finding",
    "Report", "default_source_dirs", "evaluate_corpus", "find_source", "gold_files", "gold_stem", "load_gold",
    "normalise_name", "read_source_text", "score", "score_many",
]


# ---------------------------------------------------------------------------
# Entry points


def score(pred: Extraction, gold: dict, source_text: str) -> Report:
    """Score one extraction against one gold file (as loaded JSON).

    Raises :class:`InputError` when the gold file is malformed or one of its texts
    does not occur in ``source_text``."""
    if not isinstance(gold, dict):
        raise InputError("gold file must be a JSON object")
    doc = str(gold.get("document") or pred.source.path)
    report = Report(documents=[doc])
    items = {name: _gold_items(gold, name, source_text, doc) for name in FIELDS}
    _score_sections(report, doc, pred, items["sections"])
    _score_parties(report, doc, pred, items["parties"], source_text)
    _score_money(report, doc, pred, items["money"])
    _score_quantities(report, doc, pred, items["quantities"])
    _score_dates(report, doc, pred, items["dates"])
    _score_commitments(report, doc, pred, items["commitments"])
    _score_metadata(report, doc, pred, gold, source_text)
    report.findings.sort(key=Finding.sort_key)
    return report


def score_many(pairs: Iterable[tuple[Extraction, dict, str]]) -> Report:
    """Micro-averaged report over ``(pred, gold, source_text)`` triples."""
    total = Report()
    for pred, gold, source_text in pairs:
        total.add(score(pred, gold, source_text))
    total.findings.sort(key=Finding.sort_key)
    return total


def evaluate_corpus(gold_dir: str | Path, source_dirs: Iterable[str | Path] | None = None) -> Report:
    """Extract every document named by the gold files of ``gold_dir`` and score it.

    Sources are looked for in ``source_dirs`` (default: :func:`default_source_dirs`).
    Imports the extraction pipeline (spaCy) on first use."""
    from ..pipeline import extract_path

    dirs = list(source_dirs) if source_dirs is not None else default_source_dirs(gold_dir)
    files = gold_files(gold_dir)
    if not files:
        raise InputError(f"{gold_dir}: no *{GOLD_SUFFIX} files")
    triples = []
    for path in files:
        gold = load_gold(path)
        source = find_source(gold["document"], dirs)
        pred = extract_path(str(source))
        triples.append((pred, gold, read_source_text(source)))
    return score_many(triples)
