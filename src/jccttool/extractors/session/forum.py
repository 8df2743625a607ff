"""The session's forum and ordinal: a session forum of the gazetteer, a forum the text defines
with an acronym, or a name the opening gives as the meeting; "22nd", "the twenty-second", "SED III"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ...resources.rules import forum_head_nouns
from ...text import FOLD

#: Gazetteer ids of forums that meet in numbered sessions.
SESSION_FORUMS = frozenset({"jcct", "sed", "s-and-ed", "ced", "us-india-tpf", "heds"})

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        [*_UNITS, *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
         "nineteenth twentieth".split()],
        1,
    )
}
_ORDINAL_WORDS |= {"thirtieth": 30, "fortieth": 40}
# compound ordinals: "twenty-second", "thirty first"
_ORDINAL_WORDS |= {f"{tens}{sep}{unit}": base + k for tens, base in (("twenty", 20), ("thirty", 30))
                   for k, unit in enumerate(_UNITS, 1) for sep in ("-", " ")}
_SIMPLE_ORDINALS = [w for w in _ORDINAL_WORDS if " " not in w and "-" not in w]
_ORDINAL = re.compile(
    r"\b(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|"
    + "|".join(_SIMPLE_ORDINALS) + r"))\b",
    re.I,
)
#: a Roman numeral right after the forum's name: "SED III", "JCCT XXII", "(S&ED VIII)"
_ROMAN_AFTER = re.compile(r"[\s\u00a0]+(?P<roman>[IVX]{2,6}|[IVX](?=\)))\b(?![.'’-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# words allowed between an ordinal and the forum's name ("22nd U.S.-China", "20th meeting of the")
_ORDINAL_GAP = re.compile(
    r"^(?:[\s\u00a0\-–]|U\.S\.-China|US-China|U\.S\.|US|China-U\.S\.|Sino-U\.S\.|China|Annual|annual|"
    r"[A-Z][\w.]*[-–][A-Z][\w.]*|"  # any country pair: "U.S.-Vietnam", "US-Kenya"
    r"[Mm]eeting|[Ss]ession|[Rr]ound|[Pp]lenary|[Cc]abinet-[Ll]evel|Economic Track|Strategic Track|[Hh]igh-[Ll]evel|[Mm]inisterial|"
    r"of|the|[Uu]nder|ever|"  # "the first-ever U.S.-X Dialogue"
    r"[A-Z][a-z]+)*$"  # a country's name of its own: "the 15th U.S. - Central Asia TIFA"
)


@dataclass(frozen=True)
class _NamedForum:
    """A forum the gazetteer does not know, named by the text: "the fifth meeting of the Financial
    Working Group (FWG)" -> name "Financial Working Group", acronym "FWG"."""

    name: str
    acronym: str | None
    mentions: list[tuple[int, int]]


_CAP = r"(?:(?:[A-Z]|\d{1,2}(?:st|nd|rd|th)[-–][A-Z])[\w’'&+.]*(?:[-–](?:[a-z]{2,4}[-–])?[A-Z0-9][\w’'&+.]*)*)"  # "U.S.-sub-Saharan"
#: what may follow a capitalised word inside a name besides a space: a spaced dash ("United States – Chile Free
#: Trade Commission") or a short parenthesis ("U.S.-Mexico-Canada Agreement (USMCA) Free Trade Commission")
_INNER = r"(?:[-–][\s\u00a0]+)?(?:\([A-Za-z][A-Za-z-]{1,11}\)[\s\u00a0]+)?"
_CONNECT = r"(?:(?:of|and|on|for|&)[\s\u00a0]+(?:the[\s\u00a0]+)?)"
#: what introduces a forum's name as the meeting: "meeting / round / plenary of (or under) the" ("the first
#: meeting since 2015 of the", "Opening Round Under the"), "meetings on the", an ordinal ("6th U.S.-India ...",
#: "their tenth ..."), or "the" in a sentence that holds, convenes or chairs it
_STRONG_LEAD = (
    r"(?:\b(?:[Mm]eeting|[Ss]ession|[Rr]ound|[Pp]lenary)(?:[\s\u00a0]+since[\s\u00a0]+(?:19|20)\d\d)?[\s\u00a0]+(?:of|[Uu]nder)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"|\b(?:[Mm]eetings|[Tt]alks|[Rr]ound)[\s\u00a0]+on[\s\u00a0]+the[\s\u00a0]+"
    r"|\b\d{1,2}(?:st|nd|rd|th)[\s\u00a0]+"
    r"|\b(?:Hold|Holds|Convene|Convenes|Open|Opens|Launch|Launches)[\s\u00a0]+"  # a headline: "... Hold Economic Consultations in X"
    r"|\b(?:[Tt]he|[Tt]heir|[Ii]ts)[\s\u00a0]+(?:" + "|".join(w for w in _SIMPLE_ORDINALS) + r"|"
    + "|".join(w.title() for w in _SIMPLE_ORDINALS) + r")(?:-ever)?[\s\u00a0]+)"  # "the first-ever ..."
)
_WEAK_LEAD = r"\b[Tt]he[\s\u00a0]+(?:(?:19|20)\d\d[\s\u00a0]+)?"  # "hosted the 2024 U.S.-X Forum"
#: a meeting's own words before the forum's name in a matched name: "Second Round of the ..."
_NAME_PREFIX = re.compile(r"^.*?\b(?:Round|Meeting|Session|Plenary|Meetings)[\s\u00a0]+(?:of|Under)[\s\u00a0]+(?:the[\s\u00a0]+)?")
#: a sentence that reports the meeting: held, convened, chaired, attended
_HOLDING = re.compile(r"\b(?:held|convened?|convenes|co-chair(?:ed|s)?|chaired|met|hosted|attended|took place|concluded|opened)\b")
#: "Chairman of the Standing Committee": a name after "of" belongs to the word before it
_OF_BEFORE = re.compile(r"\bof[\s\u00a0]+$")
#: the name as the subject of its meeting: "The X (the Y) Ministerial Meeting was held on ..."
_HELD_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:was held|were held|met|convened|took place|opened|concluded|(?:held|holds)[\s\u00a0]+(?:its|their))\b")
#: a short name in parentheses is an acronym when it has capitals, digits or quotes ("FWG", 'Economic "2+2"')
_ACRONYM_LIKE = re.compile(r"[A-Z]{2}|\d|[\"“”]")


_MONTH_NAMES = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"


@cache
def _named_forum_patterns() -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\u00a0]+") for h in forum_head_nouns())
    domains = "|".join(sorted(_domain_words(), key=len, reverse=True))
    name = (rf"(?P<name>(?:{_CAP}[\s\u00a0]+{_INNER}{_CONNECT}?)+?(?:{heads})(?:[\s\u00a0]+(?:{heads}))*"
            rf"(?:[\s\u00a0]+(?:on|for)[\s\u00a0]+(?!{_MONTH_NAMES}\b){_CAP}(?:[\s\u00a0]+{_CAP})?(?:[\s\u00a0]+(?:and|&)[\s\u00a0]+{_CAP})*"
            rf"(?:[\s\u00a0]+in[\s\u00a0]+(?:{domains}))?)?)(?![\w-])"
            r"(?:[\s\u00a0]*\((?:the[\s\u00a0]+)?(?P<short>[^()\n]{2,30})\))?")
    return re.compile(_STRONG_LEAD + name), re.compile(_WEAK_LEAD + name)


@cache
def _domain_words() -> frozenset[str]:
    """One-word domains of offices (``resources/titles.json``: "Agriculture", "Trade", "Energy"): the only
    words after "in" inside a forum's name ("Joint Committee on Cooperation in Agriculture"), so that a
    place never is ("the Widget Dialogue on Trade in Lisbon")."""
    from ...resources.rules import titles

    return frozenset(re.escape(d) for d in titles().title_domains if re.fullmatch(r"[A-Z][a-z]+", d))




#: an ordinal word opening a matched name: "Sixth" of "Sixth Annual Free Trade Agreement Review"
_LEADING_ORDINAL = re.compile(r"(?:" + "|".join(w.title() for w in _SIMPLE_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))[\s\u00a0]+")
#: the last of two short names defined for a body: (the “Commission” or the “FTC”), ('Commission' or 'FTC')
_OR_ACRONYM = re.compile(r"\b(?:or|and)[\s\u00a0]+(?:the[\s\u00a0]+)?[\"“'‘]?(?P<acr>[A-Z]{2,}[A-Za-z&-]{0,8})[\"”'’]?[\s\u00a0]*$")
#: an agreement's acronym inside a forum's name: "the U.S.-Jordan FTA Joint Committee" is the Joint Committee
_AGREEMENT_ACRONYM = re.compile(r"(?:(?<=[\s\u00a0])|^)(?:FTA|TPA)[\s\u00a0]+(?=[A-Z])")


def _name_mentions(text: str, name: str) -> Iterator[re.Match]:
    """Where the text names ``name``, maybe with a short parenthesis or an agreement's acronym between its
    words ("Dominican Republic-Central America-United States (CAFTA-DR) Free Trade Commission", "United
    States-Peru FTA Free Trade Commission")."""
    gap = r"[\s\u00a0]+(?:\([^()\n]{1,12}\)[\s\u00a0]+|(?:FTA|TPA)[\s\u00a0]+)?"
    # a hyphen of the name may be a space in a title ("U.S.-sub-Saharan" / "U.S. sub Saharan")
    words = [re.escape(w).replace(r"\-", r"[-\s\u00a0]") for w in name.split()]
    return re.finditer(gap.join(words), text)


def _defined_acronym(text: str, name: str) -> str | None:
    """The acronym the text defines for ``name`` or for its last words ("Free Trade Commission (FTC)" for "CUSMA
    Free Trade Commission"), in a parenthesis right after it ("(FTC)", "(the “Commission” or the “FTC”)")."""
    words = name.split()
    for k in range(len(words) - 1):  # the whole name first, then shorter tails of at least two words
        tail = r"[\s\u00a0]+".join(map(re.escape, words[k:]))
        for m in re.finditer(tail + r"[\s\u00a0]*\((?P<short>[^()\n]{2,40})\)", text):
            short = m.group("short")
            d = re.fullmatch(r"(?:the[\s\u00a0]+)?[\"“'‘]?(?P<acr>[A-Z][A-Za-z&]{1,9})[\"”'’]?", short.strip()) or _OR_ACRONYM.search(short)
            if d and re.search(r"[A-Z]{2}", d.group("acr")):
                return d.group("acr")
    return None


def _named_forum(text: str, sentences: list[tuple[int, int]]) -> _NamedForum | None:
    """The first forum the opening (its lines or sentences) names as the meeting it reports on, by the
    shape of its name (Title Case words ending in a head noun of ``resources/forum_heads.txt``), or None."""
    strong, weak = _named_forum_patterns()
    for s, e in sentences:
        # after "the", the name is the meeting only next to a verb that holds it: "convened the X",
        # "The X ... was held"; not "Chairman of the Standing Committee", "under the X Partnership"
        found = [*strong.finditer(text, s, e), *(
            m for m in weak.finditer(text, s, e)
            if not _OF_BEFORE.search(text, max(s, m.start() - 4), m.start())
            and _HOLDING.search(text, max(s, m.start() - 40), m.start())
            or _HELD_AFTER.match(text, m.end(), min(e, m.end() + 60)))]
        for m in sorted(found, key=lambda m: m.start("name")):
            if _another_meeting_of(text, m.start("name")):
                continue  # "following the meeting of the FTA Joint Committee": another meeting
            name_start = m.start("name")
            prefix = _NAME_PREFIX.match(m.group("name"))
            if prefix:
                name_start += prefix.end()
            name_end = m.end("name")
            if text[name_end - 1] == "." and not re.search(r"(?:\b[A-Z]\.){2,}$", text[name_start:name_end]):
                name_end -= 1  # the sentence's stop, not part of the name ("... Committee on Widget Trade.")
            lead = _LEADING_ORDINAL.match(text, name_start, name_end)
            if lead and len(text[lead.end() : name_end].split()) >= 2:
                name_start = lead.end()  # "Hold Sixth Annual X Review": the ordinal is the session's, not the name's
            name = text[name_start:name_end]
            if len(name.split()) < 2:
                continue
            name = _AGREEMENT_ACRONYM.sub("", name)  # "the X FTA Joint Committee": the agreement's acronym
            short = m.group("short")
            alt = _OR_ACRONYM.search(short) if short else None  # (the “Commission” or the “FTC”)
            acronym = alt.group("acr") if alt else (
                short.strip() if short and len(short.split()) <= 3 and _ACRONYM_LIKE.search(short) else None)
            if acronym is None:  # the name in a title, its acronym defined in the text: "... Partnership (STIP)"
                acronym = _defined_acronym(text, name)
            mentions = sorted({(name_start, name_end),
                               *((k.start(), k.end()) for k in _name_mentions(text, name))})
            if acronym:
                mentions += [(k.start(), k.end()) for k in re.finditer(r"(?<![\w])" + re.escape(acronym) + r"(?![\w])", text)]
            return _NamedForum(name=name, acronym=acronym, mentions=sorted(mentions))
    return None


#: a forum named in lower case after its pair of countries, as Chinese-side accounts write it: "the Sino-US
#: economic strategic dialogue", "The China-U.S. economic working group held its first meeting" (never "talks"
#: or a "consultation mechanism": a name needs a forum's head noun)
_LOWER_FORUM = re.compile(
    r"\b(?P<name>(?:Sino|China|U\.S\.|US|[A-Z][a-z]+)[-–](?:U\.S\.|US|China|[A-Z][a-z]+)[\s\u00a0]+"
    r"(?:(?:[a-z][a-z-]+)[\s\u00a0]+){1,5}?(?:dialogue|working[\s\u00a0]+group|commission|committee))\b(?![\s\u00a0]*[-–]?[\s\u00a0]*(?:mechanism|framework)\b)"
)


def _lower_forum(text: str, sentences: list[tuple[int, int]]) -> _NamedForum | None:
    """The first forum named in lower case (``_LOWER_FORUM``) in a sentence that holds, chairs or opens it,
    never inside a person's title nor as another meeting."""
    for s, e in sentences:
        for m in _LOWER_FORUM.finditer(text, s, e):
            if _in_title(text, m.start()) or _another_meeting_of(text, m.start()):
                continue
            if not (_HOLDING.search(text, s, e) or _MEETING_OF.search(text, s, e)):
                continue
            name = m.group("name")
            mentions = [(k.start(), k.end()) for k in re.finditer(re.escape(name), text)]
            return _NamedForum(name=re.sub(r"[\s\u00a0]+", " ", name), acronym=None, mentions=mentions)
    return None


#: a sentence about a meeting of the forum it names (not one naming it as an existing mechanism)
_MEETING_OF = re.compile(r"\b(?:[Mm]eetings?|MEETINGS?|[Ss]essions?|[Rr]ounds?|[Pp]lenary|[Hh]olds?|[Cc]onvenes?|[Cc]oncludes?)\b")


def _forum(ctx, opening: int, sentences: list[tuple[int, int]] | None = None):
    """The gazetteer's session forum mentioned first in the opening; else the first forum party the text
    defines whose name ends in a forum head noun ("the U.S.-Brazil Economic Partnership Dialogue (EPD)")
    and that a sentence of the opening (``sentences``, when given) names as meeting."""
    best = None
    for p in ctx.parties:
        if p.id in SESSION_FORUMS and p.mentions and p.mentions[0][0] < opening:
            if next(_meeting_mentions(ctx.text, [(ms, me) for ms, me in p.mentions if ms < opening]), None) is None:
                continue  # "chief of the Chinese side of the China-US comprehensive economic dialogue": a title
            if best is None or p.mentions[0] < best.mentions[0]:
                best = p
    if best is None:
        heads = _forum_head_end()
        for p in ctx.parties:
            if p.type == "forum" and p.acronym and p.mentions and p.mentions[0][0] < opening and heads.search(p.name):
                if sentences is not None and not _named_as_meeting(ctx.text, p.mentions, sentences):
                    continue  # "continue existing mechanisms like the TIFA": named, not met
                if best is None or p.mentions[0] < best.mentions[0]:
                    best = p
    return best


#: the forum named as another meeting than the one reported on: "agreed to hold the next meeting of the",
#: "following the meeting of the", "ahead of the upcoming round under the"
_ANOTHER_MEETING_OF = re.compile(
    r"\b(?:(?:next|upcoming|future|coming|following|previous|last|prior|earlier)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?"
    r"|(?:[Ff]ollowing|[Aa]fter|[Ss]ince|[Bb]efore|[Aa]head[\s\u00a0]+of)[\s\u00a0]+(?:the|a|its|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?)"
    r"(?:meeting|session|round|plenary)s?[\s\u00a0]+(?:of|under)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.’'-]*[\s\u00a0]+)?$"
)


#: the statement the meeting's principals issue after it, in the sentence that opens "Following the meeting of ..."
_STATEMENT_AFTER = re.compile(r"(?:[^.;:]|(?<=[A-Z])\.)*?\b(?:issued|released|made|adopted)[\s\u00a0]+(?:the[\s\u00a0]+following|a|this)[\s\u00a0]+"
                              r"(?:[\w-]+[\s\u00a0]+){0,2}?(?:statement|communiqu[eé]|declaration)", re.I)
#: a document issued after the meeting it reports on: "Statement following the third meeting of the X"
_GENRE_BEFORE = re.compile(r"\b(?:[Ss]tatement|[Rr]eadout|[Cc]ommuniqu[eé]|[Rr]emarks|[Ff]act [Ss]heet|[Rr]elease|[Rr]eport)[\s\u00a0]*$")


#: a sub-body named after the forum: "the U.S.-China JCCT Tourism Working Group"
_SUB_BODY_AFTER = re.compile(r"[\s\u00a0]+(?:[A-Z][\w-]*[\s\u00a0]+){0,3}(?:Working[\s\u00a0]+Group|Sub-?[Cc]ommittee|Subgroup|Task[\s\u00a0]+Force)\b")
#: the forum as a frame, not a meeting: "under the framework of the JCCT", "within the auspices of the"
_FRAMEWORK_BEFORE = re.compile(r"\b(?:framework|auspices|umbrella)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$")
#: a meeting to come by which something is done: "by the third round of the S&ED in May"
_BY_MEETING_OF = re.compile(r"\b(?:[Bb]y|[Uu]ntil)[\s\u00a0]+the[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?(?:meeting|session|round|plenary)s?"
                            r"[\s\u00a0]+(?:of|under)[\s\u00a0]+(?:the[\s\u00a0]+)?$")


def _meeting_mentions(text: str, mentions: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The mentions of a forum that may name a meeting of it, in text order: not in a person's title, not another
    meeting, a frame or a sub-body (``_not_its_meeting``); an acronym in parentheses right after a left-out mention is
    left out too. (A generator: a caller that needs one stops at the first.)"""
    dropped_end = -10
    for ms, me in sorted(mentions):
        if _in_title(text, ms) or _not_its_meeting(text, ms, me) or (
                ms - dropped_end <= 2 and text[dropped_end:ms].strip() == "("):
            dropped_end = me
            continue
        yield ms, me


def _not_its_meeting(text: str, ms: int, me: int) -> bool:
    """A gazetteer forum's mention that names no meeting of it: another meeting ("by the third round of the S&ED"),
    a frame ("under the framework of the JCCT") or a sub-body's name ("the JCCT Tourism Working Group")."""
    lo = max(0, ms - 60)
    of_before = text.find("of", lo, ms) >= 0 or text.find("under", lo, ms) >= 0  # (a cheap gate: both end on them)
    return (_another_meeting_of(text, ms) or of_before and (_BY_MEETING_OF.search(text, lo, ms) is not None
                                                            or _FRAMEWORK_BEFORE.search(text, lo, ms) is not None)
            or _SUB_BODY_AFTER.match(text, me) is not None)


def _another_meeting_of(text: str, start: int) -> bool:
    """The forum's name at ``start`` names another meeting than the one reported on (``_ANOTHER_MEETING_OF``),
    not the one a statement follows ("Statement following the third meeting of the X")."""
    lo = max(0, start - 60)
    if text.find(" of ", lo, start) < 0 and text.find(" under ", lo, start) < 0 and text.find(" Under ", lo, start) < 0:
        return False  # (a cheap gate: every match ends with "of" or "under" and maybe a word)
    m = _ANOTHER_MEETING_OF.search(text, lo, start)
    if m is None:
        return False
    if m.group()[:1] in "FfAa" and _STATEMENT_AFTER.match(text, start, start + 400):
        return False  # "Following the first meeting of the X on May 18, A, B and C released the following statement"
    return not (m.group()[:1] in "FfAa" and _GENRE_BEFORE.search(text, max(0, m.start() - 30), m.start()))


#: a forum named inside a person's title: "chief of the Chinese side of the", "head of the U.S. side of the",
#: "member of the", "Chairman of the"
_TITLE_OF = re.compile(r"\b(?:chief|head|member|chair(?:man|woman|person)?|co-chair|leader|secretary-general|director)s?"
                       r"[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+(?:[\w.’'-]+[\s\u00a0]+side[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+)?(?:[A-Z][\w.’'-]*[\s\u00a0]+)?$", re.I)


def _in_title(text: str, start: int) -> bool:
    """The forum's mention at ``start`` is part of a person's title, not the meeting reported on."""
    lo = max(0, start - 60)
    if text.find(" of the", lo, start) < 0 and text.find(" Of the", lo, start) < 0:
        return False  # (a cheap gate: every match holds "of the")
    return _TITLE_OF.search(text, lo, start) is not None


def _named_as_meeting(text: str, mentions: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence holding one of ``mentions``, or the sentence after one that opens with it, reports a
    meeting (held, met, a meeting, a round): "The X Dialogue is the premier forum ... Today, A and B co-chaired
    its third meeting"; never a mention naming the next or a previous meeting ("agreed to hold the next meeting
    of the X")."""
    mentions = list(_meeting_mentions(text, mentions))
    for k, (s, e) in enumerate(sentences):
        inside = [ms for ms, _ in mentions if s <= ms < e]
        if inside:
            opens = any(ms - s <= 20 for ms in inside)  # the sentence's subject: "The U.S.-X Dialogue (XD) is ..."
            for s2, e2 in sentences[k : k + (2 if opens else 1)]:
                if _HOLDING.search(text, s2, e2) or _MEETING_OF.search(text, s2, e2):
                    return True
    return False


@cache
def _forum_head_end() -> re.Pattern:
    """A name that ends in a head noun of ``resources/forum_heads.txt`` ("... Dialogue", "... Working Group")."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\u00a0]+") for h in forum_head_nouns())
    return re.compile(rf"\b(?:{heads})$")


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral of I, V and X (None when it is not well formed: "IIII", "VX")."""
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    canonical = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX"}
    tens, units = divmod(total, 10)
    return total if 0 < total < 40 and "X" * tens + canonical.get(units, "") == numeral else None


#: "(JCCT) concluded its 24th session", "held its twenty-second meeting"
_ORDINAL_AFTER = re.compile(
    r"[\s\u00a0]*(?:\([^()\n]{1,20}\)[\s\u00a0]*)?(?:[a-z]+[\s\u00a0]+){0,2}its[\s\u00a0]+"
    r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|" + "|".join(_SIMPLE_ORDINALS) + r")"
    r"[\s\u00a0]+(?:(?:annual|ministerial|plenary|high-level|cabinet-level)[\s\u00a0]+)?(?:session|meeting|round|plenary)\b",
    re.I,
)


#: the first meeting named without an ordinal: "Opening Round", "inaugural session"
_FIRST_MEETING = re.compile(r"\b(?:(?:[Oo]pening|OPENING|[Ii]naugural|INAUGURAL)[\s\u00a0]+(?:[Rr]ound|[Mm]eeting|[Ss]ession|[Pp]lenary)\b"
                            r"|(?:[Ii]naugural|INAUGURAL)\b)")  # "the inaugural China-U.S. ... Dialogue"
#: the meeting held or chaired, its forum named before: "co-chaired the third Cabinet-level meeting"
_HELD_ORDINAL = re.compile(
    r"\b(?:co-chaired|chaired|held|convened|hosted|opened|concluded)[\s\u00a0]+(?:the|their|its)[\s\u00a0]+"
    r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:" + "|".join(_UNITS) + r")|" + "|".join(_SIMPLE_ORDINALS) + r")"
    r"[\s\u00a0]+(?:(?:annual|ministerial|plenary|[Hh]igh-[Ll]evel|[Cc]abinet-[Ll]evel)[\s\u00a0]+)?(?:meeting|session|round|plenary|review)\b"
)


#: a meeting to come named before its ordinal: "to prepare for the first meeting of", "ahead of the third"
_PREPARING_FOR = re.compile(r"\b(?:prepar(?:e|es|ed|ing|ations?)[\s\u00a0]+for|ahead[\s\u00a0]+of|in[\s\u00a0]+advance[\s\u00a0]+of)"
                            r"[\s\u00a0]+(?:the[\s\u00a0]+)?$")


def _ordinal_value(word: str) -> int:
    return int(word[:-2]) if word[0].isdigit() else _ORDINAL_WORDS[re.sub(r"[\s\u00a0]+", " ", word.translate(FOLD).lower())]


def _ordinal(text: str, forum_spans: list[tuple[int, int]], sentences: list[tuple[int, int]] = ()) -> int | None:
    """The session's ordinal next to a mention of its forum; else (``sentences``: the opening's sentences
    on the meeting) the meeting a sentence says was held or chaired ("co-chaired the third meeting")."""
    found = _ordinal_at_forum(text, forum_spans)
    if found is None:
        for s, e in sentences:
            m = _HELD_ORDINAL.search(text, s, e)
            if m:
                return _ordinal_value(m.group("ord"))
    return found


def _ordinal_at_forum(text: str, forum_spans: list[tuple[int, int]]) -> int | None:
    for _, fe in forum_spans:  # "SED III", "JCCT XXII": a Roman numeral right after the name
        m = _ROMAN_AFTER.match(text, fe)
        if m and (n := _roman(m.group("roman"))):
            return n
    for _, fe in forum_spans:  # "The JCCT concluded its 24th session": "its" and an ordinal after the name
        m = _ORDINAL_AFTER.match(text, fe)
        if m:
            return _ordinal_value(m.group("ord"))
    for fs, _ in forum_spans:  # "Opening Round Under the ...", "the inaugural meeting of the ...": the first
        for m in _FIRST_MEETING.finditer(text, max(0, fs - 60), fs):
            if _ORDINAL_GAP.match(text[m.end() : fs]):
                return 1
    for fs, _ in forum_spans:
        window_start = max(0, fs - 60)
        for m in _ORDINAL.finditer(text, window_start, fs):
            if _PREPARING_FOR.search(text, max(0, m.start() - 30), m.start()):
                continue  # "met to prepare for the first meeting of the X Council": the meeting to come
            if _ORDINAL_GAP.match(text[m.end() : fs]):
                if m.group("num"):
                    return int(m.group("num"))
                return _ORDINAL_WORDS[re.sub(r"[\s\u00a0]+", " ", m.group("word").translate(FOLD).lower())]
    return None


_W = r"[\s\u00a0]+"
#: a meeting held under no named forum, told in the past: "X met (with) Y", "X and Y met in P", "held a
#: wide-ranging discussion / talks / a phone call / a video conference with", "the talks took place in P",
#: "the delegations were led by", a title's "Meeting with"; never one to come ("will meet", "agreed to hold
#: talks"), nor several ("had bilateral meetings with A, B and C": the document reports on no one meeting)
_UNNAMED_MEETING = re.compile(
    r"\b(?:met|meets)\b(?!" + _W + r"(?:again|next|regularly|annually)\b)"
    r"|\b(?:held|had|conducted)" + _W + r"(?:[\w’'-]+" + _W + r"){0,4}?"
    r"(?:discussions?|talks|meeting|conversation|consultations?|negotiations|(?:annual[\s\u00a0]+)?review|(?:video|phone|telephone)" + _W
    + r"(?:conference|call|conversation))\b(?!-)"
    r"|\b(?:[Tt]alks|[Nn]egotiations|[Mm]eeting|[Cc]onsultations|[Dd]iscussions)" + _W
    + r"(?:took" + _W + r"place|(?:was|were)" + _W + r"held)\b"
    r"|\b[Dd]elegations?" + _W + r"(?:was|were)" + _W + r"(?:led|headed)" + _W + r"by\b"
    r"|\bin" + _W + r"an?" + _W + r"(?:[\w-]+" + _W + r")?(?:phone|telephone|video)" + _W + r"(?:call|conversation|conference)\b"
    r"|\bMeeting" + _W + r"with\b"  # a title's "Readout of X's Meeting with Y"
)
#: a word every cue of ``_UNNAMED_MEETING`` holds
_UNNAMED_GATE = re.compile(r"met|held|had|conducted|took|[Dd]elegation|Meeting|phone|video|[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Dd]iscussions")
#: a meeting to come or a wish: the cue follows "will", "to", "agreed to", "plan to", "ahead of" in its clause
_TO_COME = re.compile(r"\b(?:will|would|shall|to|plans?|planned|expects?|hopes?|[Aa]head[\s\u00a0]+of|[Ii]n[\s\u00a0]+advance[\s\u00a0]+of)"
                      + _W + r"(?:[\w’'-]+" + _W + r"){0,2}$")


def _unnamed_meeting(text: str, s: int, e: int) -> re.Match | None:
    """The first cue in ``text[s:e]`` of a meeting held under no named forum (``_UNNAMED_MEETING``)
    that is not one to come, or None."""
    if _UNNAMED_GATE.search(text, s, e) is None:
        return None  # (a cheap gate: every cue holds one of these words)
    for m in _UNNAMED_MEETING.finditer(text, s, e):
        if not _TO_COME.search(text, max(s, m.start() - 40), m.start()):
            return m
    return None
