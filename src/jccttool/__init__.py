"""jccttool: turn government trade fact sheets into clean, checkable data.

Importing the package is cheap: spaCy and dateparser load on the first ``extract``.

    >>> from jccttool import extract, extract_many, to_frames
    >>> record = extract("data/raw/jcct-22-fact-sheet-2011.txt")
    >>> record.money[0].amount
    >>> records = list(extract_many(["a.txt", "b.txt"], jobs=2))   # in input order
    >>> frames = to_frames(records)                                 # pandas, one per table
    >>> frames["commitments"].groupby("document").size()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from os import PathLike

    import pandas

    from .records import Extraction

__all__ = ["__version__", "extract", "extract_many", "to_frames"]


def extract(text_or_path, *, path: str | None = None) -> Extraction:
    """Extract one document: a ``str`` of text, a ``pathlib.Path``, or ``bytes``.

    A ``str`` that names an existing file is read as that file. A one-line ``str``
    that looks like a path (a known ending such as ``.txt``/``.html``/``.pdf``, or a
    path separator and no white space) but names no file raises
    :class:`jccttool.errors.InputError`; any other ``str`` is the document text
    itself (``path`` names it in ``source.path``). See
    :func:`jccttool.pipeline.extract_any`.
    """
    from .pipeline import extract_any

    return extract_any(text_or_path, path=path)


def extract_many(paths: Iterable[str | PathLike], *, jobs: int | None = None, only: Iterable[str] | None = None,
                 model: str | None = None) -> Iterator[Extraction]:
    """Extract many files, yielding their extractions in input order.

    ``jobs`` worker processes (default: the number of cores; ``1`` runs in this
    process), as ``jccttool extract --jobs``. A file that cannot be read or
    extracted raises :class:`jccttool.errors.InputError` when its turn comes.
    """
    from .batch import Options, default_jobs, run
    from .errors import InputError
    from .records import Extraction

    inputs = [str(p) for p in paths]
    options = Options(only=frozenset(only) if only else None, model=model, compact=True)
    for outcome in run(inputs, options, jobs=default_jobs() if jobs is None else jobs):
        if outcome.error is not None:
            raise InputError(outcome.error)
        yield Extraction.model_validate_json(outcome.json)


def to_frames(extractions: Extraction | Iterable[Extraction]) -> dict[str, pandas.DataFrame]:
    """One pandas DataFrame per table (``commitments``, ``money``, ``dates``,
    ``parties``, ``quantities``, ``sections``), with the columns of ``jccttool
    export``: one row per record, the first column the document. Takes one
    extraction or many (a list, or :func:`extract_many`'s iterator).

    Needs pandas: ``pip install 'jccttool[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("to_frames needs pandas: pip install 'jccttool[pandas]'") from None
    from .records import Extraction
    from .render.tables import TABLES, columns, rows

    records = [extractions] if isinstance(extractions, Extraction) else list(extractions)
    return {name: pd.DataFrame([row for r in records for row in rows(r, name)], columns=columns(name))
            for name in TABLES}
