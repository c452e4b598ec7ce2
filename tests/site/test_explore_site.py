"""Explorations in Chromium: the slider swaps the figure without a request, by keyboard too; the URL
query keeps the setting (a scroll, which moves the fragment, does not lose it); without JavaScript the default shows and no control."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

GRADIENT_DESCENT = "/" + quote("优化/梯度下降/")
SOFTMAX = "/" + quote("深度学习/Softmax函数/")


def figure(root):
    """The alt text of the exploration's visible figure (the figure's titles: they name the setting)."""
    return root.locator(".mlvault-explore-shown img.mlvault-figure").first.get_attribute("alt")


def test_the_slider_swaps_the_figure_by_keyboard_without_a_request(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + GRADIENT_DESCENT)
    root = page.locator(".mlvault-explore").first
    slider = root.locator("input[type=range]")
    assert root.locator(".mlvault-explore-controls").is_visible()
    assert root.locator("output").text_content() == "默认"
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    before = figure(root)
    slider.focus()
    page.keyboard.press("ArrowRight")
    assert root.locator("output").text_content() == "0.01"
    assert figure(root) != before and "0.01" in figure(root)
    page.keyboard.press("End")
    assert root.locator("output").text_content() == "2.1" and "发散" in figure(root)
    assert requests == [], "every setting is on the page already"
    page.mouse.wheel(0, 2000)  # navigation.tracking rewrites the fragment as the page scrolls
    page.wait_for_timeout(500)
    identifier = root.get_attribute("id")
    assert page.evaluate("id => new URLSearchParams(location.search).get(id)", identifier) == "lr:2.1"
    page.close()


def test_the_query_restores_the_setting(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + SOFTMAX)
    root = page.locator(".mlvault-explore").first
    assert root.locator("output").text_content() == "1"  # the snippet's own default
    identifier = root.get_attribute("id")
    page.goto(f"{site_url}{SOFTMAX}?{identifier}=temperature:0.1")
    root = page.locator(".mlvault-explore").first
    assert root.locator("output").text_content() == "0.1"
    assert "T = 0.1" in figure(root)
    page.goto(f"{site_url}{SOFTMAX}#{identifier}=temperature:4")  # a link that keeps it in the fragment
    page.reload()
    root = page.locator(".mlvault-explore").first
    assert root.locator("output").text_content() == "4" and "T = 4" in figure(root)
    page.close()


def test_without_javascript_the_default_shows_and_no_control(browser_without_javascript, site_url):
    page = browser_without_javascript.new_page()
    page.goto(site_url + GRADIENT_DESCENT)
    root = page.locator(".mlvault-explore").first
    assert not root.locator(".mlvault-explore-controls").is_visible()
    assert "η = 0.1" in figure(root) and "η = 2.1" in figure(root), "the default: the comparison of four"
    page.close()
