"""Nominal commitments.

A sentence with no verbal record may state a commitment by a noun with a possessive actor
in object position, often inside a quote whose subject is the speaker: "We were able to
obtain China's commitment to accelerate its accession to the GPA", "I am pleased with
China's pledge to adhere to ..." (nouns commitment, pledge, promise, undertaking,
agreement + "to" + a verb; trigger id ``<verb>_noun``, label PLEDGE). Not when the noun
phrase opens its clause ("China's pledge to open its market drew attention"), sits in a
fronted phrase ("Building on China's 2010 commitment to join ..., "), is doubted or broken
("questioned", "failed to honor"), or "to" takes a noun ("commitment to technology
neutrality").
"""

from __future__ import annotations

from ...text import fold_lower as _low
from .patterns import _FRONTED, _NOMINAL_DOUBT, _OBLIGES, _TO_VERB_AFTER
from .subject import _left_is_boundary, _strip_left_np
from .words import (
    _AUX,
    _CLAUSE_OPENERS,
    _DETERMINERS,
    _NOMINAL_NEXT,
    _NOMINAL_VERB,
    _NOMINAL_VERBS,
    _PREPOSITIONS,
)


def _opens_clause(left: str) -> bool:
    """Whether a noun phrase after ``left`` opens a clause (is a subject): sentence start,
    a comma, colon or opening quote, or a conjunction / "that" before it."""
    return _left_is_boundary(left, _CLAUSE_OPENERS)


def _obliged(text, s0, s1, mentions):
    """A commitment an instrument imposes on an actor named as its object: "The agreement
    obligates China to cut tariffs", "The new protocol requires the United States to publish
    ..." (trigger id ``obligate``, label PLEDGE), else None."""
    for m in mentions:
        verb = _OBLIGES.search(text, max(s0, m.start - 60), m.start)
        if verb is None or verb.end() != m.start or not _TO_VERB_AFTER.match(text, m.end, s1):
            continue
        if not _opens_clause(_strip_left_np(text[s0 : verb.start()])):
            continue  # "Rules that the agreement obliges China to ...": inside a clause of its own
        return (verb.start("verb"), verb.end("verb"), "obligate", "PLEDGE", [m.party], False, False)
    return None


def _nominal(text, s0, s1, matches, mentions):
    """A commitment stated by a noun with a possessive actor, in object position: "We were
    able to obtain China's commitment to accelerate its accession to the GPA", "I am pleased
    with China's pledge to adhere to openness". The noun phrase must not open its clause
    ("China's pledge to open its market drew attention", "Similarly, China's commitment
    ... will ensure": a statement about the pledge), "to" must be followed by a verb (a
    known one, or any word followed by its object's determiner: not "commitment to
    technology neutrality", "to reform has been questioned"), and nothing in the sentence
    before it may doubt or break it ("questioned", "failed to honor")."""
    by_end = {m.end: m for m in mentions}
    for n in matches:
        if n.end() > s1:
            continue
        owner = by_end.get(n.start())
        if owner is None:
            continue
        verb, nxt = n.group("verb"), (n.group("next") or "")
        low_next = _low(nxt)
        if verb in _DETERMINERS or verb in _PREPOSITIONS or verb.endswith(("ing", "tion", "ment", "ness", "ity")):
            continue
        if not (low_next in _NOMINAL_NEXT or (low_next.endswith("ly") and len(low_next) > 4) or (
            verb in _NOMINAL_VERBS and nxt[:1].isalpha() and low_next not in ("and", "or") and low_next not in _AUX
        )):
            continue
        left = text[s0 : owner.start]
        if _opens_clause(_strip_left_np(left)) or _NOMINAL_DOUBT.search(left):
            continue
        if _FRONTED.match(left) and "," not in left:
            continue  # "Building on China's 2010 commitment to join the GPA, ...": a prior commitment
        noun = n.group("noun")
        return (n.start("noun"), n.end("noun"), _NOMINAL_VERB[noun.removesuffix("s")], "PLEDGE", [owner.party], False, False)
    return None
