"""Session metadata for every corpus document, plus small cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jccttool.extractors import Context, parties
from jccttool.extractors.session import extract as session_extract
from jccttool.extractors.session import extract_session
from jccttool.segment import segment

from .conftest import DEV, RAW

JCCT = "U.S.-China Joint Commission on Commerce and Trade"


def _session(nlp, text: str, issued: date | None = None):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=issued, anchor=issued)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    return extract_session(doc, ctx)


DOCUMENTS = [
    (RAW / "jcct-22-fact-sheet-2011.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=22, start=date(2011, 11, 20), end=date(2011, 11, 21),
          location="Chengdu, China", co_chairs=["john-bryson", "ron-kirk", "wang-qishan"])),
    (RAW / "ipwatch-jcct-22-article-2011.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=22, start=None, end=None, location="Chengdu, China", co_chairs=[])),
    (RAW / "ipwatch-jcct-22-article-2011.txt", date(2011, 11, 21),
     dict(forum=JCCT, acronym="JCCT", ordinal=22, start=date(2011, 11, 20), end=date(2011, 11, 21),
          location="Chengdu, China", co_chairs=[])),
    (DEV / "jcct-17-outcomes-fact-sheet-2006.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=None, start=None, end=None, location=None, co_chairs=[])),
    (DEV / "jcct-24-press-release-2013.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=24, start=None, end=None, location="Beijing",
          co_chairs=["penny-pritzker", "michael-froman", "wang-yang"])),
    (DEV / "jcct-26-joint-fact-sheet-2015.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=26, start=date(2015, 11, 21), end=date(2015, 11, 23),
          location="Guangzhou", co_chairs=[])),
    (DEV / "news-cecc-jcct-20-2009.txt", None,
     dict(forum=JCCT, acronym="JCCT", ordinal=20, start=date(2009, 10, 28), end=date(2009, 10, 29),
          location="Hangzhou, China", co_chairs=[])),
    (DEV / "sed-3-joint-fact-sheet-2007.txt", None,
     dict(forum="U.S.-China Strategic Economic Dialogue", acronym="SED", ordinal=3, start=date(2007, 12, 12),
          end=date(2007, 12, 13), location="Beijing", co_chairs=["henry-m-pauslon-jr", "wu-yi"])),
]


@pytest.mark.parametrize("path,issued,expected", DOCUMENTS,
                         ids=[f"{p.stem}-{'issued' if i else 'plain'}" for p, i, _ in DOCUMENTS])
def test_session_of_corpus_documents(nlp, path, issued, expected):
    session = _session(nlp, path.read_text(encoding="utf-8"), issued)
    assert session is not None
    assert session.model_dump() == expected


def test_korus_fact_sheet_is_not_a_meeting(nlp):
    text = (DEV / "korus-outcomes-fact-sheet-2018.txt").read_text(encoding="utf-8")
    assert _session(nlp, text) is None


CASES = [
    ("The Fourth Cabinet-level Meeting of the U.S.-China Strategic and Economic Dialogue (S&ED) was held in "
     "Washington, D.C. on July 10-11, 2017.", dict(acronym="S&ED", ordinal=4, start=date(2017, 7, 10),
                                                 end=date(2017, 7, 11), location="Washington, D.C.")),
    ("Secretary Smith led the 25th JCCT in Washington, DC on December 18 - 19, 2014.",
     dict(acronym="JCCT", ordinal=25, start=date(2014, 12, 18), end=date(2014, 12, 19), location="Washington, DC")),
    ("The 21st session of the JCCT took place in Hangzhou on December 14 and 15, 2010.",
     dict(acronym="JCCT", ordinal=21, start=date(2010, 12, 14), end=date(2010, 12, 15), location="Hangzhou")),
    ("The United States and China held the second Strategic Economic Dialogue on May 22-23, 2007.",
     dict(acronym="SED", ordinal=2, start=date(2007, 5, 22), end=date(2007, 5, 23), location=None)),
    ("The meeting ran from June 30 to July 1, 2016 under the JCCT.",
     dict(acronym="JCCT", ordinal=None, start=date(2016, 6, 30), end=date(2016, 7, 1), location=None)),
]


@pytest.mark.parametrize("text,expected", CASES, ids=["s_and_ed_dc", "jcct_25", "jcct_21_and", "sed_2", "cross_month"])
def test_session_cases(nlp, text, expected):
    session = _session(nlp, text)
    assert session is not None
    got = session.model_dump()
    assert {k: got[k] for k in expected} == expected


def test_special_representatives_are_not_co_chairs(nlp):
    text = ("BEIJING – On June 6-7, 2016, U.S. Treasury Secretary Jacob J. Lew and Chinese Vice Premier Wang Yang led the "
            "eighth meeting of the Economic Track of the U.S.-China Strategic and Economic Dialogue (S&ED VIII) in Beijing, "
            "China. As the Special Representatives of President Barack Obama and President Xi Jinping, Secretary Lew and "
            "Vice Premier Wang led discussions with a high-level delegation.")
    s = _session(nlp, text)
    assert (s.ordinal, s.start, s.end, s.location) == (8, date(2016, 6, 6), date(2016, 6, 7), "Beijing, China")
    assert s.co_chairs == ["jacob-lew", "wang-yang"]


def test_led_by_two_us_principals_and_vice_premier(nlp):
    text = ("U.S. Secretary of Commerce Penny Pritzker and U.S. Trade Representative Michael Froman today in Beijing led "
            "the 24th U.S.-China Joint Commission on Commerce and Trade (JCCT) with Chinese Vice Premier Wang Yang.")
    s = _session(nlp, text)
    assert (s.acronym, s.ordinal) == ("JCCT", 24)
    assert s.co_chairs == ["penny-pritzker", "michael-froman", "wang-yang"]


def test_co_chaired_by_with_jr_suffix(nlp):
    text = ("In Beijing on December 14 and 15, the United States and China held the first Strategic Economic Dialogue. "
            "The dialogue was co-chaired by Treasury Secretary Henry M. Paulson, Jr. and Vice Premier Wu Yi, as "
            "representatives of the two countries' Presidents.")
    s = _session(nlp, text)
    assert (s.acronym, s.ordinal, s.location) == ("SED", 1, "Beijing")
    assert s.co_chairs == ["henry-paulson", "wu-yi"]


def test_no_forum_no_session(nlp):
    assert _session(nlp, "China agreed to publish the rules by June 2012 consistent with WTO rules.") is None


def test_later_meeting_does_not_override_opening(nlp):
    text = (DEV / "jcct-24-press-release-2013.txt").read_text(encoding="utf-8")
    assert _session(nlp, text).location == "Beijing"


def test_session_dates_and_place_from_the_meeting_line(nlp):
    text = (
        "The Second U.S.-China Strategic Economic Dialogue\nMay 22-23, 2007, Washington, DC\n\nFact Sheet\n\n"
        "The two sides agreed to expand cooperation on energy and the environment.\n"
    )
    s = _session(nlp, text)
    assert (s.acronym, s.ordinal, s.start, s.end, s.location) == ("SED", 2, date(2007, 5, 22), date(2007, 5, 23), "Washington, DC")


def test_session_year_less_meeting_line_takes_the_title_year(nlp):
    text = (
        "2016 U.S.-China Strategic and Economic Dialogue Joint Fact Sheet\nJune 6-7, Beijing\n\n"
        "The United States and China reached consensus on expanding two-way investment.\n"
    )
    s = _session(nlp, text)
    assert (s.acronym, s.start, s.end, s.location) == ("S&ED", date(2016, 6, 6), date(2016, 6, 7), "Beijing")


def test_session_date_skips_another_meeting_named_in_the_sentence(nlp):
    text = (
        "Joint Fact Sheet of the Third Meeting of the U.S.-China Strategic and Economic Dialogue\n\n"
        "The two sides concluded the third meeting of the U.S.-China Strategic and Economic Dialogue in Beijing today.\n\n"
        "They reaffirmed the measures pledged at the second meeting of the Strategic and Economic Dialogue, "
        "held in Washington on May 9-10, 2011.\n"
    )
    s = _session(nlp, text)
    assert s.ordinal == 3 and (s.start, s.end) == (None, None)  # "today" has no anchor; May 2011 was the second
    s = _session(nlp, text, issued=date(2012, 5, 4))
    assert (s.start, s.end) == (None, date(2012, 5, 4))  # "concluded ... today": the last day; the first is not stated


def test_session_date_of_the_same_meeting_is_kept(nlp):
    text = (
        "Joint Fact Sheet\n\n"
        "The third meeting of the U.S.-China Strategic and Economic Dialogue was held in Beijing on May 3-4, 2012.\n\n"
        "The previous meeting of the Strategic and Economic Dialogue was held in Washington on May 9-10, 2011.\n"
    )
    s = _session(nlp, text)
    assert (s.start, s.end) == (date(2012, 5, 3), date(2012, 5, 4))
    later_first = text.replace("The third meeting", "The meeting").replace(
        "held in Beijing on May 3-4, 2012", "held in Beijing")
    assert (_session(nlp, later_first).start) is None  # only the previous meeting has a date


@pytest.mark.parametrize(
    "line, expected",
    [
        ("March 3, 2016", date(2016, 3, 3)),
        ("MARCH 3, 2016", date(2016, 3, 3)),
        ("3 March 2016", date(2016, 3, 3)),
        ("03 MARCH 2016", date(2016, 3, 3)),
        ("THURSDAY, MARCH 3, 2016", date(2016, 3, 3)),
        ("2016年03月03日", date(2016, 3, 3)),
        ("2016年02月30日", None),
        ("3, March 2016", date(2016, 3, 3)),  # a site's day-first date with a comma after the day
        ("13, 2016", None),
        ("2016", None),
        ("March 2016", None),
    ],
)
def test_issued_date_reads_caps_day_first_and_chinese_date_lines(line, expected):
    from jccttool.extractors.session import issued_date

    assert issued_date(line) == expected


# --------------------------------------------------------------------------- session shapes of real pages (sentences invented)

SHAPES = [
    # co-chairs as the subject of "concluded / held / chaired / led", surnames only after a title
    ("Secretary Geithner and Vice Premier Wang Qishan concluded the second U.S.-China Strategic and Economic "
     "Dialogue in Beijing on May 24-25, 2010.",
     dict(ordinal=2, start=date(2010, 5, 24), end=date(2010, 5, 25), location="Beijing",
          co_chairs=["timothy-geithner", "wang-qishan"])),
    ("Treasury Secretary Henry Paulson and Vice Premier Wu Yi held the second Strategic Economic Dialogue in "
     "Washington on May 22 and 23, 2007.",
     dict(ordinal=2, start=date(2007, 5, 22), end=date(2007, 5, 23), location="Washington",
          co_chairs=["henry-paulson", "wu-yi"])),
    ("Secretary Paulson and Vice Premier Wu Yi chaired the Strategic Economic Dialogue, held May 22 and 23 in "
     "Washington.",
     dict(start=None, end=None, location="Washington", co_chairs=["henry-paulson", "wu-yi"])),
    # ordinals as words, compound words, numbers and Roman numerals
    ("The twenty-second session of the U.S.-China Joint Commission on Commerce and Trade met in Chengdu.",
     dict(ordinal=22, location="Chengdu", co_chairs=[])),
    ("Ministers gathered for the 22nd JCCT in Chengdu.", dict(ordinal=22)),
    ("The JCCT XXII plenary was held in Chengdu.", dict(ordinal=22, location="Chengdu")),
    ("The ministers opened SED III in Beijing on December 12-13, 2007.",
     dict(ordinal=3, start=date(2007, 12, 12), end=date(2007, 12, 13), location="Beijing")),
    # the plenary's dates and place, not those of a sub-meeting named after it
    ("The 23rd JCCT convened in Washington.\n\nAhead of the plenary, the JCCT Trade and Investment Working Group "
     "met in Chicago on December 17, 2012.",
     dict(ordinal=23, start=None, end=None, location="Washington")),
    ("The JCCT was held this week.\n\nA JCCT seminar on medical devices took place in Shanghai on March 3-4, 2012.",
     dict(start=None, end=None, location=None)),
]


SHAPES += [
    # a forum the text names as the subject of "held its <ordinal> ministerial meeting", with its acronym;
    # accented and hyphened place names
    ("The U.S.-Canada Widget Standards Council (WSC) held its third ministerial meeting in Trois-Rivières, "
     "Canada on June 4-5, 2021.",
     dict(forum="U.S.-Canada Widget Standards Council", acronym="WSC", ordinal=3, start=date(2021, 6, 4),
          end=date(2021, 6, 5), location="Trois-Rivières, Canada")),
    # an acronym defined in quotes inside the parentheses
    ("The two ministers held the first meeting of the Widget Standards Council in Bogotá on 2 March 2020. "
     "The Widget Standards Council (“WSC”) will meet again next year.",
     dict(forum="Widget Standards Council", acronym="WSC", ordinal=1, location="Bogotá")),
]


SHAPES += [
    # co-chairs named after a "Co-Chairs" label, a plural title before two names, the union as a side
    ("The U.S.-EU Widget Council (WC) held its second meeting in Brussels on May 3, 2022. U.S. Co-Chairs Secretary "
     "of Commerce Jane Roe and Trade Representative John Doe were joined by EU Co-Chairs European Commission "
     "Executive Vice Presidents Anna Lindqvist and Marek Novak to review progress.",
     dict(ordinal=2, location="Brussels", co_chairs=["jane-roe", "john-doe", "anna-lindqvist", "marek-novak"])),
    # a guest "joined by" the co-chairs is not one of them
    ("We, the co-chairs of the Widget Council, Secretary of Commerce Jane Roe and Minister of Trade Paul Martin, "
     "joined by Commissioner Rosa Blanco, held the second meeting of the Widget Council in Lisbon.",
     dict(ordinal=2, location="Lisbon", co_chairs=["jane-roe", "paul-martin"])),
]


SHAPES += [
    # "inaugural" right before the forum's name; the ordinal of the meeting a sentence says was co-chaired
    ("The inaugural U.S.-Peru Widget Dialogue (WD) was held in Lima.", dict(ordinal=1, location="Lima")),
    ("The U.S.-Peru Widget Dialogue (WD) is the main forum for widget trade. Today, in Lima, Peru, U.S. Secretary "
     "Jane Roe and Peruvian Minister Luis Soto co-chaired the fourth Cabinet-level meeting.",
     dict(ordinal=4, location="Lima, Peru")),
    # a country word that opens a title after the place is not its region
    ("The U.S.-Peru Widget Dialogue (WD) is the main forum for widget trade. Today, in Lima, U.S. Secretary Jane Roe "
     "and Peruvian Minister Luis Soto co-chaired the second meeting.",
     dict(ordinal=2, location="Lima")),
    # negative: an ordinal of something other than a meeting is not the session's
    ("The U.S.-Peru Widget Dialogue (WD) met in Lima. The ministers held their first press conference.",
     dict(ordinal=None, location="Lima")),
]


@pytest.mark.parametrize("text,expected", SHAPES, ids=[
    "concluded-surnames", "held-and-days", "chaired-yearless", "ordinal-compound-word", "ordinal-number",
    "ordinal-roman-after", "ordinal-roman-sed", "working-group-later", "seminar-later",
    "held-its-ministerial-accented-place", "quoted-acronym-accented-place", "co-chairs-label-plural-title",
    "joined-by-guest", "inaugural-before-name", "co-chaired-the-fourth-meeting", "place-before-title-country",
    "ordinal-of-press-conference"])
def test_session_shapes(nlp, text, expected):
    session = _session(nlp, text)
    assert session is not None
    got = session.model_dump()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("one_day, start", [(True, date(2011, 5, 3)), (False, None)])
def test_concluded_meeting_said_to_last_a_day_starts_on_its_day(nlp, one_day, start):
    text = ("Widget Talks Wrap Up\n\nThe 9th Widget Dialogue concluded in Lima on May 3, 2011."
            + (" At the day-long meeting, the two sides agreed on widget rules." if one_day else ""))
    s = _session(nlp, text)
    assert (s.start, s.end) == (start, date(2011, 5, 3))


@pytest.mark.parametrize(
    "opening, place",
    [
        ("Lima -- Peru and the United States ended their yearly widget negotiations here Monday.", "Lima"),
        # negative: a release's dateline with "today" in a sentence that is not about the meeting
        ("LIMA -- The Department of Widgets announced today that exports grew.", None),
    ],
)
def test_dateline_of_a_report_from_here_is_the_meeting_place(nlp, opening, place):
    text = opening + "\n\nThe 9th Widget Dialogue, which lasted a day, covered widget standards and tariffs.\n"
    assert _session(nlp, text).location == place


@pytest.mark.parametrize(
    "text, forum",
    [
        # a forum named only as an existing mechanism to keep: no session of it is reported
        ("Minister Ana Ruiz had bilateral meetings with Secretary Jane Roe on Monday.\n\n"
         "The two sides agreed to continue existing mechanisms like the Widget Trade Council (WTC) as well as "
         "talks on a new framework.", None),
        # the forum met: its session
        ("The Widget Trade Council (WTC) held its second meeting in Lima on Monday.", "Widget Trade Council"),
        # (the forum introduced as the subject, its meeting in the next sentence: "co-chaired-the-fourth-meeting")
    ],
)
def test_forum_party_is_the_session_only_when_a_meeting_of_it_is_reported(nlp, text, forum):
    session = _session(nlp, text)
    assert (session.forum if session else None) == forum


def test_held_day_and_day_without_year_takes_the_issued_year(nlp):
    text = "The Strategic Economic Dialogue was held May 22 and 23 in Washington."
    s = _session(nlp, text, issued=date(2007, 5, 24))
    assert (s.start, s.end) == (date(2007, 5, 22), date(2007, 5, 23))


def test_co_chairs_label_without_names_after_it_adds_none(nlp):
    text = ("The 5th Widget Dialogue was held in Lima. The co-chairs welcomed progress on widget rules, "
            "and Ministers Ana Ruiz and Luis Soto attended the dinner.")
    assert _session(nlp, text).co_chairs == []


@pytest.mark.parametrize(
    "text",
    [
        "President Obama and President Hu held talks on the margins of the JCCT dinner.",  # persons, not chairs: no co-chair cue on a meeting
        "Secretary Paulson said the Strategic Economic Dialogue had led to concrete results.",
    ],
)
def test_session_co_chair_negatives(nlp, text):
    s = _session(nlp, text)
    assert s is not None and s.co_chairs == []


def test_inaugural_session_date_is_kept_and_a_who_clause_chair_too(nlp):
    text = ("The two ministers co-chaired the inaugural session of the U.S.-India Trade Policy Forum in New Delhi on "
            "March 3, 2006. Vice Premier Wu Yi, who co-chaired the JCCT, met the President.")
    s = _session(nlp, text)
    assert (s.start, s.location) == (date(2006, 3, 3), "New Delhi")


# --------------------------------------------------------------------------- forums the gazetteer does not know (sentences invented)

NAMED = [
    ("The United States and France held the third meeting of the Widget Working Group (WWG) in Lyon on June 3-4.",
     None, dict(forum="Widget Working Group", acronym="WWG", ordinal=3, start=None, end=None, location="Lyon")),
    ("Paris Trade Officials Celebrate 12th Plenary of U.S.-France Commercial Dialogue\n\nThe two sides met on "
     "Oct. 2, 2019, to review widget trade.", None, dict(forum="U.S.-France Commercial Dialogue", acronym=None, ordinal=12,
                                                         start=date(2019, 10, 2), end=date(2019, 10, 2))),
    ('The France-U.S. Widget Policy Committee (the Widget "2+2") Ministerial Meeting was held on March 14th.',
     date(2023, 3, 16), dict(forum="France-U.S. Widget Policy Committee", acronym='Widget "2+2"',
                             start=date(2023, 3, 14), end=date(2023, 3, 14))),
]


@pytest.mark.parametrize("text,issued,expected", NAMED, ids=["meeting-of-the-acronym", "ordinal-plenary-abbreviated-month",
                                                             "quoted-short-name-ordinal-day"])
def test_session_forum_named_by_the_text(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    assert s is not None
    got = s.model_dump()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President met Li Peng, Chairman of the Standing Committee of the National People's Congress.",
        "The two leaders are committed to pursuing these aims under the Comprehensive Partnership.",
        "Treasury announced the launch of the Economic and Financial Working Groups.",
    ],
)
def test_session_no_forum_named_outside_a_meeting(nlp, text):
    s = _session(nlp, text)
    assert s is None or s.forum is None  # "met": a meeting, but under no forum


UNNAMED = [
    # (text, issued, expected fields): a meeting held under no named forum is a session with forum null
    ("PARIS – Trade Commissioner Anna Holt met today with Brazil's Minister of Industry, Paulo Ramires. "
     "The two agreed to keep in touch.", date(2019, 3, 2),
     dict(forum=None, acronym=None, location="PARIS", start=date(2019, 3, 2))),
    ("Agriculture Secretary Lena Moss and Minister of Agriculture Tomas Brandt met in Oslo on May 3, 2016, "
     "where they agreed to expand seed trade.", None,
     dict(forum=None, location="Oslo", start=date(2016, 5, 3), end=date(2016, 5, 3))),
    ("The two sides held frank discussions from Monday to Tuesday in Geneva. The Swiss delegation was led "
     "by State Secretary Ueli Frei on the Swiss side, and the Canadian officials included many others.", None,
     dict(forum=None, location="Geneva", start=None)),
    ("The export talks took place in Lima, Peru, on the last two days of the month, with the Chilean "
     "delegation led by Minister Rosa Vidal.", None,
     dict(forum=None, location="Lima, Peru")),
]


@pytest.mark.parametrize("text,issued,expected", UNNAMED, ids=["met-today-with-dateline", "pair-met-in-place-on-day",
                                                               "held-discussions-delegation-led-by", "talks-took-place-in"])
def test_session_meeting_under_no_forum(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    assert s is not None
    got = s.model_dump()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers will meet in Rome next month to discuss grain quotas.",
        "Both sides agreed to hold talks on steel in the coming weeks.",
        "The ministry announced new rules for the import of citrus fruit.",
        "Minh had bilateral meetings with Secretary Adams, Secretary Brook and Secretary Cole on Thursday.",
    ],
    ids=["will-meet", "agreed-to-hold-talks", "no-meeting", "several-meetings"],
)
def test_session_no_meeting_no_session(nlp, text):
    assert _session(nlp, text) is None


CHAIRS_UNNAMED = [
    ("PARIS – Trade Commissioner Anna Holt met today with Brazil's Minister of Industry, Paulo Ramires.",
     {"Anna Holt", "Paulo Ramires"}),
    ("Agriculture Secretary Lena Moss and Minister of Agriculture Tomas Brandt met in Oslo on Friday.",
     {"Lena Moss", "Tomas Brandt"}),
    ("Trade Secretary Dr Sam Reed met the Trade Minister Carla Diaz today to discuss steel.",
     {"Sam Reed", "Carla Diaz"}),
    ("The talks took place in Lima. The Chilean delegation was led by Minister Rosa Vidal, and the Peruvian "
     "officials included Minister Juan Soto.", {"Rosa Vidal"}),
]


@pytest.mark.parametrize("text,names", CHAIRS_UNNAMED, ids=["met-with", "pair-met", "met-object", "led-by-clause-ends"])
def test_session_co_chairs_of_a_meeting_under_no_forum(nlp, text, names):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=None, anchor=None)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    s = found[0]
    assert s.forum is None
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    assert {by_id.get(c, c) for c in s.co_chairs} == names


LOCATIONS = [
    ("The fifth round of the U.S.-China Strategic and Economic Dialogue was held in Paris D.C., the US.", None,
     dict(location="Paris D.C., the US")),
    ("The fifth Strategic Economic Dialogue was held at the Lyon Widget Guest House on June 4 and 5, 2008.", None,
     dict(location="Lyon Widget Guest House", start=date(2008, 6, 4), end=date(2008, 6, 5))),
    ("Lyon, FR – Today, the Trade Representative welcomed the Minister for the annual U.S.-India Trade Policy Forum.",
     date(2017, 10, 27), dict(location="Lyon, FR", start=date(2017, 10, 27), end=date(2017, 10, 27))),
    ("The Minister convened the 6th meeting of the U.S.-France Widget Dialogue in Paris. The Ministers reviewed "
     "progress since the 5th meeting of the U.S.-France Widget Dialogue took place in March 2023 in Nice, France.",
     None, dict(ordinal=6, location="Paris")),
    ("The Secretary and the Vice Premier concluded the fourth S&ED in Beijing today.", date(2012, 5, 4),
     dict(start=None, end=date(2012, 5, 4))),
    ("The twenty-fourth JCCT ended in Beijing on December 20, 2013, where the two sides agreed to launch on "
     "January 30, 2014 a new widget program.", None, dict(start=date(2013, 12, 20), end=date(2013, 12, 20))),
]


@pytest.mark.parametrize("text,issued,expected", LOCATIONS, ids=[
    "city-with-dc-and-country", "venue-without-city", "dateline-of-today", "place-of-another-meeting-skipped",
    "concluded-today-gives-the-last-day", "an-undertakings-date-is-not-the-meetings"])
def test_session_place_and_days(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    got = s.model_dump()
    assert {k: got[k] for k in expected} == expected


# --------------------------------------------------------------------------- co-chair shapes (sentences invented)

CHAIRS = [
    # title before the name, the name no party knows
    ("Today, Widget Secretary Jane Roe and Indian Minister of Commerce and Industry Arun Mehta convened the 4th "
     "meeting of the U.S.-India Widget Dialogue.", ["jane-roe", "arun-mehta"]),
    # name, comma, title: "represented the X side"
    ("A meeting of the France-U.S. Widget Committee was held online. Mr. DUPONT Luc, Senior Deputy Minister for "
     "Foreign Affairs, represented the French side. Mr. John Q. Adams, Under Secretary of State, represented the U.S. side.",
     ["dupont-luc", "john-q-adams"]),
    # one host, the counterpart after "with"
    ("Mr. Akira Sato, Deputy Prime Minister, while visiting Paris, held the third round of the Japan-France Widget "
     "Dialogue with the Honorable Pierre Martin, Vice President of France.", ["akira-sato", "pierre-martin"]),
    # host welcomed the guest for the forum
    ("Paris – Today, Trade Representative Anne Smith welcomed Indian Minister of Commerce, Sri Ravi Kumar, for the "
     "annual U.S.-India Trade Policy Forum (TPF).", ["anne-smith", "ravi-kumar"]),
    # a possessive is not a chair
    ("President Xi Jinping's special representative Vice Premier Wang Yang and US President Barack Obama's special "
     "representative Secretary of the Treasury Jacob Lew co-chaired the Economic Dialogue of the S&ED.",
     ["wang-yang", "jacob-lew"]),
    # "served as co-chairmen"
    ("Treasury Secretary Henry M Paulson, Jr. and Vice Premier Wang Qishan served as co-chairmen of the SED.",
     ["henry-paulson", "wang-qishan"]),
]


@pytest.mark.parametrize("text,chairs", CHAIRS, ids=[
    "title-before-unknown-names", "name-comma-title-represented", "held-with", "welcomed-for-the-forum",
    "possessive-not-a-chair", "served-as-co-chairmen"])
def test_session_co_chair_shapes(nlp, text, chairs):
    s = _session(nlp, text)
    # a party's id may keep its honorific ("honorable-pierre-martin"): the parties extractor names it
    assert s is not None and len(s.co_chairs) == len(chairs)
    assert all(got.endswith(want) for got, want in zip(s.co_chairs, chairs))


@pytest.mark.parametrize(
    "text",
    [
        "General Counsel Kerry led the U.S. delegation's work on commercial law under the JCCT.",  # no meeting named
        "Yoo Min, Director General for FTA Negotiation at the Ministry, led the Korean delegation to the KORUS FTA "
        "Joint Committee.",  # the title's domain is not a name
    ],
)
def test_session_co_chair_name_negatives(nlp, text):
    s = _session(nlp, text)
    assert s is None or all(c not in ("counsel-kerry", "fta-negotiation") for c in s.co_chairs)


def test_session_new_co_chairs_become_parties():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Today, Widget Secretary Jane Roe and Indian Minister of Commerce and Industry Arun Mehta convened the 4th "
            "meeting of the U.S.-India Widget Dialogue in Paris.\n")
    x = extract_source(source_from_text(text, "-"))
    ids = {p.id for p in x.parties}
    assert set(x.document.session.co_chairs) <= ids
    mehta = next(p for p in x.parties if p.id == "arun-mehta")
    assert mehta.type == "person" and [text[a:b] for a, b in mehta.mentions] == ["Arun Mehta"]


def test_session_attendees_of_the_meeting_when_no_chair_is_named(nlp):
    text = ("The France-U.S. Widget Policy Committee Ministerial Meeting was held on November 14. The meeting was "
            "attended by Minister of Economy, Trade and Industry Dupont Luc and Foreign Minister Martin Anne (from the "
            "French side), as well as the Honorable Gina Raimondo, Secretary of Commerce.")
    s = _session(nlp, text)
    assert s.co_chairs[:2] == ["dupont-luc", "martin-anne"] and len(s.co_chairs) == 3


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Today, Widget Secretary Jane Roe and Indian Minister of Commerce and Industry Arun Mehta convened the 4th "
         "meeting of the U.S.-India Widget Dialogue.", {"arun-mehta": "IN"}),
        ("A meeting of the Japan-U.S. Widget Committee was held. Mr. SATO Ken, Senior Deputy Minister for Foreign "
         "Affairs, and Mr. MORI Jun, Vice-Minister, represented the Japanese side.", {"sato-ken": "JP", "mori-jun": "JP"}),
    ],
    ids=["country-word-in-the-title", "the-side-named-after"],
)
def test_session_new_co_chairs_get_their_country(text, countries):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    x = extract_source(source_from_text(text + "\n", "-"))
    got = {p.id: p.country for p in x.parties}
    assert {k: got.get(k) for k in countries} == countries


def test_session_co_chairs_who_release_the_meetings_joint_statement(nlp):
    text = ("Secretary of Commerce Jane Roe and Minister of Development, Industry and Foreign Trade Paulo Lima, are "
            "pleased to release the following Joint Statement, which outlines the results of the Oct. 10, 2007, "
            "meeting of the U.S.-Brazil Widget Dialogue, in Brasilia, Brazil.")
    s = _session(nlp, text)
    assert s.co_chairs == ["jane-roe", "paulo-lima"] and s.location == "Brasilia, Brazil"
    assert (s.start, s.end) == (date(2007, 10, 10), date(2007, 10, 10))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S.-China Joint Commission on Commerce and Trade (JCCT) concluded its 24th session in Beijing.",
         dict(ordinal=24, location="Beijing")),
        ("Secretary Jane Roe and Indian Finance Minister Ravi Kumar convened the Ninth Ministerial Meeting of the "
         "U.S.-India Widget Partnership in New Delhi.", dict(ordinal=9, co_chairs=["jane-roe", "ravi-kumar"])),
        ("Senior officials met today. Secretary Jane Roe and Ambassador John Doe chaired the HLED for the United States.",
         dict(co_chairs=["jane-roe", "john-doe"])),
    ],
    ids=["its-ordinal-session-after-the-name", "capitalised-ministerial-meeting", "sentence-naming-only-the-forum"],
)
def test_session_more_shapes(nlp, text, expected):
    got = _session(nlp, text).model_dump()
    assert {k: got[k] for k in expected} == expected


def test_session_named_talks_concluded_today_under_a_dated_dateline(nlp):
    text = ("Washington, DC, December 13, 2019 – The United States and Japan concluded the third round of the "
            "U.S.-Japan Widget Talks today in Washington. Deputy USTR Jane Roe and Ambassador Taro Kato led the talks.")
    s = _session(nlp, text, issued=date(2019, 12, 13))
    assert (s.forum, s.ordinal, s.start, s.end, s.location) == ("U.S.-Japan Widget Talks", 3, None, date(2019, 12, 13),
                                                                "Washington")


# --------------------------------------------------------------------------- set H shapes (sentences invented)

FORUM_SHAPES = [
    # a forum the text defines with its acronym, ending in a head noun
    ("On March 3, 2010, officials of the two governments met in Lisbon for the third session of the U.S.-Portugal "
     "Widget Cooperation Dialogue (WCD).", None,
     # (Portugal is a country word: the pair opens the forum's name, as "U.S.-China ..." does)
     dict(forum="U.S.-Portugal Widget Cooperation Dialogue", acronym="WCD", ordinal=3, location="Lisbon")),
    # "their tenth <Name>" names the meeting, the ordinal a word
    ("Portuguese and American officials met for their tenth Widget Policy Dialogue in Lisbon.", None,
     dict(forum="Widget Policy Dialogue", acronym=None, ordinal=10)),
    # "the first meeting since <year> of the <Name> on <X> in <domain>": the domain belongs to the name
    ("Officials said the session today was the first meeting since 2012 of the Joint Working Committee on Research in "
     "Energy.", date(2020, 5, 6),
     dict(forum="Joint Working Committee on Research in Energy", ordinal=None, start=date(2020, 5, 6), location=None)),
    # "Opening Round Under the <Name>", the acronym defined later in the text
    ("Widget Partners Wrap Up Opening Round Under the U.S.-Portugal Widget Trade Partnership\n\n"
     "Negotiators from both countries spent five days discussing the U.S.-Portugal Widget Trade Partnership (WTP).", None,
     dict(forum="U.S.-Portugal Widget Trade Partnership", acronym="WTP", ordinal=1)),
    # a meeting under a framework agreement, its ordinal after a country pair
    ("Ministers from both countries gathered in Lisbon on Tuesday for the first ministerial meeting under the "
     "U.S.-Portugal Widget Framework Agreement (WFA).", None,
     dict(acronym="WFA", ordinal=1, location="Lisbon")),
    # "meetings on the <Name> on <X> in <City of three words>": the city is not part of the name
    ("Delegations wrapped up a round of meetings on the US-Portugal Initiative on 21st-Century Widgets in New York "
     "City this week.", None,
     dict(forum="US-Portugal Initiative on 21st-Century Widgets", location="New York City")),
    # a headline "X and Y Hold <Name> in <Country>", the city of that country named in the text
    ("Portugal and Spain Hold Widget and Trade Consultations in Portugal\nMinisters of both countries met in "
     "Lisbon, Portugal, for two days of talks.", None,
     dict(forum="Widget and Trade Consultations", location="Lisbon, Portugal")),
    # a dated dateline reporting "today": its place
    ("LISBON, Jan. 18, 2024 – The Secretary spoke to reporters after a meeting today with the Minister.\n\n"
     "It was the first meeting of the Joint Committee on Widget Trade.", date(2024, 1, 18),
     dict(forum="Joint Committee on Widget Trade", location="LISBON", start=date(2024, 1, 18))),
]


@pytest.mark.parametrize("text,issued,expected", FORUM_SHAPES, ids=[
    "defined-acronym-forum-party", "their-tenth", "meeting-since-year-of-the", "opening-round-under",
    "meeting-under-framework-agreement", "meetings-on-the-three-word-city", "headline-hold-city-of-country",
    "dated-dateline-today"])
def test_session_forum_shapes_of_set_h(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    assert s is not None
    got = s.model_dump()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    # "in <place>" after the name is the place, not part of the name
    ("The ministers convened the Widget Dialogue on Trade in Lisbon.", dict(forum="Widget Dialogue on Trade", location="Lisbon")),
    # an opening session of a numbered meeting keeps the meeting's ordinal
    ("The opening session of the 22nd JCCT was held in Chengdu.", dict(ordinal=22, location="Chengdu")),
])
def test_session_forum_shape_negatives_of_set_h(nlp, text, expected):
    s = _session(nlp, text)
    got = s.model_dump()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed the first round of tariff cuts under the Widget Agreement.",  # no meeting forum named
        "The United States and Portugal signed a Widget Framework Agreement today.",  # a signing, no meeting
    ],
)
def test_session_no_forum_in_set_h_negatives(nlp, text):
    assert _session(nlp, text) is None


CHAIR_SHAPES = [
    # "co-chaired on the government side by A, B, and C" (a comma list with "and")
    ("The U.S.-Portugal Widget Forum was held today. The Forum, which brings together twelve firms, is co-chaired on the "
     "government side by Widget Secretary Jane Roe, Economy Minister Rui Costa, and Minister Ana "
     "Lima, chief of staff.", ["jane-roe", "rui-costa", "ana-lima"]),
    # "X, CEO of <Company>, is the <side> private sector co-chair": the person, never the company
    ("The 5th meeting of the U.S.-Portugal Widget Forum was held today. Mr. John Doe, president of Acme Widget Systems, "
     "was the industry co-chair.", ["john-doe"]),
    # "X and Y led their respective delegations", two particles inside a name (after a free-form
    # domain, "Minister for Trade and Industrial Affairs Ana Maria de la Souza", the title still takes
    # "Ana": a known limit of the party rules)
    ("At the fourth session of the Widget Dialogue in Lisbon, Assistant Secretary for Economic Affairs Mary K. Smith "
     "and Deputy Trade Minister Ana Maria de la Souza led their respective delegations.",
     ["mary-k-smith", "ana-maria-de-la-souza"]),
    # "X met in <place> today with Minister Y for the first ... meeting"
    ("Secretary Jane Roe met on Monday in Lisbon with Minister Rui Costa to open the first widget council meeting under "
     "the U.S.-Portugal Widget Framework Agreement (WFA).", ["jane-roe", "rui-costa"]),
    # "X served as the lead <office> official"
    ("The two sides concluded meetings on the Widget Initiative on Trade in Lisbon. Deputy Secretary Jane Roe served "
     "as the lead negotiator for Washington.", ["jane-roe"]),
]


@pytest.mark.parametrize("text,chairs", CHAIR_SHAPES, ids=[
    "co-chaired-on-the-side-by-list", "is-the-private-sector-co-chair", "led-their-respective-delegations",
    "met-today-with-for-the-meeting", "served-as-the-lead-official"])
def test_session_co_chair_shapes_of_set_h(nlp, text, chairs):
    s = _session(nlp, text)
    assert s is not None and s.co_chairs == chairs


def test_session_delegation_heads_named_after_the_opening(nlp):
    filler = " ".join(["The two sides reviewed many widget issues in detail and at length."] * 25)
    text = (
        "The United States and Portugal today concluded a week of meetings on the U.S.-Portugal Widget Trade "
        f"Partnership (WTP).\n\n{filler}\n\nHeading the American side, Deputy Secretary Jane Roe led the U.S. "
        "delegation; the Portuguese delegation was headed by Trade Secretary Rui Costa.\n"
    )
    assert len(filler) > 1300
    s = _session(nlp, text)
    assert s.co_chairs == ["jane-roe", "rui-costa"]


@pytest.mark.parametrize(
    "text",
    [
        "The Widget Dialogue was held today. The Secretary met with business leaders after the meeting.",
        "The Widget Dialogue was held today. Secretary Jane Roe led the effort to cut tariffs.",
        "The Widget Dialogue was held today. Jane Roe, CEO of Acme, praised the meeting.",
    ],
)
def test_session_co_chair_negatives_of_set_h(nlp, text):
    s = _session(nlp, text)
    assert s is not None and s.co_chairs == []


def test_settle_drops_a_co_chair_whose_party_went_with_the_boilerplate():
    """Found by the fuzz (seed 877659751): the co-chairs were named only inside site furniture,
    so their parties were dropped with it; the session must not keep ids no party has."""
    from jccttool.extractors.session import settle
    from jccttool.records import Party, Session

    known = Party(id="ana-lima", name="Ana Lima", type="person", country="BR", mentions=[(40, 48)])
    session = Session(forum="Joint Trade Council", co_chairs=["ana-lima", "tom-reed"])
    out = settle({"parties": [known], "session": [session]})
    assert out["session"][0].co_chairs == ["ana-lima"]
    assert [p.id for p in out["parties"]] == ["ana-lima"]
    # a person the session's grammar found is added as a party and stays a co-chair
    reed = Party(id="tom-reed", name="Tom Reed", type="person", country="US", mentions=[(60, 68)])
    out = settle({"parties": [known], "session": [session, reed]})
    assert out["session"][0].co_chairs == ["ana-lima", "tom-reed"]
    assert [p.id for p in out["parties"]] == ["ana-lima", "tom-reed"]


PLACES = [
    # (text, issued, expected place): where the meeting was held, in shapes of wire copy and joint statements
    ("DENVER - Today Trade Commissioner Anna Holt met with Chile's Minister of Economy, Rosa Vidal.", date(2015, 4, 2),
     "DENVER"),
    ("LYON, Oct. 3 (Reuters) -- France and Chile held the 5th Session of the U.S.-Chile Joint Commission on Widgets "
     "(JCW) here on Tuesday.", date(2015, 10, 3), "LYON"),
    ("The two sides held the 5th Session of the U.S.-Chile Joint Commission on Widgets (JCW) on Tuesday in the "
     "eastern city of Ningbo.", None, "Ningbo"),
    ("The partners celebrate the 9th Plenary of the U.S.-Peru Widget Dialogue held on May 2, 2022, at the City "
     "Convention Center Headquarters in Austin, TX.", None, "Austin, TX"),
    ("Minister Vidal and Secretary Holt announce the conclusion of the second meeting of the U.S.-Chile Widget "
     "Working Group (the Working Group) in Santiago.", None, "Santiago"),
    ("Officials held the fourth Widget Trade Forum in Lima under the U.S.-Peru Widget Trade Forum (WTF) mandate.",
     None, "Lima"),
    ("Peru and the United States held the U.S.-Peru Widget Dialogue and the U.S.-Peru CEO Forum in Lima today.",
     date(2018, 2, 6), "Lima"),
    ("OSLO – On May 3-4, 2021, the United States and Norway met under the U.S.-Norway Widget Council (UNWC).",
     date(2021, 5, 5), "OSLO"),
    ("Peruvian and U.S. officials met in Lima D.C, on March 4 to prepare for the first meeting of the Council.",
     None, "Lima D.C"),
]


@pytest.mark.parametrize("text,issued,place", PLACES, ids=[
    "dateline-spaced-hyphen-today", "agency-dateline-here", "city-of", "state-code-region", "forum-short-name",
    "forum-name-suffix", "held-with-the-forum", "dateline-of-a-past-meeting", "dc-without-last-dot"])
def test_session_place_shapes(nlp, text, issued, place):
    s = _session(nlp, text, issued)
    assert s is not None and s.location == place


@pytest.mark.parametrize("text", [
    "Secretary Holt met with Minister Vidal today. They agreed to hold the next meeting of the Council in Quito.",
    "Secretary Holt met with Minister Vidal today. The second round of the talks will be held in Quito next May.",
    "The U.S.-Chile Widget Working Group met today; the Andean seminar on standards met in Quito on Friday.",
], ids=["agreed-to-hold-next", "will-be-held", "side-meeting-kept"])
def test_session_place_negatives(nlp, text):
    s = _session(nlp, text, date(2015, 4, 2))
    assert s is not None and s.location is None


def test_session_ordinal_of_the_meeting_prepared_for_is_not_the_sessions(nlp):
    text = ("Officials of the U.S.-Peru Trade and Investment Framework Agreement (TIFA) met in Lima on March 4 "
            "to prepare for the first meeting of the TIFA.")
    s = _session(nlp, text)
    assert s is not None and s.ordinal is None


CHAIRS_MORE = [
    # (text, names): co-chairs of a meeting, in shapes of readouts and wire copy
    ("WASHINGTON – Today Trade Commissioner Anna Holt held a frank discussion today with Peruvian Minister of "
     "Trade Rosa Vidal under the U.S.-Peru Trade and Investment Framework Agreement (TIFA).", {"Anna Holt", "Rosa Vidal"}),
    ("The talks took place in Quito on Monday. The delegations were led by deputy trade representative Sam Reed "
     "on the US side and vice trade minister Ana Ruiz on the Ecuadorian side.", {"Sam Reed", "Ana Ruiz"}),
    ("Agriculture Secretary Lena Moss held a phone call with Minister of Agriculture Tomas Brandt on Friday.",
     {"Lena Moss", "Tomas Brandt"}),
]


@pytest.mark.parametrize("text,names", CHAIRS_MORE, ids=["held-discussion-with-under-forum", "lower-case-title",
                                                         "held-a-call-with"])
def test_session_co_chairs_more_shapes(nlp, text, names):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=date(2015, 4, 2), anchor=date(2015, 4, 2))
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    assert {by_id.get(c, c) for c in found[0].co_chairs} == names


def test_session_chairs_named_after_the_opening(nlp):
    filler = "The officials reviewed many matters of trade in goods and services between the two economies. " * 16
    text = ("LIMA – Today the United States and Peru met under the U.S.-Peru Trade and Investment Framework "
            "Agreement (TIFA). " + filler + "The TIFA meeting, which was chaired by Assistant Trade Representative "
            "Sam Reed and Peruvian Vice Minister of Trade Ana Ruiz, also included officials of both sides.")
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=date(2015, 4, 2), anchor=date(2015, 4, 2))
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    assert {by_id.get(c, c) for c in found[0].co_chairs} == {"Sam Reed", "Ana Ruiz"}


def test_session_new_co_chair_takes_the_country_of_a_body_acronym_in_the_title():
    from jccttool import extract

    text = ("Minister of Trade Rosa Vidal and Deputy USTR Jane Roe met in Lima on May 3, 2016, where they agreed "
            "to expand trade.")
    x = extract(text)
    roe = next(p for p in x.parties if p.name == "Jane Roe")
    assert roe.country == "US" and roe.id in x.document.session.co_chairs


def test_issued_date_reads_a_year_first_numeric_date_line():
    from jccttool.extractors.session import issued_date

    assert issued_date("2021.05.04") == date(2021, 5, 4)
    assert issued_date("2021/5/4") == date(2021, 5, 4)
    assert issued_date("2021.13.04") is None


def test_session_first_ever_forum_is_the_first_meeting(nlp):
    text = "On May 3, 2021, Peru and Chile held the first-ever Peru-Chile Widget Partnership Dialogue in Lima."
    s = _session(nlp, text)
    assert (s.forum, s.ordinal, s.location) == ("Peru-Chile Widget Partnership Dialogue", 1, "Lima")


@pytest.mark.parametrize("text,forum", [
    ("On Tuesday, Secretary Holt met with Minister Vidal of Peru. They agreed to hold the next meeting of the "
     "U.S.-Peru Trade and Investment Framework Agreement in Lima.", None),
    ("Secretary Holt met today with Minister Vidal. They continued talks following the meeting of the Widget "
     "Joint Committee on October 8, 2021.", None),
    ("Statement following the third meeting of the U.S.-Peru Widget Working Group\n\nThe two sides held the third "
     "meeting of the U.S.-Peru Widget Working Group on 21 March.", "U.S.-Peru Widget Working Group"),
], ids=["next-meeting-of", "following-the-meeting-of-on-month", "statement-following-its-meeting"])
def test_session_forum_of_another_meeting_is_not_the_sessions(nlp, text, forum):
    s = _session(nlp, text, date(2022, 4, 5))
    assert s is not None and s.forum == forum


@pytest.mark.parametrize("text,issued,expected", [
    ("LIMA, May 6, 2021\n\nThe two ministers convened in Lima on Tuesday for the third meeting of the "
     "Peru-Chile Widget Partnership Dialogue.", date(2021, 5, 6), (date(2021, 5, 4), date(2021, 5, 4))),
    ("LIMA, May 6, 2021\n\nThe two ministers held talks from Monday to Wednesday under the Peru-Chile Widget "
     "Partnership Dialogue.", date(2021, 5, 6), (None, None)),
    ("The two ministers convened in Lima on Tuesday for the third meeting of the Peru-Chile Widget Partnership "
     "Dialogue.", None, (None, None)),
], ids=["on-weekday-counted-back", "weekday-range-not-a-day", "no-date-line"])
def test_session_day_of_a_weekday_counted_back_from_the_date_line(nlp, text, issued, expected):
    s = _session(nlp, text, issued)
    assert (s.start, s.end) == expected


def test_session_forum_in_a_persons_title_is_not_the_meeting(nlp):
    text = ("The agreement was reached in a phone conversation Vice Premier Li Wen, also chief of the Chinese side "
            "of the China-US comprehensive economic dialogue, held upon invitation with Trade Representative Sam "
            "Reed and Treasury Secretary Ana Ruiz.")
    s = _session(nlp, text, date(2019, 9, 5))
    assert s is not None and s.forum is None
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=date(2019, 9, 5), anchor=date(2019, 9, 5))
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    assert {by_id.get(c, c) for c in found[0].co_chairs} == {"Li Wen", "Sam Reed", "Ana Ruiz"}


def test_session_agreed_on_a_day_is_that_days_date(nlp):
    text = "Trade chiefs agreed on May 5, 2019 to hold the next round in Lima, at the meeting of the Widget Council."
    s = _session(nlp, text, date(2019, 5, 5))
    assert s is not None and s.start == date(2019, 5, 5)


@pytest.mark.parametrize("text,forum", [
    ("The agreements were announced at the end of the two-day Sino-Peruvian economic strategic dialogue, co-chaired "
     "by Vice Premier Li Wen and Trade Minister Rosa Vidal.", "Sino-Peruvian economic strategic dialogue"),
    ("LIMA, Oct. 24 -- The Peru-Chile economic working group held its first meeting via video link on Tuesday.",
     "Peru-Chile economic working group"),
    ("The two sides agreed to make full use of the Peru-Chile economic and trade consultation mechanism.", None),
    ("Peru-Chile trade talks have laid a foundation for a deal, the ministry said after the talks were held.", None),
], ids=["lower-case-dialogue-co-chaired", "lower-case-working-group-held", "consultation-mechanism", "trade-talks"])
def test_session_forum_named_in_lower_case(nlp, text, forum):
    s = _session(nlp, text, date(2023, 10, 24))
    assert (s.forum if s else None) == forum


@pytest.mark.parametrize("text,chairs,place", [
    ("Peru's Vice Minister of Trade Rosa Vidal held a video conference with senior Chilean "
     "officials. They discussed implementing agreements reached by their presidents during a meeting in Cusco, Peru.",
     {"Rosa Vidal"}, None),
    ("Trade Minister Rosa Vidal held a video conference with Chile's Trade Minister Ana Ruiz on Monday.",
     {"Rosa Vidal", "Ana Ruiz"}, None),
], ids=["host-with-unnamed-guests-and-an-earlier-meetings-place", "host-and-named-guest"])
def test_session_host_of_a_call_with_unnamed_guests(nlp, text, chairs, place):
    doc = nlp(text)
    ctx = Context(text=text, segmentation=segment(text), issued=None, anchor=None)
    ctx = replace(ctx, parties=tuple(parties.extract(doc, ctx)))
    found = list(session_extract(doc, ctx))
    by_id = {p.id: p.name for p in [*ctx.parties, *found[1:]]}
    assert {by_id.get(c, c) for c in found[0].co_chairs} == chairs
    assert found[0].location == place


def test_session_inverted_co_chairs_with_titles_after_their_names_and_their_countries():
    from jccttool import extract

    text = ("Vietnamese and Peruvian officials met in Lima on May 3, 2021 to review the Peru-Viet Nam Trade Council.\n\n"
            "Co-chaired the meeting were Tran Van Minh, Head of the Vietnamese Trade Office’s Department for "
            "Americas Affairs and C. Rojas, Assistant to the Peruvian Trade Minister.")
    x = extract(text)
    names = {p.id: (p.name, p.country) for p in x.parties}
    assert {names[c] for c in x.document.session.co_chairs} == {("Tran Van Minh", "VN"), ("C. Rojas", "PE")}


@pytest.mark.parametrize("text,name,country", [
    ("Peru's Minister without portfolio Rosa Vidal and Trade Commissioner Sam Reed met in Lima on Friday.",
     "Rosa Vidal", "PE"),
    ("The delegations were led by deputy trade representative Sam Reed on the US side and vice commerce minister "
     "Li Wen on the Chinese side.", "Li Wen", "CN"),
], ids=["title-partly-lower-case", "lower-case-title-then-side"])
def test_session_new_co_chair_country_from_a_title_in_lower_case(text, name, country):
    from jccttool import extract

    x = extract(text)
    p = next(p for p in x.parties if p.name == name)
    assert p.country == country
