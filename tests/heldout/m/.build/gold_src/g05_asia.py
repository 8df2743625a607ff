from goldlib import C, D, M, P, Q, S, cut, session, write

# --- SICE: U.S.-Singapore joint statement on the FTA negotiations (Washington, December 4-21, 2000) ---
st = "sice-us-singapore-fta-negotiations-joint-statement-2000"
write(st,
  kind="press_release", issued="2000-12-21",
  title="Joint Statement by the United States and Singapore on the US-Singapore Free Trade Agreement Negotiations, 21 December 2000",
  session=session(None, None, None, "2000-12-04", "2000-12-21", "Washington, D.C.", ["Ralph Ives", "Tommy Koh"]),
  notes=[
    "SICE (OAS) page: navigation, language and 'Search' lines are chrome; the title (with its date) is printed twice; closing lines 'RELEASED BY: Singapore Embassy In Washington DC', 'DATE: 21 December 2000' (the date line: issued) and 'Source: Ministry of Trade and Industry, Singapore' are metadata, not blocks.",
    "Session: a negotiating round, not a forum meeting: forum and name null, 'from December 4 to 21 in Washington, D.C.' (year from the date line), the two delegations 'led by' Ives and Koh -> co-chairs.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'The US and Singapore reaffirm their commitment to achieving a strong, comprehensive and mutually-beneficial agreement ...' (affirmation; goods-trade, investment), '... the United States and Singapore intend to resume negotiations early in 2001 ...' (cooperation; goods-trade). Optional: the negotiations held, the leaders' announcement (recounted), 'Substantial progress has been made ...' (claim), 'The two countries also reaffirm their common belief that the US-Singapore FTA will reinforce ...' (a belief; hard call: optional).",
    "Dates: 'DATE: 21 December 2000' (publication, required; the two dates inside the printed titles are optional), 'December 4 to 21' (no year in the span: optional), 'November 16, 2000' (event), '2001' (event).",
    "Quantities: 'four meetings', '15 subject groups'.",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "US", "U.S."]),
    P("Singapore", "country", "SG", aliases=["Singapore"]),
    P("U.S.-Singapore Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Singapore Free Trade Agreement", "US-Singapore FTA", "FTA"]),
    P("Ralph Ives", "person", "US", aliases=["Mr. Ralph Ives"], titles=["Assistant United States Trade Representative for Asia and the Pacific"]),
    P("Tommy Koh", "person", "SG", aliases=["Prof. Tommy Koh"], titles=["Ambassador-at-large"]),
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["Asia-Pacific Economic Cooperation", "APEC"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
    P("Singapore Embassy in Washington DC", "government_body", "SG", aliases=["Singapore Embassy In Washington DC"], optional=True),
    P("Ministry of Trade and Industry", "government_body", "SG", aliases=["Ministry of Trade and Industry"], optional=True),
  ],
  quantities=[
    Q("four meetings", 4, "count", unit="meetings"),
    Q("15 subject groups", 15, "count", unit="subject groups"),
  ],
  dates=[
    D("21 December 2000", "2000-12-21", "2000-12-21", "day", "publication", occurrence=1, optional=True),
    D("21 December 2000", "2000-12-21", "2000-12-21", "day", "publication", occurrence=2, optional=True),
    D("December 4 to 21", "2000-12-04", "2000-12-21", "day", "event", optional=True),
    D("November 16, 2000", "2000-11-16", "2000-11-16", "day", "event"),
    D("2001", "2001-01-01", "2001-12-31", "year", "event"),
    D("21 December 2000", "2000-12-21", "2000-12-21", "day", "publication", occurrence=3),
  ],
  commitments=[
    C(cut(st, "The United States and Singapore held negotiations", "in Washington, D.C."), ["SG", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "During the three-week long negotiations", "in 15 subject groups."), ["SG", "US"], "action", ["goods-trade"], optional=True),  # fitted phase: meetings held (borderline)
    C(cut(st, "The Leaders of the two nations", "November 16, 2000."), ["SG", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "Substantial progress", "much work remains."), ["SG", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The US and Singapore reaffirm", "between both nations."), ["SG", "US"], "affirmation", ["goods-trade", "investment"]),
    C(cut(st, "The two countries also reaffirm", "Organization (WTO)."), ["SG", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "In line with these common objectives", "stable economies."), ["SG", "US"], "cooperation", ["goods-trade"]),
  ])

# --- USTR: second annual review of the U.S.-Singapore FTA (2006; hard-wrapped, no title or date line in the excerpt) ---
st = "ustr-us-singapore-fta-review-2-2006"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "annual review of the U.S.-Singapore Free Trade Agreement", 2, None, None, "Washington, DC", []),
  notes=[
    "Fitted phase (task PDML, issue #15): the years of trade figures ('$X billion in 2005', '... during 2005', '$X billion last year') changed from period to reference, the role the output contract gives 'the year a figure is for' and sets F, J, K and L use.",
    "USTR archive release, stored hard-wrapped (line breaks inside sentences) and without title or date line (issued, title null; March 2006 only in the URL). Paragraphs are not separated by blank lines: a block is a run of lines from a sentence start at a line start to a sentence end at a line end (hard call). 'BACKGROUND' is a heading. The excerpt ended with a cut sentence ('The U.S.–Singapore FTA was signed by Pres...'): dropped.",
    "Session: 'met today for the second annual review of the U.S.-Singapore Free Trade Agreement (FTA)' -> forum null, name as written, ordinal 2; 'today' with no date line: start/end null; location from the dateline; officials unnamed: co-chairs [].",
    "Sections: an untitled section of 4 paragraphs and 'BACKGROUND' with 1.",
    "Commitments (required): 'The United States and Singapore also agreed to launch discussions to consider acceleration of the elimination of tariffs on some products under the FTA, ...' (cooperation; goods-trade), 'USTR will seek public comment on any products that might be included in this process.' (pledge of US; goods-trade, transparency). Optional: the review held, 'The two sides welcomed the increase in trade ...' (welcome), 'The officials also applauded ...' (praise). 'discussed', 'explored ways', 'exchanged ideas' are discussions.",
    "Dates: 'today' (no date line: optional, fuzzy), '2005' twice (periods of the trade figures), '2004' three times (entry into force: event; two periods), '2003' (reference).",
    "Money: 'nearly $37 billion' (2005), '$35.8 billion' (2005), '$8.3 billion' (2004), '$56.9 billion' (2004). Quantities: '12.6 percent', '13 percent'.",
  ],
  sections=[S(None, 4), S("BACKGROUND", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Singapore", "country", "SG", aliases=["Singapore", "Singaporean"]),
    P("U.S.-Singapore Free Trade Agreement", "forum", None, acronym="FTA", aliases=["U.S.-Singapore Free Trade Agreement", "FTA"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["USTR"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("Doha Development Agenda", "forum", None, optional=True),
  ],
  money=[
    M("nearly $37 billion", 37000000000, year=2005, qualifier="nearly"),
    M("$35.8 billion", 35800000000, year=2005),
    M("$8.3 billion", 8300000000, year=2004),
    M("$56.9 billion", 56900000000, year=2004),
  ],
  quantities=[
    Q("12.6 percent", 12.6, "percent"),
    Q("13 percent", 13, "percent"),
  ],
  dates=[
    D("today", "2006-01-01", "2006-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("2005", "2005-01-01", "2005-12-31", "year", "reference", occurrence=1),
    D("2004", "2004-01-01", "2004-12-31", "year", "event", occurrence=1),
    D("2005", "2005-01-01", "2005-12-31", "year", "reference", occurrence=2),
    D("2004", "2004-01-01", "2004-12-31", "year", "reference", occurrence=2),
    D("2004", "2004-01-01", "2004-12-31", "year", "reference", occurrence=3),
    D("2003", "2003-01-01", "2003-12-31", "year", "reference"),
  ],
  commitments=[
    C(cut(st, "Washington, DC - U.S. and Singaporean", "Free Trade Agreement (FTA)."), ["SG", "US"], "action", ["other"], optional=True),
    C(cut(st, "The two\nsides welcomed", "came into force\nin 2004."), ["SG", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The\nofficials also applauded", "in both\ndirections."), ["SG", "US"], "affirmation", ["investment"], optional=True),
    C(cut(st, "The United States and Singapore also agreed", "Chapter 2 of the FTA."), ["SG", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "USTR will seek\npublic comment", "this process."), ["US"], "pledge", ["goods-trade", "transparency"]),
  ])

# --- USTR: sixth annual review of the U.S.-Singapore FTA (Washington, October 15, 2010) ---
st = "ustr-us-singapore-fta-review-6-2010"
write(st,
  kind="press_release", issued="2010-10-15",
  title="United States and Singapore Hold Sixth Annual Free Trade Agreement Review",
  session=session(None, "annual Free Trade Agreement Review", 6, "2010-10-15", "2010-10-15", "Washington, D.C.", ["Barbara Weisel", "Koh Lin-Net"]),
  notes=[
    "Fitted phase (task PDML, issue #15): the years of trade figures ('$X billion in 2005', '... during 2005', '$X billion last year') changed from period to reference, the role the output contract gives 'the year a figure is for' and sets F, J, K and L use.",
    "USTR archive page: banner, 'Click here ...', 'Breadcrumb' are chrome; title; date line 'October 15, 2010'; the dateline has no space after the dash ('Washington, D.C. –The'). The excerpt ended inside the last paragraph ('The United States is engaging closely with Singapore on the Trans-Pacific ...'): its complete first sentence was kept.",
    "Session: 'held their sixth annual review of the implementation of their Free Trade Agreement (FTA) today' -> forum null, name from the title, ordinal 6, start = end = the date line's day; the two heads 'led' their delegations -> co-chairs.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments: none required (reviews, exchanges of views, trade figures). Optional: the review held, 'The U.S.-Singapore FTA also serves as a foundation for broader cooperation ...' (description).",
    "Dates: date line (publication), 'today' (relative, required), '2004' twice (entry into force: event; 'from 2004': reference), '2009' (period), '2008' (period), 'last year' (relative, with the date line: required, 2009, period).",
    "Money: '$22.2 billion' (2009), '$9 billion' (2008), '$22.9 billion' (last year = 2009), '$76.9 billion' (no year of its own). Quantities: '34 percent', '60 percent'.",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Singapore", "country", "SG", aliases=["Singapore", "Singaporean"]),
    P("U.S.-Singapore Free Trade Agreement", "forum", None, acronym="FTA", aliases=["Free Trade Agreement", "FTA", "U.S.-Singapore FTA"]),
    P("Barbara Weisel", "person", "US", aliases=["Barbara Weisel"], titles=["Assistant United States Trade Representative"]),
    P("Koh Lin-Net", "person", "SG", aliases=["Deputy Secretary Koh Lin-Net"], titles=["Deputy Secretary"]),
    P("Ministry of Trade and Industry", "government_body", "SG", aliases=["Ministry of Trade and Industry"]),
    P("Plan of Action for Environmental Cooperation", "forum", None, aliases=["Plan of Action for Environmental Cooperation"], optional=True),
  ],
  money=[
    M("$22.2 billion", 22200000000, year=2009),
    M("$9 billion", 9000000000, year=2008),
    M("$22.9 billion", 22900000000, year=2009),
    M("$76.9 billion", 76900000000),
  ],
  quantities=[
    Q("34 percent", 34, "percent"),
    Q("60 percent", 60, "percent"),
  ],
  dates=[
    D("October 15, 2010", "2010-10-15", "2010-10-15", "day", "publication"),
    D("today", "2010-10-15", "2010-10-15", "day", "event", relative=True),
    D("2004", "2004-01-01", "2004-12-31", "year", "event", occurrence=1),
    D("2009", "2009-01-01", "2009-12-31", "year", "reference"),
    D("2008", "2008-01-01", "2008-12-31", "year", "reference"),
    D("2004", "2004-01-01", "2004-12-31", "year", "reference", occurrence=2),
    D("last year", "2009-01-01", "2009-12-31", "year", "reference", relative=True),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. –The United States", "(FTA) today."), ["SG", "US"], "action", ["other"], optional=True),
    C(cut(st, "The U.S.-Singapore FTA also serves", "regionally and multilaterally."), ["SG", "US"], "cooperation", ["goods-trade"], optional=True),
  ])

# --- In Diplomacy: U.S.-Singapore FTA Joint Committee (Washington, April 30, 2024; news) ---
st = "indiplomacy-us-singapore-fta-joint-committee-2024"
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, "Joint Committee", None, "2024-04-30", "2024-04-30", "Washington, DC", ["Gan Kim Yong", "Katherine Tai"]),
  notes=[
    "In Diplomacy article body: no title and no date line (issued, title null); the first line is a lead paragraph (a block).",
    "Session: 'On April 30, 2024, ... Gan Kim Yong and ... Katherine Tai led the Joint Committee Meeting of the United States-Singapore Free Trade Agreement (USSFTA) in Washington, DC' (the lead says 'co-chaired') -> forum null (USSFTA is the agreement's acronym), name 'Joint Committee', co-chairs both.",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments (required): 'They reaffirmed their commitment to enhancing the World Trade Organization (WTO) ... and to continue cooperation at regional and multilateral forums.' (affirmation; goods-trade: the WTO's reform, fitted phase), Gan 'expressed a commitment to further bilateral cooperation to unlock more opportunities ...' (affirmation of SG; sentence from 'The minister also noted'). Optional: the meeting (lead and body), 'both representatives emphasized the strategic and commercial significance ...' (importance), Gan's quote (position), 'This year marks the 20th anniversary ...' (not a commitment: not listed). 'discussed' are discussions.",
    "Dates: 'April 30, 2024' (event), 'This year' (relative, no date line: optional, fuzzy, 2024). Quantities: '20 years' (optional).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("Singapore", "country", "SG", aliases=["Singapore"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("United States-Singapore Free Trade Agreement", "forum", None, acronym="USSFTA",
      aliases=["United States-Singapore Free Trade Agreement", "US-Singapore Free Trade Agreement", "USSFTA"]),
    P("Joint Committee", "forum", None, aliases=["Joint Committee"]),
    P("Gan Kim Yong", "person", "SG", aliases=["Gan Kim Yong", "Minister Gan"], titles=["Minister for Trade and Industry"]),
    P("Katherine Tai", "person", "US", aliases=["Ambassador Katherine Tai", "Ambassador Tai"], titles=["US Trade Representative"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
    P("13th WTO Ministerial Conference", "forum", None, aliases=["13th WTO Ministerial Conference"], optional=True),
  ],
  quantities=[Q("20 years", 20, "count", unit="years", optional=True)],
  dates=[
    D("April 30, 2024", "2024-04-30", "2024-04-30", "day", "event"),
    D("This year", "2024-01-01", "2024-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Minister for Trade and Industry Gan Kim Yong and US Trade Representative Ambassador Katherine Tai co-chaired", "economic partnership."), ["SG", "US"], "action", ["other"], optional=True),
    C(cut(st, "On April 30, 2024", "in Washington, DC."), ["SG", "US"], "action", ["other"], optional=True),
    C(cut(st, "During the meeting, both representatives emphasized", "significance of the USSFTA."), ["SG", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "“Singapore is pleased", "he stated."), ["SG"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The minister also noted", "businesses and citizens."), ["SG"], "affirmation", ["services"]),
    C(cut(st, "They reaffirmed their commitment", "multilateral forums."), ["SG", "US"], "affirmation", ["goods-trade"]),
  ])

# --- DFAT: second KAFTA Joint Committee (Lima, 17 November 2016) ---
st = "dfat-korea-australia-kafta-joint-committee-2-2016"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "Korea-Australia Free Trade Agreement (KAFTA) Joint Committee", 2, "2016-11-17", "2016-11-17", "Lima, Peru", ["Steven Ciobo", "Hyunghwan Joo"]),
  notes=[
    "Fitted phase (task PDML, issue #15): the KAFTA 'Working Group on Professional Services' (it had convened since the last meeting) added as optional, like the other named bodies of that sentence.",
    "DFAT page body: a lead paragraph, then the heading 'Joint Statement' and '- ' bullets (each a block); no title and no date line in the excerpt (issued, title null). The excerpt ended inside a bullet whose only sentence was cut ('... welcomed the positive consideration of K...'): dropped.",
    "Session: 'The second meeting of the Korea-Australia Free Trade Agreement (KAFTA) Joint Committee was convened in Lima, Peru on 17 November 2016 in the margins of the APEC Ministerial Meeting' -> forum null (KAFTA is the agreement), ordinal 2, co-chaired by Ciobo and Joo. A text with no U.S. party (Korea-Australia).",
    "Sections: an untitled section of 1 paragraph and 'Joint Statement' with 3 bullets.",
    "Commitments (required): '... and resolved to continue encouraging Australian and Korean businesses to maximise opportunities under the Agreement.' (the sentence 'They highlighted the growth ... under the Agreement.': pledge; goods-trade). Optional: the meeting (lead and first bullet), 'The Co-Chairs welcomed the smooth implementation ...', 'The Co-chairs welcomed the incorporation ...' (welcomes), the committees that 'had each convened since the last meeting' (recounted). 'The Joint Committee noted' is a review.",
    "Dates: '17 November 2016' (event), '17 November' (no year in the span: optional).",
  ],
  sections=[S(None, 1), S("Joint Statement", 3)],
  parties=[
    P("Australia", "country", "AU", aliases=["Australia", "Australian"]),
    P("Republic of Korea", "country", "KR", aliases=["Republic of Korea", "ROK", "Korea", "Korean"]),
    P("Peru", "country", "PE", aliases=["Peru"], optional=True),
    P("Korea-Australia Free Trade Agreement", "forum", None, acronym="KAFTA", aliases=["Korea-Australia Free Trade Agreement", "KAFTA"]),
    P("KAFTA Joint Committee", "forum", None, aliases=["Joint Committee"]),
    P("Steven Ciobo", "person", "AU", aliases=["Steven Ciobo"], titles=["Minister for Trade, Tourism and Investment"]),
    P("Hyunghwan Joo", "person", "KR", aliases=["Hyunghwan Joo"], titles=["Minister of Trade, Industry and Energy"]),
    P("Asia-Pacific Economic Cooperation", "organization", None, acronym="APEC", aliases=["Asia-Pacific Economic Cooperation", "APEC"]),
    P("Joint Committee on Energy and Mineral Resources Consultation and Cooperation", "forum", None,
      aliases=["Joint Committee on Energy and Mineral Resources Consultation and Cooperation"], optional=True),
    P("Working Group on Professional Services", "forum", None, aliases=["Working Group on Professional Services"],
      optional=True),
  ],
  dates=[
    D("17 November 2016", "2016-11-17", "2016-11-17", "day", "event"),
    D("17 November", "2016-11-17", "2016-11-17", "day", "event", occurrence=2, optional=True),
  ],
  commitments=[
    C(cut(st, "The second meeting of the Korea-Australia", "Hyunghwan Joo.", 1), ["AU", "KR"], "action", ["other"], optional=True),
    C(cut(st, "The Co-Chairs welcomed the smooth", "first two years."), ["AU", "KR"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "They highlighted the growth", "under the Agreement."), ["AU", "KR"], "pledge", ["goods-trade"]),
    C(cut(st, "As requested, the Committees", "since the last meeting."), ["AU", "KR"], "action", ["other"], optional=True),
    C(cut(st, "The Co-chairs welcomed the incorporation", "Consultation and Cooperation."), ["AU", "KR"], "affirmation", ["energy-environment"], optional=True),
  ])

# --- Chinese consulate: the second U.S.-China Strategic Economic Dialogue concludes (Washington, May 23, 2007) ---
st = "chinaconsulate-china-us-sed-2-concludes-2007"
write(st,
  kind="press_release", issued="2007-05-24",
  title="Second Meeting of Strategic Economic Dialogue between China and the U.S. Concludes",
  session=session("SED", "U.S.–China Strategic Economic Dialogue", 2, None, "2007-05-23", "Washington", ["Wu Yi", "Henry Paulson"]),
  notes=[
    "Chinese Consulate General (Laoag) page: breadcrumb 'HOME > News & Events' is chrome; title; ISO date line '2007-05-24 00:00' (issued). The excerpt ended inside a quote paragraph ('China is ready to make joint efforts ... make full use of the SED ...'): that cut sentence was dropped.",
    "Session: 'On May 23, 2007, the second meeting of U.S.–China Strategic Economic Dialogue concluded in Washington' -> forum SED (the acronym in Wu's quote), ordinal 2, end 2007-05-23, start not in the text (null); Wu Yi and Paulson 'co-chaired the closing ceremony' -> co-chairs (hard call: they chaired the closing).",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): '... and they also agreed to boost innovation through policy exchanges and technological cooperation.' (the sentence 'Both sides maintained that the effective macroeconomic policy ...': cooperation; macroeconomic, industrial-policy). Optional: the dialogue concluded, 'both sides agreed that they have broad space for cooperation on emission reduction ...' (a shared view, hard call: optional; energy-environment), Wu's 'both sides should show creativity ...' (position), her claims 'achieved great success' and 'The SED provided an excellent ground ...'. 'held in-depth discussions', 'defined each other's concerns' are discussions.",
    "Dates: '2007-05-24' (publication; the time '00:00' is not part of the span), 'May 23, 2007' (event). 'in today's world' in Wu's quote is not a date (not recorded).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["U.S."]),
    P("Strategic Economic Dialogue", "forum", None, acronym="SED", aliases=["U.S.–China Strategic Economic Dialogue", "Strategic Economic Dialogue", "SED"]),
    P("Wu Yi", "person", "CN", aliases=["Wu Yi", "Wu"], titles=["Vice Premier"]),
    P("Henry Paulson", "person", "US", aliases=["Henry Paulson"], titles=["Treasury Secretary"]),
    P("Hu Jintao", "person", "CN", aliases=["Hu Jintao"], titles=["President"]),
    P("George W. Bush", "person", "US", aliases=["President Bush"], titles=["President"]),
  ],
  dates=[
    D("2007-05-24", "2007-05-24", "2007-05-24", "day", "publication"),
    D("May 23, 2007", "2007-05-23", "2007-05-23", "day", "event"),
  ],
  commitments=[
    C(cut(st, "On May 23, 2007, the second meeting", "outcome of the dialogue."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "In her remarks, Wu said", "achieved great success."), ["CN"], "affirmation", ["other"], optional=True),
    C(cut(st, "In the field of environmental protection", "economic and trade relations."), ["CN", "US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "Both sides maintained", "technological cooperation."), ["CN", "US"], "cooperation", ["macroeconomic", "industrial-policy"]),
    C(cut(st, "In order to properly handle", "she said.", 1), ["CN"], "affirmation", ["other"], optional=True),
    C(cut(st, "\"The SED provided", "she said.", 1), ["CN"], "affirmation", ["other"], optional=True),
  ])
