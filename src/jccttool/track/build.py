"""Extractions → :class:`Ledger`: group documents into sessions, order the sessions,
link each session's commitments to the previous session's with
:func:`jccttool.compare.pairing.recurring`, and give every thread its status.

Baseline (issue #19 builds on it): sessions keyed by acronym + ordinal, else by
acronym + start date, else one session per document; duplicates of one sentence
across a session's documents count once; threads chain consecutive-session pairs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..compare.pairing import recurring
from ..compare.similarity import norm
from ..records import Commitment, Extraction
from .model import Ledger, Member, SessionRef, Source, Thread


def session_key(record: Extraction) -> tuple[str, str, str | None, int | None]:
    """(id, label, forum, ordinal) of the session a document reports on."""
    s = record.document.session
    if s is not None:
        forum = s.acronym or s.forum
        slug = re.sub(r"[^a-z0-9]+", "-", forum.casefold()).strip("-") or "forum"
        if s.ordinal is not None:
            return f"{slug}-{s.ordinal}", f"{forum} {s.ordinal}", forum, s.ordinal
        if s.start is not None:
            return f"{slug}-{s.start.isoformat()}", f"{forum} {s.start.isoformat()}", forum, None
    label = record.document.title or record.source.path
    return f"doc-{record.source.text_sha256[:8]}", label, None, None


def _start(records: Sequence[Extraction]):
    starts = [r.document.session.start for r in records if r.document.session and r.document.session.start]
    issued = [r.document.issued for r in records if r.document.issued]
    return min(starts or issued or [None], key=lambda d: (d is None, d))


def _thread_id(session: str, text: str) -> str:
    return "t-" + hashlib.sha256(f"{session}\n{norm(text).casefold()}".encode()).hexdigest()[:12]


def build(records: Sequence[Extraction]) -> Ledger:
    """The ledger of ``records``; the same for any input order."""
    records = sorted(records, key=lambda r: (r.source.text_sha256, r.source.path))
    groups: dict[str, list[Extraction]] = {}
    keys: dict[str, tuple[str, str | None, int | None]] = {}
    for r in records:
        sid, label, forum, ordinal = session_key(r)
        groups.setdefault(sid, []).append(r)
        keys[sid] = (label, forum, ordinal)
    sessions = sorted(
        (SessionRef(id=sid, label=keys[sid][0], forum=keys[sid][1], ordinal=keys[sid][2], start=_start(docs),
                    documents=sorted({d.source.path for d in docs}))
         for sid, docs in groups.items()),
        key=lambda s: (s.start is None, s.start, s.forum or "", s.ordinal or 0, s.id),
    )
    # One list of unique commitments per session (duplicates across documents merged).
    per_session: dict[str, list[tuple[Commitment, list[Source]]]] = {}
    for s in sessions:
        seen: dict[str, tuple[Commitment, list[Source]]] = {}
        for r in groups[s.id]:
            for c in r.commitments:
                key = norm(c.text).casefold()
                src = Source(path=r.source.path, sha256=r.source.text_sha256, commitment=c.id, span=c.span)
                if key in seen:
                    seen[key][1].append(src)
                else:
                    seen[key] = (c, [src])
        per_session[s.id] = list(seen.values())
    # Chain pairs of consecutive sessions of one forum into threads.
    chains: dict[tuple[str, int], list[tuple[str, int, float | None]]] = {}
    last_of: dict[tuple[str, int], tuple[str, int]] = {}  # (session, index) -> chain key
    previous: dict[str | None, str] = {}
    for s in sessions:
        items = per_session[s.id]
        prev = previous.get(s.forum) if s.forum else None
        linked: dict[int, tuple[int, float]] = {}
        if prev is not None:
            for p in recurring([c for c, _ in per_session[prev]], [c for c, _ in items]):
                linked[p.new] = (p.old, p.score)
        for j in range(len(items)):
            if j in linked and (prev, linked[j][0]) in last_of:
                key = last_of[(prev, linked[j][0])]
                chains[key].append((s.id, j, linked[j][1]))
            else:
                key = (s.id, j)
                chains[key] = [(s.id, j, None)]
            last_of[(s.id, j)] = key
        if s.forum:
            previous[s.forum] = s.id
    order = {s.id: k for k, s in enumerate(sessions)}
    latest_of_forum = {s.forum: s.id for s in sessions}
    threads = []
    for chain in chains.values():
        members = []
        for sid, j, score in chain:
            c, sources = per_session[sid][j]
            members.append(Member(session=sid, text=c.text, restates=c.restates,
                                  deadline=c.deadline.end if c.deadline else None, sources=sources, score=score))
        first, last = chain[0][0], chain[-1][0]
        commitments = [per_session[sid][j][0] for sid, j, _ in chain]
        forum = next(s.forum for s in sessions if s.id == first)
        latest = latest_of_forum.get(forum, first) if forum else first
        if len(chain) > 1:
            status = "recurring"
        elif last == latest:
            status = "new"
        else:
            status = "not_repeated"
        deadlines = [m.deadline for m in members if m.deadline]
        earliest = min(deadlines) if deadlines else None
        session_start = {s.id: s.start for s in sessions}
        overdue = bool(earliest and any(session_start.get(m.session) and session_start[m.session] > earliest for m in members[1:]))
        threads.append(Thread(
            id=_thread_id(first, commitments[0].text),
            areas=sorted({a for c in commitments for a in c.areas}),
            actors=sorted({a for c in commitments for a in c.actors}),
            status=status, first_session=first, last_session=last,
            not_repeated_since=last if status == "not_repeated" else None,
            earliest_deadline=earliest, overdue=overdue, members=members,
        ))
    threads.sort(key=lambda t: (order[t.first_session], t.id))
    return Ledger(sessions=sessions, threads=threads)
