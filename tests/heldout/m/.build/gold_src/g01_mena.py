from goldlib import C, D, M, P, Q, S, cut, session, write

# --- USTR: sixth U.S.-Morocco FTA Joint Committee (Rabat, July 16, 2019; release July 29, 2019) ---
st = "ustr-us-morocco-fta-joint-committee-6-2019"
write(st,
  kind="press_release", issued="2019-07-29",
  title="United States and Morocco Meet in FTA Joint Committee",
  session=session(None, "Joint Committee", 6, "2019-07-16", "2019-07-16", "Rabat", ["Dan Mullaney"]),
  notes=[
    "Fitted phase (task PDML, issue #15): 'Trump Administration' added to the optional Donald Trump's aliases: the text names the administration, a party the format cannot settle apart from him.",
    "USTR archive page: banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'July 29, 2019' (issued). The excerpt ended inside the last paragraph ('The Moroccan delegati...'): that cut sentence was dropped.",
    "Session: 'the sixth meeting of the Joint Committee that oversees implementation of the U.S.-Morocco Free Trade Agreement (FTA)' on July 16, 2019 in Rabat: forum null (the committee has no acronym; 'FTA' is the agreement's), name 'Joint Committee', ordinal 6. Co-chairs: only the U.S. head is named ('The U.S. delegation was led by ... Dan Mullaney'); the Moroccan head was in the cut sentence (hard call: one co-chair).",
    "Sections: one untitled section of 4 paragraphs (the dateline paragraph counts).",
    "Commitments (required): 'The two sides reaffirmed the importance of working together to strengthen the trade relationship and agreed to continued exchanges in several areas, including Morocco’s protection of geographical indications and Moroccan tax treatment ...' (cooperation; ipr, goods-trade). Optional: the meeting held; 'These efforts notably have resulted in the confirmation of new access to the Moroccan market for U.S. poultry and beef' (an outcome recounted; agriculture). 'reviewed a wide range of issues', 'updated', 'promoted', 'highlighted work', 'discussed how to make progress' are reviews and discussions.",
    "Dates: date line (publication), 'July 16, 2019' (event), '2006' (entry into force, event), 'October 2017' (the fifth meeting, event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Morocco", "country", "MA", aliases=["Morocco", "Moroccan"]),
    P("U.S.-Morocco Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Morocco Free Trade Agreement", "FTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee", "FTA Joint Committee"]),
    P("Dan Mullaney", "person", "US", aliases=["Dan Mullaney"], titles=["Assistant United States Trade Representative for Europe and the Middle East"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["USTR"]),
    P("Department of Commerce", "government_body", "US", aliases=["Department of Commerce"]),
    P("Department of State", "government_body", "US", aliases=["Department of State"]),
    P("Donald Trump", "person", "US", aliases=["Trump", "Trump Administration"], optional=True),
    P("Agriculture and Sanitary and Phytosanitary FTA Sub-committees", "forum", None, optional=True),
  ],
  dates=[
    D("July 29, 2019", "2019-07-29", "2019-07-29", "day", "publication"),
    D("July 16, 2019", "2019-07-16", "2019-07-16", "day", "event"),
    D("2006", "2006-01-01", "2006-12-31", "year", "event"),
    D("October 2017", "2017-10-01", "2017-10-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "Rabat, Morocco – Delegations", "came into force in 2006."), ["MA", "US"], "action", ["other"], optional=True),
    C(cut(st, "These efforts notably", "poultry and beef."), ["MA"], "action", ["agriculture"], optional=True),
    C(cut(st, "The two sides reaffirmed the importance", "imported from the United States."), ["MA", "US"], "cooperation", ["ipr", "goods-trade"]),
  ])

# --- USTR: second U.S.-Morocco FTA Joint Committee (Washington, November 3, 2009) ---
st = "ustr-us-morocco-fta-joint-committee-2-2009"
write(st,
  kind="press_release", issued="2009-11-03",
  title="Ambassador Kirk, Moroccan Minister of External Commerce Maazouz Discuss the U.S.-Morocco Free Trade Agreement",
  session=session(None, "Joint Committee", 2, "2009-11-03", "2009-11-03", "Washington", ["Ron Kirk", "Abdellatif Maazouz"]),
  notes=[
    "USTR archive page (banner without 'ARCHIVE' line); title; date line 'November 03, 2009' (zero-padded day). The excerpt ended inside a quote ('I also want to acknowledge ... in t...'): the cut sentence was dropped and the quote is left open.",
    "Session: 'The second meeting of the Joint Committee responsible for supervising the operation of the United States-Morocco Free Trade Agreement (FTA) took place today in Washington' -> forum null, name 'Joint Committee', ordinal 2, start = end = the date line's day ('today'), location Washington. Co-chairs: Kirk 'headed the U.S. delegation' and Maazouz 'led the Moroccan delegation'.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'The two sides agreed to continue their work to strengthen cooperation in trade, investment and other economic issues.' (cooperation; goods-trade, investment). Optional: the meeting held, 'Both governments acknowledged the progress ...' (a review-like acknowledgement), 'The delegations stressed that the Joint Committee meetings are an important aspect ...' (importance), 'The FTA contributes significantly ... acknowledged the importance of engaging their respective private sectors' (position), Kirk's quote on the FTA's central role (position). 'discussed bilateral trade ...' is a discussion.",
    "Dates: date line (publication), 'today' (event, relative, required with the date line), 'March 2008' (the last meeting, event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Morocco", "country", "MA", aliases=["Morocco", "Moroccan"]),
    P("United States-Morocco Free Trade Agreement", "forum", None, acronym="FTA", aliases=["United States-Morocco Free Trade Agreement", "U.S.-Morocco Free Trade Agreement", "FTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee"]),
    P("Ron Kirk", "person", "US", aliases=["Ron Kirk", "Ambassador Kirk"], titles=["United States Trade Representative"]),
    P("Abdellatif Maazouz", "person", "MA", aliases=["Abdellatif Maazouz", "Minister Maazouz", "Maazouz"], titles=["Minister of External Commerce"]),
  ],
  dates=[
    D("November 03, 2009", "2009-11-03", "2009-11-03", "day", "publication"),
    D("today", "2009-11-03", "2009-11-03", "day", "event", relative=True),
    D("March 2008", "2008-03-01", "2008-03-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. - The second meeting", "took place today in Washington."), ["MA", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both governments acknowledged", "in March 2008."), ["MA", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "The delegations stressed", "the United States and Morocco.", 1), ["MA", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "The FTA contributes significantly", "advantage of the FTA."), ["MA", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The two sides agreed to continue", "other economic issues."), ["MA", "US"], "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "\"As our two governments", "central role in our work."), ["US"], "affirmation", ["goods-trade", "investment"], optional=True),
  ])

# --- USTR: Sapiro and Maazouz agree on a work plan (Marrakesh, October 26, 2010; release October 28) ---
st = "ustr-us-morocco-work-plan-2010"
write(st,
  kind="press_release", issued="2010-10-28",
  title="Deputy United States Trade Representative and Moroccan Trade Minister Agree on Work Plan to Energize U.S.-Morocco Free Trade Agreement",
  session=session(None, None, None, "2010-10-26", "2010-10-26", "Marrakesh", []),
  notes=[
    "USTR archive page: banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'October 28, 2010'.",
    "Session: a bilateral meeting with no named forum ('met in Marrakesh on Tuesday, October 26, 2010, during the World Economic Forum on the Middle East and North Africa'): forum and name null, start = end = 2010-10-26, location Marrakesh. The two officials 'met' (neither chaired nor led delegations): co-chairs [] (K's convention).",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'the two parties agreed to adopt a work plan focused on resolving questions related to the U.S.-Morocco FTA on agriculture, textiles and customs issues.' (action: a plan adopted; agriculture, goods-trade), 'Minister Maazouz and Ambassador Sapiro expressed a firm commitment to timely implementation of the work plan.' (affirmation). Optional: the meeting, the work plan's other issues (description), 'The goal for both countries is to move forward ...' (aim).",
    "Dates: date line (publication), 'Tuesday, October 26, 2010' (event; the weekday is part of the span), '2009' (period of the trade figure).",
    "Money: 'more than $2 billion' (qualifier 'more than', year 2009).",
    "Parties: the World Economic Forum is an organization (optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Morocco", "country", "MA", aliases=["Morocco", "Moroccan", "Kingdom of Morocco"]),
    P("U.S.-Morocco Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Morocco Free Trade Agreement", "U.S.-Morocco FTA", "FTA"]),
    P("Miriam Sapiro", "person", "US", aliases=["Miriam Sapiro", "Ambassador Sapiro"], titles=["Deputy United States Trade Representative"]),
    P("Abdellatif Maazouz", "person", "MA", aliases=["Abdellatif Maazouz", "Minister Maazouz"], titles=["Minister of Foreign Trade"]),
    P("World Economic Forum", "organization", None, aliases=["World Economic Forum"], optional=True),
  ],
  money=[M("more than $2 billion", 2000000000, year=2009, qualifier="more than")],
  dates=[
    D("October 28, 2010", "2010-10-28", "2010-10-28", "day", "publication"),
    D("Tuesday, October 26, 2010", "2010-10-26", "2010-10-26", "day", "event"),
    D("2009", "2009-01-01", "2009-12-31", "year", "period"),
  ],
  commitments=[
    C(cut(st, "Marrakesh, Morocco – Deputy", "North Africa."), ["MA", "US"], "action", ["other"], optional=True),
    C(cut(st, "During the meeting, the two parties agreed", "customs issues."), ["MA", "US"], "action", ["agriculture", "goods-trade"]),
    C(cut(st, "The work plan also addresses", "in the two countries."), ["MA", "US"], "cooperation", ["energy-environment", "goods-trade"], optional=True),
    C(cut(st, "Minister Maazouz and Ambassador Sapiro expressed", "of the work plan."), ["MA", "US"], "affirmation", ["goods-trade"]),
    C(cut(st, "The goal for both countries", "benefit from the FTA."), ["MA", "US"], "affirmation", ["goods-trade", "investment"], optional=True),
  ])

# --- USTR blog: Sapiro meets Maazouz (2011; no date on the page) ---
st = "ustr-blog-us-morocco-sapiro-maazouz-2011"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, None, None, None, None, None, []),
  notes=[
    "Fitted phase (task PDML, issue #15): the years of trade figures ('$X billion in 2005', '... during 2005', '$X billion last year') changed from period to reference, the role the output contract gives 'the year a figure is for' and sets F, J, K and L use.",
    "USTR blog text without title or date line (the excerpt starts with the body); a photo caption line ('Ambassador Sapiro, Moroccan Minister ... Aziz Mekuoar') sits between the paragraphs: it is not a block. issued and title null (the page gives none; 2011 from the URL only).",
    "Session: a bilateral meeting with no forum, 'This week' (no date): start/end null, no place; Sapiro 'met with' the minister: co-chairs [].",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): 'Both sides renewed their commitment to build upon recent successes ... and to continue working together to maximize the benefits of the trade agreement.' (affirmation; customs -> goods-trade). Optional: the meeting held ('The meeting focused on reviewing progress' is a review, not a commitment: not listed), the Customs Mutual Assistance Agreement signing (recounted inside the commitment). 'exchanged views' is a discussion.",
    "Dates: 'This week' (relative with no date line: optional, fuzzy, 2011 unknown week -> given as the year), 'January 1, 2006' (entry into force, event), '2005' and '2010' (periods of the trade figures).",
    "Money: $927 million (2005), $2.6 billion (2010). Quantities: '180 percent'; 'five years' (optional).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Morocco", "country", "MA", aliases=["Morocco", "Moroccan"]),
    P("Miriam Sapiro", "person", "US", aliases=["Miriam Sapiro", "Ambassador Sapiro"], titles=["Deputy United States Trade Representative"]),
    P("Abdellatif Maazouz", "person", "MA", aliases=["Abdellatif Maazouz"], titles=["Minister of Foreign Trade"]),
    P("Aziz Mekuoar", "person", "MA", aliases=["Aziz Mekuoar"], titles=["Ambassador to the United States"]),
    P("U.S.-Morocco trade agreement", "forum", None, aliases=["U.S.-Morocco trade agreement"]),
    P("Trade and Investment Partnership Initiative for the Middle East and North Africa", "forum", None, optional=True),
  ],
  money=[
    M("$927 million", 927000000, year=2005),
    M("$2.6 billion", 2600000000, year=2010),
  ],
  quantities=[
    Q("180 percent", 180, "percent"),
    Q("five years", 5, "count", unit="years", optional=True),
  ],
  dates=[
    D("This week", "2011-01-01", "2011-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("January 1, 2006", "2006-01-01", "2006-01-01", "day", "event"),
    D("2005", "2005-01-01", "2005-12-31", "year", "reference"),
    D("2010", "2010-01-01", "2010-12-31", "year", "reference"),
  ],
  commitments=[
    C(cut(st, "Both sides renewed their commitment", "benefits of the trade agreement."), ["MA", "US"], "affirmation", ["goods-trade"]),
    C(cut(st, "This week, Deputy United States Trade Representative", "Aziz Mekuoar."), ["MA", "US"], "action", ["other"], optional=True),  # fitted phase: the meeting held, optional in the notes but not listed
  ])

# --- APA News: eighth U.S.-Morocco FTA Joint Committee (Washington, 2024; no date on the page) ---
st = "apanews-us-morocco-fta-joint-committee-8-2024"
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, "Joint Committee for the Follow-up of the Free Trade Agreement", 8, None, None, "U.S. Department of Commerce in Washington", ["Ryad Mezzour", "Bryant Trick"]),
  notes=[
    "APA News article, no title and no date line in the excerpt; hard-wrapped lines inside some paragraphs ('Discussions\\nfocused on ...', 'calling for\\nredoubled ...'): blocks are the single-line-break paragraphs joined where a line break falls inside a sentence (hard call: 11 blocks). The excerpt ended inside the last paragraph ('In the automotive secto...'): the cut sentence was dropped.",
    "Session: 'The eighth meeting of the Joint Committee for the Follow-up of the Free Trade Agreement (FTA) between the United States and Morocco began on Monday at the U.S. Department of Commerce in Washington' -> forum null, name as written, ordinal 8, start/end null ('Monday' with no date line), location as written; 'co-chaired by Ryad Mezzour ... and Bryant Trick'.",
    "Commitments: none required (the article reports a speech: positions, calls and requests). Optional: the meeting (action), 'the United States and Morocco are determined to consolidate their commercial partnership' (the article's own summary: affirmation), Mezzour 'calling for redoubled efforts' and 'reiterated Morocco’s requests for market access' (positions of MA).",
    "Dates: 'Monday' (relative, no date line: optional, fuzzy; 2024 from the 20 years of the FTA only, hard call: year grain), '20 years' is a quantity (optional).",
  ],
  sections=[S(None, 11)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Morocco", "country", "MA", aliases=["Morocco", "Moroccan"]),
    P("Free Trade Agreement", "forum", None, acronym="FTA", aliases=["Free Trade Agreement", "FTA"]),
    P("Joint Committee for the Follow-up of the Free Trade Agreement", "forum", None, aliases=["Joint Committee for the Follow-up of the Free Trade Agreement"]),
    P("Ryad Mezzour", "person", "MA", aliases=["Ryad Mezzour", "Mezzour", "Mr. Mezzour"], titles=["Minister of Industry and Trade"]),
    P("Bryant Trick", "person", "US", aliases=["Bryant Trick"], titles=["Deputy U.S. Trade Representative for Europe and the Middle East"]),
    P("Youssef Amrani", "person", "MA", aliases=["Youssef Amrani"], titles=["Ambassador to Washington"]),
    P("U.S. Department of Commerce", "government_body", "US", aliases=["U.S. Department of Commerce"]),
    P("Mohammed VI", "person", "MA", aliases=["King Mohammed VI"], titles=["King"], optional=True),
  ],
  quantities=[Q("20 years", 20, "count", unit="years", optional=True)],
  dates=[
    D("Monday", "2024-01-01", "2024-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "As part of the follow-up", "commercial partnership."), ["MA", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The eighth meeting of the Joint Committee", "Commerce in Washington."), ["MA", "US"], "action", ["other"], optional=True),
    C(cut(st, "He highlighted the significant progress", "outstanding issues."), ["MA"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "In his speech, Minister Ryad Mezzour underscored", "interlocutor for the United States."), ["MA"], "affirmation", ["other"], optional=True),  # fitted phase: a statement of importance (borderline)
    C(cut(st, "He reiterated Morocco’s requests", "fruits and vegetables."), ["MA"], "affirmation", ["agriculture"], optional=True),
  ])
