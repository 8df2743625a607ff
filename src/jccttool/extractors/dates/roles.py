"""Roles: what a date does in its sentence (``publication``, ``event``, ``deadline``,
``period``, ``reference``, ``other``).

Roles are decided from the words just before the expression and the words of its
sentence (tables in ``resources/dates.json``): a mention overlapping the document's date
line → ``publication`` ("Wednesday, January 11, 2017" around the date line's "January
11, 2017"); a date on the title or the meeting line under it → ``event``; "by", "no later than", "before", "until", "within" → ``deadline``
(the trigger is included in the span); a figure directly before ("$29.6 billion in
2010", "457 million in 2010", "$23.1 billion (2017)", with a currency word and short
prepositional phrases between: "5.6 billion dollars in goods and services to China in 2013") or a sentence that opens with
the date and states a figure ("In 2009, ... exceeded $7.5 billion"), or a figure with its
counted noun ("12 million jobs in the United States in 2014") → ``reference``;
"from"/"between"/"since"/"over"/"during", ranges across years and spans such as
"the next five years" → ``period``; an event word in the sentence ("held", "signed",
"took place", "meeting", "roundtable") → ``event``. ``other`` is kept for a date used as
part of a name: after a determiner or possessive and before the noun it modifies ("the
2010 JCCT commitment", "SFDA's 2012 work plan", "a 2011 report", "the November 2009 U.S. –
China Joint Statement"; but "the 2012 JCCT meeting", headed by an event noun, is an
``event``) or naming a document ("its fact sheet of October 29"). Any other date says when
something happens or happened ("the agreement reached in November 2014", "a revised offer
in 2011") → ``event``. A day on the title equal to the document's date → ``publication``.

"By the end of 2011" becomes a deadline here: :func:`_deadline_start` finds the trigger
("by", a word of ``triggers.deadline`` in ``resources/dates.json``) right before the date
and takes it into the span, then :func:`_role` returns ``deadline`` unless a figure right
before makes the date a ``reference``. The role tables are data in ``resources/dates.json``
(triggers, event verbs and nouns, figure and currency words, determiners, ...), compiled
once by :class:`_RoleRules`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

from ...resources.models import DateData
from ...resources.rules import date_data as _data
from ...text import FOLD
from ...text import regex_widths as _widths
from .grammar import _S, _alt
from .search import _Hit

# compiled once here rather than looked up in ``re``'s cache on every call (hot loops)

#: every match of ``figure_re`` starts with one of these
_FIGURE_START = re.compile(r"[$€£¥0-9]")
_SENTENCE = re.compile(r"[^\n.!?;]+(?:[.!?;](?![\s\u00a0])[^\n.!?;]*)*[.!?;]?")
_LINE = re.compile(r"[^\n]+")
_JOINER = re.compile(r"[-‐‑‒–—/&]+")
_PARTICIPLE_END = re.compile(r"(?:ing|ed)$")
_INNER_DOT = re.compile(r"\.\w")
_CLOSING_END = re.compile(r"[,;:!?)]$")
_CLAUSE_PUNCT = re.compile(r"[.;:,]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_WORDS_AFTER = re.compile(r"(?:['’]s)?(?:[\s\u00a0]+[^\s\u00a0,;]+){1,3}")
_CLAUSE_SPLIT = re.compile(r"[,;:]")
_OPENS_RANGE = re.compile(r"(?i)from|between")
_LEAD_ONLY = re.compile(r"[\s\u00a0•*\-]*(?:in|during|for|as of)?[\s\u00a0]*", re.I)
_IN_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?:in|for|during)[\s\u00a0]+$")


class _RoleRules:
    """The role tables of ``resources/dates.json`` compiled once: the triggers before a
    date (deadline, period, event), event verbs and nouns, figures and the words between
    a figure and its year, determiners and the words that end a name, document nouns,
    publication verbs, the words a year after a name is not part of."""

    def __init__(self, data: DateData) -> None:
        t = data.triggers
        self.deadline_re = re.compile(rf"(?:^|[^\w])(?P<t>{_alt(t.deadline)}){_S}(?:the{_S})?$", re.I)
        # "during 2018", "during the year 2018", "over the calendar year 2019"
        self.period_re = re.compile(
            rf"(?:^|[^\w])(?P<t>{_alt(t.period)}){_S}(?:the{_S}(?:(?:calendar|fiscal){_S})?(?:year{_S})?)?$", re.I)
        self.event_trigger_re = re.compile(rf"(?:^|[^\w])(?P<t>{_alt(t.event)}){_S}$", re.I)
        self.event_verb_re = re.compile(rf"(?<![\w-])(?:{_alt(data.event_verbs)})(?![\w-])", re.I)
        self.event_noun_re = re.compile(rf"(?<![\w-])(?:{_alt(data.event_nouns)})(?![\w-])", re.I)
        self.figure_re = re.compile(
            rf"(?:[$€£¥][ \u00a0]?[0-9][0-9,.]*(?:[ \u00a0](?:{_alt(data.figure_words)}))?"
            rf"|[0-9][0-9,.]*(?:[ \u00a0]?%|[ \u00a0](?:{_alt([*data.figure_words, *data.currency_words])})))(?![\w])",
            re.I,
        )
        # between a figure and its year: a currency word or the counted noun, then up to three short
        # prepositional phrases, then "in" ("5.6 billion dollars in goods and services to China in 2013",
        # "12 million jobs in the United States in 2014")
        np_word = r"(?!(?:that|which|who|will|would|could|should|may|might|has|have|had|is|are|was|were|by|in|to)(?![\w]))(?:U\.S\.|[\w'’&-]+)"
        self.figure_gap_re = re.compile(
            rf"(?:{_S}(?:{_alt(data.currency_words)})|{_S}{np_word}(?:{_S}{np_word})?)?"
            rf"(?:{_S}(?:of|in|to|from|with|for|worth{_S}of){_S}{np_word}(?:{_S}{np_word}){{0,2}}){{0,3}}"
            rf"{_S}(?:in|for|during){_S}(?:the{_S}(?:year|calendar{_S}year|fiscal{_S}year){_S})?",
            re.I,
        )
        self.determiner_re = re.compile(
            rf"(?:(?:^|[^\w])(?:{_alt(data.determiners)})|[\w.)][’']s){_S}$", re.I
        )
        # a match ends at the end of the range searched (or before a final line break), so
        # it starts at most this far before it: searching from there finds the same match
        self.determiner_reach = _widths(self.determiner_re)[1] + 1
        self.stop_words = frozenset(w.translate(FOLD).lower() for w in data.phrase_stop_words)
        self.time_nouns = frozenset(w.translate(FOLD).lower() for w in data.time_nouns)
        self.document_of_re = re.compile(rf"(?:^|[^\w])(?:{_alt(data.document_nouns)}){_S}(?:of|dated){_S}$", re.I)
        # "was issued by the Treasury today, May 4, 2012": the document's own date, in its own clause
        self.publication_re = re.compile(rf"(?<![\w-])(?:{_alt(data.publication_verbs or ['issued'])})(?![\w-])[^;!?]*$", re.I)
        # "the Americas Competitiveness Forum 2008": a year right after a capitalised name is part of it
        not_name = [*data.months, *data.weekdays, *data.name_year_not_after]
        self.name_year_re = re.compile(
            rf"(?<![\w.])(?=[A-Z])(?!(?:{_alt(not_name)})[ \u00a0])[A-Z][\w&’'-]*[ \u00a0](?!(?:{_alt(not_name)})[ \u00a0]$)[A-Z][\w&’'-]*[ \u00a0]$"
        )


@cache
def _role_rules() -> _RoleRules:
    return _RoleRules(_data())


def _deadline_start(g: _RoleRules, text: str, hit: _Hit, start: int) -> int | None:
    """Where the deadline trigger right before the date begins ("by the end of 2011": at
    "by"), or None; a range opening with "from"/"between" is never a deadline."""
    if not _OPENS_RANGE.match(text[hit.start : hit.end]):
        trig = g.deadline_re.search(text, max(0, start - 30), start)
        if trig is not None:
            return trig.start("t")
    return None


class _Sentences:
    """Sentence spans of the text: from the Doc when it has them, else a light splitter."""

    def __init__(self, doc, text: str) -> None:
        spans: list[tuple[int, int]] = []
        try:
            if doc is not None and doc.has_annotation("SENT_START"):
                from ...nlp import sentences

                spans = [(s, e) for _, _, s, e in sentences(doc)]
        except (AttributeError, ValueError):
            spans = []
        if not spans:
            spans = [m.span() for m in _SENTENCE.finditer(text)]
        # a line break always ends a sentence for our purposes (headings, bullets)
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if text.find("\n", s, e) < 0:  # the common case, without a regex
                if s < e:
                    out.append((s, e))
                continue
            out.extend(m.span() for m in _LINE.finditer(text, s, e))
        self.spans = out or [(0, len(text))]
        self.starts = [s for s, _ in self.spans]

    def around(self, start: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, start) - 1)
        return self.spans[i]


_WINDOW = 400  # characters of a (long) sentence looked at on each side of a mention
_TOKEN = re.compile(r"[\s\u00a0]+([^\s\u00a0]+)")


def _name_head(g: _RoleRules, text: str, start: int, end: int, s1: int) -> str | None:
    """The head noun of the name a date modifies, or None when the date does not sit
    inside a noun phrase: "the 2010 JCCT commitment to ..." -> "commitment", "SFDA's
    2012 work plan" -> "plan", "the November 2009 U.S. – China Joint Statement" ->
    "Statement"; "in 2012 covering ...", "this year's JCCT", "2011." -> None.

    The date must follow a determiner or a possessive; the words after it run up to a
    function word, a participle or punctuation (at most five)."""
    if not g.determiner_re.search(text, max(0, start - 30, start - g.determiner_reach), start):
        return None
    head = None
    pos = end
    for _ in range(5):
        m = _TOKEN.match(text, pos, s1)
        if m is None:
            break
        tok = m.group(1)
        core = tok.strip(",;:!?()[]\"“”‘’'")
        if not core or _JOINER.fullmatch(core):
            pos = m.end()
            continue  # "U.S. – China": a dash joins the name
        low = core.translate(FOLD).lower()
        if not core[0].isalnum() or low in g.stop_words:
            break
        if core[0].islower() and _PARTICIPLE_END.search(low) and not g.event_noun_re.fullmatch(core):
            break  # "in 2012 covering ...": a participle, not a noun
        head = core.rstrip(".") if not _INNER_DOT.search(core) else core
        pos = m.end()
        if _CLOSING_END.search(tok) or (tok.endswith(".") and not _INNER_DOT.search(core)):
            break
    if head is None or not text.startswith((" ", "\u00a0", "\n", "\t"), end):
        return None
    if head.translate(FOLD).lower() in g.time_nouns:
        return None  # "the 2011-2015 period", "the 2012 season": a time, not a name
    return head


@dataclass(frozen=True, slots=True)
class _Page:
    """What the role of every date of one document is decided from, besides the date."""

    rules: _RoleRules
    text: str
    sents: _Sentences
    date_line: tuple[int, int] | None
    title_lines: list[tuple[int, int]]
    issued: date | None


def _role(page: _Page, hit: _Hit, start: int, deadline: bool) -> str:
    """The date's role in its sentence, from the words before it and the sentence's words."""
    g, text, sents, date_line, title_lines, issued = page.rules, page.text, page.sents, page.date_line, page.title_lines, page.issued
    if date_line and hit.start < date_line[1] and date_line[0] < hit.end:
        return "publication"  # overlapping is enough: "Wednesday, January 11, 2017" around "January 11, 2017"
    if any(ts <= hit.start and hit.end <= te for ts, te in title_lines):
        if issued is not None and hit.value == (issued, issued, "day"):
            return "publication"  # "U.S.–China Joint Statement, January 19, 2011" above that date line
        return "event"  # "2016 U.S.-China S&ED Joint Fact Sheet", "December 14-15, Beijing" under the title
    s0, s1 = sents.around(hit.start)
    s0, s1 = max(s0, hit.start - _WINDOW), min(s1, hit.end + _WINDOW)  # bounded work per mention
    before = text[max(s0, start - 40) : start]
    last_fig = None
    first = _FIGURE_START.search(text, max(s0, start - 80), start)  # most dates have no figure before them
    for f in g.figure_re.finditer(text, first.start() if first else start, start):
        last_fig = f
    if last_fig is not None:  # "$29.6 billion in 2010", "457 million in 2010", "$23.1 billion (2017)"
        gap = text[last_fig.end() : start]
        if (not _CLAUSE_PUNCT.search(gap) and len(_ASCII_WORD.findall(gap)) <= 2) or (
            not hit.period and not hit.relative and g.figure_gap_re.fullmatch(gap)
        ):
            return "reference"
    if deadline:
        return "deadline"
    if issued is not None and (not hit.relative or hit.rule == "rel_day") and hit.value == (issued, issued, "day") and g.publication_re.search(text, max(s0, start - 90), start):
        return "publication"  # "the release was issued by the Treasury today, May 4, 2012"; not a year-less "issued April 10"
    if hit.value[2] == "year" and not hit.relative and g.name_year_re.search(text, max(s0, start - 60), start):
        return "other"  # "the Americas Competitiveness Forum 2008": the year is part of the name
    head = _name_head(g, text, start, hit.end, s1)
    if head is not None:  # part of a name: "the 2010 JCCT commitment"; but "the 2012 JCCT meeting" is an event
        return "event" if g.event_noun_re.fullmatch(head) else "other"
    if g.document_of_re.search(text, max(s0, start - 40), start):
        return "other"  # the date names a document: "its fact sheet of October 29"
    sentence = text[s0:s1]
    # an event noun right after ("the 2012 JCCT meeting", "this year's JCCT") or just before in the
    # same clause ("the initiation of travel ... in June 2008"), an event verb in the sentence, or "on"
    after = _WORDS_AFTER.match(text[hit.end : s1])
    if after and g.event_noun_re.search(after.group()):
        return "event"
    clause = _CLAUSE_SPLIT.split(text[max(s0, start - 90) : start])[-1]
    event = bool(
        g.event_trigger_re.search(before) or g.event_noun_re.search(clause) or g.event_verb_re.search(sentence)
    )
    period_trigger = g.period_re.search(before)
    opens_range = _OPENS_RANGE.match(text[hit.start : hit.end])
    if event and hit.value[2] == "day" and (opens_range or not period_trigger or period_trigger.group("t").translate(FOLD).lower() == "from"):
        return "event"  # "held from June 30-July 1, 2012"; but "runs through December 31" is a period
    if period_trigger or opens_range:
        return "period"
    lead = text[s0 : hit.start]
    if _LEAD_ONLY.fullmatch(lead) and g.figure_re.search(sentence):
        return "reference"  # "In 2009, the commercial value ... exceeded $7.5 billion."
    if _IN_BEFORE.search(before):
        fig = g.figure_re.search(text, hit.end, min(s1, hit.end + 60))
        if fig and not _CLAUSE_PUNCT.search(text[hit.end : fig.start()]) and len(_ASCII_WORD.findall(text[hit.end : fig.start()])) <= 4:
            return "reference"  # "losses in 2009 totaled roughly $48 billion"
    if hit.period and hit.value[2] != "day":
        return "period"
    if hit.period:
        return "period"
    return "event"  # when something happens or happened: "the agreement reached in November 2014"
