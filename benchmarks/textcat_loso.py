"""Experiment: does a small trained sentence classifier beat the commitment rules?

Issue 15, item 4. Every gold text (the held-out sets F, G, H, J, K and the bundled
``tests/gold``) is split into the pipeline's own sentences (``jccttool.nlp.make_doc`` +
``jccttool.nlp.sentences``; the labelling and training live in ``jccttool.train_textcat``,
which builds the model ``jccttool audit`` ships). A sentence is *positive* when it overlaps a required gold
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
    PYTHONPATH=$PWD/src python benchmarks/textcat_loso.py --thresholds   # the audit flag's threshold

``--thresholds`` leaves one set out over the sets the shipped model trains on (F to M) and
reports, per threshold, the flag's precision among the sentences the rules left and its
recall of the rule misses. A blind set (``tests/heldout/n``) is never read here.
This is an experiment script, not part of the package or of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jccttool import train_textcat as textcat

ROOT = Path(__file__).resolve().parent.parent
SETS = ("f", "g", "h", "j", "k")  # the sets of the experiment as recorded (never a blind set)
BUNDLED = textcat.BUNDLED
SEED = textcat.SEED
POS = textcat.POS
ARCHS = textcat.ARCHS
train = textcat.train


@dataclass(frozen=True)
class Sentence:
    set: str
    document: str
    text: str
    gold: bool
    rules: bool
    pointed: bool = False  # a rule shape of the audit (trigger_without_commitment, list_item_unread) points at it


def _gold_dirs() -> dict[str, Path]:
    return textcat.gold_dirs(ROOT, SETS)


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


AUDIT_RULE_SHAPES = ("trigger_without_commitment", "list_item_unread")


def load_sentences(set_name: str, gold_dir: Path, rules_rev: str | None = None, pointed: bool = False) -> list[Sentence]:
    """The pipeline's sentences of every text of one gold folder, labelled
    (:func:`jccttool.train_textcat.labelled_sentences`); the rules' labels from this
    tree, or from git revision ``rules_rev``; with ``pointed``, whether this tree's audit
    points at the sentence with a rule shape (:data:`AUDIT_RULE_SHAPES`)."""
    from jccttool import extract
    from jccttool.audit import audit_path
    from jccttool.text import SpanCover

    labelled = textcat.labelled_sentences(set_name, gold_dir)
    paths = list(dict.fromkeys(s.path for s in labelled))
    old = old_rules(rules_rev, paths) if rules_rev else None
    predicted = {p: old[str(p)] if old is not None else [tuple(c.span) for c in extract(p).commitments] for p in paths}
    shapes = {p: SpanCover(f.span for f in audit_path(str(p), classifier=False).findings if f.shape in AUDIT_RULE_SHAPES)
              for p in paths} if pointed else {}
    return [Sentence(set_name, s.document, s.text, s.gold, textcat.overlaps(s.start, s.end, predicted[s.path]),
                     bool(shapes) and shapes[s.path].overlaps(s.start, s.end))
            for s in labelled]


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


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def run_thresholds(epochs: int, seed: int, arch: str = "bow", rules_revs: dict[str, str] | None = None) -> dict:
    """The ``likely_commitment`` flag of ``jccttool audit``, leave one set out over the sets
    the shipped model trains on (:data:`jccttool.train_textcat.SETS`): a model trained on the
    other sets and the bundled gold scores the held-out set's sentences; among the sentences
    in which the rules found no commitment, a flag (score >= t) is right when the sentence
    holds a gold commitment. Counts per set and threshold: ``flagged``, ``right`` and
    ``missed`` (the rule misses: gold sentences the rules left). With this tree's rules (no
    ``rules_revs``) also ``pointed`` (rule misses a rule shape of the audit points at) and,
    per threshold, ``new`` (right flags no rule shape points at)."""
    revs = rules_revs or {}
    dirs = textcat.gold_dirs(ROOT)
    by_set = {name: load_sentences(name, folder, revs.get(name), pointed=not revs and name != textcat.BUNDLED)
              for name, folder in dirs.items()}
    result: dict = {"arch": arch, "epochs": epochs, "seed": seed, "rules_revs": revs, "thresholds": list(THRESHOLDS), "folds": {}}
    for held in textcat.SETS:
        nlp = train([s for name, sents in by_set.items() if name != held for s in sents], epochs, seed, arch)
        left = [s for s in by_set[held] if not s.rules]
        cats = textcat.scores(nlp, [s.text for s in left])
        fold = {"sentences": len(by_set[held]), "positive": sum(s.gold for s in by_set[held]), "missed": sum(s.gold for s in left)}
        if not revs:
            fold["pointed"] = sum(s.gold and s.pointed for s in left)
            fold["pointed_all"] = sum(s.pointed for s in left)
        for t in THRESHOLDS:
            flagged = [s for s, c in zip(left, cats) if c >= t]
            fold[str(t)] = {"flagged": len(flagged), "right": sum(s.gold for s in flagged)}
            if not revs:
                fold[str(t)]["new"] = sum(s.gold and not s.pointed for s in flagged)
        result["folds"][held] = fold
    return result


def threshold_table(result: dict) -> str:
    revs = result["rules_revs"]
    head = "| held out (rules) | sentences (positive) | rule misses | " + " | ".join(f"t={t}" for t in result["thresholds"]) + " |"
    lines = [f"likely_commitment flag: textcat blank en, {result['arch']}, {result['epochs']} epochs, seed {result['seed']}; "
             "per threshold: flagged / right, precision, recall of the rule misses", "", head,
             "|" + "---|" * (3 + len(result["thresholds"]))]
    pointed = not revs
    if pointed:
        head = head.replace("| rule misses |", "| rule misses (a rule shape points at them, of all it points at) |")
        lines[0] += "; new: right flags no rule shape of the audit points at"
        lines[2] = head
    pooled: dict = {"sentences": 0, "positive": 0, "missed": 0, "pointed": 0, "pointed_all": 0,
                    **{str(t): {"flagged": 0, "right": 0, "new": 0} for t in result["thresholds"]}}
    for name, fold in [*result["folds"].items(), ("pooled", pooled)]:
        if name != "pooled":
            for k in ("sentences", "positive", "missed", "pointed", "pointed_all"):
                pooled[k] += fold.get(k, 0)
            for t in result["thresholds"]:
                for k in ("flagged", "right", "new"):
                    pooled[str(t)][k] += fold[str(t)].get(k, 0)
        cells = []
        for t in result["thresholds"]:
            c = fold[str(t)]
            p = c["right"] / c["flagged"] if c["flagged"] else 0.0
            r = c["right"] / fold["missed"] if fold["missed"] else 0.0
            cells.append(f"{c['flagged']}/{c['right']} P {p:.2f} R {r:.2f}" + (f" new {c['new']}" if pointed else ""))
        label = name if name == "pooled" else f"{name.upper()} ({revs.get(name, 'this tree')})"
        missed = f"{fold['missed']} ({fold['pointed']} of {fold['pointed_all']})" if pointed else f"{fold['missed']}"
        lines.append(f"| {label} | {fold['sentences']} ({fold['positive']}) | {missed} | " + " | ".join(cells) + " |")
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
    parser.add_argument("--thresholds", action="store_true",
                        help="leave one set out over the shipped model's sets (F to M): the audit flag's precision "
                             "and recall of the rule misses per threshold")
    args = parser.parse_args(argv)
    revs = dict(item.split("=", 1) for item in args.rules_rev)
    allowed = textcat.SETS if args.thresholds else SETS
    if any(k not in allowed for k in revs):
        parser.error(f"--rules-rev: the set is one of {', '.join(allowed)}")
    if args.thresholds:
        result = run_thresholds(args.epochs, args.seed, args.arch, revs)
        print(json.dumps(result, indent=2, sort_keys=True) if args.json else threshold_table(result))
        return 0
    if args.test:
        result = run_on(Path(args.test).resolve(), args.epochs, args.seed, args.arch)
    else:
        result = run(args.epochs, args.seed, args.arch, revs)
    print(json.dumps(result, indent=2, sort_keys=True) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
