"""Parties: countries, government bodies, forums, organisations and people.

Three sources, merged into one :class:`~jccttool.records.Party` per canonical id:

1. The gazetteer ``resources/parties.jsonl`` through the pipeline's EntityRuler
   (``doc.ents`` labelled ``PARTY``; ``ent.ent_id_`` is the party id). Names and
   aliases match case-insensitively, abbreviations ("U.S.", "USTR") only as written.
2. On-the-fly rules over the unchanged text: acronyms defined in the text
   ("State Food and Drug Administration (SFDA)"), unknown bodies by shape
   ("China's Ministry of X", "the U.S. Department of Y", "National ... Commission"),
   country pairs inside one token ("U.S.-China"), "the State and Treasury Departments",
   and named organisations with no body-type cue: capitalised words ending in an
   organisation head ("the Paulson Institute", "The Chicago Council on Global Affairs",
   "the U.S. Travel Association"; heads ``named_organization_heads``) are type
   organization, country from the name's own prefix ("U.S.", "American", "Chinese") or
   null; never a gazetteer party, a government body or mechanism (``government_name_words``,
   a country pair before Council/Forum/Center) or a bare head ("the Council"). Bilateral
   mechanisms named by a country pair in either order and a mechanism head, with no
   acronym in brackets ("the China-US ... Working Group", "the U.S.-China Working Group
   on Clean Vehicles") are forums with no country; after "a" they are one event.
3. People by title ("U.S. Commerce Secretary John Bryson", "Vice Premier and Member
   of the State Council, Wang Qishan", "Mr. Levine was Deputy Assistant Secretary",
   "Treasury Secretary Henry M Paulson, Jr.": a middle initial with or without its period),
   linked to later "Wang Qishan", "Secretary Bryson", "Bryson".

The vocabulary of rules 2 and 3 (title words, country words, Chinese family names, body
heads, bilateral markers) is ``resources/titles.json`` (:func:`titles`).

Decisions (documented in SOURCES.md): a country word inside a longer gazetteer name
("U.S. Department of Commerce") is not a separate country mention (the ruler keeps the
longest match); a country word in a person's title ("U.S. Commerce Secretary") or before
a possessive body ("China's SFDA") still is. "Beijing" / "Washington" name the country
only as metonyms (followed by a verb or a possessive), never as places ("held in
Beijing", "Washington, DC"). "The two sides" / "both countries" are not parties.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache


from ..records import Party
from ..resources.models import TitleTables
from ..resources.rules import PARTY_LABEL as LABEL, gazetteer, name_variants as _variants, party_by_id as _by_id, titles
from ..text import FOLD

KIND = "parties"

# --------------------------------------------------------------------------- data


# ------------------------------------------------------------------ rule tables


def _alt(words) -> str:
    """An alternation of ``words``, longest first, written as a prefix tree (:func:`_trie`)."""
    return _trie(sorted(words, key=len, reverse=True))


def _trie(words: list[str]) -> str:
    """``"|".join(re.escape(w) for w in words)`` with the words that share a first character
    merged behind it ("China|Chinese|Commerce" -> "C(?:hina|hinese|ommerce)"): ``re`` tests
    the alternatives of a branch one by one, so a list of a hundred title words cost a
    hundred tests at every capital letter. The same matches in the same order of
    preference: only words with the same first character can match at one position, and
    their order is kept; a word that ends here ("" after the prefix) is a barrier no word
    is moved across."""
    parts: list[str] = []
    groups: dict[str, list[str]] = {}
    for w in [*words, ""]:
        if not w:  # flush: everything before an empty word stays before it
            for c, rests in groups.items():
                parts.append(re.escape(c + rests[0]) if len(rests) == 1 else f"{re.escape(c)}(?:{_trie(rests)})")
            groups.clear()
            parts.append(w)
            continue
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(parts[:-1])


_W = r"[A-Z][a-z]+"
#: a name word, also with a capitalised prefix: "McConnell", "MacArthur", "LaHood", "DeLauro", "O'Neill"
_NW = rf"(?:(?:Mc|Mac|La|Le|De|Di|Du|O['\u2019])?{_W})"
#: a middle initial, with or without its period ("Henry M. Paulson", "Henry M Paulson"); a bare
#: capital only between two name words, never "I"
_INITIAL = rf"[A-Z]\.|(?!I[ \u00a0])[A-Z](?=[ \u00a0]{_NW})"
#: between two words of a name: a space, or one line break of hard-wrapped text ("Timothy\nGeithner";
#: :func:`_wrapped_ok` keeps it only inside a long line's sentence)
_NSEP = r"(?:[ \u00a0]|[ \u00a0]*\n[ \u00a0]*(?=[A-Z]))"
_NAME = rf"(?:{_NW}|[A-Z]\.)(?:{_NSEP}(?:{_NW}|{_INITIAL})){{0,3}}(?:,?[ \u00a0](?:Jr|Sr)\.?(?![A-Za-z]))?"
_POSS = r"(?:'s|\u2019s)"
#: a run of whitespace, collapsed to one space in names and titles
_SPACES = re.compile(r"[\s\u00a0]+")
_HONORIFIC = re.compile(rf"\b(?:Mr|Ms|Mrs|Dr)\.[ \u00a0]+(?P<name>{_NW}(?:-{_W})?)\b")
_HONORIFIC_START = ("Mr", "Ms", "Dr")

#: characters that may not touch a whole-word occurrence (see :func:`_occurrences`)
_ACRONYM_EDGE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&")
_NAME_EDGE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SURNAME_EDGE = _NAME_EDGE | {"-"}


def _occurrences(text: str, word: str, edge: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` in ``text`` not touching a character of ``edge`` on either side,
    as ``re.finditer(rf"(?<![edge]){re.escape(word)}(?![edge])", text)`` finds them
    (left to right, never overlapping), with ``str.find`` instead of a regex scan."""
    if not word:
        return
    n, at = len(word), text.find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or text[at - 1] not in edge) and (end == len(text) or text[end] not in edge):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _finditer(pattern: re.Pattern, start: re.Pattern | tuple[str, ...], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``start`` (plain
    words every match begins with) matches. A pattern opening with ``\\b`` or a
    lookbehind makes ``re`` try every position of the text; a bare alternation of words
    is found by its first characters, much faster. ``match`` at a position still sees the
    text before it, so ``\\b`` and lookbehinds behave as in ``finditer``.

    ``start`` may also be a tuple of the literal words every match begins with: a few
    ``str.find`` scans are faster still than ``re`` testing each character against the
    first letters of an alternation."""
    if isinstance(start, tuple):
        yield from _match_at(pattern, text, _word_starts(text, start))
        return
    search, match = start.search, pattern.match
    pos = 0
    c = search(text)
    while c is not None:
        at = c.start()
        m = match(text, at) if at >= pos else None
        if m is not None and m.end() > at:
            yield m
            pos = m.end()
        c = search(text, max(pos, at + 1))


def _word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Every position where one of ``words`` begins (overlapping ones too), sorted."""
    out: set[int] = set()
    for w in words:
        at = text.find(w)
        while at >= 0:
            out.add(at)
            at = text.find(w, at + 1)
    return sorted(out)


def _match_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` finds, given ``starts``: sorted positions
    that include every position where a match can begin."""
    match, pos = pattern.match, 0
    for at in starts:
        if at < pos:
            continue
        m = match(text, at)
        if m is not None and m.end() > at:
            yield m
            pos = m.end()


class _Rx:
    """Patterns compiled from the tables on first use."""

    def __init__(self, t: TitleTables):
        self.country_alt = _alt(t.country_words)
        self.head_alt = _alt(t.title_heads)
        title = (
            rf"(?:(?:{_alt(t.title_modifiers)})[ \u00a0]+)?"  # "Acting U.S. Trade Representative"
            rf"(?:(?P<cty>{self.country_alt}){_POSS}?[ \u00a0]+)?"
            rf"(?:(?P<body>{_alt(t.title_bodies)})[ \u00a0]+)?"
            rf"(?:(?:{_alt(t.title_modifiers)})[ \u00a0]+){{0,3}}(?P<head>{self.head_alt})"
            rf"(?:[ \u00a0]+and[ \u00a0]+Member[ \u00a0]+of[ \u00a0]+the[ \u00a0]+State[ \u00a0]+Council)?"
            rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:(?P<dom>{_alt(t.title_domains)})|"
            # any capitalised domain right before a Chinese name ends there: "Vice Minister of
            # Water Resources Wang Shucheng", "President of China Development Bank Chen Yuan"
            rf"(?P<gdom>{_W}(?:(?:,?[ \u00a0]+and|,)?[ \u00a0]+{_W}){{0,5}})"
            rf"(?=[ \u00a0]+(?:{_alt(t.chinese_surnames)})[ \u00a0]+{_W}(?![a-z])(?![ \u00a0]*[A-Z]))))?"
            rf"(?:[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?(?P<to>{self.country_alt}|United Nations|WTO|World Trade Organization))?"
        )
        # every title is up to six modifiers, country words and body words, then a head: the
        # lookahead checks that loosely first, so the many "China and ...", "U.S. exports"
        # fail before the groups of ``title`` are tried one by one (the same matches)
        has_head = (rf"(?=(?:(?:{_alt({*t.title_modifiers, *t.country_words, *t.title_bodies})})(?:{_POSS})?[ \u00a0]+){{0,6}}"
                    rf"(?:{self.head_alt}))")
        self.titled_name = re.compile(
            rf"\b{has_head}(?P<title>{title})(?:[ \u00a0]+\([A-Z]{{2,8}}\))?,?(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*(?=[A-Z]))(?P<name>{_NAME})(?![A-Za-z])")
        self.appositive_title = re.compile(
            rf"\b(?:Mr|Ms|Mrs|Dr)\.[ \u00a0]+(?P<name>{_W})[ \u00a0]+(?:was|is|has been|had been|served as)"
            rf"[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?P<title>{title})")
        self.prefix_country = re.compile(
            rf"(?:^|(?P<pre>[^A-Za-z.]))(?P<c>{self.country_alt})(?:{_POSS})?[ \u00a0]+(?:the[ \u00a0]+)?$")
        # "U.S.-China ", "Sino-U.S. ", "China-" right before a name: a bilateral body
        self.pair_prefix = re.compile(
            rf"(?<![A-Za-z.])(?:{self.country_alt}|Sino)[\-\u2013](?:(?:{self.country_alt})[ \u00a0]+)?$")
        # every title starts with a modifier, a country word, a body word or a head
        self.title_start = re.compile(
            _alt({*t.title_modifiers, *t.country_words, *t.title_bodies, *t.title_heads}))
        mods, gap = _alt(t.title_modifiers), r"[ \u00a0]+"
        one = rf"(?:(?:{mods}){gap}){{0,3}}(?:{self.head_alt})"
        # "Chairman and President of the ", "Chinese Vice Minister of ": a title ending right before a body
        self.body_title = re.compile(
            rf"(?<![A-Za-z\-])(?:(?P<cty>{self.country_alt}){_POSS}?{gap})?(?P<title>{one}(?:{gap}and{gap}{one})?)"
            rf"{gap}(?:of|for){gap}(?:the{gap})?$")
        # after the body: an optional second title ("and Assistant to the President for Economic Policy"), the name
        self.after_body = re.compile(
            rf"(?:{gap}and{gap}(?:(?:{mods}){gap}){{0,3}}(?:{self.head_alt}|Assistant)"
            rf"(?:{gap}to{gap}the{gap}(?:Vice{gap})?(?:President|Secretary|Premier))?"
            rf"(?:{gap}(?:of|for){gap}(?:{_alt(t.title_domains)}))?)?,?{gap}(?P<name>{_NAME})(?![A-Za-z])")
        low_heads = sorted({h.lower() for h in t.title_heads if " " not in h} | {"vice premier", "trade representative"}, key=len, reverse=True)
        low_mods = "|".join(sorted({m.lower() for m in t.title_modifiers}, key=len, reverse=True))
        # ", minister and customs commissioner-general of the ", ", vice premier;": a lower-case title after a name
        self.lower_title = re.compile(
            rf",{gap}(?:the{gap})?(?P<title>(?:(?P<cty>{self.country_alt}){gap})?(?:(?:{low_mods}){gap})*"
            rf"(?:[a-z]+{gap})?(?:{'|'.join(re.escape(h) for h in low_heads)})(?![\w-])"
            rf"(?:{gap}and{gap}(?:[a-z]+{gap}){{0,2}}(?:{'|'.join(re.escape(h) for h in low_heads)})(?![\w-]))?)"
            rf"(?P<of>{gap}(?:of|for){gap}(?:the{gap})?)?")
        self.name_before = re.compile(rf"(?<![A-Za-z.\-'\u2019])(?P<name>{_NW}(?:[ \u00a0]{_NW}){{1,2}})$")
        self.titled_prefix = re.compile(rf"(?:\b(?:Mr|Ms|Mrs|Dr)\.|\b(?:{self.head_alt}))[ \u00a0]+$")
        # a country word opening or ending a body's name (:func:`_name_country`), a pair opening it
        self.name_country_start = re.compile(rf"(?P<c>{self.country_alt})(?:{_POSS})?[ \u00a0]")
        self.name_country_end = re.compile(
            rf"[ \u00a0](?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<c>{self.country_alt})$")
        self.pair_start = re.compile(rf"(?:{self.country_alt}|Sino)[\-\u2013]")
        self.country_suffix = re.compile(_SUFFIX_COUNTRY.format(self.country_alt))


@cache
def _rx() -> _Rx:
    return _Rx(titles())


_ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z&\.\-]{0,10}[A-Z]s?)\)")

_CONN = r"(?:,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+|[ \u00a0]+(?:of|for|on)[ \u00a0]+(?:the[ \u00a0]+)?|[ \u00a0]+&[ \u00a0]+|[ \u00a0]+)"
_CAP = r"(?!(?:Ministry|Department|General|National|China|Chinese|U\.S\.|United|Korea|The|and)\b)[A-Z][A-Za-z\-]*"
_OF_CHINA = r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+People['\u2019]s[ \u00a0]+Republic[ \u00a0]+of[ \u00a0]+)?China)?"
_BODY_PATTERNS = (
    ("ministry_of", re.compile(rf"\b(?:Ministry|Department)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][A-Za-z\-]*(?:{_CONN}{_CAP})*{_OF_CHINA}")),
    ("general_admin", re.compile(rf"\b(?:General|State)[ \u00a0]+(?:Administration|Bureau|Office)[ \u00a0]+(?:of|for)[ \u00a0]+[A-Z][A-Za-z\-]*(?:{_CONN}{_CAP})*{_OF_CHINA}")),
    ("national_body", re.compile(rf"\b(?:China[ \u00a0]+)?National(?:[ \u00a0]+(?:{_CAP}|and)){{1,5}}[ \u00a0]+(?:Commission|Administration|Bureau|Council|Office|Agency)\b")),
    ("china_body", re.compile(rf"\bChina(?:[ \u00a0]+{_CAP}){{1,4}}[ \u00a0]+(?:Regulatory[ \u00a0]+)?(?:Commission|Administration|Bureau)\b")),
    ("us_body", re.compile(rf"\b(?:U\.S\.|US|United[ \u00a0]+States)(?:[ \u00a0]+(?:{_CAP}|and)){{1,5}}[ \u00a0]+(?:Agency|Office|Service|Administration|Commission|Bureau|Board|Institute)\b")),
)

#: what each of ``_BODY_PATTERNS`` begins with (see :func:`_finditer`): its first words,
#: or for "China ..." the word and a capitalised word after it ("China" alone is common)
_BODY_STARTS = (
    ("Ministry", "Department"),
    ("General", "State"),
    ("China", "National"),
    re.compile(r"China[ \u00a0]+[A-Z]"),
    ("U.S.", "US", "United"),
)


# ------------------------------------------------------------------ helpers


def slug(text: str) -> str:
    """Lowercase kebab slug: "Wang Qishan" -> "wang-qishan", "S&ED" -> "s-and-ed"."""
    text = text.replace("&", " and ").replace("\u2019", "").replace("'", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text.translate(FOLD).lower()).strip("-")


def _country_of(word: str | None) -> str | None:
    if not word:
        return None
    pid = titles().country_words.get(word)
    entry = _by_id().get(pid) if pid else None
    return entry.country if entry else None


class _Acc:
    """Accumulates one party's fields while the document is read."""

    def __init__(self, id: str, name: str, type: str, country: str | None, acronym: str | None = None):
        self.id, self.name, self.type, self.country, self.acronym = id, name, type, country, acronym
        self.titles: list[str] = []
        self.mentions: set[tuple[int, int]] = set()

    def party(self) -> Party:
        return Party(id=self.id, name=self.name, type=self.type, country=self.country, acronym=self.acronym,
                     titles=self.titles, mentions=sorted(self.mentions))


class _Found:
    def __init__(self):
        self.parties: dict[str, _Acc] = {}
        self.taken: list[tuple[int, int, str]] = []

    def add(self, pid: str, span: tuple[int, int], *, name=None, type=None, country=None, acronym=None,
            title: str | None = None) -> _Acc:
        acc = self.parties.get(pid)
        if acc is None:
            e = _by_id().get(pid)
            if e is not None:
                acc = _Acc(e.id, e.name, e.type, e.country, e.acronym)
            else:
                acc = _Acc(pid, name or pid, type or "government_body", country, acronym)
            self.parties[pid] = acc
        if span[1] > span[0]:
            acc.mentions.add(span)
        if title and title not in acc.titles:
            acc.titles.append(title)
        return acc

    def absorb(self, s: int, e: int) -> None:
        """A new body name swallows the country words inside it ("U.S. X Agency")."""
        for acc in self.parties.values():
            if acc.type == "country":
                acc.mentions = {m for m in acc.mentions if not (s <= m[0] and m[1] <= e)}

    def overlaps(self, s: int, e: int) -> list[tuple[int, int, str]]:
        return [t for t in self.taken if t[0] < e and s < t[1]]


# ------------------------------------------------------------------ extraction


def extract(doc, ctx) -> Iterator[Party]:
    """Every party of the document, by first mention."""
    from ..nlp import doc_text

    text = doc_text(doc)
    found = _Found()
    rows = _token_rows(doc)
    ents = [x for x in _party_ents(doc, rows) if not _vetoed(text, x)]
    found.taken = list(ents)

    pending: list[tuple[str, int, int, str]] = []
    people = _people(text, found, ents, pending)
    inside_person = _container(people)
    # gazetteer mentions, except those inside a person's name ("Xi" in "Xi Jinping" is the person)
    for s, e, pid in ents:
        if inside_person(s, e) and _by_id()[pid].type != "person":
            continue
        found.add(pid, (s, e))
    _hyphen_pairs(doc, rows, text, found)
    _coordinated_departments(text, found)
    _metonyms(text, found)
    _bodies(text, found, ctx)
    _organizations(text, found)
    _acronyms(text, found, ctx)
    _pair_forums(text, found)
    _body_titled_people(text, found, pending)
    _lowercase_titled_people(text, found, pending)
    _link_people(text, found, pending)

    out = [a.party() for a in found.parties.values() if a.mentions]
    out.sort(key=lambda p: (p.mentions[0], p.id))
    yield from out


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


def _container(spans) -> Callable[[int, int], bool]:
    """A test "is [s, e) inside one of ``spans``" ((start, end, ...) tuples), by bisecting
    the starts and keeping the furthest end so far (not one comparison per span)."""
    ordered = sorted((t[0], t[1]) for t in spans)
    starts = [s for s, _ in ordered]
    reach, far = [], -1
    for _, e in ordered:
        far = max(far, e)
        reach.append(far)

    def inside(s: int, e: int) -> bool:
        i = bisect_right(starts, s)
        return i > 0 and reach[i - 1] >= e

    return inside


def _vetoed(text: str, ent: tuple[int, int, str]) -> bool:
    """An ambiguous abbreviation inside an ALL-CAPS heading ("MOST FAVORED")."""
    s, e, _ = ent
    word = text[s:e]
    if word not in titles().ambiguous_abbreviations or word in {"US", "UN", "EU"}:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, s - 30) : s])[-1:]
    after = re.findall(r"[A-Za-z]+", text[e : e + 30])[:1]
    return any(w.isupper() and len(w) > 1 for w in before + after)


_HYPHEN = re.compile("-")


def _hyphen_pairs(doc, rows, text: str, found: _Found) -> None:
    """"U.S.-China", "U.S.-Korea": one token naming two countries.

    Only the tokens holding a hyphen are looked at, found from the hyphens' offsets in
    the array of token rows (:func:`_token_rows`)."""
    hyphens = [m.start() for m in _HYPHEN.finditer(text)]
    if not hyphens:
        return
    starts = rows[:, 0].tolist()
    last = -1
    for h in hyphens:
        i = bisect_right(starts, h) - 1
        if i <= last:
            continue  # before the first token, or a token already looked at
        last = i
        token = doc[i]
        start, length, ent_type = starts[i], len(token), token.ent_type
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


@cache
def _lookup_tables() -> tuple[dict[str, str], dict[str, str]]:
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    for p in gazetteer():
        for a in [p.name, *p.aliases]:
            for v in _variants(a):
                lower.setdefault(v.translate(FOLD).lower(), p.id)
        for a in p.abbreviations:
            exact.setdefault(a, p.id)
    return lower, exact


@lru_cache(maxsize=4096)  # the same words and names are looked up again and again
def _lookup(phrase: str) -> str | None:
    lower, exact = _lookup_tables()
    phrase = _SPACES.sub(" ", phrase.strip())
    if phrase in exact:
        return exact[phrase]
    folded = phrase.translate(FOLD).lower()
    pid = lower.get(folded)
    if pid is None and folded.startswith("the "):
        pid = lower.get(phrase[4:].translate(FOLD).lower())
    return pid


def _country_lookup(word: str) -> str | None:
    pid = _lookup(word)
    return pid if pid and _by_id()[pid].type == "country" else None


_DEPTS = re.compile(r"\b(?P<a>State|Treasury|Commerce|Agriculture|Energy|Justice|Labor|Transportation|Defense)"
                    r"(?:,?[ \u00a0]+and[ \u00a0]+(?P<b>State|Treasury|Commerce|Agriculture|Energy|Justice|Labor|Transportation|Defense))?"
                    r"[ \u00a0]+Departments?\b")
_DEPTS_START = ("State", "Treasury", "Commerce", "Agriculture", "Energy", "Justice", "Labor", "Transportation", "Defense")


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


_METONYM = re.compile(r"\b(?P<city>Beijing|Washington)(?:(?P<poss>'s|\u2019s)|[ \u00a0]+(?P<verb>[a-z]+))")
_METONYM_START = ("Beijing", "Washington")


def _metonyms(text: str, found: _Found) -> None:
    """"Beijing agreed", "Washington's concerns": the capital as its government."""
    for m in _finditer(_METONYM, _METONYM_START, text):
        if m.group("verb") and m.group("verb") not in titles().metonym_verbs:
            continue
        if text[max(0, m.start() - 5) : m.start()].rstrip().endswith(("in", "near", "at", "to", "from")):
            continue
        pid = "china" if m.group("city") == "Beijing" else "united-states"
        found.add(pid, (m.start("city"), m.end("city")))


def _doc_other_country(found: _Found) -> str:
    """The non-U.S. side of the document (default China)."""
    best, n = "CN", 0
    for acc in found.parties.values():
        if acc.type == "country" and acc.country not in (None, "US") and len(acc.mentions) > n:
            best, n = acc.country, len(acc.mentions)
    return best


def _prefix_country(text: str, start: int) -> str | None:
    """Country of a "China's " / "the U.S. " / "Chinese " word just before ``start``.

    The second word of a pair ("U.S.-China ") is not a prefix: the pair makes the body
    bilateral (:func:`_bilateral_start`), it does not give it the country "China".
    """
    m = _rx().prefix_country.search(text[max(0, start - 40) : start])
    if m is None or (m.group("pre") or "") in "-\u2013\u2014" and m.group("pre"):
        return None
    return _country_of(m.group("c"))


def _bilateral_start(text: str, start: int) -> int | None:
    """Where a country pair right before ``start`` begins ("U.S.-China ", "Sino-U.S. ", "China-")."""
    m = _rx().pair_prefix.search(text[max(0, start - 60) : start])
    return max(0, start - 60) + m.start() if m else None


def _name_country(name: str) -> str | None:
    """The country a body's own name gives: "Chinese Drug ...", "U.S. X Agency", "... of China"."""
    rx = _rx()
    m = rx.name_country_start.match(name)
    if m and name[m.end("c") : m.end("c") + 1] not in ("-", "\u2013"):
        return _country_of(m.group("c"))
    m = rx.name_country_end.search(name)
    return _country_of(m.group("c")) if m else None


def _head_of(name: str) -> str | None:
    """The head of a body name: the head phrase ending the name, or ending the part before
    its first "of/on/for/in" ("Joint Working Group on Trade" -> "Working Group")."""
    t = titles()
    heads = sorted({*t.body_heads, *t.forum_heads, *t.organization_heads, *t.mechanism_heads}, key=len, reverse=True)
    parts = [name]
    m = re.search(r"[ \u00a0,]+(?:of|on|for|in)[ \u00a0]", name)
    if m:
        parts.append(name[: m.start()])
    for part in parts:
        for h in heads:
            if part == h or part.endswith((" " + h, "\u00a0" + h)):
                return h
    return None


def _classify(name: str, bilateral: bool) -> tuple[str, bool]:
    """(party type, whether the country must stay null) of an unknown body's name."""
    t = titles()
    head = _head_of(name) or name.split()[-1]
    bilateral = bilateral or name.split()[0] in t.bilateral_words
    if bilateral and head in t.mechanism_heads:
        return "forum", True
    if head in t.forum_heads:
        return "forum", bilateral
    if head in t.organization_heads:
        return "organization", bilateral
    return "government_body", bilateral


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
            country = _name_country(name) or _prefix_country(text, s)
            if country is None:
                if rule in ("us_body",) or name.startswith(("U.S.", "US ", "United States")):
                    country = "US"
                elif name.startswith(("China", "National", "General", "State")):
                    country = "CN"
                elif name.startswith("Department"):
                    country = "US"
                else:
                    country = other
            pid = slug(name)
            found.absorb(s, e)
            found.add(pid, (s, e), name=name, type="government_body", country=country)
            found.taken.append((s, e, pid))


_ORG_WORD = r"(?:U\.S\.|[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]{2,}[a-z]*)(?:[-\u2010][A-Z][A-Za-z]*\.?)*"
_ORG_WORD_RE = re.compile(_ORG_WORD)


class _OrgRx:
    def __init__(self, t: TitleTables):
        gap = r"[ \u00a0]"
        self.head = re.compile(rf"(?<![A-Za-z])(?:{_alt(t.named_organization_heads)})(?![A-Za-z])")
        self.head_start = tuple(t.named_organization_heads)  # see :func:`_finditer`
        # up to five capitalised words (with "&" / "and" between two of them) ending right before the head
        self.modifiers = re.compile(rf"(?:{_ORG_WORD}(?:{gap}(?:&|and){gap}{_ORG_WORD})?{gap}){{1,5}}$")
        self.tail = re.compile(
            rf"{gap}(?:on|of|for|in){gap}(?:the{gap})?{_ORG_WORD}(?:(?:,?{gap}and|{gap}&)?{gap}{_ORG_WORD}){{0,5}}")
        self.country_start = re.compile(rf"(?P<c>{_rx().country_alt})(?:{_POSS})?[ \u00a0](?![\-\u2013])")
        self.place_country = {p: code for code, places in t.place_countries.items() for p in places}
        self.place = re.compile(rf"(?<![\w.'\u2019-])(?:{_alt(self.place_country)})(?![\w'\u2019-])") if self.place_country else None


_NEWLY_SET_UP = re.compile(r"\b(?:establish\w*|set(?:ting)? up|creat\w*|launch\w*|fund\w*)\b[^.;:]{0,40}$", re.I)


@cache
def _org_rx() -> _OrgRx:
    return _OrgRx(titles())


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
        if not words and (tail is None or head in ("Forum", "Council", "Chamber of Commerce")):
            continue  # a bare head: "the Council", "Forum on ..."
        if re.match(r"[A-Za-z]", text[s - 1 : s]) if s else False:
            continue
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


_PAIR_FORUM_HEADS = ("Working Group", "Working Groups", "Dialogue", "Commission", "Forum", "Committee", "Joint Committee",
                     "Task Force", "Subcommittee", "Sub-Committee", "Roundtable", "Mechanism", "Consultation",
                     "Consultations", "Expert Group", "Experts Group", "Subgroup", "Sub-Group", "Summit")
_CAPW = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'\u2019&-]*"


@cache
def _pair_forum_rx() -> re.Pattern:
    cty, gap = _rx().country_alt, r"[ \u00a0]+"
    return re.compile(
        rf"(?<![A-Za-z.\-\u2013])(?:{cty}|Sino)[\-\u2013](?:{cty})"
        rf"(?:{gap}{_CAPW}(?:{gap}(?:and|&|of|on|for|the){gap}{_CAPW})*){{0,6}}?{gap}(?:{_alt(_PAIR_FORUM_HEADS)})(?![\w\-])"
        rf"(?:{gap}(?:on|for){gap}(?:the{gap})?{_CAPW}(?:(?:,?{gap}and|{gap}&|,|{gap}(?:of|for|on|in)){gap}{_CAPW}|{gap}{_CAPW}){{0,6}})?"
    )


_INDEFINITE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?)(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]+$")
_PAIR_FORUM_START = ("U.S", "US", "United", "China", "Chinese", "Sino", "America", "PRC", "Korea", "Japan", "India", "Mexico", "Canada")


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
        hits = found.overlaps(s, e)
        if any(_by_id().get(p) is None or _by_id()[p].type != "country" for _, _, p in hits):
            continue  # a gazetteer party or a body already found there
        name = _SPACES.sub(" ", m.group())
        pid = _lookup(name) or slug(name)
        entry = _by_id().get(pid)
        found.absorb(s, e)
        if entry is not None:
            found.add(pid, (s, e))
        else:
            found.add(pid, (s, e), name=name, type="forum", country=None)
        found.taken.append((s, e, pid))


def _trim_name(name: str) -> str:
    name = re.sub(r"[\s\u00a0,]+$", "", name)
    # a trailing connector word left by the regex ("Ministry of Commerce and")
    name = re.sub(r"(?:[\s\u00a0]+(?:and|of|for|on|the))+$", "", name)
    return name


_SUFFIX_COUNTRY = r"[ \u00a0]+(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<c>{})\b"


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
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        before_end = m.start()
        while before_end > 0 and text[before_end - 1] in " \u00a0":
            before_end -= 1
        # the party ending right before the parenthesis
        ending = [t for t in found.taken if t[1] == before_end]
        owner = min(ending, key=lambda t: t[0]) if ending else None
        pid = None
        if owner is not None:
            pid = owner[2]
            entry = _by_id().get(pid)
            if entry is not None and entry.type == "country":
                pid = None
        if pid is None:
            _redefined(text, found, acr, _fitting_form(text, acr, before_end))
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
        # every occurrence of the acronym as a word, from the definition on
        for os_, oe in _occurrences(text, acr, _ACRONYM_EDGE):
            if os_ < m.start():
                continue
            if any(t[2] != pid for t in found.overlaps(os_, oe)):
                continue
            found.add(pid, (os_, oe))
            found.taken.append((os_, oe, pid))


def _redefined(text: str, found: _Found, acr: str, form: str | None) -> None:
    """"Information Technology Agreement (ITA)": the text gives a gazetteer abbreviation
    another meaning, so its bare occurrences are not the gazetteer party (ITA, the
    International Trade Administration)."""
    if form is None:
        return
    pid = _lookup_tables()[1].get(acr)
    if pid is None or _lookup(form) == pid:
        return
    acc = found.parties.get(pid)
    spans = set(_occurrences(text, acr, _ACRONYM_EDGE))
    if acc is not None:
        acc.mentions -= spans
    found.taken = [t for t in found.taken if not (t[2] == pid and (t[0], t[1]) in spans)]


def _long_form(text: str, acr: str, end: int) -> str | None:
    """The capitalised name ending at ``end`` (just before "(ACR)") whose initials fit ACR
    and that has a body head."""
    form = _fitting_form(text, acr, end)
    return form if form and _head_of(form) else None


_FORM_TAIL = re.compile(
    r"(?:(?:[A-Z][A-Za-z\-\u2019']*|of|for|and|on|the|in|&)(?:,?[ \u00a0]+))*[A-Z][A-Za-z\-\u2019']*$"
)
#: every character a match of _FORM_TAIL can contain
_FORM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\u2019'&, \u00a0")


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


# ------------------------------------------------------------------ people


def _person_key(name: str) -> str:
    return slug(name)


def _is_chinese_name(name: str, country: str | None) -> bool:
    toks = name.replace(",", " ").split()
    return len(toks) in (2, 3) and toks[0] in titles().chinese_surnames and (country in (None, "CN"))


def _surname(name: str, chinese: bool) -> str:
    toks = [t for t in name.replace(",", " ").split() if t not in ("Jr.", "Sr.", "Jr", "Sr")]
    return toks[0] if chinese else toks[-1]


@cache
def _known_surnames() -> dict[str, list[str]]:
    """Surname -> ids of the gazetteer's people."""
    out: dict[str, list[str]] = {}
    for p in gazetteer():
        if p.type == "person":
            out.setdefault(_surname(p.name, p.country == "CN"), []).append(p.id)
    return out


def _resolve(text: str, found: _Found, pending: list, out: list, name: str, s: int, e: int, title: str,
             tcountry: str | None, default_us: bool = True) -> None:
    """Record the person ``name`` at [s, e) with ``title``: a gazetteer person, a person linked
    by surname, or a new person (country: the title's, the gazetteer's, CN for a Chinese
    name, else US unless ``default_us`` is false)."""
    if "\n" in text[s:e]:
        cut = _wrapped_cut(text, s, e)
        if cut is None:
            return
        e = cut
        name = text[s:e]
    name = _SPACES.sub(" ", name)
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
    pid = _lookup(name)
    if pid and _by_id()[pid].type != "person":
        return
    if pid is None:  # "Carlos M. Gutierrez", "Henry Paulson, Jr.": the gazetteer's "Carlos Gutierrez"
        short = re.sub(r",?[ \u00a0]+(?:Jr|Sr)\.?$", "", re.sub(r"[ \u00a0]+[A-Z]\.?(?=[ \u00a0])", "", name))
        alt = _lookup(short) if short != name and " " in short else None
        pid = alt if alt and _by_id()[alt].type == "person" else None
    if pid is None and len(kept) == 1:
        # "President Xi", "Secretary Pritzker": link by surname (now, or once all names are known)
        cands = [a.id for a in found.parties.values() if a.type == "person"
                 and _surname(a.name, _is_chinese_name(a.name, a.country)) == kept[0]]
        if len(cands) != 1:
            cands = _known_surnames().get(kept[0], [])
        if len(cands) == 1:
            pid = cands[0]
        else:
            pending.append((kept[0], s, e, title))
            return
    if pid is None:
        pid = _person_key(name)
    country = tcountry
    if country is None:
        e_ = _by_id().get(pid)
        if e_ is not None:
            country = e_.country
        elif _is_chinese_name(name, None):
            country = "CN"
        elif default_us:
            country = "US"
    acc = found.add(pid, (s, e), name=name, type="person", country=country, title=title)
    if acc.country is None:
        acc.country = country
    out.append((s, e, pid))


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


_OF_AFTER_NAME = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-Z])")


def _people(text: str, found: _Found, ents, pending: list) -> list[tuple[int, int, str]]:
    """Titled names: returns (start, end, person id) of each name mention found by title."""
    out: list[tuple[int, int, str]] = []
    ents_at = {s: pid for s, _, pid in ents}
    tables = titles()
    for m in _finditer(_rx().titled_name, _rx().title_start, text):
        title = m.group("title")
        cty = m.group("cty")
        tcountry = _country_of(cty)
        default_us = True
        if tcountry is None:
            head = m.group("head")
            full = re.sub(r"^(?:Vice|Deputy)\s+", "", title)
            tcountry = tables.title_countries.get(title) or tables.title_countries.get(full) or (
                "US" if m.group("body") in tables.us_title_bodies or m.group("dom") in tables.us_title_domains else None)
            if head == "Premier" and tcountry is None:
                tcountry = "CN"
            if tcountry is None and not m.group("dom") and not m.group("gdom"):
                # "President Antonio Saca of El Salvador": the country after the name
                tcountry, default_us = _after_name_country(text, m.end("name"), ents_at)
        _resolve(text, found, pending, out, m.group("name"), m.start("name"), m.end("name"), title, tcountry, default_us)
    for m in _finditer(_rx().appositive_title, _HONORIFIC_START, text):
        _resolve(text, found, pending, out, m.group("name"), m.start("name"), m.end("name"), m.group("title"),
                 _country_of(m.group("cty")))
    # gazetteer persons found by the ruler count as people too
    for s, e, pid in ents:
        if _by_id()[pid].type == "person":
            out.append((s, e, pid))
    return out


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
        _resolve(text, found, pending, out, n.group("name"), n.start("name"), n.end("name"), title, country)


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title head or modifier ("Chairman", "Vice", "Secretary-General")."""
    t = titles()
    return frozenset(w for h in [*t.title_heads, *t.title_modifiers] for w in h.split())


#: what a lower-case title after a name starts with; one regex scan (``re`` finds the common
#: ", " first) instead of one ``in`` test per hint
_LOWER_TITLE_HINTS = re.compile("|".join(re.escape(h) for h in (
    ", minister", ", vice", ", deputy", ", secretary", ", chair", ", director", ", commissioner", ", governor",
    ", ambassador", ", president", ", administrator", ", the ", ", assistant", ", executive", ", special", ", U.S.",
    ", Chinese")))


def _lowercase_titled_people(text: str, found: _Found, pending: list) -> None:
    """A name followed by a lower-case title: "Sheng Guangzu, minister and customs
    commissioner-general of the General Administration of Customs", "Li Ming, vice
    premier". Kept only when the country is certain: a country word in the title, the body
    after "of" (a party found there), or a Chinese name; never defaulted."""
    rx = _rx()
    if not _LOWER_TITLE_HINTS.search(text):
        return
    starts = {t[0]: t for t in found.taken}
    for m in rx.lower_title.finditer(text):
        nb = rx.name_before.search(text, max(0, m.start() - 60), m.start())
        if nb is None or found.overlaps(nb.start(), nb.end()):
            continue
        name = nb.group("name")
        country = _country_of(m.group("cty"))
        end = m.end("title")
        if country is None and m.group("of"):
            body = starts.get(m.end())
            acc = found.parties.get(body[2]) if body else None
            if acc is not None and acc.type not in ("person",):
                country, end = acc.country, body[1]
        if country is None and _is_chinese_name(name, None):
            country = "CN"
        if country is None:
            continue
        title = _SPACES.sub(" ", text[m.start("title") : end])
        _resolve(text, found, pending, [], name, nb.start(), nb.end(), title, country)


_NAME_BEFORE_SURNAME = re.compile(rf"\b({_W}(?:[ \u00a0][A-Z]\.)?)[ \u00a0]\Z")


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


def _link_people(text: str, found: _Found, pending: list[tuple[str, int, int, str]]) -> None:
    """Later mentions of a person: the full name, "Mr./Secretary Surname", a bare Western surname."""
    persons = [a for a in found.parties.values() if a.type == "person"]
    # "Mr. Levine" with "Hank Levine" somewhere in the text
    for m in _finditer(_HONORIFIC, _HONORIFIC_START, text):
        sur = m.group("name")
        if any(_surname(a.name, _is_chinese_name(a.name, a.country)) == sur for a in persons):
            continue
        full = _full_name_of(text, sur)
        if full and full[2] not in titles().name_stopwords:
            name = text[full[0] : full[1]]
            acc = found.add(_person_key(name), (full[0], full[1]), name=name, type="person", country="US")
            persons.append(acc)
    by_surname: dict[str, list[_Acc]] = {}
    for sur, s, e, title in pending:  # "Mr. Levine was Deputy Assistant Secretary ..."
        accs = [a for a in persons if _surname(a.name, _is_chinese_name(a.name, a.country)) == sur]
        if len(accs) == 1:
            accs[0].mentions.add((s, e))
            if title not in accs[0].titles:
                accs[0].titles.append(title)
    for a in persons:
        chinese = _is_chinese_name(a.name, a.country)
        by_surname.setdefault(_surname(a.name, chinese), []).append(a)
        # every occurrence of the full name
        a.mentions.update(_occurrences(text, a.name, _NAME_EDGE))
    for sur, accs in by_surname.items():
        if len(accs) != 1:
            continue
        a = accs[0]
        chinese = _is_chinese_name(a.name, a.country)
        for s, e in _occurrences(text, sur, _SURNAME_EDGE):
            if any(ms <= s and e <= me for ms, me in a.mentions):
                continue
            if any(t[0] <= s and e <= t[1] for t in found.taken):
                continue
            prefix = text[max(0, s - 40) : s]
            titled = _rx().titled_prefix.search(prefix)
            if chinese and not titled:
                continue  # a bare Chinese family name is ambiguous
            nxt = text[e : e + 2]
            if nxt[:1] == " " and text[e + 1 : e + 2].isupper() and not titled:
                continue  # "Bryson Street": part of another name
            a.mentions.add((s, e))
