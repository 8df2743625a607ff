"""Issue areas: sentence (+ section title, + the sentence before) -> areas.

Sentences written for these tests in the style of trade fact sheets; negatives show
words that look like an area but are not one ("regulatory environment", "high
standards" on their own, a bank in an agency's name)."""

from __future__ import annotations

import pytest

from jccttool.extractors import areas
from jccttool.resources.models import AREA_SLUGS
from jccttool.resources.rules import area_table


@pytest.mark.parametrize(
    ("sentence", "section", "expected"),
    [
        ("China will step up its campaign against pirated films sold online.", None, ("ipr",)),
        ("The two sides agreed to hold a seminar on cloud computing in the autumn.", None, ("services",)),
        ("Beijing pledged to reopen its market to American poultry by spring.", None, ("agriculture",)),
        ("The regulator will move certain x-ray machines into a lower risk classification.", None, ("health", "standards")),
        ("China will act against counterfeit drugs sold through websites.", None, ("health", "ipr")),
        ("China will publish the draft rules for public comment for 30 days.", None, ("transparency",)),
        ("The two sides will discuss the exchange rate and the rebalancing of demand.", None, ("macroeconomic",)),
        ("Both countries will cut tariffs on machinery imports.", None, ("goods-trade",)),
        ("China confirmed that subsidies for electric cars are open to foreign-invested firms.", None, ("industrial-policy",)),
        ("The agencies will deepen cooperation on clean energy and climate change.", None, ("energy-environment",)),
        # the section decides when the sentence names nothing
        ("Ministries will keep accurate inventories of what they install.", "Software Legalization", ("ipr",)),
        ("The two sides will meet again next spring.", "Express Delivery", ("services",)),
        # the sentence wins over the section
        ("The two sides agreed to hold a seminar on cloud computing.", "Agricultural Cooperation", ("services",)),
        # nothing fits: other, alone
        ("The two presidents will meet again next year.", None, ("other",)),
        ("Both sides will keep in close touch on regional security.", None, ("other",)),
        # negatives: words that only look like an area
        ("The new rules will not harm the regulatory environment for foreign firms.", None, ("other",)),
        ("Both sides stressed the importance of a transparent process.", None, ("other",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_label_reads_sentence_then_section(sentence, section, expected):
    assert sorted(areas.label(sentence, section)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # farm products named by kind, not by the word "agriculture"
        ("Beijing will allow shipments of fresh cherries and citrus from three states.", ("agriculture",)),
        # imports of a named farm product are market access for it: agriculture only (set H's gold)
        ("The ministry agreed to approve imports of rice and cotton seed varieties.", ("agriculture",)),
        ("Hanoi will open its market to U.S. seafood and horticultural products.", ("agriculture",)),
        # the multilateral system and trade-remedy instruments are trade in goods
        ("Both governments will support the early conclusion of the Doha Round.", ("goods-trade",)),
        ("The two ministers pledged to work for the reform of the WTO.", ("goods-trade",)),
        ("Washington will back the country's accession to the World Trade Organization.", ("goods-trade",)),
        ("The department will negotiate a new suspension agreement with the growers' association.", ("goods-trade",)),
        # banks as financial firms, and localisation rules for ICT
        ("China will let foreign banks underwrite bonds in the inter-bank market.", ("services",)),
        ("China said its secure and controllable rules would not exclude foreign suppliers.", ("industrial-policy",)),
        # negatives: a named bank, a state asset register, a price is not rice
        ("The World Bank will host the delegation in its new building.", ("other",)),
        ("Agencies will record their software in state asset management systems.", ("other",)),
        ("The two sides will discuss the price of shipping containers.", ("other",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_label_reads_products_trade_system_and_banks(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


def test_label_orders_by_score_then_taxonomy():
    assert areas.label("China will act against counterfeit drugs.") == ("ipr", "health")  # a tie: taxonomy order
    assert areas.label("Patents, trademarks and copyright, and one drug.")[0] == "ipr"


def test_an_area_named_many_times_does_not_crowd_out_the_others():
    sentence = ("The two sides will coordinate macroeconomic policy, exchange rates, fiscal policy and "
                "financial stability, and cut tariffs.")
    assert areas.label(sentence) == ("macroeconomic", "goods-trade")


def test_label_reads_the_sentence_before_in_its_block():
    before = "China agreed to lift its ban on American pork. "
    assert areas.label("The two sides will finish the talks quickly.", None, before) == ("agriculture",)
    assert areas.label("The two sides will finish the talks quickly.", None, "") == ("other",)


def test_label_at_most_three_and_other_alone():
    sentence = ("The two sides will discuss patents, investment treaties, government procurement, "
                "tariffs and food safety.")
    got = areas.label(sentence)
    assert 1 <= len(got) <= 3 and "other" not in got


@pytest.mark.parametrize(
    ("text", "slug", "found"),
    [("CCC marks", "standards", True), ("ccc marks", "standards", False),
     ("the SFDA", "health", True), ("the Sfda", "health", False), ("GPA talks", "procurement", True)],
)
def test_acronyms_match_as_written(text, slug, found):
    assert (slug in {s for _, s, _ in areas.hits(text)}) is found


def test_bank_in_a_name_is_not_banking():
    assert "services" not in {s for _, s, _ in areas.hits("The People's Bank of China will lead the group.")}


def test_table_lists_every_slug_in_order():
    assert tuple(a.slug for a in area_table().areas) == AREA_SLUGS


def test_hits_equal_a_plain_scan():
    """The word-index lookup finds exactly what scanning every position would."""
    import re

    from jccttool.text import fold_case

    text = ("China’s SFDA and the U.S. FDA will cooperate on drug safety; tariffs on soybeans, "
            "patent-law reform and e-commerce rules were discussed, with the G-20, IPRs and x-ray rules. "
            "Foreign-invested firms, standards-setting, intellectual property rights (IPR).")
    folded = fold_case(text)
    want = set()
    for rule in area_table().areas:
        alternatives = [f"(?:{'|'.join(rule.cues)})"] if rule.cues else []
        alternatives += [f"(?:{'|'.join(rule.weak)})"] if rule.weak else []
        if alternatives:
            want |= {(m.start(), rule.slug) for m in re.finditer(
                rf"(?<![a-z0-9])(?:{'|'.join(alternatives)})(?![a-z0-9])", folded)}
        if rule.acronyms:
            want |= {(m.start(), rule.slug) for m in re.finditer(
                rf"(?<![A-Za-z0-9])(?:{'|'.join(rule.acronyms)})(?![A-Za-z0-9])", text)}
    assert {(pos, slug) for pos, slug, _ in areas.hits(text)} == want


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "imports" / "exports" are trade in goods only when no other area is named
        ("China will lift its ban on imports of U.S. lamb and goat meat.", ("agriculture",)),
        ("The rules will expand export opportunities for U.S. dairy farmers.", ("agriculture",)),
        ("China will cut tariffs on imports of U.S. pork.", ("agriculture", "goods-trade")),
        ("The two sides will expand exports and imports between their ports.", ("goods-trade",)),
        # purchases of a value, and trade in named products
        ("Chinese firms would buy 20 billion dollars worth of U.S. farm goods each year.", ("agriculture", "goods-trade")),
        ("The two sides will explore ways to increase trade in industrial and farm products.", ("agriculture", "goods-trade")),
        # plant quarantine, tobacco and potatoes are farm matters
        ("China signed a protocol on the quarantine of U.S. tobacco leaf.", ("agriculture",)),
        ("China will allow imports of fresh U.S. potatoes.", ("agriculture",)),
    ],
)
def test_generic_trade_words_yield_to_the_product_area(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)

