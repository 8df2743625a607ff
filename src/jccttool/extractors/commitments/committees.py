"""Readouts and joint statements of trade bodies (FTA joint committees, free trade
commissions, TIFA councils, dialogues): what their meetings report that is no commitment.

- **No outcome** (:func:`report_only`): a review ("The two sides reviewed implementation of
  the agreement"), an explanation of a state of affairs ("Chile explained the status of its
  work on X"; but "explained that its policy is X" and "explained its licensing regime"
  state a policy) and a briefing ("The United States updated Morocco on its trade policy")
  report what was said at the meeting, like a discussion: not commitments (the output
  contract).
- **Sides listed together** (:func:`listed_sides`): a statement of a plurilateral body
  opens by listing its members ("Officials of the governments of A, B, C and D convened
  ...", "X, Minister of Trade of A; Y, Vice Minister of B; ... and Z for C are pleased to
  release ..."): a collective subject after it ("we", "the Ministers", "all parties") is every
  listed country, not the two that weigh most; a subject that counts two ("both sides", "the
  two countries", "each side") stays two. A body named after a regional group ("the U.S. -
  Central Asia TIFA Council", ``resources/regions.json``) has as sides the country named with
  the group and the group's members the text names (not a guest named with them).
- **A joint body as subject** (:func:`joint_body`): "the Commission signed a Decision", "the
  Joint Committee approved ...", "The Labor Affairs Council will meet ..." in a text that
  names the agreement's joint body (a Joint Committee, a Free Trade Commission, a TIFA
  Council, or one named after its two sides: "the United States-Peru Commission"): the body,
  or a body it sets up ("the Committee on Trade in Goods", "the Labor Affairs Council"), acts
  for its members, the text's sides ("The Senate Finance Committee" is one side's). A bare
  "the Commission" is the one named last before it, so only a joint one counts ("the
  International Trade Commission ... the Commission" is no joint body). "The next meeting (of the Council) will take place ..." is a
  joint activity of the sides (a cooperation).
- **"They" after a pair that gave no record** (:func:`pair_before`): "Minister A and
  Ambassador B discussed X. They reaffirmed their commitment to Y": "they" are the two named
  together at the start of the sentence before, in the same paragraph.
- **"X officials and officials from A, B and C"** (:func:`officials_and`): the country of
  the first group ("senior U.S. Government officials and officials from the Governments of A,
  B and C met") is an actor too, not only the countries after "from".
- **Work for cooperation** (:func:`joint_purpose`): both sides' "agreed to continue their work
  to strengthen cooperation in X" and "intend to resume negotiations early next year" undertake
  a joint activity (a cooperation), though the object's head ("work") or a trailing adverb
  ("negotiations early") hides it from the kind table.
- **A headline printed again** (:func:`repeated_headline`): a short line with no final
  punctuation that repeats an earlier line of the text, alone or after a label ("source: US
  and Peru sign pact" at the foot of a repost): the page's headline, not a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...resources.rules import regions
from .clause import _BOTH, Sentence, Trigger, _Mention

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


#: a label before a repeated headline on its line: "source:", "Source:", "Originally published:"
_LINE_LABEL = re.compile(r"[ \t\u00a0]*[A-Za-z][a-z]+(?:[ \u00a0][a-z]+)?:[ \u00a0]*")
#: what ends a sentence (a headline ends in none of these)
_FINAL = frozenset('.!?:;"”’)')


def repeated_headline(text: str, s0: int, s1: int) -> bool:
    """Whether ``[s0, s1)`` is a whole line of at most 150 characters with no final
    punctuation (a label such as "source:" may open the line) whose words were an earlier
    line of the text: a headline printed twice."""
    if s1 - s0 > 150 or text[s1 - 1] in _FINAL:
        return False
    line = text.rfind("\n", 0, s0) + 1
    end = text.find("\n", s1)
    if text[s1 : len(text) if end < 0 else end].strip() or not (
        not text[line:s0].strip() or _LINE_LABEL.fullmatch(text, line, s0)
    ):
        return False
    head = text[s0:s1]
    at = text.find(head, 0, line)
    while at >= 0:
        if not text[text.rfind("\n", 0, at) + 1 : at].strip() and text[at + len(head) : at + len(head) + 1] in ("\n", "\r"):
            return True
        at = text.find(head, at + 1, line)
    return False


def report_only(sent: Sentence, trigger: Trigger) -> bool:
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


#: what may stand between two listed members: names and titles (capitalised words), list
#: punctuation and a few function and group words ("of the governments of A, B and C",
#: "X, Minister of Trade of A; Y, Vice Minister for B"); a word is taken whole (``*+``): a
#: capitalised run split every possible way backtracks exponentially when the gap fails
_LIST_GAP = re.compile(
    r"(?:[\s\u00a0,;]|[A-Z\u00c0-\u00de][\w.’'\u00c0-\u017f-]*+|(?:of|for|and|the|from|representing|[’']s)\b)*"
)
#: words of a subject that counts two: "both sides", "the two countries", "each side"
_DUAL = re.compile(r"\b(?:both|two|each|either|neither)\b", re.I)
#: how far into the text the members' list may open
_LIST_REACH = 2500
#: a subject that made the text two-sided before any list of members ("The two sides agreed ...")
_TWO_SIDED = re.compile(r"\b(?:both|the[ \u00a0]+two)[ \u00a0]+sides\b", re.I)


def listed_sides(text: str, mentions: list[_Mention], nations: set[str], both: list[str]) -> list[str] | None:
    """The countries of the first run of at least three country mentions (``nations``: the
    country party ids) in the text's opening, with only names, titles and list words between
    them (:data:`_LIST_GAP`), when the run includes the document's two sides ``both``; else None."""
    found = [m for m in mentions if m.party in nations and m.start < _LIST_REACH]
    if len({m.party for m in found}) < 3:
        return None
    run: list[_Mention] = []
    for m in found:
        if run and not (m.start - run[-1].end <= 200 and _LIST_GAP.fullmatch(text, run[-1].end, m.start)):
            if _members(text, run, both):
                break
            run = []
        run.append(m)
    return _members(text, run, both)


def _members(text: str, run: list[_Mention], both: list[str]) -> list[str] | None:
    """The countries of ``run`` when it names three or more, ``both`` among them, and opens
    its sentence (at most 12 words before it: a subject, "Senior officials of the governments
    of", "Lima - A, Minister of Trade of"), else None."""
    members = {m.party for m in run}
    if len(members) < 3 or not set(both) <= members:
        return None
    pos = run[0].start
    if _TWO_SIDED.search(text, 0, pos):
        return None  # "The two sides agreed ... A, B and C agreed to study ...": the text is two-sided
    line = text.rfind("\n", 0, pos) + 1
    opening = text[max(line, text.rfind(". ", line, pos) + 2) : pos]
    return sorted(members) if len(opening.split()) <= 12 else None


def widened(ids: list[str], actors: list[str], wide: list[str] | None, text: str, s0: int, t_start: int) -> list[str]:
    """The record's party ids with the sides ``wide`` (:func:`listed_sides`, :func:`region_sides`)
    for a collective subject ("the two sides" among the ``actors``) that does not count two
    ("both sides", "the two countries"); else ``ids``."""
    if wide is None or _BOTH not in actors or _DUAL.search(text, s0, t_start):
        return ids
    return sorted({*(a for a in actors if a != _BOTH), *wide})


#: a dash joining the names of a body's sides: "U.S. - Central Asia", "United States-ASEAN"
_NAME_DASH = re.compile(r"[ \u00a0]*[-–][ \u00a0]*")


def region_sides(text: str, mentions: list[_Mention], country: dict[str, str], nations: set[str]) -> list[str] | None:
    """The sides of a body named after a country and a regional group ("the U.S. - Central
    Asia TIFA Council"): the country (countries) joined to the group's name by a dash, plus the
    group's members among ``nations`` (the text's country party ids); None when the text names
    no such pair or fewer than two members."""
    table = regions()
    for name, members in table.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                chain = {m.party for m in mentions if m.party in nations and (
                    (m.end <= at and _NAME_DASH.fullmatch(text, m.end, at)) or (m.start >= end and _NAME_DASH.fullmatch(text, end, m.start)))}
                inside = {p for p in nations if country.get(p) in members}
                if chain and len(inside) >= 2:
                    return sorted(chain | inside)
            at = text.find(name, end)
    return None


_BODY_HEAD = r"(?:Commission|Committee|Council)s?"
#: a subject naming a body of the agreement: "the Commission", "The Joint Committee", "The Labor
#: Affairs Council", "the Committee on Trade in Goods" (capitalised words, "of"/"on"/"and", dashes)
_BODY_NP = re.compile(
    r"[Tt]he[ \u00a0]+(?:[A-Z][\w.’'&-]*[ \u00a0]+|[-–][ \u00a0]+){0,8}?" + _BODY_HEAD
    + r"(?:[ \u00a0]+(?:on|of|for)[ \u00a0]+(?:(?:[A-Z][\w’'&-]*|and|the)[ \u00a0]+){0,6}?[A-Z][\w’'&-]*)?[ \u00a0]*"
)
#: the name of a joint body: "Joint Committee", "Free Trade Commission", "TIFA Council", "Trade and
#: Investment Council", "the United States-Peru Commission" (two sides in its name)
_JOINT_BODY = re.compile(
    r"\b(?:Joint|Free[ \u00a0]+Trade|TIFA|Trade[ \u00a0]+and[ \u00a0]+Investment|Bilateral)[ \u00a0]+"
    r"(?:[A-Z][\w’'&-]*[ \u00a0]+){0,3}?" + _BODY_HEAD + r"\b|"
    r"\b[A-Z][\w.’'&]*[ \u00a0]?[-–][ \u00a0]?[A-Z][\w.’'&]*(?:[ \u00a0]+[A-Z][\w’'&-]*){0,4}?[ \u00a0]+" + _BODY_HEAD + r"\b"
)
#: a body an agreement sets up under its joint body: "the Labor Affairs Council", "the Committee on
#: Trade in Goods", "the Sub-Committee on Customs", "the Environmental Affairs Council"
_SUB_BODY = re.compile(
    r"\b(?:(?:Labor|Labour|Environment|Environmental)[ \u00a0]+Affairs[ \u00a0]+Council|(?:Sub-?[Cc]ommittee|Committee|Council)[ \u00a0]+on[ \u00a0]+[A-Z])"
)
#: a named body (capitalised words before its head noun), for what a bare "the Commission" names
_NAMED_BODY = re.compile(r"(?:[A-Z][\w.’'&-]*[ \u00a0]+|[-–][ \u00a0]+|and[ \u00a0]+)+(" + _BODY_HEAD + r")\b")
#: a meeting to come as subject: "The next meeting (of the Council)", "The third round of talks"
_NEXT_MEETING = re.compile(
    r"[Tt]he[ \u00a0]+(?:next|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[ \u00a0]+(?:(?:annual|ministerial|plenary)[ \u00a0]+)?(?:meeting|round|session)s?\b[^,;:]{0,120}?"
)
#: a view or a welcome of the body ("The Joint Committee noted that ..."): no act of its members
_VIEW_VERB = re.compile(r"(?:not|welcom|stress|emphasi[sz]|underscor|recogni[sz]|acknowledg|express|highlight|believ|valu)(?:e|es|ed|ing)?\b")
_AUX_TAIL = re.compile(r"(?:[ \u00a0]+(?:will|shall|would|has|have|had|also|then|further|now|jointly|formally|officially))*[ \u00a0]*$")


def joint_body(text: str, s0: int, t_start: int) -> bool | None:
    """Whether the trigger's subject is a joint body of the text's sides (False: the body
    itself acts, "the Commission signed") or a meeting to come (True: a joint activity, "The
    next meeting will take place"); None when it is neither (the module docstring)."""
    np0 = text.rfind(", ", s0, t_start)
    start = np0 + 2 if np0 >= 0 else s0
    while start < t_start and text[start] in " \t\u00a0\n•*-":
        start += 1
    if t_start - start > 200 or text[start : start + 1] not in ("T", "t"):
        return None  # a body or a meeting opens with "The"/"the"
    end = _AUX_TAIL.search(text, start, t_start).start()
    if end <= start or end - start > 160:
        return None
    if _NEXT_MEETING.fullmatch(text, start, end):
        return True
    m = _BODY_NP.fullmatch(text, start, end)
    if m is None or _VIEW_VERB.match(text, t_start):
        return None
    words = text[start:end].split()
    if len(words) == 2 or (len(words) == 3 and words[1] == "Joint"):  # "the Commission", "the Joint Committee": the body named last
        head = words[-1].rstrip("s")
        last = None
        for named in _NAMED_BODY.finditer(text, max(0, start - 3000), start):
            if named.group(1).rstrip("s") == head and named.group().split()[0] not in ("The", "This", "That"):
                last = named  # (not another bare "The Commission")
        return False if last is not None and _JOINT_BODY.search(text, last.start(), last.end()) else None
    if not (_JOINT_BODY.search(text, start, end) or _SUB_BODY.search(text, start, end)):
        return None  # "The Senate Finance Committee": a body of one side
    return False if _JOINT_BODY.search(text) else None


#: what joins the two of a pair at a sentence's start: "and", titles of the second ("and Ambassador")
_PAIR_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+(?:[A-Z][\w.’'-]*[ \u00a0]+){0,6}")
#: the titles before the first of a pair at a sentence's start: "Minister", "U.S. Trade Representative"
_PAIR_OPENING = re.compile(r"[\s\u00a0“\"‘]*(?:(?:[A-Z][\w.’'-]*|of|for|and|the)[ \u00a0]+){0,8}")


def pair_before(text: str, mentions: list[_Mention], m_starts: list[int], s0: int, country: dict[str, str]) -> list[str]:
    """For a sentence opening with "They": the two actors of different countries that open
    the sentence before it in the same paragraph (or its clause after a fronted phrase),
    joined by "and" ("Minister A and Ambassador B discussed X."), else []."""
    if not text.startswith("They ", s0):
        return []
    line = text.rfind("\n", 0, s0) + 1
    p0 = max(text.rfind(". ", line, s0 - 2) + 2, line) if s0 - line > 2 else line
    if p0 >= s0:
        return []
    i = bisect_left(m_starts, p0)
    if i + 1 >= len(mentions) or mentions[i + 1].end > s0:
        return []
    a, b = mentions[i], mentions[i + 1]
    comma = text.rfind(", ", p0, a.start)
    if comma >= 0:
        p0 = comma + 2  # after a fronted phrase: "In addition to X, Minister A and Ambassador B discussed"
    if not (_PAIR_OPENING.fullmatch(text, p0, a.start) and _PAIR_AND.fullmatch(text, a.end, b.start)):
        return []
    if not country.get(a.party) or not country.get(b.party) or country[a.party] == country[b.party]:
        return []
    return [a.party, b.party]


#: between a country and the actors after it: "Government officials and officials from the Governments of"
_OFFICIALS_AND = re.compile(
    r"[ \u00a0]+(?:[Gg]overnment[ \u00a0]+)?(?:officials|representatives|delegations?|negotiators)[ \u00a0]+and[ \u00a0]+"
    r"(?:(?:senior|other|high-level)[ \u00a0]+)?(?:officials|representatives|delegations?|negotiators)[ \u00a0]+(?:from|of)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[Gg]overnments?[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)?"
)


def officials_and(text: str, mentions: list[_Mention], t_start: int, actors: list[str]) -> list[str]:
    """``actors`` plus the country of a group coordinated before them ("U.S. officials and
    officials from A and B"): a mention followed by :data:`_OFFICIALS_AND` that ends right
    where an actor's mention starts ("the Governments of" inside it is no actor)."""
    starts = {m.start: m.party for m in mentions if m.start < t_start}
    for m in mentions:
        if m.start >= t_start:
            break
        if m.party in actors or m.party == _BOTH:
            continue
        g = _OFFICIALS_AND.match(text, m.end)
        if g is not None and starts.get(g.end()) in actors:
            return sorted({*actors, m.party})
    return actors


#: a joint activity as a complement's purpose or object: "continue their work to strengthen
#: cooperation", "resume negotiations early in 2001", "pursue talks soon"
_JOINT_PURPOSE = re.compile(
    r"[\s\u00a0]*(?:to[ \u00a0]+)?(?:(?:continue|further)[ \u00a0]+)?(?:"
    r"(?:(?:their|its|our|the)[ \u00a0]+)?(?:joint[ \u00a0]+)?(?:work|efforts?)[ \u00a0]+(?:together[ \u00a0]+)?to[ \u00a0]+"
    r"(?:[a-z]+ly[ \u00a0]+)?(?:strengthen|deepen|enhance|expand|broaden|promote|advance|intensify|build)[ \u00a0]+"
    r"(?:(?:their|the|bilateral|mutual|economic|closer)[ \u00a0]+){0,2}(?:cooperation|collaboration|partnership|engagement)|"
    r"(?:resume|continue|pursue|launch|open|start|begin|hold)[ \u00a0]+(?:(?:the|their|bilateral|formal|further)[ \u00a0]+){0,2}"
    r"(?:negotiations|talks|discussions|consultations|dialogue)[ \u00a0]+(?:early|soon|later|shortly|promptly|again)"
    r")\b"
)


def joint_purpose(complement: str) -> bool:
    """Whether the complement undertakes a joint activity the kind table misses (the module
    docstring): "to continue their work to strengthen cooperation", "to resume negotiations early"."""
    return _JOINT_PURPOSE.match(complement) is not None
