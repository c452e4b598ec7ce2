"""The vaultsite plugin inside real builds of the fixture vaults (a copy of each, built under tmp_path)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from vaultsite.sitecheck import site_link_problems

ROOT = Path(__file__).resolve().parents[2]
LINKVAULT = ROOT / "tests" / "fixtures" / "linkvault"

pytestmark = pytest.mark.slow

CONFIG = """\
site_name: linkgraph
docs_dir: docs
site_dir: site
strict: true
validation:
  anchors: warn
theme:
  name: material
  language: zh
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - admonition
  - footnotes
  - toc:
      permalink: true
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.details
  - pymdownx.superfences
plugins:
  - callouts
  - vaultsite:
      snippets: []
      sources: []
      package: {root}/mlvault
      tests: {root}/tests
      node_modules: {root}/node_modules
"""


def build(tmp_path: Path, vault: Path) -> subprocess.CompletedProcess[str]:
    shutil.copytree(vault, tmp_path / "docs")
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(root=ROOT), encoding="utf-8")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MLVAULT_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(tmp_path / "mkdocs.yml")],
                          capture_output=True, text=True, env=environment, check=False)


@pytest.fixture(scope="module")
def good_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    result = build(folder, LINKVAULT / "good")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def article(site: Path, page: str) -> str:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    return html[html.index("<article"):html.index("</article>")]


def test_no_broken_internal_link_or_anchor(good_site: Path) -> None:
    assert site_link_problems(good_site) == []


def test_pages_carry_links_embeds_anchors_aliases_and_backlinks(good_site: Path) -> None:
    entropy = article(good_site, "信息论/信息量与熵")
    assert '<p class="mlvault-aliases">别名：Entropy · Shannon entropy</p>' in entropy
    assert all(f'id="^{block}"' in entropy for block in ("entropy-def", "unit-bits", "entropy-table"))
    assert 'id="例子_1"' in entropy and 'href="#例子"' in entropy
    assert re.search(r'<h2 id="反向链接">', entropy)
    cross = article(good_site, "信息论/交叉熵")
    assert cross.count('<div class="mlvault-embed">') == 2
    assert '<div class="admonition note">' in cross and "<blockquote>" in cross  # the embed inside a callout
    assert '<img alt="" height="200" src="../../attachments/entropy.png" width="320" />' in cross
    assert 'href="../%E4%BF%A1%E6%81%AF%E9%87%8F%E4%B8%8E%E7%86%B5/#^entropy-def"' in cross
    assert "暂无反向链接" in article(good_site, ".")


def test_graph_json_is_written(good_site: Path) -> None:
    graph = json.loads((good_site / "assets" / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["nodes"]) == 5
    urls = {unquote(node["url"]) for node in graph["nodes"]}
    assert urls >= {"./", "信息论/交叉熵/"}
    assert all(edge["count"] >= 1 for edge in graph["edges"])


def test_errors_fail_the_build_with_file_line_kind_target(tmp_path: Path) -> None:
    result = build(tmp_path, LINKVAULT / "bad")
    assert result.returncode != 0
    assert re.search(r"\d+ error\(s\) in the vault", result.stderr)
    assert "编码.md:8: bad-encoding" in result.stderr  # named before MkDocs would read the page and crash
    assert "index.md:8: broken-link: 不存在的笔记" in result.stderr
    assert "循环.md:8: invalid-link: 循环 — embed cycle" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
