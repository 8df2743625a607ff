"""Scoring an extraction against a hand-made gold file (``docs/gold-format.md``).

Pure library code: no printing, no exiting. :func:`score` compares one
:class:`~jccttool.records.Extraction` with one gold file and returns a :class:`Report`;
:func:`score_many` and :func:`evaluate_corpus` add reports up (micro-averaging: the
counts of every document are summed before precision, recall and F1 are computed).

Matching, field by field (every match is one-to-one; a prediction matches at most one
gold item, so a duplicate prediction is a false positive):

- gold ``text`` + ``occurrence`` is resolved to a span of the source text first;
- money: spans overlap, and amount, amount_max and currency are equal;
- quantities: spans overlap and value is equal;
- dates: spans overlap and start, end and grain are equal; a ``fuzzy`` gold date
  instead needs the predicted interval to overlap its interval and to lie in its year;
- parties (per document, no spans): some normalised name of the prediction (its
  name, acronym or the source text of any mention) equals the gold name, acronym or
  an alias, and the countries are equal;
- commitments: the predicted span covers at least half of the gold sentence and the
  actor countries are equal (predicted actor ids are mapped to countries through
  ``pred.parties``; actors without a country are ignored);
- sections: titled sections by normalised title, one-to-one in document order;
  null-titled sections (headings the source lost) by their order among the
  null-titled sections. A predicted null-titled section without blocks (an empty
  preamble) is not counted.

Gold items marked ``"optional": true`` are neither rewarded nor punished: they are
matched after the required ones, and a prediction they absorb counts nowhere.
Among matched pairs the report also gives accuracies: date role, commitment kind,
negation and deadline (right when both are null or start and end are equal), and
section block counts.

Labels (``Report.labels``): among matched commitments whose gold has ``areas``, the
commitment–area pairs are counted (micro precision, recall and F1 of
``commitment_areas``). Document metadata (``Report.metadata``), when the gold file has
``title`` / ``session``: one right-or-wrong answer per document and field (title; with
a session object: kind, issued, the session's forum, ordinal, start, end, location and
co-chairs), and ``document_metadata``, right when every scored field is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .extractors import RECORD_KINDS

if TYPE_CHECKING:
    from .records import Extraction

#: The scored fields in report order: every record list of an Extraction, but the dates
#: scored after the figures (sections, parties, money, quantities, dates, commitments).
FIELDS: tuple[str, ...] = (*(k for k in RECORD_KINDS if k not in ("dates", "commitments")), "dates", "commitments")
ACCURACIES: tuple[str, ...] = ("section_blocks", "date_role", "commitment_kind", "commitment_negated", "commitment_deadline")
#: Label sets scored as pairs among matched records (precision/recall/F1, not in ``overall``).
LABELS: tuple[str, ...] = ("commitment_areas",)
#: Document metadata, exact match per document (scored when the gold file has the keys).
METADATA: tuple[str, ...] = ("title", "kind", "issued", "session_forum", "session_ordinal", "session_start",
                             "session_end", "session_location", "session_co_chairs", "document_metadata")
#: The issue-area slugs a gold ``areas`` list may hold (``shared/spec/issue-areas.md``).
AREA_SLUGS: frozenset[str] = frozenset({
    "ipr", "investment", "industrial-policy", "procurement", "standards", "agriculture", "services", "goods-trade",
    "export-controls", "transparency", "macroeconomic", "energy-environment", "health", "other",
})

# ---------------------------------------------------------------------------
# Report


@dataclass
class FieldScore:
    """True positives, false positives and misses of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2·TP / (2·TP + FP + FN); None when there was nothing to find and nothing found."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Accuracy:
    """Right answers among matched pairs."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass(frozen=True)
class Finding:
    """One miss, false positive or wrong attribute, for ``--explain``.

    ``kind`` is ``missed`` (a gold item no prediction matched), ``false_positive`` (a
    prediction no gold item matched) or ``wrong`` (a matched pair whose ``field``
    accuracy, e.g. ``date_role``, is wrong)."""

    document: str
    field: str
    kind: str
    text: str
    span: tuple[int, int] | None = None
    detail: str = ""

    def sort_key(self) -> tuple:
        return (self.document, FIELDS.index(self.field) if self.field in FIELDS else len(FIELDS), self.field,
                self.span or (-1, -1), self.kind, self.text, self.detail)


@dataclass
class Report:
    """Scores of one document or, added up, of many."""

    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ACCURACIES})
    labels: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in LABELS})
    metadata: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in METADATA})
    findings: list[Finding] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for name, value in other.fields.items():
            self.fields.setdefault(name, FieldScore()).add(value)
        for name, value in other.accuracies.items():
            self.accuracies.setdefault(name, Accuracy()).add(value)
        for name, value in other.labels.items():
            self.labels.setdefault(name, FieldScore()).add(value)
        for name, value in other.metadata.items():
            self.metadata.setdefault(name, Accuracy()).add(value)
        self.findings.extend(other.findings)
        self.documents.extend(other.documents)

    @property
    def overall(self) -> FieldScore:
        """All fields' counts summed."""
        total = FieldScore()
        for value in self.fields.values():
            total.add(value)
        return total

    def f1(self, name: str) -> float | None:
        """F1 of a field, of ``overall``, or an accuracy's value (for thresholds)."""
        if name == "overall":
            return self.overall.f1
        if name in self.fields:
            return self.fields[name].f1
        if name in self.accuracies:
            return self.accuracies[name].value
        if name in self.labels:
            return self.labels[name].f1
        if name in self.metadata:
            return self.metadata[name].value
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """A deterministic, JSON-ready summary (rates rounded to 4 places)."""

        def rate(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        def scores(s: FieldScore) -> dict[str, Any]:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": rate(s.precision),
                    "recall": rate(s.recall), "f1": rate(s.f1)}

        return {
            "documents": sorted(self.documents),
            "fields": {name: scores(self.fields[name]) for name in self.fields},
            "overall": scores(self.overall),
            "accuracies": {name: {"correct": a.correct, "total": a.total, "accuracy": rate(a.value)}
                           for name, a in self.accuracies.items()},
            "labels": {name: scores(value) for name, value in self.labels.items()},
            "metadata": {name: {"correct": a.correct, "total": a.total, "accuracy": rate(a.value)}
                         for name, a in self.metadata.items()},
            "findings": [
                {"document": f.document, "field": f.field, "kind": f.kind, "text": f.text,
                 "span": list(f.span) if f.span else None, "detail": f.detail}
                for f in sorted(self.findings, key=Finding.sort_key)
            ],
        }


# ---------------------------------------------------------------------------
# Normalisation helpers

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u2013": "-", "\u2014": "-", "\u2011": "-"})
_SPACE = re.compile(r"\s+")


def normalise_name(text: str | None) -> str:
    """Case-folded, quotes and dashes straightened, whitespace (NBSP too) collapsed,
    a leading "the " and trailing punctuation dropped: "the  U.S.’s" ~ "The U.S.'s"."""
    if not text:
        return ""
    out = _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()
    if out.startswith("the "):
        out = out[4:]
    return out.rstrip(" ,;:")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise InputError(f"{where}: expected a number, got {value!r}")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise InputError(f"{where}: expected a number, got {value!r}") from None


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: expected an ISO date (YYYY-MM-DD), got {value!r}") from None


# ---------------------------------------------------------------------------
# Gold items: validated and resolved to spans


@dataclass(frozen=True)
class _Gold:
    """One gold item, its span resolved; ``values`` holds the compared fields."""

    index: int
    text: str
    span: tuple[int, int] | None
    optional: bool
    values: dict[str, Any]


def _resolve(source_text: str, text: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = source_text.find(text, start + 1)
        if start < 0:
            break
    if start < 0:
        found = source_text.count(text)
        if not found:
            raise InputError(f"{where}: text {text!r} does not occur in the source text")
        raise InputError(f"{where}: text {text!r} occurs {found} time(s), not {occurrence}")
    return (start, start + len(text))


def _gold_items(gold: dict, name: str, source_text: str, doc: str) -> list[_Gold]:
    raw = gold.get(name) or []
    if not isinstance(raw, list):
        raise InputError(f"{doc}: gold {name!r} must be a list")
    items = []
    for i, item in enumerate(raw):
        where = f"{doc}: gold {name}[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where}: must be an object")
        optional = bool(item.get("optional", False))
        span = None
        text = ""
        if name not in ("sections", "parties"):
            text = item.get("text")
            if not isinstance(text, str) or not text:
                raise InputError(f"{where}: missing 'text'")
            occurrence = item.get("occurrence", 1)
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
                raise InputError(f"{where}: 'occurrence' must be a positive integer")
            span = _resolve(source_text, text, occurrence, where)
        values = _GOLD_VALUES[name](item, where)
        if name == "parties":
            text = values["name"]
        elif name == "sections":
            text = values["title"] if values["title"] is not None else "(untitled section)"
        items.append(_Gold(i, text, span, optional, values))
    return items


def _require(item: dict, key: str, where: str) -> Any:
    if key not in item:
        raise InputError(f"{where}: missing {key!r}")
    return item[key]


def _money_values(item: dict, where: str) -> dict:
    currency = _require(item, "currency", where)
    if not isinstance(currency, str):
        raise InputError(f"{where}: 'currency' must be a string")
    return {"amount": _decimal(_require(item, "amount", where), f"{where}.amount"),
            "amount_max": _decimal(item.get("amount_max"), f"{where}.amount_max"),
            "currency": currency.upper()}


def _quantity_values(item: dict, where: str) -> dict:
    return {"value": _decimal(_require(item, "value", where), f"{where}.value"), "kind": item.get("kind")}


def _date_values(item: dict, where: str) -> dict:
    start = _date(_require(item, "start", where), f"{where}.start")
    end = _date(_require(item, "end", where), f"{where}.end")
    if start is None or end is None:
        raise InputError(f"{where}: 'start' and 'end' must be dates")
    return {"start": start, "end": end, "grain": _require(item, "grain", where),
            "role": item.get("role"), "fuzzy": bool(item.get("fuzzy", False))}


def _countries(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        raise InputError(f"{where}: 'actors' must be a list of country codes")
    return tuple(sorted({c.upper() for c in raw}))


def _commitment_values(item: dict, where: str) -> dict:
    deadline = item.get("deadline")
    if deadline is not None:
        if not isinstance(deadline, dict):
            raise InputError(f"{where}: 'deadline' must be null or {{start, end}}")
        deadline = (_date(deadline.get("start"), f"{where}.deadline.start"),
                    _date(deadline.get("end"), f"{where}.deadline.end"))
    areas = item.get("areas")
    if areas is not None:
        if (not isinstance(areas, list) or not all(isinstance(a, str) for a in areas)
                or not set(areas) <= AREA_SLUGS or not areas):
            raise InputError(f"{where}: 'areas' must be a non-empty list of issue-area slugs")
        areas = frozenset(areas)
    return {"actors": _countries(_require(item, "actors", where), where), "kind": item.get("kind"),
            "negated": bool(item.get("negated", False)), "deadline": deadline, "areas": areas}


def _party_values(item: dict, where: str) -> dict:
    name = _require(item, "name", where)
    if not isinstance(name, str) or not name:
        raise InputError(f"{where}: 'name' must be a non-empty string")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list):
        raise InputError(f"{where}: 'aliases' must be a list")
    keys = {normalise_name(x) for x in [name, item.get("acronym"), *aliases] if isinstance(x, str)} - {""}
    return {"name": name, "keys": keys, "country": item.get("country")}


def _section_values(item: dict, where: str) -> dict:
    title = item.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f"{where}: 'title' must be a string or null")
    blocks = item.get("blocks")
    if blocks is not None and (not isinstance(blocks, int) or isinstance(blocks, bool)):
        raise InputError(f"{where}: 'blocks' must be an integer")
    return {"title": title, "blocks": blocks}


_GOLD_VALUES: dict[str, Callable[[dict, str], dict]] = {
    "sections": _section_values,
    "parties": _party_values,
    "money": _money_values,
    "quantities": _quantity_values,
    "dates": _date_values,
    "commitments": _commitment_values,
}

# ---------------------------------------------------------------------------
# Matching


def _match(gold: Sequence[_Gold], candidates: Callable[[_Gold], list[int]]) -> dict[int, int]:
    """One-to-one matching gold index -> prediction index, maximal (Kuhn's augmenting
    paths). Required gold items are placed first, so optional ones only take
    predictions that no required item can use. ``candidates`` lists a gold item's
    matching predictions, best first."""
    options = {g.index: candidates(g) for g in gold}
    owner: dict[int, int] = {}  # prediction -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pj in options[gi]:
            if pj in seen:
                continue
            seen.add(pj)
            if pj not in owner or augment(owner[pj], seen):
                owner[pj] = gi
                return True
        return False

    for g in sorted(gold, key=lambda g: (g.optional, g.index)):
        augment(g.index, set())
    return {gi: pj for pj, gi in owner.items()}


@dataclass(frozen=True)
class _Pred:
    """A prediction as the scorer sees it."""

    text: str
    span: tuple[int, int] | None
    record: Any


def _tally(report: Report, doc: str, name: str, gold: list[_Gold], preds: list[_Pred],
           pairs: dict[int, int], describe: Callable[[Any], str]) -> list[tuple[_Gold, _Pred]]:
    score = report.fields[name]
    matched_preds = set(pairs.values())
    out = []
    for g in gold:
        if g.index in pairs:
            if not g.optional:
                score.tp += 1
                out.append((g, preds[pairs[g.index]]))
        elif not g.optional:
            score.fn += 1
            report.findings.append(Finding(doc, name, "missed", g.text, g.span, _describe_gold(name, g)))
    for j, p in enumerate(preds):
        if j not in matched_preds:
            score.fp += 1
            report.findings.append(Finding(doc, name, "false_positive", p.text, p.span, describe(p.record)))
    return out


def _describe_gold(name: str, g: _Gold) -> str:
    v = g.values
    if name == "money":
        return f"{v['currency']} {v['amount']}" + (f"-{v['amount_max']}" if v["amount_max"] is not None else "")
    if name == "quantities":
        return f"{v['kind']} {v['value']}"
    if name == "dates":
        return f"{v['start']}..{v['end']} {v['grain']}" + (" fuzzy" if v["fuzzy"] else "")
    if name == "commitments":
        return f"actors {list(v['actors'])} {v['kind']}"
    if name == "parties":
        return f"country {v['country']}"
    if name == "sections":
        return f"{v['blocks']} blocks"
    return ""


def _accuracy(report: Report, doc: str, name: str, ok: bool, text: str, span, detail: str) -> None:
    acc = report.accuracies[name]
    acc.total += 1
    if ok:
        acc.correct += 1
    else:
        report.findings.append(Finding(doc, name, "wrong", text, span, detail))


def _by_overlap(g: _Gold, preds: list[_Pred], same: Callable[[Any], bool]) -> list[int]:
    """Predictions overlapping ``g`` whose values agree, largest overlap first."""
    found = [(-_overlap(g.span, p.span), j) for j, p in enumerate(preds)
             if p.span and _overlaps(g.span, p.span) and same(p.record)]
    return [j for _, j in sorted(found)]


def _score_money(report, doc, pred, gold_items):
    preds = [_Pred(m.text, tuple(m.span), m) for m in pred.money]

    def same(g):
        v = g.values
        return lambda m: (m.amount == v["amount"] and m.amount_max == v["amount_max"]
                          and m.currency.upper() == v["currency"])

    pairs = _match(gold_items, lambda g: _by_overlap(g, preds, same(g)))
    _tally(report, doc, "money", gold_items, preds, pairs,
           lambda m: f"{m.currency} {m.amount}" + (f"-{m.amount_max}" if m.amount_max is not None else ""))


def _score_quantities(report, doc, pred, gold_items):
    preds = [_Pred(q.text, tuple(q.span), q) for q in pred.quantities]
    pairs = _match(gold_items, lambda g: _by_overlap(g, preds, lambda q: q.value == g.values["value"]))
    _tally(report, doc, "quantities", gold_items, preds, pairs, lambda q: f"{q.kind} {q.value}")


def _date_matches(v: dict, d) -> bool:
    """Exact start, end and grain; for fuzzy gold ("the middle of 2012", "in the next
    few years") the intervals must overlap and the prediction must lie within the gold
    interval's years (one year for most fuzzy items, several for multi-year ones)."""
    if v["fuzzy"]:
        first, last = v["start"].year, v["end"].year
        return d.start <= v["end"] and v["start"] <= d.end and first <= d.start.year and d.end.year <= last
    return d.start == v["start"] and d.end == v["end"] and d.grain == v["grain"]


def _score_dates(report, doc, pred, gold_items):
    preds = [_Pred(d.text, tuple(d.span), d) for d in pred.dates]
    pairs = _match(gold_items, lambda g: _by_overlap(g, preds, lambda d: _date_matches(g.values, d)))
    for g, p in _tally(report, doc, "dates", gold_items, preds, pairs,
                       lambda d: f"{d.start}..{d.end} {d.grain} {d.role}"):
        if g.values["role"] is not None:
            _accuracy(report, doc, "date_role", p.record.role == g.values["role"], g.text, g.span,
                      f"role: gold {g.values['role']}, predicted {p.record.role}")


def _actor_countries(pred: Extraction) -> Callable[[Any], tuple[str, ...]]:
    country = {p.id: p.country for p in pred.parties}
    return lambda c: tuple(sorted({country[a].upper() for a in c.actors if country.get(a)}))


def _score_commitments(report, doc, pred, gold_items):
    preds = [_Pred(c.text, tuple(c.span), c) for c in pred.commitments]
    countries = _actor_countries(pred)

    def candidates(g: _Gold) -> list[int]:
        length = g.span[1] - g.span[0]
        found = [(-_overlap(g.span, p.span), j) for j, p in enumerate(preds)
                 if 2 * _overlap(g.span, p.span) >= length and countries(p.record) == g.values["actors"]]
        return [j for _, j in sorted(found)]

    pairs = _match(gold_items, candidates)
    matched = _tally(report, doc, "commitments", gold_items, preds, pairs,
                     lambda c: f"actors {list(countries(c))} {c.kind}")
    for g, p in matched:
        v, c = g.values, p.record
        if v["kind"] is not None:
            _accuracy(report, doc, "commitment_kind", c.kind == v["kind"], g.text, g.span,
                      f"kind: gold {v['kind']}, predicted {c.kind}")
        _accuracy(report, doc, "commitment_negated", c.negated == v["negated"], g.text, g.span,
                  f"negated: gold {v['negated']}, predicted {c.negated}")
        got = None if c.deadline is None else (c.deadline.start, c.deadline.end)
        want = v["deadline"]
        _accuracy(report, doc, "commitment_deadline", got == want, g.text, g.span,
                  f"deadline: gold {_interval(want)}, predicted {_interval(got)}")
        if v["areas"] is not None:
            gold_areas, pred_areas = v["areas"], frozenset(getattr(c, "areas", None) or ())
            areas = report.labels["commitment_areas"]
            areas.tp += len(gold_areas & pred_areas)
            areas.fp += len(pred_areas - gold_areas)
            areas.fn += len(gold_areas - pred_areas)
            if gold_areas != pred_areas:
                report.findings.append(Finding(doc, "commitment_areas", "wrong", g.text, g.span,
                                               f"areas: gold {sorted(gold_areas)}, predicted {sorted(pred_areas)}"))


def _interval(pair) -> str:
    return "null" if pair is None else f"{pair[0]}..{pair[1]}"


def _score_parties(report, doc, pred, gold_items, source_text):
    preds = [_Pred(p.name, p.mentions[0] if p.mentions else None, p) for p in pred.parties]
    keys = []
    for p in pred.parties:
        texts = [p.name, p.acronym, *(source_text[s:e] for s, e in p.mentions)]
        keys.append({normalise_name(t) for t in texts if t} - {""})

    def candidates(g: _Gold) -> list[int]:
        country = g.values["country"]
        return [j for j, p in enumerate(pred.parties)
                if (p.country or None) == (country or None) and keys[j] & g.values["keys"]]

    pairs = _match(gold_items, candidates)
    _tally(report, doc, "parties", gold_items, preds, pairs, lambda p: f"{p.id} country {p.country}")


def _score_sections(report, doc, pred, gold_items):
    sections = [s for s in pred.sections if s.title is not None or s.blocks]
    preds = [_Pred(s.title if s.title is not None else f"(untitled section {s.id})", tuple(s.span), s)
             for s in sections]
    null_rank = {j: r for r, j in enumerate(j for j, s in enumerate(sections) if s.title is None)}
    gold_null_rank = {g.index: r for r, g in enumerate(g for g in gold_items if g.values["title"] is None)}

    def candidates(g: _Gold) -> list[int]:
        title = g.values["title"]
        if title is None:
            return [j for j, r in null_rank.items() if r == gold_null_rank[g.index]]
        want = normalise_name(title)
        return [j for j, s in enumerate(sections) if s.title is not None and normalise_name(s.title) == want]

    pairs = _match(gold_items, candidates)
    for g, p in _tally(report, doc, "sections", gold_items, preds, pairs, lambda s: f"{len(s.blocks)} blocks"):
        if g.values["blocks"] is not None:
            _accuracy(report, doc, "section_blocks", len(p.record.blocks) == g.values["blocks"], g.text, p.span,
                      f"blocks: gold {g.values['blocks']}, predicted {len(p.record.blocks)}")


def _same_name(a: Any, b: Any) -> bool:
    return normalise_name(a if isinstance(a, str) else None) == normalise_name(b if isinstance(b, str) else None)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _gold_session(gold: dict, doc: str) -> dict | None:
    raw = gold.get("session")
    if raw is None:
        return None
    where = f"{doc}: gold session"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: must be an object or null")
    # other keys document the annotator's reading ("name", "start_if_year_known") and are
    # ignored, like extra keys everywhere else in a gold file
    ordinal = raw.get("ordinal")
    if ordinal is not None and (not isinstance(ordinal, int) or isinstance(ordinal, bool)):
        raise InputError(f"{where}.ordinal: must be an integer or null")
    chairs = raw.get("co_chairs") or []
    if not isinstance(chairs, list) or not all(isinstance(c, str) for c in chairs):
        raise InputError(f"{where}.co_chairs: must be a list of names")
    return {"forum": raw.get("forum"), "ordinal": ordinal,
            "start": _iso(_date(raw.get("start"), f"{where}.start")), "end": _iso(_date(raw.get("end"), f"{where}.end")),
            "location": raw.get("location"), "co_chairs": chairs}


def _co_chairs_match(names: list[str], pred: Extraction, source_text: str) -> bool:
    """Each gold name names a distinct predicted co-chair (its name, acronym or a mention)."""
    parties = {p.id: p for p in pred.parties}
    chairs = pred.document.session.co_chairs if pred.document.session else []
    if len(names) != len(chairs):
        return False
    keys = []
    for pid in chairs:
        p = parties.get(pid)
        texts = [pid] if p is None else [p.name, p.acronym, *(source_text[s:e] for s, e in p.mentions)]
        keys.append({normalise_name(t) for t in texts if t} - {""})
    wanted = [normalise_name(n) for n in names]
    pairs = _match([_Gold(i, n, None, False, {}) for i, n in enumerate(wanted)],
                   lambda g: [j for j, k in enumerate(keys) if g.text in k])
    return len(pairs) == len(names)


def _score_metadata(report: Report, doc: str, pred: Extraction, gold: dict, source_text: str) -> None:
    checks: list[tuple[str, bool, str]] = []
    info = pred.document
    if "title" in gold:
        checks.append(("title", _same_name(gold["title"], info.title), f"title: gold {gold['title']!r}, predicted {info.title!r}"))
    if "session" in gold:
        want = _gold_session(gold, doc)
        got = info.session
        for name in ("kind", "issued"):
            if name in gold:
                predicted = _iso(getattr(info, name))
                checks.append((name, predicted == gold[name], f"{name}: gold {gold[name]}, predicted {predicted}"))
        w = want or {"forum": None, "ordinal": None, "start": None, "end": None, "location": None, "co_chairs": []}
        forum_ok = (got is None and w["forum"] is None) or (
            got is not None and w["forum"] is not None
            and any(_same_name(w["forum"], x) for x in (got.acronym, got.forum) if x))
        checks.append(("session_forum", forum_ok,
                       f"forum: gold {w['forum']}, predicted {got.acronym or got.forum if got else None}"))
        pairs = [("ordinal", w["ordinal"], got.ordinal if got else None),
                 ("start", w["start"], _iso(got.start) if got else None),
                 ("end", w["end"], _iso(got.end) if got else None)]
        for name, a, b in pairs:
            checks.append((f"session_{name}", a == b, f"{name}: gold {a}, predicted {b}"))
        location = got.location if got else None
        checks.append(("session_location", _same_name(w["location"], location),
                       f"location: gold {w['location']}, predicted {location}"))
        chairs_ok = _co_chairs_match(w["co_chairs"], pred, source_text) if got else not w["co_chairs"]
        checks.append(("session_co_chairs", chairs_ok,
                       f"co_chairs: gold {w['co_chairs']}, predicted {got.co_chairs if got else []}"))
    if not checks:
        return
    for name, ok, detail in checks:
        acc = report.metadata[name]
        acc.total += 1
        acc.correct += ok
        if not ok:
            report.findings.append(Finding(doc, name, "wrong", info.title or "", None, detail))
    acc = report.metadata["document_metadata"]
    acc.total += 1
    acc.correct += all(ok for _, ok, _ in checks)


# ---------------------------------------------------------------------------
# Entry points


def score(pred: Extraction, gold: dict, source_text: str) -> Report:
    """Score one extraction against one gold file (as loaded JSON).

    Raises :class:`InputError` when the gold file is malformed or one of its texts
    does not occur in ``source_text``."""
    if not isinstance(gold, dict):
        raise InputError("gold file must be a JSON object")
    doc = str(gold.get("document") or pred.source.path)
    report = Report(documents=[doc])
    items = {name: _gold_items(gold, name, source_text, doc) for name in FIELDS}
    _score_sections(report, doc, pred, items["sections"])
    _score_parties(report, doc, pred, items["parties"], source_text)
    _score_money(report, doc, pred, items["money"])
    _score_quantities(report, doc, pred, items["quantities"])
    _score_dates(report, doc, pred, items["dates"])
    _score_commitments(report, doc, pred, items["commitments"])
    _score_metadata(report, doc, pred, gold, source_text)
    report.findings.sort(key=Finding.sort_key)
    return report


def score_many(pairs: Iterable[tuple[Extraction, dict, str]]) -> Report:
    """Micro-averaged report over ``(pred, gold, source_text)`` triples."""
    total = Report()
    for pred, gold, source_text in pairs:
        total.add(score(pred, gold, source_text))
    total.findings.sort(key=Finding.sort_key)
    return total


# ---------------------------------------------------------------------------
# Files

GOLD_SUFFIX = ".gold.json"


def load_gold(path: str | Path) -> dict:
    """Read a gold file; :class:`InputError` with the file name when unreadable."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a gold file (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a gold file (expected a JSON object)")
    if not isinstance(data.get("document"), str) or not data["document"]:
        raise InputError(f"{path}: not a gold file (missing 'document')")
    return data


def gold_stem(path: str | Path) -> str:
    """``tests/gold/x.gold.json`` -> ``x``."""
    name = Path(path).name
    return name[: -len(GOLD_SUFFIX)] if name.endswith(GOLD_SUFFIX) else Path(name).stem


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files of a folder, sorted by name."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"{gold_dir}: not a folder")
    return sorted(folder.glob(f"*{GOLD_SUFFIX}"))


def default_source_dirs(gold_dir: str | Path) -> list[Path]:
    """Where the documents of a gold folder are looked for: the folder itself, then
    ``../corpus/dev`` and ``../../data/raw`` (the repository layout), ``../data/raw``."""
    folder = Path(gold_dir)
    return [folder, folder.parent / "corpus" / "dev", folder.parent.parent / "data" / "raw",
            folder.parent / "data" / "raw"]


def find_source(document: str, source_dirs: Iterable[str | Path]) -> Path:
    """The first ``<dir>/<document>`` that exists."""
    tried = []
    for folder in source_dirs:
        candidate = Path(folder) / document
        if candidate.is_file():
            return candidate
        tried.append(str(folder))
    raise InputError(f"{document}: source text not found (looked in {', '.join(tried) or 'no folder'})")


def read_source_text(path: str | Path) -> str:
    """The source text spans index: the file decoded exactly as ``extract`` decodes it."""
    from .readers import read_source

    return read_source(str(path)).text


def evaluate_corpus(gold_dir: str | Path, source_dirs: Iterable[str | Path] | None = None) -> Report:
    """Extract every document named by the gold files of ``gold_dir`` and score it.

    Sources are looked for in ``source_dirs`` (default: :func:`default_source_dirs`).
    Imports the extraction pipeline (spaCy) on first use."""
    from .pipeline import extract_path

    dirs = list(source_dirs) if source_dirs is not None else default_source_dirs(gold_dir)
    files = gold_files(gold_dir)
    if not files:
        raise InputError(f"{gold_dir}: no *{GOLD_SUFFIX} files")
    triples = []
    for path in files:
        gold = load_gold(path)
        source = find_source(gold["document"], dirs)
        pred = extract_path(str(source))
        triples.append((pred, gold, read_source_text(source)))
    return score_many(triples)
