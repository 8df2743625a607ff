"""A list item whose later sentence opens with another bare verb states a second
undertaking ("-- Open X. Extend Y."); a later sentence that explains the first does not
(extractors/commitments/lists.py, ``imperative_followers``)."""

from __future__ import annotations

from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text

CN, US = "china", "united-states"


def _items(text: str):
    record = extract_source(source_from_text(text))
    return [(" ".join(c.text.split()), c.actors) for c in record.commitments if c.rule.endswith("+item")]


def test_a_second_imperative_sentence_of_an_item_is_its_own_commitment():
    text = ("China and the United States agreed on joint tasks for the coming year. They are as follows:\n"
            "-- Hold two seminars on cold-chain logistics for frozen\n"
            "fruit. Expand the exchange of port inspectors between the\n"
            "two customs services.\n"
            "-- Publish a joint guide to customs rules for small parcels.\n")
    assert _items(text) == [
        ("Hold two seminars on cold-chain logistics for frozen fruit.", sorted([CN, US])),
        ("Expand the exchange of port inspectors between the two customs services.", sorted([CN, US])),
        ("Publish a joint guide to customs rules for small parcels.", sorted([CN, US])),
    ]


def test_an_explaining_sentence_of_an_item_is_not():
    text = ("China and the United States agreed on joint tasks for the coming year. They are as follows:\n"
            "-- Hold two seminars on cold-chain logistics for frozen\n"
            "fruit. The seminars are meant for small exporters. Expanding them is\n"
            "under study.\n")
    assert _items(text) == [("Hold two seminars on cold-chain logistics for frozen fruit.", sorted([CN, US]))]
