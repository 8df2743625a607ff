from goldlib import C, D, P, Q, S, cut, session, write

# --- MTI Worldwide (repost of a USTR release): third U.S.-Colombia Free Trade Commission (October 22, 2021) ---
st = "mtiworldwide-us-colombia-ftc-3-2021"
write(st,
  kind="press_release", issued="2021-10-22", title=None,
  session=session("FTC", "Free Trade Commission", 3, "2021-10-22", "2021-10-22", "Washington",
                  ["Daniel Watson", "Andrés Cárdenas Muñoz"]),
  notes=[
    "Logistics firm's blog reposting the USTR release: no title in the excerpt, date line 'October 22, 2021', dateline 'WASHINGTON -'. The last paragraph's second sentence was cut mid-way ('... U.S. Submission 2016'): only its first sentence was kept.",
    "Session: 'held the third meeting of the Free Trade Commission (the “Commission” or the “FTC”) under the United States – Colombia Trade Promotion Agreement' -> forum FTC, ordinal 3, start = end = 2021-10-22 ('On Friday, October 22, 2021'), location from the dateline; 'The meeting was led by Daniel Watson ... and Andrés Cárdenas Muñoz' -> co-chairs.",
    "Sections: one untitled section of 5 paragraphs (single line breaks).",
    "Commitments (required): '... and reaffirmed commitment to working together on shared priorities, including labor and environment, ...' (the sentence 'Colombia and the United States reviewed trade and economic developments ...'; affirmation; goods-trade, energy-environment), 'Both countries agreed to hold an Environmental Affairs Council (“EAC”) meeting in 2022 ..., and directed our customs and trade facilitation teams to hold follow up discussions ...' (cooperation; energy-environment, goods-trade), 'We also directed our staff to include on our next FTC meeting agenda an exchange of information regarding each country’s programs related to small and medium-sized businesses.' (a directive = pledge; SMEs: other). Optional: the meeting held, 'The Commission is responsible for supervising implementation ...' (standing description), the meeting led. 'received reports ... and discussed bilateral issues of concern' and 'had a robust discussion of labor matters' are discussions.",
    "Dates: date line (publication), 'October 22, 2021' in the dateline paragraph (event; 'Friday' is part of the same date), 'August 2018' (the last meeting, event), 'in 2022' (the planned EAC meeting, event).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Colombia", "country", "CO", aliases=["Colombia"]),
    P("Free Trade Commission", "forum", None, acronym="FTC", aliases=["Free Trade Commission", "FTC", "Commission"]),
    P("United States – Colombia Trade Promotion Agreement", "forum", None, acronym="CTPA",
      aliases=["United States – Colombia Trade Promotion Agreement", "CTPA"]),
    P("Daniel Watson", "person", "US", aliases=["Daniel Watson"], titles=["Assistant United States Trade Representative for the Western Hemisphere"]),
    P("Andrés Cárdenas Muñoz", "person", "CO", aliases=["Andrés Cárdenas Muñoz"], titles=["Vice Minister of Foreign Trade"]),
    P("Ministry of Commerce, Industry and Tourism", "government_body", "CO", aliases=["Ministry of Commerce, Industry and Tourism"]),
    P("Environmental Affairs Council", "forum", None, acronym="EAC", aliases=["Environmental Affairs Council", "EAC"]),
    P("Biden-Harris Administration", "government_body", "US", aliases=["Biden-Harris Administration"], optional=True),
  ],
  dates=[
    D("October 22, 2021", "2021-10-22", "2021-10-22", "day", "publication", occurrence=1),
    D("October 22, 2021", "2021-10-22", "2021-10-22", "day", "event", occurrence=2),
    D("August 2018", "2018-08-01", "2018-08-31", "month", "event"),
    D("2022", "2022-01-01", "2022-12-31", "year", "event"),
  ],
  commitments=[
    C(cut(st, "WASHINGTON - On Friday", "or the “CTPA”)."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commission is responsible for supervising", "elaboration of the CTPA."), ["CO", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "The meeting was led by Daniel Watson", "Industry and Tourism."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "Colombia and the United States reviewed", "inclusive trade policies."), ["CO", "US"], "affirmation", ["goods-trade", "energy-environment"]),
    C(cut(st, "Both countries agreed to hold", "customs procedures."), ["CO", "US"], "cooperation", ["energy-environment", "goods-trade"]),
    C(cut(st, "We also directed our staff", "medium-sized businesses."), ["CO", "US"], "pledge", ["other"]),
  ])

# --- USTR: second U.S.-Colombia Free Trade Commission (Washington, August 2, 2018) ---
st = "ustr-us-colombia-ftc-2-2018"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("FTC", "United States – Colombia Free Trade Commission", 2, "2018-08-02", "2018-08-02", "Washington, D.C.", []),
  notes=[
    "USTR press release as stored: no title, no date line (August 2018 from the page address); dateline 'Washington, D.C. –'. The last paragraph's second sentence was cut mid-word ('... the pending issues identi'): only its first sentence was kept.",
    "Session: 'held the second meeting of the United States – Colombia Free Trade Commission (the “Commission” or the “FTC”)' -> forum FTC, ordinal 2, start = end = 2018-08-02 ('On Thursday, August 2, 2018'), location from the dateline; 'officials' only, nobody named: co-chairs [].",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments: the only required one is 'Officials also agreed to continue to work together to ensure effective implementation of, and compliance with, the trade in goods and services, customs, intellectual property rights, labor, and environment obligations of the Agreement.' (cooperation; goods-trade, services, ipr). Optional: the meeting held, the standing description of the Commission, 'Both sides noted that the bilateral trade relationship has continued to strengthen ...' (claim), 'Officials underscored the importance of ...' (importance), 'The two governments reviewed the important ongoing engagement on labor issues, an area in which the Colombian government has made progress ...' (a review with a claim of Colombia's progress). 'the officials reviewed the trade and economic impact' is a review; 'A discussion of bilateral issues of concern included ...' is a discussion-topic list.",
    "Dates: 'August 2, 2018' (event; no date line, but a full date: required), 'November 2012' (the previous meeting, event), '2017' in 'the 2017 Public Report of Review' (a year in a name: role other). 'Submission 2016-02' is a number, not a date. Quantities: 'six years' (a duration, optional count).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Colombia", "country", "CO", aliases=["Colombia", "Colombian"]),
    P("United States – Colombia Free Trade Commission", "forum", None, acronym="FTC",
      aliases=["United States – Colombia Free Trade Commission", "FTC", "Commission"]),
    P("United States – Colombia Trade Promotion Agreement", "forum", None, acronym="CTPA",
      aliases=["United States – Colombia Trade Promotion Agreement", "CTPA"]),
  ],
  quantities=[Q("six years", 6, "count", unit="years", optional=True)],
  dates=[
    D("August 2, 2018", "2018-08-02", "2018-08-02", "day", "event"),
    D("November 2012", "2012-11-01", "2012-11-30", "month", "event"),
    D("2017", "2017-01-01", "2017-12-31", "year", "other"),
  ],
  commitments=[
    C(cut(st, "Washington, D.C. – On Thursday", "Free Trade Commission (the “Commission” or the “FTC”)."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commission is responsible for overseeing", "(the “Agreement” or the CTPA)."), ["CO", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "Both sides noted that the bilateral trade relationship", "well and smoothly."), ["CO", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Officials underscored the importance", "facilitating competiveness."), ["CO", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Officials also agreed to continue to work together", "obligations of the Agreement."), ["CO", "US"], "cooperation", ["goods-trade", "services", "ipr"]),
    C(cut(st, "The two governments reviewed the important ongoing engagement", "2016-02 (Colombia)."), ["CO", "US"], "affirmation", ["other"], optional=True),
  ])

# --- USTR: joint statement of Tai and Umaña at WTO MC13 (meeting February 29, 2024; statement March 08, 2024) ---
st = "ustr-us-colombia-joint-statement-tai-umana-2024"
write(st,
  kind="press_release", issued="2024-03-08",
  title="Joint Statement from the United States and Colombia",
  session=session(None, None, None, "2024-02-29", "2024-02-29", None, ["Katherine Tai", "German Umaña"]),
  notes=[
    "USTR page: title, zero-padded date line 'March 08, 2024'. Complete as stored.",
    "Session: a bilateral ministerial meeting with no named forum ('held a bilateral meeting on the margins of the Thirteenth Ministerial Conference of the World Trade Organization'): forum and name null, start = end = 2024-02-29 (a leap day), no place named (the Conference's place is not in the text): location null; co-chairs the two who held the meeting and led the delegations.",
    "Sections: one untitled section of 8 paragraphs.",
    "Commitments (required): 'The United States and Colombia commit to crafting trade policy at both the bilateral and multilateral levels that serve the interests of all our people.' (pledge; goods-trade), 'With respect to the United States-Colombia Trade Promotion Agreement, we will continue discussions on environmental issues, workers’ rights, and the standards of investment the protection ...' (continuing a dialogue = cooperation; energy-environment, investment; the garbled 'investment the protection' is as on the page), 'Together we will continue our cooperation on issues of mutual interest and use trade to drive inclusive, sustainable, and equitable economic growth.' (cooperation; goods-trade). Optional: the meeting held, 'We note that current discussions within the framework of the WTO ...' (position), 'we recognize the importance of ...' (importance), 'We also acknowledge ongoing discussions regarding ... TRIPS flexibilities ... access to medicines' (position; ipr, health), 'We are optimistic ...' (hope), the two delegation lines.",
    "Dates: date line (publication), 'February 29, 2024' (event).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("United States", "country", "US", aliases=["The United States", "United States"]),
    P("Colombia", "country", "CO", aliases=["Colombia"]),
    P("Katherine Tai", "person", "US", aliases=["United States Trade Representative Katherine Tai"], titles=["United States Trade Representative"]),
    P("German Umaña", "person", "CO", aliases=["German Umaña"], titles=["Minister of Commerce, Industry, and Tourism"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
    P("United States-Colombia Trade Promotion Agreement", "forum", None, aliases=["United States-Colombia Trade Promotion Agreement"]),
    P("Thirteenth Ministerial Conference", "forum", None, aliases=["Thirteenth Ministerial Conference"], optional=True),
    P("Agreement on Trade-Related Aspects of Intellectual Property Rights", "forum", None,
      aliases=["Agreement on Trade-Related Aspects of Intellectual Property Rights"], optional=True),
  ],
  dates=[
    D("March 08, 2024", "2024-03-08", "2024-03-08", "day", "publication"),
    D("February 29, 2024", "2024-02-29", "2024-02-29", "day", "event"),
  ],
  commitments=[
    C(cut(st, "On February 29, 2024,", "Organization (WTO)."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "The United States and Colombia commit", "all our people."), ["CO", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "We note that current discussions", "and policy space."), ["CO", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "In light of these goals", "workers and farmers."), ["CO", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "We also acknowledge ongoing discussions", "medicines for all."), ["CO", "US"], "affirmation", ["ipr", "health"], optional=True),
    C(cut(st, "With respect to the United States-Colombia Trade Promotion Agreement", "dispute settlement."), ["CO", "US"], "cooperation", ["energy-environment", "investment"]),
    C(cut(st, "We are optimistic", "and communities."), ["CO", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Together we will continue our cooperation", "economic growth."), ["CO", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "The United States delegation was led", "Katherine Tai.", nth=1), ["US"], "action", ["other"], optional=True),
    C(cut(st, "Colombia’s delegation was led", "German Umaña."), ["CO"], "action", ["other"], optional=True),
  ])

# --- Textile World: first U.S.-Colombia FTC (Washington, Nov. 19, 2012) ---
st = "textileworld-us-colombia-ftc-1-2012"
write(st,
  kind="news_article", issued=None,
  title="U.S.-Colombia FTC Concludes First Meeting",
  session=session("FTC", "U.S.-Colombia Free Trade Commission", 1, "2012-11-19", "2012-11-19", "Washington",
                  ["Miriam Sapiro", "Gabriel Duque Mildenberg"]),
  notes=[
    "Textile World news item: headline, then hard-wrapped paragraphs (line breaks inside sentences, paragraphs separated by blank lines), then the issue line 'November/December 2012' and 'SHARE' (chrome). No date line (the issue line is a two-month magazine issue, not a date line: issued null).",
    "Session: 'The first meeting of the U.S.-Colombia Free Trade Commission (FTC) took place in Washington on Nov. 19, 2012' (the date is broken by a line break after 'Nov.') -> forum FTC, ordinal 1, start = end = 2012-11-19, location 'Washington'; co-chairs: 'Miriam Sapiro hosted the meeting, and ... Gabriel Duque Mildenberg led the Colombian delegation'.",
    "Sections (hard case): one untitled section of 5 blocks, one per blank-line-separated paragraph; the single line breaks here are hard wraps inside sentences, not paragraph breaks.",
    "Commitments: the only required one is 'The U.S. and Colombian delegations have decided to consider accelerating the agreement’s tariff provisions and to set time frames to implement the dispute settlement mechanism and update the rules of origin.' (pledge; goods-trade). Optional: the meeting held, the hosting/leading sentence, 'The FTC oversees the implementation ...' (description), 'According to USTR Ambassador Ron Kirk, the agreement is already accruing benefits to both sides.' and Kirk's quoted claims, 'Other actions have included monitoring fulfillment of commitments ...; as well as reviewing the work of the ... committees.' (reviews reported as actions). 'there were discussions surrounding ...' is a discussion.",
    "Quantities: '20-percent'. Dates: 'Nov.\\n19, 2012' (event, split by a line break), 'May 15, 2012' (entry into force, event), 'May to September 2012' (period), '2011' (reference), 'November/December 2012' (issue line: optional, publication).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["U.S."]),
    P("Colombia", "country", "CO", aliases=["Colombia", "Colombian"]),
    P("U.S.-Colombia Free Trade Commission", "forum", None, acronym="FTC", aliases=["U.S.-Colombia Free Trade Commission", "FTC"]),
    P("U.S.-Colombia Trade Promotion Agreement", "forum", None, acronym="TPA", aliases=["U.S.-Colombia Trade Promotion Agreement", "TPA"]),
    P("Miriam Sapiro", "person", "US", aliases=["Deputy U.S. Trade Representative (USTR) Miriam Sapiro"], titles=["Deputy U.S. Trade Representative"]),
    P("Gabriel Duque Mildenberg", "person", "CO", aliases=["Gabriel Duque Mildenberg"], titles=["Vice Minister of Trade"]),
    P("Ron Kirk", "person", "US", aliases=["USTR Ambassador Ron Kirk", "Kirk"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", acronym="USTR", aliases=["USTR"], optional=True),
  ],
  quantities=[Q("20-percent", 20, "percent")],
  dates=[
    D("Nov.\n19, 2012", "2012-11-19", "2012-11-19", "day", "event"),
    D("May 15, 2012", "2012-05-15", "2012-05-15", "day", "event"),
    D("May to September 2012", "2012-05-01", "2012-09-30", "month", "period"),
    D("2011", "2011-01-01", "2011-12-31", "year", "reference"),
    D("November/December 2012", "2012-11-01", "2012-12-31", "month", "publication", optional=True),
  ],
  commitments=[
    C(cut(st, "The first meeting of the U.S.-Colombia", "19, 2012."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "Deputy U.S. Trade Representative (USTR) Miriam Sapiro hosted", "Colombian delegation."), ["CO", "US"], "action", ["other"], optional=True),
    C(cut(st, "The FTC oversees the implementation", "May 15, 2012."), ["CO", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "According to USTR Ambassador Ron Kirk", "both sides."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "“All indications are", "successful start."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "In\naddition, the FTC meeting provides", "Hemisphere.”"), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The U.S. and Colombian delegations have decided", "the rules of origin."), ["CO", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "Other actions have included", "Measures committees."), ["CO", "US"], "action", ["standards", "agriculture"], optional=True),
  ])

# --- USTR: first Free Trade Commission of the U.S.-Peru TPA (Washington, February 2010) ---
st = "ustr-us-peru-ftc-1-2010"
write(st,
  kind="press_release", issued=None, title=None,
  session=session("FTC", "Free Trade Commission", 1, None, None, "Washington D.C.", ["Everett Eissenstat", "Eduardo Ferreyros"]),
  notes=[
    "USTR press release as stored: no title, no date line (February 2010 from the page address); dateline 'Washington D.C. - Today'. The closing quote's second sentence was cut mid-way: the paragraph was kept up to 'said Everett Eissenstat.'",
    "Session: 'convened the first meeting of the Free Trade Commission (FTC) of the U.S.-Peru Trade Promotion Agreement (PTPA)' -> forum FTC, ordinal 1; dates null ('Today' without a date line); location from the dateline; co-chairs the two who led the delegations.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'In addition, the Parties formally established the Committee on Agricultural Trade ... and the Standing Committee on Sanitary and Phytosanity Matters ...' (action; agriculture; 'Phytosanity' as on the page) and '... and established a working group to develop ideas on how to further enhance the ability of SMEs to capitalize on the benefits of the PTPA.' (the sentence 'Additionally, officials discussed the importance of the PTPA to small- and medium-sized businesses ...'; action; SMEs: other). Optional: the meeting convened, the delegations led, 'Both governments acknowledged the progress over the last year ... and discussed a plan to effectively monitor ... environment and labor obligations' (acknowledgement and discussion), the quote (claims). The two 'discussed' sentences are discussions.",
    "Dates: 'Today' (no date line: optional, fuzzy 2010), 'the last year' (optional, relative, fuzzy).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Peru", "country", "PE", aliases=["Peru", "Peruvian"]),
    P("Free Trade Commission", "forum", None, acronym="FTC", aliases=["Free Trade Commission", "FTC"]),
    P("U.S.-Peru Trade Promotion Agreement", "forum", None, acronym="PTPA", aliases=["U.S.-Peru Trade Promotion Agreement", "PTPA"]),
    P("Everett Eissenstat", "person", "US", aliases=["Everett Eissenstat"], titles=["Assistant U.S. Trade Representative for the Americas"]),
    P("Eduardo Ferreyros", "person", "PE", aliases=["Vice Minister of Foreign Trade and Tourism Eduardo Ferreyros"], titles=["Vice Minister of Foreign Trade and Tourism"]),
    P("Committee on Agricultural Trade", "forum", None, aliases=["Committee on Agricultural Trade"]),
    P("Standing Committee on Sanitary and Phytosanity Matters", "forum", None, aliases=["Standing Committee on Sanitary and Phytosanity Matters"]),
  ],
  dates=[
    D("Today", "2010-01-01", "2010-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("the last year", "2009-01-01", "2010-12-31", "year", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Washington D.C. - Today", "Trade Promotion Agreement (PTPA)."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "Everett Eissenstat, Assistant", "Peruvian delegation."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both governments acknowledged the progress", "labor obligations."), ["PE", "US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "In addition, the Parties formally established", "phytosanitary issues."), ["PE", "US"], "action", ["agriculture"]),
    C(cut(st, "Additionally, officials discussed the importance", "benefits of the PTPA."), ["PE", "US"], "action", ["other"]),
    C(cut(st, "\"The United States is pleased", "said Everett Eissenstat."), ["US"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- USTR: joint statement of the sixth U.S.-Peru Free Trade Commission (Lima, February 15, 2024) ---
st = "ustr-us-peru-ftc-6-joint-statement-2024"
write(st,
  kind="press_release", issued="2024-02-16",
  title="Joint Statement of the Sixth United States-Peru FTA Free Trade Commission Meeting",
  session=session(None, "U.S.-Peru Free Trade Commission", 6, "2024-02-15", "2024-02-15", "Lima, Peru",
                  ["Daniel Watson", "Jose Luis Castillo"]),
  notes=[
    "Fitted phase (task PDML, issue #15): the last committee of the reports list, 'the Committee on Trade in Goods – Rules of Origin and Customs Administration and Trade Facilitation', added as optional like the other committees of the list.",
    "USTR page: title, date line 'February 16, 2024', dateline 'LIMA -', headings 'Committee and Council Meetings' and 'Implementation Issues'. The last paragraph's second sentence was cut mid-word ('Peru provided additiona'): only its first sentence was kept.",
    "Session: 'The sixth meeting of the U.S.-Peru Free Trade Commission (Commission) convened in Lima, Peru on February 15, 2024' -> no acronym in the text (forum null, name 'U.S.-Peru Free Trade Commission'), ordinal 6, start = end = 2024-02-15, location 'Lima, Peru'; co-chairs the two who led the delegations.",
    "Sections: an untitled opening paragraph (1), 'Committee and Council Meetings' (1), 'Implementation Issues' (1).",
    "Commitments: none required (hard call). 'The United States and Peru reaffirmed the importance of effectively implementing the Labor Chapter of the PTPA and discussed next steps for a Labor Affairs Council meeting.' reaffirms an importance (borderline: optional); 'Both sides commended the open public session ...' (praise), 'Parties consider such open dialogues important ...' (importance), the meeting convened, the delegations led and the standing description of the Commission are optional. 'received reports' is not a commitment.",
    "Dates: date line (publication), 'February 15, 2024' (event). '15th anniversary' is an ordinal, not a date.",
  ],
  sections=[S(None, 1), S("Committee and Council Meetings", 1), S("Implementation Issues", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Peru", "country", "PE", aliases=["Peru", "Peruvian"]),
    P("U.S.-Peru Free Trade Commission", "forum", None, aliases=["U.S.-Peru Free Trade Commission", "Commission"]),
    P("United States-Peru Trade Promotion Agreement", "forum", None, acronym="PTPA", aliases=["United States-Peru Trade Promotion Agreement", "PTPA"]),
    P("Daniel Watson", "person", "US", aliases=["Daniel Watson"], titles=["Assistant United States Trade Representative for the Western Hemisphere"]),
    P("Jose Luis Castillo", "person", "PE", aliases=["Jose Luis Castillo"], titles=["Director General of International Trade Negotiations"]),
    P("Environmental Affairs Council", "forum", None, acronym="EAC", aliases=["Environmental Affairs Council", "EAC"]),
    P("Forest Sector Governance Sub-Committee", "forum", None, aliases=["Forest Sector Governance Sub-Committee"]),
    P("Environmental Cooperation Commission", "forum", None, acronym="ECC", aliases=["Environmental Cooperation Commission", "ECC"]),
    P("United States – Peru Environmental Cooperation Agreement", "forum", None, acronym="ECA",
      aliases=["United States – Peru Environmental Cooperation Agreement", "ECA"], optional=True),
    P("Technical Barriers to Trade Committee", "forum", None, aliases=["Technical Barriers to Trade Committee"], optional=True),
    P("Committee on Sanitary and Phytosanitary Measures", "forum", None, aliases=["Committee on Sanitary and Phytosanitary Measures"], optional=True),
    P("Committee on Trade in Goods", "forum", None, aliases=["Committee on Trade in Goods"], optional=True),
    P("Labor Affairs Council", "forum", None, aliases=["Labor Affairs Council"], optional=True),
  ],
  dates=[
    D("February 16, 2024", "2024-02-16", "2024-02-16", "day", "publication"),
    D("February 15, 2024", "2024-02-15", "2024-02-15", "day", "event"),
  ],
  commitments=[
    C(cut(st, "LIMA - The sixth meeting", "Agreement (PTPA)."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Commission is responsible", "of the Agreement."), ["PE", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "Assistant United States Trade Representative for the Western Hemisphere, Daniel Watson", "Peruvian delegation."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both sides commended the open public session", "and the ECA."), ["PE", "US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "Parties consider such open dialogues", "relevant stakeholders."), ["PE", "US"], "affirmation", ["transparency"], optional=True),
    C(cut(st, "The United States and Peru reaffirmed the importance", "Labor Affairs Council meeting."), ["PE", "US"], "affirmation", ["other"], optional=True),
  ])

# --- USTR (archive): second Free Trade Commission of the U.S.-Peru TPA (Lima, July 13, 2011) ---
st = "ustr-us-peru-ftc-2-2011"
write(st,
  kind="press_release", issued="2011-07-14",
  title="U.S., Peru Work to Strengthen Ties, Create Economic Opportunities for Workers, Businesses, Farmers, Ranchers",
  session=session("FTC", "Free Trade Commission", 2, "2011-07-13", "2011-07-13", "Lima, Peru", ["John Melle", "Carlos Posada"]),
  notes=[
    "USTR archived page: archive banner and 'Click here ...' are chrome; title; date line 'July 14, 2011'; dateline 'Lima, Peru –'. The last paragraph's third sentence was cut mid-way ('The governments discussed plans to continue to '): only its complete sentences were kept.",
    "Session: 'convened the second meeting of the Free Trade Commission (FTC) of the United States-Peru Trade Promotion Agreement (PTPA) yesterday in Lima, Peru' -> forum FTC, ordinal 2, start = end = 2011-07-13 ('yesterday' counted back from the date line), location 'Lima, Peru'; co-chairs the two who led the delegations.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: the only required one is Melle's quoted 'The United States looks forward to continuing to work with Peru to further our bilateral trade relationship as well as advance the Trans-Pacific Partnership Agreement and other multilateral trade initiatives.' (hard call: a stated intention of the U.S. to keep working with Peru = cooperation; US PE; goods-trade; fitted phase: made optional, as every other 'looks forward to' sentence of sets F-M and this set's hopes are). Optional: the meeting convened, the delegations led, 'The PTPA has strengthened ties ...' (claim), 'Both governments noted the good work ...' (praise), 'We thank the Peruvian government ...' (thanks), 'Both governments acknowledged the progress ..., particularly the passage by Peru of the Forestry and Wildlife Law.' (fitted phase: both governments acknowledge, so affirmation, PE US, as the same sentence in the first FTC's statement; was 'Peru's law recounted: action, PE'), 'That law sets out key reforms ...' (description). 'officials discussed ...' is a discussion.",
    "Dates: date line (publication), 'yesterday' (event, relative, 2011-07-13, required with the date line), 'the last year' (optional, relative, fuzzy).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["The United States", "United States", "U.S."]),
    P("Peru", "country", "PE", aliases=["Peru", "Peruvian"]),
    P("Free Trade Commission", "forum", None, acronym="FTC", aliases=["Free Trade Commission", "FTC"]),
    P("United States-Peru Trade Promotion Agreement", "forum", None, acronym="PTPA", aliases=["United States-Peru Trade Promotion Agreement", "PTPA"]),
    P("John Melle", "person", "US", aliases=["John Melle"], titles=["Assistant U.S. Trade Representative for the Western Hemisphere"]),
    P("Carlos Posada", "person", "PE", aliases=["Carlos Posada"], titles=["Vice Minister of Foreign Trade and Tourism"]),
    P("Trans-Pacific Partnership Agreement", "forum", None, aliases=["Trans-Pacific Partnership Agreement"]),
  ],
  dates=[
    D("July 14, 2011", "2011-07-14", "2011-07-14", "day", "publication"),
    D("yesterday", "2011-07-13", "2011-07-13", "day", "event", relative=True),
    D("the last year", "2010-01-01", "2011-12-31", "year", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "Lima, Peru – The United States and Peru convened", "in Lima, Peru."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "John Melle, Assistant", "delegation for Peru."), ["PE", "US"], "action", ["other"], optional=True),
    C(cut(st, "“The PTPA has strengthened ties", "farmers and ranchers."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Both governments noted the good work", "by the Agreement,”"), ["PE", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "“The United States looks forward", "trade initiatives."), ["PE", "US"], "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "We thank the Peruvian government", "Commission meeting.”"), ["US"], "affirmation", ["other"], optional=True),
    C(cut(st, "Both governments acknowledged the progress", "Forestry and Wildlife Law."), ["PE", "US"], "affirmation", ["energy-environment"], optional=True),
    C(cut(st, "That law sets out key reforms", "trade in wildlife."), ["PE"], "affirmation", ["energy-environment"], optional=True),
  ])

# --- USTR: joint statement of the fifth U.S.-Ecuador Trade and Investment Council (Washington, April 29, 2024) ---
st = "ustr-us-ecuador-tic-5-joint-statement-2024"
write(st,
  kind="press_release", issued="2024-04-29",
  title="Joint Statement of the United States – Ecuador Trade and Investment Council",
  session=session("TIC", "United States-Ecuador Trade and Investment Council", 5, "2024-04-29", "2024-04-29", "Washington, DC",
                  ["Cara Morrow", "Sonsoles García"]),
  notes=[
    "USTR page: title, date line 'April 29, 2024', the line 'Fifth Meeting, Washington, DC' (a subtitle with the place: not a block), dateline 'WASHINGTON – On April 29'. Complete as stored.",
    "Session: 'held the fifth meeting of the United States-Ecuador Trade and Investment Council (TIC)' -> forum TIC, ordinal 5, start = end = 2024-04-29, location as the subtitle line writes it ('Washington, DC'); co-chairs the two who led the delegations.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'In addition, bilateral Committees on Labor Affairs, Environment, and Fair Trade were established.' (action; energy-environment, goods-trade), 'Through these dialogues, the two countries reaffirmed their shared commitment to pursue a bilateral trade policy that is resilient, ...' (affirmation; goods-trade), 'Both countries agreed to continue technical dialogues within the framework of these Committees ...' (cooperation; goods-trade, energy-environment), 'Ecuador and the United States concluded the meeting by committing to organize a small and medium-sized enterprise (SME) dialogue ...' (a dialogue to be held = cooperation; other). Optional: the meeting held, the delegations led, 'This meeting highlighted the importance of the relationship ...' (importance). 'Technical dialogues were carried out on ...' is a discussion list.",
    "Dates: date line (publication); 'April 29' in the dateline (day and month, the year only in the date line: optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Ecuador", "country", "EC", aliases=["Ecuador", "Ecuadorian"]),
    P("United States-Ecuador Trade and Investment Council", "forum", None, acronym="TIC",
      aliases=["United States-Ecuador Trade and Investment Council", "TIC"]),
    P("Cara Morrow", "person", "US", aliases=["Cara Morrow"], titles=["Senior Advisor at the Office of the United States Trade Representative"]),
    P("Sonsoles García", "person", "EC", aliases=["Sonsoles García"], titles=["Minister of Production, Foreign Trade, Investment and Fisheries"]),
    P("Office of the United States Trade Representative", "government_body", "US", aliases=["Office of the United States Trade Representative"]),
    P("Protocol on Trade Rules and Transparency", "forum", None, aliases=["Protocol on Trade Rules and Transparency"], optional=True),
    P("Americas Partnership for Economic Prosperity", "forum", None, aliases=["Americas Partnership for Economic Prosperity"], optional=True),
  ],
  dates=[
    D("April 29, 2024", "2024-04-29", "2024-04-29", "day", "publication"),
    D("April 29", "2024-04-29", "2024-04-29", "day", "event", optional=True, occurrence=2),
  ],
  commitments=[
    C(cut(st, "WASHINGTON – On April 29", "Council (TIC)."), ["EC", "US"], "action", ["other"], optional=True),
    C(cut(st, "The United States delegation was led", "Sonsoles García."), ["EC", "US"], "action", ["other"], optional=True),
    C(cut(st, "This meeting highlighted the importance", "Economic Prosperity."), ["EC", "US"], "affirmation", ["transparency", "goods-trade"], optional=True),
    C(cut(st, "In addition, bilateral Committees", "were established."), ["EC", "US"], "action", ["energy-environment", "goods-trade"]),
    C(cut(st, "Through these dialogues, the two countries reaffirmed", "equitable growth."), ["EC", "US"], "affirmation", ["goods-trade"]),
    C(cut(st, "Both countries agreed to continue technical dialogues", "areas of collaboration."), ["EC", "US"], "cooperation", ["goods-trade", "energy-environment"]),
    C(cut(st, "Ecuador and the United States concluded the meeting", "to all sectors."), ["EC", "US"], "cooperation", ["other"]),
  ])

# --- USTR: joint statement on the entry into force of the U.S.-Ecuador Protocol (Quito, August 12, 2021) ---
st = "ustr-us-ecuador-protocol-joint-statement-2021"
write(st,
  kind="press_release", issued="2021-08-16",
  title="Joint Statement by the United States and Ecuador",
  session=session(None, None, None, "2021-08-12", "2021-08-12", "Quito", []),
  notes=[
    "USTR page: title, date line 'August 16, 2021', dateline 'QUITO – On August 12'. The last paragraph ('Finally, the two sides agreed to convene the fourth Tr...') was cut mid-word inside its only sentence and was dropped.",
    "Session: officials of both sides marking the Protocol's entry into force and holding meetings in Quito (no forum session: the TIC Agreement is the framework, the meeting is not a TIC meeting): forum and name null, start = end = 2021-08-12 (hard call: the day of the occasion, the year from the date line), location 'Quito'; Watson and Legarda 'marked the occasion' (not chairs): co-chairs [].",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'They also agreed to identify cooperation mechanisms for the full implementation of the provisions of the Annex on Trade Facilitation, to benefit both parties.' (pledge; goods-trade) and 'In the area of agriculture, the parties agreed to maintain a constant dialogue in order to develop a road map ...' (cooperation; agriculture). Optional: the entry into force marked (a ceremony), 'The Protocol was negotiated ... and signed in Quito in December 2020.' (an earlier signing recounted), the officials marking the occasion, the meetings held in Quito, 'Likewise, they confirmed the importance ... of strong environmental protections ...' (importance). The 'discussed' / 'exchanged information' sentences are discussions.",
    "Dates: date line (publication), 'August 12' (day-month, year only in the date line: optional), '1990' in 'the 1990 United States – Ecuador Trade and Investment Council Agreement' (a year in a name: other), 'December 2020' (event).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "United States of America"]),
    P("Ecuador", "country", "EC", aliases=["Ecuador"]),
    P("United States – Ecuador Trade and Investment Council Agreement", "forum", None, acronym="TIC",
      aliases=["United States – Ecuador Trade and Investment Council Agreement", "TIC"]),
    P("Daniel Watson", "person", "US", aliases=["Assistant United States Trade Representative Daniel Watson"], titles=["Assistant United States Trade Representative"]),
    P("Daniel Legarda", "person", "EC", aliases=["Daniel Legarda"], titles=["Vice Minister of Trade"]),
    P("Office of the United States Trade Representative", "government_body", "US", aliases=["Office of the United States Trade Representative"]),
    P("Ministry of Production, Trade, Investment, and Fisheries", "government_body", "EC",
      aliases=["Ministry of Production, Trade, Investment, and Fisheries"]),
    P("Protocol Relating to Trade Rules and Transparency", "forum", None, aliases=["Protocol"], optional=True),
  ],
  dates=[
    D("August 16, 2021", "2021-08-16", "2021-08-16", "day", "publication"),
    D("August 12", "2021-08-12", "2021-08-12", "day", "event", optional=True),
    D("1990", "1990-01-01", "1990-12-31", "year", "other"),
    D("December 2020", "2020-12-01", "2020-12-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "QUITO – On August 12", "(the “Protocol”)."), ["EC", "US"], "action", ["transparency", "goods-trade"], optional=True),
    C(cut(st, "The Protocol was negotiated", "December 2020."), ["EC", "US"], "action", ["transparency", "goods-trade"], optional=True),
    C(cut(st, "Assistant United States Trade Representative Daniel Watson", "in the Protocol."), ["EC", "US"], "action", ["other"], optional=True),
    C(cut(st, "While in Quito", "faced by SMEs."), ["EC", "US"], "action", ["agriculture", "energy-environment"], optional=True),
    C(cut(st, "They also agreed to identify cooperation mechanisms", "benefit both parties."), ["EC", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "In the area of agriculture", "policy of Ecuador."), ["EC", "US"], "cooperation", ["agriculture"]),
    C(cut(st, "Likewise, they confirmed the importance", "global climate change."), ["EC", "US"], "affirmation", ["energy-environment"], optional=True),
  ])

# --- USTR: joint statement of the fourth U.S.-Ecuador Trade and Investment Council (Guayaquil, February 15-16, 2022) ---
st = "ustr-us-ecuador-tic-4-joint-statement-2022"
write(st,
  kind="press_release", issued="2022-02-18",
  title="Joint Statement of the United States – Ecuador Trade and Investment Council",
  session=session("TIC", "United States-Ecuador Trade and Investment Council", 4, "2022-02-15", "2022-02-16", "Guayaquil",
                  ["Jayme White", "Julio Jose Prado"]),
  notes=[
    "USTR page (host spelled 'ustr.gov.'): 'Breadcrumb' is chrome; title; date line 'February 18, 2022'; dateline 'GUAYAQUIL - On February 15 and 16'. Paragraphs are separated by lines holding a single space. The last paragraph ('The meetings also provided an opportunity to review the implementation of the Protocol on ...') was cut mid-sentence and dropped.",
    "Session: 'held the fourth meeting of the United States-Ecuador Trade and Investment Council (TIC)' -> forum TIC, ordinal 4, start 2022-02-15, end 2022-02-16 ('On February 15 and 16', the year from the date line), location from the dateline; co-chairs the two who led the delegations.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments (required): 'Both countries reaffirmed their commitment to pursuing a bilateral trade policy that is resilient, ...' (affirmation; goods-trade), 'Both sides agreed to identify areas of technical cooperation.' (on labor: pledge; other), 'Both sides agreed to continue with technical dialogues across the range of shared priority trade and environment issues, ...' (cooperation; goods-trade, energy-environment). Optional: the meeting held, the delegations led, 'The TIC meeting and the working group meetings ... highlighted the importance of ...' (importance). 'dialogue focused on', 'Meetings held on labor identified progress', 'addressed progress', 'were presented' report discussions, not commitments.",
    "Dates: date line (publication); 'February 15 and 16' (two days with one month and no year: optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Ecuador", "country", "EC", aliases=["Ecuador", "Ecuadorian"]),
    P("United States-Ecuador Trade and Investment Council", "forum", None, acronym="TIC",
      aliases=["United States-Ecuador Trade and Investment Council", "TIC"]),
    P("Jayme White", "person", "US", aliases=["Ambassador Jayme White"], titles=["Deputy U.S. Trade Representative"]),
    P("Julio Jose Prado", "person", "EC", aliases=["Julio Jose Prado"], titles=["Minister of Production, Foreign Trade, Investment and Fisheries"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["Office of the U.S. Trade Representative"]),
    P("Ministry of Production, Foreign Trade, Investment and Fisheries", "government_body", "EC",
      aliases=["Ministry of Production, Foreign Trade, Investment and Fisheries"]),
  ],
  dates=[
    D("February 18, 2022", "2022-02-18", "2022-02-18", "day", "publication"),
    D("February 15 and 16", "2022-02-15", "2022-02-16", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "GUAYAQUIL - On February 15 and 16", "Council (TIC)."), ["EC", "US"], "action", ["other"], optional=True),
    C(cut(st, "The U.S. delegation was led", "Julio Jose Prado."), ["EC", "US"], "action", ["other"], optional=True),
    C(cut(st, "The TIC meeting and the working group meetings", "commitment to collaboration."), ["EC", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Both countries reaffirmed their commitment", "equitable growth."), ["EC", "US"], "affirmation", ["goods-trade"]),
    C(cut(st, "Both sides agreed to identify areas", "technical cooperation."), ["EC", "US"], "pledge", ["other"]),
    C(cut(st, "Both sides agreed to continue with technical dialogues", "areas of collaboration."), ["EC", "US"], "cooperation", ["goods-trade", "energy-environment"]),
  ])
