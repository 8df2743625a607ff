"""Extraction × Extraction → :class:`Diff`, records aligned by meaning, not offsets.

Two uses: two runs (or two edited versions) of the same document — "did this
version change any figure?" — and two sessions — "what is new in the 23rd JCCT,
which commitments recur, which were dropped?". ``mode`` says which; ``"auto"``
decides from the documents' session, date line and title (see :func:`pick_mode`).

Alignment, per kind (docs/diff.md has the full rules and the threshold's evidence):

- commitments: the stable ``id`` first; then actors (at least one shared) plus text
  similarity ``rapidfuzz.fuzz.token_sort_ratio`` on normalised text >= ``THRESHOLD``,
  same topic preferred. In a revision such a pair is *changed*; between two sessions
  it is *recurring* (the same commitment restated, maybe with a new deadline).
- money and quantities: what they measure — the sentence around the figure with
  every number masked, plus the few words either side — same currency (unit), same
  year preferred; a figure whose context matches is *changed* ``amount: old → new``.
- dates: normalised text + value; then a date whose context matches.
- parties: by id. sections: by normalised title (the topic for null titles).

Spans, section ids, block ids and extractor rule ids are never compared: a span shift
caused by a paragraph added elsewhere is not a change. Text fields are compared after
normalisation (Unicode NFKC, quotes and dashes folded, whitespace collapsed, case
kept), so re-wrapping a line is not a change either.

Only the standard library and pydantic are imported here; rapidfuzz is imported when
a fuzzy comparison is needed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from .errors import InputError
from .extractors import RECORD_KINDS
from .records import Extraction

#: Minimum ``token_sort_ratio`` (0-100) for two commitment sentences, or two figure
#: contexts, to be the same thing. Justified in docs/diff.md: across 2,625 unrelated
#: sentence pairs (22nd fact sheet against itself and the six dev documents) the
#: highest score is 66.0; edited and restated commitments score 75.9-98.3.
THRESHOLD = 70

#: The kinds ``only`` takes, in report order: every record list of an Extraction.
KINDS: tuple[str, ...] = RECORD_KINDS
_SINGULAR = {"section": "sections", "party": "parties", "date": "dates", "quantity": "quantities",
             "commitment": "commitments"}

Mode = Literal["revision", "sessions"]

DIFF_VERSION = "1"


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Change:
    """One aligned pair whose values differ (or, for ``recurring``, a restatement)."""

    old: dict[str, Any]
    new: dict[str, Any]
    fields: dict[str, tuple[Any, Any]]
    similarity: float | None = None
    matched_by: str = "key"

    def to_dict(self) -> dict[str, Any]:
        return {
            "matched_by": self.matched_by,
            "similarity": self.similarity,
            "fields": {k: {"old": o, "new": n} for k, (o, n) in self.fields.items()},
            "old": self.old,
            "new": self.new,
        }


@dataclass
class KindDiff:
    """What changed in one record list."""

    kind: str
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    recurring: list[Change] = field(default_factory=list)
    unchanged: int = 0

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.recurring)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "recurring": len(self.recurring),
            "unchanged": self.unchanged,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **{"counts": self.counts()},
            "added": self.added,
            "removed": self.removed,
            "changed": [c.to_dict() for c in self.changed],
            "recurring": [c.to_dict() for c in self.recurring],
        }


@dataclass(frozen=True)
class Topics:
    new: list[str]
    dropped: list[str]
    both: list[str]

    def to_dict(self) -> dict[str, list[str]]:
        return {"new": self.new, "dropped": self.dropped, "both": self.both}


@dataclass
class Diff:
    """The whole comparison; ``to_json()`` is the documented ``--format json``."""

    old: dict[str, Any]
    new: dict[str, Any]
    mode: Mode
    only: list[str] | None
    document: dict[str, tuple[Any, Any]]
    topics: Topics
    kinds: dict[str, KindDiff]
    threshold: int = THRESHOLD

    @property
    def identical(self) -> bool:
        """True when nothing of substance differs (the exit-0 case)."""
        return not self.document and not any(k.differs for k in self.kinds.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "diff_version": DIFF_VERSION,
            "identical": self.identical,
            "mode": self.mode,
            "threshold": self.threshold,
            "only": self.only,
            "old": self.old,
            "new": self.new,
            "document": {k: {"old": o, "new": n} for k, (o, n) in self.document.items()},
            "topics": self.topics.to_dict(),
            "summary": {name: kd.counts() for name, kd in self.kinds.items()},
            "kinds": {name: kd.to_dict() for name, kd in self.kinds.items()},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- entry


def parse_only(value: str | None) -> set[str] | None:
    """``"commitments,money"`` → ``{"commitments", "money"}``; singular names accepted."""
    if value is None or not value.strip():
        return None
    kinds = set()
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        name = _SINGULAR.get(name, name)
        if name not in KINDS:
            raise InputError(f"--only: unknown kind {part.strip()!r} (choose from {', '.join(KINDS)})")
        kinds.add(name)
    return kinds or None


def compare(
    old: Extraction,
    new: Extraction,
    *,
    only: set[str] | None = None,
    mode: Literal["auto", "revision", "sessions"] = "auto",
    old_name: str | None = None,
    new_name: str | None = None,
    old_text: str | None = None,
    new_text: str | None = None,
) -> Diff:
    """Compare two extractions; deterministic for the same inputs.

    ``old_text`` / ``new_text`` are the source texts when known (better context for
    figures and dates); ``*_name`` is how the report names each side (default: the
    recorded source path).
    """
    if only is not None:
        unknown = set(only) - set(KINDS)
        if unknown:
            raise InputError(f"unknown kind(s) {', '.join(sorted(unknown))} (choose from {', '.join(KINDS)})")
    chosen: Mode = pick_mode(old, new) if mode == "auto" else mode
    kinds = [k for k in KINDS if only is None or k in only]
    ctx_old, ctx_new = _Doc(old, old_text), _Doc(new, new_text)
    result: dict[str, KindDiff] = {}
    for kind in kinds:
        result[kind] = _COMPARERS[kind](ctx_old, ctx_new, chosen)
    return Diff(
        old=_doc_ref(old, old_name),
        new=_doc_ref(new, new_name),
        mode=chosen,
        only=sorted(only, key=KINDS.index) if only else None,
        document=_document_changes(old, new) if only is None else {},
        topics=_topics(old, new),
        kinds=result,
    )


def pick_mode(old: Extraction, new: Extraction) -> Mode:
    """``sessions`` when the two are different documents (two meetings, or a fact sheet
    and an article), else ``revision`` (two versions or two runs of one document).

    Different session ordinals, date lines, titles or document kinds (each only when
    both sides know it) mean different documents. Otherwise the text decides: two
    documents that share fewer than half of their paragraphs and bullets (or
    commitment sentences) verbatim are different documents.
    """
    so, sn = old.document.session, new.document.session
    if so and sn and so.ordinal is not None and sn.ordinal is not None and (so.ordinal, so.acronym) != (sn.ordinal, sn.acronym):
        return "sessions"
    for a, b in (
        (old.document.issued, new.document.issued),
        (norm(old.document.title).casefold() or None, norm(new.document.title).casefold() or None),
        (old.document.kind if old.document.kind != "unknown" else None, new.document.kind if new.document.kind != "unknown" else None),
    ):
        if a is not None and b is not None and a != b:
            return "sessions"
    if old.source.text_sha256 == new.source.text_sha256:
        return "revision"
    return "revision" if _shared_text(old, new) >= 0.5 else "sessions"


def _shared_text(old: Extraction, new: Extraction) -> float:
    """The share of the smaller document's blocks (else commitments) found verbatim in the other."""
    from collections import Counter

    def texts(record: Extraction) -> Counter:
        found = Counter(norm(b.text).casefold() for s in record.sections for b in s.blocks)
        return found or Counter(norm(c.text).casefold() for c in record.commitments)

    a, b = texts(old), texts(new)
    if not a and not b:
        return 1.0
    return sum((a & b).values()) / max(1, min(sum(a.values()), sum(b.values())))


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


# --------------------------------------------------------------------------- alignment


def _pair(
    old: list,
    new: list,
    passes: list[Callable[[Any, Any], float | None]],
) -> tuple[list[tuple[int, int, float, int]], list[int], list[int]]:
    """Greedy one-to-one alignment, pass by pass.

    Each pass scores (old, new) pairs among those still free (None = not a candidate);
    highest score first, ties by the earlier old then the earlier new item, so the
    result is deterministic. Returns pairs (i, j, score, pass number) and the free
    indices of each side.
    """
    free_old, free_new = list(range(len(old))), list(range(len(new)))
    pairs: list[tuple[int, int, float, int]] = []
    for number, score in enumerate(passes):
        candidates = []
        for i in free_old:
            for j in free_new:
                s = score(old[i], new[j])
                if s is not None:
                    candidates.append((-s, i, j))
        candidates.sort()
        used_old, used_new = set(), set()
        for neg, i, j in candidates:
            if i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j, -neg, number))
        free_old = [i for i in free_old if i not in used_old]
        free_new = [j for j in free_new if j not in used_new]
    return pairs, free_old, free_new


def _exact_pass(key: Callable[[Any], Any]) -> Callable[[Any, Any], float | None]:
    """A pass that pairs equal keys only, in document order."""

    def score(a, b):
        return 100.0 if key(a) == key(b) else None

    return score


def _diff_fields(a: dict[str, Any], b: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    out = {}
    for name in names:
        va, vb = a.get(name), b.get(name)
        if isinstance(va, str) and isinstance(vb, str):
            same = norm(va) == norm(vb)
        else:
            same = va == vb
        if not same:
            out[name] = (va, vb)
    return out


def _build(
    kind: str,
    old_items: list[dict[str, Any]],
    new_items: list[dict[str, Any]],
    pairs: list[tuple[int, int, float, int]],
    free_old: list[int],
    free_new: list[int],
    compared: tuple[str, ...],
    *,
    recurring: Callable[[int], bool] = lambda number: False,
    how: tuple[str, ...] = (),
) -> KindDiff:
    """Sort the alignment into added / removed / changed / recurring / unchanged."""
    result = KindDiff(kind)
    result.removed = [old_items[i] for i in sorted(free_old)]
    result.added = [new_items[j] for j in sorted(free_new)]
    for i, j, score, number in sorted(pairs, key=lambda p: (p[1], p[0])):
        a, b = old_items[i], new_items[j]
        fields = _diff_fields(a, b, compared)
        matched_by = how[number] if number < len(how) else "key"
        sim = score if matched_by in ("similarity", "context") else None
        if recurring(number):
            result.recurring.append(Change(a, b, fields, sim, matched_by))
        elif fields:
            result.changed.append(Change(a, b, fields, sim, matched_by))
        else:
            result.unchanged += 1
    return result


# --------------------------------------------------------------------------- kinds


def _section_items(doc: _Doc) -> list[dict[str, Any]]:
    out = []
    for s in doc.record.sections:
        out.append({
            "title": s.title,
            "topic": s.topic,
            "level": s.level,
            "parent": doc.section_title(s.parent),
            "blocks": len(s.blocks),
        })
    return out


def _section_key(item: dict[str, Any]) -> str:
    return norm(item["title"] or item["topic"] or "").casefold()


def _sections(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    a, b = _section_items(old), _section_items(new)
    pairs, fo, fn = _pair(a, b, [_exact_pass(_section_key)])
    return _build("sections", a, b, pairs, fo, fn, ("title", "topic", "level", "parent"))


def _party_items(doc: _Doc) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name, "type": p.type, "country": p.country, "acronym": p.acronym, "titles": list(p.titles)}
        for p in doc.record.parties
    ]


def _parties(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    a, b = _party_items(old), _party_items(new)
    pairs, fo, fn = _pair(a, b, [_exact_pass(lambda p: p["id"])])
    return _build("parties", a, b, pairs, fo, fn, ("name", "type", "country", "acronym", "titles"))


def _context_score(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How alike the surroundings of two figures are: sentence and near window, averaged."""
    return round((similarity(a["_sentence"], b["_sentence"]) + similarity(a["_window"], b["_window"])) / 2, 1)


def _strip(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if not k.startswith("_")} for item in items]


def _date_items(doc: _Doc) -> list[dict[str, Any]]:
    out = []
    for d in doc.record.dates:
        sentence, window = doc.context(d.span, len(d.text))
        out.append({
            "text": d.text, "start": d.start.isoformat(), "end": d.end.isoformat(), "grain": d.grain,
            "role": d.role, "relative": d.relative, "context": sentence, "_sentence": sentence, "_window": window,
        })
    return out


def _dates(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    a, b = _date_items(old), _date_items(new)

    def value(d):
        return (d["start"], d["end"], d["grain"])

    def exact(x, y):
        if norm(x["text"]).casefold() != norm(y["text"]).casefold() or value(x) != value(y):
            return None
        return _context_score(x, y)

    def same_text(x, y):
        return 100.0 if norm(x["text"]).casefold() == norm(y["text"]).casefold() else None

    def same_place(x, y):
        if x["role"] != y["role"]:
            return None
        s = _context_score(x, y)
        return s if s >= THRESHOLD and x["_sentence"] and y["_sentence"] else None

    pairs, fo, fn = _pair(a, b, [exact, same_text, same_place])
    return _build(
        "dates", _strip(a), _strip(b), pairs, fo, fn, ("text", "start", "end", "grain", "role", "relative"),
        how=("value", "text", "context"),
    )


def _figure_items(doc: _Doc, records, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Money or quantity records as dicts: their values (JSON form) and the sentence
    and word window around them, which say what the figure measures."""
    out = []
    for r in records:
        dumped = r.model_dump(mode="json")
        sentence, window = doc.context(r.span, len(r.text))
        out.append({"text": r.text, **{f: dumped[f] for f in fields},
                    "context": sentence, "_sentence": sentence, "_window": window})
    return out


def _money_items(doc: _Doc) -> list[dict[str, Any]]:
    return _figure_items(doc, doc.record.money, ("currency", "amount", "amount_max", "qualifier", "year"))


def _quantity_items(doc: _Doc) -> list[dict[str, Any]]:
    return _figure_items(doc, doc.record.quantities, ("kind", "value", "value_max", "unit", "year"))


def _figures(kind: str, a: list, b: list, measure: Callable, value: Callable, compared: tuple[str, ...]) -> KindDiff:
    """Money and quantities: same measure (currency / unit) and a matching context."""

    def same_value(x, y):
        if measure(x) != measure(y) or value(x) != value(y):
            return None
        s = _context_score(x, y)
        return s + 100 if s >= THRESHOLD else None  # exact values first

    def same_context(x, y):
        if measure(x) != measure(y) or not (x["_sentence"] and y["_sentence"]):
            return None
        s = _context_score(x, y)
        if s < THRESHOLD:
            return None
        return s + (0.5 if x["year"] == y["year"] else 0.0)

    def value_only(x, y):
        # The same figure for the same year whose sentence was rewritten: changed context.
        if measure(x) != measure(y) or value(x) != value(y) or x["year"] is None or x["year"] != y["year"]:
            return None
        return _context_score(x, y)

    pairs, fo, fn = _pair(a, b, [same_value, same_context, value_only])
    pairs = [(i, j, _context_score(a[i], b[j]), n) for i, j, _, n in pairs]
    result = _build(kind, _strip(a), _strip(b), pairs, fo, fn, compared, how=("context", "context", "value"))
    return _drop_unknown_context(result)


def _drop_unknown_context(result: KindDiff) -> KindDiff:
    """A context known on one side only is not a change: keep it out of ``fields``."""
    kept = []
    for change in result.changed:
        fields = dict(change.fields)
        if "context" in fields and not all(fields["context"]):
            del fields["context"]
        if fields:
            kept.append(Change(change.old, change.new, fields, change.similarity, change.matched_by))
        else:
            result.unchanged += 1
    result.changed = kept
    return result


def _money(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    return _figures(
        "money", _money_items(old), _money_items(new),
        measure=lambda m: m["currency"],
        value=lambda m: (m["amount"], m["amount_max"], m["qualifier"], m["year"]),
        compared=("amount", "amount_max", "currency", "qualifier", "year", "text", "context"),
    )


def _quantities(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    return _figures(
        "quantities", _quantity_items(old), _quantity_items(new),
        measure=lambda q: (q["kind"], norm(q["unit"]).casefold()),
        value=lambda q: (q["value"], q["value_max"], q["year"]),
        compared=("value", "value_max", "kind", "unit", "year", "text", "context"),
    )


def _commitment_items(doc: _Doc) -> list[dict[str, Any]]:
    out = []
    for c in doc.record.commitments:
        deadline = None
        if c.deadline is not None:
            deadline = {"text": c.deadline.text, "start": c.deadline.start.isoformat(),
                        "end": c.deadline.end.isoformat(), "grain": c.deadline.grain}
        out.append({
            "id": c.id, "actors": sorted(c.actors), "verb": c.verb, "kind": c.kind, "negated": c.negated,
            "deadline": deadline, "topic": c.topic, "text": c.text,
        })
    return out


def _same_deadline(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a["start"], a["end"], a["grain"], norm(a["text"])) == (b["start"], b["end"], b["grain"], norm(b["text"]))


def _commitments(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    a, b = _commitment_items(old), _commitment_items(new)

    def by_id(x, y):
        return 100.0 if x["id"] == y["id"] else None

    def by_meaning(x, y):
        if x["actors"] and y["actors"] and not set(x["actors"]) & set(y["actors"]):
            return None
        s = similarity(x["text"], y["text"])
        if s < THRESHOLD:
            return None
        same_topic = bool(x["topic"]) and norm(x["topic"]).casefold() == norm(y["topic"]).casefold()
        return s + (0.5 if same_topic else 0.0)

    pairs, fo, fn = _pair(a, b, [by_id, by_meaning])
    pairs = [(i, j, (similarity(a[i]["text"], b[j]["text"]) if n else s), n) for i, j, s, n in pairs]
    result = _build(
        "commitments", a, b, pairs, fo, fn,
        ("actors", "verb", "kind", "negated", "deadline", "topic", "text"),
        recurring=lambda number: mode == "sessions",
        how=("id", "similarity"),
    )
    # A deadline is compared on its value and text, not on its span.
    for bucket in (result.changed, result.recurring):
        for k, change in enumerate(bucket):
            fields = dict(change.fields)
            if "deadline" in fields and _same_deadline(*fields["deadline"]):
                del fields["deadline"]
            bucket[k] = Change(change.old, change.new, fields, change.similarity, change.matched_by)
    unchanged = [c for c in result.changed if not c.fields]
    result.changed = [c for c in result.changed if c.fields]
    result.unchanged += len(unchanged)
    return result


_COMPARERS: dict[str, Callable[[_Doc, _Doc, Mode], KindDiff]] = {
    "sections": _sections,
    "parties": _parties,
    "dates": _dates,
    "money": _money,
    "quantities": _quantities,
    "commitments": _commitments,
}


# --------------------------------------------------------------------------- document


def _session_label(record: Extraction) -> str | None:
    s = record.document.session
    if s is None:
        return None
    name = s.acronym or s.forum
    if s.ordinal is None:
        return name
    n = s.ordinal
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {name}"


def _doc_ref(record: Extraction, name: str | None) -> dict[str, Any]:
    return {
        "path": name if name is not None else record.source.path,
        "title": record.document.title,
        "session": _session_label(record),
        "issued": record.document.issued.isoformat() if record.document.issued else None,
    }


def _document_changes(old: Extraction, new: Extraction) -> dict[str, tuple[Any, Any]]:
    a = old.document.model_dump(mode="json")
    b = new.document.model_dump(mode="json")
    out = {}
    for name in ("title", "kind", "issued", "session"):
        va, vb = a.get(name), b.get(name)
        if isinstance(va, str) and isinstance(vb, str) and norm(va) == norm(vb):
            continue
        if va != vb:
            out[name] = (va, vb)
    return out


def _topic_list(record: Extraction) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for s in record.sections:
        label = s.topic or s.title
        if label and norm(label).casefold() not in seen:
            seen[norm(label).casefold()] = norm(label)
    for c in record.commitments:
        if c.topic and norm(c.topic).casefold() not in seen:
            seen[norm(c.topic).casefold()] = norm(c.topic)
    return list(seen.items())


def _topics(old: Extraction, new: Extraction) -> Topics:
    a, b = _topic_list(old), _topic_list(new)
    keys_a = {k for k, _ in a}
    keys_b = {k for k, _ in b}
    return Topics(
        new=[label for k, label in b if k not in keys_a],
        dropped=[label for k, label in a if k not in keys_b],
        both=[label for k, label in b if k in keys_a],
    )
