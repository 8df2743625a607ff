"""First-person undertakings in one speaker's statement: "X and I will ...", "we've signed
..." are the speaker's side's (extractors/commitments/first_person.py)."""

from __future__ import annotations

from jccttool.extractors.commitments.first_person import _FIRST_PERSON, _undertaking
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text

CN, US = "china", "united-states"

STATEMENT = ("Closing Remarks by Secretary Paulson at the Harbor Logistics Talks\n\n"
             "Good morning, and thank you all for coming to the U.S.-China talks. "
             "Today my colleague Vice Premier Wang and I will launch a joint study of port logistics. "
             "I will talk to many of you again before the summer. "
             "I believe we've signed a useful memorandum on cold-chain shipping. "
             "We enjoyed the visit to the harbor.\n")


def _all(text: str):
    return [(c.text.split(" ", 3)[:3], c.actors, c.kind, c.rule) for c in extract_source(source_from_text(text)).commitments]


def test_first_person_undertakings_of_a_titled_speaker():
    assert _all(STATEMENT) == [
        (["Today", "my", "colleague"], [CN, US], "pledge", "first_person_will"),
        (["I", "believe", "we've"], [US], "action", "first_person_action"),
    ]


def test_no_title_speaker_no_first_person_commitment():
    body = STATEMENT.split("\n\n", 1)[1]
    assert _all("Notes from the Harbor Logistics Talks\n\n" + body) == []


def test_quoted_first_person_is_left_to_the_quotation_rules():
    text = ("Closing Remarks by Secretary Paulson at the Harbor Logistics Talks\n\n"
            "A reporter read out a line from a trade journal: \u201cthey say we will lift the tariff on pumps\u201d.\n")
    assert [r for r in _all(text) if r[3].startswith("first_person")] == []


def _verb_of(sentence: str):
    m = _FIRST_PERSON.search(sentence)
    return _undertaking(m) if m else None


def test_verbs_of_undertaking():
    assert _verb_of("we will jointly host a seminar") == ("will", "pledge", "first_person_will")
    assert _verb_of("We have also decided to extend the pilot") == ("decide", "pledge", "first_person_pledge")
    assert _verb_of("we've launched two projects") == ("launch", "action", "first_person_action")
    assert _verb_of("I will see you in the autumn") is None
    assert _verb_of("we have enjoyed the talks") is None
