"""jccttool against the libraries a user would otherwise reach for, on the same texts.

Scores, with the same scorer and the same hand-made gold files (`tests/gold/`), the
dates of dateparser's `search_dates`, the money and quantities of quantulum3, and
jccttool's own extractors; and times each over the same documents.

    pip install '.[bench]'          # quantulum3
    python benchmarks/baselines.py [--gold-dir tests/gold] [--source-dir DIR ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

from jccttool.evaluate import default_source_dirs, find_source, gold_files, load_gold, read_source_text, score_many
from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text
from jccttool.records import DateMention, MoneyMention, Quantity

ROOT = Path(__file__).resolve().parent.parent
CURRENCIES = {"dollar": "USD", "United States dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR",
              "pound sterling": "GBP", "yen": "JPY"}


def _grain(text: str, when) -> str:
    """dateparser gives a datetime, not a precision: guess it from the matched text."""
    import re

    if re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", text.replace(str(when.year), "")):
        return "day"
    if re.search(r"[A-Za-z]{3,}", text):
        return "month"
    return "year"


def dateparser_dates(text: str) -> list[DateMention]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"]) or []
    out, at = [], 0
    for sub, when in found:
        start = text.find(sub, at)
        if start < 0:
            continue
        at = start + len(sub)
        grain = _grain(sub, when)
        d = when.date()
        if grain == "year":
            first, last = date(d.year, 1, 1), date(d.year, 12, 31)
        elif grain == "month":
            first = date(d.year, d.month, 1)
            last = date(d.year + (d.month == 12), d.month % 12 + 1, 1).fromordinal(
                date(d.year + (d.month == 12), d.month % 12 + 1, 1).toordinal() - 1)
        else:
            first = last = d
        out.append(DateMention(text=sub, span=(start, start + len(sub)), start=first, end=last, grain=grain))
    return out


def quantulum_figures(text: str) -> tuple[list[MoneyMention], list[Quantity]]:
    from quantulum3 import parser

    money, quantities = [], []
    for q in parser.parse(text):
        start, end = q.span
        value = Decimal(str(q.value)).normalize()
        if value < 0:
            continue
        unit = q.unit.name
        currency = CURRENCIES.get(unit) or (q.unit.currency_code if getattr(q.unit, "currency_code", None) else None)
        if currency or q.unit.entity.name == "currency":
            money.append(MoneyMention(text=text[start:end], span=(start, end), currency=currency or "USD", amount=value))
        elif unit == "percentage":
            quantities.append(Quantity(text=text[start:end], span=(start, end), kind="percent", value=value))
        else:
            quantities.append(Quantity(text=text[start:end], span=(start, end), kind="count", value=value))
    return money, quantities


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--source-dir", action="append", help="where the source texts are (repeatable)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")

    dirs = args.source_dir or default_source_dirs(args.gold_dir)
    docs = []
    for path in gold_files(args.gold_dir):
        gold = load_gold(path)
        src = find_source(gold["document"], dirs)
        docs.append((gold, read_source_text(src), src))
    words = sum(len(text.split()) for _, text, _ in docs)

    ours, t = [], time.perf_counter()
    extract_source(source_from_text("China agreed to publish by 2012."))  # build the pipeline first
    t = time.perf_counter()
    for _gold, text, src in docs:
        ours.append(extract_source(source_from_text(text, str(src))))
    our_s = time.perf_counter() - t

    t = time.perf_counter()
    dp = [dateparser_dates(text) for _, text, _ in docs]
    dp_s = time.perf_counter() - t
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        qu, qu_s = None, None
    else:
        quantulum_figures("warm up: $5 billion and 20 percent")
        t = time.perf_counter()
        qu = [quantulum_figures(text) for _, text, _ in docs]
        qu_s = time.perf_counter() - t

    def report(preds):
        return score_many((p, gold, text) for p, (gold, text, _) in zip(preds, docs))

    empty = lambda r: r.model_copy(update={k: [] for k in ("parties", "dates", "money", "quantities", "commitments")})  # noqa: E731
    r_ours = report(ours)
    r_dp = report([empty(r).model_copy(update={"dates": d}) for r, d in zip(ours, dp)])
    rows = [("jccttool", "dates", r_ours.f1("dates"), our_s), ("dateparser search_dates", "dates", r_dp.f1("dates"), dp_s)]
    rows += [("jccttool", f, r_ours.f1(f), our_s) for f in ("money", "quantities")]
    if qu is not None:
        r_qu = report([empty(r).model_copy(update={"money": m, "quantities": q}) for r, (m, q) in zip(ours, qu)])
        rows += [("quantulum3", f, r_qu.f1(f), qu_s) for f in ("money", "quantities")]
    result = {"documents": len(docs), "words": words,
              "rows": [{"tool": a, "field": b, "f1": c, "seconds": d, "words_per_s": words / d if d else None}
                       for a, b, c, d in rows]}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(docs)} documents, {words} words (gold: {args.gold_dir})\n")
    print(f"{'tool':<26}{'field':<12}{'F1':>7}{'time (s)':>10}{'words/s':>10}")
    for a, b, c, d in rows:
        note = " (all kinds)" if a == "jccttool" else ""
        print(f"{a:<26}{b:<12}{(c or 0):>7.3f}{d:>10.2f}{words / d:>10,.0f}{note}")


if __name__ == "__main__":
    main()
