"""A grammar of the genre for fuzzing: hypothesis strategies that compose fact-sheet-shaped
documents from the project's OWN rule data (read from ``jccttool.resources`` at test time:
titles, the parties gazetteer, trigger verbs, forum heads, page labels, boilerplate lines,
months and seasons, currency symbols and magnitudes, lead-in nouns).

The property tests of ``test_properties.py`` join fragments and random text; they almost never
build the shapes the extractors' grammars branch on (a title's "(ACRONYM)" after a gazetteer
name, items under "The ministers are launching:", a dateline over two lines, a table of "Name,
Title" lines). Here every document is a sequence of such shapes, hard-wrapped or not, with
a little random damage, so a rule that indexes past the end of a list or a table lookup that
meets a key it never saw shows up as a crash of one generated document.
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import cache
from importlib.resources import files

from hypothesis import strategies as st

# ------------------------------------------------------------------------------ rule data


def _text(name: str) -> str:
    return files("jccttool.resources").joinpath(name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _json(name: str) -> dict:
    return json.loads(_text(name))


def _ing(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye")):
        return base[:-1] + "ing"
    return base + "ing"


def _ed(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


@cache
def data() -> dict:
    """Every list the grammar draws from, built once from the resource files."""
    titles = _json("titles.json")
    parties = [json.loads(ln) for ln in _text("parties.jsonl").splitlines() if ln.strip() and not ln.startswith("#")]
    names, acronyms, persons = [], [], []
    for p in parties:
        forms = [p["name"], *p.get("aliases", [])]
        (persons if p["type"] == "person" else names).extend(forms)
        acronyms.extend(p.get("abbreviations", []))
        if p.get("acronym"):
            acronyms.append(p["acronym"])
            names.append(f"{p['name']} ({p['acronym']})")
    # trigger verbs: the first token of each pattern names the verb's forms
    verbs: dict[str, set[str]] = {}
    for ln in _text("commitment_triggers.jsonl").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        rule = json.loads(ln)
        first = rule["pattern"][0].get("LOWER")
        forms = first.get("IN", []) if isinstance(first, dict) else [first] if isinstance(first, str) else []
        forms = [f for f in forms if isinstance(f, str) and f.isalpha()]
        if forms:
            verbs.setdefault(rule["id"], set()).update(forms)
    bases = sorted({min(forms, key=len) for forms in verbs.values()} - {"will", "is", "are", "shall", "would"})
    patterns = [json.loads(ln)["pattern"] for ln in _text("commitment_triggers.jsonl").splitlines()
                if ln.strip() and not ln.startswith("#")]
    words = _json("commitment_words.json")
    bases += [w for w in words["nominal_verbs"] + words["catenative"] if w not in bases]
    dates = _json("dates.json")
    money = _json("money.json")
    topics = [c for t in _json("topics.json")["topics"] for c in t["cues"] if re.fullmatch(r"[a-z ]+", c)]
    boiler = [p for p in _lines("boilerplate.txt") if "(?!" not in p]
    return {
        "names": sorted(set(names)),
        "acronyms": sorted(set(acronyms)),
        "persons": sorted(set(persons)),
        "country_words": sorted(titles["country_words"]),
        "title_heads": titles["title_heads"],
        "title_modifiers": titles["title_modifiers"],
        "title_domains": titles["title_domains"],
        "title_countries": sorted(titles["title_countries"]),
        "surnames": titles["chinese_surnames"] + titles["vietnamese_surnames"],
        "body_heads": titles["body_heads"],
        "forum_heads": sorted(set(_lines("forum_heads.txt") + titles["forum_heads"] + titles["mechanism_heads"])),
        "domain_words": titles["domain_words"],
        "verbs": sorted(set(bases)),
        "trigger_patterns": patterns,
        "lead_in_nouns": sorted(words["lead_in_nouns"]),
        "lead_in_verbs": words["lead_in_verbs"],
        "instrument_nouns": words["instrument_nouns"],
        "cooperation_nouns": words["cooperation_noun"],
        "months": sorted(dates["months"]),
        "weekdays": dates["weekdays"],
        "seasons": sorted(dates["seasons"]),
        "ordinals": sorted(dates["ordinals"]),
        "number_words": sorted(dates["number_words"]) + sorted(money["number_words"]),
        "deadline_triggers": dates["triggers"]["deadline"],
        "period_triggers": dates["triggers"]["period"],
        "event_nouns": dates["event_nouns"],
        "document_nouns": dates["document_nouns"],
        "symbols": sorted(money["symbols"]) + ["$", "¥", "€", "£"],
        "codes": sorted(money["codes"]),
        "currency_words": sorted(money["words"]),
        "magnitudes": sorted(money["magnitudes"]),
        "attached": money["attached_only"],
        "qualifiers": [q for qs in money["qualifiers"].values() for q in qs],
        "trailing": [q for qs in money["trailing_qualifiers"].values() for q in qs],
        "percent_words": money["percent_words"],
        "count_nouns": money["counts"]["irregular_plurals"] + ["tons", "companies", "projects", "visas", "cars"],
        "page_labels": _lines("page_labels.txt"),
        "boilerplate": boiler,
        "sub_meetings": _lines("sub_meetings.txt"),
        "topics": topics or ["trade"],
        "regions": sorted({r for rs in titles["place_countries"].values() for r in rs}),
    }


def pick(key: str) -> st.SearchStrategy[str]:
    return st.sampled_from(data()[key])


# ------------------------------------------------------------------------------ small shapes

GIVEN = ["John", "Mary", "Wei", "Jing", "Anh", "Roe", "Lee", "Ana", "Kim", "Li", "J.", "Robert E."]
OBJECTS = [
    "a joint dialogue on standards", "a working group on customs", "the rules on market access",
    "its review of the pending applications", "further talks", "the exchange of information",
    "a memorandum of understanding", "technical cooperation", "the safety standards",
    "the new regulation", "measures to protect trade secrets", "a pilot program", "the action plan",
]
BULLETS = ["• ", "- ", "* ", "– ", "— ", "o ", "· ", "", "\u2022\t", "▪ ", "> "]
CONNECT = [" and ", ", ", "; ", " or ", " as well as ", " and the ", "/", "-"]


@st.composite
def number(draw) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return str(draw(st.integers(0, 999)))
    if kind == 1:
        return f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 99))}"
    if kind == 2:
        return f"{draw(st.integers(1, 999_999_999)):,}"
    if kind == 3:
        return draw(pick("number_words"))
    if kind == 4:
        return f"{draw(st.integers(1, 99))}-{draw(st.integers(1, 999))}"
    return draw(st.sampled_from(["0", "00", "1,000,000,000,000", "0.0", ".5", "1,00", "12,34,567", "99.999"]))


@st.composite
def year(draw) -> str:
    return str(draw(st.one_of(st.integers(1990, 2030), st.integers(0, 9999))))


@st.composite
def date_shape(draw) -> str:
    m, d, y = draw(pick("months")), draw(st.integers(0, 32)), draw(year())
    shapes = [
        f"{m} {d}, {y}", f"{m} {d}-{d + draw(st.integers(0, 3))}, {y}", f"{m} {y}", f"{d} {m} {y}",
        f"{draw(pick('weekdays'))}, {m} {d}, {y}", f"{m}. {d}, {y}", f"{y}-{d:02d}-{d:02d}", f"{d}/{d}/{y}",
        f"{draw(pick('seasons'))} {y}", f"the {draw(pick('ordinals'))} half of {y}",
        f"the {draw(st.sampled_from(['end', 'middle', 'beginning', 'first quarter', 'start']))} of {y}",
        f"{draw(pick('deadline_triggers'))} {m} {d}, {y}", f"{draw(pick('period_triggers'))} {y} to {y}",
        f"within {draw(pick('number_words'))} months", f"FY{y}", f"{y}-{str(y)[-2:]}", f"{m} {d} and {m} {y}",
        f"between {m} and {draw(pick('months'))} {y}", "next year", "later this year", f"mid-{y}",
        f"{m} {d}\u2013{draw(pick('months'))} {d}, {y}", f"{draw(pick('weekdays'))}",
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def money_shape(draw) -> str:
    n, n2 = draw(number()), draw(number())
    sym, mag = draw(pick("symbols")), draw(pick("magnitudes"))
    shapes = [
        f"{sym}{n}", f"{sym}{n} {mag}", f"{sym} {n}", f"{n} {mag} {draw(pick('currency_words'))}",
        f"{draw(pick('codes'))} {n} {mag}", f"{draw(pick('codes'))}{n}", f"{sym}{n}-{n2}", f"{sym}{n} to {sym}{n2} {mag}",
        f"{sym}{n}{draw(pick('attached'))}", f"{draw(pick('qualifiers'))} {sym}{n} {mag}", f"{sym}{n} {mag} {draw(pick('trailing'))}",
        f"from {n} to {n2} {mag} {draw(pick('currency_words'))}", f"{n} {draw(pick('currency_words'))}",
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def quantity_shape(draw) -> str:
    n = draw(number())
    shapes = [
        f"{n} {draw(pick('percent_words'))}", f"{n}%", f"{n} {draw(pick('count_nouns'))}",
        f"{draw(pick('qualifiers'))} {n} {draw(pick('count_nouns'))}", f"{n} {draw(pick('magnitudes'))} {draw(pick('count_nouns'))}",
        f"({draw(pick('number_words'))} ways)", f"{n} {draw(pick('count_nouns'))} {draw(pick('trailing'))}",
    ]
    return draw(st.sampled_from(shapes))


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w.]*", words) if w[0].isupper()) or "X"


@st.composite
def title(draw) -> str:
    """A title as written before a name: "Vice Premier", "Assistant United States Trade
    Representative (AUSTR)", "U.S. Secretary of Commerce", "Deputy Minister of Commerce"."""
    head = draw(st.one_of(pick("title_heads"), pick("title_countries")))
    parts = []
    if draw(st.booleans()):
        parts.append(draw(pick("title_modifiers")))
    if draw(st.booleans()):
        parts.append(draw(st.one_of(pick("country_words"), pick("names"))))
    parts.append(head)
    if draw(st.integers(0, 3)) == 0:
        parts.append("of " + draw(pick("title_domains")))
    text = " ".join(parts)
    if draw(st.integers(0, 3)) == 0:  # the title's acronym defined after it
        text += f" ({draw(st.one_of(st.just(_initials(text)), pick('acronyms')))})"
    return text


@st.composite
def person(draw) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(pick("persons"))
    if kind == 1:
        return f"{draw(pick('surnames'))} {draw(st.sampled_from(GIVEN))}"
    if kind == 2:
        return f"{draw(st.sampled_from(['Mr.', 'Ms.', 'Dr.', 'Madam', 'H.E.']))} {draw(pick('surnames'))}"
    return f"{draw(st.sampled_from(GIVEN))} {draw(pick('surnames'))}"


@st.composite
def forum(draw) -> str:
    a, b = draw(pick("country_words")), draw(pick("country_words"))
    name = f"{a}-{b} {draw(pick('domain_words'))} {draw(pick('forum_heads'))}"
    if draw(st.booleans()):
        name += f" on {draw(pick('domain_words'))} and {draw(pick('domain_words'))}"
    if draw(st.booleans()):
        name += f" ({_initials(name)})"
    if draw(st.booleans()):
        name = f"the {draw(pick('ordinals'))} {draw(pick('event_nouns'))} of the {name}"
    return name


@st.composite
def oddity(draw) -> str:
    """Edges of the shapes above: a definition written the other way round or left open, an
    acronym with a possessive, a spelled-out session ordinal, a lone bullet or colon."""
    name, acr = draw(pick("names")), draw(pick("acronyms"))
    tens = draw(st.sampled_from(["Twenty", "Thirty", "Forty"]))
    return draw(st.sampled_from([
        f"{acr} ({name})", f"{name} ({acr}", f"({acr})", f"{acr}'s", f"{name}\u2019s ({acr})", "(", ")", ":", "\u2022",
        f"the {tens}-{draw(pick('ordinals')).title()} {draw(forum())}", f"{draw(title())} ({acr})'s", "()", f"({name})",
        f"{draw(person())} ({acr})", f"{acr} {acr}", f"{name} {name}", f"\u201c{name}\u201d", "-", "1.", "(a)",
    ]))


@st.composite
def subject(draw) -> str:
    kind = draw(st.sampled_from([0, 1, 2, 3, 4, 4, 4, 5, 5, 6, 7, 8]))  # joint subjects more often
    if kind == 0:
        return draw(pick("names"))
    if kind == 1:
        return draw(st.one_of(pick("acronyms"), oddity()))
    if kind == 2:
        return f"{draw(title())} {draw(person())}"
    if kind == 3:
        return f"{draw(person())}, {draw(title())},"
    if kind == 4:
        return draw(st.sampled_from(["The two sides", "Both sides", "The ministers", "The United States and China",
                                     "We", "The Parties", "The two Presidents", "Each side", "The leaders"]))
    if kind == 5:
        return f"{draw(pick('names'))}{draw(st.sampled_from(CONNECT))}{draw(pick('names'))}"
    if kind == 6:
        return f"The {draw(pick('country_words'))} {draw(pick('body_heads'))} of {draw(pick('domain_words'))}"
    if kind == 7:
        return f"{draw(title())} {draw(person())} and {draw(title())} {draw(person())}"
    return draw(forum())


@st.composite
def trigger(draw) -> str:
    """Words that one trigger pattern of commitment_triggers.jsonl matches, realised token by
    token (an optional token sometimes left out), so every rule of the file gets drawn."""
    words = []
    for token in draw(st.sampled_from(data()["trigger_patterns"])):
        if token.get("OP") == "?" and draw(st.booleans()):
            continue
        spec = token.get("LOWER", token.get("ORTH"))
        if isinstance(spec, str):
            words.append(spec)
        elif isinstance(spec, dict) and spec.get("IN"):
            words.append(draw(st.sampled_from(spec["IN"])))
        else:  # IS_ALPHA, NOT_IN: any word
            words.append(draw(st.one_of(pick("verbs"), st.sampled_from(["the", "be", "ensure", "x"]))))
    return " ".join(words)


@st.composite
def verb_phrase(draw) -> str:
    """A trigger verb in one of its forms: base, -ing, -ed, "are -ing", "will", "agreed to"."""
    v = draw(pick("verbs"))
    forms = [
        v, _ing(v), _ed(v), f"are {_ing(v)}", f"will {v}", f"agreed to {v}", f"will continue to {v}",
        f"does not and will not {v}", f"is to {v}", f"plan to {v}", f"{_ed(v)} to", f"have {_ed(v)}",
        f"intend to {v}", f"reaffirmed their commitment to {v}", f"also {v}", f"committed to {_ing(v)}",
    ]
    return draw(st.one_of(st.sampled_from(forms), trigger()))


@st.composite
def complement(draw) -> str:
    parts = [draw(st.one_of(st.sampled_from(OBJECTS), pick("instrument_nouns"), pick("topics"), pick("cooperation_nouns")))]
    for _ in range(draw(st.integers(0, 3))):
        parts.append(draw(st.one_of(
            st.builds(lambda d: f"by {d}", date_shape()), st.builds(lambda m: f"worth {m}", money_shape()),
            st.builds(lambda q: f"by {q}", quantity_shape()), st.builds(lambda d: f"in {d}", date_shape()),
            st.builds(lambda n: f"with {n}", pick("names")), st.builds(lambda f: f"under {f}", forum()),
            st.builds(lambda s: f"at the {s}", pick("sub_meetings")), pick("topics"),
        )))
    return " ".join(parts)


@st.composite
def sentence(draw) -> str:
    body = f"{draw(subject())} {draw(verb_phrase())} {draw(complement())}"
    if draw(st.integers(0, 4)) == 0:
        body = f"{draw(st.sampled_from(['In', 'At', 'During', 'Following', 'On']))} {draw(date_shape())}, {body[0].lower()}{body[1:]}"
    return body + draw(st.sampled_from([".", ".", ".", ";", "", ":", "!", " .", ".\u201d", ".[1]", ".\u00b9", " (emphasis added)."]))


CITIES = ["Beijing", "Washington", "Washington, D.C.", "Hangzhou", "New York", "Dalian", "Kuala Lumpur", "Hanoi", "Chicago",
          "San Francisco", "Nairobi", "Here", "Geneva", "Sao Paulo", "Xi'an", "St. Louis", "Hong Kong"]
CHAIR_CUES = ["co-chaired", "chaired", "led", "hosted", "headed"]


@st.composite
def place(draw) -> str:
    city = draw(st.sampled_from(CITIES))
    return draw(st.sampled_from([city, f"{city}, {draw(pick('regions'))}", f"{city}, {draw(pick('country_words'))}",
                                 draw(pick("regions")), draw(pick("country_words"))]))


@st.composite
def meeting_sentence(draw) -> str:
    """The sentences a session's forum, date, place and co-chairs are read from, and the side
    meetings, earlier and later meetings they must not be confused with."""
    f, p, d, cue = draw(forum()), draw(place()), draw(date_shape()), draw(st.sampled_from(CHAIR_CUES))
    chair1, chair2 = f"{draw(title())} {draw(person())}", f"{draw(title())} {draw(person())}"
    return draw(st.sampled_from([
        f"The {draw(pick('ordinals'))} {f} was held in {p} on {d}.", f"{p} -- {chair1} and {chair2} {cue} the {f} today.",
        f"The meeting was {cue} by {chair1} and {chair2}.", f"The {draw(pick('country_words'))} delegation was led by {chair1}.",
        f"The next meeting will be held in {p} in {d}.", f"{d}, {p}", f"{d} \u2013 {p}",
        f"Co-chaired the meeting were {draw(person())}, {draw(title())}, and {draw(person())}, {draw(title())}.",
        f"The {draw(pick('acronyms'))} {draw(pick('sub_meetings')).title()} met in {p} on {d}.",
        f"{chair1} chaired the meeting for {draw(pick('country_words'))}.", f"{p} \u2014 The two sides wrapped up their talks here {d}.",
        f"{chair1}, {chair2} and {draw(title())} {draw(person())} were the co-chairs of the {f}.",
        f"We, the co-chairs of the {f}, {draw(person())}, {draw(person())} and {draw(person())}, held the {draw(pick('ordinals'))} meeting in {p}.",
        f"{f} convened in {p} {d}, {cue} on the {draw(pick('country_words'))} side by {chair1}.",
        f"agreements reached by their leaders during a meeting in {p} on {d}",
    ]))


@st.composite
def lead_in_list(draw) -> str:
    """A lead-in ending in ":" followed by list items, bulleted, numbered or bare."""
    lead = draw(st.one_of(
        st.builds(lambda s, v: f"{s} {v}:", subject(), verb_phrase()),
        st.builds(lambda s, v: f"{s} {v}:", subject(), trigger()),
        st.builds(lambda s, v: f"{s} {v} the following:", subject(), verb_phrase()),
        st.builds(lambda n, v: f"The {n} {v}:", pick("lead_in_nouns"), pick("lead_in_verbs")),
        st.builds(lambda f: f"Outcomes of {f}:", forum()),
        st.builds(lambda n: f"{n.capitalize()}:", pick("lead_in_nouns")),
    ))
    style = draw(st.sampled_from(["bullet", "number", "letter", "paren", "none"]))
    bullet = draw(st.sampled_from(BULLETS))
    items = []
    for i in range(draw(st.integers(0, 6))):
        item = draw(st.one_of(complement(), sentence(), st.builds(lambda v, c: f"{v} {c}", verb_phrase(), complement()),
                              st.builds(lambda v, c: f"To {v} {c}", pick("verbs"), complement())))
        item += draw(st.sampled_from([";", ".", "", "; and", ",", " and"]))
        marker = {"bullet": bullet, "number": f"{i + 1}. ", "letter": f"{chr(97 + i)}) ", "paren": f"({i + 1}) ", "none": ""}[style]
        items.append(draw(st.sampled_from(["", "  ", "\t"])) + marker + item)
        if draw(st.integers(0, 5)) == 0:  # a nested list: the item is a lead-in of its own
            items[-1] = re.sub(r"(?:;|\.|,|; and| and)$", "", items[-1]) + ":"
            for k in range(draw(st.integers(1, 3))):
                sub = draw(st.one_of(complement(), st.builds(lambda v, c: f"{v} {c}", verb_phrase(), complement())))
                items.append(draw(st.sampled_from(["    ", "\t\t", "   "])) + draw(st.sampled_from(["o ", "- ", f"({chr(105 + k)}) ", f"{i + 1}.{k + 1} "])) + sub)
    return lead + "\n" + "\n".join(items)


@st.composite
def heading(draw) -> str:
    text = draw(st.one_of(pick("topics"), forum(), pick("domain_words"), pick("names"), pick("page_labels"),
                          st.builds(lambda a, b: f"{a} and {b}", pick("domain_words"), pick("domain_words"))))
    text = text.title() if draw(st.booleans()) else text
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return text.upper()
    if shape == 1:
        return f"{draw(st.integers(1, 12))}. {text}"
    if shape == 2:
        return f"{draw(st.sampled_from(['I', 'II', 'IV', 'X']))}. {text.upper()}"
    if shape == 3:
        return text + ":"
    return text


@st.composite
def dateline(draw) -> str:
    city = draw(st.sampled_from(["WASHINGTON", "Washington, D.C.", "BEIJING", "Hangzhou, China", "Chengdu", "NEW YORK",
                                 "Hanoi, Vietnam", "Nairobi", "Brasilia"]))
    d = draw(date_shape())
    return draw(st.sampled_from([f"{city}, {d} \u2013", f"{city} \u2014 {d} \u2014", f"{city}\n{d}", f"{d}\n{city}",
                                 f"For Immediate Release: {d}", f"FOR IMMEDIATE RELEASE\n{d}", f"{city} ({d}) -", d]))


@st.composite
def title_line(draw) -> str:
    doc = draw(pick("document_nouns"))
    text = draw(st.sampled_from([
        "{f}: {d}", "{D} on {f}", "{f} Concludes", "{C} and {C2} Hold {f}", "{D}: {f}", "{f}", "{t} {p} Meets {t2} {p2}",
    ])).format(f=draw(forum()), d=doc.title(), D=doc.title(), C=draw(pick("country_words")), C2=draw(pick("country_words")),
               t=draw(title()), p=draw(person()), t2=draw(title()), p2=draw(person()))
    return text.upper() if draw(st.integers(0, 3)) == 0 else text


@st.composite
def table(draw) -> str:
    sep = draw(st.sampled_from([", ", "\t", " - ", " \u2013 ", "  ", " | "]))
    rows = [f"{draw(person())}{sep}{draw(title())}" for _ in range(draw(st.integers(1, 6)))]
    if sep == " | ":
        rows = ["| " + r + " |" for r in rows]
    if draw(st.booleans()):
        rows.insert(0, draw(st.sampled_from(["Participants:", "U.S. Delegation", "Chinese Delegation:", "Name, Title"])))
    return "\n".join(rows)


@st.composite
def boilerplate_line(draw) -> str:
    ascii_ = st.characters(min_codepoint=32, max_codepoint=126)
    return draw(st.one_of(pick("page_labels"), st.sampled_from(data()["boilerplate"]).flatmap(
        lambda p: st.from_regex(re.compile(p, re.I), fullmatch=True, alphabet=ascii_))))


@st.composite
def paragraph(draw) -> str:
    text = " ".join(draw(st.lists(st.one_of(sentence(), st.builds(lambda m: f"Trade reached {m}.", money_shape()),
                                            st.builds(lambda q: f"Exports grew {q}.", quantity_shape())),
                                  min_size=1, max_size=4)))
    if draw(st.integers(0, 2)) == 0:  # hard-wrapped, as a text copied from a PDF or a mailing list
        text = "\n".join(textwrap.wrap(text, width=draw(st.integers(20, 90)), break_on_hyphens=False) or [text])
    return text


def _damage(text: str, at: int, noise: str) -> str:
    at = at % (len(text) + 1)
    return text[:at] + noise + text[at:]


@st.composite
def document(draw) -> str:
    """A whole document: furniture, a title, a dateline, then sections of paragraphs, lists
    and tables, joined by blank lines or not; sometimes CRLF, sometimes a little damage."""
    parts = [draw(boilerplate_line()) for _ in range(draw(st.integers(0, 2)))]
    if draw(st.booleans()):
        parts.append(draw(title_line()))
    if draw(st.booleans()):
        parts.append(draw(dateline()))
    if draw(st.booleans()):
        parts.append(draw(meeting_sentence()))
    body = st.one_of(paragraph(), lead_in_list(), heading(), table(), boilerplate_line(), sentence(), dateline(), meeting_sentence(),
                     st.builds(lambda o, x: f"{o} {x}", oddity(), sentence()))
    parts += draw(st.lists(body, min_size=1, max_size=10))
    seps = [draw(st.sampled_from(["\n\n", "\n", "\n\n\n", " \n", "\n \n"])) for _ in parts]
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    for _ in range(draw(st.integers(0, 2))):
        text = _damage(text, draw(st.integers(0, 1 << 16)), draw(st.text(max_size=4)))
    for _ in range(draw(st.integers(0, 2))):
        text = _mutate(text, draw(st.integers(0, 6)), draw(st.integers(0, 1 << 16)), draw(st.integers(0, 1 << 16)))
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\u2028", "\n\x0c"])))
    return text


SPACES = ["\u00a0", "\u2009", "\u200b", "\t", "  ", "\u00ad", "\u3000"]


def _mutate(text: str, how: int, a: int, b: int) -> str:
    """One edit of the kind copied pages carry: a slice cut out, repeated or moved, the text
    cut short, spaces turned into other spaces, quotes and dashes turned typographic."""
    if not text:
        return text
    a, b = sorted((a % len(text), b % len(text)))
    if how == 0:
        return text[:a] + text[b:]
    if how == 1:
        return text[:b] + text[a:b] + text[b:]
    if how == 2:
        return text[:b]
    if how == 3:
        return text[:a] + text[a:b].replace(" ", SPACES[(a + b) % len(SPACES)]) + text[b:]
    if how == 4:
        return text[:a] + text[a:b].replace("'", "\u2019").replace("-", "\u2013").replace(" (", " \uff08") + text[b:]
    if how == 5:
        return text[:a] + text[b:] + text[a:b]
    return text[:a] + text[a:b].upper() + text[b:]
