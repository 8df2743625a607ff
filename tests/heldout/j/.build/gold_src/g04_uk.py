from goldlib import C, D, M, P, Q, S, cut, session, write

# --- GOV.UK: joint release, Liam Fox and Robert Lighthizer (Washington, June 19, 2017) ---
st = "govuk-dit-ustr-fox-lighthizer-joint-release-2017"
write(st,
  kind="press_release", issued=None,
  title="Joint release by the UK International Trade Secretary and U.S. Trade Representative Robert Lighthizer",
  session=session(None, None, None, None, None, None, ["Liam Fox", "Robert Lighthizer"],
                  start_if_year_known="2017-06-19", end_if_year_known="2017-06-19"),
  notes=[
    "GOV.UK news page (Department for International Trade); the excerpt has the title and the body, no date line ('today (Monday 19 June)': day and month without a year). The last sentence was cut mid-word and dropped.",
    "Session: a bilateral ministerial meeting with no named forum (forum and name null); start/end null with start_if_year_known/end_if_year_known 2017-06-19 (year from outside); no place stated ('welcome Secretary of State Fox to the United States' only). Co-chairs: the two who 'met'.",
    "Sections: one untitled section of 10 paragraphs (the 'X said:' lines are paragraphs of their own; the quotes are not indented or quoted).",
    "Commitments: the required one is 'both Ministers committed to strengthen economic links between the UK and U.S., including a discussion about the possibility of laying the groundwork for a potential new trade agreement soon after Brexit.' (pledge GB US; goods-trade, investment). Optional: the meeting, Fox's 'underlined the shared interest' (position), 'we start preparation on joint work to explore a future ambitious trade agreement' (an intention stated in a quote, without a specific act), Lighthizer's 'I look forward to working with ...' (looking forward). The trip-note sentence is not a commitment.",
    "Dates: 'today' (no date line: optional, fuzzy) and 'Monday 19 June' (day and month without a year: optional, 2017 from outside). 'soon after Brexit' is not a date.",
    "Quantities: 'the 2 countries'' (a count of two, optional). 'a fifth of all exports' is a fraction in words (optional percent 20); 'fifth largest' is an ordinal.",
  ],
  sections=[S(None, 10)],
  parties=[
    P("United Kingdom", "country", "GB", aliases=["UK", "the United Kingdom"]),
    P("United States", "country", "US", aliases=["U.S.", "US", "the United States", "United States"]),
    P("Liam Fox", "person", "GB", aliases=["Dr Liam Fox", "International Trade Secretary Dr Liam Fox", "Secretary of State Fox", "Dr. Fox"],
      titles=["UK International Trade Secretary", "International Trade Secretary"]),
    P("Robert Lighthizer", "person", "US", aliases=["U.S. Trade Representative Robert Lighthizer"], titles=["U.S. Trade Representative"]),
    P("Office of the United States Trade Representative", "government_body", "US", optional=True),
    P("European Union", "country", "EU", acronym="EU", aliases=["the European Union", "EU"]),
    P("United States Congress", "government_body", "US", aliases=["the United States Congress"]),
  ],
  quantities=[
    Q("2 countries", 2, "count", unit="countries", optional=True),
    Q("a fifth", 20, "percent", optional=True),
  ],
  dates=[
    D("today", "2017-01-01", "2017-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("Monday 19 June", "2017-06-19", "2017-06-19", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "The International Trade Secretary, Dr Liam Fox, met", "bilateral trade relationship."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "During the meeting, both Ministers committed", "soon after Brexit."), ["GB", "US"], "pledge", ["goods-trade", "investment"]),
    C(cut(st, "Our valuable talks underlined", "between our economies."), ["GB"], "affirmation", ["goods-trade", "standards", "investment"], optional=True),
    C(cut(st, "As our largest single trading partner,", "has left the EU."), ["GB", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "As UK negotiations with the European Union begin,", "U.S.-UK trade agreement."), ["US"], "cooperation", ["goods-trade"], optional=True),
  ])

# --- GOV.UK: joint statement, Liam Fox and Robert E. Lighthizer (March 14, 2018) ---
st = "govuk-dit-ustr-fox-lighthizer-joint-statement-2018"
write(st,
  kind="press_release", issued=None,
  title="Joint Statement of UK International Trade Secretary Dr Fox MP and United States Trade Representative Ambassador Lighthizer",
  session=session(None, None, None, None, None, None, ["Liam Fox", "Robert E. Lighthizer"],
                  start_if_year_known="2018-03-14", end_if_year_known="2018-03-14"),
  notes=[
    "GOV.UK news story: 'News story' is chrome; no date line ('met on Wednesday (14 March)': no year). The dek ('The UK and US Trade and Investment Working Group announces ...') is a paragraph block. The page's list under 'Intellectual property toolkits' (links) is absent from the stored text: the paragraph ends with a colon and is followed directly by the next heading. The last sentence of the excerpt was cut and dropped.",
    "Session: a ministerial meeting with no named forum (forum, name null), start/end null, start_if_year_known 2018-03-14; no place; co-chairs the two who 'met'. The Trade and Investment Working Group and the US-UK Dialogue on SMEs are forums mentioned, not the session.",
    "Sections: preamble of 7 blocks (dek, meeting paragraph, 'In their meeting they discussed:', 3 bullets, announcements paragraph), 'Intellectual property toolkits' (1), 'US-UK Dialogue meeting' (1).",
    "Commitments (required): the dek 'The UK and US Trade and Investment Working Group announces new dialogue aimed at helping SMEs, and joint educational resources for protection of intellectual property.' (action; the working group of both governments), 'Dr Fox and Ambassador Lighthizer also made several announcements on the publication of toolkits ..., the inaugural meeting of the US-UK Dialogue, a new brochure for SMEs, and the conclusion of the Mutual Recognition Agreement.' (action; standards for the MRA, ipr, goods-trade), 'Both governments published toolkits ...' (action; ipr). Optional: the meeting, 'The UK and US teams have developed these joint educational tools ...' (restates the toolkits), the scheduled inaugural meeting 'On March 20 ... will take place' (a meeting scheduled, no actor). The three 'discussed' bullets are discussion topics (not commitments), though the second says the working group 'will meet next week in Washington' (part of a discussion item).",
    "Dates: 'Wednesday (14 March)' -> 'Wednesday' (optional, unanchored) and '14 March' (day-month without year: optional); 'next week' (optional, fuzzy); 'March 20' (optional, no year).",
    "Parties: Fox's full style 'Secretary of State for International Trade and President of the Board of Trade, The Rt Hon Dr Liam Fox MP'; 'United States Trade Representative, Ambassador Robert E. Lighthizer'.",
  ],
  sections=[S(None, 7), S("Intellectual property toolkits", 1), S("US-UK Dialogue meeting", 1)],
  parties=[
    P("United Kingdom", "country", "GB", aliases=["UK", "the United Kingdom", "United Kingdom"]),
    P("United States", "country", "US", aliases=["US", "the United States", "United States"]),
    P("Liam Fox", "person", "GB", aliases=["Dr Fox", "The Rt Hon Dr Liam Fox MP", "Dr Fox MP"],
      titles=["Secretary of State for International Trade", "President of the Board of Trade", "UK International Trade Secretary"]),
    P("Robert E. Lighthizer", "person", "US", aliases=["Ambassador Robert E. Lighthizer", "Ambassador Lighthizer"],
      titles=["United States Trade Representative"]),
    P("Office of the United States Trade Representative", "government_body", "US", optional=True),
    P("Trade and Investment Working Group", "forum", None, aliases=["UK and US Trade and Investment Working Group", "Trade and Investment Working Group"]),
    P("US-UK Dialogue", "forum", None, aliases=["US-UK Dialogue", "US-UK Dialogue on SMEs"]),
    P("European Union", "country", "EU", aliases=["the European Union"]),
  ],
  quantities=[Q("2 countries", 2, "count", unit="countries", optional=True)],
  dates=[
    D("Wednesday", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("14 March", "2018-03-14", "2018-03-14", "day", "event", optional=True),
    D("next week", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("March 20", "2018-03-20", "2018-03-20", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "The UK and US Trade and Investment Working Group announces", "protection of intellectual property."), ["GB", "US"], "action", ["ipr", "goods-trade"]),
    C(cut(st, "Secretary of State for International Trade and President", "the United States."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "Dr Fox and Ambassador Lighthizer also made", "Mutual Recognition Agreement."), ["GB", "US"], "action", ["standards", "ipr", "goods-trade"]),
    C(cut(st, "Both governments published toolkits", "in each market."), ["GB", "US"], "action", ["ipr"]),
    C(cut(st, "The UK and US teams have developed", "between the 2 countries:"), ["GB", "US"], "action", ["ipr"], optional=True),
    C(cut(st, "On March 20, the inaugural meeting", "working group meetings."), ["GB", "US"], "cooperation", ["goods-trade"], optional=True),
  ])

# --- GOV.UK: statement after the third US-UK Trade and Investment Working Group (March 2018) ---
st = "govuk-us-uk-trade-investment-working-group-3-statement-2018"
write(st,
  kind="press_release", issued=None,
  title="US-UK Trade and Investment Working Group - statement",
  session=session(None, "US-UK Trade and Investment Working Group", 3, None, None, None, [],
                  start_if_year_known="2018-03-21", end_if_year_known="2018-03-22"),
  notes=[
    "GOV.UK news story: 'News story' chrome; title with a spaced hyphen; the dek 'Statement following the third meeting ...' (no final period) is a paragraph block. No date line.",
    "Session: 'the third meeting of the US-UK Trade and Investment Working Group on 21 to 22 March' (no acronym: forum null, name as written; day-first range without a year: start/end null, start_if_year_known 2018-03-21, end_if_year_known 2018-03-22). Delegations 'led by officials from' DIT and USTR, nobody named: co-chairs []. No place in the excerpt.",
    "Sections: one untitled section of 15 blocks: dek, three paragraphs, the 6 topic bullets, the SME Dialogue lead-in, its 3 bullets, and the final paragraph.",
    "Commitments: the only required one is 'At the dialogue, the US and UK governments jointly released the guide Doing business in the US and UK: resources for small business as a key tool for SMEs ...' (action, both; SME trade promotion: other). The lead-ins ('The working group discussions covered a range of topics, including:', '... brought together more than 100 US and UK SMEs with government officials from both countries to:') introduce discussion topics and purposes of a meeting: their items (discuss, identify, hear) are not commitments. Optional: the meetings held, the working group's standing description ('works to deepen ... and is laying the groundwork ...').",
    "The guide's title ('Doing business in the US and UK: resources for small business') contains a colon inside a sentence: not a lead-in.",
    "Quantities: '100 US and UK SMEs' ('more than'). Dates: 'July 2017' (event, required); '21 to 22 March' and '20 March' (no year: optional).",
  ],
  sections=[S(None, 15)],
  parties=[
    P("United States", "country", "US", aliases=["US", "The United States", "the United States"]),
    P("United Kingdom", "country", "GB", aliases=["UK", "the United Kingdom"]),
    P("US-UK Trade and Investment Working Group", "forum", None, aliases=["US-UK Trade and Investment Working Group", "working group"]),
    P("US-UK Small and Medium-sized Enterprises (SME) Dialogue", "forum", None,
      aliases=["US-UK SME Dialogue", "SME Dialogue", "US-UK Small and Medium-sized Enterprises (SME) Dialogue"]),
    P("Department of International Trade", "government_body", "GB", acronym="DIT", aliases=["UK’s Department of International Trade", "DIT"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", aliases=["USTR"]),
    P("European Union", "country", "EU", aliases=["the European Union"]),
  ],
  quantities=[Q("100 US and UK SMEs", 100, "count", unit="SMEs")],
  dates=[
    D("21 to 22 March", "2018-03-21", "2018-03-22", "day", "event", optional=True),
    D("20 March", "2018-03-20", "2018-03-20", "day", "event", optional=True),
    D("July 2017", "2017-07-01", "2017-07-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "The United States and the United Kingdom held", "SME) Dialogue on 20 March."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "The working group, established", "leaves the European Union."), ["GB", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "At the dialogue, the US and UK governments jointly released", "benefit from US-UK trade."), ["GB", "US"], "action", ["other"]),
  ])

# --- government-world.com repost of a GOV.UK news story: Hollingbery and Gerrish (London, 2018) ---
st = "governmentworld-dit-us-uk-hollingbery-gerrish-2018"
write(st,
  kind="press_release", issued=None,
  title="News story: US and UK ‘reaffirm shared ambition to boost trade relationship’",
  session=session(None, None, None, None, None, None, ["George Hollingbery", "Jeffrey Gerrish"]),
  notes=[
    "Repost (government-world.com, print view) of a GOV.UK news story; the title keeps the 'News story:' prefix of the feed and curly single quotes. No date line, no date in the text (issued null; 2018 from outside: 'The Chequers proposals'). The last quote was cut mid-sentence and dropped.",
    "Session: a bilateral meeting without a named forum (forum, name null), dates null, no place stated (only 'at the UK’s Department for International Trade', a building rather than a location as written elsewhere: left null). Co-chairs: Hollingbery 'hosted Ambassador Gerrish' and they had a meeting.",
    "Sections: one untitled section of 8 paragraphs (two 'X said:' lines and six quote paragraphs).",
    "Commitments: required is 'To maintain this positive momentum, we agreed the third SME dialogue will take place in New York in November and the working group will reconvene in Washington DC soon afterwards.' (cooperation, both; meetings with no other subject: other). Optional: 'we reaffirmed our shared ambition to boost the trade relationship' (position; it is the headline), the working group's progress (claim), 'I expressed UK support for progress in these discussions ...' (position of the UK), 'We had a productive meeting, discussing ...' is a discussion.",
    "Money: '£165 billion' (GBP, 'around' = approximately, 'a year' is not a year), '$230 billion' ('over' = more than, 'annually'), '$1.3 trillion' ('nearly' = approximately).",
    "Dates: 'in November' (month without year: optional). 'today' has no anchor (optional, fuzzy).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("United States", "country", "US", aliases=["US", "U.S."]),
    P("United Kingdom", "country", "GB", aliases=["UK"]),
    P("George Hollingbery", "person", "GB", aliases=["UK Trade Policy Minister George Hollingbery", "Minister George Hollingbery"],
      titles=["UK Trade Policy Minister", "Minister"]),
    P("Jeffrey Gerrish", "person", "US", aliases=["Deputy US Trade Representative Jeffrey Gerrish", "Ambassador Gerrish"],
      titles=["Deputy US Trade Representative"]),
    P("Office of the United States Trade Representative", "government_body", "US", optional=True),
    P("Department for International Trade", "government_body", "GB", aliases=["UK’s Department for International Trade"]),
    P("Trade and Investment Working Group", "forum", None, aliases=["Trade and Investment Working Group"]),
    P("European Union", "country", "EU", aliases=["the European Union"]),
  ],
  money=[
    M("£165 billion", 165000000000, currency="GBP", qualifier="approximately"),
    M("$230 billion", 230000000000, qualifier="more_than"),
    M("$1.3 trillion", 1300000000000, qualifier="approximately"),
  ],
  dates=[
    D("in November", "2018-11-01", "2018-11-30", "month", "event", optional=True),
    D("today", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "During our productive meeting, we reaffirmed", "£165 billion a year."), ["GB", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Our joint Trade and Investment Working Group has made", "published toolkits."), ["GB", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "To maintain this positive momentum,", "soon afterwards."), ["GB", "US"], "cooperation", ["other"]),
    C(cut(st, "I expressed UK support", "steel and aluminium tariffs."), ["GB"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- parliamenttoday.com repost of the joint statement on the U.S./UK Dialogues on the Future of Atlantic Trade (Baltimore, March 2022) ---
st = "parliamenttoday-dit-us-uk-atlantic-trade-dialogues-2022"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "U.S./UK Dialogues on the Future of Atlantic Trade", 1, None, None, "Baltimore, Maryland", ["Katherine Tai"],
                  start_if_year_known="2022-03-21", end_if_year_known="2022-03-22"),
  notes=[
    "parliamenttoday.com repost of the UK Department for International Trade joint statement: hard-wrapped at about 65 characters, no title line, no date line. The repost drops the UK minister's name twice ('United Kingdom Secretary of State for\\nInternational Trade and United States ...', 'Secretary of State and Ambassador\\nKatherine Tai', 'Ambassador Katherine Tai and Secretary of State committed to:'): kept as it stands. The third list item was cut ('- Buil') and dropped.",
    "Session: 'hosted the first joint U.S./UK Dialogues on the Future of Atlantic Trade in Baltimore, Maryland' (no acronym: forum null, name as written; ordinal 1). 'On March 21 and 22' has no year: start/end null, start_if_year_known 2022-03-21/2022-03-22. Co-chairs: only Katherine Tai is named among the hosts (the UK Secretary of State is unnamed in this repost).",
    "Sections: one untitled section of 7 blocks: four paragraphs as the original statement has them (the line break after 'cooperation on trade.' falls between two sentences of one paragraph, like the hard wraps inside sentences), the lead-in and two dash bullets.",
    "Commitments (required): the lead-in 'Ambassador Katherine Tai and Secretary of State committed to:' (pledge, GB US) and its subject-less items 'Reestablish the UK-US SME dialogue ...' (cooperation; goods-trade, investment) and 'Harness the benefits of an open and competitive digital economy, ...' (pledge; digital economy -> services); item texts are given without the dash and include their trailing semicolons. Optional: the first dialogue hosted, the dialogues 'are exploring how ...', the two-day programme (visits, roundtables, met bilaterally), the stakeholder roundtables' consensus (stakeholders, not governments). 'USTR and UK Department for International Trade staff discussed opportunities ...' is a discussion.",
    "Dates: 'March 21 and 22' (no year: optional); 'last year' (no date line: optional, fuzzy 2021).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("United Kingdom", "country", "GB", aliases=["United Kingdom", "UK"]),
    P("United States", "country", "US", aliases=["United States", "U.S.", "U.S"]),
    P("Katherine Tai", "person", "US", aliases=["Ambassador Katherine Tai", "Ambassador\nKatherine Tai"],
      titles=["United States\nTrade Representative"]),
    P("U.S./UK Dialogues on the Future of Atlantic Trade", "forum", None,
      aliases=["U.S./UK Dialogues on the Future of Atlantic Trade", "U.S./UK\nDialogues on the Future of Atlantic Trade"]),
    P("Joe Biden", "person", "US", aliases=["President Biden"], titles=["President"]),
    P("Boris Johnson", "person", "GB", aliases=["Prime Minister Boris Johnson’s"], titles=["Prime Minister"]),
    P("Jayme White", "person", "US", aliases=["Deputy U.S. Trade Representative Ambassador\nJayme White"],
      titles=["Deputy U.S. Trade Representative"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", aliases=["USTR"]),
    P("UK Department for International Trade", "government_body", "GB", aliases=["UK Department for International Trade"]),
    P("Fearless Tech", "organization", "US", optional=True),
  ],
  dates=[
    D("March 21 and 22", "2022-03-21", "2022-03-22", "day", "event", optional=True),
    D("last year", "2021-01-01", "2021-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "On March 21 and 22", "Baltimore, Maryland."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "Following President Biden", "both sides of the Atlantic."), ["GB", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "Over the two-day period,", "met bilaterally."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "The stakeholder roundtables identified", "cooperation on trade."), ["GB", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Ambassador Katherine Tai and Secretary of State committed to:", "committed to:"), ["GB", "US"], "pledge", ["goods-trade", "services"]),
    C(cut(st, "Reestablish the UK-US SME dialogue", "trade and investment;"), ["GB", "US"], "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "Harness the benefits", "businesses;"), ["GB", "US"], "pledge", ["services"]),
  ])
