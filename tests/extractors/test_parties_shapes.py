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
        ("The meeting was co-chaired by Tom Wu, Assistant to the US Trade Representative.", "ustr", False),
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


# ------------------------------------------------------------------ partner governments in the gazetteer


@pytest.mark.parametrize(
    ("text", "pid", "country", "mention"),
    [
        # a generic body name is the gazetteer's only where the document's other side owns it
        ("The Philippines and the United States met. The Department of Trade and Industry hosted the talks.",
         "ph-dti", "PH", "Department of Trade and Industry"),
        ("Officials of the DTI and of the Philippines' farm ministry attended.", "ph-dti", "PH", "DTI"),
        ("Singapore's Ministry of Trade and Industry issued a statement.", "sg-mti", "SG", "Ministry of Trade and Industry"),
        ("Both sides discussed the Indo-Pacific Economic Framework and its trade pillar.", "ipef", None,
         "Indo-Pacific Economic Framework"),
        ("Ministers from IPEF partners met in Detroit.", "ipef", None, "IPEF"),
        ("The visit followed a call between President Duterte and the U.S. President.", "rodrigo-duterte", "PH", "Duterte"),
        ("President Nguyen Minh Triet visited Washington.", "nguyen-minh-triet", "VN", "Nguyen Minh Triet"),
        ("A message from Luiz Inácio Lula da Silva was read out.", "luiz-inacio-lula-da-silva", "BR",
         "Luiz Inácio Lula da Silva"),
        ("Ties grew after President Lula's visit to Washington.", "luiz-inacio-lula-da-silva", "BR", "Lula"),
        ("Officials of Japan's Ministry of Agriculture, Forestry and Fisheries attended.", "jp-maff", "JP",
         "Ministry of Agriculture, Forestry and Fisheries"),
        ("Japan and the U.S. met. METI officials briefed the press.", "jp-meti", "JP", "METI"),
        ("Brazil and the U.S. met at the Ministry of External Relations in Brasilia.", "br-mre", "BR",
         "Ministry of External Relations"),
        ("The talks were led by Taiwan's Office of Trade Negotiations (OTN).", "tw-otn", "TW", "Office of Trade Negotiations"),
        # a bilateral forum in the other word order ("China-US" for the gazetteer's "U.S.-China")
        ("Liu He heads the Chinese side of the China-US comprehensive economic dialogue.", "ced", None,
         "China-US comprehensive economic dialogue"),
        ("He is a member of the Communist Party of China Central Committee.", "ccp", "CN",
         "Communist Party of China Central Committee"),
    ],
)
def test_partner_governments_and_their_leaders(nlp, text, pid, country, mention):
    found = {p.id: p for p in _extract(nlp, text)}
    assert pid in found, sorted(found)
    assert found[pid].country == country
    assert mention in _mentions(text, found.values())[pid]


@pytest.mark.parametrize(
    "text",
    [
        # the same generic name in a document of another side is that side's body, not the gazetteer's
        "Kenya and the United States met. The Department of Trade and Industry of Kenya hosted.",
        "Finland and the United States met. The Ministry of Trade and Industry of Finland hosted.",
    ],
)
def test_a_generic_body_name_in_another_sides_document_is_not_the_gazetteers(text):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text(text))
    countries = {p.country for p in record.parties if p.type == "government_body"}
    assert "PH" not in countries and "SG" not in countries


# ------------------------------------------------------------------ titles of other governments


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        # an acronym of a known body before the title gives the body's country
        ("Manila hosted the talks. DTI Secretary Maria Santos and Deputy USTR Paul K. Brandt met.", "Maria Santos", "PH",
         "Secretary"),
        ("Manila hosted the talks. DTI Secretary Maria Santos and Deputy USTR Paul K. Brandt met.", "Paul K. Brandt", "US",
         "Deputy USTR"),
        # "Undersecretary" as a head, with a free-form domain after "for"
        ("The Philippines sent DTI Undersecretary for Export Promotion and Investment Jose R. Cruz to the talks.",
         "Jose R. Cruz", "PH", "Undersecretary for Export Promotion and Investment"),
        ("The meeting was chaired by Philippine Undersecretary of Trade Ana Reyes.", "Ana Reyes", "PH",
         "Philippine Undersecretary of Trade"),
        # "Minister without portfolio" in lower case, an "Economic Minister"
        ("Taiwan's Minister without portfolio Daniel Kao opened the forum.", "Daniel Kao", "TW",
         "Taiwan's Minister without portfolio"),
        ("Taiwan and the United States met. Economic Minister Lin Shu-fen attended.", "Lin Shu-fen", "TW", "Economic Minister"),
        # "Trade and Industry" as a domain; a three-word name after it
        ("Singapore's Minister for Trade and Industry Tan Wei Ming met the U.S. envoy.", "Tan Wei Ming", "SG",
         "Singapore's Minister for Trade and Industry"),
        # a title after the name: "Managing Director of", "head of", a possessive country word
        ("Laura Finch, Managing Director of American Institute in Taiwan, signed the memorandum.", "Laura Finch", "US",
         "Managing Director of American Institute in Taiwan"),
        ("Senior officials attended, among them Zhao Ming, head of National Energy Administration.", "Zhao Ming", "CN",
         "head of National Energy Administration"),
        ("Sun Hao, China's Vice Minister of Commerce, said the talks were candid.", "Sun Hao", "CN", "China's Vice Minister"),
    ],
)
def test_titles_of_other_governments(nlp, text, name, country, title):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, sorted(people)
    assert people[name].country == country
    assert title in people[name].titles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title word before a name found by the title rule is not part of the name
        ("Remarks came from Minister without Portfolio Daniel Kao, Taiwan's Representative to the talks.",
         "Portfolio Daniel Kao"),
        # an acronym alone is no title ("USTR Spokesperson" is the title)
        ("USTR Spokesperson Mary Castle said the talks went well.", "Spokesperson Mary Castle"),
    ],
)
def test_title_words_stay_out_of_names(nlp, text, absent):
    assert absent not in {p.name for p in _extract(nlp, text)}


# ------------------------------------------------------------------ people's names


@pytest.mark.parametrize(
    ("text", "name", "country", "mentions"),
    [
        # the same person with and without the middle initial
        ("Trade Secretary Ramon T. Cruz met the U.S. side. Secretary Ramon Cruz welcomed the result.", "Ramon T. Cruz", None, 2),
        # a Western order in a country that writes the family name first: "Minister Kao" is "Daniel Kao"
        ("Taiwan's Minister without portfolio Daniel Kao spoke. Minister Kao thanked the hosts.", "Daniel Kao", "TW", 2),
        # a Vietnamese name of three words is Vietnam's, not the U.S. by default
        ("The pact was signed during the visit of President Tran Van Long to Washington.", "Tran Van Long", "VN", 1),
    ],
)
def test_peoples_names(nlp, text, name, country, mentions):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, sorted(people)
    if country:
        assert people[name].country == country
    assert len(people[name].mentions) == mentions
    assert len(people) == 1


# ------------------------------------------------------------------ named bodies and forums by shape


@pytest.mark.parametrize(
    ("text", "name", "country", "absent"),
    [
        # " in <a city or country>" after a forum's name is where it met
        ("The two sides held the Smart Cities Forum in Singapore last week.", "Smart Cities Forum", None,
         "Smart Cities Forum in Singapore"),
        ("The partners opened the Startup Forum in Taipei.", "Startup Forum", None, "Startup Forum in Taipei"),
        # a country's possessive before a body gives its country
        ("Officials of Mexico's National Institute of Trade Statistics (NITS) attended. NITS agreed.",
         "National Institute of Trade Statistics", "MX", None),
    ],
)
def test_named_bodies_place_tails_and_possessive_countries(nlp, text, name, country, absent):
    found = {p.name: p for p in _extract(nlp, text)}
    assert name in found, sorted(found)
    assert found[name].country == country
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the end of a longer name after "on the" is no name of its own
        ("They reviewed the World Conference on the Knowledge Society and its outcomes.", "Knowledge Society"),
        ("Delegates met at the Summit on the Learning Society in Lima.", "Learning Society"),
        # a capitalised headline word after a surname is not part of the name
        ("Ambassador Roe and Canadian Trade Minister Peterson Statements on the Lumber Talks", "Peterson Statements"),
    ],
)
def test_names_that_are_parts_of_longer_ones(nlp, text, absent):
    assert absent not in {p.name for p in _extract(nlp, text)}


def test_a_pair_forum_named_before_its_acronym_is_one_party(nlp):
    text = ("Ministers met for the Korea-US Industrial Policy Dialogue. They closed the first meeting of the "
            "Korea-US Industrial Policy Dialogue (IPD) with a statement. The IPD will meet again.")
    forums = [p for p in _extract(nlp, text) if p.type == "forum"]
    assert len(forums) == 1, forums
    assert forums[0].acronym == "IPD" and len(forums[0].mentions) == 4


@pytest.mark.parametrize(
    ("text", "name", "country", "mention"),
    [
        # a quoted nickname inside a name is dropped from its value, kept in its span
        ("Taiwan sent Deputy Economic Minister Ming-te \u201cMT\u201d Lee to the talks.", "Ming-te Lee", "TW",
         "Ming-te \u201cMT\u201d Lee"),
        # a hyphen after Vice: "Vice-Chairman of <a body> X"
        ("Vice-Chairman of the National Development and Reform Commission Zhao Lin joined the call.", "Zhao Lin", "CN",
         "Zhao Lin"),
        # a lower-case minister before a Chinese name
        ("The Chinese side was led by vice commerce minister Sun Hao.", "Sun Hao", "CN", "Sun Hao"),
    ],
)
def test_nicknames_hyphenated_and_lower_case_titles(nlp, text, name, country, mention):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, sorted(people)
    assert people[name].country == country
    assert {text[s:e] for s, e in people[name].mentions} == {mention}


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks went well.",  # no name after the lower-case title
        "The trade minister Paul Smith spoke.",  # no Chinese name and no party before the title: no country
    ],
)
def test_lower_case_titles_without_a_sure_country_give_nobody(nlp, text):
    assert not [p for p in _extract(nlp, text) if p.type == "person"]


def test_a_ministers_title_with_the_ministrys_acronym_keeps_the_acronym(nlp):
    text = "Ministers met in Singapore. Singapore's Minister for Trade and Industry (MTI) Tan Wei Ming spoke."
    found = _mentions(text, _extract(nlp, text))
    assert found.get("sg-mti") == {"MTI"}


# ------------------------------------------------------------------ bilateral forums


@pytest.mark.parametrize(
    ("text", "pid", "mention"),
    [
        # a gazetteer forum named with its country pair: the mention takes the pair
        ("Both sides agreed to meet again under the U.S.-Malaysia Trade and Investment Framework Agreement.", "tifa",
         "U.S.-Malaysia Trade and Investment Framework Agreement"),
        # a bilateral mechanism in lower case, after "the" or opening a headline
        ("Both sides will use the China-US economic and trade consultation mechanism to settle disputes.",
         "china-us-economic-and-trade-consultation-mechanism", "China-US economic and trade consultation mechanism"),
        ("China-US financial working group holds its second meeting\nOfficials met by video.",
         "china-us-financial-working-group", "China-US financial working group"),
        # an acronym's council or joint committee
        ("Officials met to prepare the first meeting of the TIFA Council in Hanoi.", "tifa-council", "TIFA Council"),
        ("The ministers reviewed the work of the FTA Joint Committee on May 3, 2022.", "fta-joint-committee",
         "FTA Joint Committee"),
    ],
)
def test_bilateral_forums_by_shape(nlp, text, pid, mention):
    found = _mentions(text, _extract(nlp, text))
    assert pid in found, sorted(found)
    assert mention in found[pid]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("They promised to promote China-US economic and trade relations.", "china-us-economic-and-trade-relations"),
        ("The two sides welcomed the resumption of the TIFA Joint Council Meeting after the pandemic.",
         "tifa-joint-council"),
        ("Members of the Business Council met the minister.", "business-council-forum"),
        ("The proposal went to the EU Council for a vote.", "eu-council"),
    ],
)
def test_bilateral_forum_precision(nlp, text, absent):
    assert absent not in _mentions(text, _extract(nlp, text))


def test_a_bare_head_after_a_named_forum_is_that_forum(nlp):
    text = ("The second meeting of the U.S.-UK Trade and Investment Working Group closed in London. "
            "The Working Group will meet again in spring.")
    forums = [p for p in _extract(nlp, text) if p.type == "forum"]
    assert len(forums) == 1 and len(forums[0].mentions) == 2


# ------------------------------------------------------------------ unknown departments and portfolios


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("U.S. officials visited Taiwan and called on the Department of Health in Taipei.", "Department of Health", "TW"),
        ("Kenya and the United States met; the Department of Labor sent an observer.", "Department of Labor", "US"),
        ("The Department of Motor Vehicles issued new rules.", "Department of Motor Vehicles", "US"),
    ],
)
def test_an_unknown_department_is_the_uss_only_by_name(nlp, text, name, country):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text(text))
    bodies = {p.name: p.country for p in record.parties if p.type == "government_body"}
    assert bodies.get(name, bodies.get("U.S. " + name)) == country, bodies


def test_a_country_word_in_a_titles_portfolio_is_not_the_country(nlp):
    text = "The U.S. side was led by Assistant Trade Representative for Korea Affairs Jane Roe."
    assert "korea" not in _mentions(text, _extract(nlp, text))


# ------------------------------------------------------------------ a bare "Commerce" in U.S. texts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Commerce will publish its final determination in June.", 1),
        ("Commerce and USTR will lead the review.", 1),
        ("The review will be led by USTR and Commerce.", 1),
        # not the department: part of another name, a common noun, a title, before a capitalised word
        ("The Chamber of Commerce said exports grew.", 0),
        ("Electronic Commerce will grow fast.", 0),
        ("Commerce and trade between the two grew.", 0),
        ("Growth slowed. Commerce is a large part of the economy.", 0),
        ("The Commerce Secretary spoke first.", 0),
        ("Commerce Minister Li Wei spoke first.", 0),
        ("Officials of China's Ministry of\nCommerce announced a forum.", 0),  # a name wrapped over two lines
    ],
)
def test_a_bare_commerce_as_a_subject_is_the_us_department(nlp, text, count):
    found = _mentions(text, _extract(nlp, text))
    assert len(found.get("us-department-of-commerce", ())) == count


# ------------------------------------------------------------------ free-form domains before names with particles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a given name before a name with particles is the name's, not the domain's
        ("Brazil was represented by Secretary for Hemispheric Affairs Ana Maria de la Souza.", "Ana Maria de la Souza",
         "Secretary for Hemispheric Affairs"),
        ("Brazil's Vice Minister for Trade Policy Carlos Alberto da Silva spoke.", "Carlos Alberto da Silva",
         "Brazil's Vice Minister for Trade Policy"),
        # a domain ending on a domain word keeps its end; a name with no particle is as before
        ("Brazil sent Secretary-General for Foreign Policy Maria da Rocha.", "Maria da Rocha",
         "Secretary-General for Foreign Policy"),
        ("Japan's Minister for Economic Revitalization Kenji Sato met the envoy.", "Kenji Sato",
         "Japan's Minister for Economic Revitalization"),
    ],
)
def test_a_free_form_domain_leaves_the_given_name_to_the_name(nlp, text, name, title):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, sorted(people)
    assert title in people[name].titles


# ------------------------------------------------------------------ what the shape rules must leave alone


def test_a_pair_before_a_forum_keeps_a_countrys_only_mention(nlp):
    text = "Outcomes of the U.S.-China S&ED strategic track were listed."
    found = _mentions(text, _extract(nlp, text))
    assert found["s-and-ed"] == {"U.S.-China S&ED"}
    assert found.get("china") and found.get("united-states")


def test_an_organisations_own_place_stays_in_its_name(nlp):
    text = "He met members of the American Chamber of Commerce in Indonesia in Jakarta."
    assert "American Chamber of Commerce in Indonesia" in {p.name for p in _extract(nlp, text)}


def test_a_body_defined_with_a_title_word_is_still_a_redefinition(nlp):
    # "Trade ..." is a word of a title head ("Trade Representative"), not a title: the text's own definition holds
    text = "Officials of the Trade Development Agency (TDA) joined. TDA will fund two studies."
    found = {p.name: {text[s:e] for s, e in p.mentions} for p in _extract(nlp, text)}
    assert found.get("Trade Development Agency") == {"Trade Development Agency", "TDA"}


def test_a_title_after_an_honorific_name_keeps_its_department(nlp):
    # "Secretary of the Treasury" after "the Honorable X," is a title: the Treasury is not a party of its own
    text = "The U.S. side was led by the Honorable Jane Roe, Secretary of the Treasury, and two deputies."
    found = {p.id: p for p in _extract(nlp, text)}
    assert "us-department-of-the-treasury" not in found
    assert "Secretary of the Treasury" in found["jane-roe"].titles


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the bare apostrophe of a country ending in s is a possessive
        ("The Philippines' Secretary of Trade and Industry Jose Cruz met the U.S. side.", "Jose Cruz", "PH"),
        # run-together initials open a name
        ("Taiwan's Minister of Economic Affairs K.L. Wu spoke. Minister Wu left early.", "K.L. Wu", "TW"),
    ],
)
def test_bare_possessives_and_run_together_initials(nlp, text, name, country):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, sorted(people)
    assert people[name].country == country


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The delegation of H.E. Mr. Paul Smith, U.S. Ambassador to Japan, arrived.", "H.E. Mr"),
        ("Chinese Ambassador to the U.S. Cui Tiankai spoke.", "U.S. Cui Tiankai"),
    ],
)
def test_honorifics_and_country_abbreviations_are_no_initials(nlp, text, absent):
    assert absent not in {p.name for p in _extract(nlp, text)}


@pytest.mark.parametrize(
    ("text", "name", "country", "mentions"),
    [
        # a country word before a generic gazetteer name makes it that country's body
        ("The Philippine Department of Agriculture and the U.S. Department of Agriculture signed.",
         "Department of Agriculture", "PH", 1),
        # "of the Republic of X" after a body is its owner: one body with the possessive form
        ("Officials of Indonesia's Ministry of Trade and the Ministry of Trade of the Republic of Indonesia met.",
         "Ministry of Trade", "ID", 2),
    ],
)
def test_a_country_word_before_or_after_a_generic_body_name_owns_it(nlp, text, name, country, mentions):
    bodies = [p for p in _extract(nlp, text) if p.type == "government_body" and p.name == name]
    assert [(p.country, len(p.mentions)) for p in bodies] == [(country, mentions)]


def test_a_pair_forum_of_any_partner_country(nlp):
    text = "The Malaysia-U.S. Trade and Investment Council met in Kuala Lumpur."
    forums = [p for p in _extract(nlp, text) if p.type == "forum"]
    assert [f.name for f in forums] == ["Malaysia-U.S. Trade and Investment Council"]
