"""``make serve`` (``mkdocs serve --dirty``): editing a snippet updates the pages that embed it, and only them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from minisite import REPO_ROOT, exec_fence, fetch, free_port, note, wait_for, write_config

pytestmark = pytest.mark.slow


def test_editing_a_snippet_updates_the_pages_that_embed_it(tmp_path):
    vault = tmp_path / "vault"
    (vault / "主题").mkdir(parents=True)
    extra = tmp_path / "extra"
    (extra / "demo").mkdir(parents=True)
    snippet = extra / "demo" / "shown.py"
    snippet.write_text("print('输出', 1)\n", encoding="utf-8")
    (vault / "主题" / "甲.md").write_text(note("甲", exec_fence("demo/shown.py") + "\n见 [[乙]]。"), encoding="utf-8")
    (vault / "主题" / "乙.md").write_text(note("乙", "没有例子。见 [[甲]]。"), encoding="utf-8")
    config = write_config(tmp_path, vault, extra)
    config.write_text(config.read_text("utf-8") + f"\nwatch:\n  - {extra}\n", encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("mkdocs")), "serve", "--dirty", "--no-strict", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=REPO_ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1", MLVAULT_CACHE_DIR=str(tmp_path / "cache")),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base + quote("主题/甲/"), "输出 1", timeout=120)
        snippet.write_text("print('输出', 2)\n", encoding="utf-8")
        wait_for(base + quote("主题/甲/"), "输出 2", timeout=60)
        assert "输出 1" not in fetch(base + quote("主题/甲/"))
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    # The rebuild after the edit converted 甲 again, and 乙, which shows no snippet, was left alone.
    rebuilds = [line for line in stderr.splitlines() if line.startswith("mlvault page cache:")]
    assert len(rebuilds) >= 2, stderr[-2000:]
    assert rebuilds[-1].startswith("mlvault page cache: 0 reused, 1 computed"), rebuilds  # 甲 alone
