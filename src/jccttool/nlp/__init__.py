"""The spaCy pipeline: ``spacy.blank("en")`` plus our own rule components.

Built once per process (``functools.cache``), never at import: importing this package
imports neither spaCy nor numpy. No trained model is needed; ``--model NAME_OR_PATH``
may load an installed trained pipeline instead, to which the same rule components are
added. The pipeline is: the tokenizer (digit dashes split, very long chunks guarded),
``jcct_sentences`` (sentence rules), the party gazetteer (``entity_ruler``, then
``party_abbreviations``) and the commitment triggers (``span_ruler``,
``spans_key="commitment_triggers"``). Rule data comes from
:mod:`jccttool.resources.rules` only.

Sentences come from ``jcct_sentences`` (not spaCy's ``sentencizer``): boundaries are
found with regular expressions over ``doc.text`` (:func:`sentence_starts`) and written
into the Doc in one array operation, so there is no per-token Python. The rules are
listed in :mod:`jccttool.nlp.sentences`: a line break ends a sentence unless the line is
hard-wrapped; ``.``, ``!``, ``?`` before a capital end one unless an abbreviation says
otherwise; a run-in heading is its own sentence; ``;`` and ``:`` inside a line do not
split.

Where to change what:

- ``pipeline.py``: :func:`build_nlp` (which components, in which order, with which
  config), the blank English language (tokenizer infixes), the long-chunk tokenizer guard.
- ``sentences.py``: the sentence rules (:func:`sentence_starts`, abbreviation and
  sentence-starter lists), the ``jcct_sentences`` component, :func:`doc_text` and
  :func:`sentences` (the per-Doc caches in ``doc.user_data``).
- ``affixes.py``: the tokenizer's prefix, suffix, infix and URL searches, exactly spaCy's
  compiled ones, trying fewer positions and pieces (built by ``pipeline.py``).
- ``compat.py``: every use of spaCy internals (:func:`import_spacy`'s stand-in for
  ``spacy.cli``; the windowed token matcher swapped into a ruler; the fast entity-ruler
  ``match``/``set_annotations`` reading ``ruler._ent_ids`` and ``ruler._require_patterns``),
  each falling back to spaCy's public behaviour when a release lacks what it relies on.
  Look here first after upgrading spaCy.
- The party names and trigger patterns themselves are data: ``resources/``.
"""

from __future__ import annotations

from .compat import import_spacy
from .pipeline import build_nlp
from .sentences import doc_text, sentence_starts, sentences
from .stretches import make_doc

__all__ = ["build_nlp", "doc_text", "import_spacy", "make_doc", "sentence_starts", "sentences"]
