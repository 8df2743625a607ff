"""Extractions → one SQLite corpus database (``jccttool export --to sqlite``).

Every record list of every extraction becomes a table with primary and foreign keys,
the join columns are indexed, commitment text has an FTS5 full-text index, and the
ledger of :func:`jccttool.track.build` (sessions, threads and their members) is
stored beside them, so ``sqlite3 corpus.db`` and ``datasette corpus.db`` work at
once. The schema is ``docs/sqlite.md``; ``PRAGMA user_version`` holds
:data:`DB_VERSION`.

A database is rebuilt whole on every run: the extractions it already holds (kept as
JSON in ``documents.extraction``) are merged with the new ones by source sha256 (the
new one replaces the old; never a duplicate), the ledger is rebuilt from all of them,
and the new file is written next to the target and renamed over it, so a failed or
interrupted run leaves the old database as it was and no half-written one.

Python's own :mod:`sqlite3`, not sqlite-utils: the tables are fixed and declared once
as SQL (keys, composite foreign keys, the FTS5 table), which sqlite-utils would build
from dicts with the same SQL in keyword arguments, and the package gains no dependency.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..errors import InputError
from ..records import Extraction
from ..track import Ledger, build, document_sessions

#: ``PRAGMA user_version`` of the databases this module writes; bumps when a table or
#: column changes meaning or goes away (added tables and columns keep it).
DB_VERSION = 1

#: Every table in dependency order (a table's foreign keys point to earlier ones).
TABLES = ("sessions", "documents", "sections", "commitments", "commitment_areas", "references", "money",
          "quantities", "dates", "parties", "party_mentions", "threads", "thread_members")

SCHEMA = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,              -- "jcct-22", "s-ed-3", "<forum>-<date>", "doc-<sha8>"
    position INTEGER NOT NULL,        -- 0, 1, ... by start date
    label TEXT NOT NULL,              -- "JCCT 22", or the document title
    forum TEXT,                       -- "JCCT", "S&ED", or the forum's name
    ordinal INTEGER,
    start TEXT                        -- ISO date
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,      -- of the raw input bytes: the key re-runs replace by
    text_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,               -- as recorded in the extraction
    name TEXT NOT NULL,               -- the path's stem
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    title TEXT,
    kind TEXT NOT NULL,
    issued TEXT,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    session_forum TEXT,
    session_acronym TEXT,
    session_ordinal INTEGER,
    session_start TEXT,
    session_end TEXT,
    session_location TEXT,
    co_chairs TEXT NOT NULL,          -- JSON array of party ids
    warnings TEXT NOT NULL,           -- JSON array
    tool_version TEXT NOT NULL,
    extraction TEXT NOT NULL          -- the whole extraction as JSON (what re-runs rebuild from)
);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section TEXT NOT NULL,            -- "s00", "s01", ...
    title TEXT,
    level INTEGER NOT NULL,
    parent_id INTEGER REFERENCES sections(id),
    topic TEXT,
    areas TEXT NOT NULL,              -- JSON array of area slugs
    blocks INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    UNIQUE (document_id, section)
);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    commitment TEXT NOT NULL,         -- "c-7bd5a13e44ad": the extraction's id
    actors TEXT NOT NULL,             -- JSON array of party ids
    verb TEXT NOT NULL,
    kind TEXT NOT NULL,
    negated INTEGER NOT NULL,
    restates INTEGER NOT NULL,
    deadline_text TEXT,
    deadline_start TEXT,
    deadline_end TEXT,
    deadline_grain TEXT,
    topic TEXT,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    UNIQUE (document_id, commitment)
);
CREATE TABLE commitment_areas (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    PRIMARY KEY (commitment_id, area)
);
CREATE TABLE "references" (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    commitment_id INTEGER REFERENCES commitments(id),
    text TEXT NOT NULL,
    refers_to TEXT NOT NULL,
    forum TEXT,
    ordinal INTEGER,
    year INTEGER,
    session_id TEXT REFERENCES sessions(id),  -- the held session it names (forum + ordinal; forum + year for a commitment)
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL
);
CREATE TABLE money (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    text TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount NUMERIC NOT NULL,
    amount_max NUMERIC,
    qualifier TEXT,
    year INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL
);
CREATE TABLE quantities (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    value NUMERIC NOT NULL,
    value_max NUMERIC,
    unit TEXT,
    year INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL
);
CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    text TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    grain TEXT NOT NULL,
    role TEXT NOT NULL,
    relative INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL
);
CREATE TABLE parties (
    id TEXT PRIMARY KEY,              -- "united-states", "sfda", "wang-qishan"
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    acronym TEXT,
    titles TEXT NOT NULL              -- JSON array: every title any document gives
);
CREATE TABLE party_mentions (
    id INTEGER PRIMARY KEY,
    party_id TEXT NOT NULL REFERENCES parties(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE TABLE threads (
    id TEXT PRIMARY KEY,              -- "t-" + 12 hex: stable across runs and unrelated additions
    status TEXT NOT NULL,             -- new | recurring | not_repeated
    first_session TEXT NOT NULL REFERENCES sessions(id),
    last_session TEXT NOT NULL REFERENCES sessions(id),
    not_repeated_since TEXT REFERENCES sessions(id),
    sessions INTEGER NOT NULL,        -- how many sessions state it
    earliest_deadline TEXT,
    overdue INTEGER NOT NULL,         -- a later session restated it after that deadline
    areas TEXT NOT NULL,              -- JSON array
    actors TEXT NOT NULL              -- JSON array
);
CREATE TABLE thread_members (
    thread_id TEXT NOT NULL REFERENCES threads(id),
    position INTEGER NOT NULL,        -- 0 for the first session, 1 for the next that restated it, ...
    session_id TEXT NOT NULL REFERENCES sessions(id),
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    score REAL,                       -- pairing score with the previous member (null for the first)
    PRIMARY KEY (thread_id, commitment_id)
);
CREATE VIRTUAL TABLE commitments_fts USING fts5(
    text, content="commitments", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2"
);
"""

#: One index per join column (foreign keys and the columns queries group by).
INDEXES = (
    ("documents", "session_id"), ("sections", "document_id"), ("sections", "parent_id"),
    ("commitments", "document_id"), ("commitments", "section_id"), ("commitment_areas", "area"),
    ("references", "document_id"), ("references", "section_id"), ("references", "commitment_id"),
    ("references", "session_id"), ("money", "document_id"), ("money", "section_id"), ("money", "year"),
    ("quantities", "document_id"), ("quantities", "section_id"), ("dates", "document_id"), ("dates", "section_id"),
    ("party_mentions", "party_id"), ("party_mentions", "document_id"), ("threads", "first_session"),
    ("threads", "last_session"), ("threads", "not_repeated_since"), ("thread_members", "session_id"),
    ("thread_members", "commitment_id"),
)


@dataclass(frozen=True)
class Summary:
    """What one export did: documents added, replaced and kept; what the database holds."""

    path: str
    added: int
    replaced: int
    kept: int
    documents: int
    sessions: int
    commitments: int
    threads: int

    def line(self) -> str:
        return (f"{self.path}: {self.documents} documents ({self.added} added, {self.replaced} replaced, "
                f"{self.kept} kept), {self.sessions} sessions, {self.commitments} commitments, {self.threads} threads")


def export(path: str | Path, records: Iterable[Extraction]) -> Summary:
    """Add ``records`` to the database at ``path`` (created when missing), replacing the
    documents it holds with the same source sha256; rebuild it atomically."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    new: dict[str, Extraction] = {}
    for r in records:
        new[r.source.sha256] = r
    held, kept = _read(target, skip=set(new))  # the replaced ones are not parsed
    replaced = len(held & set(new))
    documents = sorted([*kept, *new.values()], key=lambda r: (r.source.path, r.source.sha256))
    ledger = build(documents)
    _write_atomically(target, lambda conn: write(conn, documents, ledger))
    return Summary(str(path), added=len(new) - replaced, replaced=replaced, kept=len(kept),
                   documents=len(documents), sessions=len(ledger.sessions),
                   commitments=sum(len(r.commitments) for r in documents), threads=len(ledger.threads))


def read(path: str | Path) -> list[Extraction]:
    """The extractions a database written by :func:`export` holds ([] when ``path`` is
    missing or empty). Anything else at ``path`` is an InputError: it is never replaced."""
    return _read(Path(path))[1]


def _read(path: Path, skip: set[str] = frozenset()) -> tuple[set[str], list[Extraction]]:
    """(sha256 of every document held, the extractions of those not in ``skip``)."""
    if not path.exists():
        return set(), []
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    if path.stat().st_size == 0:
        return set(), []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open: {exc}") from None
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: not an SQLite database ({exc}); refusing to replace it") from None
        if not {"sha256", "extraction"} <= columns:
            raise InputError(f"{path}: not a jccttool corpus database (no documents table); refusing to replace it")
        if version != DB_VERSION:
            raise InputError(f"{path}: corpus database version {version}; this jccttool writes version {DB_VERSION}"
                             " (write a new file, or remove this one)")
        from pydantic import ValidationError

        shas, out = set(), []
        try:
            for (sha,) in conn.execute("SELECT sha256 FROM documents"):
                shas.add(sha)
            for sha, raw in conn.execute("SELECT sha256, extraction FROM documents ORDER BY id"):
                if sha in skip:
                    continue
                try:
                    out.append(Extraction.model_validate_json(raw))
                except ValidationError as exc:
                    raise InputError(f"{path}: stored document {sha[:12]} is not a readable extraction"
                                     f" ({exc.error_count()} problems); write a new file") from None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: cannot read the database: {exc}") from None
        return shas, out
    finally:
        conn.close()


def _write_atomically(target: Path, fill) -> None:
    """Build the database in a temporary file beside ``target``, then rename it over
    ``target``; on any failure (or Ctrl-C) the temporary file is removed and ``target``
    is untouched. An existing target keeps its permission bits."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = os.stat(target).st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a failed build is thrown away whole
            conn.execute("PRAGMA synchronous = OFF")
            fill(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:  # a bug in this module, never the input's fault
                raise RuntimeError(f"foreign_key_check: {len(problems)} dangling keys, first {problems[0]}")
        finally:
            conn.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError | sqlite3.OperationalError):
            raise InputError(f"{target}: cannot write: {getattr(exc, 'strerror', None) or exc}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < 2**63:
        return int(value)
    return float(value)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _json(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _name(path: str) -> str:
    return path if path in ("-", "<text>", "<bytes>") else Path(path).stem


def _slug_forum(forum: str | None) -> str | None:
    import re

    return re.sub(r"[^a-z0-9]+", "-", forum.casefold()).strip("-") if forum else None


@dataclass
class _Rows:
    """What :func:`write` gathers over the documents before the shared tables are filled."""

    parties: dict[str, tuple] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    commitment_pk: dict[tuple[str, str, str], int] = field(default_factory=dict)
    rows: dict[str, list[tuple]] = field(default_factory=lambda: {
        t: [] for t in ("commitment_areas", "references", "money", "quantities", "dates", "party_mentions")})
    next_pk: dict[str, int] = field(default_factory=lambda: {"sections": 1, "commitments": 1})


def write(conn: sqlite3.Connection, documents: Sequence[Extraction], ledger: Ledger) -> None:
    """Create every table of :data:`SCHEMA` in an empty database and fill it."""
    conn.executescript(SCHEMA)
    conn.execute("BEGIN")
    for table, column in INDEXES:
        conn.execute(f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}")')
    conn.execute(f"PRAGMA user_version = {DB_VERSION}")
    # the ledger's own grouping (a forum-only document may join the session of its title's year)
    doc_session = document_sessions(documents)
    conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)", [
        (s.id, k, s.label, s.forum, s.ordinal, _iso(s.start)) for k, s in enumerate(ledger.sessions)])
    held = _held_sessions(ledger)
    acc = _Rows()
    for doc_id, r in enumerate(documents, 1):
        _write_document(conn, doc_id, r, doc_session[(r.source.text_sha256, r.source.path)], held, acc)
    _write_shared(conn, acc)
    _write_threads(conn, ledger, acc.commitment_pk)
    conn.execute("INSERT INTO commitments_fts (commitments_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")


def _held_sessions(ledger: Ledger) -> Callable[[object], str | None]:
    """The held session a reference points to: by forum + ordinal; a commitment of a year ("the
    2010 JCCT commitment") names the one held session of that forum and year (not a June roundtable)."""
    by_ordinal = {(_slug_forum(s.forum), s.ordinal): s.id for s in ledger.sessions if s.forum and s.ordinal is not None}
    by_year: dict[tuple[str | None, int], list[str]] = {}
    for s in ledger.sessions:
        if s.forum and s.start is not None:
            by_year.setdefault((_slug_forum(s.forum), s.start.year), []).append(s.id)

    def held(ref) -> str | None:
        forum = ref.forum
        found = by_ordinal.get((forum, ref.ordinal)) if ref.ordinal is not None else None
        if (found is None and ref.refers_to == "commitment" and ref.ordinal is None and ref.year is not None
                and len(by_year.get((forum, ref.year), [])) == 1):
            found = by_year[(forum, ref.year)][0]
        return found

    return held


def _write_document(conn: sqlite3.Connection, doc_id: int, r: Extraction, session_id: str | None,
                    held: Callable[[object], str | None], acc: _Rows) -> None:
    """One document's row, its sections and commitments; its other records go to ``acc``."""
    s = r.document.session
    conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
        doc_id, r.source.sha256, r.source.text_sha256, r.source.path, _name(r.source.path), r.source.format,
        r.source.encoding, r.source.bytes, r.source.chars, r.document.title, r.document.kind, _iso(r.document.issued),
        session_id, s.forum if s else None, s.acronym if s else None, s.ordinal if s else None,
        _iso(s.start) if s else None, _iso(s.end) if s else None, s.location if s else None,
        _json(s.co_chairs if s else []), _json(r.warnings), r.tool.version, r.to_json(compact=True)))
    rows, next_pk = acc.rows, acc.next_pk
    section_pk: dict[str, int] = {}
    for sec in r.sections:
        section_pk[sec.id] = next_pk["sections"]
        next_pk["sections"] += 1
    conn.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (section_pk[sec.id], doc_id, sec.id, sec.title, sec.level, section_pk.get(sec.parent) if sec.parent else None,
         sec.topic, _json(sec.areas), len(sec.blocks), sec.span[0], sec.span[1]) for sec in r.sections])
    own: dict[str, int] = {}
    crows = []
    for c in r.commitments:
        pk = next_pk["commitments"]
        next_pk["commitments"] += 1
        own[c.id] = pk
        acc.commitment_pk[(r.source.path, r.source.text_sha256, c.id)] = pk
        d = c.deadline
        crows.append((pk, doc_id, section_pk.get(c.section) if c.section else None, c.id, _json(c.actors), c.verb,
                      c.kind, int(c.negated), int(c.restates), d.text if d else None, _iso(d.start) if d else None,
                      _iso(d.end) if d else None, d.grain if d else None, c.topic, c.text, c.span[0], c.span[1], c.rule))
        rows["commitment_areas"] += [(pk, a) for a in dict.fromkeys(c.areas)]
    conn.executemany(f"INSERT INTO commitments VALUES ({', '.join('?' * 18)})", crows)

    def sec(x) -> int | None:
        return section_pk.get(x.section) if x.section else None

    rows["references"] += [(doc_id, sec(ref), own.get(ref.commitment) if ref.commitment else None, ref.text,
                            ref.refers_to, ref.forum, ref.ordinal, ref.year, held(ref), ref.span[0], ref.span[1], ref.rule)
                           for ref in r.references]
    rows["money"] += [(doc_id, sec(m), m.text, m.currency, _num(m.amount), _num(m.amount_max), m.qualifier, m.year,
                       m.span[0], m.span[1], m.rule) for m in r.money]
    rows["quantities"] += [(doc_id, sec(q), q.text, q.kind, _num(q.value), _num(q.value_max), q.unit, q.year,
                            q.span[0], q.span[1], q.rule) for q in r.quantities]
    rows["dates"] += [(doc_id, sec(d), d.text, _iso(d.start), _iso(d.end), d.grain, d.role, int(d.relative),
                       d.span[0], d.span[1], d.rule) for d in r.dates]
    for p in r.parties:
        acc.parties.setdefault(p.id, (p.id, p.name, p.type, p.country, p.acronym))
        acc.titles.setdefault(p.id, set()).update(p.titles)
        rows["party_mentions"] += [(p.id, doc_id, a, b) for a, b in p.mentions]


def _write_shared(conn: sqlite3.Connection, acc: _Rows) -> None:
    """The tables gathered over every document: areas, references, figures, dates, parties."""
    rows = acc.rows
    conn.executemany("INSERT INTO commitment_areas VALUES (?, ?)", rows["commitment_areas"])
    conn.executemany('INSERT INTO "references" (document_id, section_id, commitment_id, text, refers_to, forum, ordinal, year,'
                     " session_id, span_start, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["references"])
    for table, cols in (("money", "text, currency, amount, amount_max, qualifier, year"),
                        ("quantities", "text, kind, value, value_max, unit, year"),
                        ("dates", 'text, start, "end", grain, role, relative')):
        conn.executemany(f"INSERT INTO {table} (document_id, section_id, {cols}, span_start, span_end, rule)"
                         f" VALUES ({', '.join('?' * 11)})", rows[table])
    conn.executemany("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?)",
                     [(*acc.parties[pid], _json(sorted(acc.titles[pid]))) for pid in sorted(acc.parties)])
    conn.executemany("INSERT INTO party_mentions (party_id, document_id, span_start, span_end) VALUES (?, ?, ?, ?)",
                     rows["party_mentions"])


def _write_threads(conn: sqlite3.Connection, ledger: Ledger, commitment_pk: dict[tuple[str, str, str], int]) -> None:
    """The ledger's threads and their members (a member's every source commitment)."""
    members = []
    for t in ledger.threads:
        for k, m in enumerate(t.members):
            for src in m.sources:
                pk = commitment_pk.get((src.path, src.sha256, src.commitment))
                if pk is not None:
                    members.append((t.id, k, m.session, pk, m.score))
    conn.executemany("INSERT INTO threads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (t.id, t.status, t.first_session, t.last_session, t.not_repeated_since, len(t.members), _iso(t.earliest_deadline),
         int(t.overdue), _json(t.areas), _json(t.actors)) for t in ledger.threads])
    conn.executemany("INSERT OR IGNORE INTO thread_members VALUES (?, ?, ?, ?, ?)", members)
