from goldlib import C, D, M, P, Q, S, cut, session, write

EUUS = ["EU", "US"]

# --- European Commission page: EU-US Trade and Technology Council, third ministerial meeting (College Park, 5 December 2022) ---
st = "ec-eu-us-ttc-3-ministerial-outcomes-2022"
write(st,
  kind="press_release", issued=None, title=None,
  session=session(None, "EU-US Trade and Technology Council", 3, "2022-12-05", "2022-12-05", "College Park, Maryland", []),
  notes=[
    "European Commission policy page (no title or date line in the excerpt: issued and title null). Headings: 'Objectives of the partnership', 'Third Ministerial Meeting (5 December 2022)', '1. Digital Infrastructure and connectivity', '2. Cooperation on emerging technologies' (numbered headings kept as written). '- ' bullets are blocks. The excerpt ended inside the last paragraph ('The EU and the US also intend to develop in 2023 recommendations for publi...'): that cut sentence was dropped.",
    "Session: 'The EU and the US met in College Park, Maryland on 5 December 2022 for the third ministerial-level meeting of the Council': the text never uses the acronym TTC (forum null, name as written), ordinal 3; nobody is named: co-chairs [].",
    "Sections: an untitled section (2 paragraphs), 'Objectives of the partnership' (lead-in + 3 bullets), 'Third Ministerial Meeting (5 December 2022)' (1 paragraph ending with the lead-in 'They agreed on:'), '1. Digital Infrastructure and connectivity' (lead-in + 3 bullets), '2. Cooperation on emerging technologies' (paragraph with lead-in, 2 bullets, paragraph).",
    "Commitments (required): the three bullets under 'The EU and the US will:' (pledges; services for connectivity and internet access), 'The EU and the US agreed on a joint roadmap to develop common tools and standards for trustworthy artificial intelligence (AI).' (action; standards), the two bullets under 'Both parties will work on:' (pledges), 'To advance the uptake of electric vehicles, the US and the EU will prepare a common international standard on megawatt charging systems ... by 2024.' (pledge; standards, energy-environment). Optional: the Council's standing description and its establishment (2021), the three standing objectives under 'Through the Council, the EU and the US are working together to:' (hard call: objectives of the partnership, not outcomes of a session), the meeting, the lead-ins 'They agreed on:', 'The EU and the US will:', 'Both parties will work on:'.",
    "Parties: the EU is an organization with code EU (set G's convention). Jamaica and Kenya are beneficiaries of projects (optional countries).",
    "Dates: '15 June 2021' (the Council's establishment, event), '5 December 2022' in the heading and in the paragraph (event), '2024' ('to be adopted by 2024': deadline). Quantities: 'over one thousand' public schools and children's homes (optional: a number word with 'over').",
  ],
  sections=[S(None, 2), S("Objectives of the partnership", 4), S("Third Ministerial Meeting (5 December 2022)", 1),
            S("1. Digital Infrastructure and connectivity", 4), S("2. Cooperation on emerging technologies", 4)],
  parties=[
    P("European Union", "organization", "EU", aliases=["European Union", "EU"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("EU-US Trade and Technology Council", "forum", None, aliases=["EU-US Trade and Technology Council"]),
    P("EU-US Summit", "forum", None, aliases=["EU-US Summit"], optional=True),
    P("Jamaica", "country", "JM", aliases=["Jamaica"], optional=True),
    P("Kenya", "country", "KE", aliases=["Kenya"], optional=True),
  ],
  quantities=[Q("over one thousand", 1000, "count", unit="public schools and children’s homes", optional=True)],
  dates=[
    D("15 June 2021", "2021-06-15", "2021-06-15", "day", "event"),
    D("5 December 2022", "2022-12-05", "2022-12-05", "day", "event"),
    D("5 December 2022", "2022-12-05", "2022-12-05", "day", "event", occurrence=2),
    D("2024", "2024-01-01", "2024-12-31", "year", "deadline"),
  ],
  commitments=[
    C(cut(st, "The EU-US Trade and Technology Council serves", "these shared values."), EUUS, "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "It was established during", "in Brussels."), EUUS, "action", ["other"], optional=True),
    C(cut(st, "Through the Council, the EU and the US are working together to:", "working together to:"), EUUS, "cooperation", ["other"], optional=True),
    C(cut(st, "ensure that trade and technology", "our common values"), EUUS, "cooperation", ["other"], optional=True),
    C(cut(st, "strengthen our technological", "industrial leadership"), EUUS, "cooperation", ["industrial-policy"], optional=True),
    C(cut(st, "expand bilateral trade", "and investment"), EUUS, "cooperation", ["goods-trade", "investment"], optional=True),
    C(cut(st, "The EU and the US met in College Park", "meeting of the Council."), EUUS, "action", ["other"], optional=True),
    C("They agreed on:", EUUS, "pledge", ["other"], optional=True),
    C("The EU and the US will:", EUUS, "pledge", ["services"], optional=True),
    C(cut(st, "facilitate projects that strengthen", "subsea cables"), EUUS, "pledge", ["services"]),
    C(cut(st, "connect over one thousand", "to the internet"), EUUS, "pledge", ["services"]),
    C(cut(st, "expand internet access", "last-mile connectivity"), EUUS, "pledge", ["services"]),
    C(cut(st, "The EU and the US agreed on a joint roadmap", "artificial intelligence (AI)."), EUUS, "action", ["standards"]),
    C("Both parties will work on:", EUUS, "pledge", ["standards"], optional=True),
    C(cut(st, "joint standards in critical areas", "Internet of Things"), EUUS, "pledge", ["standards"]),
    C(cut(st, "quantum research", "and development"), EUUS, "pledge", ["other"]),
    C(cut(st, "To advance the uptake", "adopted by 2024."), EUUS, "pledge", ["standards", "energy-environment"]),
  ])

# --- Futurium (European Commission): sixth EU-US TTC ministerial meeting (Leuven, 2024; no date in the excerpt) ---
st = "futurium-eu-us-ttc-6-ministerial-2024"
write(st,
  kind="press_release", issued=None, title="6th Ministerial Meeting of the EU-US Trade and Technology Council",
  session=session("TTC", "EU-US Trade and Technology Council", 6, None, None, "Leuven, Belgium", []),
  notes=[
    "Futurium news page: title; no date line (issued null; 2024 from the page only). Items are '  • ' bullets, each with a run-in label ('Artificial intelligence:', '6G:', ...). The excerpt ended inside the last bullet ('Critical minerals: advanced negotiations towards a Critical Minerals Agreement ... for electric vehicles ...'): that bullet was dropped.",
    "Session: 'held the sixth meeting of the EU-US Trade and Technology Council (TTC) in Leuven, Belgium': forum TTC, ordinal 6, no date in the text, no chairs named: co-chairs [].",
    "Sections: an untitled section of 2 blocks (paragraph and the lead-in 'The ministers agreed on:'), '1. Advancing transatlantic cooperation on AI, 6G, critical and emerging technologies' (4 bullets), '2. Promoting easier, more sustainable and more secure trade on the transatlantic market' (3 bullets).",
    "Commitments (required): six labelled bullets under 'The ministers agreed on:' (subject-less items with the lead-in's actors EU US): AI ('reaffirmed their commitment to a risk-based approach to AI ... and announced a new Dialogue ...': affirmation), 6G (adopted a vision, signed an arrangement: action), semiconductors (extended for three years two arrangements: action), standards (released a report: action), sustainable trade ('reaffirmed the importance ... and agreed to publish a Joint Catalogue of Best Practices on Green Public Procurement': pledge; procurement), easier trade ('agreed to facilitate digital tools in trade, coordinated and aligned the technical standards for e-invoicing systems': pledge). Optional: the meeting, the lead-in, the clean-energy bullet ('welcomed the publication of recommendations ...': a welcome).",
    "Quantities: 'three years' (count, years); 'two and a half years' (optional: a duration, not a date).",
  ],
  sections=[S(None, 2), S("1. Advancing transatlantic cooperation on AI, 6G, critical and emerging technologies", 4),
            S("2. Promoting easier, more sustainable and more secure trade on the transatlantic market", 3)],
  parties=[
    P("European Union", "organization", "EU", aliases=["EU"]),
    P("United States", "country", "US", aliases=["United States", "US"]),
    P("EU-US Trade and Technology Council", "forum", None, acronym="TTC", aliases=["EU-US Trade and Technology Council", "TTC"]),
    P("EU AI Office", "government_body", "EU", aliases=["EU AI Office"]),
    P("US AI Safety Institute", "government_body", "US", aliases=["US AI Safety Institute"]),
    P("Transatlantic Initiative on Sustainable Trade", "forum", None, aliases=["Transatlantic Initiative on Sustainable Trade"], optional=True),
  ],
  quantities=[
    Q("three years", 3, "count", unit="years"),
    Q("two and a half years", 2.5, "count", unit="years", optional=True),
  ],
  commitments=[
    C(cut(st, "The EU and the United States held", "in Leuven, Belgium."), EUUS, "action", ["other"], optional=True),
    C("The ministers agreed on:", EUUS, "pledge", ["other"], optional=True),
    C(cut(st, "Artificial intelligence: reaffirmed", "US AI Safety Institute"), EUUS, "affirmation", ["standards"]),
    C(cut(st, "6G: adopted", "research collaboration"), EUUS, "action", ["standards"]),
    C(cut(st, "Semiconductors: extended", "semiconductor supply chains"), EUUS, "action", ["industrial-policy"]),
    C(cut(st, "Emerging technology standards: released", "digital identities"), EUUS, "action", ["standards"]),
    C(cut(st, "Sustainable trade: reaffirmed", "sustainability projects"), EUUS, "pledge", ["procurement", "energy-environment"]),
    C(cut(st, "Easier trade: agreed", "e-invoicing systems"), EUUS, "pledge", ["goods-trade", "standards"]),
    C(cut(st, "Clean energy: welcomed", "charging infrastructure"), EUUS, "affirmation", ["energy-environment"], optional=True),
  ])

# --- law.cards repost of the Commerce readout: fifth U.S.-EU TTC ministerial (Washington, January 30, 2024) ---
st = "lawcards-us-eu-ttc-5-readout-2024"
write(st,
  kind="press_release", issued="2024-01-31",
  title="Readout of U.S.-EU Trade and Technology Council Fifth Ministerial Meeting",
  session=session("TTC", "U.S.-EU Trade and Technology Council", 5, "2024-01-30", "2024-01-30", "Washington, D.C.",
                  ["Antony Blinken", "Gina Raimondo", "Katherine Tai", "Margrethe Vestager", "Valdis Dombrovskis"]),
  notes=[
    "Repost of a Commerce readout with its feed chrome: the title printed three times, 'Jan 31, 2024', two '[email protected]' lines, 'Wed, 01/31/2024 – 10:11' (a feed timestamp), 'Export and investment promotion' (a tag), 'FOR IMMEDIATE RELEASE', 'Wednesday, January 31, 2024' (the release's date line: issued), 'Office of Public Affairs'. A line holding one space separates the two paragraphs (not a block). The excerpt ended inside the second paragraph ('... jointly promoting innovation, security, and trustworth...'): that cut sentence was dropped.",
    "Session: 'On Tuesday, January 30, 2024, the U.S.-EU Trade and Technology Council (TTC) held its fifth ministerial meeting in Washington, D.C.'. Co-chairs (hard call): the EU side's 'EU TTC co-chairs' Vestager and Dombrovskis, and the three U.S. officials named first, whom the next paragraph calls 'the U.S. co-chairs' (Blinken, Raimondo, Tai); the NSC staff and Breton are not co-chairs.",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments: none required (a readout of emphases and discussions). Optional: the meeting held; 'the U.S. co-chairs stressed the importance of fortifying our collective economic security, including ...' (importance; US). 'They also discussed expanding collaboration ...' is a discussion.",
    "Dates: 'Wednesday, January 31, 2024' (publication), 'Jan 31, 2024' and '01/31/2024' (the feed's copies: optional publication), 'Tuesday, January 30, 2024' (event, with the weekday), 'May 2023' (the previous meeting in Lulea, event).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["U.S."]),
    P("European Union", "organization", "EU", aliases=["EU"]),
    P("U.S.-EU Trade and Technology Council", "forum", None, acronym="TTC", aliases=["U.S.-EU Trade and Technology Council", "TTC"]),
    P("Antony Blinken", "person", "US", aliases=["Secretary of State Antony Blinken"], titles=["Secretary of State"]),
    P("Gina Raimondo", "person", "US", aliases=["Secretary of Commerce Gina Raimondo"], titles=["Secretary of Commerce"]),
    P("Katherine Tai", "person", "US", aliases=["U.S. Trade Representative Katherine Tai"], titles=["U.S. Trade Representative"]),
    P("Margrethe Vestager", "person", "EU", aliases=["Margrethe Vestager"], titles=["European Commission Executive Vice President"]),
    P("Valdis Dombrovskis", "person", "EU", aliases=["Valdis Dombrovskis"], titles=["European Commission Executive Vice President"]),
    P("Thierry Breton", "person", "EU", aliases=["European Commissioner for Internal Market Thierry Breton"], titles=["European Commissioner for Internal Market"]),
    P("European Commission", "organization", "EU", aliases=["European Commission"]),
    P("National Security Council", "government_body", "US", aliases=["National Security Council"], optional=True),
    P("Office of Public Affairs", "government_body", "US", aliases=["Office of Public Affairs"], optional=True),
  ],
  dates=[
    D("Jan 31, 2024", "2024-01-31", "2024-01-31", "day", "publication", optional=True),
    D("01/31/2024", "2024-01-31", "2024-01-31", "day", "publication", optional=True),
    D("Wednesday, January 31, 2024", "2024-01-31", "2024-01-31", "day", "publication"),
    D("Tuesday, January 30, 2024", "2024-01-30", "2024-01-30", "day", "event"),
    D("May 2023", "2023-05-01", "2023-05-31", "month", "event"),
  ],
  commitments=[
    C(cut(st, "On Tuesday, January 30, 2024", "Washington, D.C."), EUUS, "action", ["other"], optional=True),
    C(cut(st, "Building on the progress", "by authoritarian actors."), ["US"], "affirmation", ["export-controls", "investment", "industrial-policy"], optional=True),
  ])

# --- Commerce: summary readout of Deputy Secretary Graves' travel to Brazil (May 15-19, 2022) ---
st = "commerce-graves-brazil-travel-readout-2022"
write(st,
  kind="press_release", issued=None, title="Summary Readout of Deputy Secretary Graves’ Travel to Brazil",
  session=session(None, None, None, None, None, "Brazil", []),
  notes=[
    "Commerce page: the .gov banner lines, 'Breadcrumb' with a numbered breadcrumb ('1. Home', '2. News', '3. Press Releases': chrome, not a list), 'Was this page helpful?', 'FOR IMMEDIATE RELEASE' are chrome; title; no date line (issued null). The excerpt ended inside the second paragraph ('Graves also facilitated a roundt...'): that cut sentence was dropped.",
    "Session (hard call): a trip and trade mission, no forum: forum and name null; 'between May 15-19' has no year and there is no date line: start/end null; location 'Brazil' (the visit's country as the text names it); nobody chaired: co-chairs [].",
    "Sections: one untitled section of 2 paragraphs.",
    "Commitments (required): 'In his meeting with members of AmCham Brazil, the Deputy Secretary launched ITA’s new Climate Plan for Brazil, which seeks to address the climate crisis through policy cooperation and trade promotion.' (action: a plan launched; US; energy-environment). Optional: the trip concluded, the trade mission led and opened, the dialogue facilitated, the meetings in which he emphasized the importance of the relationship.",
    "Quantities: '67 U.S. companies' (count), '83 percent'. Dates: 'Today' and 'last year' (relative, no date line: optional and fuzzy; 2022 and 2021), 'May 15-19' (no year: optional), '2022' in the trade mission's name (other).",
  ],
  sections=[S(None, 2)],
  parties=[
    P("United States", "country", "US", aliases=["U.S."]),
    P("Brazil", "country", "BR", aliases=["Brazil", "Brazilian"]),
    P("Don Graves", "person", "US", aliases=["Deputy Secretary of Commerce Don Graves", "Deputy Secretary Graves"], titles=["Deputy Secretary of Commerce"]),
    P("Joe Biden", "person", "US", aliases=["President Biden"], titles=["President"]),
    P("Group of Seven", "forum", None, acronym="G7", aliases=["G7"]),
    P("Josue Gomes da Silva", "person", "BR", aliases=["Josue Gomes da Silva"], titles=["President of the Federation of Industries of the State of São Paulo"]),
    P("Federation of Industries of the State of São Paulo", "organization", "BR", aliases=["Federation of Industries of the State of São Paulo"]),
    P("American Chamber of Commerce in Brazil", "organization", "BR", aliases=["American Chamber of Commerce in Brazil", "AmCham Brazil"]),
    P("International Trade Administration", "government_body", "US", acronym="ITA", aliases=["ITA"]),
  ],
  quantities=[Q("67 U.S. companies", 67, "count", unit="companies"), Q("83 percent", 83, "percent")],
  dates=[
    D("Today", "2022-01-01", "2022-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
    D("May 15-19", "2022-05-15", "2022-05-19", "day", "event", optional=True),
    D("2022", "2022-01-01", "2022-12-31", "year", "other"),
    D("last year", "2021-01-01", "2021-12-31", "year", "event", relative=True, optional=True, fuzzy=True),
  ],
  commitments=[
    C(cut(st, "WASHINGTON – Today", "first official trip to Brazil."), ["US"], "action", ["other"], optional=True),
    C(cut(st, "Over the course of the visit", "private sector leaders."), ["US"], "action", ["goods-trade"], optional=True),
    C(cut(st, "In São Paulo, he opened", "last year."), ["US"], "action", ["investment"], optional=True),
    C(cut(st, "He also met with key industry", "business and trade environment."), ["US"], "affirmation", ["goods-trade"], optional=True),
    C(cut(st, "In his meeting with members of AmCham Brazil", "trade promotion."), ["US"], "action", ["energy-environment"]),
  ])

# --- U.S. Embassy Brazil: 2022 U.S.-Brazil High Level Dialogue (Brasilia, April 25, 2022) ---
st = "usembassy-us-brazil-high-level-dialogue-2022"
write(st,
  kind="press_release", issued="2022-04-25",
  title="High-level representatives participate in the 2022 High-level US-Brazil Dialogue in Brasilia",
  session=session(None, "U.S.-Brazil High Level Dialogue", None, "2022-04-25", "2022-04-25", "Brasilia",
                  ["Victoria Nuland", "Jose Fernandez", "Pedro Miguel da Costa e Silva", "José Buainain Sarquis", "Leonardo Luís Gorgulho Nogueira Fernandes"]),
  notes=[
    "U.S. Embassy page: title; the first paragraph opens with a dated dateline 'Brasilia, April 25, 2022:' (taken as the date line: issued) and 'On Monday (25)' (a weekday with the day in parentheses). The excerpt ended inside the last paragraph ('The delegation also talked about the bilateral Critical Minerals Worki...'): that cut sentence was dropped; 'to explore technologies more efficient ways of utilization' kept as written.",
    "Session: 'co-chaired the U.S.-Brazil High Level Dialogue 2022 with their counterparts': forum null, name as written without the year, start = end = April 25, 2022, location Brasilia; co-chairs: the two U.S. under secretaries and the three Brazilian secretaries named as their counterparts.",
    "Sections: one untitled section of 4 paragraphs.",
    "Commitments (required): 'the United States and Brazil reiterated their firm commitment to peace and security, ...' (affirmation; the rest of the sentence is discussion), 'the United States will also send experts in the field of fertilizers to explore ...' (pledge; US; agriculture). Optional: 'The Dialogue reaffirmed shared goals of strengthening democratic governance, ..., economic prosperity, health, ...' (goals, position). 'Participants discussed ...' are discussions.",
    "Dates: 'April 25, 2022' (publication), 'Monday (25)' (event, relative, required with the date line), '2022' in the title and in 'High Level Dialogue 2022' (a year in a name: other).",
  ],
  sections=[S(None, 4)],
  parties=[
    P("United States", "country", "US", aliases=["United States", "U.S.", "US"]),
    P("Brazil", "country", "BR", aliases=["Brazil", "Brazil’s", "Brazilian"]),
    P("Victoria Nuland", "person", "US", aliases=["Under Secretary of State for Political Affairs Victoria Nuland"], titles=["Under Secretary of State for Political Affairs"]),
    P("Jose Fernandez", "person", "US", aliases=["Under Secretary of State for Economic Growth, Energy and the Environment Jose Fernandez"],
      titles=["Under Secretary of State for Economic Growth, Energy and the Environment"]),
    P("Pedro Miguel da Costa e Silva", "person", "BR", aliases=["Ambassador Pedro Miguel da Costa e Silva"], titles=["Secretary of the Americas"]),
    P("José Buainain Sarquis", "person", "BR", aliases=["Ambassador José Buainain Sarquis"], titles=["Secretary for Foreign Trade and Economic Affairs"]),
    P("Leonardo Luís Gorgulho Nogueira Fernandes", "person", "BR", aliases=["Ambassador Leonardo Luís Gorgulho Nogueira Fernandes"],
      titles=["Secretary for Consular Affairs, Cooperation and Culture"]),
    P("Ministry of External Relations", "government_body", "BR", aliases=["Ministry of External Relations"]),
    P("U.S.-Brazil High Level Dialogue", "forum", None, aliases=["U.S.-Brazil High Level Dialogue", "High-level US-Brazil Dialogue"]),
    P("Organisation for Economic Co-operation and Development", "organization", None, acronym="OECD", aliases=["OECD"]),
    P("Agreement on Trade and Economic Cooperation", "forum", None, aliases=["Agreement on Trade and Economic Cooperation"]),
    P("UN Security Council", "organization", None, aliases=["UN Security Council"], optional=True),
    P("Brazilian Congress", "government_body", "BR", aliases=["Brazilian Congress"], optional=True),
    P("Global Entry program", "forum", "US", aliases=["Global Entry program"], optional=True),
    P("Supply Chain Ministerial Forum", "forum", None, aliases=["Supply Chain Ministerial Forum"], optional=True),
    P("Russia", "country", "RU", aliases=["Russia’s"], optional=True),
    P("Ukraine", "country", "UA", aliases=["Ukraine"], optional=True),
  ],
  dates=[
    D("2022", "2022-01-01", "2022-12-31", "year", "other"),
    D("April 25, 2022", "2022-04-25", "2022-04-25", "day", "publication"),
    D("Monday (25)", "2022-04-25", "2022-04-25", "day", "event", relative=True),
    D("2022", "2022-01-01", "2022-12-31", "year", "other", occurrence=3),
  ],
  commitments=[
    C(cut(st, "The Dialogue reaffirmed shared goals", "and human rights."), ["BR", "US"], "affirmation", ["other"], optional=True),
    C(cut(st, "As UN Security Council members", "impacts of the conflict."), ["BR", "US"], "affirmation", ["other"]),
    C(cut(st, "In addition to the efforts already mentioned", "ways of utilization."), ["US"], "pledge", ["agriculture"]),
  ])
