"""Gazetteer parties read from the Doc: the PARTY ruler's output, and what else names them.

The pipeline's EntityRuler, built from ``resources/parties.jsonl``
(:func:`~jccttool.resources.rules.party_ruler_patterns`), leaves ``doc.ents`` labelled
``PARTY`` with ``ent.ent_id_`` = the party id: names and aliases match case-insensitively,
abbreviations ("U.S.", "USTR") only as written. Read here with one ``to_array``
(:func:`_party_ents`); an ambiguous abbreviation inside an ALL-CAPS heading is vetoed
(:func:`_vetoed`). Also gazetteer countries the ruler cannot see: country pairs inside one
token ("U.S.-China", :func:`_hyphen_pairs`) and the capitals as metonyms ("Beijing agreed",
:func:`_metonyms`). A country word naming a place rather than the state ("the Korean
Peninsula", "the South China Sea") and "Congress" after another capitalised word ("the Party
Congress") are vetoed too (:func:`_vetoed`).
"""

from __future__ import annotations

import re

from ...resources.rules import PARTY_LABEL as LABEL
from ...resources.rules import party_by_id as _by_id
from ...resources.rules import titles
from .common import _country_lookup, _finditer, _Found
from .patterns import _HYPHEN, _INSTRUMENT_AFTER, _METONYM, _METONYM_START, _PLACE_AFTER, _WORD_BEFORE


def _token_rows(doc):
    """One row per token: (IDX, ENT_IOB), read with one ``to_array`` (iterating the Doc
    or ``doc.ents`` builds a Python object per item; each further column costs a pass
    over every token, so the few tokens that need more are read one by one)."""
    from spacy.attrs import ENT_IOB, IDX

    return doc.to_array([IDX, ENT_IOB])


def _party_ents(doc, rows) -> list[tuple[int, int, str]]:
    """(start_char, end_char, ent_id_) of each ``doc.ents`` entity labelled PARTY with an
    id, read from the token rows as ``Doc.ents`` reads the tokens: an entity starts at a
    B token and runs until the next token that is not I; its label and id are its first
    token's."""
    import numpy as np

    if not len(rows):
        return []
    iob = rows[:, 1]
    begins = np.flatnonzero(iob == 3)
    if not len(begins):
        return []
    not_inside = np.append(np.flatnonzero(iob != 1), len(rows))
    ends = not_inside[np.searchsorted(not_inside, begins, side="right")].tolist()
    strings = doc.vocab.strings
    label = strings[LABEL]
    out = []
    for b, e in zip(begins.tolist(), ends):
        first = doc[b]
        if first.ent_type != label or not first.ent_id:
            continue
        last = doc[e - 1] if e - 1 != b else first
        out.append((first.idx, last.idx + len(last), strings[first.ent_id]))
    return out


#: " Affairs" after a country word: the portfolio of a title ("for China Affairs")
_AFFAIRS_AFTER = re.compile(r"[ \u00a0]+Affairs\b")
#: "in Kuala Lumpur, " right before a country's name: a city and its country, a place
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from)[ \u00a0]+(?!the\b)[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?,[ \u00a0]*$")


def _vetoed(text: str, ent: tuple[int, int, str]) -> bool:
    """An ambiguous abbreviation inside an ALL-CAPS heading ("MOST FAVORED"); a country word
    in a place name ("Korean Peninsula", "South China Sea"); a bare "Congress" after another
    capitalised word ("the Party Congress", "a World Congress") or in lower case ("the
    provincial congress"): not the U.S. Congress. A forum's name of several words written in
    lower case ("a future free trade agreement") is a common noun, not that forum."""
    s, e, pid = ent
    word = text[s:e]
    if _PLACE_AFTER.match(text, e) and text[s - 1 : s] not in "-\u2013":
        entry = _by_id().get(pid)
        if entry is not None and entry.type == "country":
            return True  # not the second word of a pair: "the EU-U.S. Summit" names both
    if _INSTRUMENT_AFTER.match(text, e):
        entry = _by_id().get(pid)
        if entry is not None and entry.type == "organization":
            return True  # "the United Nations Framework Convention": the convention's name
    if _PLACE_BEFORE.search(text, max(0, s - 40), s):
        entry = _by_id().get(pid)
        if entry is not None and entry.type == "country":
            return True  # "held in Kuala Lumpur, Malaysia": where, not who
    if _AFFAIRS_AFTER.match(text, e) and text.endswith(("for ", "for\u00a0"), max(0, s - 4), s):
        entry = _by_id().get(pid)
        if entry is not None and entry.type == "country":
            return True  # "Assistant Trade Representative for China Affairs": a portfolio, not the state
    if word == "congress":
        return True  # "the provincial congress": a common noun
    if word.islower() and " " in word:
        entry = _by_id().get(pid)
        if entry is not None and entry.type == "forum":
            return True  # "a possible free trade agreement": a common noun, not the named instrument
    if word == "Congress" and pid == "us-congress":
        w = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if w and w.group(1) not in titles().organization_leading_words and not _country_lookup(w.group(1)):
            return True
    if word not in titles().ambiguous_abbreviations or word in {"US", "UN", "EU"}:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, s - 30) : s])[-1:]
    after = re.findall(r"[A-Za-z]+", text[e : e + 30])[:1]
    return any(w.isupper() and len(w) > 1 for w in before + after)


def _hyphen_pairs(doc, rows, text: str, found: _Found) -> None:
    """"U.S.-China", "U.S.-Korea": one token naming two countries.

    Only the tokens holding a hyphen are looked at, found from the hyphens' offsets in
    the array of token rows (:func:`_token_rows`)."""
    import numpy as np

    hyphens = [m.start() for m in _HYPHEN.finditer(text)]
    if not hyphens:
        return
    # bisect_right over the token starts, for every hyphen at once (a list of the starts
    # held a Python int per token: 130 MB on a 20 MB text)
    starts = rows[:, 0].astype(np.int64)
    last = -1
    for h, i in zip(hyphens, (np.searchsorted(starts, hyphens, side="right") - 1).tolist()):
        if i <= last:
            continue  # before the first token, or a token already looked at
        last = i
        token = doc[i]
        start, length, ent_type = int(starts[i]), len(token), token.ent_type
        if h >= start + length or ent_type:
            continue
        parts = text[start : start + length].split("-")
        if len(parts) != 2:
            continue
        first = _country_lookup(parts[0])
        second = _country_lookup(parts[1]) if first else None  # both parts must be countries
        if second:
            found.add(first, (start, start + len(parts[0])))
            found.add(second, (start + len(parts[0]) + 1, start + length))


def _metonyms(text: str, found: _Found) -> None:
    """"Beijing agreed", "Washington's concerns": the capital as its government."""
    for m in _finditer(_METONYM, _METONYM_START, text):
        if m.group("verb") and m.group("verb") not in titles().metonym_verbs:
            continue
        if text[max(0, m.start() - 5) : m.start()].rstrip().endswith(("in", "near", "at", "to", "from")):
            continue
        pid = "china" if m.group("city") == "Beijing" else "united-states"
        found.add(pid, (m.start("city"), m.end("city")))


#: a bare "Commerce" as a subject ("Commerce will continue", "Commerce and USTR will lead") or coordinated
#: with a U.S. body ("USTR and Commerce"): the U.S. Department of Commerce, as U.S. texts write it
_BARE_COMMERCE = re.compile(r"(?<![\w\-&])Commerce(?![\w\-])")
_WORD_BEFORE_LOWER = re.compile(r"(?:^|[^\w])(\w+)\s+$")
_NEXT_WORD = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _bare_commerce(text: str, found: _Found) -> None:
    """"Commerce will continue its review", "Commerce and USTR will lead", "USTR and Commerce":
    the U.S. Department of Commerce. Never after "of", "and"/"&" with no U.S. body before, or a
    capitalised word ("Electronic Commerce", "Chamber of Commerce", "Commerce and Trade"), never
    before a capitalised word or a title ("Commerce Secretary", "Commerce Department": other rules)."""
    if "Commerce" not in text:
        return
    taken = found.taken
    for m in _BARE_COMMERCE.finditer(text):
        s, e = m.span()
        if found.overlaps(s, e):
            continue
        before = _WORD_BEFORE_LOWER.search(text, max(0, s - 30), s)
        prev = before.group(1) if before else ""
        nxt = _NEXT_WORD.match(text, e)
        w1, w2 = (nxt.group(1), nxt.group(2) or "") if nxt else ("", "")
        if w1[:1].isupper() or prev in ("of", "for", "e", "on") or (prev[:1].isupper() and prev not in ("The", "And")):
            continue
        if prev in ("and", "or"):  # "USTR and Commerce": only after a U.S. body
            ends = [t for t in taken.ending_at(before.start(1) - 1 if before else s) if _us_body(t[2])]
            if not ends:
                continue
        elif w1 in ("and", "or"):  # "Commerce and USTR will": only before a U.S. body
            if not w2 or not any(t[0] == nxt.start(2) and _us_body(t[2]) for t in taken.overlaps(nxt.start(2), nxt.end(2))):
                continue
        elif w1 not in titles().metonym_verbs or w1 in _WEAK_VERBS:
            continue  # "Commerce is a growing sector": a common noun
        found.add("us-department-of-commerce", (s, e))
        found.taken.append((s, e, "us-department-of-commerce"))


#: verbs after which a bare "Commerce" may be the trade itself ("Commerce is growing", "commerce can help")
_WEAK_VERBS = frozenset({"is", "was", "can", "could", "would", "should", "must"})


def _us_body(pid: str) -> bool:
    entry = _by_id().get(pid)
    return entry is not None and entry.country == "US" and entry.type == "government_body"
