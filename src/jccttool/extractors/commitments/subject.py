"""The subject of a trigger: which actors agreed, confirmed, committed or announced
(the ``actors`` of a record), and who speaks a quotation.

The **actors** are the party mentions of ``ctx.parties`` (forums excluded) that form the
noun phrase right before the trigger — "China", "China's SFDA", "the Chinese vice premier
“personally", "The U.S. Department of Commerce and China's Ministry of Commerce" — with
only auxiliaries and adverbs ("has", "also", "will not") or a parenthetical (", under the
leadership of ...,") between it and the trigger, and a clause boundary before it
(sentence start, a comma closing a fronted phrase, "that", "said", ...). A mention after
a preposition ("exports to China will benefit") is not a subject.

Every conjunct of a coordinated subject is an actor ("U.S. Treasury Secretary Jacob J.
Lew and Chinese Vice Premier Wang Yang led", "A, B and C agreed"): the titles and country
adjective before a name belong to it; a list ends at a comma that closes a fronted phrase
("As the Special Representatives of President X and President Y, Secretary A and Vice
Premier B led": A and B only).

"The two sides", "both countries", "each side", "our two militaries/governments/
delegations", ... resolve to the document's two countries; "it"/"they" to the possessor
or clause subject of a fronted phrase ("In accord with China's obligations ..., it"),
else the previous sentence's actors, else the last mention that is not a mere modifier
("U.S. concerns"); "we" to both countries when the document is joint (a joint fact sheet,
or both countries mentioned and no one-sided speaker: not a news report, no
single-country issuer above the title, no "our Chinese counterparts" / "we pressed
China"), never inside a quotation (there it is the speaker's country, when one speaker
is found), else no record; a subject such as "A US-China government/industry program" (a
joint activity of both) to both countries.

The trigger may head a second predicate of the subject's clause: "the United States and
China share a mutual interest in X, and recognize that Y" (the first predicate opens
with a verb right after the subject; after "and" only auxiliaries or adverbs, no new
subject).

Readouts: a dateline with a dash ("Manila, Philippines -- ") or a bare agency credit
("(Agency) ") opens a subject; a group noun and its modifiers before "of"/"from" belong to
the actors after it ("Top trade negotiators from A and B", "Working groups of the two
sides"); "the negotiators", "the participants" and a clause-opening "participants" are both
sides; "they agreed/decided" with nothing to refer back to, or after a single named actor, is
the two sides (an agreement takes two); "we will each" / "we both" is both sides; "A, and B,
in a statement, said" keeps A and B; "“X and I will ...”" adds the quotation's speaker.

Joint-activity verbs ("discussed", "reviewed", "met") need two actors: a coordinated or
collective subject, or another party after "with"; else no record (:func:`_two_actors`).
"""

from __future__ import annotations

from functools import cache

from ...resources.rules import gazetteer
from ...text import fold_lower as _low
from .clause import _BOTH, Sentence, _Mention
from .committees import joint_body
from .conjuncts import _antecedent, _chains, _coordinated_gap, _np_tail_ok, _strip_tail_aux
from .patterns import (
    _AND_BARE_TITLE,
    _AND_I,
    _BARE_TITLES,
    _BLANK_LINE,
    _COLLECTIVE,
    _COLLECTIVE_SIDES,
    _COMPOUND_BOTH,
    _DATELINE_CREDIT,
    _DATELINE_DASH,
    _EACH,
    _EXPLETIVE_AGREED,
    _FINAL_WORD,
    _GENERIC_BODY,
    _GROUP_NOUN,
    _JOINT_NOUN,
    _JOINT_NOUN_END,
    _LIST_MARK,
    _MUTUAL_VERB,
    _ONE_LINE_BREAK,
    _PAIR_NAMED_SUBJECT,
    _PLAIN_WORD,
    _PRONOUN_OPENING,
    _PRONOUNS,
    _SPACED_DASH,
    _THEY_OPENS,
    _TITLE_WORD_BEFORE,
    _WE_APPOSITIVE,
    _WE_FACING,
    _WITH_BEFORE,
    _WORD,
    _word_matches,
)
from .speakers import _block_quote, _quoted
from .words import (
    _BOUNDARY_WORDS,
    _BULLET,
    _CLAUSE_WORDS,
    _DETERMINERS,
    _PREPOSITIONS,
    _SIDE_ORGANIZATIONS,
)

#: words one of which every match of ``_COLLECTIVE_SIDES`` holds
_SIDES_GATE = ("parties", "officials", "ministers", "our ", "countries", "governments", "nations", "sides", "delegations")


def _two_actors(text, actors, t_end, s1, mentions, country) -> bool:
    """Whether a joint-activity verb has two actors: a coordinated or collective subject,
    or a party of another actor after "with" ("China met with the United States")."""
    if _BOTH in actors or len(set(actors)) >= 2:
        return True
    for m in mentions:
        if t_end <= m.start and m.end <= s1 and m.party not in actors and m.party != _BOTH:
            if _WITH_BEFORE.search(text[t_end : m.start]):
                return True
    return False


def _gap_ok(gap: str) -> tuple[bool, bool]:
    """Whether the text between a subject mention and the trigger is allowed; negation."""
    words = _WORD.findall(gap)
    words, negated = _strip_tail_aux(words)
    if _SPACED_DASH.search(gap):
        return False, negated  # a dash between spaces ends the phrase: "Ambassador X - Joint note by ..."
    if words == [","]:
        return False, negated  # "... between China and the United States, and recognize"
    if words and words[-1] == ",":
        # a parenthetical after the subject: "China, under the leadership of ..., will"
        words = words[:-1]
        if "," in words:
            words = words[: words.index(",")]
        elif words:
            return False, negated
    return _np_tail_ok(words), negated


def _strip_left_np(left: str) -> str:
    """Remove determiners and title words that belong to the subject noun phrase."""
    prev = None
    while prev != left:
        prev = left
        last = _last_word(left)
        # "representatives of (the)": only tried when left ends with such a word, as the
        # search tries every position of left
        if last is not None and _low(left[last[0] : last[1]]) in ("of", "from", "the"):
            m = _GROUP_NOUN.search(left)
            if m:
                left = left[: m.start()]
                last = _last_word(left)
        if last is None:
            break
        start, end = last
        w = left[start:end]
        low = _low(w)
        if low in _DETERMINERS:
            left = left[:start]
        elif w[:1].isupper() and low not in _BOUNDARY_WORDS and not w.endswith((",", ":")):
            left = left[:start]  # a title: "Vice Premier and Member of the State Council"
        elif low in ("of", "and", "the", "for") and _TITLE_WORD_BEFORE.search(left, 0, start):
            left = left[:start]  # connector inside a title run, only if a capitalised word precedes it
    return left


def _last_word(left: str) -> tuple[int, int] | None:
    r"""(start, end) of the word ``[\w.’'-]+`` that ``left`` ends with, trailing spaces
    aside, if the start of ``left``, a space, an opening bracket or quote comes before it:
    the group of ``re.search(r"(?:^|(?<=[\s(“\"‘]))([\w.’'-]+)\s*$", left)``, found from
    the end instead of by a match attempt at every position."""
    end = len(left.rstrip())  # str.isspace() is re's \s, str.isalnum() or "_" its \w
    start = end
    while start and (left[start - 1].isalnum() or left[start - 1] in "_.’'-"):
        start -= 1
    if start == end or (start and not (left[start - 1].isspace() or left[start - 1] in "(“\"‘")):
        return None
    return start, end


def _left_is_boundary(left: str, words: frozenset[str] = _BOUNDARY_WORDS) -> bool:
    """Whether what stands left of a noun phrase ends a clause: nothing (a sentence or
    bullet start), a comma, colon, bracket, opening quote or dash, or one of ``words``."""
    stripped = left.rstrip(" \t\u00a0")
    if not stripped.strip(_BULLET + "“\"‘("):
        return True
    if _LIST_MARK.fullmatch(stripped):
        return True  # a numbered item: "4) China has signed ..."
    if stripped[-1] in ",;:(“\"‘—–":
        return True
    if _DATELINE_CREDIT.fullmatch(stripped):
        return True  # a dateline with its credit: "Seoul, (Agency) South Korea and ... agreed", "(Agency) A and B"
    if _DATELINE_DASH.search(stripped):
        return True  # a dateline's dash: "Manila, Philippines -- The United States and ... agreed"
    m = _FINAL_WORD.search(stripped)
    return bool(m) and _low(m.group(1)) in words


def _mentions(folded: str, parties) -> tuple[list[_Mention], dict[str, str]]:
    """Non-nested actor mentions in text order, plus party id -> country (``folded`` is
    the case-folded text)."""
    found: list[_Mention] = []
    country: dict[str, str] = {}
    for p in parties:
        if p.type == "forum":
            continue
        country[p.id] = p.country or ""
        for s, e in p.mentions:
            found.append(_Mention(s, e, p.id))
    for m in _word_matches(_COLLECTIVE, folded):
        found.append(_Mention(m.start(), m.end(), _BOTH))
    if any(w in folded for w in _SIDES_GATE):  # literal gate before the regex
        for m in _word_matches(_COLLECTIVE_SIDES, folded):
            found.append(_Mention(m.start(), m.end(), _BOTH))  # "the Parties", "Officials also agreed"
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue  # nested in or overlapping an earlier, longer mention
        kept.append(m)
    return kept, country


def _document_countries(parties) -> list[str]:
    """The document's two sides, as country party ids: China and the United States when
    both are named (the project's forums); else the two countries that weigh most, every
    mention of a country, of its officials and of its bodies counting for it ("President
    Obama" and "Prime Minister Singh" make a U.S.-India statement even if neither country
    is named, and a third country mentioned in passing weighs less), ties to the earlier.
    A U.S. or Chinese readout that names the other side's country once in passing ("assistance
    to Iraq") and its own not at all ("The President") has China and the United States as
    its sides. An organization that can be a side (the European Union, ``side_organizations``
    of ``resources/commitment_words.json``) counts like a country, under its party id."""
    weight: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    ids = {p.id for p in parties if p.type == "country"}
    sides = {p.id for p in parties if p.id in _SIDE_ORGANIZATIONS and p.mentions}
    for p in parties:
        code = p.id if p.id in sides else p.country  # an organization side counts under its id (whatever its code)
        if not code or not (p.mentions or p.type == "country"):
            continue
        at = tuple(p.mentions[0]) if p.mentions else (1 << 62, 0)  # a country the text names no longer counts last
        weight[code] = weight.get(code, 0) + len(p.mentions)
        first[code] = min(first.get(code, at), at)
    by_code = {**_country_ids(), **{s: s for s in sides}}
    if {"united-states", "china"} <= ids and not any(
        w > weight.get("CN", 0) for c, w in weight.items() if c not in ("CN", "US") and c in by_code
    ):
        return ["china", "united-states"]  # unless a third side outweighs China (a U.S.-Taiwan text naming China)
    ranked = sorted((c for c in weight if c in by_code), key=lambda c: (-weight[c], first[c], c))
    chosen = [by_code[c] for c in ranked[:2]]
    if len(chosen) == 2 and weight[ranked[1]] <= 1 and chosen[0] in ("china", "united-states"):
        chosen = chosen[:1]  # a country named once in passing is not a side: the other side is implicit
    for default in ("china", "united-states"):  # a U.S.-China document naming one side only
        if len(chosen) < 2 and default not in chosen and (not chosen or chosen[0] in ("china", "united-states")):
            chosen.append(default)
    return sorted(chosen)


@cache
def _country_ids() -> dict[str, str]:
    """Country code -> the gazetteer's country party id ("US" -> "united-states")."""
    out: dict[str, str] = {}
    for entry in gazetteer():
        if entry.type == "country" and entry.country:
            out.setdefault(entry.country, entry.id)
    return out


def _carried(text: str, previous_actors: list[str], adjacent: bool, previous_char: int, s0: int, previous_start: int = -1) -> list[str]:
    """The actors of the previous sentence that this one may refer back to: within one
    paragraph, or across a single line break when this line opens with "They"/"It", or
    across a blank line when this paragraph opens with "They", the previous one is that
    one sentence (a news report's one-sentence paragraphs) and its actors are plural."""
    if not adjacent or not previous_actors:
        return []
    if "\n" not in text[previous_char:s0]:
        return previous_actors
    if _ONE_LINE_BREAK.fullmatch(text, previous_char, s0) and _PRONOUN_OPENING.match(text, s0):
        return previous_actors
    if (len(set(previous_actors)) >= 2 and text.startswith("They ", s0) and _BLANK_LINE.fullmatch(text, previous_char, s0)
            and previous_start >= 0 and _opens_paragraph(text, previous_start)):
        return previous_actors
    return []


def _opens_paragraph(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a paragraph: only spaces before it on its line, and a blank
    line (or the start of the text) before that."""
    lo = max(0, pos - 200)
    before = text[lo:pos].rstrip(" \t\u00a0")
    if not before.strip():
        return True
    return before.endswith("\n") and before[:-1].rstrip(" \t\u00a0\r").endswith("\n")


# ~120 lines: the subject shapes in priority order, each a short branch over the same noun phrase
def _subject(text, sentence: Sentence, t_start, previous_actors, joint_document=lambda: False, speaker=None, titled=None, two_sides=False):
    """The actors of the noun phrase that is the trigger's subject, else None.
    ``text`` is the document text with the fixed phrases masked (:func:`.negation._mask_fixed_phrases`),
    ``sentence`` gives the bounds and actor mentions, ``previous_actors`` those "it"/"they"
    may refer back to (:func:`_carried`); ``joint_document()`` tells whether the document
    speaks for both countries, ``speaker(quoted)`` who speaks a quotation (:func:`_speaker`),
    ``titled(title, pos)`` the person last named before ``pos`` with that title ("the Secretary"),
    ``two_sides`` whether the document has two sides (a one-voice "we agreed" is both of them)."""
    s0, mentions = sentence.s0, sentence.mentions
    if text.startswith(("agreed ", "decided "), t_start) and _EXPLETIVE_AGREED.fullmatch(text, s0, t_start):
        return [_BOTH], False, False  # "It was agreed that a further round ...": both sides agreed
    if _WE_APPOSITIVE.match(text, s0, t_start) and joint_document():
        return [_BOTH], False, False  # "We, the co-chairs of ..., A, B and C, agreed": the joint voice
    before = [m for m in mentions if m.end <= t_start]
    pair = _pair_named_subject(text, s0, before, t_start)
    if pair is not None:
        actors, instrument = pair
        return actors, False, not instrument  # an agreement's undertaking is a pledge of both
    if before:
        # an appositive list closed by a comma: "The co-chairs, A, B, and C of China, agreed"
        words, negated = _strip_tail_aux(_WORD.findall(text, before[-1].end, t_start))
        if words == [","]:
            chains, seen_and = _chains(text, before, len(before) - 1)
            if seen_and and len(chains) > 1:
                for start, chain in reversed(chains[1:]):
                    if _left_is_boundary(_strip_left_np(text[s0:start])):
                        return chain, negated, False
    for k in range(len(before) - 1, -1, -1):
        head = before[k]
        gap = text[head.end : t_start]
        ok, negated = _gap_ok(gap)
        compound = text[head.start - 1 : head.start] in ("-", "–") or text[head.end : head.end + 1] in ("-", "–")
        if not ok and not compound:
            # "the U.S." is a noun phrase, not the modifier of "U.S. exports"
            noun = _low(text[max(s0, head.start - 4) : head.start]) == "the "
            ok, negated = _coordinated_gap(gap, text[head.start : head.end], noun)
        if not ok:
            continue
        if head.party == _BOTH and _low(text[head.start : head.start + 7]) == "neither":
            negated = True  # "Neither side will impose ..."
        if gap.lstrip().startswith(","):
            # "US, and Japan, in the joint statement, stated": a coordinated subject before a parenthetical
            chains, seen_and = _chains(text, before, k)
            if seen_and and len(chains) > 1 and _left_is_boundary(_strip_left_np(text[s0 : chains[-1][0]])):
                return chains[-1][1], negated, False
            # "China, under the leadership of ..., Wang Qishan, will": the subject is the
            # actor that opens the clause and is followed by a comma
            for k0 in range(k):
                m0 = before[k0]
                if text[m0.end : m0.end + 1] == "," and _left_is_boundary(_strip_left_np(text[s0 : m0.start])):
                    return [m0.party], negated, False
        chains, _ = _chains(text, before, k)
        tail = _AND_BARE_TITLE.fullmatch(text, head.end, t_start) if titled is not None else None
        other = titled(" ".join(tail.group(1).split()), s0) if tail else None
        if other is None and speaker is not None and _AND_I.fullmatch(text, head.end, t_start) and _quoted(text, s0, head.end):
            # "“Ambassador X and I will ...,” said Minister Y": Y speaks for his side (named here or
            # with an earlier quotation of the paragraph)
            line = text.rfind("\n", 0, s0) + 1
            other = speaker(True) or (speaker(True, line) if line < s0 else None)
        for start, chain in reversed(chains):
            if _left_is_boundary(_strip_left_np(text[s0:start])):
                # "Ambassador X and Secretary of State agreed": the title's holder joins
                return (sorted({*chain, other}) if other else chain), negated, False
        # not a subject here ("The Chinese delegation, led by Vice Premier Wang Yang, agreed"):
        # try the mentions further left
    # a pronoun subject: "..., it “assured the United States that ...", "we agreed ..."
    words_gap = text[s0:t_start]
    stripped, negated = _strip_tail_aux(_WORD.findall(words_gap))
    pronouns = list(_PRONOUNS.finditer(words_gap))
    pronoun = pronouns[-1] if pronouns else None  # the last one before the trigger
    coordinated = False
    if pronoun is not None and not (stripped and _low(stripped[-1]) in ("it", "they", "we")):
        # "we share an interest in X, and recognize that Y": a second predicate
        coordinated, negated2 = _coordinated_gap(words_gap[pronoun.end() :], pronoun.group())
        if coordinated and _left_is_boundary(_strip_left_np(words_gap[: pronoun.start()])):
            negated = negated2
        else:
            coordinated = False
    if coordinated or (stripped and _low(stripped[-1]) in ("it", "they", "we")):
        m = pronoun
        if m is None or not _left_is_boundary(_strip_left_np(words_gap[: m.start()])):
            return None
        t_word = _PLAIN_WORD.match(text, t_start)
        if _low(m.group()) == "we" and two_sides and (_EACH.match(words_gap, m.end()) or (t_word and _EACH.match(text, t_word.end()))):
            return [_BOTH], negated, False  # "We will each take measures", "we both agreed": each of the two sides
        if _low(m.group()) == "we":
            # first person plural inside one speaker's quotation (quotation marks with "X
            # said", or a paragraph introduced by "X said:") speaks for that speaker; else
            # for both sides only in a joint document
            quoted = _quoted(text, s0, s0 + m.start())
            if quoted or _block_quote(text, s0):
                who = speaker(quoted) if speaker is not None else None
                line = text.rfind("\n", 0, s0) + 1
                if not who and quoted and line < s0 and speaker is not None:
                    # a quotation of its own after one whose speaker was named: "“A,” X said. “We will B.”"
                    who = speaker(True, line)
                if who or quoted:
                    return ([who], negated, False) if who else None
            line = text.rfind("\n", 0, s0) + 1
            if line < s0 and _quoted(text, line, s0 + m.start()):
                # a quotation opened in an earlier sentence of the paragraph: its speaker,
                # named there ("“...,” said Ambassador X. “... we will ...")
                who = speaker(True, line) if speaker is not None else None
                if who:
                    return [who], negated, False
            if joint_document() or (two_sides and _MUTUAL_VERB.match(text, t_start) and not _WE_FACING.search(text)):
                return [_BOTH], negated, False  # "we agreed": an agreement binds both sides
            return None
        antecedent = _antecedent(text, s0, [x for x in before if x.end <= s0 + m.start()], previous_actors, _low(m.group()) == "they")
        if (two_sides and _low(m.group()) == "they" and _MUTUAL_VERB.match(text, t_start)
                and (not antecedent or (len(antecedent) == 1 and antecedent[0] != _BOTH))
                and _THEY_OPENS.search(words_gap, 0, m.start())):
            # "In addition, they agreed to ...", "A and <someone not found> met, where they agreed":
            # an agreement takes two, the text's two sides
            antecedent = [_BOTH]
        return (antecedent, negated, False) if antecedent else None
    if two_sides and (body := joint_body(text, s0, t_start)) is not None:
        return [_BOTH], negated, body  # "the Commission signed ...", "The next meeting will take place" (:mod:`.committees`)
    if titled is not None:
        bare = _bare_titles(text, s0, t_start, titled)
        if bare:
            return bare, negated, False
    return _generic_subject(text, s0, t_start, previous_actors, stripped, negated)


def _bare_titles(text: str, s0: int, t_start: int, titled) -> list[str] | None:
    """The persons a subject of bare titles names: "The Secretary and the Minister
    pledged" -> the person last named before with each title (``titled(title, s0)``), or
    None when one of them is not found."""
    np = text[s0:t_start]
    cut = np.rfind(", ")
    words, _ = _strip_tail_aux(_WORD.findall(np[cut + 2 :] if cut >= 0 else np))
    m = _BARE_TITLES.fullmatch(" ".join(words))
    if m is None:
        return None
    found = []
    for title in (m.group(1), m.group(2)):
        if title:
            who = titled(title, s0)
            if who is None:
                return None
            found.append(who)
    return found


def _pair_named_subject(text: str, s0: int, before: list, t_start: int) -> tuple[list[str], bool] | None:
    """(actors, whether it is an instrument) for a joint instrument or body named after
    both sides as the subject: "The United States-Japan Trade Agreement will eliminate ..."
    binds both (an instrument: its undertakings are pledges); "The U.S.-India CEO Forum
    will meet" is a joint body (a joint subject). Only pledges and plans count for either
    (:func:`jccttool.extractors.commitments.extract`): "the Agreement establishes
    high-standard rules" describes it."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if a.party == b.party or text[a.end : b.start] not in ("-", "–", "/", "-", " - ", " – "):
        return None
    named = _PAIR_NAMED_SUBJECT.fullmatch(text, b.end, t_start)
    if named is None or not _left_is_boundary(_strip_left_np(text[s0 : a.start])):
        return None
    return sorted({a.party, b.party}), named.group("instrument") is not None


def _generic_subject(text, s0, t_start, previous_actors, stripped, negated):
    """A subject that names no party (the end of :func:`_subject`): a generic body right
    after a commitment of the same paragraph (the previous actors), or a joint activity
    (both countries, a joint subject). ``stripped`` are the words before the trigger
    without the trailing auxiliaries, ``negated`` whether those had a negation."""
    # a generic body as subject, right after a commitment of the same paragraph:
    # "..., government agencies will further improve ..."
    if previous_actors:
        np0 = text[s0:t_start]
        cut0 = max(np0.rfind(", "), np0.rfind("; "))
        tail0, neg0 = _strip_tail_aux(_WORD.findall(np0[cut0 + 1 :] if cut0 >= 0 else np0))
        if tail0 and _GENERIC_BODY.fullmatch(" ".join(tail0)):
            return list(previous_actors), neg0, False
    # a joint activity as subject: "A US-China government/industry program ... will launch",
    # "The working group will meet"
    np = text[s0:t_start]
    cut = max(np.rfind(", "), np.rfind("; "))
    that = np.rfind(" that ")
    if that > cut:
        cut = that + 5  # "I am pleased to report that this week's talks established ..."
    np = np[cut + 1 :] if cut >= 0 else np
    if _COMPOUND_BOTH.search(np) and _JOINT_NOUN.search(" ".join(np.split()[:8])):
        return [_BOTH], negated, True
    words = [w for w in stripped if w not in "“”\"‘"]
    if cut >= 0:
        words = _WORD.findall(np)
        words, negated = _strip_tail_aux(words)
    if _joint_activity_np(_without_parentheses(words)):
        return [_BOTH], negated, True  # "The working group will", "The Dialogue (the “Dialogue”) reaffirmed"
    # a joint activity with a first predicate: "The Dialogue featured discussions on X, and reaffirmed ...",
    # at the sentence start or after a fronted phrase's comma
    full = text[s0:t_start]
    opens = [0] + [i + 2 for i in range(len(full) - 1) if full[i] == "," and full[i + 1] == " "][:2]
    for o in opens:
        found = list(_WORD.finditer(full, o))
        for i in range(1, min(6, len(found) - 1) + 1):
            head = [m.group() for m in found[:i]]
            if _joint_activity_np(head, bare=False):
                ok, negated2 = _coordinated_gap(full[found[i - 1].end() :], " ".join(head))
                if ok:
                    return [_BOTH], negated2, True
    return None


def _without_parentheses(words: list[str]) -> list[str]:
    """``words`` without the words inside round brackets ("The Dialogue (the Dialogue)")."""
    out, depth = [], 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(w)
    return out


def _joint_activity_np(words: list[str], bare: bool = True) -> bool:
    """Whether ``words`` are a noun phrase naming a joint activity or body ("The working
    group", "this week's talks", "Joint programs"); with ``bare``, also a lone plural such
    as "discussions" ("Next week, discussions will continue")."""
    return (
        1 <= len(words) <= 6
        and not any(_low(w) in _PREPOSITIONS or _low(w) in _CLAUSE_WORDS or w in ",;:" for w in words)
        and (_low(words[0]) in ("the", "this", "these", "future", "joint", "a", "an") or words[0][:1].isupper()
             or (bare and len(words) == 1))
        and bool(_JOINT_NOUN_END.search(" ".join(words[-2:])))
    )
