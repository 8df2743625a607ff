"""The grammar of segmentation: every compiled regex of the segmenter, module level.

Line shapes (bullet marks, numbered headings, dates, datelines), the title block's genre
labels, the news marks that tell an article from a release, and the commitment / figure
words that give a paragraph its role. Only regexes that are grammar live here; the patterns
built from rule data live next to their use (boilerplate: :mod:`.lines`, topic cues:
:mod:`.sections`).
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- lines, dates, datelines


_ZW = "\u200b\u200c\u200d\u2060\ufeff"
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(
    r"(?P<mark>[•·▪▫◦‣●○■□►▸➢➤✓✔→*\-–—]|(?:o|§)(?=[ \t\u00a0]{2}|\t)"
    r"|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\))"
    r"[ \t\u00a0\u2002\u2003]+(?=\S)"
)
#: a numbered section heading: "I. Strengthening Economic Policy Cooperation", "A. Trade", "IV) Finance"
_SECTION_NUMBER = re.compile(r"(?P<num>[IVX]{1,6}|[A-Z])[.)][ \t\u00a0]+(?=[A-Z0-9“\"‘'(])")
_NUMBERED = re.compile(r"\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: a month name in Title Case or ALL CAPS ("December", "DECEMBER", "Dec."), never lower case ("may")
_MONTH_CASED = rf"(?:{_MONTH}|{_MONTH.upper()})"
#: a date: "December 13, 2019", "DECEMBER 13, 2019", "13 December 2019" (a site's "16, January 2020" too),
#: "2019-12-13", "2020.11.30", "12/13/2019",
#: "2019年12月13日" (a Chinese site's date)
_DATE = re.compile(
    rf"\b(?:{_MONTH_CASED}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}},?\s+{_MONTH_CASED},?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日"
    rf"|(?:19|20)\d\d(?P<sep>[-/.])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9])|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)\b"
)
#: a date glued to the heading after it with no space: "April 10, 1999JOINT STATEMENT BY ..."
_GLUED_DATE = re.compile(
    rf"(?:{_MONTH_CASED}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH_CASED},?\s+(?:19|20)\d\d)(?=[A-Z][A-Za-z])"
)
#: the lead of a signature block: "For the Delegation of the United States:", "On behalf of the Government of X:"
_SIGNATURE_LEAD = re.compile(r"(?:For|On behalf of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][^.;:!?]{2,110}:")
#: a signatory's name line under it: two to five capitalised words, initials allowed ("John Q. Smith")
_SIGNATORY = re.compile(r"(?:(?:H\.E\.|Mr\.|Ms\.|Dr\.)[ \u00a0]+)?[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|de|da|do|dos|das|di|du|la|le|van|von|der|den|del|bin|ibn|al|el)){1,5}")
#: the closing line of a signed text: "Signed in Brussels on 11 January 2007", "Done at Washington, this ..."
_SIGNED_AT = re.compile(r"(?:Signed|Done)[ \u00a0]+(?:at|in)[ \u00a0]+[A-Z]", re.M)
#: a dateline that gives the date first: "June 12, 2017, Washington, D.C.– As part of ..."
_DATE_FIRST_DATELINE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*[A-Z][A-Za-z.'’]*(?:[ \u00a0]+[A-Z][A-Za-z.'’]*){0,2}(?:,[ \u00a0]*[A-Z][A-Za-z.]*(?:[ \u00a0]+[A-Z][A-Za-z.]*)?)?"
    r"[ \u00a0]*(?:--|–|—)"
)
#: a press release's end mark ("###", "-30-", "- END -") or the heading of a list of other articles
#: after the text ("Recent Posts", "Related Articles", "You may also like"): below it, site furniture
_TAIL_MARK = re.compile(
    r"#{3,}|-\s*30\s*-|-\s*END\s*-|END"
    r"|(?:Recent|Related|Latest|More|Popular|Similar|Other|Top|Featured)\s+(?:Posts|Articles|Stories|News|Content|Links|"
    r"Headlines|Items|Press Releases|Releases|Reading)\s*:?|Related\s*:?|You (?:may|might) also (?:like|be interested in)\s*:?"
    r"|Read (?:next|more)\s*:?|More (?:from|on|in) (?:this|the|our) (?:site|section|category|author)\s*:?",
    re.I,
)
#: a line of prose: a sentence of 8+ words that ends with its stop
_PROSE_LINE = re.compile(r"(?:\S+\s+){7,}\S*[a-z0-9)”\"'’][.!?][\"”’')]*")
#: a genre word that makes a line with a date a title: "U.S.–China Joint Statement, January 19, 2011"
_TITLE_GENRE = re.compile(r"\b(?:statement|fact[ \u00a0]*sheet|communiqu[eé]|declaration|readout|remarks)\b", re.I)
#: a clock time after a date line's date: "2015-9-26 16:35:42", "March 3, 2014 4:30 PM EST"
_TIME = re.compile(r"[ \t\u00a0]*(?:at[ \t\u00a0]+)?\d{1,2}:\d\d(?::\d\d)?(?:[ \t\u00a0]*[AaPp]\.?[Mm]\.?)?(?:[ \t\u00a0]*(?:[A-Z]{2,4}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?)?(?![\w:])")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?", re.I)
#: "BEIJING --", "WASHINGTON, D.C. –", "GUANGZHOU, China, Nov. 23, 2015 —"
_DATELINE = re.compile(
    r"(?!(?:U\.S\.|US|USA|America|China|PRC)[ \u00a0]*(?:--|–|—|-)[ \u00a0]*(?:China|Chinese|U\.S\.|US|America))"  # a country pair, not a city
    r"(?:[A-Z][A-Z.'\- ]{2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:D\.C\.|DC)|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s(?:--|–|—)))"
    r"(?:,[^\n\-–—]{1,40})?\s*(?:--|–|—|-\s)"
)
_FUNCTION_WORDS = frozenset(
    "a an the and or nor but of in on for to with by at from via vs under into between "
    "through as per its their our about over than".split()
)
#: a bare genre label above or under the title: "Fact Sheet", "Joint Fact Sheet", "Media Note"
_GENERIC_LABEL = re.compile(
    r"(?:(?:joint|u\.s\.|us|white house|treasury|ustr|(?:u\.s\.|us)[-–](?:china|chinese)|(?:china|chinese)[-–](?:u\.s\.|us))\s+)*"
    r"(?:fact ?sheet|press release|news release|media note|(?:joint )?(?:press )?statement|readout|"
    r"joint (?:press |news )?release|for immediate release)s?:?"
    r"(?:[ \u00a0]+(?:n[o°º]?\.?|nr\.?|number|#)[ \u00a0]*\d{1,5})?",  # "Press Release n. 90"
    re.I,
)
#: a site's navigation bar on one line: three or more items parted by wide spaces or separators
#: ("Home   Embassy Info   About China", "Home | News | Press")
_NAV_LINE = re.compile(r"[^\s|>»/][^|>»]*?(?:(?:[ \u00a0]{3,}|[ \u00a0]*[|>»][ \u00a0]*)[^\s|>»][^|>»]*?){2,}")
#: a site's section path with one slash: "CHINA / National", "News / Business" (two or three words a side)
_SECTION_PATH = re.compile(r"[A-Za-z][\w&'’.-]*(?: [A-Za-z][\w&'’.-]*)? ?/ ?[A-Za-z][\w&'’.-]*(?: [A-Za-z][\w&'’.-]*)?")
#: a site section named for a bilateral relation: "Japan-United States of America Relations"
_RELATIONS_LABEL = re.compile(r"(?:(?:[A-Z][\w.’']*|of|and|the)(?:[ \u00a0]+|[-–][ \u00a0]*)){1,8}Relations")
#: a photo caption's counter after the caption: "The Second Round of the Dialogue 2"
_CAPTION_NUMBER = re.compile(r"[ \u00a0]+\(?\d{1,2}\)?$")
#: a title that names its genre first: "FACT SHEET: U.S.-China Economic Relations", "Media Note – ..."
_GENRE_TITLE = re.compile(
    r"(?:(?:joint|u\.s\.|us|white house|(?:u\.s\.|us)[-–](?:china|chinese)|(?:china|chinese)[-–](?:u\.s\.|us))\s+)*"
    r"(?:fact ?sheet|press release|news release|media note|(?:joint )?statement|readout)"
    r"[ \t\u00a0]*(?::|--|–|—)[ \t\u00a0]*(?=\S)",
    re.I,
)
#: a line that ends with its genre: "... JOINT U.S.-CHINA ECONOMIC TRACK FACT SHEET", "... Joint Statement"
_GENRE_END = re.compile(
    r"\b(?:fact[ \u00a0]*sheet|joint[ \u00a0]+statement|press[ \u00a0]+release|news[ \u00a0]+release|media[ \u00a0]+note)s?[ \u00a0]*$",
    re.I,
)
#: a title document of both sides: "Joint Fact Sheet", "Joint U.S.-China Fact Sheet", "Joint Press Release"
_JOINT_DOC = re.compile(
    r"\bjoint(?:[\s\u00a0]+(?!commission|committee|working|group)[\w.’'&–—-]+){0,3}?[\s\u00a0]+"
    r"(?:fact[\s\u00a0]*sheet|statement|(?:press|news)[\s\u00a0]+(?:release|statement)|communiqu[eé]|declaration|"
    r"readout|announcement|outcomes?)\b",
    re.I,
)
#: "U.S.-China Joint ..." is a joint document unless an organisation is named ("U.S.-China Joint Commission")
_PAIR_JOINT = re.compile(
    r"\b(?:U\.S\.|US|United States|America|China|Chinese)[\s\u00a0]*[-–—][\s\u00a0]*"
    r"(?:China|Chinese|U\.S\.|US|United States|America|American)[\s\u00a0]+Joint\b(?P<rest>(?:[\s\u00a0]+[\w.’'&-]+){0,4})",
    re.I,
)
_JOINT_BODY = re.compile(
    r"\b(?:Commission|Committee|Group|Council|Board|Cent(?:er|re)|Laborator(?:y|ies)|Ventures?|Forum|Chiefs|"
    r"Fund|Program(?:me)?|Force|Liaison|Research|Team|Institute|Initiative)\b",
    re.I,
)
_DAY_RANGE = re.compile(
    rf"\b(?:{_MONTH}[\s\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?(?:[\s\u00a0]*(?:-|–|—|to|and|through)[\s\u00a0]*"
    rf"(?:{_MONTH}[\s\u00a0]+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:[\s\u00a0]*(?:-|–|—|to|and)[\s\u00a0]*\d{{1,2}})?[\s\u00a0]+{_MONTH})"
    rf"(?:,?[\s\u00a0]+(?:19|20)\d\d)?(?!\d)"
)
_PLACE_LINE = re.compile(
    r"(?:[A-Z][A-Za-z.'’-]+[ \u00a0]){0,2}[A-Z][A-Za-z.'’-]+,?[ \u00a0]*"
    r"(?:D\.C\.?|DC|China|P\.R\.C\.|PRC|the People's Republic of China|USA|U\.S\.A\.|United States)"
)
#: a dateline the strict pattern misses: "Washington – The ...", "Beijing, Nov. 21, 2011 – ...",
#: "WASHINGTON (Nov. 21, 2011) – ..."; only read at the start of an opening paragraph
_DATELINE_LOOSE = re.compile(
    rf"(?P<city>[A-Z][A-Za-z.'’]+(?:[ \u00a0][A-Z][A-Za-z.'’]+){{0,2}})"
    rf"(?P<region>,[ \u00a0]*(?:D\.C\.|DC|[A-Z]{{2}}(?![\w.])|[A-Z][a-z]{{1,4}}\.|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?))?"
    rf"(?P<date>,?[ \u00a0]*\(?{_MONTH}[ \u00a0]+\d{{1,2}}(?:,?[ \u00a0]+(?:19|20)\d\d)?\)?"
    rf"|[ \u00a0]*\([A-Za-z/ ]{{2,20}}\))?"
    rf"[ \u00a0]*(?:--|[–—]{{1,2}})[ \u00a0]*(?=[A-Z“\"‘'])"
)


# --------------------------------------------------------------------------- roles (step 9)


_COMMIT = re.compile(
    r"\b(?:agree[ds]?|agreed|agreement to|confirm(?:s|ed)?|commit(?:s|ted|ment to)?|"
    r"announc(?:e|es|ed)|sign(?:s|ed)?|held|hold|reaffirm(?:s|ed)?|affirm(?:s|ed)?|"
    r"clarif(?:y|ies|ied)|assur(?:e|es|ed)|welcome[ds]?|pledge[ds]?|intend(?:s|ed)?|"
    r"decided|reached (?:a |an |the )?(?:consensus|agreement|understanding)|launch(?:es|ed)?|establish(?:es|ed)|reiterat(?:e|es|ed)|"
    r"restat(?:e|es|ed)|convene[ds]?|worked|led|co-chaired|finaliz(?:e|es|ed|ing)|"
    r"achiev(?:e|es|ed)|secured|obtained)\b",
    re.I,
)
#: "<actor> will" opening a sentence: matched at the start of a block (``_ACTOR_WILL.match``) or
#: searched right after a sentence end (``_ACTOR_WILL_AFTER``); two patterns because ``re`` scans
#: for a leading character class far faster than for a leading ``^`` / lookbehind alternation
_ACTOR_WILL = re.compile(
    r"(?:the\s+|both\s+)?(?:United States|U\.S\.|US|China|Chinese|Korea|"
    r"two sides|sides|countries|[A-Z]{2,6}|[A-Z][a-z]+ (?:Ministry|Department|Administration))"
    r"[^.;,]{0,40}?\bwill\b",
)
_ACTOR_WILL_AFTER = re.compile(r"[.;!?]\s+" + _ACTOR_WILL.pattern)
#: the \b is shared by the word alternatives (one boundary test per position instead of ten: ~4x faster)
_FIGURE = re.compile(
    r"[$€£¥]\s?\d|\d\s?%|\b(?:RMB\s?\d|percent\b|(?:million|billion|trillion)\b|"
    r"(?:is|are) (?:expected|projected|forecast|estimated) to\b|predict|forecast|"
    r"estimat|market size\b|world'?s? (?:largest|second|third)|plans? to (?:invest|manufacture|build|produce)\b)",
    re.I,
)


def for_folded(pattern: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern of lower-case words, compiled without re.IGNORECASE for
    a :func:`fold_case` copy of the text: the same matches, about 3x faster (``re``
    checks every character case-insensitively under IGNORECASE)."""
    source = pattern.pattern
    assert pattern.flags & re.I and not re.search(r"\\[A-Z]|\[[^\]]*[A-Z]", source), source
    return re.compile(source.lower(), pattern.flags & ~re.I)


_COMMIT_FOLDED = for_folded(_COMMIT)
_FIGURE_FOLDED = for_folded(_FIGURE)


#: a line ending in one of these words is cut off mid-phrase ("Helping U.S. businesses by")
_DANGLING = re.compile(
    r"(?:^|[\s\u00a0])(?:a|an|the|and|or|of|in|on|for|to|with|by|at|from|via|into|about|as|than|its|their|our)$"
)


# --------------------------------------------------------------------------- kind (step 8)


# The news marks are searched in the whole text. Each pattern comes with literals one of which
# every match contains (lower-case for a case-insensitive pattern, tested on the fold_case copy):
# when none occurs, a substring test has answered for far less than a regex scan of the text.
_STRONG_NEWS = (
    (re.compile(r"^\s*(?:Print This Post|Leave a (?:Reply|Comment))", re.M), ("Print This Post", "Leave a ")),
    (re.compile(r"\bmay be reached at\b"), ("may be reached at",)),
    (re.compile(r"\bCreative Commons\b"), ("Creative Commons",)),
    (re.compile(r"(?:^|\|)[ \t\u00a0]*Written by\b", re.M), ("Written by",)),
    (re.compile(r"\([^()\n]{0,20}\b(?:Reuters|AP|AFP|Xinhua|Bloomberg|Dow Jones|UPI)\)"), ("(",)),
    # a date line that ends with the wire's name: "Updated: September 5, 2019 10:36 Xinhua"
    (re.compile(r"^[^\n]{0,30}\b(?:19|20)\d\d\b[^\n]{0,20}\b(?:Xinhua|Reuters|AFP|Kyodo|Yonhap|Bernama)[ \t\u00a0]*$", re.M),
     ("Xinhua", "Reuters", "AFP", "Kyodo", "Yonhap", "Bernama")),
)
#: a by-line on its own line ("By Jane Doe"), searched in "\n" + text: a pattern led by a literal
#: newline is scanned much faster than one led by a multi-line ``^``
_BYLINE = re.compile(r"\n\s*[Bb]y [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+\s*$", re.M)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEAK_NEWS = (
    (re.compile(r"\baccording to\b", re.I), ("according to",)),
    (re.compile(r"\b(?:said|says|told (?:reporters|\w+)|reported)\b"), ("said", "says", "told ", "reported")),
    (re.compile(r"\b(?:its|a|an|USTR(?:'s|’s)?|the USTR)\s+(?:[\w.'’-]+\s+)?fact sheet\b", re.I), ("fact sheet",)),
    (
        re.compile(r"\bin (?:his|her|their|a) blog\b|\b(?:reporters|journalists|correspondent|analysts)\b|\bpress (?:conference|briefing)s?\b", re.I),
        (" blog", "reporters", "journalists", "correspondent", "analysts", "press conference", "press briefing"),
    ),
    # a bare weekday or "yesterday" for the day of the news ("signed Wednesday", "in Beijing yesterday"),
    # not a date line's weekday
    (
        re.compile(
            r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!,?[\s\u00a0]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))"
            r"|\b[Yy]esterday\b"
        ),
        (*_WEEKDAYS, "esterday"),
    ),
    # a news site's timestamp: a short line with a clock time and a year ("1:29:52 PM | 27/5/2019",
    # "Updated: 2006-04-13 08:40")
    (re.compile(r"^(?=[^\n]{0,50}$)(?=[^\n]*\b\d{1,2}:\d{2}\b)(?=[^\n]*\b(?:19|20)\d\d\b)", re.M), (":",)),
    # a photo caption's position marks: "(second from right)", "(pictured above)", "(from left)"
    (re.compile(r"\((?:pictured(?: above| below| left| right)?|above|(?:second |third )?from (?:left|right)|left to right|l-r)\)", re.I), ("(",)),
)
#: a title naming a meeting forum: with bullets below it, the document lists the meeting's outcomes
_MEETING_TITLE = re.compile(
    r"\b(?:commission on commerce and trade|economic dialogue|jcct|s&ed|sed|joint commission|dialogue)\b"
)
_PRESS = re.compile(r"\bfor immediate release\b|\bpress release\b|\bnews release\b", re.I)
#: above the title only: a press office's section label or release number ("Press Room", "HP-205")
_PRESS_HEADER = re.compile(
    r"\bpress (?:releases?|room|cent(?:er|re)|office)\b|\bnewsroom\b|\bmedia notes?\b|\bstatements (?:&|and) releases\b|"
    r"^(?:HP|JS|JL|JY|TG|SM|SB|LS|PR|NR)[- ]?\d{2,5}(?:-\d{1,5})?$|\brelease (?:no\.?|number|#)",
    re.I | re.M,
)

#: a joint document that is a fact sheet or a list of outcomes (a joint statement is a release)
_JOINT_SHEET = re.compile(r"\bfact[\s\u00a0]*sheet|\boutcomes?\b", re.I)
#: a repost's note above the text: "The following press release was published by ..."
_REPOST = re.compile(r"(?:the )?following (?:press|news) release\b|this (?:press|news) release\b", re.I)
#: a headline's verb before the meeting's name: "Delegations Conclude 25th Session of ..."
_HEADLINE_VERB = re.compile(r"\b(?:[Cc]onclude|[Hh]old|[Oo]pen|[Ll]aunch|[Cc]onvene|[Cc]o-[Cc]hair|[Ll]ead|[Aa]ttend|"
                            r"[Cc]elebrate|[Mm]eet|[Hh]ost|[Ww]elcome|[Ww]rap)s?\b|\b[Hh]eld\b")
#: a title that is an official's own text: "Statement by Secretary X at ...", "Closing Remarks of the Minister ..."
_STATEMENT_BY = re.compile(r"(?:(?:[A-Z][a-z]+|Joint)[ \u00a0]+){0,2}(?:Statement|Remarks|Readout|Press Statement)[ \u00a0]+(?:by|from|of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
#: a title of a statement, remarks or a spokesperson's comments: a release
_RELEASE_TITLE = re.compile(r"\b(?:[Ss]tatements?|STATEMENT|[Rr]emarks|[Rr]eadout|[Cc]omments? on|[Ss]pokes(?:man|person|woman))\b")
#: a paragraph that reports: a meeting held, a call, a visit, a statement, an announcement
_REPORTING = re.compile(
    r"\b(?:held|met|meets|co-chaired|chaired|convened|hosted|visited|announced|said|stated|spoke|signed|agreed|"
    r"concluded|welcomed|attended|discussed|released|issued|led|launched|took place|was held|were held)\b"
)
