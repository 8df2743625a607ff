"""Build ``gold/recurring.json``: the recurring-pair gold of the SERIES corpus.

Run from the repository root: ``python tests/corpus/series/build_recurring.py``.
Nothing of jccttool is imported or run: this script only gathers the hand-written gold
(below, and ``gold/commitments.json`` / ``gold/threads.json`` / the existing gold files it
names), checks it and writes JSON with spans.

- Every document is a text the project holds; texts outside this folder are referenced by
  path (``data/raw``, ``tests/corpus/dev``, ``tests/corpus/wide``, ``tests/heldout/g``), never copied.
- Every commitment ``text`` must occur in its document (``occurrence`` picks a repeat); its span is
  written out so extracted commitments can be matched by overlap.
- A thread groups commitments that restate the same undertaking at different sessions, at most one
  member per document. Part ids (``#1c``) stand for their parent sentence when pairs are scored.
- Document pairs: every two documents of one lineage (JCCT; SED and its successor S&ED economic track)
  from different sessions, the older first. Their recurring pairs are the thread members they share;
  a pair with an optional member is optional. Every pair must be one-to-one at sentence level.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SERIES = Path(__file__).resolve().parent
GOLD = SERIES / "gold"

# --------------------------------------------------------------------------- documents

# stem -> (path from the repository root, forum, ordinal; in the JSON, paths are relative to gold/); lineage = JCCT or SED (SED and S&ED)
SERIES_FORUMS = {"JCCT": "JCCT", "SED": "SED", "S&ED": "S&ED"}

EXTRA_DOCS = {
    "jcct-16-ustr-press-2005": ("tests/corpus/wide/ustr-jcct-16-press-conference-transcript-2005.txt", "JCCT", 16),
    "jcct-17-ustr-outcomes-2006": ("tests/corpus/dev/jcct-17-outcomes-fact-sheet-2006.txt", "JCCT", 17),
    "jcct-21-tradelawdaily-2010": ("tests/corpus/series/jcct-21-tradelawdaily-2010.txt", "JCCT", 21),
    "jcct-21-chinaorgcn-2010": ("tests/corpus/series/jcct-21-chinaorgcn-2010.txt", "JCCT", 21),
    "jcct-21-voa-2010": ("tests/corpus/series/jcct-21-voa-2010.txt", "JCCT", 21),
    "jcct-21-commerce-ogc-2010": ("tests/heldout/g/commerce-ogc-jcct-21-commercial-law-2010.txt", "JCCT", 21),
    "jcct-22-fact-sheet-2011": ("data/raw/jcct-22-fact-sheet-2011.txt", "JCCT", 22),
    "sed-1-treasury-2006": ("tests/corpus/wide/treasury-sed-1-fact-sheet-2006.txt", "SED", 1),
    "sed-4-doe-2008": ("tests/corpus/wide/doe-sed-4-annapolis-kupfer-2008.txt", "SED", 4),
    "s-and-ed-1-treasury-us-2009": ("tests/corpus/wide/fraser-treasury-us-fact-sheet-sed-1-economic-track-2009.txt", "S&ED", 1),
    "s-and-ed-2-uscusi-2010": ("tests/corpus/wide/uscusi-sed-2-joint-economic-track-fact-sheet-2010.txt", "S&ED", 2),
    "s-and-ed-8-treasury-2016": ("tests/corpus/wide/treasury-sed-8-joint-fact-sheet-2016.txt", "S&ED", 8),
}

# Commitments of the added documents that no gold file lists yet, written by reading the texts:
# (local id, text, optional). Optional = borderline in the output contract (meetings held,
# summaries of outcomes, statements of importance, recounted earlier pledges).
HAND = {
    "jcct-16-ustr-press-2005": [
        ("1", "The government of China has agreed to increase criminal prosecutions for intellectual property crimes.", False),
        ("2", "The government of China has also agreed to increase the percentage of cases that are referred for criminal prosecutions.", False),
        ("3", "And, importantly, Chinese officials have also agreed to strengthen efforts to stop piracy at trade fairs and to establish a nationwide "
              "effort to improve police coordination in investigating IPR crimes across all parts of China.", False),
    ],
    "jcct-21-tradelawdaily-2010": [
        ("1", "The Department of Commerce announced that China agreed to significant initiatives in several areas during the 21st session of the "
              "U.S.-China Joint Commission on Commerce and Trade (JCCT), which closed on December 15, 2010.", True),
        ("2", "These include initiatives in indigenous innovation, government procurement, intellectual property rights enforcement, express "
              "delivery, open and neutral technology standards, agriculture, and clean energy.", True),
        ("3", "China also agreed to resume talks on beef market access.", False),
        ("4", "The JCCT was co-chaired by U.S. Secretary of Commerce Locke and U.S. Trade Representative Kirk along with Chinese Vice Premier "
              "Wang Qishan.", True),
        ("5", "China and the U.S. will not adopt or maintain measures that make the location of the development or ownership of intellectual "
              "property a direct or indirect condition for eligibility for government procurement preferences for products and services.", False),
        ("6", "China and the U.S. will continue to discuss whether this principle applies to other government measures.", False),
        ("7", "China will revise its major equipment catalogue in 2011 and publish a draft for public comment.", False),
        ("8", "The revised measure will not be used for import substitution or the provision of export subsidies, or otherwise to "
              "discriminate against foreign suppliers.", False),
    ],
    "jcct-21-chinaorgcn-2010": [
        ("1", "The annual trade talks between China and the United States have produced \"positive outcomes,\" with a host of bilateral "
              "agreements signed, visiting Chinese Vice Premier Wang Qishan said on Wednesday.", True),
        ("2", "\"We reached many agreements and produced positive outcomes,\" Wang said at a press conference joined by U.S. Commerce "
              "Secretary Gary Locke, Trade Representative Ron Kirk and Agriculture Secretary Tom Vilsack.", True),
        ("3", "The two countries signed a host of economic cooperation documents covering a variety of areas such as investment promotion, "
              "agriculture, examination, inspection and quarantine, energy, water conservancy and trade statistics.", False),
        ("4", "The two countries agreed to explore the possibility of establishing a bilateral cooperation framework on Intellectual "
              "Property Rights (IPR), said the statement.", False),
        ("5", "They will also continue to work to ensure the openness, fairness and transparency of business and investment environment "
              "and be open to foreign investment, it added.", False),
        ("6", "China reaffirmed that, in compliance with its own quarantine requirement, it will resume the import of American beef, "
              "deboned and bone-in, under the age of 30 months.", False),
    ],
    "jcct-21-voa-2010": [
        ("1", "Significantly, during the session, China agreed to resume talks on beef market access.", False),
        ("2", "\"Technical talks will resume as soon as possible with the goal of re-opening China’s market in early 2011,\" Agriculture "
              "Secretary Tom Vilsack said.", False),
        ("3", "Commerce Secretary Locke said China has also committed to not discriminate against foreign suppliers, or to provide "
              "prohibited subsidies.", False),
        ("4", "\"I am pleased ... with China’s pledge to adhere to openness, non-discrimination, and transparency in its smart grid market,\" "
              "he added, \"and to cooperate with the United States on smart grid standards.", False),
    ],
    "sed-1-treasury-2006": [
        ("1", "In Beijing on December 14 and 15, the United States and China held the first Strategic Economic Dialogue, with the theme of "
              "\"China's Development Road and China's Economic Development Strategy.\"", True),
        ("2", "During one and a half days of productive and in-depth discussions on overarching and long-term strategic economic issues, we "
              "reaffirmed our commitment to pursuing macroeconomic policies, such as China's exchange rate regime reform and increasing the "
              "U.S. savings rate, to promote balanced and strong growth and prosperity in our two nations.", False),
        ("3", "Based on effective intellectual property rights protection, the rule of law, and the dismantling of trade and investment "
              "barriers, we agreed on the importance of establishing open and competitive markets, accelerating development and job "
              "creation, stimulating domestic and international trade and investment, and promoting sustainable development through energy "
              "security, environmental protection, and access to health care.", True),
        ("4", "Both sides  committed to take positive steps to strengthen the WTO, including through successful conclusion of the Doha "
              "Round, and will intensify bilateral contacts to this end.", False),
        ("5", "Through our discussions, we decided to prioritize work during the next six months in several strategic areas.", True),
        ("6", "Both sides agreed to conduct discussions on development of efficient innovative service sectors and on ways to improve "
              "health care.", False),
        ("7", "We are launching a bilateral investment dialogue with exploratory discussions to consider the possibility of a bilateral "
              "investment agreement, enhancing cooperation on transparency issues, and launching a joint economic study on energy and "
              "environment.", False),
    ],
    "sed-4-doe-2008": [
        ("1", "WASHINGTON, DC – Acting Deputy Secretary of Energy Jeffrey Kupfer today concluded participation in two days of productive "
              "meetings between senior U.S. and Chinese government officials as part of the fourth annual Strategic Economic Dialogue (SED IV) "
              "held in Annapolis, MD on Tuesday, June 17 and Wednesday, June 18.", True),
        ("2", "Following the meetings, the U.S. and China announced progress in several key areas, including the official launch of the "
              "U.S.-China Ten Year Framework, which serves as a guide for extensive bilateral cooperation to address the shared challenges of "
              "environmental sustainability, climate change and energy security.", False),
    ],
    "s-and-ed-1-treasury-us-2009": [
        ("1", "The Economic Track of the Dialogue, chaired by Treasury Secretary Timothy\nGeithner and China's Vice Premier Wang Qishan, laid "
              "out a framework for U.S.-China\ncooperation to steer a course of sustainable and balanced global growth.", True),
        ("2", "Twelve U.S. Cabinet officials and agency heads joined Secretary\nGeithner for two days of economic discussions with Vice "
              "Premier Wang and a distinguished\ndelegation of Chinese ministry and agency heads.", True),
        ("3", "The United States and China have responded to the\nglobal economic crisis with comprehensive stimulus measures and financial "
              "stability plans that have boosted confidence and supported\ndemand.", True),
        ("4", "Both countries pledged to maintain their strong policy responses until recovery is secured.", False),
    ],
    "s-and-ed-2-uscusi-2010": [
        ("1", "As special representatives of President Barack Obama and President Hu Jintao, U.S. Treasury Secretary Tim Geithner and Chinese "
              "Vice Premier Wang Qishan concluded the meeting of the Economic Track in the second U.S.-China Strategic and Economic Dialogue "
              "in Beijing today.", True),
        ("2", "The two sides reaffirmed their commitment to continue executing the important cooperative measures pledged to at the first "
              "meeting of the Strategic and Economic Dialogue, held in Washington on July 27-28, 2009, and pledged a range of additional "
              "measures to further economic cooperation and promote strong, balanced, and sustainable global economic growth.", False),
        ("3", "When the Strategic and Economic Dialogue held its inaugural meeting in July 2009, we pledged to maintain forceful stimulus "
              "measures to help our individual economies and the global economy emerge from the international financial crisis.", True),
        ("4", "We also pledged measures to promote a more balanced pattern of growth in our economies and strong and sustainable global "
              "growth once a recovery was fully in place.", True),
    ],
    "s-and-ed-8-treasury-2016": [
        ("1", "BEIJING – On June 6-7, U.S. Treasury Secretary Jacob J. Lew and Chinese Vice Premier Wang Yang led the eighth meeting of the "
              "Economic Track of the U.S.-China Strategic and Economic Dialogue (S&ED VIII) in Beijing, China.", True),
        ("2", "As the world’s two largest economies, the United States and China share a mutual interest in each other’s economic "
              "prosperity, and recognize that enhanced cooperation on the diverse set of issues encompassed in the S&ED is crucial for the "
              "health of the broader global economy.", True),
        ("3", "During the eighth meeting of the S&ED, the two sides pledged to implement fully S&ED commitments, including those from the "
              "previous seven dialogues.", False),
        ("4", "The United States and China announced further concrete measures to support strong domestic and global growth, promote open "
              "trade and investment, and enhance and foster financial market stability and reform.", True),
        ("5", "The United States and China remain committed to candid and open dialogue on key economic issues as the relationship between "
              "the two countries continues to grow.", False),
    ],
}

# commitments taken from existing hand-made gold files (tests/gold, tests/heldout/g/gold), numbered 1.. in file order
FROM_GOLD_FILES = {
    "jcct-17-ustr-outcomes-2006": "tests/gold/jcct-17-outcomes-fact-sheet-2006.gold.json",
    "jcct-21-commerce-ogc-2010": "tests/heldout/g/gold/commerce-ogc-jcct-21-commercial-law-2010.gold.json",
    "jcct-22-fact-sheet-2011": "tests/gold/jcct-22-fact-sheet-2011.gold.json",
}
# for pairing, a summary of a session's outcomes is borderline (as in gold/commitments.json)
MAKE_OPTIONAL = {"jcct-21-commerce-ogc-2010#2"}

# the first SERIES gold named three JCCT 22 commitments x1..x3; they are these sentences
OLD_22 = {
    "jcct-22-fact-sheet-2011#x1": "jcct-22-fact-sheet-2011#12",
    "jcct-22-fact-sheet-2011#x2": "jcct-22-fact-sheet-2011#16",
    "jcct-22-fact-sheet-2011#x3": "jcct-22-fact-sheet-2011#36",
}

# clause-level parts of added sentences that carry two threads (as in gold/commitments.json)
PARTS = {
    "sed-1-treasury-2006#2": [("2a", "China's exchange rate regime reform"), ("2b", "increasing the U.S. savings rate")],
}

# --------------------------------------------------------------------------- threads

# members added to the threads of gold/threads.json
THREAD_ADDS = {
    "T05": ["sed-1-treasury-2006#7"],
    "T06": ["sed-4-doe-2008#2"],
    "T08": ["s-and-ed-8-treasury-2016#5"],
    "T09": ["sed-1-treasury-2006#2b"],
    "T11": ["sed-1-treasury-2006#2a"],
    "T12": ["sed-1-treasury-2006#4"],
}

NEW_THREADS = [
    ("T15", "JCCT", "reopen China's market to U.S. beef (conditional reopening -> resume talks / imports -> realise substantial trade)",
     ["jcct-17-ustr-outcomes-2006#1", "jcct-21-tradelawdaily-2010#3", "jcct-21-chinaorgcn-2010#6", "jcct-21-voa-2010#1",
      "jcct-24-mofcom-2013#1b"]),
    ("T16", "JCCT", "stronger criminal enforcement against IPR infringement",
     ["jcct-16-ustr-press-2005#1", "jcct-24-mofcom-2013#1e"]),
    ("T17", "JCCT", "no government procurement preferences tied to where IP is owned or developed (indigenous innovation)",
     ["jcct-21-tradelawdaily-2010#5", "jcct-22-fact-sheet-2011#7"]),
    ("T18", "JCCT", "whether the IP-location principle applies to measures other than procurement (study / discuss)",
     ["jcct-21-tradelawdaily-2010#6", "jcct-22-fact-sheet-2011#8"]),
    ("T19", "JCCT", "cooperation with the United States on smart grid standards",
     ["jcct-21-voa-2010#4", "jcct-22-fact-sheet-2011#31"]),
    ("T20", "JCCT", "convene the annual U.S.-China Legal Exchange",
     ["jcct-21-commerce-ogc-2010#5", "jcct-22-fact-sheet-2011#49"]),
    ("T21", "JCCT", "commercial law cooperation (mutual understanding of commercial law; Commercial Law Working Group)",
     ["jcct-21-commerce-ogc-2010#4", "jcct-22-fact-sheet-2011#43"]),
    ("T22", "S&ED", "implement the commitments of earlier S&ED meetings",
     ["s-and-ed-2-uscusi-2010#2", "s-and-ed-4-uscusi-2012#1", "s-and-ed-8-treasury-2016#3"]),
    ("T23", "S&ED", "maintain stimulus / strong policy responses until recovery is secured (S&ED II only recounts it: optional)",
     ["s-and-ed-1-treasury-us-2009#4", "s-and-ed-2-uscusi-2010#3"]),
    ("T24", "S&ED", "announced further concrete measures (summary sentences, both optional)",
     ["s-and-ed-4-uscusi-2012#2", "s-and-ed-8-treasury-2016#4"]),
]

NOTES = [
    "Recurring pair = the later sentence restates the same undertaking as the earlier one (maybe narrower, broader, "
    "or a later stage of it); same subject but a different undertaking is not a pair. Hard calls of the first gold: threads.json notes.",
    "T15 beef: JCCT 21 has three documents (Commerce release via Trade Law Daily, Xinhua via china.org.cn, VOA editorial); each one's "
    "beef sentence restates JCCT 17's conditional reopening and is restated by JCCT 24's 'realizing substantial trade on the U.S. beef'. "
    "The second beef sentence of JCCT 17 (#2 'agreed to quickly conduct such negotiations') and of VOA (#2 'Technical talks will resume') "
    "are left unpaired to keep pairs one-to-one.",
    "T16: JCCT 16 'increase criminal prosecutions for IP crimes' ~ JCCT 24 'strengthen criminal law enforcement of intellectual property' "
    "(broader restatement). JCCT 16 #2 (share of cases referred) is the same subject, left unpaired.",
    "T17/T18: the 21st JCCT IPR non-discrimination principle (no procurement preferences by IP location) is implemented at the 22nd by the "
    "State Council measure eliminating catalogues linking innovation policies to procurement preferences (#7); the 21st's 'continue to discuss "
    "whether this principle applies to other government measures' becomes the 22nd's study of 'measures outside of government procurement' (#8).",
    "T19: VOA's sentence joins two pledges (openness of the smart grid market; cooperation on smart grid standards); it is paired with the "
    "22nd's 'continued bilateral cooperation ... on smart grid standards' (#31). The 22nd's openness-and-transparency statement (#29) is the same "
    "subject and left unpaired (one-to-one).",
    "T20/T21: JCCT 21 (Commerce OGC) 'agreed to convene the 2011 Legal Exchange' ~ JCCT 22 'agreed to convene the 2012 Legal Exchange' (#49); "
    "the 22nd's report that the 2011 exchange was held (#46) is a fulfilment, not a restatement: not paired. 'continue to promote mutual "
    "understanding of commercial legal developments' ~ 'reinvigorate the Commercial Law Working Group ... addressing commercial law issues' (#43): hard call.",
    "SED I (2006): one sentence reaffirms both China's exchange-rate reform (T11, part 2a) and raising the U.S. savings rate (T09, part 2b); "
    "no later document holds members of both threads, so pairs stay one-to-one. Its launch of a bilateral investment dialogue 'to consider the "
    "possibility of a bilateral investment agreement' (#7) joins T05 (BIT); the same sentence's joint energy and environment study is not put "
    "in T06, since SED IV's Treasury text has members of both T05 and T06.",
    "SED IV (DOE release): the official launch of the Ten Year Framework (#2) joins T06.",
    "S&ED VIII (Treasury joint fact sheet): 'remain committed to candid and open dialogue on key economic issues' joins T08 (close communication "
    "on economic policy, broader restatement); 'pledged to implement fully S&ED commitments' starts T22 with S&ED II and IV.",
    "Optional members (meetings held, summaries, recounted pledges) make their pairs optional: such a pair is neither required nor wrong.",
]


# --------------------------------------------------------------------------- build


def _span(text: str, needle: str, occurrence: int = 1, where: str = "") -> list[int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            sys.exit(f"{where}: text not found: {needle[:80]!r}")
    if occurrence == 1 and text.find(needle, start + 1) >= 0:
        sys.exit(f"{where}: text occurs twice, give an occurrence: {needle[:80]!r}")
    return [start, start + len(needle)]


def _one_to_one(pairs: list[list[str]], where: str) -> list[dict]:
    """Pairs as records; two clause parts of one sentence paired with two sentences of the other
    document (or the reverse) cannot both be found at sentence level: they become one required pair
    whose ``alternatives`` are the others (any one of them counts)."""
    out: list[dict] = []
    for old, new, tid in pairs:
        for rec in out:
            if rec["old"] == old or rec["new"] == new:
                rec["alternatives"].append([old, new])
                rec["thread"] += f"|{tid}"
                break
        else:
            out.append({"old": old, "new": new, "thread": tid, "alternatives": []})
    olds = [r["old"] for r in out]
    news = [r["new"] for r in out]
    if len(set(olds)) != len(olds) or len(set(news)) != len(news):
        sys.exit(f"{where}: pairs are not one-to-one: {out}")
    return out


def _manifest() -> dict[str, tuple[str, int]]:
    rows = (SERIES / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    out = {}
    for row in rows:
        cells = row.split("\t")
        out[cells[0].removesuffix(".txt")] = (cells[3], int(cells[4]))
    return out


def _lineage(forum: str) -> str:
    return "JCCT" if forum == "JCCT" else "SED/S&ED"


def _order(forum: str, ordinal: int) -> int:
    return ordinal + 5 if forum == "S&ED" else ordinal  # S&ED I follows SED V


def build() -> dict:
    docs: dict[str, dict] = {}
    series = json.loads((GOLD / "commitments.json").read_text(encoding="utf-8"))
    manifest = _manifest()
    for stem, entry in series["files"].items():
        if entry.get("external"):
            continue
        forum, ordinal = manifest[stem]
        docs[stem] = {"path": f"../{entry['path']}", "forum": forum, "ordinal": ordinal, "commitments": [
            {k: c[k] for k in ("id", "text", "span", "optional")} | ({"parts": [{k: p[k] for k in ("id", "text", "span")} for p in c["parts"]]}
                                                                     if c.get("parts") else {})
            for c in entry["commitments"]]}
    for stem, (path, forum, ordinal) in EXTRA_DOCS.items():
        text = (ROOT / path).read_text(encoding="utf-8")
        items = []
        if stem in FROM_GOLD_FILES:
            gold = json.loads((ROOT / FROM_GOLD_FILES[stem]).read_text(encoding="utf-8"))
            for n, c in enumerate(gold["commitments"], 1):
                cid = f"{stem}#{n}"
                items.append({"id": cid, "text": c["text"], "span": _span(text, c["text"], c.get("occurrence", 1), cid),
                              "optional": bool(c.get("optional")) or cid in MAKE_OPTIONAL})
        for local, sentence, optional in HAND.get(stem, []):
            cid = f"{stem}#{local}"
            item = {"id": cid, "text": sentence, "span": _span(text, sentence, 1, cid), "optional": optional}
            if cid in PARTS:
                item["parts"] = [{"id": f"{stem}#{pid}", "text": ptext, "span": _span(text, ptext, 1, pid)} for pid, ptext in PARTS[cid]]
            items.append(item)
        docs[stem] = {"path": os.path.relpath(ROOT / path, GOLD), "forum": forum, "ordinal": ordinal, "commitments": items}

    parent: dict[str, str] = {}
    optional: dict[str, bool] = {}
    doc_of: dict[str, str] = {}
    for stem, doc in docs.items():
        for c in doc["commitments"]:
            parent[c["id"]] = c["id"]
            optional[c["id"]] = c["optional"]
            doc_of[c["id"]] = stem
            for p in c.get("parts", []):
                parent[p["id"]] = c["id"]
                doc_of[p["id"]] = stem

    old_threads = json.loads((GOLD / "threads.json").read_text(encoding="utf-8"))["threads"]
    threads = []
    for t in old_threads:
        members = [OLD_22.get(m, m) for m in t["members"]] + THREAD_ADDS.get(t["id"], [])
        threads.append({"id": t["id"], "forum": t["forum"], "label": t["label"], "members": members})
    for tid, forum, label, members in NEW_THREADS:
        threads.append({"id": tid, "forum": forum, "label": label, "members": members})
    for t in threads:
        seen = set()
        for m in t["members"]:
            if m not in parent:
                sys.exit(f"{t['id']}: unknown member {m}")
            if doc_of[m] in seen:
                sys.exit(f"{t['id']}: two members from {doc_of[m]}")
            seen.add(doc_of[m])

    thread_of: dict[str, list[tuple[str, str]]] = {}
    for t in threads:
        for m in t["members"]:
            thread_of.setdefault(doc_of[m], []).append((t["id"], m))

    pairs = []
    stems = sorted(docs, key=lambda s: (_lineage(docs[s]["forum"]), _order(docs[s]["forum"], docs[s]["ordinal"]), s))
    for a, b in itertools.combinations(stems, 2):
        da, db = docs[a], docs[b]
        if _lineage(da["forum"]) != _lineage(db["forum"]):
            continue
        oa, ob = _order(da["forum"], da["ordinal"]), _order(db["forum"], db["ordinal"])
        if oa == ob:
            continue
        if oa > ob:
            a, b = b, a
        in_b = dict(thread_of.get(b, []))
        required, optional_pairs = [], []
        for tid, m in thread_of.get(a, []):
            if tid not in in_b:
                continue
            pa, pb = parent[m], parent[in_b[tid]]
            (optional_pairs if optional[pa] or optional[pb] else required).append([pa, pb, tid])
        required = _one_to_one(sorted(required), f"{a} -> {b}")
        optional_pairs = _one_to_one(sorted(optional_pairs), f"{a} -> {b}")
        used = {x for p in required for x in (p["old"], p["new"])}
        if any(p["old"] in used or p["new"] in used for p in optional_pairs):
            sys.exit(f"{a} -> {b}: an optional pair shares a sentence with a required one")
        split = "holdout" if int(hashlib.sha1(f"{a}|{b}".encode()).hexdigest()[:8], 16) % 3 == 0 else "tune"
        pairs.append({"old": a, "new": b, "lineage": _lineage(docs[a]["forum"]), "split": split,
                      "recurring": required, "optional": optional_pairs})

    n_required = sum(len(p["recurring"]) for p in pairs)
    n_optional = sum(len(p["optional"]) for p in pairs)
    return {
        "schema": "series-recurring-1",
        "note": "Recurring-pair gold: documents (commitments with spans), threads of restated undertakings and every cross-session "
                "document pair of one lineage with its recurring [old_id, new_id, thread] pairs. Made by reading; see README.md.",
        "documents": docs,
        "threads": threads,
        "document_pairs": pairs,
        "notes": NOTES,
        "totals": {"documents": len(docs), "threads": len(threads), "document_pairs": len(pairs),
                   "recurring_pairs": n_required, "optional_pairs": n_optional,
                   "commitments": sum(len(d["commitments"]) for d in docs.values()),
                   "tune_pairs": sum(len(p["recurring"]) for p in pairs if p["split"] == "tune"),
                   "holdout_pairs": sum(len(p["recurring"]) for p in pairs if p["split"] == "holdout")},
    }


def main() -> None:
    gold = build()
    out = GOLD / "recurring.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {gold['totals']}")
    if re.search(r"/work/", out.read_text(encoding="utf-8")):
        sys.exit("absolute path in the gold")


if __name__ == "__main__":
    main()
