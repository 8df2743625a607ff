"""The spaCy pipeline: ``spacy.blank("en")`` plus our own rule components.

Built once per process (``functools.cache``), never at import. No trained model is
needed; ``--model NAME_OR_PATH`` may load an installed trained pipeline instead, to
which the same rule components are added.

Sentences come from ``jcct_sentences`` (not spaCy's ``sentencizer``): boundaries are
found with regular expressions over ``doc.text`` (:func:`sentence_starts`) and written
into the Doc in one array operation, so there is no per-token Python. The rules:

- a line break always ends a sentence (bullets and paragraphs are one per line), except
  a hard-wrapped line: a single ``\\n`` after a line not ending in punctuation and
  followed by a lower-case word;
- ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by spaces or
  no-break spaces and a capital, a digit or an opening quote ends a sentence, unless the
  word before is an abbreviation that never ends a sentence ("Mr.", "No.", "Dr.", an
  initial "M."); "U.S.", "D.C.", "Jr.", "Inc." and other dotted abbreviations end one
  only before a double space or a word that starts sentences ("The", "China", ...);
- a run-in heading at the start of a line ("Food safety: The U.S. ...", "U.S. Truck
  Tariffs: Korea will ...") is its own sentence;
- ``;`` and ``:`` inside a line do not split (the subject of "...; will jointly
  promote ..." is in the first part).
"""

from __future__ import annotations

import re
from functools import cache

#: never end a sentence: titles, "No.", month abbreviations, Latin abbreviations.
_NEVER_FINAL = frozenset(
    """mr. mrs. ms. dr. prof. sr. st. no. nos. vs. v. e.g. i.e. cf. viz. approx. ca.
    sen. rep. gov. gen. lt. col. capt. adm. amb. hon. rev. pres. sec. dept. fig. art.
    para. ch. vol. pp. p. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    ave. blvd. mt. ft. est. op. ed. eds. gen.""".split()
)
#: may end a sentence: only before a double space or a sentence-starting word.
_MAYBE_FINAL = frozenset(
    "u.s. d.c. u.k. u.n. p.r.c. e.u. jr. inc. ltd. co. corp. llc. l.l.c. a.m. p.m. etc. al.".split()
)
#: capitalised words that start sentences far more often than they follow "U.S.".
_STARTERS = frozenset(
    """The This These That Those It Its In On At As By For From With Under Since During
    After Before Also Additionally However Moreover Furthermore Both Each All A An We They
    He She I Our Their His Her There Through To Building According While When Other
    Further Separately Meanwhile China Chinese Korea Japan If Although Following Based
    Similarly Finally Today Last Next Such Some Many Most""".split()
)
_SAYING = re.compile(r"\b(?:said|says|say|stated|states|noted|notes|added|adds|include|includes|included|including|follows|following)\s*$", re.I)

_END = re.compile(r"[.!?][\"'”’)\]]*([ \t\u00a0]+)(?=[\"“‘'(\[]*[A-Z0-9])")
_NEWLINES = re.compile(r"\n[\s\u00a0]*")
_RUN_IN = re.compile(
    r"^[ \t\u00a0]*(?:[•*·▪‣◦\-–][ \t\u00a0]+)?([^:\n.;]{2,60}?):[ \t\u00a0]+(?=[\"“]?[A-Z])",
    re.M,
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIAL = re.compile(r"[a-z]\.")
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]*([\w]+)")
_DIGIT = re.compile(r"\d")


def _is_boundary(text: str, m: re.Match) -> bool:
    """Whether the sentence-final mark matched by ``_END`` really ends a sentence."""
    mark = text[m.start()]
    if mark != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
    word = before.group(1).lstrip("(\"“‘'[").lower() if before else ""
    if word in _NEVER_FINAL:
        return False
    gap = m.group(1)
    wide = len(gap) > 1 or "\u00a0" in gap
    if _INITIAL.fullmatch(word):  # an initial: "Henry M. Paulson"
        return wide
    if word in _MAYBE_FINAL or _DOTTED.fullmatch(word):
        if wide:
            return True
        nxt = _NEXT_WORD.match(text, m.end(), m.end() + 40)
        if text[m.end() : m.end() + 1] in "\"“‘(":
            return True
        return bool(nxt) and nxt.group(1) in _STARTERS
    return True


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (the first non-space character)."""
    starts = {len(text) - len(text.lstrip())} if text.strip() else set()
    for m in _NEWLINES.finditer(text):
        end = m.end()
        if end >= len(text):
            continue
        if m.group().count("\n") == 1 and text[end].islower():
            j = m.start()  # the end of the line before, trailing blanks skipped
            while j > 0 and text[j - 1] in " \t\u00a0":
                j -= 1
            if j > 0 and text[j - 1] not in ".!?:;”\"’)":
                continue  # a hard-wrapped line
        starts.add(end)
    for m in _END.finditer(text):
        if _is_boundary(text, m):
            starts.add(m.end())
    for m in _RUN_IN.finditer(text):
        lead = m.group(1).strip()
        if 0 < len(lead.split()) <= 6 and not _SAYING.search(lead) and not _DIGIT.search(lead):
            starts.add(m.end())
    return sorted(starts)


#: ``doc.user_data`` key of the text the Doc was made from (see :func:`doc_text`)
_TEXT = "jcct_text"


def doc_text(doc) -> str:
    """``doc.text``, without the cost: spaCy's ``Doc.text`` joins the text of every token
    (a Python object each) on every access, about as slow as tokenizing. Docs made by
    :func:`build_nlp`'s tokenizer keep the text they were made from."""
    text = doc.user_data.get(_TEXT)
    return text if text is not None else doc.text


#: ``doc.user_data`` key of the sentence bounds (see :func:`sentences`)
_SENTS = "jcct_sents"


def sentences(doc) -> list[tuple[int, int, int, int]]:
    """(start token, end token, start char, end char) of each sentence of ``doc.sents``,
    computed once per Doc. Without a parse they come from the SENT_START values and the
    token offsets in one ``to_array``, with no Span object per sentence."""
    cached = doc.user_data.get(_SENTS)
    if cached is not None:
        return cached
    if len(doc) and doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        import numpy
        from spacy.attrs import IDX, LENGTH, SENT_START

        arr = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
        starts = numpy.flatnonzero(arr[:, 0] == 1)
        if not len(starts) or starts[0] != 0:  # the first token always starts one
            starts = numpy.concatenate(([0], starts))
        ends = numpy.append(starts[1:], len(doc))
        first = arr[starts, 1]
        last = arr[ends - 1, 1] + arr[ends - 1, 2]
        out = list(zip(starts.tolist(), ends.tolist(), first.tolist(), last.tolist()))
    else:
        out = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    doc.user_data[_SENTS] = out
    return out


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory("jcct_sentences"):
        return

    @Language.factory("jcct_sentences", default_config={})
    def make_sentences(nlp, name):  # noqa: ARG001 - spaCy's factory signature
        return _set_sentences


def _set_sentences(doc):
    """Write :func:`sentence_starts` into ``doc`` as SENT_START values."""
    import numpy
    from spacy.attrs import IDX, SENT_START

    n = len(doc)
    if n == 0:
        return doc
    idx = doc.to_array([IDX]).astype("int64").ravel()
    flags = numpy.full(n, -1, dtype="int64")
    flags[0] = 1
    starts = numpy.asarray(sentence_starts(doc_text(doc)), dtype="int64")
    if len(starts):
        # the first token at or after each start offset (a start inside a token, which
        # the rules never produce for spaCy's tokens, moves to the next token)
        pos = numpy.searchsorted(idx, starts, side="left")
        pos = pos[pos < n]
        flags[pos] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
    return doc


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

    return JcctEnglish()


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

    def __init__(self, tokenizer):
        import re

        self.tokenizer = tokenizer
        self.long_run = re.compile(r"\S{%d,}" % self.LONG)

    def __call__(self, text: str):
        doc = self._tokenize(text)
        doc.user_data[_TEXT] = text  # the tokenizer keeps every character: doc.text == text
        return doc

    def _tokenize(self, text: str):
        runs = list(self.long_run.finditer(text))
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


class _WindowedMatcher:
    """A ruler's token :class:`~spacy.matcher.Matcher` run only around the places where
    a match can be.

    spaCy's Matcher makes a Python Token object for every token of the Doc, however few
    patterns it has, and every call has a fixed cost. Each pattern here has a bounded
    length and tokens that must match by ORTH or LOWER (one word of a list). A place is
    a *candidate* of a pattern when its first such token matches there and each other
    such token matches at a distance the optional tokens between them allow ("is (also)
    to": "is" or "are" one or two tokens before "to"). The Matcher runs on the Span of
    the pattern's length around each candidate (overlapping windows merged), which
    contains every match there is (token predicates read only their own token), and the
    offsets are moved back into the Doc. Matches come in window order (left to right),
    the order of the whole-Doc Matcher for one fixed-length pattern, and rulers make a
    set of them anyway. Adding patterns later switches back to the whole-Doc Matcher."""

    def __init__(self, matcher, attr: str, rules: list[tuple[int, int, list]]) -> None:
        from spacy.attrs import LOWER, ORTH

        strings = matcher.vocab.strings
        self.matcher = matcher
        self.attr = {"ORTH": ORTH, "LOWER": LOWER}[attr]
        # per pattern: (tokens before the anchor, tokens from the anchor on, anchor hashes,
        # [(lowest offset, highest offset, hashes) of every other required word token])
        self.rules = [
            (before, after, frozenset(strings.add(w) for w in anchor), [(lo, hi, frozenset(strings.add(w) for w in words)) for lo, hi, words in others])
            for before, after, (anchor, others) in rules
        ]
        # every word any rule looks for, found with one numpy.isin per Doc
        self.hashes = sorted({h for _, _, anchor, others in self.rules for h in anchor.union(*(w for _, _, w in others))})
        self.whole = False

    @classmethod
    def wrap(cls, ruler, patterns: list[dict], *, any_shape: bool) -> None:
        """Put a windowed matcher in ``ruler`` when ``patterns`` (its token patterns)
        allow it: one pattern (or, with ``any_shape``, any number: a SpanRuler sorts its
        matches itself) of bounded length with a required ORTH or LOWER token."""
        if not patterns or (not any_shape and (len(patterns) != 1 or any(t.get("OP") for t in patterns[0]["pattern"]))):
            return
        attr, rules = None, []
        for p in patterns:
            tokens = p["pattern"]
            if any(t.get("OP") not in (None, "1", "?") for t in tokens):
                return
            required = []  # (index in the pattern, words)
            for k, t in enumerate(tokens):
                if t.get("OP") == "?":
                    continue
                for name in ("ORTH", "LOWER"):
                    spec = t.get(name)
                    words = [spec] if isinstance(spec, str) else spec.get("IN") if isinstance(spec, dict) and set(spec) == {"IN"} else None
                    if words and all(isinstance(w, str) and w.isalpha() for w in words) and attr in (None, name):
                        attr = name
                        required.append((k, words))
                        break
            if not required:
                return
            (a, anchor), others = required[0], []
            for k, words in required[1:]:
                optional = sum(t.get("OP") == "?" for t in tokens[a + 1 : k])
                others.append((k - a - optional, k - a, words))
            rules.append((a, len(tokens) - a, (anchor, others)))
        ruler.matcher = cls(ruler.matcher, attr, rules)

    def windows(self, doc) -> list[tuple[int, int]]:
        """The merged (start, end) token windows of every candidate in ``doc``."""
        import numpy

        values = doc.to_array(self.attr)
        n = len(values)
        hits = numpy.flatnonzero(numpy.isin(values, self.hashes)).tolist()
        at = dict(zip(hits, values[hits].tolist()))  # token index -> hash, for the words looked for
        spans = []
        for before, after, anchor, others in self.rules:
            for j, value in at.items():
                if value in anchor and all(
                    any(at.get(j + d) in words for d in range(lo, hi + 1)) for lo, hi, words in others
                ):
                    spans.append((max(0, j - before), min(n, j + after)))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged

    def __call__(self, doc, *args, **kwargs):
        from spacy.tokens import Doc

        if self.whole or args or kwargs or not isinstance(doc, Doc):
            return self.matcher(doc, *args, **kwargs)
        out: list = []
        for lo, hi in self.windows(doc):
            out.extend((key, s + lo, e + lo) for key, s, e in self.matcher(doc[lo:hi]))
        return out

    def add(self, *args, **kwargs):
        self.whole = True
        return self.matcher.add(*args, **kwargs)

    def remove(self, *args, **kwargs):
        self.whole = True
        return self.matcher.remove(*args, **kwargs)

    def __len__(self) -> int:
        return len(self.matcher)

    def __getattr__(self, name):
        return getattr(self.matcher, name)


class _FastEntityRuler:
    """Replaces an :class:`~spacy.pipeline.EntityRuler`'s ``match`` and
    ``set_annotations`` (without ``overwrite_ents``) with the same results, faster.

    spaCy's versions enter ``warnings.catch_warnings()`` on every Doc, test "is a token
    of this match already an entity" by making a Token object per token, and rebuild
    the list of existing entities after every match (quadratic in the matches: ~5 % of
    warm time on a fact sheet). Here the entity types are read once with ``to_array``
    and the claimed tokens kept in a bytearray. Without ``overwrite_ents`` a match that
    touches an existing entity is skipped, so the existing entities are kept whole."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler

    @classmethod
    def install(cls, ruler) -> None:
        if not ruler.overwrite:
            fast = cls(ruler)
            ruler.match = fast.match
            ruler.set_annotations = fast.set_annotations

    def match(self, doc):
        ruler = self.ruler
        ruler._require_patterns()
        found: set[tuple[int, int, int]] = set()
        for matcher in (ruler.matcher, ruler.phrase_matcher):
            if len(matcher):  # an empty Matcher warns (W036) on every call
                found.update((key, s, e) for key, s, e in matcher(doc) if s != e)
        # spaCy's order: longest first, then leftmost
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc, matches) -> None:
        from spacy.attrs import ENT_TYPE
        from spacy.tokens import Span

        ruler = self.ruler
        annotated = doc.has_annotation("ENT_IOB")
        # 1 for a token of an entity found before this ruler ran
        typed = (doc.to_array(ENT_TYPE) != 0).tobytes() if annotated else bytes(len(doc))
        seen = bytearray(len(doc))
        ids = ruler._ent_ids
        new = []
        for key, start, end in matches:
            if annotated and any(typed[start:end]):
                continue  # part of an entity found before this ruler ran
            if seen[start] or seen[end - 1]:
                continue
            if key in ids:
                label, ent_id = ids[key]
                new.append(Span(doc, start, end, label=label, span_id=ent_id))
            else:
                new.append(Span(doc, start, end, label=key))
            seen[start:end] = b"\x01" * (end - start)
        # The new entities touch no old one: setting only them leaves the old ones as they
        # were, without reading and writing back every entity of the Doc.
        doc.set_ents(new, default="unmodified" if annotated else "outside")


def _token_patterns(patterns: list[dict]) -> list[dict]:
    return [p for p in patterns if not isinstance(p.get("pattern"), str)]


def import_spacy():
    """``import spacy``, without spaCy's command-line package.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` for the ``spacy.info`` helper, and
    with it spaCy's whole CLI (requests, httpx, weasel and their Typer apps): about
    0.2 s of every ``jccttool extract`` and of every batch worker, for code jccttool never
    runs. While spaCy is imported a stand-in provides ``info``; it is removed afterwards,
    so a later ``import spacy.cli`` imports the real package and ``spacy.info()`` imports
    the real function when called. If a spaCy release imports more of its CLI, the
    stand-in is dropped and spaCy is imported as usual."""
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    module.info, package.info = info, module
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        spacy = None
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if spacy is None:
        import spacy
    elif getattr(spacy, "cli", None) is package:
        del spacy.cli  # the submodule attribute the import system set
    return spacy


@cache
def build_nlp(model: str | None = None):
    """The pipeline: tokenizer, sentence rules, party gazetteer, commitment triggers."""
    spacy = import_spacy()

    from .errors import InputError
    from .resources.rules import party_ruler_patterns, trigger_patterns as trigger_pattern_list

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
    _WindowedMatcher.wrap(ruler, _token_patterns(names), any_shape=False)
    _FastEntityRuler.install(ruler)
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
        _FastEntityRuler.install(exact)
    triggers = nlp.add_pipe(
        "span_ruler",
        name="commitment_triggers",
        config={"spans_key": "commitment_triggers", "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    trigger_patterns = trigger_pattern_list(phrases=True)
    _add_patterns(nlp, triggers, trigger_patterns)
    _WindowedMatcher.wrap(triggers, _token_patterns(trigger_patterns), any_shape=True)
    return nlp
