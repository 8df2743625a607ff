"""HTML fact sheets -> plain text (see :mod:`jccttool.formats` for the shape).

lxml parses the page (libxml2's forgiving HTML parser: no network, comments and
processing instructions removed, no DTD or external entities, scripts never run).
Then, readability-style:

1. boilerplate is removed: ``script``/``style``/forms/embedded objects, ``nav``,
   ``header``, ``footer``, ``aside``, ARIA ``navigation``/``banner``/``contentinfo``/
   ``complementary``/``search`` landmarks, hidden elements, and blocks whose class or
   id says menu/breadcrumb/footer/sidebar/share/... (unless it also says content/
   article/main), and link lists (more than half of their text in links);
2. the main content is ``<main>`` / ``role=main`` / the one ``<article>`` when there
   is one; else the walk descends from ``<body>`` while a single child holds nearly
   all the text (and every ``<h1>``);
3. the content is rendered block by block: ``h1``-``h6`` and paragraphs whose text is
   all ``<strong>``/``<b>`` are headings, ``<li>`` are bullets with their nesting depth,
   paragraphs whose text is all ``<em>``/``<i>`` are italic (context), ``<hr>``, empty
   paragraphs and ``<section>``/``<article>`` boundaries start a new group.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from . import Rendered, TextBlock, render_blocks, squash

_DROP_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg math canvas audio video "
    "form button input select textarea label nav header footer aside menu dialog head title meta link base".split()
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"})
_UNLIKELY = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|banner|sidebar|side-bar|"
    r"share|sharing|social|comments?|respond|reply|cookie|consent|skip|print|related|widget|subscribe|"
    r"newsletter|pager|pagination|toolbar|utility|site-?search|search|ad|ads|advert|promo|popup|modal)(?:$|[\s_-])",
    re.I,
)
_LIKELY = re.compile(r"content|article|main|body|story|entry|post", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_BLOCK_TAGS = frozenset(
    "p div section article main body h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre table thead tbody tfoot "
    "tr td th caption figure figcaption address center hr br".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BOLD = frozenset({"strong", "b"})
_ITALIC = frozenset({"em", "i", "cite"})
_GROUPS = frozenset({"section", "article"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_SNIFF = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start (after a BOM and whitespace) with a doctype or ``<html>``."""
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16").encode("ascii", "ignore")
        except UnicodeDecodeError:
            return False
    return bool(_SNIFF.match(head))


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes: BOM, else ``<meta charset>``, else UTF-8, else cp1252."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return text.lstrip("\ufeff"), enc
    m = _CHARSET.search(data[:8192])
    if m:
        name = m.group(1).decode("ascii", "ignore").lower()
        try:
            enc = codecs.lookup(name).name
        except LookupError:
            enc = None
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"  # what browsers do with these labels
        if enc and not enc.startswith("utf-16"):
            try:
                return data.decode(enc), enc
            except (UnicodeError, LookupError, ValueError, TypeError):
                pass  # a wrong label, or no text encoding at all ("base64", "rot13", "punycode")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def html_to_text(data: bytes) -> tuple[Rendered, str]:
    """Extract the main text of an HTML page; returns (rendered text, encoding)."""
    text, encoding = decode_html(data)
    return render_html(text), encoding


def render_html(markup: str) -> Rendered:
    """The main text of an HTML string."""
    from lxml import etree, html

    parser = html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True, huge_tree=False, default_doctype=False
    )
    # libxml2 refuses str input that carries an XML encoding declaration; drop it.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    if not markup.strip():
        return Rendered("")
    try:
        root = html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return Rendered("")
    warnings: tuple[str, ...] = ()
    if _depth(root) >= _MAX_DEPTH:
        # libxml2 stops nesting at 256 levels and drops what lies deeper (a page of
        # unclosed <font> tags): the inline formatting tags carry no text of their own,
        # so parse again without them.
        flat = _INLINE_TAG.sub("", markup)
        try:
            root = html.document_fromstring(flat, parser=parser)
        except (etree.ParserError, ValueError):
            return Rendered("")
        if _depth(root) >= _MAX_DEPTH:
            warnings = ("the HTML is nested deeper than 255 levels: text below that depth was lost",)
    body = root.find("body")
    if body is None:
        body = root
    _strip_boilerplate(body)
    main = _main_content(body)
    walker = _Walker()
    walker.walk(main, depth=-1)
    walker.flush()
    rendered = render_blocks(walker.blocks)
    return replace(rendered, warnings=warnings) if warnings else rendered


#: libxml2's HTML parser nests at most this deep (without ``huge_tree``)
_MAX_DEPTH = 255
_INLINE_TAG = re.compile(r"</?(?:font|b|i|u|s|em|strong|small|big|span|tt|strike|sub|sup|mark|abbr|cite)\b[^>]*>", re.I)


def _depth(root) -> int:
    """The depth of the deepest element (the root is 1), in one pass."""
    depth = {root: 1}
    deepest = 1
    for el in root.iterdescendants():
        d = depth[el.getparent()] + 1
        depth[el] = d
        deepest = max(deepest, d)
    return deepest


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _is_boilerplate(el) -> bool:
    tag = _tag(el)
    if not tag:  # comment / processing instruction / entity
        return True
    if tag in _DROP_TAGS:
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if tag in ("body", "main", "article", "html"):
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if names and _UNLIKELY.search(names) and not _LIKELY.search(names):
        return True
    return False


def _remove(el) -> None:
    """Remove ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _strip_boilerplate(body) -> None:
    for el in list(body.iter()):
        if el is body:
            continue
        if _is_boilerplate(el) and el.getparent() is not None:
            _remove(el)
    # Link lists (menus without semantic markup): most of their text is in links.
    for el in list(body.iter("ul", "ol", "div", "table", "p", "section")):
        if el.getparent() is None or el is body:
            continue
        total = len(squash(el.text_content()))
        if total == 0:
            continue
        linked = sum(len(squash(a.text_content())) for a in el.iter("a"))
        if linked / total > 0.6 and total < 2000:
            _remove(el)


def _text_len(el) -> int:
    return len(squash(el.text_content()))


def _main_content(body):
    mains = body.xpath(".//main | .//*[@role='main']")
    if mains:
        return max(mains, key=_text_len)
    articles = body.xpath(".//article")
    if len(articles) == 1:
        return articles[0]
    node = body
    while True:
        total = _text_len(node)
        children = [c for c in node if _tag(c)]
        if not children or total == 0 or squash(node.text or ""):
            return node
        best = max(children, key=_text_len)
        if _text_len(best) < 0.9 * total:
            return node
        if len(node.xpath(".//h1")) != len(best.xpath("descendant-or-self::h1")):
            return node
        if any(squash(c.tail or "") for c in children):
            return node
        node = best


class _Walker:
    """Turns a content tree into TextBlocks."""

    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.pieces: list[tuple[str, bool, bool]] = []  # (text, bold, italic)
        self.kind = "paragraph"
        self.depth = 0
        self.heading = False
        self.gap = 1

    # -- output -------------------------------------------------------------
    def flush(self, *, empty_is_break: bool = False) -> None:
        text = squash("".join(p[0] for p in self.pieces))
        if text:
            visible = [(t, b, i) for t, b, i in self.pieces if t.strip()]
            bold = all(b for _, b, _ in visible)
            italic = all(i for _, _, i in visible)
            kind = self.kind
            if self.heading or (kind == "paragraph" and bold and len(text) <= 200):
                kind = "heading"
            self.blocks.append(TextBlock(kind, text, self.depth if kind == "bullet" else 0, italic and kind != "heading", self.gap))
            self.gap = 1
        elif empty_is_break and self.blocks:
            self.gap = 2
        self.pieces = []
        self.heading = False

    def group_break(self) -> None:
        self.flush()
        if self.blocks:
            self.gap = 2

    # -- traversal ----------------------------------------------------------
    def walk(self, el, depth: int, bold: bool = False, italic: bool = False) -> None:
        tag = _tag(el)
        outer = (bold, italic)
        if tag == "br":
            self.flush()
        elif tag == "hr":
            self.group_break()
        else:
            self._element(el, tag, depth, bold, italic)
        if el.tail:  # the tail belongs to the enclosing element, with its style
            self.pieces.append((el.tail, *outer))

    def _element(self, el, tag: str, depth: int, bold: bool, italic: bool) -> None:
        block = tag in _BLOCK_TAGS
        saved = (self.kind, self.depth)
        if block:
            self.flush()
        if tag in _GROUPS:
            self.group_break()
        if tag in ("ul", "ol", "dl"):
            depth += 1
        if tag in ("li", "dd"):
            self.kind, self.depth = "bullet", max(depth, 0)
        elif block:
            self.kind = "paragraph" if saved[0] != "bullet" or tag in ("ul", "ol", "dl") else saved[0]
        if tag in _HEADINGS:
            self.heading = True
            if tag in ("h1", "h2") and self.blocks:
                self.gap = 2
        bold = bold or tag in _BOLD or tag in _HEADINGS
        italic = italic or tag in _ITALIC
        if el.text:
            self.pieces.append((el.text, bold, italic))
        for child in el:
            self.walk(child, depth, bold, italic)
        if block:
            self.flush(empty_is_break=tag == "p")
            # Text after a nested list inside an <li> continues that bullet's level.
            self.kind, self.depth = saved
        if tag in _GROUPS:
            self.group_break()
