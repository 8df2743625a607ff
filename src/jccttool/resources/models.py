"""Every rule file's pydantic model: what a line or a file of ``resources/`` may hold.

Loaders validate with these (``resources.load_json`` / ``load_jsonl``) and raise
RuleDataError naming the file and line; accessors live in :mod:`jccttool.resources.rules`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..records import PartyType


def _compiles(patterns: list[str]) -> list[str]:
    """``patterns`` if every one compiles, else ValueError naming the bad one."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regex {pattern!r}: {exc}") from None
    return patterns


# ------------------------------------------------------------- parties.jsonl


class PartyEntry(BaseModel):
    """One line of ``resources/parties.jsonl``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    type: PartyType
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)

    @field_validator("aliases", "abbreviations")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() or v != v.strip() for v in values):
            raise ValueError("blank or padded alias")
        return values


# --------------------------------------------------------------- titles.json


class TitleTables(BaseModel):
    """``resources/titles.json``: the vocabulary of titles, names and body names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country_words: dict[str, str] = Field(description="Country words of titles and prefixes -> country party id.")
    title_heads: list[str] = Field(min_length=1, description="Title heads; modifiers may precede them.")
    title_modifiers: list[str] = Field(description="Words before a head: Vice, Deputy, Under, ...")
    title_bodies: list[str] = Field(description="Body words before a head (\"Commerce Secretary\").")
    title_domains: list[str] = Field(description="Domains after \"Secretary of\" / \"Minister of\".")
    title_countries: dict[str, str] = Field(description="Titles that imply a country when the text names none.")
    us_title_bodies: list[str] = Field(description="Body words that make a title U.S. (\"Treasury Secretary\").")
    us_title_domains: list[str] = Field(description="Domains that make a title U.S. (\"Secretary of Commerce\").")
    chinese_surnames: frozenset[str] = Field(description="Common Chinese family names (pinyin).")
    name_stopwords: frozenset[str] = Field(description="Capitalised words that never start or continue a person's name.")
    body_heads: list[str] = Field(description="Heads of body names: an acronym defined after one is a party.")
    forum_heads: list[str] = Field(description="Heads of forum names (Forum, Dialogue, Working Group).")
    organization_heads: list[str] = Field(description="Heads of organisation names (Association, Bank, ...).")
    bilateral_words: list[str] = Field(description="First words of bilateral mechanisms (Joint, Bilateral).")
    mechanism_heads: list[str] = Field(description="Heads that, with a bilateral prefix, make a forum.")
    ambiguous_abbreviations: frozenset[str] = Field(description="Abbreviations that are also English words.")
    metonym_verbs: frozenset[str] = Field(description="Verbs after \"Beijing\" / \"Washington\" as governments.")
    named_organization_heads: list[str] = Field(description="Heads that end a capitalised organisation name (Institute, Chamber of Commerce).")
    organization_leading_words: frozenset[str] = Field(description="Capitalised words that start a sentence, not a name.")
    government_name_words: frozenset[str] = Field(description="Words that make an organisation-headed name a government body, mechanism or place.")
    government_forum_words: frozenset[str] = Field(description="Words that make a \"... Forum\" a government forum.")
    spelling_variants: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Pairs of spellings of one word (\"Advisers\", \"Advisors\"); a gazetteer name with one also matches with the other.",
    )
    place_countries: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Country code -> states, provinces and cities whose name in an organisation's name gives its country.",
    )
    non_us_title_heads: list[str] = Field(
        default_factory=list,
        description="Title heads the U.S. government does not use (Prime Minister, Minister): with no country word, "
                    "the person belongs to the document's non-U.S. side, never to the U.S. by default.",
    )
    vietnamese_surnames: frozenset[str] = Field(
        default_factory=frozenset,
        description="Common Vietnamese family names (without diacritics) that open a three-word name "
                    "(\"Do Thang Hai\"); a title's domain never ends on one.",
    )
    domain_words: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words of a title's domain that never open a person's name (\"Policy\", \"Affairs\"), besides the "
                    "words of ``title_domains``: a free-form domain runs on over them (\"Minister for Trade Policy X\").",
    )
    family_name_first_countries: frozenset[str] = Field(
        default_factory=frozenset,
        description="Countries whose names put the family name first (\"Moon Jae-in\" is \"President Moon\").",
    )

    @field_validator("title_countries")
    @classmethod
    def _iso(cls, values: dict[str, str]) -> dict[str, str]:
        if any(not re.fullmatch(r"[A-Z]{2}", v) for v in values.values()):
            raise ValueError("country must be an ISO 3166-1 alpha-2 code")
        return values

    @field_validator("place_countries")
    @classmethod
    def _iso_keys(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        if any(not re.fullmatch(r"[A-Z]{2}", k) for k in values):
            raise ValueError("country must be an ISO 3166-1 alpha-2 code")
        places = [p for names in values.values() for p in names]
        if len(places) != len(set(places)):
            raise ValueError("a place is listed twice")
        return values


# ---------------------------------------------------- commitment_triggers.jsonl


class TriggerEntry(BaseModel):
    """One line of ``commitment_triggers.jsonl``: a spaCy SpanRuler pattern."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Literal["PLEDGE", "PLAN", "CONFIRM", "ACTION", "COOPERATE"]
    pattern: list[dict] | str
    id: str


# ---------------------------------------------------------------- dates.json


class DateTriggers(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    deadline: list[str]
    period: list[str]
    event: list[str]


class DateData(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    months: dict[str, int]
    weekdays: list[str]
    seasons: dict[str, int]
    number_words: dict[str, int]
    ordinals: dict[str, int]
    triggers: DateTriggers
    event_verbs: list[str]
    event_nouns: list[str]
    figure_words: list[str]
    currency_words: list[str]
    not_year_after: list[str]
    not_year_before: list[str]
    determiners: list[str]
    phrase_stop_words: list[str]
    time_nouns: list[str]
    document_nouns: list[str]
    publication_verbs: list[str] = []
    name_year_not_after: list[str] = []
    #: a bare weekday right after one of these is a date of a news report ("said Wednesday")
    weekday_verbs: list[str] = []


# ---------------------------------------------------------------- money.json

QUALIFIERS = ("approximately", "more_than", "less_than", "at_least", "up_to")


class CountRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    irregular_plurals: list[str]
    stop_words: list[str]
    verb_s: list[str]
    time_units: list[str]
    relative_time_words: list[str]
    reference_words: list[str]
    #: a meeting's length, not a figure: "two days of talks", "one hour and 50 minutes"
    duration_units: list[str] = []
    #: after a spelled-out number, the participants or parts of the text, not a figure:
    #: "the four ministers", "the two economies", "two topics"
    group_units: list[str] = []


class NumberRules(BaseModel):
    """The validated content of ``resources/money.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    comment: str = Field("", alias="_comment")
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]
    words_need_magnitude: list[str]
    magnitudes: dict[str, int]
    attached_only: list[str]
    count_magnitudes: list[str]
    number_words: dict[str, int]
    qualifiers: dict[str, list[str]]
    trailing_qualifiers: dict[str, list[str]]
    year_prepositions: list[str]
    percent_words: list[str]
    counts: CountRules

    @field_validator("symbols", "codes", "words")
    @classmethod
    def _iso(cls, table: dict[str, str]) -> dict[str, str]:
        for key, code in table.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{key!r}: {code!r} is not an ISO 4217 code")
        return table

    @field_validator("qualifiers", "trailing_qualifiers")
    @classmethod
    def _qualifier_names(cls, table: dict[str, list[str]]) -> dict[str, list[str]]:
        for key in table:
            if key not in QUALIFIERS:
                raise ValueError(f"unknown qualifier {key!r}")
        return table


# --------------------------------------------------------------- topics.json


class TopicRule(BaseModel):
    """One lost-heading topic of ``resources/topics.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(min_length=1, description="the topic label a lost section gets")
    cues: list[str] = Field(default_factory=list, description="case-insensitive regexes, matched as whole words")
    acronyms: list[str] = Field(default_factory=list, description="case-sensitive regexes (IPR, NEVs?)")

    @field_validator("cues", "acronyms")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)


class TopicTable(BaseModel):
    """``resources/topics.json``: the keyword table of step 7 and the fallback's stop words."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    comment: str = Field("", alias="_comment", description="free text for maintainers")
    topics: list[TopicRule] = Field(min_length=1, description="labels in priority order (ties go to the earlier)")
    stopwords: list[str] = Field(default_factory=list, description="words never used as a fallback topic")

    @field_validator("topics")
    @classmethod
    def _unique(cls, topics: list[TopicRule]) -> list[TopicRule]:
        labels = [t.label for t in topics]
        dup = sorted({x for x in labels if labels.count(x) > 1})
        if dup:
            raise ValueError(f"duplicate topic labels: {dup}")
        return topics


# ----------------------------------------------------- commitment_words.json


class CommitmentWords(BaseModel):
    """``resources/commitment_words.json``: the word classes of the commitment rules
    (:mod:`jccttool.extractors.commitments.words`), lower-case words."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    comment: str = Field("", alias="_comment")
    aux: list[str] = Field(description="auxiliaries: has, will, is, ...")
    neg: list[str] = Field(description="negations")
    have_do: list[str] = Field(description="forms of have and do")
    passive_before: list[str] = Field(description="forms of be before a passive participle")
    adverbs: list[str] = Field(description="adverbs skipped between subject and trigger")
    prepositions: list[str]
    clause_words: list[str] = Field(description="words that open or carry a new clause")
    clause_stop: list[str] = Field(description="words that end a trigger's complement")
    determiners: list[str]
    subordinators: list[str]
    boundary_words: list[str] = Field(description="words a subject noun phrase never continues past")
    clause_openers: list[str]
    agent_nouns: list[str] = Field(description="heads of a generic actor noun phrase: government, ministry, officials, ...")
    title_connectors: list[str]
    adjectival: list[str] = Field(description="country words used as modifiers (U.S. exports), never a subject")
    noun_before: list[str] = Field(description="a trigger word after these is a noun")
    compound_modifier_ends: list[str] = Field(description="last parts of a hyphenated modifier after which a trigger word is a noun ('a one-year plan')")
    joint_verbs: list[str] = Field(description="trigger verbs of an activity two actors do together")
    weak_triggers: list[str] = Field(description="verbs of borderline triggers (met, welcomed, noted) that yield to a later pledge of the same subject")
    confirm_nouns: list[str] = Field(description="nouns a confirmed 'that' clause can hang on")
    catenative: list[str] = Field(description="verbs before 'to' that pass the complement on")
    cooperation_noun: list[str] = Field(description="nouns after 'of' that keep an object joint")
    of_transparent: list[str] = Field(description="nouns whose 'of' phrase heads the object ('a round of talks', 'full use of the dialogue')")
    nominal_next: list[str] = Field(description="words after a nominal commitment's verb")
    nominal_verbs: list[str] = Field(description="verbs often committed to in fact sheets")
    nominal_verb: dict[str, str] = Field(description="nominal commitment noun -> trigger id")
    lead_in_nouns: dict[str, Literal["ACTION", "PLEDGE"]] = Field(
        description="plural nouns heading a list lead-in that has no trigger verb ('These actions include:') -> the items' label"
    )
    lead_in_verbs: list[str] = Field(description="verbs of such a lead-in: include, are, cover, contain, ...")
    side_organizations: list[str] = Field(
        description="party ids of organizations that can be a side of a bilateral text ('both sides' of a U.S.-EU record)"
    )
    instrument_nouns: list[str] = Field(description="heads of an instrument whose lead-in binds both sides ('The agreement contains commitments on:')")
    group_modifiers: list[str] = Field(description="modifiers of a group noun before 'of'/'from' an actor ('Top trade negotiators from China')")


class Region(BaseModel):
    """One regional group of ``resources/regions.json``: its name as written, other names, members."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(description="the group's name as written ('Central Asia', 'ASEAN')")
    aliases: list[str] = Field(default_factory=list, description="other names as written ('Central Asian', 'GCC')")
    members: list[str] = Field(min_length=2, description="ISO 3166-1 alpha-2 codes of the member countries")


class RegionTable(BaseModel):
    """``resources/regions.json``: regional groups named as one side of an agreement or body."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    comment: str = Field("", alias="_comment")
    regions: list[Region]


# ---- areas (areas.json)

AREA_SLUGS: tuple[str, ...] = (
    "ipr", "investment", "industrial-policy", "procurement", "standards", "agriculture", "services",
    "goods-trade", "export-controls", "transparency", "macroeconomic", "energy-environment", "health", "other",
)


class AreaRule(BaseModel):
    """One issue area of ``resources/areas.json``: its slug and cue words."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    slug: str = Field(description="a slug of the taxonomy (shared/spec/issue-areas.md)")
    cues: list[str] = Field(default_factory=list, description="lower-case regexes, matched as whole words on case-folded text")
    weak: list[str] = Field(default_factory=list, description="cues that need support (a strong cue or the section)")
    generic: list[str] = Field(
        default_factory=list,
        description="strong cues that yield to a cue of another area in the same sentence ('imports of U.S. poultry' is agriculture)",
    )
    acronyms: list[str] = Field(default_factory=list, description="regexes matched as written (case-sensitive)")

    @field_validator("slug")
    @classmethod
    def _known(cls, slug: str) -> str:
        if slug not in AREA_SLUGS:
            raise ValueError(f"unknown area slug {slug!r}")
        return slug

    @field_validator("cues", "weak", "generic", "acronyms")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)

    @field_validator("cues", "weak", "generic")
    @classmethod
    def _lower(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if pattern != pattern.lower():
                raise ValueError(f"cue {pattern!r} must be lower-case (it is matched on case-folded text)")
        return patterns

    @field_validator("cues", "weak", "generic", "acronyms")
    @classmethod
    def _word_prefix(cls, patterns: list[str]) -> list[str]:
        from ..text import literal_prefix

        for pattern in patterns:
            if not re.match(r"[A-Za-z0-9]", literal_prefix(pattern)):
                raise ValueError(f"cue {pattern!r} must start with a literal letter or digit (it is looked up by its first word)")
        return patterns


class AreaTable(BaseModel):
    """``resources/areas.json``: every area of the taxonomy once, in its order."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    comment: str = Field("", alias="_comment", description="free text for maintainers")
    areas: list[AreaRule]
    meetings: list[str] = Field(
        default_factory=list,
        description="lower-case regexes of a sentence that schedules or reports a meeting ('agreed to hold the next "
                    "round'): with no subject of its own it is 'other', not its document's area",
    )

    meeting_words: list[str] = Field(
        default_factory=list,
        description="lower-case regexes of the words one of which every 'meetings' pattern needs ('meetings?', "
                    "'talks'): the patterns are tried only on a sentence that has one",
    )

    @field_validator("meetings", "meeting_words")
    @classmethod
    def _meetings_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if pattern != pattern.lower():
                raise ValueError(f"meeting pattern {pattern!r} must be lower-case (it is matched on case-folded text)")
        return _compiles(patterns)

    @field_validator("areas")
    @classmethod
    def _complete(cls, areas: list[AreaRule]) -> list[AreaRule]:
        slugs = tuple(a.slug for a in areas)
        if slugs != AREA_SLUGS:
            raise ValueError(f"areas must list every slug once, in the taxonomy's order: {list(AREA_SLUGS)}")
        return areas
