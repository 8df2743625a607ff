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



# --- round 3 (issue 17): shapes read from sets J and K, tested on sentences of our own ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "trade" on its own is trade in goods when nothing more specific is named
        ("The ministers agreed to deepen bilateral trade ties over the coming year.", ("goods-trade",)),
        ("Both sides will keep working to resolve their outstanding trade concerns.", ("goods-trade",)),
        ("The two governments will back each other's priorities at the WTO.", ("goods-trade",)),
        ("Both countries will press for reform at the World Trade Organization.", ("goods-trade",)),
        # ... and yields to the area it qualifies
        ("Manila will step up raids on shops selling goods that infringe trade secrets.", ("ipr",)),
        ("The two sides will open talks on trade in services next spring.", ("services",)),
        ("Seoul will notify the WTO of its new technical regulations for toys.", ("standards", "transparency")),
        # negatives: "Trade" written with a capital is part of a name
        ("The U.S. Trade Representative will visit Jakarta next month.", ("other",)),
        ("The Minister of Industry and Trade welcomed the visiting delegation.", ("other",)),
        # ... but a capital that opens the sentence is no name
        ("Trade between the two countries should double by 2030, the ministers agreed.", ("goods-trade",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_trade_alone_is_goods_trade_but_not_in_names(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "document", "expected"),
    [
        # a sentence with no subject takes its document's (the title, lower-case "trade")
        ("The two sides will stay in close touch.", "Hanoi and Washington pledge closer trade cooperation", ("goods-trade",)),
        ("The groups will report to the ministers twice a year.", "Second meeting of the financial working group", ("macroeconomic",)),
        # negatives: a title's capitalised "Trade" is a headline word or a name, not a subject
        ("The two sides will stay in close touch.", "Leaders Discuss Trade and Security by Phone", ("other",)),
        ("The two sides will stay in close touch.", "Joint Statement", ("other",)),
        # a sentence that only schedules a meeting stays "other" in any document
        ("The two sides agreed to hold the next round of economic and trade talks in May.",
         "Hanoi and Washington pledge closer trade cooperation", ("other",)),
        ("The ministers will hold the next meeting of the Trade and Investment Council in Lima.", None, ("other",)),
        ("Officials are fixing dates for the council meeting early next year.", "Trade talks resume", ("other",)),
        # ... unless it names a subject of its own
        ("The two sides will hold a workshop on pharmaceutical pricing in June.", "Trade talks resume", ("health",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_document_title_and_meetings(sentence, document, expected):
    assert sorted(areas.label(sentence, document=document)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cue inside a longer cue of another area is not counted
        ("The ministry will improve the business climate for foreign firms.", ("investment",)),
        ("China will expand its support for new energy vehicles.", ("industrial-policy",)),
        ("Both sides will cooperate on food safety inspections.", ("agriculture",)),
        # a coordinated one is ("trade and investment")
        ("The agreement will expand trade and investment between the two economies.", ("goods-trade", "investment")),
        # cue words split by a line break
        ("Both sides will harness the benefits of an open digital\neconomy.", ("services",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_longer_cues_win_and_line_breaks(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # services: air transport, cyber security, exchanges, data flows, 5G, the digital economy
        ("The two sides will resume air transport negotiations in March.", ("services",)),
        ("Both sides will strengthen cybersecurity of their networks.", ("services",)),
        ("China will let foreign stock exchanges open representative offices.", ("services",)),
        ("The rules will not restrict cross-border data flows.", ("services",)),
        ("Both sides will support the rollout of trusted 5G networks.", ("services",)),
        # macroeconomic: safety nets, development banks, policy coordination
        ("Beijing will strengthen its social safety net to lift household demand.", ("macroeconomic",)),
        ("Washington will support Seoul's bid to join the regional development bank.", ("macroeconomic",)),
        ("The two sides will deepen the coordination of macroeconomic policies.", ("macroeconomic",)),
        ("Both sides will work together to strengthen global economic governance.", ("macroeconomic",)),
        # goods-trade: steel, supply chains, minerals, coercion, quotas named as trade measures
        ("The two sides will continue their dialogue on steel.", ("goods-trade",)),
        ("The two sides will discuss rules for specialty auto parts.", ("goods-trade",)),
        ("Both sides will work to make supply chains more resilient.", ("goods-trade",)),
        ("Tokyo and Washington will assess export bans on critical minerals.", ("goods-trade",)),
        ("Both sides will respond together to economic coercion.", ("goods-trade",)),
        ("Jakarta will lift import quotas on fresh fruit.", ("agriculture", "goods-trade")),
        # industrial policy, export controls, transparency, agriculture, investment, standards
        ("The two sides will deepen semiconductor industry integration.", ("industrial-policy",)),
        ("China stated that its ICT security measures will not discriminate against foreign suppliers.", ("industrial-policy",)),
        ("A working group on trade in strategic items will be set up.", ("export-controls",)),
        ("The two sides will share views on commercial legal developments.", ("transparency",)),
        ("Both countries agreed to build cold chain facilities in rural ports.", ("agriculture",)),
        ("Hanoi will keep improving the business environment for U.S. firms.", ("investment",)),
        ("The agencies will pursue regulatory cooperation on medical devices.", ("health", "standards")),
        ("Both sides will work to remove non-tariff barriers.", ("goods-trade", "standards")),
        # negatives: the same words meaning something else
        ("Both leaders pledged closer economic ties.", ("other",)),
        ("The bank may borrow abroad within its short-term debt quotas.", ("other",)),
        ("They committed to curb international aviation emissions.", ("energy-environment",)),
        ("The two sides held a high-level strategic dialogue on regional security.", ("other",)),
        ("The secretariat will notify both sides of the agenda.", ("other",)),
        ("The ministers discussed the economy at a working lunch.", ("other",)),
        ("The reforms have raised the country's global economic competitiveness.", ("other",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_cues_added_per_area(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


def _commitment_areas(text: str) -> dict[str, list[str]]:
    import jccttool

    return {c.text: list(c.areas) for c in jccttool.extract(text).commitments}


def test_a_lead_in_takes_the_areas_of_its_items():
    text = ("Results of the Talks\n\nThe two sides agreed to:\n\n- lower tariffs on machinery and auto parts;\n"
            "- remove import quotas on industrial goods;\n- cut customs fees for small shipments.\n")
    got = _commitment_areas(text)
    assert got["The two sides agreed to:"] == ["goods-trade"]


def test_a_lead_in_to_a_list_of_many_subjects_is_other():
    text = ("Results of the Talks\n\nThe two sides agreed to:\n\n- cut tariffs on machinery;\n"
            "- protect trademarks of foreign brands;\n- open the market to U.S. beef;\n"
            "- let foreign banks underwrite bonds;\n- cooperate on clean energy;\n- approve new medical devices faster.\n")
    got = _commitment_areas(text)
    assert got["The two sides agreed to:"] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The commission will end its safeguard duties on washing machines.", ("goods-trade",)),
        # "safeguards" for people are not a trade remedy
        ("Both sides will build an open digital economy with safeguards for workers.", ("services",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_safeguards_need_a_trade_measure(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


def test_a_meeting_sentence_keeps_the_subject_of_the_sentence_before():
    before = "China agreed to buy more U.S. soybeans and liquefied natural gas. "
    sentence = "A delegation will travel to Beijing for further consultations."
    assert sorted(areas.label(sentence, None, before, document="Trade talks resume")) == ["agriculture", "energy-environment"]
    assert areas.label(sentence, None, "", document="Trade talks resume") == ("other",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China will let foreign travel agencies sell outbound tours.", ("services",)),
        ("Both governments will ease travel restrictions on business visitors.", ("services",)),
        # negative: travelling to a meeting is not the travel industry
        ("The minister will travel to Lima next week.", ("other",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_travel_as_an_industry(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


def test_meeting_sentences_in_a_document():
    """The pipeline's path (the document's meeting words gate the patterns) agrees with label()."""
    text = ("China and Vietnam pledge closer trade cooperation\n\n"
            "The two sides agreed to hold the next round of economic and trade consultations in May. "
            "The two sides will stay in close touch.\n")
    got = _commitment_areas(text)
    assert got == {
        "The two sides agreed to hold the next round of economic and trade consultations in May.": ["other"],
        "The two sides will stay in close touch.": ["goods-trade"],
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a forum's name is not a subject: "Trade and Investment" written with capitals is trade in general
        ("Officials reviewed progress under their Trade and Investment Framework Agreement.", ("goods-trade",)),
        ("A panel of the Trade and Investment Council will look at access for chilled beef.", ("agriculture",)),
        ("The UK and US Trade and Investment Working Group published a guide on trade secrets.", ("ipr",)),
        # negatives: the same words as words, opening a sentence or in lower case
        ("Trade and investment between the two economies will be expanded.", ("goods-trade", "investment")),
        ("Both sides will promote two-way trade and investment.", ("goods-trade", "investment")),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_trade_and_investment_in_a_forum_name(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both sides will keep talking about the softwood lumber dispute.", ("goods-trade",)),
        ("The customs agencies will cooperate on trade facilitation at the border.", ("goods-trade",)),
        ("China will increase its purchases of American aircraft and machinery.", ("goods-trade",)),
        ("The ministries will promote good regulatory practices in rule making.", ("transparency",)),
        ("The regulators will negotiate a mutual recognition agreement for electrical equipment.", ("standards",)),
        ("China will notify new labelling rules under the Technical Barriers to Trade Agreement.", ("standards",)),
        ("The two militaries will discuss defense technology transfer rules.", ("export-controls",)),
        ("China will take steps to boost household consumption.", ("macroeconomic",)),
        # negatives, one per area touched: imports of a farm product stay agriculture, a joint
        # venture's technology transfer is industrial policy, meeting consumers' needs is no policy
        ("China will increase imports of U.S. pork and poultry.", ("agriculture",)),
        ("China will not require technology transfer as a condition of approving joint ventures.", ("industrial-policy",)),
        ("The new stores will meet the consumption needs of families.", ("other",)),
        ("The guide explains the rules to small firms.", ("other",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_cues_added_from_the_fitted_sets_misses(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Working groups will meet in May to prepare for the high-level talks.", ("other",)),
        ("Experts will hold calls in the weeks leading up to the ministerial meeting.", ("other",)),
        ("The two sides will conduct consultations in Geneva next month.", ("other",)),
        # a meeting that names its subject keeps it
        ("Experts will meet ahead of the ministerial meeting to settle the tariff schedule.", ("goods-trade",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_preparing_a_meeting_is_a_meeting(sentence, expected):
    assert areas.label(sentence, document="Trade and investment talks resume") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # industries listed as examples of the emerging-industries policy are not subjects of their own
        ("China will treat foreign firms equally in its strategic emerging industries, including clean "
         "energy and environmentally-friendly technologies and biotechnology.", ("industrial-policy",)),
        # innovation in farming is agriculture, not innovation policy
        ("The ministries will co-host an agricultural innovation dialogue and support agricultural "
         "innovation.", ("agriculture",)),
        # negatives: listed on its own, clean energy is energy; innovation policy on its own is industrial policy
        ("The two sides will support emerging industries and clean energy.", ("energy-environment", "industrial-policy")),
        ("China will delink its innovation policies from government procurement preferences.", ("industrial-policy", "procurement")),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_examples_of_a_longer_cue_and_agricultural_innovation(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ITA is the Commerce agency; the tariff agreement is named in words
        ("ITA and the ministry signed a memorandum on good regulatory practices.", ("transparency",)),
        ("Both sides will support the expansion of the Information Technology Agreement.", ("goods-trade",)),
        # a cue coordinated inside a compound cue stays; inside a list the cue introduces it does not
        ("The two sides will increase trade in industrial and agricultural goods.", ("agriculture", "goods-trade")),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_ita_and_coordination_inside_a_cue(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


# --- round 4 (issue 17): shapes read from sets L and M (FTA commissions and councils), tested on sentences of our own ---


@pytest.mark.parametrize(
    ("sentence", "before", "document", "expected"),
    [
        # labour, small firms and women's entrepreneurship are subjects outside the taxonomy: "other",
        # neither the trade in general a sentence mentions nor its document's subject
        ("The ministers agreed to launch a dialogue for small and medium-sized enterprises to help them "
         "share in the gains from trade.", "", None, ("other",)),
        ("Both governments signed a memorandum on women's entrepreneurship.", "", "Trade talks resume", ("other",)),
        ("The two sides will set up a working group on labor rights.", "", "Trade talks resume", ("other",)),
        # ... and the sentence after one that names only such a subject takes it, not the document's
        ("They agreed to exchange experts.", "Officials reviewed progress on child labor inspections. ",
         "Trade talks resume", ("other",)),
        # negatives: beside an area of the taxonomy "other" drops out; labour costs are no subject
        ("The two sides will help small businesses use the agreement's tariff cuts.", "", None, ("goods-trade",)),
        ("The agreement's labor and environment chapters will be reviewed next year.", "", None, ("energy-environment",)),
        ("Rising labor costs will push firms to import more machinery.", "", None, ("goods-trade",)),
    ],
    ids=lambda x: x if isinstance(x, str) and 0 < len(x) < 30 else None,
)
def test_subjects_outside_the_taxonomy_are_other(sentence, before, document, expected):
    assert sorted(areas.label(sentence, None, before, document)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # cues listed side by side each name a subject: "trade" beside "investment" is not trade in general
        ("The two ministers agreed to deepen cooperation in trade, investment and energy.",
         ("energy-environment", "goods-trade", "investment")),
        ("Officials will exchange views on investment and trade.", ("goods-trade", "investment")),
        ("Both sides pledged to cooperate on trade and environment issues.", ("energy-environment", "goods-trade")),
        ("The partners will widen their work on environment, labor and customs matters.", ("energy-environment", "goods-trade")),
        # negatives: a cue before "trade" makes it a head ("agricultural trade"); two weak cues stay weak;
        # an environment for investment is no environment policy
        ("Both sides will promote agricultural trade, investment and tourism.", ("agriculture", "investment", "services")),
        ("The rules will improve safety and regulation in the sector.", ("other",)),
        ("China will create a favourable environment for investment.", ("investment",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_cues_listed_side_by_side(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what free-trade-agreement commissions implement: origin, preferences, remedies, borders, chapters
        ("The committee will review the rules of origin for electric motors.", ("goods-trade",)),
        ("The two sides will work to renew the trade preference program for developing countries.", ("goods-trade",)),
        ("Both sides discussed the renewal of AGOA before it expires.", ("goods-trade",)),
        ("Washington will examine whether to grant the country market economy status.", ("goods-trade",)),
        ("The agencies will shorten wait times at ports of entry for freight trucks.", ("goods-trade",)),
        ("Rabat will review its tax treatment of certain goods imported from the United States.", ("goods-trade",)),
        ("Officials will review the implementation of the environment chapter.", ("energy-environment",)),
        ("Lima will enforce its new forestry and wildlife law.", ("energy-environment",)),
        ("The committee welcomed the smooth implementation of the USMCA.", ("goods-trade",)),
        ("China will expand domestic demand and keep markets stable.", ("macroeconomic",)),
        # negatives: an agreement's name beside a subject of its own is the context, not the subject
        ("Officials discussed how small businesses can use the CAFTA-DR.", ("other",)),
        ("Under the Trade Promotion Agreement, the two sides will discuss investor protection.", ("investment",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_free_trade_agreement_vocabulary(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "document", "expected"),
    [
        # a meeting report names its forum (a bracketed acronym too), not a subject
        ("Officials convened the fourth meeting of the Joint Committee of the U.S.-Panama Free Trade "
         "Agreement (FTA) in the capital.", None, ("other",)),
        ("The sixth session of the Trade and Investment Council began on Monday.", None, ("other",)),
        ("The second annual review of the agreement will take place in June.", "Trade talks resume", ("other",)),
        # negatives: a meeting that names its subject keeps it; a review of an agreement is no meeting
        ("The third meeting of the IPR working group took place in May.", None, ("ipr",)),
        ("The first six-year review of the Free Trade Agreement is due in 2026.", None, ("goods-trade",)),
        # a commission of a free trade agreement names trade in goods as its document's subject
        ("The ministers directed officials to keep working.", "Joint Statement of the Free Trade Commission", ("goods-trade",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_meeting_reports_name_a_forum(sentence, document, expected):
    assert sorted(areas.label(sentence, document=document)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the portfolios a ministry's name lists are an office, not subjects
        ("Talks were led by the Minister of Production, Trade, Investment and Fisheries.", ("other",)),
        ("The Vice Minister of Commerce, Industry and Tourism joined the delegation.", ("other",)),
        ("Officials of the Ministries of Labour, Environment and Climate attended.", ("other",)),
        # negatives: a ministry of one portfolio names it; the same words outside a name are subjects
        ("The Department of Energy will host the visiting experts.", ("energy-environment",)),
        ("The ministers discussed production, investment and fisheries.", ("agriculture", "investment")),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_portfolios_of_a_ministry_are_an_office(sentence, expected):
    assert sorted(areas.label(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who led, chaired or hosted a meeting, or met whom, is about the meeting: not its document's subject
        ("The Canadian delegation was led by the Deputy Minister of International Trade.", ("other",)),
        ("A senior adviser led the U.S. delegation to the talks.", ("other",)),
        ("The vice ministers co-chaired the council meeting in the capital.", ("other",)),
        ("The session was hosted by the Trade Ministry.", ("other",)),
        ("The two trade ministers met in Geneva on Tuesday.", ("other",)),
        # negatives: a meeting that names its subject keeps it
        ("The ministers met in Geneva to settle the dispute over steel tariffs.", ("goods-trade",)),
        ("The delegation was led by the chief agricultural negotiator and discussed beef access.", ("agriculture",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_who_led_or_met_is_about_the_meeting(sentence, expected):
    assert sorted(areas.label(sentence, document="Trade and investment talks resume")) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "document", "expected"),
    [
        ("Both sides will work together against illegal logging.", None, ("energy-environment",)),
        ("The regulator reaffirmed that its competition policy treats all firms alike.", None, ("transparency",)),
        # a body that will meet regularly reports its meetings, not its document's subject
        ("The group will continue to meet regularly.", "Trade and investment talks resume", ("other",)),
        # negative: meeting to settle a named subject keeps it
        ("The group will meet regularly to review the tariff schedule.", "Trade and investment talks resume", ("goods-trade",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_logging_competition_and_regular_meetings(sentence, document, expected):
    assert sorted(areas.label(sentence, document=document)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "document", "expected"),
    [
        # a drug regulator's name is health, not food
        ("The Food and Drug Administration will train inspectors from the province.", None, ("health",)),
        # meeting someone, or a summit named by its acronym, is about the meeting
        ("The premier said he looks forward to meeting with the president at the G20 summit.", None, ("other",)),
        ("The president will meet with the chancellor at the APEC Leaders' Meeting.", "Trade talks resume", ("other",)),
        # negatives: the same words as subjects
        ("The two sides will strengthen G20 coordination on exchange rates.", None, ("macroeconomic",)),
        ("China will improve the safety of food exports.", None, ("agriculture",)),
    ],
    ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None,
)
def test_agency_names_and_meetings_with_someone(sentence, document, expected):
    assert sorted(areas.label(sentence, document=document)) == sorted(expected)
