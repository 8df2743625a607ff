"""Commitments in readouts of trade bodies: FTA joint committees, free trade commissions,
TIFA councils (issue #15, shapes found on set M; every sentence here is written anew).

- a review, an explanation of a state of affairs and a briefing report the meeting: no record;
- a headline printed again at the foot of a repost: no record;
- a plurilateral statement that lists its members in its opening: "we" is every member; a body
  named after a country and a regional group ("the U.S.-Andean Council"): its members the text names;
- a country adjective before a noun ("Peruvian fruit, and agreed") is no subject of a second predicate;
- a joint body of the agreement as subject ("the Commission signed a Decision") acts for the sides;
  "The next meeting will take place ..." is a joint activity of the sides;
- an outcome "finalized" or work "begun" ("have begun their first joint project") is an action;
- "The minister" is the person named last with a title "Minister for ..."; "They" after a sentence
  opening with a pair ("Minister A and Ambassador B discussed X. They ...") is that pair;
- "senior U.S. officials and officials from A, B and C met": the United States is an actor too;
- kinds: "agreed to continue their work to strengthen cooperation" and "intend to resume talks early"
  are cooperation, "renewed their commitment to X" an affirmation.
"""

from __future__ import annotations

import pytest

from .aliases import commitments_with, first_starting, parties_from_aliases

US, PE, KE, CO, EC = "united-states", "peru", "kenya", "colombia", "ecuador"
BO, CL, CN = "bolivia", "chile", "china"

ALIASES = {
    US: ("country", "US", [r"\bUnited States\b", r"\bU\.S\.(?!-)"]),
    PE: ("country", "PE", [r"\bPeru\b", r"\bPeruvian\b"]),
    KE: ("country", "KE", [r"\bKenya\b", r"\bKenyan\b"]),
    CO: ("country", "CO", [r"\bColombia\b", r"\bColombian\b"]),
    EC: ("country", "EC", [r"\bEcuador\b", r"\bEcuadorian\b"]),
    BO: ("country", "BO", [r"\bBolivia\b"]),
    "brazil": ("country", "BR", [r"\bBrazil\b"]),
    CL: ("country", "CL", [r"\bChile\b"]),
    CN: ("country", "CN", [r"\bChina\b"]),
    "ana-ruiz": ("person", "PE", [r"(?:Minister )?Ana Ruiz", r"(?<=Minister )Ruiz"]),
    "tom-reed": ("person", "US", [r"(?:Ambassador )?Tom Reed", r"(?<=Ambassador )Reed"]),
}


def _parties(text: str):
    titles = {"ana-ruiz": ["Minister for Foreign Trade and Tourism"], "tom-reed": ["U.S. Trade Representative"]}
    return tuple(p.model_copy(update={"titles": titles.get(p.id, [])}) for p in parties_from_aliases(text, ALIASES))


def _records(nlp, text: str):
    return commitments_with(nlp, text, _parties(text))


def _record(nlp, text: str, sentence: str):
    return first_starting(_records(nlp, text), sentence[:30])


NO_OUTCOME = [
    # a review of the agreement or of past work: what the meeting did, not an undertaking
    ("Peru and the United States reviewed the operation of the trade pact in its fifth year.", None),
    ("The two sides also reviewed last year's work under the labor cooperation plan.", None),
    ("Ministers from Kenya and the United States reviewed progress on customs and on farm trade.", None),
    # an explanation of a state of affairs, a briefing
    ("Kenya explained the state of its draft rules on seed imports.", None),
    ("Peru explained the progress made on its customs reforms.", None),
    ("The United States updated Kenya on its review of the preference program.", None),
    ("The United States updated the Peruvian delegation about the new visa rules.", None),
    # negatives: a review that comes with an undertaking; a policy explained; a pledge to review;
    # an update of an instrument
    ("Peru and the United States reviewed the pact and agreed to lower fees on port services.", "agree"),
    ("Kenya explained that its new rules will not restrict imports of U.S. seed.", "explain"),
    ("Peru explained its licensing regime for mining equipment.", "explain"),
    ("Colombia agreed to review its rules on used machinery by June.", "agree"),
    ("Ecuador and the United States updated their 2012 memorandum on customs cooperation.", "upgrade"),
]


@pytest.mark.parametrize(("text", "verb"), NO_OUTCOME)
def test_reviews_explanations_and_briefings_are_no_commitments(nlp, text, verb):
    c = _record(nlp, text, text)
    assert (c.verb if c else None) == verb


HEADLINES = [
    # the page's headline printed again, alone or after a label: no record
    ("Peru and US sign customs pact\n\nPeru and the United States signed a customs pact today.\n\n source: Peru and US sign customs pact",
     ["Peru and the United States signed"]),
    ("Peru and US sign customs pact\n\nPeru and the United States signed a customs pact today.\n\nPeru and US sign customs pact",
     ["Peru and the United States signed"]),
    # negatives: a line that repeats no earlier line; a repeated sentence with final punctuation
    ("Trade news\n\nPeru and the United States signed a customs pact today.\n\nsource: Peru and US sign customs pact",
     ["Peru and the United States signed", "Peru and US sign customs pact"]),
    ("Peru and the United States signed a customs pact.\n\nPeru and the United States signed a customs pact.",
     ["Peru and the United States signed", "Peru and the United States signed"]),
]


@pytest.mark.parametrize(("text", "starts"), HEADLINES)
def test_a_headline_printed_again_is_no_commitment(nlp, text, starts):
    assert [c.text[: len(s)] for c, s in zip(_records(nlp, text), starts)] == starts
    assert len(_records(nlp, text)) == len(starts)


ANDEAN = ("Joint Statement of the Andean Trade Council\n\n"
          "Lima - Ana Ruiz, Minister of Trade of Peru; Luis Mora, Vice Minister for Ecuador; Eva Soto, Minister of "
          "Economy of Colombia; and Ambassador Tom Reed, for the United States are pleased to issue this statement. ")
LISTED = [
    # the members listed in the opening: "we" is every one of them
    (ANDEAN + "We agreed to cut fees on transit cargo by June.", "We agreed", [CO, EC, PE, US]),
    ("Officials of the governments of Peru, Bolivia, Chile and the United States convened the council in Lima. "
     "We reaffirmed our commitment to open markets.", "We reaffirmed", [BO, CL, PE, US]),
    # negatives: a subject that counts two; a list that is not the members (the text's sides not in it);
    # a bilateral text
    (ANDEAN + "Both sides agreed to hold talks on rice.", "Both sides agreed", None),
    ("Joint statement of China and the United States\n\nChina and the United States met in Lima. Trade with Peru, "
     "Chile and Bolivia grew fast. We agreed to cut fees on transit cargo.", "We agreed", [CN, US]),
    ("Joint statement of Peru and the United States\n\nPeru and the United States met in Lima. "
     "We agreed to cut fees on transit cargo.", "We agreed", [PE, US]),
    ("Joint statement of Peru and the United States\n\nPeru and the United States met in Lima, where trade with "
     "the Americas, above all the United States, Peru, Chile and Bolivia, was on the agenda. "
     "We agreed to cut fees on transit cargo.", "We agreed", [PE, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), LISTED)
def test_we_of_a_plurilateral_statement_is_every_listed_member(nlp, text, sentence, actors):
    c = _record(nlp, text, sentence)
    if actors is None:  # "both sides" in a text of four: two of them, not every member
        assert len(c.actors) == 2
    else:
        assert c.actors == actors


ADJECTIVES = [
    # "They" carries the two sides; a country adjective inside the first predicate's object is no subject
    ("Peru and the United States met in Lima. They praised sales of Peruvian fruit and Ecuadorian flowers, "
     "and agreed to ease rules on port inspections.", "They praised", [PE, US]),
    ("Peru and the United States met in Lima. They praised the trade in Colombian coffee, and resolved to cut fees.",
     "They praised", [PE, US]),
    # negatives: the country itself is the subject of two predicates; a country adjective before an agent noun
    ("Peru and the United States met in Lima. Peruvian officials praised the talks and agreed to ease rules on port inspections.",
     "Peruvian officials", [PE]),
    ("Peru welcomed the visit, and agreed to ease rules on port inspections.", "Peru welcomed", [PE]),
    ("Kenya and Peru share an interest in open markets, and agreed to ease rules on port inspections.", "Kenya and Peru", [KE, PE]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), ADJECTIVES)
def test_a_country_adjective_is_no_subject_of_a_second_predicate(nlp, text, sentence, actors):
    assert _record(nlp, text, sentence).actors == actors


PACT = ("Joint Statement of the Peru-United States Free Trade Commission\n\n"
        "Peru and the United States held the fifth meeting of the Peru-United States Free Trade Commission in Lima. ")
BODIES = [
    # the agreement's joint body as subject: both sides (an act, a pledge)
    (PACT + "At the meeting, the Commission adopted a Decision to amend the rules of origin for yarn.", "At the meeting", [PE, US], "action"),
    (PACT + "The Commission will meet again in Washington in 2025.", "The Commission will", [PE, US], "cooperation"),
    (PACT + "The Committee on Agricultural Trade will meet in March to settle the rules on beef.", "The Committee on", [PE, US], "cooperation"),
    (PACT + "The Labor Affairs Council will meet in Lima in the second half of the year.", "The Labor Affairs", [PE, US], "cooperation"),
    ("Kenya and the United States convened the Joint Committee of their trade pact in Nairobi. "
     "The Joint Committee approved a work plan on customs.", "The Joint Committee approved", [KE, US], "action"),
    # a meeting to come: a joint activity
    ("Kenya and the United States held talks in Nairobi. The next meeting will take place in Washington in May.",
     "The next meeting", [KE, US], "cooperation"),
    ("Kenya and the United States held talks in Nairobi. The third round of talks will be held in June.",
     "The third round", [KE, US], "cooperation"),
    # negatives: a body that is no joint one (named last before the bare noun), a view of the body, no joint body named
    ("Peru and the United States met in Lima. The U.S. International Trade Commission opened an inquiry on yarn. "
     "The Commission will vote in May.", "The Commission will", None, None),
    (PACT + "The Commission noted that trade in yarn doubled.", "The Commission noted", None, None),
    ("Peru and the United States met in Lima. The Water Council will meet in March.", "The Water Council", None, None),
    (PACT + "The Senate Finance Committee will hold a hearing on the pact in May.", "The Senate Finance", None, None),
]


@pytest.mark.parametrize(("text", "sentence", "actors", "kind"), BODIES)
def test_a_joint_body_as_subject_acts_for_both_sides(nlp, text, sentence, actors, kind):
    c = _record(nlp, text, sentence)
    assert ((c.actors, c.kind) if c else (None, None)) == (actors, kind)


OUTCOMES = [
    ("Peru and the United States finalized an agreement to ease rules of origin for cotton yarn.", "finalize", "action"),
    ("Kenya and the United States have begun their first joint project on port safety.", "begin", "action"),
    ("Ecuador has begun work on a new customs code.", "begin", "action"),
    ("Colombia began implementation of the new seed rules in May.", "begin", "action"),
    # negatives: talks begun (a discussion), a speaker's opening, a gerund after "begun"
    ("Peru and the United States began discussions on a new pact.", None, None),
    ("Minister Li began by thanking Kenya for hosting the meeting.", None, None),
]


@pytest.mark.parametrize(("text", "verb", "kind"), OUTCOMES)
def test_an_outcome_finalized_or_work_begun_is_an_action(nlp, text, verb, kind):
    c = _record(nlp, text, text)
    assert ((c.verb, c.kind) if c else (None, None)) == (verb, kind)


OPENING = "Minister for Foreign Trade and Tourism Ana Ruiz and Ambassador Tom Reed met in Lima. "
PEOPLE = [
    # a bare lower-case title: the person named last with it ("Minister for ...")
    (OPENING + "The minister also pledged to cut fees on cargo.", "The minister", ["ana-ruiz"]),
    # "They" after a pair that opened the sentence before (no record there)
    (OPENING + "In Lima, Minister Ruiz and Ambassador Reed discussed fees on cargo. They reaffirmed their commitment to open ports.",
     "They reaffirmed", ["ana-ruiz", "tom-reed"]),
    (OPENING + "Minister Ruiz and Ambassador Reed discussed fees on cargo. They reaffirmed their commitment to open ports.",
     "They reaffirmed", ["ana-ruiz", "tom-reed"]),
    # negative: the sentence before opens with no pair (its pair is inside a phrase)
    ("Peru and Kenya met in Lima. Ambassador Tom Reed and Peru discussed fees. Reports on fees by Kenya and Ecuador followed. "
     "They reaffirmed their commitment to open ports.", "They reaffirmed", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), PEOPLE)
def test_a_bare_title_and_they_after_a_pair(nlp, text, sentence, actors):
    c = _record(nlp, text, sentence)
    assert (c.actors if c else None) == actors


GROUPS = [
    ("Today, senior U.S. Government officials and officials from the Governments of Peru, Chile and Bolivia met in Lima "
     "for the third meeting of the council.", [BO, CL, PE, US]),
    ("Senior U.S. officials and officials from Kenya agreed to hold talks on seeds.", [KE, US]),
    # negatives: no group before "and"; the group's own country is already an actor
    ("Officials from Peru, Chile and Bolivia met in Lima for the third meeting of the council.", [BO, CL, PE]),
    ("Peru officials and officials from Peru met in Lima to plan the meeting.", None),
]


@pytest.mark.parametrize(("text", "actors"), GROUPS)
def test_a_countrys_officials_coordinated_before_officials_from_others(nlp, text, actors):
    c = _record(nlp, text, text)
    assert (c.actors if c else None) == actors


KINDS = [
    ("Peru and the United States agreed to continue their work to deepen cooperation on customs.", "agree", "cooperation"),
    ("Kenya and the United States intend to resume negotiations early next year.", "intend", "cooperation"),
    ("Both sides renewed their commitment to open markets for farm goods.", "renew", "affirmation"),
    # negatives: work toward a one-sided goal; one side's intention; an agreement renewed
    ("Peru and the United States agreed to continue their work to cut fees on cargo.", "agree", "pledge"),
    ("Peru intends to resume imports of beef early next year.", "intend", "pledge"),
    ("Kenya and the United States renewed the 2015 memorandum on seeds.", "upgrade", "action"),
]


@pytest.mark.parametrize(("text", "verb", "kind"), KINDS)
def test_kinds_of_joint_work_and_renewed_commitments(nlp, text, verb, kind):
    c = _record(nlp, text, text)
    assert (c.verb, c.kind) == (verb, kind)


REGIONS = [
    # a body named after the United States and a regional group: its members the text names (not a guest)
    ("Officials of the United States, Peru, Colombia, Ecuador and Brazil met for the United States – Andean Trade Council. "
     "The next meeting of the Council will take place in Quito.", "The next meeting", [CO, EC, PE, US]),
    ("Peru, Ecuador and the United States met in Lima for the United States-Andean Trade Council, with Brazil as a guest. "
     "The Council will meet again in Quito in May.", "The Council will", [EC, PE, US]),
    # negatives: the group's name is joined to no country's; one member named only
    ("Peru, Ecuador and the United States met in Lima for the Andean Trade Council, with Brazil as a guest. "
     "The Council will meet again in Quito in May.", "The Council will", None),
    ("Peru and the United States met in Lima, Peru, for the United States-Andean Trade Council. "
     "The Council will meet again in May.", "The Council will", [PE, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), REGIONS)
def test_a_body_named_after_a_regional_group_has_its_members_as_sides(nlp, text, sentence, actors):
    c = _record(nlp, text, sentence)
    if actors is None:  # no regional body: not the group's members
        assert c is None or len(c.actors) == 2
    else:
        assert c.actors == actors
