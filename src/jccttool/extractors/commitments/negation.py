"""Negation of a commitment (the ``negated`` field).

A negation governing the trigger ("will not", "agreed not to", "no longer"); for CONFIRM
triggers also one in the first verb group of the confirmed clause (or of each "and that"
clause: "confirmed that it does not and will not maintain ..."). A negation in a fronted
phrase, a parenthetical or a relative clause ("rules that do not discriminate") does not
count, nor one in a fixed phrase: "including but not limited to", "not only ... but also",
"not least", "no later than", "not less than", "whether or not", "if not".

The negation right before the trigger ("China will not") is found with the subject
(:func:`.conjuncts._strip_tail_aux`); this module masks the fixed phrases and reads the
text after the trigger.
"""

from __future__ import annotations

from ...text import fold_lower as _low
from .patterns import _AND_THAT, _FIXED_PHRASES, _NEGATION_FIRST, _VOWING, _WORD, _word_matches
from .words import _ADVERBS, _AGENT_NOUNS, _AUX, _CONFIRM_NOUNS


def _mask_fixed_phrases(text: str, folded: str) -> str:
    """``text`` with the fixed phrases that contain a negation word but negate nothing
    ("including but not limited to", "not only", "not least", "no later than", "whether or
    not", "if not", ...) blanked out, same length: offsets stay valid. ``folded`` is
    ``fold_case(text)``."""
    out, at = [], 0
    for m in _word_matches(_FIXED_PHRASES, folded):
        out += (text[at : m.start()], " " * (m.end() - m.start()))
        at = m.end()
    return "".join(out) + text[at:] if out else text


def _negated_after(text: str, t_end: int, s1: int, label: str) -> bool:
    after = text[t_end:s1]
    if _NEGATION_FIRST.match(after):
        return True
    if label == "ACTION" and (vow := _VOWING.search(after)) and _NEGATION_FIRST.match(after, vow.end()):
        return True  # "issued a joint statement, vowing not to launch a trade war"
    if label == "CONFIRM":
        # each of coordinated confirmed clauses: "that ... is a corporate decision and that it
        # does not and will not impose ..."
        return any(_complement_negated(part) for part in _AND_THAT.split(after))
    return False


def _complement_negated(after: str) -> bool:
    """Whether the head of the confirmed clause is negated: the first verb group after the
    trigger ("that it does not and will not maintain", "its commitment that ... will not be",
    "that it no longer requires"), not a relative clause further on ("rules that do not ...")."""
    words = _WORD.findall(after)
    for i, w in enumerate(words):
        low = _low(w)
        if low in ("which", "who", "whose", "whom") or (low == "that" and i > 0 and _relative_that(words[i - 1])):
            return False  # a relative clause before any verb group
        if _is_negation(words, i) or low in _AUX:
            group = i
            while group < len(words) and (
                _is_negation(words, group) or _low(words[group]) in _AUX or _low(words[group]) in _ADVERBS
                or _low(words[group]) in ("and", "longer", "yet", "currently")
            ):
                if _is_negation(words, group):
                    return True
                group += 1
            return False
    return False


def _relative_that(before: str) -> bool:
    """Whether "that" after ``before`` opens a relative clause ("rules that ...") rather than
    the confirmed clause ("assured the United States that", "its commitment that")."""
    low = _low(before)
    return before.isalpha() and before.islower() and low not in _CONFIRM_NOUNS and low not in _ADVERBS and low not in _AGENT_NOUNS


def _is_negation(words: list[str], i: int) -> bool:
    low = _low(words[i])
    if low in ("not", "never") or low.endswith(("n't", "n’t")):
        return True
    return low == "no" and i + 1 < len(words) and _low(words[i + 1]) == "longer"
