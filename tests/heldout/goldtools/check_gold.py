"""Check a blind set's gold (H, J) without running any extractor on its texts.

- every gold file loads with jccttool.evaluate.gold.load_gold and each list validates with the
  gold loader's own item reader (texts resolved to spans: exact substrings, occurrence in range);
- the session block validates with the scorer's session reader;
- area slugs are valid, `other` alone, 1-3 areas; actors are 2-letter codes;
- the source text is read with plain Python (UTF-8), never with jccttool's readers or pipeline.

usage: PYTHONPATH=src python tests/heldout/goldtools/check_gold.py tests/heldout/j --aliases
       PYTHONPATH=src python tests/heldout/goldtools/check_gold.py tests/heldout/h
"""
import sys
from collections import Counter
from pathlib import Path

from jccttool.evaluate.gold import _gold_items, gold_files, load_gold
from jccttool.evaluate.matching import _gold_session
from jccttool.evaluate.report import AREA_SLUGS

H = Path(sys.argv[1]).resolve()
ALIASES = "--aliases" in sys.argv[2:]  # also: every alias and acronym of a party occurs in the text (set J)
LISTS = ("sections", "parties", "money", "quantities", "dates", "commitments")
problems = []
totals = Counter()
golds = gold_files(H / "gold")
texts = sorted(p.name for p in H.glob("*.txt"))
for g in golds:
    gold = load_gold(g)
    src = (H / gold["document"]).read_text(encoding="utf-8")
    for name in LISTS:
        items = _gold_items(gold, name, src, gold["document"])
        req = sum(1 for i in items if not i.optional)
        totals[name] += req
        totals[name + "_opt"] += len(items) - req
    _gold_session(gold, gold["document"])
    for p in gold.get("parties", []) if ALIASES else ():
        for a in [p["name"], *p.get("aliases", []), *([p["acronym"]] if p.get("acronym") else [])]:
            if a not in src and a == p["name"]:
                continue  # a canonical name may be absent from the text (e.g. "Wu Yi" for "Madame Wu")
            if a not in src:
                problems.append(f"{g.name}: alias {a!r} of {p['name']!r} not in the text")
    for c in gold.get("commitments", []):
        areas = c.get("areas") or []
        if not 1 <= len(areas) <= 3 or not set(areas) <= AREA_SLUGS or ("other" in areas and len(areas) > 1):
            problems.append(f"{g.name}: bad areas {areas} on {c['text'][:50]!r}")
        if len(set(areas)) != len(areas):
            problems.append(f"{g.name}: duplicate areas {areas}")
        for a in c["actors"]:
            if len(a) != 2 or not a.isupper():
                problems.append(f"{g.name}: bad actor {a!r}")
        if c.get("kind") not in ("pledge", "affirmation", "action", "cooperation"):
            problems.append(f"{g.name}: bad kind {c.get('kind')!r}")
    for d in gold.get("dates", []):
        if d.get("role") not in ("deadline", "event", "reference", "period", "publication", "other"):
            problems.append(f"{g.name}: bad role {d.get('role')!r}")
        if d.get("grain") not in ("day", "month", "season", "quarter", "half", "year", "years"):
            problems.append(f"{g.name}: bad grain {d.get('grain')!r}")
    if gold.get("kind") not in ("fact_sheet", "joint_fact_sheet", "press_release", "news_article", "unknown"):
        problems.append(f"{g.name}: bad kind {gold.get('kind')!r}")
missing = sorted(set(texts) - {load_gold(g)["document"] for g in golds})
if missing:
    problems.append(f"texts without gold: {missing}")
print(f"{len(golds)} gold files, {len(texts)} texts")
print(" ".join(f"{k}={v}" for k, v in sorted(totals.items())))
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
