"""MkDocs hook: the site as a study tool — graph view, tag pages, study dashboard, "tested by", source pages.

Runs after ``links.py`` (which parses the vault once and publishes the graph on ``linkgraph.current``)
and generates pages from that graph; nothing here reads ``vault/`` again or writes into it.

* ``on_files``: add the generated pages (home, ``图谱``, ``标签/…``, ``学习进度``).
* ``on_nav``: home and the study pages first, then the folders in reading order, each folder's hub first;
  tag and source pages stay out of the sidebar (the tags index links the former, notes the latter).
* ``on_page_markdown``: under a note's title, its tag chips; at the end, "验证代码" and the local graph.
* ``on_page_content``: internal links carry ``data-note-title`` so that print shows the target note.
* ``on_nav`` also highlights the source pages (``源码/…``) that "验证代码" links to (into a cache, while
  the examples run in the background); ``on_post_build`` copies them into the site.
"""

from __future__ import annotations

import hashlib
import pickle
import posixpath
import re
import shutil
import sys
from html import escape
from urllib.parse import unquote
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section

_SCRIPTS = Path(__file__).resolve().parents[1]
if str(_SCRIPTS) not in sys.path:
    sys.path.insert(0, str(_SCRIPTS))

import execution  # noqa: E402
import linkgraph  # noqa: E402
import sitepages  # noqa: E402

REPO_ROOT = _SCRIPTS.parent
TOP_PAGES = ["index.md", sitepages.GRAPH_PAGE, sitepages.DASHBOARD_PAGE, sitepages.TAGS_INDEX]
FIRST_HEADING = re.compile(r"^# .*$", re.M)
INTERNAL_LINK = re.compile(r'<a href="(?![a-z]+:|#)([^"]+)"')

_state: dict[str, object] = {}


@event_priority(-50)  # after links.py has built the graph
def on_files(files: Files, config) -> Files:
    graph = linkgraph.current["graph"].to_json()
    code = _code_index()
    _state.update(graph=graph, code=code, tags={n["id"]: n["tags"] for n in graph["nodes"]})
    pages = {
        "index.md": sitepages.home_page(graph),
        sitepages.GRAPH_PAGE: sitepages.graph_page(),
        sitepages.DASHBOARD_PAGE: sitepages.dashboard_page(graph, sitepages.FOLDER_ORDER),
        **sitepages.tag_pages(graph),
    }
    for src_uri, content in pages.items():
        if files.get_file_from_path(src_uri) is None:
            files.append(_generated_file(config, src_uri, content))
    return files


def _code_index() -> sitepages.CodeIndex:
    """The code index, rebuilt only when a module or test changed (``serve`` rebuilds reuse it).

    Reading every module and test with ``ast`` takes about half a second, so the index is also kept on
    disk (``.cache/code-index/``), keyed by the content of those files and of ``sitepages.py``."""
    files = sorted([*(REPO_ROOT / "mlvault").rglob("*.py"), *(REPO_ROOT / "tests").rglob("test_*.py")])
    signature = tuple((str(f), f.stat().st_mtime_ns) for f in files)
    if _state.get("code_signature") != signature:
        digest = hashlib.sha256()
        for path in [*files, Path(sitepages.__file__)]:
            digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
        stored = execution.cache_root() / "code-index" / f"{digest.hexdigest()}.pickle"
        try:
            index = pickle.loads(stored.read_bytes())
        except Exception:  # noqa: BLE001  (absent, partial or unreadable: build it again)
            index = sitepages.CodeIndex(REPO_ROOT)
            execution.write_atomically(stored, pickle.dumps(index))
        _state["code_index"], _state["code_signature"] = index, signature
    return _state["code_index"]  # type: ignore[return-value]


def _generated_file(config, src_uri: str, content: str) -> File:
    """A generated page backed by a file that is rewritten only when its content changes, so that
    ``mkdocs serve --dirty`` re-renders it only then (in-memory pages always count as modified).

    One folder per vault (``.cache/generated/<hash of docs_dir>``): builds of different vaults never share.
    """
    root = execution.cache_root() / "generated" / hashlib.sha256(str(Path(config["docs_dir"]).resolve()).encode()).hexdigest()[:16]
    path = root / src_uri
    if not path.is_file() or path.read_text("utf-8") != content:
        execution.write_atomically(path, content)
    return File(src_uri, src_dir=str(root), dest_dir=config["site_dir"], use_directory_urls=config["use_directory_urls"])


def _top_level_key(item) -> tuple[int, str]:
    """Home, the generated study pages, then the vault's folders in reading order."""
    if isinstance(item, Section):
        title = item.title or ""
        rank = sitepages.FOLDER_ORDER.index(title) if title in sitepages.FOLDER_ORDER else len(sitepages.FOLDER_ORDER)
        return (10 + rank, title)
    src = item.file.src_uri
    return (TOP_PAGES.index(src), src) if src in TOP_PAGES else (9, src)


def on_nav(nav: Navigation, config, files: Files) -> Navigation:
    """Top level in reading order; inside a folder its hub(s) first (page titles are not read yet: use the graph's)."""
    _state["source_pages"] = _highlight_source_pages()
    titles = {n["id"]: n["title"] for n in _state["graph"]["nodes"]}  # type: ignore[index]
    # Tag pages and source pages are reached from the tags index and from notes, not from the sidebar.
    tags_index = next(page for page in nav.pages if page.file.src_uri == sitepages.TAGS_INDEX)
    nav.items = [item for item in nav.items if not (isinstance(item, Section) and item.title == "标签")]
    nav.items.append(tags_index)
    nav.items.sort(key=_top_level_key)
    for item in nav.items:
        if isinstance(item, Section) and item.title in sitepages.FOLDER_ORDER:
            item.children.sort(key=lambda page: sitepages.reading_key({"folder": item.title, "title": titles[page.file.src_uri]}))
    return nav


@event_priority(50)  # after links.py rendered the links, before markdown-exec runs the fences
def on_page_markdown(markdown: str, page, config, files: Files) -> str:
    src = page.file.src_uri
    tags = _state["tags"].get(src)  # type: ignore[union-attr]
    if tags is None:
        return markdown
    chips = sitepages.tag_links(src, tags)
    heading = FIRST_HEADING.search(markdown)
    if heading and chips:
        markdown = markdown[: heading.end()] + "\n\n" + chips + markdown[heading.end() :]
    code: sitepages.CodeIndex = _state["code"]  # type: ignore[assignment]
    snippets = [match["path"] for match in execution.SNIPPET_INCLUDE.finditer(markdown)]
    return markdown + code.tested_by_section(page.url, snippets) + sitepages.local_graph_block(src)


def _highlight_source_pages() -> dict[str, Path]:
    """The highlighted source page of every file "验证代码" links to (cached by content: highlighting is slow)."""
    code: sitepages.CodeIndex = _state["code"]  # type: ignore[assignment]
    cache = execution.cache_root() / "source-pages"
    pages = {}
    for relative in code.source_files():
        text = (REPO_ROOT / relative).read_text("utf-8")
        to_root = "../" * (relative.count("/") + 1)
        key = hashlib.sha256(f"{relative}\0{to_root}\0{text}".encode()).hexdigest()
        cached = cache / f"{key}.html"
        if not cached.is_file():
            execution.write_atomically(cached, sitepages.render_source_page(relative, text, to_root))
        pages[sitepages.source_url(relative)] = cached
    return pages


def on_post_build(config) -> None:
    """Copy the highlighted source pages into the site."""
    for url, cached in _state["source_pages"].items():  # type: ignore[union-attr]
        target = Path(config["site_dir"]) / url
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)


def on_page_content(html: str, page, config, files: Files) -> str:
    """Give each internal link the title of the note it points to (shown after the link when printed)."""
    titles: dict[str, str] = _state.setdefault("titles_by_url", {})  # type: ignore[assignment]
    if not titles:
        for file in files.documentation_pages():
            node = next((n for n in _state["graph"]["nodes"] if n["id"] == file.src_uri), None)  # type: ignore[index]
            if node:
                titles[unquote(file.url)] = node["title"]
    base = unquote(page.url)

    def annotate(match: re.Match[str]) -> str:
        href = match[1]
        target = _resolve(base, href.split("#")[0])
        title = titles.get(target)
        return f'{match[0]} data-note-title="{escape(title, quote=True)}"' if title else match[0]

    return INTERNAL_LINK.sub(annotate, html)


def _resolve(base_url: str, href: str) -> str:
    """Site-relative URL of ``href`` as written on the page at ``base_url`` (directory URLs)."""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base_url.rstrip("/") + "/x"), unquote(href)))
    joined = "" if joined == "." else joined
    return joined + "/" if joined and not joined.endswith((".html", "/")) else joined
