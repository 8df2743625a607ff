"""Cross-session pairing: which commitments of a later session restate which of an
earlier one (the same undertaking, maybe in new words).

This is the one function the session diff (``compare``), ``jccttool track`` and the
SQLite export share: :func:`recurring` takes two sessions' commitments and returns
one-to-one, deterministic :class:`Pair` s, best first.

Rules (measured against ``tests/corpus/series/gold/recurring.json`` with
``jccttool eval --pairs``; the README's "Recurring commitments" gives the figures):

- a sentence that only reports the meeting (its trigger is one of
  ``resources/pairing_report_triggers.txt``: "held", "concluded", "reached consensus") pairs
  only with a sentence of the same words;
- so does a statement of importance ("recognized the importance of structural reform",
  :data:`_IMPORTANCE`): a position, not an undertaking (the output contract's borderline);
- a candidate pair has compatible actors (they share one, or one side names none) and
  compatible areas (they share one, one side has none, or one side is ``other``), or they
  name one concept group (below): a sentence that lists several outcomes has at most three
  areas, and a shared concept is a subject finer than an area;
- key terms of a sentence: its words, lower-cased and lightly stemmed ("savings" and
  "saving", "enterprises" and "enterprise", "travelling" and "travel" meet), without
  function words, the frame every commitment repeats ("agreed", "the two sides", official
  titles, meeting nouns, the names of the umbrella areas "intellectual property" and
  "macroeconomic": ``resources/pairing_stopwords.txt``) and the words of the names of
  countries, persons and forums (``parties.jsonl``: "Strategic", "Economic", "Dialogue" say
  where, not what), except a word that is alone a strong cue of an issue area
  (``areas.json``: the "Investment" of "Trade and Investment Framework Agreement" is a
  subject); plus each two adjacent key words ("smart grid", "legal exchange") as one
  more term, plus the id of every concept group of ``resources/pairing_concepts.txt`` the
  sentence names a phrase of ("licensed software" and "legitimate software" both give
  ``@software-legalization``);
- the score is the cosine of the two sentences' term sets, each term weighted by its
  inverse document frequency over the commitments of the two documents (a term both
  documents repeat weighs little); a sentence whose clauses ";" joins (or that opens with a
  participial phrase: "Focusing on X, the US promised Y") is also compared clause by clause,
  and so is a sentence with a trailing elaboration (", consistent with its mandate, building
  on ..."), the part before it and the elaboration apart; the best of the whole and its
  parts counts, a part only with enough shared evidence (a MOFCOM release lists six
  outcomes in one sentence); plus a small bonus when the two share an issue area
  (or, when their areas differ, a concept group: one sentence's areas missed the subject);
  scaled to 0..100; pairs under ``threshold`` are dropped, and so are pairs whose only
  evidence is one shared word (no adjacent pair, no concept: "enhance" alone);
- pairs are taken greedily, best score first; ties go to the higher fuzzy token-set ratio
  of the two sentences, then to the lower old and new indices.

``method="fuzzy"`` keeps the first rule set (token-set ratio of the whole sentences,
threshold 60), for comparison.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from ..records import Commitment
from .similarity import _sim_key, norm

THRESHOLD = 15.0
FUZZY_THRESHOLD = 60.0
AREA_BONUS = 5.0  # points added when the two share an issue area

_TOKEN = re.compile(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*")
_G20 = re.compile(r"\bg-20\b")
_UNDOUBLE = frozenset("bdglmnprt")  # consonants doubled before -ing / -ed ("travelling", "committed")
#: irregular past forms -> the bare verb ("we've begun" and "begin an exchange" meet); not
#: the meeting-report verbs "held", "led", "met" and the light verb "made" ("made efforts")
_IRREGULAR = {
    "began": "begin", "begun": "begin", "brought": "bring", "built": "build", "chose": "choose", "chosen": "choose",
    "drew": "draw", "drawn": "draw", "fell": "fall", "fallen": "fall", "gave": "give", "given": "give",
    "grew": "grow", "grown": "grow", "rose": "rise",
    "risen": "rise", "sought": "seek", "spoke": "speak", "spoken": "speak", "took": "take", "taken": "take",
    "undertook": "undertake", "undertaken": "undertake", "won": "win", "wrote": "write", "written": "write",
}
#: a statement of importance ("recognized the importance of ..."): a position, no undertaking
_IMPORTANCE = re.compile(
    r"\b(?:recogni[sz]|emphasi[sz]|stress|underscor|highlight)\w*\s+(?:the\s+)?(?:great\s+)?(?:importance|significance)\s+of\b",
    re.I)


#: where a sentence's trailing elaboration starts (", consistent with its mandate, building on
#: the progress already made"): scored apart, so the undertaking before it is not diluted
_TRAILING = re.compile(
    r",\s+(?=(?:(?!during|including|according|regarding|concerning|following)[a-z]{3,}ing|consistent with|in line with"
    r"|with a view)\b)")

#: a sentence that opens with a participial phrase of its own subject before its main
#: clause ("Focusing on the spillovers of monetary policy, the US promised to raise saving"):
#: two undertakings, the lead's and the main clause's (prepositions in -ing and place names
#: in -jing / -qing excluded)
_PARTICIPIAL_LEAD = re.compile(
    r"\s*(?P<lead>(?!(?:During|Including|According|Regarding|Concerning|Following|Excluding|Pending|Notwithstanding)\b)"
    r"[A-Z][a-z]{2,}(?<![jq])ing\s+(?:on|upon|the|that|its|their|a|an|to|with|from|in|of)\b[^,;:]*),\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Pair:
    """``old`` and ``new`` are indices into the two lists given to :func:`recurring`."""

    old: int
    new: int
    score: float
    shared: tuple[str, ...] = ()  # key terms both sentences hold (for the reader)


def _compatible(a: Commitment, b: Commitment, shared: frozenset[str] = frozenset()) -> bool:
    """Actors that overlap (or one side names none), and areas that overlap (or one side has
    none or is ``other``) unless the two name one concept group."""
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    if a.areas and b.areas and not set(a.areas) & set(b.areas) and "other" not in (*a.areas, *b.areas):
        return any(t.startswith("@") for t in shared)
    return True


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light suffix stripper: plural -s / -ies / -es after a sibilant, then -ing / -ed (and a
    consonant doubled before it: "travelling", "committed"), then a final -e; an irregular
    past form is its bare verb first ("begun" -> "begin")."""
    word = _IRREGULAR.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if word[-1] == word[-2] and word[-1] in _UNDOUBLE:
                word = word[:-1]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [w.strip(".-'") for w in _TOKEN.findall(_G20.sub("g20", norm(text).casefold().replace("\u2019", "'")))]


@cache
def _ignored() -> frozenset[str]:
    """Stop words and the words of the names of countries, persons and forums (all their spellings)."""
    from ..resources.rules import gazetteer, pairing_stopwords

    names = set()
    for party in gazetteer():
        if party.type in ("country", "person", "forum"):
            for phrase in (party.name, *party.aliases, *party.abbreviations, party.acronym or ""):
                names.update(_words(phrase))
    return frozenset(pairing_stopwords() | (names - _area_words()))


_AREA_CUE_WORD = re.compile(r"([a-z][a-z-]*)(\(\?:s\)\?|s\?)?")


@cache
def _area_words() -> frozenset[str]:
    """The words that are, alone, a strong cue of an issue area in ``areas.json``
    ("investment", "energy", "tourism"; a cue written "investors?" gives both forms): a
    forum's name may hold one, and it still names a subject."""
    from ..resources.rules import area_table

    out: set[str] = set()
    for area in area_table().areas:
        for cue in area.cues:
            m = _AREA_CUE_WORD.fullmatch(cue)
            if m and cue not in area.weak:
                out.add(m.group(1))
                if m.group(2):
                    out.add(m.group(1) + "s")
    return frozenset(out)


@cache
def _concept_phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First stem -> (stemmed phrase, concept id) of ``resources/pairing_concepts.txt`` that
    start with it, longest phrase first."""
    from ..resources.rules import pairing_concepts

    table = {tuple(_stem(w) for w in _words(phrase)): cid for cid, phrases in pairing_concepts() for phrase in phrases}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, cid in sorted(((k, v) for k, v in table.items() if k), key=lambda kv: (-len(kv[0]), kv[0])):
        index.setdefault(phrase[0], []).append((phrase, cid))
    return {first: tuple(entries) for first, entries in index.items()}


@cache
def _contrast_phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First stem -> (stemmed phrase, "contrast.side") of ``resources/pairing_contrasts.txt``,
    longest phrase first."""
    from ..resources.rules import pairing_contrasts

    table = {tuple(_stem(w) for w in _words(phrase)): f"{c}.{side}" for c, side, phrases in pairing_contrasts()
             for phrase in phrases}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, cid in sorted(((k, v) for k, v in table.items() if k), key=lambda kv: (-len(kv[0]), kv[0])):
        index.setdefault(phrase[0], []).append((phrase, cid))
    return {first: tuple(entries) for first, entries in index.items()}


@lru_cache(maxsize=1 << 16)
def _sides(text: str) -> dict[str, frozenset[str]]:
    """Contrast id -> the sides of it ``text`` names ("sector" -> {"government"})."""
    out: dict[str, set[str]] = {}
    for found in _concepts([_stem(w) for w in _words(text)], _contrast_phrases()):
        contrast, _dot, side = found.partition(".")
        out.setdefault(contrast, set()).add(side)
    return {c: frozenset(s) for c, s in out.items()}


def _contrasted(a: str, b: str) -> bool:
    """Whether two sentences name sides of one contrast and share none of them: "software
    used by government agencies" and "software in state-owned enterprises" are two undertakings."""
    sides_b = _sides(b)
    return any(c in sides_b and not (s & sides_b[c]) for c, s in _sides(a).items())


def _concepts(stems: Sequence[str], index=None) -> dict[str, tuple[int, int]]:
    """Concept id -> (start, end) word indices of its first phrase in ``stems`` (every word of
    a sentence, stemmed); at one position the longest phrase wins. ``index``: another phrase
    table of the same shape (the contrasts)."""
    index = _concept_phrases() if index is None else index
    found: dict[str, tuple[int, int]] = {}
    for k, first in enumerate(stems):
        for phrase, cid in index.get(first, ()):
            if cid not in found and tuple(stems[k : k + len(phrase)]) == phrase:
                found[cid] = (k, k + len(phrase))
                break
    return found


def _kept(word: str, ignored: frozenset[str]) -> bool:
    return word not in ignored and len(word) > 2 and not word.isdigit() and not word.endswith("'s")


@lru_cache(maxsize=1 << 16)
def _key_terms(text: str) -> tuple[str, ...]:
    ignored = _ignored()
    all_words = _words(text)
    words = [_stem(w) for w in all_words if _kept(w, ignored)]
    found = _concepts([_stem(w) for w in all_words])
    concepts = sorted(found)
    return (*words, *(f"{a} {b}" for a, b in zip(words, words[1:])), *(f"@{c}" for c in concepts),
            *_concept_neighbours(all_words, found, ignored))


def _bonus_term(term: str) -> bool:
    """A concept's neighbour pair ("use @software-legalization"): evidence when shared, but
    not counted in a sentence's norm (it restates words the sentence already counts)."""
    return " @" in term or (term.startswith("@") and " " in term)


def _concept_neighbours(all_words: list[str], found: dict[str, tuple[int, int]], ignored: frozenset[str]) -> list[str]:
    """Adjacent pairs of the key words with each concept phrase standing as one term: "use
    licensed software" and "use legitimate software" share "use @software-legalization"
    (what is done with the subject, whatever its wording)."""
    if not found:
        return []
    starts = {s: (e, cid) for cid, (s, e) in found.items()}
    seq: list[str] = []
    k = 0
    while k < len(all_words):
        if k in starts:
            end, cid = starts[k]
            seq.append(f"@{cid}")
            k = end
            continue
        if _kept(all_words[k], ignored):
            seq.append(_stem(all_words[k]))
        k += 1
    return [f"{a} {b}" for a, b in zip(seq, seq[1:]) if a[0] == "@" or b[0] == "@"]


@lru_cache(maxsize=1 << 16)
def _term_set(text: str) -> frozenset[str]:
    return frozenset(_key_terms(text))


@lru_cache(maxsize=1 << 16)
def _plain(terms: frozenset[str]) -> tuple[str, ...]:
    """The key terms that count in a sentence's norm: all but the concept-neighbour pairs."""
    return tuple(t for t in terms if not _bonus_term(t))


def key_terms(text: str) -> list[str]:
    """The key terms of a sentence: stemmed key words in order, then adjacent pairs of them,
    then ``@`` + the id of each concept group the sentence names (sorted)."""
    return list(_key_terms(text))


@cache
def _report_triggers() -> frozenset[str]:
    from ..resources.rules import pairing_report_triggers

    return pairing_report_triggers()


def recurring(old: Sequence[Commitment], new: Sequence[Commitment], *, threshold: float | None = None,
              method: Literal["terms", "fuzzy"] = "terms") -> list[Pair]:
    """One-to-one pairs (greedy, best score first; ties by fuzzy ratio, then old then new index).

    ``threshold`` defaults to :data:`THRESHOLD` (``terms``) or :data:`FUZZY_THRESHOLD` (``fuzzy``)."""
    from rapidfuzz import fuzz

    keys_old = [_sim_key(c.text) for c in old]
    keys_new = [_sim_key(c.text) for c in new]
    if method == "fuzzy":
        limit = FUZZY_THRESHOLD if threshold is None else threshold
        scored = _fuzzy_scores(old, new, keys_old, keys_new)
    else:
        limit = THRESHOLD if threshold is None else threshold
        scored = _term_scores(old, new)
    candidates = []
    for (i, j), (score, shared) in scored.items():
        if score >= limit:
            tie = fuzz.token_set_ratio(keys_old[i], keys_new[j]) if method == "terms" else 0.0
            candidates.append((-score, -tie, i, j, shared))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for neg, _tie, i, j, shared in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append(Pair(i, j, -neg, _surface(old[i].text, shared) if method == "terms" else shared))
    return pairs


def _term_scores(old: Sequence[Commitment], new: Sequence[Commitment]) -> dict[tuple[int, int], tuple[float, frozenset[str]]]:
    """(old index, new index) -> (score, the key terms the two share), for every candidate pair."""
    terms_old = [_term_set(c.text) for c in old]
    terms_new = [_term_set(c.text) for c in new]
    df: dict[str, int] = {}
    for terms in (*terms_old, *terms_new):
        for t in terms:
            df[t] = df.get(t, 0) + 1
    n = len(terms_old) + len(terms_new)
    weight = {t: math.log((n + 1) / (k + 1)) + 1.0 for t, k in df.items()}
    norm_old = [math.sqrt(sum(weight[t] for t in _plain(ts))) for ts in terms_old]
    norm_new = [math.sqrt(sum(weight[t] for t in _plain(ts))) for ts in terms_new]
    report = _report_triggers()
    reports_old = [_reports(c, report) for c in old]
    reports_new = [_reports(c, report) for c in new]
    units_old = [_units(c.text, ts, norm, weight) for c, ts, norm in zip(old, terms_old, norm_old)]
    units_new = [_units(c.text, ts, norm, weight) for c, ts, norm in zip(new, terms_new, norm_new)]
    # only pairs that share a key term are candidates: an inverted index of the old terms
    postings: dict[str, list[int]] = {}
    for i, terms in enumerate(terms_old):
        for t in terms:
            postings.setdefault(t, []).append(i)
    out = {}
    for j, b in enumerate(new):
        for i in sorted({i for t in terms_new[j] for i in postings.get(t, ())}):
            a = old[i]
            shared = terms_old[i] & terms_new[j]
            if not _compatible(a, b, shared):
                continue
            if (reports_old[i] or reports_new[j]) and _sim_key(a.text) != _sim_key(b.text):
                continue  # a meeting report pairs only with the same words
            if _contrasted(a.text, b.text):
                continue  # "government agencies" against "enterprises": two undertakings
            score, shared = _best_units(units_old[i], units_new[j], weight)
            if not _enough(shared):
                continue
            if a.areas and (set(a.areas) & set(b.areas) or (b.areas and _shares_concept(shared))):
                score += AREA_BONUS  # a shared concept is a shared subject, finer than an area
            out[(i, j)] = (round(score, 1), shared)
    return out


def _units(text: str, terms: frozenset[str], norm: float, weight: dict[str, float]) -> list[tuple[frozenset[str], float]]:
    """(key terms, their norm) of the sentence, then of each of its clauses when ";" joins
    two or more ("...; agreed to continue ...; reached consensus on ...; promised to ..."):
    one sentence listing several outcomes restates each one alone."""
    return [(terms, norm), *((ts, math.sqrt(sum(weight.get(t, 1.0) for t in _plain(ts)))) for ts in _clause_terms(text))]


@lru_cache(maxsize=1 << 16)
def _clause_terms(text: str) -> tuple[frozenset[str], ...]:
    """The key terms of each clause of ``text`` (:func:`clauses`); for a sentence of no
    clauses, of the part before a trailing elaboration and of the elaboration (", consistent
    with its mandate, building on the progress already made": :data:`_TRAILING`), which are
    scored apart but stay one undertaking (``track`` threads them as one); else ()."""
    spans = clauses(text)
    if not spans and (t := _TRAILING.search(text)) is not None:
        if _key_terms(text[: t.start()]) and _key_terms(text[t.end() :]):
            spans = ((0, t.start()), (t.end(), len(text)))
    return tuple(frozenset(_key_terms(text[a:b])) for a, b in spans)


@lru_cache(maxsize=1 << 16)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` offsets in ``text`` of its clauses when ";" joins two or more
    that hold a key term each (each clause stripped of surrounding blanks), else ():
    "...; agreed to continue ...; reached consensus on ...; promised to ..." states one
    undertaking per clause. A part with no key term ("and so on") is left out."""
    out, start = [], 0
    for part in text.split(";"):
        end = start + len(part)
        lead = len(part) - len(part.lstrip())
        if _key_terms(part):
            out.append((start + lead, start + len(part.rstrip())))
        start = end + 1
    if len(out) < 2:
        out = []
        m = _PARTICIPIAL_LEAD.match(text)
        if m is not None and _key_terms(m.group("lead")) and _key_terms(text[m.end() :]):
            out = [m.span("lead"), (m.end(), len(text.rstrip()))]
    return tuple(out) if len(out) >= 2 else ()


def _best_units(units_a, units_b, weight: dict[str, float]) -> tuple[float, frozenset[str]]:
    """The best cosine (x 100) of a unit of one sentence with a unit of the other that
    share enough key terms (:func:`_enough`), and the key terms those two share (the first
    best in unit order)."""
    best, best_shared = -1.0, frozenset()
    for ta, na in units_a:
        for tb, nb in units_b:
            shared = ta & tb
            if _enough(shared):
                score = min(100.0, 100.0 * sum(weight.get(t, 1.0) for t in shared) / (na * nb))
                if score > best:
                    best, best_shared = score, shared
    return best, best_shared


def _shares_concept(shared: frozenset[str]) -> bool:
    """Whether the shared key terms hold a concept group ("@currency"), not only a
    concept's neighbour pair."""
    return any(t.startswith("@") and " " not in t for t in shared)


def _enough(shared: frozenset[str]) -> bool:
    """Whether shared key terms can show one undertaking: a concept, two adjacent words, or
    at least two words (one shared word, "enhance" or "summit", shows nothing)."""
    return len(shared) >= 2 or any(t.startswith("@") or " " in t for t in shared)


def _reports(c: Commitment, report: frozenset[str]) -> bool:
    """A sentence that reports the meeting (its trigger is a report trigger) or states an
    importance rather than an undertaking."""
    return c.rule in report or _states_importance(c.text)


@lru_cache(maxsize=1 << 16)
def _states_importance(text: str) -> bool:
    return _IMPORTANCE.search(text) is not None


def _surface(text: str, terms: frozenset[str]) -> tuple[str, ...]:
    """The words of ``text`` (as written, lower case) whose stems are among ``terms``, and the
    words of the phrases of its shared concepts: what the reader is shown."""
    words = _words(text)
    stems = [_stem(w) for w in words]
    shown = {w for w, st in zip(words, stems) if st in terms}
    ignored = _ignored()
    for cid, (start, end) in _concepts(stems).items():
        if f"@{cid}" in terms:
            shown.update(w for w in words[start:end] if w not in ignored)
    return tuple(sorted(shown))


def _fuzzy_scores(old, new, keys_old, keys_new) -> dict[tuple[int, int], tuple[float, tuple[str, ...]]]:
    from rapidfuzz import fuzz

    out = {}
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if _compatible(a, b):
                shared = tuple(sorted(set(keys_old[i].split()) & set(keys_new[j].split())))
                out[(i, j)] = (round(float(fuzz.token_set_ratio(keys_old[i], keys_new[j])), 1), shared)
    return out
