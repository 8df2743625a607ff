"""Who speaks: the speaker of a quotation ("…," said Vice Premier X), a paragraph
introduced by "X said:", and whether a document speaks for both countries (a joint
fact sheet), so that "we" can be resolved.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .clause import Sentence, _Mention
from .patterns import (
    _JOINT_WORD,
    _ONE_SIDED,
    _SAID_AFTER,
    _SAID_BEFORE,
    _TITLE_STATEMENT,
    _TITLE_TOPIC,
    _word_matches,
)


def _quoted(text: str, s0: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in the sentence."""
    part = text[s0:pos]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _block_quote(text: str, s0: int) -> bool:
    """Whether the sentence at ``s0`` opens a paragraph introduced by a colon on the line
    before ("In sum, he reaffirmed the principle:\n\nWe will follow ...")."""
    j = s0
    while j > 0 and text[j - 1] in " \t\u00a0\r\n":
        j -= 1
    return j > 0 and text[j - 1] == ":" and "\n" in text[j:s0]


@dataclass(frozen=True, slots=True)
class Speakers:
    """Who can speak a quotation in a document: every actor ``mentions`` (with their
    starts ``m_starts``, for bisecting), party id -> type of the persons and bodies
    (``types``), country code -> country party id (``nations``), party id -> country code
    (``country``)."""

    mentions: list[_Mention]
    m_starts: list[int]
    types: dict[str, str]
    nations: dict[str, str]
    country: dict[str, str]
    #: the one speaker a title names ("Statement of USTR Spokesperson X on ..."): whose words
    #: a quotation is when no speaker is named with it (:func:`title_speaker`)
    title_speaker: str | None = None


def _speaker(sentence: Sentence, quoted: bool, voices: Speakers, lo: int | None = None) -> str | None:
    """The country party (else the party itself) of :func:`_speaker_party`; with ``lo``,
    of the one speaker named with a speech verb between ``lo`` and the sentence (a
    quotation that goes on from an earlier sentence of the paragraph)."""
    nations, country = voices.nations, voices.country
    who = _speaker_party(sentence, quoted, voices) if lo is None else _earlier_speaker(sentence, lo, voices)
    if who is None and quoted and lo is None:
        who = voices.title_speaker  # a statement's quotation with no speaker of its own: the title's
    return nations.get(country.get(who, ""), who) if who else None


def title_speaker(text: str, title: tuple[int, int] | None, mentions: list[_Mention], types: dict[str, str],
                  country: dict[str, str]) -> str | None:
    """The person or body a title names as the one speaker of the document ("Statement of USTR
    Spokesperson John Stubbs on ...", "Remarks by Secretary X"): the first one after
    "Statement/Remarks of/by", when all those it names there are of one country and the
    title is not a joint one; else None."""
    if not title or title[1] <= title[0]:
        return None
    m = _TITLE_STATEMENT.search(text, title[0], title[1])
    if m is None or _JOINT_WORD.search(text, title[0], m.start()):
        return None
    end = title[1]
    on = _TITLE_TOPIC.search(text, m.end(), title[1])
    if on is not None:
        end = on.start()  # "... on Textiles Talks with China": the topic names no speaker
    named = [x for x in mentions if m.end() <= x.start and x.end <= end]
    if not named or any(x.party not in types for x in named) or len({country.get(x.party) for x in named}) != 1:
        return None
    return named[0].party


def _earlier_speaker(sentence: Sentence, lo: int, voices: Speakers) -> str | None:
    """The one person or body named with a speech verb ("said Ambassador X", "X said")
    in ``[lo, s0)``, else None."""
    text, s0 = sentence.text, sentence.s0
    mentions, m_starts = voices.mentions, voices.m_starts
    found = {
        m.party for m in mentions[bisect_left(m_starts, lo) : bisect_left(m_starts, s0)]
        if m.party in voices.types and (_SAID_AFTER.match(text, m.end) or _SAID_BEFORE.search(text, max(lo, m.start - 60), m.start))
    }
    return found.pop() if len(found) == 1 else None


def _speaker_party(sentence: Sentence, quoted: bool, voices: Speakers) -> str | None:
    """The one party whose words a quotation is: in a quoted sentence, a person or body
    outside the quotation marks with a speech verb right after or before it ("Secretary
    Lew said", "said Vice Premier Wang Yang") and no other one there; for a paragraph
    introduced by a colon, the one person named in the introducing paragraph. None when no
    single speaker is found."""
    text, s0, s1, sent_mentions = sentence.text, sentence.s0, sentence.s1, sentence.mentions
    mentions, m_starts, speakers = voices.mentions, voices.m_starts, voices.types
    if quoted:
        inside, depth = [], 0
        for i in range(s0, s1):  # the sentence's quoted stretches
            c = text[i]
            if c == "“" or (c == '"' and depth == 0):
                depth, opened = 1, i
            elif (c == "”" or c == '"') and depth:
                depth = 0
                inside.append((opened, i))
        if depth:
            inside.append((opened, s1))
        outside = [m for m in sent_mentions if m.party in speakers and not any(a <= m.start < b for a, b in inside)]
        if len({m.party for m in outside}) != 1:
            return None  # no speaker, or two ("said Secretary X and Vice Premier Y")
        said = any(_SAID_AFTER.match(text, m.end) or _SAID_BEFORE.search(text, max(s0, m.start - 60), m.start) for m in outside)
        return outside[0].party if said else None
    j = s0
    while j > 0 and text[j - 1] in " \t\u00a0\r\n:":
        j -= 1
    para = text.rfind("\n\n", max(0, j - 2000), j)
    lo = para + 2 if para >= 0 else max(0, j - 2000)
    people = {m.party for m in mentions[bisect_left(m_starts, lo) : bisect_left(m_starts, j)]
              if speakers.get(m.party) == "person" and m.end <= j}
    return people.pop() if len(people) == 1 else None  # one person introduces the quotation


def _joint_document(ctx, both: list[str], country: dict[str, str], folded: str) -> bool:
    """Whether the document speaks for both countries: a joint fact sheet, or a document
    that mentions both and has no single-country speaker (not a news report, no one-sided
    issuer above the title, no "our Chinese counterparts", "we pressed China", ...)."""
    kind = getattr(ctx.segmentation, "kind", "unknown")
    if kind == "news_article" or len(both) < 2:
        return False
    codes = {country.get(b) or b for b in both}
    mentioned = {p.country for p in ctx.parties if p.mentions and p.country} | {p.id for p in ctx.parties if p.mentions and p.type == "country"}
    if not all(c in mentioned for c in codes):
        return False
    if kind == "joint_fact_sheet":
        return True
    if next(_word_matches(_ONE_SIDED, folded), None) is not None:
        return False
    title = getattr(ctx.segmentation, "title_span", None)
    header_end = title[1] if title else 0
    issuers = {p.country for p in ctx.parties if p.type in ("government_body", "person") and p.country and any(s < header_end for s, _ in p.mentions)}
    return len(issuers) != 1
