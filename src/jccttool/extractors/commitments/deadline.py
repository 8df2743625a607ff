"""The deadline of a commitment: the ``deadline``-role date of ``ctx.dates`` inside the
sentence that is nearest to the trigger.
"""

from __future__ import annotations

from bisect import bisect_left

from ...records import DateRef


def _deadline(deadlines, d_starts, s0, s1, t_start) -> DateRef | None:
    inside = [d for d in deadlines[bisect_left(d_starts, s0) : bisect_left(d_starts, s1)] if d.span[1] <= s1]
    if not inside:
        return None
    best = min(inside, key=lambda d: (abs(d.span[0] - t_start), d.span[0]))
    return DateRef(text=best.text, span=tuple(best.span), start=best.start, end=best.end, grain=best.grain)
