"""Commitments in readouts, joint statements and news reports of bilateral talks (issue #15).

Shapes found on set K, each tested here with sentences written anew:

- who the subject is: a dateline's dash or a bare agency credit before it, a group noun with
  its modifiers ("Senior trade officials from A and B"), "the negotiators", "participants",
  "they agreed" with nothing to refer back to, "A, and B, in a statement, said", "X and I" in
  a quotation whose speaker is named;
- a borderline trigger ("met", "welcomed") followed by a pledge of the same subject: the pledge;
- a clause reported by "stated that" with another subject: that subject's commitment.
"""

from __future__ import annotations

import pytest

from jccttool.records import Party

from .aliases import commitments_with, first_starting, parties_from_aliases

US, CN, PH, ID, CA, JP = "united-states", "china", "philippines", "indonesia", "canada", "japan"

ALIASES = {
    US: ("country", "US", [r"\bUnited States\b", r"\bU\.S\.(?!-)", r"\bUS\b(?!-)"]),
    CN: ("country", "CN", [r"\bChina\b(?![-’])", r"\bChinese\b"]),
    PH: ("country", "PH", [r"\bPhilippines\b", r"\bPhilippine\b"]),
    ID: ("country", "ID", [r"\bIndonesia\b", r"\bIndonesian\b"]),
    CA: ("country", "CA", [r"\bCanada\b", r"\bCanadian\b"]),
    JP: ("country", "JP", [r"\bJapan\b", r"\bJapanese\b"]),
    "mofcom": ("government_body", "CN", [r"China’s Ministry of Commerce"]),
    "ustr": ("government_body", "US", [r"\bUSTR\b"]),
    "jane-roe": ("person", "US", [r"(?:Ambassador )?Jane Roe", r"\bRoe\b"]),
    "li-wen": ("person", "CA", [r"(?:Minister )?Li Wen"]),
}


def _parties(text: str) -> tuple[Party, ...]:
    return parties_from_aliases(text, ALIASES)


def _records(nlp, text: str):
    return commitments_with(nlp, text, _parties(text))


def _record(nlp, text: str, sentence: str):
    return first_starting(_records(nlp, text), sentence[:30])


def _actors(nlp, text: str, sentence: str) -> list[str] | None:
    c = _record(nlp, text, sentence)
    return None if c is None else c.actors


SUBJECTS = [
    # a dateline's dash, or a bare agency credit, opens the subject
    ("Davao, Philippines -- Indonesia and the Philippines agreed to open talks on fisheries.", "Davao, Philippines", [ID, PH]),
    ("JAKARTA - The United States and Indonesia agreed to review rules on nickel exports.", "JAKARTA - The", [ID, US]),
    ("(Pacific Wire) Japan and the United States agreed to share data on chip supplies.", "(Pacific Wire)", [JP, US]),
    # a group noun with its modifiers, before "of"/"from" the actors
    ("Senior trade officials from Japan and the United States have agreed to meet each quarter.", "Senior trade officials", [JP, US]),
    ("Working teams of the two sides will draft a plan on port fees by spring.", "Working teams of", [CN, US]),
    # the negotiators and the participants of talks between the text's two sides
    ("Canada and the United States met in Ottawa. The negotiators intend to use the summer for more consultations.",
     "The negotiators intend", [CA, US]),
    ("Canada and the United States met in Ottawa. On timber, participants pledged to settle the case by May.",
     "On timber, participants", [CA, US]),
    # negatives: a modifier that is no group noun, one country's participants
    ("Exports to Japan will rise next year.", "Exports to Japan", None),
    ("Canada and the United States met in Ottawa. U.S. participants will brief industry in June.", "U.S. participants", [US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), SUBJECTS)
def test_subjects_of_readouts(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


THEY_AGREED = [
    ("Indonesia and the United States held talks on Monday. Officials also reviewed shipping rules. "
     "In addition, they agreed to set up a group on customs.", "In addition, they agreed", [ID, US]),
    ("Indonesia and the United States held talks on Monday. "
     "Mindful of the deadline, they decided to meet again in March.", "Mindful of the deadline", [ID, US]),
    # negatives: someone else's "they" ("Analysts said they agreed"); "they will" is not an agreement
    ("Indonesia and the United States held talks on Monday.\n\nAnalysts said they agreed that tariffs would rise.",
     "Analysts said", None),
    ("Indonesia and the United States held talks on Monday. Shipping rules were also reviewed. "
     "In addition, they will set up a group on customs.", "In addition, they will", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), THEY_AGREED)
def test_they_agreed_with_no_antecedent_is_both_sides(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


def test_a_coordinated_subject_before_a_parenthetical(nlp):
    text = "Japan, and the United States, in a joint communique, stated that they will cut tariffs on rice."
    assert _actors(nlp, text, "Japan, and the United States") == [JP, US]


def test_x_and_i_in_a_quotation_adds_the_speaker(nlp):
    text = ('"The talks went well," said Canadian Minister Li Wen. '
            '"Ambassador Jane Roe and I will stay in close touch over the summer."')
    assert _actors(nlp, text, '"Ambassador Jane Roe and I') == [CA, "jane-roe"]


def test_x_and_i_outside_a_quotation_is_the_named_actor(nlp):
    text = "Ambassador Jane Roe and I will stay in close touch over the summer."
    assert _actors(nlp, text, "Ambassador Jane Roe and I") == ["jane-roe"]


WEAK_FIRST = [
    # a meeting or a welcome followed by an undertaking of the same subject: the undertaking
    ("The United States and the Philippines met today in Manila, and agreed to cut fees on cargo.",
     "The United States and the Philippines met", "agree", "pledge"),
    ("Both sides welcomed the rise in trade and agreed to hold the next round of talks in Jakarta.",
     "Both sides welcomed", "agree", "cooperation"),
    ("Ambassador Jane Roe met with Minister Li Wen in Ottawa, where they agreed to lift the duties on pulp.",
     "Ambassador Jane Roe met", "agree", "pledge"),
    # negatives: an infinitive list after the meeting; a pledge of someone else
    ("The U.S. and Canadian co-chairs met on May 2 to review results, discuss steel and plan for the next year.",
     "The U.S. and Canadian co-chairs met", "meet", "cooperation"),
    ("Ambassador Jane Roe welcomed the news that China will lift its ban on beef.", "Ambassador Jane Roe welcomed", "welcome", "affirmation"),
]


@pytest.mark.parametrize(("text", "sentence", "rule", "kind"), WEAK_FIRST)
def test_a_later_pledge_outweighs_a_meeting_or_a_welcome(nlp, text, sentence, rule, kind):
    c = _record(nlp, text, sentence)
    assert (c.rule, c.kind) == (rule, kind)


def test_a_meeting_then_a_pledge_keeps_the_guest(nlp):
    text = "Ambassador Jane Roe met with Minister Li Wen in Ottawa, where they agreed to lift the duties on pulp."
    assert _actors(nlp, text, "Ambassador Jane Roe met") == [CA, "jane-roe"] or _actors(nlp, text, "Ambassador Jane Roe met") == ["jane-roe", "li-wen"]


REPORTED = [
    ("China’s Ministry of Commerce stated that both sides agreed to keep in close touch on export rules.",
     "China’s Ministry of Commerce stated", [CN, US]),
    # negative: a clause of the same side stays the speaker's
    ("China’s Ministry of Commerce stated that China will cut fees on imported films. The United States welcomed it.",
     "China’s Ministry of Commerce stated", ["mofcom"]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), REPORTED)
def test_stated_that_reports_the_clause_of_another_subject(nlp, text, sentence, actors):
    text = text if "United States" in text else text + " The United States and China met in May."
    assert _actors(nlp, text, sentence) == actors


KINDS = [
    # the noun after "of" heads the object of "a round of", "full use of"
    ("The two sides agreed to hold the fifth round of high-level consultations in Manila.", "cooperation"),
    ("The two sides agreed to make full use of the bilateral dialogue mechanism on tariffs.", "cooperation"),
    # staying in touch is a joint activity
    ("The two sides will keep in close contact on the grain dispute.", "cooperation"),
    ("The two sides agreed to stay in touch about port fees.", "cooperation"),
    # "moving forward" is no part of the object
    ("The two sides agreed to maintain close cooperation moving forward.", "cooperation"),
    # "work closely together" is "work together"; engaging with third parties is a pledge
    ("The two sides agreed to work very closely together on port fees.", "cooperation"),
    ("The two sides agreed to continue engaging with partners in Africa to build roads.", "pledge"),
    ("The two sides agreed to consult with other economies on steel.", "pledge"),
    ("The two sides agreed to consult with each other on steel.", "cooperation"),
    # negatives: the "of" phrase of another noun; a market kept open
    ("The two sides agreed to lift the ban on imports of poultry.", "pledge"),
    ("The two sides agreed to keep in place the quota on steel.", "pledge"),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS)
def test_kind_of_joint_objects(nlp, sentence, kind):
    text = "Japan and the United States met in Tokyo. " + sentence
    assert _record(nlp, text, sentence).kind == kind


NOT_UNDERTAKINGS = [
    # discussions with no outcome, a need, an agenda, a position, a trigger inside a lead-in's subject
    ("Over the week, the two sides conducted “frank and useful exchanges” on farm subsidies.", False),
    ("Before the ministers met, the two sides held two weeks of technical discussions on rice.", False),
    ("At the council, the two sides will exchange views on shipping and customs.", False),
    ("Both sides will need more time to study the proposals.", False),
    ("The task force will cover a wide range of issues, including steel, rice and data.", False),
    ("The Japanese side adopted a tough stance on the quota.", False),
    ("Fields in which Japan and the United States are cooperating closely include:", False),
    # controls: an outcome, a pledge, a joint activity that is planned
    ("The two sides held the fourth meeting of the rice task force in Osaka.", True),
    ("Both sides will notify the committee of any new quota.", True),
    ("At the council, the two sides will discuss the review of the rice quota.", True),
    ("Japan and the United States will exchange views on rice quotas every spring.", True),
    ("The Japanese side adopted new rules on rice imports.", True),
    ("The two sides agreed on the following measures:", True),
]


@pytest.mark.parametrize(("sentence", "taken"), NOT_UNDERTAKINGS)
def test_discussions_needs_agendas_and_stances_are_no_commitments(nlp, sentence, taken):
    text = "Japan and the United States met in Tokyo. " + sentence
    assert (_record(nlp, text, sentence) is not None) is taken


JOINT_BODIES = [
    # a joint body that names both sides' dialogue restates its commitment: an affirmation of both
    ("The Trade Dialogue (the “Dialogue”) continues its commitment to cut red tape for small firms.", [JP, US], "affirmation"),
    ("The Trade Dialogue reaffirmed the commitment to cut red tape for small firms.", [JP, US], "affirmation"),
    # a joint body's undertaking stays a cooperation
    ("The Trade Dialogue will work on red tape for small firms.", [JP, US], "cooperation"),
]


@pytest.mark.parametrize(("sentence", "actors", "kind"), JOINT_BODIES)
def test_a_joint_body_restating_a_commitment(nlp, sentence, actors, kind):
    text = "Japan and the United States met in Tokyo. " + sentence
    c = _record(nlp, text, sentence)
    assert (c.actors, c.kind) == (actors, kind)


def test_a_view_agreed_with_an_undertaking_is_the_undertaking(nlp):
    text = ("Japan and the United States met in Tokyo. They also agreed on the value of open markets "
            "and to consult closely in the run-up to the summit. They agreed on the importance of open markets.")
    assert _record(nlp, text, "They also agreed on the value").kind == "cooperation"
    assert _record(nlp, text, "They agreed on the importance").kind == "affirmation"


def test_results_since_a_date_lead_in_passes_both_sides_to_its_items(nlp):
    text = ("Japan and the United States met in Tokyo.\n\nProgress since the May 2023 meeting\n\n"
            "The Trade Dialogue continues its commitment to cut red tape. Key results since the May 2023 meeting include:\n\n"
            "- A new exchange between the two customs agencies on risk rules.\n"
            "- Publication of a guide for small exporters.\n"
            "- Continuing to support the customs accord of 2020.\n")
    items = {c.text: (c.actors, c.kind) for c in _records(nlp, text) if c.rule.endswith("+item")}
    assert items == {"A new exchange between the two customs agencies on risk rules.": ([JP, US], "cooperation"),
                     "Publication of a guide for small exporters.": ([JP, US], "action"),
                     "Continuing to support the customs accord of 2020.": ([JP, US], "affirmation")}


HEADLINES = [
    # a quoted headline behind a page label above the text is no record
    ("Press release: Japan and US ‘agree to deepen ties on chips’\nTokyo, 5 May\nJapan and the United States met in Tokyo.",
     "Japan and US ‘agree", False),
    ("Japan and US agree to deepen ties on chips\nJapan and the United States met in Tokyo.", "Japan and US agree", False),
    # controls: a sentence of the text, with its final mark, under a label
    ("Japan and the United States met in Tokyo.\nBackground: Japan and the United States agreed to deepen ties on chips.",
     "Japan and the United States agreed", True),
    ("Japan and the United States met in Tokyo. Japan agreed to open its market to “premium rice.”",
     "Japan agreed", True),
]


@pytest.mark.parametrize(("text", "sentence", "taken"), HEADLINES)
def test_a_headline_above_the_text_is_no_record(nlp, text, sentence, taken):
    assert any(c.text.startswith(sentence) for c in _records(nlp, text)) is taken


COMPOUNDS = [
    # a trigger word after a hyphenated modifier is a noun
    ("The talks set the course as the two sides eye a one-year plan to open markets.", False),
    ("The forum marked a long-term pledge by business groups.", False),
    # controls: a hyphenated subject noun before a verb; a pair of countries before a verb
    ("The co-chairs agreed to open markets.", True),
    ("The two co-chairs plan to open markets.", True),
]


@pytest.mark.parametrize(("sentence", "taken"), COMPOUNDS)
def test_a_trigger_word_after_a_compound_modifier_is_a_noun(nlp, sentence, taken):
    text = "Japan and the United States met in Tokyo. " + sentence
    assert (_record(nlp, text, sentence) is not None) is taken


MUTUAL_ACTS = [
    # an act that takes two, where the other side's name was not found: both sides
    ("Japan and the United States met in May to talk about Japan’s ports. The Trade Bureau and the United States have released a Joint Statement "
     "listing the results of the talks.", "The Trade Bureau", [JP, US]),
    ("Japan and the United States met in May to talk about Japan’s ports. Ambassador Jane Roe and Minister Sato exchanged letters on the new dialogue.",
     "Ambassador Jane Roe and Minister Sato", ["jane-roe", JP, US]),
    ("Japan and the United States met in May to talk about Japan’s ports. Ambassador Jane Roe and Minister Sato met in Kyoto, where they agreed to cut fees on cargo.",
     "Ambassador Jane Roe and Minister Sato met", [JP, US]),
    # the meeting's other side named: "they" are the two who met
    ("Japan and the United States met in May to talk about Japan’s ports. Ambassador Jane Roe met with Minister Li Wen of Canada, where they agreed to cut fees on cargo.",
     "Ambassador Jane Roe met", ["jane-roe", "li-wen"]),
    # negatives: a statement of one side; a one-sided act
    ("Japan and the United States met in May to talk about Japan’s ports. The United States released a statement on the talks.", "The United States released", None),
    ("Japan and the United States met in May to talk about Japan’s ports. The United States has released a report on the talks.",
     "The United States has released", [US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), MUTUAL_ACTS)
def test_acts_that_take_two(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


OBLIGED = [
    ("Under the deal, the agreement requires Japan to cut its tariffs on beef.", [JP]),
    # negatives: an actor that requires something of another; an instrument binding no actor named
    ("The United States requires Japan to cut its tariffs on beef.", None),
    ("The agreement requires exporters to label their beef.", None),
]


@pytest.mark.parametrize(("sentence", "actors"), OBLIGED)
def test_an_instrument_binding_an_actor(nlp, sentence, actors):
    text = "Japan and the United States met in Tokyo on Japan’s rice. " + sentence
    assert _actors(nlp, text, sentence) == actors


WE_EACH_AND_QUOTES = [
    # "we ... each/both" is each of the two sides
    ("Japan and the United States met in Tokyo on Japan’s rice. We will each lower duties on fruit.", "We will each", [JP, US]),
    ("Japan and the United States met in Tokyo on Japan’s rice. We both agreed to lower duties on fruit.", "We both agreed", [JP, US]),
    # predicates opening with a quotation after the subject
    ("Japan and the United States met in Tokyo on Japan’s rice. The two sides “reviewed the tariff schedules, and agreed to "
     "hold a second round in June,” the statement said.", "The two sides “reviewed", [JP, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), WE_EACH_AND_QUOTES)
def test_we_each_and_quoted_predicates(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors



KINDS_MORE = [
    # a confirmed undertaking is a pledge; a confirmed policy stays an affirmation
    ("Japan confirmed that it would cut the fee on rice imports.", "pledge"),
    ("Japan confirmed it will publish the rice quota in May.", "pledge"),
    ("Japan confirmed that it does not and will not cap rice imports.", "affirmation"),
    # "remains committed to" restates a policy
    ("Japan remains firmly committed to opening its rice market.", "affirmation"),
    ("Japan and the United States remain committed to an open dialogue on rice.", "cooperation"),
    # "agreed that" + a joint activity as the clause's subject; "should" states a view
    ("The two sides agreed that a second round of talks will take place in June.", "cooperation"),
    ("The two sides agreed that the rice working group will be set up this year.", "cooperation"),
    ("The two sides agreed that both countries should remain open to rice trade.", "affirmation"),
    ("The two sides agreed that Japan will cut the fee on rice imports.", "pledge"),
    # contacts kept, a working group put together
    ("The two sides agreed to maintain high-level contacts on rice.", "cooperation"),
    ("The two sides agreed to put a working group together on rice.", "cooperation"),
    # a pledge in a participle after an act; consensus reached "to" do something; both sides sharing data
    ("Japan and the United States issued a joint statement, vowing to keep rice trade open.", "pledge"),
    ("The two sides reached consensus to cut fees on rice imports.", "pledge"),
    ("The two sides reached consensus on the rice quota.", "action"),
    ("The two sides will continue to share market data on rice.", "cooperation"),
    # a stock exchange is no exchange between the sides; a named exchange program is one
    ("The two sides agreed to let the Tokyo Stock Exchange open an office in New York.", "pledge"),
    ("The two sides agreed to convene the 2025 Rice Exchange in Osaka.", "cooperation"),
    # a borderline trigger, then a coordinated pledge; not one inside a reported clause
    ("The two sides affirmed their close ties and committed to cut fees on rice.", "pledge"),
    ("Japan reaffirmed that it will cut the fee on rice imports.", "affirmation"),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS_MORE)
def test_kinds_of_confirmed_and_agreed_clauses(nlp, sentence, kind):
    text = "Japan and the United States met in Tokyo on Japan’s rice. " + sentence
    assert _record(nlp, text, sentence).kind == kind


def test_this_includes_spells_out_the_commitment_before_it(nlp):
    text = ("Japan and the United States met in Tokyo on Japan’s rice. The two sides agreed to open their markets further. "
            "This includes removing the quota on rice by 2030. This includes $5 billion of rice.")
    c = _record(nlp, text, "This includes removing")
    assert (c.actors, c.kind, c.verb) == ([JP, US], "pledge", "include")
    assert _record(nlp, text, "This includes $5 billion") is None


def test_this_includes_needs_a_commitment_right_before(nlp):
    text = "Japan and the United States met in Tokyo on Japan’s rice.\n\nThis includes removing the quota on rice by 2030."
    assert _record(nlp, text, "This includes removing") is None


TITLE_SPEAKERS = [
    # a quotation in a statement whose title names its one speaker speaks for that speaker's side
    ("Statement of USTR Spokesperson Jane Roe on Rice Talks with Japan\n\n"
     "\"We have held useful talks with Japan on rice, and we plan to meet again in June.\"\n", ["ustr"]),
    # negative: a joint statement's title names no one speaker
    ("Joint Statement of USTR Spokesperson Jane Roe and Japan on Rice Talks\n\n"
     "\"We have held useful talks on rice, and we plan to meet again in June.\"\n", None),
]


@pytest.mark.parametrize(("text", "actors"), TITLE_SPEAKERS)
def test_a_statements_title_names_the_speaker_of_its_quotations(nlp, text, actors):
    found = [c for c in _records(nlp, text) if c.text.startswith('"We have')]
    assert (found[0].actors if found else None) == actors


def test_a_joint_meeting_announced_is_the_announcers_record(nlp):
    # ("and" inside the dialogue's name opens no second clause of another side)
    text = ("TOKYO - The United States today announced that the second meeting of the Japan-United States Trade "
            "and Investment Dialogue will be held in Osaka in May. Japan and the United States met in March.")
    assert _actors(nlp, text, "TOKYO - The United States") == [US]


NEGATED = [
    ("Japan and the United States issued a joint statement, vowing not to raise tariffs on each other.", True),
    ("Both sides will refrain from new duties on rice while the talks go on.", True),
    ("Both sides will strictly refrain from new duties on rice.", True),
    # controls
    ("Japan and the United States issued a joint statement, vowing to keep rice trade open.", False),
    ("Both sides will review duties that do not meet the rules.", False),
]


@pytest.mark.parametrize(("sentence", "negated"), NEGATED)
def test_negation_in_a_vow_and_refraining(nlp, sentence, negated):
    text = "Japan and the United States met in Tokyo on Japan’s rice. " + sentence
    assert _record(nlp, text, sentence).negated is negated
