"""The site as a study tool, per page: reading-order navigation, tag chips, 验证代码, the local graph and
the target note's title on every internal link (shown after the link in print)."""

from __future__ import annotations

import posixpath
import re
from html import escape
from pathlib import Path
from urllib.parse import unquote

from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation, Section

from . import sitepages
from .cache import write_atomically

TOP_PAGES = ["index.md", sitepages.GRAPH_PAGE, sitepages.DASHBOARD_PAGE, sitepages.TAGS_INDEX]
FIRST_HEADING = re.compile(r"^# .*$", re.M)
INTERNAL_LINK = re.compile(r'<a href="(?![a-z]+:|#)([^"]+)"')


def generated_files(graph: dict, pdfs: list[str], root: Path, site_dir: str, use_directory_urls: bool) -> list[File]:
    """The pages the site generates (home, 图谱, 学习进度, 标签/…), each backed by a file under ``root``
    that is rewritten only when its content changes, so that ``mkdocs serve --dirty`` converts it again
    only then (an in-memory page always counts as modified)."""
    pages = {
        "index.md": sitepages.home_page(graph, pdfs),
        sitepages.GRAPH_PAGE: sitepages.graph_page(),
        sitepages.DASHBOARD_PAGE: sitepages.dashboard_page(graph, sitepages.FOLDER_ORDER),
        **sitepages.tag_pages(graph),
    }
    files = []
    for src_uri, content in pages.items():
        path = root / src_uri
        if not path.is_file() or path.read_text("utf-8") != content:
            write_atomically(path, content)
        files.append(File(src_uri, src_dir=str(root), dest_dir=site_dir, use_directory_urls=use_directory_urls))
    return files


def _top_level_key(item) -> tuple[int, str]:
    """Home, the generated study pages, then the vault's folders in reading order."""
    if isinstance(item, Section):
        title = item.title or ""
        rank = sitepages.FOLDER_ORDER.index(title) if title in sitepages.FOLDER_ORDER else len(sitepages.FOLDER_ORDER)
        return (10 + rank, title)
    src = item.file.src_uri
    return (TOP_PAGES.index(src), src) if src in TOP_PAGES else (9, src)


def order_navigation(nav: Navigation, titles: dict[str, str]) -> Navigation:
    """Top level in reading order; inside a folder its hub(s) first (``titles``: note path → title, as
    page titles are not read yet). Tag and source pages stay out of the sidebar: the tags index and the
    notes link them."""
    tags_index = next(page for page in nav.pages if page.file.src_uri == sitepages.TAGS_INDEX)
    nav.items = [item for item in nav.items if not (isinstance(item, Section) and item.title == "标签")]
    nav.items.append(tags_index)
    nav.items.sort(key=_top_level_key)
    for item in nav.items:
        if isinstance(item, Section) and item.title in sitepages.FOLDER_ORDER:
            item.children.sort(key=lambda page: sitepages.reading_key({"folder": item.title, "title": titles[page.file.src_uri]}))
    return nav


def decorate(markdown: str, src: str, tags: list[str], tested_by: str, under_title: str = "") -> str:
    """A note's page with its tag chips (and ``under_title``) under the title, then 验证代码 and the local
    graph at the end."""
    chips = sitepages.tag_links(src, tags) + under_title
    heading = FIRST_HEADING.search(markdown)
    if heading and chips:
        markdown = markdown[: heading.end()] + "\n\n" + chips + markdown[heading.end() :]
    return markdown + tested_by + sitepages.local_graph_block(src)


def annotate_links(html: str, page_url: str, titles_by_url: dict[str, str]) -> str:
    """Give each internal link the title of the note it points to (``data-note-title``)."""
    base = unquote(page_url)

    def annotate(match: re.Match[str]) -> str:
        target = _resolve(base, match[1].split("#")[0])
        title = titles_by_url.get(target)
        return f'{match[0]} data-note-title="{escape(title, quote=True)}"' if title else match[0]

    return INTERNAL_LINK.sub(annotate, html)


def _resolve(base_url: str, href: str) -> str:
    """Site-relative URL of ``href`` as written on the page at ``base_url`` (directory URLs)."""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base_url.rstrip("/") + "/x"), unquote(href)))
    joined = "" if joined == "." else joined
    return joined + "/" if joined and not joined.endswith((".html", "/")) else joined


def vendored_files(node_modules: Path, site_dir: str) -> list[File]:
    """KaTeX (math) and d3 (graph view) from ``node_modules/`` (``npm ci`` from the npm registry), served
    from the site itself: no third-party code committed, no CDN at view time."""
    katex, d3 = node_modules / "katex" / "dist", node_modules / "d3" / "dist"
    for dist in (katex, d3):
        if not dist.is_dir():
            raise FileNotFoundError(f"{dist} is missing: run `make site` (it runs `npm ci`).")
    names = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js",
             *(str(p.relative_to(katex)) for p in sorted((katex / "fonts").glob("*.woff2")))]
    vendored = [(katex, "katex", name) for name in names] + [(d3, "d3", "d3.min.js")]
    return [File(name, src_dir=str(dist), dest_dir=site_dir, use_directory_urls=False, dest_uri=f"assets/vendor/{package}/{name}")
            for dist, package, name in vendored]
