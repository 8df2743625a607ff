"""Parties for commitment tests, given by hand instead of by the parties extractor: each
entry of an alias table is ``id: (type, country, [regexes of its mentions])``, so a test of
actor resolution does not depend on what the gazetteer knows."""

from __future__ import annotations

import re

from jccttool.records import Party


def parties_from_aliases(text: str, aliases: dict[str, tuple[str, str, list[str]]]) -> tuple[Party, ...]:
    """One party per alias with at least one mention in ``text`` (mentions sorted, deduplicated)."""
    out = []
    for pid, (kind, country, patterns) in aliases.items():
        spans = sorted({m.span() for p in patterns for m in re.finditer(p, text)})
        if spans:
            out.append(Party(id=pid, name=pid, type=kind, country=country, mentions=spans))
    return tuple(out)


def commitments_with(nlp, text: str, parties: tuple[Party, ...]) -> list:
    """The commitment records of ``text`` with the hand-given ``parties`` (no dates)."""
    from jccttool.extractors import Context, commitments
    from jccttool.segment import segment

    ctx = Context(text=text, segmentation=segment(text), parties=parties, dates=())
    return list(commitments.extract(nlp(text), ctx))


def first_starting(records, prefix: str):
    """The first record whose text starts with ``prefix``, else None."""
    return next((c for c in records if c.text.startswith(prefix)), None)
