"""Shapes that once crashed the whole pipeline on a real page (an ``internal error`` for the
user, no record at all), each written again in our own words, with what the record must say.

Both were found by the blind first run of set N (README, "Set N"): a page the project had
never seen stopped `jccttool eval` with an IndexError and a KeyError.
"""

from __future__ import annotations

import pytest

from jccttool.checks import check
from jccttool.pipeline import extract_any, extract_source
from jccttool.readers import source_from_text


@pytest.mark.parametrize(
    "text",
    [
        # a title's acronym after a gazetteer name read as a title, not as a party
        "Present were Minister Lee, and Assistant United States Trade Representative (AUSTR), Mr. John Roe.",
        "The meeting was led by Deputy Minister Lee and Assistant United States Trade Representative (AUSTR) John Roe.",
        "Jane Roe, Deputy United States Trade Representative (DUSTR), opened the talks.",
    ],
)
def test_title_acronym_is_no_party(text):
    record = extract_any(text)
    assert all(p.acronym not in ("AUSTR", "DUSTR") for p in record.parties)
    assert all(p.id not in ("austr", "dustr") for p in record.parties)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an ongoing-action lead-in ("are launching:"): its items have no trigger words of their own;
        # a joint body launched by both is cooperation, a committee alone is the lead-in's action
        ("The ministers are launching:\n- a joint dialogue on standards;\n- a working group on customs.",
         ["cooperation", "cooperation"]),
        ("The two sides are launching:\n- a forum on digital trade;\n- a committee on farm goods.",
         ["cooperation", "action"]),
    ],
)
def test_items_under_an_ongoing_lead_in(text, kinds):
    record = extract_any(text)
    listed = [c for c in record.commitments if not c.text.rstrip().endswith(":")]
    assert [c.kind for c in listed] == kinds
    assert {c.verb for c in listed} == {"launch"}


@pytest.mark.parametrize(
    "only",
    [{"commitments"}, {"dates"}, {"commitments", "money"}, {"quantities", "dates", "commitments"}],
)
def test_partial_run_without_parties_validates(only):
    """Found by the grammar fuzz (tests/test_fuzz_grammar.py): an extraction with ``--only``
    and no parties kept commitment actors and session co-chairs that are party ids, and
    ``jccttool validate`` then failed on the tool's own output ("'canada' is not a party id")."""
    text = ("The Fifth Meeting of the Canada-Mexico Trade Dialogue\n\nOttawa, March 3, 2026 - The fifth meeting of the "
            "Canada-Mexico Trade Dialogue was held in Ottawa today. It was co-chaired by Canadian Minister of Trade Jane Roe "
            "and Mexican Secretary of Economy Luis Diaz.\n\n"
            "Canada and Mexico agreed to open a working group on customs by March 2027.")
    full = extract_any(text)
    record = extract_source(source_from_text(text), only=only)
    assert record.parties == []
    assert record.document.session.co_chairs == full.document.session.co_chairs == ["jane-roe", "luis-diaz"]
    assert check(record, text) == []
    if "commitments" in only:
        assert [c.actors for c in record.commitments] == [c.actors for c in full.commitments]
        assert all(c.actors for c in record.commitments)


@pytest.mark.parametrize(
    ("text", "sentence", "actors"),
    [
        # a long capitalised run in the gap between two countries of a members' list: the gap
        # pattern split the run every possible way before failing (found by the grammar fuzz:
        # the suite hung); each word is now taken whole
        ("Canada ABCDEFGHIJKLMNOPQRSTUVWXYZABCD! Mexico, Peru and the United States met today.",
         "Mexico, Peru", ["mexico", "peru", "united-states"]),
        ("The United States met with Canada's ABCDEFGHIJKLMNOPQRSTUVWXYZABCD! Mexico and Peru sent observers.",
         "The United States met", ["canada", "united-states"]),
    ],
)
def test_capitalised_run_in_a_list_gap(text, sentence, actors):
    record = extract_any(text)
    found = [c.actors for c in record.commitments if c.text.startswith(sentence)]
    assert found == [actors]
