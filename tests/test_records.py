"""The output contract: round trips, number serialisation, the committed schema."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from jccttool.records import DateMention, Extraction, MoneyMention
from tests.conftest import ROOT


def test_amounts_are_exact_json_numbers():
    m = MoneyMention(text="$16.6 billion", span=(0, 13), currency="USD", amount=Decimal("16.6") * 10**9)
    data = json.loads(m.model_dump_json())
    assert data["amount"] == 16600000000 and isinstance(data["amount"], int)
    half = MoneyMention(text="$2.5", span=(0, 4), currency="USD", amount=Decimal("2.5"))
    assert json.loads(half.model_dump_json())["amount"] == 2.5


def test_every_field_is_emitted_with_nulls():
    d = DateMention(text="2012", span=(3, 7), start=date(2012, 1, 1), end=date(2012, 12, 31), grain="year")
    assert json.loads(d.model_dump_json()) == {
        "text": "2012", "span": [3, 7], "start": "2012-01-01", "end": "2012-12-31", "grain": "year",
        "role": "other", "relative": False, "section": None, "rule": "",
    }


def test_records_forbid_unknown_fields_and_values():
    with pytest.raises(ValidationError):
        DateMention(text="x", span=(0, 1), start=date(2012, 1, 1), end=date(2012, 1, 1), grain="week")
    with pytest.raises(ValidationError):
        MoneyMention(text="x", span=(0, 1), currency="USD", amount=Decimal(1), colour="red")


def test_extraction_round_trip(fact_sheet_extraction):
    text = fact_sheet_extraction.to_json()
    again = Extraction.model_validate_json(text)
    assert again == fact_sheet_extraction
    assert again.to_json() == text
    assert text.endswith("}\n") and "\n  \"schema_version\": \"1\"" in text


def test_committed_schema_is_current():
    from jccttool.cli.schema import schema_text

    committed = (ROOT / "docs" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: jccttool schema -o docs/document.schema.json"


def test_every_list_of_kinds_is_the_one_list_in_its_own_order():
    from jccttool import checks, compare, evaluate
    from jccttool.cli import extract
    from jccttool.extractors import KINDS, RECORD_KINDS
    from jccttool.render import tables

    assert RECORD_KINDS == ("sections", *KINDS)
    assert list(Extraction.model_fields).index("sections") < min(list(Extraction.model_fields).index(k) for k in KINDS)
    assert [k for k in Extraction.model_fields if k in KINDS] == list(KINDS)
    assert extract.KINDS is KINDS and compare.KINDS == RECORD_KINDS
    assert evaluate.FIELDS == ("sections", "parties", "money", "quantities", "dates", "commitments")
    assert sorted(tables.TABLES) == sorted(RECORD_KINDS)
    assert checks._SPANNED == ("dates", "money", "quantities", "commitments")


def test_areas_restates_and_references_are_added_fields():
    """The contract allows added fields: areas on sections and commitments, restates, references."""
    from jccttool.records import Commitment, Extraction, Reference, Section
    from jccttool.resources.models import AREA_SLUGS

    assert "areas" in Section.model_fields and "areas" in Commitment.model_fields
    assert Commitment.model_fields["restates"].default is False
    assert list(Extraction.model_fields).index("references") == list(Extraction.model_fields).index("commitments") + 1
    assert set(Reference.model_fields) >= {"text", "span", "refers_to", "forum", "ordinal", "year", "commitment"}
    area = Commitment.model_fields["areas"].annotation.__args__[0]
    assert area.__args__ == AREA_SLUGS
