from goldlib import C, D, M, P, Q, S, cut, session, write

AIT = P("American Institute in Taiwan", "organization", "US", acronym="AIT", aliases=["American Institute in Taiwan", "AIT"])

# --- AIT (archived site): AIT-TECRO joint statement on the Digital Economy Forum (Taipei, December 2, 2015) ---
st = "ait-tecro-digital-economy-forum-1-2015"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "Digital Economy Forum", None, "2015-12-02", "2015-12-02", "Taipei", []),
  notes=[
    "AIT archived page as stored: no title, no date line; the body opens with the meeting sentence. The fourth paragraph was cut mid-sentence on the page and dropped.",
    "Session: 'held the Digital Economy Forum in Taipei on December 2, 2015' (no acronym: forum null, name as written; no ordinal in the text, it was the first one); nobody named: co-chairs [].",
    "Sections: one untitled section of 3 paragraphs.",
    "No required commitment: the forum held (optional), 'The two sides endorsed the importance of the multistakeholder model ...' (importance, optional). 'held open discussions ... on important shared ICT priorities, such as: ...' is a discussion-topic list run into the sentence (its colon is not a lead-in of commitments), 'exchanged views' and 'explored opportunities for further cooperation' are discussions.",
    "Dates: 'December 2, 2015' (event). Parties: AIT and TECRO are organizations (as in set H); the fora named in passing (Internet Governance Forum, the World Radiocommunications Conference, APEC, the Global Cooperation and Training Framework) are optional.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Taiwan", "country", "TW", aliases=["Taiwan"]),
    AIT,
    P("Taipei Economic and Cultural Representative Office in the United States", "organization", "TW", acronym="TECRO",
      aliases=["Taipei Economic and Cultural Representative Office in the United States", "TECRO"]),
    P("Digital Economy Forum", "forum", None, aliases=["Digital Economy Forum"]),
    P("Internet Governance Forum", "forum", None, aliases=["Internet Governance Forum"], optional=True),
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["APEC"], optional=True),
    P("Global Cooperation and Training Framework", "forum", None, aliases=["Global Cooperation and Training Framework"], optional=True),
  ],
  dates=[D("December 2, 2015", "2015-12-02", "2015-12-02", "day", "event")],
  commitments=[
    C(cut(st, "Senior representatives from the United States", "innovation and commercialization."), ["TW", "US"], "action", ["services"], optional=True),
    C(cut(st, "The two sides endorsed the importance", "reliable Internet."), ["TW", "US"], "affirmation", ["services"], optional=True),
  ])

# --- NDC (Taiwan) repost: AIT-TECRO joint statement on the 3rd U.S.-Taiwan Digital Economy Forum (December 2019) ---
st = "ndc-ait-tecro-digital-economy-forum-3-2019"
write(st,
  kind="press_release", issued=None,
  title="The American Institute in Taiwan and the Taipei Economic and Cultural Representative Office Joint Statement on the 3rd U.S.-Taiwan Digital Economy Forum",
  session=session(None, "U.S.-Taiwan Digital Economy Forum", 3, "2019-12-10", "2019-12-11", "Taipei", []),
  notes=[
    "Taiwan National Development Council repost: 'Go To Content' is chrome; the title line, then an introductory sentence ('The following is the text of a joint press statement issued at the conclusion of the 3rd Digital Economy Forum.'), counted as a paragraph block (a full sentence of the page, unlike 'Begin Text'). No date line. The list of ten priorities is cut after its third item on the stored page.",
    "Session: '3rd U.S.-Taiwan Digital Economy Forum' (title) / 'held the third Digital Economy Forum in Taipei' on 'December 10-11, 2019': forum null (no acronym), name as in the title, ordinal 3, start 2019-12-10, end 2019-12-11; nobody named: co-chairs [].",
    "Sections: one untitled section of 7 blocks (intro sentence, meeting paragraph, discussion paragraph, the lead-in, 3 bullets).",
    "Commitments (required): the lead-in 'AIT and TECRO, on behalf of their respective authorities, affirm support for the following ten policy priorities:' (affirmation, carries actors and trigger) and the subject-less items under it: 'To deepen semiconductor industry integration ...' (industrial-policy), 'To support the deployment of secure and trusted 5G hardware, services and standards ...' (services, standards), 'To strengthen cybersecurity of the technology industry ...' (services); actors TW and US. The second bullet has two sentences: its second sentence ('To highlight the value of a transparent and open 5G architecture ...') is optional, as a predicted item may cover both. Optional: the forum held. 'held discussions on working together to ...' is a discussion.",
    "Dates: 'December 10-11, 2019' (event). 'ten policy priorities' is a count in words (optional).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Taiwan", "country", "TW", aliases=["Taiwan"]),
    AIT,
    P("Taipei Economic and Cultural Representative Office in the United States", "organization", "TW", acronym="TECRO",
      aliases=["Taipei Economic and Cultural Representative Office in the United States", "Taipei Economic and Cultural Representative Office", "TECRO"]),
    P("U.S.-Taiwan Digital Economy Forum", "forum", None, aliases=["U.S.-Taiwan Digital Economy Forum", "Digital Economy Forum"]),
  ],
  quantities=[Q("ten policy priorities", 10, "count", unit="policy priorities", optional=True)],
  dates=[D("December 10-11, 2019", "2019-12-10", "2019-12-11", "day", "event")],
  commitments=[
    C(cut(st, "On December 10-11, 2019, senior representatives", "in the digital age."), ["TW", "US"], "action", ["services"], optional=True),
    C(cut(st, "AIT and TECRO, on behalf of their respective authorities", "ten policy priorities:"), ["TW", "US"], "affirmation", ["services", "industrial-policy"]),
    C(cut(st, "To deepen semiconductor industry integration", "of the semiconductor industry."), ["TW", "US"], "affirmation", ["industrial-policy"]),
    C(cut(st, "To support the deployment of secure and trusted 5G", "the Prague Proposals."), ["TW", "US"], "affirmation", ["services", "standards"]),
    C(cut(st, "To highlight the value of a transparent", "diverse 5G supply chains."), ["TW", "US"], "affirmation", ["services"], optional=True),
    C(cut(st, "To strengthen cybersecurity", "of the digital economy."), ["TW", "US"], "affirmation", ["services"]),
  ])

# --- Executive Yuan OTN news: TECRO on the first U.S.-Taiwan EPP Dialogue (Washington, November 20, 2020) ---
st = "ey-tecro-us-taiwan-eppd-1-2020"
write(st,
  kind="press_release", issued="2020-11-30",
  title="TECRO hails success of first U.S.-Taiwan Economic Prosperity Partnership Dialogue",
  session=session(None, "U.S.-Taiwan Economic Prosperity Partnership Dialogue", 1, "2020-11-20", "2020-11-20", "Washington, DC",
                  ["Keith Krach", "John Deng"]),
  notes=[
    "Executive Yuan (Office of Trade Negotiations) page: the JavaScript notice, 'Friendly Print', 'Font Setting' lines, 'News' and ':::' are site chrome; '2020.11.30' is the posting date (issued); the title is printed twice (one title); '(2020/11/20, Washington, DC)' is a dateline with the event date (not a block). 'singed' (for 'signed') is as on the page. The excerpt ends after the second sentence of the opening-address paragraph (the rest was cut).",
    "Session: 'On November 20th, Taiwan and the United States held the first-ever U.S.-Taiwan Economic Prosperity Partnership Dialogue in Washington, DC' -> forum null (no acronym in the text), ordinal 1, start = end = 2020-11-20 (year from the dateline), location as written. Co-chairs (hard call): 'The U.S. delegation was led by Keith Krach' and, for Taiwan, Minister without portfolio John Deng, who gave the opening address and exchanged letters with Krach; Chern-chyi Chen 'led a delegation to Washington' (the travelling delegation), not the dialogue.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: the only required one is 'Bi-khim Hsiao, Representative of TECRO, singed a Memorandum of Understanding (MOU) with Ingrid Larson, ... to establish the U.S.-Taiwan Economic Prosperity Partnership Dialogue.' (action, TW US; establishing a dialogue: other). Optional: the dialogue held, the exchange of letters 'to signal support', Deng's 'Both sides enjoy a trusted partnership and are committed to contributing to regional development in the Indo-Pacific' (a political claim in reported speech).",
    "Dates: '2020.11.30' (publication), '2020/11/20' (event), 'November 20th' (day-month with an ordinal suffix, no year in its own words: optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("Taiwan", "country", "TW", aliases=["Taiwan"]),
    P("United States", "country", "US", aliases=["the United States", "U.S."]),
    P("Keith Krach", "person", "US", aliases=["Under Secretary Krach"], titles=["Under Secretary of State for Economic Growth, Energy and the Environment"]),
    P("John Deng", "person", "TW", aliases=["Minister without portfolio John Deng", "Minister Deng"], titles=["Minister without portfolio"]),
    P("Wang Mei-hua", "person", "TW", aliases=["Economic Minister Wang Mei-hua"], titles=["Economic Minister"]),
    P("Chern-chyi Chen", "person", "TW", aliases=["Deputy Economic Minister Chern-chyi “CC” Chen"], titles=["Deputy Economic Minister"]),
    P("Bi-khim Hsiao", "person", "TW", aliases=["Bi-khim Hsiao"], titles=["Representative of the Taipei Economic and Cultural Representative Office"]),
    P("Ingrid Larson", "person", "US", aliases=["Ingrid Larson"], titles=["Managing Director of American Institute in Taiwan"]),
    P("Taipei Economic and Cultural Representative Office", "organization", "TW", acronym="TECRO",
      aliases=["Taipei Economic and Cultural Representative Office", "TECRO"]),
    AIT,
    P("U.S.-Taiwan Economic Prosperity Partnership Dialogue", "forum", None, aliases=["U.S.-Taiwan Economic Prosperity Partnership Dialogue"]),
  ],
  dates=[
    D("2020.11.30", "2020-11-30", "2020-11-30", "day", "publication"),
    D("2020/11/20", "2020-11-20", "2020-11-20", "day", "event"),
    D("November 20th", "2020-11-20", "2020-11-20", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "On November 20th, Taiwan and the United States held", "in Washington, DC."), ["TW", "US"], "action", ["other"], optional=True),
    C(cut(st, "Bi-khim Hsiao, Representative", "Partnership Dialogue."), ["TW", "US"], "action", ["other"]),
    C(cut(st, "Under Secretary Krach and Minister Deng also exchanged", "the economic dialogue."), ["TW", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both sides enjoy a trusted partnership", "in the Indo-Pacific."), ["TW", "US"], "affirmation", ["other"], optional=True),
  ])

# --- Embassy of Vietnam (Washington): preparatory meeting for the first TIFA Council (December 2007) ---
st = "vietnamembassy-vietnam-us-tifa-council-preparation-2007"
write(st,
  kind="press_release", issued=None,
  title="Viet Nam, US Prepare for TIFA Council’s Meeting",
  session=session("TIFA", "Viet Nam-US Trade and Investment Framework Agreement", None, None, None, "Washington D.C",
                  ["Bui Huy Hung", "B. Weiser"], start_if_year_known="2007-12-14", end_if_year_known="2007-12-14"),
  notes=[
    "Embassy news page as stored: title and body, no date line (December 2007 from the text: the TIFA signed in June 2007, trade expected 'this year'). 'Washington D.C,' (comma glued, no final period) and 'Viet Nam ,' (space before the comma) are as on the page.",
    "Session: the officials 'in charge of the Viet Nam-US ... (TIFA) met in Washington D.C, on December 14 to prepare for the first meeting of the TIFA Council' -> forum TIFA, name as written, no ordinal (the 'first meeting of the TIFA Council' is the next meeting); start/end null with start_if_year_known 2007-12-14; location as written; co-chairs: 'Co-chaired the meeting were Bui Huy Hung, ... and B. Weiser' (the U.S. name as the page spells it).",
    "Sections: one untitled section of 8 paragraphs.",
    "Commitments: the only required one is 'Through the TIFA Council, which will convene its first meeting on December 17, Viet Nam and the US will establish a close cooperation mechanism in addressing trade and investment problems that may arise between the two countries.' (cooperation; goods-trade, investment). Optional: the meeting and its co-chairs, 'They decided on issues to be brought for discussions at the upcoming meetings ...' (agenda setting for a meeting: hard call, optional), the 2007 signing recounted. 'Both sides also discussed technical matters ...' is a discussion.",
    "Money: '9.7 billion USD' (2006), '12 billion USD' ('this year': year null), '4.5 billion USD' (2006, 'By the end of 2006'). Quantities: '75 countries and territories' (count); 'eight-fold' is a ratio (not annotated); 'the sixth' is an ordinal.",
    "Dates: 'December 14', 'December 17' (no year: optional), 'June 22, 2007' (event), '2001-2007' (period, years), '2006' and '2000' (reference), 'By the end of 2006' (reference: the end of 2006 is December, as in docs/gold-format.md; fitted phase), 'this year' (optional, relative).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("Vietnam", "country", "VN", aliases=["Viet Nam", "Vietnamese"]),
    P("United States", "country", "US", aliases=["US"]),
    P("Viet Nam-US Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["Viet Nam-US Trade and Investment Framework Agreement", "TIFA", "Viet Nam-US TIFA"]),
    P("TIFA Council", "forum", None, aliases=["TIFA Council"]),
    P("Bui Huy Hung", "person", "VN", aliases=["Bui Huy Hung"], titles=["Head of the Vietnamese Government Office’s Department for International Affairs"]),
    P("B. Weiser", "person", "US", aliases=["B. Weiser"], titles=["Assistant to the US Trade Representative"]),
    P("Nguyen Xuan Phuc", "person", "VN", aliases=["Minister and Chairman of the Government Office Nguyen Xuan Phuc"],
      titles=["Minister and Chairman of the Government Office"]),
    P("Susan Schwab", "person", "US", aliases=["Ambassador and US Trade Representative Susan Schwab"], titles=["US Trade Representative"]),
    P("Nguyen Minh Triet", "person", "VN", aliases=["President Nguyen Minh Triet"], titles=["President"]),
    P("Government Office", "government_body", "VN", aliases=["Government Office"], optional=True),
  ],
  money=[
    M("9.7 billion USD", 9700000000, year=2006),
    M("12 billion USD", 12000000000),
    M("4.5 billion USD", 4500000000, year=2006),
  ],
  quantities=[Q("75 countries and territories", 75, "count", unit="countries and territories")],
  dates=[
    D("December 14", "2007-12-14", "2007-12-14", "day", "event", optional=True),
    D("June 22, 2007", "2007-06-22", "2007-06-22", "day", "event"),
    D("2001-2007", "2001-01-01", "2007-12-31", "years", "period"),
    D("December 17", "2007-12-17", "2007-12-17", "day", "event", optional=True),
    D("2006", "2006-01-01", "2006-12-31", "year", "reference", occurrence=1),
    D("2000", "2000-01-01", "2000-12-31", "year", "reference"),
    D("this year", "2007-01-01", "2007-12-31", "year", "reference", relative=True, optional=True, fuzzy=True),
    D("By the end of 2006", "2006-12-01", "2006-12-31", "month", "reference"),
  ],
  commitments=[
    C(cut(st, "Vietnamese and US officials in charge", "of the TIFA Council."), ["US", "VN"], "action", ["other"], optional=True),
    C(cut(st, "Co-chaired the meeting were", "US Trade Representative."), ["US", "VN"], "action", ["other"], optional=True),
    C(cut(st, "They decided on issues", "Susan Schwab."), ["US", "VN"], "action", ["other"], optional=True),
    C(cut(st, "The Viet Nam-US TIFA, signed on June 22, 2007", "2001-2007 period."), ["US", "VN"], "action", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Through the TIFA Council,", "between the two countries."), ["US", "VN"], "cooperation", ["goods-trade", "investment"]),
  ])

# --- U.S. Embassy India: joint statement on the fourth India-U.S. Commercial Dialogue (New Delhi, 2018) ---
st = "usembassy-india-us-commercial-dialogue-4-2018"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "India-U.S. Commercial Dialogue", None, None, None, "New Delhi", ["Suresh Prabhu", "Wilbur Ross"]),
  notes=[
    "U.S. Embassy page as stored: no title, no date line; numbered paragraphs '1.' to '5.' and one run-in heading 'Commerce, Economy and Growth'. The fifth paragraph's third sentence was cut on the page: its first two sentences were kept.",
    "Session: 'held the India-U.S. Commercial Dialogue and the India-U.S. CEO Forum in New Delhi today' (forum null: no acronym; no ordinal in the text, 'fourth' only in the page address; dates null: 'today' without a date line); co-chairs as written ('co-chaired the India-U.S. Commercial Dialogue').",
    "Sections: preamble of 4 numbered paragraphs and 'Commerce, Economy and Growth' (1).",
    "Commitments (required): 'Both sides resolved to further expand and strengthen trade and commerce ties.', 'Both sides resolved to remain engaged and take measures for further enhancement of bilateral trade.', 'The sides agreed to continue to find ways to improve bilateral trade and increase market access in our countries as was agreed upon in ... joint statement of June 2017 and the Commercial Dialogue Joint Statement of October 2017.' (pledges; goods-trade). Optional: the meeting and co-chairing, 'appreciated the performance' (praise), 'The commitment for mutual prosperity ... was reiterated by both sides.' (a reaffirmation with no specific policy), 'resolved to use the commonalities of ideas, values and democratic systems to further deepen the commercial partnership' (political), 'They appreciated the importance of bilateral engagements ...' (importance). 'took note of' sentences are not commitments.",
    "Money: '$58 billion' (2007), '$126 billion' (2017). Dates: 'today' (no date line: optional, fuzzy), 'the year 2018' twice -> '2018' (period), '2007', '2017' (reference), 'June 2017', 'October 2017' (reference: earlier joint statements), 'the last decade' (not annotated).",
  ],
  sections=[S(None, 4), S("Commerce, Economy and Growth", 1)],
  parties=[
    P("India", "country", "IN", aliases=["India"]),
    P("United States", "country", "US", aliases=["the United States", "United States", "U.S."]),
    P("Suresh Prabhu", "person", "IN", aliases=["Minister of Commerce, Industry and Civil Aviation of India Mr. Suresh Prabhu", "Mr. Suresh Prabhu"],
      titles=["Minister of Commerce, Industry and Civil Aviation"]),
    P("Wilbur Ross", "person", "US", aliases=["U.S. Secretary of Commerce Mr. Wilbur Ross", "Mr. Wilbur Ross"], titles=["U.S. Secretary of Commerce"]),
    P("India-U.S. Commercial Dialogue", "forum", None, aliases=["India-U.S. Commercial Dialogue", "Commercial Dialogue"]),
    P("India-U.S. CEO Forum", "forum", None, aliases=["India-U.S. CEO Forum"]),
  ],
  money=[M("$58 billion", 58000000000, year=2007), M("$126 billion", 126000000000, year=2017)],
  dates=[
    D("today", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("2018", "2018-01-01", "2018-12-31", "year", "period", occurrence=1),
    D("2007", "2007-01-01", "2007-12-31", "year", "reference"),
    D("2017", "2017-01-01", "2017-12-31", "year", "reference", occurrence=1),
    D("June 2017", "2017-06-01", "2017-06-30", "month", "reference"),
    D("October 2017", "2017-10-01", "2017-10-31", "month", "reference"),
    D("2018", "2018-01-01", "2018-12-31", "year", "period", occurrence=2),
  ],
  commitments=[
    C(cut(st, "India and the United States held the India-U.S. Commercial Dialogue", "in New Delhi today."), ["IN", "US"], "action", ["other"], optional=True),
    C(cut(st, "Minister of Commerce, Industry and Civil Aviation", "Commercial Dialogue."), ["IN", "US"], "action", ["other"], optional=True),
    C(cut(st, "The sides assessed the progress", "Travel and Tourism."), ["IN", "US"], "affirmation", ["standards", "investment", "services"], optional=True),
    C(cut(st, "Both sides resolved to further expand", "commerce ties."), ["IN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The commitment for mutual prosperity", "by both sides."), ["IN", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Both sides resolved to remain engaged", "of bilateral trade."), ["IN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The sides agreed to continue to find ways", "Joint Statement of October 2017."), ["IN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "They also took note of the complementarities", "commercial partnership."), ["IN", "US"], "pledge", ["goods-trade"], optional=True),
    C(cut(st, "They appreciated the importance", "commerce and trade issues."), ["IN", "US"], "affirmation", ["goods-trade"], optional=True),
  ])
