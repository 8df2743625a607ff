"""``export --to sqlite``: the corpus database's schema, keys, merge by sha256, the
atomic rebuild, full-text search and the README's example queries."""

from __future__ import annotations

import re
import sqlite3

import pytest
from typer.testing import CliRunner

from jccttool.cli import app
from jccttool.render.sqlite import DB_VERSION, TABLES
from tests.conftest import DEV, EXTRACTED, RAW, ROOT

runner = CliRunner()
FACT_SHEET_JSON = EXTRACTED / "jcct-22-fact-sheet-2011.json"
ARTICLE_JSON = EXTRACTED / "ipwatch-jcct-22-article-2011.json"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def connect(path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled texts (data/raw and the dev corpus), extracted and exported once."""
    db = tmp_path_factory.mktemp("db") / "corpus.db"
    result = run("export", "--to", "sqlite", db, RAW, DEV)
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def small(tmp_path):
    db = tmp_path / "small.db"
    result = run("export", "--to", "sqlite", db, FACT_SHEET_JSON)
    assert result.exit_code == 0, result.output
    return db


def test_schema_tables_keys_indexes_and_version(corpus):
    conn = connect(corpus)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= names and "commitments_fts" in names
    assert conn.execute("PRAGMA user_version").fetchone()[0] == DB_VERSION
    indexed = set()
    for table in TABLES:
        for index in conn.execute(f'PRAGMA index_list("{table}")'):
            first = conn.execute(f'PRAGMA index_info("{index["name"]}")').fetchone()
            indexed.add((table, first["name"]))
    for table in TABLES:
        keys = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        if table not in ("sessions", "parties"):
            assert keys, f"{table} has no foreign key"
        for key in keys:
            assert (table, key["from"]) in indexed, f"{table}.{key['from']} is a join column without an index"
    fts = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'commitments_fts'").fetchone()[0]
    assert "fts5" in fts.lower() and 'content="commitments"' in fts  # what Datasette looks for


def test_every_record_lands_and_keys_resolve(corpus):
    from jccttool.pipeline import extract_path

    conn = connect(corpus)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fact_sheet = extract_path(str(RAW / "jcct-22-fact-sheet-2011.txt"))
    doc = conn.execute("SELECT * FROM documents WHERE sha256 = ?", (fact_sheet.source.sha256,)).fetchone()
    assert doc["session_id"] == "jcct-22" and doc["name"] == "jcct-22-fact-sheet-2011"
    for table, records in (("sections", fact_sheet.sections), ("commitments", fact_sheet.commitments),
                           ("money", fact_sheet.money), ("quantities", fact_sheet.quantities),
                           ("dates", fact_sheet.dates), ("references", fact_sheet.references)):
        count = conn.execute(f'SELECT count(*) FROM "{table}" WHERE document_id = ?', (doc["id"],)).fetchone()[0]
        assert count == len(records), table
    mentions = conn.execute("SELECT count(*) FROM party_mentions WHERE document_id = ?", (doc["id"],)).fetchone()[0]
    assert mentions == sum(len(p.mentions) for p in fact_sheet.parties)
    first = fact_sheet.money[0]
    row = conn.execute("SELECT * FROM money WHERE document_id = ? ORDER BY span_start LIMIT 1", (doc["id"],)).fetchone()
    assert (row["text"], row["amount"], row["year"]) == (first.text, int(first.amount), first.year)
    assert isinstance(row["amount"], int)  # whole amounts stay integers
    areas = conn.execute("SELECT count(*) FROM commitment_areas a JOIN commitments c ON c.id = a.commitment_id"
                         " WHERE c.document_id = ?", (doc["id"],)).fetchone()[0]
    assert areas == sum(len(c.areas) for c in fact_sheet.commitments)


def test_sessions_and_threads_follow_the_ledger(corpus):
    from jccttool.track import build

    conn = connect(corpus)
    from jccttool.render.sqlite import read

    ledger = build(read(corpus))
    assert [r["id"] for r in conn.execute("SELECT id FROM sessions ORDER BY position")] == [s.id for s in ledger.sessions]
    rows = {r["id"]: r for r in conn.execute("SELECT * FROM threads")}
    assert set(rows) == {t.id for t in ledger.threads}
    for t in ledger.threads:
        assert (rows[t.id]["status"], rows[t.id]["overdue"], rows[t.id]["sessions"]) == (t.status, int(t.overdue), len(t.members))
        sources = conn.execute("SELECT count(*) FROM thread_members WHERE thread_id = ?", (t.id,)).fetchone()[0]
        assert sources == sum(len(m.sources) for m in t.members)


def test_a_restated_pledge_is_one_thread_across_two_sessions(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Fact Sheet: The 21st U.S.-China Joint Commission on Commerce and Trade\n\n"
                   "China agreed to require its ministries to buy and use only licensed software.\n", encoding="utf-8")
    new.write_text("Fact Sheet: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
                   "China agreed to require its ministries to buy and use only licensed software.\n"
                   "The United States will host a trade mission on clean energy next year.\n", encoding="utf-8")
    db = tmp_path / "pair.db"
    assert run("export", "--to", "sqlite", db, old, new).exit_code == 0
    conn = connect(db)
    rows = conn.execute("SELECT m.position, m.session_id FROM threads t JOIN thread_members m ON m.thread_id = t.id"
                        " WHERE t.status = 'recurring' ORDER BY m.position").fetchall()
    assert [tuple(r) for r in rows] == [(0, "jcct-21"), (1, "jcct-22")]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_fts_software_finds_the_22nd_fact_sheets_software_legalization_commitments(corpus):
    conn = connect(corpus)
    found = conn.execute(
        "SELECT c.commitment, c.text, s.title FROM commitments_fts f JOIN commitments c ON c.id = f.rowid"
        " JOIN documents d ON d.id = c.document_id LEFT JOIN sections s ON s.id = c.section_id"
        " WHERE commitments_fts MATCH 'software' AND d.name = 'jcct-22-fact-sheet-2011'").fetchall()
    in_section = [r for r in found if r["title"] == "Software Legalization"]
    assert len(in_section) >= 5
    assert all("software" in r["text"].lower() for r in found)
    # the porter stemmer: "legalize" finds "legalization"
    stemmed = {r[0] for r in conn.execute("SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH 'legalize'")}
    assert stemmed


def test_rerun_is_idempotent_and_input_order_free(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run("export", "--to", "sqlite", a, FACT_SHEET_JSON, ARTICLE_JSON).exit_code == 0
    first = a.read_bytes()
    result = run("export", "--to", "sqlite", a, FACT_SHEET_JSON, ARTICLE_JSON)
    assert result.exit_code == 0 and "0 added, 2 replaced, 0 kept" in result.stderr
    assert a.read_bytes() == first
    assert run("export", "--to", "sqlite", b, ARTICLE_JSON).exit_code == 0
    assert run("export", "--to", "sqlite", b, FACT_SHEET_JSON).exit_code == 0
    assert b.read_bytes() == first  # built in two runs, in the other order: the same file


def test_a_document_with_the_same_sha256_replaces_the_held_one(small, tmp_path):
    from jccttool.checks import parse_extraction

    record = parse_extraction(FACT_SHEET_JSON.read_text(encoding="utf-8"), "x")
    changed = record.model_copy(update={"document": record.document.model_copy(update={"title": "Retitled"})})
    edited = tmp_path / "edited.json"
    edited.write_text(changed.to_json(), encoding="utf-8")
    result = run("export", "--to", "sqlite", small, edited)
    assert result.exit_code == 0 and "1 documents (0 added, 1 replaced, 0 kept)" in result.stderr
    conn = connect(small)
    assert [tuple(r) for r in conn.execute("SELECT title FROM documents")] == [("Retitled",)]
    result = run("export", "--to", "sqlite", small, ARTICLE_JSON)
    assert "2 documents (1 added, 0 replaced, 1 kept)" in result.stderr


def test_texts_and_their_extractions_are_one_document(tmp_path):
    db = tmp_path / "mixed.db"
    result = run("export", "--to", "sqlite", db, RAW / "jcct-22-fact-sheet-2011.txt", FACT_SHEET_JSON)
    assert result.exit_code == 0, result.output
    assert connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_stdin_and_output_option(tmp_path):
    db = tmp_path / "stdin.db"
    result = run("export", "--to", "SQLite", "-o", db, "-", input=FACT_SHEET_JSON.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert connect(db).execute("SELECT count(*) FROM commitments").fetchone()[0] > 0


@pytest.mark.parametrize(("args", "message"), [
    pytest.param([], "give the database first", id="nothing"),
    pytest.param([FACT_SHEET_JSON], "give the database file first", id="extraction-as-database"),
    pytest.param(["{db}"], "no input", id="no-input"),
    pytest.param(["{db}", FACT_SHEET_JSON, "--table", "money"], "do not apply to --to sqlite", id="table"),
    pytest.param(["{db}", "{missing}"], "no such file", id="missing-input"),
    pytest.param(["{db}", "{bad}"], "not JSON", id="bad-json"),
])
def test_errors_are_one_line_exit_2_and_write_nothing(tmp_path, args, message):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    paths = {"db": tmp_path / "x.db", "missing": tmp_path / "missing.json", "bad": bad}
    result = run("export", "--to", "sqlite", *[str(a).format(**paths) for a in args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not paths["db"].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_a_failed_run_leaves_the_database_as_it_was(small, tmp_path):
    before = small.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = run("export", "--to", "sqlite", small, ARTICLE_JSON, bad)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert small.read_bytes() == before


def test_an_interrupted_build_leaves_no_temporary_file(small, monkeypatch):
    import jccttool.render.sqlite as module

    before = small.read_bytes()

    def interrupted(conn, documents, ledger):
        conn.execute("CREATE TABLE half (x)")
        raise KeyboardInterrupt

    monkeypatch.setattr(module, "write", interrupted)
    result = run("export", "--to", "sqlite", small, ARTICLE_JSON)
    assert result.exit_code == 130
    assert small.read_bytes() == before
    assert [p.name for p in small.parent.iterdir()] == [small.name]


@pytest.mark.parametrize("content", [b"not a database at all, but a text file\n" * 10, None], ids=["text-file", "other-sqlite"])
def test_a_file_that_is_not_a_corpus_database_is_never_replaced(tmp_path, content):
    target = tmp_path / "corpus.db"
    if content is None:
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        target.write_bytes(content)
    before = target.read_bytes()
    result = run("export", "--to", "sqlite", target, FACT_SHEET_JSON)
    assert result.exit_code == 2 and "refusing to replace it" in result.stderr
    assert target.read_bytes() == before


def _readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### Corpus database", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def test_the_readme_queries_return_rows(corpus):
    queries = _readme_queries()
    assert len(queries) >= 3
    conn = connect(corpus)
    for query in queries:
        assert conn.execute(query).fetchall(), f"no rows:\n{query}"


def test_docs_hold_the_schema_as_written():
    from jccttool.render.sqlite import INDEXES, SCHEMA

    doc = (ROOT / "docs" / "sqlite.md").read_text(encoding="utf-8")
    assert SCHEMA.strip() in doc
    for table, column in INDEXES:
        assert f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}");' in doc


def test_a_reference_names_the_held_session(tmp_path):
    old = tmp_path / "jcct-21.txt"
    new = tmp_path / "jcct-22.txt"
    old.write_text("Fact Sheet: The 21st U.S.-China Joint Commission on Commerce and Trade\n\n"
                   "Washington, D.C., December 14-15, 2010\n\n"
                   "China agreed to publish a list of the standards it applies to imported machinery.\n", encoding="utf-8")
    new.write_text("Fact Sheet: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
                   "Chengdu, November 20-21, 2011\n\n"
                   "Building on the 2010 JCCT commitment to publish standards, China will post the list online.\n"
                   "The sides agreed to report progress to the 21st JCCT working group.\n", encoding="utf-8")
    db = tmp_path / "refs.db"
    assert run("export", "--to", "sqlite", db, old, new).exit_code == 0
    rows = connect(db).execute('SELECT text, session_id FROM "references" ORDER BY span_start').fetchall()
    assert rows and all(r["session_id"] == "jcct-21" for r in rows), [tuple(r) for r in rows]
