"""Parties found by the shape of their name: government bodies, organisations, forums.

- Unknown government bodies ("China's Ministry of X", "the U.S. Department of Y",
  "National ... Commission", "the General Administration of Z": :func:`_bodies`), and
  "the State and Treasury Departments" (:func:`_coordinated_departments`).
- Named organisations with no body-type cue: capitalised words ending in an organisation
  head ("the Paulson Institute", "The Chicago Council on Global Affairs", "the U.S. Travel
  Association"; heads ``named_organization_heads``) are type organization, country from
  the name's own prefix ("U.S.", "American", "Chinese") or null; never a gazetteer party, a
  government body or mechanism (``government_name_words``, a country pair before
  Council/Forum/Center) or a bare head ("the Council") (:func:`_organizations`).
- Bilateral mechanisms named by a country pair in either order and a mechanism head, with
  no acronym in brackets ("the China-US ... Working Group", "the U.S.-China Working Group
  on Clean Vehicles") are forums with no country; after "a" they are one event
  (:func:`_pair_forums`).
- A plural head shared by a list: "the U.S. Departments of Commerce and State", "the
  Ministries of Health and Agriculture" are one body per item (:func:`_plural_heads`).
- Diplomatic missions: "the U.S. Embassy in China", "the Embassy of Japan",
  "China's Consulate General in Houston" (:func:`_missions`).
- Named working groups with no country pair: "the Economic Working Group", "the Technical
  Task Force" are forums with no country; every later occurrence of the name too, "an
  Economic Working Group" included (:func:`_named_forums`).
"""

from __future__ import annotations

import re

from ...resources.rules import party_by_id as _by_id
from ...resources.rules import titles
from ...text import FOLD
from .acronyms import _fitting_form
from .common import (
    _NAME_EDGE,
    _bilateral_start,
    _classify,
    _country_lookup,
    _country_of,
    _doc_other_country,
    _finditer,
    _Found,
    _lookup,
    _name_country,
    _occurrences,
    _prefix_country,
    slug,
)
from .patterns import (
    _ACRONYM_DEF,
    _ACRONYM_FORUM_HEADS,
    _BODY_PATTERNS,
    _BODY_STARTS,
    _DEPTS,
    _DEPTS_START,
    _IN_PLACE,
    _INDEFINITE,
    _LIST_ITEM,
    _MISSION,
    _NAMED_FORUM_BEFORE,
    _NAMED_FORUM_HEAD,
    _NAMED_FORUM_HEADS,
    _NAMED_FORUM_TAIL,
    _NEWLY_SET_UP,
    _OF_THE,
    _PAIR_FORUM_START,
    _PLACE_TAIL,
    _PLURAL_HEAD,
    _PLURAL_HEAD_START,
    _SPACES,
    _lower_pair_forum_rx,
    _org_rx,
    _pair_forum_rx,
    _rx,
)


def _coordinated_departments(text: str, found: _Found) -> None:
    """"the State and Treasury Departments", "the Commerce Department"."""
    for m in _finditer(_DEPTS, _DEPTS_START, text):
        if m.group("b") is None and found.overlaps(m.start(), m.end()):
            continue
        for g in ("a", "b"):
            if m.group(g):
                word = "the Treasury" if m.group(g) == "Treasury" else m.group(g)
                pid = _lookup(f"Department of {word}")
                if pid:
                    found.add(pid, (m.start(g), m.end(g)))


def _bodies(text: str, found: _Found, ctx) -> None:
    """Unknown government bodies by the shape of their name."""
    other = _doc_other_country(found)
    for (rule, rx), start in zip(_BODY_PATTERNS, _BODY_STARTS):
        for m in _finditer(rx, start, text):
            s, e = m.start(), m.end()
            name = _trim_name(m.group(0))
            e = s + len(name)
            if len(name.split()) < 3 and rule != "national_body":
                continue
            hits = found.overlaps(s, e)
            if any(hs <= s and e <= he for hs, he, _ in hits):
                continue  # already a gazetteer mention (or inside one)
            pid = _lookup(name)
            if pid:
                found.add(pid, (s, e))
                found.taken.append((s, e, pid))
                continue
            if any(_by_id().get(p) and _by_id()[p].type != "country" for _, _, p in hits):
                continue  # overlaps a known body: leave it
            owned = None
            for hs, he, p in hits:
                if s < hs < e <= he and _by_id().get(p) and _by_id()[p].type == "country" and _by_id()[p].country != "CN":
                    # "the Ministry of Foreign Relations of the [Federative Republic of Brazil]": the
                    # country's own name ends the body's; the body is what comes before its "of" (a
                    # Chinese body keeps "of China" in its name, as in the gazetteer)
                    cut = _OF_BEFORE_END.search(text, s, hs)
                    if cut is not None and len(text[s : cut.start()].split()) >= 3:
                        owned = (cut.start(), _by_id()[p].country)
                    break
            if owned is not None:
                e, name = owned[0], text[s : owned[0]]
            bs = _bilateral_start(text, s)
            if bs is not None:  # "U.S.-China Trade Commission": bilateral, no country
                s, name = bs, text[bs:e]
                if any(_by_id().get(p) and _by_id()[p].type != "country" for _, _, p in found.overlaps(s, e)):
                    continue
                ptype, _ = _classify(name, True)
                pid = _lookup(name) or slug(name)
                found.absorb(s, e)
                found.add(pid, (s, e), name=name, type=ptype, country=None)
                found.taken.append((s, e, pid))
                continue
            country = (owned[1] if owned else None) or _name_country(name) or _prefix_country(text, s)
            owner = _OF_COUNTRY.search(name)
            if owner is not None and rule == "ministry_of" and len(name[: owner.start()].split()) >= 3:
                entry = _by_id().get(_lookup(owner.group(1)) or "")
                if entry is not None and entry.type == "country" and entry.country != "CN":
                    # "the Ministry of X of Brazil": the body is "Ministry of X", Brazil's
                    name, e, country = name[: owner.start()], s + owner.start(), entry.country
            if country is None:
                if rule in ("us_body",) or name.startswith(("U.S.", "US ", "United States")):
                    country = "US"
                elif name.startswith(("China", "National", "General", "State")):
                    country = "CN"
                elif name.startswith("Department"):
                    # "the Department of Labor" is the U.S.'s; "the Department of Health" of a Taiwanese text is
                    # Taiwan's: a name the U.S. executive departments do not use belongs to the document's other side
                    country = "US" if _us_department(name) or not _names_other_side(found) else other
                else:
                    country = other
            pid = slug(name)
            found.absorb(s, e)
            found.add(pid, (s, e), name=name, type="government_body", country=country)
            found.taken.append((s, e, pid))


#: a meeting named after a forum: "... Joint Council Meeting", "... Council Session"
_MEETING_AFTER = re.compile(r"[ \u00a0]+(?:Meetings?|Sessions?)(?![\w-])")
#: an acronym opening a forum's name ("TIFA", "FTA", "JCCT")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: the domains of the U.S. executive departments ("Department of <domain>")
_US_DEPARTMENTS = frozenset({
    "State", "the Treasury", "Treasury", "Defense", "Justice", "the Interior", "Interior", "Agriculture", "Commerce",
    "Labor", "Health and Human Services", "Housing and Urban Development", "Transportation", "Energy", "Education",
    "Veterans Affairs", "Homeland Security", "War", "Health, Education, and Welfare"})


def _us_department(name: str) -> bool:
    """Whether "Department of X" is a U.S. executive department's name."""
    return name.partition(" of ")[2] in _US_DEPARTMENTS


def _names_other_side(found: _Found) -> bool:
    """Whether the document names a country other than the U.S."""
    return any(a.type == "country" and a.country not in (None, "US") and a.mentions for a in found.parties.values())


_OF_BEFORE_END = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
_OF_COUNTRY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][A-Za-z]+(?:[ \u00a0][A-Z][A-Za-z]+){0,2})$")


def _trim_name(name: str) -> str:
    name = re.sub(r"[\s\u00a0,]+$", "", name)
    # an honorific opening the next name is not part of the body: "Ministry of Economy, Trade and Industry, Mr"
    name = re.sub(r",[\s\u00a0]+(?:Mr|Ms|Mrs|Dr|Prof)\.?$", "", name)
    # a trailing connector word left by the regex ("Ministry of Commerce and")
    name = re.sub(r"(?:[\s\u00a0]+(?:and|of|for|on|the))+$", "", name)
    return name


#: "Summit on the " right before a name: the name ends a longer one ("the World Summit on the Information Society")
_NAME_BEFORE_OF_THE = re.compile(r"[A-Z][a-z]+[ \u00a0]+on[ \u00a0]+the[ \u00a0]+$")
#: a country's possessive right before a name ("Brazil's ", "Japan\u2019s ")
_POSSESSIVE_BEFORE = re.compile(r"[A-Z][A-Za-z.]*(?:'s|\u2019s)[ \u00a0]+$")


def _place_tail(text: str, s: int, e: int) -> bool:
    """Whether the tail [s, e) of a name is " in <a known place or country>" and nothing more."""
    m = _IN_PLACE.match(text, s)
    if m is None:
        return False
    rest = text[m.end() - 1 : e]
    place = _org_rx().place
    return bool((place is not None and place.fullmatch(rest)) or rest in titles().country_words or _country_lookup(rest))


def _organizations(text: str, found: _Found) -> None:
    """Named organisations with no country or body-type cue: capitalised words ending in an
    organisation head ("the Paulson Institute", "World Business Chicago" is not one, "The
    Chicago Council on Global Affairs", "the U.S. Travel Association"). Type organization,
    country from the name's own prefix ("U.S.", "American", "China", "Chinese"), else from
    a state, province or city in it (``place_countries``: "Chicago" -> US), else null.
    Never a government body or mechanism (a word of ``government_name_words``, a country
    pair before a Council/Forum/Center), never a gazetteer party, never a bare head."""
    t, orx = titles(), _org_rx()
    new: dict[str, str] = {}
    for h in _finditer(orx.head, orx.head_start, text):
        hs, he = h.span()
        head = h.group()
        m = orx.modifiers.search(text, max(0, hs - 80), hs)
        s = m.start() if m else hs
        words = [w for w in text[s:hs].split()]
        while words and words[0] in t.organization_leading_words:  # "The", sentence-initial "Both"
            s = text.index(words[0], s) + len(words[0])
            s += len(text[s:]) - len(text[s:].lstrip(" \u00a0"))
            words = words[1:]
        tail = orx.tail.match(text, he)
        e = tail.end() if tail else he
        if tail is not None and head == "Forum" and _place_tail(text, he, e):
            tail, e = None, he  # "the Digital Economy Forum in Taipei": where it met, not part of the name
        if not words and (tail is None or head in ("Forum", "Council", "Chamber of Commerce")):
            continue  # a bare head: "the Council", "Forum on ..."
        if re.match(r"[A-Za-z]", text[s - 1 : s]) if s else False:
            continue
        if _INDEFINITE.search(text, max(0, s - 40), s):
            continue  # "building an Innovative Society": a phrase, not a name
        if _NAME_BEFORE_OF_THE.search(text, max(0, s - 60), s):
            continue  # "the World Summit on the Information Society": the end of a longer name
        if head in ("Center", "Centre", "Council", "Forum") and _NEWLY_SET_UP.search(text, max(0, s - 60), s):
            continue  # "announced the establishment of the Complaint Center for ...": a body the government sets up
        name = _SPACES.sub(" ", text[s:e])
        tokens = set(re.findall(r"[A-Za-z][\w'\u2019-]*", name))
        if tokens & t.government_name_words or (head == "Forum" and tokens & t.government_forum_words):
            continue
        if _rx().pair_start.match(name) or _bilateral_start(text, s) is not None:
            if head in ("Forum", "Council", "Center", "Centre"):
                continue  # "U.S.-China Energy Forum": a bilateral mechanism
            country = None
        else:
            cm = orx.country_start.match(name)
            country = _country_of(cm.group("c")) if cm else None
            if country is None and _POSSESSIVE_BEFORE.search(text, max(0, s - 40), s):
                country = _prefix_country(text, s)  # "Brazil's National Institute of ...": the country's own body
            pm = orx.place.search(name) if country is None and orx.place else None
            if pm:  # "The Chicago Council on Global Affairs", "Shanghai Institutes for International Studies"
                country = orx.place_country[pm.group()]
        hits = found.overlaps(s, e)
        if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in hits):
            continue  # a gazetteer party or a body already found there
        pid = _lookup(name)
        acr = None
        if pid is None:
            d = _ACRONYM_DEF.match(text, e + len(text[e : e + 3]) - len(text[e : e + 3].lstrip(" \u00a0")))
            if d and _fitting_form(name, d.group("acr")) == name:  # "... Center (CDEC)": named as _acronyms names it
                acr = d.group("acr")
                pid = slug(acr)
            if pid is None or (pid in _by_id() and _by_id()[pid].name.translate(FOLD).lower() != name.translate(FOLD).lower()):
                pid = slug(name)
            if pid in _by_id():
                pid = f"{pid}-org"
        found.absorb(s, e)
        found.add(pid, (s, e), name=name, type="organization", country=country, acronym=acr)
        found.taken.append((s, e, pid))
        new[pid] = name
    for pid, name in new.items():  # every later occurrence of the same name
        for os_, oe in _occurrences(text, name, _NAME_EDGE):
            if not found.overlaps(os_, oe):
                found.add(pid, (os_, oe))
                found.taken.append((os_, oe, pid))


_FORUM_TOPIC = re.compile(r" (?:on|for) ")


#: a dash with spaces around it: "United States – Ecuador" names the pair "United States-Ecuador" does
_SPACED_DASH = re.compile(r"[ \u00a0]*[-\u2013][ \u00a0]*")


def _same_name(found: _Found, name: str) -> str | None:
    """A party found before under exactly this name: "the Japan-US X Committee" before its
    definition "the Japan-US X Committee (XC)" is the party the acronym rule found."""
    folded = _SPACED_DASH.sub("-", name.translate(FOLD).lower())
    return next((a.id for a in found.parties.values()
                 if a.type != "person" and a.name and _SPACED_DASH.sub("-", a.name.translate(FOLD).lower()) == folded), None)


def _same_forum(found: _Found, name: str) -> str | None:
    """A pair forum found before under its short or its long name: "the US-UK Dialogue" and
    "the US-UK Dialogue on Services" are one forum, in either order."""
    for a in found.parties.values():
        if a.type != "forum" or a.name is None or a.name == name:
            continue
        short, long_ = sorted((a.name, name), key=len)
        topic = _FORUM_TOPIC.match(long_, len(short))
        if long_.startswith(short) and topic:
            return a.id
    return None


def _pair_forums(text: str, found: _Found) -> None:
    """Bilateral mechanisms named by a country pair with a mechanism head and no acronym in
    brackets: "the China-US High Technology and Strategic Trade Working Group", "the
    U.S.-China Working Group on Clean Vehicles", "U.S.-China Energy Policy Dialogue".
    Either word order of the pair ("U.S.-China", "China-U.S.", "US-China", "Sino-U.S.").
    Type forum, country null (a forum of both); the countries of the pair are absorbed.
    After an indefinite article ("held a successful U.S.-China Remanufacturing Dialogue")
    the name is one event, not a standing mechanism: not a party.
    A name the gazetteer or an earlier rule already holds is left to it; a name that names
    a known party is that party ("China-US Strategic Economic Dialogue" is the SED)."""
    if "-" not in text and "\u2013" not in text:
        return
    for m in _finditer(_pair_forum_rx(), _PAIR_FORUM_START, text):
        s, e = m.start(), m.end()
        if _INDEFINITE.search(text, max(0, s - 40), s):
            continue  # "held a successful U.S.-China Remanufacturing Dialogue": one event, not a standing body
        place = _org_rx().place
        for cut in _IN_PLACE.finditer(text, m.end("head") if "head" in m.re.groupindex else s, e):
            after = cut.end() - 1
            if (place is not None and place.match(text, after)) or _rx().country_suffix.match(text, cut.start()) or (
                    _rx().city_country.match(text, after)):
                e = cut.start()  # "... on 21st-Century Trade in New York City": where it met
                break
        hits = found.overlaps(s, e)
        if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in hits):
            continue  # a gazetteer party or a body already found there
        name = _SPACES.sub(" ", text[s:e])
        # "the China-US Strategic and Economic Dialogues": the plural of a known name is that party
        pid = (_lookup(name) or (name.endswith("s") and _lookup(name[:-1])) or _same_name(found, name)
               or _same_forum(found, name) or slug(name))
        entry = _by_id().get(pid)
        found.absorb(s, e)
        if entry is not None:
            found.add(pid, (s, e))
        else:
            found.add(pid, (s, e), name=name, type="forum", country=None)
        found.taken.append((s, e, pid))


def _lower_pair_forums(text: str, found: _Found) -> None:
    """Bilateral mechanisms named in lower case after "the" (or opening a line, as a headline):
    "the China-US economic and trade consultation mechanism", "the China-U.S. economic working
    group". Forums with no country; a gazetteer party or a body already there is left to it; the
    same name again (folded) is the same forum."""
    if "mechanism" not in text and "working group" not in text:
        return
    for m in _lower_pair_forum_rx().finditer(text):
        s, e = m.span("name")
        if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in found.overlaps(s, e)):
            continue
        name = _SPACES.sub(" ", text[s:e])
        key = name.translate(FOLD).lower().replace("u.s.", "us")
        pid = next((a.id for a in found.parties.values() if a.type == "forum" and a.name
                    and a.name.translate(FOLD).lower().replace("u.s.", "us") == key), None) or slug(name)
        found.absorb(s, e)
        found.add(pid, (s, e), name=name, type="forum", country=None)
        found.taken.append((s, e, pid))


#: one item of a list with a serial comma: words joined by spaces and "and", up to the next comma
_SERIAL_ITEM = re.compile(r"(?<![A-Za-z])(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][a-z]+)*")


def _plural_heads(text: str, found: _Found) -> None:
    """"the U.S. Departments of Commerce and State", "the Ministries of Health and
    Agriculture": one body per item of the list, each with the country of the word before the
    head ("U.S.", "China's"), else the U.S. for departments and the document's other side for
    ministries. A gazetteer body of that name and country is that body; otherwise a new one."""
    if "Departments" not in text and "Ministries" not in text:
        return
    other = _doc_other_country(found)
    for m in _finditer(_PLURAL_HEAD, _PLURAL_HEAD_START, text):
        head = "Department" if m.group("head") == "Departments" else "Ministry"
        country = _prefix_country(text, m.start()) or ("US" if head == "Department" else other)
        items_text = m.group("items")
        # a list of three or more with a serial comma before the last item ("Manpower, Environment and
        # Climate, and National Economy"): only commas part the items, an "and" without one joins the words
        # of one item
        spans = ([(m.start("items") + x.start(), m.start("items") + x.end()) for x in _SERIAL_ITEM.finditer(items_text)]
                 if re.search(r",[ \u00a0]+(?!and[ \u00a0]).*,[ \u00a0]+and[ \u00a0]", items_text) else
                 [x.span() for x in _LIST_ITEM.finditer(text, m.start("items"), m.end("items"))])
        for s, e in spans:
            item_text = text[s:e]
            if item_text.startswith("the"):
                s = s + len(item_text) - len(item_text[3:].lstrip(" \u00a0"))
            if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in found.overlaps(s, e)):
                continue  # already a party there
            domain = _SPACES.sub(" ", text[s:e])
            pid = _body_named(f"{head} of {domain}", country) or _body_named(f"{head} of the {domain}", country)
            if pid is not None:
                found.add(pid, (s, e))
            else:
                name = f"{head} of {domain}"
                pid = slug(name)
                pid = f"{pid}-{country.lower()}" if pid in _by_id() and country else pid
                found.add(pid, (s, e), name=name, type="government_body", country=country)
            found.taken.append((s, e, pid))


def _body_named(name: str, country: str | None) -> str | None:
    """The gazetteer body called ``name`` (or "<country word> name") of ``country``."""
    for cand in (name, f"U.S. {name}", f"Chinese {name}", f"{name} of China"):
        pid = _lookup(cand)
        entry = _by_id().get(pid) if pid else None
        if entry is not None and entry.type != "country" and entry.country == country:
            return pid
    return None


def _missions(text: str, found: _Found) -> None:
    """Diplomatic missions: "the U.S. Embassy in China", "the Chinese Embassy", "the Embassy
    of Japan in Washington", "China's Consulate General in Houston". Government bodies of the
    country named before the head (or after "of"); a gazetteer mission keeps its own line."""
    if "Embassy" not in text and "Consulate" not in text:
        return
    rx = _rx()
    countries = {t[0]: (t[1], _by_id()[t[2]].country) for t in found.taken
                 if _by_id().get(t[2]) is not None and _by_id()[t[2]].type == "country"}
    for h in _MISSION.finditer(text):
        hs, he = h.span()
        before = rx.mission_country.search(text, max(0, hs - 40), hs)
        s, e = (before.start(), he) if before else (hs, he)
        c = before.group("c") if before else None
        country = _country_of(c)
        if c is None:  # "the Embassy of France": the country party right after "of"
            of = _OF_THE.match(text, he)
            hit = countries.get(of.end()) if of else None
            if hit is None:
                continue
            e, country = hit
        tail = _PLACE_TAIL.match(text, e)
        if tail:
            e = tail.end()
        elif c is not None and text[e : e + 1] in (" ", "\u00a0") and e + 1 in countries:
            # "the U.S. Embassy Mexico", "U.S. Embassy Peru": the host country right after the head names the post
            end, host = countries[e + 1]
            if host != country:
                e = end
        if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in found.overlaps(s, e)):
            continue  # a gazetteer mission ("U.S. Embassy in Beijing") or a body already found there
        name = _SPACES.sub(" ", text[s:e])
        pid = _lookup(name) or slug(name)
        found.absorb(s, e)
        found.add(pid, (s, e), name=name, type="government_body", country=country)
        found.taken.append((s, e, pid))


def _named_forums(text: str, found: _Found) -> None:
    """Named working groups and task forces that no earlier rule holds: "the Economic Working
    Group", "the Technical Task Force" (capitalised words after "the", then a head of
    ``_NAMED_FORUM_HEADS``). Forums with no country (a country word in the name is left to
    the pair and body rules); every later occurrence of the name is a mention too."""
    if not any(h in text for h in _NAMED_FORUM_HEADS):
        return
    rx, new = _rx(), {}
    for h in _NAMED_FORUM_HEAD.finditer(text):
        hs, he = h.span()
        b = _NAMED_FORUM_BEFORE.search(text, max(0, hs - 80), hs)
        if b is None:
            continue
        s = b.start("name")
        words = b.group("name").split() or [h.group()]
        if rx.name_country_start.match(b.group("name")) or rx.pair_start.match(b.group("name")):
            continue
        acronym_led = bool(b.group("name").split()) and _ACRONYM.fullmatch(words[0]) is not None
        if words[0] in titles().organization_leading_words or (words[0].isupper() and not acronym_led):
            continue  # "the The ...", "the U.S. ..."
        if h.group() in _ACRONYM_FORUM_HEADS and not (acronym_led and len(words) == 1):
            continue  # "the TIFA Council" is a forum, "the Business Council" no such name
        if h.group() in _ACRONYM_FORUM_HEADS and (owner := _by_id().get(_lookup(words[0]) or "")) is not None and (
                owner.type in ("country", "organization")):
            continue  # "the EU Council", "the UN Council": an organ of a state or an organisation, not a forum
        if acronym_led and _MEETING_AFTER.match(text, he):
            continue  # "the TIFA Joint Council Meeting": a meeting under the acronym's forum
        # "the Working Group for Cooperation on X", "the Joint Committee on Trade", "the Trilateral Sub-Committee
        # on Emergency Response": what it is on or for ends the name
        tail = _NAMED_FORUM_TAIL.match(text, he)
        if not b.group("name").split() and tail is None:  # "the Working Group": the one forum of that head named before
            earlier = [a for a in found.parties.values() if a.type == "forum" and a.name
                       and (a.name.endswith(h.group()) or f"{h.group()} " in a.name) and min(a.mentions, default=(he,))[0] < hs]
            if len(earlier) == 1:
                if not found.overlaps(hs, he):
                    found.add(earlier[0].id, (hs, he))
                    found.taken.append((hs, he, earlier[0].id))
                continue
            if h.group() == "Joint Committee":
                continue  # left to :func:`_bare_joint_committees`
        if tail is not None:
            he = tail.end()
        hits = found.overlaps(s, he)
        if acronym_led and hits and all(t[0] == s and t[1] == s + len(words[0]) for t in hits):
            for t in hits:  # "the TIFA Council": the council's name, not a mention of TIFA
                acc = found.parties.get(t[2])
                if acc is not None and (t[0], t[1]) in acc.mentions:
                    acc.mentions.discard((t[0], t[1]))
                    acc.sorted_mentions = None
        elif hits:
            continue
        name = _SPACES.sub(" ", text[s:he])
        pid = _lookup(name)
        if pid is None:
            pid = slug(name)
            pid = f"{pid}-forum" if pid in _by_id() else pid
            new[pid] = name
        found.add(pid, (s, he), name=name, type="forum", country=None)
        found.taken.append((s, he, pid))
    for pid, name in new.items():
        for os_, oe in _occurrences(text, name, _NAME_EDGE):
            if not found.overlaps(os_, oe):
                found.add(pid, (os_, oe))
                found.taken.append((os_, oe, pid))


#: "Joint Committee" written alone, capitalised: the joint committee of the agreement the text is about
_BARE_JOINT_COMMITTEE = re.compile(r"(?<![A-Za-z\-])Joint[ \u00a0]+Committee(?![\w\-])")


def _bare_joint_committees(text: str, found: _Found) -> None:
    """"the Joint Committee", "(KAFTA) Joint Committee", "At the Joint Committee meeting": a capitalised
    "Joint Committee" that no earlier rule named ("the Joint Committee on Trade", "the TIFA Joint
    Committee" are theirs) is the standing joint committee of the agreement in hand: a forum of both
    sides, named "Joint Committee", one party for every such mention; the one forum named "... Joint
    Committee" before ("the United States-Jordan Joint Committee") when there is one. Not before "on" /
    "for" and a capitalised word (the start of a longer name no rule read)."""
    if "Joint Committee" not in text and "Joint\u00a0Committee" not in text:
        return
    # "the United States-Jordan Joint Committee ... the Joint Committee": the one named before, if one was
    named = [a for a in found.parties.values() if a.type == "forum" and a.name and a.name.endswith("Joint Committee")]
    for m in _BARE_JOINT_COMMITTEE.finditer(text):
        s, e = m.span()
        if found.overlaps(s, e) or _NAMED_FORUM_TAIL.match(text, e):
            continue
        pid = named[0].id if len(named) == 1 else (_lookup("Joint Committee") or "joint-committee")
        found.add(pid, (s, e), name="Joint Committee", type="forum", country=None)
        found.taken.append((s, e, pid))
