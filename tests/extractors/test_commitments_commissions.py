"""Commitments in the statements of trade commissions and councils (issue #15, set L shapes).

Each shape is tested with sentences written anew:

- a commission of three countries: "the Ministers", "we" are every side once the three were
  named together as a subject; "both sides" stays two;
- collective subjects of an agreement's sides: "the Parties", "our governments", a bare
  "officials" opening a clause (not "U.S. officials", not "officials from A");
- what a readout reports that is no commitment: a review, discussions led, a joint statement
  introduced, a participle sharing a passive subject;
- outcome items run together on one line after "--".
"""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, commitments
from jccttool.nlp.sentences import sentence_starts
from jccttool.records import Party
from jccttool.segment import segment

from .aliases import commitments_with, first_starting, parties_from_aliases

US, CA, MX, PE, CN, JP = "united-states", "canada", "mexico", "peru", "china", "japan"

ALIASES = {
    US: ("country", "US", [r"\bUnited States\b", r"\bU\.S\.(?!-)", r"\bUS\b(?!-)"]),
    CA: ("country", "CA", [r"\bCanada\b", r"\bCanadian\b"]),
    MX: ("country", "MX", [r"\bMexico\b", r"\bMexican\b"]),
    PE: ("country", "PE", [r"\bPeru\b", r"\bPeruvian\b"]),
    CN: ("country", "CN", [r"\bChina\b(?![-’])", r"\bChinese\b"]),
    JP: ("country", "JP", [r"\bJapan\b", r"\bJapanese\b"]),
}


def _parties(text: str) -> tuple[Party, ...]:
    return parties_from_aliases(text, ALIASES)


def _records(nlp, text: str):
    return commitments_with(nlp, text, _parties(text))


def _record(nlp, text: str, sentence: str):
    return first_starting(_records(nlp, text), sentence)


def _actors(nlp, text: str, sentence: str) -> list[str] | None:
    c = _record(nlp, text, sentence)
    return None if c is None else c.actors


TRILATERAL = "Joint Statement of the Council\n\nToday, Mexico, Canada and the United States held the third meeting of the Council in Ottawa. "
BILATERAL = "Joint Statement of the Council\n\nToday, Canada and the United States held the third meeting of the Council in Ottawa. "

SIDES = [
    # three countries named together as a subject: the collective subjects after it are all three
    (TRILATERAL + "The Ministers agreed to publish a work plan on customs by June.", "The Ministers", [CA, MX, US]),
    (TRILATERAL + "The Parties reaffirmed their commitment to the rules of origin.", "The Parties", [CA, MX, US]),
    (TRILATERAL + "We also agreed to hold the next meeting in Monterrey.", "We also agreed", [CA, MX, US]),
    # negatives: a bilateral commission; a subject that counts two; a third country after a collective subject
    (BILATERAL + "The Ministers agreed to publish a work plan on customs by June.", "The Ministers", [CA, US]),
    ("The two sides agreed to cut fees on ports. China, Japan and the United States agreed to study shipping. "
     "The Ministers agreed to meet again in May.", "The Ministers", [CN, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), SIDES)
def test_collective_subjects_of_a_three_country_commission(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


def test_a_subject_that_counts_two_stays_two_sides(nlp):
    actors = _actors(nlp, TRILATERAL + "The two sides agreed to lift the duties on lumber.", "The two sides")
    assert actors is not None and len(actors) == 2


PERU = "Peru and the United States held the first meeting of the Commission in Lima. "

COLLECTIVE = [
    (PERU + "In addition, the Parties formally established a committee on farm trade.", "In addition, the Parties", [PE, US]),
    (PERU + "Officials also agreed to keep working on customs rules.", "Officials also agreed", [PE, US]),
    (PERU + "Later, officials discussed the needs of small firms, and established a group to help them export.",
     "Later, officials discussed", [PE, US]),
    (PERU + "Within these goals, our governments endeavor to improve ports and roads.", "Within these goals", [PE, US]),
    # negatives: one side's officials, a group noun before its actors, parties that are not the sides
    (PERU + "U.S. officials will brief exporters on the new rules.", "U.S. officials", [US]),
    (PERU + "Senior officials will meet again in the spring.", "Senior officials", None),
    (PERU + "Interested parties will submit comments by May.", "Interested parties", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), COLLECTIVE)
def test_collective_subjects_of_an_agreements_sides(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


NO_OUTCOME = [
    PERU + "During the meeting, the Ministers reviewed ongoing work under the Agreement.",
    PERU + "The two sides reviewed the implementation of the labor chapter.",
    PERU + "The Ministers also took stock of the annexes and led discussions on inclusive trade.",
    "Following the meeting, Canadian Minister Ann Lee and Peru's Minister Juan Ruiz issued the following joint statement:",
    PERU + "The protocol was negotiated under the 1998 Council Agreement and signed in Lima in May.",
]


@pytest.mark.parametrize("text", NO_OUTCOME, ids=[t.rsplit(". ", 1)[-1][:40] for t in NO_OUTCOME])
def test_reviews_discussions_and_statements_are_not_commitments(nlp, text):
    sentence = text.rsplit(". ", 1)[-1] if text.startswith(PERU) else text
    assert _record(nlp, text, sentence[:25]) is None


OUTCOME_AFTER = [
    # a later predicate of the sentence is an undertaking: it is the record
    (PERU + "Both countries reviewed the state of trade and reaffirmed their commitment to the Agreement.",
     "Both countries reviewed", "reaffirm", "affirmation"),
    (PERU + "The Ministers led discussions on labor and agreed to hold a labor dialogue in June.",
     "The Ministers led", "agree", "cooperation"),
    # an active participle after "and" with its own subject is an action
    (PERU + "Peru drafted the decree and signed it in May.", "Peru drafted", "sign", "action"),
]


@pytest.mark.parametrize(("text", "sentence", "verb", "kind"), OUTCOME_AFTER)
def test_a_later_predicate_after_a_review_is_the_record(nlp, text, sentence, verb, kind):
    c = _record(nlp, text, sentence)
    assert c is not None and (c.verb, c.kind) == (verb, kind)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Goals were set.-- China will cut fees on ports.", "China will"),
        ("Goals were set.--The United States will cut fees.", "The United States"),
        ("The rate rose by 5.5--6 percent in May.", None),  # no sentence end before the dash
        # a hard-wrapped line cut inside a title continues the sentence
        ("Ambassador Roe hosted the talks, and Vice\nMinister Li led the other delegation.", None),
        ("Talks were led by the Deputy\nMinister of Trade.", None),
    ],
)
def test_an_item_dash_run_in_after_a_sentence_starts_the_next(text, second):
    starts = sentence_starts(text)
    if second is None:
        assert starts == [0]
    else:
        assert text.index(second) in starts


def test_run_in_items_are_one_record_each(nlp):
    text = ("The two sides agreed to deepen cooperation.\n\n"
            "-- The United States will reduce its deficit.-- China will expand domestic demand.-- "
            "Both sides agree to pursue sound monetary policies.")
    found = [(c.text.split()[0], c.actors) for c in _records(nlp, text)]
    assert found[1:] == [("The", [US]), ("China", [CN]), ("Both", [CN, US])]


MORE_TRIGGERS = [
    # "recommit" restates a commitment; a directive to the commission's committees is a pledge
    (TRILATERAL + "To that end, Canada, Mexico, and the United States recommit to enforcing the labor chapter.",
     "To that end", "recommit", "affirmation", [CA, MX, US]),
    (PERU + "The Ministers gave guidance and directed the Committees to speed up their work on customs.",
     "The Ministers gave", "direct", "pledge", [PE, US]),
    (PERU + "The Ministers directed the relevant subcommittees to report by June.", "The Ministers directed", "direct", "pledge", [PE, US]),
]


@pytest.mark.parametrize(("text", "sentence", "verb", "kind", "actors"), MORE_TRIGGERS)
def test_recommit_and_directives_to_committees(nlp, text, sentence, verb, kind, actors):
    c = _record(nlp, text, sentence)
    assert c is not None and (c.verb, c.kind, c.actors) == (verb, kind, actors)


def test_directing_a_ruling_is_no_directive_to_a_body(nlp):
    assert _record(nlp, PERU + "The court directed the release of the cargo.", "The court") is None


MEETING_PP = [
    # where the subject met stands between it and the trigger
    ("Japanese and U.S. officials at the May 3 meeting of the Joint Council (JC) agreed to cut fees on ports.",
     "Japanese and U.S. officials", [JP, US]),
    ("Peruvian and U.S. delegates during the second round of talks in Lima committed to publish the rules.",
     "Peruvian and U.S. delegates", [PE, US]),
    # negatives: a place with no meeting named, a clause after a comma
    ("Japanese and U.S. officials at the port of Kobe agreed to cut fees.", "Japanese and U.S. officials", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), MEETING_PP)
def test_a_subject_followed_by_the_meeting_it_met_at(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


JOINT_PASSIVE = [
    (PERU + "In addition, bilateral committees on labor and the environment were established.", "In addition, bilateral", [PE, US]),
    (PERU + "A joint working group on customs was formally launched.", "A joint working group", [PE, US]),
    # negatives: a body of one side, no body named, a passive with its agent elsewhere
    (PERU + "A national committee on labor was established.", "A national committee", None),
    (PERU + "Bilateral trade was boosted by the agreement.", "Bilateral trade", None),
    (PERU + "The Joint Committee was established under Article 17 of the Agreement.", "The Joint Committee", None),
    (PERU + "The joint council was established in 2004 to oversee the pact.", "The joint council", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), JOINT_PASSIVE)
def test_a_joint_body_established_in_the_passive_is_both_sides_action(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors
    if actors is not None:
        assert _record(nlp, text, sentence).kind == "action"


def test_items_after_a_later_lead_in_are_that_lead_ins(nlp):
    text = ("Joint Statement\n\n" + PERU + "Peru will host the next meeting.\n"
            "The Parties commit to taking the following steps by June 1:\n"
            "The United States shall:\n"
            "(i) cut the tariffs on steel pipes;\n"
            "(ii) remove the fee on port calls.\n")
    found = [(c.text.split()[:2], c.actors) for c in _records(nlp, text)]
    assert (["The", "Parties"], [PE, US]) in found
    assert (["The", "United"], [US]) in found
    assert (["cut", "the"], [US]) in found and (["remove", "the"], [US]) in found


KINDS = [
    # a meeting concluded by an act: that act's trigger and kind
    (PERU + "Peru and the United States concluded the meeting by committing to hold a dialogue on small firms.",
     "Peru and the United States concluded", "commit", "cooperation"),
    (PERU + "The two sides concluded the talks by signing a memorandum on customs.", "The two sides concluded", "sign", "action"),
    # an acronym glossed in brackets inside the object: its head still names a joint activity
    (PERU + "Both countries agreed to hold a Labor Affairs Council (“LAC”) meeting in May.", "Both countries agreed", "agree", "cooperation"),
    (PERU + "Both countries agreed to organize a small business (SME) dialogue in June.", "Both countries agreed", "agree", "cooperation"),
    # negatives: a meeting concluded with no act after "by"; a bracket that is no gloss
    (PERU + "The two sides concluded the meeting in Lima.", "The two sides concluded", "conclude", "action"),
    (PERU + "Both countries agreed to cut tariffs (see the annex for the full list of goods and the dates of each cut).",
     "Both countries agreed", "agree", "pledge"),
]


@pytest.mark.parametrize(("text", "sentence", "verb", "kind"), KINDS)
def test_kinds_of_commission_outcomes(nlp, text, sentence, verb, kind):
    c = _record(nlp, text, sentence)
    assert c is not None and (c.verb, c.kind) == (verb, kind)


COUNTED = [
    # a subject that counts its sides: the countries mentioned most, as many as it counts
    ("Mexico and the United States met Canada in Ottawa. Canada hosted Mexico and the United States. "
     "The three countries agreed to publish a joint report.", "The three countries", [CA, MX, US]),
    (TRILATERAL + "Ministers agreed to launch a study of supply chains.", "Ministers agreed", [CA, MX, US]),
    # negatives: people counted, not countries; one side's ministers
    (BILATERAL + "The four ministers agreed to meet again in May.", "The four ministers", [CA, US]),
    (BILATERAL + "Canadian ministers agreed to consult industry.", "Canadian ministers", [CA]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), COUNTED)
def test_subjects_that_count_their_sides(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


def test_every_act_a_meeting_concludes_by_is_a_trigger_id():
    from jccttool.extractors.commitments.readouts import _GERUND_TRIGGERS
    from jccttool.resources.rules import trigger_labels

    assert set(_GERUND_TRIGGERS.values()) <= set(trigger_labels())


TITLE_LISTS = [
    # a title naming a list of portfolios stays one phrase with the name after it
    ("Ambassador Jane Roe and Peru’s Minister of Trade, Industry, and Tourism Juan Ruiz met in Lima.", ["jane-roe", "juan-ruiz"]),
    ("Ambassador Jane Roe and China’s Vice Premier and Minister Li Ming agreed to meet again.", ["jane-roe", "li-ming"]),
    # negative: the owner's title and another party coordinated after it
    ("China's Commerce Minister and the United States agreed to meet in May.", [CN, US]),
]


@pytest.mark.parametrize(("text", "actors"), TITLE_LISTS)
def test_a_title_that_lists_portfolios_is_one_phrase(nlp, text, actors):
    people = {
        **ALIASES,
        "jane-roe": ("person", "US", [r"Jane Roe"]),
        "juan-ruiz": ("person", "PE", [r"Juan Ruiz"]),
        "li-ming": ("person", "CN", [r"Li Ming"]),
    }
    ctx = Context(text=text, segmentation=segment(text), parties=parties_from_aliases(text, people), dates=())
    found = list(commitments.extract(nlp(text), ctx))
    assert [c.actors for c in found] == [actors]


COUNTERPARTS = [
    # "met with" a list of counterparts of several countries: a meeting of every one of them
    ("The United States met with Canada's Minister of Trade Jane Doe and Mexico's Deputy Secretary Dr. Juan Roe.",
     "The United States met", [CA, MX, US]),
    ("The United States met with officials of Canada, Peru and Japan in Lima.", "The United States met", [CA, JP, PE, US]),
    ("The United States met with Canadian officials and Peruvian officials.", "The United States met", [CA, PE, US]),
    # negatives: a country named after the meeting's object is no counterpart; one counterpart stays one
    ("The United States met with Canada's Minister of Trade Jane Doe to discuss exports to Peru and Japan.",
     "The United States met", [CA, US]),
    ("The United States met with Canada's Minister of Trade Jane Doe. Peru and Japan sent observers.",
     "The United States met", [CA, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), COUNTERPARTS)
def test_every_counterpart_listed_after_met_with(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors
