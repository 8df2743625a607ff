"""Commitments: who "we" and "the two sides" stand for (shapes found on set J, in our own words).

- a one-voice statement (a minister's closing remarks) saying "we agreed" / "we decided"
  reports an agreement of both sides; its "we will" stays unresolved;
- "the two sides" of a text about the United States and a third side that names China only
  in passing are that third side and the United States, not China.
"""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, commitments
from jccttool.records import Party
from jccttool.segment import segment

from .aliases import parties_from_aliases

US, CN, TW, KR = "united-states", "china", "taiwan", "korea"

ALIASES = {
    US: ("country", "US", [r"\bUnited States\b", r"\bU\.S\.(?!-)", r"\bUS\b(?!-)"]),
    CN: ("country", "CN", [r"\bChina\b(?!-)", r"\bChinese\b"]),
    TW: ("country", "TW", [r"\bTaiwan\b(?!-)", r"\bTaiwanese\b"]),
    KR: ("country", "KR", [r"\bKorea\b"]),
    "gary-locke": ("person", "US", [r"Gary Locke", r"\bLocke\b"]),
    "wang-qishan": ("person", "CN", [r"Wang Qishan"]),
    "united-kingdom": ("country", "GB", [r"\bUnited Kingdom\b", r"\bUK\b(?!-)"]),
    "mexico": ("country", "MX", [r"\bMexico\b(?!-)"]),
    "katherine-tai": ("person", "US", [r"Katherine Tai"]),
}


def _parties(text: str) -> tuple[Party, ...]:
    return parties_from_aliases(text, ALIASES)


def _actors(nlp, text: str, sentence: str) -> list[str] | None:
    ctx = Context(text=text, segmentation=segment(text), parties=_parties(text), dates=())
    for c in commitments.extract(nlp(text), ctx):
        if c.text.startswith(sentence[:30]):
            return c.actors
    return None


SPEECH = "Secretary Gary Locke met Vice Premier Wang Qishan in Beijing this week. "

WE_CASES = [
    (SPEECH + "We agreed to set up a working group on clean energy.", "We agreed to set up", [CN, US]),
    (SPEECH + "Second, we decided to launch a review of export licensing procedures.", "Second, we decided", [CN, US]),
    (SPEECH + "Today we agreed on a long list of next steps in civil aviation.", "Today we agreed", [CN, US]),
    # negatives: "we will" in one voice is not both sides' undertaking
    (SPEECH + "We will open a new trade office in Chengdu next year.", "We will open", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), WE_CASES)
def test_we_agreed_in_one_voice_is_both_sides(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


TAIWAN = (
    "Taiwan and the United States will resume trade talks, officials in Taiwan said. "
    "Taiwanese officials expect the talks to cover farm goods. "
    "The two sides agreed to hold expert-level discussions on investment before the council meets. "
    "The talks come as Taiwan deepens its trade ties with China."
)
KOREA = (
    "Korea and the United States met in Seoul. The two sides agreed to launch a new dialogue "
    "on supply chains. Korea and the United States also discussed steel. Korea will host the next round."
)
CHINA = (
    "China and the United States held talks in Washington. The two sides agreed to keep in close "
    "contact. Both noted Korea's interest in the issue."
)

SIDE_CASES = [
    (TAIWAN, "The two sides agreed", [TW, US]),
    (KOREA, "The two sides agreed", [KR, US]),
    # negative: a U.S.-China text naming a third country once keeps China and the United States
    (CHINA, "The two sides agreed", [CN, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), SIDE_CASES)
def test_two_sides_are_the_weightiest_countries(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


def test_we_facing_a_side_keeps_we_one_sided(nlp):
    text = SPEECH + "We urged China to lower its tariffs. We agreed to keep talking about tariffs."
    assert _actors(nlp, text, "We agreed to keep") is None


TITLE_CASES = [
    ("On Monday the United Kingdom Secretary of State for Trade and U.S. Ambassador Katherine Tai met in London. "
     "Ambassador Katherine Tai and Secretary of State agreed to launch a dialogue on standards.",
     "Ambassador Katherine Tai and Secretary of State", ["katherine-tai", "united-kingdom"]),
    ("Mexico Minister of Economy and Ambassador Katherine Tai met in Mexico City. "
     "Ambassador Katherine Tai and the Minister of Economy will hold a working group on steel in May.",
     "Ambassador Katherine Tai and the Minister", ["katherine-tai", "mexico"]),
    # negative: no country ever qualified the title, so only the named person is found
    ("Ambassador Katherine Tai met officials in London. "
     "Ambassador Katherine Tai and Secretary of State agreed to launch a dialogue on standards.",
     "Ambassador Katherine Tai and Secretary of State", ["katherine-tai"]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), TITLE_CASES)
def test_bare_title_after_a_named_actor_is_the_country_that_qualified_it(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


CLAUSE_CASES = [
    ("China agreed to reopen its market to U.S. pears, while the United States said it would speed up its review of Chinese apples.",
     "China agreed to reopen", [CN, US]),
    ("The United States has published a notice on the new council, and Mexico will name its members by June.",
     "The United States has published", [MX := "mexico", US]),
    ("Korea agreed to cut its tariffs on beef; the United States will lift its quota on steel.", "Korea agreed", [KR, US]),
    # negatives: the second clause is the same side, or has no undertaking of its own
    ("China agreed to reopen its market to U.S. pears, and Chinese inspectors will visit orchards in May.", "China agreed", [CN]),
    ("China agreed to reopen its market to U.S. pears, while the United States welcomed the decision.", "China agreed", [CN]),
    ("China agreed to reopen its market to pears and the United States.", "China agreed", [CN]),
    ("China agreed to reopen its market and to address concerns - Farm Goods: the United States will review pears.", "China agreed", [CN]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), CLAUSE_CASES)
def test_a_second_clause_of_another_side_adds_its_actor(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == sorted(actors)


def _records(nlp, text: str):
    ctx = Context(text=text, segmentation=segment(text), parties=_parties(text), dates=())
    return [c.text for c in commitments.extract(nlp(text), ctx)]


STATEMENT_LEADS = [
    # the paragraphs of a statement introduced by "issued the following statement:" are no items
    ("Ministers of the United States and Korea held the fifth meeting in Seoul and issued the following joint statement on behalf of both governments:\n\n"
     "  1. The alliance between our countries is a pillar of growth and shared values.\n"
     "  2. Much has changed since our last meeting in Busan.\n",
     ["The alliance between", "Much has changed"], False),
    ("The United States and Korea released the following statement:\n\n- The economies of both countries remain strong.\n",
     ["The economies of both"], False),
    # negative: a lead-in with an undertaking still passes it to its items
    ("The United States and Korea agreed to the following:\n\n- Hold a dialogue on shipbuilding;\n- Open talks on digital trade.\n",
     ["Hold a dialogue", "Open talks"], True),
]


@pytest.mark.parametrize(("text", "items", "taken"), STATEMENT_LEADS)
def test_statement_paragraphs_are_no_list_items(nlp, text, items, taken):
    found = _records(nlp, text)
    for item in items:
        assert any(t.startswith(item) for t in found) is taken


WE_APPOSITIVE = [
    ("Joint Statement of the United States and Korea\n\n"
     "We, the co-chairs of the Trade Dialogue, Ambassador Katherine Tai and the Trade Minister of Korea, "
     "agreed to launch talks on steel.\n\nThe United States and Korea will meet again in May.\n",
     "We, the co-chairs", [KR, US]),
    ("Joint Statement of the United States and Korea\n\n"
     "We, the ministers responsible for trade, Katherine Tai and her Korean counterpart, will hold a dialogue on shipbuilding.\n\n"
     "The United States and Korea will meet again in May.\n",
     "We, the ministers", [KR, US]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), WE_APPOSITIVE)
def test_we_with_an_appositive_in_a_joint_statement_is_both_sides(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


def test_we_with_an_appositive_in_a_one_sided_text_is_not_both(nlp):
    text = ("USTR press release\n\nWe, the staff of the trade office, Katherine Tai and her deputies, "
            "agreed to review the steel tariffs.\n\nThe United States will meet Korea in May.\n")
    assert _actors(nlp, text, "We, the staff") != [KR, US]


THEY_CASES = [
    ("When Korea and the United States opened the talks in 2019, they launched a review of farm tariffs.", "When Korea", [KR, US]),
    ("After China and the United States signed the accord, they agreed to meet every spring.", "After China", [CN, US]),
    # negative: one actor before "they" stays one actor
    ("When Korea opened the talks in 2019, they launched a review of farm tariffs.", "When Korea", [KR]),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), THEY_CASES)
def test_they_after_a_fronted_pair_is_the_pair(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors


DATELINES = [
    ("Busan, (Harbour News) Korea and the United States agreed to start a dialogue on ports.", "Busan, (Harbour News)", [KR, US]),
    ("WASHINGTON (Wire Service) - China and the United States agreed to hold talks on chips.", "WASHINGTON (Wire Service)", [CN, US]),
    # negative: a parenthesis that is no dateline credit does not open a subject
    ("Rules on the sale of pears (an old dispute) Korea agreed to lift last year.", "Rules on the sale", None),
]


@pytest.mark.parametrize(("text", "sentence", "actors"), DATELINES)
def test_a_dateline_with_its_credit_opens_the_subject(nlp, text, sentence, actors):
    assert _actors(nlp, text, sentence) == actors
