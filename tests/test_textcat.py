"""The shipped sentence classifier and the audit's ``likely_commitment`` shape.

The model is never trained here: the tests check that the copy in the package was built
from the gold now in the repository (sha256 in its meta), that the audit flags a sentence
the rules leave and not a plain non-commitment, and the CLI's ``--no-classifier``."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from importlib.resources import files

import pytest
from typer.testing import CliRunner

from jccttool import audit as audit_module
from jccttool import train_textcat
from jccttool.audit import SHAPES, audit_path, classifier_meta
from jccttool.cli import app
from jccttool.pipeline import extract_any
from tests.conftest import ROOT

# an actor no gazetteer knows (the rules cannot resolve it), then plain statements of fact
MISSED = "The provincial bureaus will further open the market for medical devices and ensure fair treatment of foreign firms."
PLAIN = ("Participants exchanged views on the global economy.", "The weather in Geneva was mild during the visit.")
TAKEN = "China agreed to publish the revised inspection rules."


def test_shipped_model_was_built_from_the_gold_in_the_repository():
    problem = train_textcat.check(ROOT, ROOT / train_textcat.MODEL_DIR)
    assert problem is None, problem


def test_training_data_hash_reads_texts_and_commitments_only(tmp_path):
    (tmp_path / "tests" / "gold").mkdir(parents=True)
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "note.txt").write_text("Both sides will meet. They agreed to cut fees.\n", encoding="utf-8")
    gold_path = tmp_path / "tests" / "gold" / "note.gold.json"

    def digest(**gold) -> str:
        gold_path.write_text(json.dumps({"document": "note.txt", **gold}), encoding="utf-8")
        return train_textcat.training_data_sha256(tmp_path, sets=())[0]

    pledge = {"text": "They agreed to cut fees.", "actor": ["united-states"]}
    base = digest(commitments=[pledge])
    assert digest(commitments=[{**pledge, "areas": ["customs"]}], parties=[{"text": "Both sides"}]) == base
    assert digest(commitments=[{**pledge, "optional": True}]) != base
    assert digest(commitments=[]) != base
    (tmp_path / "data" / "raw" / "note.txt").write_text("Both sides will meet. They agreed to cut fees!\n", encoding="utf-8")
    assert digest(commitments=[pledge]) != base


def test_model_meta_says_how_it_was_built():
    meta = classifier_meta()
    assert meta["seed"] == train_textcat.SEED and meta["arch"] == train_textcat.ARCH
    assert meta["sets"] == [*train_textcat.SETS, train_textcat.BUNDLED]
    assert "n" not in meta["sets"]  # never the blind set
    assert 0 < meta["positive"] < meta["sentences"] and meta["threshold"] == train_textcat.THRESHOLD
    assert meta["spacy_version"].split(".")[0] == "3"


def test_model_ships_as_package_data_and_stays_small():
    folder = files("jccttool.resources").joinpath(audit_module.MODEL)
    sizes = {name: len(folder.joinpath(name).read_bytes()) for name in ("config.cfg", "model.bin", "meta.json")}
    assert sum(sizes.values()) < 3_000_000, sizes
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert f"{audit_module.MODEL}/*" in package_data["jccttool.resources"]


def _likely(tmp_path, text: str) -> list[dict]:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return [f.to_dict() for f in audit_path(str(path)).findings if f.shape == "likely_commitment"]


def test_likely_commitment_flags_a_sentence_the_rules_leave(tmp_path):
    assert not extract_any(MISSED).commitments, "the rules now take this sentence: choose another one they miss"
    text = f"Port Talks\n\n{PLAIN[0]}\n\n{MISSED}\n\n{PLAIN[1]}\n"
    found = _likely(tmp_path, text)
    assert [f["text"] for f in found] == [MISSED]
    s, e = found[0]["span"]
    assert text[s:e] == MISSED
    assert train_textcat.THRESHOLD <= found[0]["score"] <= 1.0
    assert found == _likely(tmp_path, text)  # deterministic


@pytest.mark.parametrize("sentence", [*PLAIN, TAKEN], ids=["exchange-of-views", "weather", "taken-by-the-rules"])
def test_likely_commitment_not_on_plain_sentences_or_ones_the_rules_took(tmp_path, sentence):
    assert _likely(tmp_path, f"Port Talks\n\n{sentence}\n") == []


def test_cli_no_classifier_leaves_the_model_unloaded(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(f"{MISSED}\n", encoding="utf-8")
    runner = CliRunner()
    audit_module._classifier.cache_clear()
    r = runner.invoke(app, ["audit", str(doc), "--json", "--no-classifier"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert "likely_commitment" not in {row["shape"] for row in data["summary"]}
    assert audit_module._classifier.cache_info().currsize == 0
    r = runner.invoke(app, ["audit", str(doc), "--json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert {row["shape"] for row in data["summary"]} == set(SHAPES)
    assert [f["shape"] for f in data["documents"][0]["findings"]].count("likely_commitment") == 1
    r = runner.invoke(app, ["audit", str(doc), "--summary", "--shape", "name_unclaimed"])
    assert r.exit_code == 0 and "likely_commitment" not in r.stdout
    r = runner.invoke(app, ["audit", str(doc), "--shape", "likely_commitment", "--no-classifier"])
    assert r.exit_code == 2 and "needs the classifier" in r.stderr


def test_extract_never_loads_the_classifier():
    code = ("import sys, jccttool; jccttool.extract(sys.argv[1]); "
            "print('jccttool.audit' in sys.modules, 'jccttool.train_textcat' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "data" / "raw" / "jcct-22-fact-sheet-2011.txt")],
                         capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT / "src")}).stdout
    assert out.split() == ["False", "False"]


def test_cli_model_that_cannot_load_is_one_error(tmp_path, monkeypatch):
    doc = tmp_path / "note.txt"
    doc.write_text(f"{MISSED}\n", encoding="utf-8")
    monkeypatch.setattr(audit_module, "MODEL", "models/absent")
    audit_module._classifier.cache_clear()
    try:
        r = CliRunner().invoke(app, ["audit", str(doc), str(doc)])
        assert r.exit_code == 2
        assert r.stderr.count("jccttool:") == 1 and "missing from the package" in r.stderr and "--no-classifier" in r.stderr
        assert CliRunner().invoke(app, ["audit", str(doc), "--no-classifier"]).exit_code == 0
    finally:
        audit_module._classifier.cache_clear()
