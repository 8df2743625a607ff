from goldlib import C, D, P, S, cut, session, write

# --- english.gov.cn (Xinhua): Liu He's phone call with Lighthizer and Mnuchin (September 5, 2019) ---
st = "govcn-xinhua-liu-he-phone-call-october-talks-2019"
write(st,
  kind="news_article", issued="2019-09-05",
  title="China, US agree to jointly create favorable conditions for trade talks in October",
  session=session(None, None, None, "2019-09-05", "2019-09-05", None, ["Liu He", "Robert Lighthizer", "Steven Mnuchin"]),
  notes=[
    "english.gov.cn page: 'App' (top) and the copyright, identification code, 'Mobile', 'Desktop' footer lines are site chrome; 'Updated: September 5, 2019 10:36 Xinhua' is the date line (with a time and the agency); dateline 'BEIJING —'.",
    "Session: the event reported is a phone conversation 'held upon invitation with' the two U.S. officials (a bilateral ministerial exchange with no named forum; the 'China-US comprehensive economic dialogue' appears only in Liu He's title, the 13th round of consultations is a future meeting): forum and name null, start = end = 2019-09-05 ('on Sept 5'), no place (Beijing is the dateline of the report, not of a meeting), co-chairs the three who spoke.",
    "Sections: one untitled section of 5 paragraphs (the title is not a block).",
    "Commitments (required): 'Chinese and US chief trade negotiators agreed on Sept 5 to jointly take concrete actions to create favorable conditions for further consultations in October.' (pledge), 'The two sides agreed to hold the 13th round ... in early October in Washington and maintain close communication before that.' (cooperation), 'Working groups of the two sides will conduct consultations in earnest in mid-September ...' (cooperation); all about meetings with no other subject stated: other. Optional: 'The agreement was reached in a phone conversation ...' (the exchange held). The participants' sentence is not a commitment.",
    "Dates: date line (publication); 'Sept 5' (day and month, the year only in the date line: optional), 'October' (title and first paragraph, no year: optional), 'early October' and 'mid-September' (optional, fuzzy). '13th round' is an ordinal.",
  ],
  sections=[S(None, 5)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["US"]),
    P("Liu He", "person", "CN", aliases=["Chinese Vice-Premier Liu He"], titles=["Vice-Premier"]),
    P("Robert Lighthizer", "person", "US", aliases=["US Trade Representative Robert Lighthizer"], titles=["US Trade Representative"]),
    P("Steven Mnuchin", "person", "US", aliases=["Treasury Secretary Steven Mnuchin"], titles=["Treasury Secretary"]),
    P("Zhong Shan", "person", "CN", aliases=["Chinese Commerce Minister Zhong Shan"], titles=["Commerce Minister"]),
    P("Yi Gang", "person", "CN", aliases=["Governor of the People's Bank of China Yi Gang"], titles=["Governor of the People's Bank of China"]),
    P("Ning Jizhe", "person", "CN", aliases=["Vice-Chairman of the National Development and Reform Commission Ning Jizhe"],
      titles=["Vice-Chairman of the National Development and Reform Commission"]),
    P("People's Bank of China", "government_body", "CN", aliases=["People's Bank of China"]),
    P("National Development and Reform Commission", "government_body", "CN", aliases=["National Development and Reform Commission"]),
    P("Communist Party of China Central Committee", "government_body", "CN", aliases=["Communist Party of China Central Committee"], optional=True),
    P("China-US comprehensive economic dialogue", "forum", None, aliases=["China-US comprehensive economic dialogue"], optional=True),
  ],
  dates=[
    D("September 5, 2019", "2019-09-05", "2019-09-05", "day", "publication"),
    D("October", "2019-10-01", "2019-10-31", "month", "event", optional=True, occurrence=1),
    D("Sept 5", "2019-09-05", "2019-09-05", "day", "event", optional=True),
    D("October", "2019-10-01", "2019-10-31", "month", "event", optional=True, occurrence=2),
    D("early October", "2019-10-01", "2019-10-31", "month", "event", optional=True, fuzzy=True),
    D("mid-September", "2019-09-01", "2019-09-30", "month", "event", optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "BEIJING — Chinese and US chief trade negotiators agreed", "consultations in October."), ["CN", "US"], "pledge", ["other"]),
    C(cut(st, "The agreement was reached in a phone conversation", "Steven Mnuchin."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "The two sides agreed to hold the 13th round", "before that."), ["CN", "US"], "cooperation", ["other"]),
    C(cut(st, "Working groups of the two sides", "substantial progress."), ["CN", "US"], "cooperation", ["other"]),
  ])

# --- loan-chain.com: MOFCOM statement after the vice-ministerial talks in Beijing (January 2019) ---
st = "loanchain-china-us-vice-ministerial-talks-2019"
write(st,
  kind="news_article", issued=None,
  title="China-US trade talks have laid foundation for deal, China ministry says",
  session=session(None, None, None, None, None, "Beijing", ["Jeffrey Gerrish", "Wang Shouwen"]),
  notes=[
    "News repost (of an agency report) as stored: a headline, no date line, no byline; January 2019 from the page address (not from the text).",
    "Session: 'The two sides held intense discussion at the vice ministerial level from Monday to Wednesday in Beijing' (no named forum: forum and name null; no dates without a date line), location Beijing, co-chairs the two who 'led' the delegations.",
    "Sections: one untitled section of 8 paragraphs (the headline is not a block).",
    "Commitments: the only required one is 'The two sides will keep in close contact, it added.' (cooperation, both, reported from the ministry's statement; goods-trade). Optional: the ministry's claims that the talks 'laid a foundation' and that 'Both sides have implemented the consensus reached by ... Xi Jinping and ... Donald Trump, and had in-depth discussions ...' (political claims), the talks held and led, the USTR's statement of purpose (position). The quote 'improved mutual understanding ...' is an assessment and 'the US side pushed verification and enforcement of previous agreements' a negotiating position (not commitments).",
    "Dates: 'this week', 'Thursday', 'Wednesday' (three times), 'Monday' (no date line: optional, relative, fuzzy).",
  ],
  sections=[S(None, 8)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["the United States", "US"]),
    P("Ministry of Commerce", "government_body", "CN", aliases=["Ministry of Commerce"]),
    P("Xi Jinping", "person", "CN", aliases=["Chinese President Xi Jinping"], titles=["President"]),
    P("Donald Trump", "person", "US", aliases=["Donald Trump"]),
    P("Jeffrey Gerrish", "person", "US", aliases=["deputy US Trade Representative Jeffrey Gerrish"], titles=["deputy US Trade Representative"]),
    P("Wang Shouwen", "person", "CN", aliases=["vice commerce minister Wang Shouwen"], titles=["vice commerce minister"]),
    P("Office of the United States Trade Representative", "government_body", "US", acronym="USTR", aliases=["USTR"]),
  ],
  dates=[
    D("this week", "2019-01-01", "2019-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("Thursday", "2019-01-01", "2019-12-31", "day", "publication", relative=True, optional=True, fuzzy=True),
    D("Wednesday", "2019-01-01", "2019-12-31", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=1),
    D("Monday", "2019-01-01", "2019-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("Wednesday", "2019-01-01", "2019-12-31", "day", "event", relative=True, optional=True, fuzzy=True, occurrence=2),
    D("Wednesday", "2019-01-01", "2019-12-31", "day", "publication", relative=True, optional=True, fuzzy=True, occurrence=3),
  ],
  commitments=[
    C(cut(st, "The trade talks between China and the United States", "said on Thursday."), ["CN", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "Both sides have implemented the consensus", "in a statement."), ["CN", "US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "The two sides will keep in close contact", "it added."), ["CN", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "The two sides held intense discussion", "in Beijing."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "In a statement Wednesday night,", "and agriculture”."), ["US"], "affirmation", ["ipr", "industrial-policy", "goods-trade"], optional=True),
  ])

# --- Mizan Online: MOFCOM statement after the Kuala Lumpur talks (October 2025) ---
st = "mizan-china-us-kuala-lumpur-consensus-2025"
write(st,
  kind="news_article", issued=None,
  title="China reaches initial trade consensus with U.S.",
  session=session(None, None, None, None, None, "Kuala Lumpur, Malaysia", ["He Lifeng", "Scott Besant"],
                  start_if_year_known="2025-10-25", end_if_year_known="2025-10-26"),
  notes=[
    "News page as stored: a headline and no date line (October 2025 from outside). The Treasury Secretary's name is misspelled on the page ('Scott Besant'): kept as written.",
    "Session: 'The trade talks took place in Kuala Lumpur, Malaysia, from October 25 to 26, with the Chinese delegation led by Vice Premier He Lifeng and the U.S. delegation headed by Treasury Secretary Scott Besant': no named forum for the talks (the 'China–U.S. economic and trade consultation mechanism' is named only as a mechanism to use), forum and name null; day-month range without a year: start/end null with start_if_year_known/end_if_year_known; co-chairs the two heads of delegation.",
    "Sections: one untitled section of 7 blocks (Li's lead-in line ending with a colon and the quote on the next line are two blocks).",
    "Commitments (required): 'China’s Ministry of Commerce also stated that both sides agreed to maintain close cooperation on trade and economic matters of mutual interest.' (cooperation) and the ministry's quoted statement '... the two sides agreed to make full use of the China–U.S. economic and trade consultation mechanism, to maintain close cooperation ... and to promote ...' (cooperation; both goods-trade). Optional: 'we reached a preliminary understanding with the United States' (an outcome claimed in a quote, unspecified), the talks held and led. 'held in-depth and candid discussions' is a discussion; Trump's 'might offer certain concessions' is a possibility (not a commitment).",
    "Dates: 'Sunday', 'Saturday' (no date line: optional, relative, fuzzy), 'October 25 to 26' (no year: optional).",
  ],
  sections=[S(None, 7)],
  parties=[
    P("China", "country", "CN", aliases=["China", "Chinese"]),
    P("United States", "country", "US", aliases=["the United States", "U.S.", "American"]),
    P("Li Chenggang", "person", "CN", aliases=["Li Chenggang", "Li"], titles=["Vice Minister of Commerce", "International Trade Representative"]),
    P("Ministry of Commerce", "government_body", "CN", aliases=["Ministry of Commerce"]),
    P("China–U.S. economic and trade consultation mechanism", "forum", None, aliases=["China–U.S. economic and trade consultation mechanism"]),
    P("He Lifeng", "person", "CN", aliases=["Vice Premier He Lifeng"], titles=["Vice Premier"]),
    P("Scott Besant", "person", "US", aliases=["Treasury Secretary Scott Besant"], titles=["Treasury Secretary"]),
    P("Donald Trump", "person", "US", aliases=["U.S. President Donald Trump"], titles=["President"]),
    P("Malaysia", "country", "MY", aliases=["Malaysia"], optional=True),
    P("China Central Television", "organization", "CN", acronym="CCTV", aliases=["China Central Television", "CCTV"], optional=True),
  ],
  dates=[
    D("Sunday", "2025-01-01", "2025-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
    D("October 25 to 26", "2025-10-25", "2025-10-26", "day", "event", optional=True),
    D("Saturday", "2025-01-01", "2025-12-31", "day", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "“During the trade and economic negotiations in Malaysia,", "its own interests.”"), ["CN", "US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "China’s Ministry of Commerce also stated", "matters of mutual interest."), ["CN", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "In a statement, the ministry said:", "global prosperity.”"), ["CN", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "The trade talks took place in Kuala Lumpur", "Scott Besant."), ["CN", "US"], "action", ["other"], optional=True),
  ])

# --- MENAFN: He Lifeng's video conference with U.S. officials (2025) ---
st = "menafn-china-us-pledge-trade-cooperation-2025"
write(st,
  kind="news_article", issued=None,
  title="China, US pledge to strengthen trade cooperation",
  session=session(None, None, None, None, None, None, ["He Lifeng"]),
  notes=[
    "MENAFN news page as stored: headline, then the body opening with the agency tag '(MENAFN)'; no date line (late 2025 from the text's own dates: after a November 24 call).",
    "Session: a video conference 'held' by He Lifeng 'with senior U.S. officials, including the Treasury Secretary and the Trade Representative' (no named forum, no date, no place); co-chairs: He Lifeng only (the U.S. officials are not named).",
    "Sections: one untitled section of 6 paragraphs (the headline is not a block).",
    "Commitments (required): 'Top trade negotiators from China and the United States have committed to broadening areas of collaboration to maintain stable and positive bilateral economic relations, ...' (cooperation), 'Both parties also agreed to continue practical cooperation while addressing mutual concerns in the economic and trade sectors.' (cooperation), 'Regarding dispute management, participants pledged to “continue to fully leverage the role of the China-US economic and trade consultation mechanism, ...”' (pledge); all goods-trade. Optional: the video conference held, the leaders' October 30 meeting where they 'reached a trade agreement' (recounted action). 'conducted “in-depth and constructive exchanges”' is a discussion; the topics of the phone call are a discussion list.",
    "Dates: 'November 24' (twice) and 'October 30' (no year: optional).",
  ],
  sections=[S(None, 6)],
  parties=[
    P("China", "country", "CN", aliases=["China"]),
    P("United States", "country", "US", aliases=["the United States", "U.S.", "US"]),
    P("He Lifeng", "person", "CN", aliases=["He Lifeng"], titles=["Vice Premier", "chief trade negotiator"]),
    P("China-US economic and trade consultation mechanism", "forum", None, aliases=["China-US economic and trade consultation mechanism"]),
    P("South Korea", "country", "KR", aliases=["South Korea"], optional=True),
    P("Ukraine", "country", "UA", aliases=["Ukraine"], optional=True),
  ],
  dates=[
    D("November 24", "2025-11-24", "2025-11-24", "day", "event", optional=True, occurrence=1),
    D("November 24", "2025-11-24", "2025-11-24", "day", "event", optional=True, occurrence=2),
    D("October 30", "2025-10-30", "2025-10-30", "day", "event", optional=True),
  ],
  commitments=[
    C(cut(st, "(MENAFN) Top trade negotiators", "two nations’ leaders."), ["CN", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "China’s Vice Premier and chief trade negotiator", "according to official reports."), ["CN", "US"], "action", ["other"], optional=True),
    C(cut(st, "Both parties also agreed to continue practical cooperation", "economic and trade sectors."), ["CN", "US"], "cooperation", ["goods-trade"]),
    C(cut(st, "Regarding dispute management,", "economic and trade relations.”"), ["CN", "US"], "pledge", ["goods-trade"]),
    C(cut(st, "This followed their October 30 meeting", "tariff-related tensions."), ["CN", "US"], "action", ["goods-trade"], optional=True),
  ])
