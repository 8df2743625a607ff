"""Matching predictions to gold items, one kind at a time, and scoring what matched
(attributes, labels, document metadata).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from ..records import Extraction

from .gold import _date, _Gold, _overlap, _overlaps, normalise_name
from .report import SESSION_RECORD, Finding, Report

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


#: a leading pair of countries ("U.S.-China", "China-US", "Japan-U.S.") and a trailing parenthesis
#: ("(Economic Track)", "(JCCT)"): the same forum is named either way round
_FORUM_PAIR = re.compile(r"^(?:(?:united states|[a-z.]+)-)+(?:united states|[a-z.]+)\s+")  # "United States-Peru" too
_FORUM_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def _forum_key(name: str | None) -> str:
    key = _FORUM_PAREN.sub("", normalise_name(name))
    return _FORUM_PAIR.sub("", key)


def _same_forum_name(a: str | None, b: str | None) -> bool:
    """Two names of one forum: equal once normalised, without a leading country pair or a
    trailing parenthesis ("China-US Strategic and Economic Dialogue" ~ "U.S.-China Strategic and
    Economic Dialogue")."""
    return bool(a and b) and _forum_key(a) == _forum_key(b)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _gold_session(gold: dict, doc: str) -> dict | None:
    raw = gold.get("session")
    if raw is None:
        return None
    where = f"{doc}: gold session"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: must be an object or null")
    # "name" (the forum's name as written) is compared when the text uses no acronym ("forum": null);
    # other keys document the annotator's reading ("start_if_year_known") and are ignored, like extra
    # keys everywhere else in a gold file
    ordinal = raw.get("ordinal")
    if ordinal is not None and (not isinstance(ordinal, int) or isinstance(ordinal, bool)):
        raise InputError(f"{where}.ordinal: must be an integer or null")
    chairs = raw.get("co_chairs") or []
    if not isinstance(chairs, list) or not all(isinstance(c, str) for c in chairs):
        raise InputError(f"{where}.co_chairs: must be a list of names")
    name = raw.get("name")
    if name is not None and not isinstance(name, str):
        raise InputError(f"{where}.name: must be a string or null")
    return {"forum": raw.get("forum"), "name": name, "ordinal": ordinal,
            "start": _iso(_date(raw.get("start"), f"{where}.start")), "end": _iso(_date(raw.get("end"), f"{where}.end")),
            "location": raw.get("location"), "co_chairs": chairs}


_HONORIFIC = re.compile(r"^(?:(?:the|mr|ms|mrs|dr|h\.?e|sri|shri|honou?rable)\.?\s+)+")
_SUFFIX = re.compile(r",?\s+(?:jr|sr)\.?$")


def _person_key(name: str) -> str:
    """A person's name for comparison: normalised, without an honorific ("the Honorable", "Mr."),
    a "Jr." suffix or the periods of initials: "Henry M Paulson, Jr." ~ "Henry M. Paulson"."""
    key = _SUFFIX.sub("", _HONORIFIC.sub("", normalise_name(name)))
    return key.replace(".", "").replace(" ,", ",")


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
        keys.append({_person_key(t) for t in texts if t} - {""})
    wanted = [_person_key(n) for n in names]
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
        w = want or {"forum": None, "name": None, "ordinal": None, "start": None, "end": None, "location": None,
                     "co_chairs": []}
        if w["forum"] is None and w["name"] is not None:
            # the text uses no acronym: the gold names the forum, compared with the predicted forum's name
            forum_ok = got is not None and _same_forum_name(w["name"], got.forum)
        else:
            # no forum named: right when no session is predicted or the predicted one has no forum
            # (a gold session of null expects no session at all)
            forum_ok = (got is None and w["forum"] is None) or (
                got is not None and want is not None and w["forum"] is None and got.forum is None) or (
                got is not None and w["forum"] is not None
                and any(_same_name(w["forum"], x) for x in (got.acronym, got.forum) if x))
        checks.append(("session_forum", forum_ok,
                       f"forum: gold {w['forum'] or w['name']}, predicted {got.acronym or got.forum if got else None}"))
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
    if "session" in gold:  # the session record alone: title, kind, issued, dates, place, co-chairs
        acc = report.metadata["session_record"]
        acc.total += 1
        acc.correct += all(ok for name, ok, _ in checks if name in SESSION_RECORD)
