"""Session metadata shapes read from the misses of sets L and M (FTA commissions, joint committees,
TIFA councils), each tested on sentences of our own, with negatives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jccttool.extractors import Context, parties
from jccttool.extractors.session import extract_session
from jccttool.segment import segment


def _session(nlp, text: str, issued: date | None = None):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=issued, anchor=issued)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    return extract_session(doc, ctx)


LEAD_DATELINES = [
    # (text, place): the dateline opening the first paragraph is the place when no sentence names one
    ("BERGEN - On Monday, March 2, 2020, Norway and Peru held the third meeting of the Widget Council "
     "(the \u201cCouncil\u201d) under their trade agreement.", "BERGEN"),
    ("Lima D.C. - Today officials of Norway and Peru convened the first meeting of the Widget Council (WC) "
     "of their trade agreement.", "Lima D.C."),
    ("Oslo, D.C. Today, officials of Norway and Peru met for the 9th Norway-Peru Widget Council Meeting "
     "to review trade flows.", "Oslo, D.C."),
    ("Norway, Peru agree on widget plan\nBERGEN: Norway and Peru announced on Tuesday a plan on widgets, as "
     "ministers led the two sides at a meeting of the Norway-Peru Widget Council (NPWC).", "BERGEN"),
]


@pytest.mark.parametrize("text,place", LEAD_DATELINES, ids=["caps-spaced-hyphen-held", "dc-no-comma-today",
                                                            "dc-no-dash-today", "caps-colon-news"])
def test_session_place_from_the_lead_dateline(nlp, text, place):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location == place


@pytest.mark.parametrize("text", [
    "FACT SHEET: Norway and Peru held the third meeting of the Widget Council (WC) to review widget trade flows.",
    "NOTE: Norway and Peru held the third meeting of the Widget Council (WC) to review trade flows in widgets.",
    "Norway and Peru held the third meeting of the Widget Council (WC). BERGEN - The two sides agreed on a plan.",
], ids=["genre-label-colon", "note-colon", "dateline-not-at-a-line-start"])
def test_session_place_from_the_lead_dateline_negatives(nlp, text):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location is None


@pytest.mark.parametrize("text", [
    "BERGEN - On March 2 Norway and Peru held the first meeting of the Widget Council (WC) via video link to review "
    "trade flows.",
    "Norway and Peru held the first meeting of the Widget Council (WC) on trade flows in widgets.\n"
    "Looking Ahead \u2013 Our Widget Goals: we look forward to advancing our widget work in six key areas.",
], ids=["video-link", "dash-heading-after-the-first-paragraph"])
def test_session_no_place_from_a_dateline_of_a_virtual_meeting_or_a_later_line(nlp, text):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location is None
