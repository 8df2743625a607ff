"""Commitments: who agreed, confirmed, committed to or announced what, one per sentence.

The spaCy pipeline marks trigger words (``resources/commitment_triggers.jsonl``, read
by the ``commitment_triggers`` span ruler) and sentences (``jcct_sentences``). For each
sentence the first trigger whose grammatical subject is an actor gives the record:

- **actors**: the party mentions (or "the two sides", "it", "we", a joint activity) that
  form the trigger's subject noun phrase; every conjunct of a coordinated subject
  (:mod:`.subject`).
- **verb**: the trigger id up to its first "_" (``agree``, ``will``, ``establish``).
- **kind**: pledge, cooperation, affirmation or action, a small decision table on the
  trigger's label and the trigger's own complement (:mod:`.kind`).
- **negated**: a negation governing the trigger ("will not", "agreed not to", "no
  longer"), not one in a fixed phrase ("not only", "no later than") (:mod:`.negation`).
- **deadline**: the ``deadline``-role date of ``ctx.dates`` inside the sentence that is
  nearest to the trigger (:mod:`.deadline`).
- **id**: :func:`commitment_id`, a hash of the actors and the normalised sentence.

A trigger word after a determiner or possessive ("China's support", "the launch") is a
noun, after "to" an infinitive ("in order to support"): not a predicate
(:func:`_trigger_ok`).

A sentence with no verbal record may state a commitment by a noun with a possessive actor
in object position: "We were able to obtain China's commitment to accelerate its
accession to the GPA" (trigger id ``<verb>_noun``, label PLEDGE; :mod:`.nominal`).

A trigger that reports a clause ("announced that ...", "stated that ...", ``_REPORTING``) yields
to a trigger of that clause whose actor is another side: "USTR announced that China has issued
new rules" is China's action. A borderline trigger ("met", "welcomed", "noted", ``weak_triggers``
of ``resources/commitment_words.json``) yields to a pledge coordinated after it ("met today and
agreed to ...", "met ..., where they agreed to ..."), with the meeting's actors. An act that takes
two ("exchanged letters", "released a joint statement") is both sides' even when the other side's
name was not found. An instrument binding an actor named as its object ("The agreement obligates
China to ...", :func:`.nominal._obliged`) and "This includes <doing X>" right after a commitment
(the same actors) are commitments too. A sentence ending in a colon with no record may still be a lead-in:
a noun lead-in ("These actions include:", :func:`.lists.noun_lead_in`) or a joint body's
plan of work ("the Dialogue will focus on:", :func:`.lists.joint_focus`). A headline line
above the text that the segmenter did not take as the title gives no record
(:func:`_headline`).

Context sentences (market facts) are rejected because their subject is not an actor
("20 percent of all U.S. exports to China will benefit"), because "will" is followed by
a market verb ("will continue to grow", "will benefit"), or, for "plans to" and "will",
because the segmenter marked the block ``context`` (:func:`_context_sentence`); so are
talks held or conducted, a meeting's agenda ("will cover a range of topics, including"), a
need ("will need time"), a stance ("adopted a firm stance") and a trigger inside a noun
lead-in's subject ("Areas where A and B are working include:").

Where to change what
--------------------

- "China agreed to ..." becomes a pledge: the trigger line ``{"label": "PLEDGE", ...,
  "id": "agree"}`` (the first line of ``resources/commitment_triggers.jsonl``) gives the
  label; :func:`.kind._kind` applies the table (PLEDGE + "agree": a view such as "agreed
  on the importance of" is an affirmation, a joint complement of both sides a
  cooperation, otherwise a pledge).
- A new trigger verb: one line in ``resources/commitment_triggers.jsonl`` (``label``, a
  ``pattern`` on ``LOWER`` listing every inflection, ``id`` whose part before "_" is the
  record's verb); no code change. A verb of an activity two actors do together ("met",
  "discussed") is also listed in ``_JOINT_VERBS`` (:mod:`.words`).
- Word classes (auxiliaries, adverbs, determiners, agent nouns, catenative verbs, the
  nominal nouns and verbs): :mod:`.words`. Compiled grammar regexes: :mod:`.patterns`.
- Who the subject is ("the two sides", "it", "we"): :mod:`.subject`; how conjoined
  actors are joined and chained, a second predicate of one subject, what a fronted
  "it"/"they" refers to: :mod:`.conjuncts`; who speaks a quotation and whether "we" is both sides:
  :mod:`.speakers`. List items under a lead-in: :mod:`.lists`. The kind table: :mod:`.kind`. Negation:
  :mod:`.negation`. Nominal commitments: :mod:`.nominal`. Deadline: :mod:`.deadline`.
- Commission statements: "the Ministers" / "we" of three countries or more: :mod:`.multilateral`;
  reviews, discussions led, statements introduced, a subject followed by the meeting it met at, a
  joint body established in the passive, "concluded the meeting by ...": :mod:`.readouts`.
- Whether a trigger word is a predicate here, context sentences, the order of the
  rules per sentence: this module (:func:`extract`, :func:`_trigger_ok`,
  :func:`_context_sentence`). The shapes passed between the modules (a mention, a
  sentence, a trigger): :mod:`.clause`.
- Readouts of trade bodies (FTA joint committees, free trade commissions, TIFA councils): the
  members a plurilateral statement lists or a regional body names (``resources/regions.json``),
  a joint body as subject, "U.S. officials and officials from A", "They" after a pair, reviews,
  explanations and briefings, a headline printed again, joint work's kind: :mod:`.committees`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from functools import cache

from ...nlp import doc_text, sentences
from ...records import Commitment
from ...resources.rules import trigger_labels as _labels
from ...text import fold_case
from ...text import fold_lower as _low
from .clause import _BOTH, Sentence, Trigger, _verb
from .committees import listed_sides, officials_and, pair_before, region_sides, repeated_headline, report_only, widened
from .deadline import _deadline
from .first_person import first_person
from .kind import Actors, _kind
from .lists import ItemIndex, LeadIn, first_sentence, imperative_followers, is_lead_in, item_spans, joint_focus, noun_lead_in, pronoun_lead_in
from .multilateral import Sides
from .negation import _mask_fixed_phrases, _negated_after
from .nominal import _nominal, _obliged
from .patterns import (
    _AGENDA_VIEWS,
    _CLAUSE_LINK,
    _CONCERN,
    _DESCRIBED_AS,
    _FIGURE,
    _FINAL_LINE,
    _GUEST_GAP,
    _HELD_DISCUSSION,
    _IN_LEAD_IN_SUBJECT,
    _JOINT_STATEMENT,
    _LED_IN_TALKS,
    _MARKET_AFTER_WILL,
    _NOMINAL,
    _PAGE_LABEL,
    _POSSESSIVE,
    _QUOTE_OPENS,
    _REPORTED_THAT,
    _STANCE,
    _STATEMENT_FOLLOWS,
    _STATEMENT_ISSUED,
    _SUBORDINATE_OPENING,
    _TALKS_BEFORE,
    _THIS_INCLUDES,
    _TITLE_AFTER_COUNTRY,
    _TO_VERB,
    _WEAK_THEN,
    _WILL_NO_UNDERTAKING,
    _WITH,
    _WORD,
)
from .readouts import concluded_by, joint_passive, meeting_pp_end, no_outcome
from .speakers import Speakers, _joint_document, _speaker, title_speaker
from .subject import _carried, _document_countries, _mentions, _pair_named_subject, _subject, _two_actors
from .words import _ADVERBS, _BULLET, _COMPOUND_MODIFIER_ENDS, _JOINT_VERBS, _NEG, _NOUN_BEFORE, _PASSIVE_BEFORE, _SPEAKER_TYPES, _WEAK

KIND = "commitments"
#: verbs by which a joint body restates what both sides stand by ("The Dialogue reaffirmed the commitment to ...")
_REAFFIRM = frozenset({"reaffirm", "reiterate", "confirm", "continue"})
#: words of the adverb list that are verbs or prepositions after a modal ("will continue in Geneva")
_NOT_ADVERBS = frozenset({"continue", "continued", "continues", "in", "to"})
#: verbs of a meeting whose other side is named after them ("met with B", "hosted B")
#: head nouns of a bare body subject: "the Department" is the department named last
_BODY_HEADS = frozenset({"department", "ministry", "agency", "administration", "commission", "bureau"})
_MEETING_VERBS = frozenset({"meet", "hold", "host", "welcome", "reach"})
#: verbs that report a clause ("announced that China has issued ..."): the clause's own
#: actor, when it is another side, is the record's actor (the output contract)
_REPORTING = frozenset({"announce", "state"})
SPANS_KEY = "commitment_triggers"
#: marks that end a sentence or a lead-in: a line ending in one is no headline
_FINAL_MARKS = frozenset('.!?:;"”’)')


def _sides(actors: list[str], both: list[str], country: dict[str, str]) -> set[str]:
    """The countries (else the ids) of ``actors``, "the two sides" resolved."""
    return {country.get(a) or a for x in actors for a in (both if x == _BOTH else [x])}


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


# ~175 lines: the per-document setup and the order of the rules per sentence, in one place; the rules are in the sub-modules
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
    # a trilateral text's "the Ministers" and "we" (:mod:`.multilateral`); countries most mentioned first
    sides = Sides(both, [p.id for p in sorted((p for p in ctx.parties if p.type == "country"), key=lambda p: -len(p.mentions))])
    context = _context_spans(ctx)
    # whether "we" is both countries: asked only for a "we" subject, so found at most once then
    joint_document = cache(lambda: _joint_document(ctx, both, country, folded))
    # "we" in one speaker's quotation is the speaker's country ("said Vice Premier X" -> China)
    types = {p.id: p.type for p in ctx.parties if p.type in _SPEAKER_TYPES}
    voices = Speakers(
        mentions,
        m_starts,
        types=types,
        nations={p.country: p.id for p in ctx.parties if p.type == "country" and p.country},
        country=country,
        title_speaker=title_speaker(text, getattr(ctx.segmentation, "title_span", None), mentions, types, country),
    )
    titled = _Titled(ctx.parties, text)
    # a plurilateral statement's members listed in its opening: what "we" / "the Ministers" are (:mod:`.committees`)
    nations = {p.id for p in ctx.parties if p.type == "country" and p.mentions}
    wide = listed_sides(text, mentions, nations, both) or region_sides(text, mentions, country, nations)
    deadlines = sorted((d for d in ctx.dates if d.role == "deadline"), key=lambda d: tuple(d.span))
    d_starts = [d.span[0] for d in deadlines]
    t_starts = [t[0] for t in triggers]
    n_starts = [m.start() for m in nominals]
    previous_actors: list[str] = []
    previous_end = previous_char = previous_start = -1
    found_records: list[Commitment] = []
    lead_ins: list[LeadIn] = []

    title = getattr(ctx.segmentation, "title_span", None) or (0, 0)
    forums = sorted(tuple(m) for p in ctx.parties if p.type == "forum" for m in p.mentions)
    final = _FINAL_LINE.search(text)  # the end of the first line that ends like a sentence
    first_final = final.start() if final else len(text)
    for sent_start, sent_end, sent_start_char, sent_end_char in sentences(doc):
        s0, s1 = _sentence_bounds(text, sent_start_char, sent_end_char)
        if s0 >= s1 or title[0] <= s0 and s1 <= title[1] or _headline(text, s0, s1, first_final):
            continue  # nothing, or the document's title ("USDA and USTR announce progress on ...")
        if repeated_headline(text, s0, s1):
            continue  # the headline printed again ("source: A and B sign X" at the foot)
        lo, hi = bisect_left(t_starts, s0), bisect_left(t_starts, s1)
        nlo, nhi = bisect_left(n_starts, s0), bisect_left(n_starts, s1)
        this_includes = _THIS_INCLUDES.match(text, s0, s1) if text.startswith(("This ", "These ", "That ", "Such "), s0) else None
        if lo == hi and nlo == nhi and text[s1 - 1] != ":" and this_includes is None:
            continue
        sent_mentions = mentions[bisect_left(m_starts, s0) : bisect_left(m_starts, s1)]
        sent_mentions = [m for m in sent_mentions if m.end <= s1]
        sent = Sentence(text, s0, s1, sent_mentions)
        found = reported = weak = None
        for t_start, t_end, t_id, tok_start, tok_end in triggers[lo:hi]:
            label = labels.get(t_id)
            if label is None or t_end > s1 or (reported is not None and t_start < reported[7]) or t_id == "obligate":
                continue  # ("obligate" only marks the sentence: its actor is its object, :func:`.nominal._obliged`)
            trigger = Trigger(t_start, t_end, t_id, label, tok_start, tok_end)
            if not _trigger_ok(doc, sent, trigger) or _context_sentence(sent, trigger, context):
                continue
            if no_outcome(sent, trigger):
                continue  # a review, discussions led, a statement introduced (:mod:`.readouts`)
            if _SUBORDINATE_OPENING.match(text, s0, t_start) and "," not in text[s0:t_start]:
                continue  # inside a fronted subordinate clause: "While we recognize X, the relationship ..."
            if label not in ("PLEDGE", "PLAN") and _pair_named_subject(masked, s0, [m for m in sent_mentions if m.end <= t_start], t_start):
                continue  # "the United States-Japan Agreement establishes rules": a description
            carried = _carried(text, previous_actors, previous_end == sent_start, previous_char, s0, previous_start)
            if not carried:
                carried = _collective_before(text, mentions, m_starts, s0)
            if not carried:
                carried = pair_before(text, mentions, m_starts, s0, country)  # "A and B discussed X. They ..." (:mod:`.committees`)
            subject = _subject(
                masked, sent, t_start,
                carried,
                joint_document,
                lambda quoted, lo=None, sent=sent: _speaker(sent, quoted, voices, lo),
                titled,
                two_sides=len(both) == 2,
            )
            if subject is None and (cut := meeting_pp_end(text, s0, t_start)) is not None:
                # "Officials at the third meeting of the Council agreed": the subject ends before the meeting's name
                subject = _subject(masked, sent, cut, carried, joint_document, None, titled, two_sides=len(both) == 2)
            if subject is None:
                continue
            actors, negated, joint_subject = subject
            if " and " in text[s0:t_start] and _BOTH not in actors:
                actors = officials_and(text, sent_mentions, t_start, actors)  # "U.S. officials and officials from A and B" (:mod:`.committees`)
            if (joint_subject and label not in ("PLEDGE", "PLAN") and _verb(t_id) not in _REAFFIRM
                    and not _TALKS_BEFORE.search(text, s0, t_start)):
                continue  # "The working group met": news; but "the talks established a framework": an outcome
            if _verb(t_id) in _JOINT_VERBS and not _two_actors(text, actors, t_end, s1, sent_mentions, country):
                continue  # "reviewed", "discussed", "met": an activity of two actors
            candidate = (t_start, t_end, t_id, label, actors, negated, joint_subject)
            if weak is not None:
                # the pledge's subject is the meeting's ("A met B, where they agreed"), or both sides
                if (label in ("PLEDGE", "PLAN") and not joint_subject and _WEAK_THEN.search(text[weak[1] : t_start])
                        and (_sides(actors, both, country) <= _sides(weak[4], both, country) or actors == [_BOTH])
                        and not (_low(text[t_start:t_end]) == _verb(t_id) != "will" and _TO_VERB.search(text, weak[1], t_start))):
                    # (not a bare verb of an infinitive list: "met to review X, discuss Y and plan Z")
                    # "A met B and agreed to X": a pledge of both; "A met B, where they agreed": they are A and B
                    met = weak[4] if actors == [_BOTH] and len(_sides(weak[4], both, country)) >= 2 else [*weak[4], *actors]
                    found = (*candidate[:4], met, *candidate[5:])
                    break
                continue
            if reported is not None:
                if not joint_subject and (not reported[8] or _sides(actors, both, country) != _sides(reported[4], both, country)):
                    found = candidate  # "A announced that China has issued ...": China's action
                    break
                continue
            if _verb(t_id) in _REPORTING and (that := _REPORTED_THAT.match(text, t_end, s1)) is not None:
                reported = (*candidate, that.end(), True)  # the reported clause may name another actor
                continue
            if label == "CONFIRM" and (quote := _QUOTE_OPENS.match(text, t_end, s1)) is not None:
                # "X noted, “...”": a quotation is what X says; only a commitment inside it counts
                reported = (*candidate, quote.end(), False)
                continue
            if _verb(t_id) in _WEAK and label not in ("PLEDGE", "PLAN"):
                # "met ..., and agreed to", "welcomed X and agreed to": a later pledge of the same subject says more
                guests = _counterparts(text, _verb(t_id), t_end, s1, sent_mentions, actors, country)
                weak = (*candidate[:4], [*actors, *guests], *candidate[5:])
                continue
            found = candidate
            break
        if found is None and weak is not None:
            found = weak
        if found is None and reported is not None and reported[8]:
            found = reported[:7]
        if found is None and nlo < nhi:
            found = _nominal(text, s0, s1, nominals[nlo:nhi], sent_mentions)
        if found is None and lo < hi and any(t[2] == "obligate" for t in triggers[lo:hi]):
            found = _obliged(text, s0, s1, sent_mentions)  # "The agreement obligates China to cut tariffs"
        if found is None and lo < hi and (passive := joint_passive(text, s0, s1)) is not None:
            # "Bilateral committees on X were established": the joint body is both sides' action
            found = next(((*t[:2], t[2], labels[t[2]], [_BOTH], False, False) for t in triggers[lo:hi]
                          if t[0] == passive[0] and labels.get(t[2]) == "ACTION"), None)
        if found is None and this_includes is not None and previous_actors and previous_end == sent_start and "\n" not in text[previous_char:s0]:
            # "This includes pursuing X" right after a commitment: what it includes is the same actors' undertaking
            found = (s0, this_includes.end("verb"), "include_this", "PLEDGE", previous_actors, False, False)
        if found is None and text[s1 - 1] == ":":
            # a lead-in with no trigger verb: "These actions include:", "The Dialogue will focus on:"
            lead = noun_lead_in(text, s0, s1, sent_mentions, found_records[-1] if found_records else None, both, country)
            lead = lead or pronoun_lead_in(text, s0, s1, mentions, m_starts, both, country)
            if lead is not None:
                lead_ins.append(lead)
                continue
            found = joint_focus(text, s0, s1, forums)
        if found is None:
            continue
        t_start, t_end, t_id, label, actors, negated, joint_subject = found
        sides.note(actors)
        if (by := concluded_by(text, t_id, t_end, s1)) is not None:
            t_start, t_end, t_id = by  # "concluded the meeting by committing to X": the commitment's trigger
            label = labels[t_id]
        if label in ("PLEDGE", "PLAN", "ACTION", "COOPERATE") and not negated:
            # "A agreed to X, while B said it would Y": the other side's clause binds B too
            actors = _second_clause_actors(masked, sent, triggers[lo:hi], t_end, actors, both, country, joint_document, titled)
        guests = _counterparts(text, _verb(t_id), t_end, s1, sent_mentions, actors, country)
        if guests:
            actors = [*actors, *guests]  # "A met with B", "A hosted B": a meeting of both; "met with B and C": of all
        elif len(both) == 2 and _BOTH not in actors and (
                _verb(t_id) == "exchange" or (_verb(t_id) in ("release", "issue", "adopt") and _JOINT_STATEMENT.match(text, t_end, s1))):
            actors = [*actors, _BOTH]  # letters exchanged, a joint statement released: an act of both sides
        ids = sides.resolve(actors, text, s0, t_start)
        countries = {country.get(a) or a for a in ids}
        if wide is not None and _BOTH in actors:
            ids = widened(ids, actors, wide, text, s0, t_start)  # "we" of a plurilateral statement: every member
            countries = {country.get(a) or a for a in ids}
        if not negated:
            negated = _negated_after(masked, t_end, s1, label)
        kind = _kind(sent, Trigger(t_start, t_end, t_id, label), Actors(ids, countries, joint_subject, both, country))
        sentence = text[s0:s1]
        previous_actors, previous_end, previous_char, previous_start = ids, sent_end, s1, s0
        if is_lead_in(text, s0, s1) and not _STATEMENT_FOLLOWS.search(text, s0, s1):
            lead_ins.append(LeadIn(s1, t_id, label, ids, countries, joint_subject, negated))
        found_records.append(Commitment(
            id=commitment_id(ids, sentence),
            actors=ids,
            verb=_main_verb(text, t_id, t_end, s1),
            kind=kind,
            negated=negated,
            deadline=_deadline(deadlines, d_starts, s0, s1, t_start),
            text=sentence,
            span=(s0, s1),
            rule=t_id,
        ))
    if lead_ins:
        found_records += _list_items(doc, ctx, lead_ins, found_records, mentions, m_starts, both, country, (deadlines, d_starts))
        found_records.sort(key=lambda c: tuple(c.span))
    if voices.title_speaker is not None:  # "X and I will sign ...", "we have agreed to ...": :mod:`.first_person`
        bounds = [_sentence_bounds(text, a, b) for _, _, a, b in sentences(doc)]
        found_records += [
            Commitment(id=commitment_id(x.actors, text[x.s0 : x.s1]), actors=x.actors, verb=x.verb, kind=x.kind,
                       deadline=_deadline(deadlines, d_starts, x.s0, x.s1, x.t_start), text=text[x.s0 : x.s1],
                       span=(x.s0, x.s1), rule=x.rule)
            for x in first_person(text, bounds, [tuple(c.span) for c in found_records], voices, title)]
        found_records.sort(key=lambda c: tuple(c.span))
    yield from found_records


def _second_clause_actors(text, sent: Sentence, triggers, after: int, actors: list[str], both, country, joint_document, titled) -> list[str]:
    """``actors`` plus those of a second coordinated clause of the sentence with its own
    subject and a pledge or plan ("China agreed to X, while the United States said it
    would Y"; "A has issued X and both countries intend to Y"), when that subject is
    another side; else ``actors``."""
    for t_start, _, t_id, _, _ in triggers:
        if t_start < after or _labels().get(t_id) not in ("PLEDGE", "PLAN"):
            continue
        links = list(_CLAUSE_LINK.finditer(text, after, t_start))
        if not links:
            continue
        c0 = links[-1].end()
        if any(ch in text[c0:t_start] for ch in ":;•"):
            continue  # a heading or list item run in ("... growth - Truck Tariffs: Korea will"): not a clause of this one
        sub = Sentence(text, c0, sent.s1, [m for m in sent.mentions if m.start >= c0])
        found = _subject(text, sub, t_start, [], joint_document, None, titled, two_sides=len(both) == 2)
        if found is None or found[1] or found[2]:  # (negated, or a joint activity: no other side)
            continue
        mine = _sides(actors, both, country)
        theirs = _sides(found[0], both, country)
        if theirs and not theirs <= mine:
            return [*actors, *found[0]]
        return actors
    return actors


def _headline(text: str, s0: int, s1: int, first_final: int) -> bool:
    """Whether ``[s0, s1)`` is a headline the segmenter did not take as the title: a whole
    line of at most 150 characters with no final punctuation (a closing quote after a word
    is none: "A and B ‘agree to X’"), at most a page label before it ("News story: "), and
    no line before it ending like a sentence (``first_final``: where the first such line
    ends) — "US and Taiwan conclude two days of talks" above the text."""
    if s0 > first_final or s1 - s0 > 150:
        return False
    if text[s1 - 1] in _FINAL_MARKS and not (text[s1 - 1] in "’”\"" and s1 - s0 > 1 and text[s1 - 2].isalnum()):
        return False
    line = text.rfind("\n", 0, s0) + 1
    before = text[line:s0].strip(_BULLET)
    return (not before or _PAGE_LABEL.fullmatch(before) is not None) and not text[s1 : s1 + 200].split("\n", 1)[0].strip()


def _main_verb(text: str, t_id: str, t_end: int, s1: int) -> str:
    """The record's verb: the trigger's verb, except for a modal ("will", "shall"), where
    it is the verb the modal governs, adverbs, negations and "continue to" aside ("will
    not impose" -> impose, "will continue to take" -> take)."""
    verb = _verb(t_id)
    if verb != "will":
        return verb
    words = _WORD.findall(text, t_end, min(s1, t_end + 120))
    i, aside = 0, False
    while i < len(words):
        w, low = words[i], _low(words[i])
        i += 1
        if w == ",":
            aside = not aside  # "will, no later than June, publish"
            continue
        if aside or low in _NEG or (low in _ADVERBS and low not in _NOT_ADVERBS):
            continue
        if low in ("continue", "continues") and i < len(words) and words[i] == "to":
            i += 1  # "will continue to take" -> take
            continue
        return low if w.isalpha() and w.islower() else verb
    return verb


def _list_items(doc, ctx, lead_ins, records, mentions, m_starts, both, country, dated) -> list[Commitment]:
    """One commitment per subject-less list item under each lead-in (:mod:`.lists`)."""
    text = doc_text(doc)
    bounds = [(a, b) for _, _, a, b in sentences(doc)]
    starts = [a for a, _ in bounds]
    taken = sorted(tuple(c.span) for c in records)
    out: list[Commitment] = []
    index = ItemIndex(ctx.sections)
    lead_ends = sorted(lead.end for lead in lead_ins)
    for lead in lead_ins:
        # items after a later lead-in are that one's ("The Parties commit to:" ... "The United States shall:")
        i = bisect_right(lead_ends, lead.end)
        until = lead_ends[i] if i < len(lead_ends) else len(text)
        for b0, b1 in item_spans(lead.end, index):
            if b0 >= until:
                break
            first = _sentence_bounds(text, *first_sentence(text, bounds, starts, b0, b1))
            followers = imperative_followers(text, bounds, starts, first[1], b1)
            for s0, s1 in (first, *(_sentence_bounds(text, a, b) for a, b in followers)):
                if s0 >= s1 or _overlaps_any(taken, s0, s1):
                    continue  # the item states a commitment of its own
                item_mentions = [m for m in mentions[bisect_left(m_starts, s0) : bisect_left(m_starts, s1)] if m.end <= s1]
                sent = Sentence(text, s0, s1, item_mentions)
                kind = _kind(sent, Trigger(s0, s0, lead.t_id, lead.label), Actors(lead.ids, lead.countries, lead.joint_subject, both, country))
                sentence = text[s0:s1]
                out.append(Commitment(
                    id=commitment_id(lead.ids, sentence),
                    actors=lead.ids,
                    verb=_verb(lead.t_id),
                    kind=kind,
                    negated=lead.negated,
                    deadline=_deadline(dated[0], dated[1], s0, s1, s0),
                    text=sentence,
                    span=(s0, s1),
                    rule=lead.t_id + "+item",
                ))
                insort(taken, (s0, s1))
    return out


def _overlaps_any(spans: list[tuple[int, int]], s0: int, s1: int) -> bool:
    """Whether a span of the sorted, non-overlapping ``spans`` (commitment sentences)
    shares a character with ``[s0, s1)``: its neighbours by start are the only candidates."""
    i = bisect_left(spans, (s1,))
    return any(a < s1 and s0 < b for a, b in spans[max(0, i - 1) : i])


def _trigger_ok(doc, sent: Sentence, trigger: Trigger) -> bool:
    """Reject trigger words that are not predicates here: inside a name, a noun after a
    determiner or possessive ("China's support", "the launch"), an infinitive after "to"
    ("in order to support"), a passive, a gerund, a participle."""
    s0, mentions = sent.s0, sent.mentions
    t_start, t_end, tok_start, tok_end, label = trigger.start, trigger.end, trigger.tok_start, trigger.tok_end, trigger.label
    first = doc[tok_start].text
    if first[:1].isupper() and t_start > s0 and not first.isupper():
        return False  # "United States", "State Council", "Special Support Program"
    if any(m.start < t_end and t_start < m.end for m in mentions):
        return False  # inside a party name
    before = _low(doc[tok_start - 1].text) if tok_start > 0 else ""
    if before in _NOUN_BEFORE:
        return False  # a noun: "China's support for", "the launch of", "a press release"
    if before in _COMPOUND_MODIFIER_ENDS and tok_start >= 3:
        hyphen = doc[tok_start - 2]
        if hyphen.text in ("-", "‐") and not hyphen.whitespace_ and not doc[tok_start - 3].whitespace_ and doc[tok_start - 3].text.isalnum():
            return False  # after a compound modifier, a noun: "a one-year plan", "its long-term support"
    if before == "to" and (tok_start < 2 or _low(doc[tok_start - 2].text) not in ("continue", "continues", "continued")):
        return False  # an infinitive, never the predicate: "in order to support"
    last = _low(doc[tok_end - 1].text)
    participle = last.endswith("ed") or _low(first).endswith("ed")  # "carried out"
    if label in ("ACTION", "CONFIRM", "COOPERATE") and (participle or last in ("held", "led", "made", "met")):
        before2 = _low(doc[tok_start - 2].text) if tok_start > 1 else ""
        if before in _PASSIVE_BEFORE or (before in _ADVERBS and before2 in _PASSIVE_BEFORE):
            return False  # passive: "was held", "were successfully signed"
    if last.endswith("ing") and _low(first) not in ("is", "are"):
        return False  # a gerund, not "is collaborating"
    nxt = _low(doc[tok_end].text) if tok_end < len(doc) else ""
    if nxt == "by" and label in ("ACTION", "CONFIRM", "COOPERATE") and participle:
        return False  # reduced passive: "structure led by Wang Qishan"
    if (label == "ACTION" and tok_end - tok_start == 1 and last.endswith("ed") and before == ","
            and nxt in ("on", "in", "at", "during")):
        return False  # a participle after a comma: "Memorandum between A and B, signed on May 1"
    return True


class _Titled:
    """``titled(title, pos)``: the person whose titles end with ``title`` ("Secretary"
    for "U.S. Secretary of Commerce" no, for "Commerce Secretary" yes, and any title
    that is ``title`` itself) and who was named last before ``pos``; for a body's head
    noun ("Department", "Ministry"), the government body with that word in its name
    named last before ``pos``; None if no one."""

    def __init__(self, parties, text: str = ""):
        self._text = text
        # country mentions, to find a title the text qualified by a country once
        # ("United Kingdom Secretary of State for Trade"): that country's official
        self._countries = sorted(
            (end, p.id) for p in parties if p.type == "country" for _, end in p.mentions
        )
        self._people = [
            ({_low(t) for t in p.titles}, [s for s, _ in p.mentions], p.id)
            for p in parties if p.type == "person" and p.titles and p.mentions
        ]
        self._bodies = [
            (set(_low(p.name).split()), [s for s, _ in p.mentions], p.id)
            for p in parties if p.type == "government_body" and p.mentions
        ]

    def __call__(self, title: str, pos: int) -> str | None:
        low = _low(title)
        best, best_at = None, -1
        if low in _BODY_HEADS:  # "the Department": the department named last before
            for words, starts, pid in self._bodies:
                i = bisect_left(starts, pos) - 1
                if low in words and i >= 0 and starts[i] > best_at:
                    best, best_at = pid, starts[i]
            return best
        for titles, starts, pid in self._people:
            if not any(t == low or t.endswith(" " + low) or t.startswith((low + " of ", low + " for ")) for t in titles):
                continue
            i = bisect_left(starts, pos) - 1
            if i >= 0 and starts[i] > best_at:
                best, best_at = pid, starts[i]
        return best if best is not None else self._country_of_title(title, pos)

    def _country_of_title(self, title: str, pos: int) -> str | None:
        """The country that last qualified ``title`` before ``pos`` ("United Kingdom
        Secretary of State ..." makes a later bare "Secretary of State" British), else None."""
        best = None
        for end, pid in self._countries:
            if end >= pos:
                break
            gap = _TITLE_AFTER_COUNTRY.match(self._text, end)
            if gap and " ".join(self._text[gap.end() : gap.end() + 2 * len(title)].split()).startswith(title):
                best = pid
        return best


def _collective_before(text: str, mentions, m_starts: list[int], s0: int) -> list[str]:
    """``[both]`` when the last actor mention before the sentence, in its paragraph, is
    "both sides" / "the Presidents" of a sentence that gave no record ("Both sides
    exchanged views on X. They confirmed that ..."): what "they" refers back to."""
    i = bisect_left(m_starts, s0) - 1
    while i >= 0 and s0 - mentions[i].end < 1000 and "\n\n" not in text[mentions[i].end : s0]:
        m = mentions[i]
        if (m.end < len(text) and text[m.end] in "-–") or (m.start and text[m.start - 1] in "-–"):
            i -= 1  # "China-US relations": a modifier
            continue
        return [_BOTH] if m.party == _BOTH else []
    return []


#: what may stand between the parties of one list of counterparts: possessives, capitalised title
#: and name words, a few function words and the nouns of a delegation ("Angola's Secretary for
#: Economic Affairs Jane Doe and ...", "Canadian officials and ..."); one character or one whole
#: word per step (``*+``), so that a failing gap cannot backtrack exponentially
_COUNTERPART_GAP = re.compile(r"(?:['\u2019]s?|[ \u00a0,]|\b(?:[A-Z][\w.'\u2019-]*+|(?:for|of|the|and|on|de|dos|da|del|officials|representatives|delegations?|counterparts|ministers|leaders)\b))*")
#: the gap before another counterpart ends with a list joint: "..., and Kenya's Minister"
_COUNTERPART_JOINT = re.compile(r"(?:,|\band)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _counterparts(text: str, verb: str, t_end: int, s1: int, mentions, actors: list[str], country: dict[str, str]) -> list[str]:
    """Every other side of a meeting: the first counterpart (:func:`_counterpart`) and the
    parties of further countries listed with it ("met with A's minister X and B's envoy Y",
    "met with officials of A, B and C"), as long as only titles, names and list joints stand
    between them; [] when there is none."""
    first = _counterpart(text, verb, t_end, s1, mentions, actors, country)
    if first is None:
        return []
    out = [first]
    seen = {country.get(a, a) for a in actors} | {country.get(first, first)}
    prev = None
    for m in mentions:
        if m.start < t_end or m.end > s1 or m.party == _BOTH:
            continue
        if prev is None:
            if m.party == first:
                prev = m.end
            continue
        gap = text[prev : m.start]
        if len(gap) > 120 or not _COUNTERPART_GAP.fullmatch(gap):
            break
        prev = max(prev, m.end)
        other = country.get(m.party, m.party)
        if other and other not in seen and _COUNTERPART_JOINT.search(gap):
            out.append(m.party)
            seen.add(other)
    return out


def _counterpart(text: str, verb: str, t_end: int, s1: int, mentions, actors: list[str], country: dict[str, str]) -> str | None:
    """The other side of a meeting or an agreement: the first party of another country
    after "met with", "held ... meetings with", "reached agreement with" (places named
    before "with" skipped) or right after "hosted" / "welcomed" ("President X hosted
    Prime Minister Y"), else None."""
    if verb not in _MEETING_VERBS or _BOTH in actors:
        return None
    own = {country.get(a, a) for a in actors}
    for m in mentions:
        if m.start < t_end or m.end > s1 or m.party == _BOTH:
            continue
        between = text[t_end : m.start]
        if verb in ("host", "welcome"):
            if len(between) > 40 or not _GUEST_GAP.fullmatch(between) or _POSSESSIVE.match(text, m.end):
                return None  # "welcomed the achievements", "welcomed Korea's decision"
        elif len(between) > 160 or ";" in between:
            return None
        elif not _WITH.search(between):
            continue  # a place first: "held in Seoul, Korea, with officials of ..."
        other = country.get(m.party, m.party)
        return m.party if other and other not in own else None
    return None


def _context_sentence(sent: Sentence, trigger: Trigger, context: list[tuple[int, int]]) -> bool:
    """Whether the trigger states a market fact, a characterisation or a discussion, not a
    commitment: "plans to" or "will" in a ``context`` block, "plans to" in a sentence that
    states a figure, "will" followed by a market verb ("will continue to grow"),
    "described ... as", "held talks / discussions / a phone call", "led a delegation in
    discussions", "expressed concern / regret", "issued the following statement" (the
    output contract: discussions, exchanges of views and raised concerns are not
    commitments)."""
    text, s0, s1 = sent.text, sent.s0, sent.s1
    t_start, t_end, t_id, label = trigger.start, trigger.end, trigger.id, trigger.label
    if report_only(sent, trigger):
        return True  # a review, an explanation of a state of affairs, a briefing (:mod:`.committees`)
    if label in ("PLAN", "PLEDGE") and _verb(t_id) in ("plan", "will") and _inside(context, t_start):
        return True
    if label == "PLAN" and _FIGURE.search(text, s0, s1):
        return True
    if _verb(t_id) == "will" and _MARKET_AFTER_WILL.match(text[t_end : t_end + 60]):
        return True
    if _verb(t_id) == "describe" and _DESCRIBED_AS.match(text, t_end, min(s1, t_end + 80)):
        return True  # a characterisation, not an act: "described the talks as frank"
    if label == "ACTION" and _verb(t_id) in ("hold", "conduct") and _HELD_DISCUSSION.match(fold_case(text[t_end : min(s1, t_end + 80)])):
        return True  # a discussion with no outcome: "held candid discussions", "held a phone call", "conducted “frank exchanges”"
    if _verb(t_id) == "will" and (_WILL_NO_UNDERTAKING.match(text, t_end, s1) or _AGENDA_VIEWS.match(text, s0, s1)):
        return True  # "will need time", "will cover a range of topics, including", "During the talks, ... will exchange views"
    if _verb(t_id) == "adopt" and _STANCE.match(text, t_end, s1):
        return True  # "adopted a firm stance": a position, not an action
    if text[s1 - 1] == ":" and _IN_LEAD_IN_SUBJECT.fullmatch(text, t_end, s1):
        return True  # "Areas where A and B are working closely include:": the trigger is inside the lead-in's subject
    if _verb(t_id) == "express" and _CONCERN.match(text, t_end, s1):
        return True  # a concern or regret raised is not a commitment (the output contract)
    if _verb(t_id) in ("issue", "release") and _STATEMENT_ISSUED.match(text, t_end, s1):
        return True  # a statement issued is speech, not an undertaking: "issued the following statement:"
    if _verb(t_id) == "lead" and _LED_IN_TALKS.match(text, t_end, s1):
        return True  # "led a delegation in discussions with ...": a discussion with no outcome
    return False
