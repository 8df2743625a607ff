"""References to earlier sessions, commitments, agreements and statements.

Sentences written for these tests; the document's date and session are set by hand
(``anchor``, ``session``), so the tests do not depend on the date or session extractors."""

from __future__ import annotations

from datetime import date

import pytest

from jccttool.extractors import Context, references
from jccttool.records import Commitment, Session
from jccttool.segment import segment

JCCT_23 = Session(forum="U.S.-China Joint Commission on Commerce and Trade", acronym="JCCT", ordinal=23)


def _refs(text: str, anchor: date | None = date(2012, 12, 19), session: Session | None = JCCT_23):
    ctx = Context(text=text, segmentation=segment(text), anchor=anchor, session=session)
    return [(r.text, r.refers_to, r.forum, r.ordinal, r.year) for r in references.extract(None, ctx)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Building on the 2011 JCCT commitment to open its courier market, China issued new rules.",
         [("the 2011 JCCT commitment", "commitment", "jcct", None, 2011)]),
        ("China restated its 2009 JCCT pledge on wind turbines.",
         [("its 2009 JCCT pledge", "commitment", "jcct", None, 2009)]),
        ("The two sides will implement the commitments made at the 2010 JCCT in full.",
         [("the commitments made at the 2010 JCCT", "commitment", "jcct", None, 2010)]),
        ("Both sides reaffirmed their commitment to carry out the measures pledged at the first meeting.",
         [("the measures pledged at the first meeting", "commitment", None, 1, None)]),
        ("In April 2010 we pledged to lower the fees, and the fees are now lower.",
         [("In April 2010 we pledged", "commitment", None, None, 2010)]),
        ("The leaders reaffirmed their commitment to implement the November 2009 Joint Statement.",
         [("the November 2009 Joint Statement", "statement", None, None, 2009)]),
        ("Progress since the 21st JCCT has been steady.",
         [("the 21st JCCT", "meeting", "jcct", 21, None)]),
        ("At the May 2011 Strategic and Economic Dialogue, the two sides agreed to study the matter.",
         [("the May 2011 Strategic and Economic Dialogue", "meeting", "s-and-ed", None, 2011)]),
    ],
)
def test_back_pointing_mentions(text, expected):
    assert _refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to convene the 2013 Legal Exchange in Washington.",  # a later event
        "During the first meeting in 2013, each side will present its licensing laws.",  # ahead, not back
        "The 23rd JCCT was held in Washington.",  # the session the document reports on
        "China and the United States will hold the Seventh Symposium on Postal Reform.",
        "The two sides signed this Joint Statement today.",  # the document itself
        "In 2012 China agreed to publish the rules.",  # this year: part of this session's outcomes
    ],
)
def test_not_references(text):
    assert _refs(text) == []


def test_unknown_document_date_needs_a_back_pointing_word():
    assert _refs("The 2010 JCCT commitment on software stands.", anchor=None, session=None) == []
    assert _refs("Building on the 2010 JCCT commitment, China acted.", anchor=None, session=None) == [
        ("the 2010 JCCT commitment", "commitment", "jcct", None, 2010)]


def _commitment(text: str, start: int, verb: str) -> Commitment:
    return Commitment(id="c-" + format(start, "012x"), actors=["china"], verb=verb, kind="affirmation",
                      text=text, span=(start, start + len(text)))


@pytest.mark.parametrize(
    ("sentence", "verb", "restates"),
    [
        ("China restated its 2009 JCCT pledge on wind turbines.", "restate", True),
        ("At the May 2011 Strategic and Economic Dialogue, the two sides agreed to study the matter.", "agree", True),
        ("In April 2010 we pledged to lower the fees.", "pledge", True),
        ("Building on the 2011 JCCT commitment to open its courier market, China agreed to issue new rules.", "agree", False),
        ("China reaffirmed that it will not require technology transfer.", "reaffirm", False),  # no reference
    ],
)
def test_settle_links_and_marks_restating(sentence, verb, restates):
    text = "Preamble. " + sentence
    ctx = Context(text=text, segmentation=segment(text), anchor=date(2012, 12, 19), session=JCCT_23)
    found = {"references": list(references.extract(None, ctx)), "commitments": [_commitment(sentence, 10, verb)]}
    out = references.settle(found)
    assert out["commitments"][0].restates is restates
    assert all(r.commitment == "c-00000000000a" for r in out["references"])
