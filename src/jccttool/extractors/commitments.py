"""Commitments: who agreed, confirmed, committed to or announced what, one per sentence.

The spaCy pipeline marks trigger words (``resources/commitment_triggers.jsonl``, read
by the ``commitment_triggers`` span ruler) and sentences (``jcct_sentences``). For each
sentence the first trigger whose grammatical subject is an actor gives the record:

- **actors**: party mentions of ``ctx.parties`` (forums excluded) that form the noun
  phrase right before the trigger — "China", "China's SFDA", "the Chinese vice premier
  “personally", "The U.S. Department of Commerce and China's Ministry of Commerce" —
  with only auxiliaries and adverbs ("has", "also", "will not") or a parenthetical
  (", under the leadership of ...,") between it and the trigger, and a clause boundary
  before it (sentence start, a comma closing a fronted phrase, "that", "said", ...).
  A mention after a preposition ("exports to China will benefit") is not a subject.
  Every conjunct of a coordinated subject is an actor ("U.S. Treasury Secretary Jacob J.
  Lew and Chinese Vice Premier Wang Yang led", "A, B and C agreed"): the titles and
  country adjective before a name belong to it; a list ends at a comma that closes a
  fronted phrase ("As the Special Representatives of President X and President Y,
  Secretary A and Vice Premier B led": A and B only).
  "The two sides", "both countries", "each side", "our two militaries/governments/
  delegations", ... resolve to the document's two countries; "it"/"they" to the possessor or clause subject of a fronted phrase ("In
  accord with China's obligations ..., it"), else the previous sentence's actors, else
  the last mention that is not a mere modifier ("U.S. concerns"); "we" to both countries
  when the document is joint (a joint fact sheet, or both countries mentioned and no
  one-sided speaker: not a news report, no single-country issuer above the title, no
  "our Chinese counterparts" / "we pressed China"), never inside a quotation, else no
  record; a subject such as "A US-China government/industry program" (a joint activity
  of both) to both countries.
  A trigger word after a determiner or possessive ("China's support", "the launch") is a
  noun, after "to" an infinitive ("in order to support"): not a predicate.
  The trigger may head a second predicate of the subject's clause: "the United States and
  China share a mutual interest in X, and recognize that Y" (the first predicate opens
  with a verb right after the subject; after "and" only auxiliaries or adverbs, no new
  subject).
  Joint-activity verbs ("discussed", "reviewed", "met") need two actors: a coordinated or
  collective subject, or another party after "with"; else no record.
- **verb**: the trigger id up to its first "_" (``agree``, ``will``, ``establish``).
- **kind**, a small decision table on the trigger's label and the trigger's own
  complement (its head verb and that verb's object up to a preposition, comma or clause
  word; "to", adverbs and "endeavor to"-type verbs skipped), never a noun elsewhere in the
  sentence ("pledged to implement S&ED commitments, including those from the previous
  dialogues" is a pledge):

  ==========  =========================================================  ============
  label       condition                                                  kind
  ==========  =========================================================  ============
  CONFIRM     confirm, clarify, assure, state, reaffirm, explain, note,  affirmation
              acknowledge, emphasize, stress, express, believe, support
  COOPERATE   exchanged, had exchanges, discussed, reviewed, consulted,   cooperation
              cooperated, negotiated
  ACTION      "reach consensus/agreement" and the actors cover both      cooperation
              countries
  ACTION      two sides (or one and "with" the other): "held/conducted   cooperation
              talks/discussions/consultations/exchanges", "met ... to
              discuss", "are launching/conducting" a joint activity
  ACTION      otherwise: established, issued, held (a named event), met, action
              signed, launched, concluded, released, announced, led, ...
  PLEDGE      "agree" stating a view: "agreed on the importance of X",   affirmation
              "agree that X is important" (no modal in the clause)
  PLEDGE      actors cover both countries and the complement is a joint  cooperation
  PLAN        activity: a joint head verb (discuss, exchange, consult,
              negotiate, cooperate, work together, jointly ...) or an
              object headed by dialogue, exchange, meeting, seminar,
              roundtable, study, discussions, talks, negotiations,
              working group, cooperation, engagement, communication
              (also "memorandum of cooperation")
  PLEDGE      otherwise: will, agree, commit, intend, decide, pledge,    pledge
              undertake, "remain committed to", ...
  PLAN        "plans to", unless the sentence states a figure ($, million,
              percent) or sits in a context block: then not a commitment
  ==========  =========================================================  ============

- **negated**: a negation governing the trigger ("will not", "agreed not to", "no
  longer"); for CONFIRM triggers also one in the first verb group of the confirmed clause
  (or of each "and that" clause: "confirmed that it does not and will not maintain ...").
  A negation in a fronted phrase, a parenthetical or a relative clause ("rules that do
  not discriminate") does not count, nor one in a fixed phrase: "including but not
  limited to", "not only ... but also", "not least", "no later than", "not less than",
  "whether or not", "if not".
- **deadline**: the ``deadline``-role date of ``ctx.dates`` inside the sentence that is
  nearest to the trigger.

A sentence with no verbal record may state a commitment by a noun with a possessive actor
in object position, often inside a quote whose subject is the speaker: "We were able to
obtain China's commitment to accelerate its accession to the GPA", "I am pleased with
China's pledge to adhere to ..." (nouns commitment, pledge, promise, undertaking,
agreement + "to" + a verb; trigger id ``<verb>_noun``, label PLEDGE). Not when the noun
phrase opens its clause ("China's pledge to open its market drew attention"), sits in a
fronted phrase ("Building on China's 2010 commitment to join ..., "), is doubted or broken
("questioned", "failed to honor"), or "to" takes a noun ("commitment to technology
neutrality").

Context sentences (market facts) are rejected because their subject is not an actor
("20 percent of all U.S. exports to China will benefit"), because "will" is followed by
a market verb ("will continue to grow", "will benefit"), or, for "plans to" and "will",
because the segmenter marked the block ``context``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache


from ..text import fold_case, fold_lower as _low
from ..nlp import doc_text, sentences
from ..records import Commitment, DateRef
from ..resources.rules import trigger_labels as _labels

KIND = "commitments"
SPANS_KEY = "commitment_triggers"

_BOTH = "*both*"  # pseudo party id of "the two sides"

# ---------------------------------------------------------------- rule data


# ---------------------------------------------------------------- word classes

_ADVERBS = frozenset(
    """also further jointly both successfully again today recently formally now fully
    personally already hereby previously subsequently conditionally together mutually
    separately each all highly firmly strongly actively closely carefully officially
    publicly explicitly repeatedly therefore thus additionally furthermore moreover
    however similarly likewise then still continue continues continued to promptly
    quickly soon immediately in principle generally broadly collectively expressly
    specifically clearly unanimously just initially originally""".split()
)
_AUX = frozenset("has have had will would shall should can could may might must is are was were be been being do does did".split())
_NEG = frozenset("not never no longer n't".split())
_PREPOSITIONS = frozenset(
    """to of in from with for by on at between among than into under through during about
    over after before since until within without across against toward towards per via
    upon onto like including regarding concerning beyond""".split()
)
_CLAUSE_WORDS = frozenset(
    """that which who whom whose where when while if as because although though unless
    whether said says say is are was were be been has have had will would shall can could
    may must do does did not""".split()
)
_DETERMINERS = frozenset(
    "the a an both all relevant its their his her each other senior respective competent key".split()
)
_BOUNDARY_WORDS = frozenset(
    "that said says stated announced noted reported added and but while whereas then where".split()
)
_AGENT_NOUNS = frozenset(
    """government governments leadership leaders leader ministry ministries department departments
    agency agencies administration administrations authorities authority regulator regulators
    representatives representative officials official delegation delegations delegates side sides
    counterparts counterpart associations association industry industries companies company firms
    experts negotiators team teams premier minister ministers secretary president ambassador
    commission council bureau office court courts chairman co-chair co-chairs vice-premier
    trade-representative body bodies institutions institution regulatory sector""".split()
)
_GENERIC_BODY = re.compile(
    r"(?:(?:the|its|their|all|relevant|local|provincial|central|national|government|governmental|[Ss]tate)\s+)*"
    r"(?:government|governments|agencies|agency|authorities|ministry|ministries|regulators|departments)"
    r"(?:\s+at\s+all\s+levels)?",
    re.I,
)
_GROUP_NOUN = re.compile(
    r"(?:representatives?|officials?|delegations?|delegates?|leaders(?:hip)?|experts?|members?|"
    r"authorities|ministers?|regulators?|negotiators?|agencies|counterparts)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
#: "the two sides", "both countries", "each side": in the case-folded text, each found by
#: :func:`_word_matches` (which checks the opening ``\b``, so every alternative opens with a
#: literal word and ``re`` can skip ahead to the letters t, b, o, e, n)
_COLLECTIVE_NOUNS = (
    r"(?:sides|countries|governments|nations|parties|delegations|economies|"
    r"presidents|leaders|heads\s+of\s+state|co-?chairs|ministers|vice\s+premiers|militaries|armed\s+forces|"
    r"defense\s+(?:ministries|departments|establishments))\b"
)
_COLLECTIVE = re.compile(
    rf"the\s+two\s+{_COLLECTIVE_NOUNS}|both\s+{_COLLECTIVE_NOUNS}|our\s+two\s+{_COLLECTIVE_NOUNS}|"
    r"the\s+(?:presidents|leaders|heads\s+of\s+state|co-?chairs)\b|"
    r"each\s+(?:side|country|government|party)\b|neither\s+(?:side|country|government|party)\b"
)
_PRONOUN = re.compile(r"\b(?:it|they|It|They)\s*$")
_COMPOUND_BOTH = re.compile(
    r"\b(?:U\.?S\.?|United States|American?|America)\s?[-–/]\s?(?:China|Chinese|PRC)\b|"
    r"\b(?:China|Chinese|PRC)\s?[-–/]\s?(?:U\.?S\.?|United States|American?|America)\b|\bjoint\b|\bbilateral\b",
    re.I,
)
_JOINT_NOUN = re.compile(
    r"\b(?:programs?|programmes?|dialogues?|working groups?|roundtables?|seminars?|exchanges?|meetings?|"
    r"workshops?|symposi(?:um|a)|conferences?|initiatives?|projects?|partnerships?|forums?|activities)\b",
    re.I,
)
_JOINT_NOUN_END = re.compile(_JOINT_NOUN.pattern[:-3] + r")$", re.I)
_JOINT_ACTIVITY = re.compile(
    r"\b(?:hold|holding|convene|meet|meeting|meetings|discuss|discussing|discussions?|dialogues?|dialog|"
    r"exchanges?|seminars?|roundtables?|workshops?|symposi(?:um|a)|conferences?|study|studies|research|"
    r"engagement|engage|consult|consultations?|communications?|cooperation|cooperate|collaborate|"
    r"collaboration|together|jointly|joint|mutual|information-sharing|their work|negotiations?|negotiate|talks|"
    r"working groups?|programs?|programmes?|forums?|"
    r"U\.?S\.?[-–]China|China[-–]U\.?S\.?)\b",
    re.I,
)
_FIGURE = re.compile(r"\$|\bRMB\b|\b(?:million|billion|trillion|percent)\b|%")
_MARKET_AFTER_WILL = re.compile(
    r"^\s*(?:(?:also|likely|further|probably|soon)\s+)?(?:continue\s+to\s+)?"
    r"(?:grow|increase|rise|decline|fall|reach(?!\s+(?:\w+\s+)?(?:consensus|agreements?|understandings?)\b)|become|benefit|account|exceed|total|"
    r"be\s+(?:the|a|an|worth|expected|likely|able|home|among))\b",
    re.I,
)
#: a trigger word right after these is a noun ("China's support", "the release of", "our pledge")
_DESCRIBED_AS = re.compile(r"[^.;:,\n]*?(?<!well )\bas\b(?![\s\u00a0]+(?:well|part|follows)\b)")
_NOUN_BEFORE = frozenset("'s ’s the a an its their his her our this these those such any every press".split())
#: nouns a confirmed "that" clause can hang on: "its commitment that ...", "its position that ..."
_CONFIRM_NOUNS = frozenset("commitment commitments position view understanding assurance assurances pledge policy principle fact".split())
_PASSIVE_BEFORE = frozenset("was were be been being is are".split())
#: fixed phrases whose "not"/"no" negates nothing: a list, a deadline, a bound, a condition
#: (case-folded text, whole words by :func:`_word_matches`, as :data:`_COLLECTIVE`)
_BOUND = r"(?:later|earlier|sooner|less|fewer|more)"
_FIXED_PHRASES = re.compile(
    r"(?:including,?\s+but\s+not\s+limited\s+to|not\s+only|not\s+least|whether\s+or\s+not|if\s+not|"
    rf"not\s+to\s+mention|no\s+{_BOUND}\s+than|not\s+{_BOUND}\s+than|not\s+exceeding)\b"
)
#: trigger verbs of an activity two actors do together: they need two actors ("the two
#: sides discussed", "China met with the United States"), else no record
_JOINT_VERBS = frozenset("discuss review meet".split())
#: inherently joint head verbs of a complement ("agreed to discuss", "will consult")
_JOINT_HEAD_VERB = re.compile(
    r"(?:discuss|exchang|consult|cooperat|collaborat|meet|met$|negotiat|engag|confer|talk|partner)\w*$", re.I
)
#: head nouns of a joint activity or of cooperation ("hold a seminar", "deepen cooperation")
_JOINT_HEAD_NOUN = re.compile(
    r"(?:dialogues?|dialogs?|exchanges?|meetings?|seminars?|roundtables?|workshops?|symposi(?:um|a)|conferences?|"
    r"forums?|study|studies|discussions?|talks|consultations?|negotiations?|cooperation|collaboration|engagement|"
    r"coordination|communications?|partnerships?|working\s+groups?|(?:dialogue|consultation|cooperation|"
    r"exchange|communication|coordination)\s+(?:mechanisms?|channels?|platforms?|framework|programs?|programmes?))$",
    re.I,
)
#: an adjunct of the complement naming the joint frame: "with continued engagement between
#: ... experts", "with a U.S.-China government/industry program"
_WITH_JOINT = re.compile(
    r"(?<!consistent )(?<!line )(?<!accordance )(?<!compliance )(?<!conformity )\bwith\s+"
    r"(?:(?:[\w.’'/-]+\s+){0,4}?(?:engagement|cooperation|collaboration|coordination|consultations?|dialogues?)\b|"
    r"(?:[\w.’'/-]+\s+){0,2}?(?:U\.?S\.?[-–]China|China[-–]U\.?S\.?|joint|bilateral)\s+(?:[\w.’'/-]+\s+){0,3}?"
    r"(?:programs?|programmes?|initiatives?|projects?|working\s+groups?|dialogues?|mechanisms?)\b)",
    re.I,
)
#: nouns after "of" that still make the object a joint one: "memorandum of cooperation"
_COOPERATION_NOUN = frozenset("cooperation collaboration engagement coordination partnership".split())
#: discussion nouns that make a past "held"/"conducted"/"had" a joint activity, not an event
_DISCUSSION = re.compile(
    r"\s*(?:(?!the\b|of\b)[a-z-]+,?\s+){0,3}?(?:talks|discussions?|consultations?|exchanges?|conversations?)\b"
)
#: verbs before "to" that pass the complement on: "will endeavor to complete", "continue to"
_CATENATIVE = frozenset(
    """endeavor endeavour seek strive work aim try begin start continue hope plan intend agree decide
    commit undertake promise pledge make take""".split()
)
_CLAUSE_STOP = frozenset(
    """that which who whom whose where when while if as because although though unless whether
    is are was were be been will would shall should can could may must including""".split()
)
_WORD = re.compile(r"[\w.’'&/-]+|[(),“”\"‘:;]")
_BULLET = " \t\u00a0\n\r•*·▪‣◦-–—"


def _verb(trigger_id: str) -> str:
    return trigger_id.split("_", 1)[0]


def _word_matches(pattern: re.Pattern, folded: str) -> Iterator[re.Match]:
    r"""``finditer`` of ``pattern`` with a ``\b`` before it, in ``folded`` (:func:`fold_case`).

    The boundary is checked here rather than written into the pattern: a pattern that opens
    with ``\b`` makes ``re`` try a full match at every character, one whose alternatives
    all open with a literal lets it skip to their first letters. The matches are the same:
    a candidate that does not start a word is skipped and the search goes on one character
    further, as ``finditer`` would."""
    search, pos = pattern.search, 0
    while (m := search(folded, pos)) is not None:
        start = m.start()
        if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):  # re's \w
            pos = start + 1
            continue
        yield m
        pos = m.end()


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


_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.’'-]+\s+){0,3}$")


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


# ---------------------------------------------------------------- helpers on text


def _normalise(text: str) -> str:
    # str.replace scans fast; a translate table would look up every character.
    # split() also splits at no-break spaces, so they need no replacing first.
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return _low(" ".join(text.split()))


def commitment_id(actors: list[str], sentence: str) -> str:
    """``c-`` + 12 hex of sha256 over the sorted actor ids and the normalised sentence."""
    key = ",".join(sorted(_low(a.strip()) for a in actors)) + "|" + _normalise(sentence)
    return "c-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


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


def _gap_ok(gap: str) -> tuple[bool, bool]:
    """Whether the text between a subject mention and the trigger is allowed; negation."""
    words = _WORD.findall(gap)
    words, negated = _strip_tail_aux(words)
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


_TITLE_WORD_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")


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


_FINAL_WORD = re.compile(r"([\w’']+)$")


def _left_is_boundary(left: str, words: frozenset[str] = _BOUNDARY_WORDS) -> bool:
    """Whether what stands left of a noun phrase ends a clause: nothing (a sentence or
    bullet start), a comma, colon, bracket, opening quote or dash, or one of ``words``."""
    stripped = left.rstrip(" \t\u00a0")
    if not stripped.strip(_BULLET + "“\"‘("):
        return True
    if stripped[-1] in ",;:(“\"‘—–":
        return True
    m = _FINAL_WORD.search(stripped)
    return bool(m) and _low(m.group(1)) in words


# ---------------------------------------------------------------- the extractor


class _Mention:
    __slots__ = ("start", "end", "party")

    def __init__(self, start: int, end: int, party: str):
        self.start, self.end, self.party = start, end, party


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
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue  # nested in or overlapping an earlier, longer mention
        kept.append(m)
    return kept, country


def _document_countries(parties) -> list[str]:
    countries = [p for p in parties if p.type == "country"]
    ids = {p.id for p in countries}
    if {"united-states", "china"} <= ids:
        return ["china", "united-states"]
    ranked = sorted(countries, key=lambda p: (-len(p.mentions), p.mentions[0] if p.mentions else (0, 0), p.id))
    chosen = [p.id for p in ranked[:2]]
    for default in ("china", "united-states"):  # a U.S.-China document naming one side only
        if len(chosen) < 2 and default not in chosen and (not chosen or chosen[0] in ("china", "united-states")):
            chosen.append(default)
    return sorted(chosen)


def _context_spans(ctx) -> list[tuple[int, int]]:
    spans = []
    for section in ctx.sections:
        for block in section.blocks:
            if block.role == "context":
                spans.append(tuple(block.span))
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _BULLET:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def extract(doc, ctx) -> Iterator[Commitment]:
    """Yield one :class:`Commitment` per sentence whose subject actor has a trigger."""
    text = doc_text(doc)
    labels = _labels()
    found_spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ()
    # longest first among triggers that start together ("had deep exchanges" over "had")
    triggers = sorted(
        ((span.start_char, span.end_char, span.id_ or span.label_, span.start, span.end) for span in found_spans),
        key=lambda t: (t[0], -t[1], t[2]),
    )
    nominals = list(_NOMINAL.finditer(text))  # "China's commitment to accelerate ..."
    if not triggers and not nominals:
        return
    folded = fold_case(text)
    mentions, country = _mentions(folded, ctx.parties)
    masked = _mask_fixed_phrases(text, folded)  # "not only", "no later than", ...: never a negation
    m_starts = [m.start for m in mentions]
    both = _document_countries(ctx.parties)
    context = _context_spans(ctx)
    # whether "we" is both countries: asked only for a "we" subject, so found at most once then
    joint_document = cache(lambda: _joint_document(ctx, both, country, folded))
    speakers = {p.id: p.type for p in ctx.parties if p.type in _SPEAKER_TYPES}
    # "we" in one speaker's quotation is the speaker's country ("said Vice Premier X" -> China)
    nations = {p.country: p.id for p in ctx.parties if p.type == "country" and p.country}
    deadlines = sorted((d for d in ctx.dates if d.role == "deadline"), key=lambda d: tuple(d.span))
    d_starts = [d.span[0] for d in deadlines]
    t_starts = [t[0] for t in triggers]
    n_starts = [m.start() for m in nominals]
    previous_actors: list[str] = []
    previous_end = previous_char = -1

    for sent_start, sent_end, sent_start_char, sent_end_char in sentences(doc):
        s0, s1 = _sentence_bounds(text, sent_start_char, sent_end_char)
        if s0 >= s1:
            continue
        lo, hi = bisect_left(t_starts, s0), bisect_left(t_starts, s1)
        nlo, nhi = bisect_left(n_starts, s0), bisect_left(n_starts, s1)
        if lo == hi and nlo == nhi:
            continue
        sent_mentions = mentions[bisect_left(m_starts, s0) : bisect_left(m_starts, s1)]
        sent_mentions = [m for m in sent_mentions if m.end <= s1]
        found = None
        for t_start, t_end, t_id, tok_start, tok_end in triggers[lo:hi]:
            label = labels.get(t_id)
            if label is None or t_end > s1:
                continue
            if not _trigger_ok(doc, text, t_start, t_end, tok_start, tok_end, s0, label, sent_mentions):
                continue
            if label in ("PLAN", "PLEDGE") and _verb(t_id) in ("plan", "will") and _inside(context, t_start):
                continue
            if label == "PLAN" and _FIGURE.search(text, s0, s1):
                continue
            if _verb(t_id) == "will" and _MARKET_AFTER_WILL.match(text[t_end : t_end + 60]):
                continue
            if _verb(t_id) == "describe" and _DESCRIBED_AS.match(text, t_end, min(s1, t_end + 80)):
                continue  # a characterisation, not an act: "described the talks as frank"
            subject = _subject(
                masked, s0, t_start, sent_mentions,
                _carried(text, previous_actors, previous_end == sent_start, previous_char, s0),
                joint_document,
                lambda quoted, s0=s0, s1=s1, sm=sent_mentions: _speaker(text, s0, s1, sm, quoted, mentions, m_starts, speakers, nations, country),
            )
            if subject is None:
                continue
            actors, negated, joint_subject = subject
            if joint_subject and label not in ("PLEDGE", "PLAN"):
                continue
            if _verb(t_id) in _JOINT_VERBS and not _two_actors(text, actors, t_end, s1, sent_mentions, country):
                continue  # "reviewed", "discussed", "met": an activity of two actors
            found = (t_start, t_end, t_id, label, actors, negated, joint_subject)
            break
        if found is None and nlo < nhi:
            found = _nominal(text, s0, s1, nominals[nlo:nhi], sent_mentions)
        if found is None:
            continue
        t_start, t_end, t_id, label, actors, negated, joint_subject = found
        ids = sorted({a for x in actors for a in (both if x == _BOTH else [x])})
        countries = {country.get(a) or a for a in ids}
        if not negated:
            negated = _negated_after(masked, t_end, s1, label)
        kind = _kind(text, label, _verb(t_id), t_end, s1, sent_mentions, ids, countries, joint_subject, both, country, text[t_start:t_end], t_id)
        sentence = text[s0:s1]
        previous_actors, previous_end, previous_char = ids, sent_end, s1
        yield Commitment(
            id=commitment_id(ids, sentence),
            actors=ids,
            verb=_verb(t_id),
            kind=kind,
            negated=negated,
            deadline=_deadline(deadlines, d_starts, s0, s1, t_start),
            text=sentence,
            span=(s0, s1),
            rule=t_id,
        )


#: a nominal commitment with a possessive actor: "obtain China's commitment to accelerate
#: ...", "pleased with China's pledge to adhere to ...", "the two sides' agreement to hold"
_NOMINAL = re.compile(
    # the apostrophe first, then the look-behind: re skips ahead to apostrophes
    r"['’](?<=[\w.]['’])s?[ \u00a0]+"
    r"(?:(?:[A-Z][\w&.-]*|\d{4}|firm|new|clear|formal|explicit|renewed|strong|public|written|important)[ \u00a0]+){0,2}"
    r"(?P<noun>commitments?|pledges?|promises?|undertakings?|agreement)[ \u00a0]+(?:not[ \u00a0]+)?to[ \u00a0]+"
    r"(?:(?:[a-z]+ly|further|also|jointly|both)[ \u00a0]+)?(?P<verb>[a-z]+)(?![\w’'-])[ \u00a0]*(?P<next>[\w’'-]+|[^\w\s])?"
)
#: noun -> trigger id (its verb is the part before "_")
_NOMINAL_VERB = {"commitment": "commit_noun", "pledge": "pledge_noun", "promise": "promise_noun",
                 "undertaking": "undertake_noun", "agreement": "agree_noun"}
#: words after the verb that make it one: a determiner or possessive of its object, an adverb
_NOMINAL_NEXT = frozenset(
    "the a an its their his her our all any these this those such further more additional new both".split()
)
#: verbs often committed to in fact sheets: with these a plain object or preposition suffices
#: ("to provide national treatment", "to adhere to openness", "to cooperate with")
_NOMINAL_VERBS = frozenset(
    """accelerate accept achieve address adhere adopt advance allow amend apply approve avoid build cease
    complete conclude consider consult continue cooperate create cut deepen develop eliminate encourage end
    enforce engage enhance ensure establish expand explore facilitate grant guarantee hold implement improve
    increase intensify issue join launch lift lower maintain negotiate notify open participate permit phase
    promote protect provide publish pursue reach reduce refrain remove resolve resume revise seek share
    simplify stop streamline strengthen submit support take treat undertake upgrade work""".split()
)
#: a nominal commitment someone doubts or breaks is not reported as made
_NOMINAL_DOUBT = re.compile(r"\b(?:question\w*|doubt\w*|skeptic\w*|sceptic\w*|undermin\w*|reneg\w*|abandon\w*|violat\w*|breach\w*|fail\w*|backtrack\w*)\b", re.I)


#: a fronted adverbial phrase: a nominal commitment inside it is background, not news
_FRONTED = re.compile(
    r"[\s“\"‘(•*·-]*(?:[A-Z][a-z]+ing|In|Under|Consistent|Following|Given|As|With|Per|Pursuant|According|Based|"
    r"Despite|After|Before|Since|Upon|On|Through|To|Recalling|Noting)\b"
)
_CLAUSE_OPENERS = frozenset("and but while whereas that then where which".split())


def _opens_clause(left: str) -> bool:
    """Whether a noun phrase after ``left`` opens a clause (is a subject): sentence start,
    a comma, colon or opening quote, or a conjunction / "that" before it."""
    return _left_is_boundary(left, _CLAUSE_OPENERS)


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


#: a paragraph that opens with a pronoun subject continues the one before it ("They will also ...")
_PRONOUN_OPENING = re.compile(r"(?:They|It)[ \u00a0]")
_ONE_LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")


def _carried(text: str, previous_actors: list[str], adjacent: bool, previous_char: int, s0: int) -> list[str]:
    """The actors of the previous sentence that this one may refer back to: within one
    paragraph, or across a single line break when this line opens with "They"/"It"."""
    if not adjacent or not previous_actors:
        return []
    if "\n" not in text[previous_char:s0]:
        return previous_actors
    if _ONE_LINE_BREAK.fullmatch(text, previous_char, s0) and _PRONOUN_OPENING.match(text, s0):
        return previous_actors
    return []


def _trigger_ok(doc, text, t_start, t_end, tok_start, tok_end, s0, label, mentions) -> bool:
    """Reject trigger words that are not predicates here."""
    first = doc[tok_start].text
    if first[:1].isupper() and t_start > s0 and not first.isupper():
        return False  # "United States", "State Council", "Special Support Program"
    if any(m.start < t_end and t_start < m.end for m in mentions):
        return False  # inside a party name
    before = _low(doc[tok_start - 1].text) if tok_start > 0 else ""
    if before in _NOUN_BEFORE:
        return False  # a noun: "China's support for", "the launch of", "a press release"
    if before == "to" and (tok_start < 2 or _low(doc[tok_start - 2].text) not in ("continue", "continues", "continued")):
        return False  # an infinitive, never the predicate: "in order to support"
    last = _low(doc[tok_end - 1].text)
    if label in ("ACTION", "CONFIRM", "COOPERATE") and (last.endswith("ed") or last in ("held", "led", "made", "met")):
        before2 = _low(doc[tok_start - 2].text) if tok_start > 1 else ""
        if before in _PASSIVE_BEFORE or (before in _ADVERBS and before2 in _PASSIVE_BEFORE):
            return False  # passive: "was held", "were successfully signed"
    if last.endswith("ing") and _low(first) not in ("is", "are"):
        return False  # a gerund, not "is collaborating"
    nxt = _low(doc[tok_end].text) if tok_end < len(doc) else ""
    if nxt == "by" and label in ("ACTION", "CONFIRM", "COOPERATE") and last.endswith("ed"):
        return False  # reduced passive: "structure led by Wang Qishan"
    if (label == "ACTION" and tok_end - tok_start == 1 and last.endswith("ed") and before == ","
            and nxt in ("on", "in", "at", "during")):
        return False  # a participle after a comma: "Memorandum between A and B, signed on May 1"
    return True


_PRONOUNS = re.compile(r"\b(?:it|they|we)\b", re.I)


def _subject(text, s0, t_start, mentions, previous_actors, joint_document=lambda: False, speaker=None):
    """The actors of the noun phrase that is the trigger's subject, else None.
    ``joint_document()`` tells whether the document speaks for both countries."""
    before = [m for m in mentions if m.end <= t_start]
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
        if not ok:
            ok, negated = _coordinated_gap(gap, text[head.start : head.end])
        if not ok:
            continue
        if head.party == _BOTH and _low(text[head.start : head.start + 7]) == "neither":
            negated = True  # "Neither side will impose ..."
        if gap.lstrip().startswith(","):
            # "China, under the leadership of ..., Wang Qishan, will": the subject is the
            # actor that opens the clause and is followed by a comma
            for k0 in range(k):
                m0 = before[k0]
                if text[m0.end : m0.end + 1] == "," and _left_is_boundary(_strip_left_np(text[s0 : m0.start])):
                    return [m0.party], negated, False
        chains, _ = _chains(text, before, k)
        for start, chain in reversed(chains):
            if _left_is_boundary(_strip_left_np(text[s0:start])):
                return chain, negated, False
        # not a subject here ("The Chinese delegation, led by Vice Premier Wang Yang, agreed"):
        # try the mentions further left
    # a pronoun subject: "..., it “assured the United States that ...", "we agreed ..."
    words_gap = text[s0:t_start]
    stripped, negated = _strip_tail_aux(_WORD.findall(words_gap))
    pronoun = None
    for pronoun in _PRONOUNS.finditer(words_gap):
        pass
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
        if _low(m.group()) == "we":
            # first person plural inside one speaker's quotation (quotation marks with "X
            # said", or a paragraph introduced by "X said:") speaks for that speaker; else
            # for both sides only in a joint document
            quoted = _quoted(text, s0, s0 + m.start())
            if quoted or _block_quote(text, s0):
                who = speaker(quoted) if speaker is not None else None
                if who or quoted:
                    return ([who], negated, False) if who else None
            if joint_document():
                return [_BOTH], negated, False
            return None
        antecedent = _antecedent(text, s0, [x for x in before if x.end <= s0 + m.start()], previous_actors)
        return (antecedent, negated, False) if antecedent else None
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
    np = np[cut + 1 :] if cut >= 0 else np
    if _COMPOUND_BOTH.search(np) and _JOINT_NOUN.search(" ".join(np.split()[:8])):
        return [_BOTH], negated, True
    words = [w for w in stripped if w not in "“”\"‘"]
    if cut >= 0:
        words = _WORD.findall(np)
        words, negated = _strip_tail_aux(words)
    if (
        1 <= len(words) <= 6
        and not any(_low(w) in _PREPOSITIONS or _low(w) in _CLAUSE_WORDS or w in ",;:" for w in words)
        and (_low(words[0]) in ("the", "this", "these", "future", "joint", "a", "an") or words[0][:1].isupper())
        and _JOINT_NOUN_END.search(" ".join(words[-2:]))
    ):
        return [_BOTH], negated, True
    return None


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


_TITLE_CONNECTORS = frozenset("of the for".split())
_SAME_NP = re.compile(r"[\s\u00a0]*\([\s\u00a0]*")
_OF_LINK = re.compile(r"[\s\u00a0]+of(?:[\s\u00a0]+the)?[\s\u00a0]+")

_HAVE_DO = frozenset("has have had do does did".split())


def _coordinated_gap(gap: str, mention: str) -> tuple[bool, bool]:
    """Whether the trigger heads a second predicate of the mention's clause: "the United
    States and China share a mutual interest in X, and recognize that Y". The gap is a
    first predicate that opens with a verb right after the subject, then ", and" / "and"
    and only auxiliaries or adverbs before the trigger: no new subject. Negation: of the
    second predicate only."""
    if _low(mention) in _ADJECTIVAL:
        return False, False  # "U.S. exports ..., and will": a modifier, not the subject
    words = _WORD.findall(gap)
    for i in range(len(words) - 1, 0, -1):
        if _low(words[i]) != "and":
            continue
        tail, negated = _strip_tail_aux(words[i + 1 :])
        if tail:
            return False, False  # a new subject or object after "and"
        first = words[:i]
        if first and first[-1] == ",":
            first = first[:-1]
        k = 0
        while k < len(first) and (_low(first[k]) in _HAVE_DO or _low(first[k]) in _ADVERBS or _is_negation(first, k)):
            k += 1
        if k >= len(first) or len(first) > 40 or any(w in ";:“”\"‘()" for w in first):
            return False, False
        verb = first[k]
        low = _low(verb)
        if (
            not verb.isalpha() or not verb.islower() or low in _PREPOSITIONS or low in _CLAUSE_WORDS
            or low in _PASSIVE_BEFORE or low in _DETERMINERS
        ):
            return False, False
        return True, negated
    return False, False


_ADJECTIVAL = frozenset("u.s. us chinese american prc sino-u.s. u.s.-china".split())
_SUBORDINATORS = frozenset("as while since because after when although though if once whereas given".split())


_PLAIN_WORD = re.compile(r"[\w.’'-]+")
_POSSESSIVE = re.compile(r"[’']s?\b")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _antecedent(text: str, s0: int, earlier: list, previous_actors: list[str]) -> list[str] | None:
    """What "it"/"they" after a fronted phrase refers to: a possessor or clause subject of
    the phrase ("In accord with China's obligations, it", "as China carries out ..., it"),
    else the actors of the previous sentence, else the last mention that is not a mere
    modifier ("In response to U.S. concerns, it": U.S. is not the one who acts)."""
    strong = []
    for x in earlier:
        after = text[x.end : x.end + 3]
        before = _PLAIN_WORD.findall(text[max(s0, x.start - 40) : x.start])
        before = [w for w in before if _low(w) not in _DETERMINERS]
        if _POSSESSIVE.match(after) or not before or _low(before[-1]) in _SUBORDINATORS:
            strong.append(x)
    if strong:
        return [strong[-1].party]
    if previous_actors:
        return list(previous_actors)
    weak = [x for x in earlier if not (_low(text[x.start : x.end]) in _ADJECTIVAL and _LOWER_WORD_AFTER.match(text[x.end : x.end + 3]))]
    return [weak[-1].party] if weak else None


def _quoted(text: str, s0: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in the sentence."""
    part = text[s0:pos]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _block_quote(text: str, s0: int) -> bool:
    """Whether the sentence at ``s0`` opens a paragraph introduced by a colon on the line
    before ("In sum, he reaffirmed the principle:\n\nWe will follow ...")."""
    j = s0
    while j > 0 and text[j - 1] in " \t\u00a0\r\n":
        j -= 1
    return j > 0 and text[j - 1] == ":" and "\n" in text[j:s0]


#: party types that can speak a quotation
_SPEAKER_TYPES = frozenset({"person", "government_body"})
#: "..., Secretary Lew said", "said Vice Premier Wang Yang", "according to USTR"
_SAID_AFTER = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:said|says|stated|added|noted|remarked|told|explained|declared)\b")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|added|noted|remarked|declared|according[ \u00a0]+to)[ \u00a0]+"
    r"(?:(?:the[ \u00a0]+)?[A-Z][\w.’'-]*,?[ \u00a0]+){0,5}$"
)


def _speaker(text, s0, s1, sent_mentions, quoted, mentions, m_starts, speakers, nations, country) -> str | None:
    """The country party (else the party itself) of :func:`_speaker_party`."""
    who = _speaker_party(text, s0, s1, sent_mentions, quoted, mentions, m_starts, speakers)
    return nations.get(country.get(who, ""), who) if who else None


def _speaker_party(text, s0, s1, sent_mentions, quoted, mentions, m_starts, speakers) -> str | None:
    """The one party whose words a quotation is: in a quoted sentence, a person or body
    outside the quotation marks with a speech verb right after or before it ("Secretary
    Lew said", "said Vice Premier Wang Yang") and no other one there; for a paragraph
    introduced by a colon, the one person named in the introducing paragraph. None when no
    single speaker is found."""
    if quoted:
        inside, depth = [], 0
        for i in range(s0, s1):  # the sentence's quoted stretches
            c = text[i]
            if c == "“" or (c == '"' and depth == 0):
                depth, opened = 1, i
            elif (c == "”" or c == '"') and depth:
                depth = 0
                inside.append((opened, i))
        if depth:
            inside.append((opened, s1))
        outside = [m for m in sent_mentions if m.party in speakers and not any(a <= m.start < b for a, b in inside)]
        if len({m.party for m in outside}) != 1:
            return None  # no speaker, or two ("said Secretary X and Vice Premier Y")
        said = any(_SAID_AFTER.match(text, m.end) or _SAID_BEFORE.search(text, max(s0, m.start - 60), m.start) for m in outside)
        return outside[0].party if said else None
    j = s0
    while j > 0 and text[j - 1] in " \t\u00a0\r\n:":
        j -= 1
    para = text.rfind("\n\n", max(0, j - 2000), j)
    lo = para + 2 if para >= 0 else max(0, j - 2000)
    people = {m.party for m in mentions[bisect_left(m_starts, lo) : bisect_left(m_starts, j)]
              if speakers.get(m.party) == "person" and m.end <= j}
    return people.pop() if len(people) == 1 else None  # one person introduces the quotation


def _joint_document(ctx, both: list[str], country: dict[str, str], folded: str) -> bool:
    """Whether the document speaks for both countries: a joint fact sheet, or a document
    that mentions both and has no single-country speaker (not a news report, no one-sided
    issuer above the title, no "our Chinese counterparts", "we pressed China", ...)."""
    kind = getattr(ctx.segmentation, "kind", "unknown")
    if kind == "news_article" or len(both) < 2:
        return False
    codes = {country.get(b) or b for b in both}
    mentioned = {p.country for p in ctx.parties if p.mentions and p.country} | {p.id for p in ctx.parties if p.mentions and p.type == "country"}
    if not all(c in mentioned for c in codes):
        return False
    if kind == "joint_fact_sheet":
        return True
    if next(_word_matches(_ONE_SIDED, folded), None) is not None:
        return False
    title = getattr(ctx.segmentation, "title_span", None)
    header_end = title[1] if title else 0
    issuers = {p.country for p in ctx.parties if p.type in ("government_body", "person") and p.country and any(s < header_end for s, _ in p.mentions)}
    return len(issuers) != 1


#: a one-sided speaker: case-folded text, whole words by :func:`_word_matches` (every
#: alternative opens with a literal word, see :data:`_COLLECTIVE`)
_PRESSED = r"\s+(?:pressed|urged|secured|won|obtained|pushed|insisted|called\s+on|raised\s+(?:our|concerns))\b"
_FACT_SHEET = r"\s+fact\s*sheet\b"
_TOLD_US = r"\s+(?:\w+\s+)?(?:assured|told|informed|promised|gave)\s+us\b"
_ONE_SIDED = re.compile(
    r"our\s+(?:chinese|american|u\.s\.|us)\s+(?:counterparts?|partners?|friends|colleagues|interlocutors)\b|"
    rf"we{_PRESSED}|i{_PRESSED}|"
    rf"u\.s\.{_FACT_SHEET}|united\s+states{_FACT_SHEET}|american{_FACT_SHEET}|chinese{_FACT_SHEET}|china['’]s{_FACT_SHEET}|"
    rf"china{_TOLD_US}|beijing{_TOLD_US}|the\s+chinese(?:\s+side|\s+government)?{_TOLD_US}|the\s+united\s+states{_TOLD_US}|"
    rf"the\s+u\.s\.(?:\s+side)?{_TOLD_US}"
)


_ACRONYM = re.compile(r"[A-Z]{2,}")


def _conjunction(link: str) -> str | None:
    """How ``link`` joins two actor mentions of one subject: ``"and"``, ``","``, ``"poss"``
    (a possessive: "China's" + "AQSIQ"), or None when it does not."""
    words = [w for w in _WORD.findall(link) if w not in "()"]
    if not words:
        return None
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


_NEGATION_FIRST = re.compile(r"\s*(?:not|never|no\s+longer)\b", re.I)
_AND_THAT = re.compile(r"[,;]?\s+and\s+(?=that\b)")


def _negated_after(text: str, t_end: int, s1: int, label: str) -> bool:
    after = text[t_end:s1]
    if _NEGATION_FIRST.match(after):
        return True
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


_WILL = re.compile(r"\bwill\b")
_AND_WILL = re.compile(r"\band\s+(?:will|shall)\b")
_CONSENSUS = re.compile(r"\W*(?:[\w-]+\W+){0,4}?(?:consensus|agreements?|understandings?)\b", re.I)
_MET_TO_DISCUSS = re.compile(r"[^.;]{0,80}?\b(?:to|and)\s+(?:\w+\s+)?(?:discuss|review|exchang|consult|talk|address)")
_BILATERAL = re.compile(r"\bbilateral\b", re.I)


def _kind(text, label, verb, t_end, s1, mentions, ids, countries, joint_subject, both, country, trigger="", t_id="") -> str:
    """The decision table of the module docstring. The kind comes from the trigger and its
    own complement (its head verb and object), never from a noun elsewhere in the sentence
    ("pledged to implement S&ED commitments, including those from the dialogues": a pledge)."""
    complement = text[t_end:s1]
    if label == "ACTION" and verb == "announce" and _WILL.search(complement):
        label = "PLEDGE"  # "announced a forum will be held": a pledge about the future
    if label == "ACTION":
        m = _AND_WILL.search(complement)
        if m:  # "has requested ..., and will increase resources": the pledge's own complement
            label, complement = "PLEDGE", complement[m.end() :]
    if label == "COOPERATE" or joint_subject:
        return "cooperation"
    two_sides = len({c for c in countries if c}) >= 2 or (len(both) >= 2 and set(both) <= set(ids))
    if label == "ACTION" and verb == "reach" and two_sides and _CONSENSUS.match(trigger + complement):
        return "cooperation"  # "the two sides reached consensus on ...": an outcome of both
    if label == "PLEDGE" and verb == "agree":
        view = _agreed_view(complement)
        if view is None:
            return "affirmation"  # "agreed on the importance of X", "agree that X is important"
        complement = view
    together = two_sides or _with_other(text, t_end, s1, mentions, countries, country)
    if label == "ACTION":
        if together and t_id.endswith("_ongoing") and _joint_complement(trigger.split()[-1] + complement):
            return "cooperation"  # "we are launching a bilateral investment dialogue"
        if together and verb in ("hold", "conduct", "exchange") and _DISCUSSION.match(complement):
            return "cooperation"  # "held in-depth discussions on ...", not "held the third SED"
        if verb == "meet" and _MET_TO_DISCUSS.match(complement):
            return "cooperation"  # "met in Beijing to discuss ...", not "met on June 5"
        return "action"
    if label == "CONFIRM" and verb != "welcome":
        return "affirmation"
    if _joint_complement(complement):
        if two_sides and label != "CONFIRM":
            return "cooperation"
        # one actor, a joint activity with the other side: "exchanges with the United States"
        if _BILATERAL.search(_head_phrase(complement)) or _with_other(text, t_end, s1, mentions, countries, country):
            return "cooperation"
    return "affirmation" if label == "CONFIRM" else "pledge"


_AGREED_ON_VIEW = re.compile(
    r"\s*(?:on|upon|with)\s+(?:the\s+)?(?:importance|significance|value|benefits?|merits?|view|assessment)\b", re.I
)
_THAT_FIRST = re.compile(r"\s*that\b", re.I)
_CLAUSE_END = re.compile(r"[;:]")
_MODAL = re.compile(r"\b(?:will|shall|would|should|must|need\s+to|intends?\s+to|plans?\s+to)\b", re.I)


def _agreed_view(complement: str) -> str | None:
    """What "agree" binds its actors to, or None when it only states a shared view: "agreed
    on the importance of X", "agree that X is important" (no modal in the "that" clause).
    "agreed that the two sides will hold ..." gives the clause after its modal."""
    if _AGREED_ON_VIEW.match(complement):
        return None
    m = _THAT_FIRST.match(complement)
    if not m:
        return complement
    clause = _CLAUSE_END.split(complement[m.end() :], maxsplit=1)[0]
    modal = _MODAL.search(clause)
    return clause[modal.end() :] if modal else None


_WITH = re.compile(r"\bwith\b")


def _with_other(text, t_end, s1, mentions, countries, country) -> bool:
    """A party of another country after "with": "exchanges with the United States"."""
    others = {country.get(m.party) for m in mentions if t_end <= m.start < s1 and m.party != _BOTH} - set(countries) - {None, ""}
    return bool(others) and bool(_WITH.search(text[t_end:s1]))


_INFLECTION = re.compile(r"(?:s|ed|d|ing)$")


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


_AND_PREDICATE = re.compile(r",?\s+and\s+(?=(?:will|shall|would|also|further|then|to)\s)")
_WITH_EACH_OTHER = re.compile(r"\s*\w+\s+(?:\w+\s+)?with\s+(?:each\s+other|one\s+another)\b")


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
        return True
    if len(words) > 1 and _low(words[1]) in ("together", "jointly") or _WITH_EACH_OTHER.match(" ".join(words)):
        return True
    heads: list[str] = []
    of_heads: list[str] = []
    np: list[str] = []
    in_of = False
    words = words + ["."]
    for k, w in enumerate(words):
        low = _low(w)
        stop = w in ",;:()“”\"‘." or low in _CLAUSE_STOP or (low in _PREPOSITIONS and low != "of")
        stop = stop or (low == "such" and _low(words[k + 1]) == "as")
        if stop or low in ("of", "and", "&"):
            if np:
                (of_heads if in_of else heads).append(" ".join(np[-2:]))
            np = []
            if stop:
                break
            if low == "of":
                in_of = True
            continue
        np.append(w)
    if any(_JOINT_HEAD_NOUN.search(h) for h in heads):
        return True
    return any(_low(h.split()[-1]) in _COOPERATION_NOUN for h in of_heads)


def _deadline(deadlines, d_starts, s0, s1, t_start) -> DateRef | None:
    inside = [d for d in deadlines[bisect_left(d_starts, s0) : bisect_left(d_starts, s1)] if d.span[1] <= s1]
    if not inside:
        return None
    best = min(inside, key=lambda d: (abs(d.span[0] - t_start), d.span[0]))
    return DateRef(text=best.text, span=tuple(best.span), start=best.start, end=best.end, grain=best.grain)
