"""The warm-path fast paths (issue 15's speed criterion) give what the plain code they
replace gives: the tokenizer's affix searches against spaCy's compiled regexes, on every
chunk and affix-stripped piece of the bundled texts and on random strings; whole
tokenizations against a tokenizer built by spaCy's own factory."""

from __future__ import annotations

import random
import re

import pytest

from jccttool.nlp.affixes import GatedFinditer, GatedMatch, HeadSearch, TailSearch, edge_chars, required_chars

from .conftest import ALL_DOCUMENTS

#: characters the English affix rules care about, plus letters, digits and line breaks
_ALPHABET = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ALPHABET += list(".,;:!?'\"()[]{}<>$%&*+-/\\_=#@|~^`\n\t\xa0") + list("’‘“”–—…°²³µ€£¥§©®™•·，。、؟〈〉")
_ALPHABET += list("кмгшαβé")


def _english():
    from spacy.lang.en import English

    return English.Defaults


def _random_strings(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.choice((1, 2, 3, 4, 5, 6, 8, 12, 20))
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(k)))
    return out


def _corpus_chunks() -> list[str]:
    """Every chunk between spaces of the bundled texts, and every slice of it that keeps
    its start or its end (the tokenizer strips affixes off both sides)."""
    chunks = set()
    for path in ALL_DOCUMENTS:
        for chunk in re.split(r"[ ]+", path.read_text(encoding="utf-8")):
            if 0 < len(chunk) <= 40:
                chunks.add(chunk)
                chunks.update(chunk[i:] for i in range(1, len(chunk)))
                chunks.update(chunk[:i] for i in range(1, len(chunk)))
    return sorted(chunks)


def _same(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or a.span() == b.span())


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    return _corpus_chunks() + _random_strings(0, 20_000)


def test_tail_search_equals_spacys_suffix_search(chunks):
    from spacy.util import compile_suffix_regex

    suffixes = _english().suffixes
    fast, plain = TailSearch(suffixes), compile_suffix_regex(suffixes).search
    assert fast.__self__.pattern == plain.__self__.pattern  # spaCy serialises this
    for s in chunks:
        assert _same(fast(s), plain(s)), repr(s)


def test_head_search_equals_spacys_prefix_search(chunks):
    from spacy.util import compile_prefix_regex

    prefixes = _english().prefixes
    fast, plain = HeadSearch(prefixes), compile_prefix_regex(prefixes).search
    assert fast.__self__.pattern == plain.__self__.pattern
    for s in chunks:
        assert _same(fast(s), plain(s)), repr(s)


def test_gated_url_match_equals_spacys(chunks):
    plain = _english().url_match
    fast = GatedMatch(plain.__self__)
    assert required_chars(plain.__self__) == frozenset(".")
    extra = ["www.ustr.gov", "https://example.com/a?b#c", "http://1.2.3.4:80/", "user@mail.example.org", "a.b", "x.y.z/"]
    for s in [*chunks, *extra]:
        assert _same(fast(s), plain(s)), repr(s)


# Pieces of the shapes the analysis must get right: top-level alternatives, optional and
# repeated edges, lookbehinds, classes, flags, unbounded pieces, an empty match.
_PIECES = [
    r"\.", r"\.\.+", r"a|b", r"(?:x|yz)", r"(?<=[0-9])(?:km|m|in)", r"(?<=[a-z])'s", r"'?s", r"s?",
    r"[^a-z]", r"\d", r"[A-Z]{2,3}", r"(?:ab)+", r"(?i:k)", r"(?=x)y", r"x(?!y)", r"(?<!\w)-", r"\n", r"x*",
]


@pytest.mark.parametrize("seed", range(6))
def test_affix_searches_on_arbitrary_pieces(seed):
    rnd = random.Random(seed)
    strings = _random_strings(100 + seed, 400) + ["", "\n", "x\n", "ab\n", "1km", "it's", "..", "a..\n", "K", "ǩ"]
    strings = [s.replace("\t", "k") for s in strings] + ["1in", "yz", "xy\n", "abab"]
    for _ in range(15):
        pieces = rnd.sample(_PIECES, rnd.randrange(1, 8))
        tail, head = TailSearch(pieces), HeadSearch(pieces)
        plain_tail = re.compile("|".join(p + "$" for p in pieces)).search
        plain_head = re.compile("|".join("^" + p for p in pieces)).search
        for s in strings:
            assert _same(tail(s), plain_tail(s)), (pieces, s)
            assert _same(head(s), plain_head(s)), (pieces, s)


@pytest.mark.parametrize("pieces", [["(?s).", "a"], ["(?m)x", "y"], ["(?i)k", "s"], ["(?x) a b", "c"]])
def test_affix_searches_with_a_global_flag(pieces):
    strings = ["a", "x\ny", "ab\nc", "K", "s\n", "y\nx", " ab", "ab", "\n"]
    tail = TailSearch(pieces)
    for s in strings:
        assert _same(tail(s), re.compile("|".join(p + "$" for p in pieces)).search(s)), s
    with pytest.raises(re.error):  # "^(?s)": a global flag not at the start, as in spaCy's own
        HeadSearch(pieces)
    head = HeadSearch(["(?:a)", *pieces[1:]])
    for s in strings:
        assert _same(head(s), re.compile("|".join("^" + p for p in ["(?:a)", *pieces[1:]])).search(s)), s


def test_edge_chars():
    from re import _parser

    def edges(src, last):
        return edge_chars(list(_parser.parse(src)), last)

    assert edges(r"(?<=[0-9])(?:km|in)$", True) == frozenset("mn")
    assert edges(r"^(?:km|in)", False) == frozenset("ki")
    assert edges(r"a?$", True) is None  # may end before it
    assert edges(r"[^a]$", True) is None
    assert edges(r"(?i:k)$", True) is None
    assert edges(r"(?:ab)+c*$", True) is None
    assert required_chars(re.compile(r"a(?:b|cb)+(?:d)?")) == frozenset("ab")
    assert required_chars(re.compile(r"(?i)ab\.")) == frozenset(".")


def test_fast_tokenizer_equals_spacys_tokenizer(nlp):
    """Whole tokenizations: the pipeline's tokenizer against one built by spaCy's own
    factory from the same language defaults."""
    from spacy.language import create_tokenizer

    fast = nlp.tokenizer.tokenizer
    plain = create_tokenizer()(nlp)
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    rnd = random.Random(7)
    texts += [" ".join(_random_strings(s, 300)) for s in range(20)]
    texts += ["".join(rnd.choice(texts[k % len(ALL_DOCUMENTS)].split()) + rnd.choice(" \n.,)") for _ in range(200)) for k in range(10)]
    for text in texts:
        a = [(t.text, t.whitespace_) for t in fast(text)]
        b = [(t.text, t.whitespace_) for t in plain(text)]
        assert a == b


def test_fast_tokenizer_serialises_and_pickles(nlp):
    import pickle

    tok = nlp.tokenizer.tokenizer
    data = tok.to_bytes()
    assert data
    again = pickle.loads(pickle.dumps(tok))
    text = "The U.S. (and China) agreed: 25% by 2012..."
    assert [t.text for t in again(text)] == [t.text for t in tok(text)]


@pytest.mark.parametrize("seed", range(5))
def test_members_equals_numpy_isin(seed):
    import numpy

    from jccttool.nlp.compat import _members

    rnd = numpy.random.default_rng(seed)
    for _ in range(50):
        pool = rnd.integers(0, 2**64 - 1, size=int(rnd.integers(1, 60)), dtype=numpy.uint64, endpoint=True)
        values = rnd.choice(pool, size=int(rnd.integers(0, 300)))
        wanted = numpy.unique(rnd.choice(pool, size=int(rnd.integers(0, 20))))
        wanted = numpy.unique(numpy.concatenate([wanted, numpy.array([0, 2**64 - 1], dtype=numpy.uint64)[: int(rnd.integers(0, 3))]]))
        assert _members(values, wanted) == numpy.flatnonzero(numpy.isin(values, wanted)).tolist()


@pytest.mark.parametrize("seed", range(4))
def test_long_run_gate_never_misses_a_long_run(nlp, seed):
    """The tokenizer guard's block probe is False only where ``\\S{200,}`` finds nothing."""
    guard = nlp.tokenizer
    rnd = random.Random(seed)
    for _ in range(300):
        parts = []
        for _ in range(rnd.randrange(1, 6)):
            parts.append("x" * rnd.choice((0, 1, 99, 100, 101, 150, 199, 200, 201, 250, 399, 400)))
            parts.append(rnd.choice((" ", "\n", "\xa0", "\u2009", "ab cd ")))
        text = "".join(parts)[rnd.randrange(0, 3) :]
        found = list(guard.long_run.finditer(text))
        assert guard.may_have_long_run(text) or not found, text
        assert bool(found) <= guard.may_have_long_run(text)
    assert not guard.may_have_long_run(" ".join(["word"] * 5000))  # ordinary text: no full scan


def test_document_folds_once_and_keeps_nothing():
    from jccttool import text as T

    body = "The İstanbul K\u212a ſpring Δ ΣΑΣ. " * 50
    plain_fold, plain_low = T.fold_case(body), T.lower(body)
    with T.document(body):
        first = T.fold_case(body)
        assert first == plain_fold and T.fold_case(body) is first  # made once, shared
        assert T.lower(body) == plain_low and T.lower(body) is T.lower(body)
        other = "".join(list(body))  # an equal string, another object: folded on its own
        assert T.fold_case(other) == plain_fold and T.fold_case(other) is not first
        with T.document("X"):
            assert T.fold_case(body) == plain_fold
        assert T.fold_case(body) is first
    assert T._CURRENT is None
    long = "A" * (T.DOCUMENT_FOLD_MAX + 1)
    with T.document(long):
        assert T._CURRENT is None and T.fold_case(long) == long.lower()


def _sentence_like(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["U.S.", "D.C.", "P.R.C.", "P.R.", "Mr.", "Jr.", "H.", "held", "upheld", "met", "metal", "meeting",
             "co-chaired", "Commission", "Commissioner", "_met", "2met", "étmet", "session.", "x", "A.", "No.", "\n", "\xa0"]
    out = []
    for _ in range(n):
        out.append(" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 8))) + rnd.choice(("", " ", ".", ". \n", "\n", "\xa0")))
    return out


def test_search_word_equals_a_leading_word_boundary():
    from jccttool.extractors.session import _MEETING_CUE
    from jccttool.text import search_word

    plain = re.compile(r"\b" + _MEETING_CUE.pattern)
    texts = _sentence_like(1, 3000) + [p.read_text(encoding="utf-8")[:3000] for p in ALL_DOCUMENTS]
    for t in texts:
        assert _same(search_word(_MEETING_CUE, t), plain.search(t)), t


def test_ends_on_abbreviation_equals_the_plain_search():
    from jccttool.extractors.session import _ABBREVIATION_END, _ends_on_abbreviation

    texts = _sentence_like(2, 3000)
    rnd = random.Random(3)
    for t in texts:
        for _ in range(3):
            s = rnd.randrange(0, len(t) + 1)
            e = rnd.randrange(s, len(t) + 1)
            assert _ends_on_abbreviation(t, s, e) == (_ABBREVIATION_END.search(t, s, e) is not None), (t, s, e)


def test_honorific_appositives_by_their_first_words_equal_finditer():
    from jccttool.extractors.parties.common import _finditer
    from jccttool.extractors.parties.people import _HONORIFIC_APPOSITIVE, _HONORIFIC_START

    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts += ["Attended by Mr. John Smith, Deputy Secretary of Commerce, and Mrs. Ann Lee, Ambassador; "
              "the Honorable Wu Yi, Vice Premier; The Honorable Gary Locke, Secretary. xMr. A B, C. Dr. Jo Ann, Chair"]
    for t in texts:
        fast = [m.span() for m in _finditer(_HONORIFIC_APPOSITIVE, (*_HONORIFIC_START, "The", "the"), t)]
        assert fast == [m.span() for m in _HONORIFIC_APPOSITIVE.finditer(t)]


def test_gated_finditer_equals_spacys_infix_finditer(chunks):
    from spacy.util import compile_infix_regex

    from jccttool.nlp.pipeline import _DIGIT_DASH

    infixes = [*_english().infixes, _DIGIT_DASH]
    fast, plain = GatedFinditer(infixes), compile_infix_regex(infixes).finditer
    assert fast.__self__.pattern == plain.__self__.pattern
    extra = ["co-operation", "U.S.-China", "1,000", "a,b", "x…y", "2010-2011", "a:b", "A.B", "a..b", "x©y", "20–21"]
    for s in [*chunks, *extra]:
        assert [m.span() for m in fast(s)] == [m.span() for m in plain(s)], repr(s)


@pytest.mark.parametrize("seed", range(4))
def test_gated_finditer_on_arbitrary_pieces(seed):
    rnd = random.Random(seed)
    strings = _random_strings(200 + seed, 400) + ["", "ab", "a-b", "x..y", "1+2", "ka"]
    for _ in range(15):
        pieces = rnd.sample(_PIECES, rnd.randrange(1, 8))
        fast, plain = GatedFinditer(pieces), re.compile("|".join(pieces)).finditer
        for s in strings:
            assert [m.span() for m in fast(s)] == [m.span() for m in plain(s)], (pieces, s)


def test_fast_entity_ruler_still_warns_when_it_has_no_patterns():
    import warnings

    import spacy

    from jccttool.nlp.compat import install_fast_entity_ruler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": False})
    assert install_fast_entity_ruler(ruler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp("no patterns here")
    assert any("W036" in str(w.message) for w in caught)
    ruler.add_patterns([{"label": "ORG", "pattern": "USTR"}])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = nlp("USTR said")
    assert not any("W036" in str(w.message) for w in caught) and [e.text for e in doc.ents] == ["USTR"]


# --------------------------------------------------------------------- round 7 (task PERF4)


def _wide_lines() -> list[str]:
    """Every stripped line of the bundled and corpus texts (data/raw, tests/corpus/dev and wide)."""
    from .conftest import ROOT

    paths = [*ALL_DOCUMENTS, *sorted((ROOT / "tests" / "corpus" / "wide").glob("*.txt"))]
    return [ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_boilerplate_joined_alternation_keeps_every_joinable_pattern():
    """One pattern with a backreference (``\\1``) used to send every line through the
    hundred patterns one by one: it is now tried apart, the others stay joined."""
    from jccttool.resources.rules import boilerplate_patterns
    from jccttool.segment.lines import _boilerplate_any, _boilerplate_rest, _is_boilerplate

    joined, apart = _boilerplate_any()
    assert joined is not None
    assert all(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p.pattern) for p in apart)
    assert len(apart) < len(_boilerplate_rest()) // 10
    lines = _wide_lines() + ["Trade Expand Trade", "Empty", "Trade  Expand  Trad", "Sign in", "Skip to main content"]
    for line in lines:
        assert _is_boilerplate(line) == any(p.fullmatch(line) for p in boilerplate_patterns()), line


def test_opening_day_rules_by_anchors_equal_finditer_with_endpos():
    """The opening date's day rules are searched near their anchors in the opening alone:
    the same matches as ``finditer(text, 0, 1500)``, also on openings cut anywhere."""
    from jccttool.extractors.dates import _DAY_RULES, _OPENING
    from jccttool.extractors.dates.grammar import _grammar
    from jccttool.extractors.dates.search import finditer_short

    g = _grammar()
    rules = [r for r in g.rules if r.id in _DAY_RULES]
    assert len(rules) == len(_DAY_RULES)
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts += ["Thursday 16, January 2020 09:26 AM\nx", "June 12, 2017, Washington, D.C.– As part of", "16 May 2019\n",
              "April 10, 1999JOINT STATEMENT", "issued on Dec. 18, 2014.", "Sept. 3 , 2012", "3rd of March, 2011"]
    rnd = random.Random(7)
    for text in list(texts):
        texts.extend(text[rnd.randrange(len(text)):] for _ in range(5))
    for text in texts:
        for cut in (_OPENING, rnd.randrange(1, _OPENING)):
            for rule in rules:
                fast = [m.span() for m in finditer_short(g, rule, text[:cut])]
                assert fast == [m.span() for m in rule.pattern.finditer(text, 0, min(len(text), cut))], rule.id


def test_actor_will_gate_equals_the_ungated_searches():
    """Both "<actor> will" patterns need the word "will": paragraphs without it are not searched."""
    from jccttool.segment.patterns import _ACTOR_WILL, _ACTOR_WILL_AFTER

    assert "will" in _ACTOR_WILL.pattern and not _ACTOR_WILL.flags & re.I
    for text in _wide_lines() + ["The U.S. will", "China. The two sides will", "Willing. US willl"]:
        plain = _ACTOR_WILL.match(text) is not None or _ACTOR_WILL_AFTER.search(text) is not None
        assert ("will" in text and plain) == plain


def test_tail_marks_with_prose_counted_to_two_equal_the_full_count():
    """``_mark_tail`` only asks whether two lines of prose came before a tail mark: counting
    stops at two, and the lines marked are those of the plain count."""
    from jccttool.segment import lines as L

    def plain(lines):
        prose = 0
        for i, ln in enumerate(lines):
            if ln.blank:
                continue
            if prose >= 2 and len(ln.text) <= 60 and L._TAIL_MARK.fullmatch(ln.text):
                for rest in lines[i:]:
                    if not rest.blank:
                        rest.boiler = True
                return
            if not ln.boiler and L._PROSE_LINE.match(ln.text):
                prose += 1

    prose = "The two sides agreed to work together on many things in the coming year."
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts += [f"{prose}\n###\nmore", f"{prose}\n{prose}\n###\nRelated Posts\nx", f"Title\n{prose}\n\n{prose}\nRelated:\nA\nB",
              f"###\n{prose}\n{prose}\n", f"{prose}\n{prose}\n{prose}\nRead more\nTeaser"]
    for text in texts:
        a, b = L._lines(text), L._lines(text)
        L._mark_tail(a)
        plain(b)
        assert [ln.boiler for ln in a] == [ln.boiler for ln in b]


# --------------------------------------------------------------------- round 8 (task PERF5)


def test_date_anchors_of_plain_words_equal_the_regex_positions():
    """Anchors that are a bare alternation of words ("today|yesterday|tomorrow") are found
    with ``str.find``: the same positions, overlapping ones included, as the regex loop."""
    from jccttool.extractors.dates.grammar import _grammar
    from jccttool.extractors.dates.search import _literal_words, _positions
    from jccttool.text import fold_case

    g = _grammar()
    plain_words = [p for p, _ in g.anchors.values() if _literal_words(p) is not None]
    assert len(plain_words) >= 3
    assert _literal_words(re.compile("a|b.c")) is None and _literal_words(re.compile("ab|cd", re.I)) is None
    assert _literal_words(re.compile("year")) is None  # one word: re's own literal search
    texts = [fold_case(t) for t in (p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS)]
    texts += ["springsummerfallfall", "todayyesterdaytomorrowtoday", "mondaysunday saturday", "", "fal", "spring"]
    rnd = random.Random(9)
    texts += ["".join(rnd.choice("todayesrmwnigpuflh ") for _ in range(200)) for _ in range(200)]
    for pattern in plain_words:
        for text in texts:
            search, out = pattern.search, []
            m = search(text)
            while m is not None:
                out.append(m.start())
                m = search(text, m.start() + 1)
            assert _positions(pattern, text) == out


def test_every_anchored_date_rule_finds_what_finditer_finds():
    """Each date rule searched near its anchors ("days" for "the next five days", which used
    to be scanned over the whole text) finds the matches ``finditer`` finds over the whole text."""
    from jccttool.extractors.dates.grammar import _grammar
    from jccttool.extractors.dates.search import _finditer, anchor_positions

    from .conftest import ROOT

    g = _grammar()
    assert all(rule.anchor is not None for rule in g.rules if rule.id == "rel_days")
    paths = [*ALL_DOCUMENTS, *sorted((ROOT / "tests" / "corpus" / "wide").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    made = ["over the next five days", "in the past 10\ndays, and the coming couple of days", "Next 3 days",
            "the last\u00a0two  days and previous twenty days.", "days the next days", "previous 7 days7", "past  days"]
    rnd = random.Random(10)
    texts += made + ["".join(rnd.choice(made) + rnd.choice((" ", "\n", ", ", "x")) for _ in range(8)) for _ in range(50)]
    for text in texts:
        found = anchor_positions(g, text)
        for rule in g.rules:
            if rule.anchor is None:
                continue
            fast = [m.span() for m in _finditer(rule, text, found[rule.anchor])]
            assert fast == [m.span() for m in rule.pattern.finditer(text)], rule.id
