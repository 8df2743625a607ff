from goldlib import C, D, M, P, Q, S, cut, session, write

CAFTA = ["CR", "DO", "GT", "HN", "NI", "SV", "US"]

# --- USTR: joint statement of the second CAFTA-DR Free Trade Commission (Miami, January 23, 2012) ---
st = "ustr-cafta-dr-ftc-2-joint-statement-2012"
write(st,
  kind="press_release", issued="2012-01-23",
  title="Joint Statement from the Meeting of the Dominican Republic-Central America-United States Free Trade Commission",
  session=session("FTC", "CAFTA-DR Free Trade Commission", 2, "2012-01-23", "2012-01-23", "Miami, Florida", []),
  notes=[
    "USTR archive page (banner without the 'ARCHIVE' line); title; date line 'January 23, 2012'. The excerpt ended inside the last paragraph ('Full implementation ... increase the economic p...'): that cut sentence was dropped.",
    "Session: 'the second meeting of the Dominican Republic-Central America-United States (CAFTA-DR) Free Trade Commission held on January 23, 2012, in Miami, Florida' -> forum FTC (the acronym the text gives the commission; 'CAFTA-DR' is the agreement's), ordinal 2; the seven officials 'are pleased to release the following Joint Statement' (not chairs): co-chairs [].",
    "Sections: an untitled section of 2 paragraphs (the repost's introductory line 'The following joint statement was released today ...' is a block) and 'Increasing Trade and Investment under CAFTA-DR' with 1 paragraph.",
    "Commitments (required): the first sentence of the last paragraph '... we again reaffirm our obligation and shared goal of effective implementation of the Agreement.' (affirmation; all seven; goods-trade). Optional: the meeting whose work the statement highlights (action), 'We recognize that opportunities ... are enhanced by full and accurate implementation ...' (position).",
    "Dates: date line (publication), 'today' twice (relative, required with the date line), 'January 23, 2012' in the text (event).",
    "Parties: the two officials 'representing' a minister are persons of their countries; the Dominican Republic's and Nicaragua's ministers are not named.",
  ],
  sections=[S(None, 2), S("Increasing Trade and Investment under CAFTA-DR", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Costa Rica", "country", "CR", aliases=["Costa Rica"]),
    P("Dominican Republic", "country", "DO", aliases=["Dominican Republic"]),
    P("El Salvador", "country", "SV", aliases=["El Salvador"]),
    P("Guatemala", "country", "GT", aliases=["Guatemala"]),
    P("Honduras", "country", "HN", aliases=["Honduras"]),
    P("Nicaragua", "country", "NI", aliases=["Nicaragua"]),
    P("Dominican Republic-Central America-United States Free Trade Agreement", "forum", None, acronym="CAFTA-DR", aliases=["CAFTA-DR", "CAFTA-DR Agreement"]),
    P("CAFTA-DR Free Trade Commission", "forum", None, acronym="FTC",
      aliases=["Dominican Republic-Central America-United States Free Trade Commission", "CAFTA-DR Free Trade Commission", "FTC"]),
    P("Anabel González", "person", "CR", aliases=["Anabel González"], titles=["Minister of Foreign Trade"]),
    P("Yahaira Sosa", "person", "DO", aliases=["Yahaira Sosa"]),
    P("Mario Roger Hernández", "person", "SV", aliases=["Mario Roger Hernández"], titles=["Vice Minister of Economy"]),
    P("Maria Luisa Flores", "person", "GT", aliases=["Maria Luisa Flores"], titles=["Vice Minister of Economy"]),
    P("José Francisco Zelaya", "person", "HN", aliases=["José Francisco Zelaya"], titles=["Secretary of State, Office of Industry and Commerce"]),
    P("Cristian Martínez", "person", "NI", aliases=["Cristian Martínez"]),
    P("Miriam Sapiro", "person", "US", aliases=["Ambassador Miriam Sapiro"], titles=["Deputy United States Trade Representative"]),
  ],
  dates=[
    D("January 23, 2012", "2012-01-23", "2012-01-23", "day", "publication", occurrence=1),
    D("today", "2012-01-23", "2012-01-23", "day", "event", relative=True, occurrence=1),
    D("January 23, 2012", "2012-01-23", "2012-01-23", "day", "event", occurrence=2),
    D("today", "2012-01-23", "2012-01-23", "day", "event", relative=True, occurrence=2),
  ],
  commitments=[
    C(cut(st, "Anabel González, Minister", "Miami, Florida.", 1), CAFTA, "action", ["other"], optional=True),
    C(cut(st, "At the CAFTA-DR Free Trade Commission (FTC) meeting today", "implementation of the Agreement."), CAFTA, "affirmation", ["goods-trade"]),
    C(cut(st, "We recognize that opportunities", "(Agreement)."), CAFTA, "affirmation", ["goods-trade"], optional=True),
  ])

# --- USTR: joint statement of the first CAFTA-DR Free Trade Commission (San Salvador, February 22-23, 2011) ---
st = "ustr-cafta-dr-ftc-1-joint-statement-2011"
write(st,
  kind="press_release", issued="2011-02-23",
  title="Joint Statement from the Meeting of the Dominican Republic-Central America-United States Free Trade Commission",
  session=session("FTC", "CAFTA-DR Free Trade Commission", 1, "2011-02-22", "2011-02-23", "San Salvador, El Salvador", []),
  notes=[
    "USTR archive page: banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'February 23, 2011'. The excerpt ended inside the last paragraph ('Despite the economic challenges faced ...'): only its complete first sentence was kept.",
    "Session: 'the first meeting of the Dominican Republic-Central America-United States (CAFTA-DR) Free Trade Commission held on February 22-23, 2011, in San Salvador, El Salvador' -> forum FTC, ordinal 1, a two-day range; the officials 'release' the statement: co-chairs [].",
    "Sections: an untitled section of 1 paragraph (the dateline paragraph with the officials) and 'Increasing Trade and Investment under CAFTA-DR' with 2 paragraphs.",
    "Commitments: none required (claims, a recounted commitment of 2004, 'we stand ready to meet this challenge' = readiness, a position; hard call). Optional: the meeting, 'It has yielded positive results ...' (claim), 'When we signed the CAFTA-DR Agreement in 2004, we committed to promote ...' (recounted), 'Much has been achieved, but ... we stand ready ...', 'we celebrated the five year anniversary ...' (action).",
    "Dates: date line (publication), 'February 22-23, 2011' (event, range), 'March 1' (no year: optional), '2004' (the signing, event), 'today' (relative, required with the date line: the date line's day).",
  ],
  sections=[S(None, 1), S("Increasing Trade and Investment under CAFTA-DR", 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Costa Rica", "country", "CR", aliases=["Costa Rica"]),
    P("Dominican Republic", "country", "DO", aliases=["Dominican Republic"]),
    P("El Salvador", "country", "SV", aliases=["El Salvador"]),
    P("Guatemala", "country", "GT", aliases=["Guatemala"]),
    P("Honduras", "country", "HN", aliases=["Honduras"]),
    P("Nicaragua", "country", "NI", aliases=["Nicaragua"]),
    P("Dominican Republic-Central America-United States Free Trade Agreement", "forum", None, acronym="CAFTA-DR", aliases=["CAFTA-DR", "CAFTA-DR Agreement"]),
    P("CAFTA-DR Free Trade Commission", "forum", None, acronym="FTC",
      aliases=["Dominican Republic-Central America-United States (CAFTA-DR) Free Trade Commission", "CAFTA-DR Free Trade Commission", "FTC"]),
    P("Anabel González", "person", "CR", aliases=["Anabel González"], titles=["Minister of Foreign Trade"]),
    P("Marcelo Puello", "person", "DO", aliases=["Marcelo Puello"], titles=["Vice Minister"]),
    P("Héctor Miguel Antonio Dada Hirezi", "person", "SV", aliases=["Héctor Miguel Antonio Dada Hirezi"], titles=["Minister of Economy"]),
    P("Raúl Trejo Esquivel", "person", "GT", aliases=["Raúl Trejo Esquivel"], titles=["Vice Minister of Integration and Foreign Trade"]),
    P("José Francisco Zelaya", "person", "HN", aliases=["José Francisco Zelaya"], titles=["Secretary of State, Offices of Industry and Commerce"]),
    P("Orlando Solórzano Delgadillo", "person", "NI", aliases=["Orlando Solórzano Delgadillo"], titles=["Minister of Development, Industry and Commerce"]),
    P("Miriam E. Sapiro", "person", "US", aliases=["Ambassador Miriam E. Sapiro"], titles=["Deputy Trade Representative"]),
  ],
  dates=[
    D("February 23, 2011", "2011-02-23", "2011-02-23", "day", "publication"),
    D("February 22-23, 2011", "2011-02-22", "2011-02-23", "day", "event"),
    D("March 1", "2011-03-01", "2011-03-01", "day", "event", optional=True),
    D("2004", "2004-01-01", "2004-12-31", "year", "event"),
    D("today", "2011-02-23", "2011-02-23", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "San Salvador - Anabel", "San Salvador, El Salvador."), CAFTA, "action", ["other"], optional=True),
    C(cut(st, "It has yielded positive results", "among our countries."), CAFTA, "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "When we signed the CAFTA-DR Agreement", "integration and competitiveness."), CAFTA, "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Much has been achieved", "meet this challenge."), CAFTA, "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "At the CAFTA-DR Free Trade Commission (FTC) meeting today", "implemented the Agreement."), CAFTA, "action", ["other"], optional=True),
  ])

# --- SICE: joint statement of the first U.S.-Chile Free Trade Commission (Pucon, June 3, 2004) ---
st = "sice-us-chile-ftc-1-joint-statement-2004"
write(st,
  kind="press_release", issued="2004-06-03",
  title="First Meeting of the U.S.-Chile Free Trade Commission",
  session=session(None, "U.S.-Chile Free Trade Commission", 1, "2004-06-03", "2004-06-03", "Pucon, Chile", ["Soledad Alvear", "Robert Zoellick"]),
  notes=[
    "SICE (OAS) page: navigation lines, language line, breadcrumb 'TPD > Chile- U.S.> Joint Statement' and 'Chile-U.S. FTA-related documents' are chrome; title; place line 'Pucon, Chile'; date line 'June 3, 2004'. The excerpt ended with a cut sentence ('This meeting will formally launch the Labor Cooperation M...'): dropped.",
    "Session: 'the first meeting of the U.S.-Chile Free Trade Commission today' (no acronym for the commission: forum null), ordinal 1, start = end = the date line's day, location from the place line. Co-chairs: Alvear 'welcomed' Zoellick to Pucon (the host) and the two 'reviewed' the FTA together (hard call: both, as host and visiting head).",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'The U.S. and Chile have already begun their first joint cooperation project ... under the Environmental Cooperation Agreement (ECA).' (action; energy-environment), 'The Labor Affairs Council will meet during the second half of 2004.' (cooperation: a further meeting; other). Optional: the meeting, the FTA's standing descriptions ('calls for periodic meetings ...', 'provides for the creation of ... committees'), 'The Ministers concluded that good progress was being made ...' (claim), the tariff cuts of January 1, 2004 (recounted), 'the positive impact of the FTA is already being felt ...' (claim). 'reviewed', 'discussed' are reviews and discussions.",
    "Dates: date line (publication), 'today' (relative, required), 'January of this year' (2004-01, relative, event), 'January 1, 2004' (event), 'the second half of 2004' (half, event).",
    "Quantities: '90%' and '95%'; 'five months' (optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("Chile", "country", "CL", aliases=["Chile", "Chilean"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("U.S.-Chile Free Trade Commission", "forum", None, aliases=["U.S.-Chile Free Trade Commission", "Free Trade Commission"]),
    P("U.S.-Chile Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Chile Free Trade Agreement", "U.S.-Chile FTA", "FTA"]),
    P("Soledad Alvear", "person", "CL", aliases=["Soledad Alvear", "Minister Alvear"], titles=["Foreign Minister"]),
    P("Robert Zoellick", "person", "US", aliases=["Robert Zoellick", "Ambassador Zoellick"], titles=["U.S. Trade Representative"]),
    P("Environmental Cooperation Agreement", "forum", None, acronym="ECA", aliases=["Environmental Cooperation Agreement", "ECA"]),
    P("Labor Affairs Council", "forum", None, aliases=["Labor Affairs Council"]),
  ],
  quantities=[
    Q("90%", 90, "percent"),
    Q("95%", 95, "percent"),
    Q("five months", 5, "count", unit="months", optional=True),
  ],
  dates=[
    D("June 3, 2004", "2004-06-03", "2004-06-03", "day", "publication"),
    D("today", "2004-06-03", "2004-06-03", "day", "event", relative=True),
    D("January of this year", "2004-01-01", "2004-01-31", "month", "event", relative=True),
    D("January 1, 2004", "2004-01-01", "2004-01-01", "day", "event"),
    D("the second half of 2004", "2004-07-01", "2004-12-31", "half", "event"),
  ],
  commitments=[
    C(cut(st, "Chilean Foreign Minister Soledad Alvear welcomed", "Free Trade Commission today."), ["CL", "US"], "action", ["other"], optional=True),
    C(cut(st, "The U.S.-Chile Free Trade Agreement, which entered", "implementation of the agreement."), ["CL", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "The Agreement provides for", "promote trade."), ["CL", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "The Ministers concluded", "aspects of implementation."), ["CL", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "As of January 1, 2004, tariffs", "for both countries."), ["CL", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "The U.S. and Chile have already begun", "Agreement (ECA)."), ["CL", "US"], "action", ["energy-environment"]),
    C(cut(st, "The Labor Affairs Council will meet", "half of 2004."), ["CL", "US"], "cooperation", ["other"]),
  ])

# --- MarketScreener: repost of USTR's release on the twelfth U.S.-Chile Free Trade Commission (October 16, 2018) ---
st = "marketscreener-ustr-us-chile-ftc-12-2018"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("FTC", "United States - Chile Free Trade Commission", 12, "2018-10-16", "2018-10-16", "Washington, D.C.", ["C.J. Mahoney", "Rodrigo Yáñez"]),
  notes=[
    "MarketScreener repost of a USTR release, body only: no title, no date line (issued, title null). The excerpt ended inside the last paragraph ('... and the sixth meeting o...'): its complete first sentence was kept.",
    "Session: 'On Tuesday, October 16, 2018, ... Mahoney and ... Yáñez chaired the twelfth meeting of the United States - Chile Free Trade Commission (the 'Commission' or 'FTC')' -> forum FTC, ordinal 12, location from the dateline, co-chairs the two chairs.",
    "Sections: one untitled section of 6 paragraphs.",
    "Commitments (required): 'In accordance with Article 21.1.3 (b) of the FTA, the Commission signed a Decision agreeing to modify Annex 4.1 (Specific Rules of Origin) ...' (action; goods-trade). Optional: the standing description 'The Commission is responsible for ...', 'Both Parties underscored the importance of ensuring the effective implementation ...' (importance), 'Both the United States and Chile underscored the value of strengthening and improving cooperation on intellectual property ...' (position; ipr), the committee meetings held (recounted). 'reviewed the impact', 'recognized the value of their dialogue', 'Chile explained', 'discussed' are reviews and discussions.",
    "Dates: 'Tuesday, October 16, 2018' (event), 'December 2016' (the last meeting, event), 'January 1, 2004' (entry into force, event), '2017' ('2017 updates': reference), 'Thursday, October 11' and 'Monday, October 15' (no year, no date line: optional).",
  ],
  sections=[S(None, 6)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Chile", "country", "CL", aliases=["Chile"]),
    P("United States - Chile Free Trade Commission", "forum", None, acronym="FTC", aliases=["United States - Chile Free Trade Commission", "FTC", "Commission"]),
    P("United States - Chile Free Trade Agreement", "forum", None, acronym="FTA", aliases=["United States - Chile Free Trade Agreement", "FTA"]),
    P("C.J. Mahoney", "person", "US", aliases=["Ambassador C.J. Mahoney"], titles=["Deputy United States Trade Representative"]),
    P("Rodrigo Yáñez", "person", "CL", aliases=["Rodrigo Yáñez"], titles=["Director General for International Economic Affairs"]),
    P("Committee on Sanitary and Phytosanitary Matters", "forum", None, aliases=["Committee on Sanitary and Phytosanitary Matters"], optional=True),
    P("Committee on Technical Barriers to Trade", "forum", None, aliases=["Committee on Technical Barriers to Trade"], optional=True),
  ],
  dates=[
    D("Tuesday, October 16, 2018", "2018-10-16", "2018-10-16", "day", "event"),
    D("December 2016", "2016-12-01", "2016-12-31", "month", "event"),
    D("January 1, 2004", "2004-01-01", "2004-01-01", "day", "event"),
    D("2017", "2017-01-01", "2017-12-31", "year", "reference"),
    D("Thursday, October 11", "2018-10-11", "2018-10-11", "day", "event", optional=True),
    D("Monday, October 15", "2018-10-15", "2018-10-15", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. - On Tuesday", "(the 'Commission' or 'FTC')."), ["CL", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commission is responsible", "(the 'Agreement' or 'FTA')."), ["CL", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "Both Parties underscored", "since January 1, 2004."), ["CL", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Officials from both countries recognized the value", "(Intellectual Property Rights)."), ["CL", "US"], "affirmation", ["ipr"], optional=True),  # fitted phase: a statement of value (borderline)
    C(cut(st, "Both the United States and Chile underscored", "between the two countries."), ["CL", "US"], "affirmation", ["ipr"], optional=True),
    C(cut(st, "In accordance with Article 21.1.3", "Harmonized Tariff Code System."), ["CL", "US"], "action", ["goods-trade"]),
    C(cut(st, "The United States and Chile held meetings", "Monday, October 15."), ["CL", "US"], "action", ["agriculture", "standards"], optional=True),
  ])

# --- USTR blog: Sapiro chairs the 7th U.S.-Chile Free Trade Commission (2011; no date on the page) ---
st = "ustr-blog-us-chile-ftc-7-2011"
write(st,
  kind="press_release", issued=None,
  title="Ambassador Sapiro Chairs U.S.-Chile Free Trade Commission",
  session=session("FTC", "United States-Chile Free Trade Commission", 7, None, None, "Santiago, Chile", ["Miriam Sapiro"]),
  notes=[
    "USTR archive blog (banner without the 'ARCHIVE' line); title; no date line (issued null; 2011 from the URL and from 'November 1, 2011'). A photo caption printed twice ('Ambassador Sapiro Chairs the 7th meeting ...') sits between paragraphs: not blocks. The excerpt ended inside the last paragraph ('... at a lunch hosted by the m...'): its complete sentences were kept.",
    "Session: 'traveled to Santiago, Chile to chair the 7th meeting of the United States-Chile Free Trade Commission (FTC)' -> forum FTC, ordinal 7, 'Last week' with no date line: start/end null; co-chairs: only Sapiro is named as chair.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'The United States and Chile finalized an agreement to modify several rules of origin that will increase trade in certain products ...' (action; goods-trade). Optional: the standing description 'The Commission is responsible for ...', 'These amendments will enter into force on November 1, 2011 and cover $1.4 billion in bilateral trade.' (a fact about the amendments), 'The parties also held a morning session ...' (meeting), Sapiro's address (action) and 'she emphasized our desire ...' (position).",
    "Dates: 'Last week' (relative, no date line: optional, fuzzy), 'November 1, 2011' (event). Money: '$1.4 billion'.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Chile", "country", "CL", aliases=["Chile"]),
    P("United States-Chile Free Trade Commission", "forum", None, acronym="FTC",
      aliases=["United States-Chile Free Trade Commission", "U.S.-Chile Free Trade Commission", "FTC"]),
    P("Miriam Sapiro", "person", "US", aliases=["Miriam Sapiro", "Ambassador Sapiro"], titles=["Deputy United States Trade Representative"]),
    P("Chile American Chamber of Commerce", "organization", "CL", acronym="AmCham", aliases=["Chile American Chamber of Commerce", "AmCham"]),
  ],
  money=[M("$1.4 billion", 1400000000)],
  dates=[
    D("Last week", "2011-01-01", "2011-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("November 1, 2011", "2011-11-01", "2011-11-01", "day", "event"),
  ],
  commitments=[
    C(cut(st, "Last week, Deputy United States", "Free Trade Commission (FTC)."), ["CL", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commission is responsible", "by both countries."), ["CL", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "The United States and Chile finalized", "and lamps."), ["CL", "US"], "action", ["goods-trade"]),
    C(cut(st, "These amendments will enter", "bilateral trade."), ["CL", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "The parties also held a morning session", "of the agreement."), ["CL", "US"], "action", ["other"], optional=True),
    C(cut(st, "Highlighting the Administration’s commitment", "Latin American neighbors."), ["US"], "affirmation", ["goods-trade"], optional=True),
  ])
