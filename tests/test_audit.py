"""``jccttool audit``: each shape is reported where a rule came close, and not elsewhere."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from jccttool.audit import SHAPES, audit, summarise
from jccttool.cli import app
from jccttool.nlp import build_nlp
from jccttool.pipeline import extract_any


def _audit(text: str):
    doc = build_nlp()(text)
    triggers = [(s.start_char, s.end_char) for s in doc.spans["commitment_triggers"]]
    return audit(extract_any(text), text, triggers)


def _shapes(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in _audit(text).findings:
        out.setdefault(f.shape, []).append(f.text)
    return out


@pytest.mark.parametrize(
    ("text", "shape", "expected"),
    [
        # a trigger whose actor is not resolved
        ("Officials in the provincial bureaus agreed to simplify permits for solar panels.", "trigger_without_commitment", True),
        # a resolved commitment is not reported
        ("China agreed to simplify permits for solar panels.", "trigger_without_commitment", False),
        # an unclaimed capitalised name, and one the gazetteer knows
        ("The Harbour Logistics Board met in Tianjin.", "name_unclaimed", True),
        ("The Ministry of Commerce met in Tianjin.", "name_unclaimed", False),
        # a figure the money and quantity rules read is not reported
        ("Sales reached $4.5 billion in 2012.", "number_unparsed", False),
        ("About 300 thousand visas were issued.", "number_unparsed", False),
        # a date the date rules read is not reported
        ("Talks resumed in 1997 after a pause.", "date_unread", False),
        # a standalone title-shaped line that is not a heading, title or boilerplate
        ("Trade Outcomes Report\n\nChina agreed to publish the rules.\n\nAnnex On Customs Matters\n\nThe United States will hold a seminar.", "heading_not_taken", False),
    ],
)
def test_audit_shapes(text, shape, expected):
    assert (shape in _shapes(text)) is expected, _shapes(text)


def test_audit_list_items_under_a_lead_in_with_a_trigger():
    text = (
        "Officials in the provincial bureaus agreed to:\n\n"
        "• Create a joint task force on port inspections;\n"
        "• Hold technical talks on cold-chain standards.\n"
    )
    items = _shapes(text).get("list_item_unread", [])
    assert any("task force" in t for t in items)
    assert any("technical talks" in t for t in items)


def test_audit_no_list_items_without_a_lead_in():
    text = "Highlights\n\n• Create a joint task force on port inspections;\n• Hold technical talks.\n"
    assert "list_item_unread" not in _shapes(text)


def test_audit_is_deterministic_and_sorted():
    text = "Officials agreed to act.\n\nThe Harbour Logistics Board met on 3 Smarch 2011.\n"
    a, b = _audit(text), _audit(text)
    assert [f.to_dict() for f in a.findings] == [f.to_dict() for f in b.findings]
    spans = [f.span for f in a.findings]
    assert spans == sorted(spans)
    for f in a.findings:
        assert f.shape in SHAPES


def test_summarise_counts_documents_touched():
    texts = ["The Harbour Logistics Board met.", "Talks at the Golden Quayside Freight Fair went well.", "China agreed to act."]
    rows = {s: (n, d) for s, n, d in summarise([_audit(t) for t in texts])}
    assert rows["name_unclaimed"] == (2, 2)
    assert set(rows) == set(SHAPES)


def test_cli_audit_json_and_errors(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("The Harbour Logistics Board met in Tianjin.\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["audit", str(doc), "--json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["documents"][0]["counts"]["name_unclaimed"] == 1
    assert {row["shape"] for row in data["summary"]} == set(SHAPES)
    r = runner.invoke(app, ["audit", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2
    assert "no such file" in r.stderr
    r = runner.invoke(app, ["audit", str(doc), "--shape", "bogus"])
    assert r.exit_code == 2
    assert "unknown shape" in r.stderr
    r = runner.invoke(app, ["audit", str(tmp_path), "-r", "--summary", "--shape", "name_unclaimed"])
    assert r.exit_code == 0
    assert "name_unclaimed" in r.stdout and "date_unread" not in r.stdout


@pytest.mark.parametrize(
    ("text", "shape", "found"),
    [
        ("Sales reached $4.5 billion in 2012.", "number_unparsed", "$4.5 billion"),
        ("Output grew 12 percent.", "number_unparsed", "12 percent"),
        ("The talks of March 3, 2011 went well.", "date_unread", "March 3, 2011"),
        ("Talks resumed in 1997 after a pause.", "date_unread", "1997"),
    ],
)
def test_audit_reports_figures_and_dates_no_rule_covers(text, shape, found):
    """With money, quantities and dates switched off, every figure and date is left."""
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text(text, "<t>"), only={"parties"})
    result = audit(record, text, [])
    assert found in [f.text for f in result.findings if f.shape == shape]


def test_audit_headings_not_taken_and_furniture():
    from jccttool.records import Section

    text = "Harbour Report\n\nShipping Annex Overview\n\nChina agreed to publish the rules.\n\nPrint\n\nThe United States will help."
    record = extract_any(text)
    lost = record.model_copy(update={"sections": [s for s in record.sections if not s.heading_span]})
    result = audit(lost, text, [])
    assert "Harbour Report" not in [f.text for f in result.findings]  # the title
    assert "Shipping Annex Overview" in [f.text for f in result.findings if f.shape == "heading_not_taken"]
    i = text.index("Print")
    fake = record.model_copy(update={"sections": [Section(id="s01", title="Print", level=1, span=(i, len(text)), heading_span=(i, i + 5))]})
    assert [f.text for f in audit(fake, text, []).findings if f.shape == "heading_like_furniture"] == ["Print"]
