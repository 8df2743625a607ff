"""Reading an extraction back, and the semantic checks ``jccttool validate`` runs.

``parse_extraction`` is pydantic validation with one-line errors; ``check`` returns
every broken invariant of the contract as a :class:`Problem`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .extractors import KINDS
from .records import SCHEMA_VERSION, Extraction

#: The kinds whose records have one span (parties have a list of mentions instead).
_SPANNED: tuple[str, ...] = tuple(k for k in KINDS if k != "parties")


#: The production note of a partial run (pipeline.production_notes): "only money, dates extracted (--only); ..."
_ONLY_NOTE = re.compile(r"only (?P<kinds>[a-z, ]+) extracted \(--only\)")


def _looked_for(record: Extraction) -> set[str]:
    """The kinds the extraction looked for: all, or those its ``--only`` note names."""
    for w in record.warnings:
        m = _ONLY_NOTE.match(w)
        if m:
            return {k.strip() for k in m.group("kinds").split(",")}
    return set(KINDS)


@dataclass(frozen=True, order=True)
class Problem:
    where: str  # a JSON path such as "money[3].span"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def read_extraction(raw: str, name: str) -> tuple[Extraction | None, list[Problem]]:
    """Parse the JSON of one extraction once: the record, or every schema problem.

    Input that is not an extraction at all (not JSON, no or another schema_version)
    raises InputError; a record of our schema that fails validation gives problems."""
    from pydantic import ValidationError

    data = load_json(raw, name)
    if not isinstance(data, dict) or "schema_version" not in data:
        raise InputError(f"{name}: not a jccttool extraction (no schema_version)")
    if data["schema_version"] != SCHEMA_VERSION:
        raise InputError(
            f"{name}: schema_version {data['schema_version']!r} is not supported (this jccttool reads {SCHEMA_VERSION!r})"
        )
    try:
        return Extraction.model_validate(data), []
    except ValidationError as exc:
        return None, [Problem(_path(e["loc"]) or "$", e["msg"]) for e in exc.errors()]


def load_json(raw: str, name: str):
    """``json.loads`` with one-line errors for hostile input as well as broken input:
    nesting too deep for Python, an integer longer than Python converts, and a lone
    surrogate (``"\\ud800"``), which is not text and could not be written out again."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if not raw.strip():
            raise InputError(f"{name}: empty input, expected a JSON extraction") from None
        raise InputError(f"{name}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply to read") from None
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        first = " ".join(str(exc).split(";")[0].split())
        raise InputError(f"{name}: unreadable JSON ({first[:160]})") from None
    if _has_lone_surrogate(data):
        raise InputError(f"{name}: JSON holds a lone surrogate (\\ud800-\\udfff escape), which is not valid Unicode text")
    return data


def _has_lone_surrogate(data) -> bool:
    """Whether any string (key or value) holds a surrogate code point. Iterative, so a
    deep structure that json accepted cannot exhaust the stack here."""
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return False


_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_extraction(raw: str, name: str) -> Extraction:
    """Parse the JSON of one extraction; an InputError names what is wrong."""
    record, problems = read_extraction(raw, name)
    if record is None:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(f"{name}: does not match the schema: {problems[0]}{more}")
    return record


def _path(loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _spans(record: Extraction):
    """(json path, text or None, span) for every span in the record."""
    for i, s in enumerate(record.sections):
        yield f"sections[{i}].span", None, s.span
        if s.heading_span:
            yield f"sections[{i}].heading_span", s.title, s.heading_span
        for j, b in enumerate(s.blocks):
            yield f"sections[{i}].blocks[{j}].span", b.text, b.span
    for i, p in enumerate(record.parties):
        for j, m in enumerate(p.mentions):
            yield f"parties[{i}].mentions[{j}]", None, m
    for kind in _SPANNED:
        for i, r in enumerate(getattr(record, kind)):
            yield f"{kind}[{i}].span", r.text, r.span
            deadline = getattr(r, "deadline", None)
            if deadline is not None:
                yield f"{kind}[{i}].deadline.span", deadline.text, deadline.span
    for i, b in enumerate(record.boilerplate):
        yield f"boilerplate[{i}]", None, b


def check(record: Extraction, source_text: str | None = None) -> list[Problem]:
    """Every broken invariant: spans in range and matching the text (when the source
    is given), ids unique, references resolving, intervals ordered, lists sorted."""
    problems: list[Problem] = []
    add = lambda where, msg: problems.append(Problem(where, msg))  # noqa: E731
    chars = record.source.chars

    if source_text is not None and len(source_text) != chars:
        add("source.chars", f"{chars} but the source text has {len(source_text)} characters")
        source_text = None
    for where, text, (start, end) in _spans(record):
        if not 0 <= start <= end <= chars:
            add(where, f"[{start}, {end}] is outside the text (0..{chars})")
        elif source_text is not None and text is not None and source_text[start:end] != text:
            add(where, f"text {text[:40]!r} != source text {source_text[start:end][:40]!r}")

    section_ids = [s.id for s in record.sections]
    _unique(section_ids, "sections", add)
    block_ids = [b.id for s in record.sections for b in s.blocks]
    _unique(block_ids, "blocks", add)
    for i, s in enumerate(record.sections):
        if s.parent is not None and s.parent not in section_ids:
            add(f"sections[{i}].parent", f"{s.parent!r} is not a section id")
        for j, b in enumerate(s.blocks):
            if not b.id.startswith(s.id + "."):
                add(f"sections[{i}].blocks[{j}].id", f"{b.id!r} is not in section {s.id!r}")
    party_ids = [p.id for p in record.parties]
    _unique(party_ids, "parties", add)
    known_sections = set(section_ids)
    known_parties = set(party_ids)
    parties_looked_for = "parties" in _looked_for(record)  # else (--only) no party id can resolve

    if record.document.session is not None:
        for j, pid in enumerate(record.document.session.co_chairs):
            if parties_looked_for and pid not in known_parties:
                add(f"document.session.co_chairs[{j}]", f"{pid!r} is not a party id")
        s = record.document.session
        if s.start and s.end and s.start > s.end:
            add("document.session", f"start {s.start} is after end {s.end}")

    for kind in _SPANNED:
        items = getattr(record, kind)
        for i, r in enumerate(items):
            if r.section is not None and r.section not in known_sections:
                add(f"{kind}[{i}].section", f"{r.section!r} is not a section id")
        keys = [(r.span[0], r.span[1]) for r in items]
        if keys != sorted(keys):
            add(kind, "not sorted by span")
    for i, d in enumerate(record.dates):
        if d.start > d.end:
            add(f"dates[{i}]", f"start {d.start} is after end {d.end}")
    for i, m in enumerate(record.money):
        if m.amount_max is not None and m.amount_max < m.amount:
            add(f"money[{i}].amount_max", f"{m.amount_max} is below amount {m.amount}")
    for i, q in enumerate(record.quantities):
        if q.value_max is not None and q.value_max < q.value:
            add(f"quantities[{i}].value_max", f"{q.value_max} is below value {q.value}")
    commitment_ids = [c.id for c in record.commitments]
    _unique(commitment_ids, "commitments", add)
    for i, c in enumerate(record.commitments):
        for j, pid in enumerate(c.actors):
            if parties_looked_for and pid not in known_parties:
                add(f"commitments[{i}].actors[{j}]", f"{pid!r} is not a party id")
        if c.deadline is not None and c.deadline.start > c.deadline.end:
            add(f"commitments[{i}].deadline", "start is after end")
    firsts = [p.mentions[0] for p in record.parties if p.mentions]
    if firsts != sorted(firsts):
        add("parties", "not ordered by first mention")
    for i, p in enumerate(record.parties):
        if p.mentions != sorted(p.mentions):
            add(f"parties[{i}].mentions", "not sorted")
    return sorted(problems)


def _unique(ids: list[str], what: str, add) -> None:
    seen: set[str] = set()
    for pid in ids:
        if pid in seen:
            add(what, f"id {pid!r} is not unique")
        seen.add(pid)


def find_source_text(record: Extraction, extraction_path: str | None,
                     source: str | None = None) -> tuple[str | None, str]:
    """The source text the extraction's spans index, and how it was found.

    Looks at ``source`` when given, else the recorded path, else a file of that name
    next to the extraction; the raw bytes must match the recorded sha256 and the text
    read from them the recorded text_sha256. Returns (None, the reason) otherwise."""
    from .readers import read_source

    recorded = record.source.path
    if source is not None:
        candidates = [Path(source)]
    elif recorded in ("-", "<text>", "<bytes>"):
        return None, "source not checked (read from stdin)"
    else:
        candidates = [Path(recorded)]
        if extraction_path and extraction_path != "-":
            candidates.append(Path(extraction_path).parent / Path(recorded).name)
    for candidate in candidates:
        data = _read_recorded(candidate, record.source.bytes)
        if data is None:
            continue
        if data is _OTHER_SIZE or hashlib.sha256(data).hexdigest() != record.source.sha256:
            if source is not None:
                return None, f"{source}: not the document this extraction was made from (sha256 differs)"
            continue
        try:
            text = read_source(str(candidate), data=data).text
        except InputError:
            continue
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != record.source.text_sha256:
            return None, (f"{candidate}: this jccttool version extracts a different text from it than the one "
                          "the extraction indexes; extract it again")
        return text, f"source checked: {candidate}"
    if source is not None:
        return None, f"{source}: cannot read the source document"
    return None, f"source not checked ({recorded} not found or changed since extraction)"


#: what :func:`_read_recorded` returns for a regular file of another size
_OTHER_SIZE = b"\0 another size"


def _read_recorded(path: Path, size: int) -> bytes | None:
    """The bytes of ``path`` when it is a regular file of the recorded ``size``
    (:data:`_OTHER_SIZE` when it is a regular file of another size, None when it is
    unreadable or not a regular file): an extraction can name any path (``/dev/zero``,
    a FIFO, a huge file), and reading it must neither hang nor grow memory past what
    the extraction says the source was."""
    import stat

    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on
        # the opened file, so the path cannot be swapped in between.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None
            if info.st_size != size:
                return _OTHER_SIZE
            data = fh.read(size + 1)
    except OSError:
        return None
    return data if len(data) == size else _OTHER_SIZE
