"""The kind of a commitment (pledge, cooperation, affirmation, action) from the trigger's
label (``resources/commitment_triggers.jsonl``) and its own complement.

**kind** is a small decision table on the trigger's label and the trigger's own
complement (its head verb and that verb's object up to a preposition, comma or clause
word; "to", adverbs and "endeavor to"-type verbs skipped), never a noun elsewhere in the
sentence ("pledged to implement S&ED commitments, including those from the previous
dialogues" is a pledge):

==========  =========================================================  ============
label       condition                                                  kind
==========  =========================================================  ============
CONFIRM     "confirmed (that) it will/would X": an undertaking         pledge
CONFIRM     confirm, clarify, assure, state, reaffirm, explain, note,  affirmation
            acknowledge, emphasize, stress, express, believe, support
            (also with a joint body as subject: "The Dialogue
            continues its commitment to X")
COOPERATE   exchanged, had exchanges, discussed, reviewed, consulted,   cooperation
            cooperated, negotiated
ACTION      "reach consensus/agreement" on a joint activity and the    cooperation
            actors cover both countries (on anything else: action)
ACTION      two sides (or one and "with" the other): "held/conducted   cooperation
            talks/discussions/consultations/exchanges", "met ... to
            discuss", "are launching/conducting" a joint activity
ACTION      an item under a lead-in of results ("Key results           affirmation
            include:") restating support ("Continuing to support X")
ACTION      such an item naming a joint activity, both sides          cooperation
ACTION      otherwise: established, issued, held (a named event), met, action
            signed, launched, concluded, released, announced, led, ...
PLEDGE      "agree" stating a view: "agreed on the importance of X",   affirmation
            "agree that X is important" (no modal in the clause),
            "agreed that X should Y"; but "agreed on the importance
            of X and to Y" reads Y, and "agreed that <a joint
            activity> will ..." the whole clause
PLEDGE      actors cover both countries and the complement is a joint  cooperation
PLAN        activity: a joint head verb (discuss, exchange, consult,
            negotiate, cooperate, work together, jointly ...) or an
            object headed by dialogue, exchange, meeting, seminar,
            roundtable, study, discussions, talks, negotiations,
            working group, cooperation, engagement, communication,
            contacts (also "memorandum of cooperation", "a round of
            talks", "full use of the dialogue", "keep in contact";
            not a joint verb with third parties: "engage with
            partners in the region")
PLEDGE      "remain committed to" (a standing policy restated), when  affirmation
            the complement is no joint activity
PLEDGE      otherwise: will, agree, commit, intend, decide, pledge,    pledge
            undertake, resolve to, "instructed their teams to", ...
PLAN        "plans to", unless the sentence states a figure ($, million,
            percent) or sits in a context block: then not a commitment
==========  =========================================================  ============
"""

from __future__ import annotations

from typing import NamedTuple

from ...text import fold_case
from ...text import fold_lower as _low
from .clause import _BOTH, Sentence, Trigger, _verb
from .committees import joint_purpose
from .patterns import (
    _AGREED_ON_VIEW,
    _AND_PREDICATE,
    _AND_TO,
    _AND_WILL,
    _BILATERAL,
    _CLAUSE_END,
    _CONFIRMED_WILL,
    _CONSENSUS,
    _CONSENSUS_ON,
    _DISCUSSION,
    _FOR_COOPERATION,
    _IN_CONTACT,
    _INFLECTION,
    _JOINT_HEAD_NOUN,
    _JOINT_HEAD_VERB,
    _MET_TO_DISCUSS,
    _MODAL,
    _NAMED_EXCHANGE,
    _SHARE_INFO,
    _SUPPORT_ITEM,
    _THAT_FIRST,
    _TO_INFINITIVE,
    _VOWING,
    _WILL,
    _WITH,
    _WITH_EACH_OTHER,
    _WITH_JOINT,
    _WITH_THIRD,
    _WORD,
)
from .words import _ADVERBS, _CATENATIVE, _CLAUSE_STOP, _COOPERATION_NOUN, _OF_TRANSPARENT, _PREPOSITIONS


class Actors(NamedTuple):
    """The actors of a commitment as the kind table reads them: their ``ids`` (the two
    sides resolved), their ``countries``, whether the subject is a joint activity
    (``joint_subject``: "A US-China program will ..."), the document's two countries
    (``both``) and party id -> country code (``country``)."""

    ids: list[str]
    countries: set[str]
    joint_subject: bool
    both: list[str]
    country: dict[str, str]


def _kind(sentence: Sentence, found: Trigger, actors: Actors) -> str:
    """The decision table of the module docstring. The kind comes from the trigger and its
    own complement (its head verb and object), never from a noun elsewhere in the sentence
    ("pledged to implement S&ED commitments, including those from the dialogues": a pledge)."""
    text, s1, mentions = sentence.text, sentence.s1, sentence.mentions
    label, t_end, t_id = found.label, found.end, found.id
    verb, trigger = _verb(t_id), text[found.start : found.end]
    ids, countries, joint_subject, both, country = actors.ids, actors.countries, actors.joint_subject, actors.both, actors.country
    complement = text[t_end:s1]
    if label == "ACTION" and verb == "announce" and _WILL.search(complement):
        label = "PLEDGE"  # "announced a forum will be held": a pledge about the future
    if label == "ACTION":
        m = _AND_WILL.search(complement) or _VOWING.search(complement)
        if m:  # "has requested ..., and will increase resources", "issued a statement, vowing to": the pledge's own complement
            label, complement = "PLEDGE", complement[m.end() :]
    if label == "COOPERATE" or (joint_subject and label != "CONFIRM"):
        return "cooperation"  # (a joint body that reaffirms a commitment affirms it)
    two_sides = len({c for c in countries if c}) >= 2 or (len(both) >= 2 and set(both) <= set(ids))
    if label == "ACTION" and verb == "reach" and two_sides and (m := _CONSENSUS.match(trigger + complement)):
        # "reached a consensus on co-hosting roundtables": a joint activity agreed; "reached
        # a consensus on arrangements to address ...", "reached agreement with X on details": an outcome
        after = (trigger + complement)[m.end() :]
        rest = _CONSENSUS_ON.sub("", after, count=1)
        if not rest.strip(" \t\u00a0.:;,"):
            return "cooperation"  # "reached the following consensus:": what was agreed follows, both sides'
        if _joint_complement(rest) or _FOR_COOPERATION.match(rest):
            return "cooperation"
        return "pledge" if _TO_INFINITIVE.match(after) else "action"  # "reached consensus to create X": agreed to
    if label == "PLEDGE" and verb == "agree":
        view = _agreed_view(complement)
        if view is None:
            return "affirmation"  # "agreed on the importance of X", "agree that X is important"
        complement = view
    together = two_sides or _with_other(text, t_end, s1, mentions, countries, country)
    if label == "ACTION":
        if together and t_id.endswith("_ongoing") and _joint_complement(_last_word(trigger) + complement):
            return "cooperation"  # "we are launching a bilateral investment dialogue"
        if together and verb in ("hold", "conduct", "exchange") and _DISCUSSION.match(complement):
            return "cooperation"  # "held in-depth discussions on ...", not "held the third SED"
        if verb == "meet" and _MET_TO_DISCUSS.match(complement):
            return "cooperation"  # "met in Beijing to discuss ...", not "met on June 5"
        if t_id == "take_listed" and _SUPPORT_ITEM.match(complement):
            return "affirmation"  # "Key results include:" + "Continuing to support the protocol": support restated
        if together and t_id == "take_listed" and _joint_complement(complement):
            return "cooperation"  # "Key results include:" + "A new partnership between X and Y on ..."
        return "action"
    if label == "CONFIRM" and verb == "confirm" and _CONFIRMED_WILL.match(complement):
        return "pledge"  # "China confirmed that it will publish ...": an undertaking confirmed
    if label == "CONFIRM" and verb != "welcome":
        return "affirmation"
    if two_sides and label != "CONFIRM" and "shar" in complement and _SHARE_INFO.match(" ".join(_head_words(complement)[0])):
        return "cooperation"  # both sides "will share data / information / best practices": an exchange
    if two_sides and label != "CONFIRM" and joint_purpose(complement):
        return "cooperation"  # "agreed to continue their work to strengthen cooperation" (:mod:`.committees`)
    if _joint_complement(complement):
        if two_sides and label != "CONFIRM":
            return "cooperation"
        # one actor, a joint activity with the other side: "exchanges with the United States"
        if _BILATERAL.search(_head_phrase(complement)) or _with_other(text, t_end, s1, mentions, countries, country):
            return "cooperation"
    # "remains committed to": a standing policy restated
    return "affirmation" if label == "CONFIRM" or t_id == "commit_remain" else "pledge"


def _agreed_view(complement: str) -> str | None:
    """What "agree" binds its actors to, or None when it only states a shared view: "agreed
    on the importance of X", "agree that X is important" (no modal in the "that" clause).
    "agreed that the two sides will hold ..." gives the clause after its modal."""
    if _AGREED_ON_VIEW.match(complement):
        # "agreed on the importance of X and to cooperate on Y": the undertaking coordinated with the view
        m = _AND_TO.search(_CLAUSE_END.split(complement, maxsplit=1)[0])
        return complement[m.start() + 3 :] if m else None
    m = _THAT_FIRST.match(complement)
    if not m:
        return complement
    clause = _CLAUSE_END.split(complement[m.end() :], maxsplit=1)[0]
    modal = _MODAL.search(clause)
    if modal is None or modal.group().lower() in ("should", "must"):
        return None  # "agreed that X is important", "agreed that both should remain committed to Y": a view
    if _joint_complement(clause[: modal.start()]):
        return clause  # "agreed that a further round of talks will take place": a joint activity
    return clause[modal.end() :]


def _with_other(text, t_end, s1, mentions, countries, country) -> bool:
    """A party of another country after "with": "exchanges with the United States"."""
    others = {country.get(m.party) for m in mentions if t_end <= m.start < s1 and m.party != _BOTH} - set(countries) - {None, ""}
    return bool(others) and bool(_WITH.search(text[t_end:s1]))


def _head_words(complement: str) -> tuple[list[str], int]:
    """The words of the complement from its head on ("to", adverbs and catenative verbs
    such as "endeavor to" skipped) and how many joint adverbs were skipped ("jointly")."""
    # a sentence-final period is not part of the last word ("negotiations."), "U.S." keeps its own
    words = [w[:-1] if len(w) > 1 and w.endswith(".") and "." not in w[:-1] else w for w in _WORD.findall(complement)]
    i, joint = 0, 0
    while i < len(words):
        low = _low(words[i])
        if low in ("jointly", "together", "mutually", "collectively"):
            joint += 1
        if low in ("to", "that", "will", "shall", "would", "and") or low in _ADVERBS or low in ("be", "been", "being", "committed", "continue", "continues"):
            i += 1
        elif low.startswith("participat") and i + 1 < len(words) and _low(words[i + 1]) == "in":
            i += 2  # "participate in an information exchange program": its object
        elif _INFLECTION.sub("", low) in _CATENATIVE or low in _CATENATIVE:
            if i + 1 < len(words) and _low(words[i + 1]) in ("to", "efforts", "steps", "measures"):
                i += 2 if _low(words[i + 1]) == "to" else 1
            else:
                break
        else:
            break
    return words[i:], joint


def _head_phrase(complement: str) -> str:
    words, _ = _head_words(complement)
    out = []
    for w in words[1:]:
        if w in ",;:()“”\"‘" or _low(w) in _CLAUSE_STOP or _low(w) == "such" or (_low(w) in _PREPOSITIONS and _low(w) != "of"):
            break
        out.append(w)
    return " ".join(words[:1] + out)


def _joint_complement(complement: str) -> bool:
    """Whether the trigger's own complement is a joint activity: its head verb is one
    ("discuss", "consult", "exchange"), a joint adverb modifies it ("jointly", "work
    together"), or its object's head noun names one ("hold a dialogue", "conduct
    technical exchanges", "deepen cooperation", "use the ... Working Group", "upgrade their
    memorandum of cooperation"). Nouns after a preposition, a comma or a clause word belong
    to something else ("implement S&ED commitments, including those from the dialogues")."""
    # each coordinated predicate of the same subject: "will deliver ..., and will discuss ..."
    parts = _AND_PREDICATE.split(complement)
    if len(parts) > 1:
        return any(_joint_complement(part) for part in parts)
    clause = _CLAUSE_END.split(complement, maxsplit=1)[0]
    # _WITH_JOINT (IGNORECASE, look-behinds first) tries every position: only worth it with "with"
    if "with" in fold_case(clause) and _WITH_JOINT.search(clause):
        return True
    words, joint = _head_words(complement)
    if joint:
        return True
    if not words:
        return False
    if _JOINT_HEAD_VERB.match(words[0]):
        return not _WITH_THIRD.match(" ".join(words))  # "engage with partners in the region": with others, not each other
    # "work together", "work closely together"
    after = [_low(w) for w in words[1:4]]
    while after and (after[0].endswith("ly") or after[0] in ("very", "more", "even")) and after[0] != "jointly":
        after.pop(0)
    if after and after[0] in ("together", "jointly") or _WITH_EACH_OTHER.match(" ".join(words)):
        return True
    if _IN_CONTACT.match(" ".join(words)):
        return True  # "keep in close contact", "stay in touch"
    heads: list[str] = []
    of_heads: list[str] = []
    np: list[str] = []
    in_of = False
    words = words + ["."]
    skip = 0
    for k, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if w == "(" and ")" in words[k + 1 : k + 6]:
            skip = words.index(")", k + 1) - k  # an acronym glossed in brackets: "a Labor Council (“LC”) meeting"
            continue
        low = _low(w)
        stop = w in ",;:()“”\"‘." or low in _CLAUSE_STOP or (low in _PREPOSITIONS and low != "of")
        stop = stop or (low == "such" and _low(words[k + 1]) == "as") or (low in ("moving", "going") and _low(words[k + 1]) == "forward")
        if stop or low in ("of", "and", "&"):
            transparent = low == "of" and bool(np) and _low(np[-1]) in _OF_TRANSPARENT
            while np and _low(np[-1]) in ("together", "jointly"):
                np.pop()  # "put a working group together"
            if np:
                (of_heads if in_of else heads).append(" ".join(np[-2:]))
            np = []
            if stop:
                break
            if low == "of" and not transparent:
                in_of = True  # "a round of talks", "full use of the dialogue": the noun after "of" heads it
            continue
        np.append(w)
    if any(_JOINT_HEAD_NOUN.search(h) and not _NAMED_EXCHANGE.search(h) for h in heads):  # not "the Stock Exchange"
        return True
    return any(_low(h.split()[-1]) in _COOPERATION_NOUN for h in of_heads)


def _last_word(text: str) -> str:
    """The last word of ``text``; "" for a trigger that has no words of its own (a list item
    under a lead-in takes its trigger from the lead-in: its own trigger span is empty)."""
    words = text.split()
    return words[-1] if words else ""
