"""Text normalisation and similarity: the folding that makes re-wrapped or re-quoted text
equal, the fuzzy ratio (rapidfuzz, imported on first use) and the sentence around a
figure.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from ..records import Extraction

# --------------------------------------------------------------------------- text


_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2022": " ", "\u00b7": " ",
})


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """Text as compared: NFKC, quotes and dashes folded, whitespace collapsed (cached:
    the alignment passes compare every pair of items)."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).split())


_NUMBER = re.compile(r"(?:U\.S\.\s*)?[$€£¥]?\d+(?:,\d{3})*(?:\.\d+)?")


@lru_cache(maxsize=1 << 16)
def _sim_key(text: str) -> str:
    """Normalised, lower-cased, punctuation dropped: the string similarity is scored on."""
    return " ".join(re.sub(r"[^\w$%#]+", " ", norm(text).casefold()).split())


def similarity(a: str, b: str) -> float:
    """``token_sort_ratio`` of two texts after :func:`_sim_key`; two empties score 100."""
    ka, kb = _sim_key(a), _sim_key(b)
    if not ka and not kb:
        return 100.0
    from rapidfuzz import fuzz

    return round(float(fuzz.token_sort_ratio(ka, kb)), 1)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Inc|Co|Corp|Ltd|Gov|Sen|Rep|vs|etc)\.$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets inside a block; no split after "U.S." and similar abbreviations."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREV.search(text[: m.start() + 1]):
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(text)))
    return out


def _in_sentence(text: str, rel: int) -> tuple[str, int]:
    """The sentence of ``text`` that holds offset ``rel``, and ``rel`` inside it."""
    found = (0, len(text))
    for start, end in _sentences(text):
        if start <= rel:
            found = (start, end)
    return text[found[0] : found[1]], rel - found[0]


class _Doc:
    """One side of the comparison with what alignment needs: the text around a span.

    The sentence around a span comes from the source text when it is given (and has
    the recorded length), else from the block that holds the span, else from the
    commitment sentence that holds it; else it is unknown ("").
    """

    def __init__(self, record: Extraction, text: str | None = None) -> None:
        self.record = record
        self.text = text if text is not None and len(text) == record.source.chars else None
        blocks = sorted(
            ((b.span[0], b.span[1], b.text) for s in record.sections for b in s.blocks),
            key=lambda t: (t[0], t[1]),
        )
        self._blocks = blocks
        self._starts = [b[0] for b in blocks]
        self._commitments = [(c.span[0], c.span[1], c.text) for c in record.commitments]
        self._sections = {s.id: s for s in record.sections}

    def sentence(self, span: tuple[int, int]) -> tuple[str, int] | None:
        """(sentence text, offset of ``span`` in it), or None when nothing holds the span."""
        if self.text is not None and 0 <= span[0] <= span[1] <= len(self.text):
            ls = self.text.rfind("\n", 0, span[0]) + 1
            le = self.text.find("\n", span[1])
            line = self.text[ls : le if le >= 0 else len(self.text)]
            return _in_sentence(line, span[0] - ls)
        i = bisect_right(self._starts, span[0]) - 1
        if i >= 0:
            bs, be, text = self._blocks[i]
            if bs <= span[0] and span[1] <= be and len(text) == be - bs:
                return _in_sentence(text, span[0] - bs)
        for cs, ce, text in self._commitments:
            if cs <= span[0] and span[1] <= ce:
                return text, span[0] - cs
        return None

    def context(self, span: tuple[int, int], length: int) -> tuple[str, str]:
        """(masked sentence, masked window of 6 words each side) around a figure."""
        found = self.sentence(span)
        if found is None:
            return "", ""
        sentence, rel = found
        before = _NUMBER.sub("#", sentence[:rel])
        after = _NUMBER.sub("#", sentence[rel + length :])
        masked = norm(f"{before}<figure>{after}")
        window = " ".join(before.split()[-6:] + ["<figure>"] + after.split()[:6])
        return masked, norm(window)

    def section_title(self, section_id: str | None) -> str | None:
        s = self._sections.get(section_id) if section_id else None
        return s.title if s else None
