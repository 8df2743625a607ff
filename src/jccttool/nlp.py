"""The spaCy pipeline: ``spacy.blank("en")`` plus our own rule components.

Built once per process (``functools.cache``), never at import. No trained model is
needed; ``--model NAME_OR_PATH`` may load an installed trained pipeline instead, to
which the same rule components are added.
"""

from __future__ import annotations

from functools import cache


@cache
def build_nlp(model: str | None = None):
    """The pipeline: tokenizer, sentence rules, party gazetteer, commitment triggers."""
    import spacy

    from .errors import InputError
    from .extractors import commitments, parties

    if model:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as exc:
            raise InputError(f"--model {model}: cannot load spaCy pipeline ({exc.__class__.__name__})") from None
    else:
        nlp = spacy.blank("en")
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(parties.ruler_patterns())
    triggers = nlp.add_pipe("span_ruler", name="commitment_triggers", config={"spans_key": "commitment_triggers", "validate": True})
    triggers.add_patterns(commitments.trigger_patterns())
    return nlp
