"""The note graphs in Chromium, on a desktop (1440 px) and a phone (390 × 844): every dot inside the canvas
after the layout and after every filter change, labels that never overlap, the hovered (or focused) note's
neighbours highlighted, the local graph in view near the top of a note and capped at depth 2, and d3
fetched only by a page that draws a graph."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from conftest import REPO_ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = REPO_ROOT / "test-artifacts"
GRAPH_PAGE = "/" + quote("图谱/")
NOTE = "信息论/交叉熵.md"  # 17 neighbours: depth 2 has more notes to choose from than the cap
LOCAL_CAP = 25
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440px", "390px"])

# The canvas, the dots that fall outside it and the pairs of shown labels whose boxes overlap (on screen).
MEASURE = """(selector) => {
  const container = document.querySelector(selector);
  const canvas = container.querySelector("svg").getBoundingClientRect();
  const dots = [...container.querySelectorAll("a.mlvault-graph-node circle")].map((c) => c.getBoundingClientRect());
  const outside = dots.filter((d) => d.left < canvas.left - 0.5 || d.right > canvas.right + 0.5
                                  || d.top < canvas.top - 0.5 || d.bottom > canvas.bottom + 0.5).length;
  const labels = [...container.querySelectorAll(".mlvault-graph-labels text")]
    .filter((t) => t.textContent.trim() && getComputedStyle(t).display !== "none")
    .map((t) => ({ note: t.dataset.note, box: t.getBoundingClientRect() }))
    .filter((l) => l.box.width > 0);
  const overlapping = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
      overlapping.push([a.note, b.note]);
  }));
  const labelsOutside = labels.filter((l) => l.box.left < canvas.left || l.box.right > canvas.right
                                          || l.box.top < canvas.top || l.box.bottom > canvas.bottom).length;
  const xs = dots.map((d) => (d.left + d.right) / 2), ys = dots.map((d) => (d.top + d.bottom) / 2);
  const fill = dots.length > 1 ? Math.max((Math.max(...xs) - Math.min(...xs)) / canvas.width,
                                          (Math.max(...ys) - Math.min(...ys)) / canvas.height) : 1;
  const offCentre = dots.length ? Math.max(
    Math.abs((Math.max(...xs) + Math.min(...xs)) / 2 - (canvas.left + canvas.right) / 2) / canvas.width,
    Math.abs((Math.max(...ys) + Math.min(...ys)) / 2 - (canvas.top + canvas.bottom) / 2) / canvas.height) : 0;
  return { dots: dots.length, outside, labels: labels.map((l) => l.note), overlapping, labelsOutside, fill,
           offCentre, canvas: [canvas.width, canvas.height] };
}"""


@pytest.fixture(scope="module")
def graph(built_site):
    return json.loads((built_site / "assets" / "graph.json").read_text("utf-8"))


def neighbours_of(graph: dict) -> dict[str, set[str]]:
    adjacent = {n["id"]: set() for n in graph["nodes"]}
    for e in graph["edges"]:
        if e["source"] != e["target"]:
            adjacent[e["source"]].add(e["target"])
            adjacent[e["target"]].add(e["source"])
    return adjacent


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    assert page.errors == []
    page.close()


def open_graph(page, site_url, count: int):
    page.goto(site_url + GRAPH_PAGE)
    settled(page, "#mlvault-graph", count)


def settled(page, selector: str, count: int):
    """Wait until the graph shows ``count`` notes with their labels placed, and for a resize to be fitted."""
    page.wait_for_function(
        """([selector, count]) => {
          const el = document.querySelector(selector);
          return el && el.querySelectorAll("a.mlvault-graph-node").length === count && el.dataset.labels !== undefined;
        }""",
        arg=[selector, count],
    )
    page.wait_for_timeout(300)


def check_fitted(page, selector: str, what: str) -> dict:
    measured = page.evaluate(MEASURE, selector)
    assert measured["outside"] == 0, f"{what}: {measured['outside']} of {measured['dots']} dots outside the canvas"
    assert measured["overlapping"] == [], f"{what}: overlapping labels {measured['overlapping']}"
    assert measured["labelsOutside"] == 0, f"{what}: labels cut by the canvas' edge"
    return measured


@VIEWPORTS
def test_global_graph_fits_its_canvas_and_its_labels_never_overlap(page, site_url, graph, viewport):
    page.set_viewport_size(viewport)
    open_graph(page, site_url, len(graph["nodes"]))
    measured = check_fitted(page, "#mlvault-graph", f"{viewport['width']} px")
    assert measured["fill"] > 0.75, f"the graph fills {measured['fill']:.0%} of its canvas"
    # labels by importance: the most linked notes are named at the default zoom
    degree = {n: len(ns) for n, ns in neighbours_of(graph).items()}
    hubs = sorted(degree, key=lambda n: -degree[n])[:3]
    assert set(hubs) <= set(measured["labels"]), (hubs, measured["labels"])
    assert len(measured["labels"]) >= (30 if viewport["width"] > 1000 else 12)
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#mlvault-graph").screenshot(path=str(ARTIFACTS / f"graph-{viewport['width']}.png"))


@VIEWPORTS
def test_every_filter_change_fits_the_shown_notes_again(page, site_url, graph, viewport):
    page.set_viewport_size(viewport)
    open_graph(page, site_url, len(graph["nodes"]))
    for field, value, shown in [
        ("difficulty", "高级", [n for n in graph["nodes"] if n["difficulty"] == "高级"]),
        ("difficulty", "", graph["nodes"]),
        ("tag", "信息论", [n for n in graph["nodes"] if any(t == "信息论" or t.startswith("信息论/") for t in n["tags"])]),
        ("tag", "", graph["nodes"]),
    ]:
        page.select_option(f"#mlvault-graph-filters [name={field}]", value)
        settled(page, "#mlvault-graph", len(shown))
        measured = check_fitted(page, "#mlvault-graph", f"{field}={value!r} at {viewport['width']} px")
        assert measured["dots"] == len(shown)
        assert measured["offCentre"] < 0.05, f"{field}={value!r}: not centred ({measured['offCentre']:.0%} off)"
        if len(shown) > 20:
            assert measured["fill"] > 0.75, f"{field}={value!r}: the graph fills {measured['fill']:.0%}"


def test_resizing_the_window_fits_the_graph_again(page, site_url, graph):
    page.set_viewport_size(DESKTOP)
    open_graph(page, site_url, len(graph["nodes"]))
    page.set_viewport_size(PHONE)  # a window made narrow, a tablet turned
    page.wait_for_function("() => document.querySelector('#mlvault-graph svg').getAttribute('width') < 400")
    page.wait_for_timeout(300)
    check_fitted(page, "#mlvault-graph", "after a resize to 390 px")


def test_zooming_in_names_more_notes_without_overlap(page, site_url, graph):
    page.set_viewport_size(DESKTOP)
    open_graph(page, site_url, len(graph["nodes"]))
    before = page.evaluate(MEASURE, "#mlvault-graph")
    box = page.locator("#mlvault-graph svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(3):
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(150)
    after = page.evaluate(MEASURE, "#mlvault-graph")
    assert after["overlapping"] == [] and after["labelsOutside"] == 0
    assert set(after["labels"]) - set(before["labels"]), f"zooming in named no new note ({len(before['labels'])} before)"


def opacity(page, note: str, selector: str = "#mlvault-graph") -> float:
    return page.evaluate(
        "([selector, note]) => +getComputedStyle(document.querySelector(`${selector} a.mlvault-graph-node[data-note='${note}']`)).opacity",
        [selector, note],
    )


@pytest.mark.parametrize("how", ["hover", "keyboard"])
def test_hovering_or_focusing_a_note_highlights_its_neighbours_and_dims_the_rest(page, site_url, graph, how):
    page.set_viewport_size(DESKTOP)
    open_graph(page, site_url, len(graph["nodes"]))
    adjacent = neighbours_of(graph)
    node = page.locator(f"#mlvault-graph a.mlvault-graph-node[data-note='{NOTE}']")
    page.locator("#mlvault-graph").scroll_into_view_if_needed()  # the page stays put under the pointer
    if how == "hover":
        node.locator("circle").hover(force=True)
    else:
        node.focus()
    page.wait_for_function("() => document.querySelector('#mlvault-graph a.mlvault-graph-node.is-focus')")
    focused = page.locator("#mlvault-graph a.mlvault-graph-node.is-focus").get_attribute("data-note")
    assert focused == NOTE
    page.wait_for_timeout(400)  # the fade
    near = adjacent[NOTE] | {NOTE}
    others = sorted(set(adjacent) - near)
    assert all(opacity(page, n) == 1 for n in near)
    assert all(opacity(page, n) < 0.5 for n in others[:: max(1, len(others) // 10)])
    measured = check_fitted(page, "#mlvault-graph", f"while {how}ing")
    assert NOTE in measured["labels"] and set(measured["labels"]) <= near
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"graph-{how}.png"))
    if how == "hover":
        page.mouse.move(0, 0)
    else:
        page.locator("#mlvault-graph-filters [name=tag]").focus()
    page.wait_for_timeout(400)
    assert all(opacity(page, n) == 1 for n in others[:5])


def local_depth_two(graph: dict, note: str) -> set[str]:
    """The neighbours, then the depth-2 notes with the most links into them (then the most links), to the cap."""
    adjacent = neighbours_of(graph)
    keep = adjacent[note] | {note}
    into: dict[str, int] = {}
    for n in keep:
        for other in adjacent[n] - keep:
            into[other] = into.get(other, 0) + 1
    ranked = sorted(into, key=lambda n: (-into[n], -len(adjacent[n]), n))
    return keep | set(ranked[: max(0, LOCAL_CAP - len(keep))])


def local_nodes(page) -> set[str]:
    return set(page.locator(".mlvault-local-graph a.mlvault-graph-node").evaluate_all("els => els.map(e => e.dataset.note)"))


def test_local_graph_is_in_view_in_the_sidebar_of_a_wide_screen_and_capped_at_depth_two(page, site_url, graph):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "/" + quote(NOTE.removesuffix(".md") + "/"))
    local = page.locator(".md-sidebar--secondary .mlvault-local-graph")
    settled(page, ".mlvault-local-graph", len(neighbours_of(graph)[NOTE]) + 1)
    assert local.is_visible()
    box = local.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"], f"not in view without scrolling: {box}"
    assert page.locator("details .mlvault-local-graph").count() == 0
    assert local_nodes(page) == neighbours_of(graph)[NOTE] | {NOTE}
    check_fitted(page, ".mlvault-local-graph", "local graph, depth 1")
    page.select_option(".mlvault-local-graph-depth", "2")
    expected = local_depth_two(graph, NOTE)
    settled(page, ".mlvault-local-graph", len(expected))
    assert local_nodes(page) == expected and len(expected) == LOCAL_CAP
    check_fitted(page, ".mlvault-local-graph", "local graph, depth 2")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "local-graph-1440.png"))


def test_a_hub_keeps_every_neighbour_at_depth_two(page, site_url, graph):
    adjacent = neighbours_of(graph)
    hub = max(adjacent, key=lambda n: len(adjacent[n]))
    assert len(adjacent[hub]) + 1 > LOCAL_CAP
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "/" + quote(hub.removesuffix(".md") + "/"))
    settled(page, ".mlvault-local-graph", len(adjacent[hub]) + 1)
    page.select_option(".mlvault-local-graph-depth", "2")
    page.wait_for_timeout(300)
    assert local_nodes(page) == adjacent[hub] | {hub}


def test_local_graph_follows_the_opening_paragraph_on_a_phone(page, site_url, graph):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/" + quote(NOTE.removesuffix(".md") + "/"))
    settled(page, "article .mlvault-local-graph", len(neighbours_of(graph)[NOTE]) + 1)
    panel = page.locator("article .mlvault-local-graph-panel")
    assert panel.evaluate("""panel => {
      const first = document.querySelector("article h2");
      return !panel.closest("details") && Boolean(panel.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    }"""), "the local graph comes before the note's first section"
    check_fitted(page, "article .mlvault-local-graph", "local graph at 390 px")
    panel.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "local-graph-390.png"))
    page.set_viewport_size(DESKTOP)  # wider: into the sidebar
    page.wait_for_function("() => document.querySelector('.md-sidebar--secondary .mlvault-local-graph a.mlvault-graph-node')")


def test_d3_is_fetched_only_by_a_page_that_draws_a_graph(page, site_url, graph):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/" + quote("标签/")):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        assert not any("d3" in url for url in requested), (path, [u for u in requested if "d3" in u])
        assert page.evaluate("typeof window.d3") == "undefined"
    page.goto(site_url + GRAPH_PAGE)
    settled(page, "#mlvault-graph", len(graph["nodes"]))
    assert page.evaluate("typeof window.d3.forceSimulation") == "function"
    assert page.evaluate("[...document.scripts].some(s => s.src.endsWith('/assets/vendor/d3/d3.min.js'))")


def test_without_javascript_a_note_shows_no_empty_graph(browser_without_javascript, site_url):
    page = browser_without_javascript.new_page()
    page.goto(site_url + "/" + quote(NOTE.removesuffix(".md") + "/"))
    assert page.locator(".mlvault-local-graph-slot").count() == 1
    assert page.locator(".mlvault-local-graph-slot").bounding_box() is None or page.locator(".mlvault-local-graph-slot").bounding_box()["height"] == 0
    assert "局部图谱" not in page.locator("article").inner_text()
    page.close()
