"""The grammar of the parties extractor: every regex, compiled once.

Alternations of words are written as prefix trees (:func:`_alt`). Module-level patterns
are fixed grammar; :class:`_Rx` and :class:`_OrgRx` (and :func:`_pair_forum_rx`) are
compiled on first use from the word tables of ``resources/titles.json``
(:func:`~jccttool.resources.rules.titles`), so a new title word, country word or
organisation head is a data change. ``*_START`` beside a pattern lists what every match
of it begins with (see :func:`.common._finditer`).
"""

from __future__ import annotations

import re
from functools import cache

from ...resources.models import TitleTables
from ...resources.rules import titles

# ------------------------------------------------------------------ alternations


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


# ------------------------------------------------------------------ names


_W = r"[A-Z][a-z]+"
#: upper- and lower-case letters of names, accented ones included ("Nguyễn Xuân Phúc", "Đặng")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0110"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
#: a hyphenated second part of a given name ("Jae-in", "Jong-un"); never "-era", "-led", "-run", ...
_GIVEN_TAIL = rf"(?:-(?!(?:era|led|run|born|like|type|wide|made|long|only|wise)(?![{_LO}]))[{_LO}]{{2,4}}(?![{_LO}]))"
#: a name word, also with a capitalised prefix: "McConnell", "MacArthur", "LaHood", "DeLauro", "O'Neill",
#: accented letters, a hyphenated given name
#: a double-barrelled part too: "Jean-Chrysostome", "Uzoka-Anite", "Lin-Net"
_NW = rf"(?:(?:Mc|Mac|La|Le|De|Di|Du|[A-Z]['\u2019])?[{_UP}][{_LO}]+(?:{_GIVEN_TAIL}|-[{_UP}][{_LO}]+)?)"
#: a middle initial, with or without its period ("Henry M. Paulson", "Henry M Paulson"); a bare
#: capital only between two name words, never "I"
_INITIAL = rf"[A-Z]\.|(?!I[ \u00a0])[A-Z](?=[ \u00a0]{_NW})"
#: between two words of a name: a space, or one line break of hard-wrapped text ("Timothy\nGeithner";
#: :func:`.people._wrapped_cut` keeps it only inside a long line's sentence)
#: run-together initials opening a name before a family name: "J.W. Kuo", "C.Y. Leung" (never "U.S.", "U.K.")
_INITIALS = (r"(?!(?:U\.S|U\.K|E\.U|R\.O\.K|P\.R\.C|D\.C|H\.E)\.)[A-Z]\.(?:[A-Z]\.)+"
             r"(?=[ \u00a0](?!(?:Mr|Ms|Mrs|Dr)\b)[A-Z][a-z])")  # "H.E. Mr. X": an honorific, not initials
_NSEP = r"(?:[ \u00a0]|[ \u00a0]*\n[ \u00a0]*(?=[A-Z]))"
#: a lower-case particle inside a name, before the next name word ("Carneiro de Mendonça", "Ursula von der Leyen")
_PARTICLE = r"(?:(?:de|da|do|dos|das|del|della|du|la|las|los|le|van|von|der|den|ten|bin|al)[ \u00a0]+){1,2}(?=[A-Z\u00c0-\u00de])"
_NAME = rf"(?:{_NW}|[A-Z]\.)(?:{_NSEP}(?:{_NW}|{_INITIAL})){{0,3}}(?:,?[ \u00a0](?:Jr|Sr)\.?(?![A-Za-z]))?"
#: a possessive: "China's", "Japan\u2019s", and the bare apostrophe of a name ending in s ("the Philippines' ")
_POSS = r"(?:'s|\u2019s|(?<=s)['\u2019](?=[ \u00a0]))"
#: a nickname in quotes inside a name, before the family name: "Chern-chyi \u201cCC\u201d Chen", "Robert "Bob" Lee"
_NICKNAME = r"(?:[\u201c\"][A-Z][A-Za-z]{0,11}[\u201d\"](?=[ \u00a0]+[A-Z]))"
#: a run of whitespace, collapsed to one space in names and titles
_SPACES = re.compile(r"[\s\u00a0]+")
_HONORIFIC = re.compile(rf"\b(?:Mr|Ms|Mrs|Dr|Prof)\.[ \u00a0]+(?P<name>{_NW}(?:-{_W})?)\b")
_HONORIFIC_START = ("Mr", "Ms", "Dr", "Prof")


# ------------------------------------------------------------------ titles (from the tables)


_SUFFIX_COUNTRY = r"[ \u00a0]+(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<c>{})\b"


class _Rx:
    """Patterns compiled from the tables on first use."""

    # long: the table of title patterns, compiled once from the rule files, kept in one piece as the grammar it is
    def __init__(self, t: TitleTables):
        self.country_alt = _alt(t.country_words)
        #: words that continue a title's domain and never open a name ("Policy", "Affairs", "Trade")
        self.domain_words = frozenset(
            {w for d in t.title_domains for w in d.replace(",", " ").split() if w[:1].isupper() and len(w) > 3} | t.domain_words)
        self.head_alt = _alt(t.title_heads)
        # a family name in capitals before the given name ("Vice Minister SHANG Yong"), then the usual name
        caps = _alt({s.upper() for s in t.chinese_surnames})
        name = (rf"(?:(?:{caps})(?=[ \u00a0][A-Z][a-z])|{_NW}|{_INITIALS}|[A-Z]\.)(?:{_NSEP}(?:{_PARTICLE}{_NW}|{_NW}|{_INITIAL}|{_NICKNAME})){{0,3}}"
                rf"(?:,?[ \u00a0](?:Jr|Sr)\.?(?![A-Za-z]))?")
        # a word that continues a domain, never a name's first word ("... for Trade Policy Ana Souza")
        # (nor after a comma: "of Commerce, Industry and Investment" is one domain)
        not_domain = rf"(?!,?[ \u00a0]+(?:{_alt(self.domain_words)})(?![\w-]))"
        title = (
            rf"(?:(?:{_alt(t.title_modifiers)})[ \u00a0]+)?"  # "Acting U.S. Trade Representative"
            rf"(?:(?P<cty>{self.country_alt}){_POSS}?[ \u00a0]+)?"
            rf"(?:(?P<body>{_alt(t.title_bodies)})[ \u00a0]+)?"
            rf"(?:(?:{_alt(t.title_modifiers)})(?:[ \u00a0]+|-)){{0,3}}(?P<head>{self.head_alt})"
            rf"(?:[ \u00a0]+and[ \u00a0]+Member[ \u00a0]+of[ \u00a0]+the[ \u00a0]+State[ \u00a0]+Council)?"
            rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:(?P<dom>{_alt(t.title_domains)}){not_domain}|"
            # any capitalised domain right before a Chinese name ends there: "Vice Minister of
            # Water Resources Wang Shucheng", "President of China Development Bank Chen Yuan"
            rf"(?P<gdom>{_W}(?:(?:,?[ \u00a0]+and|,)?[ \u00a0]+{_W}){{0,5}})"
            rf"(?=[ \u00a0]+(?:{_alt(t.chinese_surnames)})[ \u00a0]+{_W}(?![a-z])(?![ \u00a0]*[A-Z]))))?"
            # "for Economic Revitalization Toshimitsu Motegi", "of State for Economic Growth, Energy, and the
            # Environment Jose W. Fernandez", "for Africa Connie Hamilton": any capitalised domain (one more
            # after "of State") that ends right before a full name of two words (and an initial) closing the run
            # the last word of the domain never follows a bare comma: "of Production, Foreign Trade and Fisheries,
            # Julio Jose Prado" keeps "Julio" in the name
            rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?P<ndom>(?:{_W}(?:(?:,?[ \u00a0]+and(?:[ \u00a0]+the)?|,|[ \u00a0]+&)?[ \u00a0]+{_W}){{0,5}}"
            rf"(?:,?[ \u00a0]+and(?:[ \u00a0]+the)?|[ \u00a0]+&)?[ \u00a0]+)?{_W})"
            rf"(?=,?[ \u00a0]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.[ \u00a0]+)?{_NW}(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+(?:{_PARTICLE})?{_NW}){{1,2}}(?![\w’'-])(?![ \u00a0]*[A-Z])))?"
            rf"(?:[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?(?P<to>(?:{self.country_alt})(?:[ \u00a0]+Trade[ \u00a0]+Representative)?|United Nations|WTO|World Trade Organization|Washington|Beijing))?"
        )
        # every title is up to six modifiers, country words and body words, then a head: the
        # lookahead checks that loosely first, so the many "China and ...", "U.S. exports"
        # fail before the groups of ``title`` are tried one by one (the same matches)
        has_head = (rf"(?=(?:(?:{_alt({*t.title_modifiers, *t.country_words, *t.title_bodies})})(?:{_POSS})?(?:[ \u00a0]+|-)){{0,6}}"
                    rf"(?:{self.head_alt}))")
        self.titled_name = re.compile(
            rf"\b{has_head}(?P<title>{title})(?:[ \u00a0]+\([A-Z]{{2,8}}\))?,?(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*(?=[A-Z]))"
            # an honorific or "Ambassador" between the title and the name: "Minister of Trade Dr. Ana Lima"
            rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.[ \u00a0]+|Ambassador[ \u00a0]+(?=[A-Z][a-z]*\.?[ \u00a0]*[A-Z]))?(?P<name>{name})(?![A-Za-z])")
        self.appositive_title = re.compile(
            rf"\b(?:Mr|Ms|Mrs|Dr)\.[ \u00a0]+(?P<name>{_W})[ \u00a0]+(?:was|is|has been|had been|served as)"
            rf"[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?P<title>{title})")
        self.prefix_country = re.compile(
            rf"(?:^|(?P<pre>[^A-Za-z.]))(?P<c>{self.country_alt})(?:{_POSS})?[ \u00a0]+(?:the[ \u00a0]+)?$")
        # "U.S.-China ", "Sino-U.S. ", "China-" right before a name: a bilateral body; with a spaced
        # dash only after a country word ("United States – Colombia ", "U.S. - Chile ", "United States – " before
        # "Ecuador Trade and Investment Council")
        self.pair_prefix = re.compile(
            rf"(?<![A-Za-z.])(?:(?:{self.country_alt}|Sino)[\-\u2013](?:(?:{self.country_alt})[ \u00a0]+)?"
            rf"|(?:{self.country_alt})[ \u00a0][\-\u2013][ \u00a0](?:(?:{self.country_alt})[ \u00a0]+)?)$")
        # every title starts with a modifier, a country word, a body word or a head
        self.title_start = re.compile(
            _alt({*t.title_modifiers, *t.country_words, *t.title_bodies, *t.title_heads}))
        mods, gap = _alt(t.title_modifiers), r"[ \u00a0]+"
        one = rf"(?:(?:{mods})(?:{gap}|-)){{0,3}}(?:{self.head_alt})"
        # "Chairman and President of the ", "Chinese Vice Minister of ": a title ending right before a body
        self.body_title = re.compile(
            rf"(?<![A-Za-z\-])(?:(?P<cty>{self.country_alt}){_POSS}?{gap})?(?P<title>{one}(?:{gap}and{gap}{one})?)"
            rf"{gap}(?:of|for){gap}(?:the{gap})?$")
        # after the body: an optional second title ("and Assistant to the President for Economic Policy"), the name
        self.after_body = re.compile(
            rf"(?:{gap}and{gap}(?:(?:{mods}){gap}){{0,3}}(?:{self.head_alt}|Assistant)"
            rf"(?:{gap}to{gap}the{gap}(?:Vice{gap})?(?:President|Secretary|Premier))?"
            rf"(?:{gap}(?:of|for){gap}(?:{_alt(t.title_domains)}))?)?,?{gap}(?P<name>{_NAME})(?![A-Za-z])")
        # lower-case titles, and capitalised ones after a comma ("Wu Min, Chairman of the ...")
        low_heads = sorted({h.lower() for h in t.title_heads if " " not in h} | {"vice premier", "trade representative", "head"}
                           | {h for h in t.title_heads if " " not in h} | {"Head"}, key=len, reverse=True)
        low_mods = "|".join(sorted({m.lower() for m in t.title_modifiers} | set(t.title_modifiers), key=len, reverse=True))
        # ", minister and customs commissioner-general of the ", ", vice premier;": a lower-case title after a name
        # "X, Assistant U.S. Trade Representative for ...": modifiers, a country word and a body word before the head
        cap_mods = _alt({m for m in t.title_modifiers if m[:1].isupper()})
        # ", representing the Minister of ...", " representing the Minister of ...": a delegate's principal's title
        self.lower_title = re.compile(
            rf"(?:,{gap}(?:representing{gap})?|{gap}representing{gap})(?:the{gap})?(?P<title>(?:(?:{cap_mods}){gap}){{0,2}}(?:(?P<cty>{self.country_alt})(?:{_POSS})?{gap})?"
            rf"(?:(?:{low_mods}){gap})*(?:[a-z]+{gap}|(?:{_alt(t.title_bodies)}){gap})?"
            rf"(?:{'|'.join(re.escape(h) for h in low_heads)})(?![\w-])"
            rf"(?:{gap}and{gap}(?:[a-z]+{gap}){{0,2}}(?:{'|'.join(re.escape(h) for h in low_heads)})(?![\w-]))?)"
            rf"(?P<of>{gap}(?:of|for){gap}(?:the{gap})?)?")
        # "Prime Minister of " right before a country's name; the name after the country
        # "the Minister for Trade, Tourism and Investment of Australia, X": a portfolio may come between
        self.title_of_country = re.compile(
            rf"(?<![A-Za-z\-])(?P<title>{one}(?:{gap}(?:of|for){gap}{_W}(?:(?:,?{gap}and|,)?{gap}{_W}){{0,6}})?)"
            rf"{gap}of{gap}(?:the{gap})?$")
        # "... of the Republic of Korea (ROK), X": the country's abbreviation in brackets may come between
        self.name_after_country = re.compile(
            rf"(?:{gap}\([A-Z]{{2,6}}\))?,?{gap}(?:(?:Dr|Mr|Mrs|Ms|H\.[ \u00a0]?E)\.{gap})?(?P<name>{name})(?![A-Za-z])")
        low_bodies = {b.lower() for b in t.title_bodies if " " not in b}  # "commerce", "trade", "foreign"
        # "GAC spokesperson Wu Min", "the ministry's spokesman Wu Min", "Ruritanian leader Ivan Petrov",
        # "vice commerce minister Wang Lei":
        # a lower-case title before a name
        self.spokes = re.compile(
            rf"(?P<title>(?:chief{gap}|deputy{gap})?(?:spokes(?:person|man|woman)|leader)"
            rf"|(?:vice{gap}|deputy{gap}|assistant{gap})?(?:(?:{_alt(low_bodies)}){gap})?minister),?{gap}(?P<name>{name})(?![A-Za-z])")
        # "the U.S. Embassy", "China's Consulate General": the country word right before a mission head
        self.mission_country = re.compile(rf"(?<![A-Za-z\-])(?P<c>{self.country_alt})(?:{_POSS})?[ \u00a0]+$")
        self.us_domain = re.compile(rf"(?:{_alt(t.us_title_domains)})(?![A-Za-z])")
        # "Jane Roe", "L. Daniel Roe", "Ana María de la Souza Lima", "Juan Carlos Miguel Soto Ruiz": a name (up to
        # five words) right before a comma and its title
        self.name_before = re.compile(
            rf"(?<![A-Za-z.\-'\u2019])(?P<name>(?:[A-Z]\.[ \u00a0])?{_NW}(?:[ \u00a0](?:{_PARTICLE})?{_NW}){{1,4}})$")
        self.titled_prefix = re.compile(rf"(?:\b(?:Mr|Ms|Mrs|Dr)\.|\b(?:{self.head_alt}))[ \u00a0]+$")
        # a country word opening or ending a body's name (:func:`_name_country`), a pair opening it
        self.name_country_start = re.compile(rf"(?P<c>{self.country_alt})(?:{_POSS})?[ \u00a0]")
        # "... of China" owns the body; "... Office in the United States" is only where it sits
        self.name_country_end = re.compile(
            rf"[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+)?(?P<c>{self.country_alt})$")
        self.pair_start = re.compile(rf"(?:{self.country_alt}|Sino)[\-\u2013]")
        self.country_suffix = re.compile(_SUFFIX_COUNTRY.format(self.country_alt))
        # "Lima, Peru": a city and its country
        self.city_country = re.compile(rf"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?,[ \u00a0]*(?:{self.country_alt})\b")


@cache
def _rx() -> _Rx:
    return _Rx(titles())


# ------------------------------------------------------------------ bodies by shape


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

#: what each of ``_BODY_PATTERNS`` begins with (see :func:`.common._finditer`): its first words,
#: or for "China ..." the word and a capitalised word after it ("China" alone is common)
_BODY_STARTS = (
    ("Ministry", "Department"),
    ("General", "State"),
    ("China", "National"),
    re.compile(r"China[ \u00a0]+[A-Z]"),
    ("U.S.", "US", "United"),
)


_DEPTS = re.compile(r"\b(?P<a>State|Treasury|Commerce|Agriculture|Energy|Justice|Labor|Transportation|Defense)"
                    r"(?:,?[ \u00a0]+and[ \u00a0]+(?P<b>State|Treasury|Commerce|Agriculture|Energy|Justice|Labor|Transportation|Defense))?"
                    r"[ \u00a0]+Departments?\b")
_DEPTS_START = ("State", "Treasury", "Commerce", "Agriculture", "Energy", "Justice", "Labor", "Transportation", "Defense")


_METONYM = re.compile(r"\b(?P<city>Beijing|Washington)(?:(?P<poss>'s|\u2019s)|[ \u00a0]+(?P<verb>[a-z]+))")
_METONYM_START = ("Beijing", "Washington")


_HYPHEN = re.compile("-")

#: after a country word, a geographic noun or an event named after the place: the word names a
#: place, not the state ("Korean Peninsula", "the Singapore Summit")
_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:Peninsula|Sea|Straits?|Summit)\b")
#: after an organisation's name, the head of an instrument named after it: "the United Nations Framework
#: Convention on Climate Change" names the convention, not the organisation
_INSTRUMENT_AFTER = re.compile(r"[ \u00a0]+(?:Framework|Convention|Charter|Declaration|Agenda|Resolution)\b")
#: " in New York City" ending a forum's name: where it met, not part of the name
_IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
#: the capitalised word right before a position ("Party " before "Congress")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'\u2019.]*)[ \u00a0]+$")

#: "the U.S. Departments of Commerce and State", "the Ministries of Health and Agriculture":
#: a plural head shared by a list of domains
_PLURAL_HEAD = re.compile(
    r"\b(?P<head>Departments|Ministries)[ \u00a0]+of[ \u00a0]+(?P<items>(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?"
    r"(?:(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)+)")
_PLURAL_HEAD_START = ("Departments", "Ministries")
_LIST_ITEM = re.compile(r"(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?")

#: a named working group or task force: "the Economic Working Group" (heads, then the name before them)
_NAMED_FORUM_HEADS = ("Working Group", "Task Force", "Expert Group", "Experts Group", "Subgroup", "Sub-Group",
                      "Sub-Committee", "Subcommittee",
                      "Policy Dialogue", "Joint Committee", "Joint Council", "Council")
#: heads that make a forum only after an acronym ("the TIFA Council", "the FTA Joint Council")
_ACRONYM_FORUM_HEADS = ("Council", "Joint Council")
_NAMED_FORUM_HEAD = re.compile(rf"(?:{'|'.join(re.escape(h) for h in _NAMED_FORUM_HEADS)})(?![\w\-])")
#: the capitalised words of a named forum after "the" / "their" and an optional ordinal ("their tenth Economic
#: Policy Dialogue"); for a head that is a whole name ("the Joint Committee on ..."), no words
_NAMED_FORUM_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Tt]he|[Tt]heir|[Ii]ts)[ \u00a0]+(?:(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|[0-9]{1,2}(?:st|nd|rd|th))[ \u00a0]+)?(?P<name>(?:[A-Z][A-Za-z&\-]*[ \u00a0]+){0,4})$")
#: "on Cooperation in Agriculture" after a forum's head: the rest of its name
_NOT_A_DAY = (r"(?!(?:January|February|March|April|May|June|July|August|September|October"
              r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_NAMED_FORUM_TAIL = re.compile(
    rf"[ \u00a0]+(?:on|for)[ \u00a0]+(?:the[ \u00a0]+)?{_NOT_A_DAY}[A-Z][A-Za-z\-]*"
    rf"(?:(?:,?[ \u00a0]+and|[ \u00a0]+(?:in|of|on|&))?[ \u00a0]+{_NOT_A_DAY}[A-Z][A-Za-z\-]*){{0,5}}")

#: "Embassy" / "Consulate General" heads; a country word (or "of <country>") gives the body's country
_MISSION = re.compile(r"(?:Embassy|Consulate(?:[ \u00a0]+General)?)(?![A-Za-z])")
_OF_THE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_PLACE_TAIL = re.compile(r"[ \u00a0]+(?:in|to)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?")


# ------------------------------------------------------------------ named organisations and bilateral forums


_ORG_WORD = r"(?:U\.S\.|[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]{2,}[a-z]*)(?:[-\u2010][A-Z][A-Za-z]*\.?)*"


class _OrgRx:
    def __init__(self, t: TitleTables):
        gap = r"[ \u00a0]"
        self.head = re.compile(rf"(?<![A-Za-z])(?:{_alt(t.named_organization_heads)})(?![A-Za-z])")
        self.head_start = tuple(t.named_organization_heads)  # see :func:`.common._finditer`
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


_PAIR_FORUM_HEADS = ("Working Group", "Working Groups", "Dialogue", "Commission", "Forum", "Committee", "Joint Committee",
                     "Initiative",
                     "Task Force", "Subcommittee", "Sub-Committee", "Roundtable", "Mechanism", "Consultation",
                     "Consultations", "Expert Group", "Experts Group", "Subgroup", "Sub-Group", "Summit", "Dialogues", "Council")
_CAPW = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
         r"(?:[A-Z]|[0-9]{1,2}(?:st|nd|rd|th)-[A-Z])[\w'\u2019&-]*")  # "21st-Century" too


@cache
def _pair_forum_rx() -> re.Pattern:
    cty, gap = _rx().country_alt, r"[ \u00a0]+"
    return re.compile(
        rf"(?<![A-Za-z.\-\u2013])(?:{cty}|Sino)(?:[\-\u2013]|[ \u00a0][\-\u2013][ \u00a0])(?:{cty})"
        rf"(?:{gap}{_CAPW}(?:{gap}(?:and|&|of|on|for|the){gap}{_CAPW})*){{0,6}}?{gap}(?:{_alt(_PAIR_FORUM_HEADS)})(?![\w\-])"
        rf"(?:{gap}(?:on|for){gap}(?:the{gap})?{_CAPW}(?:(?:,?{gap}and|{gap}&|,|{gap}(?:of|for|on|in)){gap}{_CAPW}|{gap}{_CAPW}){{0,6}})?"
    )


@cache
def _lower_pair_forum_rx() -> re.Pattern:
    """A bilateral mechanism named in lower case after "the" (or opening a line): "the China-US economic and
    trade consultation mechanism", "China-US economic working group holds ..."."""
    cty, gap = _rx().country_alt, r"[ \u00a0]+"
    return re.compile(
        rf"(?:(?<![\w])[Tt]he{gap}|(?<=\n)|^)(?P<name>(?:{cty}|Sino)[\-\u2013](?:{cty})(?:{gap}[a-z][a-z\-]*){{1,6}}?"
        rf"{gap}(?:mechanism|working{gap}group))(?![\w\-])", re.M)


_INDEFINITE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?)(?:[ \u00a0]+[a-z][\w-]*){0,2}[ \u00a0]+$")
_PAIR_FORUM_START = ("U.S", "US", "United", "China", "Chinese", "Sino", "America", "PRC", "Korea", "Japan", "India", "Mexico", "Canada",
                     "UK", "U.K", "Britain", "EU", "E.U", "Vietnam", "Viet", "Taiwan", "Indonesia", "Philippine", "Singapore",
                     "Thai", "Malaysia", "Brazil", "Australia", "New Zealand", "Kenya", "Germany", "France")


# ------------------------------------------------------------------ acronym definitions


_ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z&\.\-]{0,10}[A-Z]s?)\)")


_FORM_TAIL = re.compile(
    r"(?:(?:[A-Z][A-Za-z\-\u2019']*|of|for|and|on|the|in|&)(?:,?[ \u00a0]+))*[A-Z][A-Za-z\-\u2019']*$"
)
#: every character a match of _FORM_TAIL can contain
_FORM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\u2019'&, \u00a0")


# ------------------------------------------------------------------ people


_OF_AFTER_NAME = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-Z])")


#: what a lower-case title after a name starts with; one regex scan (``re`` finds the common
#: ", " first) instead of one ``in`` test per hint
_LOWER_TITLE_HINTS = re.compile("|".join(re.escape(h) for h in (
    ", minister", ", vice", ", deputy", ", secretary", ", chair", ", director", ", commissioner", ", governor",
    ", ambassador", ", president", ", administrator", ", the ", ", assistant", ", executive", ", special", ", U.S.",
    ", Chinese", ", Minister", ", Vice", ", Deputy", ", Secretary", ", Chair", ", Director", ", Commissioner",
    ", Governor", ", Ambassador", ", President", ", Administrator", ", Assistant", ", Premier", ", Prime",
    ", Special", ", Executive", ", Managing", ", Head", ", head", ", Undersecretary")) + "|, [A-Z][A-Za-z.]*(?:'s|\u2019s) ")


#: a capitalised word next (a name after a title)
_NAME_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]")


_NAME_BEFORE_SURNAME = re.compile(rf"\b({_W}(?:[ \u00a0][A-Z]\.)?)[ \u00a0]\Z")
