"""The per-kind comparisons: sections, parties, dates, money, quantities, commitments;
and the document-level changes (session, title, topics).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import Extraction
from .align import _build, _diff_fields, _exact_pass, _pair
from .result import THRESHOLD, Change, KindDiff, Mode, Topics
from .similarity import _Doc, norm, similarity

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


#: What a recurring commitment is compared on (both sentences are shown whole).
RECURRING_FIELDS = ("actors", "verb", "kind", "negated", "deadline")


def _session_commitment_items(doc: _Doc) -> list[dict[str, Any]]:
    """Commitment items of a session diff: the revision items plus areas and restates."""
    return [{**item, "areas": list(c.areas), "restates": c.restates}
            for item, c in zip(_commitment_items(doc), doc.record.commitments)]


def _recurring_commitments(old: _Doc, new: _Doc) -> KindDiff:
    """Sessions mode: the shared cross-session pairing (:func:`.pairing.recurring`) decides
    what recurs; the rest is new (NEW only) or not repeated (OLD only)."""
    from .pairing import recurring

    a, b = _session_commitment_items(old), _session_commitment_items(new)
    pairs = recurring(old.record.commitments, new.record.commitments)
    result = KindDiff("commitments")
    paired_old, paired_new = {p.old for p in pairs}, {p.new for p in pairs}
    result.removed = [x for i, x in enumerate(a) if i not in paired_old]
    result.added = [x for j, x in enumerate(b) if j not in paired_new]
    for p in sorted(pairs, key=lambda p: (p.new, p.old)):
        x, y = a[p.old], b[p.new]
        fields = _diff_fields(x, y, RECURRING_FIELDS)
        if "deadline" in fields and _same_deadline(*fields["deadline"]):
            del fields["deadline"]
        matched_by = "id" if x["id"] == y["id"] else "pairing"
        result.recurring.append(Change(x, y, fields, p.score, matched_by, p.shared))
    return result


def _commitments(old: _Doc, new: _Doc, mode: Mode) -> KindDiff:
    if mode == "sessions":
        return _recurring_commitments(old, new)
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
