"""Every snippet runs standalone (`python snippets/…/x.py`) and exits 0, and every snippet is embedded in a note.

Each snippet runs as a script in a process of its own, forked from one that has imported numpy, scipy,
matplotlib and mlvault already (``forkrun.py``): the same run as ``python x.py`` without paying the
imports 240 times. A few run as real ``python`` processes too, so that the plain command is covered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from vaultsite.blocks import vault_blocks
from vaultsite.includes import IncludePolicy
from vaultsite.load import load_vault

REPO_ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = sorted(p for p in (REPO_ROOT / "snippets").rglob("*.py") if "__pycache__" not in p.parts)
TIMEOUT = 300
PLAIN = ["snippets/information/ex21_entropy.py", "snippets/math/ex05_unit_balls_plot.py", "snippets/dl/ex56_rnn_lstm.py"]


def explored() -> list[tuple[Path, tuple[str, ...]]]:
    """One command line with arguments of each snippet that an exploration runs with its knobs set."""
    blocks = vault_blocks(load_vault(REPO_ROOT / "vault"), IncludePolicy.for_project(REPO_ROOT))
    first: dict[Path, tuple[str, ...]] = {}
    for block in blocks:
        if block.argv:
            first.setdefault(block.file, block.argv)
    return sorted(first.items())


def embedded() -> dict[str, list[str]]:
    """Every snippet path the vault includes (in callouts too), with the notes that include it."""
    found: dict[str, list[str]] = {}
    for note in load_vault(REPO_ROOT / "vault").notes.values():
        for include in note.includes:
            found.setdefault(include.path, []).append(note.path)
    return found


def _environment(figure_dir: Path) -> dict[str, str]:
    env = dict(os.environ, MPLBACKEND="Agg", MLVAULT_FIGURE_DIR=str(figure_dir), OMP_NUM_THREADS="1",
               OPENBLAS_NUM_THREADS="1", PYTHONPATH=str(REPO_ROOT))
    env.pop("MLVAULT_FIGURES", None)
    return env


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


class ForkRunner:
    """One ``forkrun.py`` process: runs one snippet at a time, each in a forked child."""

    def __init__(self, env: dict[str, str], scratch: Path) -> None:
        self.scratch = scratch
        self.process = subprocess.Popen([sys.executable, str(Path(__file__).with_name("forkrun.py"))], cwd=REPO_ROOT,
                                        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, path: Path, argv: tuple[str, ...] = ()) -> Run:
        out, err = self.scratch / f"{path.stem}.out", self.scratch / f"{path.stem}.err"
        request = {"path": str(path), "argv": list(argv), "stdout": str(out), "stderr": str(err)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        return Run(reply["returncode"], out.read_text("utf-8"), err.read_text("utf-8"))

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Run all snippets once, two at a time (the machine has two cores)."""
    env = _environment(tmp_path_factory.mktemp("figures"))
    local = threading.local()
    runners: list[ForkRunner] = []

    def run(path: Path) -> Run:
        if not hasattr(local, "runner"):
            local.runner = ForkRunner(env, tmp_path_factory.mktemp("runs"))
            runners.append(local.runner)
        return local.runner.run(path)

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            return dict(zip(SNIPPETS, pool.map(run, SNIPPETS)))
    finally:
        for runner in runners:
            runner.close()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[str(p.relative_to(REPO_ROOT / "snippets")) for p in SNIPPETS])
def test_snippet_runs_standalone(snippet, results):
    result = results[snippet]
    assert result.returncode == 0, f"{snippet.relative_to(REPO_ROOT)} exited {result.returncode}:\n{result.stderr[-3000:]}"
    assert result.stdout.strip(), "a snippet must print its result (or the saved figure's path)"


@pytest.fixture(scope="module")
def fork_runner(tmp_path_factory):
    runner = ForkRunner(_environment(tmp_path_factory.mktemp("figures")), tmp_path_factory.mktemp("runs"))
    yield runner
    runner.close()


@pytest.mark.parametrize(("snippet", "argv"), explored(), ids=lambda value: str(value))
def test_a_snippet_an_exploration_runs_takes_its_knob_from_the_command_line(snippet, argv, fork_runner):
    result = fork_runner.run(snippet, argv)
    assert result.returncode == 0, f"{snippet.relative_to(REPO_ROOT)} {' '.join(argv)}:\n{result.stderr[-3000:]}"
    assert result.stdout.strip()


@pytest.mark.parametrize("snippet", PLAIN)
def test_the_plain_python_command_runs_a_snippet(snippet, tmp_path):
    result = subprocess.run([sys.executable, snippet], cwd=REPO_ROOT, env=_environment(tmp_path),
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip()


def test_every_snippet_is_embedded_in_a_note():
    orphans = [str(p.relative_to(REPO_ROOT)) for p in SNIPPETS if str(p.relative_to(REPO_ROOT)) not in embedded()]
    assert not orphans, f"snippets no note embeds: {orphans}"


def test_every_embedded_snippet_exists():
    missing = [f"{notes}: {path}" for path, notes in embedded().items() if not (REPO_ROOT / path).is_file()]
    assert not missing
