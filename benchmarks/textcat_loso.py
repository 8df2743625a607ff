"""Experiment: does a small trained sentence classifier beat the commitment rules?

Issue 15, item 4. Every gold text (the held-out sets F, G, H, J, K and the bundled
``tests/gold``) is split into the pipeline's own sentences (``jccttool.nlp.make_doc`` +
``jccttool.nlp.sentences``). A sentence is *positive* when it overlaps a required gold
commitment; a sentence that overlaps only ``optional`` gold commitments is dropped from
training and scoring. Leave one set out: a spaCy ``textcat`` (``spacy.blank("en")``,
bag-of-words, no vectors, fixed seed, CPU) is trained on the other four held-out sets plus
the bundled gold and scored on the fifth, at the sentence level, against

  (a) rules     a sentence is positive when ``jccttool.extract`` returns a commitment in it
  (b) textcat   the classifier alone (P(commitment) >= 0.5)
  (c) OR        rules or textcat (recall aid)
  (d) AND       rules and textcat (precision filter)

Precision, recall and F1 per held-out set and pooled (sums of the five folds' counts).
Deterministic: fixed seeds, sorted inputs, no vectors. Offline; a few minutes on 2 cores.

    PYTHONPATH=$PWD/src python benchmarks/textcat_loso.py            # the table
    PYTHONPATH=$PWD/src python benchmarks/textcat_loso.py --json     # the counts as JSON

The set ``tests/heldout/l`` is a blind set and is never read here.
This is an experiment script, not part of the package or of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("f", "g", "h", "j", "k")  # never "l": the blind set
BUNDLED = "bundled"
SEED = 0
POS, NEG = "COMMITMENT", "OTHER"


@dataclass(frozen=True)
class Sentence:
    set: str
    document: str
    text: str
    gold: bool
    rules: bool


def _gold_dirs() -> dict[str, Path]:
    dirs = {s: ROOT / "tests" / "heldout" / s / "gold" for s in SETS}
    dirs[BUNDLED] = ROOT / "tests" / "gold"
    return dirs


def _spans(source: str, items: list[dict], where: str) -> list[tuple[int, int, bool]]:
    """(start, end, optional) of each gold commitment, found as the scorer finds it."""
    out = []
    for item in items:
        text = item["text"]
        start = -1
        for _ in range(int(item.get("occurrence", 1))):
            start = source.find(text, start + 1)
            if start < 0:
                raise SystemExit(f"{where}: gold text not found: {text[:60]!r}")
        out.append((start, start + len(text), bool(item.get("optional", False))))
    return out


def _overlaps(a: int, b: int, spans) -> bool:
    return any(s < b and a < e for s, e, *_ in spans)


_OLD_RULES = """
import json, sys
from jccttool import extract
print(json.dumps({p: [list(c.span) for c in extract(p).commitments] for p in sys.stdin.read().split("\\n") if p}))
"""


def old_rules(rev: str, paths: list[Path]) -> dict[str, list[tuple[int, int]]]:
    """The commitment spans that the rules of git revision ``rev`` find in ``paths``: its
    ``src`` tree, from ``git archive``, run in a subprocess (the sentences stay this tree's)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "src.tar"
        with archive.open("wb") as out:
            subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], stdout=out, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        done = subprocess.run([sys.executable, "-c", _OLD_RULES], input="\n".join(map(str, paths)), env=env,
                              capture_output=True, text=True, check=True, cwd=tmp)
    return {p: [tuple(span) for span in spans] for p, spans in json.loads(done.stdout).items()}


def load_sentences(set_name: str, gold_dir: Path, rules_rev: str | None = None) -> list[Sentence]:
    """The pipeline's sentences of every text of one gold folder, labelled; the rules'
    labels from this tree, or from git revision ``rules_rev``."""
    from jccttool import extract
    from jccttool.evaluate.gold import default_source_dirs, find_source, gold_files, load_gold, read_source_text
    from jccttool.nlp import make_doc, sentences

    folders = [gold_dir.parent, *default_source_dirs(gold_dir)]
    golds = [(gold_path, load_gold(gold_path)) for gold_path in gold_files(gold_dir)]
    paths = [find_source(gold["document"], folders) for _, gold in golds]
    old = old_rules(rules_rev, paths) if rules_rev else None
    out = []
    for (gold_path, gold), path in zip(golds, paths):
        source = read_source_text(path)
        gold_spans = _spans(source, gold.get("commitments") or [], str(gold_path))
        required = [(s, e) for s, e, optional in gold_spans if not optional]
        optional = [(s, e) for s, e, opt in gold_spans if opt]
        if old is not None:
            predicted = old[str(path)]
        else:
            predicted = [tuple(c.span) for c in extract(path).commitments]
        doc = make_doc(source)
        for _, _, start, end in sentences(doc):
            text = source[start:end].strip()
            if not text:
                continue
            positive = _overlaps(start, end, required)
            if not positive and _overlaps(start, end, optional):
                continue  # overlaps only optional gold: neither trained on nor scored
            out.append(Sentence(set_name, gold["document"], text, positive, _overlaps(start, end, predicted)))
    return out


ARCHS = {
    # bag of words: unigrams and bigrams, hashed; no vectors
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 262144},
    # bag of words + a small CNN over hashed token features (no pretrained vectors)
    "ensemble": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                         "no_output_layer": False, "length": 262144},
        "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                              "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                              "include_static_vectors": False},
                    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "depth": 2,
                               "window_size": 1, "maxout_pieces": 3}},
    },
}


def train(examples: list[Sentence], epochs: int, seed: int, arch: str = "bow"):
    """A blank-English textcat (``ARCHS[arch]``) trained on ``examples``."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={"model": ARCHS[arch]},
    )
    textcat.add_label(POS)
    textcat.add_label(NEG)
    data = [Example.from_dict(nlp.make_doc(s.text), {"cats": {POS: float(s.gold), NEG: float(not s.gold)}})
            for s in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
    return nlp


def predict(nlp, sentences: list[Sentence]) -> list[bool]:
    return [doc.cats[POS] >= 0.5 for doc in nlp.pipe((s.text for s in sentences), batch_size=256)]


def counts(gold: list[bool], pred: list[bool]) -> dict[str, int]:
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    return {"tp": tp, "fp": fp, "fn": fn}


def prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


METHODS = ("rules", "textcat", "rules OR textcat", "rules AND textcat")


def run(epochs: int, seed: int, arch: str = "bow", rules_revs: dict[str, str] | None = None) -> dict:
    revs = rules_revs or {}
    by_set = {name: load_sentences(name, folder, revs.get(name)) for name, folder in _gold_dirs().items()}
    result: dict = {"arch": arch, "epochs": epochs, "seed": seed, "rules_revs": revs, "folds": {}, "pooled": {m: {"tp": 0, "fp": 0, "fn": 0} for m in METHODS}}
    for held in SETS:
        training = [s for name, sents in by_set.items() if name != held for s in sents]
        test = by_set[held]
        nlp = train(training, epochs, seed, arch)
        cat = predict(nlp, test)
        rules = [s.rules for s in test]
        gold = [s.gold for s in test]
        preds = {
            "rules": rules,
            "textcat": cat,
            "rules OR textcat": [a or b for a, b in zip(rules, cat)],
            "rules AND textcat": [a and b for a, b in zip(rules, cat)],
        }
        fold = {"sentences": len(test), "positive": sum(gold), "train_sentences": len(training),
                "train_positive": sum(s.gold for s in training)}
        for method, pred in preds.items():
            c = counts(gold, pred)
            fold[method] = c
            for k in c:
                result["pooled"][method][k] += c[k]
        result["folds"][held] = fold
    if revs:  # the sets scored with rules that never saw them: a blind comparison
        result["pooled_old_rules"] = {m: {k: sum(result["folds"][h][m][k] for h in revs) for k in ("tp", "fp", "fn")}
                                      for m in METHODS}
    return result


def run_on(test_gold: Path, epochs: int, seed: int, arch: str = "bow") -> dict:
    """One model trained on every set and the bundled gold, scored on another gold folder
    (a blind set: only the counts are reported, never its sentences)."""
    training = [s for name, folder in _gold_dirs().items() for s in load_sentences(name, folder)]
    test = load_sentences(test_gold.parent.name, test_gold)
    cat = predict(train(training, epochs, seed, arch), test)
    rules, gold = [s.rules for s in test], [s.gold for s in test]
    preds = {"rules": rules, "textcat": cat, "rules OR textcat": [a or b for a, b in zip(rules, cat)],
             "rules AND textcat": [a and b for a, b in zip(rules, cat)]}
    fold = {"sentences": len(test), "positive": sum(gold), "train_sentences": len(training),
            "train_positive": sum(s.gold for s in training), **{m: counts(gold, p) for m, p in preds.items()}}
    name = test_gold.parent.name
    return {"arch": arch, "epochs": epochs, "seed": seed, "rules_revs": {}, "folds": {name: fold}, "pooled": fold}


def table(result: dict) -> str:
    lines = [f"textcat: blank en, {result['arch']}, {result['epochs']} epochs, seed {result['seed']}",
             "", "| held out | sentences (positive) | method | P | R | F1 |", "|---|---|---|---|---|---|"]
    revs = result["rules_revs"]
    if revs:
        lines.insert(1, "rules of an older revision on " + ", ".join(f"set {k.upper()}: {v}" for k, v in sorted(revs.items())))
    rows = [*((f"set {k.upper()}" + (f" (rules {revs[k]})" if k in revs else ""), v) for k, v in result["folds"].items()),
            ("pooled", result["pooled"])]
    if revs:
        rows.append((f"pooled {'+'.join(sorted(k.upper() for k in revs))} (older rules)", result["pooled_old_rules"]))
    for name, fold in rows:
        sets = list(result["folds"]) if name == "pooled" else sorted(revs)
        size = f"{fold['sentences']} ({fold['positive']})" if "sentences" in fold else (
            f"{sum(result['folds'][k]['sentences'] for k in sets)} "
            f"({sum(result['folds'][k]['positive'] for k in sets)})")
        for method in METHODS:
            p, r, f = prf(fold[method])
            lines.append(f"| {name} | {size} | {method} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--epochs", type=int, default=5, help="training epochs per fold (default 5)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--arch", choices=sorted(ARCHS), default="bow", help="textcat model (default bow)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--rules-rev", action="append", default=[], metavar="SET=REV",
                        help="score the rules of git revision REV on held-out SET (e.g. k=6543a60: code that never saw K)")
    parser.add_argument("--test", metavar="GOLD_DIR",
                        help="train on every set and the bundled gold, score this other gold folder only "
                             "(counts only: for a blind set)")
    args = parser.parse_args(argv)
    revs = dict(item.split("=", 1) for item in args.rules_rev)
    if any(k not in SETS for k in revs):
        parser.error(f"--rules-rev: the set is one of {', '.join(SETS)}")
    if args.test:
        result = run_on(Path(args.test).resolve(), args.epochs, args.seed, args.arch)
    else:
        result = run(args.epochs, args.seed, args.arch, revs)
    print(json.dumps(result, indent=2, sort_keys=True) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
