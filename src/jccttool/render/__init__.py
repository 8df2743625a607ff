"""Every human-facing rendering of the library's results; nothing here computes them.

The library builds the data (:mod:`jccttool.records`, :mod:`jccttool.compare`,
:mod:`jccttool.evaluate`); the commands in :mod:`jccttool.cli` call one library
function and hand its result to one renderer here.

Where to change what:

- ``tables.py``  flat one-row-per-record tables of extractions (``export --to
  csv|tsv|jsonl|markdown``, ``jccttool.to_frames``): the columns of each table, the
  text formats, the flat and formula-safe spreadsheet cell.
- ``html.py``    the self-contained HTML report (``export --to html``): the header
  (document, session, warnings, counts), highlights, colours, CSS, the tables of
  commitments, parties, money, quantities and dates.
- ``sqlite.py``  the corpus database (``export --to sqlite``): its tables (``SCHEMA``,
  copied into ``docs/sqlite.md``), how extractions and the track ledger fill them, the
  merge by source sha256 and the atomic rebuild.
- ``diff.py``    the ``diff`` report as text (coloured on a terminal) and Markdown; the
  JSON form is the data's own :meth:`~jccttool.compare.Diff.to_json`.
- ``eval.py``    the ``eval`` report: the rich score tables, ``--explain`` lines, JSON.
- ``parse.py``   the ``parse`` views of a segmentation: the rich section tree, JSON.

Importing this package or any module in it is cheap: rich is imported inside the
functions that colour a terminal or draw a table, never at module level.
"""
