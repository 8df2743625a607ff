"""Session metadata shapes read from the misses of sets L and M (FTA commissions, joint committees,
TIFA councils), each tested on sentences of our own, with negatives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jccttool.extractors import Context, parties
from jccttool.extractors.session import extract_session
from jccttool.segment import segment


def _session(nlp, text: str, issued: date | None = None):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=issued, anchor=issued)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    return extract_session(doc, ctx)


LEAD_DATELINES = [
    # (text, place): the dateline opening the first paragraph is the place when no sentence names one
    ("BERGEN - On Monday, March 2, 2020, Norway and Peru held the third meeting of the Widget Council "
     "(the \u201cCouncil\u201d) under their trade agreement.", "BERGEN"),
    ("Lima D.C. - Today officials of Norway and Peru convened the first meeting of the Widget Council (WC) "
     "of their trade agreement.", "Lima D.C."),
    ("Oslo, D.C. Today, officials of Norway and Peru met for the 9th Norway-Peru Widget Council Meeting "
     "to review trade flows.", "Oslo, D.C."),
    ("Norway, Peru agree on widget plan\nBERGEN: Norway and Peru announced on Tuesday a plan on widgets, as "
     "ministers led the two sides at a meeting of the Norway-Peru Widget Council (NPWC).", "BERGEN"),
]


@pytest.mark.parametrize("text,place", LEAD_DATELINES, ids=["caps-spaced-hyphen-held", "dc-no-comma-today",
                                                            "dc-no-dash-today", "caps-colon-news"])
def test_session_place_from_the_lead_dateline(nlp, text, place):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location == place


@pytest.mark.parametrize("text", [
    "FACT SHEET: Norway and Peru held the third meeting of the Widget Council (WC) to review widget trade flows.",
    "NOTE: Norway and Peru held the third meeting of the Widget Council (WC) to review trade flows in widgets.",
    "Norway and Peru held the third meeting of the Widget Council (WC). BERGEN - The two sides agreed on a plan.",
], ids=["genre-label-colon", "note-colon", "dateline-not-at-a-line-start"])
def test_session_place_from_the_lead_dateline_negatives(nlp, text):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location is None


@pytest.mark.parametrize("text", [
    "BERGEN - On March 2 Norway and Peru held the first meeting of the Widget Council (WC) via video link to review "
    "trade flows.",
    "Norway and Peru held the first meeting of the Widget Council (WC) on trade flows in widgets.\n"
    "Looking Ahead \u2013 Our Widget Goals: we look forward to advancing our widget work in six key areas.",
], ids=["video-link", "dash-heading-after-the-first-paragraph"])
def test_session_no_place_from_a_dateline_of_a_virtual_meeting_or_a_later_line(nlp, text):
    s = _session(nlp, text, date(2020, 3, 3))
    assert s is not None and s.location is None


def _chairs(nlp, text: str, issued: date | None = None) -> set[str]:
    from jccttool.extractors.session import extract as session_extract

    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=issued, anchor=issued)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    return {by_id.get(c, c) for c in found[0].co_chairs}


CHAIRS_LM = [
    # (text, co-chairs)
    ("The third meeting of the Norway-Peru Widget Commission (NPWC) was led by Tomas Brandt, Assistant Trade "
     "Representative for the Northern Territories, and Lena Moss, Vice Minister of Trade of Peru.",
     {"Tomas Brandt", "Lena Moss"}),
    ("The first meeting of the Norway-Peru Widget Commission (NPWC) took place in Oslo. Deputy Trade Representative "
     "Lena Moss hosted the meeting, and Vice Minister of Trade Tomas Brandt led the Peruvian delegation.",
     {"Lena Moss", "Tomas Brandt"}),
    ("Last week, Deputy Trade Representative Lena Moss traveled to Lima, Peru to chair the 4th meeting of the "
     "Norway-Peru Widget Commission (NPWC).", {"Lena Moss"}),
    ("The Norway and Peru delegations held the third round of the Norway-Peru Widget Talks in Oslo. The Norwegian "
     "delegation was led by Mr. Tomas Brandt, Assistant Trade Representative. The Peruvian delegation was led by "
     "Prof. Lena Moss, Ambassador-at-large.", {"Tomas Brandt", "Lena Moss"}),
    ("Norway and Peru held the fifth meeting of the Norway-Peru Widget Council (NPWC). The Norwegian delegation was "
     "led by Tomas Brandt, Senior Advisor at the Ministry of Trade, and the Peruvian delegation was led by the "
     "Minister of Production, Lena Moss.", {"Tomas Brandt", "Lena Moss"}),
    ("Following the second meeting of the Norway-Peru Widget Commission (NPWC), Trade Minister Tomas Brandt and "
     "Minister of Production Lena Moss issued the following joint statement: the two sides agreed to meet again.",
     {"Tomas Brandt", "Lena Moss"}),
]


@pytest.mark.parametrize("text,names", CHAIRS_LM, ids=["region-after-the-is-no-person", "hosted-the-meeting",
                                                       "to-chair-the", "prof-honorific", "senior-advisor-after-comma",
                                                       "pair-issues-the-joint-statement"])
def test_session_co_chair_shapes_of_commissions(nlp, text, names):
    assert _chairs(nlp, text) == names


@pytest.mark.parametrize("text", [
    "Following the second meeting of the Norway-Peru-Chile Widget Commission (NPCWC), Trade Minister Tomas Brandt, "
    "Minister of Production Lena Moss and Trade Secretary Ana Ruiz issued the following joint statement.",
    "Trade Minister Tomas Brandt hosted a dinner for the delegates of the Norway-Peru Widget Council (NPWC) after "
    "the council met in Oslo.",
], ids=["three-ministers-release-a-statement", "hosted-a-dinner"])
def test_session_co_chair_negatives_of_commissions(nlp, text):
    assert _chairs(nlp, text) == set()


FORUMS_LM = [
    # (text, acronym, forum name)
    ("Oslo - On May 3, Norway and Peru held the second meeting of the Norway \u2013 Peru Widget Commission "
     "(the \u201cCommission\u201d or the \u201cNWC\u201d).", "NWC", None),
    ("Norway and Peru officials chaired the ninth meeting of the Norway - Peru Widget Commission "
     "(the 'Commission' or 'NWC').", "NWC", None),
    ("Following the first meeting of the Norway-Peru-Chile Agreement (NPCA) Widget Commission (NWC) on May 18, "
     "the ministers released the following statement.", "NWC", None),
    ("Third meeting of the NPCA Widget Commission\n\nToday Norway and Peru held the third meeting of the NPCA "
     "(Agreement) Widget Commission (NWC) in Oslo.", "NWC", None),
    ("Norway and Peru convened a meeting of the Joint Committee of the Norway-Peru Free Trade Agreement. "
     "Norway Hosts FTA Joint Committee Meeting", None, "Joint Committee"),
    ("Trade Minister Lena Moss this week hosted the 2024 Norway-sub-Saharan Africa Widget Cooperation Forum "
     "(NSA Forum) in Oslo.", "NSA Forum", None),
]


@pytest.mark.parametrize("text,acronym,forum", FORUMS_LM, ids=["or-the-quoted-acronym", "spaced-hyphen-or-quoted",
                                                               "following-the-meeting-statement", "acronym-of-the-tail",
                                                               "meeting-of-the-joint-committee",
                                                               "year-and-lower-case-part"])
def test_session_forum_shapes_of_commissions(nlp, text, acronym, forum):
    s = _session(nlp, text, date(2024, 5, 20))
    assert s is not None and s.acronym == acronym
    if forum:
        assert s.forum == forum


def test_session_ordinal_of_a_name_with_an_inner_parenthesis(nlp):
    text = ("Joint Statement from the Meeting of the Norway-Peru-Chile Widget Commission\n\nThe ministers are pleased "
            "to release this statement on the first meeting of the Norway-Peru-Chile (NPC) Widget Commission held "
            "on May 2-3, 2011, in Oslo.")
    s = _session(nlp, text)
    assert s is not None and s.ordinal == 1 and (s.start, s.end) == (date(2011, 5, 2), date(2011, 5, 3))


def test_session_two_day_meeting_that_ended_on_its_day_starts_a_day_before(nlp):
    text = ("The first round of the Norway-Peru Widget Dialogue (NPWD) ended in Lima Tuesday, May 4, 2021, with both "
            "sides pledging closer ties. The ministers said they had a candid exchange during the two-day dialogue.")
    s = _session(nlp, text)
    assert s is not None and (s.start, s.end) == (date(2021, 5, 3), date(2021, 5, 4)) and s.location == "Lima"


def test_session_one_day_date_stays_without_a_day_count(nlp):
    text = "The first round of the Norway-Peru Widget Dialogue (NPWD) ended in Lima on May 4, 2021."
    s = _session(nlp, text)
    assert s is not None and (s.start, s.end) == (date(2021, 5, 4), date(2021, 5, 4))


@pytest.mark.parametrize("text,issued,expected", [
    # (text, date line, (start, end, place))
    ("Widget Commission Meets\n\nJuly 14, 2011\n\nOslo - Norway and Peru convened the second meeting of the Widget "
     "Commission (WC) of their trade agreement yesterday in Bergen, Norway.", date(2011, 7, 14),
     (date(2011, 7, 13), date(2011, 7, 13), "Bergen, Norway")),
    ("Norway-Peru WC Concludes First Meeting\n\nThe first meeting of the Norway-Peru Widget Commission (WC) took "
     "place in Oslo on Nov.\n19, 2012. Minister Lena Moss hosted the meeting.", None,
     (date(2012, 11, 19), date(2012, 11, 19), "Oslo")),
    ("Norway and Peru officials met in Oslo DC today for the 9th Norway-Peru Widget Council (NPWC) meeting.",
     date(2014, 3, 3), (date(2014, 3, 3), date(2014, 3, 3), "Oslo DC")),
    ("Norway and Peru today held a mid-year meeting of the Norway-Peru Widget Council (NPWC) in Toronto, Ontario to "
     "prepare for its next session.", date(2024, 1, 25), (date(2024, 1, 25), date(2024, 1, 25), "Toronto, Ontario")),
], ids=["yesterday-under-the-date-line", "date-broken-over-two-lines-under-a-concluding-title", "dc-without-dots",
        "canadian-province"])
def test_session_days_and_places_of_commission_releases(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    assert s is not None and (s.start, s.end, s.location) == expected


def test_session_place_of_an_ordinal_meeting_line_beats_the_dateline(nlp):
    text = ("Joint Statement of the Norway \u2013 Peru Widget Council\n\nApril 29, 2024\n\nFifth Meeting, Bergen, "
            "Norway\n\nOSLO \u2013 On April 29, Norway and Peru held the fifth meeting of the Norway-Peru Widget "
            "Council (NPWC) and reviewed the widget work plan.")
    s = _session(nlp, text, date(2024, 4, 29))
    assert s is not None and s.location == "Bergen, Norway" and s.ordinal == 5


@pytest.mark.parametrize("text,ordinal", [
    ("Officials today convened the 15th Norway - Central Asia Widget Framework Agreement (WFA) Council meeting.", 15),
    ("Joint Statement from the Seventh Meeting of the Norway \u2013 Peru WFA Council\n\nMinisters met in Oslo today "
     "under the Widget Framework Agreement (WFA).", 7),
    ("Norway and Peru held their sixth annual review of their widget agreement today in Oslo.", 6),
], ids=["country-of-two-words-in-the-gap", "spaced-dash-country-pair", "held-their-annual-review"])
def test_session_ordinals_of_councils_and_reviews(nlp, text, ordinal):
    s = _session(nlp, text, date(2014, 3, 3))
    assert s is not None and s.ordinal == ordinal


def test_session_pair_holding_a_bilateral_meeting_under_no_forum_and_a_first_name_like_a_demonym(nlp):
    text = ("On May 3, 2021, Trade Representative Lena Moss and Peru\u2019s Minister of Trade, Industry, and Tourism "
            "German Vidal held a bilateral meeting on the margins of a widget conference.")
    assert _chairs(nlp, text) == {"Lena Moss", "German Vidal"}


def test_session_bilateral_meeting_under_a_named_forum_names_no_chairs(nlp):
    text = ("Norway and Peru held the fifth meeting of the Norway-Peru Widget Council (NPWC) in Oslo. On its margins, "
            "Trade Minister Lena Moss and Trade Secretary Ana Ruiz held a bilateral meeting on standards.")
    assert _chairs(nlp, text) == set()


@pytest.mark.parametrize("text,names", [
    ("Norway and Peru held the fourth meeting of the Norway-Peru Widget Council (NPWC). The Norwegian delegation was "
     "led by Deputy Trade Representative Tomas Brandt, and the Peruvian delegation was led by the Minister of "
     "Production, Foreign Trade and Fisheries, Julio Jose Prado.", {"Tomas Brandt", "Julio Jose Prado"}),
    ("The Norway-Peru Widget Commission (NPWC) met in Lima. The meeting was co-chaired by L. Tomas Brandt, Assistant "
     "Trade Representative, and Ana Ruiz, Secretary-General of the Ministry of Trade.", {"L. Tomas Brandt", "Ana Ruiz"}),
    ("Deputy Trade Representative Ambassador C.J. Brandt and Peru's Director General for Trade Ana Ruiz chaired the "
     "twelfth meeting of the Norway - Peru Widget Commission (the 'Commission' or 'NPWC').", {"C.J. Brandt", "Ana Ruiz"}),
    ("Norway and Peru held their sixth annual widget review today. Assistant Trade Representative Tomas Brandt led "
     "the Norwegian delegation and Deputy Secretary Koh Lin-Net of the Ministry of Trade led the Peruvian delegation.",
     {"Tomas Brandt", "Koh Lin-Net"}),
], ids=["given-name-after-a-comma", "initial-before", "two-initials", "hyphened-given-name"])
def test_session_co_chairs_named_in_full(nlp, text, names):
    assert _chairs(nlp, text, date(2019, 7, 16)) == names


@pytest.mark.parametrize("text", [
    "The two leaders agreed to develop a widget framework, relying on existing mechanisms, by the third round of "
    "the S&ED in May.",
    "Today the two presidents announced a Widget Year. Partnering under the framework of the U.S.-China Joint "
    "Commission on Commerce and Trade (JCCT), the two sides will work together on widgets.",
    "The Widget Year builds on the 2016 Work Plan of the U.S.-China Joint Commission on Commerce and Trade Widget "
    "Working Group, signed last week.",
], ids=["by-a-meeting-to-come", "under-the-framework-of", "a-sub-body-of-the-forum"])
def test_session_gazetteer_forum_named_without_a_meeting_of_it_is_no_session(nlp, text):
    assert _session(nlp, text, date(2015, 9, 28)) is None


def test_session_gazetteer_forum_meeting_is_kept_beside_a_framework_mention(nlp):
    text = ("The 22nd U.S.-China Joint Commission on Commerce and Trade (JCCT) concluded today in Chengdu. Under the "
            "framework of the JCCT, the two sides agreed on widget standards.")
    s = _session(nlp, text, date(2011, 11, 21))
    assert s is not None and s.acronym == "JCCT" and s.ordinal == 22


@pytest.mark.parametrize("text,names,place", [
    ("Trade Minister Lena Moss welcomed U.S. Trade Representative Tomas Brandt to Bergen for the first meeting of "
     "the Norway-Peru Widget Commission today.", {"Lena Moss", "Tomas Brandt"}, None),
    ("Last week, Deputy Trade Representative Lena Moss traveled to Lima, Peru to chair the 7th meeting of the "
     "Norway-Peru Widget Commission (NPWC).", {"Lena Moss"}, "Lima, Peru"),
], ids=["welcomed-a-us-guest-for-the-meeting", "traveled-to-a-place-to-chair"])
def test_session_host_guest_and_travel_place(nlp, text, names, place):
    assert _chairs(nlp, text, date(2011, 3, 3)) == names
    if place:
        assert _session(nlp, text, date(2011, 3, 3)).location == place


def test_session_day_and_place_of_the_joint_statement_a_repost_introduces(nlp):
    text = ("Joint Statement on the Fifth Norway-Peru Widget Dialogue\n\nBelow is a joint statement issued by Norway and "
            "Peru on July 31, 2014 in New Delhi.\n\nThe two ministers led their respective delegations to the fifth "
            "annual Norway-Peru Widget Dialogue.")
    s = _session(nlp, text, date(2014, 7, 31))
    assert s is not None and (s.start, s.end, s.location) == (date(2014, 7, 31), date(2014, 7, 31), "New Delhi")


def test_session_chairs_named_far_below_under_the_forum_acronym(nlp):
    filler = " ".join(["The two sides also reviewed widget trade flows and agreed to keep talking."] * 20)
    text = (f"Peru and Norway held the 2021 Norway-Peru Widget Commission (NWC) meeting on April 21, 2021. {filler}\n\n"
            "This year's NWC -- chaired by Trade Minister Lena Moss and Vice Minister Tomas Brandt -- achieved results.")
    assert _chairs(nlp, text) == {"Lena Moss", "Tomas Brandt"}


@pytest.mark.parametrize("text,forum,ordinal", [
    ("Norway and Peru Hold Sixth Annual Widget Agreement Review\n\nOslo - Norway and Peru held their sixth annual "
     "review of their widget agreement today.", "Annual Widget Agreement Review", 6),
    ("Norway and Peru Hold Widget Agreement Review\n\nOslo - Norway and Peru held the review of their widget "
     "agreement today.", "Widget Agreement Review", None),
], ids=["ordinal-dropped-from-the-name", "no-ordinal"])
def test_session_review_named_in_a_headline(nlp, text, forum, ordinal):
    s = _session(nlp, text, date(2010, 10, 15))
    assert s is not None and s.forum == forum and s.ordinal == ordinal


def test_session_policy_review_named_as_a_report_is_no_meeting(nlp):
    text = "The Widget Trade Policy Review published last year found that widget tariffs had fallen."
    assert _session(nlp, text, date(2010, 10, 15)) is None


def test_session_no_place_from_the_dateline_of_a_phone_call(nlp):
    text = ("OSLO \u2014 Norway and Peru trade ministers agreed on March 5 to create favorable conditions for widget talks."
            "\n\nThe agreement was reached in a phone conversation Minister Lena Moss held with Minister Tomas Brandt.")
    s = _session(nlp, text, date(2019, 3, 5))
    assert s is None or s.location is None
