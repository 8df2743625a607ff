"""``build_nlp()``: the blank English pipeline (tokenizer tweaks) plus our rule components.

Built once per process (``functools.cache``), never at import. No trained model is
needed; ``--model NAME_OR_PATH`` may load an installed trained pipeline instead, to
which the same rule components are added. Rule data is read only through
:mod:`jccttool.resources.rules`.
"""

from __future__ import annotations

from functools import cache

from .compat import import_spacy, install_fast_entity_ruler, install_windowed_matcher
from .sentences import _TEXT, _register

#: split en and em dashes (and hyphens) between digits: "20–21" → 20 | – | 21
_DIGIT_DASH = r"(?<=[0-9])[\-–—](?=[0-9])"


def _tokenizer_infixes(nlp) -> None:
    """Add :data:`_DIGIT_DASH` to a loaded pipeline's tokenizer (spaCy then reloads its
    special cases, ~0.1 s; the blank pipeline gets it from :func:`_blank_english`)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [_DIGIT_DASH]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _blank_english():
    """``spacy.blank("en")`` with :data:`_DIGIT_DASH` among the language's infixes: spaCy's
    documented way to change a language's defaults (a subclass), so the tokenizer and its
    2,700 special cases are built once."""
    from spacy.lang.en import English

    class JcctEnglish(English):
        class Defaults(English.Defaults):
            infixes = [*English.Defaults.infixes, _DIGIT_DASH]

    return JcctEnglish(create_tokenizer=_fast_affix_tokenizer)


def _fast_affix_tokenizer(nlp):
    """spaCy's default tokenizer factory (``spacy.language.create_tokenizer``) for the
    language's defaults, with searches that return exactly what spaCy's compiled ones
    return, faster (:mod:`jccttool.nlp.affixes`): the prefix search as a ``match`` (every
    prefix is anchored at ``^``), the suffix search started where a suffix can start
    (most of the tokenizer's time before), only the infixes that can start in the chunk,
    the URL match skipped without a ".". Built in place of spaCy's, so the 2,700 special
    cases load once."""
    from spacy.tokenizer import Tokenizer

    from .affixes import GatedFinditer, GatedMatch, HeadSearch, TailSearch

    d = nlp.Defaults
    url_match = d.url_match
    if url_match is not None and getattr(url_match, "__name__", "") == "match" and hasattr(url_match, "__self__"):
        url_match = GatedMatch(url_match.__self__)
    return Tokenizer(
        nlp.vocab,
        rules=d.tokenizer_exceptions,
        prefix_search=HeadSearch(d.prefixes) if d.prefixes else None,
        suffix_search=TailSearch(d.suffixes) if d.suffixes else None,
        infix_finditer=GatedFinditer(d.infixes) if d.infixes else None,
        token_match=d.token_match,
        url_match=url_match,
    )


def _split_party_patterns(nlp, patterns: list[dict]) -> tuple[list[dict], list[dict]]:
    """(patterns for the LOWER ruler, ORTH token patterns rewritten as ORTH phrases)."""
    names, exact = [], []
    for p in patterns:
        tokens = p.get("pattern")
        if isinstance(tokens, list) and tokens and all(set(t) == {"ORTH"} and isinstance(t["ORTH"], str) for t in tokens):
            words = [t["ORTH"] for t in tokens]
            if [t.text for t in nlp.make_doc(" ".join(words))] == words:
                exact.append({**p, "pattern": " ".join(words)})
                continue
        names.append(p)
    return names, exact


class _RunGuard:
    """spaCy's tokenizer peels affixes off a whitespace-free chunk one character at a
    time, re-scanning the chunk each time: quadratic on hostile input (3,000 "$" signs
    take 1.4 s, 20,000 take minutes). Chunks of at least ``LONG`` non-space characters
    become single tokens; everything else is tokenized as usual, so ordinary text gives
    exactly the same Doc."""

    LONG = 200
    #: texts longer than this are tokenized in pieces of about this many characters (see
    #: :meth:`_tokenize_pieces`)
    PIECE = 1 << 20

    def __init__(self, tokenizer):
        import re

        self.tokenizer = tokenizer
        self.long_run = re.compile(r"\S{%d,}" % self.LONG)
        self.half_run = re.compile(r"\S{%d}" % (self.LONG // 2))

    def __call__(self, text: str):
        doc = self._tokenize_pieces(text) if len(text) > self.PIECE else self._tokenize(text)
        doc.user_data[_TEXT] = text  # the tokenizer keeps every character: doc.text == text
        return doc

    def _tokenize_pieces(self, text: str, size: int | None = None):
        """The same Doc as :meth:`_tokenize`, built with its exact size. spaCy's tokenizer
        grows a Doc by doubling: a 20 MB text (3.7 million tokens) held room for 5.2 million
        (670 MB), and 1 GB while the last doubling copied. Here the text is tokenized in
        pieces cut where a line break meets a non-space character (the tokenizer splits there
        anyway: a whitespace run is a token of its own, a piece boundary only ends it), and one
        Doc is made from the pieces' words (lexeme ids, shared) and spaces."""
        from spacy.attrs import ORTH, SPACY
        from spacy.tokens import Doc

        words: list[int] = []
        spaces: list[bool] = []
        shared: dict[int, int] = {}
        for a, b in self.pieces(text, size or self.PIECE):
            piece = self._tokenize(text[a:b])
            if not len(piece):
                continue
            arr = piece.to_array([ORTH, SPACY])
            words.extend([shared.setdefault(o, o) for o in arr[:, 0].tolist()])
            spaces.extend([x == 1 for x in arr[:, 1].tolist()])
            del piece, arr
        doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)
        del words, spaces
        last = doc[-1] if len(doc) else None
        covered = last.idx + len(last.text_with_ws) if last is not None else 0
        return doc if covered == len(text) else self._tokenize(text)

    @staticmethod
    def pieces(text: str, size: int) -> list[tuple[int, int]]:
        """``[a, b)`` pieces covering ``text``, each cut just before a non-space character
        that follows a line break, at or after ``size`` characters from the piece's start
        (a piece with no such place runs on)."""
        out = []
        a = 0
        n = len(text)
        while a < n:
            cut = a + size
            while cut < n and not (text[cut - 1] == "\n" and not text[cut].isspace()):
                nl = text.find("\n", cut)
                if nl < 0 or nl + 1 >= n:
                    cut = n
                    break
                cut = nl + 1
            cut = min(cut, n)
            out.append((a, cut))
            a = cut
        return out

    def may_have_long_run(self, text: str) -> bool:
        """False only when ``text`` has no run of ``LONG`` non-space characters: such a run
        holds a whole block ``[k * h, k * h + h)`` with ``h = LONG // 2``, so one ``match``
        per block start finds it (``re`` scanning for ``\\S{LONG,}`` tries every
        character and reads each word again from each of its letters: ~1 % of warm time)."""
        h, match = self.LONG // 2, self.half_run.match
        return any(match(text, k) for k in range(0, len(text) - h + 1, h))

    def _tokenize(self, text: str):
        runs = list(self.long_run.finditer(text)) if self.may_have_long_run(text) else []
        if not runs:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []

        def add_region(region: str) -> None:
            if region:
                for token in self.tokenizer(region):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))

        at = 0
        for run in runs:
            add_region(text[at : run.start()])
            words.append(run.group())
            spaces.append(False)
            at = run.end()
        add_region(text[at:])
        doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)
        return doc if doc.text == text else self.tokenizer(text)

    # spaCy calls these when pickling or serialising a pipeline.
    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def _add_patterns(nlp, ruler, patterns) -> None:
    """Add ruler patterns with every other component switched off: spaCy runs phrase
    patterns through the components before the ruler, and LOWER/ORTH phrases need only
    the tokenizer (this halves the time to build the pipeline)."""
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(patterns)


def _token_patterns(patterns: list[dict]) -> list[dict]:
    return [p for p in patterns if not isinstance(p.get("pattern"), str)]


@cache
def build_nlp(model: str | None = None):
    """The pipeline: tokenizer, sentence rules, party gazetteer, commitment triggers."""
    spacy = import_spacy()

    from ..errors import InputError
    from ..resources.rules import party_ruler_patterns
    from ..resources.rules import trigger_patterns as trigger_pattern_list

    _register()
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as exc:
            raise InputError(f"--model {model}: cannot load spaCy pipeline ({exc.__class__.__name__})") from None
        _tokenizer_infixes(nlp)
    else:
        nlp = _blank_english()
    nlp.tokenizer = _RunGuard(nlp.tokenizer)
    # The blank pipeline has no parser or NER (the memory hogs spaCy's 1,000,000-character
    # limit protects); input size is bounded by --max-bytes instead.
    nlp.max_length = 10**9
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("jcct_sentences")
    names, abbreviations = _split_party_patterns(nlp, party_ruler_patterns())
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True, "phrase_matcher_attr": "LOWER"})
    _add_patterns(nlp, ruler, names)
    install_windowed_matcher(ruler, _token_patterns(names), any_shape=False)
    install_fast_entity_ruler(ruler)
    if abbreviations:
        # case-sensitive one-token patterns ("U.S.", "SFDA") as ORTH phrases: the token
        # Matcher tests every pattern on every token (10x slower). Runs second and keeps
        # the names found first, so the longest match still wins ("U.S. Department of ...").
        exact = nlp.add_pipe(
            "entity_ruler",
            name="party_abbreviations",
            config={"validate": True, "phrase_matcher_attr": "ORTH", "overwrite_ents": False},
        )
        _add_patterns(nlp, exact, abbreviations)
        install_fast_entity_ruler(exact)
    triggers = nlp.add_pipe(
        "span_ruler",
        name="commitment_triggers",
        config={"spans_key": "commitment_triggers", "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    trigger_patterns = trigger_pattern_list(phrases=True)
    _add_patterns(nlp, triggers, trigger_patterns)
    install_windowed_matcher(triggers, _token_patterns(trigger_patterns), any_shape=True)
    return nlp
