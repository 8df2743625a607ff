"""Speed and memory of jccttool against the libraries a user would otherwise reach for.

Builds a corpus of at least 1,000 documents by repeating the texts of data/raw/ and
tests/corpus/dev/, then reports in one run:

- words/s of extract, warm, in one process (median of three passes over the corpus), and
  of the CLI batch with --jobs 1 and --jobs 2 (medians of three alternating runs of each,
  and the ratio of the medians);
- start-up time (median of 7 runs after one untimed run) of `jccttool --help`, `schema`,
  `validate`, `export`, `diff`, and of `jccttool extract` on the 22nd fact sheet from a
  cold start (median of 3);
- peak memory (max RSS) of `jccttool extract --jobs 1` over the 1,000 documents;
- on the same texts: dateparser `search_dates`, quantulum3 (if installed: pip install
  '.[bench]') and spaCy's bare blank("en") tokenizer, the floor no spaCy-based
  extractor can beat.

    python benchmarks/run.py [--docs 1000] [--baseline-docs 40] [--batch-runs 3] [--json]

The ledger (issue 19): ``--track`` (also part of the full run) builds 1,000 extractions by
varying the extractions of tests/corpus/series/ and data/raw/ (each copy a new path and
text hash, its session ordinal and dates moved on, so the copies form new sessions of the
same series) and times ``jccttool track FILE.jsonl --format json`` in a fresh process:
wall time and peak memory (max RSS). Targets: under 10 s and 500 MB.

    python benchmarks/run.py --track [--docs 1000]

The growth with the size of one document (issue 16): the extraction of one input
made of the bundled texts repeated to 0.25, 1, 5 and 20 MB (``--growth-sizes``), each in
a fresh process: wall and CPU time, the peak memory (max RSS) and each step's time ratio
against the linear expectation (1.0 = linear; target <= 1.3), plus the ratio to the
0.25 MB run. Targets: 20 MB under 60 s and 1 GB. ``--growth`` runs only this part,
``--quick-growth`` leaves out the 20 MB step (about a minute), ``--no-growth`` all of it.

    python benchmarks/run.py --growth [--quick-growth] [--growth-sizes 0.25,1,5,20] [--growth-timeout 600]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
TARGETS = {"warm_wps": 50_000, "jobs2_ratio": 1.7, "fast_command_s": 0.3, "cold_extract_s": 1.5, "peak_mb": 400,
           "track_s": 10, "track_mb": 500}
TRACK_SOURCES = sorted((ROOT / "tests" / "corpus" / "series").glob("*.txt")) + sorted((ROOT / "data" / "raw").glob("*.txt"))


def words(text: str) -> int:
    return len(text.split())


def build_corpus(folder: Path, n: int) -> list[Path]:
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    paths = []
    for i in range(n):
        p = folder / f"doc{i:05d}.txt"
        # A distinct first line keeps every document unique without changing its shape.
        p.write_text(texts[i % len(texts)] + f"\n\nDocument {i}.", encoding="utf-8")
        paths.append(p)
    return paths


#: the environment of the timed commands: Python's default bytecode caching, in a
#: temporary folder (PYTHONPYCACHEPREFIX) so the tree stays clean. Some sandboxes set
#: PYTHONDONTWRITEBYTECODE, which makes every start compile jccttool's own modules
#: again (~30 ms for `diff`); an installed jccttool has its bytecode compiled by pip.
ENV = dict(os.environ)


def timed(cmd: list[str], repeat: int = 7) -> float:
    """Median wall time of ``repeat`` runs, after one untimed run (it fills the disk
    and bytecode caches)."""
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def warm_rates(paths: list[Path], passes: int = 3) -> list[float]:
    """Words/s of ``extract_path`` (read, extract, build the record) over the corpus, one
    figure per pass, in one process whose pipeline is already built."""
    from jccttool.pipeline import extract_path

    extract_path(str(paths[0]))  # warm: the pipeline is built once
    total = sum(words(p.read_text(encoding="utf-8")) for p in paths)
    rates = []
    for _ in range(passes):
        t = time.perf_counter()
        for p in paths:
            extract_path(str(p))
        rates.append(total / (time.perf_counter() - t))
    return rates


def batch(paths: list[Path], jobs: int, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS MB of the children) of one CLI batch."""
    listing = out.with_suffix(".list")
    listing.write_text("\n".join(map(str, paths)) + "\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jccttool", "extract", "--files-from", str(listing), "--out-dir", str(out),
                    "--jobs", str(jobs), "--quiet"], check=True, env=ENV)
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def track_corpus(folder: Path, n: int) -> Path:
    """``n`` extractions in one JSON Lines file: the series and raw texts extracted once,
    then copied with a new path and text hash, the session ordinal moved on by 10 and its
    dates by 10 years per round, so that every round adds new sessions to the series."""
    from jccttool.pipeline import extract_path

    bases = [json.loads(extract_path(str(p)).to_json(compact=True)) for p in TRACK_SOURCES]
    out = folder / "track.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = json.loads(json.dumps(bases[i % len(bases)]))
            k = i // len(bases)
            doc["source"]["path"] = f"copy{k:03d}/{Path(doc['source']['path']).name}"
            doc["source"]["text_sha256"] = f"{i:064x}"
            session = doc["document"]["session"]
            if session is not None:
                if session["ordinal"] is not None:
                    session["ordinal"] += 10 * k
                for key in ("start", "end"):
                    if session[key]:
                        session[key] = f"{int(session[key][:4]) + 10 * k:04d}{session[key][4:]}"
            if doc["document"]["issued"]:
                doc["document"]["issued"] = f"{int(doc['document']['issued'][:4]) + 10 * k:04d}{doc['document']['issued'][4:]}"
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


def track_run(cmd: list[str], jsonl: Path, out: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS MB, threads) of ``jccttool track`` over ``jsonl``, in a fresh process."""
    child = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run(sys.argv[1:], check=True); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    done = subprocess.run([sys.executable, "-c", child, *cmd, "track", str(jsonl), "--format", "json", "-o", str(out)],
                          check=True, capture_output=True, text=True, cwd=ROOT, env=ENV)
    seconds, mb = map(float, done.stdout.split())
    return seconds, mb, len(json.loads(out.read_text(encoding="utf-8"))["threads"])


def track_figures(cmd: list[str], tmp: Path, n: int) -> dict:
    jsonl = track_corpus(tmp, n)
    runs = [track_run(cmd, jsonl, tmp / "ledger.json") for _ in range(3)]
    return {"track_docs": n, "track_s": statistics.median(r[0] for r in runs), "track_mb": max(r[1] for r in runs),
            "track_threads": runs[0][2]}


def tokenizer_rate(paths: list[Path], passes: int = 3) -> float:
    """Words/s of spaCy's bare blank("en") tokenizer over the whole corpus (median of
    ``passes``): the floor, measured on exactly the texts of the warm figure."""
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in paths]
    n = sum(words(t) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    tokenizer(texts[0])
    rates = []
    for _ in range(passes):
        t = time.perf_counter()
        for text in texts:
            tokenizer(text)
        rates.append(n / (time.perf_counter() - t))
    return statistics.median(rates)


def baseline_rates(texts: list[str]) -> dict[str, float | None]:
    n = sum(words(t) for t in texts)
    rates: dict[str, float | None] = {}

    from dateparser.search import search_dates

    search_dates(texts[0][:200], languages=["en"])
    t = time.perf_counter()
    for text in texts:
        search_dates(text, languages=["en"])
    rates["dateparser search_dates"] = n / (time.perf_counter() - t)
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        rates["quantulum3"] = None
    else:
        qparser.parse(texts[0][:200])
        t = time.perf_counter()
        for text in texts:
            qparser.parse(text)
        rates["quantulum3"] = n / (time.perf_counter() - t)
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1000)")
    ap.add_argument("--baseline-docs", type=int, default=40, help="documents for the slow baselines (default 40)")
    ap.add_argument("--batch-runs", type=int, default=3, help="CLI batches of each --jobs setting (median; default 3)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--growth", action="store_true", help="only the growth with one document's size (see above)")
    ap.add_argument("--track", action="store_true", help="only jccttool track over --docs extractions (see above)")
    ap.add_argument("--no-growth", action="store_true", help="skip the growth with one document's size")
    ap.add_argument("--quick-growth", action="store_true", help="growth without the 20 MB step (about a minute less)")
    ap.add_argument("--growth-sizes", default="0.25,1,5,20", help="sizes in MB of the growth (default 0.25,1,5,20)")
    ap.add_argument("--growth-timeout", type=float, default=600, help="seconds allowed per size (default 600)")
    args = ap.parse_args()
    sizes = [float(x) for x in args.growth_sizes.split(",") if x.strip()]
    if args.quick_growth:
        sizes = [mb for mb in sizes if mb < 20]
    if args.growth:
        rows = growth(sizes, args.growth_timeout)
        print(json.dumps(rows, indent=2) if args.json else _growth_report(rows))
        return

    tmp = Path(tempfile.mkdtemp(prefix="jccttool-bench-"))
    ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    if args.track:
        try:
            fig = track_figures((shutil.which("jccttool") or f"{sys.executable} -m jccttool").split(), tmp, args.docs)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(json.dumps(fig, indent=2) if args.json else _track_report(fig))
        return
    try:
        (tmp / "corpus").mkdir()
        paths = build_corpus(tmp / "corpus", args.docs)
        n_words = sum(words(p.read_text(encoding="utf-8")) for p in paths)
        fig: dict[str, float | None] = {"documents": len(paths), "words": n_words}

        jcct = shutil.which("jccttool") or f"{sys.executable} -m jccttool"
        cmd = jcct.split()
        sample = tmp / "sample.json"
        subprocess.run(cmd + ["extract", "data/raw/jcct-22-fact-sheet-2011.txt", "-o", str(sample)], check=True, cwd=ROOT, env=ENV)
        fig["help_s"] = timed(cmd + ["--help"])
        fig["schema_s"] = timed(cmd + ["schema"])
        fig["validate_s"] = timed(cmd + ["validate", "-q", str(sample)])
        fig["export_s"] = timed(cmd + ["export", str(sample), "--table", "money"])
        fig["diff_s"] = timed(cmd + ["diff", str(sample), str(sample)]) if _has_diff(cmd) else None
        fig["cold_extract_s"] = timed(cmd + ["extract", "data/raw/jcct-22-fact-sheet-2011.txt"], repeat=3)

        fig.update(track_figures(cmd, tmp, args.docs))
        rates = warm_rates(paths)
        fig["warm_wps"] = statistics.median(rates)
        fig["warm_wps_min"], fig["warm_wps_max"] = min(rates), max(rates)
        # jobs 1 and jobs 2 alternate, so a slow spell of a shared machine falls on both
        t1s, t2s, peaks = [], [], []
        for run in range(args.batch_runs):
            t1, peak1 = batch(paths, 1, tmp / f"out1-{run}")
            t2, _ = batch(paths, 2, tmp / f"out2-{run}")
            t1s.append(t1)
            t2s.append(t2)
            peaks.append(peak1)
            shutil.rmtree(tmp / f"out1-{run}")
            shutil.rmtree(tmp / f"out2-{run}")
        t1, t2, peak1 = statistics.median(t1s), statistics.median(t2s), max(peaks)
        fig["jobs1_wps"] = n_words / t1
        fig["jobs2_wps"] = n_words / t2
        fig["jobs2_ratio"] = t1 / t2
        fig["jobs2_ratios"] = [a / b for a, b in zip(t1s, t2s)]
        fig["peak_mb"] = peak1

        fig["spacy blank tokenizer wps"] = tokenizer_rate(paths)
        texts = [p.read_text(encoding="utf-8") for p in paths[: args.baseline_docs]]
        for name, rate in baseline_rates(texts).items():
            fig[f"{name} wps"] = rate
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = None if args.no_growth else growth(sizes, args.growth_timeout)

    if args.json:
        print(json.dumps({**fig, "growth": rows} if rows is not None else fig, indent=2))
        return
    _report(fig)
    if rows is not None:
        print("\ngrowth with one document's size (time and CPU time of extract_path, peak memory of its process):")
        print(_growth_report(rows))


# --------------------------------------------------------------------------- growth

_GROWTH_CHILD = """
import os, resource, sys, time
from jccttool.pipeline import extract_path
extract_path(sys.argv[2])  # warm: the pipeline is built before the clock starts
t, cpu = time.perf_counter(), time.process_time()
record = extract_path(sys.argv[1], max_bytes=os.path.getsize(sys.argv[1]) + 1)
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(record.commitments), cpu)
"""


def growth_text(megabytes: float) -> bytes:
    """The bundled texts, in order, repeated to ``megabytes`` MB (whole lines)."""
    unit = ("\n\n".join(p.read_text(encoding="utf-8") for p in SOURCES) + "\n\n").encode("utf-8")
    size = int(megabytes * 1024 * 1024)
    data = unit * (size // len(unit)) + unit[: size % len(unit)]
    return data[: data.rfind(b"\n") + 1] or data


def growth(sizes: list[float], timeout: float) -> list[dict]:
    """Time and peak memory of extracting one document of each size, in a fresh process."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="jccttool-growth-") as tmp:
        small = Path(tmp) / "warm.txt"
        small.write_bytes(SOURCES[0].read_bytes())
        for mb in sizes:
            path = Path(tmp) / f"doc-{mb:g}mb.txt"
            path.write_bytes(growth_text(mb))
            row: dict = {"mb": mb}
            try:
                out = subprocess.run([sys.executable, "-c", _GROWTH_CHILD, str(path), str(small)], capture_output=True,
                                     text=True, timeout=timeout, check=True, env=ENV)
                seconds, peak, commitments, cpu = out.stdout.split()
                row.update(seconds=float(seconds), cpu_seconds=float(cpu), peak_mb=float(peak), commitments=int(commitments))
            except subprocess.TimeoutExpired:
                row.update(seconds=None, timeout=timeout)
            except subprocess.CalledProcessError as exc:
                row.update(seconds=None, error=(exc.stderr or "").strip().splitlines()[-1:])
            path.unlink()
            rows.append(row)
            if row["seconds"] is None:
                break  # a larger size would only take longer
    base = rows[0] if rows and rows[0].get("seconds") else None
    for prev, row in zip([None, *rows], rows):
        if base and row.get("seconds"):
            row["ratio_to_first"] = row["seconds"] / base["seconds"]
            row["linear_ratio_to_first"] = row["mb"] / base["mb"]
        if prev and prev.get("seconds") and row.get("seconds"):
            row["step_vs_linear"] = (row["seconds"] / prev["seconds"]) / (row["mb"] / prev["mb"])
            if prev.get("cpu_seconds") and row.get("cpu_seconds"):  # steadier than wall time on a shared machine
                row["cpu_step_vs_linear"] = (row["cpu_seconds"] / prev["cpu_seconds"]) / (row["mb"] / prev["mb"])
    return rows


def _growth_report(rows: list[dict]) -> str:
    lines = [f"{'size':>8} {'seconds':>9} {'CPU s':>7} {'MB/s':>7} {'peak MB':>8} {'x 0.25 MB':>10} {'linear':>7} {'step/linear':>12}"]
    for row in rows:
        if row.get("seconds") is None:
            why = f"over {row['timeout']:.0f} s" if "timeout" in row else f"failed: {row.get('error')}"
            lines.append(f"{row['mb']:>6g} MB  {why}")
            continue
        step = row.get("step_vs_linear")
        mark = "" if step is None else ("  ok" if step <= 1.3 else "  MISSED (target <= 1.3)")
        lines.append(f"{row['mb']:>6g} MB {row['seconds']:>9.2f} {row.get('cpu_seconds', 0):>7.2f} {row['mb'] / row['seconds']:>7.3f} {row['peak_mb']:>8.0f} "
                     f"{row.get('ratio_to_first', 1):>10.1f} {row.get('linear_ratio_to_first', 1):>7.0f} "
                     f"{'' if step is None else f'{step:.2f}':>12}{mark}"
                     + (f"  (CPU {row['cpu_step_vs_linear']:.2f})" if row.get("cpu_step_vs_linear") else ""))
    last = rows[-1] if rows else None
    if last and last.get("seconds") and last["mb"] >= 20:
        ok = last["seconds"] < 60 and last["peak_mb"] < 1024
        lines.append(f"20 MB: {last['seconds']:.1f} s, {last['peak_mb']:.0f} MB (target < 60 s and < 1 GB){'  ok' if ok else '  MISSED'}")
    return "\n".join(lines)


def _has_diff(cmd: list[str]) -> bool:
    return subprocess.run(cmd + ["diff", "--help"], capture_output=True).returncode == 0


def _report(fig: dict) -> None:
    def line(label, value, unit, target=None, ok=None):
        mark = "" if target is None else ("  ok" if ok else "  MISSED")
        tgt = "" if target is None else f"  (target {target})"
        print(f"{label:<42} {value:>12} {unit}{tgt}{mark}")

    print(f"corpus: {fig['documents']} documents, {fig['words']} words\n")
    line("extract, warm, one process (median of 3)", f"{fig['warm_wps']:,.0f}", "words/s", ">= 50,000", fig["warm_wps"] >= 50_000)
    print(f"{'  passes ranged':<42} {fig['warm_wps_min']:>12,.0f} – {fig['warm_wps_max']:,.0f} words/s")
    line("extract --jobs 1 (CLI batch)", f"{fig['jobs1_wps']:,.0f}", "words/s")
    line("extract --jobs 2 (CLI batch)", f"{fig['jobs2_wps']:,.0f}", "words/s")
    line("--jobs 2 speed-up (ratio of the medians)", f"{fig['jobs2_ratio']:.3f}", "x", ">= 1.7", fig["jobs2_ratio"] >= 1.7)
    print(f"{'  run by run':<42} {', '.join(f'{r:.2f}' for r in fig['jobs2_ratios']):>12}")
    for key, label in (("help_s", "jccttool --help"), ("schema_s", "jccttool schema"), ("validate_s", "jccttool validate"),
                       ("export_s", "jccttool export"), ("diff_s", "jccttool diff")):
        if fig.get(key) is not None:
            line(label, f"{fig[key]:.3f}", "s", "< 0.3", fig[key] < 0.3)
    line("jccttool extract 22nd fact sheet, cold", f"{fig['cold_extract_s']:.2f}", "s", "< 1.5", fig["cold_extract_s"] < 1.5)
    line("peak memory, 1,000 documents", f"{fig['peak_mb']:.0f}", "MB", "< 400", fig["peak_mb"] < 400)
    print(_track_report(fig), end="")
    print()
    for name in ("spacy blank tokenizer", "dateparser search_dates", "quantulum3"):
        rate = fig.get(f"{name} wps")
        if rate is None:
            print(f"{name:<42} {'not installed':>12}")
            continue
        print(f"{name:<42} {rate:>12,.0f} words/s   jccttool warm is {fig['warm_wps'] / rate:.2f}x")


def _track_report(fig: dict) -> str:
    ok = lambda good: "  ok" if good else "  MISSED"
    return (f"{'track, ' + format(fig['track_docs'], ',') + ' extractions (median of 3)':<42} {fig['track_s']:>12.2f} s"
            f"  (target < 10){ok(fig['track_s'] < 10)}\n"
            f"{'track, peak memory':<42} {fig['track_mb']:>12.0f} MB  (target < 500){ok(fig['track_mb'] < 500)}\n"
            f"{'  threads in the ledger':<42} {fig['track_threads']:>12,}\n")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
