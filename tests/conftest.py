"""Shared fixtures: one spaCy pipeline per session, paths to the bundled documents."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
EXTRACTED = ROOT / "data" / "extracted"
DEV = ROOT / "tests" / "corpus" / "dev"
GOLD = ROOT / "tests" / "gold"
FACT_SHEET = RAW / "jcct-22-fact-sheet-2011.txt"
ARTICLE = RAW / "ipwatch-jcct-22-article-2011.txt"
ALL_DOCUMENTS = sorted(RAW.glob("*.txt")) + sorted(DEV.glob("*.txt"))


@pytest.fixture(scope="session")
def nlp():
    from jccttool.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def fact_sheet_text() -> str:
    return FACT_SHEET.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fact_sheet_extraction():
    from jccttool.pipeline import extract_path

    return extract_path(str(FACT_SHEET))


# Hypothesis profiles: "ci" (default) is fast and derandomised so runs are repeatable;
# "long" is for local runs: HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py;
# "random" (CI's long-running job) draws 2,000 new examples with a fresh seed each run, so
# every run explores texts the others did not; a failure prints the seed to reproduce it
# (--hypothesis-seed=N): HYPOTHESIS_PROFILE=random python -m pytest tests/test_properties.py
def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    common = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    settings.register_profile("ci", max_examples=60, derandomize=True, **common)
    settings.register_profile("long", max_examples=2000, derandomize=True, **common)
    settings.register_profile("random", max_examples=2000, derandomize=False, print_blob=True, **common)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_hypothesis_profiles()


def assert_spans_index_text(found, text: str) -> None:
    """Records come in text order, each ``text`` is its slice of the source, and the
    pipeline (not the extractor) assigns sections."""
    assert [r.span for r in found] == sorted(r.span for r in found)
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.section is None


@pytest.fixture(autouse=True)
def _process_signal_state():
    """Give every test the signal handlers and hooks it found: a command run in-process that
    is interrupted (a Ctrl-C simulated in a batch) makes the next signal end the process at
    once and silences thread hooks, as a real run must; that must not outlive the test."""
    import signal
    import sys
    import threading

    names = [n for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)]
    handlers = {n: signal.getsignal(getattr(signal, n)) for n in names}
    hooks = threading.excepthook, sys.unraisablehook
    yield
    for n, handler in handlers.items():
        if handler is not None and signal.getsignal(getattr(signal, n)) is not handler:
            signal.signal(getattr(signal, n), handler)
    threading.excepthook, sys.unraisablehook = hooks
