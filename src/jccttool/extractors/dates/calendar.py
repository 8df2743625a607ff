"""Date arithmetic and date values: months and their last days, shifting by months, the
years a date may lie in, the one table of parts of a period ("the end of" = the last
month), and ``dateparser`` as the fallback of :func:`normalise` for shapes our grammar
does not know.

A value is ``(start, end, grain)``: an inclusive interval of ``datetime.date`` and the
contract's grain. ``dateparser`` is only ever given one isolated expression (never the
whole document): a ``DateDataParser(languages=["en"])`` built once per anchor and cached,
with fixed settings (``RELATIVE_BASE`` = the anchor, ``DATE_ORDER="MDY"``,
``PREFER_DAY_OF_MONTH="first"``); its period becomes the grain (day / month / year).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from functools import lru_cache

Value = tuple[date, date, str]

YEAR_MIN, YEAR_MAX = 1900, 2100
_PROBE = date(2001, 3, 17)  # stands in for a missing anchor when testing whether an expression needs one


# ------------------------------------------------------------------ date arithmetic


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[date, date]:
    return date(y1, m1, 1), date(y2, m2, _last_day(y2, m2))


def _shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _add_months(d: date, n: int) -> date:
    y, m = _shift_months(d.year, d.month, n)
    return date(y, m, min(d.day, _last_day(y, m)))


def _year_ok(y: int) -> bool:
    return YEAR_MIN <= y <= YEAR_MAX


#: a part of a year -> its (first, last) month: "the end of 2011" = December, "the beginning
#: of 2012" = January, "the middle of 2012" / "mid-2012" = June-July, "early 2013" =
#: January-April, "late 2012" = September-December. For a shorter period ("the end of the
#: first quarter of 2013") a part at the year's end picks the period's last month, any other
#: its first (see :func:`part_month`).
PART_MONTHS: dict[str, tuple[int, int]] = {
    "end": (12, 12), "close": (12, 12), "year-end": (12, 12), "beginning": (1, 1), "start": (1, 1),
    "middle": (6, 7), "mid": (6, 7), "early": (1, 4), "late": (9, 12),
}


def part_month(part: str, a: date, b: date) -> tuple[int, int]:
    """(year, month) that ``part`` ("end", "close", "beginning", "start") picks out of the
    period ``a``..``b``: "the end of the first quarter of 2013" = March 2013."""
    return (b.year, b.month) if PART_MONTHS[part][0] == 12 else (a.year, a.month)


# --------------------------------------------------------------------- dateparser


@lru_cache(maxsize=16)
def _parser(base: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "DATE_ORDER": "MDY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


def _dateparser_value(expression: str, base: date) -> tuple[date, date, str] | None:
    data = _parser(base).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if not _year_ok(d.year):
        return None
    if data.period == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    if data.period == "month":
        return _months(d.year, d.month, d.year, d.month) + ("month",)
    if data.period == "day":
        return d, d, "day"
    return None
