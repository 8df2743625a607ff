"""People by title, and their later mentions.

Titled names ("U.S. Commerce Secretary John Bryson", "Vice Premier and Member of the State
Council, Wang Qishan", "Mr. Levine was Deputy Assistant Secretary", "Treasury Secretary
Henry M Paulson, Jr.": a middle initial with or without its period; :func:`_people`), a
title "of" a body found, then a name, and a name followed by a lower-case title (both in
:mod:`.titled`); each name resolves to a gazetteer
person, a person linked by surname, or a new person (:func:`_resolve`). Later "Wang
Qishan", "Secretary Bryson", "Bryson" link to them (:func:`_link_people`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...resources.rules import gazetteer, titles
from ...resources.rules import party_by_id as _by_id
from .common import (
    _NAME_EDGE,
    _SURNAME_EDGE,
    _Acc,
    _container,
    _country_of,
    _finditer,
    _Found,
    _lookup,
    _occurrences,
    slug,
)
from .patterns import (
    _HONORIFIC,
    _HONORIFIC_START,
    _NAME_BEFORE_SURNAME,
    _NW,
    _OF_AFTER_NAME,
    _PARTICLE,
    _SPACES,
    _org_rx,
    _rx,
)


def _person_key(name: str) -> str:
    return slug(name)


def _is_chinese_name(name: str, country: str | None) -> bool:
    toks = name.replace(",", " ").split()
    return len(toks) in (2, 3) and toks[0] in titles().chinese_surnames and (country in (None, "CN"))


def _is_vietnamese_name(name: str) -> bool:
    """A name of three or four words opening with a Vietnamese family name ("Nguyen Minh Triet")."""
    toks = name.split()
    return len(toks) in (3, 4) and toks[0] in titles().vietnamese_surnames and all(t[:1].isupper() for t in toks)


def _without_initials(name: str) -> str:
    """A name without its middle initials: "Ramon M. Lopez" -> "Ramon Lopez"."""
    return " ".join(t for t in name.split() if not re.fullmatch(r"[A-Z]\.?", t))


def _family_first(name: str, country: str | None) -> bool:
    """Whether ``name`` puts the family name first: a two- or three-word name of a country
    that writes names so (``family_name_first_countries``: "Moon Jae-in", "Kim Jong Un"), or
    one opening with a Chinese family name and no other country."""
    toks = name.replace(",", " ").split()
    if len(toks) not in (2, 3):
        return False
    if country in titles().family_name_first_countries:
        # a Western order within such a country: "John Deng" (the family name last, the first word no
        # family name), "Bi-khim Hsiao" (the hyphenated given name first)
        surnames = titles().chinese_surnames
        if toks[-1] in surnames and toks[0] not in surnames:
            return False
        return not ("-" in toks[0] and "-" not in toks[-1])
    return country is None and toks[0] in titles().chinese_surnames


def _surname(name: str, chinese: bool) -> str:
    toks = [t for t in name.replace(",", " ").split() if t not in ("Jr.", "Sr.", "Jr", "Sr")]
    return toks[0] if chinese else toks[-1]


@cache
def _known_surnames() -> dict[str, list[str]]:
    """Surname -> ids of the gazetteer's people."""
    out: dict[str, list[str]] = {}
    for p in gazetteer():
        if p.type == "person":
            out.setdefault(_surname(p.name, _family_first(p.name, p.country)), []).append(p.id)
    return out


@dataclass(frozen=True, slots=True)
class _Named:
    """A name a title rule found: ``name`` at [start, end) with ``title``; ``country`` the
    title's (or None); ``default_us`` false when an unknown country must stay null."""

    name: str
    start: int
    end: int
    title: str
    country: str | None
    default_us: bool = True
    fallback: str | None = None  # the country when nothing else gives one (before the U.S. default)


def _person_country(pid: str, name: str, fallback: str | None, default_us: bool) -> str | None:
    """The country of a person whose title gives none: the gazetteer's; the document's other
    side (``fallback``) for a family-name-first name of a country that writes names so; CN for
    a Chinese name, VN for a Vietnamese one; else ``fallback``, else US when ``default_us``."""
    known = _by_id().get(pid)
    if known is not None:
        return known.country
    if fallback in titles().family_name_first_countries and _is_chinese_name(name, None):
        return fallback  # "Minister Wang Mei-hua" in a document of Taiwan: Taiwan's, not China's
    if _is_chinese_name(name, None):
        return "CN"
    if _is_vietnamese_name(name):
        return "VN"
    if fallback is not None:
        return fallback
    return "US" if default_us else None


def _resolve(text: str, found: _Found, pending: list, out: list, named: _Named) -> None:
    """Record the person ``name`` at [s, e) with ``title``: a gazetteer person, a person linked
    by surname, or a new person (country: the title's, the gazetteer's, CN for a Chinese
    name, else US unless ``default_us`` is false)."""
    name, s, e, title, tcountry, default_us = (
        named.name, named.start, named.end, named.title, named.country, named.default_us)
    if "\n" in text[s:e]:
        cut = _wrapped_cut(text, s, e)
        if cut is None:
            return
        e = cut
        name = text[s:e]
    name = _SPACES.sub(" ", _NICKNAME_RX.sub("", name))
    if name.startswith("Honorable "):  # "the Honorable Mike Pence"
        s += len("Honorable ")
        name = name[len("Honorable ") :]
    head, _, rest = name.partition(" ")
    if head in _HONORIFIC_WORDS and rest[:1].isupper():  # British style without a period: "Dr Jane Roe"
        s += len(head) + 1
        name = rest
    words = name.replace(",", " ").split()
    stop = titles().name_stopwords
    if not words or words[0] in stop:
        return
    # cut the name at the first stop word ("Wang Yang, the JCCT" is handled by the regex)
    kept = []
    for w in words:
        if w.rstrip(".") in stop and kept:
            break
        kept.append(w)
    if len(kept) < len(words):
        name = " ".join(kept)
        e = s + text.find(kept[-1], s, e) - s + len(kept[-1])
    if kept[0].isalpha() and kept[0].isupper() and len(kept[0]) > 1:  # "SHANG Yong" is "Shang Yong"
        kept = [kept[0].title(), *kept[1:]]
        name = kept[0] + name[len(kept[0]):]
    pid = _lookup(name)
    if pid and _by_id()[pid].type != "person":
        return
    if pid is None:  # "Carlos M. Gutierrez", "Henry Paulson, Jr.": the gazetteer's "Carlos Gutierrez"
        short = re.sub(r",?[ \u00a0]+(?:Jr|Sr)\.?$", "", re.sub(r"[ \u00a0]+[A-Z]\.?(?=[ \u00a0])", "", name))
        alt = _lookup(short) if short != name and " " in short else None
        pid = alt if alt and _by_id()[alt].type == "person" else None
    if pid is None and len(kept) == 2:  # "Abe Shinzo" and "Shinzo Abe": one person, either order
        rev = f"{kept[1]} {kept[0]}"
        alt = _lookup(rev)
        if alt and _by_id()[alt].type == "person":
            pid = alt
        else:
            pid = next((a.id for a in found.parties.values() if a.type == "person" and a.name == rev), None)
    if pid is None and len(kept) == 1:
        # "President Xi", "Secretary Pritzker": link by surname (now, or once all names are known)
        cands = [a.id for a in found.parties.values() if a.type == "person"
                 and _surname(a.name, _family_first(a.name, a.country)) == kept[0]]
        if len(cands) != 1:
            cands = _known_surnames().get(kept[0], [])
        if len(cands) == 1:
            pid = cands[0]
        else:
            pending.append((kept[0], s, e, title))
            return
    if pid is None and len(kept) >= 2:
        # "Ramon Lopez" after "Ramon M. Lopez" (or before it): one person, with or without the initial
        bare = _without_initials(name)
        pid = next((a.id for a in found.parties.values() if a.type == "person" and _without_initials(a.name) == bare), None)
    if pid is None:
        pid = _person_key(name)
    country = tcountry if tcountry is not None else _person_country(pid, name, named.fallback, default_us)
    acc = found.add(pid, (s, e), name=name, type="person", country=country, title=title)
    if acc.country is None:
        acc.country = country
    out.append((s, e, pid))


#: a quoted nickname inside a name, dropped from its value ("Chern-chyi “CC” Chen" is "Chern-chyi Chen")
_NICKNAME_RX = re.compile(r"[ \u00a0]+[\u201c\"][A-Z][A-Za-z]{0,11}[\u201d\"](?=[ \u00a0])")


def _wrapped_cut(text: str, s: int, e: int) -> int | None:
    """Where a name broken across lines ends. A line break inside a titled name is kept only
    in hard-wrapped running text: the line before it is long (a wrapped paragraph, not a
    heading or a list item) and at most one name word follows it ("Treasury Secretary
    Timothy\nGeithner, who ..."); otherwise the name ends at the break (None if nothing is left)."""
    nl = text.find("\n", s, e)
    line_start = text.rfind("\n", max(0, nl - 200), nl) + 1
    after = text[nl:e].split()
    if nl - line_start >= 50 and len(after) == 1 and not text[s:nl].rstrip().endswith(","):
        return e
    cut = nl
    while cut > s and text[cut - 1] in " \u00a0,":
        cut -= 1
    return cut if cut > s else None


_SIDE_AT_END = re.compile(r"\b(?:for|from|representing|on[ \u00a0]+behalf[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?$")
#: a sentence's end for :func:`_side_of_sentence`: not the dots of "U.S." or "D.C."
_SENTENCE_STOP = re.compile(r"(?<![A-Z])\.(?=\s|$)|;|\n")
#: only the country's own capitalised words before the end: "Mexico", "the United States of America"
_CLOSING_NAME = re.compile(r"[A-Z][\w.’'-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w.’'-]*){0,4}[)”\"’]*")
_RUN_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*[ \u00a0]+){1,5})$")


#: "Mr. Kazuyuki Yamazaki, Senior Deputy Minister ...", "H.E. Mr. William F. Hagerty, U.S. Ambassador ...",
#: "the Honorable Wilbur Ross, Secretary of Commerce": an honorific, a full name, a comma, a capitalised title
_HONORIFIC_APPOSITIVE = re.compile(
    r"\b(?:(?:Mr|Ms|Mrs|Dr|Prof)\.|[Tt]he[ \u00a0]+Honorable)[ \u00a0]+"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+(?:O[’']|Mc)?[A-Z][A-Za-z’'-]+){1,2}),[ \u00a0]+"
    r"(?P<title>(?:[A-Z][\w.’'-]*[ \u00a0]+){0,4}(?:[A-Z][\w’'-]*)"
    # "Secretary of the Treasury", "Minister for Foreign Affairs": a connector and capitalised words after it
    r"(?:[ \u00a0]+(?:of|for|to)(?:[ \u00a0]+the)?(?:[ \u00a0]+[A-Z][\w’'-]*){1,4})?)"
)
#: a sentence end in prose (not the dots of "U.S.", "Mr.", "William F.")
_PROSE_STOP = re.compile(r"[a-z]{2}\.[ \u00a0\n]+[A-Z]")
#: "attended on the U.S. side by", "on the Japanese side": the side a list of names stands for
_SIDE_BEFORE = re.compile(r"\bon[ \u00a0]+the[ \u00a0]+([A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)[ \u00a0]+side\b")


def _honorific_appositives(text: str, found: _Found, pending: list, out: list, other: str | None) -> None:
    """Names after an honorific and before a comma and a title (an attendance list). The
    country: the side the list stands for ("on the Japanese side by Mr. X, ..."), else a
    country word opening the title ("U.S. Ambassador to Japan"), else the document's other
    side for a title the U.S. does not use ("Deputy Prime Minister"), else as any titled
    name (:func:`_resolve`)."""
    for m in _finditer(_HONORIFIC_APPOSITIVE, (*_HONORIFIC_START, "The", "the"), text):  # "Mr.", "the Honorable"
        country = _country_of(m.group("title").split()[0])
        sides = list(_SIDE_BEFORE.finditer(text, max(0, m.start() - 1500), m.start()))
        if sides and not _PROSE_STOP.search(text, sides[-1].end(), m.start()):
            country = _country_of(sides[-1].group(1)) or country
        country = country or _led_by_side(text, m.start())  # "The Singapore delegation was led by Prof. X, ..."
        foreign = country is None and any(h in m.group("title") for h in titles().non_us_title_heads)
        found.title_spans.append((m.start("title"), m.end("title")))
        _resolve(text, found, pending, out,  # "Mr. X, Deputy Prime Minister": the other side, never the U.S. by default
                 _Named(m.group("name"), m.start("name"), m.end("name"), m.group("title"), country,
                        default_us=not foreign, fallback=other if foreign else None))


#: "The Kenyan delegation was led by ", "the Brazilian side, headed by ": the side a titled name leads
_LED_BY = re.compile(
    r"(?<![\w.])(?P<c>(?!The[ \u00a0])[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*)?)[ \u00a0]+(?:delegation|side|team)"
    r",?[ \u00a0]+(?:was[ \u00a0]+|were[ \u00a0]+|is[ \u00a0]+)?(?:led|headed|represented)[ \u00a0]+by[ \u00a0]+$")


#: "The Mexican delegation was led by " anywhere before a title in its sentence (a list of titled names)
_LED_BY_ANY = re.compile(_LED_BY.pattern[:-1])
#: the words every match of ``_LED_BY_ANY`` holds (a cheap test before the regex scan)
_LED_WORDS = ("led by", "headed by", "represented by")
#: where a sentence ends ("U.S." is not an end)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.;!?](?=[ \u00a0\n])|\n")


def _led_by_side(text: str, start: int) -> str | None:
    """The country of "the <country word> delegation was led by" right before a title, or earlier in
    its sentence before a list of titled names ("The Mexican delegation was led by A, Under Secretary
    of X, B, ...": every name of the list)."""
    m = _LED_BY.search(text, max(0, start - 80), start)
    if m is None and any(text.find(w, max(0, start - 400), start) >= 0 for w in _LED_WORDS):
        lo = max(0, start - 400)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
        found = list(_LED_BY_ANY.finditer(text, ends[-1] if ends else lo, start))
        m = found[-1] if found else None
    return _country_of(m.group("c")) if m else None


#: ", led the Peruvian delegation", " headed the Omani side": the side a titled name leads, after it
_LEDS_AFTER = re.compile(
    r",?[ \u00a0]+(?:led|leads|headed|heads)[ \u00a0]+the[ \u00a0]+(?P<c>[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*)?)"
    r"[ \u00a0]+(?:delegation|side|team)\b")


def _leads_side_after(text: str, end: int) -> str | None:
    """The country of ", led the <country word> delegation" right after a titled name."""
    m = _LEDS_AFTER.match(text, end)
    return _country_of(m.group("c")) if m else None


#: a signature block: "For the Delegation of the United States:" (or "For the Government of X:", "For
#: X:") on its line, the signatory's full name alone on the next
_SIGNATORY = re.compile(
    rf"(?m)^[ \t\u00a0]*For[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:Delegation|Government)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)?"
    rf"(?P<side>[A-Z][^:\n]{{1,80}}):[ \t\u00a0]*\r?\n[ \t\u00a0]*"
    rf"(?P<name>{_NW}(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+(?:{_PARTICLE})?{_NW}){{1,2}})[ \t\u00a0]*\r?$")


def _signatories(text: str, found: _Found, pending: list, out: list, ents) -> None:
    """The signatory under "For the Delegation of <side>:", of the country that side names
    first (nothing kept when it names none)."""
    if "For " not in text:
        return
    for m in _SIGNATORY.finditer(text):
        country = next((_by_id()[pid].country for s, e, pid in ents
                        if m.start("side") <= s and e <= m.end("side") and _by_id()[pid].type == "country"), None)
        if country is not None:
            _resolve(text, found, pending, out, _Named(m.group("name"), m.start("name"), m.end("name"), "", country))


def _adjective_before(text: str, start: int) -> str | None:
    """The country of a country adjective opening the run of capitalised words right before
    a title the rules matched: "Chinese Deputy International [Trade Representative X]" -> CN."""
    m = _RUN_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return None
    return _country_of(m.group(1).split()[0])


def _side_of_sentence(text: str, e: int, ents_at: dict[int, str]) -> str | None:
    """The country a sentence ends on after "for" / "from" / "on behalf of" ("... and
    Ambassador X chaired the meeting for Mexico."), for a titled name without a country:
    the side the list of names is given for; None if the sentence does not end so."""
    end = _SENTENCE_STOP.search(text, e, e + 300)
    if end is None:
        return None
    stop = end.start()
    for pos in range(stop - 1, e, -1):
        pid = ents_at.get(pos)
        if pid is not None:
            entry = _by_id()[pid]
            if entry.type == "country" and _SIDE_AT_END.search(text, max(e, pos - 40), pos):
                if _CLOSING_NAME.fullmatch(text, pos, stop):  # the country closes the sentence
                    return entry.country
            return None
    return None


def _after_name_country(text: str, e: int, ents_at: dict[int, str]) -> tuple[str | None, bool]:
    """(country, known) of an "of <country or place>" right after a name: "President Antonio
    Saca of El Salvador" -> SV; "Mayor Shirley Franklin of Atlanta" -> US. ``known`` is
    false for "of <an unknown capitalised name>" (never defaulted to US); (None, True) when
    no "of" follows."""
    m = _OF_AFTER_NAME.match(text, e)
    if m is None:
        return None, True
    pid = ents_at.get(m.end())
    if pid is not None:
        entry = _by_id()[pid]
        return entry.country, entry.country is not None
    place = _org_rx().place.match(text, m.end()) if _org_rx().place is not None else None
    if place:
        return _org_rx().place_country[place.group()], True
    return None, False


_PARTICLE_RX = re.compile(rf"[ \u00a0]{_PARTICLE}")
_LAST_WORD = re.compile(r"[A-Z][\w'\u2019-]*$")
_VN_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)[ \u00a0]+$")


def _bodies_by_end(ents) -> dict[int, list[tuple[int, str]]]:
    """End -> (start, country) of the gazetteer bodies (not countries, not persons) with a country."""
    out: dict[int, list[tuple[int, str]]] = {}
    for s, e, pid in ents:
        entry = _by_id()[pid]
        if entry.type not in ("country", "person") and entry.country is not None:
            out.setdefault(e, []).append((s, entry.country))
    return out


def _body_over(start: int, name_start: int, ends: dict[int, list[tuple[int, str]]]) -> str | None:
    """The country of a gazetteer body that starts before a title and ends inside it, on its
    country word: "American Institute in Taiwan Director X" is the Institute's (US), not Taiwan's."""
    for e in range(start + 1, name_start + 1):
        for s, country in ends.get(e, ()):
            if s < start:
                return country
    return None


def _body_before(text: str, start: int, ends: dict[int, list[tuple[int, str]]]) -> str | None:
    """The country of a gazetteer body (not a country, not a person) right before a title:
    "European Commission Executive Vice President X", "Executive Yuan Minister X"."""
    for e in range(start, max(-1, start - 5), -1):
        if e in ends and not text[e:start].strip(" \u00a0\u2019's"):
            return ends[e][0][1]
    return None


def _stateless_before(text: str, start: int, ends: set[int]) -> bool:
    """Whether a gazetteer organisation or forum of no country ends right before a title (its
    possessive too): "African Union Trade Commissioner X", "the WTO's Director-General X"."""
    for e in range(start, max(-1, start - 5), -1):
        if e in ends and not text[e:start].strip(" \u00a0\u2019's"):
            return True
    return False


def _people(text: str, found: _Found, ents, pending: list) -> list[tuple[int, int, str]]:
    """Titled names: returns (start, end, person id) of each name mention found by title."""
    out: list[tuple[int, int, str]] = []
    ents_at = {s: pid for s, _, pid in ents}
    ends = _bodies_by_end(ents)
    stateless_ends = {e for _, e, pid in ents if _by_id()[pid].type in ("organization", "forum") and _by_id()[pid].country is None}
    tables = titles()
    other = _other_side(ents)
    for m in _finditer(_rx().titled_name, _rx().title_start, text):
        title = m.group("title")
        cty = m.group("cty")
        tcountry = (_body_over(m.start("title"), m.start("name"), ends) or _country_of(cty)
                    or _adjective_before(text, m.start()) or _led_by_side(text, m.start())
                    or _leads_side_after(text, m.end("name"))
                    or _body_before(text, m.start(), ends))
        default_us, fallback = True, None
        if tcountry is None and _stateless_before(text, m.start(), stateless_ends):
            default_us = False  # "African Union Trade Commissioner X": an official of a body of no state
        elif tcountry is None:
            head = m.group("head")
            foreign = head in tables.non_us_title_heads  # "Prime Minister Abe", "Minister of Commerce Chen"
            full = re.sub(r"^(?:Vice|Deputy)\s+", "", title)
            # a known body or country after the name beats a title's usual country:
            # "Deputy Trade Representative X of the Executive Yuan" is Taiwan's
            after = (None if m.group("dom") or m.group("gdom")
                     else _after_name_country(text, m.end("name"), ents_at)[0])
            tcountry = after or tables.title_countries.get(title) or tables.title_countries.get(full) or (
                "US" if not foreign and (m.group("body") in tables.us_title_bodies or m.group("dom") in tables.us_title_domains)
                else None)
            if head == "Premier" and tcountry is None:
                tcountry = "CN"
            if tcountry is None and not m.group("dom") and not m.group("gdom"):
                # "President Antonio Saca of El Salvador": the country after the name
                tcountry, default_us = _after_name_country(text, m.end("name"), ents_at)
            if tcountry is None:
                # "A, B and C chaired the meeting for Mexico.": the side the sentence names (never the U.S. for a
                # title the U.S. does not use: "Minister X underscored ... a partner for the United States.")
                tcountry = _side_of_sentence(text, m.end("name"), ents_at)
                if foreign and tcountry == "US":
                    tcountry = None
            if tcountry is None and foreign:  # never the U.S. by default: the document's other side
                default_us, fallback = False, other
        name, ns = m.group("name"), m.start("name")
        if m.group("ndom") and _PARTICLE_RX.search(name):
            # "... for Hemispheric Affairs Ana Maria de la Souza": a free-form domain ends on a domain word; a
            # given name before a name with particles is the name's ("Ana"), not the domain's
            last = _LAST_WORD.search(m.group("ndom"))
            if last and last.group() not in _rx().domain_words and " " in m.group("ndom").strip():
                ns = m.start("ndom") + last.start()
                name = text[ns : m.end("name")]
                title = text[m.start("title") : ns].rstrip()
        vn = _VN_SURNAME_BEFORE.search(text, max(0, ns - 12), ns)
        if vn and vn.group(1) in tables.vietnamese_surnames and len(name.split()) == 2 and vn.start(1) > m.start("title"):
            # "Vice Minister of Industry and Trade Do Thang Hai": the domain's last word is the family name
            name, ns = text[vn.start(1):m.end("name")], vn.start(1)
            title = text[m.start("title"):vn.start(1)].rstrip()
        found.title_spans.append((m.start("title"), m.start("title") + len(title)))
        _resolve(text, found, pending, out,
                 _Named(name, ns, m.end("name"), title, tcountry, default_us, fallback))
    _titled_of_country(text, found, pending, out, ents)
    _spokespeople(text, found, pending, out, ents)
    for m in _finditer(_rx().appositive_title, _HONORIFIC_START, text):
        _resolve(text, found, pending, out,
                 _Named(m.group("name"), m.start("name"), m.end("name"), m.group("title"), _country_of(m.group("cty"))))
    _honorific_appositives(text, found, pending, out, other)
    _signatories(text, found, pending, out, ents)
    # gazetteer persons found by the ruler count as people too
    for s, e, pid in ents:
        if _by_id()[pid].type == "person":
            out.append((s, e, pid))
    return out


def _other_side(ents) -> str | None:
    """The country other than the U.S. that the gazetteer's country mentions name most often (None if none)."""
    counts: dict[str, int] = {}
    for _, _, pid in ents:
        entry = _by_id()[pid]
        if entry.type == "country" and entry.country not in (None, "US"):
            counts[entry.country] = counts.get(entry.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _titled_of_country(text: str, found: _Found, pending: list, out: list, ents) -> None:
    """A title "of" a country, then a name: "the Prime Minister of Ruritania Dr. Ivan Petrov",
    "the President of the United States of America Jane Doe". The person's country is the
    country named."""
    rx, by_id = _rx(), _by_id()
    for s, e, pid in ents:
        if not text.endswith(("of ", "the ", "of\u00a0", "the\u00a0"), max(0, s - 4), s):
            continue
        entry = by_id[pid]
        if entry.type != "country":
            continue
        t = rx.title_of_country.search(text, max(0, s - 80), s)
        n = rx.name_after_country.match(text, e) if t else None
        if n is None:
            continue
        title = _SPACES.sub(" ", text[t.start("title") : e])
        _resolve(text, found, pending, out,
                 _Named(n.group("name"), n.start("name"), n.end("name"), title, entry.country))


def _spokespeople(text: str, found: _Found, pending: list, out: list, ents) -> None:
    """A lower-case "spokesperson" / "spokesman" / "leader" before a name: "GAC spokesperson
    Wu Min", "Ruritanian leader Ivan Petrov".
    The person's country: the party right before the title (its possessive too), else CN
    for a Chinese name; otherwise nothing is kept."""
    if "spokes" not in text and "leader " not in text and "minister " not in text:
        return
    ends = {e: pid for _, e, pid in ents}
    starts = ("spokes", "leader", "chief", "deputy", "vice", "assistant", "minister",
              *{b.lower() for b in titles().title_bodies if " " not in b})
    for m in _finditer(_rx().spokes, starts, text):
        before = text[: m.start()].rstrip(" \u00a0")
        if before.endswith(("'s", "\u2019s")):
            before = before[:-2]
        pid = ends.get(len(before))
        country = _by_id()[pid].country if pid else None
        name = m.group("name")
        if country is None and not _is_chinese_name(name, None):
            continue
        _resolve(text, found, pending, out,
                 _Named(name, m.start("name"), m.end("name"), m.group("title"), country, default_us=False))


def _full_name_of(text: str, sur: str) -> tuple[int, int, str] | None:
    """(start, end, first name) of the first "Hank Levine" / "Hank J. Levine" for the
    surname ``sur`` (a capitalised word ending in a letter): what
    ``re.search(rf"\\b({_W}(?:[ \\u00a0][A-Z]\\.)?)[ \\u00a0]{re.escape(sur)}\\b", text)``
    finds, without compiling a pattern per surname that ``re`` tries at every position.
    Each occurrence of the surname, in order, has at most one such name before it, starting
    at the capital before the lower-case run that ends before the space (and the initial);
    the first occurrence that has one gives the leftmost match."""
    n = len(sur)
    q = text.find(sur)
    while q >= 0:
        after = text[q + n : q + n + 1]
        if q >= 3 and not (after.isalnum() or after == "_"):  # \b after the surname
            i = q - 1  # the space before the surname
            if text[i - 1 : i] == ".":
                i -= 3  # the space before the initial "J."
            j = i
            while j > 0 and "a" <= text[j - 1] <= "z":
                j -= 1
            m = _NAME_BEFORE_SURNAME.match(text, max(0, j - 1), q) if j < i else None
            if m:
                return m.start(), q + n, m.group(1)
        q = text.find(sur, q + 1)
    return None


_HONORIFIC_WORDS = frozenset({"Mr", "Ms", "Mrs", "Dr", "Madam", "Mister", "Honorable", "Excellency", "Shri", "Smt", "Engineer"})  # "Shri Kamal Nath", "Engineer X" (Pakistan)


def _title_side(title: str) -> str | None:
    """The country a title alone gives: a country word opening it ("U.S. Ambassador"), or a title
    only one country uses ("Trade Representative", "Vice Premier"); else None."""
    t = titles()
    words = title.split()
    country = _country_of(words[0]) if words else None
    if country is None:
        country = t.title_countries.get(title) or t.title_countries.get(re.sub(r"^(?:Vice|Deputy)\s+", "", title))
    return country


def _link_people(text: str, found: _Found, pending: list[tuple[str, int, int, str]]) -> None:
    """Later mentions of a person: the full name, "Mr./Secretary Surname", a bare Western surname."""
    persons = [a for a in found.parties.values() if a.type == "person"]
    # "Mr. Levine" with "Hank Levine" somewhere in the text (each surname's full name looked for once)
    full_names: dict[str, tuple[int, int, str] | None] = {}
    for m in _finditer(_HONORIFIC, _HONORIFIC_START, text):
        sur = m.group("name")
        if any(_surname(a.name, _family_first(a.name, a.country)) == sur for a in persons):
            continue
        if sur not in full_names:
            full_names[sur] = _full_name_of(text, sur)
        full = full_names[sur]
        if full and full[2] not in titles().name_stopwords:
            name = text[full[0] : full[1]]
            acc = found.add(_person_key(name), (full[0], full[1]), name=name, type="person", country="US")
            persons.append(acc)
    by_surname: dict[str, list[_Acc]] = {}
    for sur, s, e, title in pending:  # "Mr. Levine was Deputy Assistant Secretary ..."
        accs = [a for a in persons if _surname(a.name, _family_first(a.name, a.country)) == sur]
        if not accs:  # the other end of a name whose order is not sure: "Minister Gan" for "Gan Kim Yong"
            accs = [a for a in persons if len(a.name.split()) in (2, 3) and sur in (a.name.split()[0], a.name.split()[-1])]
        if len(accs) == 1:
            accs[0].mentions.add((s, e))
            if title not in accs[0].titles:
                accs[0].titles.append(title)
        elif not accs and sur not in _HONORIFIC_WORDS and (country := _title_side(title)) is not None and _lookup(sur) is None:
            # "Trade Representative Greer" with no full name anywhere: the person as the text names them
            acc = found.add(_person_key(sur), (s, e), name=sur, type="person", country=country, title=title)
            persons.append(acc)
    for a in persons:
        chinese = _family_first(a.name, a.country)
        by_surname.setdefault(_surname(a.name, chinese), []).append(a)
        # every occurrence of the full name
        a.mentions.update(_occurrences(text, a.name, _NAME_EDGE))
    # a surname inside a name already found (any person's) or inside another party is not a mention
    inside = _container([m for a in persons for m in a.mentions] + found.taken)
    for sur, accs in by_surname.items():
        if len(accs) != 1:
            continue
        a = accs[0]
        chinese = _family_first(a.name, a.country)
        for s, e in _occurrences(text, sur, _SURNAME_EDGE):
            if inside(s, e):
                continue
            prefix = text[max(0, s - 40) : s]
            titled = _rx().titled_prefix.search(prefix)
            if chinese and not titled:
                continue  # a bare Chinese family name is ambiguous
            nxt = text[e : e + 2]
            if nxt[:1] == " " and text[e + 1 : e + 2].isupper() and not titled:
                continue  # "Bryson Street": part of another name
            a.mentions.add((s, e))
