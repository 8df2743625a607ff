"""The sessions-mode diff for an analyst: text lines and a Markdown briefing note.

Reads a sessions-mode :class:`~jccttool.compare.Diff` (its ``report``, a
:class:`~jccttool.compare.sessions.SessionReport`) and never changes it. First a
one-screen summary (the session field by field, commitments per issue area: new,
recurring, not repeated), then per area the recurring pairs side by side, the new
commitments, those not repeated and the references to earlier sessions, then the
figures with the sentence that says what each measures.

A commitment that stands in several areas is written out in the first of them (in the
taxonomy's order) and named by its first words in the others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .parse import visible

if TYPE_CHECKING:
    from ..compare import Change, Diff
    from ..compare.sessions import SessionReport

#: Human names of the issue areas (shared/spec/issue-areas.md).
AREA_NAMES = {
    "ipr": "Intellectual property rights",
    "investment": "Investment",
    "industrial-policy": "Industrial policy and state intervention",
    "procurement": "Government procurement",
    "standards": "Standards, technical regulations and conformity assessment",
    "agriculture": "Agriculture and food safety",
    "services": "Services",
    "goods-trade": "Trade in goods and trade remedies",
    "export-controls": "Export controls and high-technology trade",
    "transparency": "Transparency and rule of law",
    "macroeconomic": "Macroeconomic and financial policy",
    "energy-environment": "Energy, environment and climate",
    "health": "Health and medical products",
    "other": "Other",
}

_FIGURE_NOTE = "what each measures: its sentence, the figure as <figure>, other numbers as #"
_STATUS = {"recurring": "recurring area", "new": "new area", "not_repeated": "not repeated"}
_FIELD_LABELS = {"forum": "forum", "ordinal": "ordinal", "dates": "dates", "location": "place",
                 "co_chairs": "co-chairs", "participants": "participants"}
_DEADLINE_LEAD = re.compile(r"^(?:by|before|until|till|no later than|not later than|within|in|during|at|on|from|starting|beginning|after|prior to)\b", re.I)
_SHORT_WORDS = 10


# --------------------------------------------------------------------------- wording


def deadline_words(text: str) -> str:
    """A deadline as a reader says it: "by June 2012", never "by by June 2012"."""
    text = " ".join(text.split())
    return text if _DEADLINE_LEAD.match(text) else f"by {text}"


def _names(report: SessionReport, ids) -> str:
    return ", ".join(report.name(i) for i in ids) or "no actor"


def _tag(report: SessionReport, item: dict[str, Any]) -> str:
    """Who, what kind, the deadline: the bracket after a commitment's sentence."""
    bits = [_names(report, item["actors"]), item["kind"]]
    if item.get("deadline"):
        bits.append(deadline_words(item["deadline"]["text"]))
    if item.get("restates"):
        bits.append("restates an earlier pledge")
    return "; ".join(bits)


def _commitment(report: SessionReport, item: dict[str, Any], label: str | None = None) -> tuple[str | None, str, str | None]:
    return label, item["text"], _tag(report, item)


def _same_words(ch: Change) -> bool:
    return " ".join(ch.old["text"].split()) == " ".join(ch.new["text"].split())


def _short(item: dict[str, Any]) -> str:
    words = item["text"].split()
    return " ".join(words[:_SHORT_WORDS]) + ("…" if len(words) > _SHORT_WORDS else "")


def _value(report: SessionReport, name: str, v: Any) -> str:
    if v is None or v == []:
        return "none"
    if name == "deadline":
        return deadline_words(v["text"])
    if name in ("actors", "co_chairs"):
        return _names(report, v)
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)


def _changes(report: SessionReport, ch: Change) -> str:
    return "; ".join(f"{name}: {_value(report, name, o)} → {_value(report, name, n)}" for name, (o, n) in ch.fields.items())


def _session_value(report: SessionReport, name: str, old: Any, new: Any) -> str:
    if name == "co_chairs" and old != new and old and new:
        kept = [x for x in new if x in old]
        parts = []
        if kept:
            parts.append("kept " + _names(report, kept))
        if [x for x in new if x not in old]:
            parts.append("new " + _names(report, [x for x in new if x not in old]))
        if [x for x in old if x not in new]:
            parts.append("gone " + _names(report, [x for x in old if x not in new]))
        return "; ".join(parts)
    a, b = _value(report, name, old), _value(report, name, new)
    return f"{a} (same)" if old == new else f"{a} → {b}"


def _figure(kind: str, item: dict[str, Any]) -> str:
    if kind == "money":
        amount = item["amount"]
        year = f", {item['year']}" if item.get("year") else ""
        return f"{item['text']} ({item['currency']} {amount:,}{year})" if isinstance(amount, (int, float)) else item["text"]
    unit = f" {item['unit']}" if item.get("unit") else ""
    year = f", {item['year']}" if item.get("year") else ""
    value = item["value"]
    return f"{item['text']} ({value:,}{unit}{year})" if isinstance(value, (int, float)) else item["text"]


def _amount(name: str, v: Any) -> str:
    """Amounts with thousands separators; years and other fields as they are."""
    if name in ("amount", "amount_max", "value", "value_max") and isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:,}"
    return "none" if v is None else str(v)


def _figure_change(ch: Change) -> str:
    shown = [(n, o, v) for n, (o, v) in ch.fields.items() if n not in ("text", "context")]
    values = "; ".join(f"{n}: {_amount(n, o)} → {_amount(n, v)}" for n, o, v in shown)
    return f"{ch.old['text']} → {ch.new['text']}" + (f" ({values})" if values else "")


def _measures(item: dict[str, Any]) -> str:
    return item.get("context") or "(the sentence is not known)"


def _date_context(item: dict[str, Any]) -> str | None:
    return (item.get("context") or "").replace("<figure>", "<date>") or None


def _reference(ref: dict[str, Any]) -> str:
    what = [ref["refers_to"]]
    if ref.get("forum"):
        what.append(ref["forum"])
    if ref.get("ordinal") is not None:
        what.append(f"no. {ref['ordinal']}")
    if ref.get("year") is not None:
        what.append(str(ref["year"]))
    tail = " — names the old session" if ref.get("names_old_session") else ""
    return f"\"{ref['text']}\" ({', '.join(what)}){tail}"


def _session_title(side: dict[str, Any]) -> str:
    return side.get("session") or side.get("title") or side["path"]


def _describe(side: dict[str, Any]) -> str:
    bits = [b for b in (side.get("session"), side.get("issued")) if b]
    label = side.get("title") or ""
    return f"{side['path']}" + (f": {label}" if label else "") + (f" ({', '.join(bits)})" if bits else "")


# --------------------------------------------------------------------------- the parts, as data


class _Placed:
    """Where each commitment was first written out (its first area in taxonomy order)."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def seen(self, key: str, area: str) -> str | None:
        if key in self.first:
            return self.first[key]
        self.first[key] = area
        return None


def _area_parts(report: SessionReport, area: str, placed: _Placed):
    """(heading, [(mark, lines)]) for one area: recurring, new, not repeated, references."""
    c = report.commitments
    recurring = [ch for ch in c.recurring if area in report.pair_areas(ch)]
    new = [i for i in c.added if area in report.commitment_areas(i)]
    gone = [i for i in c.removed if area in report.commitment_areas(i)]
    refs = [r for r in report.references["new"] if area in (r["areas"] or [])]
    old_refs = [r for r in report.references["old"] if area in (r["areas"] or [])] if report.everything else []
    parts = []
    if recurring:
        rows = []
        for ch in recurring:
            where = placed.seen("p:" + ch.old["id"] + ch.new["id"], area)
            if where:
                rows.append([(None, f"(under {where}) {_short(ch.new)}", None)])
                continue
            if _same_words(ch):
                row = [_commitment(report, ch.new, "same words")]
            else:
                row = [_commitment(report, ch.old, "old"), _commitment(report, ch.new, "new")]
            if ch.fields or len(row) > 1:
                row.append(("changed", _changes(report, ch) if ch.fields else "nothing but the wording", None))
            rows.append(row)
        parts.append(("Recurring", "=", rows))
    for title, mark, items, key in (("New", "+", new, "n:"), ("Not repeated", "-", gone, "o:")):
        if items:
            rows = []
            for item in items:
                where = placed.seen(key + item["id"], area)
                rows.append([(None, f"(under {where}) {_short(item)}", None) if where else _commitment(report, item)])
            parts.append((title, mark, rows))
    if refs:
        parts.append(("References to earlier sessions", ">", [[(None, _reference(r), None)] for r in refs]))
    if old_refs:
        parts.append(("References in the old session", ">", [[(None, _reference(r), None)] for r in old_refs]))
    return parts


def _summary_rows(report: SessionReport) -> list[tuple[str, str, int, int, int]]:
    return [(a.area, _STATUS[a.status], *a.counts().values()) for a in report.areas]


def _other_kinds(report: SessionReport):
    """(title, note, [(mark, headline, detail or None)]) for figures, dates, parties, sections."""
    out = []
    figures = []
    kinds = [(kind, report.kinds[kind]) for kind in ("money", "quantities") if kind in report.kinds]
    figures += [("~", _figure_change(ch), _measures(ch.new)) for _, kd in kinds for ch in kd.changed]
    figures += [("+", _figure(kind, i), _measures(i)) for kind, kd in kinds for i in kd.added]
    figures += [("-", _figure(kind, i), _measures(i)) for kind, kd in kinds for i in kd.removed]
    if figures:
        out.append(("Figures", _FIGURE_NOTE, figures))
    kd = report.kinds.get("dates")
    if kd is not None and (kd.added or kd.removed or kd.changed):
        rows = [("~", f"{ch.old['text']} → {ch.new['text']} ({ch.new['start']}..{ch.new['end']}, {ch.new['role']})", _date_context(ch.new))
                for ch in kd.changed]
        rows += [(m, f"{d['text']} ({d['start']}..{d['end']}, {d['grain']}, {d['role']})", _date_context(d))
                 for m, items in (("+", kd.added), ("-", kd.removed)) for d in items]
        out.append(("Dates", "each with its sentence, the date as <date>", rows))
    kd = report.kinds.get("parties")
    if kd is not None and (kd.added or kd.removed or kd.changed):
        rows = [(m, f"{p['name']} ({p['id']}, {p['type']})", None) for m, items in (("+", kd.added), ("-", kd.removed)) for p in items]
        rows += [("~", f"{ch.new['name']} ({ch.new['id']})", "; ".join(f"{n}: {o} → {v}" for n, (o, v) in ch.fields.items())) for ch in kd.changed]
        out.append(("Parties", None, rows))
    kd = report.kinds.get("sections")
    if kd is not None and (kd.added or kd.removed or kd.changed):
        rows = [(m, s.get("title") or s.get("topic") or "(untitled)", None) for m, items in (("+", kd.added), ("-", kd.removed)) for s in items]
        out.append(("Sections", None, rows))
    return out


def _figure_counts(report: SessionReport) -> str:
    bits = []
    for kind in ("money", "quantities"):
        kd = report.kinds.get(kind)
        if kd is not None:
            bits.append(f"{kind} {len(kd.changed)} changed, {len(kd.added)} new, {len(kd.removed)} not repeated, {kd.unchanged} the same")
    return "; ".join(bits)


def _hidden(report: SessionReport) -> str:
    if not report.hidden:
        return ""
    return "Not listed (--all lists them): " + ", ".join(
        f"{n} {k}" + (" (year-only, date lines, the sessions' own dates, role-only changes, not repeated)" if k == "dates" else "")
        for k, n in report.hidden.items())


# --------------------------------------------------------------------------- text


def text_lines(result: Diff):
    """(line, rich style) of the sessions report."""
    for line, style in _text_lines(result):
        yield visible(line), style


def _text_lines(result: Diff):
    report: SessionReport = result.report
    yield f"old: {_describe(result.old)}", "dim"
    yield f"new: {_describe(result.new)}", "dim"
    yield (f"compared as two sessions: {_session_title(result.old)} → {_session_title(result.new)}"
           + (f"; only {', '.join(result.only)}" if result.only else "")), "dim"
    s = report.session
    yield f"Session  {_FIELD_LABELS['forum']}: {_session_value(report, 'forum', *s['forum'])}", "bold"
    for row in (("ordinal", "dates"), ("location", "participants"), ("co_chairs",)):
        yield "  " + " · ".join(f"{_FIELD_LABELS[n]}: {_session_value(report, n, *s[n])}" for n in row), None
    if report.commitments is not None:
        rows = _summary_rows(report)
        width = max([len(r[0]) for r in rows] + [len("all (each once)")])
        yield f"{'Commitments by issue area':<{width + 18}}{'new':>4} {'recurring':>9} {'not repeated':>12}", "bold"
        for area, status, n, r, o in rows:
            yield f"  {area:<{width}} {status:<14} {n:>4} {r:>9} {o:>12}", None
        c = report.commitments
        yield f"  {'all (each once)':<{width}} {'':<14} {len(c.added):>4} {len(c.recurring):>9} {len(c.removed):>12}", "bold"
        refs_new, refs_old = report.references["new"], report.references["old"]
        naming = sum(1 for r in refs_new if r["names_old_session"])
        yield (f"References to earlier sessions: {len(refs_new)} in the new session ({naming} naming the old one), "
               f"{len(refs_old)} in the old"), None
    counts = _figure_counts(report)
    if counts:
        yield f"Figures: {counts}", None
    if report.hidden:
        yield _hidden(report), "dim"
    placed = _Placed()
    for entry in report.areas if report.commitments is not None else []:
        yield "", None
        c = entry.counts()
        yield (f"== {entry.area}: {AREA_NAMES.get(entry.area, entry.area)} ({_STATUS[entry.status]}): "
               f"{c['new']} new, {c['recurring']} recurring, {c['not_repeated']} not repeated"), "bold"
        for title, mark, rows in _area_parts(report, entry.area, placed):
            yield f"  {title}", "bold"
            for row in rows:
                for k, (label, text, tag) in enumerate(row):
                    line = (f"{label}: " if label else "") + text + (f" [{tag}]" if tag else "")
                    style = "yellow" if label == "changed" else _STYLE[mark]
                    yield (f"    {mark} {line}" if k == 0 else f"      {line}"), style
    general = [r for r in report.references["new"] if not r["areas"]]
    if general:
        yield "", None
        yield "== References to earlier sessions outside any issue area", "bold"
        for r in general:
            yield f"    > {_reference(r)}", None
    for title, note, rows in _other_kinds(report):
        yield "", None
        yield f"== {title}" + (f" ({note})" if note else ""), "bold"
        for mark, head, detail in rows:
            yield f"    {mark} {head}", _STYLE[mark]
            if detail:
                yield f"        {detail}", "dim"
    yield "", None
    yield ("No differences." if result.identical else "Differences found."), "bold"


_MD_LABELS = {"old": "Then", "new": "Now", "same words": "Then and now", "changed": "Changed"}
_STYLE = {"=": "cyan", "+": "green", "-": "red", "~": "yellow", ">": None}


# --------------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    out = visible(str(text)).replace("\\", "\\\\").replace("|", "\\|")
    for ch in "*_`[]<>":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def render_markdown(result: Diff) -> str:
    """The sessions diff as a briefing note."""
    report: SessionReport = result.report
    old, new = _session_title(result.old), _session_title(result.new)
    lines = [
        f"# {_md(old)} → {_md(new)}: what is new, what recurs, what was not repeated",
        "",
        f"- **Old:** {_md(_describe(result.old))}",
        f"- **New:** {_md(_describe(result.new))}",
    ]
    if result.only:
        lines.append(f"- **Compared:** only {_md(', '.join(result.only))}")
    lines += ["", "## At a glance", "", "| session | old | new |", "|---|---|---|"]
    for name in report.session:
        o, n = report.session[name]
        lines.append(f"| {_FIELD_LABELS[name]} | {_md(_value(report, name, o))} | {_md(_value(report, name, n))} |")
    lines.append("")
    c = report.commitments
    if c is not None:
        lines += ["| issue area | | new | recurring | not repeated |", "|---|---|---:|---:|---:|"]
        for area, status, n, r, o in _summary_rows(report):
            lines.append(f"| {_md(AREA_NAMES.get(area, area))} ({area}) | {status} | {n} | {r} | {o} |")
        lines.append(f"| **all** (each commitment once) | | {len(c.added)} | {len(c.recurring)} | {len(c.removed)} |")
        lines.append("")
        refs_new, refs_old = report.references["new"], report.references["old"]
        naming = sum(1 for r in refs_new if r["names_old_session"])
        lines += [f"References to earlier sessions: {len(refs_new)} in the new session ({naming} naming the old one), "
                  f"{len(refs_old)} in the old.", ""]
    counts = _figure_counts(report)
    if counts:
        lines += [f"Figures: {_md(counts)}.", ""]
    if report.hidden:
        lines += [_md(_hidden(report)) + ".", ""]
    placed = _Placed()
    for entry in report.areas if c is not None else []:
        k = entry.counts()
        lines += [f"## {_md(AREA_NAMES.get(entry.area, entry.area))} ({entry.area})", "",
                  f"*{_STATUS[entry.status].capitalize()}: {k['new']} new, {k['recurring']} recurring, {k['not_repeated']} not repeated.*", ""]
        for title, _mark, rows in _area_parts(report, entry.area, placed):
            lines += [f"### {title}", ""]
            for row in rows:
                for k, (label, text, tag) in enumerate(row):
                    head = f"**{_MD_LABELS[label]}:** " if label else ""
                    body = f"*{_md(text)}*" if label == "changed" else _md(text) + (f" — *{_md(tag)}*" if tag else "")
                    brk = "\\" if k < len(row) - 1 else ""  # a hard line break inside the item
                    lines.append(("- " if k == 0 else "  ") + head + body + brk)
            lines.append("")
    general = [r for r in report.references["new"] if not r["areas"]]
    if general:
        lines += ["## References to earlier sessions outside any issue area", ""] + [f"- {_md(_reference(r))}" for r in general] + [""]
    words = {"~": "changed", "+": "new", "-": "not repeated"}
    for title, note, rows in _other_kinds(report):
        lines += [f"## {_md(title)}", ""] + ([f"*{_md(note[:1].upper() + note[1:])}.*", ""] if note else [])
        for mark, head, detail in rows:
            lines.append(f"- *{words.get(mark, mark)}:* {_md(head)}" + (f" — {_md(detail)}" if detail else ""))
        lines.append("")
    lines.append(f"*{'No differences.' if result.identical else 'Differences found.'}*")
    return "\n".join(lines).rstrip("\n") + "\n"
