"""The built site in headless Chromium: rendered math, executed output, figure, backlinks, search."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

ENTROPY_URL = "/" + quote("信息论/信息量与熵/")


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.console_errors = errors
    yield page
    page.close()


def test_entropy_note_renders_math_output_figure_and_backlinks(page, site_url):
    page.goto(site_url + ENTROPY_URL)
    article = page.locator("article")
    assert page.locator(".arithmatex .katex").count() >= 10  # typeset at build time: there on arrival
    assert "$" not in article.locator("p").all_inner_texts().__str__().replace("\\$", "")
    assert page.get_by_text("偏置硬币 (0.9, 0.1): H = 0.3250829734 nat").first.is_visible()  # the result tab is open
    figure = article.locator("img.mlvault-figure").first
    assert figure.evaluate("img => img.complete && img.naturalWidth > 300"), "the matplotlib figure is drawn"
    assert "抛硬币" in figure.get_attribute("alt")  # the figure's title, as alt text
    backlinks = page.locator("#反向链接 ~ ul a, .mlvault-backlinks a").all_inner_texts()
    assert any("信息论基础" in text for text in backlinks), backlinks
    assert page.console_errors == []


@pytest.mark.parametrize("query", ["熵", "entropy"])
def test_search_finds_the_entropy_note(page, site_url, query):
    page.goto(site_url + "/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    # Material's Chinese segmentation joins words with zero-width spaces
    titles = [t.replace("\u200b", "") for t in page.locator(".md-search-result__item").all_inner_texts()]
    assert any("信息量与熵" in title for title in titles), titles
