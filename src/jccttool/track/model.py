"""The ledger's records: what ``jccttool track`` writes (``--format json``) and what
``export --to sqlite`` stores in its ``sessions``, ``threads`` and ``thread_members``
tables. Pydantic models, like :mod:`jccttool.records`, so the JSON Schema comes free.

A *session* is one meeting of one forum (every document about it: USTR's and
Commerce's fact sheets, a joint fact sheet, a press release). A *thread* is one
undertaking restated across sessions; a *member* is one session's sentence of it
(with every document that holds that sentence).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from ..records import Area, Offsets, Record

LEDGER_VERSION = "1"

Status = Literal["new", "recurring", "not_repeated"]


class SessionRef(Record):
    id: str = Field(description='stable key: "jcct-22", "s-ed-3"; "<forum>-<date>" without an ordinal; "doc-<sha8>" when no session is known')
    label: str = Field(description='"22nd JCCT", "S&ED 3", or the document title')
    forum: str | None = Field(None, description="forum acronym (JCCT, SED, S&ED) or name")
    ordinal: int | None = None
    start: date | None = Field(None, description="first day of the session (else the earliest issued date of its documents)")
    documents: list[str] = Field(default_factory=list, description="source paths of the documents grouped into this session, sorted")
    lineage: str | None = Field(None, description='the series the session belongs to, for linking: "jcct"; "sed" for both SED and its successor S&ED')
    year: int | None = Field(None, description="the session's year: from start or an issued date, else estimated from the ordinals of dated sessions of its series")
    year_estimated: bool = Field(False, description="year was estimated from neighbouring sessions, not read from a date")


class Source(Record):
    path: str = Field(description="the source document's recorded path")
    sha256: str = Field(description="the source text's sha256")
    commitment: str = Field(description="the commitment id in that document's extraction")
    span: Offsets


class Member(Record):
    session: str = Field(description="SessionRef.id")
    text: str = Field(description="the sentence as written (first source)")
    clause: str | None = Field(None, description='the clause of the sentence this thread follows, when ";" joins several undertakings in one sentence (the sentence is then a member of one thread per clause); null when the whole sentence is the member')
    restates: bool = Field(False, description="the sentence only recounts an earlier pledge")
    deadline: date | None = Field(None, description="end of the deadline in this sentence, if any")
    sources: list[Source] = Field(description="every document of the session holding this commitment (duplicates counted once)")
    score: float | None = Field(None, description="pairing score with the thread's previous member; null for the first")
    link: Literal["pairing", "reference"] | None = Field(None, description="how it joined the thread: text pairing with an earlier member, or an explicit reference to the earlier session; null for the first member")
    areas: list[Area] = Field(default_factory=list, description="issue areas of this session's sentence")
    actors: list[str] = Field(default_factory=list, description="party ids of this session's sentence")
    deadline_text: str | None = Field(None, description='the deadline as written ("by the end of 2012")')
    after_deadline: bool = Field(False, description="this session came after the thread's earliest deadline (an overdue restatement)")


class Thread(Record):
    id: str = Field(description='"t-" + 12 hex chars of a hash of the first member (session id + normalised text): stable across runs and unrelated additions')
    areas: list[Area]
    actors: list[str]
    status: Status
    first_session: str
    last_session: str
    not_repeated_since: str | None = Field(None, description="the last session that stated it, when its series has held a later session (always set for status not_repeated)")
    earliest_deadline: date | None = None
    overdue: bool = Field(False, description="a later session restated it after its earliest deadline had passed")
    members: list[Member]
    sessions: list[str] = Field(default_factory=list, description="SessionRef ids of the members, in session order")


class UnresolvedReference(Record):
    session: str
    text: str = Field(description='"the 2010 JCCT commitment to ..."')
    forum: str | None = None
    ordinal: int | None = None
    year: int | None = None
    source: Source
    thread: str | None = Field(None, description="id of the thread of the commitment that holds the reference")
    refers_to: str = Field("commitment", description="what is referred to: commitment, meeting, agreement or statement")


class Ledger(Record):
    ledger_version: Literal["1"] = LEDGER_VERSION
    sessions: list[SessionRef] = Field(description="ordered by start date, then id")
    threads: list[Thread] = Field(description="ordered by first session, then id")
    unresolved: list[UnresolvedReference] = Field(default_factory=list, description="references to sessions the corpus does not hold")
