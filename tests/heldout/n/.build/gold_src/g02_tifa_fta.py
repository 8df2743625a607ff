from goldlib import C, D, M, P, Q, S, cut, session, write

# --- USTR: second U.S.-Iraq Trade and Investment Council, joint statement (Washington, June 14, 2019) ---
st = "ustr-us-iraq-tifa-council-2-joint-statement-2019"
write(st,
  kind="press_release", issued="2019-06-14",
  title="Joint Statement on the U.S.-Iraq Trade and Investment Framework Agreement Council Meeting",
  session=session(None, "United States-Iraq Trade and Investment Council", 2, "2019-06-14", "2019-06-14", "Washington, D.C.",
                  ["Mohammed Hashim Al-Ani", "Jeffrey Gerrish"]),
  notes=[
    "USTR archive page: 'ARCHIVE', banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'June 14, 2019'. The excerpt ended inside the last paragraph ('Iraq has assured the United States that it will issue 12-month multiple entry visas ... located at the a...'): that cut sentence was dropped.",
    "Session: 'the second session of the United States-Iraq Trade and Investment Council convened in Washington, D.C.' on 'the 14th of June 2019'; the excerpt never uses the acronym TIFA, so forum null and name as written; 'co-chaired by' Al-Ani and Gerrish.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: no required one (hard call). Optional: the session convened; 'U.S.-Iraqi cooperation in these areas aims at ...' (aim); 'the United States expressed its support for Iraq’s decision to reengage in the accession process of the World Trade Organization (WTO) and to undertake the domestic reforms ...' and the support for Iraq's decision on tax declarations (positions: support expressed, Iraq's decisions recounted); 'Iraq acknowledged the need for ...' (position). 'discussed a range of ... issues' is a discussion.",
    "Dates: date line (publication), 'the 14th of June 2019' (event; a day-first ordinal date), '2005' (the TIFA's signing, event).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Iraq", "country", "IQ", aliases=["Iraq", "Iraqi"]),
    P("United States-Iraq Trade and Investment Council", "forum", None, aliases=["United States-Iraq Trade and Investment Council"]),
    P("Trade and Investment Framework Agreement", "forum", None, aliases=["Trade and Investment Framework Agreement"]),
    P("Mohammed Hashim Al-Ani", "person", "IQ", aliases=["Dr. Mohammed Hashim Al-Ani"], titles=["Minister of Trade"]),
    P("Jeffrey Gerrish", "person", "US", aliases=["Jeffrey Gerrish"], titles=["Deputy U.S. Trade Representative"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
  ],
  dates=[
    D("June 14, 2019", "2019-06-14", "2019-06-14", "day", "publication"),
    D("the 14th of June 2019", "2019-06-14", "2019-06-14", "day", "event"),
    D("2005", "2005-01-01", "2005-12-31", "year", "event"),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. – On the 14th", "in 2005."), ["IQ", "US"], "action", ["other"], optional=True),
    C(cut(st, "U.S.-Iraqi cooperation in these areas", "to both countries."), ["IQ", "US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "In this regard, the United States expressed", "trade in services."), ["IQ", "US"], "affirmation", ["goods-trade", "services"], optional=True),
    C(cut(st, "The United States also expressed", "financial standards."), ["IQ", "US"], "affirmation", ["transparency"], optional=True),
    C(cut(st, "To attract foreign direct investment", "transparent regulations."), ["IQ"], "affirmation", ["investment"], optional=True),
  ])

# --- USTR: inaugural U.S.-Iraq TIFA Council (Washington, March 5, 2014) ---
st = "ustr-us-iraq-tifa-council-1-2014"
write(st,
  kind="press_release", issued="2014-03-05",
  title="United States and Iraq Hold Inaugural Trade and Investment Framework Agreement Meeting and Register Progress on Bilateral Issues",
  session=session("TIFA", "United States-Iraq Trade and Investment Framework Agreement", 1, "2014-03-05", "2014-03-05", "Washington", []),
  notes=[
    "USTR archive page (banner without 'ARCHIVE' line); title; date line 'March 05, 2014' (zero-padded day). The excerpt ended inside the third paragraph ('During today’s TIFA Council meeting, ... with an emphasis on trade and investmen...'): that paragraph (one cut sentence) was dropped.",
    "Session: 'held the inaugural meeting in Washington of the United States-Iraq Council on Trade and Investment (TIFA Council), which was established under the United States-Iraq Trade and Investment Framework Agreement (TIFA)' 'Today': forum TIFA, name the agreement as spelled (M's convention), ordinal 1, start = end = the date line's day, location 'Washington' (the text's own place). Nobody is said to chair or lead: co-chairs [].",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): 'The dialogue under the TIFA reaffirms both governments’ commitment to increase bilateral trade and investment.' (affirmation). Optional: the meeting held, 'Both governments place strong importance on broadening their strategic partnership ...' (importance), 'Today’s meeting demonstrates ...' (claim), 'U.S. – Iraqi cooperation ... is aimed at ...' (aim), 'the United States expressed its continued support for Iraq’s accession to the World Trade Organization (WTO)' (position; the rest of that sentence is a discussion).",
    "Money: '$2 billion' and '$13.3 billion' (January to December 2013: year 2013), '$1.2 billion' (FDI stock, no year). Dates: date line (publication), 'Today' (event, relative, required with the date line), 'Today’s' (the same day, optional), 'January to December 2013' (period).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Iraq", "country", "IQ", aliases=["Iraq", "Iraqi"]),
    P("United States-Iraq Council on Trade and Investment", "forum", None, aliases=["United States-Iraq Council on Trade and Investment", "TIFA Council"]),
    P("United States-Iraq Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["United States-Iraq Trade and Investment Framework Agreement", "TIFA"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
  ],
  money=[
    M("$2 billion", 2000000000, year=2013),
    M("$13.3 billion", 13300000000, year=2013),
    M("$1.2 billion", 1200000000),
  ],
  dates=[
    D("March 05, 2014", "2014-03-05", "2014-03-05", "day", "publication"),
    D("Today", "2014-03-05", "2014-03-05", "day", "event", relative=True),
    D("Today", "2014-03-05", "2014-03-05", "day", "event", relative=True, optional=True, occurrence=2),
    D("January to December 2013", "2013-01-01", "2013-12-31", "month", "period"),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. - Today", "Framework Agreement (TIFA)."), ["IQ", "US"], "action", ["other"], optional=True),
    C(cut(st, "The dialogue under the TIFA reaffirms", "trade and investment."), ["IQ", "US"], "affirmation", ["goods-trade", "investment"]),
    C(cut(st, "Both governments place strong importance", "security ties."), ["IQ", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Today’s meeting demonstrates", "investment issues."), ["IQ", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "U.S. – Iraqi cooperation", "in both countries."), ["IQ", "US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "In that regard, the United States expressed", "WTO accession process."), ["IQ", "US"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- USTR: U.S.-Australia FTA Joint Committee (December 6, 2017; release December 8) ---
st = "ustr-us-australia-fta-joint-committee-2017"
write(st,
  kind="press_release", issued="2017-12-08",
  title="United States and Australia Meet to Review Implementation of Bilateral Free Trade Agreement",
  session=session(None, "U.S.-Australia Free Trade Agreement (FTA) Joint Committee", None, "2017-12-06", "2017-12-06", "Washington, DC", []),
  notes=[
    "USTR archive page: 'ARCHIVE', banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'December 08, 2017'. The excerpt ended inside the Background paragraph ('Two-way trade ... reached $...'): that cut sentence was dropped. Trailing spaces after 'in 2018.' and 'Background' kept.",
    "Session: 'officials ... held a meeting of the U.S.-Australia Free Trade Agreement (FTA) Joint Committee' on December 6, 2017: forum null (the committee has no acronym; 'FTA' is the agreement's), name as written, no ordinal; location from the dateline (the text names no place of its own, K's convention); officials not named: co-chairs [].",
    "Sections: an untitled section of 1 paragraph and 'Background' (1 paragraph).",
    "Commitments (required): 'The two sides agreed to meet again to review the FTA’s implementation in 2018.' (cooperation). Optional: the meeting held; 'Both sides agreed that the FTA is a cornerstone ... and noted that ... trade has increased' (position); 'Both sides further noted that a strong bilateral trade relationship is an important element ...' (importance). 'reviewed', 'received a report' are reviews.",
    "Dates: date line (publication), 'December 6, 2017' (event), '2018' (the next meeting, event; deadlines are null), 'January 1, 2005' (entry into force, event), 'Since 2005' (reference).",
    "Quantities: 59, 216, 97 and 380 percent. Money: '$13 billion', '$14 billion' (surpluses, no year).",
  ],
  sections=[S(None, 1), S("Background", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Australia", "country", "AU", aliases=["Australia"]),
    P("U.S.-Australia Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Australia Free Trade Agreement", "U.S.-Australia FTA", "FTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee"]),
    P("Committee on Sanitary and Phyto-Sanitary (SPS) Measures", "forum", None, aliases=["Committee on Sanitary and Phyto-Sanitary (SPS) Measures"], optional=True),
  ],
  money=[
    M("$13 billion", 13000000000),
    M("$14 billion", 14000000000),
  ],
  quantities=[
    Q("59 percent", 59, "percent"),
    Q("216 percent", 216, "percent"),
    Q("97 percent", 97, "percent"),
    Q("380 percent", 380, "percent"),
  ],
  dates=[
    D("December 08, 2017", "2017-12-08", "2017-12-08", "day", "publication"),
    D("December 6, 2017", "2017-12-06", "2017-12-06", "day", "event"),
    D("2018", "2018-01-01", "2018-12-31", "year", "event"),
    D("January 1, 2005", "2005-01-01", "2005-01-01", "day", "event"),
    D("2005", "2005-01-01", "2005-12-31", "year", "reference", occurrence=2),
  ],
  commitments=[
    C(cut(st, "Washington, DC – On December 6", "implementation of the FTA."), ["AU", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both sides agreed that the FTA", "entry into force."), ["AU", "US"], "affirmation", ["goods-trade", "services"], optional=True),
    C(cut(st, "Both sides further noted", "U.S.-Australia alliance."), ["AU", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The two sides agreed to meet again", "implementation in 2018."), ["AU", "US"], "cooperation", ["goods-trade"]),
  ])

# --- USTR: 13th U.S.-Sri Lanka TIFA Joint Council, joint statement (Colombo, June 19-20, 2019; release June 21) ---
st = "ustr-us-sri-lanka-tifa-13-joint-statement-2019"
write(st,
  kind="press_release", issued="2019-06-21",
  title="Joint Statement on the 13th Joint Council Meeting under U.S.-Sri Lanka Trade and Investment Framework",
  session=session("TIFA", "U.S.-Sri Lanka Trade and Investment Framework", 13, "2019-06-19", "2019-06-20", "Colombo, Sri Lanka", []),
  notes=[
    "USTR archive page: 'ARCHIVE', banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'June 21, 2019'. The excerpt ended with a paragraph cut mid-word ('At the conclusion of the Joint Council Meeting, both delegations assessed the results ... as a signifi...'): that paragraph (one cut sentence) was dropped.",
    "Session: 'The 13th U.S.-Sri Lanka Trade and Investment Framework (TIFA) Joint Council Meeting was held on June 19 & 20, 2019 in Colombo, Sri Lanka': forum TIFA, name as spelled, ordinal 13, start June 19, end June 20 (a day range with '&'), location as written. Co-chairs [] (hard call): the minister and the AUSTR 'inaugurated' (opened) the meeting; neither is said to chair or lead.",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): '... emphasized that the United States is committed to further developing a fair and reciprocal U.S.-Sri Lanka trade and economic relationship.' (affirmation; US; the sentence opens with condolences, which are not commitments). Optional: the meeting held and inaugurated. Appreciation and hospitality, 'had productive engagement', 'made progress in discussions' are courtesies and discussions.",
    "Dates: date line (publication), 'June 19 & 20, 2019' (event, range), 'Easter Sunday' (the attacks of 2019, a named day with no date: optional and fuzzy, reference).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Sri Lanka", "country", "LK", aliases=["Sri Lanka", "Sri Lankan", "Government of Sri Lanka"]),
    P("U.S.-Sri Lanka Trade and Investment Framework", "forum", None, acronym="TIFA", aliases=["U.S.-Sri Lanka Trade and Investment Framework", "TIFA"]),
    P("Joint Council", "forum", None, aliases=["Joint Council"]),
    P("Malik Samarawickrama", "person", "LK", aliases=["Hon. Malik Samarawickrama", "Minister Samarawickrama"], titles=["Minister of Development Strategies & International Trade"]),
    P("Christopher Wilson", "person", "US", aliases=["Mr. Christopher Wilson", "AUSTR Wilson"], titles=["Assistant United States Trade Representative"]),
    P("WTO Agreement on Trade Facilitation", "forum", None, aliases=["WTO Agreement on Trade Facilitation"], optional=True),
  ],
  dates=[
    D("June 21, 2019", "2019-06-21", "2019-06-21", "day", "publication"),
    D("June 19 & 20, 2019", "2019-06-19", "2019-06-20", "day", "event"),
    D("Easter Sunday", "2019-01-01", "2019-12-31", "year", "reference", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Colombo, Sri Lanka – The 13th", "Mr. Christopher Wilson."), ["LK", "US"], "action", ["other"], optional=True),
    C(cut(st, "At the outset, AUSTR Wilson", "trade and economic relationship."), ["US"], "affirmation", ["goods-trade"]),
  ])

# --- USTR: 14th U.S.-Sri Lanka TIFA Council, joint statement (Colombo, September 18, 2023) ---
st = "ustr-us-sri-lanka-tifa-14-joint-statement-2023"
write(st,
  kind="press_release", issued="2023-09-18",
  title="Joint Statement on the 14th U.S.-Sri Lanka Trade and Investment Framework Agreement (TIFA) Council Meeting",
  session=session("TIFA", "Trade and Investment Framework Agreement", 14, "2023-09-18", "2023-09-18", "Colombo", ["K.J. Weerasinghe", "Brendan Lynch"]),
  notes=[
    "USTR page (no chrome in the excerpt): title; date line 'September 18, 2023'. The excerpt ended inside the last paragraph ('With respect to good governance, ... promote tran...'): that cut sentence was dropped.",
    "Session: 'held the fourteenth Trade and Investment Framework Agreement (TIFA) Council Meeting today in Colombo' -> forum TIFA, name as the text spells the agreement, ordinal 14 (word ordinal in the text, '14th' in the title), start = end = the date line's day ('today'), location Colombo; 'co-chaired by' Weerasinghe and Lynch.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: none required (hard call: the text reports discussions and an acknowledgement). Optional: the meeting held; 'Both the United States and Sri Lanka acknowledged that improving transparency ... and the implementation of robust anti-corruption measures are instrumental ...' (position). 're-engaged on', 'discussed collaboration' are discussions; opening remarks are ceremony.",
    "Dates: date line (publication), 'today' (event, relative, required with the date line). '75th anniversary' is an ordinal, not a quantity.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Sri Lanka", "country", "LK", aliases=["Sri Lanka", "Government of Sri Lanka"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA", "TIFA Council"]),
    P("K.J. Weerasinghe", "person", "LK", aliases=["Mr. K.J. Weerasinghe"], titles=["Chief Negotiator, Office of International Trade"]),
    P("Brendan Lynch", "person", "US", aliases=["Mr. Brendan Lynch"], titles=["Acting Assistant United States Trade Representative for South and Central Asia"]),
    P("Julie Chung", "person", "US", aliases=["Her Excellency Julie Chung"], titles=["U.S. Ambassador"]),
    P("Office of International Trade", "government_body", "LK", aliases=["Office of International Trade"], optional=True),
    P("Coconut Research Institute", "organization", "LK", aliases=["Coconut Research Institute"], optional=True),
  ],
  dates=[
    D("September 18, 2023", "2023-09-18", "2023-09-18", "day", "publication"),
    D("today", "2023-09-18", "2023-09-18", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "COLOMBO – The United States", "today in Colombo."), ["LK", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both the United States and Sri Lanka acknowledged", "foreign direct investment."), ["LK", "US"], "affirmation", ["investment", "transparency"], optional=True),
  ])
