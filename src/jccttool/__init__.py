"""jccttool: turn government trade fact sheets into clean, checkable data.

Importing the package is cheap: spaCy and dateparser load on the first ``extract``.

    >>> from jccttool import extract
    >>> record = extract("data/raw/jcct-22-fact-sheet-2011.txt")
    >>> record.money[0].amount
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .records import Extraction

__all__ = ["__version__", "extract"]


def extract(text_or_path, *, path: str | None = None) -> Extraction:
    """Extract one document: a ``str`` of text, a ``pathlib.Path``, or ``bytes``.

    A ``str`` that names an existing file is read as that file; any other ``str`` is
    the document text itself. See :func:`jccttool.pipeline.extract_text`.
    """
    from .pipeline import extract_any

    return extract_any(text_or_path, path=path)
