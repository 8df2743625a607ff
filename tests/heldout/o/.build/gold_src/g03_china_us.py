from goldlib import C, D, M, P, Q, S, cut, session, write

# --- Xinhua via People's Daily Online: Wang Wentao - Katherine Tai dialogue at APEC (November 2022) ---
st = "people-china-us-wang-tai-dialogue-apec-2022"
CNUS = ["CN", "US"]
write(st,
  kind="news_article", issued=None,
  title="China-U.S. trade officials' dialogue candid, professional and constructive: ministry",
  session=session(None, None, None, None, None, None, []),
  notes=[
    "People's Daily Online repost of a Xinhua item: the feed line ' date 2022-11-25' is a feed timestamp (chrome; issued null); the title follows on the same line; dateline 'BEIJING, Nov. 24 (Xinhua) --'. The excerpt ended inside a quoted closing paragraph ('We will implement the important consensus ... back on the path of steady and s...'): that cut paragraph (one sentence) was dropped.",
    "Session (hard call): a face-to-face dialogue of two ministers on the margins of the 29th APEC Economic Leaders' Meeting, reported by a ministry spokesperson: no named body of its own: forum, name, dates null; the text says nowhere where it was held (BEIJING is the agency's dateline): location null; co-chairs [].",
    "Sections: one untitled section of 7 paragraphs.",
    "Commitments (required): 'Both sides agreed to maintain communication.' (cooperation). Optional: '... stressing that China will steadfastly follow the Chinese path to modernization, promote opening-up, improve the business environment and seek peaceful development.' (a standing pledge reported in a briefing, CN); 'The face-to-face dialogue ... helped deepen mutual understanding and improve coordination' (claim). What Wang 'said' the two sides 'should' do, his concern and his suggestion are positions; 'discussed' is a discussion.",
    "Dates: 'Nov. 24' (dateline: no year, no date line: optional, 2022 from the feed line) and 'Thursday' (relative, optional and fuzzy).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("China", "country", "CN", aliases=["China", "China's", "Chinese"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Wang Wentao", "person", "CN", aliases=["Commerce Minister Wang Wentao", "Wang"], titles=["Commerce Minister"]),
    P("Katherine Tai", "person", "US", aliases=["U.S. Trade Representative Katherine Tai"], titles=["U.S. Trade Representative"]),
    P("Shu Jueting", "person", "CN", aliases=["Shu Jueting", "Shu"], titles=["spokesperson"]),
    P("Ministry of Commerce", "organization", "CN", aliases=["Ministry of Commerce"]),
    P("Asia-Pacific Economic Cooperation", "organization", None, aliases=["Asia-Pacific Economic Cooperation"]),
    P("Xinhua", "organization", "CN", aliases=["Xinhua"], optional=True),
    P("Communist Party of China", "organization", "CN", aliases=["Communist Party of China"], optional=True),
  ],
  dates=[
    D("Nov. 24", "2022-11-24", "2022-11-24", "day", "publication", optional=True),
    D("Thursday", "2022-11-24", "2022-11-24", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "stressing that China will steadfastly", "seek peaceful development."), ["CN"], "pledge", ["macroeconomic", "investment"], optional=True),
    C("Both sides agreed to maintain communication.", CNUS, "cooperation", ["goods-trade"]),
    C(cut(st, "The face-to-face dialogue between the two sides helped", "improve coordination"), CNUS, "affirmation", ["other"], optional=True),
  ])

# --- The Indian Express: U.S.-China joint statement on trade consultations (Washington, May 17-18, 2018) ---
st = "indianexpress-us-china-trade-consultations-joint-statement-2018"
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, None, ["Liu He"]),
  notes=[
    "Indian Express text as stored: a feed line ' date 2018-05-20' and a photo caption printed twice ('... (Source: AP)') on the first line (chrome, not a block; issued null); no title. The excerpt ended inside the last quoted paragraph ('... China will advance rel...'): that cut sentence was dropped, the paragraph's first sentence kept (its opening quotation mark is unmatched).",
    "Session (hard call): 'trade delegation level talks ... on May 17 and 18' with no named body: forum, name null; no year of its own and no date line: start/end null; the text never says where: location null; 'The Chinese delegation was led by ... Liu He' -> co-chair; the U.S. delegation only 'included' three officials (no leader named).",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments (required): 'China will ramp up its purchase of US goods ...' (pledge, CN); 'The two sides also agreed on “meaningful increases” in United States agriculture and energy exports.' (pledge, both); 'The US will send a team to China to work out the details ...' (pledge, US); 'There was a consensus on taking effective measures to substantially reduce the United States trade deficit in goods with China.' (pledge, both); '... China will significantly increase purchases of United States goods and services,' (pledge, CN); '“Both sides attach paramount importance to intellectual property protections, and agreed to strengthen cooperation.' (cooperation). Optional: 'This will help support growth and employment ...' (claim); 'There was consensus on the need to create favourable conditions ...' (position). 'discussed expanding trade' is a discussion.",
    "Dates: 'May 17 and 18' (no year, no date line: optional and fuzzy, 2018).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("Steven T Mnuchin", "person", "US", aliases=["Secretary of the Treasury Steven T Mnuchin"], titles=["Secretary of the Treasury"]),
    P("Wilbur L. Ross", "person", "US", aliases=["Secretary of Commerce Wilbur L. Ross"], titles=["Secretary of Commerce"]),
    P("Robert E. Lighthizer", "person", "US", aliases=["United States Trade Representative Robert E. Lighthizer"], titles=["United States Trade Representative"]),
    P("Liu He", "person", "CN", aliases=["State Council Vice Premier Liu He"], titles=["State Council Vice Premier", "Special Envoy of President Xi"]),
    P("Xi Jinping", "person", "CN", aliases=["President Xi"], titles=["President"], optional=True),
    P("Associated Press", "organization", "US", acronym="AP", aliases=["AP"], optional=True),
  ],
  dates=[
    D("May 17 and 18", "2018-05-17", "2018-05-18", "day", "event", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "China will ramp up its purchase", "high-level trade talks between them."), ["CN"], "pledge", ["goods-trade"]),
    C(cut(st, "The two sides also agreed on", "energy exports."), CNUS, "pledge", ["agriculture", "energy-environment"]),
    C(cut(st, "The US will send a team to China to work out the details, the joint statement at the conclusion of the trade delegation level talks between the two countries on May", "stated."), ["US"], "pledge", ["goods-trade"]),
    C(cut(st, "There was a consensus on taking", "in goods with China."), CNUS, "pledge", ["goods-trade"]),
    C(cut(st, "To meet the growing consumption", "goods and services,"), ["CN"], "pledge", ["goods-trade", "services"]),
    C("This will help support growth and employment in the United States, it said.", ["CN"], "affirmation", ["macroeconomic"], optional=True),
    C("There was consensus on the need to create favourable conditions to increase trade in these areas.", CNUS, "affirmation", ["goods-trade", "services"], optional=True),
    C(cut(st, "Both sides attach paramount", "strengthen cooperation."), CNUS, "cooperation", ["ipr"]),
  ])

# --- Janta Ka Reporter: Trump and Xi establish the U.S.-China Comprehensive Dialogue (Mar-a-Lago, April 2017) ---
st = "jantakareporter-us-china-comprehensive-dialogue-mar-a-lago-2017"
write(st,
  kind="news_article", issued=None, title="Trump, Xi establish US-China Comprehensive Dialogue",
  session=session(None, None, None, None, None, "Mar-a-Lago resort in Florida", []),
  notes=[
    "Indian news site text: title; no date line (issued null); 'File Photo' is a photo placeholder (chrome, not a block).",
    "Session (hard call): a two-day meeting of the two presidents that set up a new dialogue; the meeting has no named body of its own: forum and name null; no dates; location as written ('the Trump-Xi meeting at Mar-a-Lago resort in Florida'); co-chairs [].",
    "Sections: one untitled section of 9 paragraphs (the quoted paragraphs included).",
    "Commitments (required): the Comprehensive Dialogue established and 'agreed to expand areas of cooperation ...' (action, first paragraph); '“The two presidents agreed to elevate existing bilateral talks ...' (cooperation); 'Trump and Xi also established a new and cabinet-level framework for negotiations' (action); '“The two sides agreed to undertake an ambitious agenda and meeting schedule ...' (cooperation); '... Trump and Xi agreed to work in concert to expand areas of cooperation ...' (cooperation). Optional: the dialogue's structure ('will be overseen by the two presidents and have four pillars'), 'They reviewed ... and noted the importance of working together ...' (review and importance). Spicer's remarks on the visit are courtesies.",
    "Dates: 'today' (relative, no date line: optional and fuzzy, 2017). 'the last two days' is not anchored (not listed).",
  ],
  sections=[S(None, 9)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("Donald Trump", "person", "US", aliases=["President Donald Trump", "Trump"], titles=["President"]),
    P("Xi Jinping", "person", "CN", aliases=["Xi Jinping", "Xi"], titles=["President"]),
    P("Sean Spicer", "person", "US", aliases=["White House Press Secretary Sean Spicer", "Spicer"], titles=["White House Press Secretary"]),
    P("White House", "organization", "US", aliases=["White House"]),
    P("United States-China Comprehensive Dialogue", "forum", None, aliases=["US-China Comprehensive Dialogue", "United States-China Comprehensive Dialogue"]),
    P("Comprehensive Economic Dialogue", "forum", None, aliases=["Comprehensive Economic Dialogue"]),
    P("Diplomatic and Security Dialogue", "forum", None, aliases=["Diplomatic and Security Dialogue"], optional=True),
    P("Law Enforcement and Cybersecurity Dialogue", "forum", None, aliases=["Law Enforcement and Cybersecurity Dialogue"], optional=True),
    P("Social and Cultural Issues Dialogue", "forum", None, aliases=["Social and Cultural Issues Dialogue"], optional=True),
  ],
  dates=[
    D("today", "2017-01-01", "2017-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "President Donald Trump and his Chinese", "the White House said today."), CNUS, "action", ["other"]),
    C(cut(st, "The two presidents agreed to elevate", "progress on issues,"), CNUS, "cooperation", ["other"]),
    C(cut(st, "Trump and Xi also established", "Spicer said."), CNUS, "action", ["other"]),
    C(cut(st, "The United States-China Comprehensive Dialogue will be", "Social and Cultural Issues Dialogue."), CNUS, "cooperation", ["other"], optional=True),
    C(cut(st, "The two sides agreed to undertake", "meaningful results,"), CNUS, "cooperation", ["other"]),
    C(cut(st, "Noting that the two leaders", "based on mutual respect."), CNUS, "cooperation", ["other"]),
    C(cut(st, "They reviewed the state", "both the countries."), CNUS, "affirmation", ["other"], optional=True),
  ])

# --- Commerce fact sheet: the JCCT, a quarter century of progress (September 16, 2008) ---
st = "commerce-us-china-jcct-quarter-century-fact-sheet-2008"
write(st,
  kind="fact_sheet", issued="2008-09-16",
  title="U.S.-China Joint Commission on Commerce and Trade",
  session=session("JCCT", "U.S.-China Joint Commission on Commerce and Trade", None, None, None, None, []),
  notes=[
    "Commerce Department archive page: the navigation lines ('Skip to Main Content ...', 'United States of America', 'Department of Commerce', the seal caption, 'Print without left or right navigation', 'Fact Sheet', 'FACT SHEET', 'CONTACT OFFICE OF PUBLIC AFFAIRS', the phone number) are chrome; date line 'Tuesday, September 16, 2008'; title 'U.S.-China Joint Commission on Commerce and Trade' with the deck 'A Quarter Century of Progress' (not a block). The excerpt ended inside the first highlight bullet ('During the first JCCT in 1983, launched by ... then-Chinese Mi...'): that cut bullet was dropped, so the lead-in 'Some highlights include:' closes the text. The navigation shares 27 8-word shingles with a Commerce page of set F-M's corpus (chrome only).",
    "Session: the fact sheet is about the JCCT as a whole (its anniversary), not one meeting: forum JCCT (the text's acronym), name as written, no ordinal, no dates, no location, co-chairs [].",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: none required (a retrospective fact sheet). Optional: 'the JCCT ... has delivered meaningful results ...' and 'the JCCT has sponsored a number of cooperative programs ...' (claims of past actions).",
    "Money: 'approximately $5 billion' (1983) and '$387 billion' (no year stated), '$2.2 billion' (1983), '$65 billion' (2007). Quantities: '19 meetings' (count); 'nearly 85-fold' (a multiplier: optional count); '25th anniversary' is an ordinal.",
    "Dates: date line (publication); 'This year' (relative, the date line's year: required); 'established in 1983' (event); 'since 1983' twice (reference); 'in 1983' twice and 'in 2007' twice (period); 'the past 25 years' (relative span, optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "American"]),
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("U.S.-China Joint Commission on Commerce and Trade", "forum", None, acronym="JCCT",
      aliases=["U.S.-China Joint Commission on Commerce and Trade", "JCCT"]),
    P("Department of Commerce", "organization", "US", aliases=["Department of Commerce"], optional=True),
  ],
  money=[
    M("approximately $5 billion", 5000000000, year=1983, qualifier="approximately"),
    M("$387 billion", 387000000000),
    M("$2.2 billion", 2200000000, year=1983),
    M("$65 billion", 65000000000, year=2007),
  ],
  quantities=[
    Q("19 meetings", 19, "count", unit="meetings"),
    Q("85-fold", 85, "count", optional=True),
  ],
  dates=[
    D("September 16, 2008", "2008-09-16", "2008-09-16", "day", "publication"),
    D("This year", "2008-01-01", "2008-12-31", "year", "reference", relative=True),
    D("1983", "1983-01-01", "1983-12-31", "year", "event"),
    D("the past 25 years", "1983-01-01", "2008-12-31", "years", "period", relative=True, optional=True),
    D("1983", "1983-01-01", "1983-12-31", "year", "reference", occurrence=2),
    D("1983", "1983-01-01", "1983-12-31", "year", "reference", occurrence=3),
    D("1983", "1983-01-01", "1983-12-31", "year", "period", occurrence=4),
    D("2007", "2007-01-01", "2007-12-31", "year", "period"),
    D("1983", "1983-01-01", "1983-12-31", "year", "period", occurrence=5),
    D("2007", "2007-01-01", "2007-12-31", "year", "period", occurrence=2),
  ],
  commitments=[
    C(cut(st, "Over the past 25 years", "workers, and farmers."), ["CN", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "In addition to addressing bilateral", "U.S.-China commercial relations."), ["CN", "US"], "action", ["goods-trade"], optional=True),
  ])
