from goldlib import C, D, P, Q, S, cut, session, write

# The 21 APEC economies (not listed in these texts; N's convention for 'The Ministers' of a regional body, hard call).
APEC = ["AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MX", "MY", "NZ", "PE", "PG", "PH", "RU", "SG", "TH", "TW", "US", "VN"]
APEC_NOTE = ("Actors: 'We' / 'APEC ministers' / 'the trade ministers' are the 21 APEC economies (AU BN CA CL CN HK ID JP KR MX MY NZ PE PG PH RU SG TH TW US VN), "
             "none of them listed in the text (hard call, as N lists the ten ASEAN codes plus US for the AEM-USTR ministers).")

# --- USTR: APEC Ministers Responsible for Trade, chair's statement (Detroit, 25-26 May 2023) ---
st = "ustr-apec-mrt-detroit-chairs-statement-2023"
write(st,
  kind="press_release", issued="2023-05-26",
  title="APEC Ministers Responsible for Trade Meeting Chair's Statement",
  session=session("MRT", "Asia-Pacific Economic Cooperation (APEC) Ministers Responsible for Trade", None, "2023-05-25", "2023-05-26",
                  "Detroit, Michigan, the United States of America", ["Katherine Tai"]),
  notes=[
    "USTR page: title; date line 'May 26, 2023'; the header line 'All APEC ministers responsible for trade agreed to paragraphs 1 – 3 and 5 – 13.' is a statement header (not a block). Numbered paragraphs are separated by two blank lines (kept). The excerpt ended inside paragraph 3 ('In doing so, we reaffirmed our Leaders’ 2022 commitment in the Bangkok Goals on Bio-Circular-Green Eco...'): that cut sentence was dropped.",
    "Session: 'We, the Asia-Pacific Economic Cooperation (APEC) Ministers Responsible for Trade (MRT), met in Detroit, Michigan, the United States of America from 25-26 May 2023, chaired by Ambassador Katherine Tai': forum MRT (the text's acronym for the body), name as written, no ordinal, start/end from the day-first range, location as written, co-chair Tai.",
    "Sections: one untitled section of 3 numbered paragraphs.",
    "Commitments (required): 'We reiterate our strong commitment towards the achievement of the APEC Putrajaya Vision 2040 ...' (affirmation); 'We reaffirm our determination to deliver a free, open, fair ... trade and investment environment.' (affirmation); 'We also reaffirm the importance of and commit to upholding and further strengthening the rules-based multilateral trading system ...' (affirmation); 'We will continue to work to ensure a level playing field ... and reaffirm our commitment to keep markets open ...' (pledge). Optional: the meeting (action). The welcome of participants and the appreciation are courtesies; 'we discussed' is a discussion.",
    APEC_NOTE,
    "Dates: date line (publication); '25-26 May 2023' (event range); '2040' twice: in the name 'Putrajaya Vision 2040' (other) and 'by 2040' (deadline); '2023' of 'the APEC 2023 theme' (other; the third '2023' of the text).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["Asia-Pacific Economic Cooperation", "APEC"]),
    P("Ministers Responsible for Trade", "forum", None, acronym="MRT", aliases=["Ministers Responsible for Trade", "MRT"]),
    P("United States", "country", "US", aliases=["United States of America"]),
    P("Katherine Tai", "person", "US", aliases=["Ambassador Katherine Tai"], titles=["Ambassador"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
    P("APEC Business Advisory Council", "organization", None, acronym="ABAC", aliases=["APEC Business Advisory Council", "ABAC"]),
    P("Pacific Economic Cooperation Council", "organization", None, acronym="PECC", aliases=["Pacific Economic Cooperation Council", "PECC"]),
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["Association of Southeast Asian Nations", "ASEAN"]),
    P("APEC Putrajaya Vision 2040", "forum", None, aliases=["APEC Putrajaya Vision 2040"], optional=True),
    P("Aotearoa Plan of Action", "forum", None, aliases=["Aotearoa Plan of Action"], optional=True),
    P("City of Detroit", "organization", "US", aliases=["City of Detroit"], optional=True),
  ],
  dates=[
    D("May 26, 2023", "2023-05-26", "2023-05-26", "day", "publication"),
    D("25-26 May 2023", "2023-05-25", "2023-05-26", "day", "event"),
    D("2040", "2040-01-01", "2040-12-31", "year", "other"),
    D("2040", "2040-01-01", "2040-12-31", "year", "deadline", occurrence=2),
    D("2023", "2023-01-01", "2023-12-31", "year", "other", occurrence=3),
  ],
  commitments=[
    C(cut(st, "1. We, the Asia-Pacific", "chaired by Ambassador Katherine Tai."), APEC, "action", ["goods-trade"], optional=True),
    C(cut(st, "We reiterate our strong commitment", "future generations."), APEC, "affirmation", ["goods-trade", "investment"]),
    C(cut(st, "We reaffirm our determination", "investment environment."), APEC, "affirmation", ["goods-trade", "investment"]),
    C(cut(st, "We also reaffirm the importance of and commit", "at its core."), APEC, "affirmation", ["goods-trade"]),
    C(cut(st, "We will continue to work to ensure", "supply chain disruptions."), APEC, "pledge", ["goods-trade", "investment"]),
  ])

# --- Xinhua via People's Daily Online: APEC trade ministers' meeting ends (Detroit, May 25-26, 2023) ---
st = "people-apec-trade-ministers-detroit-2023"
write(st,
  kind="news_article", issued="2023-05-27",
  title="APEC trade ministers' meeting ends with vows to overcome shared challenges",
  session=session("APEC", "APEC trade ministers' meeting", None, "2023-05-25", "2023-05-26", "Detroit", ["Katherine Tai"]),
  notes=[
    "People's Daily Online repost of a Xinhua item: the feed line ' date 2023-05-27' (chrome) with the title; date line 'May 27, 2023' (issued); dateline 'DETROIT, the United States, May 26 (Xinhua) --'.",
    "Session: 'Asia-Pacific Economic Cooperation (APEC) trade ministers ... ended their two-day meeting here on Friday': forum APEC (the only acronym the text gives), name from the title, start/end: the two days ending Friday May 26 (the dateline's day; the year from the date line); location Detroit ('here' in a Detroit dateline); Tai is 'the chair' -> co-chair.",
    "Sections: one untitled section of 6 paragraphs.",
    "Commitments (required): 'APEC trade ministers vowed to overcome shared challenges ...' (pledge); 'The trade ministers reaffirmed their leaders' 2022 commitment in the Bangkok Goals ...' (affirmation); '... it encouraged the promotion of trade and investment in products that lead to positive environmental outcomes, and instructed senior officials to start developing a new, voluntary, non-binding reference list of environmental goods.' (pledge: officials tasked). Optional: 'It also highlighted the importance of collective support of the multilateral trading system ...' (importance). 'the meeting discussed' is a discussion.",
    APEC_NOTE,
    "Dates: date line (publication); 'May 26' (dateline day, optional); 'Friday' (relative, required with the date line: May 26); '2023' of 'the APEC 2023 theme' (other; the third '2023' of the text after the feed line and the date line); '2022' (reference: the leaders' commitment); '2040' in 'Putrajaya Vision 2040' (other).",
  ],
  sections=[S(None, 6)],
  parties=[
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["Asia-Pacific Economic Cooperation", "APEC"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Katherine Tai", "person", "US", aliases=["U.S. Trade Representative Katherine Tai"], titles=["U.S. Trade Representative"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization"]),
    P("Xinhua", "organization", "CN", aliases=["Xinhua"], optional=True),
    P("Bangkok Goals on Bio-Circular-Green Economy", "forum", None, aliases=["Bangkok Goals on Bio-Circular-Green Economy"], optional=True),
    P("APEC Putrajaya Vision 2040", "forum", None, aliases=["APEC Putrajaya Vision 2040"], optional=True),
  ],
  dates=[
    D("May 27, 2023", "2023-05-27", "2023-05-27", "day", "publication"),
    D("May 26", "2023-05-26", "2023-05-26", "day", "event", optional=True),
    D("Friday", "2023-05-26", "2023-05-26", "day", "event", relative=True),
    D("2023", "2023-01-01", "2023-12-31", "year", "other", occurrence=3),
    D("2022", "2022-01-01", "2022-12-31", "year", "reference"),
    D("2040", "2040-01-01", "2040-12-31", "year", "other"),
  ],
  commitments=[
    C(cut(st, "Asia-Pacific Economic Cooperation (APEC) trade ministers vowed", "here on Friday."), APEC, "pledge", ["other"]),
    C(cut(st, "The trade ministers reaffirmed", "said the statement."), APEC, "affirmation", ["energy-environment", "goods-trade"]),
    C(cut(st, "It also highlighted the importance", "World Trade Organization."), APEC, "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Besides, it encouraged", "environmental goods."), APEC, "pledge", ["energy-environment", "goods-trade"]),
  ])

# --- USTR: Ambassador Kirk at the APEC Ministers Responsible for Trade meeting (Singapore, July 21-22, 2009) ---
st = "ustr-kirk-apec-mrt-singapore-2009"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("APEC", "Ministers Responsible for Trade Meeting", None, "2009-07-21", "2009-07-22", "Singapore", []),
  notes=[
    "USTR release as stored: no title and no date line (issued null); dateline 'Singapore -'. Lines are separated by single line breaks: each line is a block.",
    "Session: 'the 2009 Asia Pacific Economic Cooperation Forum's (APEC) Ministers Responsible for Trade Meeting from July 21 to 22 in Singapore': forum APEC (the acronym the text gives), name as written after it, start/end from the range with the year printed in the name, location as written; nobody is said to chair: co-chairs [].",
    "Sections: one untitled section of 6 blocks.",
    "Commitments (required): 'At the forum, APEC ministers agreed to accelerate work to strengthen regional economic integration ...' (pledge); 'APEC Ministers will also seek to ensure that the benefits of globalization are spread more widely ...' (pledge); '... said the United States would build upon the 2009 APEC successes as host of APEC in 2011.' (pledge, US). Optional: Kirk's bilateral and trilateral meetings (action, US); his quoted claim on APEC trade. Briefings, the luncheon and congratulations are not commitments.",
    APEC_NOTE + " Counterpart countries of Kirk's bilateral meetings are optional parties.",
    "Quantities: '21 APEC members' (count), '45 percent', 'nearly 50 percent'. Dates: 'July 21 to 22' (event; the year from 'the 2009 ... Meeting'); '2009' three times: in the meeting's name (other), 'the APEC host for 2009' (reference), 'the 2009 APEC successes' (other); '2011' (event: the U.S. host year); 'today' twice (relative, no date line: optional and fuzzy).",
  ],
  sections=[S(None, 6)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("Asia Pacific Economic Cooperation Forum", "organization", None, acronym="APEC", aliases=["Asia Pacific Economic Cooperation Forum", "APEC"]),
    P("Ron Kirk", "person", "US", aliases=["United States Trade Representative Ron Kirk", "Ambassador Kirk"], titles=["United States Trade Representative"]),
    P("Singapore", "country", "SG", aliases=["Singapore", "Singaporean"]),
    P("Lim Hng Kian", "person", "SG", aliases=["Singaporean Trade Minister Lim Hng Kian"], titles=["Trade Minister"]),
    P("Pascal Lamy", "person", None, aliases=["World Trade Organization Director-General Pascal Lamy"], titles=["World Trade Organization Director-General"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization"]),
    P("Korea", "country", "KR", aliases=["Korea"], optional=True),
    P("China", "country", "CN", aliases=["China"], optional=True),
    P("Vietnam", "country", "VN", aliases=["Vietnam"], optional=True),
    P("Peru", "country", "PE", aliases=["Peru"], optional=True),
    P("Malaysia", "country", "MY", aliases=["Malaysia"], optional=True),
    P("Canada", "country", "CA", aliases=["Canada", "Canadian"], optional=True),
    P("Mexico", "country", "MX", aliases=["Mexican"], optional=True),
  ],
  quantities=[
    Q("21 APEC members", 21, "count", unit="members"),
    Q("45 percent", 45, "percent"),
    Q("nearly 50 percent", 50, "percent"),
  ],
  dates=[
    D("2009", "2009-01-01", "2009-12-31", "year", "other"),
    D("July 21 to 22", "2009-07-21", "2009-07-22", "day", "event"),
    D("today", "2009-01-01", "2009-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("today", "2009-01-01", "2009-12-31", "year", "event", relative=True, optional=True, fuzzy=True, occurrence=2),
    D("2009", "2009-01-01", "2009-12-31", "year", "reference", occurrence=2),
    D("2009", "2009-01-01", "2009-12-31", "year", "other", occurrence=3),
    D("2011", "2011-01-01", "2011-12-31", "year", "event"),
  ],
  commitments=[
    C(cut(st, "At the forum, APEC ministers agreed", "environmental goods and services."), APEC, "pledge", ["goods-trade", "services", "energy-environment"]),
    C(cut(st, "APEC Ministers will also seek", "sustainable development."), APEC, "pledge", ["macroeconomic"]),
    C(cut(st, "APEC economies have the trading power", "and families."), APEC, "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "While in Singapore, Ambassador Kirk held", "trade ministers as well."), ["US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "Ambassador Kirk also congratulated", "APEC in 2011."), ["US"], "pledge", ["other"]),
  ])

# --- Xinhua via People's Daily Online: 2023 APEC Ministerial Meeting ends (San Francisco, November 14-15, 2023) ---
st = "people-apec-ministerial-meeting-san-francisco-2023"
write(st,
  kind="news_article", issued="2023-11-17",
  title="APEC Ministerial Meeting ends with continuous effort for joint statement",
  session=session("AMM", "APEC Ministerial Meeting", None, "2023-11-14", "2023-11-15", "San Francisco", ["Katherine Tai", "Antony Blinken"]),
  notes=[
    "People's Daily Online repost of a Xinhua item: the feed line ' date 2023-11-17' (chrome) with the title; the line 'Xinhua) 00:06, November 17, 2023' (date line: issued); dateline 'SAN FRANCISCO, Nov. 15 (Xinhua) --'; '(Web editor: ...)' closes the text (chrome).",
    "Session: 'The 2023 APEC Ministerial Meeting (AMM) concluded on Wednesday' (Nov. 15), 'the two-day meeting': forum AMM (the text's acronym), name as written without the year, start Nov. 14 (two days ending Wednesday), end Nov. 15; location San Francisco; Tai 'chaired the two-day meeting with Secretary of State Antony Blinken' -> co-chairs.",
    "Sections: one untitled section of 8 paragraphs.",
    "Commitments (required): Tai's 'I have instructed my team to continue working with your officials toward reaching consensus on the AMM text ...' (pledge, US: a directive to officials); 'the United States also started to hand over the APEC host year responsibilities to Peru.' (action, US). Optional: 'APEC members have reached a consensus on nearly all paragraphs ...' (action, the 21 economies); 'The consensus paragraphs reflect APEC's common commitment to a robust agenda ...' (claim, added in the second reading); 'The leaders of APEC members are scheduled to participate in various dialogues ...' (a schedule); 'Peru would move forward with all the achievements of this year ...' and the quoted 'We're going to look to foster proposals ...' (Peru's intentions, vague).",
    APEC_NOTE,
    "Dates: date line (publication); 'Nov. 15' (dateline day, optional); 'Wednesday' (concluded: relative, required with the date line), 'Wednesday' of 'Wednesday afternoon' and 'from Wednesday to Friday' (optional); 'last year' (relative: 2022, reference, required); 'this year' (relative: 2023, reference); '2023' of 'The 2023 APEC Ministerial Meeting' (other; the third '2023' of the text).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["APEC"]),
    P("APEC Ministerial Meeting", "forum", None, acronym="AMM", aliases=["APEC Ministerial Meeting", "AMM"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Peru", "country", "PE", aliases=["Peru", "Peruvian"]),
    P("Katherine Tai", "person", "US", aliases=["U.S. Trade Representative Katherine Tai", "Tai"], titles=["U.S. Trade Representative"]),
    P("Antony Blinken", "person", "US", aliases=["Secretary of State Antony Blinken"], titles=["Secretary of State"]),
    P("Javier Gonzalez-Olaechea", "person", "PE", aliases=["Peruvian Foreign Affairs Minister Javier Gonzalez-Olaechea", "Gonzalez-Olaechea"], titles=["Foreign Affairs Minister"]),
    P("Xinhua", "organization", "CN", aliases=["Xinhua"], optional=True),
  ],
  dates=[
    D("November 17, 2023", "2023-11-17", "2023-11-17", "day", "publication"),
    D("Nov. 15", "2023-11-15", "2023-11-15", "day", "event", optional=True),
    D("2023", "2023-01-01", "2023-12-31", "year", "other", occurrence=3),
    D("Wednesday", "2023-11-15", "2023-11-15", "day", "event", relative=True),
    D("last year", "2022-01-01", "2022-12-31", "year", "reference", relative=True),
    D("Wednesday", "2023-11-15", "2023-11-15", "day", "event", relative=True, optional=True, occurrence=2),
    D("Wednesday to Friday", "2023-11-15", "2023-11-17", "day", "event", relative=True, optional=True),
    D("this year", "2023-01-01", "2023-12-31", "year", "reference", relative=True),
  ],
  commitments=[
    C(cut(st, "APEC members have reached a consensus", "finalize the statement,"), APEC, "action", ["other"], optional=True),
    C(cut(st, "I have instructed my team", "the outstanding language,"), ["US"], "pledge", ["other"]),
    C(cut(st, "The consensus paragraphs reflect", "Asia-Pacific future,"), APEC, "affirmation", ["other"], optional=True),
    C(cut(st, "The leaders of APEC members are scheduled", "Wednesday to Friday."), APEC, "cooperation", ["other"], optional=True),
    C(cut(st, "Meanwhile, the United States also started", "responsibilities to Peru."), ["US"], "action", ["other"]),
    C(cut(st, "Peruvian Foreign Affairs Minister", "medium-sized enterprises."), ["PE"], "pledge", ["other"], optional=True),
    C(cut(st, "We're going to look to foster", "inclusive way,"), ["PE"], "pledge", ["other"], optional=True),
  ])
