from goldlib import C, D, P, S, cut, session, write

# --- Embassy of Pakistan: joint statement of the seventh U.S.-Pakistan TIFA Council (2014; no date line) ---
st = "pakembassy-us-pakistan-tifa-council-7-joint-statement-2014"
write(st,
  kind="press_release", issued=None,
  title="Joint Statement from the Seventh Meeting of the U.S. – Pakistan TIFA Council",
  session=session("TIFA", "United States – Pakistan Trade and Investment Framework Agreement", 7, None, None, "Washington DC", []),
  notes=[
    "Embassy of Pakistan page: the title is printed twice (not blocks); no date line (issued null; May 13, 2014 only in the URL). Typos kept as written: 'Fromanand', 'tothe', 'tomeet', 'ActionPlan'. The excerpt ended with a cut sentence ('Key ...'): dropped.",
    "Session: forum TIFA (the acronym the text uses for the council: 'TIFA Council'), name as the text spells the agreement, ordinal 7 from the title; 'met in Washington DC today' with no date line: start/end null; the two officials 'met' (not chaired or led): co-chairs [].",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'The United States and Pakistan announced agreement on a Joint Action Plan ...' (action; goods-trade, investment), 'Both governments will immediately begin work on implementing the Joint Action Plan.' (pledge), 'the United States and Pakistan established a bilateral working group tomeet regularly ...' (action), 'At the TIFA Council Meeting, the United States and Pakistan signed a Memorandum of Understanding (MOU) on Joint Efforts to Empower Women ...' (action; other). Optional: the meeting ('met in Washington DC today ...'), the standing description of the TIFA, the plan's areas of cooperation (an item list of topics: one optional record, hard call), 'This is a historic MOU that will provide a mechanism ...' (description).",
    "Dates: 'today' (no date line: optional, fuzzy, 2014). 'the next five years' twice is a period with no anchor (not recorded).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Pakistan", "country", "PK", aliases=["Pakistan"]),
    P("United States – Pakistan Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["United States – Pakistan Trade and Investment Framework Agreement", "TIFA", "TIFA Council"]),
    P("Michael Froman", "person", "US", aliases=["Ambassador Michael Froman"], titles=["Ambassador"]),
    P("Khurram Dastgir Khan", "person", "PK", aliases=["Khurram Dastgir Khan"], titles=["Minister of Commerce"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization", "WTO"]),
    P("Joint Action Plan", "forum", None, aliases=["Joint Action Plan"], optional=True),
  ],
  dates=[
    D("today", "2014-01-01", "2014-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Ambassador Michael Fromanand", "next five years."), ["PK", "US"], "action", ["other"], optional=True),
    C(cut(st, "The United States – Pakistan Trade and Investment Framework Agreement (TIFA) is", "bilateral relationship."), ["PK", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The United States and Pakistan announced agreement", "next five years.", 1), ["PK", "US"], "action", ["goods-trade", "investment"]),
    C(cut(st, "Among the areas of cooperation", "respective private sectors."), ["PK", "US"], "cooperation", ["agriculture", "ipr", "services"], optional=True),
    C(cut(st, "Both governments will immediately begin", "Joint Action Plan."), ["PK", "US"], "pledge", ["goods-trade", "investment"]),
    C(cut(st, "As noted in the Joint Action Plan", "specific areas."), ["PK", "US"], "action", ["goods-trade", "investment"]),
    C(cut(st, "At the TIFA Council Meeting, the United States and Pakistan signed", "Women’s Entrepreneurship."), ["PK", "US"], "action", ["other"]),
    C(cut(st, "This is a historic MOU", "opportunities."), ["PK", "US"], "cooperation", ["other"], optional=True),
  ])

# --- Dawn: the 2014 U.S.-Pakistan TIFA Council's joint action plan (news, no date line) ---
st = "dawn-us-pakistan-tifa-joint-action-plan-2014"
write(st,
  kind="news_article", issued=None,
  title="Pakistan, US announce plan to expand trade over next five years",
  session=session("TIFA", "US-Pakistan Trade and Investment Framework Agreement", None, None, None, "WASHINGTON",
                  ["Khurram Dastgir Khan", "Michael Froman"]),
  notes=[
    "Dawn article (AMP page): title line, then paragraphs; dateline 'WASHINGTON:' with no date (issued null). Typos kept ('works', 'realtions'). The excerpt ended within a paragraph; the excerpt's complete sentences were kept.",
    "Session: 'a meeting of the US-Pakistan Trade and Investment Framework Agreement (TIFA) Council' -> forum TIFA, no ordinal; 'on Tuesday' with no date: start/end null; location from the dateline as written; Khan and Froman 'led the two sides' -> co-chairs.",
    "Sections: one untitled section of 7 paragraphs.",
    "Commitments (required): 'Pakistan and the United States announced on Tuesday an agreement on a joint action plan to expand bilateral trade and investment flows over the next five years, as the two countries vowed to strengthen the key relationship.' (action), 'They also signed a Memorandum of Understanding on women's economic empowerment at the meeting, ...' (action; other). Optional: the accord 'came as' the two led the TIFA Council (meeting), Froman's quote (position), Khan 'hailed' (praise), 'voiced a strong hope' (hope), 'looked forward to the US support' (hope).",
    "Dates: 'Tuesday' (no date line: optional, fuzzy, 2014).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("Pakistan", "country", "PK", aliases=["Pakistan"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("US-Pakistan Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["US-Pakistan Trade and Investment Framework Agreement", "TIFA"]),
    P("Khurram Dastgir Khan", "person", "PK", aliases=["Khurram Dastgir Khan"], titles=["Minister for Commerce", "Federal Minister for Commerce"]),
    P("Michael Froman", "person", "US", aliases=["Ambassador Michael Froman"], titles=["US Trade Representative"]),
    P("Jalil Abbas Jilani", "person", "PK", aliases=["Jalil Abbas Jilani"], titles=["Ambassador to the United States"]),
  ],
  dates=[
    D("Tuesday", "2014-01-01", "2014-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON: Pakistan and the United States announced", "the key relationship."), ["PK", "US"], "action", ["goods-trade", "investment"]),
    C(cut(st, "The accord came as", "(TIFA) Council."), ["PK", "US"], "action", ["other"], optional=True),
    C(cut(st, "They also signed a Memorandum", "from both sides."), ["PK", "US"], "action", ["other"]),
    C(cut(st, "“Trade with Pakistan supports", "Pakistani delegation."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Federal Minister for Commerce Khurram Dastgir Khan hailed", "economic realtions."), ["PK"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "He voiced a strong hope", "positive” relationship."), ["PK"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- bilaterals.org: repost of USTR's release on the signing of the U.S.-Pakistan TIFA (June 25, 2003) ---
st = "bilaterals-ustr-us-pakistan-tifa-signing-2003"
write(st,
  kind="press_release", issued="2003-06-25",
  title="United States and Pakistan Sign Trade and Investment Framework Agreement",
  session=session(None, None, None, "2003-06-25", "2003-06-25", "WASHINGTON", []),
  notes=[
    "bilaterals.org repost: 'logo logo', the site's heading 'US & Pakistan sign TIFA', the USTR letterhead ('Executive Office of the President' / 'Washington, D.C. 20508') and the closing ' source: US & Pakistan sign TIFA' are chrome; date line 'June 25, 2003'; the release's own title (taken as the title; hard call against the site's heading).",
    "Session: the signing 'today' in Washington (a bilateral event with no forum: forum and name null; start = end = the date line's day; location from the dateline as written); the officials 'signed' (not chaired): co-chairs []. The TIFA's Joint Council has not met yet.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): the signing ('U.S. Trade Representative Robert B. Zoellick and Pakistan Minister of Finance Shaukat Aziz signed an agreement today ...': action; goods-trade, investment). Optional: the earlier agreement to negotiate ('agreed in a meeting on June 9 to negotiate ...', recounted), the description of what the TIFA creates, 'The council will establish a permanent dialogue ...' (description of the agreement), Zoellick's hope ('I look forward to working with ...') and his two quoted statements of position ('I am pleased ... Today’s signing marks an important moment ...', 'This agreement strengthens economic ties ...').",
    "Dates: date line (publication); 'today' twice and 'Today’s' in the quote (relative, required with the date line); 'June 9' (no year in the text outside the date line: optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Pakistan", "country", "PK", aliases=["Pakistan"]),
    P("Trade and Investment Framework Agreement", "forum", None, acronym="TIFA", aliases=["Trade and Investment Framework Agreement", "TIFA"]),
    P("Joint Council", "forum", None, aliases=["Joint Council"]),
    P("Robert B. Zoellick", "person", "US", aliases=["Robert B. Zoellick", "Ambassador Zoellick", "Zoellick"], titles=["U.S. Trade Representative"]),
    P("Shaukat Aziz", "person", "PK", aliases=["Shaukat Aziz", "Minister Aziz"], titles=["Minister of Finance"]),
    P("Humayun Akhtar Khan", "person", "PK", aliases=["Humayun Akhtar Khan", "Minister Khan"], titles=["Commerce Minister"]),
    P("Pervez Musharraf", "person", "PK", aliases=["President Musharraf"], titles=["President"]),
    P("George W. Bush", "person", "US", aliases=["President Bush"], titles=["President"]),
    P("Executive Office of the President", "government_body", "US", aliases=["Executive Office of the President"], optional=True),
    P("Doha Development Agenda", "forum", None, aliases=["Doha Development Agenda"], optional=True),
  ],
  dates=[
    D("June 25, 2003", "2003-06-25", "2003-06-25", "day", "publication"),
    D("today", "2003-06-25", "2003-06-25", "day", "event", relative=True, occurrence=1),
    D("June 9", "2003-06-09", "2003-06-09", "day", "event", optional=True),
    D("today", "2003-06-25", "2003-06-25", "day", "event", relative=True, occurrence=2),
    D("Today", "2003-06-25", "2003-06-25", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON - U.S. Trade Representative", "bilateral trade and investment."), ["PK", "US"], "action", ["goods-trade", "investment"]),
    C(cut(st, "Ambassador Zoellick and Pakistan Commerce Minister", "being signed today."), ["PK", "US"], "action", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The TIFA creates a Joint Council", "trade and investment relationship."), ["PK", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The council will establish", "and Pakistan."), ["PK", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "\"I am pleased that we reached", "said Zoellick."), ["US"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "\"This agreement strengthens", "he added."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "\"I look forward to working", "both our peoples.\""), ["US"], "cooperation", ["goods-trade", "investment"], optional=True),
  ])

# --- USTR: joint statement of the 9th U.S.-Central Asia TIFA Council (2014; no date line) ---
st = "ustr-us-central-asia-tifa-council-9-joint-statement-2014"
write(st,
  kind="press_release", issued=None,
  title="Joint Statement from the United States – Central Asia Trade and Investment Framework Agreement (TIFA) Council Meeting",
  session=session("TIFA", "United States-Central Asia Trade and Investment Framework Agreement", 9, None, None, "Washington, D.C.", []),
  notes=[
    "USTR page: title, then the body; no date line (issued null; 2014 from the URL). The dateline 'Washington, D.C.' runs into 'Today' with no dash.",
    "Session: 'met for the 9th United States-Central Asia Trade and Investment Framework Agreement (TIFA) Council Meeting' -> forum TIFA, ordinal 9; 'Today' with no date line: start/end null; location from the dateline; officials unnamed: co-chairs [].",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'The next meeting of the U.S. – Central Asia TIFA Council will take place in the region of Central Asia at a date to be determined.' (cooperation: a further meeting announced; other). Optional: the meeting held, the TIFA's standing description, the working groups that 'met to discuss these issues and to plan future work' (meetings recounted). 'Discussion ... focused', 'The TIFA talks focused', 'also discussed' are discussions.",
    "Dates: 'Today' (no date line: optional, fuzzy, 2014), 'June 10' (no year: optional), '2014-2015' (period, years).",
    "Parties: the five Central Asian countries and Afghanistan (required countries).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Kazakhstan", "country", "KZ", aliases=["Kazakhstan"]),
    P("Kyrgyzstan", "country", "KG", aliases=["Kyrgyzstan"]),
    P("Turkmenistan", "country", "TM", aliases=["Turkmenistan"]),
    P("Tajikistan", "country", "TJ", aliases=["Tajikistan"]),
    P("Uzbekistan", "country", "UZ", aliases=["Uzbekistan"]),
    P("Afghanistan", "country", "AF", aliases=["Afghanistan"]),
    P("United States-Central Asia Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["United States-Central Asia Trade and Investment Framework Agreement", "TIFA", "U.S. – Central Asia TIFA Council"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization", "WTO"]),
  ],
  dates=[
    D("Today", "2014-01-01", "2014-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("June 10", "2014-06-10", "2014-06-10", "day", "event", optional=True),
    D("2014-2015", "2014-01-01", "2015-12-31", "years", "period"),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. Today, senior", "(TIFA) Council Meeting."), ["AF", "KG", "KZ", "TJ", "TM", "US", "UZ"], "action", ["other"], optional=True),
    C(cut(st, "The United States-Central Asia TIFA is the key vehicle", "countries of Central Asia."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "On June 10, TIFA working groups", "plan future work."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "action", ["other"], optional=True),
    C(cut(st, "The next meeting of the U.S. – Central Asia TIFA Council", "to be determined."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "cooperation", ["other"]),
  ])

# --- AJOT: repost of the joint statement of the 15th U.S.-Central Asia TIFA Council (no date on the page) ---
st = "ajot-us-central-asia-tifa-council-15-joint-statement"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("TIFA", "U.S. - Central Asia Trade and Investment Framework Agreement", 15, None, None, None,
                  ["Katherine Tai", "Serik Zhumangarin", "Nazarbek Malaev", "Akhliddin Nuriddinzoda", "Begench Gochmollaev", "Jamshid Khodjaev"]),
  notes=[
    "AJOT repost of a USTR joint statement, body only (no title, no date line: issued and title null; the year is not stated). The excerpt ended inside a paragraph ('... including through the harmonizatio...'): that paragraph's only sentence was cut, so it was dropped.",
    "Session: 'today convened the 15th U.S. - Central Asia Trade and Investment Framework Agreement (TIFA) Council meeting' -> forum TIFA, ordinal 15, no date and no place; 'The delegations were led by' the six officials -> co-chairs (led their delegations).",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments: none required (exchanges of views, notes, acknowledgements and 'emphasized their interest'). Optional: the meeting convened, 'All parties acknowledged that providing regulatory transparency ... is instrumental ...' (position; transparency), 'They also emphasized their interest in prioritizing the implementation of high-standard measures ...' (position; goods-trade, services). Pakistan's observers 'attended' (no commitment).",
    "Dates: 'today' (no date line, no year in the text: optional, fuzzy over the years Tai was USTR; hard call).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Kazakhstan", "country", "KZ", aliases=["Kazakhstan"]),
    P("Kyrgyz Republic", "country", "KG", aliases=["Kyrgyz Republic"]),
    P("Tajikistan", "country", "TJ", aliases=["Tajikistan"]),
    P("Turkmenistan", "country", "TM", aliases=["Turkmenistan"]),
    P("Uzbekistan", "country", "UZ", aliases=["Uzbekistan"]),
    P("Pakistan", "country", "PK", aliases=["Pakistan"]),
    P("U.S. - Central Asia Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["U.S. - Central Asia Trade and Investment Framework Agreement", "TIFA", "TIFA Council"]),
    P("Katherine Tai", "person", "US", aliases=["Katherine Tai"], titles=["U.S. Trade Representative"]),
    P("Serik Zhumangarin", "person", "KZ", aliases=["Serik Zhumangarin"], titles=["Deputy Prime Minister"]),
    P("Nazarbek Malaev", "person", "KG", aliases=["Nazarbek Malaev"], titles=["Deputy Minister of Economy and Commerce"]),
    P("Akhliddin Nuriddinzoda", "person", "TJ", aliases=["Akhliddin Nuriddinzoda"], titles=["Deputy Minister of Economic Development and Trade"]),
    P("Begench Gochmollaev", "person", "TM", aliases=["Begench Gochmollaev"], titles=["Minister of Trade and Foreign Economic Relations"]),
    P("Jamshid Khodjaev", "person", "UZ", aliases=["Jamshid Khodjaev"], titles=["Deputy Prime-Minister"]),
  ],
  dates=[
    D("today", "2021-01-01", "2025-12-31", "years", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Senior officials of the governments", "Council meeting."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "action", ["other"], optional=True),
    C(cut(st, "The parties also noted the challenges", "improve trade and integration."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "affirmation", ["goods-trade"], optional=True),  # fitted phase: a position (borderline)
    C(cut(st, "All parties acknowledged", "equitable growth."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "affirmation", ["transparency", "investment"], optional=True),
    C(cut(st, "They also emphasized their interest", "global economy."), ["KG", "KZ", "TJ", "TM", "US", "UZ"], "affirmation", ["goods-trade", "services"], optional=True),
  ])
