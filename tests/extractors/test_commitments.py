"""Commitments: sentence -> (actors, verb, kind, negated, deadline).

Actors are resolved against hand-made Party records (a tiny gazetteer below), so these
tests do not depend on the parties extractor; deadlines against a hand-made
``deadline`` DateMention. Sentences come from the bundled documents and from other
fact-sheet styles (S&ED, other JCCTs, other bilateral outcomes, news reports).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from jccttool.extractors import Context, commitments
from jccttool.records import DateMention, Party
from jccttool.resources import rules
from jccttool.segment import segment

US, CN = "united-states", "china"
BOTH = [CN, US]

#: id -> (type, country, alias regexes); the longest match wins where they overlap
GAZETTEER = {
    "united-states": ("country", "US", [r"the United States", r"United States", r"U\.S\.(?= side| government)", r"\bU\.S\.(?!-)", r"\bUS\b(?!-)", r"American"]),
    "china": ("country", "CN", [r"\bChina\b(?!-)", r"Chinese government", r"Chinese side", r"\bChinese\b", r"Government of China"]),
    "korea": ("country", "KR", [r"\bKorea\b"]),
    "ustr": ("government_body", "US", [r"\bUSTR\b"]),
    "sfda": ("government_body", "CN", [r"\bSFDA\b", r"State Food and Drug Administration"]),
    "mofcom": ("government_body", "CN", [r"Ministry of Commerce", r"\bMOFCOM\b"]),
    "miit": ("government_body", "CN", [r"\bMIIT\b"]),
    "sipo": ("government_body", "CN", [r"State Intellectual Property Office"]),
    "aqsiq": ("government_body", "CN", [r"\bAQSIQ\b"]),
    "usda": ("government_body", "US", [r"U\.S\. Department of Agriculture", r"\bUSDA\b"]),
    "us-doc": ("government_body", "US", [r"U\.S\. Department of Commerce"]),
    "state-council": ("government_body", "CN", [r"State Council"]),
    "wang-qishan": ("person", "CN", [r"Wang Qishan"]),
    "wang-yang": ("person", "CN", [r"Wang Yang", r"\bWang\b"]),
    "jacob-lew": ("person", "US", [r"Jacob J\. Lew", r"\bLew\b"]),
    "barack-obama": ("person", "US", [r"Barack Obama", r"\bObama\b"]),
    "xi-jinping": ("person", "CN", [r"Xi Jinping", r"\bXi\b"]),
    "moa-china": ("government_body", "CN", [r"Ministry of Agriculture"]),
    "gary-locke": ("person", "US", [r"Gary Locke", r"Secretary Locke"]),
    "jcct": ("forum", None, [r"\bJCCT\b"]),
}


def make_parties(text: str) -> tuple[Party, ...]:
    found = []
    for pid, (_, _, patterns) in GAZETTEER.items():
        for pattern in patterns:
            for m in re.finditer(pattern, text):
                found.append((m.start(), -m.end(), pid))
    found.sort()
    taken: list[tuple[int, int]] = []
    mentions: dict[str, list[tuple[int, int]]] = {}
    for start, neg_end, pid in found:
        end = -neg_end
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mentions.setdefault(pid, []).append((start, end))
    parties = []
    for pid, spans in mentions.items():
        kind, country, _ = GAZETTEER[pid]
        parties.append(Party(id=pid, name=pid, type=kind, country=country, mentions=sorted(spans)))
    return tuple(parties)


def run(nlp, text: str, deadline: str | None = None, parties: tuple[Party, ...] | None = None):
    dates = ()
    if deadline:
        i = text.index(deadline)
        dates = (DateMention(text=deadline, span=(i, i + len(deadline)), start=date(2012, 6, 1), end=date(2012, 6, 30), grain="month", role="deadline"),)
    ctx = Context(text=text, segmentation=segment(text), parties=make_parties(text) if parties is None else parties, dates=dates)
    return list(commitments.extract(nlp(text), ctx))


# (sentence, actors, verb, kind, negated, deadline text)
CASES = [
    # --- the 22nd JCCT fact sheet (2011)
    ("China confirmed that it does not and will not maintain measures that mandate the transfer of technology.", [CN], "confirm", "affirmation", True, None),
    ("China clarified that “mastery of core technology” does not require technology transfer for NEVs.", [CN], "clarify", "affirmation", True, None),
    ("The Chinese government confirmed that the establishment of brands is a corporate decision.", [CN], "confirm", "affirmation", False, None),
    ("China announced that the State Council has issued a measure requiring governments of provinces to eliminate by December 1, 2011 any catalogues.", [CN], "announce", "action", False, "by December 1, 2011"),
    ("Building on the innovation principles agreed to in the 2011 APEC Leaders’ Declaration, China and the United States agree to use the JCCT Intellectual Property Rights Working Group to study investment measures.", BOTH, "agree", "cooperation", False, None),
    ("The two sides will actively discuss removal of these barriers that distort trade and investment.", BOTH, "discuss", "cooperation", False, None),
    ("China has established a State Council-level leadership structure, headed by Vice Premier Wang Qishan, to lead and coordinate IPR enforcement.", [CN], "establish", "action", False, None),
    ("China, under the leadership of Vice Premier and Member of the State Council, Wang Qishan, will continue to take measures to ensure that governments use only legitimate software.", [CN], "take", "pledge", False, None),
    ("By the middle of 2012, Vice Premier and Member of the State Council Wang Qishan committed that the provincial legalization program will be completed.", ["wang-qishan"], "commit", "pledge", False, "By the middle of 2012"),
    ("China assured the United States that it will provide a fair and level playing field for all companies.", [CN], "assure", "affirmation", False, None),
    ("As a result, SFDA will issue by June 2012 a complete list of x-ray equipment to be placed in a lower category.", ["sfda"], "issue", "pledge", False, "by June 2012"),
    ("The United States and China recognize that timely transition to the 3rd edition of IEC 60601-1 safety standards is important.", BOTH, "recognize", "affirmation", False, None),
    ("The U.S. government and the U.S. pharmaceutical industry will share with SFDA instances of counterfeit drugs in China.", [US], "share", "pledge", False, None),
    ("China welcomed continued bilateral cooperation with the United States on smart grid standards.", [CN], "welcome", "cooperation", False, None),
    ("In response to a U.S. request to permit participation of non-Chinese entities in the CCC scheme, China agreed to conduct technical exchanges with the United States concerning the CCC mark.", [CN], "agree", "cooperation", False, None),
    ("China intends to publish in draft and allow public comment on the revision to its value-added telecommunications services catalogue.", [CN], "intend", "pledge", False, None),
    ("China and the United States agreed to expand the Memorandum of Understanding opening the market for the sale of packaged leisure travel.", BOTH, "agree", "pledge", False, None),
    ("China’s broadcast and television associations and relevant U.S. counterparts will enhance their communications and exchanges concerning broadcast tariff rates.", BOTH, "enhance", "cooperation", False, None),
    ("The U.S. Department of Commerce and China’s Ministry of Commerce agree to discuss specialty auto products.", ["mofcom", "us-doc"], "agree", "cooperation", False, None),
    ("The U.S. Department of Commerce and China’s Ministry of Commerce announced a forum will be held on motorcycle use and regulation.", ["mofcom", "us-doc"], "announce", "cooperation", False, None),
    ("China and the United States worked cooperatively, in a leadership role, to advance the communication on drug detection technologies.", BOTH, "work", "action", False, None),
    ("The United States and China held a successful U.S.-China Remanufacturing Dialogue in October 2011.", BOTH, "hold", "action", False, None),
    ("The U.S. Department of Agriculture and China’s Ministry of Commerce are finalizing the framework of a five year strategic plan.", ["mofcom", "usda"], "finalize", "action", False, None),
    ("SFDA is collaborating closely with China’s MIIT to monitor websites involved in the sale of counterfeit medicines.", ["sfda"], "collaborate", "action", False, None),
    ("China has requested government agencies at all levels to bring software into state asset management systems, and will increase resources devoted to audits.", [CN], "request", "pledge", False, None),
    ("During each meeting, each side will deliver a detailed introduction on its relevant laws governing administrative licensing.", BOTH, "deliver", "pledge", False, None),
    # --- the IP-Watch news article (2011): reported speech
    ("USTR also said China’s leadership committed to “increased political accountability.”", [CN], "commit", "pledge", False, None),
    ("According to USTR, China “agreed to make a significant systemic change in its enforcement of intellectual property rights.”", [CN], "agree", "pledge", False, None),
    ("In addition, USTR said, the Chinese vice premier “personally committed” to continue a software legalisation programme at all levels of government.", [CN], "commit", "pledge", False, None),
    ("“For the first time, China will establish a permanent leadership structure to enforce intellectual property rights,” Secretary Bryson said in a release.", [CN], "establish", "pledge", False, None),
    ("Also, as China carries out plans to invest $1.5 trillion in new sectors, it “assured the United States that it will provide a fair and level playing field,” USTR said.", [CN], "assure", "affirmation", False, None),
    ("USTR said China agreed to lift its ban on U.S. beef by June 2012.", [CN], "agree", "pledge", False, "by June 2012"),
    ("A US-China government/industry programme against online sales of counterfeit physical products will launch in spring 2012.", BOTH, "launch", "cooperation", False, "in spring 2012"),
    # --- 17th JCCT (2006), 26th JCCT (2015), SED III (2007), KORUS (2018)
    ("The Chinese government agreed conditionally to reopen the Chinese market to U.S. beef, subject to the finalization of a protocol by technical experts.", [CN], "agree", "pledge", False, None),
    ("The two sides agreed to quickly conduct such negotiations.", BOTH, "agree", "cooperation", False, None),
    ("China reiterated its commitment that the regulatory environment for express delivery services will not be negatively impacted by new rules.", [CN], "reiterate", "affirmation", True, None),
    ("China and the United States reaffirm the outcome reached on agricultural innovation in September 2015.", BOTH, "reaffirm", "affirmation", False, None),
    ("During the JCCT, both sides had deep exchanges on topics of concern to each side, and reached the following consensus:", BOTH, "reach", "cooperation", False, None),
    ("During the JCCT, both China and the United States evaluated the positive and critical role the JCCT has played.", BOTH, "evaluate", "action", False, None),
    ("At Grand Epoch City near Beijing on December 12 and 13, the United States and China held the third Strategic Economic Dialogue (SED).", BOTH, "hold", "action", False, None),
    ("To this end, the two countries signed memorandums in eight areas intended to improve the safety of exports.", BOTH, "sign", "action", False, None),
    ("• Food safety: The U.S. Department of Agriculture (USDA) and China's AQSIQ agree to upgrade their food safety memorandum of cooperation to a ministerial-level;", ["aqsiq", "usda"], "agree", "cooperation", False, None),
    ("Through negotiations to improve KORUS, the United States has secured changes that will reduce the trade deficit.", [US], "secure", "action", False, None),
    ("- U.S. Truck Tariffs: Korea will extend the phase out of the 25% U.S. tariff on trucks until 2041.", ["korea"], "extend", "pledge", False, None),
    # --- other styles: S&ED, later JCCTs, agencies
    ("The United States and China decided to launch negotiations on a bilateral investment treaty.", BOTH, "decide", "cooperation", False, None),
    ("China will allow foreign-invested enterprises to participate in standard-setting on a non-discriminatory basis.", [CN], "allow", "pledge", False, None),
    ("The United States welcomes China's continued efforts to open its financial sector.", [US], "welcome", "affirmation", False, None),
    ("China reiterated that it will not require the transfer of technology as a condition of market access.", [CN], "reiterate", "affirmation", True, None),
    ("The U.S. side committed to treat China's requests in a fair and transparent manner.", [US], "commit", "pledge", False, None),
    ("Both countries will endeavor to complete the bilateral investment treaty negotiations by June 2012.", BOTH, "endeavor", "cooperation", False, "by June 2012"),
    ("China's Ministry of Commerce has issued draft regulations on franchising.", ["mofcom"], "issue", "action", False, None),
    ("The Ministry of Commerce will not impose new restrictions on foreign retailers.", ["mofcom"], "impose", "pledge", True, None),
    ("MIIT confirmed that it no longer requires source code disclosure for network equipment.", ["miit"], "confirm", "affirmation", True, None),
    ("In response to U.S. concerns, China agreed to suspend the pilot program by June 2012.", [CN], "agree", "pledge", False, "by June 2012"),
    ("The two sides held the fifth round of the Strategic Economic Dialogue in Annapolis.", BOTH, "hold", "action", False, None),
    ("The United States and China signed a memorandum of understanding on energy efficiency.", BOTH, "sign", "action", False, None),
    ("China plans to revise its administrative licensing procedures.", [CN], "plan", "pledge", False, None),
    ("The United States does not and will not discriminate against Chinese investors.", [US], "discriminate", "pledge", True, None),
    ("Both sides recognized the importance of transparency in trade remedy investigations.", BOTH, "recognize", "affirmation", False, None),
    ("The Chinese side announced that it has removed the requirement.", [CN], "announce", "action", False, None),
    ("China’s State Intellectual Property Office will publish guidelines on patent examination by June 2012.", ["sipo"], "publish", "pledge", False, "by June 2012"),
    ("The working group will meet in the United States in the spring of 2012.", BOTH, "meet", "cooperation", False, None),
    ("The United States and China commit to strengthen cooperation in the area of export controls.", BOTH, "commit", "cooperation", False, None),
    ("China agreed not to apply the new certification requirements to imported medical devices.", [CN], "agree", "pledge", True, None),
    ("Under the leadership of Vice Premier Wang Qishan, China will crack down on software piracy.", [CN], "crack", "pledge", False, None),
    ("Neither side will impose new barriers to trade in services.", BOTH, "impose", "pledge", True, None),
    ("The Chinese delegation, led by Vice Premier Wang Qishan, agreed to accelerate its review of biotechnology applications.", [CN], "agree", "pledge", False, None),
    ("China made a commitment to treat foreign firms equally in licensing.", [CN], "commit", "pledge", False, None),
    ("U.S. officials said China would eliminate the remaining restrictions by June 2012.", [CN], "eliminate", "pledge", False, "by June 2012"),
    ("Chinese officials pledged to speed up approvals for biotechnology products.", [CN], "pledge", "pledge", False, None),
    ("The United States is committed to ensuring fair treatment of Chinese companies in its export control regime.", [US], "commit", "pledge", False, None),
    ("In 2013, China issued new rules on the administration of foreign investment.", [CN], "issue", "action", False, None),
    ("The U.S. side reaffirmed that it welcomes investment from China.", [US], "reaffirm", "affirmation", False, None),
    # --- reporting and stance verbs as outcome predicates (S&ED, USTR, Treasury styles)
    ("China explained that its new licensing rules apply equally to foreign and domestic firms.", [CN], "explain", "affirmation", False, None),
    ("The U.S. side explained its export control regime to Chinese officials.", [US], "explain", "affirmation", False, None),
    ("The United States noted China's progress in opening its financial sector.", [US], "note", "affirmation", False, None),
    ("China acknowledged the concerns of U.S. companies about data localization.", [CN], "acknowledge", "affirmation", False, None),
    ("The United States emphasised the importance of a level playing field.", [US], "emphasize", "affirmation", False, None),
    ("Both sides underscored the importance of the bilateral economic relationship.", BOTH, "underscore", "affirmation", False, None),
    ("The two sides stressed that trade remedies should be applied transparently.", BOTH, "stress", "affirmation", False, None),
    ("China expresses support for the expansion of the Information Technology Agreement.", [CN], "express", "affirmation", False, None),
    ("Both sides express their commitment to a rules-based trading system.", BOTH, "express", "affirmation", False, None),
    ("The two sides believe that a high-standard investment treaty will benefit both economies.", BOTH, "believe", "affirmation", False, None),
    ("The United States supports China's participation in the Trade in Services Agreement negotiations.", [US], "support", "affirmation", False, None),
    ("China decided to lower import tariffs on consumer goods.", [CN], "decide", "pledge", False, None),
    ("China pledged to accelerate market access for U.S. beef.", [CN], "pledge", "pledge", False, None),
    ("China undertook to eliminate the local content requirements by June 2012.", [CN], "undertake", "pledge", False, "by June 2012"),
    ("China undertakes to notify all subsidy programs to the WTO.", [CN], "undertake", "pledge", False, None),
    # a revision agreed is an outcome, not a joint activity (sets F and H: consensus on a non-joint object is an action)
    ("The two sides reached consensus on the revision of the Agreement on Trade in Agricultural Products.", BOTH, "reach", "action", False, None),
    ("The United States and China reach agreement on a framework for cooperation on cybersecurity.", BOTH, "reach", "cooperation", False, None),
    ("The two sides will reach agreement on the negative list by June 2012.", BOTH, "reach", "pledge", False, "by June 2012"),
    ("The U.S. Department of Commerce and China's Ministry of Commerce signed a memorandum of understanding on trade statistics.", ["mofcom", "us-doc"], "sign", "action", False, None),
    ("China's Ministry of Commerce signs an MOU with USDA on agricultural trade.", ["mofcom"], "sign", "action", False, None),
    ("The two sides launched a dialogue on innovation policy.", BOTH, "launch", "action", False, None),
    ("The United States launches a new export promotion program for small businesses.", [US], "launch", "action", False, None),
    ("The two sides concluded negotiations on the text of the agreement.", BOTH, "conclude", "action", False, None),
    ("China released its revised Catalogue for the Guidance of Foreign Investment Industries.", [CN], "release", "action", False, None),
    ("China publishes draft regulations for public comment for a period of not less than 30 days.", [CN], "publish", "action", False, None),
    ("China has implemented the new procedures for pharmaceutical approvals.", [CN], "implement", "action", False, None),
    ("China approved three new agricultural biotechnology events.", [CN], "approve", "action", False, None),
    # "remains committed to" restates a standing policy: an affirmation (the output contract; gold sets F and H)
    ("The United States remains committed to a strong and stable dollar.", [US], "commit", "affirmation", False, None),
    ("China remains firmly committed to further opening its services sector.", [CN], "commit", "affirmation", False, None),
    ("Both sides are committed to deepening cooperation on clean energy.", BOTH, "commit", "cooperation", False, None),
    # --- coordinated subjects: every conjunct is an actor, titles and country adjectives included
    ("U.S. Treasury Secretary Jacob J. Lew and Chinese Vice Premier Wang Yang led the eighth meeting of the Strategic and Economic Dialogue.", ["jacob-lew", "wang-yang"], "lead", "action", False, None),
    ("Secretary Lew and Vice Premier Wang launched a study of the global economic outlook.", ["jacob-lew", "wang-yang"], "launch", "action", False, None),
    ("The U.S. Department of Agriculture and China's Ministry of Agriculture will hold a dialogue on biotechnology.", ["moa-china", "usda"], "hold", "cooperation", False, None),
    ("USTR, the U.S. Department of Commerce and MOFCOM agreed to hold a seminar on trade remedies.", ["mofcom", "us-doc", "ustr"], "agree", "cooperation", False, None),
    # (data shared by the sides is an exchange: a cooperation, as gold set J counts it)
    ("China, the United States and Korea agreed to share data on steel capacity.", [CN, "korea", US], "agree", "cooperation", False, None),
    ("The U.S. Government and China agreed to hold a seminar on regulatory transparency.", BOTH, "agree", "cooperation", False, None),
    # --- fronted participial and adverbial phrases before the subject
    ("As the Special Representatives of President Obama and President Xi, Secretary Lew and Vice Premier Wang Yang led the dialogue.", ["jacob-lew", "wang-yang"], "lead", "action", False, None),
    ("Recognizing the importance of open and fair markets, the two sides recognize that investment promotes growth.", BOTH, "recognize", "affirmation", False, None),
    ("In accord with China's obligations under the WTO Agreement on Subsidies, it will notify its subsidy programs by June 2012.", [CN], "notify", "pledge", False, "by June 2012"),
    ("Consistent with its WTO commitments, the United States will not impose restrictions on Chinese investment.", [US], "impose", "pledge", True, None),
    # --- negation governs the trigger or the head of its complement clause only
    ("Recognizing that the rules have not been finalized, China agreed to accept public comments on the draft.", [CN], "agree", "pledge", False, None),
    # (a confirmed undertaking, "confirmed that it will publish", is a pledge: gold sets G and J)
    ("China confirmed that it will publish rules that do not discriminate against foreign firms.", [CN], "confirm", "pledge", False, None),
    ("China, which has not previously allowed foreign banks to underwrite bonds, agreed to open the market.", [CN], "agree", "pledge", False, None),
    ("China agreed to issue licenses to firms whose applications have not yet been approved.", [CN], "agree", "pledge", False, None),
    ("China assured the United States that it will not require technology transfer.", [CN], "assure", "affirmation", True, None),
    ("The United States clarified to China that it does not restrict exports of civilian goods.", [US], "clarify", "affirmation", True, None),
    ("China will not impose export restrictions on rare earths.", [CN], "impose", "pledge", True, None),
]


CASES += [
    # --- fixed phrases with "not"/"no" negate nothing: a list, a deadline, a bound, a condition
    ("China confirmed that foreign firms, including but not limited to banks and insurers, may apply for licenses.", [CN], "confirm", "affirmation", False, None),
    ("China agreed to open sectors including, but not limited to, banking, insurance and securities.", [CN], "agree", "pledge", False, None),
    ("The two sides not only reaffirmed their commitment to open markets but also agreed to expand cooperation on clean energy.", BOTH, "reaffirm", "affirmation", False, None),
    ("China confirmed that it will not only lower tariffs but also simplify customs procedures.", [CN], "confirm", "affirmation", False, None),
    ("China agreed not only to reduce tariffs but also to remove quotas.", [CN], "agree", "pledge", False, None),
    ("China stressed that the rules apply to all firms, not least to small and medium-sized enterprises.", [CN], "stress", "affirmation", False, None),
    ("The United States emphasized the importance of transparency, not least in trade remedy investigations.", [US], "emphasize", "affirmation", False, None),
    ("China confirmed that the rules will be published no later than June 30, 2016.", [CN], "confirm", "affirmation", False, "no later than June 30, 2016"),
    ("China will, no later than June 2016, publish its revised catalogue.", [CN], "publish", "pledge", False, "no later than June 2016"),
    ("China confirmed that all firms, whether or not foreign-invested, may apply for the subsidies.", [CN], "confirm", "affirmation", False, None),
    ("China reaffirmed that all enterprises, whether or not they are state-owned, are treated equally.", [CN], "reaffirm", "affirmation", False, None),
    ("China clarified that, if not already completed, the review will conclude by June 2016.", [CN], "clarify", "affirmation", False, "by June 2016"),
    ("China confirmed that the comment period will be not less than 30 days.", [CN], "confirm", "affirmation", False, None),
    # --- joint-activity verbs of two actors: discussion, exchange and review of issues
    # (a review alone reports, it undertakes nothing: the predicate after it decides)
    ("The two sides reviewed progress in implementing the outcomes of the previous dialogue and agreed to publish a joint report.", BOTH, "agree", "pledge", False, None),
    ("The two sides met in Beijing to discuss export controls.", BOTH, "meet", "cooperation", False, None),
    ("Secretary Lew and Vice Premier Wang met on the sidelines of the G20 summit.", ["jacob-lew", "wang-yang"], "meet", "action", False, None),
    ("China met with the United States to discuss tariffs.", BOTH, "meet", "cooperation", False, None),
    ("The U.S. Department of Commerce and China's Ministry of Commerce consulted on trade remedy practices.", ["mofcom", "us-doc"], "cooperate", "cooperation", False, None),
    # meetings held are borderline (kept); agreeing to hold talks is cooperation
    ("The United States and China held the third round of their investment dialogue.", BOTH, "hold", "action", False, None),
    ("The two sides agreed to hold talks on market access for farm goods.", BOTH, "agree", "cooperation", False, None),
    # --- a trigger in a second predicate of the same subject (no new subject after "and")
    ("The United States and China share a mutual interest in a stable global economy, and recognize that cooperation benefits both.", BOTH, "recognize", "affirmation", False, None),
    ("The two sides share the goal of open markets and will continue to work toward it.", BOTH, "work", "pledge", False, None),
    ("China has long valued the JCCT, and agreed to hold the next meeting with the United States in 2016.", [CN], "agree", "cooperation", False, None),
    ("The two sides attach great importance to the bilateral relationship, and reaffirm their commitment to the G20 framework.", BOTH, "reaffirm", "affirmation", False, None),
    ("The two sides see great potential in clean energy and agree to deepen cooperation in this area.", BOTH, "agree", "cooperation", False, None),
    ("The United States and China share concerns about excess capacity, and will not introduce new subsidies.", BOTH, "introduce", "pledge", True, None),
    # --- the kind comes from the trigger and its own complement, not from any noun in the sentence
    ("The two sides pledged to implement fully S&ED commitments, including those from the previous seven dialogues.", BOTH, "pledge", "pledge", False, None),
    ("China and the United States committed to implement the outcomes of the Strategic and Economic Dialogue.", BOTH, "commit", "pledge", False, None),
    ("The two sides decided to publish the report, which will be discussed at the next dialogue.", BOTH, "decide", "pledge", False, None),
    ("The United States and China agreed to reduce tariffs on products covered by the dialogue.", BOTH, "agree", "pledge", False, None),
    ("The two sides agreed on the importance of a transparent regulatory environment.", BOTH, "agree", "affirmation", False, None),
    ("The United States and China agree that a stable financial system is important.", BOTH, "agree", "affirmation", False, None),
    ("The two sides agreed that they will hold a seminar on trade remedies in 2016.", BOTH, "agree", "cooperation", False, None),
    ("The two sides agreed that China will lower tariffs on information technology products.", BOTH, "agree", "pledge", False, None),
    ("The two sides agreed to strengthen engagement on competition policy.", BOTH, "agree", "cooperation", False, None),
    ("The two sides will jointly carry out a study on e-commerce.", BOTH, "carry", "cooperation", False, None),
    ("The two sides agreed to convene a roundtable on innovation policy.", BOTH, "agree", "cooperation", False, None),
    ("Both sides will deepen dialogue on macroeconomic policy.", BOTH, "deepen", "cooperation", False, None),
    ("The two sides will work together to combat illegal logging.", BOTH, "work", "cooperation", False, None),
    ("The two sides will participate in a regulatory exchange program in 2016.", BOTH, "participate", "cooperation", False, None),
    ("Each side will brief the other on its export control laws, and will discuss ways to facilitate high-technology trade.", BOTH, "brief", "cooperation", False, None),
    ("The two sides agree to intensify efforts against software piracy, with continued engagement between their enforcement agencies.", BOTH, "agree", "cooperation", False, None),
    ("The two sides agreed to lower tariffs on environmental goods, consistent with the dialogue outcomes.", BOTH, "agree", "pledge", False, None),
    # --- "re-affirm" spelled with a hyphen (the tokenizer splits it: "re", "-", "affirm")
    ("Both sides re-affirm that, in uncertain times, the ongoing treaty talks could help keep markets open.", BOTH, "reaffirm", "affirmation", False, None),
    ("The U.S. side re-affirmed its support for open and non-discriminatory investment rules.", [US], "reaffirm", "affirmation", False, None),
    # --- readouts (set K shapes, in other words): "resolved to", directives to staff, a continued commitment
    ("Both sides resolved to widen market access for processed foods.", BOTH, "resolve", "pledge", False, None),
    ("The two sides instructed their negotiators to finish the text on services by June 2012.", BOTH, "instruct", "pledge", False, "by June 2012"),
    ("The ministers charged their staffs with settling the poultry case.", BOTH, "charge", "pledge", False, None),
    ("China continues its commitment to open the payments market to foreign card companies.", [CN], "continue", "affirmation", False, None),
    # an instrument that binds an actor named as its object; announcements made
    ("The new accord obliges China to publish all its farm subsidies by June 2012.", [CN], "obligate", "pledge", False, "by June 2012"),
    ("Secretary Locke and Vice Premier Wang Yang made several announcements on clean energy.", ["gary-locke", "wang-yang"], "announce", "action", False, None),
]


@pytest.mark.parametrize(("sentence", "actors", "verb", "kind", "negated", "deadline"), CASES, ids=[c[0][:48] for c in CASES])
def test_commitment_from_sentence(nlp, sentence, actors, verb, kind, negated, deadline):
    found = run(nlp, sentence, deadline)
    assert len(found) == 1, found
    c = found[0]
    assert (c.actors, c.verb, c.kind, c.negated) == (sorted(actors), verb, kind, negated)
    assert (c.deadline.text if c.deadline else None) == deadline
    assert sentence[c.span[0] : c.span[1]] == c.text
    # the whole sentence, or what follows a run-in heading ("Food safety: ...")
    assert sentence.rstrip().endswith(c.text) and 2 * len(c.text) >= len(sentence)


NEGATIVES = [
    "China plans to invest $1.5 trillion in these sectors in the next five years.",
    "China plans to manufacture one million New Energy Vehicles annually by 2015.",
    "20 percent of all U.S. exports to China will benefit from time and cost savings.",
    "Private-sector experts predict value-added telecommunications services will continue to grow rapidly in China.",
    "Spending by Chinese visitors is expected to grow 232 percent to $16.6 billion by 2016.",
    "China is the world’s third largest market for medical equipment and is expected to become the second largest market.",
    "U.S. exports to China will continue to grow rapidly.",
    "China’s exports to the United States reached $400 billion in 2011.",
    "The JCCT was established in 1983.",
    "The 2012 JCCT meeting was held in Washington, DC.",
    "Remanufacturing in the United States accounts for 90 percent of the market.",
    "The two sides’ trade reached $500 billion in 2012.",
    "Every $100,000 spent by international travelers to the United States supports one American job.",
    "All of China’s commitments on intellectual property rights will enhance the protection of U.S. innovative products.",
    "China will be the largest market for vehicles by 2020.",
    "The innovation principles agreed to in the 2011 APEC Leaders’ Declaration.",
    "Exports of U.S. motor vehicles to Korea will be improved through the following steps:",
    "The JCCT holds high-level plenary meetings on an annual basis.",
    "The United States Trade Representative met with industry.",
    "China’s share of the world market expanded in 2011.",
    "China’s share of U.S. agricultural exports will increase to 20 percent in 2015.",
    "Such measures would violate the commitments China made when it joined the WTO.",
    # trigger words used as nouns or infinitives
    "China's support for the initiative was welcomed by industry.",
    "The launch of the pilot program was delayed.",
    "China's pledge to open its market drew attention.",
    "U.S. express delivery companies operate in China.",
    "In order to support small businesses, the program offers loans.",
    "U.S. exports to China will reach $100 billion by 2020.",
    # a pronoun whose only antecedent is a modifier ("U.S. concerns") has no actor
    "In response to U.S. concerns, it agreed to revise the draft rules.",
    # joint-activity verbs need two actors; a passive has none
    "China reviewed its regulations on foreign investment.",
    # a review, even of two actors, is a discussion with no outcome (issue #15, set M)
    "The two sides reviewed progress in implementing the outcomes of the previous dialogue.",
    "China discussed its new investment law.",
    "The issue was discussed by the two sides.",
    # discussions, exchanges of views and calls with no outcome are not commitments (output contract)
    "The United States and China discussed ways to expand bilateral trade and investment.",
    "Both sides exchanged views on macroeconomic policies.",
    "The two sides held in-depth discussions on the global economic outlook.",
    "The United States and China held talks on market access for agricultural products.",
    "Both sides had in-depth exchanges on innovation policy.",
    "The two ministers held a frank and constructive phone conversation on Tuesday.",
    "The delegations had candid discussions about steel overcapacity.",
    "The two sides had candid and in-depth exchanges of views on cybersecurity.",
    # a verb of a fronted subordinate clause; a relationship that "will continue to yield" (a forecast)
    "“While we recognize the hard problems firms face, the U.S.-China trade relationship is sound and will continue to yield gains,” Locke said.",
    # a concern raised (the output contract)
    "The United States expressed concern about China's industrial policies.",
    "China expressed serious concerns over the new export rules.",
    # a second predicate after "and" of a subject that is not an actor
    "U.S. exports to China grew rapidly, and will continue to rise.",
    "Trade between China and the United States expanded, and will continue to grow.",
]


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:48] for s in NEGATIVES])
def test_context_sentence_is_not_a_commitment(nlp, sentence):
    assert run(nlp, sentence) == []


def test_two_sides_resolve_to_the_documents_countries(nlp):
    text = "Korea agreed to review its standards. The two sides will hold a working group meeting in 2019."
    parties = (
        Party(id="united-states", name="United States", type="country", country="US", mentions=[]),
        Party(id="korea", name="Korea", type="country", country="KR", mentions=[(0, 5)]),
    )
    found = run(nlp, text, parties=parties)
    assert [c.actors for c in found] == [["korea"], ["korea", "united-states"]]
    assert found[1].kind == "cooperation"


def test_the_two_sides_is_not_a_party_but_both_countries(nlp):
    found = run(nlp, "Both sides agreed to convene the 2012 Legal Exchange in China.")
    assert found[0].actors == BOTH


def test_pronoun_takes_the_actor_of_the_previous_sentence_in_the_paragraph(nlp):
    text = "The Chinese government restated its 2004 commitment to technology neutrality. It agreed to issue licenses for all 3G standards."
    found = run(nlp, text)
    assert [(c.actors, c.verb) for c in found] == [([CN], "restate"), ([CN], "agree")]


def test_pronoun_does_not_cross_a_line_break(nlp):
    text = "• China restated its commitment to technology neutrality.\n• It is a key market."
    assert [c.verb for c in run(nlp, text)] == ["restate"]


def test_one_record_per_sentence_first_trigger_wins(nlp):
    found = run(nlp, "China will further open its services sector, and the United States will continue to welcome Chinese investment.")
    # one record, the first trigger's verb; the second clause's side is bound too
    assert [(c.actors, c.verb) for c in found] == [(BOTH, "open")]


def test_id_is_stable_and_normalised(nlp):
    a = run(nlp, "China agreed to publish “these” procedures.")[0]
    b = run(nlp, "Intro line.\n\nChina  agreed to publish \"these\"\u00a0procedures.")[0]
    assert a.id == b.id
    assert re.fullmatch(r"c-[0-9a-f]{12}", a.id)
    assert a.id == commitments.commitment_id([CN], "china agreed to publish \"these\" procedures.")


def test_forum_is_never_an_actor(nlp):
    assert run(nlp, "The JCCT will meet in 2012 to review progress.") == []


def test_records_in_text_order_with_valid_spans(nlp, fact_sheet_text):
    found = run(nlp, fact_sheet_text)
    assert len(found) >= 40
    assert [c.span for c in found] == sorted(c.span for c in found)
    for c in found:
        assert fact_sheet_text[c.span[0] : c.span[1]] == c.text
        assert "\n" not in c.text and c.text == c.text.strip()
        assert c.topic is None and c.section is None


def test_trigger_patterns_use_only_blank_pipeline_attributes():
    patterns = rules.trigger_patterns()
    assert patterns and len({p["id"] for p in patterns}) == len(patterns)
    for p in patterns:
        assert p["label"] in {"PLEDGE", "PLAN", "CONFIRM", "ACTION", "COOPERATE"}
        for token in p["pattern"]:
            assert set(token) <= {"ORTH", "LOWER", "IS_ALPHA", "OP"}
    # fresh dicts: a caller cannot change the loaded rules
    patterns[0]["id"] = "changed"
    assert rules.trigger_patterns()[0]["id"] != "changed"


def test_no_triggers_no_records(nlp):
    assert run(nlp, "The United States is a world leader in remanufactured goods.") == []


def test_pronoun_after_a_fronted_phrase_prefers_the_previous_actor_to_a_modifier(nlp):
    text = "China will strengthen enforcement. In response to U.S. concerns, it agreed to revise the draft rules."
    assert [(c.actors, c.verb) for c in run(nlp, text)] == [([CN], "strengthen"), ([CN], "agree")]


JOINT = "U.S.-China Joint Fact Sheet on Trade Cooperation\n\nThe United States and China held the 25th JCCT in Chicago.\n"

# (document, expected (actors, verb, kind) of the "we" sentences, in order)
FIRST_PERSON = [
    pytest.param(JOINT + "We agreed to hold a dialogue on agricultural biotechnology.\n", [(BOTH, "agree", "cooperation")], id="joint-we-agreed"),
    pytest.param(JOINT + "Today, we reaffirmed our commitment to open and fair markets.\n", [(BOTH, "reaffirm", "affirmation")], id="joint-we-reaffirmed"),
    pytest.param(JOINT + "We reviewed progress on the outcomes of the 25th JCCT.\n", [], id="joint-we-reviewed"),
    pytest.param(JOINT + "We share a strong interest in open markets, and recognize that transparency benefits both.\n", [(BOTH, "recognize", "affirmation")], id="joint-we-coordinated"),
    # both sides launching a joint body or activity now: cooperation (a past "launched a
    # dialogue" stays an action)
    pytest.param(JOINT + "We are launching a new working group on innovation policy.\n", [(BOTH, "launch", "cooperation")], id="joint-we-are-launching"),
    pytest.param(JOINT + "We are launching a bilateral investment dialogue.\n", [(BOTH, "launch", "cooperation")], id="joint-we-are-launching-dialogue"),
    pytest.param(JOINT + "We are finalizing the text of the agreement.\n", [(BOTH, "finalize", "action")], id="joint-we-are-finalizing"),
    pytest.param(JOINT + "Building on this progress, we will not impose new barriers to trade.\n", [(BOTH, "impose", "pledge")], id="joint-we-fronted"),
    pytest.param(
        "U.S.-China Strategic and Economic Dialogue Outcomes\n\nThe United States and China held the dialogue.\nWe agreed to expand cooperation on clean energy.\n",
        [(BOTH, "agree", "cooperation")],
        id="both-sides-no-speaker",
    ),
    pytest.param(
        "Fact Sheet\n\nThe United States and China held the JCCT.\nWe pressed China to open its market.\nWe agreed to continue talks.\n",
        [],
        id="one-sided-speaker-skipped",
    ),
    # "we" inside one speaker's quotation is the speaker's country, never both sides
    pytest.param(JOINT + "“We agreed to open markets,” Secretary Lew said.\n", [([US], "agree", "pledge")], id="quoted-we-speaker-after"),
    pytest.param(JOINT + "“We will keep our markets open to foreign firms,” said Vice Premier Wang Yang.\n", [([CN], "keep", "pledge")], id="quoted-we-speaker-before"),
    pytest.param(JOINT + "“We will keep our markets open,” the delegates said.\n", [], id="quoted-we-no-named-speaker"),
    pytest.param(JOINT + "“We will keep our markets open,” said Secretary Lew and Vice Premier Wang Yang.\n", [], id="quoted-we-two-speakers"),
    pytest.param(JOINT + "After the talks Vice Premier Wang Yang spoke to the press. He restated one principle:\n\n"
                 "We will keep opening our economy to the world.\n", [([CN], "keep", "pledge")], id="block-quote-after-colon"),
    pytest.param(JOINT + "The outcomes are listed below:\n\nWe agreed to hold a dialogue on standards.\n",
                 [(BOTH, "agree", "cooperation")], id="list-after-colon-no-person-stays-joint"),
    pytest.param("Korea Fact Sheet\n\nKorea held talks in Seoul.\nWe agreed to review the standards.\n", [], id="one-country-skipped"),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_PERSON)
def test_first_person_plural_is_both_countries_only_in_a_joint_document(nlp, text, expected):
    found = [c for c in run(nlp, text) if re.search(r"\b[Ww]e\b", c.text)]
    assert [(c.actors, c.verb, c.kind) for c in found] == [(sorted(a), v, k) for a, v, k in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two Presidents reaffirmed their commitment to the November 2009 Joint Statement.",
        "The Presidents further agreed to expand exchanges on clean energy.",
        "The two leaders agreed that broader collaboration is required.",
        "Both sides speak highly of the working group meeting held in October.",
    ],
)
def test_collective_subjects_and_praise_resolve_to_both_countries(nlp, sentence):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = "The United States and China held talks in Beijing.\n\n" + sentence + "\n"
    record = extract_source(source_from_text(text))
    found = [c for c in record.commitments if c.text == sentence]
    assert found and found[0].actors == ["china", "united-states"]


# nominal commitments with a possessive actor, in object position (often inside a quote
# whose grammatical subject is the speaker)
NOMINAL = [
    pytest.param("“We were able to secure China’s commitment to eliminate its remaining export subsidies,” said Ambassador Smith.",
                 [CN], "commit", "pledge", False, id="secured-commitment-in-quote"),
    pytest.param("“I am pleased with China’s pledge to provide national treatment to foreign suppliers,” said Secretary Jones.",
                 [CN], "pledge", "pledge", False, id="pleased-with-pledge"),
    pytest.param("We obtained China's firm commitment not to impose new restrictions on imports.",
                 [CN], "commit", "pledge", True, id="negated-commitment"),
    pytest.param("The delegation noted the two sides’ agreement to hold a seminar on food safety.",
                 BOTH, "agree", "cooperation", False, id="two-sides-agreement"),
    pytest.param("Industry welcomed MIIT’s commitment to publish the revised rules for comment.",
                 ["miit"], "commit", "pledge", False, id="agency-possessor"),
]


@pytest.mark.parametrize(("sentence", "actors", "verb", "kind", "negated"), NOMINAL)
def test_nominal_commitment_with_possessive_actor(nlp, sentence, actors, verb, kind, negated):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb, c.kind, c.negated) for c in found] == [(actors, verb, kind, negated)]
    assert found[0].rule.endswith("_noun") and found[0].text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "China's commitment to reform has been questioned.",  # the noun phrase is the subject
        "“Similarly, China’s commitment on technology neutrality will ensure market access.”",
        "Observers questioned whether officials would honor China's commitment to open its market.",  # doubted
        "We welcome China's commitment to technology neutrality for 3G standards.",  # "to" + noun
        "Industry praised China's commitment to open and fair markets.",  # "open" as an adjective
        "The report reviews China's commitments to the WTO.",
        "Building on China’s 2010 commitment to join the Government Procurement Agreement, the talks continued.",
        "Exporters noted that China's pledge to lower tariffs took effect in May.",  # subject of a "that" clause
    ],
)
def test_nominal_commitment_negatives(nlp, sentence):
    assert run(nlp, sentence) == []


def test_nominal_commitment_yields_to_a_verbal_trigger(nlp):
    found = run(nlp, "The United States welcomed China’s commitment to open its market to U.S. beef.")
    assert [(c.actors, c.verb) for c in found] == [([US], "welcome")]


def test_our_two_militaries_and_they_resolve_to_both_countries(nlp):
    text = ("Our two militaries agreed to expand exchanges between their academies. "
            "They also agreed to set up a working group on maritime safety.")
    found = run(nlp, text)
    assert [(c.actors, c.verb) for c in found] == [(BOTH, "agree"), (BOTH, "agree")]


@pytest.mark.parametrize("sentence", [
    "Our two governments will hold the next round of talks in Beijing.",
    "Our two delegations agreed to meet again in the spring.",
    "Our two presidents reaffirmed the importance of the relationship.",
])
def test_our_two_plus_collective_noun_is_both_countries(nlp, sentence):
    found = run(nlp, sentence)
    assert found and found[0].actors == BOTH


def test_our_two_peoples_is_not_an_actor(nlp):
    assert run(nlp, "Our two peoples will benefit from closer ties.") == []


# readiness, agreements arrived at, and steps taken
@pytest.mark.parametrize(
    ("sentence", "actors", "verb", "kind"),
    [
        ("The talks went well, the minister said, adding that China is prepared to work with the United States on export controls.", [CN], "prepared", None),
        ("The United States stands ready to help China host the next round of talks.", [US], "prepared", "pledge"),
        ("In Beijing on Friday, the United States and China arrived at several important agreements on agriculture.", BOTH, "arrive", None),
        ("Since the last meeting, the United States and China have taken significant steps to rebalance growth.", BOTH, "take", "action"),
        ("China has taken concrete measures to curb the sale of counterfeit goods.", [CN], "take", "action"),
    ],
)
def test_readiness_agreements_arrived_at_and_steps_taken(nlp, sentence, actors, verb, kind):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb) for c in found] == [(actors, verb)]
    if kind:
        assert found[0].kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was prepared by China for the ministers.",  # no "to": not readiness
        "China is prepared for a long negotiation.",
        "China has taken into account the views of several working steps.",  # "take into account"
        "Officials arrived at the venue in Beijing on Monday.",  # arrived at a place
        "The review takes time and several steps.",  # no actor subject
    ],
)
def test_readiness_and_steps_negatives(nlp, sentence):
    assert run(nlp, sentence) == []


# "X is/are to + verb": a scheduled obligation is a pledge
@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("China is to open its market to U.S. pork imports by the end of the year.", [CN]),
        ("The United States and China are to complete talks on a services agreement.", BOTH),
        ("USDA is also to publish a final rule on Chinese apples.", ["usda"]),
    ],
)
def test_is_to_infinitive_is_a_pledge(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb) for c in found] == [(actors, "is")]
    assert found[0].kind == ("cooperation" if actors == BOTH else "pledge")


@pytest.mark.parametrize(
    "sentence",
    [
        "The aim of the talks is to expand trade in farm products.",  # no actor subject
        "What is to be done about steel overcapacity remains unclear.",
        "China is to be granted market economy status under the accession protocol.",  # passive: not China's act
        "The main goal of the United States is to increase exports to Asia.",  # the actor is inside a PP
        "The first task for China is to reduce its steel capacity.",
    ],
)
def test_is_to_negatives(nlp, sentence):
    assert run(nlp, sentence) == []


# coordinated subjects: an acronym in brackets, "X of China", an appositive list
@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("The U.S. Department of Agriculture (USDA) and China's AQSIQ signed a protocol on pears.", ["aqsiq", "usda"]),
        ("The U.S. Department of Agriculture (USDA) and the Ministry of Agriculture launched a working group on grain.", ["moa-china", "usda"]),
        ("USDA and the Ministry of Agriculture of China signed a plan on animal health.", ["moa-china", "usda"]),
        ("The two chairs, Secretary Gary Locke and Vice Premier Wang Yang of China, launched a new dialogue.", ["gary-locke", "wang-yang"]),
        ("The four leaders, Secretary Jacob J. Lew, Secretary of Commerce Gary Locke, and Vice Premier Wang Yang, reached consensus on trade.", ["gary-locke", "jacob-lew", "wang-yang"]),
    ],
)
def test_coordinated_subjects_keep_every_side(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [c.actors for c in found] == [actors]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # a comma-closed parenthetical is not a list: the actor opening the clause acts
        ("China, under the leadership of Gary Locke's counterpart Wang Yang, will open its market.", [CN]),
        # "and" inside a prepositional phrase before the list: no boundary, no list subject
        ("Talks between USDA and Wang Yang, the minister said, went well and China signed a protocol.", [CN]),
    ],
)
def test_coordinated_subjects_negatives(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [c.actors for c in found] == [actors]


# joint actions: an upgraded agreement, an ongoing engagement
@pytest.mark.parametrize(
    ("sentence", "actors", "verb"),
    [
        ("USDA and AQSIQ upgraded their 2009 protocol on plant health to include citrus.", ["aqsiq", "usda"], "upgrade"),
        ("China renewed its memorandum with USTR on software legalization.", [CN], "upgrade"),
        ("U.S. and Chinese customs experts are engaged in a joint study of trade statistics.", BOTH, "engage"),
        ("The United States and China are now engaged in talks on a bilateral investment treaty.", BOTH, "engage"),
    ],
)
def test_upgrade_and_engaged_in(nlp, sentence, actors, verb):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb) for c in found] == [(actors, verb)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum was extended by two years.",  # passive, no actor
        "An updated list of products was published last week.",
        "Officials engaged in the talks said little.",  # no "is/are"
    ],
)
def test_upgrade_and_engaged_negatives(nlp, sentence):
    assert run(nlp, sentence) == []


# "described X as Y" characterises; "described X" reports an act
def test_described_as_is_not_an_action(nlp):
    assert run(nlp, "The U.S. delegation described the meeting as constructive and candid.") == []
    found = run(nlp, "China described the steps it has taken to enforce its software rules, as requested.")
    assert [c.actors for c in found] == [[CN]]
    found = run(nlp, "China described its new licensing rules as well as its review process.")
    assert [c.actors for c in found] == [[CN]]


# a line that opens with "They"/"It" continues the paragraph before it across one line break
def test_pronoun_line_refers_to_previous_line(nlp):
    text = ("Talks opened in Beijing on Monday.\nChina and the United States agreed to expand trade in services.\n"
            "They will also promote exchanges between local governments.")
    found = run(nlp, text)
    assert [c.actors for c in found] == [BOTH, BOTH]


def test_pronoun_after_blank_line_or_other_opening_is_not_carried(nlp):
    # the paragraph before has more than the one sentence: "they" may be anyone in it
    text = ("Talks opened in Beijing. China and the United States agreed to expand trade in services.\n\n"
            "They will also promote exchanges between local governments.")
    assert [c.actors for c in run(nlp, text)] == [BOTH]
    # "It" and one actor: not carried across a blank line
    text = "China agreed to expand trade in services.\n\nIt will also promote exchanges between local governments."
    assert [c.actors for c in run(nlp, text)] == [[CN]]


def test_they_opening_a_paragraph_after_a_one_sentence_paragraph_of_both_sides(nlp):
    # a news report's one-sentence paragraphs: "They" continues the two sides of the one before
    text = ("Talks opened in Beijing.\n\nChina and the United States agreed to expand trade in services, the statement said.\n\n"
            "They will also promote exchanges between local governments, it added.")
    assert [c.actors for c in run(nlp, text)] == [BOTH, BOTH]
    # one actor before: "they" is someone else
    text = "Talks opened.\n\nChina agreed to expand trade in services.\n\nThey will also promote exchanges between cities."
    assert [c.actors for c in run(nlp, text)] == [[CN]]
    text = ("China and the United States agreed to expand trade in services.\n"
            "Local officials said they will also promote exchanges between cities.")
    assert [c.actors for c in run(nlp, text)] == [BOTH]



@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a comma describes the noun before it: no record
        ("Protocol between the U.S. Department of Agriculture (USDA) and China's General Administration "
         "of Customs (GAC), signed on May 3, 2010;", 0),
        ("Letter of intent between USDA and GAC, signed in Beijing in 2009.", 0),
        ("Agreement between the U.S. Food and Drug Administration (FDA) and China's General Administration "
         "of Quality Supervision, Inspection, and Quarantine (AQSIQ), signed on March 2, 2009;", 0),
        # a predicate right after its subject still counts
        ("USDA and GAC signed on May 3 a protocol on poultry inspection.", 1),
    ],
)
def test_participle_after_comma_is_not_a_predicate(nlp, text, expected):
    assert len(run(nlp, text)) == expected


# ------------------------------------------------------------ list items under a lead-in
# (sentences of our own words; the output contract: one commitment per subject-less item,
# with the lead-in's actors)

LEAD_IN_LISTS = [
    pytest.param(
        "The two sides agreed to:\n\n• Set up a joint panel on port inspections by June 2013;\n• Hold expert talks on cold-chain rules.\n",
        [("Set up a joint panel on port inspections by June 2013;", BOTH, "pledge", "by June 2013"),
         ("Hold expert talks on cold-chain rules.", BOTH, "cooperation", None)],
        id="bullets-under-paragraph-lead-in",
    ),
    pytest.param(
        "Market Access\n\nChina committed to the following:\n\n1. Publish every customs rule in one journal.\n2. Eliminating quotas on frozen beef.\n\nSeparately, officials toured a port.\n",
        [("Publish every customs rule in one journal.", [CN], "pledge", None),
         ("Eliminating quotas on frozen beef.", [CN], "pledge", None)],
        id="numbered-items-stop-at-paragraph",
    ),
    pytest.param(
        "Results\n\nThe United States pledged to:\n\nExtend visa validity for students;\n\nOpen a consulate in Wuhan.\n",
        [("Extend visa validity for students;", [US], "pledge", None),
         ("Open a consulate in Wuhan.", [US], "pledge", None)],
        id="paragraph-items-under-heading-lead-in",
    ),
    pytest.param(
        "China and the United States agreed to, among other things:\n\nCurb fishing subsidies: Recognizing the harm, both ministries set a cap.\n",
        [("Curb fishing subsidies: Recognizing the harm, both ministries set a cap.", BOTH, "pledge", None)],
        id="run-in-label-runs-on-to-the-next-sentence",
    ),
    pytest.param(
        "The two sides agreed to:\n\n• China will lift its ban on U.S. pears.\n",
        [],  # the item has a subject of its own: its own commitment, not an item of the lead-in
        id="item-with-own-subject",
    ),
    pytest.param(
        "Officials of several provinces agreed to:\n\n• Simplify permits.\n",
        [],  # no resolved actor in the lead-in: nothing to pass on
        id="lead-in-without-actor",
    ),
    pytest.param(
        "The two sides agreed to expand trade: both will cut tariffs.\n\n• Cut red tape.\n",
        [],  # the list continues inside the sentence's own block: not a lead-in of the bullets
        id="colon-inside-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_LISTS)
def test_list_items_take_the_lead_ins_actors(text, expected):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text("The United States and China met in Beijing.\n\n" + text))
    items = [c for c in record.commitments if c.rule.endswith("+item")]
    got = [(c.text, c.actors, c.kind, c.deadline.text if c.deadline else None) for c in items]
    assert got == [(t, sorted(a), k, d) for t, a, k, d in expected]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("China and the United States studied rice trade; will jointly fund seed research.", "study"),
        ("China and the United States have compared notes on rice trade; will jointly fund seed research; and share data.", "fund"),
    ],
)
def test_predicates_listed_with_semicolons_share_the_subject(nlp, sentence, verb):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb) for c in found] == [(BOTH, verb)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the two sides of a U.S.-India text named only through their officials
        ("President Obama hosted Prime Minister Manmohan Singh of India at the White House. "
         "India and the United States have long ties. The two leaders agreed to expand trade in clean energy.",
         ["india", "united-states"]),
        # a readout that never names its own side, and names a third country once in passing
        ("The President met President Xi Jinping of China in Hangzhou. China wants stable growth. "
         "The two leaders agreed to coordinate aid to Afghanistan.",
         ["china", "united-states"]),
    ],
)
def test_two_leaders_are_the_documents_two_sides(text, actors):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text(text))
    found = [c for c in record.commitments if c.text.startswith("The two leaders")]
    assert found and found[0].actors == actors


def test_the_documents_title_is_not_a_commitment():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Commerce and USTR announce new steps on poultry trade\n\n"
            "The United States and China met in Beijing. China agreed to lift its ban on U.S. poultry.\n")
    record = extract_source(source_from_text(text))
    assert record.document.title == "Commerce and USTR announce new steps on poultry trade"
    texts = [c.text for c in record.commitments]
    assert "China agreed to lift its ban on U.S. poultry." in texts
    assert not any("announce" in t for t in texts)


@pytest.mark.parametrize(
    ("sentence", "actors", "verb", "kind"),
    [
        # a joint instrument named after both sides binds both: a pledge of each
        ("The United States-China Fisheries Agreement will cut subsidies for fleets.", BOTH, "cut", "pledge"),
        # a joint body named after both sides: a joint subject
        ("The U.S.-China Clean Water Forum will meet in Tianjin next spring.", BOTH, "meet", "cooperation"),
        # "the two groups" set up by both sides
        ("The two groups will report to the ministers twice a year.", BOTH, "report", "pledge"),
        # a notification made is an action
        ("China notified the United States of its draft rules for medical devices.", [CN], "notify", "action"),
    ],
)
def test_joint_instruments_groups_and_notifications(sentence, actors, verb, kind):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text("The United States and China set up two working groups.\n\n" + sentence))
    found = [c for c in record.commitments if c.text == sentence]
    assert [(c.actors, c.verb, c.kind) for c in found] == [(sorted(actors), verb, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States-China Digital Agreement establishes rules for data flows.",  # describes the instrument
        "The U.S.-China trade deficit will narrow.",  # a figure, not an instrument
    ],
)
def test_descriptions_of_joint_instruments_are_not_commitments(sentence):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text("The United States and China met in Beijing.\n\n" + sentence))
    assert [c for c in record.commitments if c.text == sentence] == []


# ------------------------------------------------------------ set G shapes (sentences of our own words)

@pytest.mark.parametrize(
    ("sentence", "actors", "verb"),
    [
        # "had" is the first predicate's verb: the discussion clause does not cancel the pledge
        ("Both sides had a long discussion on the currency basket (Special Drawing Rights), and promised to respect the fund's review.", BOTH, "promise"),
        # "the U.S." after "the" is a noun phrase, not the modifier of "U.S. exports"
        ("Korea and the U.S. discussed several challenges and pledged to work for reform of the WTO.", ["korea", US], "pledge"),
        # a joint body with a first predicate
        ("The Dialogue featured talks on many topics, and reaffirmed the commitment to remove barriers to trade.", BOTH, "reaffirm"),
        # collective subjects without a number
        ("The nations have also agreed on terms for a tariff exemption.", BOTH, "agree"),
        ("The Ministers agreed to meet again in the spring.", BOTH, "agree"),
        # talks as the subject of an outcome, and further talks scheduled
        ("I am glad to report that this week's talks established a framework for two agreements.", BOTH, "establish"),
        ("Next month, discussions will continue in Geneva at the expert level.", BOTH, "continue"),
    ],
)
def test_set_g_subject_shapes(nlp, sentence, actors, verb):
    found = run(nlp, "China and the United States met in Beijing. " + sentence)
    got = [(c.actors, c.verb) for c in found if c.text == sentence]
    assert got == [(sorted(actors), verb)]


def test_a_spaced_dash_ends_the_subject_phrase(nlp):
    # a title line "Visit of Ambassador X - Joint note by ...": "note" has no subject
    assert run(nlp, "Visit to Korea of Secretary Gary Locke - Joint note by the Ministry of Commerce") == []


def test_a_dotted_abbreviation_after_a_hyphen_does_not_end_the_sentence():
    from jccttool.nlp.sentences import sentence_starts

    text = "After the meeting, the two ministers issued a Korea-U.S. Joint Press Release on trade."
    assert sentence_starts(text) == [0]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # a meeting's other side, named after "met with" / "held ... with" / "hosted"
        ("Secretary Gary Locke met with Vice Premier Wang Yang in Beijing to review the JCCT agenda.", ["gary-locke", "wang-yang"]),
        ("A USDA delegation held a round of meetings with officials of the Ministry of Agriculture.", ["moa-china", "usda"]),
        ("President Barack Obama hosted President Xi Jinping at the White House.", ["barack-obama", "xi-jinping"]),
        # welcoming a decision is not a meeting: no second side
        ("China welcomed Korea's decision to lower its tariffs.", [CN]),
    ],
)
def test_meetings_take_the_other_side(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [c.actors for c in found] == [actors]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides exchanged views on the digital economy. They confirmed that they will deepen their work on supply chains.",
        "The two sides held candid discussions on China-US ties. They noted the progress in China-US trade, and they agreed to expand it.",
    ],
)
def test_they_after_a_sentence_without_record_refers_to_both_sides(nlp, text):
    found = run(nlp, text)
    assert [c.actors for c in found] == [BOTH]


def test_we_in_a_quotation_opened_in_an_earlier_sentence_is_its_speakers_country(nlp):
    text = ("The United States and China met.\n“The talks went well,” said Secretary Gary Locke. “Exports have grown. "
            "To open markets, we will keep working to remove barriers to trade.”")
    found = run(nlp, text)
    assert [(c.actors, c.text[:14]) for c in found][-1:] == [([US], "To open market")]


def test_bare_titles_resolve_to_the_persons_named_with_them(nlp):
    text = ("Commerce Secretary Gary Locke and Vice Premier Wang Yang opened the session in Beijing.\n"
            "The Secretary and the Vice Premier pledged to keep working on rules for e-commerce.")
    parties = (
        Party(id="gary-locke", name="Gary Locke", type="person", country="US", titles=["Commerce Secretary"], mentions=[(19, 29)]),
        Party(id="wang-yang", name="Wang Yang", type="person", country="CN", titles=["Vice Premier"], mentions=[(47, 56)]),
    )
    found = run(nlp, text, parties=parties)
    assert [c.actors for c in found if c.verb == "pledge"] == [["gary-locke", "wang-yang"]]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("USDA and the Ministry of Agriculture co-hosted a seminar on grain storage in Beijing.", ["moa-china", "usda"]),
        # a country adjective right before a body's name belongs to its phrase
        ("To follow up, the U.S. Department of Commerce and the Chinese Ministry of Agriculture co-sponsored a trade fair.", ["moa-china", "us-doc"]),
    ],
)
def test_co_hosted_and_adjective_before_a_body(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb) for c in found] == [(actors, "host")]


def test_instruments_exchanged_are_an_action_views_exchanged_are_not(nlp):
    found = run(nlp, "The two sides also exchanged lists of contact points for customs emergencies.")
    assert [(c.actors, c.verb, c.kind) for c in found] == [(BOTH, "exchange", "action")]
    assert run(nlp, "The two sides also exchanged views on customs emergencies.") == []


# ------------------------------------------------------------ set H shapes (sentences of our own words)

@pytest.mark.parametrize(
    ("sentence", "actors", "verb", "kind"),
    [
        # a reported clause whose actor is another side is that side's action (the output contract)
        ("USDA and USTR announced today that China has lifted its ban on U.S. lamb.", [CN], "lift", "action"),
        ("USTR announced on Monday that China has approved two new seed varieties.", [CN], "approve", "action"),
        ("The USDA announced that China will resume imports of U.S. sorghum by June 2012.", [CN], "resume", "pledge"),
        # the same side reported: the announcer keeps the record
        ("China announced that the State Council has issued a rule on seed imports.", [CN], "announce", "action"),
        # no other actor in the clause: the announcement itself
        ("USTR announced that it will open an office in Shanghai.", ["ustr"], "announce", "pledge"),
        ("The United States announced that the seminar will be held in May.", [US], "announce", "pledge"),
        # no "that": an announcement
        ("USTR announced new steps on poultry trade with China.", ["ustr"], "announce", "action"),
    ],
)
def test_reported_clause_of_another_side(nlp, sentence, actors, verb, kind):
    found = run(nlp, sentence)
    assert [(c.actors, c.verb, c.kind) for c in found] == [(actors, verb, kind)]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # an agreement reached with the other side is an outcome of both
        ("USDA has reached agreement with Chinese officials on a protocol for U.S. beef.", [CN, "usda"]),
        # a place named before "with" is not the other side
        ("Vice Premier Wang Yang held a meeting in Seoul, Korea, with USDA officials on grain trade.", ["usda", "wang-yang"]),
        # no "with": one side
        ("USDA has reached agreement on a protocol for U.S. beef.", ["usda"]),
        ("Vice Premier Wang Yang held a meeting in Seoul, Korea.", ["wang-yang"]),
    ],
)
def test_agreement_reached_with_the_other_side(nlp, sentence, actors):
    found = run(nlp, sentence)
    assert [c.actors for c in found] == [actors]


@pytest.mark.parametrize(
    "sentence",
    [
        # regret, disappointment and concern raised are not commitments (the output contract)
        "The Chinese side expressed its deep regret that the rule had not been withdrawn.",
        "USTR expressed disappointment over the delay in the beef protocol.",
        "China expressed strong dissatisfaction with the new duties.",
        # a statement issued is speech, not an undertaking
        "Secretary Gary Locke issued the following statement:",
        "USDA released a brief statement on the visit.",
        # a delegation led in talks: a discussion with no outcome
        "Secretary Gary Locke led a U.S. delegation in discussions with Vice Premier Wang Yang in Beijing.",
        "Vice Premier Wang Yang led the Chinese side in two days of talks with U.S. officials.",
        # a meeting or delegations led: a meeting held, news
        "Secretary Gary Locke and Vice Premier Wang Yang led their respective delegations.",
        "Officials of USDA and the Ministry of Agriculture led the two-day meeting in Beijing.",
    ],
)
def test_regret_statements_and_talks_led_are_not_commitments(nlp, sentence):
    assert run(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # what was issued or led is an outcome
        ("China issued a statement of its new customs fees in the official gazette.", "issue"),
        ("USDA issued new rules on seed imports.", "issue"),
        ("Secretary Gary Locke led a trade mission of twenty U.S. firms to Chengdu.", "lead"),
        ("USDA and the Ministry of Agriculture led the 2012 U.S.-China Seed Exchange in Iowa.", "lead"),
        ("Secretary Gary Locke led the delegation’s work on commercial law.", "lead"),
        ("China expressed support for the new working group on seeds.", "express"),
    ],
)
def test_issued_and_led_outcomes_stay_commitments(nlp, sentence, verb):
    assert [c.verb for c in run(nlp, sentence)] == [verb]


# lead-ins whose trigger is a noun, items kept in one paragraph, numbered items with a subject
NOUN_LEAD_INS = [
    pytest.param(
        "USTR announced today that China has taken several steps to open its seed market.\nThese steps include:\n-\nApproving three corn varieties;\n-\nPublishing the seed catalogue.\n",
        [("Approving three corn varieties;", [CN], "action"), ("Publishing the seed catalogue.", [CN], "action")],
        id="these-steps-include-lines-in-one-paragraph",
    ),
    pytest.param(
        "China’s commitments include:\n\n• Cutting fees for port inspections;\n• Publishing draft rules for comment.\n",
        [("Cutting fees for port inspections;", [CN], "pledge"), ("Publishing draft rules for comment.", [CN], "pledge")],
        id="possessive-owner",
    ),
    pytest.param(
        "The agreement contains commitments on:\n\n• Removing quotas on frozen pork;\n• Holding expert talks on seed trade.\n",
        [("Removing quotas on frozen pork;", BOTH, "pledge"), ("Holding expert talks on seed trade.", BOTH, "cooperation")],
        id="instrument-binds-both-sides",
    ),
    pytest.param(
        "Key outcomes of the dialogue include:\n\n• Creating a working group on cold-chain rules.\n",
        [("Creating a working group on cold-chain rules.", BOTH, "cooperation")],
        id="outcomes-of-both",
    ),
    pytest.param(
        "China has carried out the following measures:\n\n1) China inspects every grain cargo at its ports.\n\n2) China has lifted its ban on U.S. pears.\n",
        [("China inspects every grain cargo at its ports.", [CN], "action")],
        id="numbered-items-one-with-a-subject-of-its-own",
    ),
    pytest.param(
        "Officials toured the port.\n\nThese steps include:\n\n• Approving three corn varieties.\n",
        [],  # "these steps" refers to no commitment
        id="anaphoric-lead-in-without-antecedent",
    ),
    pytest.param(
        "U.S. exports to China include:\n\n• Soybeans;\n• Frozen pork.\n",
        [],  # not a lead-in noun
        id="exports-include",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_LEAD_INS)
def test_noun_lead_ins_and_items_inside_a_paragraph(text, expected):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text("The United States and China met in Beijing.\n\n" + text))
    items = [c for c in record.commitments if c.rule.endswith("+item")]
    assert [(c.text, c.actors, c.kind) for c in items] == [(t, sorted(a), k) for t, a, k in expected]


def test_numbered_item_with_its_own_subject_keeps_its_record():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = "China has carried out the following measures:\n\n1) China inspects every grain cargo.\n\n2) China has lifted its ban on U.S. pears.\n"
    record = extract_source(source_from_text(text))
    got = [(c.text, c.verb, c.rule.endswith("+item")) for c in record.commitments]
    assert got == [
        ("China has carried out the following measures:", "carry", False),
        ("China inspects every grain cargo.", "carry", True),
        ("2) China has lifted its ban on U.S. pears.", "lift", False),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("AQSIQ carried out inspections of U.S. pork plants.", [(["aqsiq"], "carry")]),
        ("Inspections were carried out by AQSIQ.", []),
        ("Checks carried out by AQSIQ found no violations.", []),
    ],
)
def test_carried_out_is_an_action_not_a_passive(nlp, sentence, expected):
    assert [(c.actors, c.verb) for c in run(nlp, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "increase" with an object is an undertaking, without one a market fact
        ("Wang Yang said that as incomes rise, China will increase its imports of U.S. dairy products.", [[CN]]),
        ("China will increase the purchase of U.S. soybeans next year.", [[CN]]),
        ("China will increase by 10 percent next year.", []),
        ("U.S. exports to China will increase rapidly.", []),
    ],
)
def test_will_increase_with_an_object_is_a_pledge(nlp, sentence, expected):
    assert [c.actors for c in run(nlp, sentence)] == expected


def test_we_in_a_quotation_of_its_own_after_a_named_speaker(nlp):
    text = ("The United States and China met.\n“The talks went well,” Secretary Gary Locke said.  “We intend to keep working with China on the rules for seeds.”")
    found = run(nlp, text)
    assert [(c.actors, c.verb) for c in found][-1:] == [([US], "intend")]
    # no speaker named in the paragraph: no record
    found = run(nlp, "The United States and China met.\nThe talks went well.  “We intend to keep working with China on the rules for seeds.”")
    assert [c.verb for c in found] == ["meet"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline line the segmenter did not take as the title: no record
        ("Page 2\n\nUS and China conclude two days of seed talks\n\nChina agreed to publish its seed rules.", ["agree"]),
        ("USDA, USTR announce progress on poultry trade\nChina agreed to publish its seed rules.", ["agree"]),
        # an unpunctuated line after a sentence is no headline
        ("China agreed to publish its seed rules.\n\nThe two sides signed a protocol on pears\n", ["agree", "sign"]),
    ],
)
def test_a_headline_above_the_text_is_not_a_commitment(nlp, text, expected):
    assert [c.verb for c in run(nlp, text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an impersonal "It was agreed" of a record of talks: both sides
        ("It was agreed that the two delegations would meet again in Beijing in May.", [BOTH]),
        ("It has also been decided to set up a panel on port fees.", [BOTH]),
        # "it" with a real antecedent is not impersonal
        ("China published its draft rule. It agreed to take comments for sixty days.", [[CN], [CN]]),
    ],
)
def test_it_was_agreed_is_both_sides(nlp, sentence, expected):
    found = run(nlp, "The United States and China held talks in Beijing.\n\n" + sentence)
    assert [c.actors for c in found if c.verb != "hold"] == expected


def test_both_sides_of_a_record_with_the_european_union():
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    text = ("Officials of the United States and the European Union met in Brussels on port security.\n\n"
            "The EU side asked about the new rules. Both sides agreed to meet again in the spring.\n")
    record = extract_source(source_from_text(text))
    found = [c.actors for c in record.commitments if c.text.startswith("Both sides")]
    assert found == [["european-union", "united-states"]]
    # the Union is a side under its own code (ISO 3166-1 reserves "EU"), never China by default
    assert {p.id: p.country for p in record.parties}.get("european-union") == "EU"
    assert "china" not in {p.id for p in record.parties}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare body subject: the department named last before it
        ("The U.S. Department of Commerce notified the exporters in May.\nToday, the Department is withdrawing from the accord.",
         [["us-doc"], ["us-doc"]]),
        ("The U.S. Department of Commerce met the exporters.\nThe Department withdrew from the accord in 2019.", [["us-doc"]]),
        # no department named before: no record
        ("The exporters met in May.\nThe Department is withdrawing from the accord.", []),
        # "the Ministry" is not a department
        ("The U.S. Department of Commerce notified the exporters in May.\nThe Ministry is withdrawing from the accord.", [["us-doc"]]),
    ],
)
def test_a_bare_body_is_the_body_of_that_kind_named_last(nlp, text, expected):
    i = text.find("U.S. Department of Commerce")
    parties = (Party(id="us-doc", name="U.S. Department of Commerce", type="government_body", country="US",
                     mentions=[(i, i + 27)] if i >= 0 else []),) if i >= 0 else ()
    assert [c.actors for c in run(nlp, text, parties=parties)] == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a consensus on a joint activity is cooperation, on anything else an outcome (action)
        ("The two sides reached a consensus on holding joint seminars on port safety.", "cooperation"),
        ("The two sides reached a broad consensus on steps to settle their trade frictions.", "action"),
        ("USDA has reached agreement with Chinese officials on the terms of a pork protocol.", "action"),
        # what was agreed follows in a list: both sides'
        ("The two sides held talks, and reached the following consensus:", "cooperation"),
    ],
)
def test_consensus_reached_is_cooperation_only_on_a_joint_activity(nlp, sentence, kind):
    found = run(nlp, sentence)
    assert [c.kind for c in found] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint body's plan of work introduced with a colon: a cooperation of both sides, and its items
        ("Building on last year's work, the Dialogue continues to focus on three pillars:\n\n  1. Cleaner ports;\n  2. Seed safety.\n",
         [("Building on last year's work, the Dialogue continues to focus on three pillars:", "focus", "cooperation", False),
          ("Cleaner ports;", "focus", "cooperation", True), ("Seed safety.", "focus", "cooperation", True)]),
        ("The Working Group will focus on the following:\n\n• Cold-chain rules.\n",
         [("The Working Group will focus on the following:", "focus", "cooperation", False),
          ("Cold-chain rules.", "will", "cooperation", True)]),  # a "will" lead-in: its items' verb is the trigger's
        # not a joint body, or no colon: no record
        ("Our exporters continue to focus on three markets:\n\n• Pork.\n", []),
        ("The Dialogue continues to focus on seed safety.\n", []),
    ],
)
def test_a_joint_bodys_focus_lead_in_binds_both_sides(text, expected):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text("The United States and China met in Beijing.\n\n" + text))
    got = [(c.text, c.verb, c.kind, c.rule.endswith("+item")) for c in record.commitments if c.verb != "meet"]
    assert got == expected
    assert all(c.actors == BOTH for c in record.commitments)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quotation after "noted," / "stressed:" is what the speaker says: only a commitment inside it counts
        ("Secretary Gary Locke noted, “Barriers of this kind are harder to see than tariffs.”", []),
        ("Vice Premier Wang Yang stressed, “China will open its market for U.S. pears next year.”", [([CN], "open")]),
        # no quotation: the affirmation stays
        ("Secretary Gary Locke noted that the new rules are a step forward for U.S. firms.", [(["gary-locke"], "note")]),
    ],
)
def test_a_quotation_after_a_speech_verb_counts_only_for_its_own_commitment(nlp, sentence, expected):
    assert [(c.actors, c.verb) for c in run(nlp, sentence)] == expected
