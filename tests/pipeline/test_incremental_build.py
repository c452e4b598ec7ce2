"""Rebuilds reuse the caches: editing one snippet converts again only the pages that embed it and runs\nonly its blocks; a site built from the caches is byte-identical to a fresh one."""

from __future__ import annotations

import re

import pytest
from minisite import build, exec_fence, note, write_config

pytestmark = pytest.mark.slow
REPORT = re.compile(r"mlvault build: \d+ pages, (\d+) executed blocks shown, (\d+) run")
PAGE_CACHE = re.compile(r"mlvault page cache: (\d+) reused, (\d+) computed")


def blocks(result) -> tuple[int, int]:
    """(blocks shown by converted pages, executions in the background or in the pages)."""
    assert result.returncode == 0, result.stderr[-3000:]
    return tuple(map(int, REPORT.search(result.stderr).groups()))


def reused_pages(result) -> tuple[int, int]:
    """(page results reused, computed) from the page cache's report line."""
    return tuple(map(int, PAGE_CACHE.search(result.stderr).groups()))


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
    site = tmp_path / "site"

    # a.py is embedded twice: it runs once, its second block reuses the output (same code, same key).
    assert blocks(build(config, site)) == (4, 3)
    # Nothing changed: the published site is up to date and nothing is built.
    assert "is up to date" in build(config, site).stderr
    # A new file that no page shows: MkDocs runs, every page reuses its conversion, no block is looked up.
    (extra / "demo" / "unused.py").write_text("print('unused')\n", encoding="utf-8")
    unchanged = build(config, site)
    assert blocks(unchanged) == (0, 0)
    assert reused_pages(unchanged)[1] == 0

    (extra / "demo" / "a.py").write_text("print('a', 2)\n", encoding="utf-8")
    assert blocks(build(config, site)) == (4, 1)  # both pages embed a.py: both convert again, a.py runs once
    page = (site / "主题" / "乙" / "index.html").read_text("utf-8")
    assert "a 2" in page and "a 1" not in page

    (extra / "demo" / "c.py").write_text("print('c', 2)\n", encoding="utf-8")
    assert blocks(build(config, site)) == (2, 1)  # only 乙 embeds c.py: 甲 is reused whole
    assert "c 2" in (site / "主题" / "乙" / "index.html").read_text("utf-8")

    fresh = build(config, tmp_path / "fresh-site", MLVAULT_CACHE="off")  # make site FRESH=1
    assert blocks(fresh) == (4, 3)  # every block runs again, still once per distinct block
    # The site served from the caches is the site a fresh build makes, byte for byte.
    cached_files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert cached_files == sorted(p.relative_to(tmp_path / "fresh-site") for p in (tmp_path / "fresh-site").rglob("*") if p.is_file())
    for relative in cached_files:
        assert (site / relative).read_bytes() == (tmp_path / "fresh-site" / relative).read_bytes(), relative


def test_damaged_cache_entries_are_run_again_never_shown(tmp_path):
    vault = tmp_path / "vault"
    (vault / "主题").mkdir(parents=True)
    extra = tmp_path / "extra"
    (extra / "demo").mkdir(parents=True)
    (extra / "demo" / "a.py").write_text("print('a', 1)\n", encoding="utf-8")
    (vault / "主题" / "甲.md").write_text(note("甲", exec_fence("demo/a.py")), encoding="utf-8")
    config = write_config(tmp_path, vault, extra)
    assert blocks(build(config, tmp_path / "site")) == (1, 1)
    cache = tmp_path / "cache"  # minisite's MLVAULT_CACHE_DIR
    for entry in cache.rglob("*.json"):
        entry.write_text(entry.read_text("utf-8").replace("a 1", "a 9"), encoding="utf-8")
    # Another site folder (the first one is up to date) from the same, damaged, caches:
    assert blocks(build(config, tmp_path / "other-site")) == (1, 1)  # neither the page nor the block is reused
    page = (tmp_path / "other-site" / "主题" / "甲" / "index.html").read_text("utf-8")
    assert "a 1" in page and "a 9" not in page
