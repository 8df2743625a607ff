from goldlib import C, D, M, P, S, cut, write

st = "hpj-usda-ustr-phase-one-implementation-progress-2020"
x = lambda a, b, n=1: cut(st, a, b, n)
items = [
    ("Signing a protocol", "chipping potatoes;"),
    ("Lifting the ban on imports", "poultry products;"),
    ("Lifting restrictions on imports", "ruminant material;"),
    ("Updating lists of facilities", "industry use to China;"),
    ("Updating the lists of products", "feed additives; and"),
    ("Updating an approved list", "exported to China."),
]
write(st,
  kind="press_release", issued=None,
  title="USDA, USTR announce progress on implementation of U.S.-China Phase One agreement",
  session=None,
  notes=[
    "High Plains Journal repost of the USDA/USTR joint release of February 25, 2020 (URL date; the text has no date line and its dates 'Feb. 25', 'Feb. 14' have no year: optional, as are 'this year', 'last week' and 'a little more than a month ago'). No meeting: session null.",
    "Sections: one untitled section of 11 blocks: the opening paragraph, the lead-in 'These actions include:', six list items (each a dash alone on a line, then the item: the dash is the bullet mark), and three paragraphs.",
    "Commitments: the announcement that 'China has taken numerous actions to begin implementing its agriculture-related commitments ...' reports China's action (actors CN, required, as in this set's 2000 USTR/USDA release). The lead-in 'These actions include:' has its actor only by reference ('These actions' = China's): optional; its six subject-less gerund items are each a required CN action with the lead-in's actor. 'In addition, China has begun announcing tariff exclusions ... and it announced a reduction in retaliatory tariff rates ...' is a required CN action (agriculture, goods-trade). 'These types of actions will facilitate ...' is a claim (optional); Perdue's and Lighthizer's quotes recount the signing or look forward (optional); 'We fully expect compliance with all elements of the deal.' is a demand on the other side (not a commitment).",
    "USDA and USTR are named in the title (government bodies).",
  ],
  sections=[S(None, 11)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "United States", "American"]),
    P("China", "country", "CN", aliases=["China’s"]),
    P("U.S. Department of Agriculture", "government_body", "US", acronym="USDA"),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR"),
    P("Sonny Perdue", "person", "US", aliases=["U.S. Secretary of Agriculture Sonny Perdue", "Secretary Perdue"],
      titles=["U.S. Secretary of Agriculture"]),
    P("Robert Lighthizer", "person", "US", aliases=["United States Trade Representative Robert Lighthizer", "Ambassador Lighthizer"],
      titles=["United States Trade Representative", "Ambassador"]),
    P("Donald Trump", "person", "US", aliases=["President Trump"], titles=["President"]),
  ],
  dates=[
    D("Feb. 25", "2020-02-25", "2020-02-25", "day", "event", optional=True),
    D("Feb. 14", "2020-02-14", "2020-02-14", "day", "event", optional=True),
    D("this year", "2020-01-01", "2020-12-31", "year", "period", relative=True, optional=True),
    D("last week", "2020-02-17", "2020-02-23", "day", "event", relative=True, optional=True, fuzzy=True),
    D("a little more than a month ago", "2020-01-15", "2020-01-15", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("U.S. Secretary of Agriculture Sonny Perdue", "on schedule."), ["CN"], "action", ["agriculture"]),
    C("These actions include:", ["CN"], "action", ["agriculture"], optional=True),
    *[C(x(a, b), ["CN"], "action", ["agriculture"]) for a, b in items],
    C(x("In addition, China has begun", "agricultural goods."), ["CN"], "action", ["agriculture", "goods-trade"]),
    C(x("These types of actions", "purchase commitments."), ["CN"], "pledge", ["agriculture"], optional=True),
    C(x("“President Trump and this administration", "Secretary Perdue said."), ["US"], "action", ["goods-trade", "agriculture"], optional=True),
    C(x("We look forward to realizing", "last week."), ["US"], "affirmation", ["agriculture"], optional=True),
    C(x("Ambassador Lighthizer said", "positive results."), ["US"], "action", ["goods-trade"], optional=True),
  ])

st = "sharjah24-xinhua-liu-he-phase-one-signing-2020"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="news_article", issued="2020-01-16",
  title="China-US phase one trade deal has bearing on world peace",
  session=None,
  notes=[
    "Sharjah24 news report (credited to Reuters; the wording is the Xinhua account of Liu He's remarks). The bullet-marked line '• Thursday 16, January 2020 09:26 AM' is the date line (day-first with weekday): issued 2020-01-16; 'Wednesday' resolves to 2020-01-15 (required).",
    "Session: the text reports the signing of the Phase One agreement at the White House, not a dialogue session: session null (as for the signing releases of this set).",
    "Sections: one untitled section of 5 blocks (paragraph lines separated by a single line break count as blocks, as in set G).",
    "Commitments: the signing ('formally signed their phase one economic and trade agreement') is a required action of both; the quoted 'China will work with the U.S. side to uphold ..., strictly abide by the terms of the agreement, ... and work hard to implement the phase one agreement.' (speaker named after the quote) is a required CN pledge; 'China will increase the import of quality agricultural products ...' is a required CN pledge; 'The two sides agreed that Chinese companies would buy 40 billion U.S. dollars worth of agricultural products from the U.S. annually over the next two years ...' is a required pledge of both (purchases: agriculture, goods-trade). Liu's claims about the agreement (bearing on world peace; 'reached the phase one ... agreement'; 'does not target or affect ... and complies with the rules of the WTO') are optional; the benefit claims are not commitments.",
    "Money: '40 billion U.S. dollars' (annually; no year). 'over the next two years' is a relative period (optional).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("China", "country", "CN", aliases=["Chinese"]),
    P("United States", "country", "US", aliases=["U.S.", "the United States", "US"]),
    P("Liu He", "person", "CN", aliases=["Chinese Vice Premier Liu He", "Liu"], titles=["Chinese Vice Premier"]),
    P("Donald Trump", "person", "US", aliases=["U.S. President Donald Trump"], titles=["U.S. President"]),
    P("World Trade Organisation", "organization", None, aliases=["World Trade Organization"]),
    P("The White House", "government_body", "US", aliases=["White House"], optional=True),
    P("Reuters", "organization", None, optional=True),
  ],
  money=[M("40 billion U.S. dollars", 40000000000)],
  dates=[
    D("Thursday 16, January 2020", "2020-01-16", "2020-01-16", "day", "publication"),
    D("Wednesday", "2020-01-15", "2020-01-15", "day", "event", relative=True),
    D("on the day", "2020-01-15", "2020-01-15", "day", "event", relative=True, optional=True),
    D("over the next two years", "2020-01-16", "2022-01-15", "years", "period", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(x("Sharjah24 – Reuters", "peace and prosperity."), ["CN"], "affirmation", ["goods-trade"], optional=True),
    C(x("China and the United States formally signed", "at the White House."), ["CN", "US"], "action", ["goods-trade"]),
    C(x("Liu said at the signing ceremony", "trade agreement."), ["CN", "US"], "action", ["goods-trade"], optional=True),
    C(x("Meanwhile, the agreement", "World Trade Organisation."), ["CN"], "affirmation", ["goods-trade"], negated=True, optional=True),
    C(x("\"China will work with the U.S. side", "phase one agreement."), ["CN"], "pledge", ["goods-trade"]),
    C(x("Liu said as the living standards", "around the world."), ["CN"], "pledge", ["agriculture"]),
    C(x("The two sides agreed that Chinese companies", "domestic market."), ["CN", "US"], "pledge", ["agriculture", "goods-trade"]),
  ])
