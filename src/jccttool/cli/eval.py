"""``jccttool eval``: score extractions against hand-made gold files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ._common import DebugOption, OutputOption, emit, fail, guarded, say
from ._inputs import FilesFromOption

if TYPE_CHECKING:
    from ..evaluate import Report

app = typer.Typer()


@app.command("eval")
def eval_(
    files: Annotated[Optional[list[str]], typer.Argument(
        help="PRED.json GOLD.json; or, with --gold-dir, predictions (files, folders, JSON Lines, - for stdin) "
        "matched by stem (x.json <-> x.gold.json; in a stream, the source file's stem).",
        show_default=False, metavar="PRED... [GOLD]")] = None,
    gold_dir: Annotated[Optional[Path], typer.Option(
        "--gold-dir", metavar="DIR", help="Folder of <stem>.gold.json files.", file_okay=False)] = None,
    extract: Annotated[bool, typer.Option(
        "--extract", help="Run the extractor on the source texts the gold files name, instead of reading PRED files.")] = False,
    source_dirs: Annotated[Optional[list[Path]], typer.Option(
        "--source-dir", metavar="DIR", help="Where to find source texts (repeatable); default: next to the gold folder "
        "(tests/corpus/dev, data/raw).", file_okay=False)] = None,
    pairs: Annotated[Optional[Path], typer.Option(
        "--pairs", metavar="GOLD", help="Score cross-session pairing (recurring commitments) against a recurring-pair gold "
        "(tests/corpus/series/gold/recurring.json): extracts its documents, pairs each document pair, reports P/R/F1.",
        dir_okay=False)] = None,
    split: Annotated[Optional[str], typer.Option(
        "--split", metavar="NAME", help="With --pairs: score only the document pairs of this split (tune or holdout).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON (deterministic).")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List every miss, false positive and wrong attribute.")] = False,
    min_f1: Annotated[Optional[list[str]], typer.Option(
        "--min-f1", metavar="FIELD=VALUE",
        help="Exit 1 when FIELD's F1 (or accuracy) is below VALUE; repeatable. FIELD: sections, parties, money, "
        "quantities, dates, commitments, overall, or an accuracy (date_role, commitment_kind, ...).")] = None,
    files_from: FilesFromOption = None,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Score extractions against gold files: precision, recall and F1 per field.

    Matching rules: docs/gold-format.md. Exit 0 when every --min-f1 threshold is met,
    1 when one is missed, 2 on bad input.

    \b
    Examples:
      jccttool eval fact-sheet.json tests/gold/fact-sheet.gold.json
      jccttool eval --gold-dir tests/gold data/extracted/*.json --explain
      jccttool extract data/raw/*.txt | jccttool eval --gold-dir tests/gold -
      jccttool eval --gold-dir tests/gold --extract --json --min-f1 money=0.9
      jccttool eval --pairs tests/corpus/series/gold/recurring.json --explain
    """
    from ..render.eval import format_score, render_json, render_table

    if pairs is not None:
        _eval_pairs(pairs, split, as_json, explain, min_f1 or [], output, debug)
        return
    with guarded(debug):
        thresholds = _thresholds(min_f1 or [])
        report, bad = _build_report(files or [], gold_dir, extract, source_dirs or [], files_from)
        if report.documents:
            emit(render_json(report, explain) if as_json else render_table(report, explain), output)
        missed = [f"{name} {format_score(report.f1(name))} < {limit:g}" for name, limit in thresholds
                  if report.f1(name) is not None and report.f1(name) < limit]
        for line in missed:
            say(f"jccttool: below threshold: {line}")
    if bad:
        raise typer.Exit(2)
    if missed:
        raise typer.Exit(1)


def _eval_pairs(gold: Path, split: str | None, as_json: bool, explain: bool, min_f1: list[str], output: Path | None, debug: bool) -> None:
    """``eval --pairs``: score ``compare.pairing.recurring`` on the gold's document pairs;
    ``--min-f1 pairing=VALUE`` (or pairing_precision / pairing_recall) sets the exit code."""
    from ..compare.pairing import recurring
    from ..evaluate.pairs import score_pairs
    from ..render.eval import format_score
    from ..render.pairs import render_pairs_json, render_pairs_table

    known = {"pairing": "f1", "pairing_precision": "precision", "pairing_recall": "recall"}
    limits = _thresholds(min_f1, tuple(known), "with --pairs, ")
    if split not in (None, "tune", "holdout"):
        fail(f"--split {split!r}: expected tune or holdout")
    with guarded(debug):
        report = score_pairs(gold, recurring, split=split)
        emit(render_pairs_json(report, explain) if as_json else render_pairs_table(report, explain), output)
    missed = [(n, v) for n, v in limits if (getattr(report.overall, known[n]) or 0.0) < v]
    for name, limit in missed:
        say(f"jccttool: below threshold: {name} {format_score(getattr(report.overall, known[name]))} < {limit:g}")
    if missed:
        raise typer.Exit(1)


def _thresholds(specs: list[str], known: tuple[str, ...] = (), context: str = "") -> list[tuple[str, float]]:
    """``--min-f1 FIELD=VALUE`` options as (field, limit); ``known`` defaults to the eval fields."""
    if not known:
        from ..evaluate import ACCURACIES, FIELDS

        known = (*FIELDS, "overall", *ACCURACIES)
    out = []
    for spec in specs:
        name, sep, value = spec.partition("=")
        try:
            limit = float(value)
        except ValueError:
            limit = -1.0
        if not sep or name.strip() not in known or not 0.0 <= limit <= 1.0:
            fail(f"--min-f1 {spec!r}: {context}expected FIELD=VALUE with VALUE in 0..1 and FIELD one of {', '.join(known)}")
        out.append((name.strip(), limit))
    return out


def _build_report(files: list[str], gold_dir: Path | None, extract: bool, source_dirs: list[Path],
                  files_from: str | None = None) -> tuple[Report, bool]:
    """Score every (prediction, gold) pair; one bad pair is reported on stderr and
    the others still count. Returns the report and whether any pair was bad."""
    from ..errors import InputError
    from ..evaluate import Report, find_source, load_gold, score

    report, bad = Report(), False
    for pred_of, gold_path in _pairs(files, gold_dir, extract, files_from):
        if isinstance(pred_of, InputError):
            say(f"jccttool: {pred_of}")
            bad = True
            continue
        try:
            gold = load_gold(gold_path)
            dirs = [*source_dirs, *_default_dirs(Path(gold_path).parent)]
            pred, text = pred_of(gold, dirs, find_source)
            report.add(score(pred, gold, text))
        except InputError as exc:
            say(f"jccttool: {exc}")
            bad = True
    if not report.documents and not bad:
        raise InputError("nothing to score")
    report.findings.sort(key=lambda f: f.sort_key())
    return report, bad


def _default_dirs(folder: Path) -> list[Path]:
    from ..evaluate import default_source_dirs

    return default_source_dirs(folder)


def _pairs(files: list[str], gold_dir: Path | None, extract: bool, files_from: str | None = None):
    """(prediction loader, gold path) for the chosen mode; an unreadable prediction
    comes as (its InputError, None)."""
    from ..errors import InputError
    from ..evaluate import gold_files, gold_stem
    from ._inputs import expand, iter_items, load_one, parse

    if extract:
        if gold_dir is None:
            fail("--extract needs --gold-dir")
        if files or files_from:
            fail("--extract takes no PRED files")
        return [(_extracted, g) for g in gold_files(gold_dir)]
    if gold_dir is None:
        if len(files) != 2 or files_from:
            fail("expected PRED.json GOLD.json (or --gold-dir DIR PRED...)")
        try:
            item, record = load_one(files[0])
        except InputError as exc:
            return [(exc, None)]
        return [(_reader(item, record), Path(files[1]))]
    paths = expand(files, files_from)
    if not paths:
        fail("--gold-dir needs PRED files (or --extract)")
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder")
    pairs = []
    for item in iter_items(paths):
        if isinstance(item, InputError):
            pairs.append((item, None))
            continue
        try:
            record = parse(item)
        except InputError as exc:
            pairs.append((exc, None))
            continue
        # a file is matched by its own name; a document of a stream by its source's name
        named = item.stream or item.path == "-"
        stem = Path(record.source.path).stem if named else gold_stem(item.path)
        pairs.append((_reader(item, record), gold_dir / f"{stem}.gold.json"))
    return pairs


def _extracted(gold: dict, dirs: list[Path], find_source):
    from ..evaluate import read_source_text
    from ..pipeline import extract_path

    source = find_source(gold["document"], dirs)
    return extract_path(str(source)), read_source_text(source)


def _reader(item, pred):
    def load(gold: dict, dirs: list[Path], find_source):
        from ..checks import find_source_text
        from ..errors import InputError
        from ..evaluate import read_source_text

        text, _ = find_source_text(pred, item.path)
        if text is None:
            text = read_source_text(find_source(gold["document"], dirs))
            from hashlib import sha256

            if sha256(text.encode("utf-8")).hexdigest() != pred.source.text_sha256:
                raise InputError(f"{item.name}: was extracted from a different text than {gold['document']}")
        return pred, text

    return load
