"""The built site from the bundled vault: computed outputs, figures, math markup, links, and an untouched vault."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin

from conftest import REPO_ROOT, tree_digest

ENTROPY_PAGE = Path("信息论/信息量与熵/index.html")


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])


def _parse(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_vault_is_byte_identical_after_the_build(built_site, vault_digest_before):
    assert tree_digest(REPO_ROOT / "vault") == vault_digest_before


def test_entropy_page_has_computed_output_figure_and_math(built_site):
    html = (built_site / ENTROPY_PAGE).read_text("utf-8")
    assert "偏置硬币 (0.9, 0.1): H = 0.3250829734 nat = " in html
    assert re.search(r'<img class="mlvault-figure" alt="[^"]*" src="data:image/svg\+xml,[^"]*%3Csvg ', html), "the matplotlib figure is embedded"
    assert 'class="arithmatex"' in html
    assert "Traceback" not in html and "exec=" not in html


def test_no_page_contains_a_traceback_or_an_unrendered_fence(built_site):
    for page in built_site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "Traceback (most recent call last)" not in text, page
        assert not re.search(r'exec=(&quot;|")on', text), page


def test_every_internal_link_and_anchor_resolves(built_site):
    pages = {p: _parse(p) for p in built_site.rglob("*.html")}
    ids = {p.resolve(): parsed.ids for p, parsed in pages.items()}
    broken = []
    for page, parsed in pages.items():
        base = "file://" + str(page)
        for href in parsed.links + parsed.images:
            if re.match(r"^[a-z]+:", href) and not href.startswith("file:"):
                continue
            if href.startswith("/"):  # root-relative (the 404 page): relative to the site's root
                href = "file://" + str(built_site) + href
            url, fragment = urldefrag(urljoin(base, href))
            target = Path(unquote(url.removeprefix("file://")))
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)} → {href}")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in ids.get(target.resolve(), set()):
                broken.append(f"{page.relative_to(built_site)} → {href} (missing anchor)")
    assert not broken, "\n".join(broken[:50])


def test_math_stylesheet_and_fonts_are_served_by_the_site_itself(built_site):
    assert (built_site / "assets/vendor/katex/katex.min.css").is_file()
    assert len(list((built_site / "assets/vendor/katex/fonts").glob("*.woff2"))) >= 10
    assert not (built_site / "assets/vendor/katex/katex.min.js").exists(), "formulas are typeset at build time"
