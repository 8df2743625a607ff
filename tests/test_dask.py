"""The README's Dask recipe runs on Dask's local scheduler and writes exactly what
`jccttool extract --jobs 2` writes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import RAW, ROOT

pytest.importorskip("dask.bag")


def _recipe() -> str:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    recipe = [b for b in blocks if "import dask.bag" in b]
    assert len(recipe) == 1, "the README has one Dask recipe"
    return recipe[0]


def test_dask_recipe_matches_the_cli(tmp_path):
    shutil.copytree(RAW, tmp_path / "data" / "raw")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", _recipe()], cwd=tmp_path, env=env, check=True, timeout=300)
    paths = sorted(f"data/raw/{p.name}" for p in RAW.glob("*.txt"))
    cli = subprocess.run([sys.executable, "-m", "jccttool", "extract", *paths, "--jobs", "2", "-q"],
                         cwd=tmp_path, env=env, capture_output=True, check=True, timeout=300)
    dask_out = (tmp_path / "all.jsonl").read_bytes()
    assert len(dask_out.splitlines()) == len(paths)
    assert dask_out == cli.stdout
