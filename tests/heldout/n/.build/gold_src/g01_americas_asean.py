from goldlib import C, D, M, P, Q, S, cut, session, write

ASEAN10 = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]

# --- The Canadian Press via CHEK News: Trudeau-Trump joint statement, 'The two sides agreed to:' (2017) ---
st = "cheknews-us-canada-trump-trudeau-joint-statement-2017"
CAUS = ["CA", "US"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, None, []),
  notes=[
    "CHEK News repost of a Canadian Press summary: no title and no date line in the excerpt; the dateline 'OTTAWA —' opens the first paragraph; the byline line 'The Canadian Press' closes the text (chrome, not a block). issued and title null.",
    "Session (hard call): the text reports a joint statement of the two leaders 'said Monday', not a meeting with a named body: forum, name, dates null; location null (the dateline is the news agency's; the text does not say where the leaders were); nobody chaired: co-chairs [].",
    "Sections: one untitled section of 15 blocks: the first paragraph, the lead-in 'The two sides agreed to:' and its 13 em-dash items.",
    "Commitments (required): the 13 subject-less items under the lead-in 'The two sides agreed to:' each carry the lead-in's actors (CA US) and trigger (pledge; 'Further co-operate on cyberthreats' is cooperation). Areas: economic relationship / middle class -> macroeconomic; regulatory coordination and labour mobility -> standards, services; the bridge, Norad, CF-18, ISIS, the women's council -> other; energy and air/water -> energy-environment; cargo and traveller preclearance, border operations -> goods-trade (+ services for travellers); opioids -> health. Optional: the lead-in itself (no content of its own) and the opening claim 'No other two countries share deeper or broader relations ...'.",
    "Dates: 'Monday' (relative, no date line: optional and fuzzy, given as the year 2017 of the statement, which the text does not print).",
    "Parties: Norad is given as an organization with its acronym as written ('Norad', optional); ISIS/Daesh optional; The Canadian Press optional (byline). Places (Windsor, Detroit, the Great Lakes) are not parties.",
  ],
  sections=[S(None, 15)],
  parties=[
    P("Canada", "country", "CA", aliases=["Canada", "Canada's"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Justin Trudeau", "person", "CA", aliases=["Prime Minister Justin Trudeau"], titles=["Prime Minister"]),
    P("Donald Trump", "person", "US", aliases=["U.S. President Donald Trump"], titles=["President"]),
    P("Canada-United States Council for Advancement of Women Entrepreneurs and Business Leaders", "forum", None,
      aliases=["Canada-United States Council for Advancement of Women Entrepreneurs and Business Leaders"]),
    P("North American Air Defence", "organization", None, acronym="Norad", aliases=["North American Air Defence", "Norad"], optional=True),
    P("Islamic State of Iraq and the Levant", "organization", None, acronym="ISIS", aliases=["Islamic State of Iraq and the Levant", "ISIS", "Daesh"], optional=True),
    P("The Canadian Press", "organization", "CA", aliases=["The Canadian Press"], optional=True),
  ],
  dates=[
    D("Monday", "2017-01-01", "2017-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "OTTAWA — No other", "goals of mutual interest."), CAUS, "affirmation", ["other"], optional=True),
    C("The two sides agreed to:", CAUS, "pledge", ["other"], optional=True),
    C(cut(st, "Deepen their economic", "the middle class."), CAUS, "pledge", ["macroeconomic"]),
    C(cut(st, "Co-ordinate regulatory", "labour mobility."), CAUS, "pledge", ["standards", "services"]),
    C(cut(st, "Promptly complete", "Ont., and Detroit."), CAUS, "pledge", ["other"]),
    C(cut(st, "Strengthen ties on energy", "the environment.\""), CAUS, "pledge", ["energy-environment"]),
    C(cut(st, "Enhance air and water", "the Great Lakes."), CAUS, "pledge", ["energy-environment"]),
    C(cut(st, "Establish preclearance", "for travellers."), CAUS, "pledge", ["goods-trade", "services"]),
    C(cut(st, "Seek ways to further integrate", "common facilities."), CAUS, "pledge", ["goods-trade"]),
    C(cut(st, "Protect people from", "opioid trafficking."), CAUS, "pledge", ["health"]),
    C(cut(st, "Further co-operate on", "key systems."), CAUS, "cooperation", ["other"]),
    C(cut(st, "Modernize and broaden", "(Norad) partnership."), CAUS, "pledge", ["other"]),
    C(cut(st, "Support Canada's plan", "fighter aircraft."), CAUS, "pledge", ["other"]),
    C(cut(st, "Continue the fight", "ISIS and Daesh."), CAUS, "pledge", ["other"]),
    C(cut(st, "Create the Canada-United States Council", "in the workforce."), CAUS, "pledge", ["other"]),
  ])

# --- ASEAN Secretariat: AEM-USTR consultations, Kuala Lumpur (25 August 2006) ---
st = "asean-aem-ustr-consultations-2006"
AU = ASEAN10 + ["US"]
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, None, None, "2006-08-25", "2006-08-25", "Kuala Lumpur, Malaysia", ["Rafidah Aziz", "Susan C. Schwab"]),
  notes=[
    "ASEAN joint media statement (numbered paragraphs); the excerpt has no title or date line (issued and title null). It ended inside paragraph 4 ('... announced by U.S. P...'): that cut sentence was dropped. A missing full stop is kept as written ('... global trade issues The consultations ...').",
    "Session: the AEM and the USTR 'met on 25 August 2006 in Kuala Lumpur, Malaysia'; the consultations have no name of their own in the text (forum and name null); 'co-chaired by' Rafidah Aziz and Susan C. Schwab.",
    "Actors (hard call): 'The Ministers' are the ten ASEAN economic ministers and the USTR: the ten member codes plus US (as the CAFTA-DR texts of set M list every party).",
    "Sections: an untitled section (paragraph 1) and 'ASEAN-US Trade and Investment Framework Arrangement (TIFA)' (paragraphs 2-4).",
    "Commitments (required): 'Under the TIFA, they will establish a formal dialogue ...' (cooperation), 'The Ministers agreed that at the initial stage the Work Plan will include initiatives to support the development of the ASEAN Single Window ...' (pledge; goods-trade), 'It also will include cooperation on sanitary and phytosanitary (SPS) issues ... pharmaceutical regulatory issues ...' (pledge; agriculture, health), 'A Joint Council on Trade and Investment will be formed under the TIFA ...' (cooperation). Optional: the meeting held; 'The Ministers reaffirmed the importance attached to ... signing a TIFA, which will serve as the platform ...' (importance).",
    "Money: 'US$ 136 billion' (2004), 'US$ 152.9 billion' (2005). Quantities: '12.4 percent'. Dates: '25 August 2006' (event), '2004' and '2005' (periods of the trade figures).",
  ],
  sections=[S(None, 1), S("ASEAN-US Trade and Investment Framework Arrangement (TIFA)", 3)],
  parties=[
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"]),
    P("ASEAN Economic Ministers", "forum", None, acronym="AEM", aliases=["ASEAN Economic Ministers", "AEM"]),
    P("United States", "country", "US", aliases=["United States"]),
    P("Malaysia", "country", "MY", aliases=["Malaysia"]),
    P("Rafidah Aziz", "person", "MY", aliases=["H.E. Dato’ Seri Rafidah Aziz", "Rafidah Aziz"], titles=["Minister of International Trade and Industry"]),
    P("Susan C. Schwab", "person", "US", aliases=["Ambassador Susan C. Schwab"], titles=["United States Trade Representative"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["United States Trade Representative"], optional=True),
    P("ASEAN-US Trade and Investment Framework Arrangement", "forum", None, acronym="TIFA",
      aliases=["ASEAN-US Trade and Investment Framework Arrangement", "Trade and Investment Framework Arrangement", "TIFA"]),
    P("Joint Council on Trade and Investment", "forum", None, aliases=["Joint Council on Trade and Investment"]),
  ],
  money=[
    M("US$ 136 billion", 136000000000, year=2004),
    M("US$ 152.9 billion", 152900000000, year=2005),
  ],
  quantities=[Q("12.4 percent", 12.4, "percent")],
  dates=[
    D("25 August 2006", "2006-08-25", "2006-08-25", "day", "event"),
    D("2004", "2004-01-01", "2004-12-31", "year", "period"),
    D("2005", "2005-01-01", "2005-12-31", "year", "period"),
  ],
  commitments=[
    C(cut(st, "1. The ASEAN Economic Ministers", "United States Trade Representative."), AU, "action", ["other"], optional=True),
    C(cut(st, "The Ministers reaffirmed the importance", "trade and investment relations."), AU, "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Under the TIFA, they will establish", "ties between them."), AU, "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "The Ministers agreed that at the initial stage", "ASEAN and the United States."), AU, "pledge", ["goods-trade"]),
    C(cut(st, "It also will include cooperation", "to ASEAN countries."), AU, "pledge", ["agriculture", "health"]),
    C(cut(st, "A Joint Council on Trade and Investment will be formed", "the Work Plan."), AU, "cooperation", ["goods-trade", "investment"]),
  ])

# --- ASEAN Secretariat: AEM-USTR consultations, Bangkok (5 April 2002) ---
st = "asean-aem-ustr-consultations-2002"
write(st,
  kind="press_release", issued=None, title="JOINT PRESS STATEMENT",
  session=session(None, None, None, "2002-04-05", "2002-04-05", "Bangkok, Thailand", ["Vu Khoan", "Robert B. Zoellick"]),
  notes=[
    "ASEAN joint press statement: the heading 'JOINT PRESS STATEMENT' is the title (not a block); no date line (issued null). Numbered paragraphs on single line breaks. The excerpt ended inside paragraph 4 ('In addition, they expressed the ...'): that cut sentence was dropped. 'AEM- USTR' (space) kept as written.",
    "Session: consultations 'on 5 April 2002 in Bangkok, Thailand', 'co-chaired by' Vu Khoan and Robert B. Zoellick; no named body (forum and name null).",
    "Actors: the ten ASEAN member codes plus US for 'The Ministers' (hard call, as in the 2006 text).",
    "Sections: one untitled section of 4 numbered paragraphs.",
    "Commitments (required): 'The Ministers agreed to adopt an ambitious work program ...' (action: a plan adopted, M's convention), 'The Ministers tasked senior officials ... to formulate a specific work programme ... and submit them for endorsement at the next AEM- USTR consultations.' (pledge), 'They also affirmed their support for rapid progress toward completion of the Doha Development Agenda and agreed to work towards that end.' (pledge). Optional: the consultations held, the welcome of the Doha Development Agenda's emphasis, and (second reading) 'They discussed the global economic downturn ... and were optimistic that the expected US-led recovery in 2002 will return the ASEAN economies to their recovery path.' (a belief). 'The work program covers ...' is a topic list; 'held productive discussions', 'discussed', 'reviewed' are discussions and reviews.",
    "Dates: '5 April 2002' (event), '2001' and '2002' (periods of the downturn and recovery), 'last November' (relative, no date line: optional and fuzzy, November 2001).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"]),
    P("ASEAN Economic Ministers", "forum", None, acronym="AEM", aliases=["ASEAN Economic Ministers", "AEM"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("Viet Nam", "country", "VN", aliases=["Viet Nam"]),
    P("Thailand", "country", "TH", aliases=["Thailand"], optional=True),
    P("Vu Khoan", "person", "VN", aliases=["H.E. Mr. Vu Khoan"], titles=["Minister of Trade"]),
    P("Robert B. Zoellick", "person", "US", aliases=["Ambassador Robert B. Zoellick"], titles=["United States Trade Representative"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["United States Trade Representative", "USTR"], optional=True),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("Doha Development Agenda", "forum", None, aliases=["Doha Development Agenda"]),
  ],
  dates=[
    D("5 April 2002", "2002-04-05", "2002-04-05", "day", "event"),
    D("2001", "2001-01-01", "2001-12-31", "year", "period"),
    D("2002", "2002-01-01", "2002-12-31", "year", "period", occurrence=2),
    D("last November", "2001-11-01", "2001-11-30", "month", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "1. The ASEAN Economic Ministers", "held consultations on 5 April 2002 in Bangkok, Thailand."), AU, "action", ["other"], optional=True),
    C(cut(st, "The Ministers agreed to adopt", "ASEAN and the United States."), AU, "action", ["goods-trade", "investment"]),
    C(cut(st, "The Ministers tasked senior officials", "AEM- USTR consultations."), AU, "pledge", ["goods-trade", "investment"]),
    C(cut(st, "They discussed the global economic downturn", "their recovery path."), AU, "affirmation", ["macroeconomic"], optional=True),
    C(cut(st, "The Ministers welcomed the Doha", "participation in the WTO."), AU, "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "They also affirmed their support", "work towards that end."), AU, "pledge", ["goods-trade"]),
  ])
