"""Issue areas of sections and commitments (taxonomy v1, ``shared/spec/issue-areas.md``).

Cue words come from ``resources/areas.json``: one alternation per area, compiled once,
matched on the case-folded text (acronyms on the text as written; a space in a cue
matches any white space, a line break too) only where a word starts as one of its cues
does (a sorted index of the document's words, built once). A cue inside a longer cue of
another area does not count ("climate" in "business climate", "energy" in "new energy
vehicles"), unless coordinated in it ("investment" in "trade and investment").
A commitment's areas are read from its sentence and from the section it stands in:

- a strong cue in the sentence scores 2 each, at most 4 per area (an area named three
  or four times does not crowd out the others a long sentence names), weak ones
  ("standards", "safeguards") 1 in all; an area of the commitment's section adds its weight (2 when its title names it
  with a strong cue, 1 otherwise) to an area the sentence names too;
- an area is a candidate with a strong cue in the sentence, or a weak one backed by
  the section's title; candidates scoring at least a third of the best are kept, best
  first (ties in the taxonomy's order), at most three;
- a sentence that names no area takes the specific cues of the sentence before it in
  its block (bullet or paragraph: "The two sides agreed to quickly conduct such
  negotiations" after a sentence on beef), else its section's areas (the section a strong cue, the sentence
  winning where it says otherwise), else its document's (the title and the session's
  forum name: "Hanoi and Washington pledge closer trade cooperation"), else ``other``, which
  is never combined with another area;
- a sentence that schedules or reports a meeting (the ``meetings`` patterns: "agreed to
  hold the next round of economic and trade consultations") does not take its
  document's areas, and its generic cues and cues written with a capital name the
  forum, not a subject: with no other cue it is ``other`` (or the areas of the sentence
  before it or of its section);
- a generic cue ("trade", "WTO", "goods", "imports") is strong only when no other area
  has a strong cue in the sentence: "lifted the ban on imports of U.S. poultry" is
  agriculture; in a sentence or a title, one written with a capital is part of a name
  ("U.S. Trade Representative", "Joint Commission on Commerce and Trade") and skipped;
  so is a cue written with a capital right after one ("Investment" in "Trade and Investment
  Council"), and a cue coordinating a generic word with another, written with capitals
  ("Trade and Investment Framework Agreement"), counts as generic: a forum's name says
  trade in general, not a subject;
- a lead-in that names no area ("The two sides committed to:") takes the areas at least
  a third of its items (the commitments after it in its section) share; ``other`` when
  they span more than four areas or mostly none;
- ``other`` has cues of its own, subjects the taxonomy leaves out (labour, small and
  medium-sized firms, women's entrepreneurship): a sentence naming only such a subject is
  ``other`` (a generic cue beside it yields, as to any area; the sentence after it takes
  it, not its document's area), and ``other`` drops out beside an area of the taxonomy;
- two cues of different areas and weights listed side by side ("trade, investment and
  energy", "environment, labor and customs") each name a subject: a generic or weak one
  counts as strong, unless a cue right before it makes it a head ("agricultural trade");
- a cue written with a capital among the portfolios a ministry's name lists ("Minister
  of Production, Foreign Trade, Investment and Fisheries") names an office, and in a
  sentence about a meeting so does an acronym in brackets ("Free Trade Agreement (FTA)").

A section's areas are those its title or topic names (strong cues first; weak ones
when it has none); a level-2 section adds its parent's, at weight 1 when it has its
own, and shows them when it has none.

Registry: ``extract`` runs after commitments and yields :class:`AreaLabels` (one per
section and per commitment, keyed by span); ``settle`` writes them into the records
once the commitments are final.

Where to change what: cue words, acronyms and meeting patterns are
``resources/areas.json``; the scoring above is :func:`_choose` (lead-ins :func:`_lead_in`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..resources.models import AREA_SLUGS
from ..resources.rules import area_table
from ..text import fold_case, literal_prefix

KIND = "areas"

STRONG, WEAK = 2, 1
#: the weight :func:`hits` gives a generic cue: strong, unless another area has a strong cue too
GENERIC = 3
MAX_AREAS = 3


@dataclass(frozen=True, slots=True)
class AreaLabels:
    """The areas found for one record: ``target`` is a section id, or ``"commitment"``
    with ``key`` the commitment's span (no ``span`` field: labels are never boilerplate)."""

    target: str
    key: tuple[int, int]
    areas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Area:
    slug: str
    pattern: re.Pattern | None  # case-folded cues, strong, weak (group "weak") and generic (group "generic")
    has_weak: bool
    has_generic: bool
    prefixes: tuple[str, ...]  # the lower-case start of the first word of every cue
    acronyms: re.Pattern | None  # matched as written
    acronym_prefixes: tuple[str, ...]


def _first_word(pattern: str) -> str:
    return _WORD.match(literal_prefix(pattern).lower()).group()


_LITERAL_SPACE = re.compile(r"\[(?:\\.|[^\]])*\]|\\.| \??")


def _spaced(pattern: str) -> str:
    """``pattern`` with each literal space (not one in a character class) matching any run
    of white space, an optional one (" ?") any or none: "digital economy" is found across
    a line break."""
    return _LITERAL_SPACE.sub(lambda m: {" ": r"\s+", " ?": r"\s*"}.get(m.group(), m.group()), pattern)


@cache
def _areas() -> tuple[_Area, ...]:
    out = []
    for rule in area_table().areas:
        if not rule.cues and not rule.weak and not rule.generic and not rule.acronyms:
            continue
        parts = []
        if rule.cues:
            parts.append("(?:" + "|".join(map(_spaced, rule.cues)) + ")")
        if rule.weak:
            parts.append("(?P<weak>" + "|".join(map(_spaced, rule.weak)) + ")")
        if rule.generic:
            parts.append("(?P<generic>" + "|".join(map(_spaced, rule.generic)) + ")")
        pattern = re.compile("(?:" + "|".join(parts) + r")(?![a-z0-9])") if parts else None
        acronyms = re.compile("(?:" + "|".join(rule.acronyms) + r")(?![A-Za-z0-9])") if rule.acronyms else None
        words = rule.cues + rule.weak + rule.generic
        out.append(_Area(rule.slug, pattern, bool(rule.weak), bool(rule.generic), tuple(sorted({_first_word(c) for c in words})),
                         acronyms, tuple(sorted({_first_word(c) for c in rule.acronyms}))))
    return tuple(out)


_ORDER = {slug: i for i, slug in enumerate(AREA_SLUGS)}
_WORD = re.compile(r"[a-z0-9]*")
_WORDS = re.compile(r"[a-z0-9]+")


@cache
def _prefix_table() -> dict[str, tuple[tuple[str, tuple[int, bool]], ...]]:
    """The first two letters of a cue's first-word prefix -> ((prefix, (area index,
    acronym?)), ...); a one-letter prefix is filed under its letter."""
    table: dict[str, list[tuple[str, tuple[int, bool]]]] = {}
    for i, area in enumerate(_areas()):
        for prefixes, acronym in ((area.prefixes, False), (area.acronym_prefixes, True)):
            for prefix in prefixes:
                table.setdefault(prefix[:2], []).append((prefix, (i, acronym)))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1 << 14)
def _word_keys(word: str) -> tuple[tuple[int, bool], ...]:
    """The (area index, acronym?) keys whose cues can start with ``word``, by its prefixes
    (words recur across sentences and documents: looked up once)."""
    table = _prefix_table()
    keys = []
    for head in (word[:2], word[:1]) if len(word) > 1 else (word,):
        for prefix, key in table.get(head, ()):
            if word.startswith(prefix):
                keys.append(key)
    return tuple(keys)


def _find(text: str, folded: str | None = None, ranges: list[tuple[int, int]] | None = None,
          prose: bool = False) -> list[tuple[int, str, int, int]]:
    """Every cue in ``text``: (start, slug, weight, end), sorted.

    Each area's alternation is tried only where a word starts as one of its cues does
    (every distinct word of the case-folded text is looked up by its prefixes once):
    the alternation is matched once per candidate word, never at every character.
    ``ranges`` (sorted, disjoint) limits the words looked at: a cue starts inside one.
    In ``prose`` a generic cue written with a capital (not in capitals: "WTO") is part of
    a name ("U.S. Trade Representative", "Ministry of Commerce and Trade") and is skipped."""
    folded = fold_case(text) if folded is None else folded
    positions: dict[str, list[int]] = {}
    for start, end in ranges if ranges is not None else ((0, len(folded)),):
        for m in _WORDS.finditer(folded, start, end):
            positions.setdefault(m.group(), []).append(m.start())
    candidates: dict[tuple[int, bool], list[int]] = {}
    for word, where in positions.items():
        for key in _word_keys(word):
            candidates.setdefault(key, []).extend(where)
    found = []
    all_areas = _areas()
    for (i, acronym), starts in sorted(candidates.items()):
        area = all_areas[i]
        pattern, source = (area.acronyms, text) if acronym else (area.pattern, folded)
        last = -1
        if len(starts) > 1:
            starts = sorted(set(starts))
        for pos in starts:
            if pos < last or (acronym and pos and text[pos - 1].isalnum()):
                continue
            m = pattern.match(source, pos)
            if m is None:
                continue
            weak = not acronym and area.has_weak and m.group("weak") is not None
            generic = not acronym and area.has_generic and m.group("generic") is not None
            if prose and not acronym and _titled(text, pos) and not _opens_sentence(text, pos):
                if generic or _after_titled_generic(text, pos) or _in_office(text, pos):
                    continue  # a name: "U.S. Trade Representative", the "Investment" of "Trade and Investment Council"
                generic = generic or _coordinated_generic(source, pos, m.end())  # "Trade and Investment Council": trade in general
            last = m.end()
            found.append((pos, area.slug, WEAK if weak else GENERIC if generic else STRONG, m.end()))
    found.sort()
    return found


_AND_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:and|&)\s+$")


def _after_titled_generic(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` follows "<generic cue written with a capital> and ": the
    next word of a name ("Trade and Investment Framework Agreement", "Trade and Investment
    Council"), not a subject; a generic word that opens the sentence is a word ("Trade and
    investment grew")."""
    m = _AND_BEFORE.search(text, max(0, pos - 24), pos)
    if m is None or not _titled(text, m.start(1)) or _opens_sentence(text, m.start(1)):
        return False
    return _generic_word(m.group(1).lower())


_OFFICE = re.compile(r"\b(?:Minist(?:er|ry|ries)|Secretar(?:y|iat)|Department)\s+(?:of|for)\s+(?:the\s+)?"
                     r"((?:[A-Z][\w’'.-]*(?:,?\s+(?:and|&)\s+|,\s+|\s+))*)$")
_OFFICE_NEXT = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*)*,\s+[A-Z]")
_OFFICE_LIST = re.compile(r",|\s(?:and|&)\s")
_WORD_END = re.compile(r"[\w’'-]*")


def _in_office(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` (written with a capital) is one of the portfolios a
    ministry's name lists ("Minister of Production, Foreign Trade, Investment and
    Fisheries", "Ministry of Commerce, Industry and Tourism"): an office, not a subject; a
    ministry of one portfolio ("Department of Health") still names one."""
    m = _OFFICE.search(text, max(0, pos - 90), pos)
    if m is None:
        return False
    return _OFFICE_LIST.search(m.group(1)) is not None or _OFFICE_NEXT.match(text, _WORD_END.match(text, pos).end()) is not None


_AND = re.compile(r"\s(?:and|&)\s")


def _coordinated_generic(folded: str, start: int, end: int) -> bool:
    """Whether the cue ``folded[start:end]`` coordinates a generic word with another
    ("trade and investment"): written with a capital it is a forum's name."""
    return _AND.search(folded, start, end) is not None and _generic_word(_WORD.match(folded, start).group())


@lru_cache(maxsize=256)
def _generic_word(word: str) -> bool:
    return any(area.has_generic and (m := area.pattern.fullmatch(word)) is not None and m.group("generic") is not None
               for area in _areas() if area.pattern is not None)


def hits(text: str, folded: str | None = None, ranges: list[tuple[int, int]] | None = None,
         prose: bool = False) -> list[tuple[int, str, int]]:
    """Every cue in ``text``: (start, slug, weight), sorted by start (see :func:`_find`)."""
    return [h[:3] for h in _find(text, folded, ranges, prose)]


_COORDINATED = re.compile(r"\W(?:and|or)\W+$")


def _outer(found: list[tuple[int, str, int, int]], folded: str) -> list[tuple[int, str, int]]:
    """The cues not inside a longer cue of another area, (start, slug, weight): "trade"
    in "trade secrets", "climate" in "business climate", "safety" in "food safety"; a
    cue coordinated inside it stays ("investment" in "trade and investment"), unless it
    stands in a list the longer cue introduces ("emerging industries, including ...,
    energy-saving and environmentally-friendly technologies": examples of its subject)."""
    out = []
    far, far_slug, far_start = -1, "", -1
    for start, slug, weight, end in sorted(found, key=lambda h: (h[0], -h[3])):
        if not (far >= end and far_slug != slug and far - far_start > end - start
                and not (start > far_start and "," not in folded[far_start:start] and _COORDINATED.search(folded, far_start, start))):
            out.append((start, slug, weight, end))
        if end > far:
            far, far_slug, far_start = end, slug, start
    return _listed(out, folded)


_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or|&|as well as)|/)\s+(?:the\s+)?|/")


def _listed(found: list[tuple[int, str, int, int]], folded: str) -> list[tuple[int, str, int]]:
    """(start, slug, weight) of each cue; two cues of different areas and weights listed
    side by side ("cooperation in trade, investment and other issues", "work on
    environment, labor and other issues", "trade and environment issues") each name a
    subject of their own: a generic or weak one counts as strong (two weak ones do not:
    "safety and regulation"), unless a cue right before it makes it a modifier's head
    ("agricultural trade, investment")."""
    out = [h[:3] for h in found]
    for i in range(len(found) - 1):
        (_, a_slug, a_weight, a_end), (b, b_slug, b_weight, _) = found[i], found[i + 1]
        if a_slug == b_slug or a_weight == b_weight or b < a_end or not _LISTED.fullmatch(folded, a_end, b):
            continue
        for j in (i, i + 1):
            if out[j][2] != STRONG and not (j and _after_cue(found[j - 1], found[j][0], folded)):
                out[j] = (out[j][0], out[j][1], STRONG)
    return out


def _after_cue(before: tuple[int, str, int, int], start: int, folded: str) -> bool:
    """Whether the cue ``before`` modifies the word at ``start`` ("agricultural trade")."""
    return before[3] <= start and not folded[before[3] : start].strip()


def _scores(found) -> dict[str, int]:
    """slug -> score: 2 per strong cue (4 at most), 1 for any number of weak ones; a
    generic cue ("imports") is strong unless another area has a strong cue, then weak."""
    strong: dict[str, int] = {}
    weak: set[str] = set()
    generic: dict[str, int] = {}
    for _, slug, weight in found:
        if weight == STRONG:
            strong[slug] = min(strong.get(slug, 0) + STRONG, 2 * STRONG)
        elif weight == GENERIC:
            generic[slug] = min(generic.get(slug, 0) + STRONG, 2 * STRONG)
        else:
            weak.add(slug)
    for slug, score in generic.items():
        if slug in strong or not (strong.keys() - {slug}):
            strong[slug] = min(strong.get(slug, 0) + score, 2 * STRONG)
        else:
            weak.add(slug)  # "lifted the ban on imports of U.S. poultry": the product's area
    return {slug: strong.get(slug, 0) + (WEAK if slug in weak else 0) for slug in strong.keys() | weak}


def section_areas(label: str) -> dict[str, int]:
    """Areas a section title or topic names: slug -> weight (strong ones, else weak ones)."""
    return dict(_label_areas(label))


@lru_cache(maxsize=4096)
def _label_areas(label: str) -> tuple[tuple[str, int], ...]:
    found = _outer(_find(label), fold_case(label))
    strong = sorted({slug for _, slug, w in found if w == STRONG})
    if strong:
        return tuple((slug, STRONG) for slug in strong)
    return tuple((slug, WEAK) for slug in sorted({slug for _, slug, _w in found}))


@cache
def _meetings() -> re.Pattern | None:
    patterns = area_table().meetings
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def _meeting_words() -> re.Pattern | None:
    words = area_table().meeting_words
    return re.compile(r"\b(?:" + "|".join(words) + r")\b") if words else None


def _is_meeting(folded: str, start: int = 0, end: int | None = None, words: list[int] | None = None) -> bool:
    """Whether the (case-folded) sentence schedules or reports a meeting; ``words`` (sorted
    starts of the document's meeting words), when given, gates the patterns."""
    pattern = _meetings()
    end = len(folded) if end is None else end
    if pattern is None or (words is not None and bisect_left(words, start) == bisect_left(words, end)):
        return False
    return pattern.search(folded, start, end) is not None


def _meeting_word_starts(folded: str, ranges: list[tuple[int, int]]) -> list[int] | None:
    """The starts of the meeting words inside ``ranges`` (sorted, disjoint), or None
    (no gate) when the table lists none."""
    gate = _meeting_words()
    if gate is None:
        return None
    return [m.start() for lo, hi in ranges for m in gate.finditer(folded, lo, hi)]


def _specific(found):
    """The cues that name a subject: a generic one ("trade", "imports") in the sentence
    before does not carry over to the next."""
    return [h for h in found if h[2] != GENERIC]


class _Once:
    """``fn(*args)``, computed on the first call only (whether a sentence is about a meeting)."""

    __slots__ = ("args", "fn", "value")

    def __init__(self, fn, *args):
        self.fn, self.args, self.value = fn, args, None

    def __call__(self):
        if self.value is None:
            self.value = self.fn(*self.args)
        return self.value


#: an acronym naming a forum's event ("the G20 Leaders' Summit", "the APEC ministerial meeting")
_FORUM_EVENT = re.compile(r"[A-Z][A-Z0-9-]+(?:\s+Leaders[’']?)?\s+(?:[Ss]ummit|[Mm]eeting|[Mm]inisterial)\b")


def _sentence_scores(found, meeting, text: str = "", start: int = 0) -> dict[str, int]:
    """The cue scores of a sentence; in a sentence about a meeting a generic cue, one
    written with a capital, an acronym in brackets or one before "Summit" or "meeting"
    names the forum ("the next round of economic and trade consultations", "the next
    meeting of the Trade and Investment Council", "the Joint Committee of the Free Trade
    Agreement (FTA)", "the G20 Leaders' Summit"), not a subject."""
    if meeting is not None and found:
        named = [h for h in found if h[2] != GENERIC and not (h[0] > start and (_titled(text, h[0]) or text[h[0] - 1] == "("
                                                                                or _FORUM_EVENT.match(text, h[0]) is not None))]
        if len(named) < len(found) and meeting():
            found = named
    return _scores(found)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence or a line ("Trade between the two
    countries ..."), not a name's next word ("Ministry of Industry and Trade", "U.S. Trade
    Representative": a full stop after a capital is an abbreviation)."""
    i = pos
    while i > 0 and (text[i - 1] in " \t\"'“‘(•*–—-"):
        i -= 1
    if i == 0 or text[i - 1] in "\n!?:;":
        return True
    return text[i - 1] == "." and i > 1 and not text[i - 2].isupper()


def _titled(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is written with a capital, not in capitals."""
    return text[pos].isupper() and text[pos + 1 : pos + 2].islower()


def _choose(sentence: dict[str, int], section: dict[str, int], before: dict[str, int],
            document: dict[str, int] | None = None, meeting=None) -> tuple[str, ...]:
    """The areas of a commitment from the cue scores of its sentence and of the text
    before it in its block, its section's areas and its document's (slug -> weight).
    ``meeting`` (a callable, asked only when needed) says whether the sentence is about
    a meeting: with no cue of its own it does not take its document's areas."""
    strong = {slug: score for slug, score in sentence.items() if score >= STRONG}
    if not strong and meeting is not None and meeting():
        document = {}
    if not strong:  # the sentence names nothing: the sentence before it, and the section's title
        strong = {slug: score for slug, score in before.items() if score >= STRONG}
        strong.update({slug: strong.get(slug, 0) for slug, weight in section.items() if weight >= STRONG})
    if strong:
        candidates = {slug: score + section.get(slug, 0) for slug, score in strong.items()}
        best = max(candidates.values())
        return _ordered({slug: score for slug, score in candidates.items() if 3 * score >= best})
    if section:
        return _ordered(section)
    if document:
        return _ordered(document)
    return ("other",)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=\S)")


def _previous_sentence(text: str, block_start: int, start: int) -> int:
    """Where the sentence before ``start`` begins, not before ``block_start``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, block_start, max(block_start, start - 1))]
    return ends[-1] if ends else block_start


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _ordered(weights: dict[str, int]) -> tuple[str, ...]:
    """The areas best first, at most three; ``other`` (a subject outside the taxonomy:
    labour, small firms) only alone."""
    if len(weights) > 1 and "other" in weights:
        weights = {slug: w for slug, w in weights.items() if slug != "other"}
    return tuple(sorted(weights, key=lambda slug: (-weights[slug], _ORDER[slug]))[:MAX_AREAS])


def label(sentence: str, section: str | None = None, before: str = "", document: str | None = None) -> tuple[str, ...]:
    """The areas of one commitment sentence standing under a section titled ``section``,
    after the text ``before`` in its block, in a document titled ``document`` (the rule
    of :func:`extract`, on strings)."""
    folded = fold_case(sentence)

    def meeting() -> bool:
        return _is_meeting(folded)

    return _choose(_sentence_scores(_outer(_find(sentence, folded, prose=True), folded), meeting, sentence),
                   section_areas(section) if section else {},
                   _scores(_specific(_outer(_find(before, prose=True), fold_case(before)))),
                   dict(_title_areas(document)) if document else {}, meeting)


def _document_areas(ctx) -> dict[str, int]:
    """The areas the document's title and its session's forum name name, strong or
    generic cues only, a capitalised generic word being part of a name ("Joint Commission
    on Commerce and Trade", "Xi, Trump Discuss Trade"): the subject of a sentence that
    names none."""
    forum = getattr(ctx.session, "forum", None) if ctx.session is not None else None
    label = " ".join(x for x in (ctx.segmentation.title, forum) if x)
    return dict(_title_areas(label)) if label else {}


@lru_cache(maxsize=4096)
def _title_areas(label: str) -> tuple[tuple[str, int], ...]:
    found = _outer(_find(label, prose=True), fold_case(label))
    return tuple((slug, STRONG) for slug in sorted({slug for _, slug, weight in found if weight != WEAK}))


def extract(doc, ctx) -> Iterator[AreaLabels]:
    """The registry's interface: labels of every section, then of every commitment."""
    text = ctx.text
    sections = sorted(ctx.sections, key=lambda s: (s.span[0], s.id))
    own = {}
    for s in sections:
        label = " ".join(x for x in (s.title, s.topic) if x)
        own[s.id] = section_areas(label) if label else {}
    areas_of = {}
    for s in sections:
        weights = dict(own[s.id])
        for slug, weight in own.get(s.parent, {}).items() if s.parent else ():
            weights.setdefault(slug, min(weight, WEAK) if weights else weight)
        areas_of[s.id] = weights
        yield AreaLabels(s.id, s.span, _ordered({k: w for k, w in (own[s.id] or weights).items() if k != "other"}))
    if not ctx.commitments:
        return
    document = _document_areas(ctx)
    starts = [s.span[0] for s in sections]
    windows = []  # each commitment with the sentence before it in its block
    for c in ctx.commitments:
        i = bisect_right(starts, c.span[0]) - 1
        block = next((b for b in sections[i].blocks if b.span[0] <= c.span[0] < b.span[1]), None) if i >= 0 else None
        windows.append((block, i))
    ranges = []
    for c, (block, _) in zip(ctx.commitments, windows, strict=True):
        lo = _previous_sentence(text, block.span[0], c.span[0]) if block is not None else c.span[0]
        ranges.append((min(lo, c.span[0]), c.span[1]))
    folded = fold_case(text)
    merged = _merged(ranges)
    found = _outer(_find(text, folded, ranges=merged, prose=True), folded)
    meeting_words = _meeting_word_starts(folded, merged)
    positions = [h[0] for h in found]

    def scores(start: int, end: int, meeting=None) -> dict[str, int]:
        return _sentence_scores(found[bisect_left(positions, start) : bisect_left(positions, end)], meeting, text, start)

    labelled = []  # (commitment, section index, areas, named by the sentence itself)
    for c, (block, i), (lo, _hi) in zip(ctx.commitments, windows, ranges, strict=True):
        start, end = c.span
        section = dict(areas_of[sections[i].id]) if i >= 0 else {}
        before = _scores(_specific(found[bisect_left(positions, lo) : bisect_left(positions, start)])) if block is not None else {}
        if c.topic:
            for slug, weight in section_areas(c.topic).items():
                section[slug] = max(weight, section.get(slug, 0))
        meeting = _Once(_is_meeting, folded, start, end, meeting_words)
        own = scores(start, end, meeting)
        named = max(own.values(), default=0) >= STRONG
        labelled.append((c, i, _choose(own, section, before, document, meeting), named))
    for n, (c, _i, chosen, named) in enumerate(labelled):
        if not named and c.text.endswith(":"):
            chosen = _lead_in(labelled, n) or chosen
        yield AreaLabels("commitment", tuple(c.span), chosen)


def _lead_in(labelled, n: int) -> tuple[str, ...] | None:
    """The areas of a lead-in that names none ("The two sides committed to:"): those of
    its items (the commitments after it in its section, up to the next lead-in) that at
    least a third of them share; ``other`` for a list spanning many areas."""
    _, section, _, _ = labelled[n]
    items = []
    for c, i, chosen, _named in labelled[n + 1 :]:
        if i != section or c.text.endswith(":"):
            break
        items.append(chosen)
    if not items:
        return None
    counts: dict[str, int] = {}
    for chosen in items:
        for slug in chosen:
            counts[slug] = counts.get(slug, 0) + 1
    if len(counts) > 4 or max(counts, key=lambda slug: (counts[slug], slug == "other")) == "other":
        return ("other",)  # a list of many subjects, or of none (a fact sheet's "agreed to, among other things:")
    kept = {slug: k for slug, k in counts.items() if 3 * k >= len(items) and slug != "other"}
    return _ordered(kept)


def settle(found: dict[str, list]) -> dict[str, list]:
    """Write the labels into the sections and the (final) commitments."""
    labels = found.get(KIND) or []
    by_section = {x.target: list(x.areas) for x in labels if x.target != "commitment"}
    by_span = {x.key: list(x.areas) for x in labels if x.target == "commitment"}
    out = dict(found)
    if "sections" in found:
        out["sections"] = [s.model_copy(update={"areas": by_section[s.id]}) if by_section.get(s.id) else s
                           for s in found["sections"]]
    out["commitments"] = [c.model_copy(update={"areas": by_span.get(tuple(c.span), ["other"])}) for c in found.get("commitments", [])]
    return out
