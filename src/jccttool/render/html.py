"""A self-contained HTML report of one extraction, made for checking it by eye: a
header (title, kind, issued, the session with its dates, place and co-chairs, the
warnings, counts of distinct records), the document text with every extracted record
highlighted in place, then tables of commitments, parties, money, quantities and dates.
Deadlines are marked apart from other dates, each commitment starts with a visible
bar (alternate ones tinted differently), ids never wrap.

One file, inline CSS, no scripts, no external resources: it opens from disk, from a
mail attachment or from a CI artefact alike. Hovering a highlight shows its normalised
value (the ``title`` attribute); the tables link to the highlights.

Highlights nest: commitments (whole sentences) are underlined with a tint, parties,
dates, money and quantities are inline marks inside them. Marks that overlap without
nesting are split at the boundary, so the HTML stays well formed; every piece keeps
its record's ``data-rec`` and ``title``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path

from .. import __version__
from ..errors import InputError
from ..records import Extraction

#: record kind -> (label, colour) — the colours of the legend and the marks.
KINDS: dict[str, tuple[str, str]] = {
    "commitment": ("commitments", "#fff3c4"),
    "party": ("parties", "#cfe3ff"),
    "date": ("dates", "#d7f5d0"),
    "money": ("money", "#ffd6d6"),
    "quantity": ("quantities", "#ead9ff"),
}

_CSS = """
:root { --ink: #1d232b; --muted: #5c6670; --rule: #d9dee3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fafbfc; }
header.top { padding: 18px 32px 12px; background: #fff; border-bottom: 1px solid var(--rule); }
header.top h1 { font-size: 20px; margin: 0 0 4px; }
header.top p { margin: 2px 0; color: var(--muted); font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; padding: 0; list-style: none; }
.legend li { font-size: 13px; padding: 2px 8px; border-radius: 4px; border: 1px solid rgba(0,0,0,.08); }
main { max-width: 1100px; margin: 0 auto; padding: 16px 32px 48px; }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 20px 24px; font-size: 14.5px; }
.doc .bp { color: #9aa3ab; }
.doc .hd { font-weight: 700; }
.doc .ctx { font-style: italic; color: #3d4650; }
.hl { border-radius: 3px; }
.hl:hover { outline: 2px solid #333; cursor: help; }
.hl:target, .hl.first:target { outline: 2px dashed #d04; }
span.commitment { background: #fff6d5; border-bottom: 2px solid #e0b400; }
mark { color: inherit; padding: 0 1px; }
mark.party { background: #cfe3ff; }
mark.date { background: #c9efc0; }
mark.date.deadline { background: #ffd08a; outline: 1px solid #c77700; font-weight: 600; }
span.commitment.first { border-left: 3px solid #b58900; padding-left: 3px; margin-left: 1px; }
span.commitment.alt { background: #fde9b0; border-bottom-color: #b58900; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 0; font-size: 13.5px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.warnings { margin: 8px 0 0; padding: 6px 10px; border-left: 3px solid #d04; background: #fff1f1; font-size: 13px; list-style: none; }
tr.deadline td { background: #fff3df; }
td.id a, td.id { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
mark.money { background: #ffcccc; font-weight: 600; }
mark.quantity { background: #e3d0ff; }
h2 { font-size: 17px; margin: 28px 0 8px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.mono, td.nowrap { white-space: nowrap; }
td.mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.empty { color: var(--muted); font-style: italic; }
"""


@dataclass(frozen=True)
class Highlight:
    """One interval of the text to wrap in a tag."""

    start: int
    end: int
    kind: str  # commitment, party, date, money, quantity; or bp / hd / ctx (boilerplate, heading, context block)
    rec: str  # data-rec: unique per record ("money-3", "party-china-2")
    title: str
    extra: str = ""  # more CSS classes: "deadline" for a deadline date, "alt" for every other commitment

    @property
    def rank(self) -> int:
        return {"bp": 0, "hd": 1, "ctx": 1, "commitment": 2}.get(self.kind, 3)


# -- the source text ---------------------------------------------------------------------

def load_source_text(record: Extraction, extraction_path: str | None = None, source: str | None = None) -> str:
    """The source text the extraction's spans index (see
    :func:`jccttool.checks.find_source_text`); InputError (one line) when unavailable."""
    from ..checks import find_source_text

    text, why = find_source_text(record, extraction_path, source)
    if text is not None:
        return text
    if source is not None or "extract it again" in why:
        raise InputError(why)
    where = "stdin" if record.source.path == "-" else record.source.path
    raise InputError(
        f"{where}: source document not found or changed since extraction; "
        "the HTML report needs it (give --source FILE)"
    )


# -- highlights --------------------------------------------------------------------------

def _fmt(value: Decimal | None) -> str:
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}".rstrip("0").rstrip(".")


def _money_value(m) -> str:
    value = f"{m.currency} {_fmt(m.amount)}"
    if m.amount_max is not None:
        value += f"\u2013{_fmt(m.amount_max)}"
    return value


def _deadline(c) -> str:
    if c.deadline is None:
        return ""
    d = c.deadline
    return f"{d.start.isoformat()}..{d.end.isoformat()} ({d.grain})"


def highlights(record: Extraction) -> list[Highlight]:
    """Every interval to mark, for records and for the text's structure."""
    out: list[Highlight] = []
    for i, (s, e) in enumerate(record.boilerplate):
        out.append(Highlight(s, e, "bp", f"bp-{i + 1}", "boilerplate (excluded from extraction)"))
    for section in record.sections:
        if section.heading_span:
            s, e = section.heading_span
            out.append(Highlight(s, e, "hd", f"hd-{section.id}", f"section {section.id}, level {section.level}"))
        for block in section.blocks:
            if block.role == "context":
                s, e = block.span
                out.append(Highlight(s, e, "ctx", f"ctx-{block.id}", "context: industry facts and figures"))
    for i, c in enumerate(record.commitments, 1):
        parts = [c.kind, f"verb: {c.verb}", "actors: " + (", ".join(c.actors) or "\u2014")]
        if c.negated:
            parts.append("negated")
        if c.deadline:
            parts.append("deadline " + _deadline(c))
        parts.append(c.id)
        out.append(Highlight(c.span[0], c.span[1], "commitment", f"commitment-{i}", " \u00b7 ".join(parts),
                             "" if i % 2 else "alt"))
    for p in record.parties:
        detail = ", ".join(x for x in (p.type, p.country, p.acronym) if x)
        for j, (s, e) in enumerate(p.mentions, 1):
            out.append(Highlight(s, e, "party", f"party-{p.id}-{j}", f"{p.name} ({detail}) \u00b7 {p.id}"))
    for i, d in enumerate(record.dates, 1):
        title = f"{d.start.isoformat()}..{d.end.isoformat()} \u00b7 {d.grain} \u00b7 {d.role}"
        if d.relative:
            title += " \u00b7 relative"
        out.append(Highlight(d.span[0], d.span[1], "date", f"date-{i}", title, "deadline" if d.role == "deadline" else ""))
    for i, m in enumerate(record.money, 1):
        title = _money_value(m)
        if m.qualifier:
            title += f" \u00b7 {m.qualifier}"
        if m.year:
            title += f" \u00b7 in {m.year}"
        out.append(Highlight(m.span[0], m.span[1], "money", f"money-{i}", title))
    for i, q in enumerate(record.quantities, 1):
        value = _fmt(q.value) + (f"\u2013{_fmt(q.value_max)}" if q.value_max is not None else "")
        title = f"{q.kind} {value}{' ' + q.unit if q.unit else ''}{f' · in {q.year}' if q.year else ''}"
        out.append(Highlight(q.span[0], q.span[1], "quantity", f"quantity-{i}", title))
    return [h for h in out if h.end > h.start]


def _open(h: Highlight, first: bool) -> str:
    attrs = f'data-rec="{escape(h.rec)}" title="{escape(h.title)}"'
    if h.kind == "bp":
        return f'<span class="bp" {attrs}>'
    if h.kind in ("hd", "ctx"):
        return f'<span class="{h.kind}" {attrs}>'
    anchor = f' id="{escape(h.rec)}"' if first else ""
    classes = f"hl {h.kind}" + (f" {h.extra}" if h.extra else "") + (" first" if first else " cont")
    tag = "span" if h.kind == "commitment" else "mark"
    return f'<{tag} class="{classes}"{anchor} {attrs}>'


def _close(h: Highlight) -> str:
    return "</mark>" if h.kind in ("party", "date", "money", "quantity") else "</span>"


def mark_up(text: str, marks: list[Highlight]) -> str:
    """The text as HTML with every highlight wrapped in place (properly nested)."""
    limit = len(text)
    marks = [h for h in marks if 0 <= h.start < h.end <= limit]
    order = {id(h): (h.rank, h.start, -h.end, h.kind, h.rec) for h in marks}
    bounds = sorted({0, limit, *(h.start for h in marks), *(h.end for h in marks)})
    by_start: dict[int, list[Highlight]] = {}
    for h in marks:
        by_start.setdefault(h.start, []).append(h)
    active: list[Highlight] = []
    stack: list[Highlight] = []
    opened: set[str] = set()
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [h for h in active if h.end > a] + by_start.get(a, [])
        wanted = sorted(active, key=lambda h: order[id(h)])
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for h in reversed(stack[keep:]):
            out.append(_close(h))
        for h in wanted[keep:]:
            out.append(_open(h, h.rec not in opened))
            opened.add(h.rec)
        stack = wanted
        out.append(escape(text[a:b], quote=False))
    for h in reversed(stack):
        out.append(_close(h))
    return "".join(out)


# -- the page ----------------------------------------------------------------------------

def _cell(value, cls: str = "") -> str:
    text = "" if value is None else escape(str(value), quote=False)
    return f'<td class="{cls}">{text}</td>' if cls else f"<td>{text}</td>"


def _link(rec: str, text: str, cls: str = "") -> str:
    td = f'<td class="{cls}">' if cls else "<td>"
    return f'{td}<a href="#{escape(rec)}">{escape(text, quote=False)}</a></td>'


def _table(head: list[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{escape(empty)}</p>'
    ths = "".join(f"<th>{escape(h)}</th>" for h in head)
    return f"<table><thead><tr>{ths}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"


def _session_facts(record: Extraction) -> list[tuple[str, str]]:
    """(label, value) lines of the header: what the document is and which meeting."""
    doc = record.document
    names = {p.id: p.name for p in record.parties}
    facts = [("kind", doc.kind.replace("_", " ")), ("issued", doc.issued.isoformat() if doc.issued else "\u2014")]
    session = doc.session
    if session is None:
        facts.append(("session", "\u2014"))
        return facts
    forum = (session.forum or "meeting (no named forum)") + (f" ({session.acronym})" if session.acronym else "")
    if session.ordinal:
        forum = f"{_ordinal(session.ordinal)} {forum}"
    facts.append(("session", forum))
    if session.start or session.end:
        start, end = session.start or session.end, session.end or session.start
        when = start.isoformat() if start == end else f"{start.isoformat()} \u2013 {end.isoformat()}"
        facts.append(("dates", when))
    if session.location:
        facts.append(("place", session.location))
    if session.co_chairs:
        facts.append(("co-chairs", "; ".join(names.get(c, c) for c in session.co_chairs)))
    return facts


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _areas(c) -> str | None:
    """The commitment's areas when the record has that field (read defensively: older
    extractions have none)."""
    areas = getattr(c, "areas", None)
    if areas is None:
        return None
    return "; ".join(str(a) for a in areas) if isinstance(areas, list | tuple) else str(areas)


# ~95 lines: the page is one template filled top to bottom (header, counts, tables); each table is a helper
def render_report(record: Extraction, text: str) -> str:
    """The whole report page as one HTML string (deterministic: no dates, no paths but the recorded one)."""
    if len(text) != record.source.chars:
        raise InputError(f"{record.source.path}: the source text does not match the extraction (length differs)")
    marks = highlights(record)
    mentions = sum(len(p.mentions) for p in record.parties)
    deadlines = sum(1 for d in record.dates if d.role == "deadline")
    counts = {
        "commitment": f"{len(record.commitments)}",
        "party": f"{len(record.parties)} ({mentions} mentions)",
        "date": f"{len(record.dates)} ({deadlines} deadlines)",
        "money": f"{len(record.money)}",
        "quantity": f"{len(record.quantities)}",
    }
    title = record.document.title or Path(record.source.path).name
    legend = "".join(
        f'<li class="{k}" style="background:{colour}">{escape(label)}: {counts[k]}</li>'
        for k, (label, colour) in KINDS.items()
    ) + '<li class="deadline" style="background:#ffd08a">deadline dates</li>'
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in _session_facts(record))
    warnings = ""
    if record.warnings:
        warnings = '<ul class="warnings">' + "".join(f"<li>warning: {escape(w)}</li>" for w in record.warnings) + "</ul>"
    has_areas = any(hasattr(c, "areas") for c in record.commitments)
    commitments = [
        "<tr>" + _link(f"commitment-{i}", c.id, "id") + _cell(c.section, "nowrap") + _cell(c.topic)
        + (_cell(_areas(c)) if has_areas else "") + _cell(", ".join(c.actors))
        + _cell(c.verb) + _cell(c.kind) + _cell("yes" if c.negated else "") + _cell(_deadline(c), "nowrap")
        + _cell(" ".join(c.text.split())) + "</tr>"
        for i, c in enumerate(record.commitments, 1)
    ]
    parties = [
        "<tr>" + (_link(f"party-{p.id}-1", p.id, "id") if p.mentions else _cell(p.id, "id")) + _cell(p.name)
        + _cell(p.type) + _cell(p.country) + _cell(p.acronym) + _cell("; ".join(p.titles))
        + _cell(len(p.mentions), "num") + "</tr>"
        for p in record.parties
    ]
    money = [
        "<tr>" + _link(f"money-{i}", " ".join(m.text.split())) + _cell(m.currency) + _cell(_fmt(m.amount), "num")
        + _cell(_fmt(m.amount_max), "num") + _cell(m.qualifier) + _cell(m.year) + _cell(m.section, "nowrap") + "</tr>"
        for i, m in enumerate(record.money, 1)
    ]
    quantities = [
        "<tr>" + _link(f"quantity-{i}", " ".join(q.text.split())) + _cell(q.kind) + _cell(_fmt(q.value), "num")
        + _cell(_fmt(q.value_max), "num") + _cell(q.unit) + _cell(q.year) + _cell(q.section, "nowrap") + "</tr>"
        for i, q in enumerate(record.quantities, 1)
    ]
    dates = [
        ('<tr class="deadline">' if d.role == "deadline" else "<tr>")
        + _link(f"date-{i}", " ".join(d.text.split())) + _cell(d.start.isoformat(), "nowrap")
        + _cell(d.end.isoformat(), "nowrap") + _cell(d.grain) + _cell(d.role) + _cell("yes" if d.relative else "")
        + _cell(d.section, "nowrap") + "</tr>"
        for i, d in enumerate(record.dates, 1)
    ]
    src = record.source
    commitment_head = ["id", "section", "topic", *(["areas"] if has_areas else []), "actors", "verb", "kind",
                       "negated", "deadline", "text"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="jccttool {escape(__version__)}">',
        f"<title>{escape(title)} \u2014 jccttool report</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        f"<h1>{escape(title)}</h1>",
        f'<dl class="facts">{facts}</dl>',
        warnings,
        f"<p>{escape(src.path)} \u00b7 {escape(src.format)} \u00b7 {src.chars:,} characters \u00b7 sha256 "
        f"{escape(src.sha256[:12])} \u00b7 jccttool {escape(record.tool.version)}</p>",
        "<p>Hover a highlight to see its normalised value; the tables below link to the text. "
        "Each commitment begins at a bar; deadlines are orange.</p>",
        f'<ul class="legend">{legend}</ul>',
        "</header>",
        "<main>",
        '<h2 id="text">Document</h2>',
        f'<div class="doc">{mark_up(text, marks)}</div>',
        f'<h2 id="commitments">Commitments ({len(record.commitments)})</h2>',
        _table(commitment_head, commitments, "No commitments found."),
        f'<h2 id="parties">Parties ({len(record.parties)})</h2>',
        _table(["id", "name", "type", "country", "acronym", "titles", "mentions"], parties, "No parties found."),
        f'<h2 id="money">Money ({len(record.money)})</h2>',
        _table(["text", "currency", "amount", "max", "qualifier", "year", "section"], money, "No amounts found."),
        f'<h2 id="quantities">Quantities ({len(record.quantities)})</h2>',
        _table(["text", "kind", "value", "max", "unit", "year", "section"], quantities, "No quantities found."),
        f'<h2 id="dates">Dates ({len(record.dates)}; deadlines shaded)</h2>',
        _table(["text", "start", "end", "grain", "role", "relative", "section"], dates, "No dates found."),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def expected_records(record: Extraction) -> set[str]:
    """The ``data-rec`` value of every extracted record (what the report must contain)."""
    return {h.rec for h in highlights(record) if h.kind in KINDS}
