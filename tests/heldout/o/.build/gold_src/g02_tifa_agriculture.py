from goldlib import C, D, M, P, S, cut, session, write

# --- USTR: 7th U.S.-Nepal TIFA Council, joint statement (Kathmandu, September 16, 2024; release September 18) ---
st = "ustr-us-nepal-tifa-council-7-joint-statement-2024"
NPUS = ["NP", "US"]
write(st,
  kind="press_release", issued="2024-09-18",
  title="Joint Statement on the 7th United States-Nepal Trade and Investment Framework Agreement Council Meeting",
  session=session("TIFA", "United States-Nepal Trade and Investment Framework Agreement", 7, "2024-09-16", "2024-09-16", "Kathmandu, Nepal",
                  ["Brendan Lynch", "Gobinda Bahadur Karkee"]),
  notes=[
    "USTR page: 'Breadcrumb' is chrome; title; date line 'September 18, 2024'. The excerpt ended inside the third paragraph ('The United States welcomed the reform initiatives ... necessary for enhancing sustainable trade and in...'): that cut sentence was dropped.",
    "Session: 'held the seventh Trade and Investment Framework Agreement (TIFA) Council Meeting in Kathmandu, Nepal' 'On September 16, 2024': forum TIFA, name the agreement as spelled in the title (M's convention), ordinal 7, location as written; 'co-chaired by' Lynch and Karkee.",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: no required one (hard call: views exchanged, discussions, interests expressed, a note taken, an update given). Optional: the meeting held (action); 'Nepal expressed its interest in preferential market access ...' (position); 'The United States took note of Nepal’s interest in extending and expanding the NTPP beyond 2025.' (position); 'Nepal provided an update on its progress on policy, legal and procedural reforms ...' (reform steps recounted: action, NP).",
    "Dates: date line (publication), 'September 16, 2024' (event), '2025' ('beyond 2025': the preference program's horizon, reference).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["United States"]),
    P("Nepal", "country", "NP", aliases=["Nepal"]),
    P("United States-Nepal Trade and Investment Framework Agreement", "forum", None, acronym="TIFA",
      aliases=["United States-Nepal Trade and Investment Framework Agreement", "Trade and Investment Framework Agreement", "TIFA"]),
    P("Brendan Lynch", "person", "US", aliases=["Mr. Brendan Lynch"], titles=["Assistant United States Trade Representative for South and Central Asia"]),
    P("Gobinda Bahadur Karkee", "person", "NP", aliases=["Mr. Gobinda Bahadur Karkee"], titles=["Secretary, Ministry of Industry, Commerce and Supplies"]),
    P("Ministry of Industry, Commerce and Supplies", "organization", "NP", aliases=["Ministry of Industry, Commerce and Supplies"]),
    P("Nepal Trade Preference Program", "forum", "US", acronym="NTPP", aliases=["Nepal Trade Preference Program", "NTPP"], optional=True),
  ],
  dates=[
    D("September 18, 2024", "2024-09-18", "2024-09-18", "day", "publication"),
    D("September 16, 2024", "2024-09-16", "2024-09-16", "day", "event"),
    D("2025", "2025-01-01", "2025-12-31", "year", "reference"),
  ],
  commitments=[
    C(cut(st, "On September 16, 2024, the United States", "Kathmandu, Nepal."), NPUS, "action", ["goods-trade", "investment"], optional=True),
    C(cut(st, "Nepal expressed its interest", "promote foreign investment."), ["NP"], "affirmation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The United States took note", "beyond 2025."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Nepal provided an update", "the investment climate."), ["NP"], "action", ["investment"], optional=True),
  ])

# --- American Shipper via ShippingChina: U.S.-Indonesia TIFA meeting in Bali (2008) ---
st = "shippingchina-us-indonesia-tifa-bali-2008"
IDUS = ["ID", "US"]
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, "U.S.-Indonesia Trade and Investment Framework Agreement", None, None, None, "Bali", []),
  notes=[
    "Shipping portal repost of an American Shipper item: no title, no date line (issued and title null); 'Source: American Shipper' closes the text (byline, not a block). Lines are separated by single line breaks: each line is a block.",
    "Session: the two countries 'met for two days late last week' under 'the U.S.-Indonesia Trade and Investment Framework Agreement' (the text never writes TIFA: forum null, name as written), 'the meeting in Bali'; no dates; Schwab and Pangestu are not said to chair: co-chairs [] (hard call).",
    "Sections: one untitled section of 7 blocks.",
    "Commitments: no required one (hard call: a meeting held, a welcome, topics covered, an expectation). Optional: the meeting 'to further trade and investment ties' (action); 'The countries also furthered their cooperation on regional issues and within the ... Doha Development Agenda.' (claim of progress, action); the welcome of the progress on the illegal-logging MOU (position); the standing description of the ASEAN arrangement ('meets regularly', 'considers new ways': two optional items, the first added in the second reading). 'We anticipate that Indonesia will make a significant contribution ...' is an expectation of the USTR about Indonesia, not a commitment.",
    "Money: '$18.5 billion' (trade in 2007). Dates: 'May 2' (Schwab's statement: no year, no date line: optional and fuzzy, 2008), '2007' (period), 'August 2006' (event: the ASEAN arrangement signed). 'late last week' has no anchor and is not listed.",
    "Parties: the nine other ASEAN members listed at the end are optional (a membership list).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("Indonesia", "country", "ID", aliases=["Indonesia", "Indonesia's"]),
    P("U.S.-Indonesia Trade and Investment Framework Agreement", "forum", None, aliases=["U.S.-Indonesia Trade and Investment Framework Agreement"]),
    P("Susan Schwab", "person", "US", aliases=["U.S. Trade Representative Susan Schwab", "Schwab"], titles=["U.S. Trade Representative"]),
    P("Mari Pangestu", "person", "ID", aliases=["Minister of Trade Mari Pangestu"], titles=["Minister of Trade"]),
    P("World Trade Organization", "organization", None, aliases=["World Trade Organization"]),
    P("Office of U.S. Trade Representative", "organization", "US", aliases=["Office of U.S. Trade Representative"]),
    P("Association of Southeast Asian Nations", "organization", None, acronym="ASEAN", aliases=["Association of Southeast Asian Nations", "ASEAN"]),
    P("Trade and Investment Framework Arrangement", "forum", None, aliases=["Trade and Investment Framework Arrangement"]),
    P("Memorandum of Understanding on Combating Illegal Logging and Associated Trade", "forum", None,
      aliases=["Memorandum of Understanding on Combating Illegal Logging and Associated Trade"], optional=True),
    P("Doha Development Agenda", "forum", None, aliases=["Doha Development Agenda", "Doha Round"], optional=True),
    P("American Shipper", "organization", "US", aliases=["American Shipper"], optional=True),
    P("Brunei Darussalam", "country", "BN", aliases=["Brunei Darussalam"], optional=True),
    P("Burma", "country", "MM", aliases=["Burma"], optional=True),
    P("Cambodia", "country", "KH", aliases=["Cambodia"], optional=True),
    P("Laos", "country", "LA", aliases=["Laos"], optional=True),
    P("Malaysia", "country", "MY", aliases=["Malaysia"], optional=True),
    P("Philippines", "country", "PH", aliases=["Philippines"], optional=True),
    P("Singapore", "country", "SG", aliases=["Singapore"], optional=True),
    P("Thailand", "country", "TH", aliases=["Thailand"], optional=True),
    P("Vietnam", "country", "VN", aliases=["Vietnam"], optional=True),
  ],
  money=[
    M("$18.5 billion", 18500000000, year=2007),
  ],
  dates=[
    D("May 2", "2008-05-02", "2008-05-02", "day", "event", optional=True, fuzzy=True),
    D("2007", "2007-01-01", "2007-12-31", "year", "period"),
    D("August 2006", "2006-08-01", "2006-08-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "The United States and Indonesia met", "between the countries."), IDUS, "action", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The countries also furthered", "Doha Development Agenda."), IDUS, "action", ["goods-trade"], optional=True),
    C(cut(st, "During the meeting in Bali", "and Associated Trade."), IDUS, "affirmation", ["energy-environment", "goods-trade"], optional=True),
    C(cut(st, "The United States also meets regularly", "signed in August 2006."), ["US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The arrangement considers", "for the United States."), ["US"], "affirmation", ["goods-trade", "investment"], optional=True),
  ])

# --- VNA via VietnamPlus: Thailand-U.S. TIFA Joint Council (Bangkok, April 3, 2017) ---
st = "vietnamplus-thailand-us-tifa-joint-council-2017"
write(st,
  kind="news_article", issued=None, title="Thailand, US discuss economic cooperation",
  session=session(None, "Trade and Investment Framework Agreement Joint Council", None, None, None, "Bangkok", []),
  notes=[
    "VietnamPlus (VNA) text: the first line holds the title and a photo caption ('hinh anh 1A street in Thailand. (Source: AFP)'): not a block; no date line (issued null); '-VNA' closes the last paragraph.",
    "Session: 'The Trade and Investment Framework Agreement Joint Council of Thailand and the United States discussed ... in Bangkok on April 3': no acronym in the text: forum null, name as written; 'April 3' has no year and no date line: start/end null; nobody is said to chair: co-chairs [].",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments: no required one (a discussion, a briefing, a report). Optional: 'Thailand also reported achievements in intellectual property, labour and ivory trade control ...' (reform steps recounted: action, TH).",
    "Dates: 'April 3' (no year, no date line: optional and fuzzy, 2017 from the first meeting under the Trump administration).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("Thailand", "country", "TH", aliases=["Thailand", "Thailand’s"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("Trade and Investment Framework Agreement Joint Council", "forum", None, aliases=["Trade and Investment Framework Agreement Joint Council"]),
    P("Boonyarit Kalayanamit", "person", "TH", aliases=["Boonyarit Kalayanamit"], titles=["Head of the Trade Negotiation Department"]),
    P("Ministry of Commerce", "organization", "TH", aliases=["Ministry of Commerce"], optional=True),
    P("Donald Trump", "person", "US", aliases=["US President Donald Trump"], titles=["President"], optional=True),
    P("Convention on International Trade of Endangered Species", "forum", None, acronym="CITES",
      aliases=["Convention on International Trade of Endangered Species", "CITES"], optional=True),
    P("Vietnam News Agency", "organization", "VN", acronym="VNA", aliases=["VNA"], optional=True),
  ],
  dates=[
    D("April 3", "2017-04-03", "2017-04-03", "day", "event", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "On the occasion, Thailand also reported", "Endangered Species (CITES)."), ["TH"], "action", ["ipr", "goods-trade"], optional=True),
  ])

# --- FreightWaves: U.S.-China agricultural cooperation MOU renewed (Washington, 2009) ---
st = "freightwaves-us-china-agriculture-jcca-mou-renewal-2009"
CNUS = ["CN", "US"]
write(st,
  kind="news_article", issued=None, title="U.S., China renew ag trade cooperation pact",
  session=session(None, None, None, None, None, "Washington", []),
  notes=[
    "FreightWaves page: 'Watch Now' is chrome; the title is printed twice (the second copy is a repeated heading, not a block); no date line (issued null). Paragraphs are indented with three spaces (kept).",
    "Session (hard call): an MOU renewal signed in Washington, not a meeting of a named body (the JCCA meets later): forum, name, dates null; location 'Washington' (where Sun was 'to sign the renewed agreement'); co-chairs [].",
    "Sections: one untitled section of 5 paragraphs.",
    "Commitments (required): 'The United States and China on Tuesday renewed a memorandum of understanding ...' (action); 'The next JCCA meetings are scheduled for Oct. 22 in Washington.' (cooperation: a meeting to be held). Optional: the standing description of the JCCA ('meets at least once every two years'); Vilsack's claim on the renewal; Sun 'was in Washington to sign' (the same action); 'Vilsack will then travel to China ... to participate in the ... Joint Commission on Commerce and Trade' (one side's travel plan).",
    "Money: 'nearly $15 billion' (two-way agricultural trade, no year). Dates: 'Tuesday' (relative, no date line: optional and fuzzy, 2009), 'August 2003' (event), 'Oct. 22' and 'Oct. 29' (no year: optional, 2009).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S."]),
    P("China", "country", "CN", aliases=["China"]),
    P("Joint Committee on Cooperation in Agriculture", "forum", None, acronym="JCCA", aliases=["Joint Committee on Cooperation in Agriculture", "JCCA"]),
    P("U.S.-China Joint Commission on Commerce and Trade", "forum", None, aliases=["U.S.-China Joint Commission on Commerce and Trade"]),
    P("Tom Vilsack", "person", "US", aliases=["U.S. Agriculture Secretary Tom Vilsack", "Vilsack"], titles=["U.S. Agriculture Secretary"]),
    P("Sun Zhengcai", "person", "CN", aliases=["Minister of Agriculture Sun Zhengcai"], titles=["Minister of Agriculture"]),
    P("Gary Locke", "person", "US", aliases=["Commerce Secretary Gary Locke"], titles=["Commerce Secretary"]),
    P("Ron Kirk", "person", "US", aliases=["U.S. Trade Representative Ron Kirk"], titles=["U.S. Trade Representative"]),
  ],
  money=[
    M("nearly $15 billion", 15000000000, qualifier="nearly"),
  ],
  dates=[
    D("Tuesday", "2009-01-01", "2009-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("August 2003", "2003-08-01", "2003-08-31", "month", "event"),
    D("Oct. 22", "2009-10-22", "2009-10-22", "day", "event", optional=True),
    D("Oct. 29", "2009-10-29", "2009-10-29", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "The United States and China on Tuesday renewed", "between the two countries."), CNUS, "action", ["agriculture"]),
    C(cut(st, "The original MOU signed", "United States and China."), CNUS, "cooperation", ["agriculture"], optional=True),
    C(cut(st, "The renewal of this MOU", "working together."), CNUS, "affirmation", ["agriculture"], optional=True),
    C(cut(st, "Minister of Agriculture Sun Zhengcai was", "on behalf of China."), ["CN"], "action", ["agriculture"], optional=True),
    C(cut(st, "The next JCCA meetings", "in Washington."), CNUS, "cooperation", ["agriculture"]),
    C(cut(st, "Vilsack will then travel", "on Oct. 29."), ["US"], "cooperation", ["goods-trade"], optional=True),
  ])
