"""Flat tables of an extraction (one row per record) and their renderers:
CSV (RFC 4180, UTF-8, header row), JSON Lines and Markdown.

Tables are plain lists of dicts with a fixed column order, so spreadsheets and
pandas get the same columns whatever the document.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import PurePath

from .records import Extraction

TABLES = ("commitments", "money", "dates", "parties", "quantities", "sections")
FORMATS = ("csv", "jsonl", "markdown")
SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "markdown": ".md"}


def _document(record: Extraction) -> str:
    path = record.source.path
    return path if path in ("-", "<text>", "<bytes>") else PurePath(path).stem


def _num(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def rows(record: Extraction, table: str) -> list[dict]:
    """The rows of one table, columns in a fixed order."""
    doc = _document(record)
    if table == "commitments":
        return [
            {
                "document": doc,
                "id": c.id,
                "section": c.section,
                "topic": c.topic,
                "actors": ";".join(c.actors),
                "verb": c.verb,
                "kind": c.kind,
                "negated": c.negated,
                "deadline_start": c.deadline.start.isoformat() if c.deadline else None,
                "deadline_end": c.deadline.end.isoformat() if c.deadline else None,
                "deadline_text": c.deadline.text if c.deadline else None,
                "text": c.text,
                "span_start": c.span[0],
                "span_end": c.span[1],
            }
            for c in record.commitments
        ]
    if table == "money":
        return [
            {
                "document": doc,
                "section": m.section,
                "text": m.text,
                "currency": m.currency,
                "amount": _num(m.amount),
                "amount_max": _num(m.amount_max),
                "qualifier": m.qualifier,
                "year": m.year,
                "span_start": m.span[0],
                "span_end": m.span[1],
            }
            for m in record.money
        ]
    if table == "quantities":
        return [
            {
                "document": doc,
                "section": q.section,
                "text": q.text,
                "kind": q.kind,
                "value": _num(q.value),
                "value_max": _num(q.value_max),
                "unit": q.unit,
                "year": q.year,
                "span_start": q.span[0],
                "span_end": q.span[1],
            }
            for q in record.quantities
        ]
    if table == "dates":
        return [
            {
                "document": doc,
                "section": d.section,
                "text": d.text,
                "start": d.start.isoformat(),
                "end": d.end.isoformat(),
                "grain": d.grain,
                "role": d.role,
                "relative": d.relative,
                "span_start": d.span[0],
                "span_end": d.span[1],
            }
            for d in record.dates
        ]
    if table == "parties":
        return [
            {
                "document": doc,
                "id": p.id,
                "name": p.name,
                "type": p.type,
                "country": p.country,
                "acronym": p.acronym,
                "titles": ";".join(p.titles),
                "mentions": len(p.mentions),
                "first_mention": p.mentions[0][0] if p.mentions else None,
            }
            for p in record.parties
        ]
    if table == "sections":
        return [
            {
                "document": doc,
                "id": s.id,
                "title": s.title,
                "level": s.level,
                "parent": s.parent,
                "topic": s.topic,
                "blocks": len(s.blocks),
                "span_start": s.span[0],
                "span_end": s.span[1],
            }
            for s in record.sections
        ]
    raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")


def columns(table: str) -> list[str]:
    """The column names of a table (also when it has no rows)."""
    sample = {
        "commitments": ["document", "id", "section", "topic", "actors", "verb", "kind", "negated", "deadline_start",
                        "deadline_end", "deadline_text", "text", "span_start", "span_end"],
        "money": ["document", "section", "text", "currency", "amount", "amount_max", "qualifier", "year", "span_start",
                  "span_end"],
        "quantities": ["document", "section", "text", "kind", "value", "value_max", "unit", "year", "span_start",
                       "span_end"],
        "dates": ["document", "section", "text", "start", "end", "grain", "role", "relative", "span_start", "span_end"],
        "parties": ["document", "id", "name", "type", "country", "acronym", "titles", "mentions", "first_mention"],
        "sections": ["document", "id", "title", "level", "parent", "topic", "blocks", "span_start", "span_end"],
    }
    return sample[table]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(table_rows: list[dict], table: str, fmt: str) -> str:
    """Render rows as csv, jsonl or markdown text."""
    cols = columns(table)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(cols)
        for row in table_rows:
            writer.writerow([_cell(row[c]) for c in cols])
        return buf.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in table_rows)
    if fmt == "markdown":
        def esc(value) -> str:
            return _cell(value).replace("|", "\\|").replace("\n", " ").replace("\u00a0", " ")

        lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
        lines += ["| " + " | ".join(esc(row[c]) for c in cols) + " |" for row in table_rows]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
