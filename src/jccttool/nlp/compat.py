"""Every use of spaCy internals, in one place; look here first after upgrading spaCy.

jccttool relies on a few things spaCy does not promise (listed below). Each is checked
before it is used, and when a spaCy release lacks it jccttool falls back to spaCy's
public behaviour (slower, same entities and spans). ``tests/test_nlp.py`` runs every fallback and checks
that the same entities, spans and sentences come out.

- :func:`import_spacy`: a stand-in for ``spacy.cli`` in ``sys.modules`` while spaCy is
  imported (``spacy/__init__.py`` imports ``spacy.cli.info`` only for ``spacy.info``).
  Fallback: if the import fails with the stand-in (a release importing more of its CLI),
  the stand-in is dropped and spaCy is imported as usual.
- :func:`install_windowed_matcher`: swaps a ruler's token Matcher (``ruler.matcher``,
  which the rulers call as ``self.matcher(doc)``) for a :class:`_WindowedMatcher`, which
  runs it only around candidates. Fallback: a ruler without a ``matcher`` that is a
  :class:`spacy.matcher.Matcher` keeps its own.
- :func:`install_fast_entity_ruler`: replaces an EntityRuler's ``match`` and
  ``set_annotations`` (which its ``__call__`` calls) on the instance with
  :class:`_FastEntityRuler`'s, which read the private
  ``ruler._ent_ids`` (matcher key -> (label, entity id)) and call the private
  ``ruler._require_patterns()`` (a warning on a ruler without patterns). Fallback: a
  ruler without ``_ent_ids`` (or ``overwrite``, ``matcher``, ``phrase_matcher``) keeps
  spaCy's own methods; without ``_require_patterns`` the fast ruler skips that warning.

The names of the private attributes are the constants below, so the tests can point one
at a name no release has and run the fallback.
"""

from __future__ import annotations

#: ``EntityRuler._ent_ids``: the matcher key of each pattern with an ``id`` -> (label, id)
ENT_IDS = "_ent_ids"
#: ``EntityRuler._require_patterns()``: warns (W036) when the ruler has no patterns
REQUIRE_PATTERNS = "_require_patterns"
#: a ruler's token Matcher, which its ``match`` calls as ``self.matcher(doc)``
MATCHER = "matcher"


def install_windowed_matcher(ruler, patterns: list[dict], *, any_shape: bool) -> bool:
    """Put a :class:`_WindowedMatcher` in ``ruler`` (an EntityRuler or SpanRuler) when
    its token ``patterns`` allow it (see :meth:`_WindowedMatcher.wrap`) and the ruler has
    a spaCy Matcher to wrap; whether it did."""
    from spacy.matcher import Matcher

    if not isinstance(getattr(ruler, MATCHER, None), Matcher):
        return False  # this spaCy release keeps its token matches elsewhere
    _WindowedMatcher.wrap(ruler, patterns, any_shape=any_shape)
    return isinstance(ruler.matcher, _WindowedMatcher)


def install_fast_entity_ruler(ruler) -> bool:
    """Give an EntityRuler without ``overwrite_ents`` :class:`_FastEntityRuler`'s
    ``match`` and ``set_annotations``; whether it did."""
    needs = (ENT_IDS, "matcher", "phrase_matcher")
    if getattr(ruler, "overwrite", True) or not all(hasattr(ruler, name) for name in needs):
        return False  # spaCy's own methods
    _FastEntityRuler.install(ruler)
    return True


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
        import numpy
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
        # every word any rule looks for, sorted, found with one numpy.searchsorted per Doc
        self.hashes = sorted({h for _, _, anchor, others in self.rules for h in anchor.union(*(w for _, _, w in others))})
        self.array = numpy.array(self.hashes, dtype=numpy.uint64)  # the type of Doc.to_array's hashes
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
        values = doc.to_array(self.attr)
        n = len(values)
        hits = _members(values, self.array)
        at = dict(zip(hits, values[hits].tolist()))  # token index -> hash, for the words looked for
        where: dict[int, list[int]] = {}  # hash -> token indices
        for j, value in at.items():
            where.setdefault(value, []).append(j)
        spans = []
        for before, after, anchor, others in self.rules:
            for value in anchor.intersection(where):
                for j in where[value]:
                    if all(any(at.get(j + d) in words for d in range(lo, hi + 1)) for lo, hi, words in others):
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


def _members(values, sorted_array) -> list[int]:
    """Indices of ``values`` (a numpy array) found in ``sorted_array`` (sorted, unique):
    ``numpy.flatnonzero(numpy.isin(values, sorted_array)).tolist()`` by one binary search
    per value; ``isin`` sorts the values (and a copy of both arrays) on every call."""
    import numpy

    if not len(sorted_array) or not len(values):
        return []
    at = numpy.searchsorted(sorted_array, values)
    numpy.minimum(at, len(sorted_array) - 1, out=at)
    return numpy.flatnonzero(sorted_array[at] == values).tolist()


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
        require = getattr(ruler, REQUIRE_PATTERNS, None)
        # only a warning on a ruler without patterns, whose matchers are then empty too: asked
        # only then (it counts every pattern of every label, ~0.1 ms per Doc for the gazetteer)
        if require is not None and not (len(ruler.matcher) or len(ruler.phrase_matcher)):
            require()
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
        ids = ruler._ent_ids  # ENT_IDS: install_fast_entity_ruler checked it is there
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


def _cli_stand_ins() -> dict:
    """Stand-ins for ``spacy.cli`` and ``spacy.cli.info`` (by module name) providing the
    ``info`` that ``spacy/__init__.py`` imports; ``info`` imports the real one when called."""
    import types

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    module.info, package.info = info, module
    return {"spacy.cli": package, "spacy.cli.info": module}


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

    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    stand_ins = _cli_stand_ins()
    package = stand_ins["spacy.cli"]
    sys.modules.update(stand_ins)
    try:
        import spacy
    except (ImportError, AttributeError):  # a release that needs more of its CLI
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

