"""Word classes of the commitment rules: auxiliaries, adverbs, negations, prepositions,
clause words, determiners, agent nouns, catenative verbs, the nominal-commitment nouns and
verbs, the speaker party types. The words are data (``resources/commitment_words.json``);
this module turns them into frozensets once, for the rules to test membership with
``fold_lower``-ed words.
"""

from __future__ import annotations

from ...resources.rules import commitment_words

_W = commitment_words()

# ---------------------------------------------------------------- verb groups and function words

_AUX = frozenset(_W.aux)
_NEG = frozenset(_W.neg)
_HAVE_DO = frozenset(_W.have_do)
_PASSIVE_BEFORE = frozenset(_W.passive_before)
_ADVERBS = frozenset(_W.adverbs)
_PREPOSITIONS = frozenset(_W.prepositions)
_CLAUSE_WORDS = frozenset(_W.clause_words)
_CLAUSE_STOP = frozenset(_W.clause_stop)
_DETERMINERS = frozenset(_W.determiners)
_SUBORDINATORS = frozenset(_W.subordinators)


# ---------------------------------------------------------------- subject noun phrases and clause boundaries

_BOUNDARY_WORDS = frozenset(_W.boundary_words)
_CLAUSE_OPENERS = frozenset(_W.clause_openers)
_AGENT_NOUNS = frozenset(_W.agent_nouns)
_TITLE_CONNECTORS = frozenset(_W.title_connectors)
_ADJECTIVAL = frozenset(_W.adjectival)
_BULLET = " \t\u00a0\n\r•*·▪‣◦-–—"
#: party types that can speak a quotation
_SPEAKER_TYPES = frozenset({"person", "government_body"})
#: organizations that can be one of a text's two sides (the European Union of a U.S.-EU record)
_SIDE_ORGANIZATIONS = frozenset(_W.side_organizations)
#: modifiers of a group noun before "of"/"from" an actor: "Top trade negotiators from China"
_GROUP_MODIFIERS = frozenset(_W.group_modifiers)


# ---------------------------------------------------------------- triggers and their complements

#: a trigger word right after these is a noun ("China's support", "the release of", "our pledge")
_NOUN_BEFORE = frozenset(_W.noun_before)
#: last parts of a hyphenated modifier ("one-year", "long-term", "high-level"): a trigger word after it is a noun
_COMPOUND_MODIFIER_ENDS = frozenset(_W.compound_modifier_ends)
#: trigger verbs of an activity two actors do together: they need two actors ("the two
#: sides discussed", "China met with the United States"), else no record
_JOINT_VERBS = frozenset(_W.joint_verbs)
#: verbs of borderline triggers ("met", "welcomed", "noted") that yield to a later pledge or plan of
#: the same subject in the sentence ("met today and agreed to work together": a pledge)
_WEAK = frozenset(_W.weak_triggers)
#: nouns a confirmed "that" clause can hang on: "its commitment that ...", "its position that ..."
_CONFIRM_NOUNS = frozenset(_W.confirm_nouns)
#: verbs before "to" that pass the complement on: "will endeavor to complete", "continue to"
_CATENATIVE = frozenset(_W.catenative)
#: nouns after "of" that still make the object a joint one: "memorandum of cooperation"
_COOPERATION_NOUN = frozenset(_W.cooperation_noun)
#: nouns whose "of" phrase heads the object: "hold a round of talks", "make full use of the dialogue"
_OF_TRANSPARENT = frozenset(_W.of_transparent)


# ---------------------------------------------------------------- nominal commitments ("China's commitment to ...")

#: noun -> trigger id (its verb is the part before "_")
_NOMINAL_VERB = dict(_W.nominal_verb)
#: words after the verb that make it one: a determiner or possessive of its object, an adverb
_NOMINAL_NEXT = frozenset(_W.nominal_next)
#: verbs often committed to in fact sheets: with these a plain object or preposition suffices
#: ("to provide national treatment", "to adhere to openness", "to cooperate with")
_NOMINAL_VERBS = frozenset(_W.nominal_verbs)


# ---------------------------------------------------------------- lead-ins without a trigger verb ("These actions include:")

#: plural noun heading such a lead-in -> the label its items take
_LEAD_IN_NOUNS = dict(_W.lead_in_nouns)
#: the lead-in's verb: "include", "are", "cover", ...
_LEAD_IN_VERBS = frozenset(_W.lead_in_verbs)
#: an instrument whose lead-in binds both sides: "The agreement contains commitments on:"
_INSTRUMENT_NOUNS = frozenset(_W.instrument_nouns)
