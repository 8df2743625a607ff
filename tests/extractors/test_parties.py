"""Parties: the gazetteer's integrity, sentence cases, acronym learning, person linking, gold F1."""

from __future__ import annotations

import json

import pytest

from jccttool.extractors import Context, parties
from jccttool.resources import models, rules
from jccttool.segment import segment

from ..conftest import ALL_DOCUMENTS, DEV, GOLD, RAW


def _extract(nlp, text: str):
    return list(parties.extract(nlp(text), Context(text=text, segmentation=segment(text))))


def _index(found):
    return {p.id: p for p in found}


# ------------------------------------------------------------------ gazetteer


def test_gazetteer_loads_and_ids_are_unique():
    entries = rules.gazetteer()
    assert len(entries) > 200
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))


def test_gazetteer_no_alias_points_to_two_ids():
    owners: dict[tuple[str, str], set[str]] = {}
    for e in rules.gazetteer():
        for a in [e.name, *e.aliases]:
            owners.setdefault(("phrase", a.lower()), set()).add(e.id)
        for a in e.abbreviations:
            owners.setdefault(("orth", a), set()).add(e.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_gazetteer_covers_both_sides_and_forums():
    by_id = {e.id: e for e in rules.gazetteer()}
    for pid in ("united-states", "china", "ustr", "mofcom", "sfda", "miit", "ndrc", "sipo", "saic", "aqsiq",
                "sarft", "state-grid", "sac", "nea", "cbrc", "sasac", "usda", "fda", "uspto", "usitc", "ustda",
                "jcct", "s-and-ed", "sed", "wto", "apec"):
        assert pid in by_id, pid
    assert by_id["jcct"].country is None and by_id["jcct"].type == "forum"
    assert by_id["mofcom"].country == "CN" and by_id["mofcom"].acronym == "MOFCOM"
    assert by_id["ustr"].country == "US"


def test_ruler_patterns_every_abbreviation_matches_itself(nlp):
    for e in rules.gazetteer():
        for abbr in e.abbreviations:
            doc = nlp(f"Officials of {abbr} met.")
            ids = {ent.ent_id_ for ent in doc.ents}
            assert e.id in ids, (abbr, [(t.text) for t in doc])


def test_title_tables_load_from_resources():
    t = rules.titles()
    assert t is rules.titles()  # cached
    assert "Vice Premier" in t.title_countries and "Wang" in t.chinese_surnames
    assert "Working Group" in t.forum_heads and "Joint" in t.bilateral_words


def test_bad_title_tables_are_rule_data_errors():
    from pydantic import ValidationError

    good = rules.titles().model_dump()
    with pytest.raises(ValidationError):
        models.TitleTables.model_validate({**good, "title_countries": {"Premier": "China"}})
    with pytest.raises(ValidationError):
        models.TitleTables.model_validate({**good, "unknown_table": []})


def test_bad_gazetteer_line_is_a_rule_data_error():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        models.PartyEntry.model_validate({"id": "Bad Id", "name": "x", "type": "country", "country": "USA"})


# ------------------------------------------------------------------ sentence cases

CASES = [
    # (id, text, expected (id, country) pairs, ids that must be absent)
    ("possessive_curly", "China’s State Food and Drug Administration (SFDA) will act.", {("china", "CN"), ("sfda", "CN")}, set()),
    ("possessive_straight", "China's AQSIQ signed.", {("china", "CN"), ("aqsiq", "CN")}, set()),
    ("us_abbreviation", "The U.S. and China agree to hold talks.", {("united-states", "US"), ("china", "CN")}, set()),
    ("us_without_dots", "US Commerce Secretary John Bryson said so.", {("united-states", "US"), ("john-bryson", "US")}, set()),
    ("lowercase_us_is_not_a_party", "Let us discuss with them.", set(), {"united-states"}),
    ("american_adjective", "Exports support one American job.", {("united-states", "US")}, set()),
    ("chinese_government", "The Chinese government confirmed it.", {("china", "CN")}, set()),
    ("two_sides_not_party", "The two sides agreed. Both sides and both countries will meet.", set(), {"united-states", "china"}),
    ("hyphen_pair", "A U.S.-China program will start.", {("united-states", "US"), ("china", "CN")}, set()),
    ("korea", "The Republic of Korea is an ally; Korea will extend the phase out.", {("korea", "KR")}, set()),
    ("us_korea_token", "Improving U.S.-Korea trade.", {("united-states", "US"), ("korea", "KR")}, set()),
    ("body_longest_match", "The U.S. Department of Commerce and China’s Ministry of Commerce agree.",
     {("us-department-of-commerce", "US"), ("mofcom", "CN")}, set()),
    ("state_and_treasury", "Representatives from the State and Treasury Departments attended.",
     {("us-department-of-state", "US"), ("us-department-of-the-treasury", "US")}, set()),
    ("unknown_ministry", "China's Ministry of Water Conservancy and Hydropower will cooperate.",
     {("ministry-of-water-conservancy-and-hydropower", "CN")}, set()),
    ("unknown_us_agency", "The U.S. Maritime Safety and Ports Agency will help.", {("us-maritime-safety-and-ports-agency", "US")}, set()),
    ("unknown_national_commission", "The National Reform and Pricing Commission issued rules.",
     {("national-reform-and-pricing-commission", "CN")}, set()),
    ("general_administration", "The General Administration of Sport of China will host.",
     {("general-administration-of-sport-of-china", "CN")}, set()),
    ("acronym_learned_unknown", "The Chinese Drug Evaluation Center (CDEC) will review. CDEC will publish.", {("cdec", "CN")}, set()),
    ("acronym_not_a_body", "China Compulsory Certification (CCC) and New Energy Vehicles (NEVs).", {("china", "CN")}, {"ccc", "nevs"}),
    ("agreement_not_party", "The United States – Korea Free Trade Agreement (KORUS) took effect.", {("united-states", "US"), ("korea", "KR")}, {"korus"}),
    ("vice_premier", "Chinese Vice Premier Wang Qishan co-chaired.", {("wang-qishan", "CN"), ("china", "CN")}, set()),
    ("ambassador_to", "U.S. Ambassador to China Gary Locke attended.", {("gary-locke", "US")}, set()),
    ("member_of_state_council", "under the leadership of Vice Premier and Member of the State Council, Wang Qishan, will",
     {("wang-qishan", "CN")}, set()),
    ("unknown_person_title", "U.S. Deputy Secretary of Commerce Jane Q. Example spoke.", {("jane-q-example", "US")}, set()),
    ("unknown_chinese_person", "Chinese Vice Minister Zhang Xiangchen attended.", {("zhang-xiangchen", "CN")}, set()),
    ("president_surname", "The state visit of President Xi with President Obama.", {("xi-jinping", "CN"), ("barack-obama", "US")}, set()),
    ("treasury_secretary_jr", "Treasury Secretary Henry M. Pauslon, Jr. and Vice Premier Wu Yi served as co-chairs.",
     {("henry-m-pauslon-jr", "US"), ("wu-yi", "CN")}, set()),
    ("beijing_place", "The JCCT was held in Beijing.", {("jcct", None)}, {"china"}),
    ("beijing_metonym", "Beijing agreed to lift the ban.", {("china", "CN")}, set()),
    ("washington_dc", "The 2012 JCCT meeting was held in Washington, DC.", {("jcct", None)}, {"united-states"}),
    ("forums", "Consistent with WTO rules and the APEC Leaders’ Declaration, the S&ED and the SED met.",
     {("wto", None), ("apec", None), ("s-and-ed", None), ("sed", None)}, set()),
    ("all_caps_heading_veto", "MOST FAVORED NATION TREATMENT", set(), {"most"}),
    ("state_grid", "State Grid Corporation of China plans to invest $100 billion.", {("state-grid", "CN")}, set()),
    ("ustr_acronym", "the U.S. Trade Representative (USTR) reported results; USTR said", {("ustr", "US")}, set()),
    # bilateral bodies take no country from the pair before them or from a neighbouring party
    ("bilateral_working_group", "the 11th meeting of the U.S.-China Advanced Materials and Strategic Trade Working Group (AMWG). AMWG met.",
     {("amwg", None)}, set()),
    ("gazetteer_forum_with_acronym", "the 11th meeting of the U.S.-China High Technology and Strategic Trade Working Group (HTWG). HTWG met.",
     {("htstwg", None)}, {"htwg"}),
    # middle initial without its period, and ", Jr." / ", Jr"
    ("middle_initial_no_period_jr", "Treasury Secretary Henry M Paulson, Jr. and Vice Premier Wu Yi chaired the talks.",
     {("henry-paulson", "US"), ("wu-yi", "CN")}, set()),
    ("unknown_person_bare_initial", "Commerce Under Secretary Frank R Lavin and Vice Minister Ma Xiuhong met.",
     {("frank-r-lavin", "US"), ("ma-xiuhong", "CN")}, set()),
    ("unknown_person_jr_no_period", "Deputy Secretary of State John D Smith, Jr attended.", {("john-d-smith-jr", "US")}, set()),
    ("pronoun_i_is_not_an_initial", "“Secretary Kerry I think agreed,” he said.", {("john-kerry", "US")}, {"kerry-i-think"}),
    # gazetteer: forums and agencies seen in S&ED and JCCT outcome lists
    ("gazetteer_security_track", "Officials used the Strategic Security Dialogue to discuss how the U.S. Coast Guard and the "
     "China Coast Guard could work with the PLA and the Ministry of National Defense.",
     {("ssd", None), ("us-coast-guard", "US"), ("china-coast-guard", "CN"), ("pla", "CN"), ("mnd-china", "CN")}, set()),
    ("gazetteer_forum_china_us_order", "Both sides will continue talks within the China-US High Technology and Strategic Trade Working Group.",
     {("htstwg", None)}, set()),
    ("gazetteer_older_cn_bodies", "MOFTEC, the State Economic and Trade Commission and SDPC briefed SAFEA.",
     {("moftec", "CN"), ("setc", "CN"), ("sdpc", "CN"), ("safea", "CN")}, set()),
    ("gazetteer_more_us_agencies", "the PCAOB, the Drug Enforcement Administration, OFAC, FinCEN, the IRS and the Federal Maritime Commission",
     {("pcaob", "US"), ("dea", "US"), ("ofac", "US"), ("fincen", "US"), ("irs", "US"), ("fmc", "US")}, set()),
    # bilateral mechanisms named by a country pair, either order, no acronym in brackets
    ("pair_forum_of_tail", "The U.S.-China Working Group on Clean Vehicles met on Monday.",
     {("us-china-working-group-on-clean-vehicles", None)}, {"united-states", "china"}),
    ("pair_forum_china_us", "The China-U.S. Energy Policy Dialogue will convene in May.",
     {("china-us-energy-policy-dialogue", None)}, {"united-states", "china"}),
    ("pair_forum_sino", "the Sino-U.S. Joint Committee on Forestry Cooperation",
     {("sino-us-joint-committee-on-forestry-cooperation", None)}, set()),
    ("pair_forum_event_not_a_body", "The two sides held a successful U.S.-China Aviation Dialogue in May.",
     set(), {"us-china-aviation-dialogue"}),
    ("pair_forum_known_name", "The China-U.S. Strategic Economic Dialogue met.", {("sed", None)}, set()),
    ("pair_without_head_is_not_a_forum", "U.S.-China Trade Relations Improve as U.S.-China trade talks continue.",
     {("united-states", "US"), ("china", "CN")}, set()),
    ("pair_organization_is_not_a_forum", "The U.S.-China Business Council welcomed the talks.", {("uscbc", "US")}, set()),
    ("bilateral_china_us_prefix", "China’s Ministry of Commerce and the China-U.S. Joint Working Group on Trade (JWGT) met.",
     {("mofcom", "CN"), ("jwgt", None)}, set()),
    ("bilateral_joint_committee", "China's State Council and the Joint Committee on Tourism Cooperation (JCTC) met.",
     {("state-council", "CN"), ("jctc", None)}, set()),
    ("bilateral_word", "China will join the Bilateral Investment Working Group (BIWG).", {("china", "CN"), ("biwg", None)}, set()),
    ("bilateral_unknown_commission", "The U.S.-China Clean Coal Commission will meet.", {("us-china-clean-coal-commission", None)}, set()),
    ("own_name_country_wins", "the U.S. and the Chinese Drug Evaluation Center (CDEC) met.", {("cdec", "CN")}, set()),
    ("redefined_abbreviation", "the expansion of the Information Technology Agreement (ITA). The ITA will cut tariffs.", set(), {"ita"}),
    # coordinated principals, each with its own title and country
    ("pritzker_and_froman", "U.S. Secretary of Commerce Penny Pritzker and U.S. Trade Representative Michael Froman today in Beijing led the JCCT.",
     {("penny-pritzker", "US"), ("michael-froman", "US"), ("jcct", None)}, set()),
    ("paulson_jr_and_wu_yi", "Treasury Secretary Henry M. Paulson, Jr. and Vice Premier Wu Yi led the SED.",
     {("henry-paulson", "US"), ("wu-yi", "CN"), ("sed", None)}, set()),
    ("middle_initial_gazetteer", "Commerce Secretary Carlos M. Gutierrez and Vice Premier Wu Yi co-chaired.",
     {("carlos-gutierrez", "US"), ("wu-yi", "CN")}, {"carlos-m-gutierrez"}),
    ("three_principals", "Secretary of State Hillary Rodham Clinton, Treasury Secretary Timothy F. Geithner, State Councilor "
     "Dai Bingguo and Vice Premier Wang Qishan co-chaired the S&ED.",
     {("hillary-clinton", "US"), ("timothy-geithner", "US"), ("dai-bingguo", "CN"), ("wang-qishan", "CN")}, set()),
    ("acting_title", "Acting U.S. Trade Representative Demetrios Marantis and Minister of Commerce Chen Deming hosted it.",
     {("demetrios-marantis", "US"), ("chen-deming", "CN")}, set()),
    # gazetteer coverage of other years
    ("gazetteer_cn_regulators", "SAPPRFT, the Cyberspace Administration of China, the China Insurance Regulatory Commission, CSRC, "
     "the National Bureau of Statistics, SAFE and the General Administration of Customs, with the Ministry of "
     "Environmental Protection and the NHFPC",
     {("sapprft", "CN"), ("cac", "CN"), ("circ", "CN"), ("csrc", "CN"), ("nbs", "CN"), ("safe", "CN"), ("gac", "CN"),
      ("mep", "CN"), ("nhfpc", "CN")}, set()),
    ("gazetteer_us_agencies", "the Bureau of Economic Analysis, the Census Bureau, BIS, the Office of Science and Technology "
     "Policy, the National Economic Council, the Library of Congress and U.S. Customs and Border Protection",
     {("bea", "US"), ("us-census-bureau", "US"), ("bis", "US"), ("ostp", "US"), ("nec", "US"), ("library-of-congress", "US"),
      ("cbp", "US")}, set()),
    # a plural head shared by a list: one body per item, the country of the word before the head
    ("plural_departments", "Officials of the U.S. Departments of Energy and Labor attended.", {("doe", "US"), ("dol", "US")}, set()),
    ("plural_ministries", "China's Ministries of Finance and Health took part.", {("mof-china", "CN"), ("moh-china", "CN")}, set()),
    # diplomatic missions
    ("missions", "Staff of the U.S. Embassy in Tokyo, the Japanese Embassy and the Embassy of France attended.",
     {("us-embassy-in-tokyo", "US"), ("japanese-embassy", "JP"), ("embassy-of-france", "FR")}, set()),
    ("security_council_is_one_body", "They cited resolutions of the U.N. Security Council and the United Nations Security Council.",
     {("un-security-council", None)}, {"united-nations"}),
    ("named_working_group", "The Agricultural Working Group will meet twice a year; an Agricultural Working Group report followed.",
     {("agricultural-working-group", None)}, set()),
    ("plural_of_a_known_forum", "Officials praised the U.S.-China Strategic and Economic Dialogues.", {("s-and-ed", None)}, set()),
    ("indefinite_phrase_is_not_an_organization", "the goal of building a Harmonious Society in China", {("china", "CN")},
     {"harmonious-society"}),
    # a country word naming a place or an event held there is not the state; a pair still names both
    ("country_word_in_place_names", "peace on the Korean Peninsula and in the South China Sea", set(), {"korea", "china"}),
    ("summit_named_for_a_place", "the leaders met at the Singapore Summit and the EU-U.S. Summit.", {("united-states", "US")},
     {"singapore"}),
    ("other_congresses", "after China's Party Congress and the provincial congress", {("china", "CN")}, {"us-congress"}),
    # a body right before a title gives the titled person its country; a British "Dr" without a period is no name
    ("body_before_title", "The talks were led by European Commission Executive Vice President Anna Berg.",
     {("european-commission", "EU"), ("anna-berg", "EU")}, set()),
    ("possessive_body_before_title", "The Executive Yuan's Minister Li Wen spoke.",
     {("executive-yuan", "TW"), ("li-wen", "TW")}, set()),
    ("us_body_before_title", "The U.S. Department of Commerce Under Secretary Ann Lee spoke.", {("ann-lee", "US")}, set()),
    ("honorific_without_period", "The British Trade Secretary, Dr Emma Stone, met them.", {("emma-stone", "GB")},
     {"dr-emma-stone"}),
    ("uk_trade_department", "Officials of the UK Department for International Trade attended.", {("uk-dit", "GB")}, set()),
    # transatlantic forums: one forum with no country, whatever place the meeting is held in
    ("ttc_held_in_a_place", "The EU-U.S. Trade and Technology Council (TTC) met in Lisbon, Portugal; the TTC will meet again.",
     {("ttc", None)}, {"trade-and-technology-council-in-lisbon"}),
    ("us_uk_working_group", "The UK-US Trade and Investment Working Group met in London.", {("us-uk-tiwg", None)}, set()),
    # a possessive between a long form and its acronym; a body after the name beats the title's usual country
    ("possessive_before_acronym", "Staff of the American Institute in Taiwan’s (AIT) office met; AIT agreed.",
     {("ait", "US")}, {"american-institute-in-taiwans"}),
    ("body_after_name_beats_title_country",
     "Deputy Trade Representative Lin Mei-hua of the Executive Yuan's trade office spoke.",
     {("lin-mei-hua", "TW"), ("executive-yuan", "TW")}, set()),
    ("title_country_without_body_after", "Trade Representative Ann Lee met the minister.", {("ann-lee", "US")}, set()),
    # a Vietnamese family name after a domain opens the name, not the domain's last word
    ("vietnamese_three_word_name", "Viet Nam's Vice Minister of Industry and Trade Do Van Nam co-chaired it.",
     {("do-van-nam", "VN")}, {"van-nam"}),
    ("vietnamese_name_nguyen", "Vietnam's Minister of Planning and Investment Nguyen Thi Mai spoke.",
     {("nguyen-thi-mai", "VN")}, {"thi-mai"}),
    ("domain_then_two_word_name", "Japan's Minister for Economic Revitalization Toshimitsu Motegi met.",
     {("toshimitsu-motegi", "JP")}, set()),
    # gazetteer bodies of general value; a body before a title gives the person its country
    ("ait_director", "American Institute in Taiwan Director Dan Moss opened the talks in Taipei.",
     {("ait", "US"), ("dan-moss", "US")}, set()),
    ("exchanges_and_banks", "Firms listed on the New York Stock Exchange and NASDAQ met the Inter-American Development Bank.",
     {("nyse", "US"), ("nasdaq", "US"), ("idb", None)}, set()),
    ("house_committee", "Members of the House Committee on Foreign Affairs met the minister.",
     {("house-foreign-affairs-committee", "US")}, set()),
    # pair forums of the UK, the EU, Vietnam and Taiwan; a bilateral council is a forum
    ("uk_pair_forum", "They held the first US-UK Dialogue on Financial Regulation last week.",
     {("us-uk-dialogue-on-financial-regulation", None)}, set()),
    ("vietnam_pair_forum", "The U.S.-Vietnam Joint Committee met.", {("us-vietnam-joint-committee", None)}, set()),
    ("pair_council", "Both sides will set up the U.S.-Mexico Energy Business Council.",
     {("us-mexico-energy-business-council", None)}, set()),
    ("uk_title", "UK Trade Minister Jane Roe met them.", {("jane-roe", "GB")}, set()),
    # "Minister without Portfolio" is a whole title, not a name
    ("minister_without_portfolio", "Canada's Minister without Portfolio Anne Dubois opened the talks.",
     {("anne-dubois", "CA")}, {"portfolio-anne-dubois"}),
    # a pair forum's short and long names are one forum, in either order; different topics stay apart
    ("pair_forum_short_then_long", "The US-UK Dialogue met; the US-UK Dialogue on Services agreed a plan.",
     {("us-uk-dialogue", None)}, {"us-uk-dialogue-on-services"}),
    ("pair_forum_long_then_short", "The US-UK Dialogue on Services met; the US-UK Dialogue agreed a plan.",
     {("us-uk-dialogue-on-services", None)}, {"us-uk-dialogue"}),
    ("pair_forums_two_topics", "The US-UK Dialogue on Services and the US-UK Dialogue on Energy met.",
     {("us-uk-dialogue-on-services", None), ("us-uk-dialogue-on-energy", None)}, set()),
    ("country_words_of_other_states", "North Korean officials, Việt Nam and the R.O.K. took part.",
     {("north-korea", "KP"), ("vietnam", "VN"), ("korea", "KR")}, set()),
]


@pytest.mark.parametrize("text,expected,absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentence_cases(nlp, text, expected, absent):
    found = _index(_extract(nlp, text))
    got = {(pid, found[pid].country) for pid in found}
    assert expected <= got, (expected - got, got)
    assert not (absent & set(found)), absent & set(found)
    for p in found.values():
        for s, e in p.mentions:
            assert 0 <= s < e <= len(text)


def test_mentions_are_sorted_unique_and_in_first_mention_order(nlp, fact_sheet_text):
    found = _extract(nlp, fact_sheet_text)
    firsts = [p.mentions[0] for p in found]
    assert firsts == sorted(firsts)
    for p in found:
        assert p.mentions == sorted(set(p.mentions))


def test_acronym_defined_in_text_links_later_mentions(nlp):
    text = "The Office of Widget Regulation (OWR) of China met. Later, OWR issued rules, and OWR’s draft followed."
    p = _index(_extract(nlp, text))["owr"]
    assert p.acronym == "OWR" and p.type == "government_body" and p.country == "CN"
    assert [text[s:e] for s, e in p.mentions] == ["Office of Widget Regulation", "OWR", "OWR", "OWR"]


def test_acronym_of_gazetteer_body_uses_gazetteer_id(nlp):
    text = "the Ministry of Industry and Information Technology (MIIT) said MIIT would act"
    p = _index(_extract(nlp, text))["miit"]
    assert len(p.mentions) == 3


def test_person_linking_titles_and_later_mentions(nlp):
    text = ("U.S. Commerce Secretary John Bryson and Chinese Vice Premier Wang Qishan met. "
            "Secretary Bryson said Bryson would return. Wang Qishan agreed; Vice Premier Wang Yang did not attend.")
    found = _index(_extract(nlp, text))
    bryson = found["john-bryson"]
    assert bryson.titles[0] == "U.S. Commerce Secretary"
    assert [text[s:e] for s, e in bryson.mentions] == ["John Bryson", "Bryson", "Bryson"]
    wang = found["wang-qishan"]
    assert [text[s:e] for s, e in wang.mentions] == ["Wang Qishan", "Wang Qishan"]
    assert found["wang-yang"].country == "CN"


def test_bare_chinese_family_name_is_not_linked(nlp):
    text = "Chinese Vice Premier Wang Qishan spoke. Wang said nothing."
    wang = _index(_extract(nlp, text))["wang-qishan"]
    assert len(wang.mentions) == 1


def test_honorific_links_to_full_name_and_collects_title(nlp):
    text = ('as described by Hank Levine in his blog. Mr. Levine was Deputy Assistant Secretary of Commerce for Asia Pacific.')
    p = _index(_extract(nlp, text))["hank-levine"]
    assert p.country == "US"
    assert p.titles == ["Deputy Assistant Secretary of Commerce for Asia Pacific"]
    assert [text[s:e] for s, e in p.mentions] == ["Hank Levine", "Levine"]


def test_curly_possessive_tokenised(nlp):
    doc = nlp("China’s market")
    assert [t.text for t in doc] == ["China", "’s", "market"]
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("China", "china")]


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=[p.name for p in ALL_DOCUMENTS])
def test_spans_index_the_source(nlp, path):
    text = path.read_text(encoding="utf-8")
    for p in _extract(nlp, text):
        assert p.mentions, p.id
        for s, e in p.mentions:
            assert text[s:e].strip() == text[s:e] and text[s:e]


# ------------------------------------------------------------------ gold F1


def _gold_pairs(nlp):
    from jccttool.records import DocumentInfo, Extraction, Source, Tool

    for gold_path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = next((d / gold["document"] for d in (RAW, DEV) if (d / gold["document"]).exists()), None)
        if src is None:
            continue
        text = src.read_text(encoding="utf-8")
        found = _extract(nlp, text)
        pred = Extraction(
            tool=Tool(version="test"),
            source=Source(path=str(src), sha256="", bytes=0, encoding="utf-8", format="text", text_sha256="", chars=len(text)),
            document=DocumentInfo(),
            parties=found,
        )
        yield pred, {"document": gold["document"], "parties": gold.get("parties", [])}, text


def test_parties_f1_on_gold_files(nlp):
    from jccttool.evaluate import score_many

    pairs = list(_gold_pairs(nlp))
    if not pairs:
        pytest.skip("no gold files")
    report = score_many(pairs)
    f1 = report.f1("parties")
    assert f1 is not None and f1 >= 0.92, report.to_dict()["fields"]["parties"] if "fields" in report.to_dict() else f1


# ------------------------------------------------------------------ named organisations


ORG_TEXT = (
    "Secretary Pritzker met the Paulson Institute, World Business Chicago and the U.S. Travel Association. "
    "The Chicago Council on Global Affairs, the U.S. Chamber of Commerce and the U.S.-China Business Council "
    "joined AmCham China. The Ford Foundation and the Center for Strategic and International Studies attended, "
    "as did the National Association of Manufacturers, PhRMA, AdvaMed, ITI and the China Chamber of Commerce "
    "for Import and Export of Machinery and Electronic Products."
)


@pytest.mark.parametrize(
    "name, ptype, country",
    [
        ("Paulson Institute", "organization", None),
        ("World Business Chicago", "organization", "US"),
        ("U.S. Travel Association", "organization", "US"),
        ("Chicago Council on Global Affairs", "organization", "US"),  # a U.S. city in the name
        ("U.S. Chamber of Commerce", "organization", "US"),
        ("US-China Business Council", "organization", "US"),
        ("American Chamber of Commerce in China", "organization", "US"),
        ("Ford Foundation", "organization", None),
        ("Center for Strategic and International Studies", "organization", None),
        ("National Association of Manufacturers", "organization", "US"),
        ("Pharmaceutical Research and Manufacturers of America", "organization", "US"),
        ("Advanced Medical Technology Association", "organization", "US"),
        ("Information Technology Industry Council", "organization", "US"),
        ("China Chamber of Commerce for Import and Export of Machinery and Electronic Products", "organization", "CN"),
    ],
)
def test_named_organizations(nlp, name, ptype, country):
    by_name = {p.name: p for p in _extract(nlp, ORG_TEXT)}
    assert name in by_name, sorted(by_name)
    p = by_name[name]
    assert (p.type, p.country) == (ptype, country)
    for s, e in p.mentions:
        assert ORG_TEXT[s:e] in (name, "AmCham China", "U.S.-China Business Council", "PhRMA", "AdvaMed", "ITI")


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The Texas Cattle Feeders Association praised the deal.", "Texas Cattle Feeders Association", "US"),
        ("Experts of the Zhejiang Institute of Standardization took part.", "Zhejiang Institute of Standardization", "CN"),
        ("The Guangzhou Automobile Industry Association signed it.", "Guangzhou Automobile Industry Association", "CN"),
        ("The Illinois Soybean Association hosted a workshop.", "Illinois Soybean Association", "US"),
        # no place, no country word: unknown
        ("The Rhodium Institute published a report.", "Rhodium Institute", None),
        # a place inside a longer word is not the place
        ("The Texaslike Institute published a report.", "Texaslike Institute", None),
    ],
)
def test_named_organization_country_from_place(nlp, text, name, country):
    by_name = {p.name: p for p in _extract(nlp, text)}
    assert name in by_name, sorted(by_name)
    assert (by_name[name].type, by_name[name].country) == ("organization", country)


def test_named_organization_absorbs_its_country_word(nlp):
    text = "The U.S. Travel Association welcomed the agreement."
    assert [(p.id, p.type) for p in _extract(nlp, text)] == [("us-travel", "organization")]
    text = "The American Society of Travel Agents and the Chinese Hotel Federation welcomed the agreement."
    got = {p.name: p.country for p in _extract(nlp, text)}
    assert got == {"American Society of Travel Agents": "US", "Chinese Hotel Federation": "CN"}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("China's State Council and the National Security Council discussed the Council's work.", "organization"),
        ("The Development Research Center of the State Council will host the meeting.", "organization"),
        ("The U.S.-China Energy Forum and the Strategic Forum met in Beijing.", "organization"),
        ("Both sides held talks at the Beijing Exhibition Center.", "organization"),
        ("China announced the establishment of the Complaint Center for Counterfeit Drugs.", "organization"),
        ("The Council will meet. Institute staff attended. Chamber of Commerce members joined.", "organization"),
        ("The two sides support Civil Society exchanges.", "organization"),
    ],
)
def test_named_organization_precision(nlp, text, absent):
    assert [p.name for p in _extract(nlp, text) if p.type == absent and p.id not in rules.party_by_id()] == []


# ------------------------------------------------------------------ titles naming a whole body


def _people(found):
    return {p.name: (p.country, p.titles) for p in found if p.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        ("The delegation included Chairman of the Federal Deposit Insurance Corporation Martin Gruenberg.",
         "Martin Gruenberg", "US", "Chairman of the Federal Deposit Insurance Corporation"),
        ("Also present was Director of Office of Management and Budget Shaun Donovan.",
         "Shaun Donovan", "US", "Director of Office of Management and Budget"),
        ("Vice Chairman of the National Development and Reform Commission Zhu Zhixin attended the talks.",
         "Zhu Zhixin", "CN", "Vice Chairman of the National Development and Reform Commission"),
        ("Chair of the Council of Economic Advisors Jason Furman spoke first.",  # the gazetteer spells "Advisers"
         "Jason Furman", "US", "Chair of the Council of Economic Advisors"),
        ("Chairman and President of the Export-Import Bank Fred Hochberg also joined.",
         "Fred Hochberg", "US", "Chairman and President of the Export-Import Bank"),
        ("Director of the National Economic Council and Assistant to the President for Economic Policy Gene Sperling spoke.",
         "Gene Sperling", "US", "Director of the National Economic Council and Assistant to the President for Economic Policy"),
    ],
)
def test_title_of_a_named_body_then_a_name(nlp, text, name, country, title):
    people = _people(_extract(nlp, text))
    assert name in people
    assert people[name][0] == country
    assert title in people[name][1]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Vice Minister of Transport Feng Zhenglin met the delegation.", "Feng Zhenglin", "CN"),
        ("Vice Minister of Water Resources Jiao Yong met the delegation.", "Jiao Yong", "CN"),  # any domain before a Chinese name
        ("Deputy Secretary-General of the State Council Ding Xuedong opened the meeting.", "Ding Xuedong", "CN"),
        ("Commissioner-General Tong Jun spoke.", "Tong Jun", "CN"),
        ("Secretary of Transportation Anthony LaHood and Senator Mitch McConnell met Representative Rosa DeLauro.", "Anthony LaHood", "US"),
        ("Senator Mitch McConnell spoke.", "Mitch McConnell", "US"),
        ("Representative Rosa DeLauro spoke.", "Rosa DeLauro", "US"),
        ("Ambassador Paul O'Neill spoke.", "Paul O'Neill", "US"),
    ],
)
def test_transport_hyphenated_titles_and_mid_capital_surnames(nlp, text, name, country):
    people = _people(_extract(nlp, text))
    assert people.get(name, (None,))[0] == country


def test_body_title_repeated_before_the_name_is_not_part_of_it(nlp):
    text = "Chairman of the China Securities Regulatory Commission Chairman Guo Shuqing spoke."
    people = _people(_extract(nlp, text))
    assert "Guo Shuqing" in people and not any(n.startswith("Chairman") for n in people)


def test_name_broken_across_a_hard_wrapped_line(nlp):
    text = ("The first meeting of the new dialogue was chaired jointly by Treasury Secretary Robert\n"
            "Rubin, who was joined by several cabinet members of the administration in the talks.\n")
    people = _people(_extract(nlp, text))
    assert "Robert Rubin" in people and people["Robert Rubin"][0] == "US"


def test_line_break_after_a_short_line_ends_the_name(nlp):
    # a heading or list line: the next line is not part of the name
    text = "Ambassador Gary Locke\nEnergy Cooperation\nThe two sides met.\n"
    people = _people(_extract(nlp, text))
    assert "Gary Locke" in people and not any("Energy" in n for n in people)


def test_lowercase_title_after_a_name(nlp):
    text = ("The secretary met (from left) Yu Guangzhou, minister and customs commissioner-general of the "
            "General Administration of Customs; Jiang Zengwei, vice minister; and John Smith, president of Acme.")
    people = _people(_extract(nlp, text))
    assert people["Yu Guangzhou"][0] == "CN"
    assert "General Administration of Customs" in people["Yu Guangzhou"][1][0]
    assert people["Jiang Zengwei"][0] == "CN"
    assert "John Smith" not in people  # no certain country: never defaulted


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The secretary joined President Oscar Arias of Costa Rica at the forum.", "Oscar Arias", "CR"),
        ("The secretary joined President Rafael Correa of Ecuador at the forum.", "Rafael Correa", "EC"),
        ("The secretary joined Mayor Richard Daley of Chicago at the forum.", "Richard Daley", "US"),
    ],
)
def test_title_name_of_country_gives_that_country(nlp, text, name, country):
    assert _people(_extract(nlp, text))[name][0] == country


def test_title_name_of_unknown_place_is_not_defaulted_to_us(nlp):
    people = _people(_extract(nlp, "The secretary joined President Ivan Petrov of Ruritania."))
    assert people["Ivan Petrov"][0] is None


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("The Council of Economic Advisors published a report.", "cea"),
        ("The Council of Economic Advisers published a report.", "cea"),
    ],
)
def test_gazetteer_spelling_variants(nlp, text, pid):
    assert pid in _index(_extract(nlp, text))


def test_spelling_variants_are_generated_both_ways():
    assert "Council of Economic Advisors" in rules.name_variants("Council of Economic Advisers")
    assert "Ministry of National Defense" in rules.name_variants("Ministry of National Defence")
    assert rules.name_variants("Advisory Board") == ["Advisory Board"]  # whole words only


# a weekday or a capitalised headline verb after a name is not part of it
@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("Trade rose, said U.S. Secretary of Agriculture Tom Vilsack Thursday in Des Moines.", "Tom Vilsack", "Tom Vilsack Thursday"),
        ("Under Secretary Robert Hormats Visits Shanghai to Promote Exports", "Robert Hormats", "Robert Hormats Visits"),
        ("Ambassador Jon Huntsman Welcomes Chinese Trade Delegation", "Jon Huntsman", "Jon Huntsman Welcomes"),
    ],
)
def test_weekday_or_headline_verb_ends_a_name(nlp, text, name, absent):
    names = {p.name for p in _extract(nlp, text)}
    assert name in names and absent not in names


def test_names_ending_in_s_are_kept(nlp):
    names = {p.name for p in _extract(nlp, "U.S. Trade Representative Carla Hills met Minister Wu Yi. Secretary Donald Evans spoke.")}
    assert {"Carla Hills", "Donald Evans"} <= names


# people of other countries: a country word before the title, names written family name first,
# hyphenated or accented given names, titles the U.S. does not use, a title "of" a country
@pytest.mark.parametrize(
    ("text", "name", "country", "mentions"),
    [
        ("R.O.K. Trade Minister Park Ji-hoon met the delegation.", "Park Ji-hoon", "KR", 1),
        ("North Korean Vice Chairman Ri Son-gwon spoke. Vice Chairman Ri left.", "Ri Son-gwon", "KP", 2),
        ("Indian Commerce Minister Arjun Mehta opened the talks.", "Arjun Mehta", "IN", 1),
        ("Vietnamese Deputy Prime Minister Trần Văn Minh opened the talks.", "Trần Văn Minh", "VN", 1),
        ("Japan and the United States signed the pact; Prime Minister Kenji Sato welcomed it.", "Kenji Sato", "JP", 1),
        ("The Prime Minister of India Dr. Ravi Kumar met President Obama. Prime Minister Kumar said so.", "Ravi Kumar", "IN", 2),
        ("Japanese Prime Minister Kenji Sato and U.S. officials met. Prime Minister Sato Kenji signed.", "Kenji Sato", "JP", 2),
        ("President Obama and Chinese leader Li Ming met; Japanese leader Kenji Sato joined.", "Kenji Sato", "JP", 1),
        # titled people the gazetteer does not know
        ("a statement by Jane Doerr, Secretary of Health and Human Services, on food safety", "Jane Doerr", "US", 1),
        ("The team, led by my Chief of Staff Paul Brennan, met.", "Paul Brennan", "US", 1),
        ("USTR Spokesperson Mary Castle said the talks went well.", "Mary Castle", "US", 1),
        ("MOFCOM spokesperson Li Wenhui said trade grew.", "Li Wenhui", "CN", 1),
        ("The customs spokesman Zhou Bin agreed.", "Zhou Bin", "CN", 1),
        ("Vice Minister WANG Lei met the visitors.", "Wang Lei", "CN", 1),
        ("Zhang Wenli, Chairman of the Standing Committee of the provincial congress, attended.", "Zhang Wenli", "CN", 1),
    ],
)
def test_people_of_other_countries_and_unknown_titled_people(nlp, text, name, country, mentions):
    found = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in found, list(found)
    assert found[name].country == country
    assert len(found[name].mentions) == mentions
    assert len(found) == len({p.id for p in found.values()})


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("In Washington, President Obama spoke.", "In Washington"),
        ("They rejected the Obama-era rules set by President Obama-era officials.", "Obama-era"),
        ("A spokesperson Mary Jones said no.", "Mary Jones"),  # no party, not a Chinese name: no country
        ("Xi Jinping, President Obama and others met.", None),  # the title belongs to the next name
        ("Japanese Prime Minister Kenji Sato met Kenji Tanaka.", "Sato"),  # a given name inside another name
    ],
)
def test_people_precision(nlp, text, absent):
    found = _extract(nlp, text)
    people = {p.name: p for p in found if p.type == "person"}
    assert absent not in people
    if "Xi Jinping" in people:
        assert people["Xi Jinping"].titles == [] or "President" not in people["Xi Jinping"].titles
    for p in found:
        for s, e in p.mentions:
            assert text[s:e] != "Sato" or p.id == "kenji-sato"


def test_a_generic_ministry_name_belongs_to_the_documents_other_side():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("The United States and Brazil met in Brasilia. Brazil's delegation included officials of the "
            "Ministry of Foreign Affairs. Brazil and the United States agreed to meet again.")
    record = extract_source(source_from_text(text))
    ministries = [p for p in record.parties if p.name == "Ministry of Foreign Affairs"]
    assert [(p.country, p.type) for p in ministries] == [("BR", "government_body")]


def test_a_titled_list_takes_the_side_the_sentence_ends_on():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Secretary of Commerce Gina Raimondo chaired the meeting for the United States. "
            "Secretary of Economy Tatiana Clouthier and Ambassador Esteban Moctezuma chaired the meeting for Mexico.")
    record = extract_source(source_from_text(text))
    people = {p.name: p.country for p in record.parties if p.type == "person"}
    assert people.get("Tatiana Clouthier") == "MX" and people.get("Esteban Moctezuma") == "MX"
    assert people.get("Gina Raimondo") == "US"


def test_a_body_name_stops_before_an_honorific_and_its_owner_country():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Japan and the United States met in Tokyo. Vice-Minister for International Affairs, Ministry of Land, "
            "Infrastructure and Tourism, Mr. Taro Sato attended, with officials of the Ministry of Energy and Mines of Japan.")
    record = extract_source(source_from_text(text))
    names = {p.name: p.country for p in record.parties if p.type == "government_body"}
    assert "Ministry of Land, Infrastructure and Tourism" in names
    assert names.get("Ministry of Energy and Mines") == "JP"


def test_an_attendance_list_with_honorifics_and_sides():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Japan and the United States held talks in Tokyo. The talks were attended on the U.S. side by "
            "the Honorable Jane Roe, Secretary of Energy, Ms. Ann B. Poe, Special Advisor to the President, and others; "
            "and on the Japanese side by Mr. Ken Sato, Vice-Minister for Trade, and others. "
            "Mr. Jiro Abe, Deputy Prime Minister, opened the talks.")
    record = extract_source(source_from_text(text))
    people = {p.name: p.country for p in record.parties if p.type == "person"}
    assert people == {"Jane Roe": "US", "Ann B. Poe": "US", "Ken Sato": "JP", "Jiro Abe": "JP"}


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        # any capitalised domain after "for" / "of" ends right before a full name closing the run
        ("Korean Minister for Digital Affairs Minjun Park and the U.S. side met.", "Minjun Park", "KR",
         "Korean Minister for Digital Affairs"),
        ("It was led by U.S. Under Secretary of State for Trade, Energy, and the Oceans Mary T. Lane and others.",
         "Mary T. Lane", "US", "U.S. Under Secretary of State for Trade, Energy, and the Oceans"),
        ("The talks were opened by Assistant U.S. Trade Representative for South Asia Dana Fox.", "Dana Fox", "US",
         "Assistant U.S. Trade Representative for South Asia"),
        # the side a delegation stands for; a name with a capital and an apostrophe
        ("The Kenyan delegation was led by Trade Principal Secretary Otieno K’Ruto. The rest followed.", "Otieno K’Ruto",
         "KE", "Trade Principal Secretary"),
    ],
)
def test_title_with_any_capitalised_domain_then_a_full_name(nlp, text, name, country, title):
    people = {p.name: p for p in _extract(nlp, text) if p.type == "person"}
    assert name in people and people[name].country == country and title in people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Economic Affairs welcomed the outcome.",  # no name after the domain
        "The Secretary of State for Economic Growth said Tuesday the talks went well.",  # one word: no full name
    ],
)
def test_a_capitalised_domain_without_a_full_name_gives_no_person(nlp, text):
    assert [p.name for p in _extract(nlp, text) if p.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a department named only inside a person's title is implied, not mentioned
        ("Secretary of the Treasury Jane Roe met Vice Premier Li Ming.", {"jane-roe"}, {"us-department-of-the-treasury"}),
        ("Treasury Secretary Jane Roe spoke first.", {"jane-roe"}, {"us-department-of-the-treasury"}),
        # named as a body, it is a party ("the Department of Treasury": a real variant)
        ("Officials of the Department of Treasury and Treasury Secretary Jane Roe attended.",
         {"us-department-of-the-treasury", "jane-roe"}, set()),
    ],
)
def test_a_department_inside_a_title_is_no_mention(nlp, text, present, absent):
    ids = set(_index(_extract(nlp, text)))
    assert present <= ids and not (absent & ids)


def test_an_office_in_a_country_belongs_to_its_owner_not_its_host(nlp):
    text = ("Talks were held under the Taipei Economic and Trade Office in the United States (TETO) "
            "and the Chinese Chamber of Commerce in Japan (CCCJ).")
    found = {p.acronym: p.country for p in _extract(nlp, text) if p.acronym}
    assert found.get("TETO") == "TW"
    assert found.get("CCCJ") == "CN"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a lower-case particle inside a full name
        ("Brazilian Under Secretary-General for Economic and Social Affairs Ana M. Souza de Lima led the talks.",
         {"ana-m-souza-de-lima"}, {"ana-m-souza"}),
        # two particles ("de la", "de los")
        ("Vice President Pedro de la Vega met Trade Minister Luis de los Rios.",
         {"pedro-de-la-vega", "luis-de-los-rios"}, {"pedro", "luis"}),
        # a titled surname with no full name anywhere is the person, when the title gives the side
        ("Vice Premier He Lifeng met Trade Representative Doyle in Geneva.", {"doyle", "he-lifeng"}, set()),
        ("President Lula spoke; Mr. Smith and Ms. Jones attended.", set(), {"lula", "mr", "ms"}),
        # a city and its country say where, not who
        ("Talks were held in Kuala Lumpur, Malaysia, with U.S. officials.", {"united-states"}, {"malaysia"}),
        ("Malaysia and the United States met.", {"malaysia", "united-states"}, set()),
        # an administration named after a president
        ("The Trump Administration today took steps to open the market.", {"trump-administration"}, set()),
    ],
)
def test_names_places_and_administrations(nlp, text, present, absent):
    ids = set(_index(_extract(nlp, text)))
    assert present <= ids and not (absent & ids), ids


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # a named dialogue or joint committee with no country pair, after "the" / "their" and an ordinal
        ("The two countries held their fifth Economic Policy Dialogue today. The Economic Policy Dialogue meets yearly.",
         "Economic Policy Dialogue", None),
        ("Today the Joint Committee on Cooperation in Fisheries met for the first time.",
         "Joint Committee on Cooperation in Fisheries", None),
        # a pair mechanism named an initiative, "21st-Century" in its name, the place it met left out
        ("Talks on the U.S.-Vietnam Initiative on 21st-Century Ports in Hanoi, Vietnam ended.",
         "U.S.-Vietnam Initiative on 21st-Century Ports", "U.S.-Vietnam Initiative on 21st-Century Ports in Hanoi"),
        # the Trade and Investment Framework Agreement, a mechanism the U.S. holds with many partners
        ("Both sides met under the U.S.-Ghana Trade and Investment Framework Agreement (TIFA).",
         "Trade and Investment Framework Agreement", None),
    ],
)
def test_named_mechanisms_without_an_acronym(nlp, text, name, absent):
    found = {p.name: p for p in _extract(nlp, text)}
    assert name in found and found[name].type == "forum" and found[name].country is None
    assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        # a bare capitalised "Joint Committee" is now the agreement's joint committee (sets L and M list it as a
        # forum: test_parties_fta); in lower case it is a common noun
        "A joint committee met.",
        "a policy dialogue between agencies",
        "The United Nations Framework Convention on Climate Change was noted.",  # the convention, not the UN
    ],
)
def test_no_named_mechanism_or_organisation(nlp, text):
    assert [p.name for p in _extract(nlp, text) if p.type in ("forum", "organization")] == []


def test_a_body_ending_in_its_country_s_official_name(nlp):
    text = "Officials of the Ministry of Trade Relations of the Federative Republic of Brazil met in Geneva."
    found = {p.name: p.country for p in _extract(nlp, text)}
    assert found.get("Ministry of Trade Relations") == "BR" and found.get("Brazil") == "BR"
    assert not any(n.endswith("Federative Republic") for n in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agreed in Rome.\n\nFor the Delegation of the United States:\nMary Stone\n\nFor Japan:\nKenji Tanaka\n",
         {"Mary Stone": "US", "Kenji Tanaka": "JP"}),
        # a side naming no country keeps no signatory; a line after "For example:" is no signature
        ("For the Delegation of the Member States:\nAnna Berg\n\nFor example:\nNew Rules\n", {}),
    ],
)
def test_signatories_under_their_side(nlp, text, expected):
    assert {p.name: p.country for p in _extract(nlp, text) if p.type == "person"} == expected
