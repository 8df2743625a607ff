from goldlib import C, D, P, S, cut, session, write

# --- USTR (archive): joint statement on the second U.S.-UK Trade and Investment Working Group (London, November 15, 2017) ---
st = "ustr-us-uk-trade-investment-working-group-2-2017"
write(st,
  kind="press_release", issued="2017-11-15",
  title="Joint Statement on the Second Meeting of the U.S.-UK Trade and Investment Working Group",
  session=session(None, "U.S.-UK Trade and Investment Working Group", 2, None, None, "London", []),
  notes=[
    "USTR archived page: archive banner and 'Click here ...' are chrome; title; date line 'November 15, 2017'; dateline 'London, United Kingdom –'. The stored page ends with a lead-in ('Some examples of areas where the United States and the UK are working closely include:') whose first bullet was cut mid-sentence: the bullet was dropped, the lead-in (a complete sentence) kept.",
    "Session: 'the conclusion of the second meeting of the U.S.-UK Trade and Investment Working Group (the Working Group) in London' (forum null: no acronym; ordinal 2); the meeting's dates are not stated (the date line is the announcement's): start/end null; location 'London'; the delegations 'were led by officials' (not named) and the two ministers only announce: co-chairs [] (hard call).",
    "Sections: one untitled section of 3 paragraphs.",
    "Commitments: the only required one is 'The Working Group will also begin to lay the groundwork for a potential, future free trade agreement once the UK has left the EU, and explore areas in which the two countries can collaborate to promote open markets around the world.' (pledge, GB US; goods-trade). Optional: the conclusion announced and the delegations led (meeting held), 'The Working Group, established in July 2017, is focusing on providing commercial continuity ...' (standing description), 'The United States and the UK are working together to deepen their economic relationship.' (claim). 'The Working Group will cover a range of topics, including ...' is an agenda (discussion-topic list), and the final lead-in has no trigger and no items left: not commitments.",
    "Dates: date line (publication), 'July 2017' (event).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United Kingdom", "country", "GB", aliases=["UK", "United Kingdom"]),
    P("United States", "country", "US", aliases=["The United States", "the United States", "United States", "U.S."]),
    P("Liam Fox", "person", "GB", aliases=["UK Secretary of State for International Trade Dr. Liam Fox", "Dr. Liam Fox"],
      titles=["Secretary of State for International Trade"]),
    P("Robert Lighthizer", "person", "US", aliases=["United States Trade Representative Robert Lighthizer"], titles=["United States Trade Representative"]),
    P("U.S.-UK Trade and Investment Working Group", "forum", None, aliases=["U.S.-UK Trade and Investment Working Group", "Working Group"]),
    P("Department for International Trade", "government_body", "GB", aliases=["Department for International Trade"]),
    P("Office of the U.S. Trade Representative", "government_body", "US", aliases=["Office of the U.S. Trade Representative"]),
    P("European Union", "country", "EU", acronym="EU", aliases=["EU"]),
  ],
  dates=[
    D("November 15, 2017", "2017-11-15", "2017-11-15", "day", "publication"),
    D("July 2017", "2017-07-01", "2017-07-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "London, United Kingdom – UK Secretary of State", "in London."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "The delegations were led by officials", "government agencies."), ["GB", "US"], "action", ["other"], optional=True),
    C(cut(st, "The Working Group, established in July 2017,", "ahead of the exit."), ["GB", "US"], "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The Working Group will also begin", "around the world."), ["GB", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The United States and the UK are working together", "economic relationship."), ["GB", "US"], "cooperation", ["goods-trade"], optional=True),
  ])

# --- People's Daily Online (Xinhua): the 22nd JCCT in Chengdu (November 21, 2011) ---
st = "peoplecn-xinhua-jcct-22-chengdu-2011"
write(st,
  kind="news_article", issued="2011-11-21",
  title="China, U.S. hold annual trade talks in southwest China",
  session=session("JCCT", "China-U.S. Joint Commission on Commerce and Trade", 22, "2011-11-21", "2011-11-21", "Chengdu",
                  ["Wang Qishan", "John Bryson", "Ron Kirk"]),
  notes=[
    "People's Daily Online page: headline, the date line '12:56, November 21, 2011' (a time before the date), dateline 'CHENGDU, Nov. 21 (Xinhua) --'. Written on the day of the meeting (future tense for its outcome).",
    "Session: 'held the 22nd Session of China-U.S. Joint Commission on Commerce and Trade (JCCT) here on Monday in ... Chengdu' -> ordinal 22, start = end = 2011-11-21 (Monday, the date line's day); co-chairs: 'Wang Qishan co-chaired the meeting with ... John Bryson and Trade Representative Ron Kirk'. The 'closed-door meeting on Nov. 20' and the 21st JCCT are other meetings mentioned.",
    "Sections: one untitled section of 9 paragraphs.",
    "Commitments: the only required one is 'The two sides will sign a series of deals on trade and economic cooperation after the meeting, which is due to conclude Monday afternoon.' (pledge; goods-trade). Optional: the session held, the co-chairing, the closed-door meeting held, the 21st JCCT recounted. 'the two sides will exchange views on ...' is a (future) discussion list; attendance and the description of the JCCT are not commitments.",
    "Dates: date line (publication); 'Nov. 21' in the dateline (optional); 'Monday' twice (event, required with a date line: 2011-11-21); 'Nov. 20' (day-month, optional); '1983' (event); 'Dec. 14-15, 2010' (event).",
  ],
  sections=[S(None, 9)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["the United States", "U.S."]),
    P("China-U.S. Joint Commission on Commerce and Trade", "forum", None, acronym="JCCT",
      aliases=["China-U.S. Joint Commission on Commerce and Trade", "JCCT"]),
    P("Wang Qishan", "person", "CN", aliases=["Chinese Vice Premier Wang Qishan"], titles=["Vice Premier"]),
    P("John Bryson", "person", "US", aliases=["U.S. Commerce Secretary John Bryson"], titles=["Commerce Secretary"]),
    P("Ron Kirk", "person", "US", aliases=["Trade Representative Ron Kirk"], titles=["Trade Representative"]),
    P("Gao Hucheng", "person", "CN", aliases=["Chinese international trade representative Gao Hucheng"], titles=["international trade representative"]),
    P("Han Changfu", "person", "CN", aliases=["Minister of Agriculture Han Changfu"], titles=["Minister of Agriculture"]),
    P("Cui Tiankai", "person", "CN", aliases=["Vice Foreign Minister Cui Tiankai"], titles=["Vice Foreign Minister"]),
    P("Zhu Guangyao", "person", "CN", aliases=["Vice Finance Minister Zhu Guangyao"], titles=["Vice Finance Minister"]),
    P("Liu Tienan", "person", "CN", aliases=["Liu Tienan"], titles=["head of National Energy Administration"]),
    P("National Energy Administration", "government_body", "CN", aliases=["National Energy Administration"]),
    P("Tom Vilsack", "person", "US", aliases=["U.S. Agriculture Secretary Tom Vilsack"], titles=["Agriculture Secretary"]),
    P("Ministry of Foreign Affairs", "government_body", "CN", aliases=["foreign ministry"], optional=True),
  ],
  dates=[
    D("November 21, 2011", "2011-11-21", "2011-11-21", "day", "publication"),
    D("Nov. 21", "2011-11-21", "2011-11-21", "day", "publication", optional=True),
    D("Monday", "2011-11-21", "2011-11-21", "day", "event", relative=True, occurrence=1),
    D("Monday", "2011-11-21", "2011-11-21", "day", "event", relative=True, occurrence=2),
    D("Nov. 20", "2011-11-20", "2011-11-20", "day", "event", optional=True),
    D("1983", "1983-01-01", "1983-12-31", "year", "event"),
    D("Dec. 14-15, 2010", "2010-12-14", "2010-12-15", "day", "event"),
  ],
  commitments=[
    C(cut(st, "China and the United States held the 22nd Session", "city of Chengdu."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "Chinese Vice Premier Wang Qishan co-chaired", "Ron Kirk."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "The two sides will sign a series of deals", "Monday afternoon."), ["CN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "The two sides also held a closed-door meeting", "on Nov. 20."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "The 21st meeting of JCCT was held", "Dec. 14-15, 2010."), ["CN", "US"], "action", ["other"], optional=True),
  ])
