"""Dates: shapes read from sets L and M's misses (issue #15), in texts of our own words."""

from __future__ import annotations

from datetime import date

import pytest

from jccttool.extractors import Context, dates
from jccttool.segment import segment

ANCHOR = date(2018, 3, 14)


def _found(nlp, text: str, anchor: date | None = ANCHOR):
    seg = segment(text)
    ctx = Context(text=text, segmentation=seg, anchor=anchor, issued=anchor)
    return [(d.text, d.start.isoformat(), d.role) for d in dates.extract(nlp(text), ctx)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the present age, not a day
        ("Trade is complex in today's world, the minister said.", "today"),
        ("Firms compete hard in today's global economy.", "today"),
        # a word of a title-case name
        ('The theme was "Building a Fair and Prosperous Tomorrow" this year.', "Tomorrow"),
    ],
)
def test_relative_words_that_name_no_day(nlp, text, absent):
    assert absent not in [t for t, _, _ in _found(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers said today's meeting was useful.", ("today", "2018-03-14")),
        ("Today, the ministers met in Lima.", ("Today", "2018-03-14")),
    ],
)
def test_relative_days_still_anchor(nlp, text, expected):
    assert expected in [(t, s) for t, s, _ in _found(nlp, text)]


def test_a_dated_dateline_with_a_place_between_dashes_anchors_today(nlp):
    text = ("Leaders open a year of tourism\n"
            "March 14, 2018 \u2013 LIMA \u2013 Today, the two ministers opened the year of tourism.")
    found = _found(nlp, text, anchor=None)
    assert ("March 14, 2018", "2018-03-14", "publication") in found
    assert ("Today", "2018-03-14", "event") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare year in the title is part of the meeting's name
        ("Joint Statement from the 2019 Mid-Year Meeting\n\nMarch 14, 2019\n\nThe ministers met.",
         ("2019", "2019-01-01", "other")),
    ],
)
def test_a_title_year_naming_the_meeting_is_other(nlp, text, expected):
    assert expected in _found(nlp, text, anchor=None)


def test_a_title_year_after_in_dates_the_document(nlp):
    text = "Joint Statement in 2019\n\nThe two sides met in Lima and agreed to meet again."
    assert [t for t, _, _ in _found(nlp, text, anchor=None) if t == "2019"] == []


def test_a_range_of_days_someone_participated_in_is_an_event(nlp):
    text = "From June 4 - 6, 2018, the Under Secretary participated in the tourism summit in Lima."
    assert ("June 4 - 6, 2018", "2018-06-04", "event") in _found(nlp, text)
