"""``audit``: what the pipeline *nearly* took and left, per document.

An extraction says what was found; an audit lists the places a careful reader should
look at because a rule came close and did not fire. Each finding has a ``shape`` (one
of :data:`SHAPES`), the text it is about and its span in the source text:

- ``trigger_without_commitment``: a sentence holding a commitment trigger ("agreed
  to", "will", "committed to") that gave no commitment: the actor was not resolved,
  or the trigger was vetoed.
- ``list_item_unread``: an item of a list under a lead-in ending in a colon ("The two
  sides agreed to:") that holds no commitment, while the lead-in has a trigger.
- ``name_unclaimed``: a capitalised multi-word name ("Joint Committee on Trade") that
  no party mention covers.
- ``number_unparsed``: a number with a unit or currency word next to it that no money,
  quantity or date covers ("40 to 50 billion dollars").
- ``date_unread``: a month name with a day or year, or a year, that no date covers.
- ``heading_not_taken``: a short, title-shaped line standing alone that is neither a
  heading, the title nor boilerplate.
- ``heading_like_furniture``: a heading that reads like site furniture ("Print",
  "Share this page", "Page 2").
- ``likely_commitment``: a sentence that a trained classifier scores as a commitment
  (P >= the model's threshold) and in which the rules found none; the finding carries the
  ``score``. The classifier is a small spaCy ``textcat`` (hashed words and word pairs)
  trained on the repository's gold sentences and shipped in
  ``resources/models/textcat/`` (built by :mod:`jccttool.train_textcat`); it is loaded
  only when an audit asks for this shape. A recall aid for review, never a commitment:
  it knows no actor, trigger or kind.

The audit is deliberately loose: it over-reports so that a person can scan the list.
It never changes the extraction; ``jccttool audit --json`` is deterministic.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import RuleDataError
from .records import Extraction
from .resources.rules import date_data
from .text import SpanCover

SHAPES: tuple[str, ...] = (
    "trigger_without_commitment",
    "list_item_unread",
    "name_unclaimed",
    "number_unparsed",
    "date_unread",
    "heading_not_taken",
    "heading_like_furniture",
    "likely_commitment",
)
MODEL = "models/textcat"  # under jccttool.resources: config.cfg, model.bin, meta.json



@cache
def _calendar_words() -> tuple[re.Pattern, frozenset[str]]:
    """A month-name date shape and the month and weekday names, from the date rules'
    own tables (``resources/dates.json``)."""
    data = date_data()
    names = sorted(data.months, key=len, reverse=True)
    months = "|".join(re.escape(m) + r"\.?" for m in names)
    shape = re.compile(
        rf"\b(?:(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|(?:{months})\s+(?:19|20)\d\d"
        rf"|\d{{1,2}}\s+(?:{months})(?:\s+(?:19|20)\d\d)?)"
    )
    return shape, frozenset(data.months) | frozenset(data.weekdays)

_YEAR = re.compile(r"(?<![\w$.,/-])(?:19[5-9]\d|20[0-4]\d)(?![\w%/-]|\.\d|,\d)")
_NUMBER_UNIT = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|[mb]n\b|[MBK]\b))?"
    r"|\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|dollars|yuan|RMB|tons|tonnes|jobs|companies|firms|projects|agreements|contracts)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)\s+(?:million|billion|trillion)\b)",
    re.I,
)
_CAP = r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]{2,}|[A-Z]\.(?:[A-Z]\.)+)"
_NAME = re.compile(rf"\b{_CAP}(?:(?:\s+(?:of|and|for|on|the|de|du|&)){{0,2}}\s+{_CAP}){{1,6}}\b")
_NAME_STOP = frozenset(
    """The A An In On At For And But Or As By To Of With From This That These Those It Its
    They We Our He She His Her Mr Mrs Ms Dr Today Also Both Under Over After Before During
    Since While When Where Which What Who How Why Please Read More Fact Sheet Press Release
    Contact Home Search Menu Print Share Email Office Secretary Minister President Vice
    Premier Ambassador Under Deputy Assistant""".split()
)
_FURNITURE = re.compile(
    r"^(?:home|search|menu|print|share(?: this(?: page)?)?|e-?mail(?: this)?|skip to.*|subscribe.*|related.*|"
    r"contact(?: us)?|page \d+(?: of \d+)?|\d+|back to top|log ?in|sign (?:in|up)|follow us.*|tweet|like|"
    r"font size.*|text size.*|breadcrumb|you are here.*|main content|navigation|footer|sitemap|top)\W*$",
    re.I,
)


@dataclass
class Finding:
    shape: str
    text: str
    span: tuple[int, int]
    score: float | None = None  # likely_commitment only: the classifier's P(commitment)

    def to_dict(self) -> dict:
        out = {"shape": self.shape, "text": self.text, "span": list(self.span)}
        if self.score is not None:
            out["score"] = self.score
        return out


@dataclass
class DocumentAudit:
    """The findings of one document, in text order."""

    document: str
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(SHAPES, 0)
        for f in self.findings:
            out[f.shape] += 1
        return out

    def to_dict(self) -> dict:
        return {"document": self.document, "counts": self.counts(), "findings": [f.to_dict() for f in self.findings]}


@dataclass(frozen=True)
class _Lead:
    """A section heading that works as a lead-in: every block under it is an item."""

    depth: int


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def audit(
    record: Extraction,
    text: str,
    triggers: Iterable[tuple[int, int]] = (),
    sentences: list[tuple[int, int]] | None = None,
    likely: Iterable[tuple[int, int, float]] = (),
) -> DocumentAudit:
    """The findings for one extraction of ``text``. ``triggers`` are the character spans
    of the commitment triggers the pipeline saw (``doc.spans["commitment_triggers"]``),
    ``sentences`` the pipeline's sentence spans (:func:`jccttool.nlp.sentences`; without
    them each line counts as one), ``likely`` the (start, end, score) of the sentences the
    classifier scored as commitments (:func:`likely_sentences`)."""
    result = DocumentAudit(record.source.path)
    boiler = SpanCover(tuple(b) for b in record.boilerplate)
    commitments = SpanCover(tuple(c.span) for c in record.commitments)
    headings = [tuple(s.heading_span) for s in record.sections if s.heading_span]
    structure = SpanCover(headings + [_title_span(record, text)])
    party = SpanCover(tuple(m) for p in record.parties for m in p.mentions)
    triggers = sorted(set(triggers))
    result.findings = [
        *_unread_triggers(text, triggers, sentences, boiler, commitments, structure),
        *_unread_items(record, text, SpanCover(triggers), boiler, commitments),
        *_unclaimed_names(text, party, boiler, structure),
        *_unread_figures(record, text, party, boiler),
        *_heading_findings(text, headings, structure, boiler, SpanCover(tuple(d.span) for d in record.dates)),
        *_likely_commitments(text, likely, boiler, commitments),
    ]
    found = {(f.shape, f.span): f for f in result.findings}  # one finding per shape and span
    result.findings = sorted(found.values(), key=lambda f: (f.span[0], f.span[1], SHAPES.index(f.shape)))
    return result


def _unread_triggers(text, triggers, sentences, boiler, commitments, structure) -> Iterator[Finding]:
    """Commitment triggers that gave nothing: one finding per sentence."""
    seen: set[tuple[int, int]] = set()
    if sentences is None:
        sentences = list(_lines(text))
    starts = [s for s, _ in sentences]
    for ts, te in triggers:
        i = bisect_right(starts, ts) - 1
        if i < 0:
            continue
        s, e = sentences[i]
        if (s, e) in seen or boiler.overlaps(ts, te) or commitments.overlaps(s, e) or structure.overlaps(ts, te):
            continue
        seen.add((s, e))
        yield Finding("trigger_without_commitment", _clip(text[s:e]), (s, e))


def _unread_items(record, text, trig, boiler, commitments) -> Iterator[Finding]:
    """List items under a lead-in with a trigger that gave no commitment."""
    for section in record.sections:
        lead = None
        heading = section.heading_span
        if heading and text[heading[0] : heading[1]].rstrip().endswith(":") and trig.overlaps(*heading):
            lead = _Lead(-1)
        for block in section.blocks:
            s, e = block.span
            if block.text.rstrip().endswith(":"):
                lead = block if trig.overlaps(s, e) else None
            elif lead is not None and (block.kind == "bullet" or block.depth > lead.depth):
                if not commitments.overlaps(s, e) and not boiler.overlaps(s, e):
                    yield Finding("list_item_unread", _clip(block.text), (s, e))
            else:
                lead = None


def _unclaimed_names(text, party, boiler, structure) -> Iterator[Finding]:
    """Capitalised multi-word names no party covers."""
    _date_shape, calendar = _calendar_words()
    for m in _NAME.finditer(text):
        words = [w for w in re.split(r"\s+", m.group()) if w[:1].isupper()]
        if sum(w not in _NAME_STOP and w not in calendar for w in words) < 2:
            continue
        s, e = m.span()
        if not (party.overlaps(s, e) or boiler.overlaps(s, e) or structure.overlaps(s, e)):
            yield Finding("name_unclaimed", m.group(), (s, e))


def _unread_figures(record, text, party, boiler) -> Iterator[Finding]:
    """Number-unit pairs no money, quantity or date covers, and date-like tokens left."""
    figures = SpanCover([tuple(x.span) for x in record.money] + [tuple(x.span) for x in record.quantities] + [tuple(d.span) for d in record.dates])
    for m in _NUMBER_UNIT.finditer(text):
        s, e = m.span()
        if not figures.overlaps(s, e) and not boiler.overlaps(s, e):
            yield Finding("number_unparsed", m.group(), (s, e))
    dates = SpanCover(tuple(d.span) for d in record.dates)
    date_shape, _calendar = _calendar_words()
    for pattern in (date_shape, _YEAR):
        for m in pattern.finditer(text):
            s, e = m.span()
            if not (dates.overlaps(s, e) or boiler.overlaps(s, e) or party.overlaps(s, e)):
                yield Finding("date_unread", m.group(), (s, e))


def _heading_findings(text, headings, structure, boiler, dates) -> Iterator[Finding]:
    """Heading-shaped lines not taken, and taken headings that look like site furniture."""
    for s, e in _lines(text):
        line = text[s:e]
        if _heading_shaped(line) and _stands_alone(text, s, e) and not any(c.overlaps(s, e) for c in (structure, boiler, dates)):
            yield Finding("heading_not_taken", line.strip(), (s, e))
    for s, e in headings:
        if _FURNITURE.match(text[s:e].strip()):
            yield Finding("heading_like_furniture", text[s:e].strip(), (s, e))


def _likely_commitments(text, likely, boiler, commitments) -> Iterator[Finding]:
    """Sentences the classifier scored as commitments, where the rules found none."""
    for s, e, score in likely:
        if not (commitments.overlaps(s, e) or boiler.overlaps(s, e)):
            yield Finding("likely_commitment", _clip(text[s:e]), (s, e), score)


def _title_span(record: Extraction, text: str) -> tuple[int, int]:
    title = record.document.title
    if not title:
        return (0, 0)
    i = text.find(title)
    return (i, i + len(title)) if i >= 0 else (0, 0)


def _lines(text: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        if body.strip():
            yield pos + lead, pos + len(body.rstrip())
        pos += len(line)


def _heading_shaped(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 10 or line.rstrip()[-1:] in ".,;!?" or len(line) > 100:
        return False
    letters = [w for w in words if w[:1].isalpha()]
    if not letters:
        return False
    capitalised = sum(w[:1].isupper() for w in letters if w.lower() not in {"of", "and", "the", "for", "on", "in", "to", "a", "an", "with"})
    small = sum(w.lower() in {"of", "and", "the", "for", "on", "in", "to", "a", "an", "with"} for w in letters)
    return capitalised + small == len(letters) and capitalised >= 1


def _stands_alone(text: str, s: int, e: int) -> bool:
    """A blank line (or the start of the text) before the line."""
    before = text[max(0, s - 16) : s].replace("\r", "").rstrip(" \t\u00a0")  # a short window: no copy of the text per line
    return not before.strip() and s <= 16 or before.endswith("\n\n")


def summarise(audits: list[DocumentAudit]) -> list[tuple[str, int, int]]:
    """(shape, findings, documents touched) for each shape, most documents first."""
    rows = []
    for shape in SHAPES:
        counts = [a.counts()[shape] for a in audits]
        rows.append((shape, sum(counts), sum(1 for c in counts if c)))
    return sorted(rows, key=lambda r: (-r[2], -r[1], SHAPES.index(r[0])))


@cache
def _classifier():
    """The shipped sentence classifier (a spaCy pipeline with one ``textcat``) and its
    meta, read from the package once per process."""
    from importlib.resources import files

    folder = files("jccttool.resources").joinpath(MODEL)
    try:
        meta = json.loads(folder.joinpath("meta.json").read_text(encoding="utf-8"))
        config = folder.joinpath("config.cfg").read_text(encoding="utf-8")
        weights = folder.joinpath("model.bin").read_bytes()
    except FileNotFoundError as exc:
        raise RuleDataError(f"resources/{MODEL}/{Path(exc.filename or '').name}: missing from the package "
                            "(rebuild it with python -m jccttool.train_textcat, or audit with --no-classifier)") from None
    import spacy
    from spacy.util import load_model_from_config
    from thinc.api import Config

    try:
        nlp = load_model_from_config(Config().from_str(config))
        nlp.from_bytes(weights, exclude=["vocab"])
    except Exception as exc:  # an architecture this spaCy lacks (TextCatBOW.v3 is spaCy >= 3.7.4), bad bytes
        raise RuleDataError(f"resources/{MODEL}: the classifier (built with spaCy {meta.get('spacy_version')}) does not load "
                            f"with spaCy {spacy.__version__}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__} "
                            "(audit with --no-classifier)") from None
    return nlp, meta


def classifier_meta() -> dict:
    """The shipped classifier's meta (``meta.json``): training data, counts, threshold."""
    return dict(_classifier()[1])


def likely_sentences(text: str, sentences: Iterable[tuple[int, int]], skip=None, threshold: float | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each sentence of ``text`` that the classifier scores at or
    above ``threshold`` (default: the model's), its span without surrounding whitespace
    and the score rounded to three places. ``skip(start, end)`` leaves a sentence unscored
    (one the rules already took)."""
    nlp, meta = _classifier()
    limit = meta["threshold"] if threshold is None else threshold
    spans = []
    for s, e in sentences:
        body = text[s:e]
        stripped = body.strip()
        if not stripped or (skip is not None and skip(s, e)):
            continue
        s += len(body) - len(body.lstrip())
        spans.append((s, s + len(stripped)))
    label = meta["positive_label"]
    cats = [doc.cats[label] for doc in nlp.pipe((text[s:e] for s, e in spans), batch_size=256)]
    return [(s, e, round(float(c), 3)) for (s, e), c in zip(spans, cats) if c >= limit]


def audit_path(path: str, *, max_bytes: int | None = None, classifier: bool = True) -> DocumentAudit:
    """Read, extract and audit one document (the pipeline's own spaCy Doc is rebuilt
    here to read the trigger spans); ``classifier=False`` skips ``likely_commitment``
    (the model is then never loaded)."""
    from .nlp import build_nlp, sentences
    from .pipeline import extract_source
    from .readers import read_source

    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    source = read_source(path, **kwargs)
    record = extract_source(source)
    doc = build_nlp()(source.text)
    triggers = [(sp.start_char, sp.end_char) for sp in doc.spans.get("commitment_triggers", [])]
    spans = [(a, b) for _, _, a, b in sentences(doc)]
    likely = ()
    if classifier:
        taken = SpanCover(tuple(c.span) for c in record.commitments)
        likely = likely_sentences(source.text, spans, skip=taken.overlaps)
    return audit(record, source.text, triggers, spans, likely)
