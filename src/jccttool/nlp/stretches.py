"""Long texts a stretch at a time: one spaCy Doc per stretch, kept as compact columns.

spaCy keeps about 128 bytes per token: a 20 MB text (3.7 million tokens) is a 470 MB Doc,
alive while every extractor runs. :func:`make_doc` runs a text of more than
:data:`LONG` characters (with the blank pipeline) through the pipeline one stretch of
about :data:`STRETCH` characters at a time, keeps from each stretch's Doc only what the
extractors read, and frees it. :class:`StretchedDoc` serves these columns (~15 bytes per
token) with the part of the Doc API the extractors use.

Stretches end at a blank line: just before the first non-space character after a run of
white space that holds two line breaks and ends with one (:func:`stretches`). Every rule of
the pipeline stops there, so each stretch's Doc is the whole text's Doc cut in two:

- the tokenizer: a token never holds both white space and other characters, and the run
  of white space before the cut is a token of its own (the same argument as
  ``_RunGuard._tokenize_pieces``, which cuts at any line break);
- the sentences (``jcct_sentences``): two line breaks always start a sentence
  (:func:`~jccttool.nlp.sentences.sentence_starts`), and the other rules look at one line;
- the rulers: no phrase pattern holds a line break and no token of a token pattern matches
  a token of white space, so no match reaches over the white space before a cut
  (``tests/test_perf_memory.py`` checks both on the loaded patterns).

The columns are checked against the whole Doc's in ``tests/test_perf_memory.py``, and whole
extractions with tiny stretches against the plain path, byte for byte.
"""

from __future__ import annotations

import re

from .pipeline import build_nlp
from .sentences import _SENTS, _TEXT, sentences

#: texts longer than this (characters) are run a stretch at a time
LONG = 1 << 20
#: about this many characters per stretch (a stretch runs on to the next blank line)
STRETCH = 1 << 19

#: a run of white space with two line breaks (``\r\n`` is one) that ends with one, before a non-space character
_BLANK = re.compile(r"[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+(?=\S)")


def make_doc(text: str, model: str | None = None):
    """The Doc of ``text``: ``build_nlp(model)(text)``, or for a text of more than
    :data:`LONG` characters with the blank pipeline, a :class:`StretchedDoc` of stretches
    of about :data:`STRETCH` characters (when the text has a blank line to cut at)."""
    nlp = build_nlp(model)
    if model is None and len(text) > LONG:
        cuts = stretches(text, STRETCH)
        if len(cuts) > 1:
            return StretchedDoc(nlp, text, cuts)
    return nlp(text)


def stretches(text: str, size: int) -> list[tuple[int, int]]:
    """``[a, b)`` stretches covering ``text``, each cut at the first blank line (see
    :data:`_BLANK`) at or after ``size`` characters from its start (a stretch with no blank
    line after that runs to the end)."""
    out = []
    a, n = 0, len(text)
    while a < n:
        m = _BLANK.search(text, a + size) if a + size < n else None
        cut = m.end() if m is not None else n
        out.append((a, cut))
        a = cut
    return out


class StretchedDoc:
    """What the extractors read of a Doc, built a stretch at a time (see the module).

    Serves: ``len``, ``doc[i]`` (a :class:`_Token`: ``text``, ``idx``, ``len``, ``ent_type``,
    ``ent_id``), ``to_array`` of ``IDX``, ``LENGTH``, ``ENT_IOB``, ``SENT_START``,
    ``ENT_TYPE``, ``ENT_ID``, ``spans`` (each group a sequence of :class:`_SpanRow`:
    ``start``, ``end``, ``start_char``, ``end_char``, ``label``, ``label_``, ``id``, ``id_``),
    ``has_annotation``, ``vocab``, ``user_data`` (the text and the sentence bounds of
    :func:`~jccttool.nlp.sentences`, filled here) and ``text``. Anything else raises
    AttributeError, so an extractor reading more fails the equality tests instead of
    differing silently."""

    def __init__(self, nlp, text: str, cuts: list[tuple[int, int]]) -> None:
        import numpy as np
        from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, LENGTH, SENT_START

        self.vocab = nlp.vocab
        self.user_data: dict = {_TEXT: text}
        idx, length, iob, sent, ent_at, ent_type, ent_id = [], [], [], [], [], [], []
        spans: dict[str, list] = {}
        sents: list[tuple[int, int, int, int]] = []
        offset = 0  # tokens before the stretch
        for a, b in cuts:
            piece = nlp(text[a:b])
            arr = piece.to_array([IDX, LENGTH, ENT_IOB, SENT_START, ENT_TYPE, ENT_ID])
            idx.append(arr[:, 0].astype(np.int64) + a)
            length.append(arr[:, 1].astype(np.int32))
            iob.append(arr[:, 2].astype(np.uint8))
            sent.append(arr[:, 3].view(np.int64).astype(np.int8))
            named = np.flatnonzero((arr[:, 4] != 0) | (arr[:, 5] != 0))
            ent_at.append(named + offset)
            ent_type.append(arr[named, 4])
            ent_id.append(arr[named, 5])
            for key, group in piece.spans.items():
                rows = spans.setdefault(key, [])
                rows.extend((s.start + offset, s.end + offset, s.start_char + a, s.end_char + a, s.label, s.id) for s in group)
            sents.extend((s + offset, e + offset, cs + a, ce + a) for s, e, cs, ce in sentences(piece))
            offset += len(piece)
            del piece, arr
        self._idx = np.concatenate(idx)
        self._length = np.concatenate(length)
        self._iob = np.concatenate(iob)
        self._sent = np.concatenate(sent)
        self._ent_at = np.concatenate(ent_at)
        self._ent_type = np.concatenate(ent_type)
        self._ent_id = np.concatenate(ent_id)
        self.spans = {key: _Spans(self.vocab.strings, rows) for key, rows in spans.items()}
        self.user_data[_SENTS] = sents

    def __len__(self) -> int:
        return len(self._idx)

    def __getitem__(self, i: int) -> _Token:
        n = len(self._idx)
        if not -n <= i < n:
            raise IndexError(f"token {i} of {n}")
        return _Token(self, i % n)

    @property
    def text(self) -> str:
        return self.user_data[_TEXT]

    def has_annotation(self, attr: str) -> bool:
        """Sentence starts and entities come from the rule components; the blank pipeline
        sets nothing else (no parse, tags or lemmas)."""
        if attr in ("SENT_START", "IS_SENT_START"):
            return len(self) > 0
        if attr in ("ENT_IOB", "ENT_TYPE"):
            return bool(len(self._ent_at))
        return False

    def to_array(self, attrs):
        """The columns ``attrs`` as spaCy's ``Doc.to_array`` returns them (uint64; one
        column for a single attribute)."""
        import numpy as np
        from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, LENGTH, SENT_START

        def column(attr):
            if attr == IDX:
                return self._idx
            if attr == LENGTH:
                return self._length
            if attr == ENT_IOB:
                return self._iob
            if attr == SENT_START:
                return self._sent.astype(np.int64)
            if attr in (ENT_TYPE, ENT_ID):
                out = np.zeros(len(self), dtype=np.uint64)
                out[self._ent_at] = self._ent_type if attr == ENT_TYPE else self._ent_id
                return out
            raise ValueError(f"StretchedDoc keeps no column {attr!r}")

        if isinstance(attrs, int):
            return column(attrs).astype(np.uint64)
        out = np.empty((len(self), len(attrs)), dtype=np.uint64)
        for j, attr in enumerate(attrs):
            out[:, j] = column(attr).astype(np.int64).view(np.uint64) if attr == SENT_START else column(attr)
        return out

    def _named(self, i: int) -> int:
        """Position of token ``i`` among the tokens with an entity type or id, or -1."""
        j = int(self._ent_at.searchsorted(i))
        return j if j < len(self._ent_at) and self._ent_at[j] == i else -1


class _Token:
    """Token ``i`` of a :class:`StretchedDoc`."""

    __slots__ = ("doc", "i")

    def __init__(self, doc: StretchedDoc, i: int) -> None:
        self.doc, self.i = doc, i

    @property
    def idx(self) -> int:
        return int(self.doc._idx[self.i])

    def __len__(self) -> int:
        return int(self.doc._length[self.i])

    @property
    def text(self) -> str:
        start = self.idx
        return self.doc.user_data[_TEXT][start : start + len(self)]

    @property
    def ent_type(self) -> int:
        j = self.doc._named(self.i)
        return int(self.doc._ent_type[j]) if j >= 0 else 0

    @property
    def ent_id(self) -> int:
        j = self.doc._named(self.i)
        return int(self.doc._ent_id[j]) if j >= 0 else 0


class _SpanRow:
    """One span of a span group: token and character bounds, label and id."""

    __slots__ = ("start", "end", "start_char", "end_char", "label", "id", "_strings")

    def __init__(self, strings, start, end, start_char, end_char, label, id_) -> None:  # noqa: A002
        self.start, self.end, self.start_char, self.end_char = start, end, start_char, end_char
        self.label, self.id, self._strings = label, id_, strings

    @property
    def label_(self) -> str:
        return self._strings[self.label] if self.label else ""

    @property
    def id_(self) -> str:
        return self._strings[self.id] if self.id else ""


class _Spans:
    """A span group as rows; a :class:`_SpanRow` is made per item read."""

    def __init__(self, strings, rows: list[tuple]) -> None:
        self._strings, self._rows = strings, rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int) -> _SpanRow:
        return _SpanRow(self._strings, *self._rows[i])

    def __iter__(self):
        strings = self._strings
        return (_SpanRow(strings, *row) for row in self._rows)
