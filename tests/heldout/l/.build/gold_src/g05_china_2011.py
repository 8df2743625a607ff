from goldlib import C, D, P, S, cut, session, write

# --- china.org.cn: the China-US Joint Statement of January 2011, paragraphs 22-24 (economic partnership) ---
st = "chinaorgcn-china-us-joint-statement-economic-partnership-2011"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, None, None, None, None, None, []),
  notes=[
    "china.org.cn page (a feature page reprinting the China-US Joint Statement of President Hu's January 2011 state visit; the page address dates it 2011): the excerpt is paragraphs 22-24 only, with no title and no date line. Paragraph 24 was cut after its first sentence ('The two sides also agreed to ...'): only the first sentence was kept.",
    "Session: the two presidents' joint statement reports their summit, which has no named forum (the S&ED is mentioned only as a later deadline): forum and name null, no date, place or chairs in the excerpt (all null, co-chairs []).",
    "Sections: one untitled section of 5 blocks; the third block is a single line holding three '--' items run together without line breaks ('...objectives.-- China will ...model.-- Both sides agree ...') (hard case).",
    "Commitments (required): 'The two leaders agreed to promote comprehensive economic cooperation, and will further develop a framework ... by the third round of the S&ED in May, based on the main elements outlined below:' (pledge; CN US; macroeconomic, goods-trade, investment; the deadline 'in May' has no year in the text: deadline null), '23. The two sides agreed to strengthen macroeconomic communication and cooperation, ...' (cooperation; macroeconomic), the items 'The United States will focus on reducing its medium-term federal deficit ... and will maintain vigilance against excess volatility in exchange rates.' (pledge; US), 'China will intensify efforts to expand domestic demand, ...' (pledge; CN), 'China will continue to promote RMB exchange rate reform, ...' (pledge; CN), 'Both sides agree to continue to pursue forward-looking monetary policies ...' (pledge; CN US), all macroeconomic, and '... affirmed their commitment to take further steps to liberalize global trade and investment, and to oppose trade and investment protectionism.' (affirmation; goods-trade, investment). Optional: 'President Hu and President Obama recognized the vital importance of working together ...' (importance), 'The Federal Reserve has taken important steps in recent years ...' (a past step described), 'The two sides affirmed support for efforts by European leaders ...' (support for third parties' efforts: position).",
    "Dates: 'May' (the third S&ED, May 2011: no year in the text, optional), 'in recent years' (optional, relative, fuzzy).",
  ],
  sections=[S(None, 5)],
  parties=[
    P("China", "country", "CN", aliases=["China"]),
    P("United States", "country", "US", aliases=["United States"]),
    P("Hu Jintao", "person", "CN", aliases=["President Hu"]),
    P("Barack Obama", "person", "US", aliases=["President Obama"]),
    P("Strategic and Economic Dialogue", "forum", None, acronym="S&ED", aliases=["S&ED"]),
    P("Federal Reserve", "government_body", "US", aliases=["Federal Reserve"]),
    P("European Union", "country", "EU", optional=True),
  ],
  dates=[
    D("May", "2011-05-01", "2011-05-31", "month", "deadline", optional=True),
    D("recent years", "2008-01-01", "2011-12-31", "years", "reference", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "22. President Hu and President Obama recognized", "global economy."), ["CN", "US"], "affirmation", ["macroeconomic"], optional=True),
    C(cut(st, "The two leaders agreed to promote", "outlined below:"), ["CN", "US"], "pledge", ["macroeconomic", "goods-trade", "investment"]),
    C(cut(st, "23. The two sides agreed to strengthen", "the global economy."), ["CN", "US"], "cooperation", ["macroeconomic"]),
    C(cut(st, "The United States will focus", "in exchange rates."), ["US"], "pledge", ["macroeconomic"]),
    C(cut(st, "The Federal Reserve has taken", "longer-run objectives."), ["US"], "action", ["macroeconomic"], optional=True),
    C(cut(st, "China will intensify efforts", "resource allocation."), ["CN"], "pledge", ["macroeconomic"]),
    C(cut(st, "China will continue to promote RMB", "development model."), ["CN"], "pledge", ["macroeconomic"]),
    C(cut(st, "Both sides agree to continue", "international economy."), ["CN", "US"], "pledge", ["macroeconomic"]),
    C(cut(st, "The two sides affirmed support", "long-term growth."), ["CN", "US"], "affirmation", ["macroeconomic"], optional=True),
    C(cut(st, "24. The two countries, recognizing", "investment protectionism."), ["CN", "US"], "affirmation", ["goods-trade", "investment"]),
  ])
