"""The golden snapshot: what every command prints for every text the project holds.

A structural change (moving code between modules) must not change any output. This
module runs the commands in-process over the bundled texts (data/raw, tests/corpus,
the diff fixtures) and over fixed variants of each (upper-cased, re-wrapped at 60
columns, CRLF line ends, the first half), and records the SHA-256 of each output in
``hashes.json``. ``tests/test_snapshot.py`` compares byte for byte (by hash).

Regenerate only when an output is meant to change, and review the change first:

    python -m tests.snapshot.snapshot --update
"""

from __future__ import annotations

import hashlib
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HASHES = Path(__file__).with_name("hashes.json")


def texts() -> dict[str, str]:
    """Every bundled text and its variants, by a stable name."""
    paths = (
        sorted((ROOT / "data" / "raw").glob("*.txt"))
        + sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
        + sorted((ROOT / "tests" / "data" / "diff").glob("*.txt"))
    )
    out: dict[str, str] = {}
    for p in paths:
        name = p.relative_to(ROOT).as_posix()
        text = p.read_text(encoding="utf-8")
        out[name] = text
        out[name + "#upper"] = text.upper()
        out[name + "#wrap60"] = "\n\n".join(
            textwrap.fill(par, 60) for par in text.split("\n\n")
        )
        out[name + "#crlf"] = text.replace("\n", "\r\n")
        out[name + "#half"] = text[: len(text) // 2]
    return out


def _sha(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def outputs(tmp: Path) -> dict[str, str]:
    """Run the commands and return {what: sha256 of the output}.

    Paths are given relative to the repository root (outputs record them), so the
    hashes hold in any clone.
    """
    import contextlib

    with contextlib.chdir(ROOT):
        return _outputs(tmp)


def _outputs(tmp: Path) -> dict[str, str]:
    from typer.testing import CliRunner

    from jccttool.cli import app
    from jccttool.pipeline import extract_any

    runner = CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1"})
    result: dict[str, str] = {}

    def run(key: str, args: list[str], stdin: str | None = None) -> None:
        r = runner.invoke(app, args, input=stdin)
        result[key] = f"{r.exit_code}:{_sha(r.stdout)}"

    for name, text in texts().items():
        result[f"extract {name}"] = _sha(extract_any(text).to_json())
        run(f"parse --json {name}", ["parse", "--json", "-"], stdin=text)

    raw = Path("data/raw/jcct-22-fact-sheet-2011.txt")
    edited = Path("tests/data/diff/jcct-22-fact-sheet-2011-edited.txt")
    article = Path("data/raw/ipwatch-jcct-22-article-2011.txt")
    dev = sorted(Path("tests/corpus/dev").glob("*.txt"))
    docs = [raw, article, *dev]
    for doc in docs:
        js = tmp / f"{doc.stem}.json"
        js.write_text(extract_any(str(doc)).to_json(), encoding="utf-8")
        for table in ("commitments", "money", "dates", "parties", "quantities", "sections"):
            for fmt in ("csv", "jsonl", "markdown"):
                run(f"export {fmt} {table} {doc.name}", ["export", str(js), "--to", fmt, "--table", table])
        run(f"export html {doc.name}", ["export", str(js), "--to", "html", "--source", str(doc)])
        run(f"parse {doc.name}", ["parse", str(doc)])
    pairs = [(raw, edited), (raw, article), (dev[0], dev[1]), (dev[2], dev[3])]
    for old, new in pairs:
        for mode in ("revision", "sessions", "auto"):
            for fmt in ("text", "json", "markdown"):
                run(
                    f"diff {mode} {fmt} {old.name} {new.name}",
                    ["diff", str(old), str(new), "--mode", mode, "--format", fmt],
                )
    gold = Path("tests/gold")
    run("eval --extract", ["eval", "--gold-dir", str(gold), "--extract"])
    run("eval --extract --json", ["eval", "--gold-dir", str(gold), "--extract", "--json"])
    run("eval --extract --explain", ["eval", "--gold-dir", str(gold), "--extract", "--explain"])
    run("schema", ["schema"])
    return result


def main(argv: list[str]) -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        current = outputs(Path(d))
    if "--update" in argv:
        HASHES.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(current)} hashes to {HASHES}")
        return 0
    old = json.loads(HASHES.read_text(encoding="utf-8"))
    bad = sorted(k for k in old.keys() | current.keys() if old.get(k) != current.get(k))
    for k in bad:
        print("differs:", k)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
