"""Word classes of the commitment rules: auxiliaries, adverbs, negations, prepositions,
clause words, determiners, agent nouns, catenative verbs, the nominal-commitment nouns and
verbs, the speaker party types. Plain sets of lower-case words (compared with
``fold_lower``); lexical data that may later move to ``resources/``.
"""

from __future__ import annotations

# ---------------------------------------------------------------- verb groups and function words

_AUX = frozenset("has have had will would shall should can could may might must is are was were be been being do does did".split())
_NEG = frozenset("not never no longer n't".split())
_HAVE_DO = frozenset("has have had do does did".split())
_PASSIVE_BEFORE = frozenset("was were be been being is are".split())
_ADVERBS = frozenset(
    """also further jointly both successfully again today recently formally now fully
    personally already hereby previously subsequently conditionally together mutually
    separately each all highly firmly strongly actively closely carefully officially
    publicly explicitly repeatedly therefore thus additionally furthermore moreover
    however similarly likewise then still continue continues continued to promptly
    quickly soon immediately in principle generally broadly collectively expressly
    specifically clearly unanimously just initially originally""".split()
)
_PREPOSITIONS = frozenset(
    """to of in from with for by on at between among than into under through during about
    over after before since until within without across against toward towards per via
    upon onto like including regarding concerning beyond""".split()
)
_CLAUSE_WORDS = frozenset(
    """that which who whom whose where when while if as because although though unless
    whether said says say is are was were be been has have had will would shall can could
    may must do does did not""".split()
)
_CLAUSE_STOP = frozenset(
    """that which who whom whose where when while if as because although though unless whether
    is are was were be been will would shall should can could may must including""".split()
)
_DETERMINERS = frozenset(
    "the a an both all relevant its their his her each other senior respective competent key".split()
)
_SUBORDINATORS = frozenset("as while since because after when although though if once whereas given".split())


# ---------------------------------------------------------------- subject noun phrases and clause boundaries

_BOUNDARY_WORDS = frozenset(
    "that said says stated announced noted reported added and but while whereas then where".split()
)
_CLAUSE_OPENERS = frozenset("and but while whereas that then where which".split())
_AGENT_NOUNS = frozenset(
    """government governments leadership leaders leader ministry ministries department departments
    agency agencies administration administrations authorities authority regulator regulators
    representatives representative officials official delegation delegations delegates side sides
    counterparts counterpart associations association industry industries companies company firms
    experts negotiators team teams premier minister ministers secretary president ambassador
    commission council bureau office court courts chairman co-chair co-chairs vice-premier
    trade-representative body bodies institutions institution regulatory sector""".split()
)
_TITLE_CONNECTORS = frozenset("of the for".split())
_ADJECTIVAL = frozenset("u.s. us chinese american prc sino-u.s. u.s.-china".split())
_BULLET = " \t\u00a0\n\r•*·▪‣◦-–—"
#: party types that can speak a quotation
_SPEAKER_TYPES = frozenset({"person", "government_body"})


# ---------------------------------------------------------------- triggers and their complements

#: a trigger word right after these is a noun ("China's support", "the release of", "our pledge")
_NOUN_BEFORE = frozenset("'s ’s the a an its their his her our this these those such any every press".split())
#: trigger verbs of an activity two actors do together: they need two actors ("the two
#: sides discussed", "China met with the United States"), else no record
_JOINT_VERBS = frozenset("discuss review meet".split())
#: nouns a confirmed "that" clause can hang on: "its commitment that ...", "its position that ..."
_CONFIRM_NOUNS = frozenset("commitment commitments position view understanding assurance assurances pledge policy principle fact".split())
#: verbs before "to" that pass the complement on: "will endeavor to complete", "continue to"
_CATENATIVE = frozenset(
    """endeavor endeavour seek strive work aim try begin start continue hope plan intend agree decide
    commit undertake promise pledge make take""".split()
)
#: nouns after "of" that still make the object a joint one: "memorandum of cooperation"
_COOPERATION_NOUN = frozenset("cooperation collaboration engagement coordination partnership".split())


# ---------------------------------------------------------------- nominal commitments ("China's commitment to ...")

#: noun -> trigger id (its verb is the part before "_")
_NOMINAL_VERB = {"commitment": "commit_noun", "pledge": "pledge_noun", "promise": "promise_noun",
                 "undertaking": "undertake_noun", "agreement": "agree_noun"}
#: words after the verb that make it one: a determiner or possessive of its object, an adverb
_NOMINAL_NEXT = frozenset(
    "the a an its their his her our all any these this those such further more additional new both".split()
)
#: verbs often committed to in fact sheets: with these a plain object or preposition suffices
#: ("to provide national treatment", "to adhere to openness", "to cooperate with")
_NOMINAL_VERBS = frozenset(
    """accelerate accept achieve address adhere adopt advance allow amend apply approve avoid build cease
    complete conclude consider consult continue cooperate create cut deepen develop eliminate encourage end
    enforce engage enhance ensure establish expand explore facilitate grant guarantee hold implement improve
    increase intensify issue join launch lift lower maintain negotiate notify open participate permit phase
    promote protect provide publish pursue reach reduce refrain remove resolve resume revise seek share
    simplify stop streamline strengthen submit support take treat undertake upgrade work""".split()
)
