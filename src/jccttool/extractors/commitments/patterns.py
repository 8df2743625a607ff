"""The compiled grammar regexes of the commitment rules, grouped in one place: collective
subjects ("the two sides"), joint activities, context sentences ("will continue to grow"),
fixed phrases whose "not" negates nothing, nominal commitments ("China's commitment to"),
speech verbs and one-sided speakers, and the complement patterns the kind table reads.

:func:`_word_matches` searches a case-folded text for a pattern whose ``\b`` it checks
itself (see its docstring); patterns meant for it open with a literal word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .words import _GROUP_MODIFIERS

# ---------------------------------------------------------------- words and whole-word search

_WORD = re.compile(r"[\w.’'&/-]+|[(),“”\"‘:;]")


def _word_matches(pattern: re.Pattern, folded: str) -> Iterator[re.Match]:
    r"""``finditer`` of ``pattern`` with a ``\b`` before it, in ``folded`` (:func:`fold_case`).

    The boundary is checked here rather than written into the pattern: a pattern that opens
    with ``\b`` makes ``re`` try a full match at every character, one whose alternatives
    all open with a literal lets it skip to their first letters. The matches are the same:
    a candidate that does not start a word is skipped and the search goes on one character
    further, as ``finditer`` would."""
    search, pos = pattern.search, 0
    while (m := search(folded, pos)) is not None:
        start = m.start()
        if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):  # re's \w
            pos = start + 1
            continue
        yield m
        pos = m.end()


# ---------------------------------------------------------------- subjects (subject.py)

_GENERIC_BODY = re.compile(
    r"(?:(?:the|its|their|all|relevant|local|provincial|central|national|government|governmental|[Ss]tate)\s+)*"
    r"(?:government|governments|agencies|agency|authorities|ministry|ministries|regulators|departments)"
    r"(?:\s+at\s+all\s+levels)?",
    re.I,
)
#: a group of people or a body "of"/"from" the actor that follows: "representatives of", "Top trade
#: negotiators from", "Working groups of" (its modifiers, ``group_modifiers`` of
#: ``resources/commitment_words.json``, go with it)
_GROUP_NOUN = re.compile(
    rf"(?:(?:{'|'.join(sorted(_GROUP_MODIFIERS, key=len, reverse=True))})\s+){{0,3}}"
    r"(?:representatives?|officials?|delegations?|delegates?|leaders(?:hip)?|experts?|members?|"
    r"authorities|ministers?|regulators?|negotiators?|agencies|counterparts|(?:working\s+)?groups?|teams?)"
    r"\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
#: "the two sides", "both countries", "each side": in the case-folded text, each found by
#: :func:`_word_matches` (which checks the opening ``\b``, so every alternative opens with a
#: literal word and ``re`` can skip ahead to the letters t, b, o, e, n)
_COLLECTIVE_NOUNS = (
    r"(?:sides|countries|governments|nations|parties|delegations|economies|(?:working\s+)?groups|teams|"
    r"presidents|leaders|heads\s+of\s+state|co-?chairs|ministers|vice\s+premiers|militaries|armed\s+forces|"
    r"defense\s+(?:ministries|departments|establishments))\b"
)
_COLLECTIVE = re.compile(
    rf"the\s+two\s+{_COLLECTIVE_NOUNS}|both\s+{_COLLECTIVE_NOUNS}|our\s+two\s+{_COLLECTIVE_NOUNS}|"
    r"the\s+(?:presidents|leaders|heads\s+of\s+state|co-?chairs|nations|sides|ministers|delegations|governments|"
    r"negotiators|participants)\b|"
    # a bare "participants" opening a clause (not "U.S. participants", "the participants" above)
    r"participants\b(?<![\w.][ \u00a0]participants)|"
    r"each\s+(?:side|country|government|party)\b|neither\s+(?:side|country|government|party)\b"
)
_COMPOUND_BOTH = re.compile(
    r"\b(?:U\.?S\.?|United States|American?|America)\s?[-–/]\s?(?:China|Chinese|PRC)\b|"
    r"\b(?:China|Chinese|PRC)\s?[-–/]\s?(?:U\.?S\.?|United States|American?|America)\b|\bjoint\b|\bbilateral\b",
    re.I,
)
_JOINT_NOUN = re.compile(
    r"\b(?:programs?|programmes?|dialogues?|working groups?|roundtables?|seminars?|exchanges?|meetings?|"
    r"workshops?|symposi(?:um|a)|conferences?|initiatives?|projects?|partnerships?|forums?|activities|"
    r"talks|discussions|negotiations|consultations)\b",
    re.I,
)
_JOINT_NOUN_END = re.compile(_JOINT_NOUN.pattern[:-3] + r")$", re.I)
#: what follows "<A>-<B>" in the name of a joint instrument or body that is a subject:
#: "the United States-Japan Trade Agreement will", "the U.S.-India CEO Forum will"
_PAIR_NAMED_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w.’'&-]*\s+){0,5}(?:(?P<instrument>Agreements?|Treaty|Treaties|Accords?|Arrangements?|Deals?|Frameworks?)|"
    r"Programs?|Programmes?|Dialogues?|Partnerships?|Initiatives?|Working Groups?|Councils?|Commissions?|Forums?|"
    r"Mechanisms?)\s+(?:(?:also|further|now|jointly)\s+)?$"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.’'-]+\s+){0,3}$")
_TITLE_WORD_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_FINAL_WORD = re.compile(r"([\w’']+)$")
#: a paragraph that opens with a pronoun subject continues the one before it ("They will also ...")
_PRONOUN_OPENING = re.compile(r"(?:They|It)[ \u00a0]")
_ONE_LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")
_BLANK_LINE = re.compile(r"[ \t\u00a0]*\r?\n(?:[ \t\u00a0]*\r?\n)+[ \t\u00a0]*")
_PRONOUNS = re.compile(r"\b(?:it|they|we)\b", re.I)
#: "each"/"both" right after "we" or its verb: "We will each take measures", "we both agreed"
_EACH = re.compile(r"[ \u00a0]+(?:(?:will|shall|have|also)[ \u00a0]+)?(?:each|both)\b(?![ \u00a0]+(?:of|other|side|country)\b)")
#: what may stand before a "they" that opens its clause: nothing, a fronted phrase's comma, "and", "where"
#: (not "Analysts said they agreed": someone else's "they")
_THEY_OPENS = re.compile(r"(?:^|,|\band|\bwhere)[\s“\"‘]*$")
#: a sentence opening with "We," and an appositive naming who "we" are ("We, the co-chairs of X, A and B,")
_WE_APPOSITIVE = re.compile(r"[\s“\"‘]*We,[ \u00a0\n]")
#: a dateline and its news agency credit opening a sentence: "Seoul, (Asian News) ", "WASHINGTON (Reuters) - "
_DATELINE_CREDIT = re.compile(r"[\s\u00a0]*(?:[A-Z][A-Za-z .’'-]{1,40},?[ \u00a0]*)?\([A-Z][\w .&’'-]{1,40}\)[ \u00a0]*[-–—]?")
#: a dateline's dash: "Manila, Philippines -- ", "WASHINGTON - " (an en or em dash is a boundary anyway)
_DATELINE_DASH = re.compile(r"(?:^|[ \u00a0])(?:--|-)$")
#: a trigger that takes two to make: "we agreed", "we decided", "we reached" (a one-voice
#: statement's "we agreed" is the agreement of both sides, not of the speaker alone)
_MUTUAL_VERB = re.compile(r"(?:agreed|decided|reached)\b", re.I)
#: "we" facing a named side ("We pressed China", "we urged the Chinese side"): a one-sided
#: "we", so that text's "we agreed" is not resolved to both sides
_WE_FACING = re.compile(r"\b[Ww]e[ \u00a0]+[a-z]+e?d[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_SAME_NP = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_OF_LINK = re.compile(r"[\s\u00a0]+of(?:[\s\u00a0]+the)?[\s\u00a0]+")
_PLAIN_WORD = re.compile(r"[\w.’'-]+")
_POSSESSIVE = re.compile(r"[’']s?\b")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_ACRONYM = re.compile(r"[A-Z]{2,}")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
#: an impersonal "It was agreed that ..." of a record of talks (before "agreed" / "decided"): both sides agreed
_EXPLETIVE_AGREED = re.compile(
    r"[\s“\"‘]*It(?:[ \u00a0]+(?:has|had|also|further|jointly|mutually|then))*[ \u00a0]+(?:was|been)[ \u00a0]+"
    r"(?:(?:also|further|jointly|mutually|then)[ \u00a0]+)?"
)
#: a list item's number or letter before its subject: "4)", "(b)", "12."
_LIST_MARK = re.compile(r"[\s\u00a0•*·▪‣◦-]*(?:\(?(?:\d{1,2}|[a-zA-Z])\)|\d{1,2}\.)")
#: a sentence that opens with a subordinate clause: its verbs before the first comma are not the main predicate
_SUBORDINATE_OPENING = re.compile(r"[\s“\"‘(]*(?:While|Although|Though|Because|If|Unless|Whereas|Once|When|Before|After|Until)\b")
#: a subject of bare titles: "The Secretary", "the Vice Premier and the Ambassador", "The minister", or a bare body: "the Department"
_BARE_TITLE = (
    r"(?:[Tt]he )((?:Vice |Deputy |Under |Assistant |Prime |Trade )?(?:[Ss]ecretary|[Mm]inister|[Aa]mbassador|Premier|Representative|Commissioner|Administrator|Governor)"
    r"|Department|Ministry|Agency|Administration|Commission|Bureau)"
)
#: a link that opens a coordinated clause with its own subject: ", while", ", whereas", ", and", " and", ";"
_CLAUSE_LINK = re.compile(r"(?:,[ \u00a0\n]*(?:while|whereas|and|but)|;|[ \u00a0\n]and)[ \u00a0\n]+")
#: the gap between a country mention and the title it qualifies: "United Kingdom Secretary of State"
_TITLE_AFTER_COUNTRY = re.compile(r"[ \u00a0\n]+(?=[A-Z])")
#: a bare title coordinated after a named actor as a subject: "Ambassador X and Secretary of State"
_AND_BARE_TITLE = re.compile(
    r"[ \u00a0\n]+and[ \u00a0\n]+(?:the[ \u00a0\n]+)?"
    r"((?:(?:Vice|Deputy|Under|Assistant|Prime|Trade)[ \u00a0\n]+)?(?:Secretary|Minister|Ambassador|Premier|Commissioner)"
    r"(?:[ \u00a0\n]+of[ \u00a0\n]+[A-Z][a-z]+)?)[ \u00a0\n]*(?:(?:will|has|have|also|jointly)[ \u00a0\n]+)*"
)
#: the speaker joined to a named actor inside a quotation: "“Ambassador X and I will ...”"
_AND_I = re.compile(r"[ \u00a0]+and[ \u00a0]+I[ \u00a0]+(?:(?:will|have|has|also|jointly|both)[ \u00a0]+)*")
_BARE_TITLES = re.compile(_BARE_TITLE + r"(?: and " + _BARE_TITLE + r")?")
#: a concern raised, not a commitment: "expressed concern about", "expressed serious concerns over"
_CONCERN = re.compile(
    r"[ \u00a0]+(?:(?:its|their|his|her|our|strong|serious|deep|grave|continued|continuing|some|great|profound)[ \u00a0]+){0,2}"
    r"(?:concerns?|regrets?|disappointment|dissatisfaction|frustration|opposition)\b",
    re.I,
)
#: a statement issued, not an undertaking: "issued the following statement:", "released a statement"
_STATEMENT_ISSUED = re.compile(
    r"[ \u00a0]+(?:the[ \u00a0]+following|a|an|this|his|her)[ \u00a0]+(?:(?:brief|short|written|press)[ \u00a0]+)?"
    r"(?:statement|remarks|comments?|readout)\b(?![ \u00a0]+of\b)"
    # "issued the following joint statement:", "released the following\ncommuniqué"
    r"|[ \u00a0\n]+the[ \u00a0\n]+following[ \u00a0\n]+(?:[\w-]+[ \u00a0\n]+){0,2}"
    r"(?:statement|declaration|communiqu[eé]|readout|remarks)\b",
    re.I,
)
#: a statement of both sides as the object: "released a Joint Statement announcing ...", "issued their joint communiqué"
_JOINT_STATEMENT = re.compile(r"[ \u00a0]+(?:a|an|the|their|this)[ \u00a0]+[Jj]oint[ \u00a0]+(?:[Pp]ress[ \u00a0]+)?(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])\b")
#: a lead-in that introduces a statement's text, not a list of undertakings: "... and issued the
#: following Joint Statement on behalf of A and B:" (its paragraphs speak for themselves)
_STATEMENT_FOLLOWS = re.compile(
    r"\b(?:issued|released|adopted|published|made)[ \u00a0\n]+the[ \u00a0\n]+following[ \u00a0\n]+"
    r"(?:[\w-]+[ \u00a0\n]+){0,2}(?:statement|declaration|communiqu[eé]|readout|remarks)\b[^:]*:\s*$",
    re.I,
)
#: a delegation or meeting led: a meeting held or a discussion with no outcome ("led a delegation in
#: discussions with ...", "led their respective delegations", "led the two-day meeting"), not "led the
#: delegation's work on ...", "led the 2011 Legal Exchange" (an exchange held is an outcome) nor "led the
#: eighth meeting of the Dialogue" (a forum's session, as its co-chairs)
_LED_IN_TALKS = re.compile(
    # "led discussions on X", "led in-depth talks": no determiner
    r"[ \u00a0]+(?:(?:wide-ranging|broad|extensive|in-depth|productive|frank|candid|substantive|detailed|further)[ \u00a0]+)?"
    r"(?:discussions?|talks|consultations|conversations?|deliberations)\b|"
    r"[^;:]{0,60}?\bin[ \u00a0]+(?:(?:[a-z-]+|the|two|three)[ \u00a0]+){0,4}(?:talks|discussions|consultations|negotiations|meetings)\b|"
    r"[ \u00a0]+(?:the|their|a|an|its|his|her|our)[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,3}?"
    r"(?:delegations?|meetings?(?![ \u00a0]+of[ \u00a0]+the\b)|talks|discussions|consultations|negotiations)\b(?![’']s)"
)
#: between "hosted"/"welcomed" and the guest: titles only ("hosted the Prime Minister of ")
_GUEST_GAP = re.compile(r"[ \u00a0]+(?:(?:the|[A-Z][\w.’'-]*|of|and|for)[ \u00a0,]+)*")
#: talks as the subject of an outcome: "this week's talks established ...", "the discussions led to ..."
_TALKS_BEFORE = re.compile(r"\b(?:talks|discussions|negotiations|consultations)[ \u00a0]+(?:(?:have|has|also|\w+ly)[ \u00a0]+)*$", re.I)


# ---------------------------------------------------------------- speakers and one-sided documents (subject.py)

#: "..., Secretary Lew said", "said Vice Premier Wang Yang", "according to USTR"
_SAID_AFTER = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:said|says|stated|added|noted|remarked|told|explained|declared)\b")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|added|noted|remarked|declared|according[ \u00a0]+to)[ \u00a0]+"
    r"(?:(?:the[ \u00a0]+)?[A-Z][\w.’'-]*,?[ \u00a0]+){0,5}$"
)
#: a title naming its speaker: "Statement of USTR Spokesperson X", "Remarks by Secretary Y"
_TITLE_STATEMENT = re.compile(r"\b(?:Statement|Remarks|Readout|Testimony|Message)[ \u00a0]+(?:of|by|from)[ \u00a0]+", re.I)
_JOINT_WORD = re.compile(r"\b(?:[Jj]oint|JOINT)\b")
#: where a title's topic begins: " on ", " regarding ", " at "
_TITLE_TOPIC = re.compile(r"[ \u00a0]+(?:on|regarding|concerning|about|at|to)[ \u00a0]+")
#: a one-sided speaker: case-folded text, whole words by :func:`_word_matches` (every
#: alternative opens with a literal word, see :data:`_COLLECTIVE`)
_PRESSED = r"\s+(?:pressed|urged|secured|won|obtained|pushed|insisted|called\s+on|raised\s+(?:our|concerns))\b"
_FACT_SHEET = r"\s+fact\s*sheet\b"
_TOLD_US = r"\s+(?:\w+\s+)?(?:assured|told|informed|promised|gave)\s+us\b"
_ONE_SIDED = re.compile(
    r"our\s+(?:chinese|american|u\.s\.|us)\s+(?:counterparts?|partners?|friends|colleagues|interlocutors)\b|"
    rf"we{_PRESSED}|i{_PRESSED}|"
    rf"u\.s\.{_FACT_SHEET}|united\s+states{_FACT_SHEET}|american{_FACT_SHEET}|chinese{_FACT_SHEET}|china['’]s{_FACT_SHEET}|"
    rf"china{_TOLD_US}|beijing{_TOLD_US}|the\s+chinese(?:\s+side|\s+government)?{_TOLD_US}|the\s+united\s+states{_TOLD_US}|"
    rf"the\s+u\.s\.(?:\s+side)?{_TOLD_US}"
)


# ---------------------------------------------------------------- context sentences and characterisations (__init__.py)

_FIGURE = re.compile(r"\$|\bRMB\b|\b(?:million|billion|trillion|percent)\b|%")
#: a market verb after "will": the sentence states a market fact ("exports will grow"), unless
#: the verb takes an object ("China will increase its imports of ...": an undertaking)
_MARKET_AFTER_WILL = re.compile(
    r"^\s*(?:(?:also|likely|further|probably|soon)\s+)?(?:continue\s+to\s+)?"
    r"(?:(?:grow|increase)(?!\s+(?:the|its|their|our|his|her|purchases|imports|exports|investment|funding|support)\b)|"
    r"rise|decline|fall|yield|reach(?!\s+(?:\w+\s+)?(?:consensus|agreements?|understandings?)\b)|become|benefit|account|exceed|total|"
    r"be\s+(?:the|a|an|worth|expected|likely|able|home|among))\b",
    re.I,
)
#: a reported clause after "announced": "announced today that", "announced March 22 that"
#: (a date or a few words of time or place before "that"; case-sensitive "that")
_REPORTED_THAT = re.compile(r"(?:[ \u00a0]+[\w.,]+){0,4}?[ \u00a0]+that\b(?![ \u00a0]+(?:is|was|are|were)\b)")
#: a page label before a headline on its line: "News story:", "Press release:"
_PAGE_LABEL = re.compile(r"[A-Z][a-z]+(?:[ \u00a0][a-z]+)?:")
#: the end of a line that ends like a sentence or a lead-in: a headline comes before the first one
_FINAL_LINE = re.compile(r"[.!?:;\"”’)][ \t\u00a0]*(?:\r?\n|$)", re.M)
#: a quotation right after a speech-like trigger: "noted, “", "stated: \""
_QUOTE_OPENS = re.compile(r"[ \u00a0]*[,:][ \u00a0]*[“\"]")
#: a pledge that follows a borderline trigger as a predicate of its own, right before the pledge:
#: "met ... and agreed", "met ..., where they agreed" (not "reaffirmed that it will ...": what is reaffirmed)
_WEAK_THEN = re.compile(
    r"(?:\band|,[ \u00a0\n]*where[ \u00a0\n]+(?:they|both[ \u00a0]+sides|the[ \u00a0]+two[ \u00a0]+sides))"
    r"[ \u00a0\n]+(?:(?:also|further|then|jointly|[a-z]+ly)[ \u00a0\n]+)*$"
)
#: a sentence that spells out the commitment before it: "This includes pursuing ...", "This will involve setting up ..."
_THIS_INCLUDES = re.compile(
    r"[ \u00a0]*(?:This|These|That|Such\s+steps)[ \u00a0]+(?:(?:also|will|would)[ \u00a0]+)?"
    r"(?P<verb>includes?|involves?|include|involve|means?|entails?)[ \u00a0]+(?:(?:also|further)[ \u00a0]+)?[a-z]+ing\b"
)
#: an infinitive: "met to review ...": a bare verb after it continues the infinitive list ("and plan")
_TO_VERB = re.compile(r"\bto[ \u00a0]+[a-z]+\b")
#: "described the talks as frank": a characterisation, not an act
_DESCRIBED_AS = re.compile(r"[^.;:,\n]*?(?<!well )\bas\b(?![\s\u00a0]+(?:well|part|follows)\b)")


# ---------------------------------------------------------------- commissions' collective subjects (subject.py)

#: the sides of an agreement or a commission named together, as :data:`_COLLECTIVE` (case-folded
#: text, whole words): "the Parties", "all parties", "our governments", "the three countries", a bare "officials", "ministers" or
#: "Parties" opening a clause or sentence ("Officials also agreed to ...", not "U.S. officials",
#: "senior officials" or "officials from A")
_COLLECTIVE_SIDES = re.compile(
    r"the\s+parties\b(?!\s+(?:concerned|involved)\b)|all\s+parties\b|"
    r"our\s+(?:governments|countries|nations|delegations)\b|"
    r"(?:the|all)\s+(?:three|four|five|six|seven|eight|nine|ten)\s+(?:countries|parties|governments|nations|sides|ministers|delegations)\b|"
    r"ministers\b(?<![\w'’][ \u00a0]ministers)(?<!\.[a-z]\.[ \u00a0]ministers)(?![ \u00a0]+(?:from|of|at|in)\b)|"
    r"officials\b(?<![\w'’][ \u00a0]officials)(?<!\.[a-z]\.[ \u00a0]officials)(?![ \u00a0]+(?:from|of|at|in)\b)|"
    r"parties\b(?<![\w'’][ \u00a0]parties)(?<!\.[a-z]\.[ \u00a0]parties)(?![ \u00a0]+(?:to|from|of|in)\b)"
)


# ---------------------------------------------------------------- negation (negation.py)

#: fixed phrases whose "not"/"no" negates nothing: a list, a deadline, a bound, a condition
#: (case-folded text, whole words by :func:`_word_matches`, as :data:`_COLLECTIVE`)
_BOUND = r"(?:later|earlier|sooner|less|fewer|more)"
_FIXED_PHRASES = re.compile(
    r"(?:including,?\s+but\s+not\s+limited\s+to|not\s+only|not\s+least|whether\s+or\s+not|if\s+not|"
    rf"not\s+to\s+mention|no\s+{_BOUND}\s+than|not\s+{_BOUND}\s+than|not\s+exceeding)\b"
)
#: a negation right after the trigger: "will not", "agreed never to", "will no longer", "will refrain from"
_NEGATION_FIRST = re.compile(r"\s*(?:not|never|no\s+longer|(?:(?:also|further|[a-z]+ly)\s+)?refrain\s+from)\b", re.I)
_AND_THAT = re.compile(r"[,;]?\s+and\s+(?=that\b)")


# ---------------------------------------------------------------- nominal commitments (nominal.py)

#: a nominal commitment with a possessive actor: "obtain China's commitment to accelerate
#: ...", "pleased with China's pledge to adhere to ...", "the two sides' agreement to hold"
_NOMINAL = re.compile(
    # the apostrophe first, then the look-behind: re skips ahead to apostrophes
    r"['’](?<=[\w.]['’])s?[ \u00a0]+"
    r"(?:(?:[A-Z][\w&.-]*|\d{4}|firm|new|clear|formal|explicit|renewed|strong|public|written|important)[ \u00a0]+){0,2}"
    r"(?P<noun>commitments?|pledges?|promises?|undertakings?|agreement)[ \u00a0]+(?:not[ \u00a0]+)?to[ \u00a0]+"
    r"(?:(?:[a-z]+ly|further|also|jointly|both)[ \u00a0]+)?(?P<verb>[a-z]+)(?![\w’'-])[ \u00a0]*(?P<next>[\w’'-]+|[^\w\s])?"
)
#: a nominal commitment someone doubts or breaks is not reported as made
_NOMINAL_DOUBT = re.compile(r"\b(?:question\w*|doubt\w*|skeptic\w*|sceptic\w*|undermin\w*|reneg\w*|abandon\w*|violat\w*|breach\w*|fail\w*|backtrack\w*)\b", re.I)
#: a fronted adverbial phrase: a nominal commitment inside it is background, not news
_FRONTED = re.compile(
    r"[\s“\"‘(•*·-]*(?:[A-Z][a-z]+ing|In|Under|Consistent|Following|Given|As|With|Per|Pursuant|According|Based|"
    r"Despite|After|Before|Since|Upon|On|Through|To|Recalling|Noting)\b"
)


#: an instrument that binds an actor named right after the verb: "The agreement obligates China to"
_OBLIGES = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){0,3}?"
    r"(?:[Aa]greements?|[Dd]eal|[Aa]ccord|[Pp]rotocol|[Tt]reaty|[Aa]rrangement|[Mm]emorandum|MOU|[Pp]act|[Pp]ackage)[ \u00a0]+"
    r"(?:(?:also|further|now)[ \u00a0]+)?(?P<verb>obligate[sd]|oblige[sd]|require[sd]|commit(?:s|ted)|binds|bound)[ \u00a0]+(?:the[ \u00a0]+)?"
)
_TO_VERB_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+[a-z]")


# ---------------------------------------------------------------- kind (kind.py)

#: inherently joint head verbs of a complement ("agreed to discuss", "will consult")
_JOINT_HEAD_VERB = re.compile(
    r"(?:discuss|exchang|consult|cooperat|collaborat|meet|met$|negotiat|engag|confer|talk|partner)\w*$", re.I
)
#: head nouns of a joint activity or of cooperation ("hold a seminar", "deepen cooperation")
_JOINT_HEAD_NOUN = re.compile(
    r"(?:dialogues?|dialogs?|exchanges?|meetings?|seminars?|roundtables?|workshops?|symposi(?:um|a)|conferences?|contacts|"
    r"forums?|study|studies|discussions?|talks|consultations?|negotiations?|cooperation|collaboration|engagement|"
    r"coordination|communications?|partnerships?|working\s+groups?|(?:dialogue|consultation|cooperation|"
    r"exchange|communication|coordination)\s+(?:mechanisms?|channels?|platforms?|framework|programs?|programmes?))$",
    re.I,
)
#: an adjunct of the complement naming the joint frame: "with continued engagement between
#: ... experts", "with a U.S.-China government/industry program"
_WITH_JOINT = re.compile(
    r"(?<!consistent )(?<!line )(?<!accordance )(?<!compliance )(?<!conformity )\bwith\s+"
    r"(?:(?:[\w.’'/-]+\s+){0,4}?(?:engagement|cooperation|collaboration|coordination|consultations?|dialogues?)\b|"
    r"(?:[\w.’'/-]+\s+){0,2}?(?:U\.?S\.?[-–]China|China[-–]U\.?S\.?|joint|bilateral)\s+(?:[\w.’'/-]+\s+){0,3}?"
    r"(?:programs?|programmes?|initiatives?|projects?|working\s+groups?|dialogues?|mechanisms?)\b)",
    re.I,
)
#: discussion nouns that make a past "held"/"conducted"/"had" a joint activity, not an event
_DISCUSSION = re.compile(
    r"\s*(?:(?!the\b|of\b)[a-z-]+,?\s+){0,3}?(?:talks|discussions?|consultations?|exchanges?|conversations?)\b"
)
#: what a meeting was when it was only a discussion: "held in-depth, candid discussions",
#: "held a phone conversation", "held talks" (not "held the third round of talks")
_HELD_DISCUSSION = re.compile(
    r"\s*(?:(?:[a-z-]+\s+)?(?:days?|hours?|weeks?|rounds?)\s+of\s+)?[“\"‘]?"
    r"(?:(?!the\b|of\b)[a-z-]+,?\s+[“\"‘]?){0,6}?(?:talks|discussions?|consultations?|exchanges?|conversations?|calls?)\b"
)
#: what follows "will" when it states no undertaking: a need ("will need time"), an agenda ("will
#: cover a range of topics, including")
_WILL_NO_UNDERTAKING = re.compile(
    r"\s*(?:(?:also|likely|probably|still|further|then)\s+)?(?:need|require|"
    r"(?:cover|address|span|include|touch\s+on|discuss)\s+(?:a|an)\s+(?:(?:wide|broad|full|diverse)\s+)?"
    r"(?:range|number|variety|array|host|list)\s+of\s+(?:topics|issues|subjects|areas|matters))\b",
    re.I,
)
#: views to be exchanged at a meeting: its agenda, not an undertaking ("During the meeting, the two
#: sides will exchange views on A, B and C"; but "A and B will exchange views on X every year" is one)
_AGENDA_VIEWS = re.compile(
    r"[\s“\"‘]*(?:During|At|In)\s+(?:the|this|today['’]s|tomorrow['’]s|next\s+week['’]s)\s+[^,.;:]{0,60}?"
    r"(?:[Mm]eetings?|[Tt]alks|[Ss]ession|[Dd]ialogue|[Cc]onsultations?|[Cc]ouncil|[Ff]orum|[Cc]onference|[Ss]ummit),"
    r"[^.;:]*?\bwill\s+(?:(?:also|further|then)\s+)?(?:exchange|share)\s+(?:their\s+)?(?:views|ideas|opinions)\b"
)
#: "adopted a firm stance": a position taken, not an action
_STANCE = re.compile(r"\s+(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:stance|position|attitude|posture|tone|line)\b", re.I)
#: a trigger inside the subject of a noun lead-in: "Areas where A and B are working closely include:"
_IN_LEAD_IN_SUBJECT = re.compile(r"(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:include|includes|included|are|were)[ \u00a0]*:[\s\"”’)]*")
#: an outcome item restating support: "Continuing to support X", "Continued support for X", "Reaffirming X"
_SUPPORT_ITEM = re.compile(
    r"[\s\u00a0]*(?:[Cc]ontinu(?:ing|ed)[ \u00a0]+(?:to[ \u00a0]+)?)?(?:[Ss]upport(?:ing)?|[Rr]eaffirm(?:ing)?|[Aa]ffirm(?:ing)?)\b"
)
#: a pledge in a participle after an act: "issued a joint statement, vowing not to launch ..."
_VOWING = re.compile(r",[ \u00a0]+(?:vowing|pledging|promising|agreeing|committing)[ \u00a0]+(?=(?:not[ \u00a0]+)?to\b)")
#: "reached consensus to create ...": an infinitive right after the consensus
_TO_INFINITIVE = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+\b(?<!\bthe)")
#: information shared by both sides: "share energy data", "share best practices", "share information on"
_SHARE_INFO = re.compile(
    r"share[sd]?\s+(?:(?:their|its|our|the|relevant|timely|[a-z]+ly)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:data|information|experiences?|best\s+practices|practices|expertise|views|knowledge|lessons)\b",
    re.I,
)
#: a market named "Exchange" ("the New York Stock Exchange"): no joint activity (but "the 2011 Legal Exchange" is one)
_NAMED_EXCHANGE = re.compile(r"(?:Stock|Commodity|Commodities|Futures|Securities|Mercantile|Currency)\s+Exchanges?$")
_WILL = re.compile(r"\bwill\b")
_AND_WILL = re.compile(r"\band\s+(?:will|shall)\b")
_CONSENSUS = re.compile(r"\W*(?:[\w-]+\W+){0,4}?(?:consensus|agreements?|understandings?)\b", re.I)
#: an object framed as cooperation: "a framework for cooperation on ...", "a plan of joint collaboration"
_FOR_COOPERATION = re.compile(
    r"[^,;:.]{0,60}?\b(?:for|of)\s+(?:(?:joint|bilateral|closer|further|mutual)\s+)?(?:cooperation|collaboration|coordination|engagement|partnership)\b",
    re.I,
)
#: what a consensus is on: "on", "to", "regarding" before it
_CONSENSUS_ON = re.compile(r"^\s*(?:on|upon|to|regarding|concerning|about)\b", re.I)
_MET_TO_DISCUSS = re.compile(r"[^.;]{0,80}?\b(?:to|and)\s+(?:\w+\s+)?(?:discuss|review|exchang|consult|talk|address)")
_BILATERAL = re.compile(r"\bbilateral\b", re.I)
_AGREED_ON_VIEW = re.compile(
    r"\s*(?:on|upon|with)\s+(?:the\s+)?(?:importance|significance|value|benefits?|merits?|view|assessment)\b", re.I
)
#: an infinitive coordinated with a view: "agreed on the importance of X and to cooperate on Y"
_AND_TO = re.compile(r"\band\s+to\s+(?=[a-z])")
_THAT_FIRST = re.compile(r"\s*that\b", re.I)
_CLAUSE_END = re.compile(r"[;:]")
#: a confirmed undertaking: "confirmed (that) it would lower ...", "confirmed that they will further ..."
#: (not "confirmed that it does not and will not maintain ...": a policy stated)
_CONFIRMED_WILL = re.compile(
    r"[ \u00a0]+(?:that[ \u00a0]+)?(?:it|they|we|he|she|(?:the[ \u00a0]+)?[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3})"
    r"[ \u00a0]+(?:will|would|shall)[ \u00a0]+(?:(?:also|further|soon|now|[a-z]+ly)[ \u00a0]+)?(?!not\b|be\b)[a-z]+"
)
_MODAL = re.compile(r"\b(?:will|shall|would|should|must|need\s+to|intends?\s+to|plans?\s+to)\b", re.I)
_WITH = re.compile(r"\bwith\b")
_INFLECTION = re.compile(r"(?:s|ed|d|ing)$")
_AND_PREDICATE = re.compile(r",?\s+and\s+(?=(?:will|shall|would|also|further|then|to)\s)")
#: staying in touch is a joint activity: "keep in close contact", "stay in touch", "remain in regular contact"
_IN_CONTACT = re.compile(
    r"(?:keep|keeps|stay|stays|remain|remains)\s+in\s+(?:(?:close|closer|regular|constant|frequent|direct)\s+)?(?:contact|touch)\b", re.I
)
#: a joint verb with others than the two sides: "engaging with partners in the region", "consult with stakeholders"
_WITH_THIRD = re.compile(
    r"\S+\s+with\s+(?:(?:their|its|other|third|regional|like-minded|key|all|relevant|the)\s+){0,2}"
    r"(?:partners|stakeholders|industry|industries|allies|third\s+countries|countries|economies|businesses|the\s+private\s+sector)\b",
    re.I,
)
_WITH_EACH_OTHER = re.compile(r"\s*\w+\s+(?:\w+\s+)?with\s+(?:each\s+other|one\s+another)\b")

