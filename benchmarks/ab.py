"""Same-run A/B of jccttool checkouts: warm CPU throughput and cold start, alternating.

    python benchmarks/ab.py REF [REF ...] [--rounds 8] [--passes 2] [--cold 9] [--json]

Each REF is a git commit (checked out as a temporary detached worktree, removed at the
end) or a folder holding ``src/jccttool`` (``.`` for this checkout, edits included).
Every REF runs in its own processes with ``PYTHONPATH=<tree>/src`` and
``PYTHONHASHSEED=0``; all read the same texts, those of this checkout's ``data/raw``,
``tests/corpus/dev`` and ``tests/corpus/wide``.

- warm: one long-lived process per REF builds the sources, runs one untimed pass and one
  collection, then, round after round, runs ``--passes`` passes on request (CPU time,
  ``process_time``, of ``extract_source(...).to_json()`` over every text). The REFs take
  turns, in reverse order every other round, and only one works at a time. Reported: the
  best pass (words/s) and the median of the rounds' best passes, per REF, and the
  median of the per-round ratios to the first REF.
- cold: ``python -m jccttool extract data/raw/jcct-22-fact-sheet-2011.txt`` in a fresh
  process, ``--cold`` times per REF after one untimed run (bytecode cached under a
  temporary folder), the REFs alternating: median wall time and median CPU time of the
  child (user + system).

On a machine shared with other work, compare the CPU figures and the ratios, never one
wall time; repeat the run when the ratios of the rounds spread widely.
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
TEXTS = [p for folder in ("data/raw", "tests/corpus/dev", "tests/corpus/wide")
         for p in sorted((ROOT / folder).glob("*.txt"))]
COLD_FILE = ROOT / "data" / "raw" / "jcct-22-fact-sheet-2011.txt"

#: The warm worker: reads the list of texts from argv[1], answers each line of stdin
#: (a number of passes) with one JSON line of CPU seconds per pass.
WORKER = r"""
import gc, json, sys, time
from pathlib import Path
import jccttool
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text
files = Path(sys.argv[1]).read_text(encoding="utf-8").split("\n")
srcs = [source_from_text(Path(f).read_text(encoding="utf-8"), path=f) for f in files]
for s in srcs:
    extract_source(s).to_json()
gc.collect()
print(json.dumps({"module": jccttool.__file__}), flush=True)
for line in sys.stdin:
    cpu = []
    for _ in range(int(line)):
        t = time.process_time()
        for s in srcs:
            extract_source(s).to_json()
        cpu.append(time.process_time() - t)
    print(json.dumps(cpu), flush=True)
"""


class Tree:
    """One REF: its source folder and, for a commit, the temporary worktree to remove."""

    def __init__(self, ref: str, tmp: Path):
        self.ref, self.worktree = ref, None
        folder = Path(ref)
        if (folder / "src" / "jccttool").is_dir():
            self.root = folder.resolve()
        else:
            sha = subprocess.run(["git", "rev-parse", "--verify", ref + "^{commit}"], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout.strip()
            self.root = self.worktree = tmp / f"ab-{sha[:10]}"
            subprocess.run(["git", "worktree", "add", "--detach", str(self.root), sha], cwd=ROOT, check=True,
                           capture_output=True)
        self.env = dict(os.environ, PYTHONPATH=str(self.root / "src"), PYTHONHASHSEED="0",
                        PYTHONPYCACHEPREFIX=str(tmp / f"pycache-{id(self)}"))
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def remove(self) -> None:
        if self.worktree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(self.worktree)], cwd=ROOT,
                           capture_output=True)


def warm(trees: list[Tree], rounds: int, passes: int, listing: Path) -> dict[str, list[float]]:
    """CPU seconds of each round's best pass, per REF."""
    procs = {}
    for tree in trees:
        procs[tree.ref] = subprocess.Popen([sys.executable, "-c", WORKER, str(listing)], cwd=tree.root, env=tree.env,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        # one at a time: the start-ups would otherwise compete with each other's warm-up
        module = json.loads(procs[tree.ref].stdout.readline())["module"]
        if not module.startswith(str(tree.root)):
            raise SystemExit(f"{tree.ref}: imported {module}, not the tree's own jccttool")
    best: dict[str, list[float]] = {tree.ref: [] for tree in trees}
    try:
        for r in range(rounds):
            for tree in (trees if r % 2 == 0 else trees[::-1]):
                proc = procs[tree.ref]
                proc.stdin.write(f"{passes}\n")
                proc.stdin.flush()
                best[tree.ref].append(min(json.loads(proc.stdout.readline())))
    finally:
        for proc in procs.values():
            proc.stdin.close()
            proc.wait()
    return best


def cold(trees: list[Tree], runs: int) -> dict[str, dict[str, list[float]]]:
    """Wall and CPU seconds of each cold extract, per REF."""
    out: dict[str, dict[str, list[float]]] = {tree.ref: {"wall": [], "cpu": []} for tree in trees}
    cmd = [sys.executable, "-m", "jccttool", "extract", str(COLD_FILE)]
    for tree in trees:  # untimed: fills the bytecode and disk caches
        subprocess.run(cmd, cwd=tree.root, env=tree.env, check=True, stdout=subprocess.DEVNULL)
    for i in range(runs):
        for tree in (trees if i % 2 == 0 else trees[::-1]):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, cwd=tree.root, env=tree.env, check=True, stdout=subprocess.DEVNULL)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            out[tree.ref]["wall"].append(wall)
            out[tree.ref]["cpu"].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("refs", nargs="+", help="git commits or folders holding src/jccttool; the first is the base")
    ap.add_argument("--rounds", type=int, default=8, help="warm rounds, REFs alternating (default 8)")
    ap.add_argument("--passes", type=int, default=2, help="warm passes per REF and round; the best counts (default 2)")
    ap.add_argument("--cold", type=int, default=9, help="cold extracts per REF, alternating (default 9; 0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    words = sum(len(p.read_text(encoding="utf-8").split()) for p in TEXTS)
    tmp = Path(tempfile.mkdtemp(prefix="jccttool-ab-"))
    trees: list[Tree] = []
    try:
        for ref in args.refs:
            trees.append(Tree(ref, tmp))
        listing = tmp / "texts.list"
        listing.write_text("\n".join(map(str, TEXTS)), encoding="utf-8")
        best = warm(trees, args.rounds, args.passes, listing) if args.rounds else {}
        starts = cold(trees, args.cold) if args.cold else {}
    finally:
        for tree in trees:
            tree.remove()
        shutil.rmtree(tmp, ignore_errors=True)

    base = args.refs[0]
    fig = {"texts": len(TEXTS), "words": words, "rounds": args.rounds, "passes": args.passes, "refs": {}}
    for ref in args.refs:
        row: dict = {}
        if best:
            rates = [words / s for s in best[ref]]
            row["warm_best_wps"] = max(rates)
            row["warm_median_wps"] = statistics.median(rates)
            row["warm_ratio_to_base"] = statistics.median(b / s for b, s in zip(best[base], best[ref]))
            row["warm_ratio_range"] = [min(b / s for b, s in zip(best[base], best[ref])),
                                       max(b / s for b, s in zip(best[base], best[ref]))]
        if starts:
            row["cold_wall_s"] = statistics.median(starts[ref]["wall"])
            row["cold_cpu_s"] = statistics.median(starts[ref]["cpu"])
            row["cold_cpu_best_s"] = min(starts[ref]["cpu"])
        fig["refs"][ref] = row
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(f"{len(TEXTS)} texts, {words:,} words; warm: {args.rounds} rounds of {args.passes} passes; "
          f"cold: {args.cold} runs per REF")
    head = f"{'REF':<14} {'warm best':>10} {'median':>10} {'x base (range)':>22}"
    print(head + (f" {'cold wall':>10} {'cold CPU':>9} {'best':>6}" if starts else ""))
    for ref, row in fig["refs"].items():
        line = f"{ref[:14]:<14}"
        if best:
            lo, hi = row["warm_ratio_range"]
            line += (f" {row['warm_best_wps']:>10,.0f} {row['warm_median_wps']:>10,.0f}"
                     f" {row['warm_ratio_to_base']:>8.3f} ({lo:.3f}-{hi:.3f})")
        if starts:
            line += f" {row['cold_wall_s']:>9.2f}s {row['cold_cpu_s']:>8.2f}s {row['cold_cpu_best_s']:>5.2f}s"
        print(line)


if __name__ == "__main__":
    main()
