from goldlib import C, D, M, P, S, cut, session, write

# --- USTR readout: U.S.-Philippines TIFA meeting (Washington, July 1-2, 2024) ---
st = "ustr-us-philippines-tifa-readout-2024"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("TIFA", "U.S.- Philippines Trade and Investment Framework Agreement", None, "2024-07-01", "2024-07-02", "Washington",
                  ["Sarah Ellerman", "Allan Gepty"]),
  notes=[
    "USTR readout as stored: no title, no date line; dateline 'WASHINGTON –'; '###' is the end mark. The forum name is written with a stray space ('U.S.- Philippines'), kept as written.",
    "Session: 'On July 1-2, 2024, the United States and the Philippines met under the ... (TIFA)' -> start 2024-07-01, end 2024-07-02; no ordinal; co-chairs as written ('co-chaired by ... Sarah Ellerman and ... Allan Gepty').",
    "Sections: preamble of 5 paragraphs and 'Background' (1).",
    "No required commitment: the meeting and its co-chairs (meeting held), 'The two sides reaffirmed the importance of making progress ...' (importance) and the 1989 signing recounted in the background are optional; 'discussed', 'continued discussions on' and 'discussed ways to' are discussions (not commitments).",
    "Money: '$36.1 billion' (2022, 'an estimated': approximately), '$12.8 billion' and '$23.3 billion' (no year in their sentence: null), '$6.2 billion' (2022). '34th largest' is an ordinal (not a quantity).",
    "Dates: 'July 1-2, 2024' (event, a two-day range), '1989' (event), '2022' twice (reference).",
  ],
  sections=[S(None, 5), S("Background", 1)],
  parties=[
    P("United States", "country", "US", aliases=["the United States", "United States", "U.S."]),
    P("Philippines", "country", "PH", aliases=["the Philippines", "Philippines", "Philippine"]),
    P("U.S.- Philippines Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["U.S.- Philippines Trade and Investment Framework Agreement", "TIFA", "Trade and Investment Framework Agreement"]),
    P("Sarah Ellerman", "person", "US", aliases=["Assistant U.S. Trade Representative for Southeast Asia Sarah Ellerman"],
      titles=["Assistant U.S. Trade Representative for Southeast Asia"]),
    P("Allan Gepty", "person", "PH", titles=["Undersecretary for International Trade Group"]),
    P("Department of Trade and Industry", "government_body", "PH", aliases=["Philippine Department of Trade and Industry"]),
    P("TIFA Labor Working Group", "forum", None, aliases=["TIFA Labor Working Group"], optional=True),
  ],
  money=[
    M("$36.1 billion", 36100000000, year=2022, qualifier="approximately"),
    M("$12.8 billion", 12800000000),
    M("$23.3 billion", 23300000000),
    M("$6.2 billion", 6200000000, year=2022),
  ],
  dates=[
    D("July 1-2, 2024", "2024-07-01", "2024-07-02", "day", "event"),
    D("1989", "1989-01-01", "1989-12-31", "year", "event"),
    D("2022", "2022-01-01", "2022-12-31", "year", "reference", occurrence=1),
    D("2022", "2022-01-01", "2022-12-31", "year", "reference", occurrence=2),
  ],
  commitments=[
    C(cut(st, "WASHINGTON – On July 1-2, 2024", "Agreement (TIFA)."), ["PH", "US"], "action", ["other"], optional=True),
    C(cut(st, "The TIFA meeting was co-chaired", "Allan Gepty."), ["PH", "US"], "action", ["other"], optional=True),
    C(cut(st, "The two sides reaffirmed the importance", "trade relationship."), ["PH", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The United States and the Philippines signed", "in 1989."), ["PH", "US"], "action", ["goods-trade", "investment"], optional=True),
  ])

# --- USTR archived press release: U.S.-Philippines TIFA meeting (Manila, July 11, 2017) ---
st = "ustr-us-philippines-tifa-2017"
write(st,
  kind="press_release", issued="2017-07-11",
  title="United States and Philippines Strengthen Engagement on Trade",
  session=session("TIFA", "Trade and Investment Framework Agreement", None, "2017-07-11", "2017-07-11", "Manila, Philippines",
                  ["Barbara Weisel", "Ceferino Rodolfo"]),
  notes=[
    "USTR archived page: the archive banner and 'Click here to go to the CURRENT USTR.GOV WEBSITE' are chrome; 'July 11, 2017' is the date line; dateline 'Manila, Philippines --'. The last paragraph was cut after its first sentence on the page: only that sentence was kept.",
    "Session: 'met today under their Trade and Investment Framework Agreement (TIFA)' -> start = end = 2017-07-11 (date line); co-chairs: 'chaired by Assistant U.S. Trade Representative Barbara Weisel and Philippine Undersecretary of Trade Ceferino Rodolfo'.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): '... met today under their ... (TIFA), and agreed to work together to foster free, fair, and balanced trade between them, including by eliminating trade barriers and promoting increased trade.' (pledge; the sentence carries both the meeting and the undertaking: goods-trade), 'Recognizing their shared interest in expeditiously addressing these issues, they agreed on follow-up actions and to closely monitor progress.' (pledge; the issues are agriculture, IP, customs, investment: agriculture, ipr, goods-trade), 'In addition, they agreed to work closely together to further the U.S.-ASEAN trade and investment agenda ...' (cooperation; goods-trade, investment). Optional: the chairing sentence. 'had constructive discussions' and 'Officials also discussed' are discussions; 'This meeting was one of a series of bilateral meetings ...' is context.",
    "Dates: date line (publication) and 'today' (event, required with a date line). 'the past few months' is not a date.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["The United States", "the United States", "United States"]),
    P("Philippines", "country", "PH", aliases=["the Philippines", "Philippines", "Philippine"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Barbara Weisel", "person", "US", aliases=["Assistant U.S. Trade Representative Barbara Weisel"],
      titles=["Assistant U.S. Trade Representative"]),
    P("Ceferino Rodolfo", "person", "PH", aliases=["Philippine Undersecretary of Trade Ceferino Rodolfo"],
      titles=["Undersecretary of Trade"]),
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"], optional=True),
    P("Trump Administration", "government_body", "US", aliases=["Trump Administration"], optional=True),
  ],
  dates=[
    D("July 11, 2017", "2017-07-11", "2017-07-11", "day", "publication"),
    D("today", "2017-07-11", "2017-07-11", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "Manila, Philippines -- The United States and the Philippines met today", "promoting increased trade."), ["PH", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "Recognizing their shared interest", "closely monitor progress."), ["PH", "US"], "pledge", ["agriculture", "ipr", "goods-trade"]),
    C(cut(st, "In addition, they agreed to work closely together", "ASEAN chair a success."), ["PH", "US"], "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "The TIFA meeting, which was chaired", "wide range of agencies."), ["PH", "US"], "action", ["other"], optional=True),
  ])

# --- DTI (Philippines) news: PH-US joint statement on TIFA issues (2018) ---
st = "dti-ph-us-joint-statement-tifa-2018"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, None, None, "2018-08-31", "2018-08-31", "Singapore", ["Ramon M. Lopez", "Jeffrey D. Gerrish"]),
  notes=[
    "Philippine Department of Trade and Industry news archive page as stored: no title, no date line (2018 from the text). 'You may read the full Joint Statement here.' is a link line (not a block).",
    "Session: the meeting reported is 'DTI Secretary Ramon M. Lopez and Deputy USTR Jeffrey D. Gerrish met at the sidelines of the ASEAN Economic Ministers Meeting in Singapore last 31 August 2018': a bilateral meeting with no named forum (the TIFA is the mechanism under which issues were resolved, the AEM meeting is only the occasion): forum and name null, start = end = 2018-08-31, location Singapore, co-chairs the two who met.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): the release of the joint statement 'announcing recent accomplishments of resolving a number of recurring bilateral trade issues' (action, both; goods-trade), '... where they agreed to accelerate the deepening of our bilateral economic relationship by working towards the resolution of key market access issues ..., including in the areas of customs valuation, intellectual property rights, market access for Philippine agricultural products ..., and automotive safety standards.' (pledge; goods-trade, ipr, agriculture), 'Both countries also agreed to collaborate on the development of cold chain facilities in the Philippines ...' (cooperation; agriculture), 'With the issuance of the Joint Statement, both sides will now discuss next steps ...' (cooperation; goods-trade, investment). Optional: Lopez's praise (quote) and Rodolfo's optimism with the recalled 2017 leaders' meeting. 'our' in 'our bilateral ... mechanism' is the Philippine side speaking.",
    "Dates: '31 August 2018' (event, day-first), 'November 2017' (event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Department of Trade and Industry", "government_body", "PH", acronym="DTI", aliases=["Department of Trade and Industry", "DTI"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR",
      aliases=["Office of the United States Trade Representative", "USTR"]),
    P("United States", "country", "US", aliases=["the United States", "United States", "U.S."]),
    P("Philippines", "country", "PH", aliases=["the Philippines", "Philippines", "Philippine"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Ramon M. Lopez", "person", "PH", aliases=["DTI Secretary Ramon M. Lopez", "Secretary Ramon Lopez", "Ramon Lopez"],
      titles=["DTI Secretary"]),
    P("Jeffrey D. Gerrish", "person", "US", aliases=["Deputy USTR Jeffrey D. Gerrish"], titles=["Deputy USTR"]),
    P("U.S. Agency for International Aid", "government_body", "US", acronym="USAID", aliases=["U.S. Agency for International Aid", "USAID"]),
    P("Ceferino S. Rodolfo", "person", "PH", aliases=["DTI Undersecretary for Industry Development and Trade Policy Ceferino S. Rodolfo"],
      titles=["DTI Undersecretary for Industry Development and Trade Policy"]),
    P("Rodrigo Duterte", "person", "PH", aliases=["President Duterte"]),
    P("Donald Trump", "person", "US", aliases=["President Donald Trump"]),
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["ASEAN"], optional=True),
    P("Singapore", "country", "SG", aliases=["Singapore"], optional=True),
  ],
  dates=[
    D("31 August 2018", "2018-08-31", "2018-08-31", "day", "event"),
    D("November 2017", "2017-11-01", "2017-11-30", "month", "event"),
  ],
  commitments=[
    C(cut(st, "The Department of Trade and Industry (DTI) and the Office", "with the United States."), ["PH", "US"], "action", ["goods-trade"]),
    C(cut(st, "DTI Secretary Ramon M. Lopez and Deputy USTR", "automotive safety standards."), ["PH", "US"], "pledge", ["goods-trade", "ipr", "agriculture"]),
    C(cut(st, "Both countries also agreed to collaborate", "private sector companies."), ["PH", "US"], "cooperation", ["agriculture"]),
    C(cut(st, "Secretary Ramon Lopez lauded", "biggest trading partners”"), ["PH"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "DTI Undersecretary for Industry Development", "with the United States.”"), ["PH"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "With the issuance of the Joint Statement, both sides", "trade and investment relations."), ["PH", "US"], "cooperation", ["goods-trade", "investment"]),
  ])

# --- USTR readout: Tai and Gan Kim Yong (Singapore, April 5, 2022) ---
st = "ustr-readout-tai-gan-singapore-2022"
write(st,
  kind="press_release", issued="2022-04-05",
  title="Readout of Ambassador Katherine Tai's Meeting with Singapore's Minister for Trade and Industry Gan Kim Yong",
  session=session(None, None, None, "2022-04-05", "2022-04-05", "Singapore", ["Katherine Tai", "Gan Kim Yong"]),
  notes=[
    "USTR readout: title (straight apostrophes) and a zero-padded date line 'April 05, 2022'; dateline 'SINGAPORE –' (the text uses curly apostrophes in the body).",
    "Session: a bilateral ministerial meeting with no named forum ('met today'): start = end = 2022-04-05, location Singapore, co-chairs the two who met. The FTA Joint Committee of October 8, 2021 is an earlier meeting mentioned, not this session.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments: the only required one is 'Ambassador Tai reiterated the United States’ commitment to the Indo-Pacific Economic Framework and detailed elements of the Framework’s trade pillar.' (affirmation of a specific policy, US; goods-trade). Optional: the meeting, 'Ambassador Tai welcomed recent engagement on trade and environmental issues ...' (welcome), 'highlighted the United States’ desire to work with Indo-Pacific partners ...' (a desire, not an undertaking), the accredited USTR position (an action of the US side, recounted with thanks) and 'This position underscores USTR’s commitment ...' (claim). 'continued their discussion on key issues' is a discussion.",
    "Dates: date line (publication), 'today' (event, required), 'October 8, 2021' (event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["the United States", "United States", "U.S."]),
    P("Singapore", "country", "SG", aliases=["Singapore"]),
    P("Katherine Tai", "person", "US", aliases=["Ambassador Katherine Tai", "United States Trade Representative Katherine Tai", "Ambassador Tai"],
      titles=["United States Trade Representative"]),
    P("Gan Kim Yong", "person", "SG", aliases=["Minister Gan"], titles=["Minister for Trade and Industry"]),
    P("Ministry of Trade and Industry", "government_body", "SG", acronym="MTI", aliases=["MTI"]),
    P("Indo-Pacific Economic Framework", "forum", None, aliases=["Indo-Pacific Economic Framework"]),
    P("FTA Joint Committee", "forum", None, aliases=["FTA Joint Committee"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", aliases=["USTR"]),
    P("U.S. Embassy in Singapore", "government_body", "US", aliases=["U.S. Embassy in Singapore"], optional=True),
  ],
  dates=[
    D("April 05, 2022", "2022-04-05", "2022-04-05", "day", "publication"),
    D("today", "2022-04-05", "2022-04-05", "day", "event", relative=True),
    D("October 8, 2021", "2021-10-08", "2021-10-08", "day", "event"),
  ],
  commitments=[
    C(cut(st, "SINGAPORE – United States Trade Representative", "Gan Kim Yong."), ["SG", "US"], "action", ["other"], optional=True),
    C(cut(st, "In particular, Ambassador Tai welcomed", "Environment chapter."), ["US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "Ambassador Tai reiterated", "trade pillar."), ["US"], "affirmation", ["goods-trade"]),
    C(cut(st, "Ambassador Tai highlighted", "across the region."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Ambassador Tai also noted the recently accredited", "for his support."), ["US"], "action", ["other"], optional=True),
    C(cut(st, "This position underscores", "between the two countries."), ["US"], "affirmation", ["other"], optional=True),
  ])
