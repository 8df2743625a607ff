"""Build the sentence classifier that ``jccttool audit`` ships (``likely_commitment``).

    PYTHONPATH=$PWD/src python -m jccttool.train_textcat            # from the repository root
    PYTHONPATH=$PWD/src python -m jccttool.train_textcat --check    # is the shipped model current?

Training data is the gold in the repository: the bundled ``tests/gold`` and the fitted
held-out sets (:data:`SETS`; never a blind set). Every gold text is cut into the
pipeline's own sentences (:func:`jccttool.nlp.make_doc` + :func:`jccttool.nlp.sentences`);
a sentence is *positive* when it overlaps a required gold commitment, and a sentence that
overlaps only ``optional`` gold commitments is left out (:func:`labelled_sentences`, the
labelling of ``benchmarks/textcat_loso.py``, which imports it from here). The model is a
spaCy ``textcat`` on ``spacy.blank("en")``: a bag of hashed unigrams and bigrams, no
vectors, fixed seed, CPU (:func:`train`). It does not depend on the rules.

The model is written into the package, ``src/jccttool/resources/models/textcat/``:
``config.cfg`` and ``model.bin`` (``nlp.to_bytes()`` without the vocabulary, which a bag
of hashed words does not need), and ``meta.json`` with the sha256 of the training data
(every text and its gold commitments, :func:`training_data_sha256`), the counts, the
architecture, the seed, the threshold ``audit`` uses and the spaCy version. A test
recomputes the sha256 and fails when the gold or the texts changed after the last build.

This module is a development tool: it reads the repository's ``tests/`` folders, which
are not in the wheel. Nothing in the package imports it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SETS = ("f", "g", "h", "j", "k", "l", "m")  # the fitted held-out sets; never a blind one
BUNDLED = "bundled"
SEED = 0
EPOCHS = 5
ARCH = "bow-small"  # 2**16 buckets: as good as 2**18 in the leave-one-set-out table, a quarter of the size
POS, NEG = "COMMITMENT", "OTHER"
# the audit flags a sentence the rules left when P(commitment) >= THRESHOLD; chosen by
# leave one set out on the fitted sets (``benchmarks/textcat_loso.py --thresholds``)
THRESHOLD = 0.5
MODEL_DIR = Path("src") / "jccttool" / "resources" / "models" / "textcat"
CONFIG, WEIGHTS, META = "config.cfg", "model.bin", "meta.json"

ARCHS = {
    # bag of words: unigrams and bigrams, hashed; no vectors
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 262144},
    # the same with 2**16 hash buckets: a quarter of the weights
    "bow-small": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                  "no_output_layer": False, "length": 65536},
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


@dataclass(frozen=True)
class Sentence:
    """One sentence of a gold text: where it is and whether it holds a gold commitment."""

    set: str
    document: str
    path: Path
    start: int
    end: int
    text: str
    gold: bool


def gold_dirs(root: Path, sets: tuple[str, ...] = SETS) -> dict[str, Path]:
    """The gold folder of each held-out set in ``sets``, then the bundled gold."""
    dirs = {s: root / "tests" / "heldout" / s / "gold" for s in sets}
    dirs[BUNDLED] = root / "tests" / "gold"
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


def overlaps(a: int, b: int, spans) -> bool:
    """Whether ``[a, b)`` overlaps any of ``spans`` (pairs or longer tuples)."""
    return any(s < b and a < e for s, e, *_ in spans)


def _documents(gold_dir: Path) -> list[tuple[Path, dict, Path]]:
    """(gold file, gold, source text path) of every gold file of a folder, by name."""
    from .evaluate.gold import default_source_dirs, find_source, gold_files, load_gold

    folders = [gold_dir.parent, *default_source_dirs(gold_dir)]
    out = []
    for gold_path in gold_files(gold_dir):
        gold = load_gold(gold_path)
        out.append((gold_path, gold, find_source(gold["document"], folders)))
    return out


def labelled_sentences(set_name: str, gold_dir: Path) -> list[Sentence]:
    """The pipeline's sentences of every text of one gold folder, labelled from its gold."""
    from .evaluate.gold import read_source_text
    from .nlp import make_doc, sentences

    out = []
    for gold_path, gold, path in _documents(gold_dir):
        source = read_source_text(path)
        gold_spans = _spans(source, gold.get("commitments") or [], str(gold_path))
        required = [(s, e) for s, e, optional in gold_spans if not optional]
        optional = [(s, e) for s, e, opt in gold_spans if opt]
        for _, _, start, end in sentences(make_doc(source)):
            text = source[start:end].strip()
            if not text:
                continue
            positive = overlaps(start, end, required)
            if not positive and overlaps(start, end, optional):
                continue  # overlaps only optional gold: neither trained on nor scored
            out.append(Sentence(set_name, gold["document"], path, start, end, text, positive))
    return out


def training_data_sha256(root: Path, sets: tuple[str, ...] = SETS) -> tuple[str, int]:
    """The sha256 of what the model is built from, and the number of documents: per gold
    file (sorted by path from ``root``), its path, its source text's path and bytes, and
    the fields of its commitments the labels read (``text``, ``occurrence``, ``optional``).
    Other gold fields (parties, dates, areas, ...) do not change the model, nor the hash."""
    top = root.resolve()
    rows = []
    for folder in gold_dirs(root, sets).values():
        for gold_path, gold, path in _documents(folder):
            items = [{"text": c["text"], "occurrence": int(c.get("occurrence", 1)), "optional": bool(c.get("optional", False))}
                     for c in gold.get("commitments") or []]
            head = {"gold": gold_path.resolve().relative_to(top).as_posix(), "source": path.resolve().relative_to(top).as_posix(),
                    "commitments": items}
            rows.append((head["gold"], json.dumps(head, sort_keys=True, ensure_ascii=False).encode(), path.read_bytes()))
    digest = hashlib.sha256()
    for _name, head, data in sorted(rows):
        digest.update(b"%d:%s%d:" % (len(head), head, len(data)))
        digest.update(data)
    return digest.hexdigest(), len(rows)


def train(examples: list[Sentence], epochs: int = EPOCHS, seed: int = SEED, arch: str = ARCH):
    """A blank-English textcat (``ARCHS[arch]``) trained on ``examples``."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHS[arch]})
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


def scores(nlp, texts: list[str]) -> list[float]:
    """P(commitment) of each text."""
    return [doc.cats[POS] for doc in nlp.pipe(texts, batch_size=256)]


def build(root: Path, out: Path, epochs: int = EPOCHS, seed: int = SEED, arch: str = ARCH) -> dict:
    """Train on every set of :data:`SETS` and the bundled gold; write the model and its
    meta into ``out``; return the meta."""
    import spacy

    examples = [s for name, folder in gold_dirs(root).items() for s in labelled_sentences(name, folder)]
    nlp = train(examples, epochs, seed, arch)
    sha, _documents_hashed = training_data_sha256(root)
    meta = {
        "arch": arch,
        "architecture": ARCHS[arch]["@architectures"],
        "documents": len({(s.set, s.document) for s in examples}),
        "epochs": epochs,
        "labels": [POS, NEG],
        "positive": sum(s.gold for s in examples),
        "positive_label": POS,
        "seed": seed,
        "sentences": len(examples),
        "sets": [*SETS, BUNDLED],
        "spacy_version": spacy.__version__,
        "threshold": THRESHOLD,
        "training_data_sha256": sha,
        "trained_with": "python -m jccttool.train_textcat",
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / CONFIG).write_text(nlp.config.to_str(), encoding="utf-8")
    (out / WEIGHTS).write_bytes(nlp.to_bytes(exclude=["vocab"]))
    (out / META).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def check(root: Path, model_dir: Path) -> str | None:
    """``None`` when the meta's training-data sha256 matches the repository, else why not."""
    meta = json.loads((model_dir / META).read_text(encoding="utf-8"))
    sha, documents = training_data_sha256(root)
    if sha != meta["training_data_sha256"]:
        return (f"{model_dir}: the model was built from other training data ({meta['documents']} documents, "
                f"sha256 {meta['training_data_sha256'][:12]}; now {documents} documents, {sha[:12]}): "
                "rebuild it with `PYTHONPATH=$PWD/src python -m jccttool.train_textcat`")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jccttool.train_textcat", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository root (default: the current folder)")
    parser.add_argument("--out", type=Path, help=f"where to write the model (default: ROOT/{MODEL_DIR.as_posix()})")
    parser.add_argument("--check", action="store_true", help="only check that the model's meta matches the training data (exit 1 if not)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    out = args.out or root / MODEL_DIR
    if args.check:
        problem = check(root, out)
        print(problem or f"{out}: current", file=sys.stderr if problem else sys.stdout)
        return 1 if problem else 0
    meta = build(root, out)
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"{out}: {meta['sentences']} sentences ({meta['positive']} positive) of {meta['documents']} documents, "
          f"{size:,} bytes, sha256 of the training data {meta['training_data_sha256'][:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
