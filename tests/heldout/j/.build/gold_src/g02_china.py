from goldlib import C, D, M, P, Q, S, cut, session, write

# --- Xinhua wrap-up of the 17th JCCT (Washington, April 2006), chinadaily.com.cn ---
st = "chinadaily-xinhua-jcct-17-wrap-up-2006"
write(st,
  kind="news_article", issued="2006-04-13",
  title="China, US wrap up trade talks, reach consensus",
  session=session("JCCT", "China-U.S. Joint Commission on Commerce and Trade", 17, "2006-04-11", "2006-04-11", "Washington",
                  ["Wu Yi", "Carlos Gutierrez", "Robert Portman"]),
  notes=[
    "China Daily page of a Xinhua report. 'CHINA / National' is chrome, '(Xinhua)' the byline, 'Updated: 2006-04-13 08:40' the date line (issued 2006-04-13). The photo caption ('Chinese Vice-Premier Wu Yi (C) co-chairs ... April 11, 2006. [Xinhua]') is boilerplate: no block, no records (its date and names are not counted; its 'Rob Portman' is not an alias).",
    "Session: 17th JCCT; 'wrapped up ... here Tuesday' with the date line 2006-04-13 (a Thursday) -> Tuesday 2006-04-11, 'the day-long meeting' -> start = end = 2006-04-11. Location 'Washington' (dateline; 'here'). Co-chairs: 'jointly chaired by Chinese Vice Premier Wu Yi and US Secretary of Commerce Carlos Gutierrez and US Trade Representative Robert Portman'. Forum acronym 'JCCT'; name as written in the body: 'China-U.S. Joint Commission on Commerce and Trade' (the caption's 'Sino-US ...' is boilerplate).",
    "Sections: one untitled section of 7 paragraphs (the caption excluded).",
    "Commitments (required): the High Technology and Strategic Item Trading Working Group to be established (cooperation; export-controls); continuing the Informal Steel Dialogue, the IPR mechanism and tourism cooperation (cooperation; goods-trade, ipr, services); China's conditional resumption of US beef imports and the US pledge on processed poultry (pledge, both countries; agriculture). Optional: the talks wrapped up with consensus, the meeting co-chaired, Wu Yi's account of the meeting's spirit, and her call for joint efforts on the trade imbalance (position).",
    "Dates: '2006-04-13' (publication, ISO form in 'Updated: ...'); both 'Tuesday' resolve against the date line (required).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese", "Sino-U.S."]),
    P("United States", "country", "US", aliases=["US", "the United States", "U.S."]),
    P("China-U.S. Joint Commission on Commerce and Trade", "forum", None, acronym="JCCT",
      aliases=["China-U.S. Joint Commission on Commerce and Trade", "JCCT", "17th JCCT meeting"]),
    P("China-US High Technology and Strategic Item Trading Working Group", "forum", None),
    P("Informal Steel Dialogue", "forum", None),
    P("Wu Yi", "person", "CN", aliases=["Chinese Vice Premier Wu Yi", "Wu Yi", "the Chinese vice premier"], titles=["Vice Premier"]),
    P("Carlos Gutierrez", "person", "US", aliases=["US Secretary of Commerce Carlos Gutierrez"], titles=["US Secretary of Commerce"]),
    P("Robert Portman", "person", "US", aliases=["US Trade Representative Robert Portman"], titles=["US Trade Representative"]),
    P("Xinhua", "organization", "CN", optional=True),
  ],
  dates=[
    D("2006-04-13", "2006-04-13", "2006-04-13", "day", "publication"),
    D("Tuesday", "2006-04-11", "2006-04-11", "day", "event", relative=True, occurrence=1),
    D("Tuesday", "2006-04-11", "2006-04-11", "day", "event", relative=True, occurrence=2),
  ],
  commitments=[
    C(cut(st, "Washington -- China and the United States", "a series of issues."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "At the day-long meeting,", "press conference on Tuesday."), ["CN", "US"], "cooperation", ["export-controls"]),
    C(cut(st, "The two sides also agreed to continue", "sector of tourism."), ["CN", "US"], "cooperation", ["goods-trade", "ipr", "services"]),
    C(cut(st, "In addition, China agreed", "meat from China."), ["CN", "US"], "pledge", ["agriculture"]),
    C(cut(st, "The 17th JCCT meeting was jointly chaired", "Robert Portman."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "Stressing that economic", "through strengthened cooperation."), ["CN"], "affirmation", ["other"], optional=True),
    C(cut(st, "Noting that China has been making", "bilateral trade imbalance."), ["CN"], "affirmation", ["goods-trade"], optional=True),
  ])

# --- China Daily report of the 18th JCCT (Beijing, December 2007), ciplawyer.com repost ---
st = "ciplawyer-chinadaily-jcct-18-consensus-2007"
write(st,
  kind="news_article", issued=None, title=None,
  session=session("JCCT", "Sino-US Joint Commission on Commerce and Trade", 18, None, None, "Beijing", []),
  notes=[
    "China Daily report reposted on ciplawyer.com (China IP Lawyer); no title line and no date line in the excerpt (issued, title null). The last item ('Cape Town Convention') was cut after its first sentence: the cut fragment was dropped.",
    "Sections: preamble of 5 paragraphs (the last one the lead-in 'Consensus was reached ... meeting:'), then four headed outcome sections of one paragraph each: 'Ensuring an open and non-discriminatory investment regime', 'Government Procurement Agreement (GPA)', 'Telecommunications', 'Cape Town Convention'.",
    "Session: 18th JCCT 'in Beijing yesterday' (no date line: dates null). Nobody is said to co-chair (Wu Yi speaks at the opening ceremony): co-chairs [].",
    "Commitments: the lead-in 'Consensus was reached on a wide range of sectors ...:' is followed by full sentences with their own subject (China), so the items are the commitments and the lead-in is optional (an outcome summary). Required: China's statement reiterating its commitment to open investment and non-discrimination (affirmation; investment); 'China confirmed it would submit, by the end of 2007, its initial offer ... WTO GPA' (pledge, deadline 2007-12; procurement); 'China confirmed that it would lower the registered capital requirements ...' (pledge; services, investment); 'China confirmed that it initiated the ratification process.' (action; Cape Town Convention on aircraft financing -> goods-trade, services). Optional: the joint call for dialogue instead of protectionism (position), Gutierrez's quote ('Protectionism is something we must avoid together', a position), and the GPA market-size sentence is a fact (not a commitment). Wu Yi's 'unharmonious notes' complaint is not a commitment.",
    "Money: '$35 billion per year' -> the text is '$35 billion' (no year). Dates: 'by the end of 2007' is a deadline (2007-12-01..2007-12-31, month grain as in docs/gold-format.md); 'yesterday' and 'this year' have no date line (optional, fuzzy).",
  ],
  sections=[S(None, 5), S("Ensuring an open and non-discriminatory investment regime", 1), S("Government Procurement Agreement (GPA)", 1),
            S("Telecommunications", 1), S("Cape Town Convention", 1)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese", "Sino-US"]),
    P("United States", "country", "US", aliases=["US"]),
    P("Sino-US Joint Commission on Commerce and Trade", "forum", None, acronym="JCCT",
      aliases=["18th Sino-US Joint Commission on Commerce and Trade", "JCCT"]),
    P("Wu Yi", "person", "CN", aliases=["Vice-Premier Wu Yi"], titles=["Vice-Premier"]),
    P("Carlos Gutierrez", "person", "US", aliases=["The US Commerce Secretary Carlos Gutierrez"], titles=["US Commerce Secretary"]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["WTO"], optional=True),
  ],
  money=[M("$35 billion", 35000000000)],
  dates=[
    D("yesterday", "2007-01-01", "2007-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("this year", "2007-01-01", "2007-12-31", "year", "reference", relative=True, optional=True, fuzzy=True),
    D("by the end of 2007", "2007-12-01", "2007-12-31", "month", "deadline"),
  ],
  commitments=[
    C(cut(st, "Chinese and US officials called", "in Beijing yesterday."), ["CN", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "\"The best way to address", "avoid together.\""), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Consensus was reached", "cabinet-level meeting:"), ["CN", "US"], "action", ["investment", "goods-trade"], optional=True),
    C(cut(st, "China made a strong statement", "investment regulation."), ["CN"], "affirmation", ["investment", "transparency"]),
    C(cut(st, "China confirmed it would submit", "WTO GPA."), ["CN"], "pledge", ["procurement"],
      deadline={"start": "2007-12-01", "end": "2007-12-31"}),
    C(cut(st, "China confirmed that it would lower", "operate in China."), ["CN"], "pledge", ["services", "investment"]),
    C(cut(st, "China confirmed that it initiated", "ratification process."), ["CN"], "action", ["goods-trade", "services"]),
  ])

# --- Shanghai Daily on the May 2018 China-U.S. joint statement on economic and trade consultations (shine.cn) ---
st = "shine-shanghaidaily-china-us-joint-statement-consultations-2018"
write(st,
  kind="news_article", issued=None, title=None,
  session=session(None, "China-U.S. economic and trade consultations", None, None, None, "Washington",
                  ["Liu He"]),
  notes=[
    "Shanghai Daily archive page on shine.cn. The search store prefixes this page with its metadata ' date 2018-05-21 ' (not page text): the prefix was removed, the page starts with the chrome 'Home » Nation'. No title line in the excerpt and no date line (issued, title null). The last paragraph ('On Saturday, Liu said ...') was cut mid-sentence and dropped.",
    "Session: consultations 'on Thursday and Friday in Washington' (no date line: dates null). Co-chairs: only Liu He is said to lead ('The Chinese delegation was led by Vice Premier Liu He'); the U.S. officials are only 'included': co_chairs ['Liu He'].",
    "Sections: one untitled section of 11 paragraphs.",
    "Commitments (the joint statement's points, reported): required are the vow not to launch a trade war (pledge, negated), the measures to decrease the US deficit in goods, China's increased purchases (goods-trade, services), the increase in US farm and energy exports, the US delegation to China (US cooperation), the consensus on conditions for trade in manufactured goods and services, cooperation on IP protection, China's revision of the Patent Law and related laws (ipr), the encouragement of two-way investment and fair-competition environment (investment), and high-level contacts (cooperation). The consultations held are optional.",
    "'vowing not to launch a trade war' is negated=True (a commitment not to act). Dates: 'on Thursday and Friday', 'on Saturday' have no anchor: optional, fuzzy (2018 from outside).",
  ],
  sections=[S(None, 11)],
  parties=[
    P("China", "country", "CN", aliases=["CHINA", "China", "Chinese"]),
    P("United States", "country", "US", aliases=["the United States", "US"]),
    P("Liu He", "person", "CN", aliases=["Vice Premier Liu He", "Liu"], titles=["Vice Premier"]),
    P("Steven Mnuchin", "person", "US", aliases=["Treasury Secretary Steven Mnuchin"], titles=["Treasury Secretary"]),
    P("Wilbur Ross", "person", "US", aliases=["Commerce Secretary Wilbur Ross"], titles=["Commerce Secretary"]),
    P("Robert Lighthizer", "person", "US", aliases=["Trade Representative Robert Lighthizer"], titles=["Trade Representative"]),
  ],
  dates=[
    D("on Thursday and Friday", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("on Saturday", "2018-01-01", "2018-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "CHINA and the United States have issued", "against each other."), ["CN", "US"], "pledge", ["goods-trade"], negated=True),
    C(cut(st, "The Chinese and US delegations conducted", "said on Saturday."), ["CN", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "The two sides agreed to take effective", "goods with China."), ["CN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "China will significantly increase", "according to the statement."), ["CN"], "pledge", ["goods-trade", "services"]),
    C(cut(st, "The two nations agreed to meaningfully", "energy products."), ["CN", "US"], "pledge", ["agriculture", "energy-environment", "goods-trade"]),
    C(cut(st, "The US side will send", "without specifying timing."), ["US"], "cooperation", ["agriculture", "energy-environment"]),
    C(cut(st, "The two sides talked about", "in those areas."), ["CN", "US"], "pledge", ["goods-trade", "services"]),
    C(cut(st, "The statement said the two sides highly valued", "in this regard."), ["CN", "US"], "cooperation", ["ipr"]),
    C(cut(st, "China will promote revision", "according to the statement."), ["CN"], "pledge", ["ipr"]),
    C(cut(st, "The two sides also agreed to encourage", "fair competition."), ["CN", "US"], "pledge", ["investment"]),
    C(cut(st, "The two countries agreed to maintain", "economic and trade concerns."), ["CN", "US"], "cooperation", ["goods-trade"]),
  ])

# --- AP report of the U.S.-China WTO market-access agreement signing (Beijing, November 15, 1999) ---
st = "apnews-china-us-sign-market-opening-deal-1999"
write(st,
  kind="news_article", issued="1999-11-15",
  title="China, US Sign Market-Opening Deal",
  session=None,
  notes=[
    "AP archive page: 'Related topics' is chrome; 'November 15, 1999' the date line; dateline 'BEIJING (AP) _' with an underscore for the dash. AP's old typography is kept: opening quotes as two backticks (``) and closing quotes as the double prime (″). The last paragraph was cut mid-word ('the day of becomin') and dropped.",
    "Session: null (a signing after negotiations, no session of a dialogue).",
    "Sections: one untitled section of 10 paragraphs (quote paragraphs included).",
    "Commitments: required are the signing 'today' (action, both countries; goods-trade), 'The agreement obligates China to cut tariffs an average of 23 percent and promises greater access ... for U.S. banks, insurers, telecommunications firms and Hollywood film exporters' (China's pledge; goods-trade, services), and 'Barshefsky and ... Shi Guangsheng, signed the agreement.' (action, both). Optional: Clinton's 'a profoundly important step' and his quote on opportunities (claims), Shi's 'win-win' (claim). 'None of the terms will take effect until ...' describes the agreement's timing (not a commitment); Jiang's proverb and the Barshefsky quote are not commitments.",
    "Quantities: '23 percent' (required). '13 years', 'six days', 'five years' are durations (optional counts).",
    "Dates: the date line and 'today' (required, resolved against it).",
    "Parties: 'the U.S. Embassy' (US body), the WTO, Jiang Zemin, Clinton (as 'President Clinton’s', 'Clinton', 'the president'), Gene Sperling, Long Yongtu; 'the Communist Party leadership compound' is a place (the Party is optional); 'the Clinton administration' is the U.S. government of the day (optional).",
  ],
  sections=[S(None, 10)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["US", "U.S."]),
    P("World Trade Organization", "organization", None, acronym="WTO", aliases=["World Trade Organization", "WTO"]),
    P("U.S. Embassy", "government_body", "US", aliases=["the U.S. Embassy"]),
    P("Charlene Barshefsky", "person", "US", aliases=["U.S. Trade Representative Charlene Barshefsky", "Barshefsky"],
      titles=["U.S. Trade Representative"]),
    P("Shi Guangsheng", "person", "CN", aliases=["Shi"], titles=["foreign trade minister"]),
    P("Bill Clinton", "person", "US", aliases=["President Clinton", "Clinton"], titles=["President"]),
    P("Gene Sperling", "person", "US", titles=["special economics adviser"]),
    P("Long Yongtu", "person", "CN", titles=["lead WTO negotiator"]),
    P("Jiang Zemin", "person", "CN", aliases=["Chinese President Jiang Zemin", "Jiang"], titles=["President"]),
    P("Communist Party", "organization", "CN", optional=True),
    P("Clinton administration", "government_body", "US", aliases=["the Clinton administration"], optional=True),
  ],
  quantities=[
    Q("13 years", 13, "count", unit="years", optional=True),
    Q("six days", 6, "count", unit="days", optional=True),
    Q("23 percent", 23, "percent"),
    Q("five years", 5, "count", unit="years", optional=True),
  ],
  dates=[
    D("November 15, 1999", "1999-11-15", "1999-11-15", "day", "publication"),
    D("today", "1999-11-15", "1999-11-15", "day", "event", relative=True),
  ],
  commitments=[
    C(cut(st, "BEIJING (AP) _ After 13 years", "World Trade Organization."), ["CN", "US"], "action", ["goods-trade"]),
    C(cut(st, "The agreement obligates China", "the U.S. Embassy."), ["CN"], "pledge", ["goods-trade", "services"]),
    C(cut(st, "U.S. Trade Representative Charlene Barshefsky and", "signed the agreement."), ["CN", "US"], "action", ["goods-trade"]),
    C(cut(st, "In Ankara, Turkey, Clinton said", "the global economy."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "``In opening the economy", "the president said."), ["US"], "affirmation", ["goods-trade", "agriculture", "services"], optional=True),
    C(cut(st, "China’s Shi called it", "for both countries.″"), ["CN"], "affirmation", ["goods-trade"], optional=True),
  ])
