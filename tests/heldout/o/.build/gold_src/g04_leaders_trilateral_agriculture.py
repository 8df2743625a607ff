from goldlib import C, D, P, S, cut, session, write

# --- EIN Presswire repost: joint statement of the U.S., Japan and EU trade ministers (Brussels, 17 November 2021) ---
st = "einpresswire-us-japan-eu-trilateral-trade-ministers-2021"
TRI = ["EU", "JP", "US"]
write(st,
  kind="press_release", issued="2021-11-17",
  title="Joint Statement by the Trade Ministers of the United States, Japan, and the European Union",
  session=session(None, None, None, None, None, "Brussels", []),
  notes=[
    "Press-wire repost of a joint statement: the feed line ' date 2021-11-16 Submit Release' is chrome; title; header line 'Bilateral Trade Relations by country | Brussels, 17 November 2021' (a category label and the date line: publication).",
    "Session (hard call): a joint statement announcing a renewed partnership, no meeting and no named body: forum, name, dates null; location from the dateline 'Brussels' (K's convention: the text names no other place of its own; Geneva is a future meeting's place); co-chairs [].",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): '... announced that they have agreed to renew their Trilateral partnership to address the global challenges posed by non-market policies and practices of third countries.' (action); 'The Trilateral partners will recommence their work in the coming weeks with the intention of meeting in person ...' (cooperation).",
    "Dates: '17 November 2021' (publication, day-first). 'in the coming weeks' is vague (not listed).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Japan", "country", "JP", aliases=["Japan"]),
    P("European Union", "organization", "EU", aliases=["European Union"]),
    P("Katherine Tai", "person", "US", aliases=["Ambassador Katherine Tai"], titles=["United States Trade Representative"]),
    P("Hagiuda Koichi", "person", "JP", aliases=["Mr. Hagiuda Koichi"], titles=["Minister of Economy, Trade and Industry of Japan"]),
    P("Valdis Dombrovskis", "person", "EU", aliases=["Mr. Valdis Dombrovskis"], titles=["Executive Vice President of the European Commission"]),
    P("European Commission", "organization", "EU", aliases=["European Commission"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"]),
    P("WTO Ministerial Conference", "forum", None, aliases=["WTO Ministerial Conference"], optional=True),
  ],
  dates=[
    D("17 November 2021", "2021-11-17", "2021-11-17", "day", "publication"),
  ],
  commitments=[
    C(cut(st, "Ambassador Katherine Tai, United States", "practices of third countries."), TRI, "action", ["industrial-policy"]),
    C(cut(st, "The Trilateral partners will recommence", "Geneva, Switzerland."), TRI, "cooperation", ["industrial-policy"]),
  ])

# --- eLetsGo repost of a Chinese Ministry of Agriculture item: MOA-USDA MOU renewed (Washington, September 24, 2015) ---
st = "eletsgo-moa-usda-agriculture-mou-renewal-2015"
CNUS = ["CN", "US"]
write(st,
  kind="press_release", issued="2015-09-29",
  title="MOA, USDA renew MOU on agricultural cooperation",
  session=session(None, None, None, None, None, "Washington, DC", []),
  notes=[
    "Trade portal repost of a Ministry of Agriculture item: the breadcrumb line ('Your current position : Home > Overseas policy ...'), the author/time line and the closing source line '(Reource:Minister of Agriculture' (so spelled, no closing parenthesis) are chrome; title. 'Creat time:2015-09-29 13:52' is the page's own time stamp: issued 2015-09-29 (hard call), listed as an optional publication date (ISO form with a clock time).",
    "Session (hard call): an MOU renewal signed in Washington, not a meeting of a named body: forum, name, dates null; location as written; co-chairs [] (the two ministers signed).",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): 'MOA and U.S. Department of Agriculture (USDA) renewed the Memorandum of Understanding ...' (action); 'Under the MOU, the Joint Committee on Cooperation in Agriculture (JCCA) shall continue coordinating the cooperation affairs, promoting mutually beneficial cooperation ...' (cooperation: what the MOU binds the two ministries to). Optional: the signature by Han and Vilsack (the same action); 'the cooperation will take diversified modes ...' (modes of the cooperation).",
    "Dates: '2015-09-29' (optional publication), 'Sept. 24, 2015' (event), 'Sept. 22, 2009' (event: the earlier MOU).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("China", "country", "CN", aliases=["Chinese"]),
    P("United States", "country", "US", aliases=["U.S."]),
    P("Ministry of Agriculture", "organization", "CN", acronym="MOA", aliases=["Chinese Ministry of Agriculture", "MOA"]),
    P("U.S. Department of Agriculture", "organization", "US", acronym="USDA", aliases=["U.S. Department of Agriculture", "USDA"]),
    P("Joint Committee on Cooperation in Agriculture", "forum", None, acronym="JCCA", aliases=["Joint Committee on Cooperation in Agriculture", "JCCA"]),
    P("Han Changfu", "person", "CN", aliases=["Minster Han Changfu"], titles=["Minister"]),
    P("Tom Vilsack", "person", "US", aliases=["Secretary Tom Vilsack"], titles=["Secretary"]),
  ],
  dates=[
    D("2015-09-29", "2015-09-29", "2015-09-29", "day", "publication", optional=True),
    D("Sept. 24, 2015", "2015-09-24", "2015-09-24", "day", "event"),
    D("Sept. 22, 2009", "2009-09-22", "2009-09-22", "day", "event"),
  ],
  commitments=[
    C(cut(st, "MOA and U.S. Department of Agriculture (USDA) renewed", "on Sept. 22, 2009."), CNUS, "action", ["agriculture"]),
    C(cut(st, "Minster Han Changfu and", "USDA respectively."), CNUS, "action", ["agriculture"], optional=True),
    C(cut(st, "Under the MOU, the Joint Committee", "in agricultural cooperation."), CNUS, "cooperation", ["agriculture"]),
    C(cut(st, "To ensure effectiveness", "research findings and reports."), CNUS, "cooperation", ["agriculture"], optional=True),
  ])

# --- The Nation (Thailand): U.S.-Thailand communique on strategic alliance and partnership (July 2022) ---
st = "nationthailand-us-thailand-communique-strategic-alliance-2022"
THUS = ["TH", "US"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, None, None, None, None, None, []),
  notes=[
    "The Nation text as stored: no title; the feed timestamp ' date 2022-07-11' opens the first paragraph's line (chrome; issued null). The excerpt ended inside the second item ('Revitalize Our Economies: The United States and Thailand seek to build back ... economic cooperation to a...'): that cut item (one sentence) was dropped. Lines are separated by single line breaks: each line is a block.",
    "Session (hard call): 'The two met on Sunday' (the two are not named in the excerpt) and signed a communique: no named body, no dates, no place: all null; co-chairs [].",
    "Sections: one untitled section of 4 blocks (first paragraph, the quoted statement, the lead-in, one item).",
    "Commitments (required): 'Both parties said they are committed to reinforcing and enhancing strategic alliance and partnership, which encompasses ...' (affirmation); 'We seek to work together to ensure the resilience of critical supply chains ...' (cooperation); the item 'Adhere to Core Principles: ...' under the lead-in '... the United States and Thailand seek to promote closer cooperation in the following areas:' (cooperation, the lead-in's actors; the run-in label is part of the item). Optional: the lead-in itself; 'The long-term goals ... are to expand and strengthen our strategic partnership ...' (aims); 'We pursue these goals as equals ...' (claim).",
    "Dates: 'Sunday' (relative, no date line: optional and fuzzy, 2022); '2023' (event: the 190th anniversary).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S.", "American"]),
    P("Thailand", "country", "TH", aliases=["Thailand", "Thai"]),
  ],
  dates=[
    D("Sunday", "2022-01-01", "2022-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("2023", "2023-01-01", "2023-12-31", "year", "event"),
  ],
  commitments=[
    C(cut(st, "Both parties said they are committed", "impacts of climate change."), THUS, "affirmation", ["macroeconomic", "health", "energy-environment"]),
    C(cut(st, "The long-term goals of the United States", "balanced economic prosperity,"), THUS, "affirmation", ["other"], optional=True),
    C(cut(st, "We pursue these goals", "the wider world."), THUS, "affirmation", ["other"], optional=True),
    C(cut(st, "We seek to work together", "safety, security, and prosperity."), THUS, "cooperation", ["goods-trade"]),
    C(cut(st, "As part of our strategic alliance", "in the following areas:"), THUS, "cooperation", ["other"], optional=True),
    C(cut(st, "Adhere to Core Principles:", "their full potential."), THUS, "cooperation", ["other"]),
  ])

# --- White House: leaders' joint statement, U.S.-Indonesia Comprehensive Strategic Partnership (Washington, November 2023) ---
st = "whitehouse-us-indonesia-comprehensive-strategic-partnership-2023"
IDUS = ["ID", "US"]
write(st,
  kind="press_release", issued=None,
  title="Joint Statement from the Leaders of the United States and the Republic of Indonesia: Elevating Relations to a Comprehensive Strategic Partnership",
  session=session(None, None, None, None, None, "Washington, D.C.", []),
  notes=[
    "White House page as stored: title line, no date line (issued null). The excerpt ended inside the section's first paragraph ('Both sides plan to work together to boost bilateral trade ... including through the U.S.-Indonesia Trade and Investment Framework Agreement (TIFA) and other platforms, and by...'): that cut sentence was dropped. Lines are separated by single line breaks.",
    "Session (hard call): a state visit and a leaders' joint statement, no named body: forum, name, dates null; location 'Washington, D.C.' (where Widodo is welcomed); co-chairs [].",
    "Sections: an untitled section of 2 paragraphs and 'Promoting Inclusive Economic Growth through Innovation, Sustainable Development, Public Health, and Digital Transformation' (1 paragraph).",
    "Commitments (required): '... President Biden and President Widodo commit to elevate the U.S.-Indonesia relationship to a Comprehensive Strategic Partnership.' (pledge); '... President Biden and President Widodo intend to further expand cooperation on all issues of common concern ...' (cooperation). Optional: 'the two countries have made remarkable strides ...' (claim); 'The United States and Indonesia intend to remain deep friends and close partners ...' (affirmation of a standing relation); 'The two leaders reaffirm the importance of innovation-driven, inclusive economic growth ...' (importance). The welcome is a courtesy.",
    "Dates: none ('75 years', 'the eight years since', 'the twenty-first century' are durations and an era, not dates).",
  ],
  sections=[S(None, 2), S("Promoting Inclusive Economic Growth through Innovation, Sustainable Development, Public Health, and Digital Transformation", 1)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S.", "American"]),
    P("Republic of Indonesia", "country", "ID", aliases=["Republic of Indonesia", "Indonesia", "Indonesian"]),
    P("Joseph R. Biden, Jr.", "person", "US", aliases=["President Joseph R. Biden, Jr.", "President Biden"], titles=["President"]),
    P("Joko Widodo", "person", "ID", aliases=["Indonesian President Joko Widodo", "President Widodo"], titles=["President"]),
    P("Comprehensive Strategic Partnership", "forum", None, aliases=["Comprehensive Strategic Partnership"], optional=True),
    P("U.S.-Indonesia Strategic Partnership", "forum", None, aliases=["U.S.-Indonesia Strategic Partnership"], optional=True),
  ],
  commitments=[
    C(cut(st, "On the cusp of celebrating", "Comprehensive Strategic Partnership."), IDUS, "pledge", ["other"]),
    C(cut(st, "In the eight years since", "strengthening cooperation."), IDUS, "action", ["other"], optional=True),
    C(cut(st, "Under the elevated framework", "territorial integrity."), IDUS, "cooperation", ["other"]),
    C(cut(st, "The United States and Indonesia intend to remain", "twenty-first century."), IDUS, "affirmation", ["other"], optional=True),
    C(cut(st, "The two leaders reaffirm the importance", "Indonesian people."), IDUS, "affirmation", ["macroeconomic"], optional=True),
  ])
