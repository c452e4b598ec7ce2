"""Incremental preview benchmark: edit one note's prose while ``mkdocs serve --dirty`` runs (``make serve``).

Serves a copy of the vault (the real one is never touched) with the project's configuration and a warm
execution cache, edits one paragraph, and measures the time until the served page shows the edit. Target:
≤ 1 s per edit (median of several edits). Then adds a link and checks that the linked page, which was
not edited, shows the new backlink, and edits a snippet the note embeds (a copy outside the repository)
and measures the time until the page shows the snippet's new output.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "tests" / "pipeline"))  # a script, not a test: minisite is not on its path
from minisite import fetch, free_port, wait_for, write_config  # noqa: E402

NOTE = "信息论/交叉熵.md"
TARGET_SECONDS = 1.0


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        vault = tmp / "vault"
        shutil.copytree(REPO_ROOT / "vault", vault)
        snippet = tmp / "bench" / "edited.py"
        snippet.parent.mkdir()
        snippet.write_text("print('片段输出 0')\n", encoding="utf-8")
        note = vault / NOTE
        note.write_text(note.read_text("utf-8") + '\n```python exec="on" result="text"\n--8<-- "edited.py"\n```\n', encoding="utf-8")
        config = write_config(tmp, vault, tmp / "bench")
        config.write_text(config.read_text("utf-8") + f"\nwatch:\n  - {snippet.parent}\n", encoding="utf-8")
        port = free_port()
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("mkdocs")), "serve", "--dirty", "--no-strict", "-f", str(config), "-a", f"127.0.0.1:{port}"],
            cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        page_url = f"http://127.0.0.1:{port}/" + quote(NOTE.removesuffix(".md") + "/")
        try:
            first = wait_for(page_url, "交叉熵", timeout=300)
            print(f"initial build served after {first:.1f} s")
            path = vault / NOTE
            original = path.read_text("utf-8")
            times = []
            for round_number in range(5):
                token = f"增量构建标记{round_number}"
                path.write_text(original.replace("它是分类模型最常用的损失函数", f"它是分类模型最常用的损失函数（{token}）", 1), encoding="utf-8")
                times.append(wait_for(page_url, token, timeout=60))
                time.sleep(1.0)
            # A new link must show up in the backlinks of the page it points to, which was not edited.
            linked = f"http://127.0.0.1:{port}/" + quote("附录/二进制补码/")
            assert "交叉熵" not in fetch(linked).split("反向链接")[-1]
            path.write_text(original + "\n另见 [[二进制补码]]。\n", encoding="utf-8")
            backlink_seconds = wait_for(linked, "另见", timeout=60)
            print(f"new link → backlink shown on the linked page after {backlink_seconds:.2f} s")
            snippet_times = []
            for round_number in range(1, 4):
                time.sleep(1.0)
                snippet.write_text(f"print('片段输出 {round_number}')\n", encoding="utf-8")
                snippet_times.append(wait_for(page_url, f"片段输出 {round_number}", timeout=60))
            print("snippet edit → page served with the new output (s): " + ", ".join(f"{t:.2f}" for t in snippet_times))
        finally:
            server.terminate()
            server.wait(timeout=30)
    median = statistics.median(times)
    print("edit → page served (s): " + ", ".join(f"{t:.2f}" for t in times) + f"; median {median:.2f} (target ≤ {TARGET_SECONDS})")
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
