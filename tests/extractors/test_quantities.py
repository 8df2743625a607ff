"""Quantities extractor: percentages and counted quantities, negatives included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jccttool.extractors import Context, quantities
from jccttool.segment import segment

from ..conftest import ALL_DOCUMENTS, assert_spans_index_text


def run(text: str, nlp=None):
    doc = nlp(text) if nlp is not None else None
    ctx = Context(text=text, segmentation=segment(text))
    return list(quantities.extract(doc, ctx))


# text, expected: list of (text, kind, value, value_max, unit)
CASES = [
    ("20 percent of all U.S. exports", [("20 percent", "percent", 20, None, None)]),
    ("expected to grow 232 percent to $16.6 billion", [("232 percent", "percent", 232, None, None)]),
    ("a tariff of 17% on trucks", [("17%", "percent", 17, None, None)]),
    ("a 17 percent increase from 2009", [("17 percent", "percent", 17, None, None)]),
    ("a 2.5 per cent rise", [("2.5 per cent", "percent", Decimal("2.5"), None, None)]),
    ("a share of 10-15 percent", [("10-15 percent", "percent", 10, 15, None)]),
    ("between 10 and 15 percent", [("10 and 15 percent", "percent", 10, 15, None)]),
    ("rose 2 percentage points", [("2 percentage points", "percent", 2, None, "percentage points")]),
    ("it rose from 10 percent to 15 percent", [("10 percent", "percent", 10, None, None), ("15 percent", "percent", 15, None, None)]),
    ("roughly 680,000 jobs.", [("680,000 jobs", "count", 680000, None, "jobs")]),
    ("Internet subscribers projected to increase from 457 million in 2010 to 609 million in 2015.",
     [("457 million", "count", 457_000_000, None, "subscribers"), ("609 million", "count", 609_000_000, None, "subscribers")]),
    ("China plans to manufacture one million New Energy Vehicles annually by 2015 and five million annually by 2020.",
     [("one million New Energy Vehicles", "count", 1_000_000, None, "vehicles"),
      ("five million", "count", 5_000_000, None, "vehicles")]),
    ("the program for all the 31 provincial entities will be done", [("31 provincial entities", "count", 31, None, "entities")]),
    # two capitalised modifiers joined by "and" before the counted noun
    ("a forum of 40 Chinese and American banks met", [("40 Chinese and American banks", "count", 40, None, "banks")]),
    ("more than 60 EU and US SMEs joined", [("60 EU and US SMEs", "count", 60, None, "smes")]),
    ("about 30 and more firms", []),
    ("officials from 23 ministries and agencies attended", [("23 ministries and agencies", "count", 23, None, "ministries and agencies")]),
    ("to three additional provinces – Henan, Jiangxi and Guizhou – for a total of 27.",
     [("three additional provinces", "count", 3, None, "provinces"), ("27", "count", 27, None, "provinces")]),
    ("to 50,000 cars per manufacturer per year", [("50,000 cars", "count", 50000, None, "cars")]),
    ("signed memorandums in eight areas intended to", [("eight areas", "count", 8, None, "areas")]),
    ("I have been in business for 27 years, and", [("27 years", "count", 27, None, "years")]),
    ("hired 10-15 engineers", [("10-15 engineers", "count", 10, 15, "engineers")]),
    ("Twelve companies joined", [("Twelve companies", "count", 12, None, "companies")]),
    ("a population of 1.3 billion", [("1.3 billion", "count", 1_300_000_000, None, None)]),
    ("the number of visitors increased 21 percent to 1.8 million in 2013",
     [("21 percent", "percent", 21, None, None), ("1.8 million", "count", 1_800_000, None, "visitors")]),
    ("exported 2 million metric tons of soybeans", [("2 million metric tons", "count", 2_000_000, None, "tons")]),
    ("a dozen cities and two hundred firms", [("a dozen cities", "count", 12, None, "cities"), ("two hundred firms", "count", 200, None, "firms")]),
    # the parts of a count broken down after a dash, colon or bracket inherit its unit
    ("the two sides opened six pilot zones – three on clean water, and three on waste recycling – this year",
     [("six pilot zones", "count", 6, None, "zones"), ("three", "count", 3, None, "zones"), ("three", "count", 3, None, "zones")]),
    ("They signed ten agreements: four on energy, three in agriculture and two on health.",
     [("ten agreements", "count", 10, None, "agreements"), ("four", "count", 4, None, "agreements"),
      ("three", "count", 3, None, "agreements"), ("two", "count", 2, None, "agreements")]),
    ("China granted five new licenses (four for insurers and one for a bank).",
     [("five new licenses", "count", 5, None, "licenses"), ("four", "count", 4, None, "licenses"), ("one", "count", 1, None, "licenses")]),
    # not a breakdown: parts exceed the count, a date after the preposition, no opener, "of" before it
    ("They signed 5 agreements: four on energy, three in agriculture.",
     [("5 agreements", "count", 5, None, "agreements"), ("four", "count", 4, None, "agreements")]),
    ("Shipments reached 400 containers - 30 in May.", [("400 containers", "count", 400, None, "containers")]),
    ("The ministry trained 30 inspectors in 2012 and 25 in 2013.", [("30 inspectors", "count", 30, None, "inspectors")]),
    ("The office issued 40 permits – a rise of 10 on last year.", [("40 permits", "count", 40, None, "permits")]),
    # participants and parts of the text after a spelled-out number are no figures; a meeting's length neither
    ("the three new JCCT co-chairs met", []),
    ("The four ministers then discussed two topics.", []),
    ("The talks lasted two days and ended after one hour and 50 minutes of debate.", []),
    # a duration counted from an event is a time limit, a figure
    ("The rule took effect 60 days after publication.", [("60 days", "count", 60, None, "days")]),
    ("Either party may end the pact on thirty days written notice.", [("thirty days", "count", 30, None, "days")]),
    ("The visit lasted 3 days in all.", []),
    # "the two" + a counted noun counts; "the two sides", "the two Working Groups" are a known pair
    ("They welcomed the two roundtables held in May.", [("two roundtables", "count", 2, None, "roundtables")]),
    ("They praised the two sides’ efforts and the two Working Groups.", []),
    # "the" + three or more counts things; the counted noun may follow five words
    ("the three new JCCT pilot programs began", [("three new JCCT pilot programs", "count", 3, None, "programs")]),
    ("a review of nine pending U.S. biotech product applications",
     [("nine pending U.S. biotech product applications", "count", 9, None, "applications")]),
    # not quantities
    ("He bought a Boeing 737 aircraft.", []),
    ("the 22nd JCCT, the Sixth Symposium, the third SED, the 2nd and 3rd edition", []),
    ("the 3rd edition of IEC 60601-1 safety standards", []),
    ("Section 301 investigations and Article 5 provisions", []),
    ("one of his key promises and a one-stop shopping mechanism", []),
    ("the two sides agreed; the one they chose; its three ministries and these four agencies met", []),
    ("in the next five years and within 30 days and the past 12 months", []),
    ("a five year strategic plan and a five-year plan", []),
    ("on November 20-21, 2011 and October 28 to 29", []),
    ("Call 202-395-3230 or (202) 395-3230.", []),
    ("The U.S.-China JCCT of 2011 and the 2010 JCCT commitment", []),
    ("exports of $29.6 billion and RMB 10 billion", []),
    ("1. Agriculture\n2. Medical devices", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_quantity_table(text, expected):
    found = run(text)
    got = [(r.text, r.kind, r.value, r.value_max, r.unit) for r in found]
    assert got == [(t, k, Decimal(v), None if mx is None else Decimal(mx), u) for t, k, v, mx, u in expected]
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.rule


@pytest.mark.parametrize(
    "text,year",
    [
        ("Internet subscribers increase from 457 million in 2010 to 609 million in 2015.", [2010, 2015]),
        ("China plans to manufacture one million New Energy Vehicles annually by 2015.", [2015]),
        ("In 2009, roughly 680,000 jobs depended on it.", [2009]),
        ("Korea will extend the 25% tariff on trucks until 2041.", [None]),
        ("a 17 percent increase from 2009", [None]),
        ("the deficit increased by 75 percent from $13.2 billion", [None]),
    ],
)
def test_quantity_year(text, year):
    assert [r.year for r in run(text)] == year


def test_fact_sheet_quantities(fact_sheet_text, nlp):
    got = [(r.text, r.kind, int(r.value)) for r in run(fact_sheet_text, nlp)]
    assert got == [
        ("23 ministries and agencies", "count", 23),
        ("one million New Energy Vehicles", "count", 1_000_000),
        ("five million", "count", 5_000_000),
        ("31 provincial entities", "count", 31),
        ("20 percent", "percent", 20),
        ("three licenses", "count", 3),
        ("457 million", "count", 457_000_000),
        ("609 million", "count", 609_000_000),
        ("126 million", "count", 126_000_000),
        ("462 million", "count", 462_000_000),
        ("232 percent", "percent", 232),
        ("three additional provinces", "count", 3),
        ("27", "count", 27),
        ("17 percent", "percent", 17),
        ("90 percent", "percent", 90),
        ("680,000 jobs", "count", 680000),
    ]


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=[p.name for p in ALL_DOCUMENTS])
def test_spans_match_source(path):
    text = path.read_text(encoding="utf-8")
    found = run(text)
    assert_spans_index_text(found, text)
    # no mention inside another
    for a, b in zip(found, found[1:]):
        assert a.span[1] <= b.span[0] or not (a.span[0] <= b.span[0] and b.span[1] <= a.span[1])


def test_adversarial_input_is_linear():
    chunk = "1,2,3,4,5-6-7-8 %%% ,,,, ---- 1234567890123456789 percent 1 , 2 - 3 to 4 and 5 million a b c d e f "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    text += "9" * 5000 + "," * 5000 + "-" * 5000 + " " * 5000 + "one " * 2000
    found = run(text)
    assert all(text[r.span[0] : r.span[1]] == r.text for r in found)


def test_date_spans_from_context_block_numbers_but_not_neighbours():
    from datetime import date

    from jccttool.records import DateMention

    text = "one million vehicles annually by 2015 and five million annually by 2020."
    dates = tuple(
        DateMention(text=t, span=(text.index(t), text.index(t) + len(t)), start=date(int(t[-4:]), 1, 1),
                    end=date(int(t[-4:]), 12, 31), grain="year", role="deadline")
        for t in ("by 2015", "by 2020")
    )
    ctx = Context(text=text, segmentation=segment(text), dates=dates)
    got = [(r.text, int(r.value), r.unit, r.year) for r in quantities.extract(None, ctx)]
    assert got == [("one million vehicles", 1_000_000, "vehicles", 2015), ("five million", 5_000_000, "vehicles", 2020)]
