"""Print texts of a blind set with a summary of their gold, for the second reading pass (reads
files only). usage: python tests/heldout/goldtools/show.py tests/heldout/j STEM..."""
import json
import sys
from pathlib import Path

H = Path(sys.argv[1]).resolve()
for stem in sys.argv[2:]:
    g = json.loads((H / "gold" / f"{stem}.gold.json").read_text())
    print("=" * 100)
    print((H / f"{stem}.txt").read_text())
    print("-" * 100)
    print("title:", g["title"], "| kind:", g["kind"], "| issued:", g["issued"])
    print("session:", g["session"])
    print("sections:", g["sections"])
    print("parties:", [(p["name"], p["country"], "opt" if p.get("optional") else "") for p in g["parties"]])
    print("money:", [(m["text"], m["amount"], m.get("year"), "opt" if m.get("optional") else "") for m in g["money"]])
    print("quant:", [(q["text"], q["value"], "opt" if q.get("optional") else "") for q in g["quantities"]])
    print("dates:", [(d["text"], d["start"], d["end"], d["role"], "opt" if d.get("optional") else "") for d in g["dates"]])
    for c in g["commitments"]:
        print("  C", "opt" if c.get("optional") else "REQ", c["actors"], c["kind"], c["areas"], "|", c["text"][:110].replace("\n", " "))
