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
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

from ...nlp import doc_text, sentences
from ...records import Commitment
from ...resources.rules import trigger_labels as _labels
from ...text import fold_case, fold_lower as _low
from .words import _ADVERBS, _BULLET, _JOINT_VERBS, _NOUN_BEFORE, _PASSIVE_BEFORE, _SPEAKER_TYPES
from .patterns import _DESCRIBED_AS, _FIGURE, _MARKET_AFTER_WILL, _NOMINAL
from .clause import _BOTH, _verb
from .negation import _mask_fixed_phrases, _negated_after
from .subject import (
    _carried, _document_countries, _joint_document, _mentions, _speaker, _subject, _two_actors,
)
from .nominal import _nominal
from .kind import _kind
from .deadline import _deadline


KIND = "commitments"
SPANS_KEY = "commitment_triggers"


def _normalise(text: str) -> str:
    # str.replace scans fast; a translate table would look up every character.
    # split() also splits at no-break spaces, so they need no replacing first.
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return _low(" ".join(text.split()))


def commitment_id(actors: list[str], sentence: str) -> str:
    """``c-`` + 12 hex of sha256 over the sorted actor ids and the normalised sentence."""
    key = ",".join(sorted(_low(a.strip()) for a in actors)) + "|" + _normalise(sentence)
    return "c-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


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
