"""The ledger of ``jccttool track`` for people and programs: a rich table on a terminal
(plain text when piped), JSON (the :class:`~jccttool.track.model.Ledger`), CSV and JSON
Lines (one row per thread-session), a Markdown briefing (per issue area, threads with
their sessions) and a self-contained HTML timeline (threads as rows, sessions as
columns, filters by area, actor and status, each cell linking to its sentence).

Every output is a pure function of the ledger: byte-identical across runs.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape

from .. import __version__
from ..track.model import Ledger, Member, SessionRef, Thread
from ..track.score import LinkScore

FORMATS = ("table", "json", "csv", "jsonl", "markdown", "html")

#: the columns of the CSV and JSON Lines rows (one per thread and session)
COLUMNS = ("thread", "status", "not_repeated_since", "areas", "actors", "earliest_deadline", "overdue",
           "session", "session_label", "session_year", "position", "link", "score", "deadline", "deadline_text",
           "after_deadline", "restates", "text", "clause", "path", "span_start", "span_end", "sources")


def status_text(t: Thread, sessions: dict[str, SessionRef]) -> str:
    """"new", "recurring" or "not repeated since <session label>"."""
    if t.status == "not_repeated":
        return f"not repeated since {sessions[t.not_repeated_since or t.last_session].label}"
    if t.status == "recurring" and t.not_repeated_since:
        return f"recurring, not repeated since {sessions[t.not_repeated_since].label}"
    return t.status


def label(t: Thread, width: int = 90) -> str:
    """The thread's first sentence (or the clause of it the thread follows), cut to ``width``
    characters at a word."""
    text = " ".join((t.members[0].clause or t.members[0].text).split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def rows(ledger: Ledger) -> list[dict]:
    """One row per thread and session, in thread order then session order."""
    sessions = {s.id: s for s in ledger.sessions}
    out = []
    for t in ledger.threads:
        for k, m in enumerate(t.members):
            s = sessions[m.session]
            src = m.sources[0]
            out.append({
                "thread": t.id, "status": t.status, "not_repeated_since": t.not_repeated_since,
                "areas": ";".join(t.areas), "actors": ";".join(t.actors),
                "earliest_deadline": _iso(t.earliest_deadline), "overdue": t.overdue,
                "session": s.id, "session_label": s.label, "session_year": s.year, "position": k + 1,
                "link": m.link, "score": m.score, "deadline": _iso(m.deadline), "deadline_text": m.deadline_text,
                "after_deadline": m.after_deadline, "restates": m.restates, "text": m.text, "clause": m.clause,
                "path": src.path, "span_start": src.span[0], "span_end": src.span[1], "sources": len(m.sources),
            })
    return out


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def render_json(ledger: Ledger) -> str:
    return ledger.model_dump_json(indent=2) + "\n"


def render_jsonl(ledger: Ledger) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(ledger))


def render_csv(ledger: Ledger) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for r in rows(ledger):
        writer.writerow({k: _csv_cell(v) for k, v in r.items()})
    return buf.getvalue()


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = " ".join(str(value).split()) if isinstance(value, str) else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        text = "'" + text  # no spreadsheet formula (OWASP CSV injection)
    return text


# --------------------------------------------------------------------------- text


def _summary(ledger: Ledger) -> str:
    counts = {k: sum(1 for t in ledger.threads if t.status == k) for k in ("new", "recurring", "not_repeated")}
    overdue = sum(1 for t in ledger.threads if t.overdue)
    return (f"{len(ledger.sessions)} sessions, {len(ledger.threads)} threads: {counts['recurring']} recurring, "
            f"{counts['new']} new, {counts['not_repeated']} not repeated; {overdue} overdue; "
            f"{len(ledger.unresolved)} unresolved references")


def _sessions_cell(t: Thread, sessions: dict[str, SessionRef]) -> str:
    return " → ".join(sessions[m.session].label + (" (late)" if m.after_deadline else "") for m in t.members)


def render_plain(ledger: Ledger, *, width: int = 100) -> str:
    """Plain text (for pipes): the session list, one block per thread, a summary line."""
    sessions = {s.id: s for s in ledger.sessions}
    lines = ["Sessions:"]
    for s in ledger.sessions:
        year = f"{s.year}{'?' if s.year_estimated else ''}" if s.year else "?"
        lines.append(f"  {s.id:<14} {year:<6} {s.label} ({len(s.documents)} document{'s' if len(s.documents) != 1 else ''})")
    lines.append("")
    for t in ledger.threads:
        deadline = f"  deadline {t.earliest_deadline.isoformat()}{' OVERDUE' if t.overdue else ''}" if t.earliest_deadline else ""
        lines.append(f"{t.id}  {status_text(t, sessions)}  [{', '.join(t.areas) or '-'}]{deadline}")
        lines.append(f"  {label(t, width)}")
        lines.append(f"  {_sessions_cell(t, sessions)}")
    for u in ledger.unresolved:
        lines.append(f"unresolved: {sessions[u.session].label}: {u.text!r} ({u.source.path} {u.source.span[0]}-{u.source.span[1]})")
    lines.append(_summary(ledger))
    return "\n".join(lines) + "\n"


def print_table(ledger: Ledger, console) -> None:
    """A rich table on a terminal: one row per thread."""
    from rich.table import Table

    sessions = {s.id: s for s in ledger.sessions}
    table = Table(title="Commitment threads", show_lines=False, header_style="bold")
    for name, opts in (("thread", {"no_wrap": True}), ("status", {"max_width": 24}), ("areas", {"max_width": 22}),
                       ("sessions", {"max_width": 30}), ("deadline", {"no_wrap": True}),
                       ("commitment (first statement)", {"ratio": 1, "min_width": 40})):
        table.add_column(name, **opts)
    for t in ledger.threads:
        style = {"recurring": "green", "new": "cyan", "not_repeated": "dim"}[t.status]
        deadline = ""
        if t.earliest_deadline:
            deadline = t.earliest_deadline.isoformat() + ("\n[bold red]overdue[/]" if t.overdue else "")
        table.add_row(t.id, f"[{style}]{escape_markup(status_text(t, sessions))}[/]", ", ".join(t.areas),
                      escape_markup(_sessions_cell(t, sessions)), deadline, escape_markup(label(t, 120)))
    console.print(table)
    console.print(_summary(ledger))


def escape_markup(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


# --------------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(ledger: Ledger) -> str:
    """A briefing: per issue area, its threads (recurring first), each with its sessions."""
    sessions = {s.id: s for s in ledger.sessions}
    out = ["# Commitment ledger", "", _summary(ledger) + ".", "",
           "Sessions: " + "; ".join(f"{s.label} ({s.year}{'?' if s.year_estimated else ''})" if s.year else s.label
                                    for s in ledger.sessions) + ".", ""]
    areas = sorted({a for t in ledger.threads for a in (t.areas or ["other"])})
    rank = {"recurring": 0, "new": 1, "not_repeated": 2}
    for area in areas:
        threads = [t for t in ledger.threads if area in (t.areas or ["other"])]
        threads.sort(key=lambda t: (rank[t.status], -len(t.members), t.id))
        out += [f"## {area} ({len(threads)} thread{'s' if len(threads) != 1 else ''})", ""]
        for t in threads:
            flags = f"; earliest deadline {t.earliest_deadline.isoformat()}" if t.earliest_deadline else ""
            flags += "; **overdue**" if t.overdue else ""
            out.append(f"- **{_md(label(t, 120))}** ({status_text(t, sessions)}{flags}; `{t.id}`)")
            for m in t.members:
                src = m.sources[0]
                late = " — after the deadline" if m.after_deadline else ""
                said = f"{_md(m.clause)} (one clause of its sentence)" if m.clause else _md(m.text)
                out.append(f"  - {sessions[m.session].label}: {said} "
                           f"(`{src.path}` {src.span[0]}-{src.span[1]}){late}")
        out.append("")
    if ledger.unresolved:
        out += ["## Unresolved references", ""]
        for u in ledger.unresolved:
            out.append(f"- {sessions[u.session].label}: \"{_md(u.text)}\" (`{u.source.path}` {u.source.span[0]}-{u.source.span[1]})")
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------- html

_CSS = """
:root { --ink:#1d232b; --muted:#5c6670; --rule:#d9dee3; }
* { box-sizing:border-box; }
body { font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif; color:var(--ink); margin:1.5rem; }
h1 { font-size:1.4rem; margin:0 0 .3rem; } h2 { font-size:1.1rem; margin:1.5rem 0 .5rem; }
.muted { color:var(--muted); }
.filters { margin:.8rem 0; display:flex; gap:1rem; flex-wrap:wrap; align-items:center; }
.filters select { font:inherit; padding:.15rem .3rem; }
table.timeline { border-collapse:collapse; }
.timeline th, .timeline td { border:1px solid var(--rule); padding:.25rem .4rem; vertical-align:top; }
.timeline thead th { background:#f3f5f7; font-weight:600; white-space:nowrap; position:sticky; top:0; }
.timeline th.s { writing-mode:vertical-rl; transform:rotate(180deg); min-width:1.8rem; font-size:12px; }
.timeline td.c { text-align:center; min-width:1.8rem; }
.timeline td.t { max-width:34rem; }
.timeline td.c a { display:inline-block; width:1.1rem; height:1.1rem; border-radius:50%; background:#2f7de1; text-decoration:none; }
.timeline td.c a.first { background:#1b4f91; } .timeline td.c a.ref { background:#8a4fd8; }
.timeline td.c a.late { background:#d33c2f; }
.st-recurring { color:#1a7f37; } .st-new { color:#0b6e99; } .st-not_repeated { color:var(--muted); }
.tag { display:inline-block; font-size:11px; padding:0 .35rem; border-radius:.6rem; background:#eef1f4; margin:0 .15rem .1rem 0; }
.overdue { color:#d33c2f; font-weight:600; }
.members { margin:.3rem 0 1rem; padding-left:1.2rem; }
.members li { margin:.25rem 0; } .members li:target { background:#fff3c4; }
code { font-size:12px; }
.legend span { display:inline-block; width:.8rem; height:.8rem; border-radius:50%; margin:0 .25rem 0 .8rem; vertical-align:-1px; }
"""

_JS = """
(function(){
  var area=document.getElementById('f-area'), actor=document.getElementById('f-actor'), st=document.getElementById('f-status');
  function apply(){
    var a=area.value, p=actor.value, s=st.value, shown=0;
    document.querySelectorAll('[data-thread]').forEach(function(el){
      var ok=(!a||(' '+el.dataset.areas+' ').indexOf(' '+a+' ')>=0)&&(!p||(' '+el.dataset.actors+' ').indexOf(' '+p+' ')>=0)&&(!s||el.dataset.status===s);
      el.hidden=!ok; if(ok&&el.tagName==='TR'){shown++;}
    });
    document.getElementById('shown').textContent=shown;
  }
  [area,actor,st].forEach(function(x){x.addEventListener('change',apply);});
  // a link may preset the filters: ledger.html#status=recurring&area=ipr
  var h=location.hash.slice(1);
  if(h.indexOf('=')>0){h.split('&').forEach(function(kv){var p=kv.split('='),el={area:area,actor:actor,status:st}[p[0]];
    if(el){el.value=decodeURIComponent(p[1]||'');}});}
  apply();
})();
"""


def _short(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _options(values: list[str], everything: str) -> str:
    return f'<option value="">{escape(everything)}</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)


def _marked(m: Member) -> str:
    """The member's sentence, escaped, with the clause the thread follows (if any) marked."""
    at = m.text.find(m.clause) if m.clause else -1
    if at < 0:
        return escape(m.text)
    end = at + len(m.clause or "")
    return f"{escape(m.text[:at])}<mark>{escape(m.text[at:end])}</mark>{escape(m.text[end:])}"


def _cell_class(m: Member, k: int) -> str:
    if m.after_deadline:
        return "late"
    if k == 0:
        return "first"
    return "ref" if m.link == "reference" else ""


def render_html(ledger: Ledger, *, title: str = "Commitment ledger") -> str:
    """One self-contained page: inline CSS and script, no external resources."""
    sessions = {s.id: s for s in ledger.sessions}
    areas = sorted({a for t in ledger.threads for a in t.areas})
    actors = sorted({a for t in ledger.threads for a in t.actors})
    head = "".join(f'<th class="s" title="{escape(s.label + ": " + ", ".join(s.documents))}">{escape(_short(s.label))}'
                   f'{" · " + str(s.year) + ("?" if s.year_estimated else "") if s.year else ""}</th>'
                   for s in ledger.sessions)
    body, details = [], []
    for t in ledger.threads:
        data = f'data-thread="{t.id}" data-areas="{escape(" ".join(t.areas))}" data-actors="{escape(" ".join(t.actors))}" data-status="{t.status}"'
        at = {m.session: (k, m) for k, m in enumerate(t.members)}
        cells = []
        for s in ledger.sessions:
            if s.id not in at:
                cells.append('<td class="c"></td>')
                continue
            k, m = at[s.id]
            tip = f"{s.label}: {' '.join((m.clause or m.text).split())}"
            cells.append(f'<td class="c"><a class="{_cell_class(m, k)}" href="#{t.id}-{k + 1}" title="{escape(tip)}"'
                         f' aria-label="{escape(s.label)}"></a></td>')
        tags = "".join(f'<span class="tag">{escape(a)}</span>' for a in t.areas)
        overdue = ' <span class="overdue">overdue</span>' if t.overdue else ""
        body.append(f'<tr {data}><td class="t"><a href="#{t.id}">{escape(label(t, 110))}</a><br>{tags}'
                    f'<span class="st-{t.status}">{escape(status_text(t, sessions))}</span>{overdue}</td>{"".join(cells)}</tr>')
        items = []
        for k, m in enumerate(t.members):
            src = m.sources[0]
            more = f" (+{len(m.sources) - 1} more source{'s' if len(m.sources) > 2 else ''})" if len(m.sources) > 1 else ""
            how = "" if m.link is None else f" · linked by {m.link}" + (f" ({m.score:g})" if m.score is not None else "")
            late = ' · <span class="overdue">after the deadline</span>' if m.after_deadline else ""
            items.append(f'<li id="{t.id}-{k + 1}"><b>{escape(sessions[m.session].label)}</b>: {_marked(m)}<br>'
                         f'<span class="muted"><code>{escape(src.path)}</code> [{src.span[0]}, {src.span[1]}]{more}{how}{late}</span></li>')
        deadline = f" · earliest deadline {t.earliest_deadline.isoformat()}" if t.earliest_deadline else ""
        details.append(f'<section id="{t.id}" {data}><h3><code>{t.id}</code> <span class="st-{t.status}">{escape(status_text(t, sessions))}</span>'
                       f'{deadline}{overdue}</h3><div>{tags} <span class="muted">actors: {escape(", ".join(t.actors) or "-")}</span></div>'
                       f'<ol class="members">{"".join(items)}</ol></section>')
    unresolved = ""
    if ledger.unresolved:
        lis = "".join(f'<li><b>{escape(sessions[u.session].label)}</b>: “{escape(u.text)}” <span class="muted"><code>{escape(u.source.path)}</code>'
                      f' [{u.source.span[0]}, {u.source.span[1]}]</span></li>' for u in ledger.unresolved)
        unresolved = f"<h2>References to sessions not in the corpus</h2><ul>{lis}</ul>"
    statuses = [("recurring", "recurring"), ("new", "new"), ("not_repeated", "not repeated")]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jccttool {escape(__version__)}">
<title>{escape(title)}</title><style>{_CSS}</style></head>
<body>
<h1>{escape(title)}</h1>
<p class="muted">{escape(_summary(ledger))}. A thread is one undertaking restated across sessions; the texts say what was
stated, never whether it was fulfilled.</p>
<div class="filters">
<label>Area <select id="f-area">{_options(areas, "all areas")}</select></label>
<label>Actor <select id="f-actor">{_options(actors, "all actors")}</select></label>
<label>Status <select id="f-status"><option value="">all</option>{"".join(f'<option value="{v}">{t}</option>' for v, t in statuses)}</select></label>
<span class="muted"><span id="shown">{len(ledger.threads)}</span> of {len(ledger.threads)} threads shown</span>
<span class="legend muted"><span style="background:#1b4f91"></span>first statement<span style="background:#2f7de1"></span>restated
<span style="background:#8a4fd8"></span>linked by reference<span style="background:#d33c2f"></span>after the deadline</span>
</div>
<table class="timeline"><thead><tr><th>thread</th>{head}</tr></thead>
<tbody>{"".join(body)}</tbody></table>
<h2>Threads and their sentences</h2>
{"".join(details)}
{unresolved}
<script>{_JS}</script>
</body></html>
"""


# --------------------------------------------------------------------------- scores


def render_score(score: LinkScore) -> str:
    """A short text report."""
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"
    lines = [
        f"thread-link precision {fmt(score.precision)} ({score.correct}/{score.predicted} predicted pairs)",
        f"thread-link recall    {fmt(score.recall)} ({score.correct}/{score.gold} gold pairs)",
        f"reachable recall      {fmt(score.reachable_recall)} (gold pairs whose two commitments were extracted: {score.reachable})",
    ]
    lines += [f"  wrong:  {a} + {b}" for a, b in score.wrong]
    lines += [f"  missed: {a} + {b}" for a, b in score.missed]
    return "\n".join(lines) + "\n"
