"""Quantities: shapes read from sets L and M's misses (issue #15), in sentences of our own words."""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, quantities
from jccttool.segment import segment


def _texts(nlp, text: str) -> list[str]:
    found = quantities.extract(nlp(text), Context(text=text, segmentation=segment(text)))
    return [text[q.span[0]:q.span[1]] for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hyphenated adjective of a percentage
        ("Sales were 15-percent higher than a year before.", ["15-percent"]),
        ("Exports rose 15 percent.", ["15 percent"]),
        # years counted from or to an event are a time, not a figure
        ("Nearly three years after the agreement entered into force, trade has grown.", []),
        ("Two decades ago the market was closed.", []),
        ("The program ran for 27 years.", ["27 years"]),
        # a spelled-out number before the sides of an agreement or their forces counts no figure
        ("The pact has served all six trading partners well.", []),
        ("The two militaries will expand exchanges.", []),
        ("The two governments signed the accord.", []),
        # things made or launched still count
        ("They launched two pilot projects and 14 training courses.", ["two pilot projects", "14 training courses"]),
    ],
)
def test_lm_quantity_shapes(nlp, text, expected):
    assert _texts(nlp, text) == expected
