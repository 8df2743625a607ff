"""The ``jcct_sentences`` component and the per-Doc helpers every extractor uses.

Sentences come from ``jcct_sentences`` (not spaCy's ``sentencizer``): boundaries are
found with regular expressions over ``doc.text`` (:func:`sentence_starts`) and written
into the Doc in one array operation, so there is no per-token Python. The rules:

- a line break always ends a sentence (bullets and paragraphs are one per line), except
  a hard-wrapped line: a single ``\\n`` after a line not ending in punctuation and
  followed by a lower-case word, or after a line ending on a word no line ends on (an
  article, a preposition, a conjunction, "United": "The\\nUnited States and Vietnam", the
  first word of a title: "Vice\\nMinister");
- ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by spaces or
  no-break spaces and a capital, a digit or an opening quote ends a sentence, unless the
  word before is an abbreviation that never ends a sentence ("Mr.", "No.", "Dr.", an
  initial "M."); "U.S.", "D.C.", "Jr.", "Inc." and other dotted abbreviations end one
  only before a double space or a word that starts sentences ("The", "China", ...); a
  bullet run into the line after a sentence ("means.  • By mid-2012") starts the next, and so
  does an item dash run in after one ("objectives.-- China will ...");
- a run-in heading at the start of a line ("Food safety: The U.S. ...", "U.S. Truck
  Tariffs: Korea will ...") is its own sentence;
- ``;`` and ``:`` inside a line do not split (the subject of "...; will jointly
  promote ..." is in the first part).

:func:`doc_text` gives a Doc's text without spaCy's per-token join; :func:`sentences` the
(start token, end token, start char, end char) of each sentence, computed once per Doc.

Note: this module's name is also the name of its function :func:`sentences`, which
``jccttool.nlp`` re-exports, so ``jccttool.nlp.sentences`` is the function; import the
module's other names with ``from jccttool.nlp.sentences import ...``.
"""

from __future__ import annotations

import re

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
#: a bullet run into the line after a sentence ("... technical means.   • By mid-2012, ..."): the
#: bullet starts the next sentence, as it does at the start of a line
_END_BULLET = re.compile(r"[.!?][\"'”’)\]]*[ \t\u00a0]+(?=[•▪‣◦][ \t\u00a0]+[\"“‘'(\[]*[A-Z0-9])")
#: an item dash run in after a sentence ("... objectives.-- China will ..."): the outcome items of a
#: joint statement run together on one line; the word after the dash starts the next sentence
_END_DASH = re.compile(r"[.!?][\"'”’)\]]*--[ \t\u00a0]*(?=[\"“‘'(\[]*[A-Z])")
_NEWLINES = re.compile(r"\n[\s\u00a0]*")
_RUN_IN = re.compile(
    r"^[ \t\u00a0]*(?:[•*·▪‣◦\-–][ \t\u00a0]+)?([^:\n.;]{2,60}?):[ \t\u00a0]+(?=[\"“]?[A-Z])",
    re.M,
)
# the same for a text with "\r" in it: a lone "\r" (old Mac files) is a line break too (slower
# patterns, so used only when the text holds a "\r")
_NEWLINES_CR = re.compile(r"(?:\r\n?|\n)[\s\u00a0]*")
_RUN_IN_CR = re.compile(
    r"(?:^|(?<=\r))[ \t\u00a0]*(?:[•*·▪‣◦\-–][ \t\u00a0]+)?([^:\r\n.;]{2,60}?):[ \t\u00a0]+(?=[\"“]?[A-Z])",
    re.M,
)
#: a word no sentence, heading or list item ends on: an article, a preposition, a conjunction,
#: the first half of "United States / Kingdom / Nations" or of a title ("Vice\nMinister", "Deputy", "Prime")
_CONTINUES = re.compile(
    r"(?<![\w.-])(?:[Tt]he|[Aa]n?|of|and|or|to|in|on|for|with|by|at|from|that|which|will|would|shall|its|their|our|"
    r"between|under|United|Vice|Deputy|Assistant|Prime)$"
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
    if "-" in word and _DOTTED.fullmatch(word.rsplit("-", 1)[1]):
        word = word.rsplit("-", 1)[1]  # "a Japan-U.S. Joint Statement": the dotted part decides
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
    cr = "\r" in text
    for m in (_NEWLINES_CR if cr else _NEWLINES).finditer(text):
        end = m.end()
        if end >= len(text):
            continue
        if m.group().count("\n") + m.group().count("\r") - m.group().count("\r\n") == 1:
            j = m.start()  # the end of the line before, trailing blanks skipped
            while j > 0 and text[j - 1] in " \t\u00a0":
                j -= 1
            if text[end].islower() and j > 0 and text[j - 1] not in ".!?:;”\"’)":
                continue  # a hard-wrapped line
            if _CONTINUES.search(text, max(0, j - 12), j):
                continue  # a hard-wrapped line cut after a word no line ends on ("The\nUnited States")
        starts.add(end)
    for m in _END.finditer(text):
        if _is_boundary(text, m):
            starts.add(m.end())
    for m in _END_BULLET.finditer(text):
        starts.add(m.end())
    if "--" in text:
        for m in _END_DASH.finditer(text):
            starts.add(m.end())
    for m in (_RUN_IN_CR if cr else _RUN_IN).finditer(text):
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
