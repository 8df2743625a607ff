"""Every command line of the README runs as written (from a copy of the repository's
data), except installs, the test suite itself and benchmarks; none needs the network
or a browser. Exit 0, or 1 where the command reports a finding (diff: differences)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SKIP = ("pip ", "python -m pytest", "HYPOTHESIS_PROFILE=", "python benchmarks/")


def _command_lines() -> list[str]:
    lines = []
    for lang, body in re.findall(r"```(sh|text)\n(.*?)```", README, re.S):
        for line in body.splitlines():
            if lang == "text":
                if not line.startswith("$ "):
                    continue
                line = line[2:]
            line = line.strip()
            if line and not line.startswith("#") and not line.startswith(SKIP):
                lines.append(line)
    return lines


COMMANDS = _command_lines()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """The folders the README's commands read, copied, so their outputs land in a temp dir."""
    root = tmp_path_factory.mktemp("readme")
    for folder in ("data", "tests/gold", "tests/corpus/dev", "tests/corpus/series", "tests/data/diff"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


def test_the_readme_has_commands():
    assert len(COMMANDS) > 20
    assert "jccttool extract data/raw/*.txt | jccttool validate -" in COMMANDS


def _run(line: str, cwd) -> str | None:
    """None when the line ran as it should, else what went wrong."""
    if "jq " in line and shutil.which("jq") is None:
        return None  # jq is not installed: nothing of ours to test
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, stdin=subprocess.DEVNULL)
    allowed = {0, 1} if line.startswith("jccttool diff") or "| jccttool diff" in line else {0, 141}
    if "Traceback" in done.stderr or done.returncode not in allowed:
        return f"{line}\n  exit {done.returncode}: {done.stderr[-1500:]}"
    return None


def test_every_readme_command_runs(sandbox):
    """All lines at once (they write to distinct files, atomically): a few seconds
    instead of a minute, as most of each run is start-up."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=6) as pool:
        problems = [p for p in pool.map(lambda line: _run(line, sandbox), COMMANDS) if p]
    assert not problems, "\n".join(problems)


def test_readme_python_api_example_runs(sandbox):
    pytest.importorskip("pandas")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", README, re.S) if "import dask" not in b]
    assert blocks
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for block in blocks:
        done = subprocess.run([sys.executable, "-c", block], cwd=sandbox, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
