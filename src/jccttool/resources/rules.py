"""Cached accessors of the rule data, and the spaCy patterns built from it.

Each accessor loads one file of ``resources/`` once, validated by its model in
:mod:`jccttool.resources.models`; a malformed file raises RuleDataError. The ruler
patterns the spaCy pipeline needs (party gazetteer, commitment triggers) are built here,
so ``nlp`` reads only this module and no extractor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

from pydantic import ValidationError

from ..errors import RuleDataError
from ..text import FOLD
from . import load_json, load_jsonl, load_lines, read_text
from .models import (
    CommitmentWords,
    DateData,
    NumberRules,
    PartyEntry,
    RegionTable,
    TitleTables,
    TopicTable,
    TriggerEntry,
)

PARTY_LABEL = "PARTY"

# ------------------------------------------------------------------- parties


@cache
def gazetteer() -> tuple[PartyEntry, ...]:
    """Every party of the gazetteer, validated; raises RuleDataError on a bad line."""
    return tuple(load_jsonl("parties.jsonl", PartyEntry))


@cache
def party_by_id() -> dict[str, PartyEntry]:
    return {p.id: p for p in gazetteer()}


def name_variants(phrase: str) -> list[str]:
    """A phrase with both apostrophes and, for "U.S. X", the "US X" spelling."""
    out = [phrase]
    if "'" in phrase:
        out.append(phrase.replace("'", "\u2019"))
    for v in list(out):  # "George W. Bush" is also written "George W Bush"
        bare = _BARE_INITIAL.sub("", v)
        if bare != v:
            out.append(bare)
    for v in list(out):  # "Council of Economic Advisers" is also written "... Advisors"
        for a, b in spelling_pairs():
            if re.search(rf"\b{a}\b", v):
                out.append(re.sub(rf"\b{a}\b", b, v))
    for v in list(out):  # "U.S.-China X Dialogue" is also written "China-U.S. X Dialogue"
        first, sep, rest = v.partition(" ")
        a, dash, b = first.partition("-")
        if sep and dash and a in titles().country_words and b in titles().country_words:
            out.append(f"{b}-{a} {rest}")
    for v in list(out):
        if v.startswith("U.S. "):
            out.append("US " + v[5:])
        elif v.startswith("U.S.-"):
            out.append("US-" + v[5:])
        elif "-U.S. " in v.partition(" ")[0] + " ":
            out.append(v.replace("-U.S. ", "-US ", 1))
    return list(dict.fromkeys(out))


@cache
def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Both directions of ``titles.json`` ``spelling_variants`` (American / British)."""
    pairs = titles().spelling_variants
    return tuple((a, b) for x, y in pairs for a, b in ((x, y), (y, x)))


_BARE_INITIAL = re.compile(r"(?<=[a-z] [A-Z])\.(?= [A-Z][a-z])")
_SPLIT = re.compile(r"\s+|(?<=[A-Za-z])(?=-[A-Za-z])|(?<=-)(?=[A-Za-z])")


def _orth_tokens(abbreviation: str) -> list[str]:
    """The tokens spaCy's English tokenizer makes of an abbreviation ("Ex-Im" -> Ex - Im)."""
    if abbreviation in {"G-20", "G-7"} or "." in abbreviation or "&" in abbreviation:
        return abbreviation.split()
    return [t for t in _SPLIT.split(abbreviation) if t]


def party_ruler_patterns() -> list[dict]:
    """EntityRuler patterns of the party gazetteer (label PARTY, id = party id)."""
    patterns: list[dict] = []
    for p in gazetteer():
        for phrase in dict.fromkeys([p.name, *p.aliases]):
            for v in name_variants(phrase):
                patterns.append({"label": PARTY_LABEL, "pattern": v, "id": p.id})
        for abbr in p.abbreviations:
            patterns.append({"label": PARTY_LABEL, "pattern": [{"ORTH": t} for t in _orth_tokens(abbr)], "id": p.id})
    return patterns


@cache
def titles() -> TitleTables:
    """The title and name tables, validated; raises RuleDataError on bad data."""
    return load_json("titles.json", TitleTables)


# --------------------------------------------------------------- commitments

TRIGGER_FILE = "commitment_triggers.jsonl"


@cache
def trigger_entries() -> tuple[TriggerEntry, ...]:
    entries = tuple(load_jsonl(TRIGGER_FILE, TriggerEntry))
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise RuleDataError(f"resources/{TRIGGER_FILE}: trigger id {e.id!r} is not unique")
        seen.add(e.id)
        for tok in e.pattern if isinstance(e.pattern, list) else ():
            bad = {"LEMMA", "POS", "TAG", "DEP", "MORPH"} & set(tok)
            if bad:
                raise RuleDataError(f"resources/{TRIGGER_FILE}: {e.id}: {sorted(bad)} needs a trained pipeline")
    return entries


@cache
def trigger_labels() -> dict[str, str]:
    """Trigger id -> label (modality)."""
    return {e.id: e.label for e in trigger_entries()}


def trigger_patterns(*, phrases: bool = False) -> list[dict]:
    """SpanRuler patterns of the commitment triggers (fresh dicts on every call).

    With ``phrases=True`` a token pattern made only of ``LOWER`` values and lists (``OP``
    absent or ``"?"``) is expanded into the lower-case phrases it matches, for a ruler
    whose ``phrase_matcher_attr`` is ``LOWER``: the PhraseMatcher is many times faster than
    ``IN`` predicates evaluated on every token. The matches are the same."""
    out = []
    for e in trigger_entries():
        entry = e.model_dump()
        expanded = _trigger_phrases(e.pattern) if phrases else None
        if expanded is None:
            out.append(entry)
        else:
            out.extend({"label": e.label, "pattern": phrase, "id": e.id} for phrase in expanded)
    return out


def _trigger_phrases(pattern, limit: int = 400) -> list[str] | None:
    if isinstance(pattern, str):
        return [pattern.translate(FOLD).lower()]
    options: list[list[str]] = []
    for token in pattern:
        if set(token) - {"LOWER", "OP"} or token.get("OP", "?") != "?":
            return None
        value = token["LOWER"]
        words = [value] if isinstance(value, str) else value.get("IN") if set(value) == {"IN"} else None
        if not words or any(not w.isalpha() or w != w.translate(FOLD).lower() for w in words):
            return None
        options.append(words + ([""] if token.get("OP") == "?" else []))
    phrases = [""]
    for words in options:
        phrases = [f"{p} {w}".strip() for p in phrases for w in words]
        if len(phrases) > limit:
            return None
    return sorted({p for p in phrases if p})


# --------------------------------------------------------------------- dates


@cache
def date_data() -> DateData:
    try:
        raw = read_text("dates.json")
        data = DateData.model_validate(json.loads(raw))
    except (OSError, ValueError, ValidationError) as exc:
        raise RuleDataError(f"resources/dates.json: {exc.__class__.__name__}: {str(exc).splitlines()[0]}") from None
    bad = [k for k, v in data.months.items() if not 1 <= v <= 12]
    bad += [k for k, v in data.seasons.items() if v not in (3, 6, 9, 12)]
    if bad:
        raise RuleDataError(f"resources/dates.json: month or season out of range: {', '.join(bad)}")
    return data


# ------------------------------------------------------------ money, numbers


@cache
def number_rules() -> NumberRules:
    return load_json("money.json", NumberRules)


# ------------------------------------------------------------------ segment


@cache
def topic_table() -> TopicTable:
    return load_json("topics.json", TopicTable)


@cache
def boilerplate_patterns() -> tuple[re.Pattern, ...]:
    compiled = []
    for line in load_lines("boilerplate.txt"):
        try:
            compiled.append(re.compile(line, re.I))
        except re.error as exc:
            raise RuleDataError(f"resources/boilerplate.txt: bad pattern {line!r}: {exc}") from None
    return tuple(compiled)


# ---- commitments word lists


@cache
def commitment_words() -> CommitmentWords:
    """The word classes of the commitment rules, validated."""
    return load_json("commitment_words.json", CommitmentWords)


@cache
def regions() -> dict[str, frozenset[str]]:
    """Name or alias as written -> member country codes, from ``resources/regions.json``."""
    table = load_json("regions.json", RegionTable)
    return {name: frozenset(r.members) for r in table.regions for name in (r.name, *r.aliases)}


# ---- segment (page labels)


@cache
def page_labels() -> frozenset[str]:
    """The generic page labels of ``resources/page_labels.txt``, lower-cased: a header line
    that is just one of them ("OVERVIEW", "Participants") is never the document's title."""
    return frozenset(line.lower() for line in load_lines("page_labels.txt"))


# ---- cross-session pairing


@cache
def pairing_stopwords() -> frozenset[str]:
    """The words of ``resources/pairing_stopwords.txt``, lower case: never key terms when
    :mod:`jccttool.compare.pairing` compares two commitments."""
    return frozenset(line.lower() for line in load_lines("pairing_stopwords.txt"))


_CONCEPT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _phrase_lines(name: str, id_re: re.Pattern, id_shape: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(line number, id, phrases) of each ``id: phrase | phrase`` line of a pairing rule file
    (blank lines and ``#`` comments skipped; phrases lower case, spaces folded). Raises
    RuleDataError on a line of another shape or an id that does not fit ``id_re``."""
    for lineno, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, rest = line.partition(":")
        key = key.strip()
        phrases = tuple(" ".join(p.split()).lower() for p in rest.split("|"))
        if not sep or not id_re.fullmatch(key) or not all(phrases):
            raise RuleDataError(f"resources/{name}:{lineno}: expected '{id_shape}: phrase | phrase ...'")
        yield lineno, key, phrases


@cache
def pairing_concepts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The concept groups of ``resources/pairing_concepts.txt``: ``(concept id, phrases)`` in
    file order, phrases lower case. Raises RuleDataError on a line that is not
    ``id: phrase | phrase``, a repeated id or a phrase listed under two concepts."""
    name = "pairing_concepts.txt"
    out: list[tuple[str, tuple[str, ...]]] = []
    owner: dict[str, str] = {}
    for lineno, cid, phrases in _phrase_lines(name, _CONCEPT_ID, "concept-id"):
        if any(c == cid for c, _ in out):
            raise RuleDataError(f"resources/{name}:{lineno}: concept {cid!r} listed twice")
        for phrase in phrases:
            if owner.setdefault(phrase, cid) != cid or phrases.count(phrase) > 1:
                raise RuleDataError(f"resources/{name}:{lineno}: phrase {phrase!r} listed twice")
        out.append((cid, phrases))
    return tuple(out)


_CONTRAST_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*")


@cache
def pairing_contrasts() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The contrast sides of ``resources/pairing_contrasts.txt``: ``(contrast id, side,
    phrases)`` in file order, phrases lower case. Raises RuleDataError on a line that is not
    ``contrast.side: phrase | phrase``, a side listed twice, a phrase listed twice or a
    contrast with one side."""
    name = "pairing_contrasts.txt"
    out: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for lineno, sid, phrases in _phrase_lines(name, _CONTRAST_ID, "contrast-id.side"):
        if sid in seen:
            raise RuleDataError(f"resources/{name}:{lineno}: side {sid!r} listed twice")
        for phrase in phrases:
            if phrase in seen or phrases.count(phrase) > 1:
                raise RuleDataError(f"resources/{name}:{lineno}: phrase {phrase!r} listed twice")
            seen.add(phrase)
        seen.add(sid)
        contrast, _dot, side = sid.partition(".")
        out.append((contrast, side, phrases))
    for contrast in {c for c, _s, _p in out}:
        if sum(1 for c, _s, _p in out if c == contrast) < 2:
            raise RuleDataError(f"resources/{name}: contrast {contrast!r} has one side")
    return tuple(out)


@cache
def pairing_report_triggers() -> frozenset[str]:
    """The trigger ids of ``resources/pairing_report_triggers.txt``: a commitment whose ``rule``
    is one of them reports the meeting ("held", "concluded") and pairs across sessions only
    with the same words. Raises RuleDataError on an id that is no trigger of
    ``commitment_triggers.jsonl``."""
    ids = frozenset(load_lines("pairing_report_triggers.txt"))
    unknown = sorted(ids - set(trigger_labels()))
    if unknown:
        raise RuleDataError(f"resources/pairing_report_triggers.txt: not a trigger id of commitment_triggers.jsonl: {unknown}")
    return ids


# ---- session (side meetings)


@cache
def sub_meeting_nouns() -> tuple[str, ...]:
    """The side-meeting nouns of ``resources/sub_meetings.txt`` ("working group", "seminar"), lower case."""
    return tuple(line.lower() for line in load_lines("sub_meetings.txt"))


@cache
def forum_head_nouns() -> tuple[str, ...]:
    """The head nouns of a meeting forum's name (``resources/forum_heads.txt``: "Dialogue",
    "Working Group"), as written, longest first."""
    return tuple(sorted(load_lines("forum_heads.txt"), key=len, reverse=True))


# ---- areas


@cache
def area_table():
    """The issue-area cue table (``areas.json``), validated; raises RuleDataError on bad data."""
    from .models import AreaTable

    return load_json("areas.json", AreaTable)
