"""The site as a reader meets it: math without waiting, search that finds, previews anywhere, results in view.

Every page is read once with JavaScript off on a phone-sized screen (no raw TeX in what is shown, nothing
wider than the screen); search is asked every note title and alias through the site's own search worker;
previews are tried on a server at another port than the one the site was built for.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import socket
import threading
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
import yaml
from conftest import REPO_ROOT

pytestmark = pytest.mark.browser

# What a reader sees, code blocks aside (a code sample may print TeX as text, as the errata quote it).
VISIBLE_PROSE = """() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll("pre, code, script, style, template, .katex-mathml").forEach((el) => el.remove());
  document.body.after(copy);
  copy.hidden = false;
  const text = copy.innerText;
  copy.remove();
  return text;
}"""
RAW_TEX = re.compile(r"\\\(|\\\[|\\begin\{|\$[^$\n]{1,60}\$")
# The issue's queries, then the note each must list first.
QUERIES = {"KL散度": "KL散度", "kl散度": "KL散度", "L2正则": "正则化", "熵": "信息量与熵", "交叉熵": "交叉熵",
           "正态分布": "常见概率分布"}


def frontmatter() -> dict[str, dict]:
    notes = {}
    for path in sorted((REPO_ROOT / "vault").rglob("*.md")):
        text = path.read_text("utf-8")
        notes[path.relative_to(REPO_ROOT / "vault").as_posix()] = yaml.safe_load(text.split("---\n", 2)[1])
    return notes


def page_paths(site: Path) -> list[str]:
    return sorted("/" + quote(str(p.relative_to(site).parent)) + "/" if p.parent != site else "/"
                  for p in site.rglob("index.html") if p.parent.name != "search")


def test_no_page_shows_raw_tex_or_is_wider_than_a_phone_with_javascript_off(browser_without_javascript, built_site, site_url):
    page = browser_without_javascript.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    raw, wide = [], []
    for path in page_paths(built_site):
        page.goto(site_url + path, wait_until="load")
        if found := RAW_TEX.findall(page.evaluate(VISIBLE_PROSE)):
            raw.append(f"{unquote(path)}: {found[:3]}")
        if (overflow := page.evaluate("document.documentElement.scrollWidth - innerWidth")) > 0:
            wide.append(f"{unquote(path)}: {overflow} px wider than the screen")
    page.close()
    assert not raw, "\n".join(raw[:20])
    assert not wide, "\n".join(wide[:20])


def test_formulas_are_html_in_the_page_and_the_site_loads_no_math_script(built_site):
    html = (built_site / "信息论" / "交叉熵" / "index.html").read_text("utf-8")
    assert html.count('class="katex"') > 20 and 'class="katex-display"' in html
    assert "\\(" not in re.sub(r"<annotation.*?</annotation>", "", html)
    assert "katex.min.js" not in html and "auto-render" not in html
    # the table of contents shows formulas too (headings such as 「argmax 在严格递增变换下不变」)
    notation = (built_site / "附录" / "数学符号与希腊字母" / "index.html").read_text("utf-8")
    assert not re.search(r'md-ellipsis">\s*\\\(', notation)


def test_search_index_holds_no_tex_and_ranks_notes_above_listings(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    prose = {doc["location"]: re.sub(r"<code>.*?</code>", "", doc["title"] + doc["text"], flags=re.S) for doc in index["docs"]}
    with_tex = [location for location, text in prose.items() if RAW_TEX.search(text)]  # code may quote TeX
    assert not with_tex, with_tex[:5]
    boosts = {doc["location"].split("#")[0]: doc.get("boost") for doc in index["docs"]}
    assert all(boost == 0.1 for location, boost in boosts.items() if unquote(location).startswith("标签/"))
    assert not any(unquote(location).startswith("源码/") for location in boosts)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def elsewhere(built_site, site_port):
    """The built folder served at another port than the one the site was built for."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site))
    handler.log_message = lambda *args: None
    port = _free_port()
    assert port != site_port
    server = http.server.ThreadingHTTPServer(("localhost", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://localhost:{port}"
    server.shutdown()


def test_a_preview_with_typeset_math_appears_on_any_host_and_port(browser, elsewhere):
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(elsewhere + "/" + quote("信息论/信息量与熵/"))
    link = page.locator("article p a[data-note-title='交叉熵']").first
    link.hover()
    preview = page.locator(".mlvault-preview")
    preview.wait_for(timeout=10000)
    assert "交叉熵" in preview.inner_text() and preview.locator(".katex").count() > 0
    assert "\\(" not in preview.inner_text()
    page.keyboard.press("Escape")
    preview.wait_for(state="detached")
    page.mouse.move(0, 0)
    link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard: the same preview
    preview.wait_for(timeout=10000)
    # a link to a section previews that section
    section = page.locator("article a[data-note-title][href*='#']").first
    if section.count():
        section.hover()
        page.wait_for_timeout(600)
        assert page.locator(".mlvault-preview").count() == 1
    page.close()


@pytest.fixture(scope="module")
def search_worker(browser, site_url):
    """Ask the site's search worker (the one the search box uses) and return the first page each query lists."""
    page = browser.new_page()
    page.goto(site_url + "/")
    ask = """async (queries) => {
      const config = JSON.parse(document.getElementById("__config").textContent);
      const worker = new Worker(config.search);
      const reply = () => new Promise((resolve) => worker.addEventListener("message", (e) => resolve(e.data), { once: true }));
      const index = await (await fetch(new URL("search/search_index.json", new URL(config.base, location.href)))).json();
      worker.postMessage({ type: 0, data: { ...index, options: { suggest: false } } });
      await reply();
      const first = {};
      for (const query of queries) {
        worker.postMessage({ type: 2, data: query });
        const result = await reply();
        first[query] = result.data.items.length ? result.data.items[0][0].location.split("#")[0] : null;
      }
      worker.terminate();
      return first;
    }"""
    yield lambda queries: page.evaluate(ask, queries)
    page.close()


def test_every_title_and_alias_and_the_issue_queries_list_their_note_first(search_worker, built_site):
    graph = json.loads((built_site / "assets" / "graph.json").read_text("utf-8"))
    url = {node["title"]: node["url"] for node in graph["nodes"]}
    expected = dict(QUERIES)
    for meta in frontmatter().values():
        for name in [meta["title"], *(meta.get("aliases") or [])]:
            expected[str(name)] = meta["title"]
    first = search_worker(list(expected))
    wrong = [f"{query!r} → {unquote(first[query] or 'nothing')} (want {title})"
             for query, title in expected.items() if first[query] != url[title]]
    print(f"{len(expected) - len(wrong)} of {len(expected)} queries list their note first")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("query", "title"), QUERIES.items())
def test_the_search_box_lists_the_note_first(browser, site_url, query, title):
    page = browser.new_page()
    page.goto(site_url + "/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(query)
    page.locator("input.md-search__input").press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    first = page.locator(".md-search-result__item h1").first.inner_text().replace("\u200b", "").strip()
    assert first == title
    assert "\\(" not in page.locator(".md-search-result").inner_text()
    page.close()


def test_results_are_in_view_without_a_click(browser, built_site, site_url):
    # every executed block opens on its result
    closed = []
    for html_file in built_site.rglob("index.html"):
        html = html_file.read_text("utf-8")
        for tabs in re.findall(r'<div class="tabbed-set[^>]*><input[^>]*/?><input[^>]*/?>', html):
            if 'id="exec-' in tabs and not re.search(r'<input checked="checked" id="exec-[^"]+_2"', tabs):
                closed.append(str(html_file.relative_to(built_site)))
    assert not closed, closed[:10]
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "/" + quote("信息论/交叉熵/"))
    # outside folded solutions (which a reader opens on purpose)
    results = page.locator("article > .tabbed-set:has(> input[id^='exec-']) > .tabbed-content > .tabbed-block:nth-child(2)")
    assert results.count() >= 3 and all(results.nth(i).is_visible() for i in range(results.count()))
    labels = page.locator(".tabbed-set:has(> input[id^='exec-']) .tabbed-labels").first.inner_text()
    assert "代码" in labels and "运行结果" in labels
    # long output lines wrap instead of hiding past the edge
    clipped = page.evaluate("""() => [...document.querySelectorAll(
        ".tabbed-set:has(> input[id^='exec-']) > .tabbed-content > .tabbed-block:nth-child(2) pre > code")]
        .filter((code) => code.scrollWidth > code.clientWidth + 1).length""")
    assert clipped == 0
    page.close()


def test_backlink_contexts_render_markdown(built_site):
    literal = []
    for html_file in built_site.rglob("index.html"):
        section = html_file.read_text("utf-8").partition('id="反向链接"')[2].partition("<h2")[0]
        if "**" in re.sub(r"<[^>]+>", "", section):
            literal.append(str(html_file.relative_to(built_site)))
    assert not literal, literal[:10]


def test_tags_keep_their_case(built_site):
    chips = (built_site / "信息论" / "KL散度" / "index.html").read_text("utf-8")
    assert "#信息论/KL散度" in chips and "#信息论/kl散度" not in chips
    assert (built_site / "标签" / "信息论" / "KL散度" / "index.html").is_file()


def test_source_pages_are_site_pages_and_mark_the_linked_line(browser, built_site, site_url):
    html = (built_site / "信息论" / "信息量与熵" / "index.html").read_text("utf-8")
    link = re.search(r'<ul class="mlvault-tested">.*?<a href="([^"]+#L-\d+)"', html, re.S)[1]
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/" + quote("信息论/信息量与熵/") + link)
    assert page.locator("header.md-header").is_visible() and page.locator(".md-search").count() == 1
    target = page.locator(":target")
    assert target.count() == 1 and target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    box = target.bounding_box()
    assert 0 < box["y"] < 900
    page.close()


def test_no_page_asks_for_a_favicon_the_site_does_not_have(browser, site_url):
    missing = []
    page = browser.new_page()
    page.on("response", lambda response: missing.append(response.url) if response.status == 404 else None)
    for path in ("/", "/" + quote("源码/mlvault/information.py/"), "/" + quote("信息论/交叉熵/")):
        page.goto(site_url + path, wait_until="load")
    page.close()
    assert not missing, missing
