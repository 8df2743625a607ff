"""Set O's gold helpers: the shared ones of tests/heldout/goldtools/blindgold.py, writing into
this set's gold/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "goldtools"))
import blindgold  # noqa: E402
from blindgold import *  # noqa: E402, F403

blindgold.HERE = Path(__file__).resolve().parents[2]
