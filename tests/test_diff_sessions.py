"""``jccttool diff`` between two sessions: the analyst's report (issue #17, item 5).

Unit tests build two small sessions by hand (sentences written for these tests), so
they do not depend on extractor or pairing quality; the real example at the end runs
the pipeline on the 22nd fact sheet and the opening of the 23rd JCCT fact sheet.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jccttool.cli.diff import app
from jccttool.compare import compare
from jccttool.records import Party, Reference
from jccttool.render.diff import render_markdown, render_text
from jccttool.render.sessions import deadline_words

from .conftest import FACT_SHEET
from .test_diff import Doc

ROOT = Path(__file__).resolve().parents[1]
SERIES_23 = ROOT / "tests" / "corpus" / "series" / "jcct-23-ustr-2012.txt"

runner = CliRunner()

OLD_SOFTWARE = "China will make sure that ministries in every province run only licensed office software."
NEW_SOFTWARE = "China confirmed that ministries in every province run only licensed office software by March 2013."
OLD_DRUGS = "The drug regulator will publish a list of approved vaccine makers for public comment."
NEW_TESTS = "The two sides agreed to hold a seminar on testing of wireless equipment in the spring of 2013."
OLD_FIG = "In 2010, sales of licensed office software in China reached $3.1 billion."
NEW_FIG = "In 2011, sales of licensed office software in China reached $3.9 billion."


def _with(record, areas: dict[str, list[str]], refs=(), co_chairs=(), location=None, start=None, parties=()):
    """The record with commitment areas (by sentence), references, and session details."""
    commitments = [c.model_copy(update={"areas": areas.get(c.text, [])}) for c in record.commitments]
    session = record.document.session.model_copy(update={
        "co_chairs": list(co_chairs), "location": location, "start": start, "end": start})
    document = record.document.model_copy(update={"session": session})
    return record.model_copy(update={"commitments": commitments, "references": list(refs), "document": document,
                                     "parties": record.parties + list(parties)})


def _pair():
    old = Doc(OLD_FIG, OLD_SOFTWARE, OLD_DRUGS, "Talks were held in 2011.", ordinal=22)
    old.add_money("$3.1 billion", "3100000000", year=2010)
    old.add_date("2011", date(2011, 1, 1), date(2011, 12, 31), grain="year", role="event")
    old.add_commitment(OLD_SOFTWARE, verb="will", kind="pledge", cid="c-0000000000a1")
    old.add_commitment(OLD_DRUGS, actors=("sfda",), verb="will", kind="pledge", cid="c-0000000000a2")
    new = Doc(NEW_FIG, NEW_SOFTWARE, NEW_TESTS, "Talks were held in 2012.", "Building on the 22nd JCCT, work goes on.",
              ordinal=23, issued=date(2012, 12, 19), title="23rd JCCT Fact Sheet")
    new.add_money("$3.9 billion", "3900000000", year=2011)
    new.add_date("2012", date(2012, 1, 1), date(2012, 12, 31), grain="year", role="event")
    new.add_date("the spring of 2013", date(2013, 3, 1), date(2013, 5, 31), grain="season", role="event")
    new.add_commitment(NEW_SOFTWARE, verb="confirm", kind="affirmation", cid="c-0000000000b1",
                       deadline=("by March 2013", date(2013, 3, 1), date(2013, 3, 31)))
    new.add_commitment(NEW_TESTS, actors=("china", "united-states"), verb="agree", kind="cooperation", cid="c-0000000000b2")
    ref_text = "the 22nd JCCT"
    ref = Reference(text=ref_text, span=new.span(ref_text), refers_to="meeting", forum="jcct", ordinal=22, section="s01")
    kirk = Party(id="ron-kirk", name="Ron Kirk", type="person", country="US")
    bryson = Party(id="john-bryson", name="John Bryson", type="person", country="US")
    blank = Party(id="rebecca-blank", name="Rebecca Blank", type="person", country="US")
    sfda = Party(id="sfda", name="State Food and Drug Administration", type="government_body", country="CN", acronym="SFDA")
    a = _with(old.build(), {OLD_SOFTWARE: ["ipr"], OLD_DRUGS: ["health"]}, co_chairs=("john-bryson", "ron-kirk"),
              location="Chengdu, China", start=date(2011, 11, 20), parties=(kirk, bryson, sfda))
    b = _with(new.build(), {NEW_SOFTWARE: ["ipr", "procurement"], NEW_TESTS: ["standards", "services"]}, refs=[ref],
              co_chairs=("ron-kirk", "rebecca-blank"), location="Washington, D.C.", start=date(2012, 12, 18),
              parties=(kirk, blank))
    b = b.model_copy(update={"sections": [b.sections[0].model_copy(update={"areas": ["ipr"]})]})
    return (a, old.text), (b, new.text)


@pytest.fixture(scope="module")
def sessions():
    (a, ta), (b, tb) = _pair()
    return compare(a, b, old_text=ta, new_text=tb, old_name="jcct-22.json", new_name="jcct-23.json")


@pytest.fixture(scope="module")
def sessions_all():
    (a, ta), (b, tb) = _pair()
    return compare(a, b, old_text=ta, new_text=tb, old_name="jcct-22.json", new_name="jcct-23.json", everything=True)


# --------------------------------------------------------------------------- data


def test_sessions_areas_new_recurring_not_repeated(sessions):
    assert sessions.mode == "sessions" and not sessions.identical
    areas = {a.area: a for a in sessions.report.areas}
    assert list(areas) == ["ipr", "standards", "services", "health"]  # the taxonomy's order
    # a pair stands in the areas its two sentences share
    assert "procurement" not in areas
    assert areas["ipr"].recurring == [("c-0000000000a1", "c-0000000000b1")] and areas["ipr"].status == "recurring"
    assert areas["standards"].new == ["c-0000000000b2"] and areas["standards"].status == "new"
    assert areas["health"].not_repeated == ["c-0000000000a2"] and areas["health"].status == "not_repeated"


def test_sessions_recurring_pair_says_what_changed(sessions):
    (pair,) = sessions.kinds["commitments"].recurring
    assert pair.matched_by == "pairing"
    assert set(pair.fields) == {"verb", "kind", "deadline"}
    assert pair.fields["verb"] == ("will", "confirm")
    assert pair.fields["deadline"][0] is None and pair.fields["deadline"][1]["text"] == "by March 2013"


def test_sessions_json_shape(sessions):
    data = json.loads(sessions.to_json())
    assert data["diff_version"] == "2" and data["mode"] == "sessions" and data["all"] is False
    assert {"area", "new", "recurring", "not_repeated"} <= set(data["areas"][0])
    ipr = next(a for a in data["areas"] if a["area"] == "ipr")
    assert ipr["recurring"] == [["c-0000000000a1", "c-0000000000b1"]]
    (rec,) = data["commitments"]["recurring"]
    assert rec["old"]["id"] == "c-0000000000a1" and rec["new"]["id"] == "c-0000000000b1"
    assert rec["changed"]["verb"] == {"old": "will", "new": "confirm"}
    assert [c["id"] for c in data["commitments"]["new"]] == ["c-0000000000b2"]
    assert [c["id"] for c in data["commitments"]["not_repeated"]] == ["c-0000000000a2"]
    assert data["session"]["ordinal"] == {"old": 22, "new": 23}
    assert data["session"]["participants"] == {"old": 3, "new": 2}
    assert data["references"]["new"][0]["names_old_session"] is True
    assert data["summary"]["commitments"] == {"new": 1, "recurring": 1, "not_repeated": 1}
    assert data["money"]["changed"][0]["changed"]["amount"] == {"old": 3100000000, "new": 3900000000}
    assert data["hidden"] == {"dates": 1, "parties": 3}


def test_sessions_json_is_deterministic():
    (a, ta), (b, tb) = _pair()
    assert compare(a, b, old_text=ta, new_text=tb).to_json() == compare(a, b, old_text=ta, new_text=tb).to_json()


# --------------------------------------------------------------------------- text


def _summary(text: str) -> list[str]:
    """The lines before the first blank line after the header: the one-screen summary."""
    lines = text.splitlines()
    return lines[: lines.index("")] if "" in lines else lines


def test_sessions_text_summary(sessions):
    text = render_text(sessions)
    summary = _summary(text)
    assert len(summary) <= 25
    joined = "\n".join(summary)
    assert "ordinal: 22 → 23" in joined and "place: Chengdu, China → Washington, D.C." in joined
    assert "co-chairs: kept Ron Kirk; new Rebecca Blank; gone John Bryson" in joined
    assert re.search(r"^  ipr\s+recurring area\s+0\s+1\s+0$", joined, re.M)
    assert re.search(r"^  health\s+not repeated\s+0\s+0\s+1$", joined, re.M)
    assert re.search(r"^  standards\s+new area\s+1\s+0\s+0$", joined, re.M)
    assert "References to earlier sessions: 1 in the new session (1 naming the old one)" in joined


def test_sessions_text_parts(sessions):
    text = render_text(sessions)
    assert "== ipr: Intellectual property rights (recurring area): 0 new, 1 recurring, 0 not repeated" in text
    assert f"    = old: {OLD_SOFTWARE} [China; pledge]" in text
    assert f"      new: {NEW_SOFTWARE} [China; affirmation; by March 2013]" in text
    assert "      changed: verb: will → confirm; kind: pledge → affirmation; deadline: none → by March 2013" in text
    assert f"    + {NEW_TESTS} [China, United States; cooperation]" in text
    assert "  Not repeated" in text and f"    - {OLD_DRUGS} [State Food and Drug Administration; pledge]" in text
    assert '    > "the 22nd JCCT" (meeting, jcct, no. 22) — names the old session' in text
    # a commitment is written out once: in its other areas it is named by its first words
    assert "== services" in text and "    + (under standards) The two sides agreed to hold a seminar on testing…" in text
    assert "by by" not in text and "removed" not in text.lower() and "similarity" not in text


def test_sessions_figures_say_what_they_measure(sessions):
    text = render_text(sessions)
    assert "    ~ $3.1 billion → $3.9 billion (amount: 3,100,000,000 → 3,900,000,000; year: 2010 → 2011)" in text
    assert "        In #, sales of licensed office software in China reached <figure>." in text


def test_sessions_default_hides_year_dates_participants_and_role_only(sessions, sessions_all):
    text, everything = render_text(sessions), render_text(sessions_all)
    year_change = "    ~ 2011 → 2012 (2012-01-01..2012-12-31, event)"
    assert year_change not in text and year_change in everything
    assert "the spring of 2013 (2013-03-01..2013-05-31, season, event)" in text
    assert "== Parties" not in text and "+ Rebecca Blank (rebecca-blank, person)" in everything
    assert "Not listed (--all lists them):" in text and "Not listed" not in everything
    assert json.loads(sessions_all.to_json())["hidden"] == {}


def test_sessions_role_only_date_change_hidden():
    text = "Talks in June 2012 went well."
    old = Doc(text).add_date("June 2012", date(2012, 6, 1), date(2012, 6, 30), role="event").build()
    new = Doc(text, ordinal=23).add_date("June 2012", date(2012, 6, 1), date(2012, 6, 30), role="other").build()
    default, everything = compare(old, new, mode="sessions"), compare(old, new, mode="sessions", everything=True)
    assert not default.report.kinds["dates"].changed and default.report.hidden["dates"] == 1
    assert everything.report.kinds["dates"].changed[0].fields == {"role": ("event", "other")}


@pytest.mark.parametrize("text, said", [
    ("by June 2012", "by June 2012"), ("By the middle of 2012", "By the middle of 2012"),
    ("the end of 2011", "by the end of 2011"), ("before December 1, 2011", "before December 1, 2011"),
    ("no later than   2013", "no later than 2013"),
], ids=["by", "By", "bare", "before", "no-later-than"])
def test_deadline_words_never_doubles_by(text, said):
    assert deadline_words(text) == said


# --------------------------------------------------------------------------- markdown


def test_sessions_markdown_reads_as_a_briefing_note(sessions):
    md = render_markdown(sessions)
    assert md.startswith("# 22nd JCCT → 23rd JCCT: what is new, what recurs, what was not repeated\n")
    assert "## At a glance" in md and "| place | Chengdu, China | Washington, D.C. |" in md
    assert "| Intellectual property rights (ipr) | recurring area | 0 | 1 | 0 |" in md
    assert "## Intellectual property rights (ipr)" in md and "### Recurring" in md and "### Not repeated" in md
    assert f"- **Then:** {OLD_SOFTWARE} — *China; pledge*\\" in md
    assert f"  **Now:** {NEW_SOFTWARE} — *China; affirmation; by March 2013*\\" in md
    assert "  **Changed:** *verb: will → confirm; kind: pledge → affirmation; deadline: none → by March 2013*" in md
    assert "removed" not in md.lower() and "by by" not in md


# --------------------------------------------------------------------------- revision mode untouched


def test_revision_mode_ignores_all_and_keeps_its_structure():
    (a, ta), _ = _pair()
    plain = compare(a, a, old_text=ta, new_text=ta)
    assert plain.mode == "revision" and plain.report is None
    assert compare(a, a, old_text=ta, new_text=ta, everything=True).to_json() == plain.to_json()
    assert list(json.loads(plain.to_json())) == ["diff_version", "identical", "mode", "threshold", "only", "old", "new",
                                                 "document", "topics", "summary", "kinds"]


# --------------------------------------------------------------------------- CLI


def test_cli_sessions_all_and_formats(tmp_path):
    (a, _), (b, _) = _pair()
    pa, pb = tmp_path / "a.json", tmp_path / "b.json"
    pa.write_text(a.to_json(), encoding="utf-8")
    pb.write_text(b.to_json(), encoding="utf-8")
    text = runner.invoke(app, [str(pa), str(pb)])
    assert text.exit_code == 1 and "Commitments by issue area" in text.stdout and "== Parties" not in text.stdout
    everything = runner.invoke(app, [str(pa), str(pb), "--all"])
    assert everything.exit_code == 1 and "== Parties" in everything.stdout
    js = json.loads(runner.invoke(app, [str(pa), str(pb), "--format", "json", "--all"]).stdout)
    assert js["all"] is True and js["areas"]
    md = runner.invoke(app, [str(pa), str(pb), "--format", "markdown"])
    assert md.exit_code == 1 and md.stdout.startswith("# 22nd JCCT → 23rd JCCT")


# --------------------------------------------------------------------------- the real example


@pytest.fixture(scope="module")
def real_22_23():
    from jccttool.pipeline import extract_source
    from jccttool.readers import read_source

    old, new = read_source(str(FACT_SHEET)), read_source(str(SERIES_23))
    return compare(extract_source(old), extract_source(new), old_text=old.text, new_text=new.text)


_BARE_YEAR_LINE = re.compile(r"^\s*[-+~] .*\(\d{4}-01-01\.\.\d{4}-12-31, year\b", re.M)


def test_real_22nd_against_23rd_summary(real_22_23):
    text = render_text(real_22_23)
    assert real_22_23.mode == "sessions"
    assert len(_summary(text)) <= 25, _summary(text)
    ipr = next(a for a in real_22_23.report.areas if a.area == "ipr")
    assert ipr.status == "recurring"
    assert re.search(r"^  ipr\s+recurring area\b", text, re.M)
    assert not _BARE_YEAR_LINE.search(text)
    assert "by by" not in text and "(similarity" not in text and "removed" not in text.lower()
    assert "co-chairs: kept Ron Kirk, Wang Qishan; new Rebecca Blank; gone John Bryson" in text


def test_real_23rd_software_bullet_recurs(real_22_23):
    soe = [r for r in real_22_23.kinds["commitments"].recurring if "state-owned enterprises" in r.new["text"]]
    assert soe and "software" in soe[0].old["text"] and "ipr" in soe[0].old["areas"]
