"""Accuracy cannot silently regress: the extractor is scored against the hand-made
gold files of every bundled document (data/raw and tests/corpus/dev) and must meet
the thresholds of the extractor issues. See the README's accuracy table."""

from __future__ import annotations

import pytest

from jccttool.evaluate import evaluate_corpus
from tests.conftest import GOLD

F1_THRESHOLDS = {
    "money": 0.97,
    "dates": 0.93,
    "quantities": 0.90,
    "parties": 0.92,
    "commitments": 0.88,
}
ACCURACY_THRESHOLDS = {
    "commitment_kind": 0.85,
    "commitment_deadline": 0.90,
}


@pytest.fixture(scope="module")
def report():
    return evaluate_corpus(GOLD)


def test_every_bundled_document_has_a_gold_file(report):
    from tests.conftest import ALL_DOCUMENTS

    assert sorted(p.stem for p in ALL_DOCUMENTS) == sorted(p.name.removesuffix(".gold.json") for p in GOLD.glob("*.gold.json"))
    assert len(report.documents) == len(ALL_DOCUMENTS)


@pytest.mark.parametrize("field", list(F1_THRESHOLDS))
def test_f1_meets_threshold(report, field):
    assert report.f1(field) >= F1_THRESHOLDS[field], f"{field} F1 {report.f1(field):.3f} < {F1_THRESHOLDS[field]}"


@pytest.mark.parametrize("name", list(ACCURACY_THRESHOLDS))
def test_accuracy_meets_threshold(report, name):
    value = report.accuracies[name].value
    assert value is not None and value >= ACCURACY_THRESHOLDS[name], f"{name} accuracy {value:.3f} < {ACCURACY_THRESHOLDS[name]}"
