from goldlib import C, D, M, P, Q, S, cut, session, write

ASEAN10 = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
IPEF14 = ["AU", "BN", "FJ", "ID", "IN", "JP", "KR", "MY", "NZ", "PH", "SG", "TH", "US", "VN"]

# --- QĐND: joint statement on a U.S.-Vietnam framework for reciprocal trade (2025) ---
st = "qdnd-us-vietnam-reciprocal-trade-framework-joint-statement-2025"
write(st,
  kind="press_release", issued=None,
  title="JOINT STATEMENT ON A UNITED STATES - VIETNAM FRAMEWORK FOR AN AGREEMENT ON RECIPROCAL, FAIR, AND BALANCED TRADE",
  session=session(None, None, None, None, None, None, []),
  notes=[
    "Quan Doi Nhan Dan repost of a joint statement: the introductory line ('The following is the full text of the Joint Statement.') is a block (M's convention for a repost's introductory line); the upper-case heading is the title; no date line (issued null; 2025 from the executive orders cited). Single line breaks between paragraphs. The excerpt ended with a paragraph cut after one letter ('T'): dropped.",
    "Session (hard call): a framework agreed and announced, with no meeting in the text: every session field null, co-chairs [].",
    "Sections: one untitled section of 8 blocks: the introductory line, 2 paragraphs, the lead-in 'Key terms ... will include:' and its 4 items.",
    "Commitments (required): 'The United States of America ... and the Socialist Republic of Vietnam ... have agreed to a Framework for an Agreement on Reciprocal, Fair, and Balanced Trade ...' (action: a framework agreed; goods-trade), and the four items under the lead-in, each with its own subject: 'Vietnam will provide preferential market access ...' (pledge; VN; goods-trade, agriculture), 'The United States will maintain at 20 percent the reciprocal tariffs ... and will also identify products ... to receive a zero percent reciprocal tariff rate.' (pledge; US; goods-trade), 'The United States and Vietnam will work constructively ... non-tariff barriers ...' (pledge; goods-trade), 'Vietnam has agreed to address many such barriers including ... vehicles ..., medical devices, ... pharmaceutical products, ... intellectual property treaties ..., conformity assessment procedures.' (pledge; VN; standards, health, ipr). Optional: the lead-in (its items carry their own subjects), 'The Agreement ... will build upon our longstanding economic relationship, including the ... Bilateral Trade Agreement signed in 2000 ...' (description).",
    "Quantities: '20 percent' (tariff rate); 'zero percent' (optional: a number word). Dates: '2000' (signing, event), '2001' (entry into force, event), 'April 2, 2025' and 'September 5, 2025' (dates inside executive order names: role other).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("United States", "country", "US", aliases=["United States of America", "United States", "U.S."]),
    P("Vietnam", "country", "VN", aliases=["Socialist Republic of Vietnam", "Vietnam", "Vietnam’s"]),
    P("Agreement on Reciprocal, Fair, and Balanced Trade", "forum", None, aliases=["Agreement on Reciprocal, Fair, and Balanced Trade"]),
    P("U.S. - Vietnam Bilateral Trade Agreement", "forum", None, aliases=["U.S. - Vietnam Bilateral Trade Agreement"]),
  ],
  quantities=[
    Q("20 percent", 20, "percent"),
    Q("zero percent", 0, "percent", optional=True),
  ],
  dates=[
    D("2000", "2000-01-01", "2000-12-31", "year", "event"),
    D("2001", "2001-01-01", "2001-12-31", "year", "event"),
    D("April 2, 2025", "2025-04-02", "2025-04-02", "day", "other"),
    D("September 5, 2025", "2025-09-05", "2025-09-05", "day", "other"),
  ],
  commitments=[
    C(cut(st, "The United States of America (the United States)", "to each other’s markets."), ["US", "VN"], "action", ["goods-trade"]),
    C(cut(st, "The Agreement on Reciprocal, Fair, and Balanced Trade will build", "entered into force in 2001."), ["US", "VN"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Key terms of the Agreement", "will include:"), ["US", "VN"], "pledge", ["goods-trade"], optional=True),
    C(cut(st, "Vietnam will provide preferential", "exports to Vietnam."), ["VN"], "pledge", ["goods-trade", "agriculture"]),
    C(cut(st, "The United States will maintain", "reciprocal tariff rate."), ["US"], "pledge", ["goods-trade"]),
    C(cut(st, "The United States and Vietnam will work constructively", "in priority areas."), ["US", "VN"], "pledge", ["goods-trade"]),
    C(cut(st, "Vietnam has agreed to address", "assessment procedures."), ["VN"], "pledge", ["standards", "health", "ipr"]),
  ])

# --- International Trade Today: outcomes of the Bush-Dung meeting (June 24, 2008) ---
st = "internationaltradetoday-us-vietnam-bush-dung-outcomes-2008"
write(st,
  kind="news_article", issued=None,
  title="U.S. and Vietnam Leaders Meet, Announce Efforts to Expand Trade and Investment",
  session=session(None, None, None, "2008-06-24", "2008-06-24", None, []),
  notes=[
    "International Trade Today (trade newsletter) page: title; no date line (issued null). Two paywall lines ('Sign up for a free preview ...', 'If your job depends on informed compliance, ...') are chrome, not blocks. The footnote marker in '(BTA)1.' is kept as written. The excerpt ended inside a heading-led item ('Food/medical product safety MOU signed. The two countries ...'): that item was dropped.",
    "Session: 'the June 24, 2008 bilateral meeting between President Bush and Prime Minister Nguyen Tan Dung' (no forum): forum and name null, start = end = 2008-06-24, no place in the text, co-chairs [] (leaders 'meet').",
    "Sections: an untitled section of 3 paragraphs and 'Outcomes of President's Meeting with Prime Minister' (3 blocks: the lead-in and two paragraphs; the first opens with the run-in heading 'Bilateral investment treaty to be negotiated.').",
    "Commitments (required): 'The U.S. and Vietnam agreed to launch negotiations of a bilateral investment treaty, which will help promote cross-border investment ...' (pledge; investment). Optional: the summary '... committed to certain efforts to expand trade and investment, among other things' (a summary of the outcomes that follow), the signing of company contracts presided over by Gutierrez and Dung (ceremony; private companies). 'The legal protections provided by a BIT would include ...' is a description.",
    "Money: '$12.53 billion' (2007). Quantities: '29%', '73%'. Dates: 'June 24, 2008' (event), '2006' (the last meeting, event), 'In 2007' (period), 'from 2006' (reference), '2001' in 'the 2001 Bilateral Trade Agreement' (year in a name: other).",
  ],
  sections=[S(None, 3), S("Outcomes of President's Meeting with Prime Minister", 3)],
  parties=[
    P("United States", "country", "US", aliases=["U.S."]),
    P("Vietnam", "country", "VN", aliases=["Vietnam", "Vietnamese", "Vietnam's"]),
    P("George W. Bush", "person", "US", aliases=["President Bush"], titles=["President"]),
    P("Nguyen Tan Dung", "person", "VN", aliases=["Prime Minister Nguyen Tan Dung", "Prime Minister Dung"], titles=["Prime Minister"]),
    P("Carlos Gutierrez", "person", "US", aliases=["Commerce Secretary Gutierrez"], titles=["Commerce Secretary"]),
    P("Bilateral Trade Agreement", "forum", None, acronym="BTA", aliases=["Bilateral Trade Agreement", "BTA"]),
    P("bilateral investment treaty", "forum", None, acronym="BIT", aliases=["bilateral investment treaty", "BIT"], optional=True),
    P("International Trade Today", "organization", "US", aliases=["International Trade Today"], optional=True),
  ],
  money=[M("$12.53 billion", 12530000000, year=2007)],
  quantities=[Q("29%", 29, "percent"), Q("73%", 73, "percent")],
  dates=[
    D("June 24, 2008", "2008-06-24", "2008-06-24", "day", "event"),
    D("2006", "2006-01-01", "2006-12-31", "year", "event"),
    D("2007", "2007-01-01", "2007-12-31", "year", "period"),
    D("2006", "2006-01-01", "2006-12-31", "year", "reference", occurrence=2),
    D("2001", "2001-01-01", "2001-12-31", "year", "other"),
  ],
  commitments=[
    C(cut(st, "The U.S. and Vietnam issued a joint statement", "among other things."), ["US", "VN"], "pledge", ["goods-trade", "investment"], optional=True),
    C(cut(st, "On this same day", "Vietnamese companies."), ["US", "VN"], "action", ["other"], optional=True),
    C(cut(st, "The U.S. and Vietnam agreed to launch", "Agreement (BTA)1."), ["US", "VN"], "pledge", ["investment"]),
  ])

# --- Thompson Hine SmarTrade: IPEF ministerial statements adopted (September 9, 2022) ---
st = "thompsonhine-ipef-ministerial-statements-2022"
write(st,
  kind="news_article", issued=None, title=None,
  session=session("IPEF", "Indo-Pacific Economic Framework", None, "2022-09-09", "2022-09-09", None, []),
  notes=[
    "Law-firm trade blog text with no title or date line in the excerpt (issued and title null). 'The IFEP' (a typo for IPEF) kept as written. The numbered summary ended inside item 2 ('Pillar II (Supply Chain) – IPEF partners will seek to coordinate action...'): that item was dropped.",
    "Session (hard call): 'this ministerial meeting' of the framework, whose statements were announced 'On September 9, 2022': forum IPEF (the acronym the text gives), name as spelled, start = end = September 9 (the only day the text gives), no place in the text, co-chairs [] (nobody is said to host or chair).",
    "Actors: the United States and the 13 partner countries listed in the first sentence (14 codes) for 'IPEF partners'.",
    "Sections: one untitled section of 4 blocks (3 paragraphs and the numbered item).",
    "Commitments (required): '... announced they had reached consensus on ministerial statements for each of the four IPEF framework pillars ...' (action), item 1 'Pillar I (Trade) – IPEF partners will seek high-standard provisions ...' (pledge), 'The IPEF partners intend to advance digital trade ...' (pledge; services), 'They will also seek to advance food security ... good regulatory practices ...' (pledge; agriculture, transparency). Optional: the IPEF's launch in May 2022 (recounted), Tai's quote (claim). 'The formally adopted Ministerial Statements ... are summarized below' is a lead-in to summaries, not a commitment.",
    "Dates: 'September 9, 2022' (event), 'May 2022' (launch, event), 'May 24, 2022' (the firm's earlier update: reference). 'the 21st century' is not a date record.",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Indo-Pacific Economic Framework", "forum", None, acronym="IPEF", aliases=["Indo-Pacific Economic Framework", "IPEF", "IFEP"]),
    P("Australia", "country", "AU", aliases=["Australia"]),
    P("Brunei Darussalam", "country", "BN", aliases=["Brunei Darussalam"]),
    P("Fiji", "country", "FJ", aliases=["Fiji"]),
    P("India", "country", "IN", aliases=["India"]),
    P("Indonesia", "country", "ID", aliases=["Indonesia"]),
    P("Japan", "country", "JP", aliases=["Japan"]),
    P("Republic of Korea", "country", "KR", aliases=["Republic of Korea"]),
    P("Malaysia", "country", "MY", aliases=["Malaysia"]),
    P("New Zealand", "country", "NZ", aliases=["New Zealand"]),
    P("Philippines", "country", "PH", aliases=["Philippines"]),
    P("Singapore", "country", "SG", aliases=["Singapore"]),
    P("Thailand", "country", "TH", aliases=["Thailand"]),
    P("Vietnam", "country", "VN", aliases=["Vietnam"]),
    P("Katherine Tai", "person", "US", aliases=["U.S. Trade Representative Katherine Tai"], titles=["U.S. Trade Representative"]),
  ],
  dates=[
    D("September 9, 2022", "2022-09-09", "2022-09-09", "day", "event"),
    D("May 2022", "2022-05-01", "2022-05-31", "month", "event"),
    D("May 24, 2022", "2022-05-24", "2022-05-24", "day", "reference"),
  ],
  commitments=[
    C(cut(st, "On September 9, 2022", "and Fair Economy."), IPEF14, "action", ["goods-trade", "industrial-policy", "energy-environment"]),
    C(cut(st, "The IFEP was launched", "economic arrangement.”"), IPEF14, "action", ["other"], optional=True),
    C(cut(st, "At the conclusion of this ministerial", "the 21st century.”"), ["US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Pillar I (Trade) – IPEF partners will seek", "economic development."), IPEF14, "pledge", ["goods-trade", "energy-environment", "transparency"]),
    C(cut(st, "The IPEF partners intend to advance digital trade", "cross-border data flows."), IPEF14, "pledge", ["services"]),
    C(cut(st, "They will also seek to advance food security", "facilitating trade."), IPEF14, "pledge", ["agriculture", "transparency", "goods-trade"]),
  ])

# --- The Weekly Vision: U.S.-Kenya STIP negotiating round (Washington, September 16-30, 2024) ---
st = "theweeklyvisionews-us-kenya-stip-round-2024"
write(st,
  kind="news_article", issued=None,
  title="US and Kenya Advance Trade Talks Amid Push to Conclude Deal Before President Joe Biden’s Exit",
  session=session(None, "US-Kenya Strategic Trade and Investment Partnership", None, None, None, "Washington, DC", ["Constance Hamilton", "Alfred K’Ombudo"]),
  notes=[
    "Kenyan news text: title; no date line (issued null; 2024 from the page's address). The closing sentence sits on a line of its own after a single line break.",
    "Session: 'the meeting held in Washington, DC, from September 16–30' under the 'US-Kenya Strategic Trade and Investment Partnership' (the text gives no acronym: forum null, name as written); a day range with no year and no date line: start/end null; the two delegations were 'led by' Hamilton and K’Ombudo -> co-chairs.",
    "Sections: one untitled section of 5 blocks.",
    "Commitments: none required (hard call: a concluded round, views exchanged, a briefing and a listening session). Optional: 'The United States has announced it has concluded a productive negotiating round ...' (a round held), the USTR briefings and the listening session it hosted (action, US), 'details on the next steps will be shared at a later date' (a vague future step). 'exchanged views' is a discussion.",
    "Dates: 'January' (Biden leaving office: a month with no year, optional, fuzzy: January 2025), 'September 16–30' (en-dash day range, no year: optional, 2024), 'August' (the previous round: optional, 2024).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "US", "U.S."]),
    P("Kenya", "country", "KE", aliases=["Kenya", "Kenyan"]),
    P("US-Kenya Strategic Trade and Investment Partnership", "forum", None, aliases=["US-Kenya Strategic Trade and Investment Partnership"]),
    P("Joe Biden", "person", "US", aliases=["President Joe Biden"], titles=["President"]),
    P("Constance Hamilton", "person", "US", aliases=["Assistant United States Trade Representative Constance Hamilton", "Assistant United States Trade Representative Hamilton"],
      titles=["Assistant United States Trade Representative"]),
    P("Alfred K’Ombudo", "person", "KE", aliases=["Principal Secretary for Trade Alfred K’Ombudo", "Principal Secretary K’Ombudo"], titles=["Principal Secretary for Trade"]),
    P("Department of State", "government_body", "US", aliases=["US State Department"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", aliases=["Office of the United States Trade Representative", "USTR"]),
  ],
  dates=[
    D("January", "2025-01-01", "2025-01-31", "month", "event", optional=True, fuzzy=True),
    D("September 16–30", "2024-09-16", "2024-09-30", "day", "event", optional=True),
    D("August", "2024-08-01", "2024-08-31", "month", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "The United States has announced", "leaves office in January."), ["KE", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "“Officials from the Office", "margins of the round,”"), ["US"], "action", ["transparency"], optional=True),
    C(cut(st, "However, the statement said", "at a later date."), ["KE", "US"], "pledge", ["goods-trade"], optional=True),
  ])

# --- ASEAN portal: joint media statement of the AEM-USTR Consultation (Kuala Lumpur, 24 September 2025) ---
st = "aseanall-aem-ustr-consultation-2025"
write(st,
  kind="press_release", issued="2025-10-06",
  title="Joint Media Statement of the AEM-USTR Consultation",
  session=session("AEM-USTR", "AEM-USTR Consultation", None, "2025-09-24", "2025-09-24", "Kuala Lumpur, Malaysia", ["Zafrul Aziz", "Jamieson Greer"]),
  notes=[
    "ASEAN Information Portal page: the portal banner line and 'HOME > News > ...' are chrome; the title is printed twice (breadcrumb and heading); 'Published: 06 October,2025 | Updated: 06 October,2025' is the page's date line (no space after the comma: hard case; issued = the published day). The statement's own header lines ('THE AEM-USTR CONSULTATION', '24 September 2025, Kuala Lumpur Malaysia', 'JOINT MEDIA STATEMENT', with trailing spaces) are headings and a date line, not blocks. The excerpt ended inside paragraph 3 ('... expressed its determination t...'): that cut sentence was dropped.",
    "Session: forum 'AEM-USTR' (hard call: the title's acronym; the body of the text spells it '(AEMUSTR)'), name as in the title, start = end = 24 September 2025, 'in Kuala Lumpur, Malaysia', 'co-chaired by' Zafrul Aziz and Jamieson Greer (Timor-Leste's minister only observed).",
    "Actors: the ten ASEAN member codes plus US for 'The Meeting' (hard call, as in the 2002 and 2006 texts).",
    "Sections: one untitled section of 3 numbered paragraphs.",
    "Commitments: none required (hard call: figures noted, views exchanged, positions recognised). Optional: the Consultation held; the welcome of Timor-Leste's participation; 'The Meeting recognised the importance of the WTO ... and acknowledged the agreed upon rules ...' (importance); 'The Meeting further recognised that the WTO has challenges and needs ... reform ...' (position).",
    "Money: 'USD 453.2 billion' and 'USD 42.1 billion' (2024; the second 'in the same year'). Dates: the published and updated days (publication; the second optional), '24 September 2025' in the header (event) and in paragraph 1 (event), '2024' (period), 'last year' (relative, required with the date line: 2024, period). 'today’s realities' is not a date.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"]),
    P("ASEAN Economic Ministers", "forum", None, acronym="AEM", aliases=["ASEAN Economic Ministers", "AEM"]),
    P("United States", "country", "US", aliases=["United States of America", "United States", "U.S."]),
    P("Malaysia", "country", "MY", aliases=["Malaysia"]),
    P("Zafrul Aziz", "person", "MY", aliases=["H.E. Tengku Datuk Seri Utama Zafrul Aziz"], titles=["Minister of Investment, Trade and Industry"]),
    P("Jamieson Greer", "person", "US", aliases=["Ambassador Jamieson Greer"], titles=["United States Trade Representative"]),
    P("Timor-Leste", "country", "TL", aliases=["Democratic Republic of Timor-Leste"]),
    P("Filipus Nino Pereira", "person", "TL", aliases=["H.E. Filipus Nino Pereira"], titles=["Minister of Commerce and Industry"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("ASEAN Information Portal", "organization", None, aliases=["ASEAN Information Portal"], optional=True),
  ],
  money=[
    M("USD 453.2 billion", 453200000000, year=2024),
    M("USD 42.1 billion", 42100000000, year=2024),
  ],
  dates=[
    D("06 October,2025", "2025-10-06", "2025-10-06", "day", "publication"),
    D("06 October,2025", "2025-10-06", "2025-10-06", "day", "publication", optional=True, occurrence=2),
    D("24 September 2025", "2025-09-24", "2025-09-24", "day", "event"),
    D("24 September 2025", "2025-09-24", "2025-09-24", "day", "event", occurrence=2),
    D("2024", "2024-01-01", "2024-12-31", "year", "period"),
    D("last year", "2024-01-01", "2024-12-31", "year", "period", relative=True),
  ],
  commitments=[
    C(cut(st, "1. The ASEAN Economic Ministers", "Kuala Lumpur, Malaysia."), ASEAN10 + ["US"], "action", ["other"], optional=True),
    C(cut(st, "The Meeting welcomed the participation", "as an observer."), ASEAN10 + ["US"], "affirmation", ["other"], optional=True),
    C(cut(st, "The Meeting recognised the importance", "facilitating global trade."), ASEAN10 + ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The Meeting further recognised", "today’s realities."), ASEAN10 + ["US"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- Embassy of Sri Lanka (Washington): second U.S.-Sri Lanka TIFA Joint Council to be held (March 25, 2003) ---
st = "slembassy-us-sri-lanka-tifa-council-2-2003"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("TIFA", "Trade and Investment Framework Agreement", 2, "2003-03-25", "2003-03-25", "Washington D.C.",
                  ["G.L.Peiris", "Ravi Karunanayake", "Jon Hunstman"]),
  notes=[
    "Sri Lankan Embassy press release (announcing a meeting): no title or date line in the excerpt (issued and title null). Typos kept as written: 'Jon Hunstman' (then 'Jon M. Huntsman'), 'G.L.Peiris' (no space). The excerpt ended inside the last paragraph ('Apparel accounts for ... imports from the US includes wheat, ele...'): that cut sentence was dropped.",
    "Session: 'The Second Meeting of the Joint Council established under the Trade and Investment Framework Agreement (TIFA) will be held in Washington D.C. on March 25th, 2003' (a day with an ordinal suffix): forum TIFA, ordinal 2. Co-chairs: the Sri Lankan delegation 'will be co-chaired by' Peiris and Karunanayake and Huntsman 'will lead the US delegation' (three heads, names as written in that sentence).",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'The Second Meeting of the Joint Council ... will be held in Washington D.C. on March 25th, 2003.' (cooperation: a meeting to take place). Optional: the standing description of the TIFA ('This agreement ... provides a framework to discuss ...'), the ambassador's quote on what the meeting will review and explore (agenda), Huntsman's earlier remark that the TIFA is the cornerstone ... (recounted). 'will accompany the delegation' (business leaders) and 'will also discuss' (agenda) are not commitments.",
    "Money: 'approximately 2.5 billion dollars' (qualifier; no year). Dates: 'March 25th, 2003' (event), 'July, 2002' (signing, event; comma before the year), 'November 2002' (first meeting, event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Sri Lanka", "country", "LK", aliases=["Sri Lanka", "Sri Lanka’s"]),
    P("United States", "country", "US", aliases=["US", "U.S."]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Joint Council", "forum", None, aliases=["Joint Council"]),
    P("Ranil Wickremesinghe", "person", "LK", aliases=["Prime Minister Ranil Wickremesinghe"], titles=["Prime Minister"]),
    P("G.L.Peiris", "person", "LK", aliases=["Prof. G.L.Peiris"], titles=["Minister of Enterprise Development, Industrial Policy, Investment Promotion & Constitutional Affairs"]),
    P("Ravi Karunanayake", "person", "LK", aliases=["Ravi Karunanayake"], titles=["Minister of Commerce and Consumer Affairs"]),
    P("Jon M. Huntsman", "person", "US", aliases=["Ambassador Jon Hunstman", "Jon M. Huntsman"], titles=["US Deputy Trade Representative"]),
    P("Devinda R. Subasinghe", "person", "LK", aliases=["Devinda R. Subasinghe"], titles=["Ambassador to the U.S."]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("White House", "government_body", "US", aliases=["White House"], optional=True),
    P("Doha Development Agenda", "forum", None, aliases=["Doha Development Agenda"], optional=True),
    P("Sri Lanka Peace Talks", "forum", "LK", aliases=["Sri Lanka Peace Talks"], optional=True),
  ],
  money=[M("approximately 2.5 billion dollars", 2500000000, qualifier="approximately")],
  dates=[
    D("March 25th, 2003", "2003-03-25", "2003-03-25", "day", "event"),
    D("July, 2002", "2002-07-01", "2002-07-31", "month", "event"),
    D("November 2002", "2002-11-01", "2002-11-30", "month", "event"),
  ],
  commitments=[
    C(cut(st, "The Second Meeting of the Joint Council", "on March 25th, 2003."), ["LK", "US"], "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "This agreement signed during", "Sri Lanka and the US."), ["LK", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Sri Lanka’s Ambassador to the U.S.", "foreign investment.”"), ["LK"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Attending the first meeting", "as a business partner."), ["US"], "affirmation", ["goods-trade"], optional=True),
  ])
