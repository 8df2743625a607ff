"""Segmentation shapes read from the misses of sets L and M (portal furniture, captions, inner letterheads),
each tested on lines of our own, with negatives."""

from __future__ import annotations

import pytest

from jccttool.segment import segment


def _blocks(seg) -> list[str]:
    return [b.text for s in seg.sections for b in s.blocks]


@pytest.mark.parametrize("line", [
    "logo logo", "What's New?", "- Sitemap - Calendar", "Trade Agreements - Widget Process - Trade Issues",
    "español - français - português", "WTP > Peru- Norway> Joint Statement", "Peru-Norway FTA-related documents",
    "Electronic Toolkit powered by Widget Brand", "Email: press@widgets.example.gov",
    "date 2021-03-04 FOR IMMEDIATE RELEASE", "(begin fact sheet)", "(end joint statement)",
], ids=["logo", "whats-new", "menu-leading-hyphen", "menu-three-items", "languages-hyphen", "breadcrumb",
        "related-documents", "powered-by", "email", "feed-date-stamp", "begin-fact-sheet", "end-joint-statement"])
def test_segment_portal_furniture_lines_are_boilerplate(line):
    text = f"Widget Trade Talks\n\n{line}\n\nThe two sides met in Lima and agreed to cooperate on widgets.\n"
    seg = segment(text)
    assert line not in _blocks(seg) and all(s.title != line for s in seg.sections)
    assert any(text[s:e] == line for s, e in seg.boilerplate)


@pytest.mark.parametrize("line", [
    "Norway and Peru - a partnership - that grows",
    "Trade in widgets rose by 20 percent, powered by strong demand in Lima.",
    "The ministers discussed widget-related documents and agreed to publish them.",
    "Widget Standards",
], ids=["lower-case-dash-items", "powered-by-in-a-sentence", "related-in-a-sentence", "heading"])
def test_segment_portal_furniture_negatives(line):
    text = f"Widget Trade Talks\n\n{line}\n\nThe two sides met in Lima and agreed to cooperate on widgets.\n"
    seg = segment(text)
    assert not any(text[s:e] == line for s, e in seg.boilerplate)


def test_segment_caption_printed_twice_after_the_first_paragraph_is_furniture():
    caption = "Minister Moss Chairs the 4th Meeting of the Norway-Peru Widget Commission"
    text = (f"Minister Moss Chairs Widget Commission\n\n"
            f"Last week, Trade Minister Lena Moss traveled to Lima to chair the 4th meeting of the Norway-Peru Widget "
            f"Commission.\n\n{caption}\n{caption}\n\n"
            f"The minister discussed widget standards and the customs chapter of the agreement with her hosts.\n")
    seg = segment(text)
    assert seg.title == "Minister Moss Chairs Widget Commission"
    assert [s.title for s in seg.sections] == [None] and len(_blocks(seg)) == 2


def test_segment_title_printed_twice_above_the_text_stays_the_title():
    title = "Joint Statement on the Fourth Norway-Peru Widget Dialogue"
    text = (f"{title}\n{title}\n\nThe two sides held the fourth Norway-Peru Widget Dialogue in Lima and agreed to "
            f"cooperate on widget standards.\n")
    seg = segment(text)
    assert seg.title == title and not seg.boilerplate


@pytest.mark.parametrize("line", ["|", "July/August 2015", "March-April 2019"],
                         ids=["bar-separator", "issue-line-slash", "issue-line-hyphen"])
def test_segment_separator_bars_and_magazine_issue_lines_are_boilerplate(line):
    text = f"Widget Trade Talks\n\n{line}\n\nThe two sides met in Lima and agreed to cooperate on widgets.\n"
    seg = segment(text)
    assert any(text[s:e] == line for s, e in seg.boilerplate)


def test_segment_sentence_case_subheading_after_a_caption_between_bars():
    text = ("The widget talks ended in Lima on Monday, with both sides pledging closer cooperation on standards.\n"
            "|\nMinister Moss (L) and Secretary Brandt meet the press in Lima, May 3, 2021.\n|\n"
            "Broad basis for cooperation\n"
            "Both sides agreed that widget trade had grown and that standards should converge further.\n"
            "They also agreed to meet again next year in Oslo to review the widget work plan.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None, "Broad basis for cooperation"]
    assert len(seg.sections[1].blocks) == 2


def test_segment_letterhead_of_a_reproduced_release_is_no_section():
    text = ("Widget Fact Sheet Released\n\nThe department released a fact sheet on the widget talks today.\n"
            "Following is the text of the fact sheet:\n(begin fact sheet)\nU.S. Department of Commerce\n"
            "Office of the Secretary\nWashington, DC\nFact Sheet\nWidget Talks: Outcomes on Standards\n"
            "The two sides agreed to align their widget standards by the end of the year.\n"
            "Market Access for Widgets\nPeru agreed to lower its widget tariffs.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None, "Widget Talks: Outcomes on Standards", "Market Access for Widgets"]


def test_segment_letterhead_lines_need_a_heading_under_them():
    text = ("Widget Talks\n\nThe two sides agreed to align their widget standards.\n"
            "Office of the Secretary\nThe secretary welcomed the result and thanked the delegations.\n")
    seg = segment(text)
    assert "Office of the Secretary" in [s.title for s in seg.sections] + _blocks(seg)


@pytest.mark.parametrize("line,kept", [("2021 Widget Mid-Year Meeting", False), ("Mid-Year Meeting", True)],
                         ids=["title-tail-of-three-words", "two-words-stay-a-heading"])
def test_segment_title_tail_under_the_date_line_is_title_matter(line, kept):
    text = (f"Joint Statement from the 2021 Widget Mid-Year Meeting\n\nMarch 3, 2021\n\n{line}\n\n"
            "The two sides held a mid-year meeting in Lima to prepare for the next widget commission meeting.\n\n"
            "Joint Statement\nWe received updates from the widget committees and agreed to meet again.\n")
    seg = segment(text)
    assert (line in [s.title for s in seg.sections]) == kept


def test_segment_all_caps_heading_inside_hard_wrapped_text():
    text = ("Lima - Norway and Peru officials met today for the second annual review of the widget\n"
            "agreement. The two sides welcomed the growth in widget trade between the two countries,\n"
            "which rose by a fifth since the agreement came into force in the spring of that year.\n"
            "BACKGROUND\n"
            "Peru is a key widget partner of Norway and a strong partner on a range of economic\n"
            "issues, including the efforts to conclude the widget round of talks in the coming year.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None, "BACKGROUND"]


def test_segment_bare_joint_statement_label_under_a_summary_paragraph_is_a_heading():
    summary = ("The second meeting of the Norway-Peru Widget Commission was convened in Lima on 3 May 2021 in the "
               "margins of a regional widget trade meeting. The meeting was co-chaired by the trade ministers of both sides.")
    text = (f"{summary}\nJoint Statement\n- The ministers welcomed the smooth implementation of the agreement.\n"
            "- They agreed to meet again next year in Oslo.\n")
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None, "Joint Statement"]


@pytest.mark.parametrize("closing", [
    "RELEASED BY: Embassy of Peru in Oslo\n\nDATE: 3 May 2021\n\nSource: Ministry of Trade, Peru",
    "Issued by: Ministry of Trade\nDate: May 3, 2021",
], ids=["released-by-date-source", "issued-by-date"])
def test_segment_closing_credits_and_labelled_date_line(closing):
    text = ("Widget Talks Conclude\n\nThe two sides held widget talks in Oslo and agreed to meet again.\n\n"
            f"They also agreed on a work plan for widget standards.\n\n{closing}\n")
    seg = segment(text)
    assert [s.title for s in seg.sections] == [None] and len(_blocks(seg)) == 2
    assert seg.date_line is not None and "2021" in text[seg.date_line[0] : seg.date_line[1]]


def test_segment_joint_statement_label_under_a_short_introduction_stays_title_matter():
    text = ("The following is issued by the two ministries.\nJoint Statement\n"
            "- The ministers welcomed the smooth implementation of the agreement.\n"
            "- They agreed to meet again next year in Oslo.\n")
    seg = segment(text)
    assert "Joint Statement" not in [s.title for s in seg.sections]


@pytest.mark.parametrize("line", ["Language selection", "Select language", "Norway-Peru Widget Agreement banner"],
                         ids=["language-selection", "select-language", "banner-alt-text"])
def test_segment_switcher_labels_and_banners_are_boilerplate(line):
    text = f"{line}\n\nFourth meeting of the Widget Commission\n\nMay 3, 2021\n\nThe two sides met in Lima.\n"
    seg = segment(text)
    assert seg.title == "Fourth meeting of the Widget Commission"
    assert any(text[s:e] == line for s, e in seg.boilerplate)


def test_segment_feed_line_with_its_distribution_stamp_is_the_date_line():
    text = ("Office of the United States Trade Representative\n\n03/05/2021 | Press release | Distributed by Feedwire on 03/05/2021 "
            "15:07\n\nReadout of the 21st Widget Forum\n\nLIMA - The minister hosted the 21st Widget Forum in Lima "
            "this week and discussed widget trade.\n")
    seg = segment(text)
    assert seg.title == "Readout of the 21st Widget Forum" and text[seg.date_line[0] : seg.date_line[1]] == "03/05/2021"


def test_segment_title_printed_twice_with_tag_debris_and_a_broken_media_note_letterhead():
    title = "Joint Statement on the Fifth Norway-Peru Widget Dialogue"
    text = (f"{title}\nB>{title}\nMay 3, 2021\nNote\nOffice of the\nSpokesperson\nWashington, DC\n"
            "Below is a joint statement issued by Norway and Peru on May 3, 2021 in Lima.\n"
            "The two ministers led their delegations to the fifth widget dialogue.\n")
    seg = segment(text)
    assert seg.title == title and [s.title for s in seg.sections] == [None] and len(_blocks(seg)) == 2
