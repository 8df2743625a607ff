"""Loading: encodings, byte-order marks, refusals of binary and empty input."""

from __future__ import annotations

import os

import pytest

from jccttool.errors import InputError
from jccttool.readers import decode, read_source, source_from_text

TEXT = "China agreed to publish these procedures by the end of 2011 \u2013 \u201cfully\u201d.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", TEXT, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", TEXT, id="utf-8-bom-stripped"),
        pytest.param(TEXT.encode("cp1252"), "cp1252", TEXT, id="cp1252-smart-quotes"),
        pytest.param("Caf\u00e9 \u00a0 $5 billion\n".encode("latin-1") + b"\x81", "latin-1", "Caf\u00e9 \u00a0 $5 billion\n\x81", id="latin-1"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", TEXT, id="utf-16-bom"),
        pytest.param(b"a\r\nb\rc\n", "utf-8", "a\r\nb\rc\n", id="mixed-line-endings-kept"),
    ],
)
def test_decode_encodings(data, encoding, text):
    assert decode(data, "x") == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty input", id="empty"),
        pytest.param(b" \n\t\r\n", "only whitespace", id="whitespace"),
        pytest.param(b"\xef\xbb\xbf  \n", "only whitespace", id="bom-whitespace"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG", id="png"),
        pytest.param(b"\x1f\x8b\x08\x00", "gzip", id="gzip"),
        pytest.param(b"text\x00with nul", "NUL", id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 20, "control characters", id="control-chars"),
    ],
)
def test_decode_refuses(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x")


def test_read_source_records_hashes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfHello $5 billion")
    src = read_source(str(p))
    assert src.text == "Hello $5 billion"
    assert src.bytes == 19
    assert src.encoding == "utf-8-sig"
    assert len(src.sha256) == 64 and src.sha256 != src.text_sha256


def test_read_source_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_source(str(link))
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    with pytest.raises(InputError, match="--max-bytes"):
        read_source(str(big), max_bytes=50)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_read_source_permission_denied(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("text")
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_source(str(p))


def test_source_from_text_refuses_empty():
    with pytest.raises(InputError):
        source_from_text("   ")
    assert source_from_text("China agreed.").text == "China agreed."
