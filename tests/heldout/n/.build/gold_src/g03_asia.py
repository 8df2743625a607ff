from goldlib import C, D, M, P, Q, S, cut, session, write

# --- USTR: joint readout of the 10th U.S.-Sri Lanka TIFA Joint Council (Colombo, March 29, 2012) ---
st = "ustr-us-sri-lanka-tifa-10-joint-readout-2012"
write(st,
  kind="press_release", issued="2012-03-29",
  title="Joint Readout of the 10th United States and Sri Lanka TIFA Joint Council Meeting",
  session=session("TIFA", "United States-Sri Lanka Trade and Investment Framework Agreement", 10, "2012-03-29", "2012-03-29", "Colombo, Sri Lanka", []),
  notes=[
    "USTR archive page: 'ARCHIVE', banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'March 29, 2012'. The excerpt ended with a paragraph cut mid-word ('The United States and Sri Lanka a...'): dropped.",
    "Session: senior officials 'met today' in Colombo under the TIFA; 'The meeting marks the 10th session of the U.S.-Sri Lanka TIFA Council' -> forum TIFA, name the agreement as spelled, ordinal 10, start = end = the date line's day, location from the dateline; officials 'met' (nobody chaired or led): co-chairs [].",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments: none required (hard call: a readout of discussions and trade figures). Optional: the meeting ('met today to continue their trade dialogue and evaluate progress'), 'Progress on all of these ... issues fosters economic growth ...' (claim), the standing descriptions of the TIFA ('signed in 2002, has been the primary forum ...') and of the TIFA process.",
    "Money: '$2.4 billion' (2011, same clause), '$307 million' and '($128 million)' (2011: the export figure of the year compared with 2010; hard call, the sentence itself does not repeat the year), 'approximately $2 billion' (qualifier; 2011, likewise). Quantities: '71.7 percent', '20 percent'. Dates: date line (publication), 'today' (event, relative, required), '2002' (signing, event), '2011' twice (period), '2010' twice (reference: 'from 2010', 'over 2010'). Ranks ('80th largest', '114th largest') are not quantities.",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Sri Lanka", "country", "LK", aliases=["Sri Lanka", "Sri Lanka’s"]),
    P("United States-Sri Lanka Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["United States-Sri Lanka Trade and Investment Framework Agreement", "U.S.-Sri Lanka TIFA", "TIFA"]),
    P("U.S.-Sri Lanka TIFA Council", "forum", None, aliases=["U.S.-Sri Lanka TIFA Council"]),
    P("U.S. Generalized System of Preferences", "forum", "US", acronym="GSP", aliases=["U.S. Generalized System of Preferences", "GSP"], optional=True),
  ],
  money=[
    M("$2.4 billion", 2400000000, year=2011),
    M("$307 million", 307000000, year=2011),
    M("$128 million", 128000000, year=2011),
    M("approximately $2 billion", 2000000000, year=2011, qualifier="approximately"),
  ],
  quantities=[Q("71.7 percent", 71.7, "percent"), Q("20 percent", 20, "percent")],
  dates=[
    D("March 29, 2012", "2012-03-29", "2012-03-29", "day", "publication"),
    D("today", "2012-03-29", "2012-03-29", "day", "event", relative=True),
    D("2002", "2002-01-01", "2002-12-31", "year", "event"),
    D("2011", "2011-01-01", "2011-12-31", "year", "period"),
    D("2011", "2011-01-01", "2011-12-31", "year", "period", occurrence=2),
    D("2010", "2010-01-01", "2010-12-31", "year", "reference"),
    D("2010", "2010-01-01", "2010-12-31", "year", "reference", occurrence=2),
  ],
  commitments=[
    C(cut(st, "Colombo, Sri Lanka – Senior officials", "Framework Agreement (TIFA)."), ["LK", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Progress on all of these", "economic development."), ["LK", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "The U.S.-Sri Lanka TIFA, signed in 2002", "the two countries."), ["LK", "US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The TIFA process has been", "the two countries."), ["LK", "US"], "affirmation", ["goods-trade", "investment"], optional=True),
  ])

# --- USTR: U.S.-Philippines TIFA meeting (Washington, March 2016; no date line) ---
st = "ustr-us-philippines-tifa-2016"
PHUS = ["PH", "US"]
write(st,
  kind="press_release", issued=None, title=None,
  session=session("TIFA", "Trade and Investment Framework Agreement", None, None, None, "Washington, D.C.", ["Christine Brown", "Ceferino Rodolfo"]),
  notes=[
    "USTR release without title or date line in the excerpt (it starts with the dateline paragraph): issued and title null. Single line breaks between paragraphs. The excerpt ended inside the Background paragraph ('Total goods trade ... reaching more than $18 billion last year,...'): that cut sentence was dropped. 'The meeting, which were chaired' and 'the Philippine’s interest' kept as written.",
    "Session: 'held a meeting under their Trade and Investment Framework Agreement (TIFA)' 'today' (no date line: start/end null) in Washington, D.C.; 'chaired by Director Christine Brown and Philippine Undersecretary of Trade Ceferino Rodolfo' -> co-chairs.",
    "Sections: an untitled section of 4 paragraphs and 'Background' (1 paragraph).",
    "Commitments (required): '... held a meeting under their TIFA, and agreed to expanded engagement in coming months.' (cooperation), '... engaged on key bilateral issues, ... and made plans to continue their dialogue on these issues.' (cooperation), 'They agreed to work closely together to advance the trade and investment agenda for ASEAN, ...' (cooperation). Optional: the TIFA Labor Committee's first meeting (meeting held), the TPP briefing and 'reviewed plans for further technical consultations' (plans reviewed). 'exchanged views' is a discussion.",
    "Dates: 'today', 'early this month', 'last month' (relative, no date line: optional and fuzzy, 2016 from the page's address; 'early this month' and 'last month' given as months of 2016: March and February), '2017' (the Philippines' ASEAN host year: period).",
  ],
  sections=[S(None, 4), S("Background", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Philippines", "country", "PH", aliases=["Philippines", "Philippine", "Philippine’s"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Christine Brown", "person", "US", aliases=["Director Christine Brown"], titles=["Director"]),
    P("Ceferino Rodolfo", "person", "PH", aliases=["Philippine Undersecretary of Trade Ceferino Rodolfo"], titles=["Undersecretary of Trade"]),
    P("Rosalinda Baldoz", "person", "PH", aliases=["Department of Labor and Employment Secretary Rosalinda Baldoz"], titles=["Secretary"]),
    P("Department of Labor and Employment", "government_body", "PH", aliases=["Department of Labor and Employment"]),
    P("TIFA Labor Committee", "forum", None, aliases=["TIFA Labor Committee"]),
    P("Trans-Pacific Partnership", "forum", None, acronym="TPP", aliases=["Trans-Pacific Partnership", "TPP"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("Asia-Pacific Economic Cooperation", "forum", None, acronym="APEC", aliases=["APEC"]),
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"]),
    P("U.S.-ASEAN TIFA", "forum", None, aliases=["U.S.-ASEAN TIFA"], optional=True),
    P("WTO Information Technology Agreement Expansion", "forum", None, aliases=["WTO Information Technology Agreement Expansion"], optional=True),
    P("WTO Trade Facilitation Agreement", "forum", None, aliases=["WTO Trade Facilitation Agreement"], optional=True),
  ],
  dates=[
    D("today", "2016-01-01", "2016-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("early this month", "2016-03-01", "2016-03-31", "month", "event", relative=True, optional=True, fuzzy=True),
    D("2017", "2017-01-01", "2017-12-31", "year", "period"),
    D("last month", "2016-02-01", "2016-02-29", "month", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. -- The United States", "engagement in coming months."), PHUS, "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "The United States and the Philippines engaged", "dialogue on these issues."), PHUS, "cooperation", ["investment", "ipr", "agriculture"]),
    C(cut(st, "These discussions built on", "early this month."), PHUS, "action", ["other"], optional=True),
    C(cut(st, "The United States briefed", "on TPP outcomes."), PHUS, "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "They agreed to work closely together", "in San Francisco last month."), PHUS, "cooperation", ["goods-trade", "investment"]),
  ])

# --- Philippine Embassy: PH-US TIFA annual talks (Washington, 16 March 2016; release 18 March) ---
st = "phembassy-ph-us-tifa-annual-talks-2016"
write(st,
  kind="press_release", issued="2016-03-18", title=None,
  session=session("TIFA", "Trade and Investment Framework Agreement", None, "2016-03-16", "2016-03-16", "Washington, D.C.", ["Ceferino Rodolfo"]),
  notes=[
    "Philippine Embassy page: the breadcrumb line ('Embassy of the Philippines > ... >> News') is chrome; no title in the excerpt (title null); date line '18 March 2016' (day first). The excerpt ended inside a paragraph ('The morning of the day-long meeting was devoted to di...'): that paragraph was dropped.",
    "Session: 'a meeting under their Trade and Investment Framework Agreement (TIFA) held on 16 March 2016 in Washington, D.C.' -> forum TIFA, no ordinal. Co-chairs: only the Philippine head 'led' a delegation (Rodolfo); Holleyman only gave opening remarks (hard call: one co-chair, as in M's Morocco text).",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments (required): 'The Philippines and the United States renewed their commitment to a partnership for mutual prosperity in the 21st century in a meeting under their TIFA ...' (affirmation, M's convention for 'renewed their commitment'). Optional: the opening remarks' emphasis on the strength of relations and the importance of the TIFA meetings (importance), the standing description of the annual TIFA meeting ('a consultative mechanism established ...', 'It provides a forum ...'), Rodolfo's quote (claim).",
    "Dates: date line (publication), '16 March 2016' (event), '2002' (first meeting, event). 'the 21st century' is not a date record.",
  ],
  sections=[S(None, 5)],
  parties=[
    P("Philippines", "country", "PH", aliases=["Philippines", "Philippine"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Ceferino Rodolfo", "person", "PH", aliases=["Department of Trade and Industry (DTI) Undersecretary Ceferino Rodolfo", "Undersecretary Rodolfo"], titles=["Undersecretary"]),
    P("Department of Trade and Industry", "government_body", "PH", acronym="DTI", aliases=["Department of Trade and Industry", "DTI"]),
    P("Department of Agriculture", "government_body", "PH", acronym="DA", aliases=["Department of Agriculture", "DA"]),
    P("Segfredo Serrano", "person", "PH", aliases=["Undersecretary Segfredo Serrano"], titles=["Undersecretary"]),
    P("Intellectual Property Office", "government_body", "PH", acronym="IPO", aliases=["Intellectual Property Office", "IPO"]),
    P("Josephine Santiago", "person", "PH", aliases=["Director General Josephine Santiago"], titles=["Director General"]),
    P("Anne Robeniol", "person", "PH", aliases=["DTI Assistant Secretary Anne Robeniol"], titles=["Assistant Secretary"]),
    P("Robert Holleyman", "person", "US", aliases=["Ambassador Robert Holleyman"], titles=["Deputy US Trade Representative for Asia and the Pacific"]),
    P("Embassy of the Philippines", "government_body", "PH", aliases=["Embassy of the Philippines", "Philippine Embassy in Washington D.C."]),
    P("Department of Health", "government_body", "PH", aliases=["Department of Health"], optional=True),
    P("Civil Aeronautics Board", "government_body", "PH", aliases=["Civil Aeronautics Board"], optional=True),
  ],
  dates=[
    D("18 March 2016", "2016-03-18", "2016-03-18", "day", "publication"),
    D("16 March 2016", "2016-03-16", "2016-03-16", "day", "event"),
    D("2002", "2002-01-01", "2002-12-31", "year", "event"),
  ],
  commitments=[
    C(cut(st, "WASHINGTON, D.C.— The Philippines", "in Washington, D.C."), PHUS, "affirmation", ["goods-trade", "investment"]),
    C(cut(st, "In their opening remarks", "trade and investment matters."), PHUS, "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "First held in 2002", "for trade and investments."), PHUS, "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "“The storyline", "noted Undersecretary Rodolfo."), ["PH"], "affirmation", ["other"], optional=True),
  ])

# --- USTR: progress through the U.S.-Japan Economic Harmonization Initiative (January 27, 2012) ---
st = "ustr-us-japan-ehi-progress-2012"
write(st,
  kind="press_release", issued="2012-01-27",
  title="U.S. Trade Representative Ron Kirk Announces Progress through U.S.-Japan Economic Harmonization Initiative, Expanding Trade and Market Opportunities for American Producers",
  session=session(None, None, None, None, None, "Washington, D.C.", []),
  notes=[
    "USTR archive page (banner without 'ARCHIVE' line); title; date line 'January 27, 2012'; a deck line ('New Cooperation Yields Joint Trade Principles on High-Tech Services; Improvements Made in IPR Protection, Spectrum Assignment') is a subtitle, not a block. The excerpt ended inside the last paragraph ('The United States and Japan agreed on a set of non-binding trade principles ... wide adoption of these principle...'): that cut sentence was dropped, so the trade principles are only in the deck.",
    "Session (hard call): an announcement of progress under the EHI, not a meeting: forum, name, dates null; location from the dateline; co-chairs [].",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'Through engagement under the EHI, Japan improved the business environment and expanded access for a broad range of U.S. goods and services.' (action; JP). Optional: 'Today, the United States announced important progress with Japan ...' (announcement), Kirk's quote (welcome), 'The United States and Japan also jointly pursued new areas of cooperation in the EHI ...' (cooperation recounted, no specific undertaking). 'These areas include ...' is the topic list of the action.",
    "Dates: date line (publication), 'Today' (event, relative, required with the date line).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Japan", "country", "JP", aliases=["Japan"]),
    P("Ron Kirk", "person", "US", aliases=["U.S. Trade Representative Ron Kirk", "Ambassador Kirk"], titles=["U.S. Trade Representative"]),
    P("U.S.-Japan Economic Harmonization Initiative", "forum", None, acronym="EHI", aliases=["U.S.-Japan Economic Harmonization Initiative", "EHI"]),
  ],
  dates=[
    D("January 27, 2012", "2012-01-27", "2012-01-27", "day", "publication"),
    D("Today", "2012-01-27", "2012-01-27", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. - Today", "United States and Japan."), ["JP", "US"], "action", ["goods-trade", "services"], optional=True),
    C(cut(st, "“I welcome the progress", "fourth largest export market.”"), ["US"], "affirmation", ["goods-trade", "services"], optional=True),
    C(cut(st, "Through engagement under the EHI", "goods and services."), ["JP"], "action", ["goods-trade", "services"]),
    C(cut(st, "The United States and Japan also jointly", "of mutual interest."), ["JP", "US"], "cooperation", ["other"], optional=True),
  ])

# --- USTR (printer page): Zoellick and Saif meet under the U.S.-Bahrain TIFA Council (April 2003; hard-wrapped) ---
st = "ustr-us-bahrain-tifa-council-2003"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("TIFA", "U.S.-Bahrain Trade and Investment Framework Agreement", None, None, None, "WASHINGTON", []),
  notes=[
    "USTR printer page, hard-wrapped (line breaks inside sentences, no blank lines); the excerpt has no title or date line (issued and title null; April 2003 only from the page's address). The excerpt ended inside the last paragraph ('Zoellick and Minister Saif agreed that the t...'): that cut sentence was dropped.",
    "Session: 'a meeting late yesterday at the office of the U.S. Trade Representative' that 'took place under the auspices of the U.S.-Bahrain TIFA Council': forum TIFA, name the agreement as spelled, no ordinal (it follows the inaugural meeting but is not numbered), start/end null ('late yesterday', no date line), location from the dateline (hard call: the office of the USTR is a building, not a place name). Zoellick and Saif 'discussed ... in a meeting': co-chairs [].",
    "Sections (hard-wrapped): one untitled section of 4 blocks; a block runs to the sentence end at a line end where the next line opens a new paragraph ('\"Increased trade', '\"Bahrain is a', 'This week's').",
    "Commitments (required): Zoellick's '\"Bahrain has long been a key U.S. partner ..., we are committed to strengthening the U.S.-Bahrain economic relationship, including through a possible free trade agreement.\"' (affirmation; US), 'Such progress by Bahrain includes ensuring that policies regarding biotechnology do not serve as impediments to trade, active participation ..., beginning the process for Bahrain to accede to the World Intellectual Property Organization internet treaties, and ensuring an open trade environment for e-commerce.' (actions of Bahrain recounted as progress; agriculture, ipr, services). Optional: the meeting, the first quote (claim), 'we look forward to working together on the Doha global trade negotiations' (looking forward), 'The positive meetings ... exemplify ...' (claim). 'discussed' sentences are discussions.",
    "Dates: all relative with no date line, optional and fuzzy (2003 from the address): 'late yesterday', 'earlier this year', 'This week's', 'today's'. 'October 2002' (the inaugural meeting, event); 'October' again ('the October TIFA meeting', optional: a month with no year).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["U.S."]),
    P("Bahrain", "country", "BH", aliases=["Bahrain", "Bahraini", "Bahrain's"]),
    P("Robert B. Zoellick", "person", "US", aliases=["Robert B. Zoellick", "Zoellick"], titles=["U.S. Trade Representative"]),
    P("Abdallah Saif", "person", "BH", aliases=["Abdallah Saif", "Saif"], titles=["Minister of Finance and National Economy"]),
    P("U.S.-Bahrain TIFA Council", "forum", None, aliases=["U.S.-Bahrain TIFA Council"]),
    P("U.S.-Bahrain Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["TIFA"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["U.S. Trade Representative"], optional=True),
    P("George W. Bush", "person", "US", aliases=["President Bush"], optional=True),
    P("Hamad bin Isa Al Khalifa", "person", "BH", aliases=["His Majesty King Hamad"], optional=True),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization"]),
    P("World Intellectual Property Organization", "organization", None, aliases=["World Intellectual Property Organization"], optional=True),
  ],
  dates=[
    D("late\nyesterday", "2003-01-01", "2003-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("earlier this year", "2003-01-01", "2003-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("This week's", "2003-01-01", "2003-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("October 2002", "2002-10-01", "2002-10-31", "month", "event"),
    D("today's", "2003-01-01", "2003-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("October", "2002-10-01", "2002-10-31", "month", "event", optional=True, occurrence=2),
  ],
  commitments=[
    C(cut(st, "WASHINGTON - U.S.", "Framework Agreement (TIFA)."), ["BH", "US"], "action", ["other"], optional=True),
    C(cut(st, "\"Increased trade", "said Zoellick."), ["US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "\"Bahrain has long been", "free trade agreement.\""), ["US"], "affirmation", ["goods-trade"]),
    C(cut(st, "\"Bahrain is a", "negotiations\""), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "\"The\npositive meetings", "liberalization.\""), ["US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Such progress by Bahrain", "for e-commerce."), ["BH"], "action", ["agriculture", "ipr", "services"]),
  ])
