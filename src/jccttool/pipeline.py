"""The one entry point: source text -> :class:`~jccttool.records.Extraction`.

Text is read once, one spaCy Doc is built, and every extractor reads the same Doc
and the same offsets. Records inside boilerplate are dropped, sections are assigned
by offset, and every list is sorted, so the output is deterministic.
"""

from __future__ import annotations

import gc
import os
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .errors import InputError
from .extractors import KINDS, extractors, start_context
from .readers import SourceText, read_source, source_from_text
from .records import DocumentInfo, Extraction, Source, Tool
from .segment import Segmentation, segment
from .text import document


def extract_source(source: SourceText, *, only: set[str] | None = None, model: str | None = None) -> Extraction:
    """Run the whole pipeline on one decoded document."""
    with _gc_paused(), document(source.text):
        return _extract_source(source, only=only, model=model)


#: characters from which a text's segmentation garbage is collected before the Doc is built
_LONG_TEXT = 1 << 20


@contextmanager
def _gc_paused():
    """Python's cyclic garbage collector off for one extraction (restored after it): the
    extraction makes hundreds of thousands of objects on a long document and no reference
    cycle worth collecting, and each collection walks every live object again (14 % of the
    CPU time at 5 MB). The collector runs as usual between documents."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _extract_source(source: SourceText, *, only: set[str] | None, model: str | None) -> Extraction:
    from .nlp import make_doc

    text = source.text
    _refuse_json(source)
    seg = segment(text)
    shared = _FieldSets() if len(text) > _LONG_TEXT else None
    if shared is not None:
        gc.collect(0)  # the segmenter's frames are reference cycles: 70,000 objects at 5 MB, freed for the Doc
        shared.share(seg.sections)
    doc = make_doc(text, model)  # a long text: a Doc per stretch, kept as columns (nlp.stretches)
    ctx = start_context(text, seg)

    registry = extractors()
    in_boilerplate = _boilerplate_test(seg.boilerplate)
    results: dict[str, list] = {"sections": list(seg.sections)}  # settle steps may label them
    needed = _needed(only)
    for kind, entry in registry.items():
        if kind not in needed:
            results[kind] = []
            continue
        results[kind] = [r for r in entry.extract(doc, ctx) if not in_boilerplate(r)]
        if shared is not None:
            shared.share(results[kind])
        if entry.share is not None:
            ctx = entry.share(ctx, results[kind])
    del doc  # the Doc is read by the extractors only: 470 MB on a 20 MB text, freed before the records are built
    for kind, entry in registry.items():
        if entry.settle is not None and kind in needed:
            results = entry.settle(results)
    if shared is not None:
        for found in results.values():
            shared.share(found)  # the records the settle steps labelled are copies

    issued = ctx.issued
    del ctx  # its tuples hold the records that _place copies: each original goes as its copy comes
    session = results["session"][0] if results["session"] else None
    warnings = [*source.warnings, *seg.warnings, *production_notes(only, model)]
    if not any(results[k] for k in KINDS):
        warnings.append("no parties, dates, figures or commitments found")
    record = Extraction(
        tool=Tool(version=__version__),
        source=Source(
            path=source.path,
            sha256=source.sha256,
            bytes=source.bytes,
            encoding=source.encoding,
            format=source.format,
            text_sha256=source.text_sha256,
            chars=len(text),
        ),
        document=DocumentInfo(title=seg.title, kind=seg.kind, issued=issued, session=session),
        boilerplate=sorted(seg.boilerplate),
        sections=results.pop("sections"),
        parties=_order_parties(results.pop("parties")),
        dates=_place(results.pop("dates"), seg, shared),
        money=_place(results.pop("money"), seg, shared),
        quantities=_place(results.pop("quantities"), seg, shared),
        commitments=_place(results.pop("commitments"), seg, shared, unique_ids=True),
        references=_place(results.pop("references"), seg, shared) if not only or "commitments" in only else [],
        warnings=warnings,
    )
    if only:
        record = record.model_copy(update={k: [] for k in KINDS if k not in only})
    return record


def _needed(only: set[str] | None) -> set[str]:
    """The extractors to run for ``only``: the selected kinds, the ones that always run
    (the session metadata), and every kind these read, transitively."""
    registry = extractors()
    if not only:
        return set(registry)
    needed = set(only) | {kind for kind, entry in registry.items() if entry.always}
    todo = list(needed)
    while todo:
        entry = registry.get(todo.pop())
        for kind in entry.needs if entry is not None else ():
            if kind not in needed:
                needed.add(kind)
                todo.append(kind)
    return needed


def _refuse_json(source: SourceText) -> None:
    """A JSON file (an extraction, most likely) is not a fact sheet."""
    head = source.text.lstrip("\ufeff \t\r\n")[:1]
    if head in ("{", "["):
        import json

        try:
            json.loads(source.text)
        except ValueError:
            return
        raise InputError(f"{source.name}: is JSON, not a fact-sheet text (to check an extraction use: jccttool validate)")


def extract_path(path: str, *, only: set[str] | None = None, model: str | None = None, max_bytes: int | None = None) -> Extraction:
    """Read ``path`` (``-`` for stdin) and extract it."""
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    return extract_source(read_source(path, **kwargs), only=only, model=model)


#: Endings that make a one-line ``str`` a path to the Python API (``extract``).
_PATH_SUFFIXES = (".txt", ".text", ".md", ".htm", ".html", ".pdf", ".json", ".jsonl")


def looks_like_path(text: str) -> bool:
    """A one-line ``str`` the Python API takes for a file name: a known ending
    (``.txt``, ``.html``, ``.pdf``...), or a path separator and no white space."""
    if "\n" in text or "\r" in text or not text.strip() or len(text) >= 4096:
        return False
    if text.rstrip().lower().endswith(_PATH_SUFFIXES):
        return True
    seps = {"/", os.sep, os.altsep} - {None}
    return any(sep in text for sep in seps) and not any(ch.isspace() for ch in text)


def extract_any(text_or_path, *, path: str | None = None) -> Extraction:
    """The Python API: a Path, bytes, a path string or the text itself.

    A ``str`` naming an existing file is read as that file; one that looks like a
    path (:func:`looks_like_path`) but names no file raises InputError instead of
    being extracted as a one-line document; anything else is the text. The text is
    never handed to ``Path.is_file()`` (which raises for long names): only
    ``os.path.isfile``, which does not raise, and only for one-line strings."""
    if isinstance(text_or_path, Path):
        return extract_source(read_source(str(text_or_path)))
    if isinstance(text_or_path, bytes | bytearray):
        return extract_source(read_source(path or "<bytes>", data=bytes(text_or_path)))
    if isinstance(text_or_path, str):
        one_line = "\n" not in text_or_path and "\r" not in text_or_path and "\0" not in text_or_path
        if one_line and len(text_or_path) < 4096 and os.path.isfile(text_or_path):
            return extract_source(read_source(text_or_path))
        if looks_like_path(text_or_path):
            raise InputError(f"{text_or_path}: no such file (a one-line str that looks like a path is read as a "
                             "file; to extract it as text, pass it as bytes)")
        return extract_source(source_from_text(text_or_path, path or "<text>"))
    raise TypeError(f"extract() takes str, bytes or Path, not {type(text_or_path).__name__}")


def production_notes(only: set[str] | frozenset[str] | None, model: str | None) -> list[str]:
    """The warnings that record what changes an extraction besides its input: a partial
    run (``--only``) and a trained pipeline (``--model``). A reader learns that an empty
    list was not looked for, and ``extract --skip-existing`` compares them."""
    notes = []
    if only:
        notes.append(f"only {', '.join(k for k in KINDS if k in only)} extracted (--only); the other kinds were not looked for")
    if model:
        notes.append(f"extracted with the spaCy pipeline {model!r} (--model)")
    return notes


def _boilerplate_test(boilerplate: list[tuple[int, int]]):
    """A test: is every span of a record inside boilerplate? Bisects over the merged,
    sorted boilerplate intervals, so a document with thousands of records and of
    boilerplate lines is not scanned once per record."""
    merged: list[list[int]] = []
    for bs, be in sorted(boilerplate):
        if bs >= be:
            continue
        if merged and bs < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], be)
        else:
            merged.append([bs, be])
    starts = [m[0] for m in merged]

    def overlaps(s: int, e: int) -> bool:
        # the interval starting last before e is the only one that can reach past s
        i = bisect_left(starts, e) - 1
        return i >= 0 and merged[i][1] > s

    def test(record) -> bool:
        if not merged:
            return False
        # parties have mentions, the others a span; the session (document metadata) has none
        has = _has(type(record), record)
        spans = record.mentions if has.mentions else [record.span] if has.span else []
        return bool(spans) and all(overlaps(s, e) for s, e in spans)

    return test


class _Fields:
    """Which of the attributes the pipeline asks about a record type has."""

    __slots__ = ("mentions", "span", "topic", "id")

    def __init__(self, record) -> None:
        for name in self.__slots__:
            setattr(self, name, hasattr(record, name))


#: record model -> its :class:`_Fields`: ``hasattr`` on a pydantic record without the
#: field goes through pydantic's ``__getattr__`` and an AttributeError each time. Only
#: models (a class with ``model_fields``) are remembered: their fields are fixed per class
_FIELDS: dict[type, _Fields] = {}


def _has(cls: type, record) -> _Fields:
    found = _FIELDS.get(cls)
    if found is None:
        found = _Fields(record)
        if isinstance(getattr(cls, "model_fields", None), dict):
            _FIELDS[cls] = found
    return found


def _section_index(seg: Segmentation) -> tuple[list[int], list]:
    ordered = sorted(seg.sections, key=lambda s: (s.span[0], s.id))
    return [s.span[0] for s in ordered], ordered


def _place(records: list, seg: Segmentation, shared: _FieldSets | None = None, *, unique_ids: bool = False) -> list:
    """Assign each record its section (and topic) by offset; sort by span.

    With ``unique_ids``, a sentence repeated word for word, which gives the same hash id
    each time, has its second occurrence (in text order) ``-2``, its third ``-3``, so ids
    are unique within a document and the first keeps the plain, stable id.

    ``records`` is emptied: each original is let go as its copy is made (on a 20 MB text
    the originals and their copies together were 200 MB more at the peak); the copies'
    sets of given fields are ``shared`` (see :class:`_FieldSets`)."""
    starts, sections = _section_index(seg)
    records.sort(key=lambda r: (r.span[0], r.span[1], getattr(r, "id", "")))
    seen: dict[str, int] = {}
    placed = []
    for n, r in enumerate(records):
        records[n] = None
        i = bisect_right(starts, r.span[0]) - 1
        section = sections[i] if i >= 0 else None
        update = {"section": section.id if section else None}
        if _has(type(r), r).topic and r.topic is None and section is not None:
            update["topic"] = section.topic
        if unique_ids:
            k = seen[r.id] = seen.get(r.id, 0) + 1
            if k > 1:
                update["id"] = f"{r.id}-{k}"
        placed.append(r.model_copy(update=update))
        if shared is not None:
            shared.share_one(placed[-1])
    records.clear()
    return placed


class _FieldSets:
    """One set object for every record with the same set of given fields.

    pydantic keeps, per record, the set of the fields given to it (``__pydantic_fields_set__``,
    read only by ``model_dump(exclude_unset=True)``, ``model_fields_set`` and copies): ~700
    bytes for a dozen fields, more than the record's own dict, and the same few sets over and
    over (160 MB on a 20 MB text). A long text's records share them. Safe because the records
    are frozen (pydantic adds to the set only in ``__setattr__``) and ``model_copy`` copies
    the set before it adds to it; the output does not depend on it."""

    def __init__(self) -> None:
        self.sets: dict[frozenset, set] = {}

    def share_one(self, record) -> None:
        given = record.__pydantic_fields_set__
        kept = self.sets.setdefault(frozenset(given), given)
        if kept is not given:
            object.__setattr__(record, "__pydantic_fields_set__", kept)

    def share(self, records) -> None:
        """Share the sets of ``records`` and of the records inside them (blocks, deadlines)."""
        from pydantic import BaseModel

        todo = list(records)
        while todo:
            record = todo.pop()
            if not isinstance(record, BaseModel):
                continue  # a step's own labels (areas)
            self.share_one(record)
            for value in record.__dict__.values():
                if isinstance(value, BaseModel):
                    todo.append(value)
                elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                    todo.extend(value)


def _order_parties(parties: list) -> list:
    kept = []
    for p in parties:
        mentions = sorted(set(p.mentions))
        kept.append(p.model_copy(update={"mentions": mentions}))
    return sorted(kept, key=lambda p: (p.mentions[0] if p.mentions else (1 << 62, 0), p.id))
