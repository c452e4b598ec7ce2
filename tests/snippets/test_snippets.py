"""Every snippet runs standalone (`python snippets/…/x.py`) and exits 0, and every snippet is embedded in a note."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from vaultsite.load import load_vault

REPO_ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = sorted(p for p in (REPO_ROOT / "snippets").rglob("*.py") if "__pycache__" not in p.parts)


def embedded() -> dict[str, list[str]]:
    """Every snippet path the vault includes (in callouts too), with the notes that include it."""
    found: dict[str, list[str]] = {}
    for note in load_vault(REPO_ROOT / "vault").notes.values():
        for include in note.includes:
            found.setdefault(include.path, []).append(note.path)
    return found


def _run(path: Path, figure_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, MPLBACKEND="Agg", MLVAULT_FIGURE_DIR=str(figure_dir), OMP_NUM_THREADS="1")
    env.pop("MLVAULT_FIGURES", None)
    return subprocess.run(
        [sys.executable, str(path)], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Run all snippets once, two at a time (the machine has two cores)."""
    figure_dir = tmp_path_factory.mktemp("figures")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(SNIPPETS, pool.map(lambda p: _run(p, figure_dir), SNIPPETS)))


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[str(p.relative_to(REPO_ROOT / "snippets")) for p in SNIPPETS])
def test_snippet_runs_standalone(snippet, results):
    result = results[snippet]
    assert result.returncode == 0, f"{snippet.relative_to(REPO_ROOT)} exited {result.returncode}:\n{result.stderr[-3000:]}"
    assert result.stdout.strip(), "a snippet must print its result (or the saved figure's path)"


def test_every_snippet_is_embedded_in_a_note():
    orphans = [str(p.relative_to(REPO_ROOT)) for p in SNIPPETS if str(p.relative_to(REPO_ROOT)) not in embedded()]
    assert not orphans, f"snippets no note embeds: {orphans}"


def test_every_embedded_snippet_exists():
    missing = [f"{notes}: {path}" for path, notes in embedded().items() if not (REPO_ROOT / path).is_file()]
    assert not missing
