"""HTML and PDF inputs: the same fact sheet as .txt, .html and .pdf gives the same
sections, money, dates and commitments.

The HTML and PDF versions of the 22nd JCCT fact sheet are generated here from the
plain-text file: headings as <h3>, bullets as <ul><li>, the industry facts as
<p><em>, plus a navigation bar, a banner and a footer; the PDF (reportlab) has bold
headings, indented bullets, italic facts, a running header and "Page N of M" footers.
"""

from __future__ import annotations

import html as htmllib
from pathlib import Path

import pytest

from jccttool.errors import InputError
from jccttool.readers import read_source, sniff_format

RAW = Path(__file__).resolve().parent.parent / "data" / "raw" / "jcct-22-fact-sheet-2011.txt"

#: The paragraphs the original page prints in italics (industry facts and figures).
ITALIC_STARTS = (
    "Open and non-discriminatory", "China plans to manufacture", "In 2009, the commercial", "China plans to invest",
    "China is the world", "State Grid", "20 percent of all", "For a given piece", "Private-sector experts",
    "Every $100,000", "The U.S. auto specialty", "Estimates of China", "The United States is a world leader",
)


# -- the test documents -------------------------------------------------------------------

def fact_sheet_blocks(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, group) for each non-blank line of a plain-text fact sheet; kind is
    banner, title, date, heading, bullet, italic or paragraph; ``group`` counts runs of
    two or more blank lines."""
    out: list[tuple[str, str, int]] = []
    group, blank = 0, 0
    for raw in text.splitlines():
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            blank += 1
            continue
        if blank >= 2:
            group += 1
        blank = 0
        if not out:
            kind = "banner"
        elif len(out) == 1:
            kind = "title"
        elif len(out) == 2:
            kind = "date"
        elif line.startswith("\u2022"):
            kind, line = "bullet", line[1:].strip()
        elif line.startswith(ITALIC_STARTS):
            kind = "italic"
        elif len(line) < 100 and not line.endswith("."):
            kind = "heading"
        else:
            kind = "paragraph"
        out.append((kind, line, group))
    return out


def to_html(text: str) -> str:
    esc = htmllib.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>22nd JCCT Fact Sheet | U.S. Department of Commerce</title>',
        "<script>document.write('never runs')</script><style>nav{display:flex}</style></head><body>",
        '<div class="site-banner" role="banner">This site contains information from January 2009-December 2014.</div>',
        '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/about">About Commerce</a></li></ul></nav>',
        '<div id="content" class="content"><article>',
    ]
    previous_group, in_list = 0, False
    for kind, line, group in fact_sheet_blocks(text):
        if kind == "banner":
            continue
        if kind != "bullet" and in_list:
            parts.append("</ul>")
            in_list = False
        if group != previous_group:
            if in_list:
                parts.append("</ul>")
                in_list = False
            parts.append("<p>&nbsp;</p>")
            previous_group = group
        if kind == "title":
            parts.append(f"<h1>{esc(line)}</h1>")
        elif kind == "date":
            parts.append(f'<p class="date">{esc(line)}</p>')
        elif kind == "heading":
            parts.append(f"<h3>{esc(line)}</h3>")
        elif kind == "bullet":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{esc(line)}</li>")
        elif kind == "italic":
            parts.append(f"<p><em>{esc(line)}</em></p>")
        else:
            parts.append(f"<p>{esc(line)}</p>")
    if in_list:
        parts.append("</ul>")
    parts += [
        "</article></div>",
        '<footer class="site-footer"><p>U.S. Department of Commerce | 1401 Constitution Ave NW</p>'
        '<p><a href="/privacy">Privacy</a> | <a href="/foia">FOIA</a></p></footer>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def to_pdf(text: str) -> bytes:
    pytest.importorskip("reportlab", reason="generating the test PDF needs reportlab (test dependency)")
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = letter
    left, right, top, bottom, lead = 72, width - 72, height - 90, 80, 13.5
    fonts = {"title": ("Helvetica-Bold", 14), "heading": ("Helvetica-Bold", 11), "italic": ("Helvetica-Oblique", 10),
             "paragraph": ("Helvetica", 10), "date": ("Helvetica", 10), "bullet": ("Helvetica", 10)}
    pages: list[list[tuple[float, float, str, str, int]]] = [[]]
    y = top
    previous_group = 0
    for kind, line, group in fact_sheet_blocks(text):
        if kind == "banner":
            continue
        font, size = fonts[kind]
        indent = 30 if kind == "bullet" else 0
        wrapped = simpleSplit(line, font, size, right - left - indent)
        if pages[-1]:
            y -= lead * (3.5 if group != previous_group else 2)
        previous_group = group
        for i, piece in enumerate(wrapped):
            if y < bottom:
                pages.append([])
                y = top
            if kind == "bullet" and i == 0:
                pages[-1].append((left + 18, y, "\u2022", "Helvetica", size))
            pages[-1].append((left + indent, y, piece, font, size))
            y -= lead
        y += lead
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    for number, items in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(left, height - 50, "U.S. Department of Commerce | International Trade Administration")
        c.drawRightString(right, 40, f"Page {number} of {len(pages)}")
        c.drawString(left, 40, "22nd JCCT Fact Sheet")
        for x, yy, piece, font, size in items:
            c.setFont(font, size)
            c.drawString(x, yy, piece)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """The 22nd fact sheet as .txt, .html and .pdf."""
    folder = tmp_path_factory.mktemp("formats")
    text = RAW.read_text(encoding="utf-8")
    (folder / "jcct-22.txt").write_text(text, encoding="utf-8")
    (folder / "jcct-22.html").write_text(to_html(text), encoding="utf-8")
    (folder / "jcct-22.pdf").write_bytes(to_pdf(text))
    return folder


# -- readers ------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def test_html_text_shape(three):
    source = read_source(str(three / "jcct-22.html"))
    assert source.format == "html" and source.encoding == "utf-8"
    text = source.text
    assert text.startswith("22nd U.S.-China Joint Commission on Commerce and Trade Fact Sheet\n\nNovember 21, 2011\n\n")
    for dropped in ("This site contains", "Home", "About Commerce", "never runs", "Privacy", "1401 Constitution", "display:flex"):
        assert dropped not in text
    assert "\n\nNew Energy Vehicles (NEVs)\n\n" in text
    assert "\n\u2022 China confirmed that it does not and will not maintain measures" in text
    assert [text[s:e][:20] for s, e in source.context_spans][:2] == ["Open and non-discrim", "China plans to manuf"]
    assert len(source.context_spans) == len(ITALIC_STARTS)
    assert "\n\n\nOpen and non-discriminatory" in text  # a new group: two blank lines
    assert "Indigenous Innovation" in [text[s:e] for s, e in source.heading_spans]


def test_pdf_text_shape(three):
    source = read_source(str(three / "jcct-22.pdf"))
    assert source.format == "pdf"
    text = source.text
    assert text.startswith("22nd U.S.-China Joint Commission on Commerce and Trade Fact Sheet\n\nNovember 21, 2011\n\n")
    for dropped in ("International Trade Administration", "Page 1 of", "22nd JCCT Fact Sheet"):
        assert dropped not in text
    assert "\n\nNew Energy Vehicles (NEVs)\n\n" in text
    assert "\n\u2022 China confirmed that it does not and will not maintain measures" in text
    assert "\n\n\nOpen and non-discriminatory" in text
    assert len(source.context_spans) == len(ITALIC_STARTS)
    # every paragraph and bullet of the original is one line of the extracted text
    lines = {_norm(line) for line in text.splitlines()}
    for kind, line, _ in fact_sheet_blocks(RAW.read_text(encoding="utf-8")):
        if kind != "banner":
            assert (("\u2022 " + line) if kind == "bullet" else line) in lines


def test_html_and_pdf_give_the_same_lines(three):
    html_text = read_source(str(three / "jcct-22.html")).text
    pdf_text = read_source(str(three / "jcct-22.pdf")).text
    assert html_text == pdf_text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param("<html><body><p>One</p><ul><li>A<ul><li>B</li></ul></li><li>C</li></ul></body></html>",
                     "One\n\n\u2022 A\n\n  \u2022 B\n\n\u2022 C\n", id="nested-bullets"),
        pytest.param("<!doctype html><p><strong>Heading</strong></p><p>Text <b>bold</b> end.</p>",
                     "Heading\n\nText bold end.\n", id="strong-only-paragraph"),
        pytest.param("<html><body><div class='menu'><a href='/'>Home</a></div><main><p>Kept.</p></main>"
                     "<aside>Related</aside></body></html>", "Kept.\n", id="main-element"),
        pytest.param("<html><body><p>A</p><hr><p>B</p><p> &nbsp; </p><p>C</p></body></html>",
                     "A\n\n\nB\n\n\nC\n", id="group-breaks"),
        pytest.param("<html><body><p hidden>secret</p><p style='display: none'>gone</p><p>shown</p>"
                     "<p aria-hidden='true'>x</p></body></html>", "shown\n", id="hidden"),
        pytest.param("<html><body><p>Caf&eacute; &amp; $5&nbsp;billion<br>next</p></body></html>",
                     "Caf\u00e9 & $5 billion\n\nnext\n", id="entities-and-br"),
        pytest.param("<html><body><div><ul><li><a href='/a'>Link one</a></li><li><a href='/b'>Link two</a></li></ul>"
                     "<p>The body text of the page, long enough to matter.</p></div></body></html>",
                     "The body text of the page, long enough to matter.\n", id="link-list-dropped"),
    ],
)
def test_html_rendering(markup, expected):
    from jccttool.formats.html import render_html

    assert render_html(markup).text == expected


BLOG_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Blog</title></head>
<body class="single-post">
<div id="wrapper">
  <div id="masthead"><a href="/">IP Watch</a> <form role="search"><input name="s"></form></div>
  <div id="container">
    <div id="content">
      <div class="post entry">
        <h2 class="entry-title">JCCT outcome on software</h2>
        <div class="entry-content">
          <p>China agreed to publish these procedures by the end of 2011.</p>
          <p>The two sides will hold a seminar in spring 2012.</p>
          <div class="sharedaddy sd-sharing"><a href="#">Share on Twitter</a> <a href="#">Print This Post</a></div>
        </div>
      </div>
      <div id="comments" class="comments-area"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
    </div>
    <div id="sidebar" class="widget-area"><h3>Recent posts</h3><p>Another story about trade.</p></div>
  </div>
  <div class="footer-text">Copyright 2011 IP Watch. All rights reserved.</div>
</div>
</body></html>
"""


def test_html_blog_page_boilerplate_dropped():
    text = read_source("post.html", data=BLOG_PAGE.encode("utf-8")).text
    assert text == ("JCCT outcome on software\n\nChina agreed to publish these procedures by the end of 2011.\n\n"
                    "The two sides will hold a seminar in spring 2012.\n")


def test_html_no_external_entities_or_network(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    markup = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
              f'<html><body><p>before &xxe; after</p><img src="http://127.0.0.1:9/x.png">'
              f'<iframe src="file://{secret}"></iframe></body></html>')
    path = tmp_path / "evil.html"
    path.write_text(markup, encoding="utf-8")
    text = read_source(str(path)).text
    assert "TOP SECRET" not in text
    assert "before" in text and "after" in text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param('<html><head><meta charset="windows-1252"></head><body><p>China\u2019s</p></body></html>'.encode("cp1252"),
                     "cp1252", id="meta-charset"),
        pytest.param(b"\xef\xbb\xbf<!DOCTYPE html><p>China\xe2\x80\x99s</p>", "utf-8-sig", id="bom"),
        pytest.param("<html><body><p>China\u2019s</p></body></html>".encode("cp1252"), "cp1252", id="fallback-cp1252"),
    ],
)
def test_html_encodings(data, encoding):
    source = read_source("page.html", data=data)
    assert source.encoding == encoding
    assert source.text == "China\u2019s\n"


@pytest.mark.parametrize(
    ("path", "data", "fmt"),
    [
        pytest.param("-", b"  \n<!DOCTYPE html><html><body><p>x</p></body></html>", "html", id="doctype-stdin"),
        pytest.param("a.txt", b"<html lang='en'><p>x</p></html>", "html", id="html-tag"),
        pytest.param("a.htm", b"<p>x</p>", "html", id="htm-suffix"),
        pytest.param("a.txt", b"<p>x</p> is not a page", "text", id="fragment-is-text"),
        pytest.param("-", b"%PDF-1.7\n", "pdf", id="pdf-magic"),
        pytest.param("a.txt", b"China agreed.\n", "text", id="text"),
    ],
)
def test_sniff_format(path, data, fmt):
    assert sniff_format(path, data) == fmt


def test_binary_still_refused():
    with pytest.raises(InputError, match="PNG"):
        read_source("x.png", data=b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(InputError, match="not text \\(a PDF file\\)"):
        read_source("bad.pdf", data=b"%PDF-1.4 binary garbage")


def _tiny_pdf(*pages: list[tuple[float, float, str, str]]) -> bytes:
    pytest.importorskip("reportlab")
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for number, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, 800, "Fact Sheet - Embassy of the United States")
        c.drawString(300, 40, f"- {number} -")
        for x, y, font, text in lines:
            c.setFont(font, 10)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_encrypted_and_empty_refused():
    pytest.importorskip("reportlab")
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt="secret", invariant=1)
    c.drawString(72, 700, "China agreed.")
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="encrypted PDF"):
        read_source("locked.pdf", data=buf.getvalue())
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.rect(72, 72, 100, 100)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text in the PDF"):
        read_source("scan.pdf", data=buf.getvalue())


def test_pdf_hyphenation_bullets_and_page_furniture():
    data = _tiny_pdf([
        (72, 700, "Helvetica-Bold", "Software Legalization"),
        (72, 672, "Helvetica", "China will promote the use of licensed soft-"),
        (72, 658, "Helvetica", "ware in enterprises and a State Council-"),
        (72, 644, "Helvetica", "level structure for U.S.-"),
        (72, 630, "Helvetica", "China engagement."),
        (80, 602, "Helvetica", "\u2022"), (95, 602, "Helvetica", "First bullet that wraps"),
        (95, 588, "Helvetica", "onto a second line."),
        (110, 574, "Helvetica", "-"), (122, 574, "Helvetica", "A nested dash bullet."),
        (80, 560, "Helvetica", "\u2022"), (95, 560, "Helvetica", "Second bullet."),
    ], [(72, 700, "Helvetica", "Page two text.")])
    text = read_source("x.pdf", data=data).text
    page = ("Software Legalization\n\n"
            "China will promote the use of licensed software in enterprises and a State Council-level structure "
            "for U.S.-China engagement.\n\n"
            "\u2022 First bullet that wraps onto a second line.\n\n"
            "  \u2022 A nested dash bullet.\n\n"
            "\u2022 Second bullet.")
    assert text == page + "\n\nPage two text.\n"
    assert "Embassy" not in text and "- 1 -" not in text and "- 2 -" not in text


# -- the pipeline on all three ------------------------------------------------------------

@pytest.fixture(scope="module")
def extractions(three):
    from jccttool.pipeline import extract_path

    return {fmt: extract_path(str(three / f"jcct-22.{fmt}")) for fmt in ("txt", "html", "pdf")}


def _summary(record) -> dict:
    return {
        "titles": [_norm(s.title) for s in record.sections if s.title and _norm(s.title) != _norm(record.document.title or "")],
        "money": [(_norm(m.text), m.currency, m.amount, m.amount_max) for m in record.money],
        "dates": [(d.start, d.end, d.grain) for d in record.dates],
        "commitments": [(_norm(c.text), tuple(c.actors), c.kind) for c in record.commitments],
        "structure": [(s.level, s.parent, [(b.kind, b.role, b.depth) for b in s.blocks]) for s in record.sections],
        "parties": [(p.id, len(p.mentions)) for p in record.parties],
        "quantities": [(_norm(q.text), q.kind, q.value) for q in record.quantities],
    }


def test_same_results_from_txt_html_pdf(extractions):
    summaries = {fmt: _summary(record) for fmt, record in extractions.items()}
    for field in ("titles", "money", "dates", "commitments", "structure", "parties", "quantities"):
        assert summaries["html"][field] == summaries["txt"][field], field
        assert summaries["pdf"][field] == summaries["txt"][field], field
    assert extractions["html"].source.format == "html"
    assert extractions["pdf"].source.format == "pdf"


def test_spans_index_the_extracted_text(three, extractions):
    for fmt in ("html", "pdf"):
        text = read_source(str(three / f"jcct-22.{fmt}")).text
        record = extractions[fmt]
        assert record.source.chars == len(text)
        for r in [*record.money, *record.dates, *record.quantities, *record.commitments]:
            assert text[r.span[0]:r.span[1]] == r.text


def test_parse_text_prints_extracted_text(three):
    from typer.testing import CliRunner

    from jccttool.cli import app

    for fmt in ("html", "pdf"):
        result = CliRunner().invoke(app, ["parse", "--text", str(three / f"jcct-22.{fmt}")])
        assert result.exit_code == 0, result.output
        assert result.stdout == read_source(str(three / f"jcct-22.{fmt}")).text
