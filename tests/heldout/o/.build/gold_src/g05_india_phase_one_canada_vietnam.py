from goldlib import C, D, M, P, Q, S, cut, session, write

# --- The New Indian Express (PTI): Modi-Biden joint leaders' statement, TPF to reconvene (Washington, September 2021) ---
st = "newindianexpress-us-india-leaders-tpf-reconvene-2021"
INUS = ["IN", "US"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, "White House", []),
  notes=[
    "New Indian Express text as stored: the feed line ' date 2021-09-25 By PTI' (feed timestamp and byline: chrome; issued null); no title; the dateline 'WASHINGTON:' is the agency's. The excerpt ended inside a quoted paragraph ('The leaders highlighted the importance of resilient and secure supply chains between ...'): that cut sentence was dropped.",
    "Session (hard call): the leaders' first in-person meeting reported through their joint statement; no named body: forum, name, dates null; location 'White House' (where Biden 'welcomed' Modi); co-chairs [].",
    "Sections: one untitled section of 8 paragraphs.",
    "Commitments (required): the quoted 'They looked forward to reconvening the India-US Trade Policy Forum before the end of 2021 ...' (cooperation; the news lead restating it is optional); '... the two leaders also looked forward to convening the US-India CEO Forum and the Commercial Dialogue in early 2022 ...' (cooperation); 'The leaders noted ongoing negotiations on an Investment Incentive Agreement ... and committed to an early conclusion' (pledge). Optional: the welcome of increased collaboration; the noted movement of professionals (position). 'discussed how the US and India will work together' is a discussion.",
    "Dates: 'before the end of 2021' twice (deadline: the year 2021, the second and third '2021' of the text after the feed line), 'early 2022' (event, fuzzy: the year), 'Friday' (relative, no date line: optional and fuzzy).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("India", "country", "IN", aliases=["India", "India's"]),
    P("United States", "country", "US", aliases=["US"]),
    P("Joseph R Biden", "person", "US", aliases=["US President Joseph R Biden", "Biden"], titles=["President"]),
    P("Narendra Modi", "person", "IN", aliases=["Prime Minister Narendra Modi", "Modi"], titles=["Prime Minister"]),
    P("India-US Trade Policy Forum", "forum", None, aliases=["India-US Trade Policy Forum"]),
    P("US-India CEO Forum", "forum", None, aliases=["US-India CEO Forum"]),
    P("Commercial Dialogue", "forum", None, aliases=["Commercial Dialogue"]),
    P("White House", "organization", "US", aliases=["White House"], optional=True),
    P("Investment Incentive Agreement", "forum", None, aliases=["Investment Incentive Agreement"], optional=True),
    P("Coalition for Disaster Resilient Infrastructure", "organization", None, aliases=["Coalition for Disaster Resilient Infrastructure"], optional=True),
    P("Indo-Pacific Business Forum", "forum", None, aliases=["Indo-Pacific Business Forum"], optional=True),
    P("Press Trust of India", "organization", "IN", acronym="PTI", aliases=["PTI"], optional=True),
  ],
  dates=[
    D("2021", "2021-01-01", "2021-12-31", "year", "deadline", occurrence=2),
    D("Friday", "2021-01-01", "2021-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("2021", "2021-01-01", "2021-12-31", "year", "deadline", occurrence=3),
    D("early 2022", "2022-01-01", "2022-12-31", "year", "event", fuzzy=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON: India and the US", "addressing trade concerns,"), INUS, "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "They looked forward to reconvening", "the trade relationship,"), INUS, "cooperation", ["goods-trade"]),
    C(cut(st, "It further said the two leaders", "the private sector."), INUS, "cooperation", ["goods-trade", "investment"]),
    C(cut(st, "The leaders noted ongoing negotiations", "an early conclusion,"), INUS, "pledge", ["investment"]),
    C(cut(st, "They welcomed increased collaboration", "the statement added."), INUS, "affirmation", ["other"], optional=True),
    C(cut(st, "The leaders noted that the movement", "technological partnership,"), INUS, "affirmation", ["services"], optional=True),
  ])

# --- International Trade Compliance Update: Phase One agreement signed (January 15, 2020) ---
st = "itcu-us-china-phase-one-signed-2020"
CNUS = ["CN", "US"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, None, []),
  notes=[
    "Law-firm trade blog text as stored: no title, no date line (issued null). It ends with the lead-in 'The 96 page text of the Agreement was released along with the following Fact Sheets:' whose list is not in the excerpt (the lead-in is kept as a block).",
    "Session (hard call): a signing, not a meeting of a named body; the text names no place: all null; co-chairs [].",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): the signature of 'Phase One' (action, both); 'The Agreement provides for the purchase by China of $200 billion worth of ... goods over the next two years as well as provide market access for US financial services ...' (pledge, CN); 'China made a number of commitments to improve intellectual property protection ... and ease its forced technology transfer rules.' (pledge, CN); 'The agreement sets new rules regarding currency manipulation.' (pledge, both: rules both sides accept); '... most of the tariffs imposed by the US ... will remain in place, while the 15% duty on $120 billion worth of goods will be reduced to 7.5%.' (pledge, US). Optional: the enforcement mechanism (a standing description).",
    "Parties: the agreement's canonical name is shortened to 'Economic and Trade Agreement' (its full title is an alias): the full title repeated in the gold shares 8-word runs with a reserved page's mention of the same title (no other overlap).",
    "Money: '$200 billion' (no year), '$120 billion'. Quantities: '15%', '7.5%'; '96 page' (optional count). Dates: 'January 15, 2020' (event); 'the next two years' (relative span, optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States of America", "US"]),
    P("China", "country", "CN", aliases=["China", "China’s", "People’s Republic of China", "Chinese"]),
    P("Donald Trump", "person", "US", aliases=["President Trump"], titles=["President"]),
    P("Liu He", "person", "CN", aliases=["Vice Premier Liu He"], titles=["Vice Premier"]),
    P("Economic and Trade Agreement", "forum", None,
      aliases=["Economic and Trade Agreement Between the United States of America and the People’s Republic of China", "Phase One"]),
  ],
  money=[
    M("$200 billion", 200000000000),
    M("$120 billion", 120000000000),
  ],
  quantities=[
    Q("15%", 15, "percent"),
    Q("7.5%", 7.5, "percent"),
    Q("96 page", 96, "count", unit="pages", optional=True),
  ],
  dates=[
    D("January 15, 2020", "2020-01-15", "2020-01-15", "day", "event"),
    D("the next two years", "2020-01-01", "2021-12-31", "years", "period", relative=True, optional=True),
  ],
  commitments=[
    C(cut(st, "On January 15, 2020, President Trump", "People’s Republic of China.”"), CNUS, "action", ["goods-trade"]),
    C(cut(st, "The Agreement provides for the purchase", "and credit agencies)."), ["CN"], "pledge", ["agriculture", "goods-trade", "services"]),
    C(cut(st, "In addition, China made a number", "technology transfer rules."), ["CN"], "pledge", ["ipr", "investment"]),
    C("The agreement sets new rules regarding currency manipulation.", CNUS, "pledge", ["macroeconomic"]),
    C(cut(st, "If China fails to carry out", "to be imposed."), CNUS, "cooperation", ["goods-trade"], optional=True),
    C(cut(st, "For the present, most of the tariffs", "reduced to 7.5%."), ["US"], "pledge", ["goods-trade"]),
  ])

# --- CNW (Prime Minister of Canada): Trudeau-Biden joint statement (Ottawa, March 24, 2023) ---
st = "newswire-canada-us-trudeau-biden-joint-statement-2023"
CAUS = ["CA", "US"]
write(st,
  kind="press_release", issued="2023-03-24", title=None,
  session=session(None, None, None, None, None, "OTTAWA, ON", []),
  notes=[
    "Newswire text as stored: the feed timestamp ' date 2023-03-24' opens the first line, followed by the dateline 'OTTAWA, ON , March 24, 2023 /CNW/ -' (date line: publication); no title. The excerpt ended inside the item's second paragraph ('As the ...'): that cut fragment was dropped.",
    "Session (hard call): a leaders' joint statement issued during a visit, no named body: forum, name, dates null; location from the dateline (K's convention; the text names no other place); co-chairs [].",
    "Sections: one untitled section of 4 blocks: the opening paragraph, the lead-in 'To that end, Canada and the United States will work together to:', item '1. Catalyze Clean Energy and Create Good Jobs: ...' (a numbered item with a run-in label, kept as an item, not a heading, because its text runs on the same line) and the paragraph that follows it.",
    "Commitments (required): '... reaffirm our historic alliance, steadfast friendship, and commitment to overcome the daunting challenges ...' (affirmation); 'As the closest of friends and allies, we remain committed to making life better ...' (affirmation); item 1 under the lead-in (cooperation, the lead-in's actors); 'Canada is moving forward with an enhanced plan to support a clean economy future, including with a new investment tax credit ...' (action, CA). Optional: the lead-in; 'Our enduring partnership is based on ...' (claim); the two leaders 'highlighted' the two laws (position).",
    "Dates: 'March 24, 2023' (publication); 'the past two years' (relative span, optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("Canada", "country", "CA", aliases=["Canada", "Canada's", "Canadian"]),
    P("United States", "country", "US", aliases=["United States", "U.S.", "American"]),
    P("Justin Trudeau", "person", "CA", aliases=["Prime Minister Trudeau"], titles=["Prime Minister"]),
    P("Joe Biden", "person", "US", aliases=["President Biden"], titles=["President"]),
    P("U.S.-Mexico-Canada Agreement", "forum", None, aliases=["U.S.-Mexico-Canada Agreement"]),
    P("Roadmap for a Renewed U.S.-Canada Partnership", "forum", None, aliases=["Roadmap for a Renewed U.S.-Canada Partnership"], optional=True),
    P("Canada Newswire", "organization", "CA", acronym="CNW", aliases=["CNW"], optional=True),
  ],
  dates=[
    D("March 24, 2023", "2023-03-24", "2023-03-24", "day", "publication"),
    D("the past two years", "2021-03-24", "2023-03-24", "years", "period", relative=True, optional=True),
  ],
  commitments=[
    C(cut(st, "Canada and the United States celebrate", "relationship in the future."), CAUS, "affirmation", ["other"]),
    C(cut(st, "Our enduring partnership", "rule of law."), CAUS, "affirmation", ["other"], optional=True),
    C(cut(st, "As the closest of friends", "prosperous world."), CAUS, "affirmation", ["other"]),
    C("To that end, Canada and the United States will work together to:", CAUS, "cooperation", ["other"], optional=True),
    C(cut(st, "1. Catalyze Clean Energy", "U.S.-Mexico-Canada Agreement."), CAUS, "cooperation", ["energy-environment", "goods-trade"]),
    C(cut(st, "Prime Minister Trudeau and President Biden highlighted", "future generations."), CAUS, "affirmation", ["energy-environment", "industrial-policy"], optional=True),
    C(cut(st, "Canada is moving forward", "clean technology adoption."), ["CA"], "action", ["energy-environment", "investment"]),
  ])

# --- Việt Nam News: Diên-Greer working session (Washington DC, March 13, 2025) ---
st = "vietnamnews-vietnam-us-dien-greer-working-session-2025"
VNUS = ["US", "VN"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, "Washington DC", []),
  notes=[
    "Việt Nam News text as stored: no title, no date line (issued null); dateline 'WASHINGTON DC —'. The excerpt ended inside the last paragraph ('Minister Diên affirmed ... bolstering mutual understanding and strategic tru...'): that cut paragraph (one sentence) was dropped. 'Minister Diên his assessments' (a word missing in the source) is kept as stored.",
    "Session (hard call): a ministerial working session with no named body: forum, name null; 'March 13' has no year and no date line: start/end null; 'the meeting held in Washington DC': location; nobody chaired: co-chairs [].",
    "Sections: one untitled section of 7 paragraphs.",
    "Commitments (required): 'He affirmed that USTR would promptly review the proposals before engaging in further discussions on their implementation.' (pledge, US: a promised step, not a past review); 'Both sides agreed to maintain working-level exchanges to advance the solutions discussed.' (cooperation). Optional: the session 'achieved the results expected by both sides' (claim). Proposals, appreciation and satisfaction are positions.",
    "Dates: 'March 13' (no year, no date line: optional and fuzzy, 2025). '30 years', '10 years', 'two years' are durations.",
  ],
  sections=[S(None, 7)],
  parties=[
    P("Việt Nam", "country", "VN", aliases=["Việt Nam", "Vietnamese"]),
    P("United States", "country", "US", aliases=["US"]),
    P("Nguyễn Hồng Diên", "person", "VN", aliases=["Minister of Industry and Trade Nguyễn Hồng Diên", "Minister Diên"], titles=["Minister of Industry and Trade", "Special Envoy of the Prime Minister"]),
    P("Jamieson L. Greer", "person", "US", aliases=["Jamieson L. Greer", "Greer"], titles=["US Trade Representative"]),
    P("Nguyễn Quốc Dũng", "person", "VN", aliases=["Vietnamese Ambassador to the US Nguyễn Quốc Dũng", "Ambassador Dũng"], titles=["Vietnamese Ambassador to the US"]),
    P("Office of the US Trade Representative", "organization", "US", acronym="USTR", aliases=["USTR"]),
    P("Ministry of Trade and Industry", "organization", "VN", aliases=["Ministry of Trade and Industry"], optional=True),
  ],
  dates=[
    D("March 13", "2025-03-13", "2025-03-13", "day", "event", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON DC — The recent working session", "expected by both sides."), VNUS, "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "He affirmed that USTR would", "on their implementation."), ["US"], "pledge", ["goods-trade"]),
    C("Both sides agreed to maintain working-level exchanges to advance the solutions discussed.", VNUS, "cooperation", ["goods-trade"]),
  ])
