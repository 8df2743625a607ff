"""What a commission's readout reports that is no commitment (the output contract: reviews,
discussions and statements issued are not undertakings), and how a readout names its acts.

Rejected with the shared mechanism of ``_context_sentence``: a review (:func:`.committees.report_only`;
a later predicate of the sentence may still be one: "reviewed X and reaffirmed their commitment
to Y"), discussions led with or without a determiner and a statement introduced
(:data:`.patterns._LED_IN_TALKS`, :data:`.patterns._STATEMENT_ISSUED`). Here: a participle that
shares a passive subject (:func:`no_outcome`: "The protocol was negotiated in 2019 and signed in
Quito", signed by no one named: the earlier signing recounted).
"""

from __future__ import annotations

import re

from .clause import Sentence, Trigger, _verb

#: a passive clause the trigger is coordinated to: "was negotiated under X and" right before it
_PASSIVE_AND = re.compile(
    r"\b(?:was|were|been|is|are|be)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en|wn)\b[^.;:,\n]*"
    r"[ \u00a0]and[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$"
)
_IRREGULAR_PARTICIPLES = frozenset({"held", "led", "made", "met", "signed", "set", "begun", "taken"})


def no_outcome(sent: Sentence, trigger: Trigger) -> bool:
    """Whether ``trigger`` is a participle sharing a passive subject, not a commitment (a
    review is :func:`.committees.report_only`'s; discussions led and statements issued are
    rejected by :data:`.patterns._LED_IN_TALKS` and :data:`.patterns._STATEMENT_ISSUED`)."""
    text, t_start, t_end = sent.text, trigger.start, trigger.end
    if trigger.label in ("ACTION", "CONFIRM", "COOPERATE") and t_start - sent.s0 > 12:
        word = text[t_start:t_end].split(None, 1)[0].lower() if t_end > t_start else ""
        if (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and text.startswith("and", t_start - 4):
            return _PASSIVE_AND.search(text, max(sent.s0, t_start - 300), t_start) is not None
    return False


#: a group noun of the subject followed by where it met, up to the trigger: "U.S. and Chinese
#: representatives at the April 21 meeting of the Joint Commission (JCCT) reached agreement"
_AT_MEETING = re.compile(
    r"\b(?:representatives|officials|delegates|delegations|ministers|negotiators|leaders|participants|co-chairs)"
    r"(?=[ \u00a0]+(?:at|during)[ \u00a0]+(?:the|this|their)\b[^;:]{0,200}?"
    r"\b(?:meeting|session|round|talks|dialogue|summit|plenary)\b[^,;:]{0,160}$)",
    re.I,
)


def meeting_pp_end(text: str, s0: int, t_start: int) -> int | None:
    """Where the subject noun phrase ends when a phrase naming the meeting stands between
    it and the trigger ("Officials at the third meeting of the Council agreed"), else None."""
    if t_start - s0 < 20 or " at " not in text[s0:t_start] and " during " not in text[s0:t_start]:
        return None
    m = _AT_MEETING.search(text, s0, t_start)
    return m.end() if m else None


#: a joint body established in the passive: "In addition, bilateral Committees on Labor and
#: Environment were established" (both sides' action; who established it goes unsaid)
_JOINT_PASSIVE = re.compile(
    r"(?:[A-Z][\w ]{1,30},[ \u00a0]+)?(?:(?:the|a|an|two|three|new)[ \u00a0]+)*(?:bilateral|joint|trilateral)[ \u00a0]+"
    r"(?P<np>[^.;:]{0,150}?)[ \u00a0]+(?:were|was|have[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+"
    r"(?:(?:formally|also|officially|jointly)[ \u00a0]+)?(?P<verb>established|launched|created|formed|inaugurated)\b"
    # (not a standing body's origin recounted: "was established under Article 17", "in 2004", "by the Agreement")
    r"(?![ \u00a0]+(?:under|by|pursuant|in[ \u00a0]+(?:19|20)\d\d)\b)",
    re.I,
)
_BODY = re.compile(
    r"\b(?:committees?|sub-?committees?|councils?|(?:working|task)[ \u00a0]+(?:groups?|forces?)|dialogues?|mechanisms?|"
    r"forums?|commissions?|centers?|centres?|programs?|programmes?)\b",
    re.I,
)


def joint_passive(text: str, s0: int, s1: int) -> tuple[int, int] | None:
    """(start, end) of the participle when the sentence opens with a joint body established
    in the passive ("Bilateral committees on X were established"), else None."""
    m = _JOINT_PASSIVE.match(text, s0, s1)
    if m is None or not _BODY.search(m.group("np")):
        return None
    return m.span("verb")


#: a meeting concluded by an act: "concluded the meeting by committing to organize a dialogue"
_CONCLUDED_BY = re.compile(
    r"[ \u00a0]+(?:the|their|this|today['’]s)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"(?:meeting|talks|session|dialogue|round|forum|council|visit)[ \u00a0]+by[ \u00a0]+(?P<gerund>[a-z]+ing)\b"
)
#: the acts a meeting concludes by, as gerunds, and their trigger ids
_GERUND_TRIGGERS = {
    "committing": "commit", "agreeing": "agree", "pledging": "pledge", "deciding": "decide",
    "reaffirming": "reaffirm", "signing": "sign", "announcing": "announce", "launching": "launch",
    "establishing": "establish", "issuing": "issue", "adopting": "adopt", "releasing": "release",
}


def concluded_by(text: str, t_id: str, t_end: int, s1: int) -> tuple[int, int, str] | None:
    """(start, end, trigger id) of the act a "concluded the meeting by ..." trigger reports
    ("Ecuador and the United States concluded the meeting by committing to organize a
    dialogue": a commitment, with the kind of "commit"), else None."""
    if _verb(t_id) != "conclude":
        return None
    m = _CONCLUDED_BY.match(text, t_end, s1)
    if m is None or m.group("gerund") not in _GERUND_TRIGGERS:
        return None
    return m.start("gerund"), m.end("gerund"), _GERUND_TRIGGERS[m.group("gerund")]
