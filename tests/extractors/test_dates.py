"""Dates: the grammar per pattern family, roles, normalise(), offsets, determinism, linearity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jccttool.extractors import Context, dates
from jccttool.extractors.dates.search import _finditer, anchor_positions
from jccttool.segment import segment

from ..conftest import ALL_DOCUMENTS

ANCHOR = date(2011, 11, 21)
D = date.fromisoformat


def _run(nlp, text: str, anchor: date | None = ANCHOR, date_line=None):
    """Extract from ``text``; the date line is given explicitly so that roles do not
    depend on the segmenter's guess for one-line snippets."""
    seg = replace(segment(text), date_line=date_line)
    ctx = Context(text=text, segmentation=seg, anchor=anchor, issued=anchor)
    return list(dates.extract(nlp(text), ctx))


def _check(found, text: str, expected: list[tuple]) -> None:
    """One assertion helper: every expected (text, start, end, grain, role, relative), nothing else."""
    got = [(r.text, r.start.isoformat(), r.end.isoformat(), r.grain, r.role, r.relative) for r in found]
    assert got == [tuple(e) for e in expected]
    pos = 0
    for r, e in zip(found, expected):
        i = text.index(e[0], pos)
        assert r.span == (i, i + len(e[0]))
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.section is None and r.rule
        pos = i + 1


CASES = [
    # ---- days
    ("co-chaired the JCCT in Chengdu, China on November 20-21, 2011.",
     [("November 20-21, 2011", "2011-11-20", "2011-11-21", "day", "event", False)]),
    ("The JCCT took place in Chengdu, China on 20-21 November.",
     [("20-21 November", "2011-11-20", "2011-11-21", "day", "event", True)]),
    ("The talks were held on 20–21 November 2011 in Chengdu.",
     [("20–21 November 2011", "2011-11-20", "2011-11-21", "day", "event", False)]),
    ("The meeting was held in Hangzhou, China on October 28 to 29, 2009.",
     [("October 28 to 29, 2009", "2009-10-28", "2009-10-29", "day", "event", False)]),
    ("Strategic Economic Dialogue December 12 - 13, 2007, Beijing",
     [("December 12 - 13, 2007", "2007-12-12", "2007-12-13", "day", "event", False)]),
    ("At Grand Epoch City on December 12 and 13, the two countries held the third SED.",
     [("December 12 and 13", "2011-12-12", "2011-12-13", "day", "event", True)]),
    ("The dialogue was held from June 30-July 1, 2012 in Washington.",
     [("June 30-July 1, 2012", "2012-06-30", "2012-07-01", "day", "event", False)]),
    ("Memorandum of agreement, signed on December 11, 2007;",
     [("December 11, 2007", "2007-12-11", "2007-12-11", "day", "event", False)]),
    ("The agreement was signed on 21 November 2011.",
     [("21 November 2011", "2011-11-21", "2011-11-21", "day", "event", False)]),
    ("Officials met on Monday, Nov. 21, 2011 in Chengdu.",
     [("Monday, Nov. 21, 2011", "2011-11-21", "2011-11-21", "day", "event", False)]),
    ("China will eliminate by December 1, 2011 any catalogues.",
     [("by December 1, 2011", "2011-12-01", "2011-12-01", "day", "deadline", False)]),
    ("The rules take effect no later than March 1, 2012.",
     [("no later than March 1, 2012", "2012-03-01", "2012-03-01", "day", "deadline", False)]),
    ("In its fact sheet of October 29, USTR reported results.",
     [("October 29", "2011-10-29", "2011-10-29", "day", "other", True)]),
    # ---- months
    ("SFDA will issue by June 2012 a complete list of x-ray equipment.",
     [("by June 2012", "2012-06-01", "2012-06-30", "month", "deadline", False)]),
    ("a Workshop held in Beijing in September 2011.",
     [("September 2011", "2011-09-01", "2011-09-30", "month", "event", False)]),
    ("Completion of this effort is expected by the end of May.",
     [("by the end of May", "2011-05-01", "2011-05-31", "month", "deadline", True)]),
    ("The rules will be issued by the end of June 2012.",
     [("by the end of June 2012", "2012-06-01", "2012-06-30", "month", "deadline", False)]),
    ("This site contains information from January 2009-December 2014.",
     [("from January 2009-December 2014", "2009-01-01", "2014-12-31", "years", "period", False)]),
    ("Exports grew between January and March 2012.",
     [("between January and March 2012", "2012-01-01", "2012-03-31", "month", "period", False)]),
    # ---- years and year ranges
    ("China plans to manufacture one million vehicles annually by 2015.",
     [("by 2015", "2015-01-01", "2015-12-31", "year", "deadline", False)]),
    ("exports to China reached $29.6 billion in 2010.",
     [("2010", "2010-01-01", "2010-12-31", "year", "reference", False)]),
    ("subscribers to increase from 457 million in 2010 to 609 million in 2015.",
     [("2010", "2010-01-01", "2010-12-31", "year", "reference", False),
      ("2015", "2015-01-01", "2015-12-31", "year", "reference", False)]),
    ("In 2009, the commercial value of unlicensed software exceeded $7.5 billion.",
     [("2009", "2009-01-01", "2009-12-31", "year", "reference", False)]),
    ("the trade deficit increased to $23.1 billion (2017).",
     [("2017", "2017-01-01", "2017-12-31", "year", "reference", False)]),
    ("The 2012 JCCT meeting was held in Washington, DC.",
     [("2012", "2012-01-01", "2012-12-31", "year", "event", False)]),
    ("procedures which will be part of SFDA’s 2012 work plan.",
     [("2012", "2012-01-01", "2012-12-31", "year", "other", False)]),
    ("Investment will grow from 2010 to 2015.",
     [("from 2010 to 2015", "2010-01-01", "2015-12-31", "years", "period", False)]),
    ("The five-year plan covers 2011-2015.",
     [("2011-2015", "2011-01-01", "2015-12-31", "years", "period", False)]),
    ("Tariffs on trucks will stay until 2041.",
     [("until 2041", "2041-01-01", "2041-12-31", "year", "deadline", False)]),
    ("Budgets for FY2012 were cut.",
     [("FY2012", "2012-01-01", "2012-12-31", "year", "event", False)]),
    # ---- parts of years
    ("By the middle of 2012, the program will be completed.",
     [("By the middle of 2012", "2012-06-01", "2012-07-31", "month", "deadline", False)]),
    ("China agreed to publish these procedures by the end of 2011.",
     [("by the end of 2011", "2011-12-01", "2011-12-31", "month", "deadline", False)]),
    ("Both sides agreed to hold a seminar in the first half of 2012.",
     [("the first half of 2012", "2012-01-01", "2012-06-30", "half", "event", False)]),
    ("Rules are due in the second half of next year.",
     [("the second half of next year", "2012-07-01", "2012-12-31", "half", "event", True)]),
    ("The working group will meet in the spring of 2012.",
     [("the spring of 2012", "2012-03-01", "2012-05-31", "season", "event", False)]),
    ("a program in spring 2012 to identify new approaches",
     [("spring 2012", "2012-03-01", "2012-05-31", "season", "event", False)]),
    ("a review in winter 2012 of the rules",
     [("winter 2012", "2012-12-01", "2013-02-28", "season", "event", False)]),
    ("The draft is due in the fourth quarter of 2012.",
     [("the fourth quarter of 2012", "2012-10-01", "2012-12-31", "quarter", "event", False)]),
    ("The draft is due in Q1 2013.",
     [("Q1 2013", "2013-01-01", "2013-03-31", "quarter", "event", False)]),
    ("Licences will be issued in early 2013.",
     [("early 2013", "2013-01-01", "2013-04-30", "month", "event", False)]),
    ("Licences will be issued in late 2012.",
     [("late 2012", "2012-09-01", "2012-12-31", "month", "event", False)]),
    ("Licences will be issued by mid-2012.",
     [("by mid-2012", "2012-06-01", "2012-07-31", "month", "deadline", False)]),
    # ---- relative to the anchor
    ("with targets in the next year, such as audits",
     [("next year", "2012-01-01", "2012-12-31", "year", "event", True)]),
    ("results of discussions at this year's JCCT",
     [("this year", "2011-01-01", "2011-12-31", "year", "event", True)]),
    ("Exports rose sharply last year.",
     [("last year", "2010-01-01", "2010-12-31", "year", "event", True)]),
    ("China plans to invest $1.5 trillion in these sectors in the next five years.",
     [("the next five years", "2012-01-01", "2016-12-31", "years", "period", True)]),
    ("Imports doubled over the last 12 months.",
     [("the last 12 months", "2010-11-21", "2011-11-21", "month", "period", True)]),
    ("in cabinet-level meetings ending today, according to the US government.",
     [("today", "2011-11-21", "2011-11-21", "day", "event", True)]),
    # a weekday in a report: the last such day on or before the anchor (2011-11-21 is a Monday)
    ("The two ministers spoke by phone on Thursday.",
     [("Thursday", "2011-11-17", "2011-11-17", "day", "event", True)]),
    # "the last N days": the days up to the anchor, the anchor's day included (2011-11-21)
    ("Our talks over the last three days were useful.",
     [("the last three days", "2011-11-19", "2011-11-21", "day", "period", True)]),
    ("Teams will meet over the next 2 days.",
     [("the next 2 days", "2011-11-22", "2011-11-23", "day", "period", True)]),
    ("The talks lasted two days.", []),
    # wire style: the weekday after the dateline's "here" or an opening/closing verb
    ("The two delegations ended their annual talks here Friday with a joint statement.",
     [("Friday", "2011-11-18", "2011-11-18", "day", "event", True)]),
    ("The conference wrapped up Thursday in Geneva.",
     [("Thursday", "2011-11-17", "2011-11-17", "day", "event", True)]),
    ("The dialogue began Saturday and ended Sunday.",
     [("Saturday", "2011-11-19", "2011-11-19", "day", "event", True),
      ("Sunday", "2011-11-20", "2011-11-20", "day", "event", True)]),
    ("Come here Friday evenings for the market.", []),
    ("The minister arrived on Monday, November 21, 2011.",
     [("Monday, November 21, 2011", "2011-11-21", "2011-11-21", "day", "event", False)]),
    # a month with a relative year; "the last year" is the twelve months up to the anchor
    ("The two leaders met in Beijing in July this year.",
     [("July this year", "2011-07-01", "2011-07-31", "month", "event", True)]),
    ("Building on the work of the last year, the panel will meet again.",
     [("the last year", "2010-11-21", "2011-11-21", "year", "period", True)]),
    ("China will complete the review by the end of the first quarter of 2013.",
     [("by the end of the first quarter of 2013", "2013-03-01", "2013-03-31", "month", "deadline", False)]),
    ("China will submit a revised offer before the end of the year.",
     [("before the end of the year", "2011-12-01", "2011-12-31", "month", "deadline", True)]),
    ("The plan was flat in 2012/13 and grew in 2008-09.",
     [("2012/13", "2012-01-01", "2013-12-31", "years", "period", False),
      ("2008-09", "2008-01-01", "2009-12-31", "years", "period", False)]),
    ("U.S. industry losses in 2009 totaled roughly $48 billion.",
     [("2009", "2009-01-01", "2009-12-31", "year", "reference", False)]),
    ("The pilot program runs through December 31, 2015.",
     [("December 31, 2015", "2015-12-31", "2015-12-31", "day", "period", False)]),
    ("The S&ED will be held in Beijing in Early July 2014.",
     [("Early July 2014", "2014-07-01", "2014-07-31", "month", "event", False)]),
    ("Officials held a Seminar on October 29 and will meet again in November.",
     [("October 29", "2011-10-29", "2011-10-29", "day", "event", True),
      ("November", "2011-11-01", "2011-11-30", "month", "event", True)]),
    ("The 1990s saw rapid growth.",
     [("The 1990s", "1990-01-01", "1999-12-31", "years", "period", False)]),
    ("China will host the APEC Leaders Meeting later this year.",
     [("later this year", "2011-12-01", "2011-12-31", "month", "event", True)]),
    ("The ministry is to issue the notice by the end of this month.",
     [("by the end of this month", "2011-11-01", "2011-11-30", "month", "deadline", True)]),
    ("Talks resume at the beginning of next month.",
     [("the beginning of next month", "2011-12-01", "2011-12-31", "month", "event", True)]),
    ("Exports rose this month.",
     [("this month", "2011-11-01", "2011-11-30", "month", "event", True)]),
    # ---- not dates
    ("Xinhua Published: 2014-3-7 09:12:05", [("2014-3-7", "2014-03-07", "2014-03-07", "day", "event", False)]),
    ("Call +86 10 6512 2014 or 1-800-555-2012.", []),
    ("the 2013-14 plan and part no. 2014-3-77 and 2014-13-7", [("2013-14", "2013-01-01", "2014-12-31", "years", "other", False)]),
    ("within 60 days of the request, for 27 years, on an annual basis", []),
    ("co-chaired the 22nd Joint Commission on Commerce and Trade (JCCT)", []),
    ("transition from the 2nd edition to the 3rd edition of IEC 60601-1 safety standards", []),
    ("Every $100,000 spent by travelers supports one job; it cost $2012 to test.", []),
    ("Senior Chinese officials from 23 ministries and agencies attended, for a total of 27.", []),
    ("Call (202) 395-2010 or 202-482-2000 for details.", []),
    ("a one-stop shopping mechanism for 2000 companies", []),
    ("the 16th such exchange under the JCCT", []),
    ("See http://www.usda.gov/2006/04/0125.xml for the fact sheet.", []),
    ("certified to ISO 9001:2008 and GB 2012 requirements", []),
    ("China may publish the rules; a five year strategic plan is being finalized.", []),
    ("in the next few years", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_extract_table(nlp, text, expected):
    _check(_run(nlp, text), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "with targets in the next year",
        "at this year's JCCT",
        "on December 12 and 13, the two countries met",
        "by the end of May",
        "meetings ending today",
        "in the next five years",
        "in the second half of next year",
    ],
)
def test_relative_omitted_without_anchor(nlp, text):
    assert _run(nlp, text, anchor=None) == []


def test_publication_role_on_date_line(nlp):
    text = "22nd JCCT Fact Sheet\n\nNovember 21, 2011\n\nThe JCCT met on November 20-21, 2011."
    s = text.index("November 21, 2011")
    found = _run(nlp, text, date_line=(s, s + len("November 21, 2011")))
    assert [(r.text, r.role) for r in found] == [("November 21, 2011", "publication"), ("November 20-21, 2011", "event")]


@pytest.mark.parametrize(
    "expression,anchor,expected",
    [
        ("November 21, 2011", None, ("2011-11-21", "2011-11-21", "day")),
        ("November 20-21, 2011", None, ("2011-11-20", "2011-11-21", "day")),
        ("October 28 to 29, 2009", None, ("2009-10-28", "2009-10-29", "day")),
        ("December 12 - 13, 2007", None, ("2007-12-12", "2007-12-13", "day")),
        ("December 12 and 13", date(2007, 12, 1), ("2007-12-12", "2007-12-13", "day")),
        ("  April 11, 2006  ", None, ("2006-04-11", "2006-04-11", "day")),
        ("June 2012", None, ("2012-06-01", "2012-06-30", "month")),
        ("2012", None, ("2012-01-01", "2012-12-31", "year")),
        ("the middle of 2012", None, ("2012-06-01", "2012-07-31", "month")),
        ("spring 2012", None, ("2012-03-01", "2012-05-31", "season")),
        ("first half of 2012", None, ("2012-01-01", "2012-06-30", "half")),
        ("2009-2014", None, ("2009-01-01", "2014-12-31", "years")),
        ("next year", date(2011, 11, 21), ("2012-01-01", "2012-12-31", "year")),
        ("21.11.2011", None, ("2011-11-21", "2011-11-21", "day")),  # dateparser fallback
        ("Chengdu, China - November 21, 2011", None, ("2011-11-21", "2011-11-21", "day")),
        ("2014-3-7", None, ("2014-03-07", "2014-03-07", "day")),
        ("2014/03/07", None, ("2014-03-07", "2014-03-07", "day")),
        ("2014-12-25", None, ("2014-12-25", "2014-12-25", "day")),
    ],
)
def test_normalise(expression, anchor, expected):
    got = dates.normalise(expression, anchor)
    assert got is not None
    assert (got[0].isoformat(), got[1].isoformat(), got[2]) == expected


@pytest.mark.parametrize(
    "expression",
    ["December 12 and 13", "next year", "today", "the next five years", "next Tuesday", "", "   ",
     "22nd", "3rd edition", "$29", "IEC 60601-1", "no date here"],
)
def test_normalise_none_without_anchor(expression):
    assert dates.normalise(expression, None) is None


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_corpus_offsets_and_order(nlp, path):
    text = path.read_text(encoding="utf-8")
    found = _run(nlp, text, anchor=ANCHOR)
    assert found, "every corpus document has dates"
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.start <= r.end
    spans = [r.span for r in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "no overlapping mentions"


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_deterministic_without_anchor(nlp, path):
    text = path.read_text(encoding="utf-8")
    first = [r.model_dump() for r in _run(nlp, text, anchor=None)]
    second = [r.model_dump() for r in _run(nlp, text, anchor=None)]
    assert first == second
    seg = segment(text)
    lines = [sp for sp in (seg.title_span, seg.meeting_line) if sp]
    if dates._title_year(text, lines) is None and dates._opening_date(dates._grammar(), text) is None:
        assert not any(r["relative"] for r in first)
    else:  # the title's year anchors: "The Third U.S. - China Strategic Economic Dialogue December 12 - 13, 2007"
        assert not any(r["relative"] and r["grain"] == "day" and "today" in r["text"].lower() for r in first)


def test_fact_sheet_dates(nlp, fact_sheet_text):
    found = _run(nlp, fact_sheet_text, anchor=ANCHOR)
    texts = [r.text for r in found]
    for expected in ["November 20-21, 2011", "by December 1, 2011", "By the middle of 2012", "by the end of 2011",
                     "the first half of 2012", "the spring of 2012", "spring 2012", "September 2011", "October 2011"]:
        assert expected in texts
    assert not any(t in ("22nd", "60601", "2nd", "3rd") for t in texts)
    assert sum(t == "by June 2012" for t in texts) == 2


def test_adversarial_input_completes(nlp):
    parts = [
        "1" * 5000, " ", "2012-" * 800, " ", "by the end of " * 800, " ", "-" * 5000, " ", " \u00a0" * 3000,
        "November " * 800, "20-21-22-" * 800, "the first half of " * 500, "from 2010 to " * 500,
        "December 12 and 13 and " * 300, "2010 2011 " * 500,
    ]
    text = "".join(parts)
    text = (text * (100_000 // len(text) + 1))[:100_000]
    ctx = Context(text=text, segmentation=segment(text), anchor=ANCHOR)
    found = list(dates.extract(nlp.make_doc(text), ctx))
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text


def _run_segmented(nlp, text: str, anchor: date | None = None):
    """Extract with the segmenter's own date line, title and meeting line."""
    ctx = Context(text=text, segmentation=segment(text), anchor=anchor, issued=anchor)
    return [(r.text, r.role) for r in dates.extract(nlp(text), ctx)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Joint Fact Sheet\n\nU.S.-China Joint Commission on Commerce and Trade\n\nWednesday, January 11, 2017\n\n"
            "The United States and China held the 27th JCCT in Washington.\n",
            ("Wednesday, January 11, 2017", "publication"),
        ),
        (
            "U.S.-China Joint Fact Sheet\n\nWashington, D.C.–January 19, 2011. President Obama welcomed President Hu "
            "Jintao of China for a state visit to the United States.\n\nThe two sides agreed to expand trade.\n",
            ("January 19, 2011", "publication"),
        ),
        (
            "China, U.S. Wrap Up Trade Talks\n\nBEIJING, Nov. 21, 2011 – China and the United States concluded the "
            "22nd session of the JCCT in Chengdu, Sichuan Province.\n",
            ("Nov. 21, 2011", "publication"),
        ),
        (
            "Joint Fact Sheet\n\nU.S.-China Strategic and Economic Dialogue\n\nOutcomes of the Economic Track\n\n"
            "July 10, 2013\n\nThe United States and China held the fifth S&ED in Washington.\n\nMore outcomes follow.\n",
            ("July 10, 2013", "publication"),
        ),
        (
            "Republic of Example\n\nMinistry of Finance\n\nPress Release\n\nMonday, March 5, 2012\n\n"
            "Finance Ministers Meet on Trade Statistics\n\nThe two ministers met today in Geneva and agreed to share data.\n",
            ("Monday, March 5, 2012", "publication"),
        ),
    ],
    ids=["weekday", "dc-dateline-dash", "city-dateline", "under-heading", "under-masthead"],
)
def test_publication_overlaps_date_line(nlp, text, expected):
    assert expected in _run_segmented(nlp, text)


def test_title_year_is_event_and_anchors(nlp):
    text = (
        "2016 U.S.-China Strategic and Economic Dialogue Joint Fact Sheet\n\n"
        "The United States and China held the eighth S&ED in Beijing.\n\n"
        "China will publish the revised rules by the end of this year and hold a seminar next month.\n"
    )
    got = _run_segmented(nlp, text)
    # the title's year is part of the meeting's name (role other: sets J-L record it so) and anchors;
    # "next month" needs a day
    assert got == [("2016", "other"), ("by the end of this year", "deadline")]
    ctx = Context(text=text, segmentation=segment(text))
    found = {r.text: r for r in dates.extract(nlp(text), ctx)}
    assert (found["by the end of this year"].start, found["by the end of this year"].relative) == (D("2016-12-01"), True)


def test_meeting_line_under_title_is_event(nlp):
    text = (
        "The First U.S.-China Strategic Economic Dialogue\nDecember 14-15, 2006, Beijing\n\nFact Sheet\n\n"
        "The two sides agreed to hold the next meeting in Washington.\n"
    )
    assert _run_segmented(nlp, text) == [("December 14-15, 2006", "event")]


@pytest.mark.parametrize(
    "text, year",
    [
        ("Illinois exported 5.6 billion dollars in goods and services to China in 2013, supporting many jobs.", "2013"),
        ("China's imports of U.S. soybeans reached 12 billion U.S. dollars in 2012.", "2012"),
        ("Chinese firms invested 3 billion yuan in research and development in 2011.", "2011"),
        ("Sales of medical devices were 40 billion renminbi in 2010.", "2010"),
        ("European exports were 2 billion euros of machinery to China in 2014.", "2014"),
    ],
)
def test_year_after_currency_word_figure_is_reference(nlp, text, year):
    assert [(r.text, r.role) for r in _run(nlp, text)] == [(year, "reference")]


def test_long_gap_after_figure_is_not_reference_for_a_clause(nlp):
    text = "China pledged $10 billion to projects that it will launch in 2013."
    assert [(r.text, r.role) for r in _run(nlp, text)] != [("2013", "reference")]


def test_source_line_date_with_clock_time_is_issued_and_anchors_bare_months():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = (
        "Full Text: Outcomes of the Widget Talks\n\nSource:Xinhua Published: 2014-3-7 09:12:05\n\n"
        "1. In light of the offers exchanged in February, the two sides commit to conclude the widget talks.\n\n"
        "2. The two sides will meet again in June.\n"
    )
    record = extract_source(source_from_text(text))
    assert record.document.issued == D("2014-03-07")
    got = [(r.text, r.start.isoformat(), r.end.isoformat(), r.role, r.relative) for r in record.dates]
    assert got[0] == ("2014-3-7", "2014-03-07", "2014-03-07", "publication", False)
    assert ("February", "2014-02-01", "2014-02-28") == got[1][:3] and got[1][4]
    assert ("June", "2014-06-01", "2014-06-30") == got[2][:3] and got[2][4]


@pytest.mark.parametrize(
    "text, date_text, role",
    [
        # a date inside a noun phrase or relative clause, not part of a name: when something happens
        ("Both sides welcome the widget accord concluded in March 2013 on tariff cuts.", "March 2013", "event"),
        ("China will table an improved list of sectors in 2012.", "2012", "event"),
        ("The goal is resuming poultry shipments in late 2012.", "late 2012", "event"),
        ("with the pilot phase in 2013 covering three provinces", "2013", "event"),
        ("Today’s talks followed two days of meetings.", "Today", "event"),
        # a figure with its counted noun, then prepositional phrases: the year the figure is for
        ("Farm exports supported some 1.2 million jobs in rural America in 2013.", "2013", "reference"),
        # a year used as part of a name
        ("Building on their 2009 widget accord, the two sides agreed to cut tariffs.", "2009", "other"),
        ("China reaffirmed the November 2010 U.S. – China Joint Declaration.", "November 2010", "other"),
        ("According to a 2012 study by the Widget Council, sales grew.", "2012", "other"),
        ("as set out in MOFCOM’s 2013 work program.", "2013", "event"),  # "program" is an event noun
        ("In its press release of May 5, the ministry listed the outcomes.", "May 5", "other"),
        # a time noun heads the phrase: not a name
        ("Output doubled during the 2006-2010 period.", "2006-2010", "period"),
        # "the year" / "the calendar year" between a period word and the year
        ("The sides reviewed what was achieved during the year 2015 on export targets.", "2015", "period"),
        ("Sales fell over the calendar year 2016.", "2016", "period"),
        # an event noun heads the phrase
        ("Officials prepared for the 2013 JCCT plenary in Beijing.", "2013", "event"),
        ("Results of the 2013 JCCT were announced.", "2013", "event"),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_role_name_modifier_is_other_else_event(nlp, text, date_text, role):
    found = {r.text: r.role for r in _run(nlp, text)}
    assert found[date_text] == role


def test_title_date_equal_to_the_date_line_is_publication(nlp):
    text = (
        "U.S. – China Joint Statement, March 7, 2014\n\nWashington, D.C.–March 7, 2014. \n\n"
        "1.      The two Presidents met in Washington on March 6, 2014.\n\n2.      The two sides agreed to expand trade.\n"
    )
    assert _run_segmented(nlp, text, anchor=D("2014-03-07")) == [
        ("March 7, 2014", "publication"), ("March 7, 2014", "publication"), ("March 6, 2014", "event")
    ]


@pytest.mark.parametrize(
    "text, date_text, role",
    [
        # a year right after a capitalised name is part of the name
        ("The minister spoke at the Pacific Widget Summit 2012 in Lima.", "2012", "other"),
        ("Exporters met at the Global Trade Expo 2014 on March 3, 2014.", "2014", "other"),
        # not a name: a month, a preposition or one word before the year
        ("Exports rose sharply in December 2012 and in 2013.", "2013", "event"),
        ("Sales of Widgets In 2012 grew.", "2012", "event"),
        ("China will act on Fiscal Year 2013 quotas.", "2013", "event"),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_year_after_a_name_is_other(nlp, text, date_text, role):
    found = {r.text: r.role for r in _run(nlp, text)}
    assert found[date_text] == role


def test_single_newline_date_line_is_publication_and_issued_again_in_the_intro(nlp):
    text = (
        "Joint Fact Sheet: Ninth Meeting of the U.S.-China Widget Policy and Trade Dialogue in Beijing\n"
        "June 3, 2014\n"
        "The fact sheet below was released by the Department of Commerce today, June 3, 2014:\n"
        "The two sides held the ninth meeting of the dialogue in Beijing today.\n"
    )
    got = _run_segmented(nlp, text, anchor=D("2014-06-03"))
    assert got == [
        ("June 3, 2014", "publication"), ("today", "publication"), ("June 3, 2014", "publication"), ("today", "event")
    ]


def test_numeric_date_line_is_publication(nlp):
    text = "U.S. Fact Sheet: Widget Dialogue\n\n7/28/2009\n\nThe two sides held the dialogue in Washington.\n"
    assert ("7/28/2009", "publication") in _run_segmented(nlp, text, anchor=D("2009-07-28"))


@pytest.mark.parametrize("stamp,iso", [
    ("27/5/2019", "2019-05-27"),   # day first: 27 cannot be a month
    ("13/01/2020", "2020-01-13"),
    ("31/12/2018", "2018-12-31"),
    ("5/27/2019", "2019-05-27"),   # month first, the U.S. way
    ("4/6/2019", "2019-04-06"),    # ambiguous: month first
    ("30/2/2019", None),           # no such day
    ("27/13/2019", None),          # no 13th month
])
def test_numeric_date_stamps(nlp, stamp, iso):
    text = f"The stamp reads {stamp} on the page."
    got = [(d.text, d.start.isoformat()) for d in _run(nlp, text)]
    assert got == ([(stamp, iso)] if iso else []), got


def test_same_day_without_a_publishing_verb_stays_event(nlp):
    text = "Widget Dialogue\n\nJune 3, 2014\n\nThe two sides met in Beijing on June 3, 2014.\n"
    assert _run_segmented(nlp, text, anchor=D("2014-06-03")) == [("June 3, 2014", "publication"), ("June 3, 2014", "event")]


# Pieces of date expressions and near-misses, so random texts are dense with candidates.
_DATE_PIECES = [
    "January", "Jan.", "June", "Sept.", "May", "March", "2011", "2012", "1983", "22", "1st", "15",
    "by the end of", "the first half of", "early", "late", "mid-", "quarter", "year", "this month",
    "next year", "fiscal year", "FY", "spring", "summer", "week", "days", "2011-2012", "–", "-",
    "/", ",", ".", " ", " ", "\n", "on", "in", "through", "until", "Monday", "today", "3", "12/5/2011",
]


@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=40))
def test_windowed_rule_search_equals_finditer(pieces):
    """Each date rule is searched only near its anchors, from its lead before the anchor
    (``dates.search._finditer``); the matches must be exactly those of ``finditer``."""
    grammar = dates._grammar()
    text = " ".join(pieces)
    found = anchor_positions(grammar, text)
    for rule in grammar.rules:
        if rule.anchor is None:
            continue
        windowed = [(m.start(), m.end()) for m in _finditer(rule, text, found[rule.anchor])]
        assert windowed == [(m.start(), m.end()) for m in rule.pattern.finditer(text)], rule.pattern.pattern[:80]


def test_windowed_rule_search_on_the_corpus():
    grammar = dates._grammar()
    hits = 0
    for path in ALL_DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        found = anchor_positions(grammar, text)
        for rule in grammar.rules:
            if rule.anchor is not None:
                windowed = [m.span() for m in _finditer(rule, text, found[rule.anchor])]
                assert windowed == [m.span() for m in rule.pattern.finditer(text)]
                hits += len(windowed)
    assert hits > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" joins two dates unless "between" opens the range or the days are consecutive
        ("Rounds took place on Jan. 12 and April 3, 2019 in Geneva.", [("April 3, 2019", "2019-04-03", "2019-04-03")]),
        ("The talks were held June 8 and 9, 2015 in Seoul.", [("June 8 and 9, 2015", "2015-06-08", "2015-06-09")]),
        ("Experts will meet between June 8 and 12, 2015.", [("June 8 and 12, 2015", "2015-06-08", "2015-06-12")]),
        ("Imports rose in October 2018 and December 2018.",
         [("October 2018", "2018-10-01", "2018-10-31"), ("December 2018", "2018-12-01", "2018-12-31")]),
        ("Imports rose between October 2018 and December 2018.",
         [("between October 2018 and December 2018", "2018-10-01", "2018-12-31")]),
        # "Month Day of Year"
        ("On July 14 of 2016, the envoys signed the plan.", [("July 14 of 2016", "2016-07-14", "2016-07-14")]),
    ],
)
def test_and_joins_two_dates_unless_a_range(text, expected):
    from jccttool.pipeline import extract_any

    record = extract_any(text)
    assert [(d.text, str(d.start), str(d.end)) for d in record.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a repost note with a publishing verb and "on": it anchors "today"
        ("Ministers meet on trade\n\nThis notice was released by the ministry on Jan. 9, 2015. It is copied below.\n\n"
         "The ministers met today in Geneva.\n", "2015-01-09"),
        # a date on a line of its own under site furniture anchors a day without a year
        ("Home\n\nNews\n\nMarch 3, 2016\n\nThe talks were held on March 1 in Tokyo.\n", "2016-03-01"),
    ],
)
def test_an_opening_date_anchors_a_text_without_date_line(nlp, text, expected):
    got = [r for r in _run_segmented_records(nlp, text) if r.relative]
    assert [r.start.isoformat() for r in got] == [expected]


def test_an_event_date_in_the_opening_does_not_anchor(nlp):
    text = "Trade pact reached\n\nToday the two sides agreed that the pact takes effect on May 1, 2018.\n"
    assert [r.text for r in _run_segmented_records(nlp, text)] == ["May 1, 2018"]


def _run_segmented_records(nlp, text: str):
    seg = segment(text)
    ctx = Context(text=text, segmentation=replace(seg, date_line=None), anchor=None, issued=None)
    return list(dates.extract(nlp(text), ctx))


def test_a_day_without_year_takes_the_one_year_its_sentence_states(nlp):
    text = "The minister led the 2009 trade mission to Lima (March 3) and Quito (March 5), which ended well.\n"
    got = [(r.text, r.start.isoformat(), r.relative) for r in _run_segmented_records(nlp, text)]
    assert ("March 3", "2009-03-03", True) in got and ("March 5", "2009-03-05", True) in got
    # two years in the sentence, or a year after "since": no guess
    text = "Talks held in 2009 and 2010 resumed on March 3 in Lima.\n"
    assert [r.text for r in _run_segmented_records(nlp, text)] == ["2009", "2010"]
    text = "On March 3, the council will meet for the first time since 2016.\n"
    assert [r.text for r in _run_segmented_records(nlp, text)] == ["2016"]
    # the year of a "since" clause is the past the sentence looks back to
    text = "The board has met yearly since it was founded in 2009, and it met again on March 3.\n"
    assert [r.text for r in _run_segmented_records(nlp, text)] == ["2009"]


# a weekday after a reporting verb (2011-11-21, the anchor, is a Monday); a weekday with a stray
# comma after the day; a full date run into a heading in capitals
NEWS_CASES = [
    ("The trade minister said Tuesday that talks would resume.",
     [("Tuesday", "2011-11-15", "2011-11-15", "day", "event", True)]),
    ("Both agencies announced Friday a joint inspection plan.",
     [("Friday", "2011-11-18", "2011-11-18", "day", "event", True)]),
    ("Tuesday is the day the panel usually meets.", []),
    ("The Thursday Group said nothing new.", []),
    ("Posted Friday 18, March 2016 by the newsroom",
     [("Friday 18, March 2016", "2016-03-18", "2016-03-18", "day", "event", False)]),
    ("Items 18, March 2016 and 19 were missing.", [("March 2016", "2016-03-01", "2016-03-31", "month", "event", False)]),
    ("May 2, 2014PRESS STATEMENT ON TRADE",
     [("May 2, 2014", "2014-05-02", "2014-05-02", "day", "event", False)]),
    ("a code 2014AB and a code 2014Ab", []),
    # a year-less day after "issued" is the date of another document, not this one's own date
    ("The joint statement issued November 21 said the ban would end.",
     [("November 21", "2011-11-21", "2011-11-21", "day", "event", True)]),
]


@pytest.mark.parametrize("text,expected", NEWS_CASES, ids=[c[0][:40] for c in NEWS_CASES])
def test_news_shapes(nlp, text, expected):
    _check(_run(nlp, text), text, expected)


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        # a news paragraph opening with the date, a place and a dash
        ("Grain deal done\n\nMarch 3, 2016, Geneva, Switzerland – The ministry today said the deal holds.\n",
         "March 3, 2016", "2016-03-03"),
        # a site's date stamp with a clock time, on a bullet line
        ("Grain deal done\n\n  • Thursday 3, March 2016 10:15 AM\nThe minister said Wednesday the deal holds.\n",
         "Thursday 3, March 2016", "2016-03-02"),
        # a date line run into the heading under it
        ("THE MINISTRY\nMarch 3, 2016JOINT NOTE ON GRAIN\nThe two sides met today.\n", "March 3, 2016", "2016-03-03"),
    ],
    ids=["dateline-place-dash", "stamp-with-time", "glued-heading"],
)
def test_an_opening_dateline_anchors_and_is_the_publication_date(nlp, text, date_text, expected):
    got = _run_segmented_records(nlp, text)
    assert (date_text, "publication") in [(r.text, r.role) for r in got]
    assert [r.start.isoformat() for r in got if r.relative] == [expected]


def test_a_date_opening_a_sentence_is_no_dateline(nlp):
    text = "Grain deal done\n\nMarch 3, 2016, was the day the ministry chose. Officials met today.\n"
    got = _run_segmented_records(nlp, text)
    assert [(r.text, r.role) for r in got] == [("March 3, 2016", "event")]


# set K's shapes (issue #15), in our own words: a dotted year-first date stamp, a weekday before a
# part of the day; negatives: version numbers, an impossible month, a weekday with no cue
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 2019.06.05 by the press office.", [("2019.06.05", "2019-06-05", "2019-06-05", "day", "event", False)]),
        ("The talks will wrap up Tuesday evening in Lima.", [("Tuesday", "2011-11-15", "2011-11-15", "day", "event", True)]),
        ("Release 2.11.3 and build 2019.13.40 were shipped.", []),
        ("Tuesday talks are routine.", []),
    ],
)
def test_dotted_dates_and_weekdays_with_a_part_of_the_day(nlp, text, expected):
    _check(_run(nlp, text), text, expected)


@pytest.mark.parametrize(
    ("label", "stamp"),
    [("Source: Newswire | ", "2021-05-11"), ("Posted: ", "2021.05.11"), ("Date: ", "May 11, 2021")],
)
def test_a_date_after_a_source_label_on_its_line_is_the_texts_own_date(nlp, label, stamp):
    # a site's source or posting label before the stamp: the stamp anchors a weekday of the text
    text = f"Widget talks open\n\n{label}{stamp}\n\nOfficials of both sides met on Tuesday in Lima."
    found = {r.text: (r.start.isoformat(), r.role) for r in _run(nlp, text, anchor=None)}
    assert found[stamp] == ("2021-05-11", "publication")
    assert found["Tuesday"] == ("2021-05-11", "event")


def test_a_date_after_other_words_on_its_line_does_not_anchor(nlp):
    text = "Widget talks open\n\nThe pact of 2021-05-11 was signed.\n\nOfficials met on Tuesday in Lima."
    assert "Tuesday" not in {r.text for r in _run(nlp, text, anchor=None)}
