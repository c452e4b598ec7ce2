"""Check a built site: every internal link and anchor of every HTML page leads somewhere."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from .parse import EXTERNAL


class _PageLinks(HTMLParser):
    """Ids and internal link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            url = attributes.get(name)
            if url is not None and not EXTERNAL.match(url):
                self.targets.append(url)


def site_link_problems(site_dir: Path) -> list[str]:
    """Internal links of a built site that lead nowhere, as ``page: url`` lines.

    Every ``href``/``src`` without a scheme in every HTML page must name a file of the site (a folder
    means its ``index.html``; a leading ``/`` is the site root) and, with a ``#fragment``, an element of
    that page with this id (or an ``<a name>``). Use it on ``mkdocs build`` output.
    """
    pages: dict[Path, _PageLinks] = {}
    for page in sorted(site_dir.rglob("*.html")):
        parser = _PageLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        pages[page.resolve()] = parser
    problems = []
    for page, parser in pages.items():
        for url in parser.targets:
            path, _, fragment = url.partition("#")
            path = unquote(path.partition("?")[0])
            if not path:
                target = page
            else:
                base = site_dir.resolve() if path.startswith("/") else page.parent
                target = (base / path.lstrip("/")).resolve()
                if target.is_dir():
                    target = target / "index.html"
            page_name = page.relative_to(site_dir.resolve()).as_posix()
            if not target.is_file():
                problems.append(f"{page_name}: {url} (no such file)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in pages[target].ids:
                problems.append(f"{page_name}: {url} (no such anchor)")
    return problems
