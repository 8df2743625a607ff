from goldlib import C, D, P, Q, S, cut, session, write

st = "unt-ustr-us-japan-motegi-lighthizer-consultations-2018"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="Statement on Meetings Between the United States and Japan to Advance the Bilateral Trade Relationship",
  session=session(None, "ministerial consultations", None, None, None, "Washington, DC",
                  ["Toshimitsu Motegi", "Robert Lighthizer"]),
  notes=[
    "USTR press release (UNT web archive; URL 2018/august). No date line: 'yesterday and today' and 'sometime in September' cannot be anchored (issued null, session dates null, those dates optional). The text opens with an empty line.",
    "Session: the ministerial consultations between Motegi and Lighthizer; no forum name or acronym in the text (descriptive forum value); location only from the dateline 'Washington, DC' (hard call). Co-chairs: the two ministers who held the consultations.",
    "One untitled section of 4 paragraphs.",
    "Commitments: 'Both sides also agreed to deepen U.S.-Japan cooperation in various international economic issues' (required cooperation), 'both sides agreed to explore ways to fill the gap ... and to promote trade ..., and to expand areas of cooperation ...' (required pledge), 'also agreed to continue the consultations ... in the next round ... to be held sometime in September' (required cooperation). 'had constructive discussions' and 'had frank discussions ... and deepened the understanding' are discussions (not commitments); 'had this round of ministerial consultations with the recognition of the importance of ...' is a meeting held with a statement of importance (optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Japan", "country", "JP", aliases=["Japanese"]),
    P("Toshimitsu Motegi", "person", "JP", aliases=["Japanese Minister for Economic Revitalization Toshimitsu Motegi"],
      titles=["Japanese Minister for Economic Revitalization"]),
    P("Robert Lighthizer", "person", "US", aliases=["U.S. Trade Representative Robert Lighthizer"], titles=["U.S. Trade Representative"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", acronym="USTR", optional=True),
  ],
  quantities=[Q("two days", 2, "count", unit="days", optional=True)],
  dates=[
    D("yesterday", "2018-08-01", "2018-08-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("today", "2018-08-01", "2018-08-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("sometime in September", "2018-09-01", "2018-09-30", "month", "event", relative=True, optional=True),
  ],
  commitments=[
    C(x("The United States and Japan had this round", "economic development."), ["JP", "US"], "action", ["goods-trade"], optional=True),
    C(x("Both sides also agreed to deepen", "economic issues."), ["JP", "US"], "cooperation", ["other"]),
    C(x("Based on these discussions", "common understanding."), ["JP", "US"], "pledge", ["goods-trade"]),
    C(x("The United States and Japan also agreed to continue", "sometime in September."), ["JP", "US"], "cooperation", ["other"]),
  ])

st = "federalnewswire-ustr-us-kenya-stip-opening-round"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="United States and Kenya Conclude Opening Round Under the U.S.-Kenya Strategic Trade and Investment Partnership",
  session=session("STIP", "U.S.-Kenya Strategic Trade and Investment Partnership", 1, None, None, None,
                  ["Connie Hamilton", "Alfred K’Ombudo"]),
  notes=[
    "Federal Newswire repost of a USTR release; no date line ('today' unresolvable: issued and session dates null, 'today' optional). The title is printed twice; 'Webp 10edited' is an image caption, 'Original source can be found here' a link line and 'More News' site chrome (boilerplate).",
    "Session: the 'Opening Round' under the STIP (ordinal 1); no place stated; the two delegation heads ('was led by') as co-chairs.",
    "One untitled section of 5 paragraphs.",
    "Commitments: 'The two sides agreed to hold additional meetings in the coming months.' (required cooperation, area other: meetings with no subject of their own). The week of meetings concluded is a meeting held (optional); 'exchanged views' is not a commitment; 'The joint statement identified ... share the goal of negotiating high-standard commitments ...' recounts the earlier (July 14, 2022) statement: optional, and so is its run-on tail 'in the following initial areas: (1) ...' (the source has a period before a lower-case 'in').",
    "Quantities: 'over 20 U.S. Government agencies' (more than 20). The (1)-(11) list numbers are labels. 'July 14, 2022' is the date of the earlier joint statement (event).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Kenya", "country", "KE", aliases=["Kenyan"]),
    P("U.S.-Kenya Strategic Trade and Investment Partnership", "forum", None, acronym="STIP", aliases=["Partnership"]),
    P("Connie Hamilton", "person", "US", aliases=["Assistant United States Trade Representative for Africa Connie Hamilton"],
      titles=["Assistant United States Trade Representative for Africa"]),
    P("Alfred K’Ombudo", "person", "KE", aliases=["Trade Principal Secretary Alfred K’Ombudo"], titles=["Trade Principal Secretary"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", acronym="USTR", optional=True),
  ],
  quantities=[Q("over 20 U.S. Government agencies", 20, "count", unit="agencies")],
  dates=[
    D("today", "2022-07-15", "2023-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("July 14, 2022", "2022-07-14", "2022-07-14", "day", "event"),
    D("in the coming months", "2022-07-15", "2023-12-31", "month", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("The United States and Kenya today", "(STIP)."), ["KE", "US"], "action", ["other"], optional=True),
    C(x("The joint statement identified", "meaningful outcomes."), ["KE", "US"], "pledge", ["goods-trade"], optional=True),
    C(x("in the following initial areas", "customs procedures."), ["KE", "US"], "pledge", ["goods-trade"], optional=True),
    C(x("The two sides agreed to hold", "coming months."), ["KE", "US"], "cooperation", ["other"]),
  ])

st = "foodindustrynetwork-ustr-us-taiwan-21st-century-trade-new-york-2022"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="US – Taiwan conclude two days of 21st-Century trade initiatives",
  session=session(None, "US-Taiwan Initiative on 21st-Century Trade", None, None, None,
                  "New York City", ["Terry McCartin"]),
  notes=[
    "Food Industry Network repost of a USTR release (the New York round, November 2022 from outside knowledge); no date line ('today' unresolvable: issued and session dates null, relative dates optional).",
    "Session: the initiative has no acronym (forum = its name); location as the sentence writes it ('in New York City'; dateline 'NEW YORK, USA'); only the U.S. lead official is named ('served as the lead USTR official'): co_chairs [Terry McCartin] (hard call).",
    "One untitled section of 5 paragraphs. The link tail '..., which can be found here.' belongs to a real sentence (kept in its block).",
    "Parties: AIT (a U.S. non-profit acting for the U.S. government) and TECRO (Taiwan's counterpart office) are organizations with country US and TW; the five U.S. agencies of the delegation are government bodies.",
    "Commitments: 'The two sides agreed to hold additional meetings under the auspices of AIT and TECRO in the near future.' (required cooperation, area other). The meetings concluded are a meeting held (optional); 'exchanged views' is not a commitment; the mandate's description is not a commitment.",
    "Quantities: '11 areas of trade'; 'two days' (title and text) is a duration (optional).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["US", "the United States"]),
    P("Taiwan", "country", "TW"),
    P("American Institute in Taiwan", "organization", "US", acronym="AIT"),
    P("Taipei Economic and Cultural Representative Office in the United States", "organization", "TW", acronym="TECRO"),
    P("US-Taiwan Initiative on 21st-Century Trade", "forum", None, aliases=["U.S.-Taiwan Initiative on 21st-Century Trade"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR"),
    P("Terry McCartin", "person", "US", aliases=["Assistant United States Trade Representative Terry McCartin"],
      titles=["Assistant United States Trade Representative"]),
    P("National Economic Council", "government_body", "US", aliases=["the National Economic Council"]),
    P("Department of Commerce", "government_body", "US", aliases=["the Department of Commerce"]),
    P("Department of Treasury", "government_body", "US", aliases=["the Department of Treasury"]),
    P("Small Business Administration", "government_body", "US", aliases=["the Small Business Administration"]),
    P("Food and Drug Administration", "government_body", "US", aliases=["the Food and Drug Administration"]),
  ],
  quantities=[
    Q("11 areas of trade", 11, "count", unit="areas"),
    Q("two days", 2, "count", unit="days", optional=True, occurrence=1),
    Q("two days", 2, "count", unit="days", optional=True, occurrence=2),
  ],
  dates=[
    D("today", "2022-01-01", "2022-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("in the near future", "2022-01-01", "2023-12-31", "month", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("NEW YORK, USA", "New York City."), ["TW", "US"], "action", ["other"], optional=True),
    C(x("The two sides agreed to hold", "near future."), ["TW", "US"], "cooperation", ["other"]),
  ])

st = "ibnews-china-us-consultations-kuala-lumpur-2025"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="China and the United States Hold Economic and Trade Consultations in Malaysia",
  session=session(None, "China-U.S. economic and trade consultations", None, None, None,
                  "Kuala Lumpur, Malaysia", ["He Lifeng", "Jeffrey Bessant", "Greer"],
                  start_if_year_known="2025-10-25", end_if_year_known="2025-10-26"),
  notes=[
    "English text of the Chinese-side readout (IB News). No date line and 'From October 25th to 26th' gives no year: issued null, session start/end null (start_if_year_known/end_if_year_known record the reading; year 2025 from the URL). The readout misspells the U.S. Treasury Secretary's name ('Jeffrey Bessant') and names the Trade Representative by surname only ('Greer'): kept as written.",
    "Session: the consultations held in Kuala Lumpur, Malaysia; the sentence 'He Lifeng ... held in Kuala Lumpur, Malaysia, with ... their counterparts' lacks its object; co-chairs are the three principals as the text names them.",
    "One untitled section of 3 paragraphs.",
    "Commitments: 'The two sides reached a basic consensus on arrangements to address their respective concerns.' (required action: an outcome reached; areas from the issues listed in the sentence before: goods-trade, export-controls, agriculture) and 'The two sides agreed to further finalize the specific details and complete their respective domestic approval procedures.' (required pledge). The meeting sentence is a meeting held (optional); 'engaged in candid, in-depth, and constructive discussions' is a discussion; He Lifeng's statements of principle ('stated that the essence ...', '... both sides should adhere to ...') are positions (optional).",
    "Dates: 'October 25th to 26th' (no year) and 'this year' (no anchor) are optional. Malaysia is the host country (a place, not a party).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("China", "country", "CN", aliases=["Chinese"]),
    P("United States", "country", "US", aliases=["U.S.", "US", "the United States"]),
    P("He Lifeng", "person", "CN", aliases=["Vice Premier He Lifeng"],
      titles=["Vice Premier", "the Chinese coordinator for the China-U.S. economic and trade consultations"]),
    P("Jeffrey Bessant", "person", "US", aliases=["U.S. Treasury Secretary Jeffrey Bessant"], titles=["U.S. Treasury Secretary"]),
    P("Greer", "person", "US", aliases=["Trade Representative Greer"], titles=["Trade Representative"]),
    P("U.S. Department of the Treasury", "government_body", "US", optional=True),
    P("Office of the U.S. Trade Representative", "government_body", "US", acronym="USTR", optional=True),
  ],
  dates=[
    D("October 25th to 26th", "2025-10-25", "2025-10-26", "day", "event", optional=True),
    D("this year", "2025-01-01", "2025-12-31", "year", "period", relative=True, optional=True),
  ],
  commitments=[
    C(x("From October 25th", "their counterparts."), ["CN", "US"], "action", ["other"], optional=True),
    C(x("The two sides reached a basic consensus", "respective concerns."), ["CN", "US"], "action", ["goods-trade", "export-controls", "agriculture"]),
    C(x("The two sides agreed to further finalize", "approval procedures."), ["CN", "US"], "pledge", ["goods-trade"]),
    C(x("He Lifeng stated that", "mutual benefit and win-win."), ["CN"], "affirmation", ["other"], optional=True),
    C(x("Regarding differences and frictions", "dialogue and consultation."), ["CN"], "affirmation", ["other"], optional=True),
  ])
