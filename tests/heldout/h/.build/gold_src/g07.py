from goldlib import C, D, P, Q, S, cut, session, write

st = "agrinet-usda-commerce-ced-beef-to-china-2017"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued="2017-06-12",
  title="U.S., China Finalize Details to Send U.S. Beef to China",
  session=session(None, "U.S.-China Comprehensive Economic Dialogue", None, None, None, None,
                  ["Wilbur Ross", "Steven T. Mnuchin", "Wang Yang"]),
  notes=[
    "Agrinet tag page reposting the USDA/Commerce release of June 12, 2017 (the date opens the first paragraph with the dateline 'Washington, D.C.': issued). 'Posts' is site chrome.",
    "Session: no meeting is reported; the results are attributed to the U.S.-China Comprehensive Economic Dialogue 'co-chaired by Secretary Ross and Secretary Mnuchin for the United States and Vice Premier Wang Yang for China': session forum CED (no acronym in the text, so its name) with those co-chairs and no ordinal, dates or place (as for the 2013 S&ED joint fact sheet of this set).",
    "Sections: one untitled section of 5 blocks (the opening paragraph, two 'issued the following statement:' lines, two quote paragraphs; the Ross quote is cut after its first sentence).",
    "Commitments: 'the Trump Administration today has taken important steps toward commercial shipment of U.S. beef ...' (required US action), 'the U.S. Department of Agriculture has reached agreement with Chinese officials on final details of a protocol ...' (required action of both), 'Sonny Perdue today announced the posting of technical documents ...' (required US action). The statement lead-ins are not commitments; the quotes are praise and political claims ('President Trump has brought momentum ...', '... this final beef protocol agreement represents even more concrete progress': optional), the rest of Perdue's quote is not a commitment.",
    "Dates: 'today' (twice) and 'Today' resolve to the date line (required); 'May 11, 2017' is the plan's announcement (event); 'since 2003' gives the year 2003 (event). '100-Day' is part of a plan's name (not a quantity).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States", "American"]),
    P("China", "country", "CN", aliases=["Chinese"]),
    P("Wilbur Ross", "person", "US", aliases=["U.S. Secretary of Commerce Wilbur Ross", "Secretary Ross", "Secretary of Commerce Wilbur Ross"],
      titles=["U.S. Secretary of Commerce", "Secretary of Commerce"]),
    P("Steven T. Mnuchin", "person", "US", aliases=["Secretary of the Treasury Steven T. Mnuchin", "Secretary Mnuchin"],
      titles=["Secretary of the Treasury"]),
    P("Wang Yang", "person", "CN", aliases=["Vice Premier Wang Yang"], titles=["Vice Premier"]),
    P("U.S.-China Comprehensive Economic Dialogue", "forum", None),
    P("Trump Administration", "government_body", "US", aliases=["the Trump Administration"]),
    P("U.S. Department of Agriculture", "government_body", "US", acronym="USDA", aliases=["the U.S. Department of Agriculture"]),
    P("Sonny Perdue", "person", "US", aliases=["Secretary of Agriculture Sonny Perdue"], titles=["Secretary of Agriculture"]),
    P("Robert Lighthizer", "person", "US", aliases=["Trade Representative Robert Lighthizer"], titles=["Trade Representative"]),
    P("Donald Trump", "person", "US", aliases=["President Trump"], titles=["President"]),
  ],
  dates=[
    D("June 12, 2017", "2017-06-12", "2017-06-12", "day", "publication"),
    D("May 11, 2017", "2017-05-11", "2017-05-11", "day", "event"),
    D("today", "2017-06-12", "2017-06-12", "day", "event", relative=True, occurrence=1),
    D("2003", "2003-01-01", "2003-12-31", "year", "event"),
    D("today", "2017-06-12", "2017-06-12", "day", "event", relative=True, occurrence=2),
    D("Today", "2017-06-12", "2017-06-12", "day", "event", relative=True),
  ],
  commitments=[
    C(x("June 12, 2017, Washington", "since 2003."), ["US"], "action", ["agriculture"]),
    C(x("Accordingly, the U.S. Department of Agriculture", "beef exports to China."), ["CN", "US"], "action", ["agriculture"]),
    C(x("Secretary of Agriculture Sonny Perdue today announced", "beginning of shipments."), ["US"], "action", ["agriculture"]),
    C(x("Since he was elected", "great example."), ["US"], "action", ["agriculture"], optional=True),
    C(x("“President Trump is doing more", "concrete progress."), ["US"], "affirmation", ["agriculture"], optional=True),
  ])

st = "rfhk-xinhua-jcct-21-positive-outcomes-2010"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="news_article", issued=None,
  title="China-U.S. trade talks produce positive outcomes",
  session=session("JCCT", "Joint Commission on Commerce and Trade", 21, None, None, "Washington, D.C.", []),
  notes=[
    "rf.hk repost of the Xinhua report on the 21st JCCT (URL 2010-12-16); 'news photo' is an image label (boilerplate). No date line: 'on Wednesday' cannot be anchored (optional); issued and session dates null.",
    "Session: JCCT 21 in Washington, D.C. Co-chairs: no one is said to chair, lead or co-chair (Wang Qishan announced the joint statement at a press conference 'joined by' Locke, Kirk and Vilsack): [] (hard call).",
    "One untitled section of 9 paragraphs.",
    "Commitments (required): the documents signed (both), 'agreed to explore the possibility of establishing a bilateral cooperation framework on IPR' (both), 'They will also continue to work to ensure the openness ... and be open to foreign investment' (both), 'China reaffirmed that ... it will resume the import of American beef ...' (CN affirmation), 'It will also lift the avian influenza bans ...' (CN pledge), 'China is committed to carrying out special campaigns ... and actively advancing software legalization' (CN pledge). 'had candid exchanges of views' is not a commitment; the 'positive outcomes' claims (with 'a host of bilateral agreements signed') are optional.",
    "Quantity: '30 months' (age limit for beef). '1983' is an event year.",
  ],
  sections=[S(None, 9)],
  parties=[
    P("China", "country", "CN", aliases=["Chinese"]),
    P("United States", "country", "US", aliases=["U.S.", "the United States", "American"]),
    P("Wang Qishan", "person", "CN", aliases=["Chinese Vice Premier Wang Qishan", "Vice Premier Wang Qishan", "Wang"], titles=["Vice Premier"]),
    P("Joint Commission on Commerce and Trade", "forum", None, acronym="JCCT",
      aliases=["21st Joint Commission on Commerce and Trade", "U.S.-China Joint Commission on Commerce and Trade"]),
    P("Gary Locke", "person", "US", aliases=["U.S. Commerce Secretary Gary Locke"], titles=["U.S. Commerce Secretary"]),
    P("Ron Kirk", "person", "US", aliases=["Trade Representative Ron Kirk"], titles=["Trade Representative"]),
    P("Tom Vilsack", "person", "US", aliases=["Agriculture Secretary Tom Vilsack"], titles=["Agriculture Secretary"]),
    P("Xinhua", "organization", "CN", optional=True),
  ],
  quantities=[Q("30 months", 30, "count", unit="months")],
  dates=[
    D("on Wednesday", "2010-12-15", "2010-12-15", "day", "event", relative=True, optional=True, fuzzy=True),
    D("1983", "1983-01-01", "1983-12-31", "year", "event"),
  ],
  commitments=[
    C(x("The annual trade talks", "said on Wednesday."), ["CN"], "action", ["other"], optional=True),
    C(x("\"We reached many agreements", "Tom Vilsack."), ["CN", "US"], "action", ["other"], optional=True),
    C(x("The two countries signed", "trade statistics."), ["CN", "US"], "action", ["investment", "agriculture", "energy-environment"]),
    C(x("The two countries agreed to explore", "said the statement."), ["CN", "US"], "cooperation", ["ipr"]),
    C(x("They will also continue", "it added."), ["CN", "US"], "pledge", ["investment", "transparency"]),
    C(x("China reaffirmed that", "30 months."), ["CN"], "affirmation", ["agriculture"]),
    C(x("It will also lift", "Kentucky."), ["CN"], "pledge", ["agriculture"]),
    C(x("China is committed to carrying out", "according to the statement."), ["CN"], "pledge", ["ipr"]),
  ])
