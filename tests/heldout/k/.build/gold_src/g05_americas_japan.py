from goldlib import C, D, P, S, cut, session, write

# --- ITA (Commerce): joint statement of the 22nd plenary of the U.S.-Brazil Commercial Dialogue (September 19, 2024) ---
st = "ita-us-brazil-commercial-dialogue-22-joint-statement-2024"
write(st,
  kind="press_release", issued="2024-09-19",
  title="US - Brazil Commercial Dialogue 22nd Plenary 2024",
  session=session(None, "U.S.-Brazil Commercial Dialogue", 22, "2024-09-19", "2024-09-19", "Alexandria, VA", []),
  notes=[
    "trade.gov page: two title lines ('US - Brazil Commercial Dialogue 22nd Plenary 2024', '22nd Plenary of the U.S.-Brazil Commercial Dialogue'), the date line 'September 19, 2024', a place line 'Washington, D.C.' (not a block), then the heading 'JOINT STATEMENT'. The third list item is the last complete one: the fourth ('- Trade Promotion and Facilitation – ITA and MD...') was cut mid-word and dropped.",
    "Session: '22nd Plenary of the U.S.-Brazil Commercial Dialogue held on September 19, 2024, at the U.S. Patent and Trademark Office (USPTO) Headquarters in Alexandria, VA': forum null (no acronym), ordinal 22, start = end = 2024-09-19; location (hard call): the place where the text says it was held, 'Alexandria, VA', not the place line 'Washington, D.C.' of the release; nobody named as chair: co-chairs [].",
    "Sections: 'JOINT STATEMENT' (1 paragraph) and 'Highlights since November 2023' (4 blocks: the paragraph ending with the lead-in 'Key results since the November 2023 plenary include:' and 3 dash items).",
    "Commitments (required): 'The Commercial Dialogue (the Dialogue) continues its commitment to grow bilateral trade and investment by working to prevent, reduce and remove non-tariff barriers to trade.' (affirmation, both; goods-trade, standards), and the outcome items under 'Key results ... include:' (a lead-in with no trigger verb of its own; the items are results of both sides): 'Ongoing partnership between USPTO and Brazil’s National Institute of Industrial Property (INPI) to foster innovation ...' (cooperation; ipr), 'Continuing to support the implementation of the U.S.-Brazil Protocol on Trade Rules and Transparency ...' (affirmation; transparency, goods-trade), 'Good Regulatory Practices – ITA, ... and AGU’s Secretariat for Normative Acts signed a Memorandum of Understanding (MOU) to expand our important collaboration ...' (action; transparency; the item opens with a run-in label and a spaced en dash). Optional: the statement issued 'celebrating the 22nd Plenary' (meeting held), 'USPTO and INPI collaborate on training programs ...' (a present-tense description of the partnership), 'This MOU supports the Annex II ...' (description).",
    "Dates: '2024' in the first title line (role other), the date line (publication) and 'September 19, 2024' again (event), 'November 2023' in the heading and in the lead-in (reference).",
  ],
  sections=[S("JOINT STATEMENT", 1), S("Highlights since November 2023", 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S.", "US"]),
    P("Brazil", "country", "BR", aliases=["Brazil", "Brazilian"]),
    P("U.S. Department of Commerce", "government_body", "US", acronym="DOC", aliases=["U.S. Department of Commerce", "DOC"]),
    P("International Trade Administration", "government_body", "US", acronym="ITA", aliases=["International Trade Administration", "ITA"]),
    P("Ministry of Development, Industry, Trade and Services", "government_body", "BR", acronym="MDIC",
      aliases=["Brazilian Ministry of Development, Industry, Trade and Services", "MDIC"]),
    P("U.S. Patent and Trademark Office", "government_body", "US", acronym="USPTO", aliases=["U.S. Patent and Trademark Office", "USPTO"]),
    P("National Institute of Industrial Property", "government_body", "BR", acronym="INPI", aliases=["National Institute of Industrial Property", "INPI"]),
    P("Office of Information and Regulatory Affairs", "government_body", "US", acronym="OIRA",
      aliases=["U.S. Office of Information and Regulatory Affairs", "OIRA"]),
    P("AGU", "government_body", "BR", aliases=["AGU"]),
    P("U.S.-Brazil Commercial Dialogue", "forum", None, aliases=["U.S.-Brazil Commercial Dialogue", "Commercial Dialogue", "Dialogue"]),
  ],
  dates=[
    D("2024", "2024-01-01", "2024-12-31", "year", "other", occurrence=1),
    D("September 19, 2024", "2024-09-19", "2024-09-19", "day", "publication", occurrence=1),
    D("September 19, 2024", "2024-09-19", "2024-09-19", "day", "event", occurrence=2),
    D("November 2023", "2023-11-01", "2023-11-30", "month", "reference", occurrence=1),
    D("November 2023", "2023-11-01", "2023-11-30", "month", "reference", occurrence=2),
  ],
  commitments=[
    C(cut(st, "The U.S. Department of Commerce (DOC)", "in Alexandria, VA."), ["BR", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commercial Dialogue (the Dialogue) continues", "non-tariff barriers to trade."), ["BR", "US"], "affirmation", ["goods-trade", "standards"]),
    C(cut(st, "Ongoing partnership between USPTO", "intellectual property rights."), ["BR", "US"], "cooperation", ["ipr"]),
    C(cut(st, "USPTO and INPI collaborate", "trademark applications."), ["BR", "US"], "cooperation", ["ipr"], optional=True),
    C(cut(st, "Continuing to support the implementation", "Trade Facilitation Annexes."), ["BR", "US"], "affirmation", ["transparency", "goods-trade"]),
    C(cut(st, "Good Regulatory Practices – ITA,", "stakeholder engagement."), ["BR", "US"], "action", ["transparency"]),
    C(cut(st, "This MOU supports the Annex II", "with respect to GRPs."), ["BR", "US"], "affirmation", ["transparency"], optional=True),
  ])

# --- Indian Economic Observer (ANI): joint statement of the second Japan-US EPCC ministerial (San Francisco, November 2023) ---
st = "ani-japan-us-epcc-2-joint-statement-2023"
write(st,
  kind="news_article", issued="2023-11-15",
  title="US, Japan agree to engage with partners in Indo-Pacific, support their economic development",
  session=session("EPCC", "Japan-US Economic Policy Consultative Committee", 2, "2023-11-14", "2023-11-14", "San Francisco", []),
  notes=[
    "ANI report as stored: headline, the date line 'Nov 15, 2023' (abbreviated month) and the dateline 'Washington DC [US], November 15 :' opening the first paragraph (a space before the colon).",
    "Session: 'They convened in San Francisco on Tuesday for the second ministerial meeting of the Japan-US Economic Policy Consultative Committee (EPCC)' -> forum EPCC, ordinal 2; 'Tuesday' counted back from the date line (Wednesday, November 15, 2023) -> 2023-11-14; the four ministers 'attended' (not co-chaired, led or hosted in the text's words): co-chairs [] (hard call).",
    "Sections: one untitled section of 7 paragraphs (the headline and the date line are not blocks).",
    "Commitments (required), both reported from the joint statement: 'The US, and Japan have agreed to continue engaging with partners in the Indo-Pacific to help them identify, and reduce economic vulnerabilities ...' (pledge; goods-trade) and 'The two countries plan to remain vigilant and intend to continue to assess the potential impacts of export restrictions on critical minerals ..., read a joint statement ...' (pledge; export restrictions on raw materials: goods-trade). Optional: the statement released and the meeting convened (meetings held), the quoted 'we have a shared responsibility ...' and 'there is a need to encourage the region ...' (positions). The attendance sentence is not a commitment.",
    "Dates: 'Nov 15, 2023' (publication), 'November 15' in the dateline (no year in its own words: optional), 'Tuesday' (required: the text has a date line).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("United States", "country", "US", aliases=["US", "United States"]),
    P("Japan", "country", "JP", aliases=["Japan", "Japanese"]),
    P("Japan-US Economic Policy Consultative Committee", "forum", None, acronym="EPCC",
      aliases=["Japan-US Economic Policy Consultative Committee", "EPCC"]),
    P("Yoko Kamikawa", "person", "JP", aliases=["Japan's Minister for Foreign Affairs Yoko Kamikawa"], titles=["Minister for Foreign Affairs"]),
    P("Yasutoshi Nishimura", "person", "JP", aliases=["Japan's Minister of Economy, Trade and Industry Yasutoshi Nishimura"],
      titles=["Minister of Economy, Trade and Industry"]),
    P("Antony Blinken", "person", "US", aliases=["United States Secretary of State Antony Blinken"], titles=["Secretary of State"]),
    P("Gina Raimondo", "person", "US", aliases=["United States Secretary of Commerce Gina Raimondo"], titles=["Secretary of Commerce"]),
  ],
  dates=[
    D("Nov 15, 2023", "2023-11-15", "2023-11-15", "day", "publication"),
    D("November 15", "2023-11-15", "2023-11-15", "day", "publication", optional=True),
    D("Tuesday", "2023-11-14", "2023-11-14", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "The US, and Japan have agreed", "resilience, and prosperity."), ["JP", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The two countries plan to remain vigilant", "Economic Policy Consultative Committee."), ["JP", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The joint statement was released", "Economic Policy Consultative Committee."), ["JP", "US"], "action", ["other"], optional=True),
    C(cut(st, "They convened in San Francisco", "Committee (EPCC)."), ["JP", "US"], "action", ["other"], optional=True),
    C(cut(st, "US, and Japan, in the joint statement, stated", "in the Indo-Pacific region."), ["JP", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The two countries said there is a need", "downstream buyers."), ["JP", "US"], "affirmation", ["energy-environment", "investment"], optional=True),
  ])

# --- USTR (archive): Portman and Peterson statements on the softwood lumber talks (Washington, July 2005) ---
st = "ustr-portman-peterson-lumber-talks-2005"
write(st,
  kind="press_release", issued=None,
  title="USTR Portman and Canadian Trade Minister Peterson Statements on Current Lumber Talks",
  session=session(None, None, None, None, None, "Washington", [], start_if_year_known="2005-07-18", end_if_year_known="2005-07-20"),
  notes=[
    "USTR archive page: 'Click Here to skip to the body of the page.' and 'The Office of the United States Trade Representative' are chrome; title; no date line (July 2005 from the page address); dateline 'WASHINGTON -'.",
    "Session: 'Canadian and U.S. officials met in Washington July 18-20 for discussions on the potential for resolution of the softwood lumber dispute' (talks with no named forum: forum and name null); day-month range without a year: start/end null, start_if_year_known 2005-07-18, end_if_year_known 2005-07-20; the officials are not named and the two ministers only 'have spoken': co-chairs [].",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): Peterson's 'Ambassador Portman and I will be following the issue closely and will continue to remain in close contact.' (cooperation, CA US; lumber: goods-trade) and 'The negotiators intend to use the coming weeks for further consultations with stakeholders and will seek to meet again to discuss the softwood lumber dispute in Ottawa by late August.' (cooperation, both; goods-trade; 'by late August' has no year in the text: deadline null). Optional: the talks held, Portman's 'We look forward to continuing the talks' (looking forward), Peterson's 'I have asked Canada's negotiating team to continue to seek input from Canadian industry and provinces ...' (a domestic instruction, CA). 'Both sides will need time to reflect on the discussions.' is not an undertaking.",
    "Dates: 'July 18-20' (no year: optional), 'the coming weeks' (optional, fuzzy), 'late August' (deadline, no year: optional, fuzzy).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Canada", "country", "CA", aliases=["Canadian", "Canada"]),
    P("United States", "country", "US", aliases=["U.S."]),
    P("Rob Portman", "person", "US", aliases=["U.S. Trade Representative Rob Portman", "Ambassador Portman", "USTR Portman"],
      titles=["U.S. Trade Representative"]),
    P("Jim Peterson", "person", "CA", aliases=["Canadian Trade Minister Jim Peterson", "Minister Peterson", "Canadian Trade Minister Peterson"],
      titles=["Canadian Trade Minister"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR",
      aliases=["Office of the United States Trade Representative", "USTR"], optional=True),
  ],
  dates=[
    D("July 18-20", "2005-07-18", "2005-07-20", "day", "event", optional=True),
    D("the coming weeks", "2005-07-01", "2005-08-31", "day", "period", relative=True, optional=True, fuzzy=True),
    D("late August", "2005-08-01", "2005-08-31", "month", "deadline", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON - Canadian and U.S. officials met", "softwood lumber dispute."), ["CA", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "We look forward to continuing the talks", "Rob Portman."), ["US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "\"I have asked Canada's negotiating team", "Jim Peterson."), ["CA"], "action", ["goods-trade"], optional=True),
    C(cut(st, "\"Ambassador Portman and I will be following", "close contact.\""), ["CA", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "The negotiators intend to use the coming weeks", "by late August."), ["CA", "US"], "cooperation", ["goods-trade"]),
  ])
