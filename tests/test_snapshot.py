"""Every command's output over every bundled text is what the snapshot recorded.

See tests/snapshot/snapshot.py; regenerate (after reviewing why an output changed)
with ``python -m tests.snapshot.snapshot --update``.
"""

from __future__ import annotations

import json

from tests.snapshot.snapshot import HASHES, outputs


def test_every_output_matches_the_golden_snapshot(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    recorded = json.loads(HASHES.read_text(encoding="utf-8"))
    current = outputs(tmp_path)
    assert len(recorded) > 250
    differs = sorted(k for k in recorded.keys() | current.keys() if recorded.get(k) != current.get(k))
    assert differs == [], f"{len(differs)} outputs changed, e.g. {differs[:10]}"
