"""Helpers to type a blind set's gold by hand (sets H and J; each record is written by reading
the text): they only shape the JSON in the format of docs/gold-format.md and set H's extra keys.
Each set's ``.build/gold_src/goldlib.py`` imports these and sets ``HERE`` to the set's folder."""
import json
from pathlib import Path

HERE = Path(".")  # the set's folder: set by the set's own goldlib.py


def P(name, type, country, acronym=None, aliases=(), titles=(), optional=False):
    d = {"name": name, "acronym": acronym, "type": type, "country": country}
    if aliases:
        d["aliases"] = list(aliases)
    if titles:
        d["titles"] = list(titles)
    if optional:
        d["optional"] = True
    return d


def D(text, start, end, grain, role, relative=False, optional=False, occurrence=None, fuzzy=False):
    d = {"text": text, "start": start, "end": end, "grain": grain, "role": role}
    if relative:
        d["relative"] = True
    if fuzzy:
        d["fuzzy"] = True
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    return d


def M(text, amount, currency="USD", amount_max=None, year=None, qualifier=None, optional=False, occurrence=None):
    d = {"text": text, "amount": amount, "amount_max": amount_max, "currency": currency, "year": year}
    if qualifier:
        d["qualifier"] = qualifier
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    return d


def Q(text, value, kind, unit=None, year=None, optional=False, occurrence=None):
    d = {"text": text, "value": value, "kind": kind}
    if unit:
        d["unit"] = unit
    if year:
        d["year"] = year
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    return d


def C(text, actors, kind, areas, negated=False, deadline=None, optional=False, occurrence=None):
    d = {"text": text, "actors": sorted(actors), "kind": kind, "negated": negated,
         "deadline": deadline, "areas": list(areas)}
    if occurrence:
        d["occurrence"] = occurrence
    if optional:
        d["optional"] = True
    return d


def S(title, blocks, level=None):
    d = {"title": title, "blocks": blocks}
    if level is not None:
        d["level"] = level
    return d


def session(forum, name, ordinal, start, end, location, co_chairs, **extra):
    d = {"forum": forum, "name": name, "ordinal": ordinal, "start": start, "end": end,
         "location": location, "co_chairs": list(co_chairs)}
    d.update(extra)
    return d


def write(stem, *, kind, issued, title, session, notes, sections, parties, money=(), quantities=(),
          dates=(), commitments=()):
    gold = {"document": f"{stem}.txt", "kind": kind, "issued": issued, "title": title, "session": session,
            "notes": list(notes), "sections": list(sections), "parties": list(parties), "money": list(money),
            "quantities": list(quantities), "dates": list(dates), "commitments": list(commitments)}
    out = HERE / "gold" / f"{stem}.gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def cut(stem, first, last, nth=1):
    """The source text from the nth occurrence of `first` to the end of the next `last`
    (sentences are cut from the text by their first and last words, so they are exact)."""
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    i = -1
    for _ in range(nth):
        i = text.index(first, i + 1)
    j = text.index(last, i) + len(last)
    return text[i:j]
