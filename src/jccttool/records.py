"""Every pydantic model of the output contract (``shared/spec/output-contract.md``).

These models are the single source of truth for the JSON that ``jccttool extract``
writes: field names, types, nulls and order. ``jccttool schema`` prints their JSON
Schema; ``docs/document.schema.json`` is a committed copy a test keeps current.

Spans are ``(start, end)`` tuples of half-open character offsets into the source text;
they serialise as ``[start, end]``. Amounts are ``Decimal`` inside and JSON numbers on
output (whole numbers as integers).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

SCHEMA_VERSION = "1"

Offsets = Annotated[
    tuple[int, int],
    Field(description="[start, end]: half-open character offsets into the source text"),
]


def _number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: an int when whole, else the nearest float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Amount = Annotated[
    Decimal,
    PlainSerializer(_number, return_type=int | float, when_used="always"),
    WithJsonSchema({"type": "number"}),
]

Grain = Literal["day", "month", "season", "quarter", "half", "year", "years"]
DateRole = Literal["deadline", "event", "reference", "period", "publication", "other"]
Qualifier = Literal["approximately", "more_than", "less_than", "at_least", "up_to"]
PartyType = Literal["country", "government_body", "person", "organization", "forum"]
DocumentKind = Literal["fact_sheet", "joint_fact_sheet", "press_release", "news_article", "unknown"]
CommitmentKind = Literal["pledge", "affirmation", "action", "cooperation"]
#: The issue areas of ``shared/spec/issue-areas.md`` (taxonomy v1), in its order.
Area = Literal[
    "ipr", "investment", "industrial-policy", "procurement", "standards", "agriculture", "services",
    "goods-trade", "export-controls", "transparency", "macroeconomic", "energy-environment", "health", "other",
]
ReferenceTarget = Literal["commitment", "meeting", "agreement", "statement"]


class Record(BaseModel):
    """Base of every output record: no unknown fields, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Tool(Record):
    name: str = Field("jccttool", description="the producing tool")
    version: str = Field(description="the producing tool's version")


class Source(Record):
    path: str = Field(description='the path as given on the command line; "-" for stdin')
    sha256: str = Field(description="sha256 of the raw input bytes, hex")
    bytes: int = Field(description="size of the raw input in bytes")
    encoding: str = Field(description='the encoding the bytes were decoded with ("utf-8", "utf-8-sig", "cp1252", ...)')
    format: Literal["text", "html", "pdf"] = Field(description="the input format")
    text_sha256: str = Field(description="sha256 of the UTF-8 encoded source text that spans index")
    chars: int = Field(description="length of the source text in characters")


class Session(Record):
    forum: str | None = Field(description='the forum\'s full name, e.g. "U.S.-China Joint Commission on Commerce and Trade"; '
                                    'null for a meeting held under no named forum (two ministers who met, a call)')
    acronym: str | None = Field(None, description='"JCCT", "S&ED", "SED", ...')
    ordinal: int | None = Field(None, description='22 for "22nd"')
    start: date | None = Field(None, description="first day of the session")
    end: date | None = Field(None, description="last day of the session")
    location: str | None = Field(None, description='"Chengdu, China"')
    co_chairs: list[str] = Field(default_factory=list, description="party ids of the co-chairs")


class DocumentInfo(Record):
    title: str | None = Field(None, description="the document's title as written")
    kind: DocumentKind = Field("unknown", description="what the document is")
    issued: date | None = Field(None, description="the document's own date line")
    session: Session | None = Field(None, description="the meeting the document reports on")


class Block(Record):
    id: str = Field(description='"s03.b02": section id, then the block\'s number in it')
    kind: Literal["bullet", "paragraph"] = Field(description="a bullet item or a paragraph")
    role: Literal["context", "outcome"] = Field(
        description="context: industry facts and figures, no commitment; outcome: what was agreed or done"
    )
    depth: int = Field(0, description="0 for top-level bullets and paragraphs, 1 for nested bullets, ...")
    text: str = Field(description="the block's text without bullet mark and surrounding whitespace")
    span: Offsets


class Section(Record):
    id: str = Field(description='"s00" for the preamble, then "s01", "s02", ... in order')
    title: str | None = Field(description="the heading as written; null when the source lost it")
    level: int = Field(description="0 preamble, 1 top-level group, 2 sub-heading inside a group")
    parent: str | None = Field(None, description="id of the enclosing level-1 section, for level 2")
    span: Offsets
    heading_span: Offsets | None = Field(None, description="the heading's text")
    topic: str | None = Field(None, description="a short topic label: the title, else inferred")
    areas: list[Area] = Field(
        default_factory=list, description="issue areas its title or topic names (taxonomy slugs); empty when none"
    )
    blocks: list[Block] = Field(default_factory=list, description="paragraphs and bullets in order")


class Party(Record):
    id: str = Field(description='stable slug: "united-states", "china", "sfda", "wang-qishan"')
    name: str = Field(description="canonical name")
    type: PartyType = Field(description="what kind of actor")
    country: str | None = Field(None, description='ISO 3166-1 alpha-2 of the side it belongs to: "US", "CN"')
    acronym: str | None = Field(None, description='"SFDA", "USTR", "MIIT"')
    titles: list[str] = Field(default_factory=list, description="for persons, the titles the text gives")
    mentions: list[Offsets] = Field(default_factory=list, description="every mention, aliases included")


class DateMention(Record):
    text: str = Field(description="the date expression as written")
    span: Offsets
    start: date = Field(description="first day of the interval the expression denotes")
    end: date = Field(description="last day of the interval (inclusive)")
    grain: Grain = Field(description="the precision of the expression")
    role: DateRole = Field("other", description="what the date is in its sentence")
    relative: bool = Field(False, description="true when resolved against the document date")
    section: str | None = Field(None, description="section id")
    rule: str = Field("", description="id of the pattern that fired")


class MoneyMention(Record):
    text: str = Field(description='"$29.6 billion", "U.S. $30,000-35,000", "RMB 10 billion"')
    span: Offsets
    currency: str = Field(description='ISO 4217: "USD", "CNY", "EUR", ...')
    amount: Amount = Field(description="value in currency units (the lower bound of a range)")
    amount_max: Amount | None = Field(None, description="upper bound of a range")
    qualifier: Qualifier | None = Field(None, description="about / over / up to / at least / less than")
    year: int | None = Field(None, description="the year the figure is for, when the clause states it")
    section: str | None = Field(None, description="section id")
    rule: str = Field("", description="id of the pattern that fired")


class Quantity(Record):
    text: str = Field(description='"20 percent", "457 million", "680,000 jobs"')
    span: Offsets
    kind: Literal["percent", "count"] = Field(description="a percentage or a counted quantity")
    value: Amount = Field(description="the number (the lower bound of a range)")
    value_max: Amount | None = Field(None, description="upper bound of a range")
    unit: str | None = Field(None, description='what is counted: "subscribers", "jobs", "vehicles"')
    year: int | None = Field(None, description="the year the figure is for, when the clause states it")
    section: str | None = Field(None, description="section id")
    rule: str = Field("", description="id of the pattern that fired")


class DateRef(Record):
    """The deadline of a commitment: the deadline-role date of the same sentence."""

    text: str
    span: Offsets
    start: date
    end: date
    grain: Grain


class Commitment(Record):
    id: str = Field(description='"c-" + 12 hex chars of a hash of the actor ids and the normalised sentence; a repeat of the same sentence in one document gets "-2", "-3", ...')
    actors: list[str] = Field(description="party ids of who is bound or speaking")
    verb: str = Field(description="the predicate's lemma: agree, confirm, commit, will, ...")
    kind: CommitmentKind = Field(description="pledge, affirmation, action or cooperation")
    negated: bool = Field(False, description='"does not and will not maintain measures"')
    deadline: DateRef | None = Field(None, description="the deadline in the same sentence")
    text: str = Field(description="the sentence")
    span: Offsets
    section: str | None = Field(None, description="section id")
    topic: str | None = Field(None, description="the section's topic")
    areas: list[Area] = Field(
        default_factory=list,
        description='one to three issue areas (taxonomy slugs) the commitment is about; "other" alone when none fits',
    )
    restates: bool = Field(
        False, description="true when the sentence only recounts a pledge made earlier (at another session or in an agreement)"
    )
    rule: str = Field("", description="id of the trigger that fired")


class Reference(Record):
    """A mention that points back to an earlier session, commitment, agreement or statement."""

    text: str = Field(description='"the 2010 JCCT commitment", "commitments made at the 2011 JCCT", "the first meeting"')
    span: Offsets
    refers_to: ReferenceTarget = Field(description="what is referred to: commitment, meeting, agreement or statement")
    forum: str | None = Field(None, description='party id of the forum when named: "jcct", "sed", "s-ed"')
    ordinal: int | None = Field(None, description='1 for "the first meeting", 22 for "the 22nd JCCT"')
    year: int | None = Field(None, description="the year of the session or agreement referred to, when stated")
    commitment: str | None = Field(None, description="id of the commitment whose sentence holds the mention")
    section: str | None = Field(None, description="section id")
    rule: str = Field("", description="id of the pattern that fired")


class Extraction(Record):
    """One fact sheet as data: the whole output of ``jccttool extract``."""

    schema_version: Literal["1"] = Field(SCHEMA_VERSION, description="bumps only on a breaking change")
    tool: Tool
    source: Source
    document: DocumentInfo
    boilerplate: list[Offsets] = Field(
        default_factory=list, description="site banners, navigation, footers: excluded from sections and extractors"
    )
    sections: list[Section] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list, description="every actor, by first mention")
    dates: list[DateMention] = Field(default_factory=list)
    money: list[MoneyMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    references: list[Reference] = Field(
        default_factory=list, description="mentions of earlier sessions, commitments, agreements and statements"
    )
    warnings: list[str] = Field(default_factory=list, description="non-fatal problems noticed")

    def to_json(self, *, compact: bool = False) -> str:
        """The contract's serialisation: UTF-8 text, 2-space indent (or none), one trailing
        newline. pydantic's serialiser writes what ``json.dumps(..., ensure_ascii=False,
        indent=2)`` writes, byte for byte (numbers below 1e-4 aside: "1e-5", not "1e-05"),
        about six times faster.

        Built with one copy fewer than ``model_dump_json() + "\\n"`` (which decodes pydantic's
        bytes, then copies the whole text to add the newline): the UTF-8 bytes are decoded and
        let go, and the newline is appended in place. On a 20 MB text the JSON is 120 MB, 240 MB
        as a ``str`` with a curly quote in it."""
        data = self.__pydantic_serializer__.to_json(self, indent=None if compact else 2)
        text = data.decode()
        del data
        text += "\n"  # the only reference: CPython resizes the string instead of copying it
        return text


RECORD_LISTS: dict[str, type[Record]] = {
    "parties": Party,
    "dates": DateMention,
    "money": MoneyMention,
    "quantities": Quantity,
    "commitments": Commitment,
}
