"""The whole built site in headless Chromium: every page clean, and the study features work by interaction.

Expected values come from the vault's frontmatter read here with PyYAML (independently of the build's
own parser), so a dashboard or tag page that drifts from the notes fails.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from conftest import REPO_ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = REPO_ROOT / "test-artifacts"

UNRENDERED_MATH = """() => {
  const article = document.querySelector("article");
  if (!article) return [];
  const copy = article.cloneNode(true);
  copy.querySelectorAll("pre, code, .katex, script, style, svg").forEach((el) => el.remove());
  return (copy.textContent.match(/\\$[^$\\n]{1,80}\\$|\\\\\\(|\\\\\\[/g) || []).slice(0, 3);
}"""
BROKEN_IMAGES = """() => [...document.images].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src)"""


def frontmatter_of_notes() -> dict[str, dict]:
    notes = {}
    for path in sorted((REPO_ROOT / "vault").rglob("*.md")):
        text = path.read_text("utf-8")
        meta = yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}
        notes[str(path.relative_to(REPO_ROOT / "vault"))] = meta
    return notes


def url_of(note_path: str) -> str:
    return "/" + quote(note_path.removesuffix(".md") + "/")


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.console_errors = []
    page.on("console", lambda m: page.console_errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(f"{page.url}: {e}"))
    yield page
    page.close()


def all_pages(site: Path) -> list[str]:
    return sorted("/" + quote(str(p.relative_to(site).parent)) + "/" if p.parent != site else "/"
                  for p in site.rglob("index.html") if p.parent.name != "search")


def test_every_page_renders_cleanly(page, built_site, site_url):
    problems = []
    visited = 0
    for path in all_pages(built_site):
        page.console_errors.clear()
        page.goto(site_url + path, wait_until="load")
        if page.locator(".arithmatex:not(:has(.katex))").count():
            problems.append(f"{path}: a formula not typeset")
        if raw := page.evaluate(UNRENDERED_MATH):
            problems.append(f"{path}: raw math left in prose: {raw}")
        if broken := page.evaluate(BROKEN_IMAGES):
            problems.append(f"{path}: broken images {broken}")
        problems.extend(page.console_errors)
        visited += 1
    print(f"visited {visited} pages")
    assert visited > 150
    assert not problems, "\n".join(problems[:40])


def test_graph_view_renders_every_note_and_clicking_a_node_navigates(page, built_site, site_url):
    graph = json.loads((built_site / "assets" / "graph.json").read_text("utf-8"))
    page.goto(site_url + "/" + quote("图谱/"))
    nodes = page.locator("#mlvault-graph a.mlvault-graph-node")
    nodes.first.wait_for()
    assert nodes.count() == len(graph["nodes"]) == len(frontmatter_of_notes())
    page.wait_for_timeout(1500)  # let the layout settle before the screenshot
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"), full_page=True)

    page.select_option("#mlvault-graph-filters [name=difficulty]", "高级")
    advanced = [n for n in graph["nodes"] if n["difficulty"] == "高级"]
    page.wait_for_function(f"() => document.querySelectorAll('#mlvault-graph a.mlvault-graph-node').length === {len(advanced)}")
    page.select_option("#mlvault-graph-filters [name=difficulty]", "")
    page.select_option("#mlvault-graph-filters [name=tag]", "信息论")
    tagged = [n for n in graph["nodes"] if any(t == "信息论" or t.startswith("信息论/") for t in n["tags"])]
    page.wait_for_function(f"() => document.querySelectorAll('#mlvault-graph a.mlvault-graph-node').length === {len(tagged)}")

    target = page.locator("#mlvault-graph a.mlvault-graph-node[data-note='信息论/交叉熵.md']")
    target.locator("circle").click(force=True)
    page.wait_for_url(re.compile(quote("信息论/交叉熵/")))
    assert page.locator("article h1").inner_text().strip().rstrip("¶") == "交叉熵"


def test_local_graph_shows_the_neighbours_of_the_note(page, built_site, site_url):
    graph = json.loads((built_site / "assets" / "graph.json").read_text("utf-8"))
    note = "信息论/交叉熵.md"
    neighbours = {e["target"] for e in graph["edges"] if e["source"] == note} | {
        e["source"] for e in graph["edges"] if e["target"] == note
    }
    page.goto(site_url + url_of(note))
    local = page.locator(".mlvault-local-graph a.mlvault-graph-node")  # shown, not folded away
    local.first.wait_for()
    assert local.count() == len(neighbours | {note})


def test_tag_page_lists_exactly_the_notes_with_that_tag_or_a_child(page, site_url):
    expected = sorted(
        meta["title"] for meta in frontmatter_of_notes().values()
        if any(t == "信息论" or t.startswith("信息论/") for t in meta.get("tags", []))
    )
    page.goto(site_url + "/" + quote("标签/信息论/"))
    listed = sorted(page.locator("article li > a").all_inner_texts())
    assert listed == expected
    page.goto(site_url + url_of("信息论/交叉熵.md"))
    chip = page.locator(".mlvault-tags a").first
    chip_tag = chip.inner_text().lstrip("#")
    chip.click()
    page.wait_for_url(re.compile(quote(f"标签/{chip_tag}/")))


def test_dashboard_numbers_equal_the_frontmatter(page, site_url):
    by_folder: dict[str, list] = defaultdict(list)
    for path, meta in frontmatter_of_notes().items():
        by_folder[path.split("/")[0]].append(meta)
        by_folder["全部"].append(meta)
    page.goto(site_url + "/" + quote("学习进度/"))
    for folder, metas in by_folder.items():
        shown_count = page.locator(f'[data-stat="notes"][data-folder="{folder}"]').inner_text()
        assert int(shown_count) == len(metas), folder
        masteries = [int(str(m["mastery"]).rstrip("%")) for m in metas if "mastery" in m]
        shown_mean = page.locator(f'[data-stat="mastery"][data-folder="{folder}"]').inner_text()
        assert shown_mean == f"{sum(masteries) / len(masteries):.1f}%", folder
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


@pytest.mark.parametrize(
    ("query", "title"),
    [("熵", "信息量与熵"), ("梯度下降", "梯度下降"), ("反向传播", "反向传播"), ("entropy", "信息量与熵"),
     ("backprop", "反向传播"), ("softmax", "Softmax函数"), ("交叉熵", "交叉熵")],
)
def test_search_finds_notes_by_chinese_words_english_aliases_and_formula_names(page, site_url, query, title):
    page.goto(site_url + "/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    # Material's Chinese segmentation joins words with zero-width spaces
    titles = [t.replace("\u200b", "").strip() for t in page.locator(".md-search-result__item h1").all_inner_texts()]
    assert title in titles[:5], (query, titles[:5])
