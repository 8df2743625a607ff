"""Money extractor: one table row per pattern family, negatives included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jccttool.extractors import Context, money
from jccttool.segment import segment

from ..conftest import ALL_DOCUMENTS, assert_spans_index_text

B = 1_000_000_000
M = 1_000_000


def run(text: str, nlp=None):
    doc = nlp(text) if nlp is not None else None
    ctx = Context(text=text, segmentation=segment(text))
    return list(money.extract(doc, ctx))


# text, expected: list of (text, amount, amount_max, currency, qualifier, year)
CASES = [
    ("exports reached $29.6 billion in 2010.", [("$29.6 billion", 29_600_000_000, None, "USD", None, 2010)]),
    ("China plans to invest $1.5 trillion in these sectors in the next five years.",
     [("$1.5 trillion", 1_500_000_000_000, None, "USD", None, None)]),
    ("it can cost between U.S. $30,000-35,000 to test", [("U.S. $30,000-35,000", 30000, 35000, "USD", None, None)]),
    ("Every $100,000 spent by travelers supports jobs.", [("$100,000", 100000, None, "USD", None, None)]),
    ("a grant of US$5 million", [("US$5 million", 5 * M, None, "USD", None, None)]),
    ("a fund of USD 2 billion", [("USD 2 billion", 2 * B, None, "USD", None, None)]),
    ("a loan of RMB 10 billion", [("RMB 10 billion", 10 * B, None, "CNY", None, None)]),
    ("a loan of RMB10bn", [("RMB10bn", 10 * B, None, "CNY", None, None)]),
    ("spent 10 billion yuan on roads", [("10 billion yuan", 10 * B, None, "CNY", None, None)]),
    ("worth 3 billion renminbi", [("3 billion renminbi", 3 * B, None, "CNY", None, None)]),
    ("an EU grant of €3 million", [("€3 million", 3 * M, None, "EUR", None, None)]),
    ("a UK deal of £4.5bn", [("£4.5bn", 4_500_000_000, None, "GBP", None, None)]),
    ("a ¥200 million plant", [("¥200 million", 200 * M, None, "CNY", None, None)]),
    ("a market of $40-50 billion", [("$40-50 billion", 40 * B, 50 * B, "USD", None, None)]),
    ("a market of $40 billion to $50 billion", [("$40 billion to $50 billion", 40 * B, 50 * B, "USD", None, None)]),
    ("estimated at between $1 and $2 billion", [("$1 and $2 billion", 1 * B, 2 * B, "USD", "approximately", None)]),
    ("costs of $5m and $6 mn", [("$5m", 5 * M, None, "USD", None, None), ("$6 mn", 6 * M, None, "USD", None, None)]),
    ("sales of 5 billion dollars", [("5 billion dollars", 5 * B, None, "USD", None, None)]),
    ("a deficit ($12.0 billion) persists", [("$12.0 billion", 12 * B, None, "USD", None, None)]),
    ("a program of $500,000 to $2 million", [("$500,000 to $2 million", 500000, 2 * M, "USD", None, None)]),
    # a change from one amount to another is two mentions, not a range
    ("the deficit increased by 75 percent from $13.2 billion to $23.1 billion (2017), while",
     [("$13.2 billion", 13_200_000_000, None, "USD", None, None),
      ("$23.1 billion", 23_100_000_000, None, "USD", None, 2017)]),
    # ... also with a hedge before the first amount; a hedged range without "from" stays one range
    ("exports grew from roughly $2.5 billion to $9 billion over the decade",
     [("$2.5 billion", 2_500_000_000, None, "USD", "approximately", None), ("$9 billion", 9 * B, None, "USD", None, None)]),
    ("the grants total about $2 million to $4 million", [("$2 million to $4 million", 2 * M, 4 * M, "USD", "approximately", None)]),
    # qualifiers
    ("total market size was over $12 billion in 2009 and is expected to be $18 billion by 2010.",
     [("$12 billion", 12 * B, None, "USD", "more_than", 2009), ("$18 billion", 18 * B, None, "USD", None, 2010)]),
    ("In 2009, the commercial value of unlicensed software exceeded $7.5 billion.",
     [("$7.5 billion", 7_500_000_000, None, "USD", "more_than", 2009)]),
    ("The industry was worth an estimated $29 billion in 2010.", [("$29 billion", 29 * B, None, "USD", "approximately", 2010)]),
    ("sales of roughly $3 billion", [("$3 billion", 3 * B, None, "USD", "approximately", None)]),
    ("loans of up to $3 billion", [("$3 billion", 3 * B, None, "USD", "up_to", None)]),
    ("at least $1 billion", [("$1 billion", 1 * B, None, "USD", "at_least", None)]),
    ("less than $2 million", [("$2 million", 2 * M, None, "USD", "less_than", None)]),
    ("more than $2 million", [("$2 million", 2 * M, None, "USD", "more_than", None)]),
    ("$2 billion or more", [("$2 billion", 2 * B, None, "USD", "at_least", None)]),
    # years
    ("totaled $5 billion for 2010, a 17 percent increase from 2009", [("$5 billion", 5 * B, None, "USD", None, 2010)]),
    ("Spending is expected to grow 232 percent to $16.6 billion by 2016, moving up",
     [("$16.6 billion", 16_600_000_000, None, "USD", None, 2016)]),
    ("a value of $13 billion from Chinese travelers.  Since June 2008 it grew.",
     [("$13 billion", 13 * B, None, "USD", None, None)]),
    ("In 2009, sales rose.  Exports were $3 billion.", [("$3 billion", 3 * B, None, "USD", None, None)]),
    ("Since the agreement took effect in 2012, exports fell to $4 billion.", [("$4 billion", 4 * B, None, "USD", None, None)]),
    ("a fund of RMB 200,000 yuan", [("RMB 200,000 yuan", 200000, None, "CNY", None, None)]),
    ("a prize of $5 million won by a firm", [("$5 million", 5 * M, None, "USD", None, None)]),
    ("sales of 5 billion US dollars", [("5 billion US dollars", 5 * B, None, "USD", None, None)]),
    ("USD 1.5–2 billion", [("USD 1.5–2 billion", 1_500_000_000, 2 * B, "USD", None, None)]),
    ("a $1.2-trillion plan", [("$1.2-trillion", 1_200_000_000_000, None, "USD", None, None)]),
    ("just over $2 billion in FY2013", [("$2 billion", 2 * B, None, "USD", "more_than", 2013)]),
    ("exports of $5 billion in 2011 and sales of $4 billion", [("$5 billion", 5 * B, None, "USD", None, 2011),
                                                               ("$4 billion", 4 * B, None, "USD", None, None)]),
    # negatives
    ("The $ sign alone, Section 301 and 22nd JCCT.", []),
    ("Call 202-395-3230 or (202) 395-3230 on November 20-21, 2011.", []),
    ("figures in 2011 dollars", []),
    ("the 2010 JCCT commitment and IEC 60601-1", []),
    ("$5 billion to 10 countries", [("$5 billion", 5 * B, None, "USD", None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_money_table(text, expected):
    found = run(text)
    got = [(r.text, r.amount, r.amount_max, r.currency, r.qualifier, r.year) for r in found]
    assert got == [(t, Decimal(a), None if mx is None else Decimal(mx), c, q, y) for t, a, mx, c, q, y in expected]
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.rule


def test_exact_decimal_amounts():
    (r,) = run("reach $16.6 billion")
    assert r.amount == Decimal("16600000000")
    assert r.model_dump(mode="json")["amount"] == 16600000000
    assert isinstance(r.model_dump(mode="json")["amount"], int)


def test_uses_doc_from_pipeline(nlp):
    text = "China plans to invest $100 billion in a smart grid by 2030."
    (r,) = run(text, nlp)
    assert (r.text, r.amount, r.year) == ("$100 billion", Decimal(100 * B), 2030)


def test_fact_sheet_amounts(fact_sheet_text):
    got = [(r.text, int(r.amount), r.year) for r in run(fact_sheet_text)]
    assert got == [
        ("$29.6 billion", 29_600_000_000, 2010),
        ("$7.5 billion", 7_500_000_000, 2009),
        ("$1.5 trillion", 1_500_000_000_000, None),
        ("$12 billion", 12 * B, 2009),
        ("$18 billion", 18 * B, 2010),
        ("$100 billion", 100 * B, 2030),
        ("U.S. $30,000-35,000", 30000, None),
        ("$100,000", 100000, None),
        ("$13 billion", 13 * B, None),
        ("$16.6 billion", 16_600_000_000, 2016),
        ("$29 billion", 29 * B, 2010),
        ("$5 billion", 5 * B, 2010),
    ]


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=[p.name for p in ALL_DOCUMENTS])
def test_spans_match_source(path):
    text = path.read_text(encoding="utf-8")
    found = run(text)
    assert_spans_index_text(found, text)


def test_adversarial_input_is_linear():
    chunk = "$1,2,3,4,5-6-7-8 $$$ ,,,, ---- 1234567890123456789 $ 1 , 2 - 3 to $4 and 5 billion yuan "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    text += "9" * 5000 + "," * 5000 + "-" * 5000 + " " * 5000
    found = run(text)
    assert all(text[r.span[0] : r.span[1]] == r.text for r in found)
