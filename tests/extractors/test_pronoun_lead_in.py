"""A lead-in that points back with a pronoun ("They are as follows:") to a sentence naming
the actors, and list items marked "--" whose lines are hard-wrapped (extractors/commitments/lists.py)."""

from __future__ import annotations

import pytest

from jccttool.extractors.commitments.lists import _marked_items
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text

CN, US = "china", "united-states"


def _items(text: str):
    record = extract_source(source_from_text(text))
    return [(" ".join(c.text.split()), c.actors) for c in record.commitments if c.rule.endswith("+item")]


def test_pronoun_lead_in_takes_the_countries_of_the_words_before_it():
    text = ("The U.S. and Chinese delegations set out their shared work for the next\n"
            "twelve months. They are as follows:\n"
            "-- Hold two seminars on cold-chain logistics for frozen\n"
            "fruit and vegetables.\n"
            "-- Publish a joint guide to customs rules for small\n"
            "parcels sent by post.\n")
    assert _items(text) == [
        ("Hold two seminars on cold-chain logistics for frozen fruit and vegetables.", sorted([CN, US])),
        ("Publish a joint guide to customs rules for small parcels sent by post.", sorted([CN, US])),
    ]


def test_pronoun_lead_in_needs_named_actors_before_it():
    text = ("Officials from several ministries met on Tuesday.\n\nThey are as follows:\n"
            "-- Hold two seminars on cold-chain logistics.\n")
    assert _items(text) == []


@pytest.mark.parametrize("lead", ["They include:", "These are the following:", "They were as follows:"])
def test_other_pronoun_lead_ins(lead):
    text = (f"China and the United States named three joint tasks. {lead}\n"
            "-- Train port inspectors in both countries.\n")
    assert _items(text) == [("Train port inspectors in both countries.", sorted([CN, US]))]


def test_marked_items_run_over_wrapped_lines_and_stop_at_another_mark():
    rest = "-- first item\nwraps here\n-- second item\n• not ours\n-- never reached"
    spans = _marked_items(rest, 100)
    assert [rest[a - 100 : b - 100] for a, b in spans] == ["-- first item\nwraps here", "-- second item"]
    assert _marked_items("Plain line\n-- item", 0) == []
