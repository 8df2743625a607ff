"""Parties: shapes read from sets L and M's misses (issue #15), in sentences of our own words.

Free-trade-agreement machinery (commissions, joint committees, councils and the agreements
themselves, forums of both parties), partner governments outside East Asia, and the people
who lead their delegations. Each table holds positives and negatives of one shape.
"""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, parties
from jccttool.segment import segment


def _extract(nlp, text: str):
    return list(parties.extract(nlp(text), Context(text=text, segmentation=segment(text))))


def _by_mention(text: str, found) -> dict[str, tuple[str, str | None]]:
    """mention text -> (party id, country)."""
    return {text[s:e]: (p.id, p.country) for p in found for s, e in p.mentions}


# ------------------------------------------------------------------ partner governments


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Officials from Jordan and Oman joined the talks in Muscat.", "Jordan", "JO"),
        ("Officials from Jordan and Oman joined the talks in Muscat.", "Oman", "OM"),
        ("The Kyrgyz Republic and Tajikistan sent trade ministers.", "Kyrgyz Republic", "KG"),
        ("Uzbekistan and Turkmenistan attended as members of the council.", "Turkmenistan", "TM"),
        ("Rwanda and Mauritius spoke about market access.", "Mauritius", "MU"),
        ("The Ecuadorian delegation raised customs questions.", "Ecuadorian", "EC"),
        ("A Moroccan trade mission visited Chicago.", "Moroccan", "MA"),
    ],
)
def test_partner_countries_and_their_adjectives(nlp, text, mention, country):
    assert _by_mention(text, _extract(nlp, text))[mention][1] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country's possessive before a title gives the person that country
        ("Jordan's Minister of Trade Samir Haddad opened the session.", "Samir Haddad", "JO"),
        ("Uzbekistan’s Deputy Minister of Investment Timur Rashidov attended.", "Timur Rashidov", "UZ"),
        ("Kyrgyz Republic’s Deputy Minister of Economy Bakyt Osmonov spoke next.", "Bakyt Osmonov", "KG"),
        ("Pakistan's Ambassador to the United States Tariq Mahmood welcomed the guests.", "Tariq Mahmood", "PK"),
    ],
)
def test_a_partner_countrys_possessive_owns_the_title(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert people.get(name) == country


# ------------------------------------------------------------------ FTA bodies and agreements


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ministers met at the third Free Trade Commission meeting in Ottawa.", "Free Trade Commission"),
        ("The U.S.-Panama Trade Promotion Agreement entered into force in 2012.",
         "U.S.-Panama Trade Promotion Agreement"),
        ("The United States – Colombia Trade Promotion Agreement was reviewed.",
         "United States – Colombia Trade Promotion Agreement"),
        ("The sixth meeting of the United States - Chile Free Trade Commission took place.",
         "United States - Chile Free Trade Commission"),
        ("They reviewed the Labor Affairs Council and the Environmental Affairs Council.", "Environmental Affairs Council"),
        ("They reviewed the Labor Affairs Council and the Environmental Affairs Council.", "Labor Affairs Council"),
        ("The Parties marked three years of the United States-Mexico-Canada Agreement.",
         "United States-Mexico-Canada Agreement"),
        ("Reports came from the Committee on Agricultural Trade.", "Committee on Agricultural Trade"),
    ],
)
def test_fta_bodies_are_forums_of_both_parties(nlp, text, mention):
    found = _extract(nlp, text)
    pid, country = _by_mention(text, found)[mention]
    assert country is None
    assert next(p for p in found if p.id == pid).type == "forum"


@pytest.mark.parametrize(
    "text",
    [
        # a forum's name in lower case is a common noun
        "Both sides hope to begin talks on a free trade agreement next year.",
        "They might one day sign a bilateral free trade agreement.",
    ],
)
def test_a_forum_name_in_lower_case_is_no_party(nlp, text):
    assert all(p.type != "forum" for p in _extract(nlp, text))


@pytest.mark.parametrize(
    ("text", "acronym", "pid"),
    [
        # the text gives a gazetteer abbreviation its own meaning: later bare uses follow the text
        ("The Free Trade Commission (FTC) met in Lima. The FTC adopted two decisions.", "FTC",
         "fta-free-trade-commission"),
        # no definition: the gazetteer's meaning stays
        ("The FTC fined the company for deceptive advertising.", "FTC", "ftc"),
    ],
)
def test_a_defined_acronym_beats_the_gazetteers_abbreviation(nlp, text, acronym, pid):
    found = _extract(nlp, text)
    owners = {p.id for p in found for s, e in p.mentions if text[s:e] == acronym}
    assert owners == {pid}


# ------------------------------------------------------------------ people who lead delegations


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a name, a comma and a title with modifiers before its country word
        ("The talks were led by Jane Roe, Assistant U.S. Trade Representative for the Americas.", "Jane Roe", "US"),
        ("Tom Wu, Deputy United States Trade Representative for Europe and the Middle East, spoke first.", "Tom Wu", "US"),
        # a leading initial and a three-word name stay whole
        ("It was co-chaired by R. James Holt, Assistant U.S. Trade Representative, and others.", "R. James Holt", "US"),
        ("Maria Elena Soto, Vice Minister of Trade of the Dominican Republic, attended.", "Maria Elena Soto", "DO"),
        # a title with a comma-joined domain before the name keeps the given name in the name
        ("The Omani side was led by the Minister of Commerce, Industry and Investment, Ahmed Salim Rawas.",
         "Ahmed Salim Rawas", "OM"),
        # ", led the <adjective> delegation" after a titled name gives its side
        ("Director General of Trade Negotiations, Luis Alberto Rojas, led the Chilean delegation.",
         "Luis Alberto Rojas", "CL"),
    ],
)
def test_delegation_leaders_keep_their_whole_names_and_sides(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert people.get(name) == country, people


@pytest.mark.parametrize(
    ("text", "pid", "present"),
    [
        # an aide's title that ends like the office's name is a title of its own
        ("Jane Roe, Assistant U.S. Trade Representative for the Western Hemisphere, led the delegation.", "ustr", False),
        ("Deputy United States Trade Representative Tom Wu opened the meeting.", "ustr", False),
        ("Tom Wu, Acting U.S. Trade Representative, met the press.", "ustr", False),
        # the office itself still is a party
        ("The Office of the U.S. Trade Representative led the review.", "ustr", True),
    ],
)
def test_an_aides_title_is_not_the_office(nlp, text, pid, present):
    assert (pid in {p.id for p in _extract(nlp, text)}) is present


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a headline verb after a surname is no part of the name
        ("Ambassador Roe Chairs Free Trade Commission in Lima", "Roe Chairs"),
        ("Ambassador Roe, Minister Lima Discuss Trade Ties", "Lima Discuss"),
        # a regional portfolio is no party
        ("Jane Roe, Assistant U.S. Trade Representative for the Western Hemisphere, chaired.", "Western Hemisphere"),
    ],
)
def test_headline_verbs_and_portfolios_are_no_names(nlp, text, absent):
    assert absent not in {p.name for p in _extract(nlp, text)}


def test_a_delegation_named_before_a_list_of_titled_names_gives_each_its_side(nlp):
    text = ("The Omani delegation was led by Under Secretary of Commerce, Salim Nasser, and Under Secretary of "
            "Finance and Planning, Hamad Saeed. The U.S. side was led by Jane Roe.")
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert people["Salim Nasser"] == "OM"
    assert people["Hamad Saeed"] == "OM"


# ------------------------------------------------------------------ joint committees, lists, missions


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Officials reviewed the work since the last meeting of the Joint Committee in Muscat.", "Joint Committee",
         "Joint Committee"),
        ("The Ruritania-Australia Free Trade Agreement (RAFTA) Joint Committee met in Perth.", "Joint Committee",
         "Joint Committee"),
        # a longer name keeps its own rule
        ("The Joint Committee on Trade in Services met.", "Joint Committee on Trade in Services",
         "Joint Committee on Trade in Services"),
        ("The FTA Joint Committee met in Washington.", "FTA Joint Committee", "FTA Joint Committee"),
    ],
)
def test_a_bare_joint_committee_is_a_forum(nlp, text, mention, name):
    found = _extract(nlp, text)
    pid, country = _by_mention(text, found)[mention]
    assert country is None
    assert next(p for p in found if p.id == pid).name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a serial comma: "and" without a comma joins the words of one item
        ("They met the Ministries of Labor, Water and Power, and Foreign Affairs of Ruritania.",
         {"Ministry of Labor", "Ministry of Water and Power", "Ministry of Foreign Affairs"}),
        # two items, then the list goes on with other bodies: each "and" parts items
        ("They met the Ministries of Health and Agriculture, and the Certification Office.",
         {"Ministry of Health", "Ministry of Agriculture"}),
    ],
)
def test_plural_heads_with_a_serial_comma(nlp, text, names):
    found = {p.name for p in _extract(nlp, text) if p.name.startswith("Ministry")}
    assert names <= found
    assert not any(" and " in n for n in found - names)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Staff of the White House and U.S. Embassy Peru took part.", "U.S. Embassy Peru", "US"),
        ("The U.S. Embassy hosted a reception.", "U.S. Embassy", "US"),
    ],
)
def test_a_mission_named_by_its_host_country(nlp, text, name, country):
    assert {p.name: p.country for p in _extract(nlp, text)}.get(name) == country


@pytest.mark.parametrize(
    ("text", "acronym", "pid"),
    [
        # a short form in quotes in the bracket after the name
        ("They held the first meeting of the Free Trade Commission (the \u201cCommission\u201d or the \u201cFTC\u201d). "
         "The FTC adopted its rules.", "FTC", "fta-free-trade-commission"),
        ("The Free Trade Commission ('FTC') met. The FTC adopted its rules.", "FTC", "fta-free-trade-commission"),
    ],
)
def test_a_quoted_short_form_in_a_bracket(nlp, text, acronym, pid):
    found = _extract(nlp, text)
    assert {p.id for p in found for s, e in p.mentions if text[s:e] == acronym} == {pid}


def test_a_list_of_delegates_parted_by_semicolons(nlp):
    text = ("Ana Lima, Minister of Foreign Trade of Costa Rica; Pedro Ruiz Soto Vice Minister of Economy for "
            "Guatemala; Luis Mora, Secretary of State, Office of Industry and Commerce for Honduras; Eva Cruz "
            "representing the Minister of Industry and Trade of the Dominican Republic; and Juan Carlos Diego "
            "Vega Paz, Minister of Economy for El Salvador; met in Miami.")
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert people == {"Ana Lima": "CR", "Pedro Ruiz Soto": "GT", "Luis Mora": "HN", "Eva Cruz": "DO",
                      "Juan Carlos Diego Vega Paz": "SV"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ruritania's Minister of Trade Jean-Baptiste Mukamana spoke.", "Jean-Baptiste Mukamana", None),
        ("Nigeria's Minister of Trade Ada Okafor-Bello spoke.", "Ada Okafor-Bello", "NG"),
        ("South Africa's Minister of Trade Thabo Nkosi spoke.", "Thabo Nkosi", "ZA"),
        ("Uzbekistan's Deputy Prime-Minister Timur Rashidov spoke.", "Timur Rashidov", "UZ"),
    ],
)
def test_double_barrelled_names_and_more_partner_countries(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert name in people
    if country:
        assert people[name] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an honorific or "Ambassador" between a title and the name
        ("She met Ruritania's Minister of Trade Dr. Ivan Petrov-Lind in Accra.", "Ivan Petrov-Lind", None),
        ("Ghana's Minister of Trade, Industry and Investment Dr. Kofi Mensah spoke.", "Kofi Mensah", "GH"),
        ("Deputy United States Trade Representative Ambassador R.J. Holt chaired it.", "R.J. Holt", "US"),
        # an ambassador to a capital, then a comma and the name
        ("It was attended by Jordan's Ambassador to Washington, Samir Haddad, and others.", "Samir Haddad", "JO"),
        # a title with its portfolio "of" a country, the country's abbreviation, then the name
        ("It was co-chaired by the Minister for Trade and Investment of Australia, Tom Ward and the Minister of "
         "Trade and Energy of the Republic of Korea (ROK), Kim Min-jun.", "Tom Ward", "AU"),
        ("It was co-chaired by the Minister for Trade and Investment of Australia, Tom Ward and the Minister of "
         "Trade and Energy of the Republic of Korea (ROK), Kim Min-jun.", "Kim Min-jun", "KR"),
        # an adviser to the officeholder, then the name
        ("Senior Advisor to the United States Trade Representative, Ana Cole, led the delegation.", "Ana Cole", "US"),
        # a minister is never the U.S.'s, even when the sentence ends on the United States
        ("In his speech, Minister Omar Idrissi called Jordan a partner of choice for the United States.",
         "Omar Idrissi", "JO"),
    ],
)
def test_titles_with_honorifics_capitals_and_portfolios(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert name in people, people
    if country:
        assert people[name] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "&" in a portfolio before a comma and the name
        ("Assistant Secretary of Commerce for Industry & Analysis, Jane T. Roe, spoke.", "Jane T. Roe", "US"),
        # honorifics of South Asia before the name
        ("The Minister of Commerce of India Shri Ravi Kumar and the U.S. side met.", "Ravi Kumar", "IN"),
        ("Pakistan's Minister of Commerce Engineer Ali Raza Khan met the delegation.", "Ali Raza Khan", "PK"),
    ],
)
def test_ampersand_portfolios_and_south_asian_honorifics(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert people.get(name) == country, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They took note of the Working Group for Cooperation on Agricultural Biotechnology.",
         "Working Group for Cooperation on Agricultural Biotechnology"),
        ("The Working Group on Professional Services met.", "Working Group on Professional Services"),
        # a day after the name is no part of it
        ("The Joint Committee on Trade on Monday adopted a plan.", "Joint Committee on Trade"),
    ],
)
def test_a_bare_forum_head_with_what_it_is_on(nlp, text, name):
    assert name in {p.name for p in _extract(nlp, text) if p.type == "forum"}


def test_a_pair_forum_with_a_spaced_dash_is_the_one_named_without(nlp):
    text = ("Joint Statement of the United States \u2013 Ruritania Trade and Investment Council\n\n"
            "The United States-Ruritania Trade and Investment Council (TIC) met in Lima.")
    text = text.replace("Ruritania", "Ecuador")
    forums = [p for p in _extract(nlp, text) if p.type == "forum"]
    assert len(forums) == 1 and forums[0].country is None and len(forums[0].mentions) >= 2


def test_a_bare_joint_committee_after_the_named_one_is_that_one(nlp):
    text = "The United States-Jordan Joint Committee met in Amman. The Joint Committee agreed to meet again."
    forums = [p for p in _extract(nlp, text) if p.type == "forum"]
    assert [len(f.mentions) for f in forums] == [2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a generic ministry's whole name, its list of domains closed by "and"
        ("Ana Lima, Colombia's Vice Minister of Foreign Trade, Ministry of Commerce, Industry and Tourism, spoke.",
         "Ministry of Commerce, Industry and Tourism"),
        # a person's name after the comma is no part of it
        ("Colombia's Ministry of Foreign Affairs, Maria Lopez said, will host the talks.", "Ministry of Foreign Affairs"),
    ],
)
def test_a_generic_ministrys_whole_name(nlp, text, name):
    assert name in {p.name for p in _extract(nlp, text) if p.type == "government_body"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an official of a body of no state
        ("She met African Union Trade Commissioner Amina Bello in Accra.", "Amina Bello", None),
        # a professor leading a side named before
        ("The Singapore delegation was led by Prof. Tan Wei Ming, Ambassador-at-large.", "Tan Wei Ming", "SG"),
    ],
)
def test_officials_of_stateless_bodies_and_professors(nlp, text, name, country):
    people = {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}
    assert name in people and people[name] == country, people


def test_a_one_word_department_in_a_title_is_the_title(nlp):
    text = "U.S. Treasury Secretary Jane Roe met U.S. Trade and Development Agency Director Tom Wu."
    ids = {p.id for p in _extract(nlp, text)}
    assert "us-department-of-the-treasury" not in ids
    assert any("trade-and-development" in i or i == "ustda" for i in ids), ids


def test_an_agreements_acronym_before_the_generic_agreement_name(nlp):
    text = "Ministers reviewed the USMCA Free Trade Agreement. They also spoke of a Free Trade Agreement with Kenya."
    found = {p.id: [text[s:e] for s, e in p.mentions] for p in _extract(nlp, text)}
    assert "USMCA Free Trade Agreement" in found["usmca"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reports came from the Forest Sector Governance Sub-Committee.", "Forest Sector Governance Sub-Committee"),
        ("It heard the Trilateral Coordination Sub-Committee on Emergency Response.",
         "Trilateral Coordination Sub-Committee on Emergency Response"),
        ("The Agriculture Subcommittee met in Rabat.", "Agriculture Subcommittee"),
    ],
)
def test_named_subcommittees(nlp, text, name):
    assert name in {p.name for p in _extract(nlp, text) if p.type == "forum"}


def test_the_secretary_of_economy_is_mexicos(nlp):
    text = "Ambassador Jane Roe and Secretary for Economy Ana Ruiz released the following statement."
    assert {p.name: p.country for p in _extract(nlp, text) if p.type == "person"}["Ana Ruiz"] == "MX"
