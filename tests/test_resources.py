"""Every packaged rule file loads through importlib.resources and validates, and a
malformed entry fails at load with the file and line named."""

from __future__ import annotations

from importlib.resources import files

import pytest
from pydantic import BaseModel

from jccttool import resources
from jccttool.errors import RuleDataError
from jccttool.resources import rules


def test_every_resource_file_is_packaged():
    names = {p.name for p in files("jccttool.resources").iterdir()}
    assert {"parties.jsonl", "commitment_triggers.jsonl", "money.json", "dates.json", "titles.json", "topics.json",
            "boilerplate.txt", "SOURCES.md"} <= names


def test_every_resource_loads_and_validates():
    assert len(rules.gazetteer()) > 200
    assert rules.titles()
    assert len(rules.trigger_entries()) > 50
    assert rules.number_rules().magnitudes["billion"] == 10**9
    assert rules.date_data().months["June"] == 6
    assert rules.topic_table()
    assert len(rules.boilerplate_patterns()) > 20


def test_sources_names_every_rule_file():
    sources = resources.read_text("SOURCES.md")
    for name in ("parties.jsonl", "commitment_triggers.jsonl", "money.json", "dates.json", "titles.json",
                 "topics.json", "boilerplate.txt"):
        assert name in sources, f"SOURCES.md does not say where {name} comes from"


def test_trigger_ids_and_party_aliases_are_unique():
    ids = [e.id for e in rules.trigger_entries()]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for entry in rules.gazetteer():
        for alias in [entry.name, *entry.aliases]:
            key = alias.lower()
            assert owner.setdefault(key, entry.id) == entry.id, f"{alias!r} names {owner[key]} and {entry.id}"


class _Entry(BaseModel):
    id: str
    n: int


def test_malformed_line_names_file_and_line(monkeypatch):
    monkeypatch.setattr(resources, "read_text", lambda name: '{"id": "a", "n": 1}\n\n{"id": "b", "n": "x"}\n')
    with pytest.raises(RuleDataError, match=r"resources/demo.jsonl:3: n: "):
        resources.load_jsonl("demo.jsonl", _Entry)
