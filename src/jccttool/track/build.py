"""Extractions → :class:`Ledger`: group documents into sessions, order the sessions,
link the commitments of each session to those of earlier sessions of its series, and
give every thread its status.

- **Sessions**: keyed by forum acronym + ordinal, else acronym + start date (else issued
  date), else one session per document. Duplicates of one sentence across a session's
  documents count once, with every source kept.
- **Order**: by year (the session's dates, else estimated from the ordinals of the dated
  sessions of its forum), then forum and ordinal.
- **Series** (lineage): the sessions a thread may run through. A forum continued under a
  new name (the SED, 2006-08, by the S&ED economic track, 2009-16) is one series
  (:data:`CONTINUES`).
- **Links**, per session in order: first the explicit references ("Building on the 2010
  JCCT commitment to ...": the referenced session's most similar commitment, when the
  corpus holds that session; else an :class:`UnresolvedReference`); then the pairing of
  :func:`jccttool.compare.pairing.recurring` with the threads last stated in the previous
  session of the series; then, for what is still unlinked, with threads last stated up to
  :data:`LOOK_BACK` sessions earlier (an undertaking skipped by one session's fact sheet).
  A thread is compared through every one of its members (the best one counts), and
  takes at most one new member per session.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from ..compare.pairing import clauses, recurring
from ..compare.similarity import _sim_key, norm
from ..records import Commitment, Extraction, Reference
from .model import Ledger, Member, SessionRef, Source, Thread, UnresolvedReference

#: forum key (see :func:`lineage_of`) -> the series it continues. Data, not code: one
#: line per renamed forum. The S&ED's economic track succeeded the SED in 2009.
CONTINUES = {"sanded": "sed"}

#: how many earlier sessions of a series (before the previous one) a still-unlinked
#: commitment is compared with.
LOOK_BACK = 6

#: a referenced session's commitment must hold at least this share of the words of what
#: the reference says was committed.
REFERENCE_SHARED = 0.5

#: two documents of one session print the same commitment when their sentences have at
#: least this fuzzy token-set ratio and share this fraction of the longer one's words.
DUPLICATE_THRESHOLD = 90.0
DUPLICATE_SHARED = 0.6


def lineage_of(forum: str | None) -> str | None:
    """The series key of a forum acronym, name or party id: "JCCT" and "jcct" -> "jcct";
    "SED", "S&ED", "s-and-ed" -> "sed"."""
    if not forum:
        return None
    key = re.sub(r"[^a-z0-9]+", "", forum.casefold().replace("&", "and"))
    return CONTINUES.get(key, key) or None


def session_key(record: Extraction) -> tuple[str, str, str | None, int | None]:
    """(id, label, forum, ordinal) of the session a document reports on."""
    s = record.document.session
    if s is not None and (s.acronym or s.forum):  # a meeting under no named forum is keyed by its document
        forum = s.acronym or s.forum
        slug = re.sub(r"[^a-z0-9]+", "-", forum.casefold()).strip("-") or "forum"
        if s.ordinal is not None:
            return f"{slug}-{s.ordinal}", f"{forum} {s.ordinal}", forum, s.ordinal
        when = s.start or record.document.issued
        if when is not None:
            return f"{slug}-{when.isoformat()}", f"{forum} {when.isoformat()}", forum, None
    label = record.document.title or record.source.path
    return f"doc-{record.source.text_sha256[:8]}", label, None, None


def _when(records: Sequence[Extraction]) -> tuple[date | None, date | None]:
    """(session start, the date that places the session: start, else earliest issued)."""
    starts = [r.document.session.start for r in records if r.document.session and r.document.session.start]
    issued = [r.document.issued for r in records if r.document.issued]
    start = min(starts) if starts else None
    return start, start or (min(issued) if issued else None)


def _thread_id(session: str, text: str, clause: str | None = None) -> str:
    key = f"{session}\n{norm(text).casefold()}" + (f"\n{norm(clause).casefold()}" if clause is not None else "")
    return "t-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _estimate_years(known: dict[str, tuple[str | None, int | None, int | None]]) -> dict[str, tuple[int | None, bool]]:
    """Session id -> (year, estimated). ``known``: id -> (forum, ordinal, year or None).
    An undated session with an ordinal gets a year from the dated sessions of its forum:
    interpolated between the nearest on both sides, else extrapolated one ordinal a year
    (or at the slope of the two nearest)."""
    out: dict[str, tuple[int | None, bool]] = {sid: (year, False) for sid, (_f, _o, year) in known.items()}
    by_forum: dict[str, list[tuple[int, int]]] = {}
    for _sid, (forum, ordinal, year) in known.items():
        if forum and ordinal is not None and year is not None:
            by_forum.setdefault(forum, []).append((ordinal, year))
    for sid, (forum, ordinal, year) in known.items():
        if year is not None or ordinal is None or not forum or forum not in by_forum:
            continue
        points = sorted(set(by_forum[forum]))
        below = [p for p in points if p[0] < ordinal]
        above = [p for p in points if p[0] > ordinal]
        if below and above:
            (o1, y1), (o2, y2) = below[-1], above[0]
            est = y1 + (y2 - y1) * (ordinal - o1) / (o2 - o1)
        else:
            side = below[-2:] if below else above[:2]
            slope = 1.0
            if len(side) == 2 and side[1][0] != side[0][0]:
                slope = max(0.5, (side[1][1] - side[0][1]) / (side[1][0] - side[0][0]))
            anchor = below[-1] if below else above[0]
            est = anchor[1] + slope * (ordinal - anchor[0])
        out[sid] = (int(est // 1), True)
    return out


class _Chains:
    """Threads under construction: lists of (session id, index) with their link."""

    def __init__(self) -> None:
        self.chains: dict[tuple[str, int], list[tuple[str, int, float | None, str | None]]] = {}
        self.of: dict[tuple[str, int], tuple[str, int]] = {}

    def start(self, sid: str, j: int) -> None:
        self.chains[(sid, j)] = [(sid, j, None, None)]
        self.of[(sid, j)] = (sid, j)

    def extend(self, head: tuple[str, int], sid: str, j: int, score: float | None, link: str) -> None:
        self.chains[head].append((sid, j, score, link))
        self.of[(sid, j)] = head

    def last(self, head: tuple[str, int]) -> tuple[str, int]:
        sid, j, _s, _l = self.chains[head][-1]
        return sid, j


def _group(records: Sequence[Extraction]):
    """(groups: session id -> its documents, keys: id -> (label, forum, ordinal), years),
    duplicates dropped, documents in (text sha256, path) order."""
    unique = {(r.source.text_sha256, r.source.path): r for r in records}
    groups: dict[str, list[Extraction]] = {}
    keys: dict[str, tuple[str, str | None, int | None]] = {}
    for k in sorted(unique):
        sid, label, forum, ordinal = session_key(unique[k])
        groups.setdefault(sid, []).append(unique[k])
        keys[sid] = (label, forum, ordinal)
    whens = {sid: _when(docs) for sid, docs in groups.items()}
    years = _estimate_years({sid: (keys[sid][1], keys[sid][2], w[1].year if w[1] else None) for sid, w in whens.items()})
    _place_undated(groups, keys, years)
    return groups, keys, years


def document_sessions(records: Sequence[Extraction]) -> dict[tuple[str, str], str]:
    """(text sha256, path) of each document -> the id of its session in :func:`build`'s
    ledger of the same ``records``. Mostly :func:`session_key`, except that a document
    naming its forum but no ordinal or date joins a session of the year its title names."""
    groups, _keys, _years = _group(records)
    return {(r.source.text_sha256, r.source.path): sid for sid, docs in groups.items() for r in docs}


def build(records: Sequence[Extraction]) -> Ledger:
    """The ledger of ``records``; the same for any input order."""
    groups, keys, years = _group(records)
    whens = {sid: _when(docs) for sid, docs in groups.items()}
    sessions = sorted(
        (SessionRef(id=sid, label=keys[sid][0], forum=keys[sid][1], ordinal=keys[sid][2], start=whens[sid][0],
                    documents=sorted({d.source.path for d in docs}), lineage=lineage_of(keys[sid][1]),
                    year=years[sid][0], year_estimated=years[sid][1])
         for sid, docs in groups.items()),
        key=lambda s: (s.year is None, s.year or 0, whens[s.id][1] or date.max, s.lineage or "", s.forum or "",
                       s.ordinal or 0, s.id),
    )
    order = {s.id: k for k, s in enumerate(sessions)}
    by_id = {s.id: s for s in sessions}
    # One list of units per session: its unique commitments (duplicates across documents
    # merged), a sentence whose clauses ";" joins giving one unit per clause, with the
    # commitment references each one holds.
    per_session: dict[str, list[_Unit]] = {}
    refs: dict[tuple[str, int], list[tuple[Reference, Source, frozenset[str]]]] = {}
    for s in sessions:
        per_session[s.id] = []
        for c, srcs, held in _session_items(groups[s.id]):
            for unit, unit_refs in _units(c, sorted(set(srcs), key=lambda x: (x.path, x.sha256, x.span)), held):
                if unit_refs:
                    refs[(s.id, len(per_session[s.id]))] = unit_refs
                per_session[s.id].append(unit)
    chains = _Chains()
    unresolved: list[tuple[str, int, Reference, Source]] = []
    series: dict[str, list[str]] = {}  # lineage -> its sessions so far, in order
    distinct: dict = {}  # thread head -> its distinct members so far (see _distinct)
    for s in sessions:
        items = per_session[s.id]
        earlier = series.get(s.lineage, []) if s.lineage else []
        linked: set[int] = set()
        # 1. explicit references to an earlier session of the series
        for j in range(len(items)):
            for ref, src, words in refs.get((s.id, j), ()):
                if j in linked:
                    continue
                target = _resolve(ref, s, earlier, by_id)
                hit = _best(per_session[target], words, chains, target, s.id) if target else None
                if hit is None:
                    unresolved.append((s.id, j, ref, src))
                    continue
                i, score = hit
                chains.extend(chains.of[(target, i)], s.id, j, score, "reference")
                linked.add(j)
        # 2. pairing with the previous session, 3. with threads last stated a little earlier
        windows = [earlier[-1:], earlier[-1 - LOOK_BACK:-1]] if earlier else []
        for window in windows:
            heads = [h for sid in window for h in _open_heads(chains, sid, len(per_session[sid]), s.id)]
            todo = [j for j in range(len(items)) if j not in linked]
            if not heads or not todo:
                continue
            # every member of an open thread is compared (the thread's words pooled: an S&ED
            # sentence may restate the thread's first statement better than its last); a
            # thread takes at most one new member per session, its best one
            members = [(h, per_session[sid][i][0]) for h in heads for sid, i in _distinct(h, chains, per_session, distinct)]
            owner = [h for h, _c in members]
            old = [c for _h, c in members]
            extended: set[tuple[str, int]] = set()
            for p in recurring(old, [items[j][0] for j in todo]):
                if owner[p.old] in extended:
                    continue
                extended.add(owner[p.old])
                chains.extend(owner[p.old], s.id, todo[p.new], p.score, "pairing")
                linked.add(todo[p.new])
        for j in range(len(items)):
            if j not in linked:
                chains.start(s.id, j)
        if s.lineage:
            series.setdefault(s.lineage, []).append(s.id)
    latest = {lin: ids[-1] for lin, ids in series.items()}
    threads = [_thread(chain, per_session, by_id, latest) for chain in chains.chains.values()]
    threads.sort(key=lambda t: (order[t.first_session], t.id))
    return Ledger(sessions=sessions, threads=threads, unresolved=_unresolved(unresolved, threads, order))


def _unresolved(unresolved: list, threads: list, order: dict[str, int]) -> list[UnresolvedReference]:
    """The references no session of the corpus answers, once each per session, wording and
    commitment, with the thread of the sentence that holds them; in session order."""
    thread_of: dict[tuple[str, str, str], str] = {}
    for t in threads:  # a sentence of clauses in several threads: the first thread names it
        for m in t.members:
            for src in m.sources:
                thread_of.setdefault((m.session, src.commitment, src.path), t.id)
    missing = []
    done = set()
    for sid, _j, ref, src in unresolved:
        key = (sid, norm(ref.text).casefold(), src.commitment)
        if key in done:
            continue
        done.add(key)
        missing.append(UnresolvedReference(session=sid, text=ref.text, forum=ref.forum, ordinal=ref.ordinal, year=ref.year,
                                           source=src, thread=thread_of.get((sid, src.commitment, src.path)),
                                           refers_to=ref.refers_to))
    missing.sort(key=lambda u: (order[u.session], u.source.path, u.source.span, u.text))
    return missing


_TITLE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _place_undated(groups: dict[str, list[Extraction]], keys: dict, years: dict[str, tuple[int | None, bool]]) -> bool:
    """A document that names its forum but neither an ordinal nor a date ("Remarks ... at
    the Closing Press Conference of the U.S.-China 2014 Strategic and Economic Dialogue")
    joins the one session of that forum held in the single year its title names.
    Changes ``groups`` in place; True when a document moved."""
    moved = False
    for sid in sorted(groups):
        docs = groups[sid]
        if not sid.startswith("doc-") or len(docs) != 1:
            continue
        doc = docs[0]
        session, title = doc.document.session, doc.document.title or ""
        found = set(_TITLE_YEAR.findall(title))
        if session is None or len(found) != 1:
            continue
        forum = session.acronym or session.forum
        year = int(found.pop())
        targets = [t for t in groups if not t.startswith("doc-") and keys[t][1] == forum and years[t][0] == year]
        if len(targets) == 1:
            groups[targets[0]].append(doc)
            groups[targets[0]].sort(key=lambda r: (r.source.text_sha256, r.source.path))
            del groups[sid]
            moved = True
    return moved


def _session_items(docs: Sequence[Extraction]) -> list[tuple[Commitment, list[Source], list[tuple[Reference, Source, frozenset[str]]]]]:
    """The unique commitments of one session's documents, each with its sources and the
    commitment references its sentences hold. A sentence printed by two documents
    counts once: the same normalised text, or a near-duplicate from another document
    (pairing score of at least :data:`DUPLICATE_THRESHOLD` and most words shared:
    "China also agreed to resume talks on beef market access." in one, "Significantly,
    during the session, China agreed to resume talks on beef market access." in another)."""
    items: list[list] = []
    seen: dict[str, int] = {}
    for r in docs:
        start = len(items)
        held: dict[str, list[Reference]] = {}
        for ref in r.references:
            if ref.refers_to == "commitment" and ref.commitment:
                held.setdefault(ref.commitment, []).append(ref)
        fresh: list[int] = []
        for c in r.commitments:
            src = Source(path=r.source.path, sha256=r.source.text_sha256, commitment=c.id, span=c.span)
            mentions = [(ref, Source(path=r.source.path, sha256=r.source.text_sha256, commitment=c.id, span=ref.span),
                         _object_of(c, ref)) for ref in held.get(c.id, ())]
            key = norm(c.text).casefold()
            if key in seen:
                items[seen[key]][1].append(src)
                items[seen[key]][2].extend(mentions)
                continue
            seen[key] = len(items)
            fresh.append(len(items))
            items.append([c, [src], mentions])
        old = [i for i in range(start) if items[i] is not None and all(x.sha256 != r.source.text_sha256 for x in items[i][1])]
        if not old or not fresh:
            continue
        for i, j in _near_duplicates([items[i][0] for i in old], [items[j][0] for j in fresh]):
            i, j = old[i], fresh[j]
            items[i][1].extend(items[j][1])
            items[i][2].extend(items[j][2])
            seen[norm(items[j][0].text).casefold()] = i
            items[j] = None
    return [tuple(x) for x in items if x is not None]


class _Unit(NamedTuple):
    """What the ledger threads: a commitment, or one ";"-joined clause of it."""

    commitment: Commitment  # what is paired: the sentence, or a copy holding only the clause
    sources: list[Source]
    sentence: Commitment
    clause: str | None = None


def _units(c: Commitment, sources: list[Source], held: list[tuple[Reference, Source, frozenset[str]]]):
    """(unit, its references) of one commitment: itself, or one unit per clause when ";"
    joins two or more ("...; agreed to continue ...; promised to ..." restates one
    undertaking per clause, and a later session may restate any of them alone). A clause
    keeps the sentence's actors and areas, and its deadline when the clause holds it; a
    reference goes with the clause that holds it (else the first)."""
    spans = clauses(c.text)
    if not spans:
        return [(_Unit(c, sources, c), held)]
    out = []
    for k, (a, b) in enumerate(spans):
        start, end = c.span[0] + a, c.span[0] + b
        deadline = c.deadline if c.deadline and start <= c.deadline.span[0] and c.deadline.span[1] <= end else None
        part = c.text[a:b]
        mine = [r for r in held if _clause_of(c.text, r[0].text, spans) == k]
        out.append((_Unit(c.model_copy(update={"text": part, "deadline": deadline}), sources, c, part), mine))
    return out


def _clause_of(text: str, mention: str, spans: tuple[tuple[int, int], ...]) -> int:
    at = text.find(mention)
    return next((k for k, (a, b) in enumerate(spans) if a <= at < b), 0)


def _near_duplicates(old: Sequence[Commitment], new: Sequence[Commitment]) -> list[tuple[int, int]]:
    """One-to-one (old, new) index pairs of the same sentence in other words: actors
    compatible, fuzzy token-set ratio at least :data:`DUPLICATE_THRESHOLD`, and at least
    :data:`DUPLICATE_SHARED` of the longer sentence's words shared (the token-set ratio
    alone gives 100 to any sentence whose words another one holds). Best first."""
    from rapidfuzz import fuzz

    candidates = []
    for i, a in enumerate(old):
        ka = _sim_key(a.text)
        wa = set(ka.split())
        for j, b in enumerate(new):
            if a.actors and b.actors and not set(a.actors) & set(b.actors):
                continue
            kb = _sim_key(b.text)
            wb = set(kb.split())
            if len(wa & wb) < DUPLICATE_SHARED * max(len(wa), len(wb), 1):
                continue
            score = fuzz.token_set_ratio(ka, kb)
            if score >= DUPLICATE_THRESHOLD:
                candidates.append((-score, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _score, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return pairs


def _distinct(head: tuple[str, int], chains: _Chains, per_session, memo: dict) -> list[tuple[str, int]]:
    """The members of a thread, a sentence restated in the same words kept once (the first);
    ``memo`` (head -> (members seen, keys, distinct members)) spares reading a long thread again."""
    chain = chains.chains[head]
    done, keys, out = memo.get(head, (0, set(), []))
    for sid, i, _score, _link in chain[done:]:
        key = _sim_key(per_session[sid][i][0].text)
        if key not in keys:
            keys.add(key)
            out.append((sid, i))
    memo[head] = (len(chain), keys, out)
    return out


def _open_heads(chains: _Chains, sid: str, n: int, current: str) -> list[tuple[str, int]]:
    """Threads whose last member is in session ``sid`` (so they can take a member in ``current``)."""
    heads = []
    for i in range(n):
        head = chains.of.get((sid, i))
        if head is not None and chains.last(head) == (sid, i):
            heads.append(head)
    return heads


def _resolve(ref: Reference, s: SessionRef, earlier: list[str], by_id: dict[str, SessionRef]) -> str | None:
    """The earlier session of the series that ``ref`` names (by ordinal, else by year)."""
    if lineage_of(ref.forum) != s.lineage or s.lineage is None:
        return None
    for sid in reversed(earlier):
        t = by_id[sid]
        if ref.ordinal is not None and lineage_of(t.forum) == lineage_of(ref.forum) and t.ordinal == ref.ordinal:
            if (t.forum or "").casefold() == (ref.forum or "").casefold() or ref.year is None:
                return sid
        if ref.ordinal is None and ref.year is not None and t.year == ref.year:
            return sid
    return None


_CLAUSE_END = re.compile(r"[,;:]")


def _object_of(c: Commitment, ref: Reference) -> frozenset[str]:
    """The words of what a reference says was committed: the clause after the mention
    ("Building on the 2010 JCCT commitment *to develop a one-stop shopping mechanism for
    ...*, China agreed ..."), else the sentence without the mention."""
    at = ref.span[1] - c.span[0]
    clause = _CLAUSE_END.split(c.text[at:], 1)[0] if 0 <= at <= len(c.text) else ""
    words = frozenset(_sim_key(clause).split())
    if len(words) < 3:
        words = frozenset(_sim_key(c.text.replace(ref.text, " ")).split())
    return words


def _best(items: list[_Unit], words: frozenset[str], chains: _Chains, target: str,
          current: str) -> tuple[int, float] | None:
    """The commitment of the referenced session that holds most of the referenced
    undertaking's ``words`` (at least :data:`REFERENCE_SHARED` of them) and whose thread is
    still open; its score is that share in percent. The reference itself says the two
    are linked, so issue areas need not agree."""
    best: tuple[float, int] | None = None
    for i, unit in enumerate(items):
        other = unit.commitment
        if chains.last(chains.of[(target, i)])[0] == current or not words:
            continue
        share = len(words & set(_sim_key(other.text).split())) / len(words)
        if share >= REFERENCE_SHARED and (best is None or share > best[0]):
            best = (share, i)
    return (best[1], round(100 * best[0], 1)) if best else None


def _thread(chain, per_session, by_id: dict[str, SessionRef], latest: dict[str, str]) -> Thread:
    units = [per_session[sid][j] for sid, j, _s, _l in chain]
    commitments = [u.commitment for u in units]
    deadlines = [c.deadline.end for c in commitments if c.deadline]
    earliest = min(deadlines) if deadlines else None
    members = []
    for (sid, _j, score, link), c, unit in zip(chain, commitments, units):
        s = by_id[sid]
        after = bool(earliest and _after(s, earliest))
        members.append(Member(
            session=sid, text=unit.sentence.text, clause=unit.clause, restates=c.restates, deadline=c.deadline.end if c.deadline else None,
            sources=unit.sources, score=score, link=link, areas=list(c.areas), actors=list(c.actors),
            deadline_text=c.deadline.text if c.deadline else None, after_deadline=after,
        ))
    first, last = chain[0][0], chain[-1][0]
    lineage = by_id[first].lineage
    newest = latest.get(lineage, last) if lineage else last
    status = "recurring" if len(chain) > 1 else ("new" if last == newest else "not_repeated")
    return Thread(
        id=_thread_id(first, units[0].sentence.text, units[0].clause),
        areas=sorted({a for c in commitments for a in c.areas}),
        actors=sorted({a for c in commitments for a in c.actors}),
        status=status, first_session=first, last_session=last,
        not_repeated_since=last if last != newest else None,
        earliest_deadline=earliest, overdue=any(m.after_deadline for m in members[1:]), members=members,
        sessions=[m.session for m in members],
    )


def _after(s: SessionRef, deadline: date) -> bool:
    """Whether session ``s`` met after ``deadline`` (dates as read; an estimated year only
    when it is a later year)."""
    if s.start is not None:
        return s.start > deadline
    return s.year is not None and s.year > deadline.year
