"""Time and peak memory of ``jccttool export --to sqlite`` over 1,000 extractions.

Builds the corpus of ``benchmarks/run.py`` (the texts of data/raw/ and
tests/corpus/dev/ repeated, each copy made unique by a last line), extracts it once
with ``jccttool extract --jobs 2`` (not timed), then times, each in a fresh process
(median of ``--runs``, default 3):

- ``new``: ``export --to sqlite`` of the 1,000 extractions into a new database;
- ``again``: the same export into that database (all 1,000 replaced: the held
  extractions are read back, merged, and everything is rebuilt);
- ``add one``: one more extraction added to the 1,000-document database;

and prints the database's size. Peak memory is the max RSS of the exporting process.

    python benchmarks/export_sqlite.py [--docs 1000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import build_corpus  # noqa: E402 - the corpus of the main benchmark

#: The exporting process: the CLI in-process, then its own peak RSS (MB) on stderr's last line.
_CHILD = """
import resource, sys
from jccttool.cli import main
sys.argv = ["jccttool"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
else:
    code = 0
print(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", file=sys.stderr)
sys.exit(code)
"""


def export(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of one ``jccttool export`` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "export", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t
    lines = done.stderr.strip().splitlines()
    assert len(lines) >= 2 and " documents (" in lines[-2], done.stderr  # the summary line
    peak = float(lines[-1].split()[1])
    return elapsed, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="extractions in the corpus (default 1000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each measure (median; default 3)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jccttool-sqlite-bench-"))
    try:
        (tmp / "corpus").mkdir()
        paths = build_corpus(tmp / "corpus", args.docs + 1)
        listing = tmp / "list"
        listing.write_text("\n".join(map(str, paths)) + "\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        subprocess.run([sys.executable, "-m", "jccttool", "extract", "--files-from", str(listing), "--out-dir",
                        str(tmp / "x"), "--jobs", "2", "--quiet"], cwd=ROOT, env=env, check=True)
        jsons = sorted((tmp / "x").glob("*.json"))
        extra, jsons = jsons[-1], jsons[:-1]
        folder = tmp / "thousand"
        folder.mkdir()
        for p in jsons:
            p.rename(folder / p.name)
        fig: dict = {"documents": len(jsons)}
        measures: dict[str, list[tuple[float, float]]] = {"new": [], "again": [], "add_one": []}
        for run in range(args.runs):
            db = tmp / f"corpus-{run}.db"
            measures["new"].append(export(["--to", "sqlite", str(db), str(folder)]))
            measures["again"].append(export(["--to", "sqlite", str(db), str(folder)]))
            measures["add_one"].append(export(["--to", "sqlite", str(db), str(extra)]))
            fig["db_mb"] = round(db.stat().st_size / 2**20, 1)
        for name, runs in measures.items():
            fig[f"{name}_s"] = round(statistics.median(t for t, _ in runs), 2)
            fig[f"{name}_runs_s"] = [round(t, 2) for t, _ in runs]
            fig[f"{name}_peak_mb"] = round(max(p for _, p in runs), 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(f"export --to sqlite, {fig['documents']} extractions (median of {args.runs}; runs; peak RSS)")
    for name, label in (("new", "into a new database"), ("again", "again (all replaced)"), ("add_one", "one more added")):
        print(f"  {label:<22} {fig[name + '_s']:>7.2f} s  {fig[name + '_runs_s']}  {fig[name + '_peak_mb']:.0f} MB")
    print(f"  database size          {fig['db_mb']:.1f} MB")


if __name__ == "__main__":
    main()
