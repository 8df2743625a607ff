from goldlib import C, D, P, S, cut, session, write

st = "ustr-us-vietnam-tifa-council-1-2007"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="United States and Vietnam Hold First Meeting Under Trade and Investment Framework Agreement",
  session=session("TIFA", "U.S.-Vietnam Trade and Investment Framework Agreement", 1, None, None, "Washington",
                  ["Susan C. Schwab", "Nguyen Xuan Phuc"]),
  notes=[
    "USTR archive press release (URL: December 2007); no date line, so 'today' cannot be resolved from the text (issued null, session dates null, relative dates optional).",
    "The first line is the page's browser title with a site prefix ('USTR - ...') and the second is the masthead 'Office of the United States Trade Representative': both boilerplate; the title is the clean heading line below them (hard call). One untitled section of 4 paragraphs.",
    "Session: the first ministerial meeting under the U.S.-Vietnam TIFA (ordinal 1), 'met in Washington today'; Schwab 'met ... with Minister Nguyen Xuan Phuc': both given as co-chairs. Forum = the acronym TIFA.",
    "Commitments: the quoted 'We intend to remain actively engaged with Vietnam to support its ongoing work ...' is a U.S. pledge whose speaker is named in the sentence before (required). Meeting held, praise ('We are pleased ...'), 'underscored U.S. interest in ensuring ...', 'urged Vietnam to take additional steps ...' (urging the other side) and the welcome are optional; 'the two ministers discussed ...' is a discussion (not a commitment).",
    "USTR appears only in boilerplate (optional party). Vietnam's 'Office of Government' is a government body (VN).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Vietnam", "country", "VN", aliases=["Vietnam’s", "Vietnam's"]),
    P("Susan C. Schwab", "person", "US", aliases=["United States Trade Representative Susan C. Schwab", "Ambassador Schwab", "Schwab"],
      titles=["United States Trade Representative", "Ambassador"]),
    P("Nguyen Xuan Phuc", "person", "VN", aliases=["Minister Nguyen Xuan Phuc", "Minister Phuc"],
      titles=["Minister", "Chairman of Vietnam's Office of Government"]),
    P("Office of Government", "government_body", "VN", aliases=["Vietnam's Office of Government"]),
    P("U.S.-Vietnam Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["Trade and Investment Framework Agreement"]),
    P("World Trade Organization", "organization", None, acronym="WTO"),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", optional=True),
  ],
  dates=[
    D("today", "2007-12-01", "2007-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("the past year", "2006-12-01", "2007-12-31", "year", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("Washington, D.C. - United", "Framework Agreement (TIFA)."), ["US", "VN"], "action", ["other"], optional=True),
    C(x("“We are pleased", "Ambassador Schwab said."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(x("“We intend", "stay on track.”"), ["US"], "pledge", ["goods-trade"]),
    C(x("During the discussions", "timely manner."), ["US"], "affirmation", ["services"], optional=True),
    C(x("She also urged", "property protection."), ["US"], "affirmation", ["ipr"], optional=True),
    C(x("Ambassador Schwab and Minister Phuc welcomed", "investment relations."), ["US", "VN"], "affirmation", ["goods-trade", "investment"], optional=True),
  ])

st = "ustr-us-vietnam-tifa-signing-2007"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued="2007-06-20",
  title="United States and Vietnam Sign Trade and Investment Framework Agreement",
  session=None,
  notes=[
    "USTR press release of June 20, 2007 on the signing of the U.S.-Vietnam TIFA. The text has hard line breaks inside sentences (even 'United\\nStates') and whitespace-only lines; 'Breadcrumb' is site chrome.",
    "Session: the release reports a signing, not a dialogue session; the only meeting is the annual BTA review held 'Earlier this week' (a sub-meeting without date or place): session null (hard call).",
    "One untitled section of 5 paragraphs.",
    "Commitments: the signing (required action, both countries); 'Under the TIFA, the United States and Vietnam will discuss implementation of ...' (required cooperation) and 'The two sides also will explore new initiatives ...' (required cooperation). Bhatia's praise and his 'I am pleased with the ambitious work program we’ve agreed to undertake ...' are optional; the annual review held 'Earlier this week' is a meeting held (optional); 'They discussed ...' is a discussion (not a commitment).",
    "Dates: 'today' resolves to the date line (required, event); '2001' is part of an agreement's name (other); 'Earlier this week' is vague (optional, fuzzy).",
    "The Trade and Investment Framework Agreement (TIFA) is the framework whose council meets: kept as a forum party as in the TIFA council release of this set. The BTA is an agreement (not a party).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Vietnam", "country", "VN", aliases=["Vietnamese", "Vietnam’s"]),
    P("Karan Bhatia", "person", "US", aliases=["Ambassador Karan Bhatia"], titles=["Ambassador"]),
    P("Nguyen Cam Tu", "person", "VN", aliases=["Vice Minister of Trade Nguyen Cam Tu"], titles=["Vice Minister of Trade"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA"),
    P("World Trade Organization", "organization", None, acronym="WTO"),
    P("Office of the U.S. Trade Representative", "government_body", "US", acronym="USTR", optional=True),
  ],
  dates=[
    D("June 20, 2007", "2007-06-20", "2007-06-20", "day", "publication"),
    D("today", "2007-06-20", "2007-06-20", "day", "event", relative=True),
    D("2001", "2001-01-01", "2001-12-31", "year", "other"),
    D("Earlier this week", "2007-06-18", "2007-06-19", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("WASHINGTON, DC – The", "between the two\ncountries."), ["US", "VN"], "action", ["goods-trade", "investment"]),
    C(x("“The TIFA signing", "United\nStates."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(x("“I am pleased", "our relationship.”"), ["US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(x("Under the TIFA, the United", "commitments."), ["US", "VN"], "cooperation", ["goods-trade"]),
    C(x("The two sides also will explore", "between the two countries."), ["US", "VN"], "cooperation", ["goods-trade", "agriculture", "investment"]),
    C(x("Earlier this week", "the BTA."), ["US", "VN"], "action", ["goods-trade"], optional=True),
  ])
