import sys; sys.path.insert(0, "..")
from goldlib import P, D, M, Q, C, S, session, write, cut

st = "state-us-brazil-economic-partnership-dialogue-4-2009"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued="2009-12-16",
  title="Economic Partnership Dialogue Advances U.S.-Brazil Cooperation",
  session=session("EPD", "U.S.-Brazil Economic Partnership Dialogue", 4, "2009-12-14", "2009-12-14", "Washington, DC",
                  ["Robert D. Hormats", "Pedro L. Carneiro de Mendonça"]),
  notes=[
    "State Department media note of December 16, 2009. The header lines 'Media Note', 'Office of the Spokesman' and 'Washington, DC' are the release's masthead/place line (boilerplate, not headings, not the title); the date line follows them.",
    "Session: the fourth session of the EPD held on December 14, 2009 in Washington, DC (the meeting date differs from the release date); the two under secretaries 'led their respective delegations' (co-chairs). An accented name: Mendonça.",
    "Sections: untitled preamble of 3 paragraphs; then 'Agreed Minutes' (level 1) whose only block is its subtitle line 'Fourth Session of the Economic Partnership Dialogue Between ...' (the minutes' text was cut; hard call: the subtitle counted as a block).",
    "No required commitment: the meeting held (optional); descriptions of the EPD's purpose and 'The meeting addressed ... efforts in areas, including ...' (a discussion) are not commitments.",
    "The Brazilian ministry appears as 'Ministry of Foreign Relations of the Federative Republic of Brazil' and 'Ministry of External Relations of Brazil': one party with both names.",
  ],
  sections=[S(None, 3), S("Agreed Minutes", 1, level=1)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Brazil", "country", "BR", aliases=["Brazilian", "Federative Republic of Brazil", "the Federative Republic of Brazil"]),
    P("U.S. Department of State", "government_body", "US", aliases=["the U.S. Department of State", "Department of State"]),
    P("Ministry of Foreign Relations of the Federative Republic of Brazil", "government_body", "BR",
      aliases=["Ministry of External Relations of Brazil", "the Ministry of External Relations of Brazil", "Ministry of Foreign Relations"]),
    P("U.S.-Brazil Economic Partnership Dialogue", "forum", None, acronym="EPD", aliases=["Economic Partnership Dialogue"]),
    P("Robert D. Hormats", "person", "US",
      aliases=["U.S. Under Secretary of State for Economic, Energy, and Agricultural Affairs Robert D. Hormats"],
      titles=["U.S. Under Secretary of State for Economic, Energy, and Agricultural Affairs"]),
    P("Pedro L. Carneiro de Mendonça", "person", "BR",
      aliases=["Brazilian Under Secretary-General for Economic and Technological Affairs Pedro L. Carneiro de Mendonça"],
      titles=["Brazilian Under Secretary-General for Economic and Technological Affairs"]),
    P("Office of the Spokesman", "government_body", "US", optional=True),
  ],
  dates=[
    D("December 16, 2009", "2009-12-16", "2009-12-16", "day", "publication"),
    D("December 14, 2009", "2009-12-14", "2009-12-14", "day", "event"),
  ],
  commitments=[
    C(x("On December 14, 2009, high-level", "Economic Partnership Dialogue (EPD)."), ["BR", "US"], "action", ["other"], optional=True),
  ])

st = "commerce-us-brazil-ceo-forum-10-joint-communique-2019"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="Joint Communique from the U.S.-Brazil CEO Forum",
  session=session("U.S.-Brazil CEO Forum", "U.S.-Brazil CEO Forum", 10, None, None, "Washington, D.C.",
                  ["Wilbur Ross", "Larry Kudlow", "Paulo Guedes", "Onyx Lorenzoni", "Dow Wilson", "Marco Stefanini"]),
  notes=[
    "Commerce Department release (archived 2017-2021 site; URL 2019/11). 'Breadcrumb', 'Was this page helpful?' and 'FOR IMMEDIATE RELEASE' are site chrome / release furniture; no date line ('today' unresolvable: issued and session dates null).",
    "Session: the 10th meeting of the U.S.-Brazil CEO Forum in Washington, D.C.; co-chairs as the text names them: four government-side co-chairs and two private-sector co-chairs (Lorenzoni was represented at this meeting by his deputy; he is still named as co-chair).",
    "One untitled section of 3 paragraphs.",
    "No required commitment: the meeting held and the CEOs' recommendations (private sector; 'recommended', 'expressed support') are borderline (optional, actors BR and US); 'Minister Guedes emphasized ...' was cut off with the excerpt.",
    "Parties: the companies Varian Medical Systems (US) and Stefanini IT Solutions (BR) are organizations; the National Economic Council is named in Kudlow's title; the OECD is an international organization. The Ministry of Economy is only implied (optional).",
  ],
  sections=[S(None, 3)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "the United States"]),
    P("Brazil", "country", "BR", aliases=["Brazilian", "Brazil’s"]),
    P("U.S.-Brazil CEO Forum", "forum", None, aliases=["CEO Forum", "Forum"]),
    P("Wilbur Ross", "person", "US", aliases=["U.S. Commerce Secretary Wilbur Ross"], titles=["U.S. Commerce Secretary"]),
    P("Larry Kudlow", "person", "US", aliases=["U.S. Director of the National Economic Council Larry Kudlow"],
      titles=["U.S. Director of the National Economic Council"]),
    P("National Economic Council", "government_body", "US", aliases=["the National Economic Council"]),
    P("Paulo Guedes", "person", "BR", aliases=["Brazilian Minister of Economy Paulo Guedes", "Minister Guedes"],
      titles=["Brazilian Minister of Economy"]),
    P("Onyx Lorenzoni", "person", "BR", aliases=["Minister Onyx Lorenzoni"],
      titles=["Brazilian Chief of Staff to the President", "Minister"]),
    P("Dow Wilson", "person", "US", aliases=["Mr. Dow Wilson"], titles=["CEO of Varian Medical Systems"]),
    P("Varian Medical Systems", "organization", "US"),
    P("Marco Stefanini", "person", "BR", aliases=["Mr. Marco Stefanini"], titles=["CEO and founder of Stefanini IT Solutions"]),
    P("Stefanini IT Solutions", "organization", "BR"),
    P("Elaine Chao", "person", "US", aliases=["U.S. Transportation Secretary Elaine Chao"], titles=["U.S. Transportation Secretary"]),
    P("José Vicente Santini", "person", "BR", aliases=["Deputy Minister José Vicente Santini"], titles=["Deputy Minister"]),
    P("Organization for Economic Cooperation and Development", "organization", None, acronym="OECD"),
    P("Ministry of Economy", "government_body", "BR", optional=True),
    P("U.S. Department of Commerce", "government_body", "US", optional=True),
  ],
  quantities=[Q("20 CEOs", 20, "count", unit="CEOs")],
  dates=[D("today", "2019-11-01", "2019-11-30", "day", "event", relative=True, optional=True, fuzzy=True)],
  commitments=[
    C(x("The 10th meeting", "trade and investment."), ["BR", "US"], "action", ["other"], optional=True),
    C(x("During the plenary meeting", "economic relationship."), ["BR", "US"], "action", ["other"], optional=True),
    C(x("They recommended several measures", "(OECD)."), ["BR", "US"], "pledge", ["goods-trade"], optional=True),
    C(x("The CEOs also expressed support", "(DTA)."), ["BR", "US"], "pledge", ["investment"], optional=True),
  ])

st = "commerce-us-mexico-tomato-suspension-agreement-termination-2019"
x = lambda a, b, n=1: cut(st, a, b, n)
write(st,
  kind="press_release", issued=None,
  title="U.S. Department of Commerce Announces the Termination of the Suspension Agreement on Fresh Tomatoes from Mexico",
  session=None,
  notes=[
    "Commerce Department press release (URL 2019/05). No date line: 'Today' is '90 days after' February 6, 2019 (= May 7, 2019) only by arithmetic, so issued stays null and the relative dates are optional (valued 2019-05-07). No meeting: session null (a trade-remedy action between the U.S. Department of Commerce and Mexican signatories).",
    "'Was this page helpful?' is site chrome. One untitled section of 4 paragraphs.",
    "Commitments (US): the termination announced (required action), 'Commerce will continue with the investigation and instruct ... CBP to collect cash deposits ...' (required pledge), 'Any deposits collected will be refunded if ...' (required conditional pledge, actor Commerce implied), 'the Department is withdrawing from the Agreement' (required action), 'Commerce will continue with its investigation and notify the ITC ...' (required pledge). Ross's 'remains committed to ensuring ...' is a general statement of policy (optional); the February notification recounts an earlier step (optional); 'the Agreement terminates today' has no actor (optional); the industry's request and the optimism are not commitments. Areas: goods-trade (trade remedies) and, for the agreement itself, agriculture (tomatoes).",
    "Dates: '2013' in the agreement's name (twice) is other; 1996, November 14, 2018 and February 6, 2019 are event dates. Quantities: '90 days'; 'ninety days' inside the quoted agreement clause (optional).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["U.S.", "American"]),
    P("Mexico", "country", "MX", aliases=["Mexican"]),
    P("U.S. Department of Commerce", "government_body", "US",
      aliases=["Department of Commerce", "the Department of Commerce", "Commerce", "the Department"]),
    P("Customs and Border Protection", "government_body", "US", acronym="CBP"),
    P("U.S. International Trade Commission", "government_body", "US", acronym="ITC", aliases=["the U.S. International Trade Commission"]),
    P("Wilbur Ross", "person", "US", aliases=["Secretary of Commerce Wilbur Ross"], titles=["Secretary of Commerce"]),
  ],
  quantities=[
    Q("90 days", 90, "count", unit="days"),
    Q("ninety days", 90, "count", unit="days", optional=True),
  ],
  dates=[
    D("Today", "2019-05-07", "2019-05-07", "day", "event", relative=True, optional=True, occurrence=1),
    D("2013", "2013-01-01", "2013-12-31", "year", "other", occurrence=1),
    D("1996", "1996-01-01", "1996-12-31", "year", "event"),
    D("November 14, 2018", "2018-11-14", "2018-11-14", "day", "event"),
    D("2013", "2013-01-01", "2013-12-31", "year", "other", occurrence=2),
    D("February 6, 2019", "2019-02-06", "2019-02-06", "day", "event"),
    D("Today", "2019-05-07", "2019-05-07", "day", "event", relative=True, optional=True, occurrence=2),
    D("today", "2019-05-07", "2019-05-07", "day", "event", relative=True, optional=True),
  ],
  commitments=[
    C(x("Today, the Department of Commerce announced", "U.S. trade law."), ["US"], "action", ["goods-trade", "agriculture"]),
    C(x("During the negotiations, Commerce", "issued in 1996."), ["US"], "pledge", ["goods-trade"]),
    C(x("Any deposits collected", "independent investigation."), ["US"], "pledge", ["goods-trade"]),
    C(x("“The Department of Commerce remains committed", "Wilbur Ross."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(x("On February 6, 2019", "to the other party.”"), ["US"], "action", ["goods-trade", "agriculture"], optional=True),
    C(x("Today, 90 days after", "withdrawing from the Agreement."), ["US"], "action", ["goods-trade", "agriculture"]),
    C(x("As a consequence of withdrawal", "terminates today."), ["US"], "action", ["goods-trade"], optional=True),
    C(x("Commerce will continue with its investigation", "final determination."), ["US"], "pledge", ["goods-trade"]),
  ])
