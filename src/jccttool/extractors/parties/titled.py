"""Titled people found by the shape of their title rather than by a known title head
first: a title "of" a body already found, then a name ("Chair of the Council of Economic
Advisers Christina Romer"), and a name followed by a lower-case title ("Li Ming, vice
premier"). Moved out of :mod:`.people` unchanged; both resolve names through
:func:`.people._resolve`."""

from __future__ import annotations

import re
from functools import cache

from ...resources.rules import party_by_id as _by_id
from ...resources.rules import titles
from .common import _country_of, _Found
from .patterns import _LOWER_TITLE_HINTS, _NAME_NEXT, _SPACES, _rx
from .people import _is_chinese_name, _Named, _resolve


def _body_titled_people(text: str, found: _Found, pending: list) -> None:
    """A title "of" any body found (gazetteer, acronym or shape), then a name: "Chair of the
    Council of Economic Advisers Christina Romer", "Chairman of Commodity Futures Trading
    Commission Gary Gensler", "Vice Minister of the National Development and Reform
    Commission Zhang Xiaoqiang". The person's country: a country word before the title,
    else the body's."""
    rx, out = _rx(), []
    for s, e, pid in sorted(found.taken):
        acc = found.parties.get(pid)
        if acc is None or acc.type in ("person", "country"):
            continue
        pre = text[max(0, s - 9) : s]
        if not pre.endswith(("of ", "for ", "the ")):
            continue
        t = rx.body_title.search(text, max(0, s - 120), s)
        if t is None:
            continue
        n = rx.after_body.match(text, e)
        if n is None or found.overlaps(n.start("name"), n.end("name")):
            continue
        if _title_words().intersection(n.group("name").split()[:1]):
            continue  # "... Commission Chairman Shang Fulin": the title again, found by the title rule
        country = _country_of(t.group("cty")) or acc.country
        title = _SPACES.sub(" ", text[t.start("title") : n.start("name")]).strip(" ,")
        _resolve(text, found, pending, out, _Named(n.group("name"), n.start("name"), n.end("name"), title, country))


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title head or modifier ("Chairman", "Vice", "Secretary-General")."""
    t = titles()
    return frozenset(w for h in [*t.title_heads, *t.title_modifiers] for w in h.split())


#: the end of a title's clause: a semicolon (the items of a list of delegates), a stop or a line break; a
#: comma ends it unless a list of delegates is parted by semicolons
_CLAUSE_STOP = re.compile(r"[,;\n]|\.(?:[ \u00a0]|$)")
_ITEM_STOP = re.compile(r"[;\n]|\.(?:[ \u00a0]|$)")
#: right before the country that closes a title: "... of ", "... for the "
_OF_FOR_BEFORE = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _countries_at(found: _Found) -> dict[int, tuple[int, str | None]]:
    """Start -> (end, country) of every country mention taken so far."""
    return {t[0]: (t[1], _by_id()[t[2]].country) for t in found.taken
            if _by_id().get(t[2]) is not None and _by_id()[t[2]].type == "country"}


def _country_closing_title(text: str, start: int, country_at: dict[int, tuple[int, str | None]]) -> str | None:
    """The country a title's domain closes on: "Minister of Economy for El Salvador", "Vice Minister of
    Trade of the Dominican Republic" (its clause ends right after the country), else None."""
    stop = _CLAUSE_STOP.search(text, start)
    if stop is not None and stop.group() == ",":  # "Secretary of State, Office of Industry and Commerce for Honduras;"
        item = _ITEM_STOP.search(text, start)
        if item is not None and item.group() == ";":
            stop = item
    end = stop.start() if stop else len(text)
    for pos in range(start, end):
        hit = country_at.get(pos)
        if hit is not None and hit[0] == end and _OF_FOR_BEFORE.search(text, max(0, pos - 12), pos):
            return hit[1]
    return None


def _lowercase_titled_people(text: str, found: _Found, pending: list) -> None:
    """A name followed by a lower-case title: "Sheng Guangzu, minister and customs
    commissioner-general of the General Administration of Customs", "Li Ming, vice
    premier". Kept only when the country is certain: a country word in the title, the body
    after "of" (a party found there), or a Chinese name; never defaulted."""
    rx = _rx()
    if not _LOWER_TITLE_HINTS.search(text):
        return
    starts = {t[0]: t for t in found.taken}
    country_at: dict[int, tuple[int, str | None]] | None = None  # built when a title first needs it
    # the names the title rules found ("... Minister without Portfolio John Deng, Taiwan's ...")
    named = [m for a in found.parties.values() if a.type == "person" for m in a.mentions]
    for m in rx.lower_title.finditer(text):
        nb = rx.name_before.search(text, max(0, m.start() - 60), m.start())
        if nb is None or found.overlaps(nb.start(), nb.end()):
            continue
        if any(s < nb.end() and nb.start() < e for s, e in named):
            continue
        name = nb.group("name")
        country = _country_of(m.group("cty"))
        end = m.end("title")
        if text[m.start("title")].isupper() and not m.group("of") and _NAME_NEXT.match(text, end):
            continue  # ", President Xi said": the title of the next name, not of this one
        if country is None and m.group("of"):
            body = starts.get(m.end())
            acc = found.parties.get(body[2]) if body else None
            if acc is not None and acc.type not in ("person",):
                country, end = acc.country, body[1]
        if country is None and m.group("of"):  # ", Minister of Economy for El Salvador", "... of Costa Rica;"
            if country_at is None:
                country_at = _countries_at(found)
            country = _country_closing_title(text, m.end(), country_at)
        if country is None and m.group("of"):  # ", Secretary of Health and Human Services"
            country = "US" if rx.us_domain.match(text, m.end()) else None
        if country is None and _is_chinese_name(name, None):
            country = "CN"
        if country is None:
            continue
        title = _SPACES.sub(" ", text[m.start("title") : end])
        _resolve(text, found, pending, [], _Named(name, nb.start(), nb.end(), title, country))


@cache
def _list_item_person() -> re.Pattern:
    """A delegate opening an item of a list parted by semicolons, the title right after the name with no
    comma: "; Ana Lima Vice Minister of Trade for Ruritania;"."""
    from .patterns import _NW, _PARTICLE, _alt

    t = titles()
    heads = _alt([h for h in t.title_heads if h[:1].isupper()])
    mods = _alt([m for m in t.title_modifiers if m[:1].isupper()])
    return re.compile(
        rf"(?:^|(?<=;)[ \u00a0]+(?:and[ \u00a0]+)?)(?P<name>{_NW}(?:[ \u00a0](?:{_PARTICLE})?{_NW}){{1,4}})"
        rf"[ \u00a0]+(?P<title>(?:(?:{mods})[ \u00a0]+){{0,2}}(?:{heads}))(?![\w-])[ \u00a0]+(?:of|for)[ \u00a0]", re.M)


def _list_item_people(text: str, found: _Found, pending: list) -> None:
    """Delegates in a list parted by semicolons, each named before a title with no comma between, kept
    only when the item closes on the delegate's country ("of Ruritania;", "for El Salvador;")."""
    if ";" not in text:
        return
    country_at = None
    for m in _list_item_person().finditer(text):
        ns, ne = m.span("name")
        if found.overlaps(ns, ne) or m.group("name").split()[0] in _title_words():
            continue
        if country_at is None:
            country_at = _countries_at(found)
        country = _country_closing_title(text, m.start("title"), country_at)
        if country is None:
            continue
        _resolve(text, found, pending, [], _Named(m.group("name"), ns, ne, m.group("title"), country))
