"""Money: every amount of money, normalised to an exact amount and an ISO 4217 code.

Grammar (regular expressions over the unchanged text, tables from ``resources/money.json``):

* ``prefix``: a currency symbol or code before the number, an optional magnitude and an
  optional second bound: "$29.6 billion", "U.S. $30,000-35,000", "US$5 million",
  "RMB 10 billion", "€3m", "$40-50 billion", "$40 billion to $50 billion".
* ``suffix``: a number, optional magnitude and a currency word or code after it:
  "10 billion yuan", "5 billion dollars", "five million U.S. dollars", "2-3 billion RMB".

Ranges: a dash always joins two bounds; "X to Y" joins them unless "from" comes
before ("increased from $13.2 billion to $23.1 billion" is two amounts: a change, not
an estimate range); "X and Y" joins them only after "between". A magnitude written
once applies to both bounds when the first is the smaller bare number ("$40-50
billion"). Amounts in parentheses ("($12.0 billion)") are positive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache

from .. import text as S
from ..records import MoneyMention
from ..text import FOLD
from . import _numbers as N

KIND = "money"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    r = N.rules()
    sym = N.words_alt(r.symbols)
    code = N.words_alt(r.codes)
    word = N.words_alt(r.words)
    mag = N.magnitude_re()
    prefix = rf"(?:(?P<{{g}}sym>{sym})|(?<![A-Za-z])(?P<{{g}}code>{code})(?![a-z]))"
    sep = r"(?P<sep>\s{0,2}[-–—]\s{0,2}|\s{1,3}(?:to|and)\s{1,3})"
    prefix_re = re.compile(
        prefix.format(g="c1_") + rf"{N.SP}{{0,2}}(?P<n1>{N.NUM})(?P<m1>{mag})?"
        rf"(?:{sep}(?:" + prefix.format(g="c2_") + rf"{N.SP}{{0,2}})?(?P<n2>{N.NUM})(?P<m2>{mag})?)?"
        rf"(?:{N.SP}{{1,2}}(?P<tail>(?i:{word})|{code})(?![A-Za-z]))?"
    )
    number = rf"(?:{N.NUM}|{N.number_word_re()})"
    suffix_re = re.compile(
        rf"(?<![\w.,$€£¥\-])(?P<n1>{number})(?P<m1>{mag})?"
        rf"(?:(?P<sep>\s{{0,2}}[-–—]\s{{0,2}}|\s{{1,3}}(?:to|and)\s{{1,3}})(?P<n2>{number})(?P<m2>{mag})?)?"
        rf"{N.SP}{{1,2}}(?:(?P<word>(?i:{word}))|(?P<code>{code}))(?![A-Za-z])"
    )
    return prefix_re, suffix_re


@cache
def _prefix_start_res() -> tuple[re.Pattern, re.Pattern, int]:
    """(currency signs, codes, how far before its first sign a symbol can start)."""
    r = N.rules()
    signs = {c for s in r.symbols for c in s if not (c.isascii() and (c.isalnum() or c in ". "))}
    lead = 0
    for s in r.symbols:
        first = min((i for i, c in enumerate(s) if c in signs), default=None)
        if first is None:
            raise ValueError(f"money symbol {s!r} has no currency sign")
        lead = max(lead, first)
    codes = "|".join(sorted(map(re.escape, r.codes), key=lambda w: (-len(w), w)))
    return re.compile("[" + re.escape("".join(sorted(signs))) + "]"), re.compile(codes), lead


def _prefix_starts(text: str) -> list[int]:
    """Every position where a prefix amount can begin: a symbol ends in a currency sign
    at most ``lead`` characters after its start ("U.S. $"), or a code."""
    signs, codes, lead = _prefix_start_res()
    out = set(S.occurrences(codes, text))
    for m in signs.finditer(text):
        out.update(range(max(0, m.start() - lead), m.start() + 1))
    return sorted(out)


def _currency(m: re.Match, g: str) -> str | None:
    r = N.rules()
    sym = m.group(f"{g}sym")
    if sym:
        return r.symbols[_norm_key(sym, r.symbols)]
    code = m.group(f"{g}code")
    if code:
        return r.codes[code]
    return None


def _norm_key(found: str, table: dict[str, str]) -> str:
    """The table key a (possibly re-spaced, re-cased) match came from."""
    if found in table:
        return found
    squash = re.sub(r"[\s\u00a0]+", "", found).translate(FOLD).lower()
    for key in table:
        if key.replace(" ", "").translate(FOLD).lower() == squash:
            return key
    raise KeyError(found)


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _value(n: str, m: str | None) -> Decimal:
    return _whole(N.parse_number(n) * N.magnitude_value(m))


def _tail_currency(found: str) -> str | None:
    r = N.rules()
    if found in r.codes:
        return r.codes[found]
    try:
        return r.words[_norm_key(found, r.words)]
    except KeyError:
        return None


#: "from $X to $Y", also with a hedge before the first amount: "from approximately $5 billion to ..."
_FROM_BEFORE = re.compile(
    rf"(?i)\bfrom(?:{N.SP}+(?:approximately|about|around|roughly|nearly|almost|some|only|just|over|under|"
    rf"more{N.SP}+than|less{N.SP}+than|an{N.SP}+estimated))*{N.SP}+$"
)


def _preceded_by(text: str, pos: int, word: str) -> bool:
    return re.search(rf"(?i)\b{word}{N.SP}{{1,3}}$", text[max(0, pos - 20) : pos]) is not None


def _record(text: str, start: int, end: int, currency: str, amount: Decimal, amount_max: Decimal | None, rule: str) -> MoneyMention:
    return MoneyMention(
        text=text[start:end],
        span=(start, end),
        currency=currency,
        amount=amount,
        amount_max=amount_max,
        qualifier=N.find_qualifier(text, start, end),
        year=N.find_year(text, start, end),
        rule=rule,
    )


def _from_match(text: str, m: re.Match, rule: str, currency: str, currency2: str | None) -> tuple[list[MoneyMention], int]:
    """Records for one match, and where scanning resumes."""
    n1, m1, n2, m2 = m.group("n1"), m.group("m1"), m.group("n2"), m.group("m2")
    start = m.start()
    end_all = m.end()
    if rule == "prefix" and m.group("tail") and _tail_currency(m.group("tail")) != currency:
        end_all = m.end("m2") if m2 else m.end("n2") if n2 else m.end("m1") if m1 else m.end("n1")
    first_end = m.end("m1") if m1 else m.end("n1")
    if rule == "suffix":
        first_end = end_all
    if n2 is None:
        return [_record(text, start, end_all, currency, _value(n1, m1), None, rule)], end_all
    sep = m.group("sep").strip().translate(FOLD).lower()
    shared = N.share_magnitude(n1, m1, n2, m2)
    low = _value(n1, m2 if shared else m1)
    high = _value(n2, m2)
    second_start = m.start("c2_sym") if rule == "prefix" and m.group("c2_sym") else (
        m.start("c2_code") if rule == "prefix" and m.group("c2_code") else m.start("n2")
    )
    has_prefix2 = second_start != m.start("n2")
    if currency2 is not None and currency2 != currency:
        return [_record(text, start, first_end, currency, _value(n1, m1), None, rule)], second_start
    joined_ok = (
        sep in "-–—"
        or (sep == "to" and (has_prefix2 or m2 is not None or rule == "suffix"))
        or (sep == "and" and _preceded_by(text, start, "between"))
    )
    if rule == "suffix" and sep != "and" and not joined_ok:
        joined_ok = True
    if not joined_ok:
        if rule == "suffix":  # "5 to 10 billion yuan" without a valid join: take the last part only
            return [], m.start("n2")
        return [_record(text, start, first_end, currency, _value(n1, m1), None, rule)], first_end
    if sep == "to" and _FROM_BEFORE.search(text, max(0, start - 40), start):
        # a change from one amount to another: two mentions
        if rule == "suffix" and not has_prefix2:
            first = _record(text, start, m.end("m1") if m1 else m.end("n1"), currency, low, None, rule)
        else:
            first = _record(text, start, first_end, currency, low, None, rule)
        second = _record(text, second_start, end_all, currency, high, None, rule)
        return [first, second], end_all
    if high < low:
        return [_record(text, start, first_end, currency, _value(n1, m1), None, rule)], second_start
    return [_record(text, start, end_all, currency, low, high, rule + "_range")], end_all


def _scan(text: str) -> list[MoneyMention]:
    """Every amount in ``text`` (quantities reads them too: the last few are kept)."""
    return list(_scan_cached(text))


@lru_cache(maxsize=4)
def _scan_cached(text: str) -> tuple[MoneyMention, ...]:
    prefix_re, suffix_re = _patterns()
    r = N.rules()
    found: list[MoneyMention] = []
    starts = _prefix_starts(text)
    pos = 0
    while True:
        m = S.search(prefix_re, text, pos, starts)
        if not m:
            break
        currency = _currency(m, "c1_")
        currency2 = _currency(m, "c2_") if m.group("n2") else None
        records, pos = _from_match(text, m, "prefix", currency, currency2)
        found.extend(records)
        pos = max(pos, m.start() + 1)
    starts = N.number_starts(text)
    pos = 0
    while True:
        m = S.search(suffix_re, text, pos, starts)
        if not m:
            break
        pos = m.end()
        if m.group("word"):
            key = _norm_key(m.group("word"), r.words)
            currency = r.words[key]
            if key.translate(FOLD).lower() in r.words_need_magnitude and not (m.group("m1") or m.group("m2")):
                continue
        else:
            currency = r.codes[m.group("code")]
        if not (m.group("m1") or m.group("m2")):
            # "2011 dollars" (constant dollars), "one dollar": not an amount worth a record
            if re.fullmatch(N.YEAR, m.group("n1")) or not re.match(r"\d", m.group("n1")):
                continue
        records, nxt = _from_match(text, m, "suffix", currency, None)
        if not records and nxt < m.end():
            pos = nxt
            continue
        found.extend(records)
    return tuple(N.drop_contained(found))


def extract(doc, ctx) -> Iterator[MoneyMention]:
    """Every amount of money in the text, in text order."""
    text = ctx.text if ctx is not None else doc.text
    yield from _scan(text)
