from goldlib import C, D, P, Q, S, cut, session, write

# --- USTR: U.S.-Jordan FTA Joint Committee (December 15, 2009; release December 18, 2009) ---
st = "ustr-us-jordan-fta-joint-committee-2009"
write(st,
  kind="press_release", issued="2009-12-18",
  title="USTR and Jordan Hold FTA Joint Committee Meeting",
  session=session(None, "Joint Committee", None, "2009-12-15", "2009-12-15", "Washington, D.C.", ["Christopher Wilson"]),
  notes=[
    "Fitted phase (task PDML, issue #15): the optional Departments of the collective list get the word that names each in the list as alias.",
    "USTR archive page: banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'December 18, 2009'. The excerpt ended inside the last paragraph ('The two sides agreed to continue their work to strength...'): the cut sentence was dropped, its complete first sentence kept.",
    "Session: 'On Tuesday, December 15, 2009, representatives ... convened a meeting of the Joint Committee of the U.S.-Jordan Free Trade Agreement (FTA)' -> forum null, name 'Joint Committee', no ordinal; location from the dateline (the text does not say where the meeting sat; K's convention); co-chairs: only 'Christopher Wilson ... led a U.S. delegation' is named.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'As part of that discussion, officials committed to explore ways to intensify joint work on environment, labor and other issues.' (pledge; energy-environment: labor has no slug of its own and 'other' does not combine), 'Jordan agreed to include the United States in consultations on its environment law and proposed amendments and arranged for a set of outreach sessions ...' (pledge of JO; energy-environment, transparency). Optional: the meeting convened, 'Both governments acknowledged the progress ...', 'The FTA contributes significantly ...' (position). 'discussed', 'reviewed advances', 'reviewed the past year's activities' are reviews and discussions.",
    "Dates: date line (publication), 'Tuesday, December 15, 2009' (event), 'October 2008' twice (the last meeting, event).",
    "Parties: the four Departments listed collectively are optional.",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Jordan", "country", "JO", aliases=["Jordan", "Government of Jordan"]),
    P("U.S.-Jordan Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Jordan Free Trade Agreement", "FTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee", "FTA Joint Committee"]),
    P("Christopher Wilson", "person", "US", aliases=["Christopher Wilson"], titles=["Assistant U.S. Trade Representative for Europe and the Middle East"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["USTR"]),
    P("Department of Commerce", "government_body", "US", aliases=["Commerce"], optional=True),
    P("Department of Agriculture", "government_body", "US", aliases=["Agriculture"], optional=True),
    P("Department of Labor", "government_body", "US", aliases=["Labor"], optional=True),
    P("Department of State", "government_body", "US", aliases=["State"], optional=True),
  ],
  dates=[
    D("December 18, 2009", "2009-12-18", "2009-12-18", "day", "publication"),
    D("Tuesday, December 15, 2009", "2009-12-15", "2009-12-15", "day", "event"),
    D("October 2008", "2008-10-01", "2008-10-31", "month", "event", occurrence=1),
    D("October 2008", "2008-10-01", "2008-10-31", "month", "event", occurrence=2),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. - On Tuesday", "Free Trade Agreement (FTA)."), ["JO", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both governments acknowledged", "in October 2008.", 1), ["JO", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "As part of that discussion, officials committed", "other issues."), ["JO", "US"], "pledge", ["energy-environment"]),
    C(cut(st, "Jordan agreed to include", "environmental stakeholders."), ["JO"], "pledge", ["energy-environment", "transparency"]),
    C(cut(st, "The FTA contributes significantly", "and Jordan."), ["JO", "US"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- U.S. Embassy Jordan: Joint Committee in Amman (July 14; no year on the page, 2019) ---
st = "usembassy-us-jordan-fta-joint-committee-2019"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "United States–Jordan Joint Committee", None, None, None, "Amman", ["L. Daniel Mullaney", "Yousef Al Shamali"]),
  notes=[
    "U.S. Embassy Jordan page body only: no title and no date line in the excerpt (issued, title null). Five single-line-break paragraphs.",
    "Session: 'the United States–Jordan Joint Committee, which met in Amman on July 14' (en dash in the name; no acronym: forum null); no year in the text, so start/end null (2019 only from the URL and 'during 2018'); 'co-chaired by L. Daniel Mullaney ... and Yousef Al Shamali'.",
    "Commitments (required): 'Both governments agreed to strive to make additional progress in advance of the next Joint Committee meeting, to be held in Washington in 2020.' (pledge; goods-trade; deadline null as in sets K-L). Optional: the standing description 'The committee ... meets regularly to promote increased trade ...', 'The United States also expressed a willingness to explore further technical assistance ...' (a willingness, not an undertaking; hard call). 'discussed', 'Officials focused on ways' are discussions.",
    "Dates: 'July 14' (no year: optional), 'This week’s meeting' ('This week': relative, no date line: optional, fuzzy), 'last year' (relative, no date line: optional, fuzzy), 'the 2001 Free Trade Agreement' (year in a name: other), '2018' (period), '2020' (the next meeting, event), 'in 2001' (entry into force, event).",
    "Quantities: '7.5 percent'.",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Jordan", "country", "JO", aliases=["Jordan", "Jordanian"]),
    P("United States–Jordan Joint Committee", "forum", None, aliases=["United States–Jordan Joint Committee", "Joint Committee"]),
    P("Free Trade Agreement", "forum", None, acronym="FTA", aliases=["Free Trade Agreement", "FTA"]),
    P("L. Daniel Mullaney", "person", "US", aliases=["L. Daniel Mullaney"], titles=["Assistant U.S. Trade Representative"]),
    P("Yousef Al Shamali", "person", "JO", aliases=["Yousef Al Shamali"], titles=["Secretary-General of the Ministry of Industry, Trade and Supply"]),
    P("Ministry of Industry, Trade and Supply", "government_body", "JO", aliases=["Ministry of Industry, Trade and Supply"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization"]),
  ],
  quantities=[Q("7.5 percent", 7.5, "percent")],
  dates=[
    D("July 14", "2019-07-14", "2019-07-14", "day", "event", optional=True),
    D("This week", "2019-01-01", "2019-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("last year", "2018-01-01", "2018-12-31", "year", "period", relative=True, optional=True, fuzzy=True),
    D("2001", "2001-01-01", "2001-12-31", "year", "other", occurrence=1),
    D("2018", "2018-01-01", "2018-12-31", "year", "period"),
    D("2020", "2020-01-01", "2020-12-31", "year", "event"),
    D("2001", "2001-01-01", "2001-12-31", "year", "event", occurrence=2),
  ],
  commitments=[
    C(cut(st, "The committee, established under", "goods and services."), ["JO", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The United States also expressed a willingness", "trade and investment."), ["US"], "pledge", ["investment"], optional=True),
    C(cut(st, "Both governments agreed to strive", "in Washington in 2020."), ["JO", "US"], "pledge", ["goods-trade"]),
  ])

# --- USTR: U.S.-Oman FTA Joint Committee (Muscat, February 7, 2010) ---
st = "ustr-us-oman-fta-joint-committee-2010"
write(st,
  kind="press_release", issued="2010-02-07",
  title="United States and Oman Hold Joint Committee Meeting of the U.S.-Oman Free Trade Agreement",
  session=session(None, "Joint Committee", None, "2010-02-07", "2010-02-07", "Muscat, Oman", ["Christopher Wilson"]),
  notes=[
    "Fitted phase (task PDML, issue #15): the other two Ministries of the collective list ('Environment and Climate', 'National Economy') added as optional like the Ministry of Manpower, each with the words that name it in the list as alias.",
    "USTR page: title, date line 'February 07, 2010' (zero-padded). The excerpt ended in a trade-figure sentence ('In 2008, two way goods trade...'): dropped.",
    "Session: 'On Sunday, February 7, representatives ... convened a meeting of the Joint Committee of the United States-Oman Free Trade Agreement (FTA)' -> forum null, name 'Joint Committee', start = end = 2010-02-07 (year from the date line); location from the dateline 'Muscat, Oman'; co-chairs: only Wilson ('led a U.S. delegation').",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'The two sides agreed to continue their work to strengthen cooperation in trade, investment and other economic issues.' (cooperation). Optional: the meeting convened, Wilson's quote (position), 'Both delegations also acknowledged the importance of engaging their respective private sectors ...' (importance), 'While in Oman, the U.S. delegation will also meet with officials ...' (a scheduled meeting; hard call: optional action), 'These meetings follow a recent visit ...' is background (not listed).",
    "Dates: date line (publication); 'Sunday, February 7' (day-month with the year only in the date line: optional).",
    "Parties: Israel, Jordan, Morocco and Bahrain are named in the quote (required countries); the three Ministries listed collectively are optional.",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Oman", "country", "OM", aliases=["Oman", "Sultanate of Oman"]),
    P("United States-Oman Free Trade Agreement", "forum", None, acronym="FTA", aliases=["United States-Oman Free Trade Agreement", "U.S.-Oman Free Trade Agreement", "FTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee"]),
    P("Christopher Wilson", "person", "US", aliases=["Christopher Wilson", "Wilson"], titles=["Assistant United States Trade Representative for Europe and the Middle East"]),
    P("Department of Commerce", "government_body", "US", aliases=["Department of Commerce"]),
    P("Small Business Administration", "government_body", "US", aliases=["Small Business Administration"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["USTR"]),
    P("Gulf Cooperation Council", "organization", None, aliases=["Gulf Cooperation Council"]),
    P("Israel", "country", "IL", aliases=["Israel"]),
    P("Jordan", "country", "JO", aliases=["Jordan"]),
    P("Morocco", "country", "MA", aliases=["Morocco"]),
    P("Bahrain", "country", "BH", aliases=["Bahrain"]),
    P("Ministry of Manpower", "government_body", "OM", aliases=["Manpower"], optional=True),
    P("Ministry of Environment and Climate", "government_body", "OM", aliases=["Environment and Climate"], optional=True),
    P("Ministry of National Economy", "government_body", "OM", aliases=["National Economy"], optional=True),
  ],
  dates=[
    D("February 07, 2010", "2010-02-07", "2010-02-07", "day", "publication"),
    D("Sunday, February 7", "2010-02-07", "2010-02-07", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "Muscat, Oman - On Sunday", "Free Trade Agreement (FTA)."), ["OM", "US"], "action", ["other"], optional=True),
    C(cut(st, "\"The meetings in Oman", "spread broadly.\""), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The two sides agreed to continue", "other economic issues."), ["OM", "US"], "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "Both delegations also acknowledged", "advantage of the FTA."), ["OM", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "While in Oman, the U.S. delegation will also meet", "private sector."), ["US"], "action", ["other"], optional=True),
  ])
