"""The diff report for people: plain or coloured text, and Markdown.

Reads a :class:`~jccttool.compare.Diff` and never changes it. The JSON form
(``--format json``, documented in docs/diff.md) is the data itself,
:meth:`~jccttool.compare.Diff.to_json`; :func:`render_json` only names it here so the
command picks every format from one module.

Only the standard library is imported; rich only when a terminal is coloured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..extractors import RECORD_KINDS
from .parse import visible

if TYPE_CHECKING:
    from ..compare import Change, Diff


def render_json(result: Diff) -> str:
    """``--format json``: the documented data form of the diff."""
    return result.to_json()


# --------------------------------------------------------------------------- shared wording

_TITLES = {kind: kind.capitalize() for kind in RECORD_KINDS}


def _describe(side: dict[str, Any]) -> str:
    bits = [b for b in (side.get("session"), side.get("issued")) if b]
    label = side.get("title") or ""
    extra = f" ({', '.join(bits)})" if bits else ""
    return f"{side['path']}" + (f": {label}" if label else "") + extra


def _mode_words(result: Diff) -> str:
    if result.mode == "sessions":
        return "two different documents, e.g. two sessions (similar commitments are reported as recurring)"
    return "two versions of one document"


def _counts(kd) -> str:
    c = kd.counts()
    return ", ".join(f"{v} {k}" for k, v in c.items())


_AMOUNTS = ("amount", "amount_max", "value", "value_max")


def _field(name: str, v: Any) -> str:
    """A field's value for people: amounts with thousands separators."""
    if name in _AMOUNTS and isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:,}"
    return _value(v)


def _value(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, dict):
        if "text" in v:
            return f'"{v["text"]}" ({v.get("start")}..{v.get("end")})'
        return ", ".join(f"{k}={_value(x)}" for k, x in v.items())
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return f'"{v}"'
    return str(v)


def _headline(kind: str, item: dict[str, Any]) -> str:
    """One line that names a record."""
    if kind == "commitments":
        extra = [", ".join(item["actors"]) or "no actor", item["kind"]]
        if item.get("deadline"):
            extra.append(f"by {item['deadline']['text']}")
        return f"{item['text']} [{'; '.join(extra)}]"
    if kind == "money":
        year = f", {item['year']}" if item.get("year") else ""
        return f"{item['text']} ({item['currency']} {_field('amount', item['amount'])}{year})"
    if kind == "quantities":
        unit = f" {item['unit']}" if item.get("unit") else ""
        year = f", {item['year']}" if item.get("year") else ""
        return f"{item['text']} ({_field('value', item['value'])}{unit}{year})"
    if kind == "dates":
        return f"{item['text']} ({item['start']}..{item['end']}, {item['grain']}, {item['role']})"
    if kind == "parties":
        return f"{item['name']} ({item['id']}, {item['type']})"
    if kind == "sections":
        return item.get("title") or item.get("topic") or "(untitled)"
    return str(item)


def _change_headline(kind: str, ch: Change) -> str:
    if kind in ("money", "quantities") and ({"amount", "value"} & set(ch.fields)):
        return f"{ch.old['text']} → {ch.new['text']}"
    return _headline(kind, ch.new)


# --------------------------------------------------------------------------- text (rich)


def render_text(result: Diff) -> str:
    """The report as plain text (no colour): what a pipe, a file or NO_COLOR gets."""
    return "".join(f"{line}\n" for line, _ in text_lines(result))


def print_text(result: Diff) -> None:
    """Print the report on stdout (colour on a TTY unless NO_COLOR).

    rich is imported only to colour a terminal; plain output (a pipe, a file, NO_COLOR)
    is the same lines written directly, which keeps `diff` fast to start."""
    import os
    import sys

    lines = list(text_lines(result))
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        sys.stdout.write("".join(f"{line}\n" for line, _ in lines))
        return
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    for line, style in lines:
        console.print(line, style=style, markup=False)


def text_lines(result: Diff):
    """(line, rich style) of the text report; control characters of the records' text
    are shown as escapes (:func:`jccttool.render.parse.visible`). A sessions-mode diff
    is the analyst's report of :mod:`jccttool.render.sessions`."""
    if result.report is not None:
        from . import sessions

        yield from sessions.text_lines(result)
        return
    for line, style in _text_lines(result):
        yield visible(line), style


def _text_lines(result: Diff):
    yield f"old: {_describe(result.old)}", "dim"
    yield f"new: {_describe(result.new)}", "dim"
    yield f"compared as {_mode_words(result)}" + (f"; only {', '.join(result.only)}" if result.only else ""), "dim"
    yield "", None
    t = result.topics
    yield f"Topics: {len(t.new)} new, {len(t.dropped)} dropped, {len(t.both)} in both", "bold"
    for label in t.new:
        yield f"  + {label}", "green"
    for label in t.dropped:
        yield f"  - {label}", "red"
    if result.document:
        yield "Document", "bold"
        for name, (o, n) in result.document.items():
            yield f"  ~ {name}: {_value(o)} → {_value(n)}", "yellow"
    for kind, kd in result.kinds.items():
        yield f"{_TITLES[kind]}: {_counts(kd)}", "bold"
        for item in kd.added:
            yield f"  + {_headline(kind, item)}", "green"
        for item in kd.removed:
            yield f"  - {_headline(kind, item)}", "red"
        for ch in kd.changed:
            yield from _change_lines(kind, ch, "~", "yellow")
        for ch in kd.recurring:
            yield from _change_lines(kind, ch, "=", "cyan")
    yield "", None
    yield ("No differences." if result.identical else "Differences found."), "bold"


def _change_lines(kind: str, ch: Change, mark: str, style: str):
    sim = f" (similarity {ch.similarity:g})" if ch.similarity is not None else ""
    yield f"  {mark} {_change_headline(kind, ch)}{sim}", style
    for name, (o, n) in ch.fields.items():
        if name in ("text", "context"):
            yield f"      {name}: {_value(o)}", "red"
            yield f"      {' ' * len(name)}→ {_value(n)}", "green"
        else:
            yield f"      {name}: {_field(name, o)} → {_field(name, n)}", None


# --------------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    """Escape what would break a Markdown line or table cell."""
    out = visible(str(text)).replace("\\", "\\\\").replace("|", "\\|")
    for ch in "*_`[]<>":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def render_markdown(result: Diff) -> str:
    """The report as Markdown, for a briefing note."""
    if result.report is not None:
        from . import sessions

        return sessions.render_markdown(result)
    lines = [
        "# What changed",
        "",
        f"- **Old:** {_md(_describe(result.old))}",
        f"- **New:** {_md(_describe(result.new))}",
        f"- **Compared as:** {_md(_mode_words(result))}" + (f"; only {_md(', '.join(result.only))}" if result.only else ""),
        f"- **Result:** {'no differences' if result.identical else 'differences found'}",
        "",
        "## Topics",
        "",
    ]
    t = result.topics
    lines.append(f"- **New:** {_md(', '.join(t.new)) if t.new else 'none'}")
    lines.append(f"- **Dropped:** {_md(', '.join(t.dropped)) if t.dropped else 'none'}")
    lines.append(f"- **In both:** {len(t.both)}")
    lines.append("")
    if result.document:
        lines += ["## Document", ""]
        for name, (o, n) in result.document.items():
            lines.append(f"- {name}: {_md(_value(o))} → {_md(_value(n))}")
        lines.append("")
    lines += ["## Summary", "", "| kind | added | removed | changed | recurring | unchanged |", "|---|---:|---:|---:|---:|---:|"]
    for kind, kd in result.kinds.items():
        c = kd.counts()
        lines.append(f"| {kind} | {c['added']} | {c['removed']} | {c['changed']} | {c['recurring']} | {c['unchanged']} |")
    lines.append("")
    for kind, kd in result.kinds.items():
        if not kd.differs:
            continue
        lines += [f"## {_TITLES[kind]}", ""]
        for heading, items in (("Added", kd.added), ("Removed", kd.removed)):
            if items:
                lines += [f"### {heading}", ""] + [f"- {_md(_headline(kind, i))}" for i in items] + [""]
        for heading, changes in (("Changed", kd.changed), ("Recurring", kd.recurring)):
            if not changes:
                continue
            lines += [f"### {heading}", ""]
            for ch in changes:
                sim = f" (similarity {ch.similarity:g})" if ch.similarity is not None else ""
                lines.append(f"- {_md(_change_headline(kind, ch))}{sim}")
                for name, (o, n) in ch.fields.items():
                    lines.append(f"  - {name}: {_md(_field(name, o))} → {_md(_field(name, n))}")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
