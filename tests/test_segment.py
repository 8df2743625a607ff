"""Segmentation: boilerplate, title, date line, kind, sections, blocks, roles.

The expectation for the 22nd fact sheet was written by reading
``data/raw/jcct-22-fact-sheet-2011.txt`` line by line (group breaks = 2 blank lines),
not by copying the tool's output.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jccttool.segment import segment

from .conftest import ALL_DOCUMENTS, ARTICLE, DEV, FACT_SHEET


def _read(path) -> str:
    return path.read_text(encoding="utf-8")


def _check_invariants(text: str, seg) -> None:
    """Spans index the text; ids are in order; parents are level-1 sections."""
    ids = [s.id for s in seg.sections]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    level1 = {s.id for s in seg.sections if s.level == 1}
    for s in seg.sections:
        assert 0 <= s.span[0] <= s.span[1] <= len(text)
        if s.heading_span:
            assert text[s.heading_span[0] : s.heading_span[1]] == s.title
        assert (s.parent in level1) if s.level == 2 else s.parent is None
        for j, b in enumerate(s.blocks, 1):
            assert b.id == f"{s.id}.b{j:02d}"
            assert text[b.span[0] : b.span[1]] == b.text
            assert b.text and b.text == b.text.strip(" \t\r\n\u00a0")
            assert s.span[0] <= b.span[0] <= b.span[1] <= s.span[1]
            assert not any(bs < b.span[1] and b.span[0] < be for bs, be in seg.boilerplate)
    if seg.title_span:
        assert text[seg.title_span[0] : seg.title_span[1]] == seg.title
    for start, end in [*seg.boilerplate, *([seg.date_line] if seg.date_line else [])]:
        assert 0 <= start < end <= len(text)


# --------------------------------------------------------------------------- 22nd JCCT fact sheet

#: (title or None when the heading was lost, level, blocks, bullets), in document order
FACT_SHEET_SECTIONS = [
    (None, 0, 2, 0),  # preamble: co-chairs paragraph, "The following outcomes ..."
    (None, 1, 1, 0),  # lost: "Open and non-discriminatory innovation policies ..."
    ("New Energy Vehicles (NEVs)", 2, 4, 3),
    ("Indigenous Innovation", 2, 1, 1),
    ("Intellectual Property Rights and Non-discrimination", 2, 1, 1),
    ("Intellectual Property Rights Enforcement Leadership Structure", 1, 1, 1),
    ("Software Legalization", 2, 5, 4),
    (None, 1, 2, 1),  # lost: "China plans to invest $1.5 trillion ..."
    (None, 1, 1, 0),  # lost: "China is the world's third largest market for medical equipment ..."
    ("Down Classification", 2, 1, 1),
    ("Safety Standards", 2, 1, 1),
    ("Regulatory Data Protection", 1, 1, 1),
    ("Counterfeit Drugs", 2, 1, 1),
    (None, 1, 3, 2),  # lost: smart grid
    (None, 1, 3, 2),  # lost: China Compulsory Certification
    (None, 1, 2, 1),  # lost: telecommunications equipment testing
    (None, 1, 2, 1),  # lost: value-added telecommunications services
    (None, 1, 2, 1),  # lost: travel and tourism
    ("Intellectual Property Rights Working Group", 1, 0, 0),
    ("Online Counterfeiting", 2, 1, 1),
    ("Online and Library Copyright Protection", 2, 1, 1),
    ("Broadcast Tariff Rates", 2, 1, 1),
    ("Bad Faith Trademark Filings", 2, 1, 1),
    ("Patent Quality", 2, 1, 1),
    ("Commercial Law Working Group", 2, 2, 0),
    ("Cloud Computing", 2, 1, 0),
    (None, 1, 1, 0),  # lost: motorcycle forum
    ("Specialty Automotive Products", 2, 2, 0),
    ("APEC Life Sciences Innovation Forum", 2, 1, 0),
    ("Express Delivery", 2, 2, 0),
    (None, 1, 2, 0),  # lost: remanufacturing
    ("Agricultural Cooperation", 2, 1, 0),
]


@pytest.fixture(scope="module")
def fact_sheet():
    text = _read(FACT_SHEET)
    return text, segment(text)


def test_segment_fact_sheet_header(fact_sheet):
    text, seg = fact_sheet
    assert seg.title == "22nd U.S.-China Joint Commission on Commerce and Trade Fact Sheet"
    assert text[seg.date_line[0] : seg.date_line[1]] == "November 21, 2011"
    assert seg.kind == "fact_sheet"
    assert [text[s:e] for s, e in seg.boilerplate] == [
        "This site contains information from January 2009-December 2014. Click HERE to go the CURRENT website."
    ]


def test_segment_fact_sheet_sections(fact_sheet):
    text, seg = fact_sheet
    got = [(s.title, s.level, len(s.blocks), sum(b.kind == "bullet" for b in s.blocks)) for s in seg.sections]
    assert got == FACT_SHEET_SECTIONS
    _check_invariants(text, seg)


def test_segment_fact_sheet_parents(fact_sheet):
    _, seg = fact_sheet
    by_title = {s.title: s for s in seg.sections if s.title}
    wg = by_title["Intellectual Property Rights Working Group"]
    assert by_title["Patent Quality"].parent == wg.id
    assert by_title["Online Counterfeiting"].parent == wg.id
    assert wg.span[1] == by_title["Cloud Computing"].span[1]  # a level-1 span covers its children
    assert by_title["New Energy Vehicles (NEVs)"].topic == "New Energy Vehicles"
    lost = [s for s in seg.sections if s.level == 1 and s.title is None]
    assert all(s.topic and s.heading_span is None for s in lost)


@pytest.mark.parametrize(
    "opening, topic",
    [
        ("China is the world", "medical devices"),
        ("State Grid Corporation", "smart grid"),
        ("For a given piece of telecommunications", "telecommunications"),
        ("Private-sector experts predict", "telecommunications"),
        ("Every $100,000 spent", "travel and tourism"),
        ("The United States is a world leader in remanufactured", "remanufacturing"),
    ],
)
def test_segment_fact_sheet_inferred_topics(fact_sheet, opening, topic):
    _, seg = fact_sheet
    section = next(s for s in seg.sections if s.blocks and s.blocks[0].text.startswith(opening))
    assert section.title is None and section.topic == topic


def test_segment_fact_sheet_roles(fact_sheet):
    _, seg = fact_sheet
    context = [b.text[:30] for s in seg.sections for b in s.blocks if b.role == "context"]
    assert context == [
        "Open and non-discriminatory in",
        "China plans to manufacture one",
        "In 2009, the commercial value ",
        "China plans to invest $1.5 tri",
        "China is the world’s third lar",
        "State Grid Corporation of Chin",
        "20 percent of all U.S. exports",
        "For a given piece of telecommu",
        "Private-sector experts predict",
        "Every $100,000 spent by intern",
        "The U.S. auto specialty equipm",
        "Estimates of China’s express d",
        "The United States is a world l",
    ]
    assert all(b.role == "outcome" for s in seg.sections for b in s.blocks if b.kind == "bullet")


def test_segment_fact_sheet_bullet_text_has_no_mark(fact_sheet):
    text, seg = fact_sheet
    bullets = [b for s in seg.sections for b in s.blocks if b.kind == "bullet"]
    assert len(bullets) == 27
    assert all(text[b.span[0] - 2 : b.span[0]] == "• " and b.depth == 0 for b in bullets)


# --------------------------------------------------------------------------- IP-Watch article


def test_segment_news_article():
    text = _read(ARTICLE)
    seg = segment(text)
    assert seg.kind == "news_article"
    assert seg.title == "US, China Hold High-Level Talks On IP Policy"
    assert seg.date_line is None
    furniture = [text[s:e] for s, e in seg.boilerplate]
    assert furniture[0] == "Print This Post\u00a0Print This Post"
    assert furniture[1:4] == ["The USTR fact sheet is here.", "William New may be reached at", furniture[3]]
    assert furniture[3].startswith("Creative Commons License") and furniture[-1] == "Leave a Reply"
    assert [s.id for s in seg.sections] == ["s00"]
    blocks = seg.sections[0].blocks
    assert len(blocks) == 11 and all(b.kind == "paragraph" for b in blocks)
    assert blocks[0].text.startswith("The United States and China made notable progress")
    assert blocks[-1].text.endswith("Roundtables will be held to discussion online copyright protection.")
    assert seg.warnings == ["no headings found; one section"]
    _check_invariants(text, seg)


# --------------------------------------------------------------------------- dev documents

DEV_HEADERS = [
    (
        "jcct-17-outcomes-fact-sheet-2006.txt",
        "The U.S.-China Joint Commission on Commerce and Trade (JCCT) Outcomes on U.S. Requests",
        "fact_sheet",
        "April 11, 2006",
    ),
    ("jcct-24-press-release-2013.txt", None, "press_release", None),
    (
        "jcct-26-joint-fact-sheet-2015.txt",
        "U.S.-China Joint Fact Sheet on the 26th U.S.-China Joint Commission on Commerce and Trade",
        "joint_fact_sheet",
        None,
    ),
    ("korus-outcomes-fact-sheet-2018.txt", "Fact Sheet on U.S.-Korea Free Trade Agreement Outcomes", "fact_sheet", None),
    (
        "news-cecc-jcct-20-2009.txt",
        "The U.S. and China Held the 20th Meeting of the JCCT in Hangzhou, China",
        "news_article",
        "December 2, 2009",
    ),
    (
        "sed-3-joint-fact-sheet-2007.txt",
        "The Third U.S. - China Strategic Economic Dialogue December 12 - 13, 2007, Beijing Joint Fact Sheet",
        "joint_fact_sheet",
        None,
    ),
]


@pytest.mark.parametrize("name, title, kind, date", DEV_HEADERS, ids=[d[0].removesuffix(".txt") for d in DEV_HEADERS])
def test_segment_dev_header(name, title, kind, date):
    text = _read(DEV / name)
    seg = segment(text)
    assert seg.title == title
    assert seg.kind == kind
    assert (text[seg.date_line[0] : seg.date_line[1]] if seg.date_line else None) == date


def test_segment_dev_17th_mailing_list_furniture_and_run_in_bullets():
    text = _read(DEV / "jcct-17-outcomes-fact-sheet-2006.txt")
    seg = segment(text)
    furniture = [text[s:e] for s, e in seg.boilerplate]
    assert furniture[0].startswith("JOINT FACT SHEET- USDA")  # mail subject above the nav bar
    assert furniture[1].startswith("[Date Prev]")
    assert "http://www.usda.gov/2006/04/0125.xml" in furniture
    [section] = seg.sections
    assert (section.title, section.level) == ("Increasing U.S. Access to the Chinese Market", 1)
    assert [b.text.split(".")[0] for b in section.blocks] == [
        "Resumption of Trade in U",
        "Medical Devices",
        "Telecom Market Access",
        "Third Generation Mobile Communications Standards",
        "Express Delivery",
    ]
    assert all(b.kind == "bullet" for b in section.blocks)


def test_segment_dev_korus_one_line_per_block():
    text = _read(DEV / "korus-outcomes-fact-sheet-2018.txt")
    seg = segment(text)
    pre, outcomes = seg.sections
    assert len(pre.blocks) == 4 and all(b.kind == "paragraph" for b in pre.blocks)
    assert (outcomes.title, outcomes.level) == ("KEY NEW OUTCOMES FOR U.S. EXPORTERS", 1)
    assert [b.kind for b in outcomes.blocks] == ["paragraph", "bullet", "bullet", "bullet"]
    assert outcomes.blocks[1].text.startswith("U.S. Truck Tariffs:")
    assert pre.blocks[2].role == "context"  # deficit figures, no commitment


def test_segment_dev_sed_nested_bullets_and_furniture():
    text = _read(DEV / "sed-3-joint-fact-sheet-2007.txt")
    seg = segment(text)
    assert [text[s:e] for s, e in seg.boilerplate] == ["Press Releases", "(Archived Content)"]
    blocks = seg.sections[0].blocks
    assert [(b.kind, b.depth) for b in blocks] == [("paragraph", 0)] * 2 + [("bullet", 0)] + [("bullet", 1)] * 5
    assert blocks[3].text.startswith("Food and feed:")


def test_segment_dev_26th_lost_heading_after_four_blank_lines():
    text = _read(DEV / "jcct-26-joint-fact-sheet-2015.txt")
    seg = segment(text)
    assert len(seg.boilerplate) == 2
    pre, group = seg.sections
    assert pre.blocks[0].text.startswith("As recognized by the joint Presidential")
    assert (group.title, group.level, group.topic) == (None, 1, "agriculture")


def test_segment_dev_press_release_dateline():
    text = _read(DEV / "jcct-24-press-release-2013.txt")
    seg = segment(text)
    [pre] = seg.sections
    assert len(pre.blocks) == 5 and pre.blocks[0].text.startswith("BEIJING --")


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.stem)
def test_segment_spans_index_the_text(path):
    text = _read(path)
    _check_invariants(text, segment(text))


# --------------------------------------------------------------------------- synthetic cases

SHEET = (
    "Fact Sheet on Widget Trade\n\nMarch 3, 2012\n\nThe two sides met.\n\n"
    "Market Access\n\n  • China agreed to open its market.\n  • The United States agreed to talk.\n"
)


def test_segment_crlf_and_cr_line_endings():
    for newline in ("\r\n", "\r"):
        text = SHEET.replace("\n", newline)
        seg = segment(text)
        assert seg.title == "Fact Sheet on Widget Trade"
        assert text[seg.date_line[0] : seg.date_line[1]] == "March 3, 2012"
        assert [(s.title, len(s.blocks)) for s in seg.sections] == [(None, 1), ("Market Access", 2)]
        _check_invariants(text, seg)


def test_segment_nbsp_tabs_and_curly_quotes():
    text = (
        "Fact Sheet on Widget Trade\n\n\u00a0\n\n\u00a0Market\u00a0Access \u00a0\n\n"
        "\t•\u00a0China “confirmed” it\u2019s open.\u00a0 \n\t•\u00a0Both sides agreed.\u00a0\n"
    )
    seg = segment(text)
    [section] = seg.sections
    assert section.title == "Market\u00a0Access" and section.topic == "Market Access"
    assert [b.text for b in section.blocks] == ["China “confirmed” it\u2019s open.", "Both sides agreed."]


def test_segment_nested_bullets_by_indent_and_mark():
    text = (
        "Results\n\n• China agreed to:\n    • lower tariffs;\n    • publish rules.\n• The U.S. agreed.\n\n"
        "Other Results\n\n- China agreed to:\no  lower tariffs;\n- The U.S. agreed.\n"
    )
    sections = segment(text).sections
    assert [b.depth for b in sections[0].blocks] == [0, 1, 1, 0]
    assert [b.depth for b in sections[1].blocks] == [0, 1, 0]


def test_segment_all_caps_heading_is_level_1_over_title_case():
    text = (
        "Fact Sheet on Widgets\n\nIntro paragraph.\n\nKEY OUTCOMES\n\nMarket Access\n\n"
        "- China agreed.\n\nStandards\n\n- China confirmed.\n\nOTHER ISSUES\n\nThe sides met.\n"
    )
    got = [(s.title, s.level, s.parent) for s in segment(text).sections]
    assert got == [
        (None, 0, None),
        ("KEY OUTCOMES", 1, None),
        ("Market Access", 2, "s01"),
        ("Standards", 2, "s01"),
        ("OTHER ISSUES", 1, None),
    ]


def test_segment_run_in_bullet_leads_are_not_headings():
    text = "Fact Sheet on Widgets\n\nOutcomes\n\n* Medical Devices.  China agreed to act.\n\n* Express Delivery.  China reiterated it.\n"
    [section] = segment(text).sections
    assert section.title == "Outcomes"
    assert [b.text for b in section.blocks] == ["Medical Devices.  China agreed to act.", "Express Delivery.  China reiterated it."]


def test_segment_numbered_lists_and_numbered_headings():
    text = "Fact Sheet on Widgets\n\n1. Agriculture\n\n(a) China agreed to buy beef.\n(b) China agreed to buy pork.\n\n2. Services\n\n1) One.\n2) Two.\n"
    sections = segment(text).sections
    assert [s.title for s in sections] == ["1. Agriculture", "2. Services"]
    assert [b.text for b in sections[0].blocks] == ["China agreed to buy beef.", "China agreed to buy pork."]
    assert [b.kind for b in sections[1].blocks] == ["bullet", "bullet"]


def test_segment_no_headings_one_section():
    text = "The two sides met in Beijing.\n\nThey agreed to meet again.\n"
    seg = segment(text)
    assert [s.id for s in seg.sections] == ["s00"]
    assert seg.warnings == ["no headings found; one section"]
    assert seg.title is None and seg.kind == "press_release"  # it reports a meeting


def test_segment_hard_wrapped_paragraphs_stay_whole():
    text = (
        "The United States and China agreed to expand the\nmemorandum of understanding. China will\n"
        "open three provinces for travel.\n\nBoth sides will meet in\nspring 2012 to review it.\n"
    )
    blocks = segment(text).sections[0].blocks
    assert len(blocks) == 2 and "\n" in blocks[0].text


def test_segment_heading_followed_by_heading_is_parent_in_ungrouped_text():
    text = "Fact Sheet on Widgets\n\nWorking Group\n\nPatents\n\n• China agreed.\n\nTrademarks\n\n• China confirmed.\n\nCloud Computing\n\nThe sides agreed.\n"
    got = [(s.title, s.level, s.parent) for s in segment(text).sections]
    assert got == [("Working Group", 1, None), ("Patents", 2, "s01"), ("Trademarks", 2, "s01"), ("Cloud Computing", 2, "s01")]


def test_segment_dateline_press_release_date():
    text = "WASHINGTON, November 21, 2011 -- The United States and China agreed today.\n"
    seg = segment(text)
    assert seg.kind == "press_release" and seg.title is None
    assert text[seg.date_line[0] : seg.date_line[1]] == "November 21, 2011"


def test_segment_empty_and_blank_text():
    for text in ("", "\n\n \u00a0\n", "Print This Post\n"):
        seg = segment(text)
        assert seg.sections == [] or all(not s.blocks for s in seg.sections)
        _check_invariants(text, seg)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["", " ", "\u00a0", "Market Access", "KEY OUTCOMES", "  • China agreed.", "    • lower tariffs;", "- item",
             "1. Agriculture", "(a) one", "The two sides met.", "November 21, 2011", "Print This Post", "http://x.gov/a",
             "In 2010, exports reached $29.6 billion.", "BEIJING -- China agreed.", "\t* Lead.  Text", "o  sub"]
        ),
        max_size=25,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_segment_property_spans_hold_on_generated_text(parts, newline):
    text = newline.join(parts)
    _check_invariants(text, segment(text))


# shapes seen on other agencies' pages (texts invented here, not copied)


def test_segment_weekday_date_heading_then_two_blank_lines():
    text = (
        "U.S.-China Joint Fact Sheet on the 27th Session of the Widget Commission\n\n\n"
        "Wednesday, January 11, 2017\n\nTrade and Investment Working Group\n\n\n"
        "The two sides believe that innovation drives growth.\n\n"
        "China explained that its policies will not restrict sales.\n\n\n"
        "The Department of Commerce and the Ministry of Commerce held the 11th meeting of the "
        "High Technology Working Group.\n\nThe two sides agreed to meet again."
    )
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == "January 11, 2017"
    assert seg.kind == "joint_fact_sheet"
    got = [(s.title, s.level, len(s.blocks)) for s in seg.sections]
    assert got == [("Trade and Investment Working Group", 1, 2), (None, 1, 2)]
    assert seg.sections[1].topic == "high technology trade"


def test_segment_press_release_with_subtitle_and_title_case_dateline():
    text = (
        "Click here to go to the CURRENT USTR.GOV WEBSITE\n\n\n"
        "U.S. and Chinese Delegations Conclude the 27th Session of the Widget Commission\n\n"
        "November 23, 2016\n\nAgreement reached in several areas of importance to U.S. workers\n\n"
        "Washington, D.C. \u2013 The Trade Representative today led a delegation.\n\n"
        "\u201cWe made progress,\u201d said Secretary Roe."
    )
    seg = segment(text)
    assert seg.kind == "press_release"
    assert text[seg.date_line[0] : seg.date_line[1]] == "November 23, 2016"
    assert [b.text[:10] for b in seg.sections[0].blocks] == ["Washington", "“We made p"]  # the deck is title matter


def test_segment_site_date_above_title_loses_to_date_line_below():
    text = "Friday February 21, 2020\n\n25th Widget Commission\n\nDecember 22, 2014\n\nThe sides met in Chicago."
    seg = segment(text)
    assert seg.title == "25th Widget Commission"
    assert text[seg.date_line[0] : seg.date_line[1]] == "December 22, 2014"
    assert [b.text for b in seg.sections[0].blocks] == ["The sides met in Chicago."]


def test_segment_wire_story_is_news():
    text = (
        "China, US agree to set up commercial working group\n\n"
        "BEIJING, Aug 28, 2023 (BSS/AFP) - China and the United States on Monday agreed to set up a group, "
        "the Department of Commerce said."
    )
    seg = segment(text)
    assert seg.kind == "news_article" and seg.title.startswith("China, US agree")
    assert text[seg.date_line[0] : seg.date_line[1]] == "Aug 28, 2023"


# --------------------------------------------------------------------------- held-out failure shapes (texts invented)


@pytest.mark.parametrize(
    "labels, number",
    [
        (["Press Room"], "HP-205"),
        (["Press Center", "Statements & Releases"], "JS-1234"),
        (["Newsroom"], "jl0484"),
        (["News", "Fact Sheets"], "PR 12-345"),
        (["Media Center"], "Release No. 0484.11"),
    ],
    ids=["press-room", "press-center", "newsroom", "news", "media-center"],
)
def test_segment_site_section_labels_and_release_numbers_are_boilerplate(labels, number):
    text = "\n\n".join(labels) + (
        f"\n\nWednesday, January 11, 2017\n{number}\n\nU.S. and China Conclude Widget Talks\n\n"
        "The two sides agreed to widen trade in widgets.\n"
    )
    seg = segment(text)
    assert [text[s:e] for s, e in seg.boilerplate] == [*labels, number]
    assert seg.title == "U.S. and China Conclude Widget Talks"
    assert text[seg.date_line[0] : seg.date_line[1]] == "January 11, 2017"
    assert seg.kind == "press_release"
    assert [b.text for s in seg.sections for b in s.blocks] == ["The two sides agreed to widen trade in widgets."]


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n\n\n"], ids=["one-newline", "blank-line", "two-blank-lines"])
@pytest.mark.parametrize(
    "meeting, label, kind",
    [
        ("December 14-15, Beijing", "Fact Sheet", "fact_sheet"),
        ("December 14 - 15, 2006 | Beijing, China", "Joint Fact Sheet", "joint_fact_sheet"),
        ("Washington, D.C., July 27-28, 2009", "Joint Statement", "press_release"),
        ("14-15 December 2006", "Media Note", "press_release"),
    ],
)
def test_segment_title_block_over_several_short_lines(sep, meeting, label, kind):
    text = sep.join(["The First U.S.-China Widget Dialogue", meeting, label]) + (
        "\n\nThe United States and China held the first Widget Dialogue.\n\nMarket Access\n\n• China agreed to open.\n"
    )
    seg = segment(text)
    assert seg.title == "The First U.S.-China Widget Dialogue"
    assert seg.kind == kind
    assert seg.date_line is None  # the meeting's dates are not the document's date line
    got = [(s.title, [b.text for b in s.blocks]) for s in seg.sections]
    assert got == [(None, ["The United States and China held the first Widget Dialogue."]), ("Market Access", ["China agreed to open."])]
    _check_invariants(text, seg)


def test_segment_standalone_fact_sheet_line_under_title_and_label_above_it():
    under = "U.S.-China Widget Outcomes\n\n\n\nFact Sheet\n\nThe two sides agreed to trade widgets.\n\nAgriculture\n\nChina agreed to buy beef.\n"
    above = "Joint Fact Sheet\n\nNovember 3, 2012\n\nU.S.-China Widget Outcomes of the Third Widget Dialogue Held in Beijing, China, on November 2 and 3, 2012\n\nThe two sides agreed.\n"
    seg = segment(under)
    assert (seg.title, seg.kind) == ("U.S.-China Widget Outcomes", "fact_sheet")
    assert [s.title for s in seg.sections] == [None, "Agriculture"]
    seg = segment(above)
    assert seg.title.startswith("U.S.-China Widget Outcomes") and seg.kind == "joint_fact_sheet"
    assert above[seg.date_line[0] : seg.date_line[1]] == "November 3, 2012"
    assert segment("Fact Sheet\n\nThe two sides agreed.\n").title == "Fact Sheet"  # the label when nothing else


def test_segment_media_note_place_line_is_header():
    text = (
        "Outcomes of the Widget Track\nMedia Note\nOffice of the Spokesperson\nWashington, DC\nJuly 12, 2013\n\n"
        "The two sides agreed to trade widgets.\n\nEnergy Cooperation\n\nChina agreed to buy oil.\n"
    )
    seg = segment(text)
    assert (seg.title, seg.kind) == ("Outcomes of the Widget Track", "press_release")
    assert text[seg.date_line[0] : seg.date_line[1]] == "July 12, 2013"
    assert [s.title for s in seg.sections] == [None, "Energy Cooperation"]


@pytest.mark.parametrize(
    "title, kind",
    [
        ("2016 U.S.-China Strategic and Widget Dialogue Joint U.S.-China Fact Sheet – Economic Track", "joint_fact_sheet"),
        ("U.S.-China Joint Statement on Widgets", "press_release"),  # a joint statement is a release, not a fact sheet
        ("Joint Press Release of the Widget Dialogue", "press_release"),
        ("U.S.-China Joint Presidential Statement on Widgets", "press_release"),
        ("U.S.-China Joint Outcomes of the Widget Summit", "joint_fact_sheet"),
        ("22nd U.S.-China Joint Commission on Commerce and Trade Fact Sheet", "fact_sheet"),
        ("U.S.-China Joint Commission on Commerce and Trade Widget Outcomes", "press_release"),  # the body reports
        ("Widget Talks Conclude", "press_release"),
        ("Delegations Conclude 9th Session of the U.S.-China Widget Dialogue", "press_release"),  # a headline, not a name
        ("Statement of the Widget Spokesperson on Widget Talks", "press_release"),
        ("Widget Ministry Comments on the Widget Report", "press_release"),
    ],
)
def test_segment_kind_from_title(title, kind):
    assert segment(f"{title}\n\nThe two sides agreed.\n").kind == kind


def test_segment_kind_unknown_without_any_report():
    assert segment("Widget Tables\n\nThe tables below list widget tariffs by year.\n").kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "The following press release was published by the Widget Department on May 2, 2014.\n\nWidgets are good.\n",
        "Widget Outcomes\n\nTrade\n\n• One.\n• Two.\n\nFinance\n\n• Three.\n",
    ],
    ids=["repost-note", "headings-over-bullets"],
)
def test_segment_kind_of_reposts_and_outcome_lists(text):
    assert segment(text).kind == ("press_release" if "release" in text else "fact_sheet")


@pytest.mark.parametrize(
    "opening, date",
    [
        ("BEIJING – The United States and China agreed today to expand widget trade.", None),
        ("WASHINGTON — The United States and China agreed today to expand widget trade.", None),
        ("Washington – The United States and China agreed today to expand widget trade.", None),
        ("Beijing, Nov. 21, 2011 – The United States and China agreed today to expand widget trade.", "Nov. 21, 2011"),
        ("WASHINGTON (Nov. 21, 2011) — The United States and China agreed today to expand widget trade.", "Nov. 21, 2011"),
    ],
)
def test_segment_dateline_with_en_or_em_dash_is_press_release(opening, date):
    text = f"U.S. and China Conclude Widget Talks\n\n{opening}\n\nMore text follows.\n"
    seg = segment(text)
    assert seg.kind == "press_release"
    assert (text[seg.date_line[0] : seg.date_line[1]] if seg.date_line else None) == date


def test_segment_run_in_topic_is_not_a_dateline():
    text = "U.S. and China Conclude Widget Talks\n\nAgriculture – The United States and China agreed today to expand beef trade.\n"
    assert segment(text).kind == "press_release"  # by its reporting verb, not a dateline


@pytest.mark.parametrize(
    "line, date",
    [
        ("Wednesday, January 11, 2017", "January 11, 2017"),
        ("Nov. 21, 2011", "Nov. 21, 2011"),
        ("Wed., Nov. 21, 2011", "Nov. 21, 2011"),
        ("Sept. 5, 2012", "Sept. 5, 2012"),
        ("Release Date: Tuesday, Nov. 22, 2011", "Nov. 22, 2011"),
        ("Monday 21 November 2011", "21 November 2011"),
    ],
)
@pytest.mark.parametrize("where", ["under-title", "above-title-after-labels"])
def test_segment_date_line_forms(line, date, where):
    from jccttool.extractors.dates import normalise

    if where == "under-title":
        text = f"Widget Trade Outcomes\n\n{line}\n\nThe two sides met in Beijing.\n"
    else:
        text = f"Press Room\n\n{line}\nHP-205\n\nWidget Trade Outcomes\n\nThe two sides met in Beijing.\n"
    seg = segment(text)
    assert seg.title == "Widget Trade Outcomes"
    found = text[seg.date_line[0] : seg.date_line[1]]
    assert found == date
    assert normalise(found, None)[2] == "day"


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-lines", "one-newline"])
def test_segment_roman_and_lettered_headings(sep):
    text = sep.join(
        [
            "Joint Fact Sheet on Widgets",
            "I. Strengthening Economic Policy Cooperation",
            "The two sides agreed to strengthen cooperation.",
            "II. Promoting Open Trade and Investment",
            "A. Trade",
            "The United States will lower widget tariffs.",
            "B. Investment",
            "China will open widget factories.",
            "III. Financial Sector Reform",
            "China agreed to open its financial sector.",
        ]
    )
    got = [(s.title, s.level, s.parent, s.topic, len(s.blocks)) for s in segment(text).sections]
    assert got == [
        ("I. Strengthening Economic Policy Cooperation", 1, None, "Strengthening Economic Policy Cooperation", 1),
        ("II. Promoting Open Trade and Investment", 1, None, "Promoting Open Trade and Investment", 0),
        ("A. Trade", 2, "s02", "Trade", 1),
        ("B. Investment", 2, "s02", "Investment", 1),
        ("III. Financial Sector Reform", 1, None, "Financial Sector Reform", 1),
    ]


def test_segment_roman_headings_in_hard_wrapped_text():
    text = (
        "Joint Fact Sheet on Widgets\n\nI. Strengthening Economic Policy Cooperation\nThe two sides agreed to strengthen cooperation in the\n"
        "area of widgets and to meet again in the\nspring.\nII. Financial Sector Reform\nChina agreed to open its\n"
        "financial sector to foreign\nfirms.\n"
    )
    sections = segment(text).sections
    assert [(s.title, s.level, len(s.blocks)) for s in sections] == [
        ("I. Strengthening Economic Policy Cooperation", 1, 1),
        ("II. Financial Sector Reform", 1, 1),
    ]


# --------------------------------------------------------------------------- topics.json


def test_segment_topic_table_loads_and_validates():
    from pydantic import ValidationError

    from jccttool.resources import load_json
    from jccttool.resources.models import TopicTable

    table = load_json("topics.json", TopicTable)
    labels = [t.label for t in table.topics]
    for label in ("exchange rates", "financial services", "investment", "export controls", "government procurement",
                  "agriculture", "travel and tourism", "intellectual property", "medical devices", "pharmaceuticals",
                  "steel and overcapacity", "cybersecurity and ICT", "energy", "environment",
                  "standards and conformity assessment", "transparency", "competition policy", "statistics",
                  "legal exchange"):
        assert label in labels
    with pytest.raises(ValidationError):
        TopicTable.model_validate({"topics": [{"label": "x", "cues": ["(unclosed"]}]})
    with pytest.raises(ValidationError):
        TopicTable.model_validate({"topics": [{"label": "x", "cues": ["a"]}, {"label": "x", "cues": ["b"]}]})


@pytest.mark.parametrize(
    "paragraph, topic",
    [
        ("China will move to a more market-determined exchange rate and increase RMB exchange rate flexibility.", "exchange rates"),
        ("Both sides recognize that excess capacity in steel and aluminum harms global markets.", "steel and overcapacity"),
        ("The two sides will continue negotiations on a bilateral investment treaty (BIT).", "investment"),
        ("China will revise its list of biotechnology approvals and act on pending biotech events for corn.", "agriculture"),
        ("China will submit a revised offer to join the Agreement on Government Procurement (GPA).", "government procurement"),
        ("The two sides will hold an exchange on cybersecurity and ICT products.", "cybersecurity and ICT"),
    ],
)
def test_segment_lost_heading_topics_from_table(paragraph, topic):
    # a bullet in the document is the evidence that the gap of two blank lines lost a heading
    text = f"Fact Sheet on Widgets\n\nThe two sides met.\n\n\n{paragraph}\n\n• The sides will meet again.\n"
    sections = segment(text).sections
    assert (sections[-1].title, sections[-1].topic) == (None, topic)


def test_archive_banner_and_breadcrumb_labels_are_boilerplate():
    text = ("ARCHIVE\n\nContent on this archived webpage is NOT UPDATED.\n\nBreadcrumb\n\n"
            "U.S.-China Joint Fact Sheet on the 25th Joint Commission on Commerce and Trade\n\n"
            "December 19, 2014\n\nThe two sides agreed to continue exchanges.\n")
    seg = segment(text)
    assert seg.title == "U.S.-China Joint Fact Sheet on the 25th Joint Commission on Commerce and Trade"
    assert seg.kind == "joint_fact_sheet"
    assert text[seg.date_line[0]:seg.date_line[1]] == "December 19, 2014"
    assert [text[s:e] for s, e in seg.boilerplate][:1] == ["ARCHIVE"]


@pytest.mark.parametrize(
    "text, date_text",
    [
        ("U.S.-China Joint Fact Sheet\n\nWashington, D.C.–January 19, 2011. President Obama welcomed President Hu "
         "Jintao of China for a state visit.\n\nThe two sides agreed to expand trade.\n", "January 19, 2011"),
        ("U.S.-China Joint Fact Sheet\n\nWashington, D.C.—January 19, 2011.\n\nPresident Obama welcomed "
         "President Hu Jintao of China for a state visit.\n", "January 19, 2011"),
        ("China, U.S. Wrap Up Trade Talks\n\nBEIJING, Nov. 21, 2011 – China and the United States concluded the "
         "22nd session of the JCCT in Chengdu.\n", "Nov. 21, 2011"),
        ("Fact Sheet\n\nU.S.-China Joint Commission on Commerce and Trade\n\nWednesday, January 11, 2017\n\n"
         "The United States and China held the 27th JCCT.\n", "January 11, 2017"),
    ],
    ids=["dc-dash-body", "dc-emdash-line", "city-date-dash", "weekday"],
)
def test_segment_datelines(text, date_text):
    seg = segment(text)
    assert seg.date_line is not None and text[seg.date_line[0] : seg.date_line[1]] == date_text


def test_segment_date_line_under_a_heading_is_not_a_block():
    text = (
        "Joint Fact Sheet\n\nU.S.-China Strategic and Economic Dialogue\n\nOutcomes of the Economic Track\n\n"
        "July 10, 2013\n\nThe United States and China held the fifth S&ED.\n\nThe two sides agreed to expand trade.\n"
    )
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == "July 10, 2013"
    blocks = [b.text for s in seg.sections for b in s.blocks]
    assert "July 10, 2013" not in blocks and len(blocks) == 2


def test_segment_meeting_line_span():
    text = "The First U.S.-China Strategic Economic Dialogue\nDecember 14-15, Beijing\n\nFact Sheet\n\nThe two sides met.\n"
    seg = segment(text)
    assert text[seg.meeting_line[0] : seg.meeting_line[1]] == "December 14-15, Beijing"


# --------------------------------------------------------------------------- mastheads, genre-led titles, source/date lines (texts invented)


@pytest.mark.parametrize(
    "masthead",
    [
        ["Search form", "The White House", "Office of the Press Secretary", "For Immediate Release"],
        ["THE WHITE HOUSE", "Office of the Vice President", "FOR IMMEDIATE RELEASE:"],
        ["Main menu", "Search this site", "White House"],
    ],
    ids=["whitehouse", "caps-vp", "menu-search"],
)
def test_segment_site_masthead_lines_are_boilerplate_and_genre_title_is_title(masthead):
    text = "\n".join(masthead) + (
        "\n\nFACT SHEET: U.S.-China Cooperation on Widgets\n\n"
        "The two Presidents commit to expand trade in widgets.\n\n"
        "  • The two sides welcome the widget accord reached in March 2013.\n"
    )
    seg = segment(text)
    assert [text[s:e] for s, e in seg.boilerplate] == masthead
    assert seg.title == "FACT SHEET: U.S.-China Cooperation on Widgets"
    assert seg.kind == "fact_sheet"
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_white_house_inside_a_sentence_or_heading_is_not_boilerplate():
    text = (
        "Widget Trade Outcomes\n\nThe two delegations met at the White House on Monday.\n\n"
        "White House Widget Initiative\n\nThe White House announced a widget initiative.\n"
    )
    seg = segment(text)
    assert seg.boilerplate == []
    titles = [s.title for s in seg.sections]
    assert "White House Widget Initiative" in titles
    blocks = [b.text for s in seg.sections for b in s.blocks]
    assert "The White House announced a widget initiative." in blocks


def test_segment_genre_title_under_an_unknown_masthead_line_is_the_title():
    text = (
        "Office of the Under Secretary for Widgets\n\nFact Sheet – Widget Dialogue Outcomes\n\n"
        "Trade\n\nThe two sides agreed to lower widget tariffs.\n"
    )
    seg = segment(text)
    assert seg.title == "Fact Sheet – Widget Dialogue Outcomes"
    assert [(s.level, s.title) for s in seg.sections] == [(1, "Trade")]


def test_segment_real_heading_after_a_plain_title_stays_a_heading():
    text = "Widget Dialogue Outcomes\n\nFact Sheets and Reports\n\nThe two sides agreed to publish reports.\n"
    seg = segment(text)
    assert seg.title == "Widget Dialogue Outcomes"
    assert [(s.level, s.title) for s in seg.sections] == [(1, "Fact Sheets and Reports")]


@pytest.mark.parametrize(
    "line, date",
    [
        ("Source:Xinhua Published: 2014-3-7 09:12:05", "2014-3-7"),
        ("Source: People's Daily  Updated: 2014-03-07 9:12", "2014-03-07"),
        ("Published: 2014/3/7 09:12 AM BJT", "2014/3/7"),
        ("Posted: March 7, 2014 at 4:30 PM EST", "March 7, 2014"),
    ],
    ids=["xinhua", "padded", "slashes", "us-clock"],
)
def test_segment_source_and_published_line_with_time_is_the_date_line(line, date):
    from jccttool.extractors.dates import normalise

    text = f"Full Text: Outcomes of the Widget Talks\n\n{line}\n\n1. The two sides agreed to widen widget trade.\n\n2. They met in May.\n"
    seg = segment(text)
    assert seg.title == "Full Text: Outcomes of the Widget Talks"
    assert text[seg.date_line[0] : seg.date_line[1]] == date
    assert normalise(date, None) == (__import__("datetime").date(2014, 3, 7),) * 2 + ("day",)
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_sentence_with_a_date_and_time_is_not_a_date_line():
    text = "Widget Talks\n\nThe two sides met on 2014-3-7 at 09:12 and agreed to widen trade.\n\nThey will meet again.\n"
    assert segment(text).date_line is None


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_segment_title_with_genre_and_date_is_the_title_not_a_date_line(dash):
    text = (
        f"U.S. {dash} China Joint Statement, March 7, 2014\n\nWashington, D.C.{dash}March 7, 2014. \n\n"
        "1.      The two Presidents met in Washington.\n\n2.      The two sides agreed to expand trade.\n"
    )
    seg = segment(text)
    assert seg.title == f"U.S. {dash} China Joint Statement, March 7, 2014"
    assert seg.kind == "press_release"
    assert seg.date_line[0] > len(seg.title) and text[seg.date_line[0] : seg.date_line[1]] == "March 7, 2014"
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_labelled_date_line_without_genre_word_stays_a_date_line():
    text = "Widget Trade Outcomes\n\nWashington, D.C., March 7, 2014\n\nThe two sides agreed to expand trade.\n"
    seg = segment(text)
    assert seg.title == "Widget Trade Outcomes" and text[seg.date_line[0] : seg.date_line[1]] == "March 7, 2014"


@pytest.mark.parametrize("dateline", ["Chicago, IL ––", "Des Moines, Iowa –", "Sacramento, Calif. —"])
def test_segment_deck_above_a_dateline_is_title_matter(dateline):
    text = (
        "Delegations Conclude the Widget Commission\n\nMarch 7, 2014\n\n"
        "Progress made in several areas of importance to widget makers and workers\n\n"
        f"{dateline} The two sides today concluded the widget commission in the city.\n\n"
        "Specific outcomes are described below.\n"
    )
    seg = segment(text)
    assert seg.kind == "press_release"
    assert [b.text[:8] for s in seg.sections for b in s.blocks] == [dateline[:8], "Specific"]


def test_segment_unpunctuated_line_before_an_ordinary_paragraph_stays_a_block():
    text = (
        "Delegations Conclude the Widget Commission\n\nMarch 7, 2014\n\n"
        "Progress made in several areas of importance to widget makers and workers\n\n"
        "The two sides today concluded the widget commission in the city.\n\nMore outcomes follow.\n"
    )
    blocks = [b.text[:8] for s in segment(text).sections for b in s.blocks]
    assert blocks[0] == "Progress" and len(blocks) == 3


# --------------------------------------------------------------------------- held-out set 4: layout


def _blocks(seg):
    return [b.text for s in seg.sections for b in s.blocks]


def test_segment_date_line_between_single_newlines():
    text = (
        "Joint U.S.-China Fact Sheet: Third Meeting of the U.S.-China Widget Policy and Trade Dialogue\n"
        "June 3, 2014\n"
        "The note below reproduces the fact sheet issued today by the Department of Commerce:\n"
        "The two sides met in Chicago and agreed to expand cooperation.\n"
        "The United States and China will hold further talks.\n"
    )
    seg = segment(text)
    assert text[slice(*seg.date_line)] == "June 3, 2014"
    assert seg.title.startswith("Joint U.S.-China Fact Sheet")
    assert seg.kind == "joint_fact_sheet"
    assert len(_blocks(seg)) == 3 and not any("June 3, 2014" == b for b in _blocks(seg))


def test_segment_numeric_date_line_under_hard_wrapped_title():
    text = (
        "Fact Sheet: Second Ministerial Meeting of the U.S.-China Widget\n"
        "Policy and Trade Dialogue\n"
        "3/14/2013\n\n"
        "The second meeting of the widget dialogue took place in Washington and reviewed a broad\n"
        "agenda of bilateral trade issues. The delegations were led by the two ministers and\n"
        "included senior officials of the customs, standards and commerce agencies of both\n"
        "countries, who met for two days of talks on the implementation of earlier commitments that\n"
        "covered customs, standards and services.\n"
        "Expanding Trade. Both sides agreed to reduce tariffs on widgets by the end of the year, and they\n"
        "agreed to publish the schedule of the reductions on their official websites within a month of\n"
        "the meeting.\n"
        "The next meeting will take place in Beijing.\n"
    )
    seg = segment(text)
    assert text[slice(*seg.date_line)] == "3/14/2013"
    assert seg.title.split() == "Fact Sheet: Second Ministerial Meeting of the U.S.-China Widget Policy and Trade Dialogue".split()
    blocks = _blocks(seg)
    assert len(blocks) == 3
    assert blocks[0].endswith("customs, standards and services.")
    assert blocks[1].startswith("Expanding Trade.") and blocks[2].startswith("The next meeting")


def test_segment_hard_wrapped_full_line_ending_a_sentence_does_not_split():
    # a wrapped line that happens to end with a sentence but is as long as its neighbours
    text = (
        "Title of a Widget Note\n\n"
        "The widget dialogue reviewed a broad agenda of trade and investment questions between\n"
        "the two economies over two days of talks in the capital city. The ministers agreed on\n"
        "a work plan for the coming year and asked their staff to report back to them in\n"
        "the autumn with proposals for the next round of the widget trade dialogue.\n"
    )
    assert len(_blocks(segment(text))) == 1


def test_segment_wrapped_sentence_ending_on_a_date_is_not_a_date_line():
    text = (
        "Widget Outcomes\n\n"
        "China agreed to publish the final widget rules and to notify them to the WTO, which it did on\n"
        "May 4, 2012.\n"
        "The United States welcomed the step.\n"
    )
    seg = segment(text)
    assert seg.date_line is None
    assert any(b.endswith("May 4, 2012.") for b in _blocks(seg))


@pytest.mark.parametrize(
    "line", ["You are here", "Browse by topic", "Browse by organization", "(Story continues below.)",
             "View original document", "by Jane Doe", "By Ann-Marie Lee, ITA",
             "Skip to main content Skip to footer Site map", "Navigate Up", "Sign In",
             "NewsroomExpand Newsroom", "Data and ResearchExpand Data and Research", "Empty", "U.S. flag", "Dot gov",
             "Read Complete Statement", "Read more", "Read the full story »", "From: Department of Widgets",
             "Widgets For...", "Trade policy…", "Leave a Reply", "Leave a comment",
             "Name not required for anonymous comments. Email is optional.", "Please Answer: *", "(Xinhua)", "[AP]"],
)
def test_segment_site_furniture_lines_are_boilerplate(line):
    text = f"Widget Trade Talks\n\n{line}\n\nThe two sides met in Beijing and agreed to cooperate on widgets.\n"
    seg = segment(text)
    assert line not in _blocks(seg) and all(s.title != line for s in seg.sections)
    assert any(text[s:e] == line for s, e in seg.boilerplate)


@pytest.mark.parametrize(
    "line",
    ["Read the joint statement on widgets before the meeting.", "From: the minutes, the two sides agreed.",
     "Expand trade in widgets", "The talks were left empty-handed...but resumed.", "Sign in to the agreement was delayed."],
)
def test_segment_furniture_patterns_leave_content_lines(line):
    text = f"Widget Trade Talks\n\n{line}\n\nThe two sides met in Beijing and agreed to cooperate on widgets.\n"
    seg = segment(text)
    assert not any(text[s:e] == line for s, e in seg.boilerplate)


def test_segment_title_over_wire_credit_and_updated_iso_date_line():
    text = ("BUSINESS / Trade\n\nWidget talks end with deal\n(Xinhua)\nUpdated: 2011-05-06 10:12\n\n"
            "Beijing -- The two sides agreed on widget rules here Friday.\n")
    seg = segment(text)
    assert seg.title == "Widget talks end with deal"
    assert text[slice(*seg.date_line)] == "2011-05-06"


@pytest.mark.parametrize("title", ["Trade in 2011/2012 Grows", "Widgets/Gadgets Agreement Signed Today in Lima"])
def test_segment_title_with_a_slash_is_not_a_section_path(title):
    text = f"{title}\n\nMay 6, 2011\n\nThe two sides agreed on widget rules.\n"
    assert segment(text).title == title


def test_segment_byline_pattern_does_not_eat_sentences():
    text = "Widget Trade Talks\n\nby the end of the year\n\nThe two sides met in Beijing and agreed.\n"
    seg = segment(text)
    assert not any(text[s:e] == "by the end of the year" for s, e in seg.boilerplate)


def test_segment_cut_off_line_above_the_title_is_not_the_title():
    text = (
        "Supporting U.S. exporters with\n"
        "Browse by topic\n\n"
        "Trade Ties with China Grow Stronger\n\n"
        "The two governments held their annual talks on trade and investment.\n\n"
        "The talks covered standards, services and agriculture.\n"
    )
    seg = segment(text)
    assert seg.title == "Trade Ties with China Grow Stronger"
    assert [s.title for s in seg.sections] == [None] and len(_blocks(seg)) == 2


def test_segment_masthead_between_page_title_and_its_repeat():
    text = (
        "U.S. Fact Sheet: Widget Dialogue Outcomes\n\n"
        "U.S. DEPARTMENT OF COMMERCE\n"
        "Press Center\n\n"
        "U.S. Fact Sheet: Widget Dialogue\n"
        "Outcomes\n"
        "4/2/2015\n\n"
        "The widget dialogue met in Washington and agreed on a work plan.\n"
    )
    seg = segment(text)
    assert seg.title == "U.S. Fact Sheet: Widget Dialogue Outcomes"
    assert text[slice(*seg.date_line)] == "4/2/2015"
    assert [s.title for s in seg.sections] == [None]
    assert _blocks(seg) == ["The widget dialogue met in Washington and agreed on a work plan."]


def test_segment_document_title_under_site_intro_is_not_a_section():
    text = (
        "Site copy: \"Widget Dialogue Fact Sheet,\" June 3, 2014\n\n"
        "The document below lists the outcomes of the widget dialogue held last week.\n"
        "June 3, 2014\n"
        "THIRD MEETING OF THE U.S.-CHINA WIDGET DIALOGUE JOINT FACT SHEET\n\n"
        "The two sides agreed to cooperate on widgets.\n\n"
        "I. Tariffs\n\n"
        "China will reduce widget tariffs.\n"
    )
    seg = segment(text)
    assert text[slice(*seg.date_line)] == "June 3, 2014"
    assert [s.title for s in seg.sections] == [None, "I. Tariffs"]
    assert len(seg.sections[0].blocks) == 2
    assert seg.kind == "joint_fact_sheet"


def test_segment_real_heading_under_the_date_line_stays_a_section():
    text = (
        "Widget Dialogue Outcomes\n"
        "June 3, 2014\n"
        "Agriculture\n"
        "China will open its market to U.S. widgets.\n"
        "Services\n"
        "The two sides will discuss services.\n"
    )
    seg = segment(text)
    assert text[slice(*seg.date_line)] == "June 3, 2014"
    assert [s.title for s in seg.sections] == ["Agriculture", "Services"]


def test_segment_extra_blank_lines_in_prose_are_not_lost_headings():
    text = (
        "The two sides met on Tuesday in Beijing and agreed to cooperate on widgets.\n\n\n"
        "The Chinese minister said the talks were a success.\n\n"
        "The American secretary praised the outcome.\n\n\n"
        "The next round will be held in Washington.\n"
    )
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None] and len(seg.sections[0].blocks) == 4


def test_segment_wide_gap_or_structure_still_parts_groups():
    wide = "Widget Talks\n\nThe two sides met in Beijing.\n\n\n\n\nChina will buy more widgets.\n"
    assert [s.level for s in segment(wide).sections] == [0, 1]
    structured = (
        "Widget Talks\n\nThe two sides met in Beijing.\n\n\n"
        "China will buy more widgets.\n\n• China will publish the widget rules.\n"
    )
    sections = segment(structured).sections
    assert [s.title for s in sections] == [None, None] and sections[1].level == 1


@pytest.mark.parametrize("gap", ["\n\n\n", "\n\n\n\n"], ids=["two-blank-lines", "three-blank-lines"])
def test_segment_evenly_spaced_blocks_are_one_group(gap):
    text = ("Widget Talks\n\nThe two sides met in Beijing on widgets." + gap + "Goals for this year: trade and jobs." + gap
            + "  • Standards - align the widget rules.\n")
    sections = segment(text).sections
    assert [(s.level, s.title, len(s.blocks)) for s in sections] == [(0, None, 3)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Officials from both countries signed five agreements Tuesday in Beijing.\n\n"
         "\"The talks were fruitful,\" the minister said at a press conference.\n", "news_article"),
        ("A delegation met the vice premier (second from left) in Beijing.\n\n"
         "The secretary said the meeting was useful.\n", "news_article"),
        ("24th U.S.-China Joint Commission on Commerce and Trade\n\nMay 4, 2013\n\n"
         "The two sides held the meeting in Washington and reviewed trade issues.\n", "press_release"),  # prose reporting it
        ("24th U.S.-China Joint Commission on Commerce and Trade\n\nMay 4, 2013\n\n"
         "• China will buy widgets.\n• China will sell widgets.\n", "fact_sheet"),  # the meeting's outcomes in bullets
        ("Joint U.S.—China Fact Sheet: The Ninth Widget Dialogue\n\nThe two sides agreed.\n", "joint_fact_sheet"),
        ("Widget Trade Grows\n\nExports of widgets rose in the first half of the year.\n", "unknown"),
        # an official's own statement: a release, though it says "said" and names a press conference
        ("Statement by Secretary Jane Roe at the Press Conference Closing the Widget Dialogue\n\n"
         "As I said this morning, the two sides agreed to publish widget rules.\n", "press_release"),
        # a joint statement reposted on a blog with a comment form: still the statement
        ("Joint Statement: Widget Dialogue Between Two Countries\n\nThe two sides agreed to cut widget tariffs.\n\n"
         "Leave a Reply\n", "press_release"),
        # negative: a blog post of its own with a comment form stays news
        ("Widget Talks Go Well\n\nThe two sides agreed to cut widget tariffs.\n\nLeave a Reply\n", "news_article"),
        # "yesterday" is the day of the news, like a bare weekday
        ("Officials from both countries met in Beijing yesterday.\n\n"
         "The vice minister told the meeting that trade had grown.\n", "news_article"),
        # a news site's timestamp line and a bare weekday: news
        ("Widget Ties Grow Stronger\n\n10:42:07 AM | 4/6/2019\n\n"
         "The vice minister met the secretary on Thursday to discuss widget trade.\n", "news_article"),
        # negative: a time and a year inside a sentence of the release is no timestamp line
        ("Widget Dialogue Concludes\n\nMay 4, 2019\n\nThe two sides met at 10:00 on May 4, 2019 in Lima and "
         "agreed on widget rules.\n", "press_release"),
        # negative: a statement about something, not by someone, is not an official's own text by its title
        ("Statements on Widgets Draw Criticism\n\nCritics said on Tuesday that the plan was weak.\n", "news_article"),
    ],
)
def test_segment_kind_held_out_cues(text, kind):
    assert segment(text).kind == kind


def test_segment_masthead_lines_above_the_date_line():
    """Two or more masthead lines above a date line are header matter; the title is the line under the date."""
    text = (
        "Republic of Example\n\nMinistry of Finance\n\nPress Release\n\nMonday, March 5, 2012\n\n"
        "Finance Ministers Meet on Trade Statistics\n\n"
        "Customs Data\nThe two ministers agreed to share monthly customs data.\n\n"
        "Tariff Schedules\nThe two ministers agreed to publish tariff schedules.\n"
    )
    seg = segment(text)
    assert seg.title == "Finance Ministers Meet on Trade Statistics"
    assert text[seg.date_line[0] : seg.date_line[1]] == "March 5, 2012"
    assert seg.kind == "press_release"
    assert [s.title for s in seg.sections if s.level] == ["Customs Data", "Tariff Schedules"]


def test_segment_one_line_above_the_date_is_the_title():
    """Negative: a single short line above the date line stays the title (the usual header)."""
    text = "Customs Data Exchange\n\nMarch 5, 2012\n\nOutcomes\n\nThe two ministers agreed to share data.\n"
    seg = segment(text)
    assert seg.title == "Customs Data Exchange"
    assert [s.title for s in seg.sections if s.level] == ["Outcomes"]


@pytest.mark.parametrize(
    "line",
    [
        "Entire Site",
        "News only",
        "Link: Agency Home Page",
        "Printer-friendly icon Printer-Friendly",
        "Printer Friendly Version",
        "About Us Button Programs Button Contact Button",
        "Ministry Seal montage illustrating the work of the ministry",
        "Department Logo",
        "Recent Articles",
        '[sharebar app="buttons" id="42"]',
    ],
)
def test_segment_web_page_furniture_lines_are_boilerplate(line):
    text = f"{line}\n\nTrade Talks Conclude\n\nThe two sides agreed to share data on trade flows.\n"
    seg = segment(text)
    assert any(text[s:e] == line for s, e in seg.boilerplate)
    assert all(s.title != line for s in seg.sections)


@pytest.mark.parametrize(
    "line",
    [
        "Link to the Past: Customs Cooperation",  # a heading, not a link label
        "Site Visits",  # a real short heading
        "Seal of Approval Programs",
        "Button Manufacturing Exports",
    ],
)
def test_segment_headings_like_furniture_stay_headings(line):
    text = f"Trade Talks Conclude\n\nMarch 5, 2012\n\n{line}\n\nThe two sides agreed to share data on trade flows.\n"
    seg = segment(text)
    assert not any(text[s:e] == line for s, e in seg.boilerplate)
    assert [s.title for s in seg.sections if s.level] == [line]


def test_segment_furniture_words_inside_a_sentence_are_content():
    text = (
        "Trade Talks Conclude\n\nMarch 5, 2012\n\n"
        "The two sides will link the customs site to the new portal.\n\n"
        "Entire site inspections of the seal factory will begin in 2013.\n"
    )
    seg = segment(text)
    assert seg.boilerplate == []
    assert sum(len(s.blocks) for s in seg.sections) == 2


def test_segment_written_by_byline_is_news():
    text = "Trade Talks Conclude\n  March 5, 2012 | Written by\n\nThe two sides agreed to share data on trade flows.\n"
    assert segment(text).kind == "news_article"


# --------------------------------------------------------------------------- page furniture of unfamiliar sites (texts invented)


@pytest.mark.parametrize(
    "line",
    [
        "Official websites use .gov",
        "Secure .gov websites use HTTPS",
        "An official website of the United States government",
        "Skip to Main Content Skip to Left Navigation Skip to Footer",
        "Print without left or right navigation",
        "Home Link Press Link Contact Us Link",
        "Search Title Image",
        "Advanced Search of Our Archives",
        "Photo of Jane Q. Roe",
        "3 days ago",
        "Published by",
        "Categories: Trade Policy",
        "Page 2 of 5",
        "17",
        "(202) 555-0147",
        "(All information published on this website is provided in English for reference only.)",
        "The Daily News Source for Widget Growers Across the Region",
    ],
)
def test_segment_site_interface_lines_are_boilerplate(line):
    text = f"{line}\n\nWidget Trade Talks Conclude\n\nThe two sides agreed to cut widget tariffs by half.\n"
    seg = segment(text)
    assert any(text[s:e] == line for s, e in seg.boilerplate)
    assert seg.title == "Widget Trade Talks Conclude"
    assert [(s.level, s.title) for s in seg.sections] == [(0, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Published by the ministry, the widget catalogue lists 40 items.",
        "2012 Widget Outcomes",
        "Secure Supply Chains for Widgets",
        "Photo exhibitions on widget history will tour both countries.",
    ],
)
def test_segment_furniture_like_content_stays_content(line):
    text = f"Widget Trade Talks Conclude\n\nMarch 5, 2012\n\n{line}\n\nThe two sides agreed to cut widget tariffs.\n"
    seg = segment(text)
    assert not any(text[s:e] == line for s, e in seg.boilerplate)


@pytest.mark.parametrize("mark", ["###", "Recent Posts", "Related Articles", "You may also like"])
def test_segment_everything_after_an_end_mark_or_a_teaser_list_is_furniture(mark):
    text = (
        "Widget Talks Open a New Chapter\n\n"
        "The two governments launched a widget working group in the capital today.\n\n"
        "The group will meet twice a year and report to the ministers on its progress.\n\n"
        f"{mark}\n\nStaff Writer\n\nAnother Agency Announces Gadget Sanctions\n\n"
        "The agency today imposed new sanctions on three gadget makers.\n\n2 hours ago\n"
    )
    seg = segment(text)
    blocks = [b.text for s in seg.sections for b in s.blocks]
    assert len(blocks) == 2 and all("gadget" not in b for b in blocks)
    assert [(s.level, s.title) for s in seg.sections] == [(0, None)]


def test_segment_end_mark_before_any_prose_cuts_nothing():
    text = "Related Articles\n\nWidget Talks Open\n\nThe two sides agreed to meet.\n\nThey will meet in May.\n"
    seg = segment(text)
    assert len([b for s in seg.sections for b in s.blocks]) == 2


@pytest.mark.parametrize(
    "masthead",
    [
        ["Office of the United States Trade Representative"],
        ["United States of America", "Department of Commerce"],
        ["OVERVIEW"],
        ["Participants"],
        ["Related topics"],
        ["News story"],
        ["Press Center"],
        ["WORLD / Business"],
        ["News / Asia Pacific"],
    ],
)
def test_segment_masthead_or_page_label_above_the_title_is_not_the_title(masthead):
    text = "\n\n".join(masthead) + (
        "\n\nStatement on the Widget Talks\n\n03/09/2012\n\n"
        "The two sides concluded two days of talks on widgets.\n\nThey will meet again in June.\n"
    )
    seg = segment(text)
    assert seg.title == "Statement on the Widget Talks"
    assert text[seg.date_line[0] : seg.date_line[1]] == "03/09/2012"
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_subtitle_between_title_and_date_line_is_header_matter():
    text = (
        "Fact Sheet\n\nWidget Dialogue Outcomes\n“Building a Widget Economy” Forum\nMay 4, 2012\n\n"
        "The two sides held a widget forum in Dalian.\n\n  • Both sides shared widget strategies.\n"
    )
    seg = segment(text)
    assert seg.title == "Widget Dialogue Outcomes"
    assert text[seg.date_line[0] : seg.date_line[1]] == "May 4, 2012"
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


@pytest.mark.parametrize(
    "date_line, date_text",
    [("- Mar 03, 2016-", "Mar 03, 2016"), ("MARCH 3, 2016", "MARCH 3, 2016"), ("3 March 2016", "3 March 2016"),
     ("发布时间:2016年03月03日   来源:Widget Daily", "2016年03月03日")],
    ids=["dash-set", "all-caps", "day-first", "chinese-site"],
)
def test_segment_date_line_shapes_are_the_date_line_not_a_heading(date_line, date_text):
    text = f"Widget Leaders Speak by Phone\n\n{date_line}\n\nThe two leaders spoke by phone today.\n\nThey agreed to meet.\n"
    seg = segment(text)
    assert seg.title == "Widget Leaders Speak by Phone"
    assert text[seg.date_line[0] : seg.date_line[1]] == date_text
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_cr_only_line_ends_give_the_same_structure(nlp):
    from jccttool.pipeline import extract_any

    text = _read(FACT_SHEET)
    lf, cr = extract_any(text, path="a.txt"), extract_any(text.replace("\n", "\r"), path="a.txt")
    assert [(s.id, s.title, s.level, s.span, [b.span for b in s.blocks]) for s in cr.sections] == [
        (s.id, s.title, s.level, s.span, [b.span for b in s.blocks]) for s in lf.sections
    ]
    assert [(c.span, c.actors, c.kind, c.verb, c.deadline) for c in cr.commitments] == [
        (c.span, c.actors, c.kind, c.verb, c.deadline) for c in lf.commitments
    ]
    assert cr.document == lf.document


# --------------------------------------------------------------------------- heading shapes (texts invented)


@pytest.mark.parametrize(
    "repeat",
    ["Widget Dialogue Outcomes", "WIDGET DIALOGUE OUTCOMES", "Wide Dialogue Group Outcomes"],
    ids=["same", "caps", "acronym-spelled-out"],
)
def test_segment_the_title_repeated_as_the_first_heading_is_not_a_section(repeat):
    title = "WDG Outcomes" if repeat.startswith("Wide") else "Widget Dialogue Outcomes"
    text = (f"{title}\n\nMay 4, 2012\n\n{repeat}\n\n"
            "The two sides agreed to open widget markets.\n\nThey will meet again in June.\n")
    seg = segment(text)
    assert seg.title == title
    assert [(s.level, s.title, len(s.blocks)) for s in seg.sections] == [(0, None, 2)]


def test_segment_a_different_first_heading_stays_a_section():
    text = ("Widget Dialogue Outcomes\n\nMay 4, 2012\n\nWidget Market Access\n\n"
            "The two sides agreed to open widget markets.\n\nThey will meet again in June.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections if s.level] == ["Widget Market Access"]


def test_segment_long_title_case_heading_ending_in_a_colon_is_a_heading():
    text = ("Widget Dialogue Outcomes\n\nMay 4, 2012\n\n"
            "Strengthening Cooperation on Trade and Investment in Clean Widgets:\n\n"
            "  • China will cut widget tariffs.\n  • The United States will train widget inspectors.\n")
    seg = segment(text)
    assert [(s.title, len(s.blocks)) for s in seg.sections if s.level] == [
        ("Strengthening Cooperation on Trade and Investment in Clean Widgets:", 2)]


@pytest.mark.parametrize(
    "lead_in",
    ["The two sides agreed to the following measures on widgets:",
     "According to the Office of the Widget Trade Representative:"],
)
def test_segment_long_colon_lead_in_is_not_a_heading(lead_in):
    text = (f"Widget Dialogue Outcomes\n\nMay 4, 2012\n\n{lead_in}\n\n"
            "  • China will cut widget tariffs.\n  • The United States will train widget inspectors.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections if s.level] == []


def test_segment_heading_followed_by_inline_bullets_is_split():
    text = ("Widget Dialogue Outcomes\n\nMay 4, 2012\n\n"
            "Market Access • China will cut tariffs on widgets by half. • The United States will train inspectors.\n\n"
            "Standards\n\nBoth sides will align widget standards.\n")
    seg = segment(text)
    got = [(s.title, [(b.kind, b.text) for b in s.blocks]) for s in seg.sections if s.level]
    assert got == [
        ("Market Access", [("bullet", "China will cut tariffs on widgets by half."),
                           ("bullet", "The United States will train inspectors.")]),
        ("Standards", [("paragraph", "Both sides will align widget standards.")]),
    ]


def test_segment_bullet_inside_a_sentence_is_not_split():
    text = "Widget Dialogue Outcomes\n\nMay 4, 2012\n\nThe two sides listed three goals • growth • jobs • trade for 2013.\n"
    seg = segment(text)
    assert [b.text for s in seg.sections for b in s.blocks] == [
        "The two sides listed three goals • growth • jobs • trade for 2013."]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Home   Widget Info   About Widgets   Widgets & Trade\nWidget Talks Held in Paris\n\nThe two sides met in Paris.\n",
         "Widget Talks Held in Paris"),
        ("1. Home\n2. News Releases\n3. Widget Talks Held in Paris\n\nWidget Talks Held in Paris\n\nMay 2, 2019\n\n"
         "The two sides met in Paris.\n", "Widget Talks Held in Paris"),
        ("France-United States of America Relations\n\nMay 2, 2019\nThe Third Round of the Widget Dialogue 1\n"
         "The Third Round of the Widget Dialogue 2\nThe two sides met in Paris on May 1.\n", "The Third Round of the Widget Dialogue"),
        ("Noticias\nPress Release n. 12\nWidget Talks Held in Paris\n\nThe two sides met in Paris.\n", "Widget Talks Held in Paris"),
    ],
    ids=["navigation-bar", "numbered-breadcrumb", "photo-captions-under-a-relations-label", "lone-word-and-numbered-label"],
)
def test_segment_title_refuses_site_furniture(text, title):
    seg = segment(text)
    assert seg.title == title and text[seg.title_span[0] : seg.title_span[1]] == title


def test_segment_issued_from_a_repost_note():
    text = ("Widget Talks Conclude\n\nThe following press release was published by the Widget Office on Dec. 18, 2014. "
            "It is reproduced in full below.\n\nThe two sides met today.\n")
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == "Dec. 18, 2014" and seg.kind == "press_release"


@pytest.mark.parametrize(
    "head",
    ["Lyon, 13\nDecember 2019", "Lyon,\n13 December 2019", "DECEMBER 13, 2019"],
    ids=["date-broken-after-the-day", "place-line-then-day-first-date", "all-caps-date"],
)
def test_segment_date_line_broken_or_all_caps_gives_issued(head):
    from jccttool.extractors import start_context

    text = f"Widget Talks Held in Paris\n\n{head}\n\nThe two sides met in Paris on December 12 to review widget trade.\n"
    seg = segment(text)
    assert start_context(text, seg).issued == date(2019, 12, 13)
    assert seg.title == "Widget Talks Held in Paris" and len(seg.sections[0].blocks) == 1


def test_segment_citation_line_is_not_the_title():
    text = "Citation: Widget Office, Media Note, 2012\nJoint Statement on the Widget Dialogue\n\nMay 4, 2012\n\nThe sides met.\n"
    assert segment(text).title == "Joint Statement on the Widget Dialogue"


def test_segment_long_title_run_into_the_text_under_a_genre_label():
    text = ("Noticias\nPress Release n. 12\nOfficial visit to France of the Widget Trade Representative, Ambassador Jane "
            "Roe - Joint note by the Ministry of Widgets and the Ministry of Gadgets of France\n"
            "The Widget Trade Representative, Ambassador Jane Roe, made an official visit to France on March 7 and 8. "
            "She met the Minister.\n")
    seg = segment(text)
    assert seg.title.startswith("Official visit to France") and seg.title.endswith("Gadgets of France")
    assert [b.text[:16] for b in seg.sections[0].blocks] == ["The Widget Trade"]


def test_segment_lone_genre_label_is_still_the_title_when_nothing_else_is():
    assert segment("Readout\n\nMay 2, 2016\n\nThe two sides met in Paris to review widget trade.\n").title == "Readout"
def test_numbered_photo_captions_and_release_numbers_are_furniture():
    text = ("Press Release No. 12\n\nTrade talks in Lima\n\nThe Third Meeting of the Trade Council 1\n\n"
            "The Third Meeting of the Trade Council 2\n\nThe two sides met in Lima and agreed to cut tariffs.\n")
    seg = segment(text)
    furniture = [text[s:e] for s, e in seg.boilerplate]
    assert "Press Release No. 12" in furniture
    assert "The Third Meeting of the Trade Council 1" in furniture and "The Third Meeting of the Trade Council 2" in furniture
    assert not any(s.title and "Trade Council" in s.title for s in seg.sections)


def test_a_language_switcher_line_is_furniture():
    text = "Trade talks in Lima\n\nJapanese\n\nMarch 3, 2016\n\nThe two sides met in Lima and agreed to cut tariffs.\n"
    seg = segment(text)
    assert "Japanese" in [text[s:e] for s, e in seg.boilerplate]


# --------------------------------------------------------------------------- set H failure shapes (texts invented)


@pytest.mark.parametrize(
    "furniture",
    [
        "Was this page helpful?",
        "Did you find this information useful?",
        "(begin text)",
        "Begin Text:",
        "(end text)",
        "news photo",
        "File Photo",
        "Original source can be read here",
        "The full text is available here.",
        "Office of the Spokesman",
    ],
)
def test_segment_feedback_repost_and_photo_lines_are_boilerplate(furniture):
    text = f"{furniture}\n\nWidget Partners Meet in Lisbon\n\n{furniture}\n\nThe two sides agreed to cut widget tariffs.\n\n{furniture}\n"
    seg = segment(text)
    assert [text[s:e] for s, e in seg.boilerplate] == [furniture] * 3
    assert seg.title == "Widget Partners Meet in Lisbon"
    assert [(s.title, [b.text for b in s.blocks]) for s in seg.sections] == [(None, ["The two sides agreed to cut widget tariffs."])]
    _check_invariants(text, seg)


@pytest.mark.parametrize(
    "line",
    [
        "Was this agreement helpful to farmers? Officials said it was.",
        "The photo shows the two ministers shaking hands.",
        "Photo Exhibition on Widget Trade",
        "Begin Text Negotiations on Widgets",
        "The original source of the dispute can be found in the 2001 rules.",
    ],
)
def test_segment_content_lines_like_furniture_are_kept(line):
    text = f"Widget Partners Meet in Lisbon\n\n{line}\n\nThe two sides agreed to cut widget tariffs.\n"
    seg = segment(text)
    assert not seg.boilerplate
    assert line in [b.text for s in seg.sections for b in s.blocks] + [s.title for s in seg.sections]


@pytest.mark.parametrize(
    "lead_in, heading",
    [
        ("Following is the transcript:", False),
        ("The following are the outcomes:", False),
        ("Following is the joint statement:", False),
        ("Market Access:", True),
        ("Trade in Widgets:", True),
    ],
)
def test_segment_short_lead_in_ending_in_colon_is_not_a_heading(lead_in, heading):
    text = (
        "Widget Partners Meet in Lisbon\n\nThe two sides met today to talk about widgets.\n\n"
        f"{lead_in}\n\nThe two sides agreed to cut widget tariffs.\n"
    )
    seg = segment(text)
    titles = [s.title for s in seg.sections]
    assert (lead_in in titles) is heading
    if not heading:
        assert lead_in in [b.text for s in seg.sections for b in s.blocks]


@pytest.mark.parametrize(
    "glued, date_text, heading",
    [
        ("March 3, 2004JOINT COMMUNIQUE ON WIDGET TRADE", "March 3, 2004", "JOINT COMMUNIQUE ON WIDGET TRADE"),
        ("3 March 2004Joint Statement on Widget Trade", "3 March 2004", "Joint Statement on Widget Trade"),
        ("MARCH 3, 2004STATEMENT BY THE TWO MINISTERS", "MARCH 3, 2004", "STATEMENT BY THE TWO MINISTERS"),
    ],
)
def test_segment_date_glued_to_a_reproduced_release_heading(glued, date_text, heading):
    text = (
        "Widget Ministers Sign Accord\n\nThe ministers signed a widget accord, officials said.\n\n"
        f"Following is the text of their statement:\n\n{glued}\n"
        "The two sides agreed to cut widget tariffs.\n"
    )
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == date_text
    assert [(s.title, len(s.blocks)) for s in seg.sections] == [(None, 2), (heading, 1)]
    _check_invariants(text, seg)


def test_segment_date_inside_a_heading_or_a_date_line_with_a_label_is_not_split():
    text = "Widget Talks\n\nMarch 3, 2004 Meeting of the Widget Council\n\nThe two sides agreed to cut widget tariffs.\n"
    seg = segment(text)
    assert seg.date_line is None  # a space after the year: a subtitle with its date, not a glued date line
    text = "Widget Talks\n\nThe two sides met.\n\nMarch 3, 2004\n\nThe two sides agreed to cut widget tariffs.\n"
    seg = segment(text)  # a date line above a paragraph (not a heading) is left to the other date rules
    assert seg.date_line is None or text[seg.date_line[0] : seg.date_line[1]] == "March 3, 2004"


@pytest.mark.parametrize(
    "lead, name",
    [
        ("For the Delegation of the United States:", "Jane Q. Doe"),
        ("For the Government of the Republic of Widgetland:", "Pedro Alvarez de la Cruz"),
        ("On behalf of the European Commission:", "H.E. Anna Berg"),
    ],
)
def test_segment_signature_blocks_are_blocks_and_a_signed_record_is_kind_unknown(lead, name):
    text = (
        "Widget Talks Record of Discussions of March 3, 2004\n\nMarch 3, 2004\n\nRecord of Discussions\n\n"
        "Delegations of the two sides met in Lisbon on 2-3 March 2004 to discuss widget trade.\n\n"
        "The two sides agreed to meet again in June.\n\n"
        f"{lead}\n{name}\n\nFor the Delegation of Widgetland:\nJohn Roe\n\nSigned in Lisbon on 3 March 2004\n"
    )
    seg = segment(text)
    assert seg.title == "Widget Talks Record of Discussions of March 3, 2004"  # a title that ends with its date
    assert text[seg.date_line[0] : seg.date_line[1]] == "March 3, 2004"
    assert seg.kind == "unknown"
    assert [s.title for s in seg.sections] == ["Record of Discussions"]
    assert [b.text for b in seg.sections[0].blocks][2:] == [
        f"{lead}\n{name}", "For the Delegation of Widgetland:\nJohn Roe", "Signed in Lisbon on 3 March 2004"]
    _check_invariants(text, seg)


def test_segment_a_colon_line_over_a_sentence_is_not_a_signature():
    text = (
        "Widget Talks\n\nThe two sides met.\n\nFor the Widget Industry:\n\nThe two sides agreed to cut tariffs.\n\n"
        "For the record: the ministers\nThe two sides agreed to meet.\n"
    )
    seg = segment(text)
    blocks = [b.text for s in seg.sections for b in s.blocks]
    assert "For the Widget Industry:\nThe two sides agreed to cut tariffs." not in blocks
    assert seg.kind != "unknown" or not any("\n" in b for b in blocks)


@pytest.mark.parametrize(
    "browser",
    [
        "USTR - {t}",
        "{t} | U.S. Department of Widgets",
        "Widget Office – {t}",
    ],
)
def test_segment_browser_title_with_site_name_above_the_title(browser):
    title = "United States and Widgetland Hold First Council Meeting"
    text = (
        f"{browser.format(t=title)}\nOffice of the United States Trade Representative\n\n\n{title}\n\n\n"
        "Washington, D.C. - The two sides met today and agreed to cut widget tariffs.\n\n"
        "They will meet again next year.\n"
    )
    seg = segment(text)
    assert seg.title == title
    assert [(s.title, len(s.blocks)) for s in seg.sections] == [(None, 2)]
    _check_invariants(text, seg)


@pytest.mark.parametrize(
    "headline",
    ["US – Widgetland conclude two days of widget talks", "EU – China agree to cut widget tariffs"],
)
def test_segment_headline_led_by_a_country_code_and_dash_is_the_title(headline):
    text = f"{headline}\n\nLISBON – The two sides today concluded two days of talks on widgets.\n\nThey agreed to meet again.\n"
    seg = segment(text)
    assert seg.title == headline
    assert [(s.title, len(s.blocks)) for s in seg.sections] == [(None, 2)]


def test_segment_headline_one_newline_above_the_first_paragraph_is_the_title():
    headline = "Widget office, trade office announce progress on the widget accord"
    text = (
        f"{headline}\nThe Secretary of Widgets and the Trade Representative announced today that the other side "
        "has taken several steps to carry out the widget accord signed last month.\nThese steps include:\n"
        "- Opening the market to widgets;\n- Lifting the ban on gadgets.\n"
    )
    seg = segment(text)
    assert seg.title == headline
    assert seg.sections[0].blocks[0].text.startswith("The Secretary of Widgets")


@pytest.mark.parametrize(
    "first, second",
    [
        # a hard-wrapped opening paragraph: its first line is as long as the next
        ("The two ministers said in a statement released on Tuesday that both", "Sides would cut widget tariffs."),
        # a headline ending mid-phrase is no headline
        ("Widget office announces progress on the", "Widget accord signed last month, officials said on Tuesday in Lisbon."),
    ],
)
def test_segment_two_line_opening_paragraph_is_not_split_into_a_title(first, second):
    text = f"{first}\n{second}\n\nThe two sides agreed to cut widget tariffs.\n"
    seg = segment(text)
    assert seg.title != first


@pytest.mark.parametrize("mark", ["-", "•", "*", "–"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["one-newline", "blank-line"])
def test_segment_bullet_mark_alone_on_its_line_marks_the_next_line(mark, sep):
    items = ["Opening the market to widgets;", "Lifting the ban on gadgets; and", "Publishing the new rules."]
    text = "Widget Accord Progress\n\nThe other side has taken several steps.\n\nThese steps include:" + "".join(
        f"{sep}{mark}\n{item}" for item in items) + "\n\nMore steps will follow.\n"
    seg = segment(text)
    blocks = [(b.kind, b.text) for s in seg.sections for b in s.blocks]
    assert blocks == [("paragraph", "The other side has taken several steps."), ("paragraph", "These steps include:"),
                      *(("bullet", item) for item in items), ("paragraph", "More steps will follow.")]
    _check_invariants(text, seg)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("These measures include:", False),
        ("The outcomes are listed below:", False),
        ("Market Access:", True),
        ("Trade in Widgets and Gadgets:", True),
        ("MARKET ACCESS FOR WIDGETS:", True),
        ("Agriculture:", True),
    ],
)
def test_segment_colon_line_in_sentence_case_is_a_lead_in_not_a_heading(line, heading):
    text = f"Widget Accord Progress\n\nThe two sides met.\n\n{line}\n\n• China agreed to buy widgets.\n"
    seg = segment(text)
    assert (line in [s.title for s in seg.sections]) is heading


def test_segment_subtitle_one_newline_under_the_title_over_prose_is_title_matter():
    text = (
        "Third Round of the Widget Dialogue Held in Lisbon\nWidget Ministers Jointly Chair the Dialogue\n\n"
        "The third round of the Widget Dialogue was held in Lisbon.\n\nThe two sides agreed to cut tariffs.\n"
    )
    seg = segment(text)
    assert seg.title == "Third Round of the Widget Dialogue Held in Lisbon"
    assert [(s.title, len(s.blocks)) for s in seg.sections] == [(None, 2)]


@pytest.mark.parametrize(
    "body",
    [
        # headings further down: the line under the title is the first of them
        "Market Access\n\nChina agreed to buy widgets.\n\nStandards\n\nThe two sides agreed to align standards.\n",
        # bullets under it: a heading over its items
        "Market Access\n\n• China agreed to buy widgets.\n",
    ],
)
def test_segment_heading_one_newline_under_the_title_stays_a_heading(body):
    text = f"Widget Dialogue Outcomes\n{body}"
    seg = segment(text)
    assert "Market Access" in [s.title for s in seg.sections]


@pytest.mark.parametrize(
    "opening, date_text",
    [
        ("May 5, 2016, Lisbon, Portugal– The two sides today agreed to cut widget tariffs.", "May 5, 2016"),
        ("March 3, 2004, WASHINGTON — The two sides today agreed to cut widget tariffs.", "March 3, 2004"),
        ("3 March 2004, Lisbon -- The two sides today agreed to cut widget tariffs.", "3 March 2004"),
    ],
)
def test_segment_dateline_with_the_date_before_the_place(opening, date_text):
    text = f"Widget Partners Agree to Cut Tariffs\n\n{opening}\n\nMore talks will follow.\n"
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == date_text


def test_segment_date_first_sentence_is_not_a_dateline():
    text = "Widget Partners Agree\n\nMay 5, 2016, was the day the two sides agreed to cut widget tariffs.\n"
    assert segment(text).date_line is None


@pytest.mark.parametrize("line, date_text", [("• Monday 3, February 2020 10:15 AM", "3, February 2020"),
                                             ("▪ 16 January 2020", "16 January 2020")])
def test_segment_date_line_as_a_lone_bullet_under_the_title(line, date_text):
    text = f"Widget Deal Signed\n\n{line}\nLISBON – The two sides signed a widget deal on Wednesday, officials said.\n"
    seg = segment(text)
    assert text[seg.date_line[0] : seg.date_line[1]] == date_text
    assert [b.text[:6] for s in seg.sections for b in s.blocks] == ["LISBON"]


@pytest.mark.parametrize("mark", ["(1)", "1.", "a)"])
def test_segment_numbered_topic_repeated_above_its_text_is_a_heading(mark):
    two = mark.replace("1", "2").replace("a", "b")
    text = (
        "Widget Ministers Meet\n\nThe ministers met in Lisbon.\n\nThe ministers then discussed two topics:\n"
        f"{mark} Strengthening the rules on widget trade in the region\n{two} Making widget supply chains resilient\n\n"
        f"{mark} Strengthening the rules on widget trade in the region\n\nThe two sides agreed to cut widget tariffs.\n"
    )
    seg = segment(text)
    assert [(s.title, len(s.blocks)) for s in seg.sections] == [
        (None, 4), (f"{mark} Strengthening the rules on widget trade in the region", 1)]
    _check_invariants(text, seg)


def test_segment_numbered_item_not_repeated_stays_a_bullet():
    text = (
        "Widget Ministers Meet\n\nThe ministers discussed two topics:\n(1) Widget rules in the region\n"
        "(2) Widget supply chains\n\nThe two sides agreed to cut widget tariffs.\n"
    )
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None]


@pytest.mark.parametrize(
    "furniture",
    [
        ["We are sorry that your browser does not support JavaScript. Some functions may not work.",
         "Friendly Print :", "Please Press Ctrl + P to switch on the print function", "Font Setting :",
         "If your browser is IE8, please press ALT + V → X to adjust the font size,", ":::"],
        ["Website Identification Code ab0100002 Registration Number: 01234567", "Registration Number: 01234567",
         "All rights reserved. The content published in this site belongs to www.example.gov.",
         "Without written authorization from www.example.gov, such content shall not be republished.",
         "Mobile", "Desktop"],
    ],
    ids=["script-print-font-notices", "ministry-site-footer"],
)
def test_segment_site_notices_and_footers_are_boilerplate(furniture):
    text = ("Widget Talks Conclude in Lima\n\nThe two sides agreed to widen trade in widgets.\n\n"
            + "\n\n".join(furniture) + "\n")
    seg = segment(text)
    assert [text[s:e] for s, e in seg.boilerplate] == furniture
    assert [b.text for s in seg.sections for b in s.blocks] == ["The two sides agreed to widen trade in widgets."]


@pytest.mark.parametrize("dateline", ["(2021/05/03, Lima, Peru)", "(Lima, May 3, 2021)"], ids=["date-first", "place-first"])
def test_segment_dotted_date_line_and_parenthesised_dateline_under_a_repeated_title(dateline):
    text = (f"2021.05.04\n\nPeru and Chile Hail First Widget Dialogue\n\nPeru and Chile Hail First Widget Dialogue\n\n"
            f"{dateline}\n\nOn May 3, Peru and Chile held the first Widget Dialogue in Lima.\n\n"
            "Both sides agreed to meet again next year.\n")
    seg = segment(text)
    assert seg.title == "Peru and Chile Hail First Widget Dialogue"
    assert text[seg.date_line[0] : seg.date_line[1]] == "2021.05.04"
    assert [b.text for s in seg.sections for b in s.blocks] == [
        "On May 3, Peru and Chile held the first Widget Dialogue in Lima.", "Both sides agreed to meet again next year."]


@pytest.mark.parametrize("caption,boiler", [
    ("Ambassador Holt and Minister Vidal", True),
    ("Secretary Holt, Minister Vidal and Vice Premier Ruiz", True),
    ("Minister Vidal Opens the Widget Fair", False),
    ("Ambassador Holt", False),
], ids=["two-officials", "three-officials", "headline-with-verb", "one-official"])
def test_segment_photo_caption_of_officials_is_boilerplate(caption, boiler):
    text = (f"On Tuesday, Ambassador Holt met with Minister Vidal of Peru.\n\n{caption}\n\n"
            "In addition, they agreed to widen trade in widgets.\n")
    seg = segment(text)
    assert (caption in [text[s:e] for s, e in seg.boilerplate]) is boiler


def test_segment_go_to_content_link_is_boilerplate_and_the_title_run_into_a_repost_intro():
    text = ("Go To Content\n\nThe Peruvian Trade Office and the Chilean Trade Office Joint Statement on the 2nd "
            "Peru-Chile Widget Forum\nThe following is the text of a joint statement issued at the close of the forum.\n"
            "On May 3, 2021, both sides held the second Widget Forum in Lima.\n")
    seg = segment(text)
    assert "Go To Content" in [text[s:e] for s, e in seg.boilerplate]
    assert seg.title.startswith("The Peruvian Trade Office") and seg.title.endswith("Widget Forum")


def test_segment_headline_over_a_wire_credit_is_the_title_of_a_news_article():
    text = ("Peru, Chile vow to widen widget trade\n(Andina) Trade chiefs of Peru and Chile have pledged to widen "
            "trade in widgets after talks in Lima this week, officials said.\n\nThe two sides also agreed to meet again.\n")
    seg = segment(text)
    assert seg.title == "Peru, Chile vow to widen widget trade"
    assert seg.kind == "news_article"


def test_segment_numbered_paragraphs_reporting_a_meeting_are_a_release():
    text = ("1. Peru and Chile held the Peru-Chile Widget Dialogue in Lima today. Minister Vidal and Minister Ruiz "
            "co-chaired the Dialogue.\n2. The sides reviewed progress on standards and customs.\n")
    assert segment(text).kind == "press_release"


def test_segment_date_line_that_ends_with_a_wire_name_is_news():
    text = ("Peru, Chile agree to widen widget trade\nUpdated: May 5, 2019 10:36 Andina Xinhua\n\n"
            "LIMA — Trade chiefs of Peru and Chile agreed on Sunday to widen trade in widgets.\n")
    assert segment(text).kind == "news_article"


@pytest.mark.parametrize("lines,title", [
    (["Peru - Chile Widget Dialogue 9th Plenary 2021", "9th Plenary of the Peru-Chile Widget Dialogue"],
     "Peru - Chile Widget Dialogue 9th Plenary 2021"),
    (["Peru and Chile Widget Dialogue Plenary of May 2021", "and its Outcomes"],
     "Peru and Chile Widget Dialogue Plenary of May 2021\nand its Outcomes"),
], ids=["title-ending-with-its-year-then-subtitle", "hard-wrapped-after-a-year"])
def test_segment_two_title_lines_above_the_date_line(lines, title):
    text = "\n".join(lines) + "\nMay 4, 2021\n\nThe two sides agreed to widen trade in widgets.\n"
    seg = segment(text)
    assert seg.title == title
    assert [b.text for s in seg.sections for b in s.blocks] == ["The two sides agreed to widen trade in widgets."]


@pytest.mark.parametrize("line,boiler", [
    ("News >", True), ("Economy »", True), ("汉字标题行的新闻", True), ("2019年12月13日", False),
    ("Trade in goods rose by 5 percent >", False), ("中美双方同意加强合作。", False),
], ids=["crumb", "crumb-guillemet", "cjk-headline", "cjk-date-kept", "sentence-with-arrow", "cjk-sentence-kept"])
def test_segment_crumb_and_foreign_headline_lines_are_boilerplate(line, boiler):
    text = f"{line}\n\nPeru and Chile Widget Group Holds First Meeting\n\nThe two sides agreed to widen trade in widgets.\n"
    seg = segment(text)
    assert (line in [text[s:e] for s, e in seg.boilerplate]) is boiler
