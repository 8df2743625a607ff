from goldlib import C, D, P, Q, S, cut, session, write

# --- Treasury statement, closing of the first SED (Beijing, December 2006), UNT web archive ---
st = "unt-treasury-paulson-sed-1-closing-statement-2006"
write(st,
  kind="press_release", issued="2006-12-15",
  title="Statement from Treasury Secretary Henry M. Paulson at the Closing of the U.S.-China Strategic Economic Dialogue",
  session=session(None, "U.S.-China Strategic Economic Dialogue", 1, "2006-12-14", "2006-12-15",
                  "Beijing, China", ["Henry M. Paulson", "Wu Yi"]),
  notes=[
    "Treasury statement HP-200 in the UNT web archive of treasury.gov: the SharePoint navigation ('Skip to content ...', 'Navigate Up', 'Sign In', 'AboutExpand About', ...) and 'Press Center' are site chrome; the title line starts with a stray space; '12/15/2006' is the date line (US numeric form) and 'HP-200' the release number (no block).",
    "Session: 'the first Strategic Economic Dialogue' (no acronym in the text: forum null, name as written, by docs/gold-format.md; fitted-phase fix). End = the date line (statement at the closing); start 2006-12-14 by 'Our conversations over the last two days' counted back from the date line. Location from the dateline 'Beijing, China–' (no space before the dash). Co-chairs: the speaker Paulson and 'Madame Wu' whom he thanks for hosting (the text never gives her full name; canonical Wu Yi, alias as written). President Hu and Premier Wen are thanked for hosting too but are not co-chairs of the dialogue.",
    "Sections: one untitled section of 6 paragraphs.",
    "Commitments: 'We will each take measures to address global imbalances ...' is the required joint pledge (macroeconomic, investment); 'The United States will share our experiences with the Chinese government on ...' is a required US pledge (macroeconomic for the social safety net, investment for opening markets to investment, energy-environment for cleaner energy). 'we agree on many issues' is a position (optional). Thanks, 'We both seek the best way forward', 'balanced sustainable growth in China is vital' are statements of importance, not commitments.",
    "Dates: '12/15/2006' (publication); 'over the last two days' is relative to the date line (2006-12-14..2006-12-15, required, event).",
  ],
  sections=[S(None, 6)],
  parties=[
    P("Henry M. Paulson", "person", "US", aliases=["Treasury Secretary Henry M. Paulson"], titles=["Treasury Secretary"]),
    P("United States", "country", "US", aliases=["U.S.", "the United States", "United States"]),
    P("China", "country", "CN", aliases=["China", "Chinese", "the Chinese government"]),
    P("Strategic Economic Dialogue", "forum", None, aliases=["U.S.-China Strategic Economic Dialogue", "first Strategic Economic Dialogue"]),
    P("Wu Yi", "person", "CN", aliases=["Madame Wu"]),
    P("Hu Jintao", "person", "CN", aliases=["President Hu"], titles=["President"]),
    P("Wen Jiabao", "person", "CN", aliases=["Premier Wen"], titles=["Premier"]),
    P("U.S. Department of the Treasury", "government_body", "US", optional=True),
  ],
  dates=[
    D("12/15/2006", "2006-12-15", "2006-12-15", "day", "publication"),
    D("over the last two days", "2006-12-14", "2006-12-15", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "China and the United States have shared", "we agree on many issues."), ["CN", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "We will each take measures", "open investment in both countries."), ["CN", "US"], "pledge", ["macroeconomic", "investment"]),
    C(cut(st, "The United States will share", "sources of energy."), ["US"], "pledge", ["macroeconomic", "investment", "energy-environment"]),
  ])

# --- Treasury closing statement, May 2007 SED meeting (Washington), UNT archive of treas.gov ---
st = "unt-treasury-paulson-sed-2-closing-statement-2007"
write(st,
  kind="press_release", issued="2007-05-23",
  title="Closing Statement by Secretary Henry M. Paulson, Jr. at the May 2007 Meeting of the U.S.-China Strategic Economic Dialogue",
  session=session(None, "U.S.-China Strategic Economic Dialogue", None, "2007-05-22", "2007-05-23",
                  "Washington, DC", ["Henry M. Paulson, Jr.", "Wu Yi"]),
  notes=[
    "Treasury statement HP-416 (UNT eot2008 archive): 'Press Room' and a line holding one space are chrome; 'May 23, 2007' is the date line, 'HP-416' the release number. The title is hard-wrapped after 'May' (title given here with the break as a space).",
    "Session: the text calls it 'the May 2007 Meeting' and 'this meeting of the Strategic Economic Dialogue' with no ordinal (it was the second SED; ordinal null because the text does not say so). 'a very productive two days' ending on the date line ('We agreed today'): 2007-05-22..2007-05-23. Location from the dateline 'Washington, DC'. Co-chairs: the speaker and 'Vice Premier Wu Yi' ('Vice Premier Wu and I see an important part of our job ...': the pair leading the dialogue).",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments: 'We agreed today on a wide variety of next steps, including significant items in financial services, energy and the environment, and civil aviation.' is the one required record (joint pledge; civil aviation counted under services). The three 'We agree that ...' sentences are shared positions (optional affirmations); 'The dialogue will continue; ...' is a continuation of the dialogue with no specific undertaking (optional cooperation); 'Vice Premier Wu and I see an important part of our job is to communicate frequently ...' a statement of role (optional).",
    "Dates: 'May\\n2007' in the title is the month of the meeting (event, hard-wrapped); 'today' resolves against the date line (required); 'Over the last five months' is a relative period (optional).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("Henry M. Paulson, Jr.", "person", "US", aliases=["Secretary Henry M. Paulson, Jr."], titles=["Secretary"]),
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("China", "country", "CN", aliases=["China"]),
    P("Strategic Economic Dialogue", "forum", None, aliases=["U.S.-China Strategic Economic Dialogue", "Strategic Economic Dialogue"]),
    P("Wu Yi", "person", "CN", aliases=["Vice Premier Wu Yi", "Vice Premier Wu"], titles=["Vice Premier"]),
    P("U.S. Department of the Treasury", "government_body", "US", optional=True),
  ],
  dates=[
    D("May 23, 2007", "2007-05-23", "2007-05-23", "day", "publication"),
    D("May\n2007", "2007-05-01", "2007-05-31", "month", "event"),
    D("Over the last five months", "2006-12-23", "2007-05-23", "month", "period", relative=True, optional=True),
    D("today", "2007-05-23", "2007-05-23", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "We agree that it is vital", "among its people."), ["CN", "US"], "affirmation", ["macroeconomic"], optional=True),
    C(cut(st, "We agree that by combining", "clean energy technology."), ["CN", "US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "We agree that strengthening", "lower prices on goods."), ["CN", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Vice Premier Wu and I see", "even during times of tension."), ["CN", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "We agreed today", "civil aviation."), ["CN", "US"], "pledge", ["services", "energy-environment"]),
    C(cut(st, "The dialogue will continue;", "continue as well."), ["CN", "US"], "cooperation", ["other"], optional=True),
  ])

# --- Treasury statement at the U.S. delegation press conference, closing of SED 3 (December 2007) ---
st = "treasury-paulson-sed-3-press-conference-statement-2007"
write(st,
  kind="press_release", issued=None,
  title="Statement by Secretary Henry M. Paulson, Jr. at U.S. Delegation Press Conference at Closing of Strategic Economic Dialogue",
  session=session("SED", "Strategic Economic Dialogue", None, None, None, None, []),
  notes=[
    "home.treasury.gov archived press release HP-731 (the December 2007 SED in Beijing, known only from outside the text); 'Press Releases' and '(Archived Content)' are chrome. No date line: issued null; no date, place or ordinal of the meeting in the text.",
    "Session: forum as the text writes it ('this SED meeting'); co-chairs none named ([]).",
    "Sections: one untitled section of 6 paragraphs.",
    "Commitments: required are 'we agreed to put a working group together to develop a 10-year plan ... on cooperation on energy and the environment' (joint cooperation) and 'we are beginning a strategic effort to work together to combat illegal logging' (joint cooperation; environment, and trade in illegally logged timber -> goods-trade). 'we will set out a long-term and strategic plan' restates the first (optional pledge). 'The Chinese recognize growing inflationary pressures ... a more flexible currency expands their ability ...' is China's position as reported by Paulson (optional affirmation, CN). 'both our nations were quick to sit down together and work the substance of the issues' recounts an earlier action (optional). 'We had very healthy discussions' is a discussion (not a commitment).",
    "Parties: the United States appears only as 'U.S.' in the title (Delegation); Mike Leavitt is named without title (HHS Secretary, known only from outside). 'Washington' is a place here ('colleagues back in Washington'), not the government.",
    "No dates: 'recent months', 'this first year of our Dialogue' and '10-year plan' are not dates.",
  ],
  sections=[S(None, 6)],
  parties=[
    P("Henry M. Paulson, Jr.", "person", "US", aliases=["Secretary Henry M. Paulson, Jr."], titles=["Secretary"]),
    P("United States", "country", "US", aliases=["U.S."]),
    P("Strategic Economic Dialogue", "forum", None, acronym="SED", aliases=["Strategic Economic Dialogue", "SED"]),
    P("China", "country", "CN", aliases=["China", "The Chinese"]),
    P("Mike Leavitt", "person", "US"),
  ],
  quantities=[Q("10-year", 10, "count", unit="years", optional=True)],
  commitments=[
    C(cut(st, "Active participation from everyone", "economic relationship with China."), ["US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Rather than recriminations", "work the substance of the issues."), ["CN", "US"], "action", ["health"], optional=True),
    C(cut(st, "First, we agreed to put", "energy and the environment."), ["CN", "US"], "cooperation", ["energy-environment"]),
    C(cut(st, "I find it an exciting prospect", "progress in these areas."), ["CN", "US"], "pledge", ["energy-environment"], optional=True),
    C(cut(st, "I also am very pleased", "combat illegal logging."), ["CN", "US"], "cooperation", ["energy-environment", "goods-trade"]),
    C(cut(st, "The Chinese recognize", "stabilize their economy."), ["CN"], "affirmation", ["macroeconomic"], optional=True),
  ])

# --- Xinhua-style report of the first SED (Beijing, December 2006), repost on jctrans.com ---
st = "jctrans-sed-1-concludes-2006"
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, "Sino-US economic strategic dialogue", None, None, None, None,
                  ["Wu Yi", "Henry M. Paulson"]),
  notes=[
    "News report (China Daily/Xinhua wording) reposted on info.jctrans.com, URL date 2006-12-17. The excerpt starts with the lead paragraph: no title line, no date line (issued null, title null). One sentence per line: 10 paragraph blocks.",
    "Session: the text names it 'the one-and-half-day high-level Sino-US economic strategic dialogue' (forum as written, name the SED's); ordinal null ('The second session of the dialogue will be held ... next May' implies this is the first, not said); dates null ('on Friday' with no date line); location not stated. Co-chairs: 'co-chaired by Vice-Premier Wu Yi and US Treasury Secretary Henry M. Paulson'.",
    "Metonyms: 'Beijing's exchange rate regime' = China, 'Washington's national savings' and 'Washington will support' = the United States (aliases); 'Washington' in 'held in Washington' is a place.",
    "Commitments (required): the reaffirmed commitment on exchange-rate reform and national savings (affirmation, macroeconomic); NYSE/NASDAQ offices and U.S. support for China's IDB membership (pledge; services, macroeconomic); prioritizing work in services, health care, energy and environment (cooperation); the pledge to explore a bilateral investment agreement and easing of travel restrictions (pledge; investment, services); the concluded export-financing agreement and re-launch of air-service negotiations (action; goods-trade, services). Optional: 'The agreements were announced ...' (announcement/meeting), 'The second session of the dialogue will be held in Washington next May.' (a meeting scheduled with no actor). Hu's and Wen's hopes and remarks are not commitments.",
    "Dates: 'January 2007' is required (event: the negotiations begin then). 'on Friday', 'the next six months', 'next May' are relative with no date line: optional and fuzzy (year 2006/2007 known from outside).",
  ],
  sections=[S(None, 10)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Beijing"]),
    P("United States", "country", "US", aliases=["the United States", "US", "Washington"]),
    P("New York Stock Exchange", "organization", "US"),
    P("NASDAQ", "organization", "US", acronym="NASDAQ"),
    P("Inter-American Development Bank", "organization", None),
    P("Strategic Economic Dialogue", "forum", None, aliases=["Sino-US economic strategic dialogue", "strategic dialogue"]),
    P("Wu Yi", "person", "CN", aliases=["Vice-Premier Wu Yi"], titles=["Vice-Premier"]),
    P("Henry M. Paulson", "person", "US", aliases=["US Treasury Secretary Henry M. Paulson"], titles=["US Treasury Secretary"]),
    P("U.S. Department of the Treasury", "government_body", "US", optional=True),
    P("Hu Jintao", "person", "CN", aliases=["President Hu Jintao"], titles=["President"]),
    P("Wen Jiabao", "person", "CN", aliases=["Premier Wen Jiabao"], titles=["Premier"]),
    P("George W. Bush", "person", "US", aliases=["Bush"], optional=True),
  ],
  dates=[
    D("on Friday", "2006-01-01", "2006-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("the next six months", "2006-01-01", "2007-12-31", "month", "period", relative=True, optional=True, fuzzy=True),
    D("January 2007", "2007-01-01", "2007-01-31", "month", "event"),
    D("next May", "2007-05-01", "2007-05-31", "month", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "China and the United States reaffirmed", "national savings."), ["CN", "US"], "affirmation", ["macroeconomic"]),
    C(cut(st, "The two sides also agreed to let", "Inter-American Development Bank."), ["CN", "US"], "pledge", ["services", "macroeconomic"]),
    C(cut(st, "The agreements were announced", "Henry M. Paulson."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "Through the discussions,", "energy and the environment."), ["CN", "US"], "cooperation", ["services", "health", "energy-environment"]),
    C(cut(st, "The two governments also pledged", "travel restrictions."), ["CN", "US"], "pledge", ["investment", "services"]),
    C(cut(st, "Both sides concluded an agreement", "January 2007."), ["CN", "US"], "action", ["goods-trade", "services"]),
    C(cut(st, "The second session of the dialogue", "next May."), ["CN", "US"], "cooperation", ["other"], optional=True),
  ])

# --- Xinhua analysis of the first CED (July 2017), ecns.cn ---
st = "ecns-xinhua-ced-1-charts-course-2017"
write(st,
  kind="news_article", issued=None, title=None,
  session=session("CED", "China-U.S. Comprehensive Economic Dialogue", 1, None, None, None,
                  ["Wang Yang", "Steven Mnuchin", "Wilbur Ross"]),
  notes=[
    "ecns.cn (URL 2017/07-22) Xinhua analysis; the excerpt starts with the lead paragraph (no title line, no date line: issued and title null). 'CHART COURSE FOR ECONOMIC COOPERATION' is an in-text subheading: sections = preamble (1 paragraph) + the titled section (5 paragraphs).",
    "Session: 'The just-concluded inaugural China-U.S. Comprehensive Economic Dialogue (CED)' (ordinal 1); 'the one-day dialogue', 'Wednesday' without a date line: start/end null; place not in the excerpt. Co-chairs as written: 'co-chaired by Chinese Vice Premier Wang Yang and U.S. Treasury Secretary Steven Mnuchin and Secretary of Commerce Wilbur Ross'.",
    "Commitments: 'The two sides agreed to take \"win-win cooperation\" as the basic principle ...' is the one required record (joint pledge on how to conduct the economic relationship: regular communication on major economic policies -> macroeconomic). 'The two sides shared the view that the most important outcome ...' and 'Both sides \"spoke highly\" of ...' are positions/praise (optional). 'Major outcomes of the 100-day plan includes U.S. beef returned ...' recounts earlier actions (optional; agriculture, energy). Zhu's description of the talks is not a commitment.",
    "Dates: 'Wednesday' (twice) and 'in April' (Mar-a-Lago meeting, month without year) have no anchor in the text: optional, fuzzy. '14 years' is a duration (optional count); 'one-year plan', 'one-day dialogue' and '100-day' (twice) are plan or meeting descriptors (optional counts).",
  ],
  sections=[S(None, 1), S("CHART COURSE FOR ECONOMIC COOPERATION", 5)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese", "Chinese delegation"]),
    P("United States", "country", "US", aliases=["U.S."]),
    P("China-U.S. Comprehensive Economic Dialogue", "forum", None, acronym="CED",
      aliases=["inaugural China-U.S. Comprehensive Economic Dialogue", "CED"]),
    P("Wang Yang", "person", "CN", aliases=["Chinese Vice Premier Wang Yang"], titles=["Vice Premier"]),
    P("Steven Mnuchin", "person", "US", aliases=["U.S. Treasury Secretary Steven Mnuchin"], titles=["U.S. Treasury Secretary"]),
    P("U.S. Department of the Treasury", "government_body", "US", optional=True),
    P("Wilbur Ross", "person", "US", aliases=["Secretary of Commerce Wilbur Ross"], titles=["Secretary of Commerce"]),
    P("Zhu Guangyao", "person", "CN", aliases=["Chinese Vice Finance Minister Zhu Guangyao", "Zhu"], titles=["Vice Finance Minister"]),
    P("Xi Jinping", "person", "CN", aliases=["Chinese President Xi Jinping"], titles=["President"]),
    P("Donald Trump", "person", "US", aliases=["his U.S. counterpart Donald Trump"]),
  ],
  quantities=[
    Q("one-year", 1, "count", unit="years", optional=True),
    Q("one-day", 1, "count", unit="days", optional=True),
    Q("100-day", 100, "count", unit="days", optional=True, occurrence=1),
    Q("100-day", 100, "count", unit="days", optional=True, occurrence=2),
    Q("14 years", 14, "count", unit="years", optional=True),
  ],
  dates=[
    D("Wednesday", "2017-01-01", "2017-12-31", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=1),
    D("Wednesday", "2017-01-01", "2017-12-31", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=2),
    D("April", "2017-04-01", "2017-04-30", "month", "event", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "\"The two sides shared the view", "the conclusion of the talks Wednesday."), ["CN", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "The two sides agreed to take", "the statement said."), ["CN", "US"], "pledge", ["macroeconomic"]),
    C(cut(st, "Both sides \"spoke highly\"", "press briefing on Wednesday."), ["CN", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Major outcomes of the 100-day plan", "began to be loosened."), ["CN", "US"], "action", ["agriculture", "energy-environment"], optional=True),
  ])

# --- Xinhua: first meeting of the China-U.S. economic working group (October 2023), en.chinadiplomacy.org.cn ---
st = "chinadiplomacy-xinhua-ewg-1-2023"
write(st,
  kind="news_article", issued="2023-10-24",
  title="China-US economic working group holds first meeting",
  session=session(None, "China-U.S. economic working group", 1, "2023-10-24", "2023-10-24", None, []),
  notes=[
    "Xinhua report on en.chinadiplomacy.org.cn. Chrome: two Chinese headline lines at the top, 'News >', 'Share:', and the trailing id '8013947'. The title is printed twice (above and below 'Source: Xinhua | 2023-10-24', which is the date line). Dateline 'BEIJING, Oct. 24 (Xinhua) --'.",
    "Session: 'held its first meeting via video link on Tuesday' = 2023-10-24 (a Tuesday; the date line) -> start = end = 2023-10-24; no place (video link); co-chairs unnamed ('vice-ministerial officials from the MOF and the U.S. treasury department'): [].",
    "Sections: one untitled section of 4 paragraphs (the dateline paragraph and three more).",
    "Commitments: the only required one is 'the two sides agreed to maintain communication' (cooperation; the group's subject is macroeconomic policy). The meeting held is optional; 'had in-depth, candid and constructive discussions' and 'expressed its concern' are not commitments.",
    "Dates: '2023-10-24' (publication, ISO form in the source line); 'Oct. 24' in the dateline has no year (optional, resolved by the date line); 'on Tuesday' resolves against the date line (required); 'in July' (the He-Yellen consensus) is a month without year (optional).",
    "Parties: the Ministry of Finance (MOF) and 'the U.S. treasury department' (lower-case as written). Xinhua is the news agency (optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese", "The Chinese side"]),
    P("United States", "country", "US", aliases=["US", "U.S."]),
    P("China-U.S. economic working group", "forum", None, aliases=["China-US economic working group", "China-U.S. economic working group"]),
    P("Ministry of Finance", "government_body", "CN", acronym="MOF", aliases=["China's Ministry of Finance", "MOF"]),
    P("U.S. Department of the Treasury", "government_body", "US", aliases=["U.S. treasury department"]),
    P("He Lifeng", "person", "CN", titles=["Chinese Vice Premier", "Chinese lead person for China-U.S. economic and trade affairs"]),
    P("Janet Yellen", "person", "US", aliases=["U.S. Treasury Secretary Janet Yellen"], titles=["U.S. Treasury Secretary"]),
    P("Xinhua", "organization", "CN", optional=True),
  ],
  dates=[
    D("2023-10-24", "2023-10-24", "2023-10-24", "day", "publication"),
    D("Oct. 24", "2023-10-24", "2023-10-24", "day", "publication", optional=True),
    D("on Tuesday", "2023-10-24", "2023-10-24", "day", "event", relative=True),
    D("in July", "2023-07-01", "2023-07-31", "month", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "The China-U.S. economic working group held", "said in a statement."), ["CN", "US"], "action", ["macroeconomic"], optional=True),
    C(cut(st, "The Chinese side expressed", "according to the statement."), ["CN", "US"], "cooperation", ["macroeconomic"]),
  ])
