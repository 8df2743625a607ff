from goldlib import C, D, P, S, cut, session, write

# --- U.S. Embassy Tokyo: first Economic "2+2" (EPCC), Washington, July 29, 2022 (release August 2) ---
st = "usembassy-us-japan-economic-2plus2-first-meeting-2022"
USJP = ["JP", "US"]
write(st,
  kind="press_release", issued="2022-08-02",
  title="United States and Japan Hold First-Ever “Economic 2+2” Meeting",
  session=session("EPCC", "Economic Policy Consultative Committee", 1, "2022-07-29", "2022-07-29", "Washington, DC", []),
  notes=[
    "U.S. Embassy page: 'An official website of the United States government' and the category 'Global Issues' are chrome; title; date line 'August 2, 2022'.",
    "Session: 'convened the first-ever Economic Policy Consultative Committee (EPCC), also known as the “Economic 2+2” meeting' 'On July 29 in Washington, DC': forum EPCC (the text's acronym), name as written, ordinal 1 ('first-ever'), start = end = July 29 with the date line's year; nobody is said to chair or host: co-chairs [].",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'They affirmed their shared resolve to present a positive economic vision ...' (affirmation; the sentence goes on 'and emphasized the need to make our economies more competitive and resilient'). Optional: the meeting convened (action), 'emphasized their conviction that economic security is indispensable ...' (position), 'expressed grave concern about, and opposition to, harmful uses of economic influence ...' (position).",
    "Dates: date line (publication); 'July 29' (a day with no year of its own: optional, the date line's year).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Japan", "country", "JP", aliases=["Japan"]),
    P("Economic Policy Consultative Committee", "forum", None, acronym="EPCC", aliases=["Economic Policy Consultative Committee", "EPCC", "Economic 2+2"]),
    P("Antony Blinken", "person", "US", aliases=["Secretary of State Blinken"], titles=["Secretary of State"]),
    P("Gina Raimondo", "person", "US", aliases=["Secretary of Commerce Raimondo"], titles=["Secretary of Commerce"]),
    P("Hayashi Yoshimasa", "person", "JP", aliases=["Foreign Minister Hayashi"], titles=["Foreign Minister"]),
    P("Hagiuda Koichi", "person", "JP", aliases=["METI Minister Hagiuda"], titles=["METI Minister"]),
    P("Ministry of Economy, Trade and Industry", "organization", "JP", acronym="METI", aliases=["METI"], optional=True),
  ],
  dates=[
    D("August 2, 2022", "2022-08-02", "2022-08-02", "day", "publication"),
    D("July 29", "2022-07-29", "2022-07-29", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "On July 29 in Washington", "“Economic 2+2” meeting."), USJP, "action", ["other"], optional=True),
    C(cut(st, "Secretary of State Blinken", "are intertwined."), USJP, "affirmation", ["other"], optional=True),
    C(cut(st, "They affirmed their shared resolve", "competitive and resilient."), USJP, "affirmation", ["macroeconomic"]),
    C(cut(st, "They also expressed grave concern", "individuals and industries."), USJP, "affirmation", ["other"], optional=True),
  ])

# --- Taiwan News: 11th TIFA round (video conference, June 30, 2021) ---
st = "taiwannews-taiwan-us-tifa-11-working-groups-2021"
write(st,
  kind="news_article", issued=None,
  title="Taiwan and the U.S. will set up joint working groups to discuss trade issues",
  session=session("TIFA", "Trade and Investment Framework Agreement", 11, None, None, None, ["Yang Jen-ni", "Terrence McCartin"]),
  notes=[
    "Taiwan News text as stored: a feed line ' date 2021-06-30' (feed timestamp, chrome: issued null), the title twice and a photo credit '(CNA photo)' on the same first line (not a block).",
    "Session: 'the 11th round of the Trade and Investment Framework Agreement (TIFA) talks Wednesday (June 30)': forum TIFA, name as written, ordinal 11; 'June 30' has no year and no date line: start/end null; a video conference: location null (the dateline TAIPEI is the news agency's); Yang 'led the Taiwanese side', the U.S. team 'was headed by' McCartin -> co-chairs.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): '... Taiwan and the United States agreed to form working groups to discuss topics throughout the year ...' (cooperation: a new mechanism; the sentence ends 'while Taiwan voiced interest in a bilateral trade agreement'). Deng's view that more frequent talks 'should be held' and his hope are positions, not commitments (not listed).",
    "Dates: 'June 30' (no year, no date line: optional, 2021 from the feed line), 'Wednesday' three times ('Wednesday (June 30)', 'Wednesday’s video conference', 'Wednesday morning': relative, optional and fuzzy), '2016' (event: the last talks). Second reading: no change to commitments.",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Taiwan", "country", "TW", aliases=["Taiwan", "Taiwanese"]),
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Yang Jen-ni", "person", "TW", aliases=["Deputy Trade Representative Yang Jen-ni", "Yang"], titles=["Deputy Trade Representative"]),
    P("Terrence McCartin", "person", "US", aliases=["Terrence McCartin"], titles=["assistant trade representative for China affairs"]),
    P("John Deng", "person", "TW", aliases=["Trade Representative John Deng", "Deng"], titles=["Trade Representative"]),
    P("Central News Agency", "organization", "TW", acronym="CNA", aliases=["CNA"], optional=True),
    P("Taiwan News", "organization", "TW", aliases=["Taiwan News"], optional=True),
  ],
  dates=[
    D("June 30", "2021-06-30", "2021-06-30", "day", "event", optional=True),
    D("Wednesday", "2021-06-30", "2021-06-30", "day", "event", relative=True, optional=True, fuzzy=True),
    D("2016", "2016-01-01", "2016-12-31", "year", "event"),
    D("Wednesday", "2021-06-30", "2021-06-30", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=2),
    D("Wednesday", "2021-06-30", "2021-06-30", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=3),
  ],
  commitments=[
    C(cut(st, "At the 11th round", "bilateral trade agreement."), ["TW", "US"], "cooperation", ["goods-trade"]),
  ])
