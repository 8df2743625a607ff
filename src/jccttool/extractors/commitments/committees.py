"""Readouts and joint statements of trade bodies (FTA joint committees, free trade
commissions, TIFA councils, dialogues): what their meetings report that is no commitment.

- **No outcome** (:func:`no_outcome`): a review ("The two sides reviewed implementation of
  the agreement"), an explanation of a state of affairs ("Chile explained the status of its
  work on X"; but "explained that its policy is X" and "explained its licensing regime"
  state a policy) and a briefing ("The
  United States updated Morocco on its trade policy") report
  what was said at the meeting, like a discussion: not commitments (the output contract).
"""

from __future__ import annotations

import re

from .clause import Sentence, Trigger

#: an explanation of a state of affairs: "explained the status of", "explained the progress
#: made on", "explained recent developments in" (but "explained that ...", "explained its
#: export control regime": a policy stated)
_EXPLAINED_STATE = re.compile(
    r"[ \u00a0]+(?:(?:the|its|their|his|her|our)[ \u00a0]+)?(?:(?:current|recent|latest|ongoing|overall|general)[ \u00a0]+)?"
    r"(?:status|state|progress|outcomes?|results|details|background|situation|developments?)\b"
)
#: a briefing: "updated Morocco on", "updated the Chilean side on", "updated its counterparts about"
_UPDATED_ON = re.compile(
    r"[ \u00a0]+(?:(?:the|its|their|his|her|our)[ \u00a0]+)?"
    r"(?:(?:[A-Z][\w.’'-]*[ \u00a0]+){1,3}(?:_SIDE[ \u00a0]+)?|_SIDE[ \u00a0]+)(?:on|about|regarding)\b"
    .replace("_SIDE", "(?:side|delegations?|counterparts?|officials|government|partners?)")
)


def no_outcome(sent: Sentence, trigger: Trigger) -> bool:
    """Whether the trigger reports a review, an explanation or a briefing (the module
    docstring): no commitment."""
    text, t_end, t_id = sent.text, trigger.end, trigger.id
    if t_id == "review":
        return True  # "reviewed the implementation of ...": a discussion with no outcome
    if t_id == "explain":
        return _EXPLAINED_STATE.match(text, t_end, sent.s1) is not None
    if t_id == "upgrade" and text.startswith("updated", trigger.start):
        return _UPDATED_ON.match(text, t_end, sent.s1) is not None
    return False
