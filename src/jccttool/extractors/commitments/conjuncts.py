"""Conjoined actors and the words around them, for the subject rules (:mod:`.subject`):
whether words after a mention continue its noun phrase, how two mentions are joined ("and",
a comma, a possessive), the chains of conjoined actors before a trigger, a second predicate
of the same subject, and what a fronted "it"/"they" refers to. Moved out of
:mod:`.subject` unchanged."""

from __future__ import annotations

import re

from ...text import fold_lower as _low
from .negation import _is_negation
from .patterns import _ACRONYM, _LOWER_WORD_AFTER, _OF_LINK, _PLAIN_WORD, _POSSESSIVE, _SAME_NP, _WORD
from .words import (
    _ADJECTIVAL,
    _ADVERBS,
    _AGENT_NOUNS,
    _AUX,
    _CLAUSE_WORDS,
    _DETERMINERS,
    _HAVE_DO,
    _NEG,
    _PASSIVE_BEFORE,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _TITLE_CONNECTORS,
)

#: a country adjective ("Australian", "Korean", "Moroccan", "Japanese", "Pakistani"): it modifies
#: the noun after it (no country name ends so: "Japan", "Jordan" and "Pakistan" end in -an only)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|can|ese|ish|ani)")


def _strip_tail_aux(words: list[str]) -> tuple[list[str], bool]:
    """Drop auxiliaries, adverbs, negations and quotes from the end; report a negation."""
    negated = False
    i = len(words)
    while i > 0:
        w = _low(words[i - 1])
        if w in _NEG or w == "longer":
            negated = True
        elif w in _AUX or w in _ADVERBS or w in "“”\"‘" or w == "and":
            pass
        else:
            break
        i -= 1
    return words[:i], negated

def _np_tail_ok(words: list[str]) -> bool:
    """Whether ``words`` (after an actor mention) can continue that mention's noun phrase.

    The phrase must end in a name (a capitalised word) or a noun for people or bodies
    ("China's leadership", "U.S. counterparts"), not in a thing ("U.S. exports")."""
    if not words:
        return True
    if len(words) > 10:
        return False
    content = [w for w in words if w not in "()/-,"]
    if content and content[-1] not in ("'s", "’s", "'", "’"):
        last = content[-1]
        if not (last[:1].isupper() or _low(last) in _AGENT_NOUNS):
            return False
    i = 0
    if words[0] in ("'s", "’s", "'", "’"):
        i = 1
    for k in range(i, len(words)):
        w = words[k]
        low = _low(w)
        if w in "()/-":
            continue
        if w == ",":
            # only inside a name list: "Quality Supervision, Inspection and Quarantine"
            if k + 1 < len(words) and words[k + 1][:1].isupper():
                continue
            return False
        if w in ":;“”\"‘":
            return False
        if w[:1].isupper():
            continue
        if low in ("of", "and", "for", "the", "on", "&") and k + 1 < len(words) and words[k + 1][:1].isupper():
            continue  # inside a name: "Ministry of Commerce"
        if low == "and":
            continue
        if low in _PREPOSITIONS or low in _CLAUSE_WORDS:
            return False
    return True

def _chains(text, before, k):
    """Conjoined actors ending at ``before[k]``: "The U.S. Department of Commerce and China's
    MOFCOM", "A, B and C" -- (start, actors) from the shortest to the longest, and whether
    an "and" joined them; the longest chain whose left edge is a clause boundary wins."""
    head = before[k]
    chains = [(head.start, [head.party])]
    first, actors, seen_and, seen_comma, comma_at = head, [head.party], False, False, 0
    for j in range(k - 1, -1, -1):
        prev = before[j]
        link = _conjunction(text[prev.end : first.start])
        if link is None and prev.party == first.party and _SAME_NP.fullmatch(text, prev.end, first.start):
            link = "poss"  # "the U.S. Department of Agriculture (USDA)": one party, one phrase
        elif link is None and first is head and _OF_LINK.fullmatch(text, prev.end, first.start):
            # "the Ministry of Agriculture of China": the first party acts, the one after "of" names its owner
            first, actors = prev, [prev.party]
            chains[-1] = (prev.start, actors)
            continue
        if link is None or (link == "," and not seen_and):
            break
        first = prev
        if link == "poss":  # "China's AQSIQ": the owner opens the phrase, AQSIQ acts
            chains[-1] = (prev.start, actors)
            continue
        if link == "and" and seen_comma:
            # "President X and President Y, Secretary A and Vice Premier B agreed": the
            # comma closed a fronted phrase, not a list; its members are not subjects
            chains = chains[:comma_at]
            break
        if link == "," and not seen_comma:
            comma_at = len(chains)
        seen_and = seen_and or link == "and"
        seen_comma = seen_comma or link == ","
        actors = actors + [prev.party]
        chains.append((prev.start, actors))
    return chains, seen_and

def _coordinated_gap(gap: str, mention: str, noun: bool = False) -> tuple[bool, bool]:
    """Whether the trigger heads a second predicate of the mention's clause: "the United
    States and China share a mutual interest in X, and recognize that Y". The gap is a
    first predicate that opens with a verb right after the subject, then ", and" / "and"
    / ";" and only auxiliaries or adverbs before the trigger: no new subject. Negation:
    of the second predicate only."""
    if _low(mention) in _ADJECTIVAL and not noun:
        return False, False  # "U.S. exports ..., and will": a modifier, not the subject
    if not noun and _DEMONYM.fullmatch(mention) and _low(gap.split(None, 1)[0] if gap.strip() else "") not in _AGENT_NOUNS:
        return False, False  # "Australian farm goods, and resolved": a country adjective, not the subject ("Korean officials" is one)
    words = _WORD.findall(gap)
    for i in range(len(words) - 1, 0, -1):
        if _low(words[i]) != "and" and words[i] != ";":
            continue  # predicates joined by "and", or listed with semicolons: "have A; will B"
        tail, negated = _strip_tail_aux(words[i + 1 :])
        if tail:
            return False, False  # a new subject or object after "and"
        first = words[:i]
        if first and first[-1] == ",":
            first = first[:-1]
        if first and first[0] in "“\"‘":
            first = first[1:]  # a quotation opening the predicates: "The two sides “began X, and agreed to Y,” it said"
        k = 0
        while k < len(first) and (_low(first[k]) in _HAVE_DO or _low(first[k]) in _ADVERBS or _is_negation(first, k)):
            k += 1
        if k >= len(first) or len(first) > 40 or any(w in ";:“”\"‘" for w in first):
            return False, False
        verb = first[k]
        low = _low(verb)
        if k and low in _DETERMINERS and _low(first[k - 1]) in _HAVE_DO:
            return True, negated  # "had" is the verb: "had an in-depth discussion on X, and promised"
        if (
            not verb.isalpha() or not verb.islower() or low in _PREPOSITIONS or low in _CLAUSE_WORDS
            or low in _PASSIVE_BEFORE or low in _DETERMINERS
        ):
            return False, False
        return True, negated
    return False, False

def _antecedent(text: str, s0: int, earlier: list, previous_actors: list[str], plural: bool = False) -> list[str] | None:
    """What "it"/"they" after a fronted phrase refers to: a possessor or clause subject of
    the phrase ("In accord with China's obligations, it", "as China carries out ..., it"),
    else, for "they", actors an "and" joined in the phrase ("When A and B announced X, they"),
    else the actors of the previous sentence, else the last mention that is not a mere
    modifier ("In response to U.S. concerns, it": U.S. is not the one who acts)."""
    strong = []
    for x in earlier:
        after = text[x.end : x.end + 3]
        before = _PLAIN_WORD.findall(text[max(s0, x.start - 40) : x.start])
        before = [w for w in before if _low(w) not in _DETERMINERS]
        if _POSSESSIVE.match(after) or not before or _low(before[-1]) in _SUBORDINATORS:
            strong.append(x)
    if plural:
        # "When A and B announced X, they established Y": "they" is the pair the fronted clause joined
        for k in range(len(earlier) - 1, 0, -1):
            chains, seen_and = _chains(text, earlier, k)
            if seen_and and len(chains[-1][1]) > 1:
                return sorted(set(chains[-1][1]))
    if strong:
        return [strong[-1].party]
    if previous_actors:
        return list(previous_actors)
    weak = [x for x in earlier if not (_low(text[x.start : x.end]) in _ADJECTIVAL and _LOWER_WORD_AFTER.match(text[x.end : x.end + 3]))]
    return [weak[-1].party] if weak else None

def _title_list(words: list[str]) -> bool:
    """Whether ``words`` are one title naming a list of portfolios: "Minister of Commerce,
    Industry, and Tourism", "Vice Premier and Minister" (capitalised words, their commas and
    "and", "of", "for", "the"; capitalised first and last)."""
    return (
        len(words) <= 12
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in (",", "and", "of", "for", "the", "&") for w in words)
    )


def _conjunction(link: str) -> str | None:
    """How ``link`` joins two actor mentions of one subject: ``"and"``, ``","``, ``"poss"``
    (a possessive: "China's" + "AQSIQ"), or None when it does not."""
    words = [w for w in _WORD.findall(link) if w not in "()"]
    if not words:
        return "poss" if link and link.isspace() and "\n" not in link else None  # "the Chinese MOST": one phrase
    if words[0] in ("'s", "’s"):
        # "China’s broadcast and television associations and relevant U.S. counterparts"
        rest = words[1:]
        if not rest:
            return "poss"
        low = [_low(w) for w in rest]
        if "and" not in low:
            return None
        last_and = len(low) - 1 - low[::-1].index("and")
        if all(w in _DETERMINERS for w in low[last_and + 1 :]) and _np_tail_ok(rest[:last_and]):
            return "and"
        if _title_list(rest):
            return "poss"  # "Colombia’s Minister of Commerce, Industry, and Tourism" + a name: one phrase
        return None
    # the right conjunct's titles and country adjective belong to it: "Lew and [Chinese]
    # Vice Premier Wang", "U.S. Treasury Secretary Jacob Lew", "and Commerce Secretary Locke"
    # "..., Secretary of the Treasury Steven Mnuchin": connectors inside a title run go with it
    i = len(words)
    while i and (
        (words[i - 1][:1].isupper() and _low(words[i - 1]) not in _CLAUSE_WORDS)
        or (words[i - 1] in _TITLE_CONNECTORS and i < len(words))
    ):
        i -= 1
    while i < len(words) and words[i] in _TITLE_CONNECTORS:
        i += 1
    titled = i < len(words)
    words = words[:i]
    rest = [_low(w) for w in words if not _ACRONYM.fullmatch(w)]  # "(HHS) and"
    while rest and rest[-1] in _DETERMINERS:
        rest.pop()
    if not rest and titled:
        return "poss"  # "U.S. Treasury Secretary" + "Jacob J. Lew": one noun phrase
    if rest in (["and"], [",", "and"], ["&"], ["as", "well", "as"], [",", "together", "with"], ["together", "with"]):
        return "and"
    if rest == [","]:
        return ","
    # the left conjunct's head noun: "The U.S. Government and China", "Chinese officials and"
    if len(rest) >= 2 and rest[-1] in ("and", "&") and _np_tail_ok(words[: len(rest) - 1]):
        return "and"
    return None
