"""Flat tables of an extraction (one row per record) and their renderers:
CSV (RFC 4180, UTF-8, header row), TSV, JSON Lines and Markdown.

Tables are plain lists of dicts with a fixed column order, so spreadsheets and
pandas get the same columns whatever the document; rows of many documents go into
one table (the ``document`` column tells them apart).

Cells of CSV and TSV (what spreadsheets open) are made safe and flat: line breaks
fold to one space (the source's hard wraps; JSON keeps the exact text), and a text
cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'`` so that no spreadsheet runs it as a formula (OWASP, "CSV Injection");
``formula_escape=False`` turns that off.
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import PurePath

from ..records import Extraction

#: The tables in the order ``export --table`` lists them: every record list of an Extraction
#: (``extractors.RECORD_KINDS``), the most asked-for first.
TABLES = ("commitments", "money", "dates", "parties", "quantities", "sections")
FORMATS = ("csv", "tsv", "jsonl", "markdown")
SUFFIX = {"csv": ".csv", "tsv": ".tsv", "jsonl": ".jsonl", "markdown": ".md"}


def _document(record: Extraction) -> str:
    path = record.source.path
    return path if path in ("-", "<text>", "<bytes>") else PurePath(path).stem


def _num(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


_SPAN = [("span_start", lambda x: x.span[0]), ("span_end", lambda x: x.span[1])]


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


#: Each table: the record list it reads and its columns as (name, getter) pairs.
_TABLES: dict[str, tuple[str, list]] = {
    "commitments": ("commitments", [
        ("id", lambda c: c.id), ("section", lambda c: c.section), ("topic", lambda c: c.topic),
        ("actors", lambda c: ";".join(c.actors)), ("verb", lambda c: c.verb), ("kind", lambda c: c.kind),
        ("negated", lambda c: c.negated),
        ("deadline_start", lambda c: _iso(c.deadline.start) if c.deadline else None),
        ("deadline_end", lambda c: _iso(c.deadline.end) if c.deadline else None),
        ("deadline_text", lambda c: c.deadline.text if c.deadline else None),
        ("text", lambda c: c.text), *_SPAN]),
    "money": ("money", [
        ("section", lambda m: m.section), ("text", lambda m: m.text), ("currency", lambda m: m.currency),
        ("amount", lambda m: _num(m.amount)), ("amount_max", lambda m: _num(m.amount_max)),
        ("qualifier", lambda m: m.qualifier), ("year", lambda m: m.year), *_SPAN]),
    "quantities": ("quantities", [
        ("section", lambda q: q.section), ("text", lambda q: q.text), ("kind", lambda q: q.kind),
        ("value", lambda q: _num(q.value)), ("value_max", lambda q: _num(q.value_max)), ("unit", lambda q: q.unit),
        ("year", lambda q: q.year), *_SPAN]),
    "dates": ("dates", [
        ("section", lambda d: d.section), ("text", lambda d: d.text), ("start", lambda d: _iso(d.start)),
        ("end", lambda d: _iso(d.end)), ("grain", lambda d: d.grain), ("role", lambda d: d.role),
        ("relative", lambda d: d.relative), *_SPAN]),
    "parties": ("parties", [
        ("id", lambda p: p.id), ("name", lambda p: p.name), ("type", lambda p: p.type),
        ("country", lambda p: p.country), ("acronym", lambda p: p.acronym), ("titles", lambda p: ";".join(p.titles)),
        ("mentions", lambda p: len(p.mentions)), ("first_mention", lambda p: p.mentions[0][0] if p.mentions else None)]),
    "sections": ("sections", [
        ("id", lambda s: s.id), ("title", lambda s: s.title), ("level", lambda s: s.level),
        ("parent", lambda s: s.parent), ("topic", lambda s: s.topic), ("blocks", lambda s: len(s.blocks)),
        *_SPAN]),
}


def columns(table: str) -> list[str]:
    """The column names of a table (also when it has no rows)."""
    if table not in _TABLES:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    return ["document"] + [name for name, _ in _TABLES[table][1]]


def rows(record: Extraction, table: str) -> list[dict]:
    """The rows of one table, columns in a fixed order; the first is the document."""
    columns(table)
    field, getters = _TABLES[table]
    doc = _document(record)
    return [{"document": doc, **{name: get(r) for name, get in getters}} for r in getattr(record, field)]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_BREAKS = re.compile(r"[ \t]*(?:\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029])\s*")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def flat_cell(value, *, formula_escape: bool = True) -> str:
    """A spreadsheet cell: line breaks folded to one space; a text that a spreadsheet
    would run as a formula gets a leading ``'`` (numbers and a lone sign are left)."""
    text = _cell(value)
    if isinstance(value, str):
        if formula_escape and len(text) > 1 and text.startswith(_FORMULA_START):
            text = "'" + text
        text = _BREAKS.sub(" ", text)
    return text


def render(table_rows: list[dict], table: str, fmt: str, *, formula_escape: bool = True) -> str:
    """Render rows as csv, tsv, jsonl or markdown text (``fmt`` in any case)."""
    cols = columns(table)
    fmt = fmt.lower()
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(cols)
        for row in table_rows:
            writer.writerow([flat_cell(row[c], formula_escape=formula_escape) for c in cols])
        return buf.getvalue()
    if fmt == "tsv":
        # IANA text/tab-separated-values: no quoting, so no tab or line break in a cell
        lines = ["\t".join(cols)]
        lines += ["\t".join(flat_cell(row[c], formula_escape=formula_escape).replace("\t", " ") for c in cols)
                  for row in table_rows]
        return "\n".join(lines) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in table_rows)
    if fmt == "markdown":
        def esc(value) -> str:
            return _cell(value).replace("|", "\\|").replace("\n", " ").replace("\u00a0", " ")

        lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
        lines += ["| " + " | ".join(esc(row[c]) for c in cols) + " |" for row in table_rows]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
