"""The fast paths of the parties extractor give what the plain idioms they replace give."""

from __future__ import annotations

import re

import pytest

from jccttool.extractors.parties import acronyms, common, entities, patterns, people
from jccttool.resources import rules

from .conftest import ALL_DOCUMENTS


def _plain_alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_lists():
    t = rules.titles()
    return {
        "countries": list(t.country_words),
        "heads": t.title_heads,
        "title_start": [*t.title_modifiers, *t.country_words, *t.title_bodies, *t.title_heads],
        "surnames": sorted(t.chinese_surnames),
        "org_heads": t.named_organization_heads,
        "forum_heads": list(patterns._PAIR_FORUM_HEADS),
        "prefixes": ["US", "U.S.", "USTR", "U", "USA", "UN", "Sino", "S"],
    }


@pytest.mark.parametrize("name", list(_word_lists()))
def test_alt_trie_same_matches_as_plain_alternation(name):
    words = _word_lists()[name]
    plain = re.compile(rf"(?:{_plain_alt(words)})")
    trie = re.compile(rf"(?:{patterns._alt(words)})")
    # each word followed by another word, a space, an apostrophe or nothing: the preferred
    # match, and every length a match can take (what backtracking reaches)
    for w in words:
        for tail in ("", " ", "s", "'s", "ese", words[0], words[-1]):
            text = w + tail
            a, b = plain.match(text), trie.match(text)
            assert (a and a.group()) == (b and b.group()), text
            for n in range(len(text) + 1):
                assert bool(plain.fullmatch(text, 0, n)) == bool(trie.fullmatch(text, 0, n)), (text, n)


def test_alt_trie_keeps_order_across_a_word_that_ends():
    # "US" comes before "USTR" here: a shorter word listed first must still be preferred
    words = ["USA", "US", "USTR"]
    trie = re.compile(rf"(?:{patterns._trie(words)})")
    assert trie.match("USTR").group() == "US"
    assert trie.match("USA").group() == "USA"
    assert re.fullmatch(rf"(?:{patterns._trie(words)})R", "USTRR")


def test_party_ents_match_doc_ents(nlp):
    text = (
        "U.S. Secretary of Commerce Gary Locke and Vice Premier Wang Qishan met in Washington. "
        "The USTR and MOFCOM agreed; the State Food and Drug Administration (SFDA) will report.\n"
        "UNITED STATES AND CHINA"
    )
    doc = nlp(text)
    expected = [(e.start_char, e.end_char, e.ent_id_) for e in doc.ents if e.label_ == rules.PARTY_LABEL and e.ent_id_]
    assert expected
    assert entities._party_ents(doc, entities._token_rows(doc)) == expected
    empty = nlp("")
    assert entities._party_ents(empty, entities._token_rows(empty)) == []


def test_container_is_any_containment():
    spans = [(10, 20, "a"), (12, 14, "b"), (30, 40, "c"), (5, 8, "d")]
    inside = common._container(spans)
    for s in range(0, 45):
        for e in range(s, 46):
            assert inside(s, e) == any(ps <= s and e <= pe for ps, pe, _ in spans), (s, e)
    assert not common._container([])(0, 0)


def _scans():
    rx, orx = patterns._rx(), patterns._org_rx()
    yield "titled_name", rx.titled_name, rx.title_start
    yield "appositive_title", rx.appositive_title, patterns._HONORIFIC_START
    yield "honorific", patterns._HONORIFIC, patterns._HONORIFIC_START
    for (rule, pattern), start in zip(patterns._BODY_PATTERNS, patterns._BODY_STARTS):
        yield rule, pattern, start
    yield "departments", patterns._DEPTS, patterns._DEPTS_START
    yield "metonyms", patterns._METONYM, patterns._METONYM_START
    yield "pair_forums", patterns._pair_forum_rx(), patterns._PAIR_FORUM_START
    yield "organization_heads", orx.head, orx.head_start


@pytest.mark.parametrize("name", [name for name, _, _ in _scans()])
def test_finditer_with_starts_is_finditer(name):
    pattern, start = next((p, s) for n, p, s in _scans() if n == name)
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts += [t.upper() for t in texts] + [
        "the U.S.-China Working Group on Clean Vehicles and the China-US Trade Forum",
        "Mr. Levine was Deputy Assistant Secretary; Dr.Smith; the State and Treasury Departments",
        "China National Tobacco Corporation, the General Administration of Customs, US Trade and Development Agency",
    ]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in common._finditer(pattern, start, text)] == expected


def test_full_name_of_is_the_search_it_replaces():
    import random

    rng = random.Random(7)
    pieces = ["Hank", "Hank ", "Hank J. ", "J. ", " ", "\u00a0", "Levine", "Levine", "Le", "vine", ".", "x", "_", "1", "\n", "Q"]
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(8000)]
    texts += ["Hank J. Levine", " Hank Levine", "Levine Hank Levine", "Hank Hank Levine", "hank Levine", "J. Levine"]
    for text in texts:
        for sur in ("Levine", "Locke", "Bryson", "Le"):
            m = re.search(rf"\b({patterns._W}(?:[ \u00a0][A-Z]\.)?)[ \u00a0]{re.escape(sur)}\b", text)
            assert people._full_name_of(text, sur) == (m and (m.start(), m.end(), m.group(1))), (text, sur)


# ------------------------------------------------------------------ growth on long inputs


def _naive(monkeypatch):
    """The plain idioms the indexes replace: a linear scan of every span taken per query, the
    old ``absorb``, every definition of an acronym going through all its occurrences."""

    def absorb(self, s, e, keep_last=False):
        for acc in self.parties.values():
            if acc.type == "country":
                kept = {m for m in acc.mentions if not (s <= m[0] and m[1] <= e)}
                if keep_last and not kept:
                    continue  # a country's only mentions stay (the pair before a known forum)
                acc.mentions = kept
                acc.sorted_mentions = None

    monkeypatch.setattr(common._Taken, "overlaps", lambda self, s, e: [t for t in self if t[0] < e and s < t[1]])
    monkeypatch.setattr(common._Taken, "ending_at", lambda self, e: [t for t in self if t[1] == e])
    monkeypatch.setattr(common._Found, "absorb", absorb)
    monkeypatch.setattr(acronyms, "_given_before", lambda done, acr, pid: False)


def _all_parties(nlp, texts):
    from jccttool.extractors import Context, parties
    from jccttool.segment import segment

    return [[p.model_dump() for p in parties.extract(nlp(t), Context(text=t, segmentation=segment(t)))] for t in texts]


def test_indexed_spans_give_what_the_linear_scans_give(nlp, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS]
    texts.append("\n\n".join(texts[:6]) * 3)  # repeated definitions, acronyms and bodies
    fast = _all_parties(nlp, texts)
    with monkeypatch.context() as m:
        _naive(m)
        slow = _all_parties(nlp, texts)
    assert fast == slow


def test_taken_overlaps_is_the_linear_scan():
    import random

    rng = random.Random(3)
    taken = common._Taken()
    plain: list = []
    for i in range(3000):
        s = rng.randrange(0, 5000)
        t = (s, s + rng.choice([1, 2, 5, 40, 300, 900]), f"p{i % 7}")
        taken.append(t)
        plain.append(t)
        if i % 50 == 0:
            for _ in range(20):
                a = rng.randrange(0, 6000)
                b = a + rng.randrange(1, 400)
                assert sorted(taken.overlaps(a, b)) == sorted(x for x in plain if x[0] < b and a < x[1])
                assert taken.ending_at(b) == [x for x in plain if x[1] == b]
    assert list(taken) == plain


def test_parties_grow_about_linearly(nlp):
    """Real fact-sheet text repeated: twice the text may cost at most about twice the time (the
    quadratic scans made 0.5 MB take 11 s)."""
    import time

    from jccttool.extractors import Context, parties
    from jccttool.segment import segment

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in ALL_DOCUMENTS)
    nlp.max_length = max(nlp.max_length, 2_000_000)

    def seconds(size: int) -> float:
        text = (base * (size // len(base) + 1))[:size]
        doc, ctx = nlp(text), Context(text=text, segmentation=segment(text))
        best = float("inf")
        for _ in range(2):
            t = time.perf_counter()
            list(parties.extract(doc, ctx))
            best = min(best, time.perf_counter() - t)
        return best

    small, large = seconds(125_000), seconds(500_000)
    assert large < 4 * small * 2 + 0.5, (small, large)
