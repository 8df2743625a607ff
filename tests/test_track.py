"""``jccttool track``: sessions, references, overdue, determinism, outputs, errors, scoring.

The texts are short fact sheets written for these tests (not corpus sentences)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jccttool.cli import app
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text
from jccttool.render import track as render
from jccttool.track import Ledger, build
from jccttool.track.score import load_gold, score_links

ROOT = Path(__file__).resolve().parent.parent

JCCT_21 = ("Fact Sheet: The 21st U.S.-China Joint Commission on Commerce and Trade\n\n"
           "The 21st JCCT was held in Washington, D.C., on December 14-15, 2010.\n\n"
           "China agreed to publish the procedures for telecommunications network access licenses by June 2011.\n"
           "China agreed to require its central government ministries to buy and use only licensed software.\n")
JCCT_22 = ("Fact Sheet: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
           "The 22nd JCCT was held in Chengdu, China, on November 20-21, 2011.\n\n"
           "Building on the 2010 JCCT commitment to publish its network access procedures, China agreed to put them online by March 2012.\n"
           "Building on the 2008 JCCT commitment to open its express delivery market, China agreed to issue the licences.\n"
           "China agreed to require its central government ministries to buy and use only licensed software.\n"
           "China also agreed to reopen its market to American cherries from the next harvest.\n")
# A second document of the 22nd session: one sentence shared with the fact sheet above.
JCCT_22_PRESS = ("Press release: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
                 "The 22nd JCCT was held in Chengdu, China, on November 20-21, 2011.\n\n"
                 "China agreed to require its central government ministries to buy and use only licensed software.\n"
                 "The United States will host a clean energy trade mission next year.\n"
                 "During the session, China agreed to reopen its market to American cherries from the next harvest.\n")
OTHER = ("Fact Sheet: The 3rd U.S.-China Strategic and Economic Dialogue\n\n"
         "The 3rd S&ED was held in Washington, D.C., on May 9-10, 2011.\n\n"
         "China will allow foreign insurance companies to sell compulsory auto liability insurance.\n")

TEXTS = {"jcct-21.txt": JCCT_21, "jcct-22.txt": JCCT_22, "jcct-22-press.txt": JCCT_22_PRESS, "sed-3.txt": OTHER}


@pytest.fixture(scope="module")
def records():
    return {name: extract_source(source_from_text(text, name)) for name, text in TEXTS.items()}


@pytest.fixture(scope="module")
def ledger(records) -> Ledger:
    return build(list(records.values()))


def _thread_with(ledger: Ledger, words: str):
    return next(t for t in ledger.threads if any(words in m.text for m in t.members))


def test_sessions_grouped_and_ordered(ledger):
    assert [s.id for s in ledger.sessions] == ["jcct-21", "s-ed-3", "jcct-22"]
    s22 = ledger.sessions[2]
    assert s22.documents == ["jcct-22-press.txt", "jcct-22.txt"]
    assert s22.lineage == "jcct" and s22.year == 2011 and not s22.year_estimated


def test_undated_document_joins_the_session_of_the_year_its_title_names(records):
    remarks = ("Remarks of the Treasury Secretary at the Closing Press Conference of the U.S.-China 2011 Strategic and "
               "Economic Dialogue\n\nToday China committed to let foreign insurers sell liability insurance to drivers.\n")
    doc = extract_source(source_from_text(remarks, "remarks.txt"))
    ledger = build([records["sed-3.txt"], doc, records["jcct-21.txt"]])
    assert [(s.id, s.documents) for s in ledger.sessions if s.lineage == "sed"] == [("s-ed-3", ["remarks.txt", "sed-3.txt"])]
    from jccttool.track import document_sessions

    assert document_sessions([records["sed-3.txt"], doc])[(doc.source.text_sha256, "remarks.txt")] == "s-ed-3"
    alone = build([doc, records["jcct-21.txt"]])  # no S&ED session of 2011 held: a session of its own
    assert any(s.id.startswith("doc-") for s in alone.sessions)


def test_duplicates_across_documents_counted_once_with_every_source(ledger):
    t = _thread_with(ledger, "licensed software")
    assert t.sessions == ["jcct-21", "jcct-22"] and t.status == "recurring"
    assert sorted(s.path for s in t.members[1].sources) == ["jcct-22-press.txt", "jcct-22.txt"]
    assert sum(1 for x in ledger.threads if "licensed software" in x.members[-1].text) == 1


def test_near_duplicates_across_documents_of_a_session_counted_once(ledger):
    t = _thread_with(ledger, "American cherries")
    assert len(t.members) == 1 and sorted(s.path for s in t.members[0].sources) == ["jcct-22-press.txt", "jcct-22.txt"]
    assert sum(1 for x in ledger.threads if "cherries" in x.members[0].text) == 1


def test_reference_links_to_the_referenced_session_and_flags_overdue(ledger):
    t = _thread_with(ledger, "network access")
    assert t.sessions == ["jcct-21", "jcct-22"]
    assert t.members[1].link == "reference"
    assert t.earliest_deadline.isoformat() == "2011-06-30"
    assert t.overdue and t.members[1].after_deadline and not t.members[0].after_deadline


def test_reference_to_a_session_not_held_is_unresolved(ledger):
    assert [(u.session, u.year, u.text) for u in ledger.unresolved] == [("jcct-22", 2008, "the 2008 JCCT commitment")]
    assert ledger.unresolved[0].thread == _thread_with(ledger, "express delivery").id


def test_reference_without_a_matching_commitment_in_the_held_session_is_unresolved(records):
    text = JCCT_22.replace("open its express delivery market", "lower the capital requirements for foreign banks").replace(
        "the 2008 JCCT", "the 2010 JCCT")
    newer = extract_source(source_from_text(text, "jcct-22.txt"))
    ledger = build([records["jcct-21.txt"], newer])
    assert [u.text for u in ledger.unresolved] == ["the 2010 JCCT commitment"]
    assert "capital requirements" in next(t for t in ledger.threads if t.id == ledger.unresolved[0].thread).members[0].text
    assert _thread_with(ledger, "network access").members[1].link == "reference"


def test_status_new_and_not_repeated(ledger):
    assert _thread_with(ledger, "clean energy trade mission").status == "new"
    other = _thread_with(ledger, "compulsory auto liability")
    assert other.status == "new"  # the latest session of its own series
    assert not any(t.status == "fulfilled" for t in ledger.threads)


def test_not_repeated_since():
    old = extract_source(source_from_text(JCCT_21, "a.txt"))
    newer = extract_source(source_from_text(JCCT_22_PRESS, "b.txt"))
    t = _thread_with(build([old, newer]), "telecommunications network access")
    assert t.status == "not_repeated" and t.not_repeated_since == "jcct-21"
    assert "not repeated since JCCT 21" in render.status_text(t, {s.id: s for s in build([old, newer]).sessions})


def test_thread_ids_stable_when_unrelated_documents_are_added(records):
    some = build([records["jcct-21.txt"], records["jcct-22.txt"]])
    more = build(list(records.values()))
    ids = {t.id for t in more.threads}
    assert {t.id for t in some.threads if t.first_session == "jcct-21"} <= ids


@settings(max_examples=12, deadline=None)
@given(order=st.permutations(list(TEXTS)))
def test_output_identical_for_any_input_order(records, ledger, order):
    shuffled = build([records[n] for n in order])
    for fn in (render.render_json, render.render_csv, render.render_jsonl, render.render_markdown, render.render_html,
               render.render_plain):
        assert fn(shuffled) == fn(ledger)


def test_rows_one_per_thread_session(ledger):
    rows = render.rows(ledger)
    assert len(rows) == sum(len(t.members) for t in ledger.threads)
    assert list(rows[0]) == list(render.COLUMNS)


@pytest.fixture()
def corpus(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


runner = CliRunner()


def test_cli_json_from_texts_and_from_extractions_agree(corpus, tmp_path):
    from_texts = runner.invoke(app, ["track", str(corpus), "-f", "json", "-j", "1"])
    assert from_texts.exit_code == 0, from_texts.stderr
    Ledger.model_validate_json(from_texts.stdout)
    jsonl = tmp_path / "all.jsonl"
    extracted = runner.invoke(app, ["extract", *sorted(str(p) for p in corpus.glob("*.txt")), "-o", str(jsonl), "-q", "-j", "1"])
    assert extracted.exit_code == 0
    from_jsonl = runner.invoke(app, ["track", str(jsonl), "-f", "json"])
    assert from_jsonl.exit_code == 0
    assert json.loads(from_jsonl.stdout)["threads"] == json.loads(from_texts.stdout)["threads"]


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl", "markdown", "html"])
def test_cli_formats(corpus, fmt):
    result = runner.invoke(app, ["track", str(corpus), "-f", fmt, "-j", "1"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "table":  # piped: plain text, no markup
        assert "threads:" in out and "\x1b[" not in out
    elif fmt == "csv":
        assert out.startswith("thread,status,")
    elif fmt == "jsonl":
        assert all(json.loads(line)["thread"].startswith("t-") for line in out.splitlines())
    elif fmt == "markdown":
        assert out.startswith("# Commitment ledger") and "## ipr" in out
    else:
        assert out.startswith("<!DOCTYPE html>") and "<script>" in out and "http" not in out.split("<body>")[1]


def test_cli_errors_one_line_and_exit_2(corpus, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("elsewhere")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["track", str(corpus / "jcct-21.txt"), str(bad), str(tmp_path / "missing.txt"), "-j", "1"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("jccttool:")]
    assert len(errors) == 2 and all("Traceback" not in e for e in errors)
    assert "threads:" in result.stdout  # the good input is still tracked
    assert runner.invoke(app, ["track"]).exit_code == 2
    assert runner.invoke(app, ["track", str(corpus), "-f", "xml"]).exit_code == 2
    assert runner.invoke(app, ["track", str(corpus), "--score", str(tmp_path), "-f", "csv"]).exit_code == 2
    no_gold = runner.invoke(app, ["track", str(corpus), "--score", str(tmp_path), "-j", "1"])
    assert no_gold.exit_code == 2 and no_gold.stderr.count("\n") == 1


def test_schema_ledger_is_committed():
    result = runner.invoke(app, ["schema", "--ledger"])
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "docs" / "ledger.schema.json").read_text(encoding="utf-8")


def _gold(folder: Path, records) -> None:
    spans = {}
    for name, r in records.items():
        spans[Path(name).stem] = {"path": name, "commitments": [
            {"id": f"{Path(name).stem}#{k + 1}", "span": list(c.span), "optional": False}
            for k, c in enumerate(r.commitments)]}
    (folder / "commitments.json").write_text(json.dumps({"files": spans}), encoding="utf-8")
    # jcct-21#1 (network access) and #2 (software) recur at jcct-22 (#1) and jcct-22 (#3)
    # / jcct-22-press (#1, a duplicate sentence); the gold claims a link the texts do not make
    # (sed-3#1 with jcct-22-press#2).
    threads = {"threads": [{"members": ["jcct-21#1", "jcct-22#1"]},
                           {"members": ["jcct-21#2", "jcct-22#3", "jcct-22-press#1"]},
                           {"members": ["jcct-22#4", "jcct-22-press#3"]},
                           {"members": ["sed-3#1", "jcct-22-press#2"]}]}
    (folder / "threads.json").write_text(json.dumps(threads), encoding="utf-8")


def test_score_links(records, ledger, tmp_path):
    _gold(tmp_path, records)
    score = score_links(ledger, load_gold(tmp_path))
    # predicted: 21#1-22#1; 21#2 with 22#3 and press#1, 22#3-press#1 (one member, two documents);
    # 22#4-press#3 (near duplicates): 5 pairs, all right
    assert (score.correct, score.predicted, score.gold) == (5, 5, 6)
    assert score.precision == 1.0 and score.recall == 0.833
    assert score.missed == [("jcct-22-press#2", "sed-3#1")]


def test_score_cli_on_the_series_corpus():
    gold = ROOT / "tests" / "corpus" / "series" / "gold"
    result = runner.invoke(app, ["track", str(gold.parent), str(ROOT / "data" / "raw" / "jcct-22-fact-sheet-2011.txt"),
                                 "--score", str(gold), "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["gold"] >= 20 and 0 <= (data["precision"] or 0) <= 1 and 0 <= data["recall"] <= 1


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium installed (chromium, chromium-browser or google-chrome); "
                    "the HTML timeline's filters are checked only where a browser is present")
def test_html_filters_in_headless_chromium(ledger, tmp_path):
    page = tmp_path / "ledger.html"
    page.write_text(render.render_html(ledger), encoding="utf-8")
    recurring = sum(1 for t in ledger.threads if t.status == "recurring")
    ipr = sum(1 for t in ledger.threads if "ipr" in t.areas)

    def dom(fragment: str) -> str:
        done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                               f"{page.as_uri()}#{fragment}"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
        return done.stdout

    shown = lambda html: int(html.split('<span id="shown">')[1].split("<")[0])
    assert shown(dom("status=recurring")) == recurring
    assert shown(dom("area=ipr")) == ipr
    static = page.read_text(encoding="utf-8")
    assert shown(static) == len(ledger.threads)
    first = ledger.threads[0]
    assert f'href="#{first.id}-1"' in static and f'id="{first.id}-1"' in static  # a cell links to its sentence
