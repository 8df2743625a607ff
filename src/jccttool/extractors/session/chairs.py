"""The session's co-chairs: "co-chaired / led / chaired by", "X and Y co-chaired ...", a pair of
principals who "concluded / held" the meeting, delegation heads; names no party covers by their shape."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ...records import Party

#: "the" right before a capitalised pair: a region or a body, never a person ("for the Middle East")
_THE_BEFORE = re.compile(r"\b[Tt]he[\s\u00a0]+$")
_THE_WORDS = frozenset({"the ", "The ", "the\u00a0", "The\u00a0"})
_CO_CHAIR_BEFORE = re.compile(
    r"\b(?:co-chaired|to (?:co-)?chair the|served as (?:the )?co-chair(?:s|men|man|persons)?|were (?:the )?co-chair(?:s|men)?|co-chair(?:ed)? the|led|chaired|"
    r"(?:is|was) the (?:[\w.-]+ ){0,4}co-chair(?:man|person|woman)?|served as (?:the )?(?:lead|head|chief)|"
    r"represented the [\w.’'-]+ side)\b"
)
_CO_CHAIR_AFTER = re.compile(r"\b(?:[Hh]osted|[Cc]o-chaired|[Cc]haired|[Ll]ed|[Hh]eaded)(?: on the [\w.-]+(?: [\w.-]+){0,2} side)? by\b"
                             # inverted: "Co-chaired the meeting were X, Head of ..., and Y, Assistant to ..."
                             r"|\b(?:[Cc]o-chair(?:ed|ing)|[Cc]hair(?:ed|ing)) (?:the|this) (?:meeting|session|talks|dialogue|round) (?:were|was)\b")
#: a pair of principals as the subject of the meeting: "X and Y concluded / held / opened the JCCT"
_CO_CHAIR_PAIR = re.compile(r"\b(?:concluded|held|opened|convened|co-hosted|hosted|closed)\b")
#: "held a bilateral meeting": the session itself when the document names no forum
_BILATERAL_MEETING = re.compile(r"[\s\u00a0]+a[\s\u00a0]+bilateral[\s\u00a0]+meeting\b")
#: the object of a pair cue names the meeting within five words ("held the second Strategic Economic
#: Dialogue"), not talks or a call ("held talks on the margins of ...")
_PAIR_OBJECT = re.compile(
    r"[\s\u00a0]+(?!(?:talks|discussions|consultations|a[\s\u00a0]+(?:phone|call|telephone|press|dinner|bilateral))\b)"
    r"(?:[\w.&’'-]+[\s\u00a0]+){0,4}?(?:[\w.&’'-]+[\s\u00a0]+)?"
    r"(?:[Mm]eeting|[Ss]ession|[Pp]lenary|[Rr]ound|dialogue|Dialogue|Commission|Forum|Committee|JCCT|SED|S&ED|CED|delegation)\b"
)
#: the subject of a chair cue starts after the last reporting verb or relative word before it:
#: "Secretary X said the JCCT had led to ..." has no chair
_SUBJECT_BREAK = re.compile(r".*\b(?:said|says|stated|noted|added|told|announced|that|which)\b", re.S)
_CHAIR_CONTEXT = re.compile(r"\b(?:co-chair\w*|JCCT|SED|S&ED|Commission|Dialogue|[Mm]eeting|[Ss]ession|discussions|delegations?|talks|side|"
                            r"Forum|Committee|Working Group|plenary|round|served as (?:the )?(?:lead|head|chief))\b")
#: the principals' joint statement: "are pleased to release the following Joint Statement", "issued a joint statement"
_RELEASE_JOINT = re.compile(r"\b(?:releas(?:e|ed|es)|issu(?:e|ed|es))[\s\u00a0]+(?:the[\s\u00a0]+following[\s\u00a0]+|a[\s\u00a0]+|this[\s\u00a0]+)?"
                            r"(?:[\w.-]+[\s\u00a0]+){0,2}?[Jj]oint[\s\u00a0]+(?:[Ss]tatement|[Pp]ress[\s\u00a0]+[Rr]elease|[Cc]ommuniqu[eé])")
#: the host of the meeting: "X hosted the meeting", "X this week hosted the ... Forum" (not "hosted by")
_HOSTED = re.compile(r"\bhosted\b(?![\s\u00a0]+by\b)")
#: between "hosted" and the forum's name: "the", a year ("hosted the 2024 U.S.-X Forum")
_HOSTED_GAP = re.compile(r"[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:19|20)\d\d[\s\u00a0]+)?")
#: the meeting as the subject of "was attended by": its principals (only when no chair is named)
_ATTENDED_BY = re.compile(r"\b[Tt]he[\s\u00a0]+(?:[\w.’'-]+[\s\u00a0]+){0,3}?(?:meeting|[Mm]eeting|[Dd]ialogue|session|[Ss]ession)"
                          r"[\s\u00a0]+was[\s\u00a0]+attended[\s\u00a0]+by\b")
_NAMES_MEETING = re.compile(r"\b(?:meeting|session|plenary|round|[Dd]ialogue|[Ff]orum|[Cc]ommission|[Cc]ommittee|talks|delegations?)\b")
_POSSESSIVE = re.compile(r"[’']s?\b")
#: "X welcomed Y for the annual ... Forum": host and guest of the meeting
_WELCOMED_FOR = re.compile(r"\b(?:welcomed|hosted|received)\b(?P<guest>(?:[^.;]|(?<=[A-Z])\.){0,160}?)\bfor the\b")  # "U.S." inside
#: "X held the second round of the Dialogue with Y": the counterpart after "with"
_HELD_WITH = re.compile(r"\b(?:held|convened|co-hosted|opened)\b")
_WITH_CHAIR = re.compile(r"(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.)*?\bwith\b")
#: "X met ... with Y", "X's meeting today with Y", a title's "X on Meeting with Y": host and counterpart
_MET_WITH = re.compile(r"\b(?:met|meets|[Mm]eeting|[Mm]eets)\b[^.;,]{0,40}?\bwith\b")
#: a sentence naming a delegation's head: "The U.S. delegation was led by ...", "... led the Kenyan delegation"
_DELEGATION_HEAD = re.compile(r"\b[Dd]elegations?[\s\u00a0]+(?:was|were)[\s\u00a0]+(?:co-)?(?:led|headed|chaired)[\s\u00a0]+by\b"
                              r"|\bled[\s\u00a0]+the[\s\u00a0]+(?:[\w.’'-]+[\s\u00a0]+){0,2}?delegation\b")
#: guests named by their office only: "with senior U.S. officials", "with his counterparts", "with a delegation"
_UNNAMED_GUESTS = re.compile(r"[\s\u00a0]+(?:(?:the|his|her|their|a|an)[\s\u00a0]+)?(?:[\w.’'-]+[\s\u00a0]+){0,3}?"
                             r"(?:officials|counterparts?|delegations?|representatives)\b")
#: "held (upon invitation) with": the call or talks named before, its host before "held"
_HELD_UPON = re.compile(r"\bheld[\s\u00a0]+(?:(?:upon|at|on)[\s\u00a0]+(?:the[\s\u00a0]+)?invitation[\s\u00a0]+)?with\b")
_MEETING_NOUN = re.compile(r"\b(?:[Mm]eeting|[Mm]eetings)\b")
#: the delegations a "led" leads: "led their respective delegations", "led the U.S. delegation"
_DELEGATIONS = re.compile(r"[\s\u00a0]+(?:their|the|its|his|her)[\s\u00a0]+(?:respective[\s\u00a0]+)?(?:[\w.’'-]+[\s\u00a0]+){0,2}?delegations?\b")
_DELEGATED = re.compile(r"\b(?:(?:representatives?|envoys?|behalf)\s+of|(?:joined|accompanied)\s+by)\b[^,;]*$", re.I)
#: the co-chairs named after their label: "U.S. Co-Chairs Secretary X and Minister Y were joined by ...",
#: "We, the co-chairs of the Council, X, Y and Z, held ..."
_CO_CHAIRS_LABEL = re.compile(r"\b[Cc]o-[Cc]hair(?:s|men|persons)\b")
#: where the names after the label end: the clause's verb, an infinitive, a guest ("joined by"), a stop
_LABEL_STOP = re.compile(r"\b(?:were|was|are|is|to|who|joined|accompanied|met|held|hosted|said|will|would|have|has|"
                         r"agreed|discussed|co-chaired|led|opened|concluded|welcomed)\b|;|(?<![A-Z])\.(?:[\s\u00a0]|$)")


def _starts_within(starts: list[int], s: int, e: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``[s, e)``."""
    i = bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


# --------------------------------------------------------------------------- co-chairs no party covers

#: a capitalised token of a name: "Piyush", "Ramírez", "O’Hara", an initial "W.", a family name in
#: capitals "ONO"
_NAME_TOKEN = re.compile(r"[A-Z](?:[’'][A-Z])?[a-zà-öø-ÿ’']+(?:-(?:[A-Z][a-zà-öø-ÿ’']+|[a-z]{1,3}\b))*|[A-Z]\.|[A-Z]{2,}(?![a-z])")
#: what may join two tokens of one name: a space, or one or two particles between spaces ("Carneiro de Mendonça",
#: "Luz Maria de la Cruz")
_NAME_JOIN = re.compile(r"[ \u00a0](?:(?:de|da|do|dos|das|di|du|van|von|der|den|del|la|le|bin|ibn|al|el)[ \u00a0]){0,2}")
_HONORIFICS = frozenset({"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "H.E.", "Honorable", "Honourable", "Sri",
                         "Shri", "Excellency", "His", "Her", "Madam", "Sir"})


#: office words the title tables leave out, never a name's first token ("General Counsel Kerry")
_MORE_TITLE_WORDS = frozenset({"Counsel", "Adviser", "Advisor", "Officer", "Head", "Leader", "Delegation", "Side",
                               "Relations", "Affairs", "Republic"})


@cache
def _title_words() -> frozenset[str]:
    """Words of titles, offices and countries (``resources/titles.json``): never part of a name."""
    from ...resources.rules import titles

    t = titles()
    words = set(_HONORIFICS) | _MORE_TITLE_WORDS
    for group in (t.title_heads, t.title_modifiers, t.title_bodies, t.title_domains, t.body_heads,
                  list(t.country_words), t.name_stopwords):
        for phrase in group:
            words.update(w for w in re.split(r"[\s\u00a0-]+", phrase) if w[:1].isupper())
    return frozenset(words)


@cache
def _domain_word_set() -> frozenset[str]:
    """The domain words of offices (``resources/titles.json``: "Tourism", "Industry"): never a given name."""
    from ...resources.rules import titles

    t = titles()
    return frozenset(w for phrase in (*t.domain_words, *t.title_domains) for w in phrase.split() if w[:1].isupper())


@cache
def _country_word_set() -> frozenset[str]:
    """The country words of ``resources/titles.json`` ("German", "Chinese", "Mexico")."""
    from ...resources.rules import titles

    return frozenset(titles().country_words)


@cache
def _vietnamese_surnames() -> frozenset[str]:
    from ...resources.rules import titles

    return frozenset(titles().vietnamese_surnames)


@cache
def _title_head_words() -> frozenset[str]:
    from ...resources.rules import titles

    return frozenset(w for phrase in titles().title_heads for w in phrase.split())


@cache
def _title_head_ends() -> frozenset[str]:
    """The last word of each title head ("Representative" of "Trade Representative", "Minister")."""
    from ...resources.rules import titles

    return frozenset(phrase.split()[-1] for phrase in titles().title_heads)


def _singular(token: str) -> str:
    """A plural title word in its singular ("Presidents" -> "President", "Ministers" -> "Minister")."""
    return token[:-1] if len(token) > 4 and token.endswith("s") and token[:-1] in _title_words() else token


def _is_title_word(token: str) -> bool:
    token = _singular(token)
    return token in _title_words() or all(part in _title_words() for part in token.split("-") if part)


#: words that open an office after a name and comma: ", Head of the ... Department", ", Assistant to the ..."
_OFFICE_OPENERS = frozenset({"Head", "Assistant", "Chief", "Senior", "Advisor", "Adviser"})
#: ", Deputy Prime Minister", ", the United States Trade Representative": a title right after a name
_COMMA_TITLE = re.compile(r",[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.’'-]*[\s\u00a0]+){0,4}?")


def _names_in(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Persons named in ``text[lo:hi]`` by their shape alone, outside every party mention (``taken``):
    a name of 2 tokens (3 with a middle initial) after a title ("Minister of Commerce and Industry
    Piyush Goyal"), after an honorific ("Mr. ONO Keiichi", "the Honorable Mike Pence"), or before a
    comma and a title ("Mr. Taro Aso, Deputy Prime Minister")."""
    out = []
    runs: list[list[re.Match]] = []
    particle_runs: set[int] = set()  # runs joined by a particle keep every token of the name
    for m in _NAME_TOKEN.finditer(text, lo, hi):
        join = text[runs[-1][-1].end() : m.start()] if runs else ""
        if runs and _NAME_JOIN.fullmatch(join):
            runs[-1].append(m)
            if len(join) > 1:
                particle_runs.add(len(runs) - 1)
        else:
            runs.append([m])
    starts = [a for a, _ in taken]
    for r, run in enumerate(runs):
        tokens = [m.group() for m in run]
        k = 0
        titled = False
        while k < len(tokens) and _is_title_word(tokens[k].rstrip(".")) | (tokens[k] in _HONORIFICS):
            titled = titled or _singular(tokens[k].rstrip(".")) in _title_head_words() or tokens[k] in _HONORIFICS \
                or any(part in _title_head_words() for part in tokens[k].split("-"))
            k += 1
        last_title = max((j for j in range(k, len(tokens)) if _is_title_word(tokens[j].rstrip("."))), default=None)
        if last_title is not None and len(tokens) - last_title - 1 >= 2:
            # "... Economic and Technological Affairs Pedro L. Carneiro": the name after the title's last word
            titled = titled or any(_singular(t.rstrip(".")) in _title_head_words() for t in tokens[: last_title + 1])
            k = last_title + 1
        first_name = last_title is not None and last_title >= 1 and len(tokens) - last_title == 2 \
            and tokens[last_title] in _country_word_set()
        if first_name:  # "Minister of Commerce, Industry, and Tourism German Umaña": a first name that is a country's word
            k = last_title
        name = run[k:]
        if len(name) < 2 or not first_name and any(_is_title_word(t.group()) for t in name):
            continue
        if k == 0 and re.search(r"\b(?:for|of|at|on)[\s\u00a0]+$", text[max(lo, run[0].start() - 5) : run[0].start()]) and (
                len(name) == 2 or _COMPANY_END.search(tokens[-1])):
            continue  # "Director General for FTA Negotiation", "CEO of Varian Widget Systems": a title's domain or body
        if k == 0 and _THE_BEFORE.search(text, max(lo, run[0].start() - 4), run[0].start()):
            continue  # "for the Western Hemisphere", "for Europe and the Middle East": a region, not a person
        if r not in particle_runs or len(name) > 5:
            if len(name) == 3 and name[0].group() in _vietnamese_surnames():
                pass  # "Bui Huy Hung", "Nguyen Xuan Phuc": a Vietnamese name of three words, the family name first
            else:
                name = name[-3:] if len(name) >= 3 and re.fullmatch(r"[A-Z]\.", name[-2].group()) else name[-2:]
        if all(t.group().isupper() for t in name):
            continue  # "BEIJING", "WASHINGTON DC": a dateline
        ns, ne = name[0].start(), name[-1].end()
        titled = titled or _title_before(text[max(lo, ns - 120) : ns])
        after = _COMMA_TITLE.match(text, ne, min(hi, ne + 80))
        comma_title = after is not None and any(
            w.rstrip(".") in _title_head_words() or w in _OFFICE_OPENERS
            for w in re.findall(r"[\w.’'-]+", text[after.end() : min(hi, after.end() + 50)])[:4])  # "Assistant U.S. Trade Representative"
        if not (titled or comma_title):
            continue
        i = bisect_right(starts, ne) - 1
        if i >= 0 and taken[i][1] > ns and not (first_name and taken[i] == (ns, name[0].end())):
            continue  # inside a party's mention (not the country word that is a first name: "German Umaña")
        out.append((ns, ne, text[ns:ne]))
    return out


#: the last word of a company's name: "Varian Medical Systems", "Acme IT Solutions"
_COMPANY_END = re.compile(r"^(?:Systems|Solutions|Technologies|Industries|Holdings|Partners|Enterprises|Company|Corporation|Inc|Corp|Ltd|LLC|Group|Bank)$")


_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on", "at", ","})


def _title_before(before: str) -> bool:
    """The words right before a name are a title: back over capitalised words and connectors to a
    title's head or an honorific ("Secretary of Finance and Public Credit", "Mr.", "the Honorable")."""
    words = re.findall(r"[\w.’'-]+|,", before)
    for w in reversed(words[-12:]):
        bare = _singular(w.rstrip("."))
        if bare.islower() and bare.capitalize() in _title_head_words() and w is words[-1]:
            return True  # a title in lower case right before the name: "vice commerce minister Wang Shouwen"
        if bare in _title_head_words() or w in _HONORIFICS or bare in _HONORIFICS or \
                any(part in _title_head_words() for part in bare.split("-")):
            return True
        if not (w[:1].isupper() or w in _CONNECTORS):
            return False
    return False


def _person_slug(name: str) -> str:
    from ..parties.common import slug

    return slug(name)


#: where a clause of names ends: a comma before a lower-case word ("and" and "or" only before another
#: clause with its own verb: "led by X, and the US officials included Y"; not "Energy, and the Environment X"),
#: a semicolon, the stop
_CLAUSE_END = re.compile(r",[\s\u00a0]+(?=[a-z])(?!(?:and|or)\b)|,[\s\u00a0]+(?:and|or)[\s\u00a0]+(?=(?:the|its|their|his|her)[\s\u00a0]+"
                         r"(?:[\w.’'-]+[\s\u00a0]+){0,3}?(?:included|includes|include|were|was|are|is|comprised|had)\b)"
                         r"|;|\.[\s\u00a0]*$|$")
#: where the counterpart after "with" ends: a stop (not the dots of "U.S."), a comma before a lower-case word,
#: an infinitive ("with Vice Premier X to build on ...")
_WITH_END = re.compile(r";|(?<!\b[A-Z])\.|,[\s\u00a0]+(?=[a-z])|[\s\u00a0]+to[\s\u00a0]+(?=[a-z])|$")


# ~190 lines: one walk over the opening's sentences whose co-chair cues (in priority order) share the
# person mentions, the names found by shape and the sentence's meeting context; each cue is a few lines
def _co_chairs(text: str, sentences: list[tuple[int, int]], ctx,
               forum_spans: list[tuple[int, int]] = (), unnamed: bool = False) -> tuple[list[str], list[Party]]:
    """(co-chair party ids in text order, the persons among them no party covers). ``unnamed``: the
    meeting has no named forum, so a sentence that tells it held ("X met with Y", "X and Y met",
    "held a phone call with") names it."""
    from .forum import _unnamed_meeting

    # every person mention in text order: a cue looks only at the mentions that start in its range;
    # a possessive ("President Xi Jinping's special representative") is not a chair
    # a "person" after "the" is a region of a title ("Assistant Trade Representative for the Western Hemisphere")
    people = sorted((ms, me, p.id) for p in ctx.parties if p.type == "person" for ms, me in p.mentions
                    if not _POSSESSIVE.match(text, me) and text[max(0, ms - 4) : ms] not in _THE_WORDS)
    taken = sorted((ms, me) for p in ctx.parties for ms, me in p.mentions)
    forum_starts = [ms for p in ctx.parties if p.type == "forum" for ms, _ in p.mentions]
    new_names: dict[str, str] = {}

    names_meeting = False  # whether the sentence at hand names the meeting (then a name no party covers may chair it)

    def starting_in(lo: int, hi: int) -> list[tuple[int, int, str]]:  # lo <= start <= hi
        found = people[bisect_left(starts, lo) : bisect_right(starts, hi)]
        for ns, ne, name in _names_in(text, lo, hi, taken) if names_meeting else ():  # names no party covers
            pid = _person_slug(name)
            new_names.setdefault(pid, name)
            found.append((ns, ne, pid))
        return sorted(found)

    def host_and_guest(s: int, e: int, cue: int, with_start: int) -> list[tuple[int, str]]:
        """"X held / met ... with Y": the persons of the subject before ``cue`` (after a reporting
        verb, never a delegate "on behalf of") and those after "with", both or neither."""
        brk = _SUBJECT_BREAK.match(text, s, cue)
        host = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                if me <= cue and not _DELEGATED.search(text[s:ms])]
        with_end = with_start + _WITH_END.search(text[with_start:e]).start()
        guest = [(ms, pid) for ms, me, pid in starting_in(with_start, with_end) if me <= with_end]
        return host + guest if host and guest else []

    starts = [ms for ms, _, _ in people]
    forum_all = sorted(forum_starts + [fs for fs, _ in forum_spans])

    chairs: list[tuple[int, str]] = []
    for s, e in sentences:
        sent = text[s:e]
        in_forum = _starts_within(forum_all, s, e)
        held = _unnamed_meeting(text, s, e) if unnamed else None
        if not (in_forum or held or _CHAIR_CONTEXT.search(sent)):
            continue
        names_meeting = in_forum or held is not None or _NAMES_MEETING.search(sent) is not None
        for m in _CO_CHAIR_AFTER.finditer(sent):
            clause_end = s + m.end() + (_CLAUSE_END.search(sent[m.end() :]).start())
            for ms, me, pid in starting_in(s + m.end(), clause_end):
                if me <= clause_end:
                    chairs.append((ms, pid))
        sentence_names_meeting = names_meeting
        for m in _CO_CHAIRS_LABEL.finditer(sent):
            # "U.S. Co-Chairs Secretary X, Secretary Y and Ambassador Z were joined by EU Co-Chairs ...":
            # the label names the meeting's chairs, so a name no party covers may be one
            names_meeting = True
            stop = _LABEL_STOP.search(sent, m.end())
            label_end = s + (stop.start() if stop else len(sent))
            chairs.extend((ms, pid) for ms, me, pid in starting_in(s + m.end(), label_end) if me <= label_end)
        names_meeting = sentence_names_meeting
        for m in _CO_CHAIR_PAIR.finditer(sent):
            # "Secretary X and Vice Premier Y concluded the S&ED": two principals as the subject
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                       if me <= cue and not _DELEGATED.search(text[s:ms])]
            obj = s + m.end()
            names_forum = any(obj < fs <= obj + 40 and len(text[obj:fs].split()) <= 4 for fs in forum_starts)
            if len({pid for _, pid in subject}) >= 2 and " and " in text[subject[0][0] : cue] \
                    and (names_forum or _PAIR_OBJECT.match(sent, m.end())
                         or unnamed and _BILATERAL_MEETING.match(sent, m.end())):
                chairs.extend(subject)  # (under no forum, "X and Y held a bilateral meeting" is the session)
        for m in _WELCOMED_FOR.finditer(sent):
            # "Lighthizer welcomed Indian Minister ..., Sri Suresh Prabhu, for the annual ... Forum (TPF)"
            after = s + m.end()
            if not any(after <= fs <= after + 60 for fs in forum_starts) and not _PAIR_OBJECT.match(sent, m.end()):
                continue
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            host = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue) if me <= cue]
            guest = [(ms, pid) for ms, me, pid in starting_in(s + m.start("guest"), s + m.end("guest"))
                     if me <= s + m.end("guest")]
            if host and guest:
                chairs.extend(host + guest)
        for m in _HELD_WITH.finditer(sent):
            # "Mr. Taro Aso, Deputy Prime Minister, ... held the second round of the Dialogue with Mike Pence"
            if not _PAIR_OBJECT.match(sent, m.end()) and not any(
                    s + m.end() < fs <= s + m.end() + 40 for fs in forum_starts):
                continue
            w = _WITH_CHAIR.match(sent, m.end())
            if not w:
                continue
            chairs.extend(host_and_guest(s, e, s + m.start(), s + w.end()))
        for m in _MET_WITH.finditer(sent):
            # "X met in Lisbon today with Minister Y for the first ministerial meeting", "X on Meeting with Y"
            if not (in_forum or held or _NAMES_MEETING.search(sent) or _MEETING_NOUN.search(sent)):
                continue
            chairs.extend(host_and_guest(s, e, s + m.start(), s + m.end()))
        talk = held if unnamed else _unnamed_meeting(text, s, e)
        if talk is not None and unnamed and talk.group().startswith("in"):
            # "reached in a phone conversation X, ..., held upon invitation with Y and Z": the call's host and guests
            h = _HELD_UPON.search(text, talk.end(), e)
            if h:
                names_meeting = True
                chairs.extend(host_and_guest(s, e, h.start(), h.end()))
                names_meeting = sentence_names_meeting
        if talk is not None and not talk.group().startswith(("met", "in")):
            # "X held a wide-ranging discussion today with Y (under the TIFA)", "X held a phone call with Y"
            w = _WITH_CHAIR.match(text, talk.end(), e)
            if w and w.end() - talk.end() <= 40:
                names_meeting = True
                pair = host_and_guest(s, e, talk.start(), w.end())
                if not pair and unnamed and _UNNAMED_GUESTS.match(text, w.end(), e):
                    # "X held a video conference with senior U.S. officials": the host alone, the guests unnamed
                    brk = _SUBJECT_BREAK.match(text, s, talk.start())
                    pair = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, talk.start())
                            if me <= talk.start() and not _DELEGATED.search(text[s:ms])][:1]
                chairs.extend(pair)
                names_meeting = sentence_names_meeting
        if held is not None and held.group().startswith("met") and not _MET_WITH.match(text, held.start()):
            # a meeting under no named forum: "X and Y met on Monday" (both), "X met Y today" (host and guest)
            cue = held.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                       if me <= cue and not _DELEGATED.search(text[s:ms])]
            if len({pid for _, pid in subject}) >= 2 and " and " in text[subject[0][0] : cue]:
                chairs.extend(subject)
            elif subject:
                chairs.extend(host_and_guest(s, e, cue, held.end()))
        for m in _HOSTED.finditer(sent) if "hosted" in sent else ():
            # "X hosted the meeting, and Y led the Colombian delegation", "X hosted the 2024 ... Forum (AGOA Forum)":
            # the host of the meeting is its chair (never "hosted a dinner", "hosted by")
            if not (_PAIR_OBJECT.match(sent, m.end()) or any(
                    s + m.end() < fs <= s + m.end() + 60 and _HOSTED_GAP.fullmatch(text, s + m.end(), fs) for fs in forum_all)):
                continue
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            chairs.extend((ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue)
                          if me <= cue and not _DELEGATED.search(text[s:ms]))
        meeting_named = names_meeting
        for m in _CO_CHAIR_BEFORE.finditer(sent):
            if sent[m.end() : m.end() + 3] == " by":
                continue
            # a chairing verb makes its subject a chair by itself; "led" only with the meeting or a delegation named
            names_meeting = meeting_named or m.group() != "led" or _DELEGATIONS.match(sent, m.end()) is not None
            cue = s + m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject_start = brk.end() if brk else s
            # "... led the 24th JCCT with Chinese Vice Premier Wang Yang": the counterpart after "with"
            w = _WITH_CHAIR.match(sent, m.end())
            with_start = s + w.end() if w else None
            with_end = with_start + _WITH_END.search(text[with_start:e]).start() if w else None
            for ms, me, pid in starting_in(subject_start, cue):
                if me <= cue and not _DELEGATED.search(text[s:ms]):
                    chairs.append((ms, pid))
            if with_start is not None:  # after the cue, so never a mention of the range before
                for ms, me, pid in starting_in(with_start, with_end):
                    if me <= with_end:
                        chairs.append((ms, pid))
    if not chairs:
        # no chair named: the two principals who issue the meeting's joint statement ("X and Y are
        # pleased to release the following Joint Statement, which outlines the results of the meeting")
        for s, e in sentences:
            m = _RELEASE_JOINT.search(text, s, e)
            if not m:
                continue
            names_meeting = True
            cue = m.start()
            brk = _SUBJECT_BREAK.match(text, s, cue)
            subject = [(ms, pid) for ms, me, pid in starting_in(brk.end() if brk else s, cue) if me <= cue]
            # a pair of principals only: the ministers of a trilateral or regional commission who release its
            # statement together are its members, not two co-chairs
            if len({pid for _, pid in subject}) == 2 and " and " in text[subject[0][0] : cue]:
                chairs.extend(subject)
                break
    if not chairs:
        # no chair named: the principals who attended the meeting ("The meeting was attended by
        # Minister X and Foreign Minister Y (from the Japanese side), as well as ...")
        for s, e in sentences:
            m = _ATTENDED_BY.search(text, s, e)
            if m:
                names_meeting = True
                chairs.extend((ms, pid) for ms, me, pid in starting_in(m.end(), e) if me <= e)
                break
    # a person's mention cut short of the name the text gives ("Julio [Jose Prado]", "L. [Daniel Mullaney]", "C.[J.
    # Mahoney]", "[Koh Lin]-Net"): the chair is the person of the whole name
    ends = {(ms, p.id): me for p in ctx.parties if p.type == "person" for ms, me in p.mentions} if chairs else {}
    fuller: list[tuple[int, str]] = []
    for ms, pid in chairs:
        me = ends.get((ms, pid)) or (ms + len(new_names[pid]) if pid in new_names and text.startswith(new_names[pid], ms) else None)
        span = _fuller_name(text, ms, me) if me is not None else None
        if span is not None:
            name = text[span[0] : span[1]]
            pid = _person_slug(name)
            new_names.setdefault(pid, name)
        fuller.append((ms, pid))
    chairs = fuller
    out: list[str] = []
    for _, pid in sorted(chairs):
        if pid not in out:
            out.append(pid)
    persons = []
    for pid in out:
        if pid in new_names:
            name = new_names[pid]
            mentions = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
            country = next((c for a, b in mentions if (c := _person_country(text, a, b))), None)
            persons.append(Party(id=pid, name=name, type="person", country=country, mentions=mentions))
    # a bilateral meeting whose other chairs all sit on one side: a chair of unknown country sits on the other
    sides = sorted({p.country for p in ctx.parties if p.type == "country" and p.country})
    by_id = {p.id: p.country for p in ctx.parties} | {p.id: p.country for p in persons}
    known = {by_id.get(pid) for pid in out} - {None}
    if len(sides) == 2 and len(known) == 1 and known < set(sides):
        other = next(c for c in sides if c not in known)
        persons = [p if p.country else p.model_copy(update={"country": other}) for p in persons]
    return out, persons


#: initials right before a name: "L. ", "C." (of "C.J. Mahoney")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[\s\u00a0]?){1,3}$")
#: a given name right before a name, after a comma, "and", "by" or a line start: ", Julio [Jose Prado]"
_GIVEN_BEFORE = re.compile(r"(?:^|[,;][\s\u00a0]+|\b(?:and|by|with)[\s\u00a0]+)(?P<given>[A-Z][a-zà-öø-ÿ]+)[\s\u00a0]+$")
#: the rest of a hyphened name right after a mention: "Koh Lin[-Net]"
_HYPHEN_REST = re.compile(r"-[A-Z][a-zà-öø-ÿ]+\b")


def _fuller_name(text: str, ms: int, me: int) -> tuple[int, int] | None:
    """The whole name around a person's mention cut short (``ms``-``me``), or None when the mention is whole:
    initials or a given name before it, the rest of a hyphened name after it."""
    ns, ne = ms, me
    init = _INITIALS_BEFORE.search(text, max(0, ms - 9), ms)
    if init:
        ns = init.start()
    else:
        given = _GIVEN_BEFORE.search(text, max(0, ms - 30), ms)
        word = given.group("given") if given else None
        if word and not _is_title_word(word) and word not in _HONORIFICS and word not in _country_word_set() \
                and word not in _domain_word_set():
            ns = given.start("given")
    rest = _HYPHEN_REST.match(text, me)
    if rest:
        ne = rest.end()
    return (ns, ne) if (ns, ne) != (ms, me) else None


@cache
def _country_codes() -> dict[str, str]:
    """Country words of ``resources/titles.json`` ("Indian", "Japanese", "Mexico") and the gazetteer's country
    names and aliases ("Kenya", "Kenyan") -> ISO code."""
    from ...resources.rules import gazetteer, party_by_id, titles

    by_id = party_by_id()
    # a country, or a union that is a side of its own ("European Union", "EU": its code its acronym)
    out = {n: p.country for p in gazetteer() if p.country and (p.type == "country" or p.acronym == p.country)
           for n in (p.name, *p.aliases, *([p.acronym] if p.acronym else []))}
    # a government body's acronym in a title gives its country too: "Deputy USTR Jeffrey Roe"
    out.update({p.acronym: p.country for p in gazetteer()
                if p.country and p.type == "government_body" and p.acronym and p.acronym not in out})
    out.update({w: by_id[pid].country for w, pid in titles().country_words.items() if pid in by_id and by_id[pid].country})
    return out


#: the title after a name and its comma, up to the next name or the clause's end: ", Head of the ... Office"
_TITLE_AFTER = re.compile(r",[\s\u00a0]+(?P<title>[A-Z][^,;]{0,100}?)(?=[\s\u00a0]+and[\s\u00a0]+[A-Z]|[,;]|\.(?:[\s\u00a0]|$)|$)")
#: the side a person speaks for after the name: "represented the Japanese side", "(from the U.S. side)",
#: "chaired the meeting for Mexico"
_SIDE = re.compile(r"\bthe[\s\u00a0]+(?P<side>[\w.]+(?:[\s\u00a0][A-Z][\w.]*)?)[\s\u00a0]+side\b|\bfor[\s\u00a0]+(?:the[\s\u00a0]+)?"
                   r"(?P<for>[A-Z][\w.]*(?:[\s\u00a0][A-Z][\w.]*)?)")
#: the side of a delegation named before its head: "The Kenyan delegation was led by"
_DELEGATION_OF = re.compile(r"\b[Tt]he[\s\u00a0]+(?P<side>[A-Z][\w.]*(?:[\s\u00a0][A-Z][\w.]*)?)[\s\u00a0]+delegation\b")
_SENTENCE_STOP = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.[\s\u00a0]|;")


def _person_country(text: str, ns: int, ne: int) -> str | None:
    """The country of a person no party covers: a country word in the title right before the name
    ("Indian Minister of Commerce and Industry Piyush Goyal"), else the side the sentence names after
    it ("... represented the Japanese side", "... chaired the meeting for Mexico"), else None."""
    codes = _country_codes()
    title_after = _TITLE_AFTER.match(text, ne)
    if title_after:  # "X, Head of the Vietnamese Government Office's ...", "Y, Assistant to the US Trade Representative"
        for w in re.findall(r"[\w.’'-]+", title_after.group("title")):
            bare = re.sub(r"[’']s$", "", w)
            if bare in codes:
                return codes[bare]
    words = re.findall(r"[\w.’'-]+|,", text[max(0, ns - 120) : ns])
    head_seen = False
    for w in reversed(words[-14:]):
        bare = re.sub(r"[’']s$", "", w)
        if bare in codes:
            return codes[bare]
        if w == "without":
            continue  # "Minister without portfolio": inside the title
        if head_seen and (w in _CONNECTORS or not w[:1].isupper()):
            break
        if _singular(w.rstrip(".")) in _title_head_ends() or any(p in _title_head_ends() for p in w.split("-")) or (
                w.islower() and _singular(w.capitalize()) in _title_head_ends()):  # "vice commerce minister"
            head_seen = True
        elif w.islower() and w.capitalize() in _title_words():
            continue  # a title written in lower case in part: "Minister without portfolio"
        elif not (w[:1].isupper() or w in _CONNECTORS):
            break
    start = max([0, *(m.end() for m in _SENTENCE_STOP.finditer(text, max(0, ns - 300), ns))])
    for m in _DELEGATION_OF.finditer(text, start, ns):  # "The Kenyan delegation was led by ... <name>"
        if m.group("side") in codes:
            return codes[m.group("side")]
    stop = _SENTENCE_STOP.search(text, ne, ne + 300)
    for m in _SIDE.finditer(text, ne, stop.start() if stop else min(len(text), ne + 300)):
        word = m.group("side") or m.group("for")
        for cand in (word, word.split()[0]):
            if cand in codes:
                return codes[cand]
    return None
