"""Hostile and damaged inputs found by the deeper probe (issue 16): each case failed
before its fix. One document's damage must give a result or one clear line, never a
traceback, and never silent loss."""

from __future__ import annotations

import pytest

from jccttool.pipeline import extract_any, extract_path
from jccttool.readers import decode, invalid_utf8_offsets, read_source

# every Unicode white space the number grammar's \s accepts between a figure and its magnitude
_SPACES = ["\u2009", "\u202f", "\u2003", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\r", "\u1680", "\u2000", "\u205f", "\x1c", "\x85"]


@pytest.mark.parametrize("space", _SPACES, ids=lambda s: f"U+{ord(s):04X}")
def test_any_white_space_before_a_magnitude_word(space):
    record = extract_any(f"The United States will provide $5{space}billion to the program.\n")
    assert [m.amount for m in record.money] == [5_000_000_000]


@pytest.mark.parametrize("label", ["base64", "rot13", "hex", "zlib", "bz2", "uu", "quopri", "punycode", "undefined", "utf-7x"])
def test_html_meta_charset_that_is_no_text_encoding(tmp_path, label):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="{label}"></head><body><p>China agreed to publish the rules.</p></body></html>'.encode())
    record = extract_path(str(page))
    assert [c.text for c in record.commitments] == ["China agreed to publish the rules."]


def test_one_bad_byte_in_a_utf8_file_is_replaced_and_reported(tmp_path):
    good = "China agreed to publish the rules\u00a0by June 2012.\n\nThe United States will host a “seminar”.\n".encode()
    bad = good.replace(b"rules", b"ru\xfflles", 1)
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(bad)
    source = read_source(str(path))
    assert source.encoding == "utf-8"
    assert "\ufffd" in source.text and "“seminar”" in source.text  # no cp1252 mojibake
    record = extract_path(str(path))
    assert len(record.commitments) == 2
    assert any("not valid UTF-8" in w and str(bad.index(b"\xff")) in w for w in record.warnings)


def test_cp1252_file_is_still_read_as_cp1252():
    text, encoding = decode("China \x93agreed\x94 to publish caf\xe9 rules.".encode("latin-1"), "t")
    assert encoding == "cp1252" and "“agreed”" in text


def test_invalid_utf8_offsets():
    assert invalid_utf8_offsets(b"ab\xffcd\xfe\xe2\x82") == [2, 5, 6]
    assert invalid_utf8_offsets("fine \u00a0".encode()) == []


def test_deeply_nested_html_keeps_every_paragraph(tmp_path):
    page = tmp_path / "deep.html"
    body = "".join(f"<font><p>China agreed to publish rule {i}.</p>" for i in range(300))
    page.write_text(f"<html><body><h1>Outcomes of the Dialogue</h1>{body}</body></html>", encoding="utf-8")
    record = extract_path(str(page))
    assert len(record.commitments) == 300


def test_html_nested_too_deep_to_flatten_warns(tmp_path):
    page = tmp_path / "deeper.html"
    body = "".join(f"<div><p>China agreed to publish rule {i}.</p>" for i in range(300))
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    record = extract_path(str(page))
    assert any("nested deeper" in w for w in record.warnings)
