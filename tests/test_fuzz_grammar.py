"""Grammar fuzz: documents composed from the project's own rule data (tests/fuzz_grammar.py)
must extract without an exception, validate, index their text, keep ids unique and come out
the same twice; ``audit``, ``diff``, the exports and a partial run (``--only``) of them must not
raise either, and the partial run must validate too.

The suite runs a small derandomised sample. The long mode is for a local run:
``JCCTTOOL_FUZZ_EXAMPLES=5000 PYTHONPATH=$PWD/src python -m pytest -q tests/test_fuzz_grammar.py``
(``JCCTTOOL_FUZZ_RANDOM=1`` draws new documents each run instead of the fixed sequence).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jccttool.checks import check
from jccttool.errors import InputError
from jccttool.extractors import KINDS
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text
from jccttool.records import Extraction
from tests.fuzz_grammar import document

_EXAMPLES = int(os.environ.get("JCCTTOOL_FUZZ_EXAMPLES", "0"))
_RANDOM = os.environ.get("JCCTTOOL_FUZZ_RANDOM") == "1"


def _settings(default: int):
    return settings(
        max_examples=_EXAMPLES or default, deadline=None, derandomize=not _RANDOM, database=None,
        print_blob=_RANDOM, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _extract(text: str) -> Extraction | None:
    try:
        return extract_source(source_from_text(text))
    except InputError:
        assert not text.strip()
        return None


@_settings(40)
@given(document())
def test_generated_document_extracts_and_validates(text):
    record = _extract(text)
    if record is None:
        return
    assert check(record, text) == []  # spans in range and equal to their text, ids unique, lists sorted
    ids = [c.id for c in record.commitments] + [p.id for p in record.parties] + [s.id for s in record.sections]
    assert len(ids) == len(set(ids))
    for kind in ("dates", "money", "quantities", "commitments"):
        for r in getattr(record, kind):
            assert text[r.span[0]:r.span[1]] == r.text
    for p in record.parties:
        for s, e in p.mentions:
            assert 0 <= s < e <= len(text)
    assert Extraction.model_validate_json(record.to_json()) == record
    assert _extract(text).to_json() == record.to_json()


@_settings(12)
@given(document(), document(), st.sets(st.sampled_from(KINDS), min_size=1))
def test_audit_diff_and_partial_runs_of_generated_documents(old_text, new_text, only):
    from jccttool.audit import audit
    from jccttool.compare import compare
    from jccttool.nlp import build_nlp, sentences
    from jccttool.render import html, tables
    from jccttool.render.diff import render_json, render_markdown, render_text

    records = []
    for text in (old_text, new_text):
        record = _extract(text)
        if record is None:
            return
        doc = build_nlp()(text)
        triggers = [(sp.start_char, sp.end_char) for sp in doc.spans.get("commitment_triggers", [])]
        found = audit(record, text, triggers, [(a, b) for _, _, a, b in sentences(doc)])
        assert all(0 <= f.span[0] <= f.span[1] <= len(text) for f in found.findings)
        html.render_report(record, text)
        for table in tables.TABLES:
            tables.render(tables.rows(record, table), table, "csv")
        records.append(record)
    partial = extract_source(source_from_text(old_text), only=only)  # extract --only KINDS
    assert check(partial, old_text) == []
    for mode in ("revision", "sessions"):
        result = compare(*records, mode=mode, old_text=old_text, new_text=new_text)
        render_text(result), render_json(result), render_markdown(result)
    assert compare(records[0], records[0], mode="revision", old_text=old_text, new_text=old_text).identical
