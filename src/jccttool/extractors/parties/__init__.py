"""Parties: countries, government bodies, forums, organisations and people.

Three sources, merged into one :class:`~jccttool.records.Party` per canonical id:

1. The gazetteer ``resources/parties.jsonl`` through the pipeline's EntityRuler
   (``doc.ents`` labelled ``PARTY``; ``ent.ent_id_`` is the party id). Names and
   aliases match case-insensitively, abbreviations ("U.S.", "USTR") only as written.
2. On-the-fly rules over the unchanged text: acronyms defined in the text
   ("State Food and Drug Administration (SFDA)"), unknown bodies by shape
   ("China's Ministry of X", "the U.S. Department of Y", "National ... Commission"),
   country pairs inside one token ("U.S.-China"), "the State and Treasury Departments",
   and named organisations with no body-type cue ("the Paulson Institute", "The Chicago
   Council on Global Affairs": type organization, country from the name's own prefix or
   null). Bilateral mechanisms named by a country pair in either order and a mechanism
   head, with no acronym in brackets ("the U.S.-China Working Group on Clean Vehicles")
   are forums with no country; after "a" they are one event. The exact conditions are in
   the docstrings of :mod:`.bodies` and :mod:`.acronyms`.
   Also "the U.S. Departments of Commerce and State" (one body per item), missions ("the
   U.S. Embassy in China") and named working groups ("the Economic Working Group", a forum).
3. People by title ("U.S. Commerce Secretary John Bryson", "Vice Premier and Member
   of the State Council, Wang Qishan", "Mr. Levine was Deputy Assistant Secretary",
   "Treasury Secretary Henry M Paulson, Jr.": a middle initial with or without its period;
   "R.O.K. President Moon Jae-in", "the Prime Minister of India Dr. X", "X, Chairman of
   ...", "GAC spokesperson X"), linked to later "Wang Qishan", "Secretary Bryson",
   "Bryson", "President Moon" (family name first for the countries that write it so).
   A title the U.S. does not use ("Prime Minister") with no country word gives the
   document's other side, never the U.S.

The vocabulary of rules 2 and 3 (title words, country words, Chinese family names, body
heads, bilateral markers) is ``resources/titles.json`` (:func:`titles`).

Decisions (documented in SOURCES.md): a country word inside a longer gazetteer name
("U.S. Department of Commerce") is not a separate country mention (the ruler keeps the
longest match); a country word in a person's title ("U.S. Commerce Secretary") or before
a possessive body ("China's SFDA") still is. "Beijing" / "Washington" name the country
only as metonyms (followed by a verb or a possessive), never as places ("held in
Beijing", "Washington, DC"). "The two sides" / "both countries" are not parties.

Where to change what:

- A new agency, minister or forum that the fact sheets name: one line in
  ``resources/parties.jsonl`` (id, name, type, country, aliases, abbreviations); no code.
- Where "SFDA" becomes a party: its gazetteer line in ``resources/parties.jsonl`` (id
  ``sfda``, abbreviation "SFDA"), matched by the EntityRuler and read in
  :mod:`.entities`. Only an acronym the gazetteer does not know is learnt from its
  definition "Long Form (ACR)" in :mod:`.acronyms`, which also gives every later bare
  "ACR" to the party that ends before the bracket.
- Title words, country words (a country adjective before a title), organisation heads,
  Chinese family names, titles the U.S. does not use, countries that write the family
  name first: ``resources/titles.json``.
- The ruler output, country pairs in one token, "Beijing agreed": :mod:`.entities`.
- Unknown bodies by shape, "the State and Treasury Departments", "the Ministries of X and
  Y", missions, named organisations, "U.S.-China ... Working Group" and "the X Working
  Group" forums: :mod:`.bodies`.
- Which country words are places, not states ("Korean Peninsula"), "Party Congress":
  :func:`.entities._vetoed`.
- The spans taken so far and the overlap queries every rule makes (bucketed by start, so
  long inputs stay linear): :class:`.common._Taken`.
- Titled names, persons, surname linking: :mod:`.people`.
- Every regex (grammar): :mod:`.patterns`; shared helpers (slugs, look-ups, the
  accumulator, alternations, a body name's country and type): :mod:`.common`.
- The order the rules run in (each sees what the earlier ones found): :func:`extract`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

# the rules ``extract`` runs, and every name ``parties.X`` gave before the split (LABEL,
# gazetteer, _by_id, _variants, the patterns, _finditer, _full_name_of), still importable
# from here; the tests import the private ones from their new modules
from ...records import Party
from ...resources.rules import PARTY_LABEL as LABEL
from ...resources.rules import gazetteer, titles
from ...resources.rules import name_variants as _variants
from ...resources.rules import party_by_id as _by_id
from .acronyms import _acronyms, _quoted_acronyms
from .bodies import (
    _bare_joint_committees,
    _bodies,
    _coordinated_departments,
    _lower_pair_forums,
    _missions,
    _named_forums,
    _organizations,
    _pair_forums,
    _plural_heads,
)
from .common import _bilateral_start, _container, _finditer, _Found, _lookup, _prefix_country, slug
from .entities import _bare_commerce, _hyphen_pairs, _metonyms, _party_ents, _token_rows, _vetoed
from .patterns import (
    _BODY_PATTERNS,
    _BODY_STARTS,
    _DEPTS,
    _DEPTS_START,
    _HONORIFIC,
    _HONORIFIC_START,
    _METONYM,
    _METONYM_START,
    _PAIR_FORUM_HEADS,
    _PAIR_FORUM_START,
    _SPACES,
    _W,
    _alt,
    _org_rx,
    _pair_forum_rx,
    _rx,
    _trie,
)
from .people import _full_name_of, _link_people, _other_side, _people
from .titled import _body_titled_people, _list_item_people, _lowercase_titled_people

KIND = "parties"

__all__ = ["KIND", "LABEL", "extract", "gazetteer", "slug", "titles"]


def _generic_ministries(text: str, ents) -> dict[tuple[int, int], str]:
    """Gazetteer ministries of one country matched by a generic name ("Ministry of Foreign
    Affairs", "Ministry of Agriculture", "Department of Trade and Industry") in a document that never names that country: the
    ministry of the document's other side (the non-U.S. country it names most), as a body
    of its own. {span: country code}."""
    named = {_by_id()[pid].country for _, _, pid in ents if _by_id()[pid].type == "country"}
    out: dict[tuple[int, int], str] = {}
    other = None
    for s, e, pid in ents:
        entry = _by_id()[pid]
        if entry.type != "government_body" or entry.country in (None, "US") or entry.country in named:
            continue
        if not text.startswith(_GENERIC_HEADS, s):
            continue
        if other is None:
            other = _other_side(ents) or ""
        if other and other != entry.country:
            out[(s, e)] = other
    return out


#: a country pair and a space: "U.S.-Indonesia ", "Viet Nam-US ", "United States – Colombia "
_PAIR_GAP = re.compile(r"[^ \u00a0]+(?:[ \u00a0][^ \u00a0]+)?(?:[-\u2013]|[ \u00a0][-\u2013][ \u00a0])[^ \u00a0]+(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0]+")


def _paired_start(text: str, s: int, pid: str) -> int | None:
    """Where a country pair right before a gazetteer forum of no country begins ("the U.S.-Indonesia
    [Trade and Investment Framework Agreement]": the bilateral instance is named with its pair), else None."""
    entry = _by_id()[pid]
    if entry.type != "forum" or entry.country is not None:
        return None
    bs = _bilateral_start(text, s)
    if bs is None or not _PAIR_GAP.fullmatch(text, bs, s):
        return None
    return bs


#: the word right before a name: "USMCA " before "Free Trade Agreement"
_WORD_BEFORE_NAME = re.compile(r"(?<![\w.-])([A-Z][\w&.-]*)[ \u00a0]$")


def _named_agreement_before(text: str, s: int, pid: str) -> tuple[int, str] | None:
    """(start, agreement id) of a gazetteer agreement's abbreviation right before the generic
    "Free Trade Agreement" / "Trade Promotion Agreement" ("the USMCA Free Trade Agreement", "the
    CAFTA-DR Free Trade Agreement"): the named agreement, else None."""
    entry = _by_id()[pid]
    if entry.type != "forum" or entry.country is not None or not entry.name.endswith("Agreement"):
        return None
    w = _WORD_BEFORE_NAME.search(text, max(0, s - 20), s)
    if w is None:
        return None
    other = _lookup(w.group(1))
    owner = _by_id().get(other) if other else None
    if owner is None or owner.id == pid or owner.type != "forum" or not owner.name.endswith("Agreement"):
        return None
    return w.start(1), owner.id


def _owner_before(text: str, s: int, e: int, pid: str) -> str | None:
    """The country of a country word right before a gazetteer ministry or department named
    generically ("the Philippine [Department of Agriculture]", "Indonesia's [Ministry of Trade]")
    when it is not the gazetteer body's own country, else None."""
    entry = _by_id()[pid]
    if entry.type != "government_body" or not text.startswith(_GENERIC_HEADS, s):
        return None
    country = _prefix_country(text, s)
    return country if country is not None and country != entry.country else None


#: what continues a generic ministry's name: a list of domains closed by "and" ("..., Industry and Tourism")
_LIST_CLOSED = re.compile(r",[ \u00a0]+[A-Z][^\n]*[ \u00a0]and[ \u00a0]+[A-Z][A-Za-z\-]*$")
_GENERIC_HEADS = ("Ministry of ", "Ministry for ", "Department of ", "Department for ")


@cache
def _title_head_words() -> frozenset[str]:
    """The last word of every title head ("Representative", "Secretary", "Minister")."""
    return frozenset(h.split()[-1] for h in titles().title_heads)


#: an aide's title before an officeholder's: "Assistant to the ", "Senior Adviser to the "
_AIDE_TO = re.compile(r"\b(?:Assistant|Adviser|Advisor|Counselor|Counsellor|Aide)[ \u00a0]+to[ \u00a0]+the[ \u00a0]+$")
#: a title modifier right before an officeholder's title: "Assistant ", "Deputy ", "Acting "
_MODIFIER_BEFORE = re.compile(r"\b(?:Assistant|Deputy|Acting|Associate|Principal|Senior|Special|Chief)[ \u00a0]+$")
#: a title head right after a one-word body: "the Treasury Secretary", "the Commerce Minister"
_HEAD_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)\b")


def _names_a_title(text: str, s: int, e: int, inside_title) -> bool:
    """A gazetteer body's words that only name a person's title, not the body: a department
    named inside a title ("Secretary of the Treasury Jane Roe", "Treasury Secretary X"), a
    body whose name is the officeholder's title ("U.S. Trade Representative Jane Roe", ", United
    States Trade Representative,": the name ends in a title head), and a one-word body before a
    title head with no name ("the Treasury Secretary and the Trade Representative")."""
    words = text[s:e].split()
    if inside_title(s, e) and ((len(words) == 1 and not words[0].isupper()) or words[-1] in _title_head_words()):
        return True  # an acronym still names its body: "USTR Spokesperson X", "Deputy USTR X"
    core = [w for w in words if w not in titles().country_words]
    if inside_title(s, e) and len(core) == 1 and not core[0].isupper() and (h := _HEAD_AFTER.match(text, e)) and (
            h.group(1) in _title_head_words()):
        return True  # "U.S. Treasury Secretary X": a one-word department after its country word is the title's
    if words and words[-1] in _title_head_words() and _AIDE_TO.search(text, max(0, s - 40), s):
        return True  # "X, Assistant to the U.S. Trade Representative": the aide of the officeholder
    if words and words[-1] in _title_head_words() and _MODIFIER_BEFORE.search(text, max(0, s - 30), s):
        return True  # "X, Assistant U.S. Trade Representative for ...": a title of its own, not the office
    if len(words) == 1 and not words[0].isupper():  # "MOFCOM Spokesman": the acronym names the body
        m = _HEAD_AFTER.match(text, e)
        return m is not None and m.group(1) in _title_head_words()
    return False


def extract(doc, ctx) -> Iterator[Party]:
    """Every party of the document, by first mention."""
    from ...nlp import doc_text

    text = doc_text(doc)
    found = _Found()
    rows = _token_rows(doc)
    ents = [x for x in _party_ents(doc, rows) if not _vetoed(text, x)]
    found.taken = list(ents)

    pending: list[tuple[str, int, int, str]] = []
    people = _people(text, found, ents, pending)
    inside_person = _container(people)
    # a department named only inside a person's title ("Secretary of the Treasury Jane Roe", "Treasury
    # Secretary X") is implied, not mentioned: its words stay part of the title
    inside_title = _container(found.title_spans)
    # gazetteer mentions, except those inside a person's name ("Xi" in "Xi Jinping" is the person)
    rebind = _generic_ministries(text, ents)
    widened: list[tuple[int, int]] = []
    for s, e, pid in ents:
        if inside_person(s, e) and _by_id()[pid].type != "person":
            continue
        if _by_id()[pid].type == "government_body" and _names_a_title(text, s, e, inside_title):
            continue
        if (s, e) not in rebind and (other := _owner_before(text, s, e, pid)) is not None:
            rebind[(s, e)] = other  # "the Philippine Department of Agriculture": not the U.S. department
        if (s, e) in rebind:
            country = rebind[(s, e)]
            longer = _BODY_PATTERNS[0][1].match(text, s)  # "Ministry of Commerce, Industry and Tourism": the whole name
            if longer is not None and longer.end() > e and _LIST_CLOSED.match(text, e, longer.end()):
                e = longer.end()
                found.taken.append((s, e, slug(text[s:e]) + "-" + country.lower()))
            found.add(slug(text[s:e]) + "-" + country.lower(), (s, e), name=_SPACES.sub(" ", text[s:e]),
                      type="government_body", country=country)
            continue
        named = _named_agreement_before(text, s, pid)
        if named is not None:  # "the USMCA Free Trade Agreement": the agreement the acronym names
            found.add(named[1], (named[0], e))
            found.taken.append((named[0], e, named[1]))
            continue
        paired = _paired_start(text, s, pid)
        if paired is not None:  # "the U.S.-Indonesia Trade and Investment Framework Agreement": the pair's own
            found.add(pid, (paired, e))
            found.taken.append((paired, e, pid))
            widened.append((paired, e))
            continue
        found.add(pid, (s, e))
    _hyphen_pairs(doc, rows, text, found)
    for ws, we in widened:  # after the pairs inside one token ("U.S.-Indonesia") are read
        found.absorb(ws, we, keep_last=True)
    del rows  # two numbers per token: 60 MB on a 20 MB text
    _coordinated_departments(text, found)
    _plural_heads(text, found)
    _metonyms(text, found)
    _bare_commerce(text, found)
    _bodies(text, found, ctx)
    _missions(text, found)
    _organizations(text, found)
    _acronyms(text, found, ctx)
    _quoted_acronyms(text, found)
    _pair_forums(text, found)
    _lower_pair_forums(text, found)
    _named_forums(text, found)
    _bare_joint_committees(text, found)
    _body_titled_people(text, found, pending)
    _lowercase_titled_people(text, found, pending)
    _list_item_people(text, found, pending)
    _link_people(text, found, pending)

    out = [a.party() for a in found.parties.values() if a.mentions]
    out.sort(key=lambda p: (p.mentions[0], p.id))
    yield from out
