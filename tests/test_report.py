"""The HTML report: highlights nest and stay in place, the page is self-contained and
deterministic, the CLI writes it, and a real headless Chromium sees every highlight."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jccttool.cli import app
from jccttool.errors import InputError
from jccttool.render.html import Highlight, expected_records, load_source_text, mark_up, render_report

RAW = Path(__file__).resolve().parent.parent / "data" / "raw" / "jcct-22-fact-sheet-2011.txt"


@pytest.fixture(scope="module")
def record():
    from jccttool.pipeline import extract_path

    return extract_path(str(RAW))


@pytest.fixture(scope="module")
def page(record):
    return render_report(record, RAW.read_text(encoding="utf-8"))


def _pieces(markup: str) -> dict[str, str]:
    """data-rec -> the text of all its pieces, read back from HTML."""
    from lxml import html

    root = html.document_fromstring(markup)
    found: dict[str, str] = {}
    for el in root.iter():
        rec = el.get("data-rec") if isinstance(el.tag, str) else None
        if rec:
            found[rec] = found.get(rec, "") + el.text_content()
    return found


def _doc_text(markup: str) -> str:
    from lxml import html

    root = html.document_fromstring(markup)
    return root.xpath("//div[@class='doc']")[0].text_content()


def test_mark_up_nests_and_splits_overlaps():
    text = "China will invest $5 billion by 2015 <now> & later."
    marks = [
        Highlight(0, 50, "commitment", "commitment-1", "pledge"),
        Highlight(0, 5, "party", "party-china-1", "China"),
        Highlight(18, 28, "money", "money-1", "USD 5,000,000,000"),
        Highlight(21, 36, "date", "date-1", "overlaps the money"),
    ]
    markup = mark_up(text, marks)
    assert "&lt;now&gt; &amp; later" in markup
    from lxml import html

    frag = html.fragment_fromstring(f"<div>{markup}</div>")
    assert frag.text_content() == text
    pieces = _pieces(f"<html><body>{markup}</body></html>")
    assert pieces == {"commitment-1": text[:50], "party-china-1": "China", "money-1": "$5 billion",
                      "date-1": "billion by 2015"}
    assert markup.count('id="date-1"') == 1 and 'class="hl date cont"' in markup


def test_report_is_deterministic_and_self_contained(record, page):
    assert render_report(record, RAW.read_text(encoding="utf-8")) == page
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    for external in ("<script", "src=", "<link", "http://", "https://", "@import", "url("):
        assert external not in page


def test_report_highlights_every_record_in_place(record, page):
    text = RAW.read_text(encoding="utf-8")
    assert _doc_text(page) == text
    pieces = _pieces(page)
    assert expected_records(record) <= set(pieces)
    for i, c in enumerate(record.commitments, 1):
        assert pieces[f"commitment-{i}"] == c.text
    for i, m in enumerate(record.money, 1):
        assert pieces[f"money-{i}"] == m.text
    for i, d in enumerate(record.dates, 1):
        assert pieces[f"date-{i}"] == d.text
    for p in record.parties:
        for j, (s, e) in enumerate(p.mentions, 1):
            assert pieces[f"party-{p.id}-{j}"] == text[s:e]
    assert f"Commitments ({len(record.commitments)})" in page and f"Money ({len(record.money)})" in page


def test_load_source_text_checks_the_hash(record, tmp_path):
    assert load_source_text(record) == RAW.read_text(encoding="utf-8")
    changed = tmp_path / RAW.name
    changed.write_text(RAW.read_text(encoding="utf-8") + "x", encoding="utf-8")
    with pytest.raises(InputError, match="sha256 differs"):
        load_source_text(record, source=str(changed))
    moved = record.model_copy(update={"source": record.source.model_copy(update={"path": str(tmp_path / "gone.txt")})})
    with pytest.raises(InputError, match="not found or changed since extraction"):
        load_source_text(moved)
    shutil.copy(RAW, tmp_path / "elsewhere.txt")
    assert load_source_text(moved, source=str(tmp_path / "elsewhere.txt")).startswith("This site")


def test_export_html_cli(record, tmp_path):
    extraction = tmp_path / "jcct-22.json"
    extraction.write_text(record.model_dump_json(indent=2), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(extraction), "--to", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["export", str(extraction), "--to", "html", "--all", str(tmp_path / "out")])
    assert result.exit_code == 0 and (tmp_path / "out" / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    result = runner.invoke(app, ["export", str(extraction), "--to", "html", "--table", "money"])
    assert result.exit_code == 2 and "--table does not apply" in result.stderr
    data = json.loads(extraction.read_text(encoding="utf-8"))
    data["source"]["path"] = str(tmp_path / "missing.txt")
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["export", str(moved), "--to", "html"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "give --source FILE" in result.stderr
    result = runner.invoke(app, ["export", str(moved), "--to", "html", "--source", str(RAW), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output


def test_report_of_an_html_input(tmp_path):
    """The report re-reads HTML/PDF sources through the same reader."""
    from jccttool.pipeline import extract_path

    page_path = tmp_path / "sheet.html"
    page_path.write_text("<!DOCTYPE html><html><body><nav>Home</nav><h3>Cloud Computing</h3>"
                         "<p>The United States and China agreed to hold a seminar in the first half of 2012.</p>"
                         "</body></html>", encoding="utf-8")
    rec = extract_path(str(page_path))
    text = load_source_text(rec)
    assert _doc_text(render_report(rec, text)) == text


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_report_in_headless_chromium(record, page, tmp_path):
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    cmd = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", report.as_uri(),
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<mark" in dom
    pieces = _pieces(dom)
    missing = expected_records(record) - set(pieces)
    assert not missing, sorted(missing)[:10]
    text = RAW.read_text(encoding="utf-8")
    for i, c in enumerate(record.commitments, 1):
        assert pieces[f"commitment-{i}"] == c.text
    for i, m in enumerate(record.money, 1):
        assert pieces[f"money-{i}"] == m.text
    assert _doc_text(dom).replace("\r\n", "\n") == text.replace("\r\n", "\n")


def test_report_header_names_the_document_and_its_session(record, page):
    from lxml import html

    root = html.document_fromstring(page)
    facts = dict(zip(root.xpath("//dl[@class='facts']/dt/text()"), root.xpath("//dl[@class='facts']/dd/text()")))
    session = record.document.session
    assert facts["kind"] == record.document.kind.replace("_", " ")
    assert facts["issued"] == record.document.issued.isoformat()
    assert session.acronym in facts["session"] and facts["place"] == session.location
    assert facts["dates"].startswith(session.start.isoformat())
    names = {p.id: p.name for p in record.parties}
    assert facts["co-chairs"] == "; ".join(names[c] for c in session.co_chairs)
    for warning in record.warnings:
        assert warning in root.xpath("string(//ul[@class='warnings'])")


def test_report_counts_distinct_records_and_lists_parties_and_quantities(record, page):
    from lxml import html

    root = html.document_fromstring(page)
    legend = root.xpath("string(//ul[@class='legend'])")
    mentions = sum(len(p.mentions) for p in record.parties)
    assert f"parties: {len(record.parties)} ({mentions} mentions)" in legend
    assert f"Parties ({len(record.parties)})" in page and f"Quantities ({len(record.quantities)})" in page
    party_ids = root.xpath("//h2[@id='parties']/following-sibling::table[1]//td[@class='id']//text()")
    assert party_ids == [p.id for p in record.parties]
    rows = root.xpath("//h2[@id='quantities']/following-sibling::table[1]/tbody/tr")
    assert len(rows) == len(record.quantities)


def test_report_marks_deadlines_apart_and_separates_commitments(record, page):
    from lxml import html

    root = html.document_fromstring(page)
    deadlines = [i for i, d in enumerate(record.dates, 1) if d.role == "deadline"]
    assert deadlines
    marked = {el.get("data-rec") for el in root.xpath("//mark[contains(@class, 'deadline')]")}
    assert marked == {f"date-{i}" for i in deadlines}
    assert len(root.xpath("//h2[@id='dates']/following-sibling::table[1]/tbody/tr[@class='deadline']")) == len(deadlines)
    starts = root.xpath("//span[contains(concat(' ', @class, ' '), ' commitment ') and contains(@class, 'first')]")
    assert len(starts) == len(record.commitments)
    assert "span.commitment.first { border-left" in page and "td.id a, td.id { white-space: nowrap" in page


def test_report_shows_the_areas_of_each_commitment(record):
    page = render_report(record, RAW.read_text(encoding="utf-8"))
    assert "<th>areas</th>" in page
    first = record.commitments[0]
    assert first.areas and f"<td>{'; '.join(first.areas)}</td>" in page
