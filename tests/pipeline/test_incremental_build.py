"""Rebuilds reuse the execution cache: editing one snippet re-runs only the blocks that embed it."""

from __future__ import annotations

import re

import pytest

from minisite import build, exec_fence, note, write_config

pytestmark = pytest.mark.slow
REPORT = re.compile(r"mlvault build: \d+ pages, (\d+) executed blocks \((\d+) run, (\d+) from cache\)")
PREFETCH = re.compile(r"mlvault: ran (\d+) uncached blocks")


def blocks(result) -> tuple[int, int]:
    """(blocks on the site, executions) — executions counted in the prefetch and in the build itself."""
    assert result.returncode == 0, result.stderr[-3000:]
    total, run, _ = map(int, REPORT.search(result.stderr).groups())
    prefetched = sum(int(n) for n in PREFETCH.findall(result.stderr))
    return total, run + prefetched


def test_editing_one_snippet_reruns_only_the_blocks_that_embed_it(tmp_path):
    vault = tmp_path / "vault"
    (vault / "主题").mkdir(parents=True)
    extra = tmp_path / "extra"
    (extra / "demo").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (extra / "demo" / f"{name}.py").write_text(f"print('{name}', 1)\n", encoding="utf-8")
    (vault / "主题" / "甲.md").write_text(
        note("甲", exec_fence("demo/a.py") + "\n" + exec_fence("demo/b.py") + "\n见 [[乙]]。"), encoding="utf-8"
    )
    (vault / "主题" / "乙.md").write_text(note("乙", exec_fence("demo/c.py") + "\n" + exec_fence("demo/a.py") + "\n见 [[甲]]。"), encoding="utf-8")
    config = write_config(tmp_path, vault, extra)

    # a.py is embedded twice: it runs once, its second block reuses the output (same code, same key).
    assert blocks(build(config, tmp_path / "site")) == (4, 3)
    assert blocks(build(config, tmp_path / "site")) == (4, 0)

    (extra / "demo" / "a.py").write_text("print('a', 2)\n", encoding="utf-8")
    assert blocks(build(config, tmp_path / "site")) == (4, 1)  # only a.py runs again, once
    page = (tmp_path / "site" / "主题" / "乙" / "index.html").read_text("utf-8")
    assert "a 2" in page and "a 1" not in page

    fresh = build(config, tmp_path / "site", MLVAULT_CACHE="off")  # make site FRESH=1
    assert blocks(fresh) == (4, 4)
