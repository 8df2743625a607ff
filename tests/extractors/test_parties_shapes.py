"""Parties: shapes read from set K's misses (issue #15), in sentences of our own words.

Each table holds positives and negatives of one shape: a body named only by a person's title,
titles of other governments, people's names, bilateral forums, unknown bodies' countries.
"""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, parties
from jccttool.segment import segment


def _extract(nlp, text: str):
    return list(parties.extract(nlp(text), Context(text=text, segmentation=segment(text))))


def _mentions(text: str, found) -> dict[str, set[str]]:
    return {p.id: {text[s:e] for s, e in p.mentions} for p in found}


# ------------------------------------------------------------------ a body named only by a title


@pytest.mark.parametrize(
    ("text", "pid", "present"),
    [
        # the officeholder's title before or after a name is not the office
        ("Today U.S. Trade Representative Jane Roe met the minister of Ruritania.", "ustr", False),
        ("The U.S. side was led by the Honorable Jane Roe, United States Trade Representative, and two deputies.", "ustr", False),
        # a one-word department before a title head, with no name after it
        ("Officials, among them the Treasury Secretary and the Commerce Secretary, joined by video.",
         "us-department-of-the-treasury", False),
        # the body itself is still a party
        ("The Office of the U.S. Trade Representative published the report.", "ustr", True),
        ("The Treasury announced new sanctions on Friday.", "us-department-of-the-treasury", True),
        ("USTR said the talks would resume in May.", "ustr", True),
        # an acronym before a title names the body ("MOFCOM Spokesman ...")
        ("MOFCOM Spokesman Comments on the New Tariffs", "mofcom", True),
    ],
)
def test_a_body_named_only_by_a_persons_title_is_not_a_party(nlp, text, pid, present):
    assert (pid in _mentions(text, _extract(nlp, text))) is present
