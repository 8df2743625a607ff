"""Acronyms defined in the text: "State Food and Drug Administration (SFDA)".

A party ending right before "(ACR)" (the gazetteer's, or one a shape rule found) gets
every later bare ACR as a mention. Otherwise the capitalised words before the bracket
whose initials fit ACR and that end in a body head become a new party, id the acronym's
slug (:func:`_acronyms`). A definition that gives a gazetteer abbreviation another meaning
takes that abbreviation's bare mentions away from the gazetteer party (:func:`_redefined`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...resources.rules import party_by_id as _by_id
from ...resources.rules import titles
from ...text import FOLD
from .common import (
    _ACRONYM_EDGE,
    _bilateral_start,
    _classify,
    _country_of,
    _doc_other_country,
    _Found,
    _head_of,
    _lookup,
    _lookup_tables,
    _name_country,
    _occurrences,
    _prefix_country,
    slug,
)
from .patterns import _ACRONYM_DEF, _FORM_CHARS, _FORM_TAIL, _rx


def _acronyms(text: str, found: _Found, ctx) -> None:
    """"Long Form (ACR)": later bare ACR is the same party; unknown long forms become parties.

    The country of a new party comes from its own name ("Chinese ...", "... of China"), its
    own prefix ("China's ...") or the words right after the acronym ("(OWR) of China"),
    else for a government body or organisation from the document's non-U.S. side. A
    bilateral name ("U.S.-China ... Working Group", "Joint Committee ...", "the bilateral
    ... Dialogue") has no country, and with a mechanism head it is a forum.
    """
    other = _doc_other_country(found)
    suffix = _rx().country_suffix
    done: dict[str, str] = {}  # acronym -> the party its occurrences were last given to
    occurrences = _occurrence_cache(text)

    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        before_end = _name_end(text, m.start())
        if text[max(0, before_end - 2):before_end] in ("\u2019s", "'s"):  # "the Institute's (ABC) office"
            before_end -= 2
        # the party ending right before the parenthesis
        ending = found.taken.ending_at(before_end)
        owner = min(ending, key=lambda t: t[0]) if ending else None
        pid = None
        if owner is not None:
            pid = owner[2]
            if pid not in found.parties:
                # the words before "(" name a title, read as no party ("Assistant Trade Representative
                # (ATR) Jane Roe"): the acronym is the title's, not a body's
                continue
            entry = _by_id().get(pid)
            if entry is not None and entry.type == "country":
                pid = None
            elif (entry is None or (entry.type != "person" and entry.acronym is None)) and (
                    _lookup_tables()[1].get(acr) not in (None, pid)):
                # "Free Trade Commission (FTC)": a party with no acronym of its own takes the abbreviation
                # from the gazetteer's (the Federal Trade Commission) when its words fit the letters
                _redefined(found, acr, _fitting_form(text, acr, before_end), occurrences)
        if pid is None:
            done.pop(acr, None)  # a redefinition may take the occurrences away again
            _redefined(found, acr, _fitting_form(text, acr, before_end), occurrences)
            long_form = _long_form(text, acr, before_end)
            if long_form is None:
                continue
            ls = before_end - len(long_form)
            bilateral = False
            bs = _bilateral_start(text, ls)
            if bs is not None:
                ls, long_form, bilateral = bs, text[bs:before_end], True
            elif re.search(r"\b(?:bilateral|joint)[ \u00a0]+(?:the[ \u00a0]+)?$", text[max(0, ls - 20) : ls]):
                bilateral = True
            ptype, stateless = _classify(long_form, bilateral)
            if stateless:
                country = None
            else:
                country = _name_country(long_form) or _prefix_country(text, ls)
                if country is None:
                    sm = suffix.match(text, m.end())
                    country = _country_of(sm.group("c")) if sm else None
                if country is None and ptype != "forum":
                    country = other
            pid = slug(acr)
            if pid in _by_id() and _by_id()[pid].name.translate(FOLD).lower() != long_form.translate(FOLD).lower():
                pid = slug(long_form)
            found.absorb(ls, before_end)
            found.add(pid, (ls, before_end), name=long_form, type=ptype, country=country, acronym=acr)
            found.taken.append((ls, before_end, pid))
        acc = found.parties[pid]
        if acc.acronym is None and _by_id().get(pid) is None:
            acc.acronym = acr
        # every occurrence of the acronym as a word, from the definition on (no occurrence
        # runs across the "(" at m.start(), so those after it are the ones a scan from it finds)
        # A definition of an acronym already given to the same party adds nothing: the earlier
        # one went through every occurrence after it, and what it skipped is still taken.
        if _given_before(done, acr, pid):
            continue
        done[acr] = pid
        spans = occurrences(acr)
        for os_, oe in spans[bisect_left(spans, (m.start(), m.start())) :]:
            if any(t[2] != pid for t in found.overlaps(os_, oe)):
                continue
            found.add(pid, (os_, oe))
            found.taken.append((os_, oe, pid))


#: a short form given in quotes in a bracket after a name: (the "Commission" or the "FTC"), ('FTC')
_QUOTED_DEF = re.compile(
    r"\((?:[^()\n]{0,40}?\bor[ \u00a0]+)?(?:the[ \u00a0]+)?[\u201c\"'\u2018](?P<acr>[A-Z][A-Za-z&.\-]{0,10}[A-Z])[\u201d\"'\u2019]\)")


def _quoted_acronyms(text: str, found: _Found) -> None:
    """"Free Trade Commission (the "Commission" or the "FTC")": a short form in quotes in the bracket
    after a party is that party's, from there on; a gazetteer abbreviation it redefines leaves the
    gazetteer party (as for "Long Form (ACR)", :func:`_acronyms`)."""
    if "(" not in text:
        return
    occurrences = _occurrence_cache(text)

    for m in _QUOTED_DEF.finditer(text):
        acr = m.group("acr")
        before_end = _name_end(text, m.start())
        ending = [t for t in found.taken.ending_at(before_end) if (_by_id().get(t[2]) is None or
                                                                    _by_id()[t[2]].type not in ("country", "person"))]
        if not ending:
            continue
        pid = min(ending, key=lambda t: t[0])[2]
        if pid not in found.parties:
            continue  # a name read as a title, no party (as in :func:`_acronyms`)
        if _lookup_tables()[1].get(acr) not in (None, pid):
            _redefined(found, acr, found.parties[pid].name, occurrences)
        spans = occurrences(acr)
        for os_, oe in spans[bisect_left(spans, (m.start(), m.start())) :]:
            if any(t[2] != pid for t in found.overlaps(os_, oe)):
                continue
            found.add(pid, (os_, oe))
            found.taken.append((os_, oe, pid))


def _given_before(done: dict[str, str], acr: str, pid: str) -> bool:
    """Whether an earlier definition already gave ``acr``'s occurrences to ``pid``."""
    return done.get(acr) == pid


def _redefined(found: _Found, acr: str, form: str | None, occurrences) -> None:
    """"Information Technology Agreement (ITA)": the text gives a gazetteer abbreviation
    another meaning, so its bare occurrences are not the gazetteer party (ITA, the
    International Trade Administration)."""
    if form is None:
        return
    if form.split()[0] in {h for h in titles().title_heads if " " not in h} | {"Vice", "Deputy"}:
        return  # "Minister for Trade and Industry (MTI) X": the minister's title, the acronym still the ministry's
    pid = _lookup_tables()[1].get(acr)
    if pid is None or _lookup(form) == pid:
        return
    acc = found.parties.get(pid)
    spans = set(occurrences(acr))
    if acc is not None:
        acc.mentions -= spans
        acc.sorted_mentions = None
    if any(t[2] == pid and (t[0], t[1]) in spans for _, e in spans for t in found.taken.ending_at(e)):
        found.taken = [t for t in found.taken if not (t[2] == pid and (t[0], t[1]) in spans)]


def _long_form(text: str, acr: str, end: int) -> str | None:
    """The capitalised name ending at ``end`` (just before "(ACR)") whose initials fit ACR
    and that has a body head."""
    form = _fitting_form(text, acr, end)
    return form if form and _head_of(form) else None


def _form_start(text: str, end: int, reach: int = 400) -> int:
    """Where to search for a name ending at ``end``: after the last character before it
    that no name can contain (a full stop, a digit, a line break...), so the search finds
    the match a search of all of ``text[:end]`` finds without trying every position
    before the parenthesis; 0 when there is none within ``reach``."""
    stop = end - (text[end - 1 : end] == "\n")  # "$" also matches before a final newline
    for i in range(stop - 1, max(-1, stop - 1 - reach), -1):
        if text[i] not in _FORM_CHARS:
            return i + 1
    return 0


def _fitting_form(text: str, acr: str, end: int | None = None) -> str | None:
    """The capitalised words ending at ``end`` (default: the end of ``text``), just
    before "(ACR)", whose initials fit ACR."""
    end = len(text) if end is None else end
    m = _FORM_TAIL.search(text, _form_start(text, end), end)
    if not m:
        return None
    tail = m.group(0)
    words = [(w.start(), w.group(0)) for w in re.finditer(r"[A-Za-z][A-Za-z\-\u2019']*|&", tail)]
    if not words:
        return None
    letters = [c for c in acr if c.isupper()]
    for i, (pos, w) in enumerate(words):
        if not w[0].isupper() or w in ("The",):
            continue
        caps = [x[0] for _, x in words[i:] if x[0].isupper()]
        if caps[0] == letters[0] and _subseq(letters, caps) and len(caps) <= len(letters) + 2:
            return tail[pos:]
    return None


def _subseq(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(c == h for h in it) for c in needle)


def _occurrence_cache(text: str):
    """``occurrences(acr)``: every occurrence of ``acr`` as a word in ``text``, scanned once per acronym."""
    cache: dict[str, list[tuple[int, int]]] = {}

    def occurrences(acr: str) -> list[tuple[int, int]]:
        if acr not in cache:
            cache[acr] = list(_occurrences(text, acr, _ACRONYM_EDGE))
        return cache[acr]

    return occurrences


def _name_end(text: str, paren: int) -> int:
    """Where the name before the bracket at ``paren`` ends: the spaces before it left out."""
    while paren > 0 and text[paren - 1] in " \u00a0":
        paren -= 1
    return paren
