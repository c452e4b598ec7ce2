"""Reuse a page's converted HTML and its search entries when nothing that shapes them has changed.

After the execution cache, a warm build still spends most of its time converting Markdown (superfences,
markdown-exec re-rendering every block's output, Pygments) and indexing pages for search (an HTML parse
and jieba's segmentation of every Chinese sentence). Both are pure functions of inputs we can name:

- **Conversion** (MkDocs' ``Page.render``): the page's Markdown after every ``on_page_markdown`` hook (links
  already rendered), its source and output paths, the site's file list (relative links are resolved
  against it), the configuration file, our build scripts and the versions of the Markdown toolchain —
  plus what the conversion reads on the way, recorded as it happens: the content of each ``--8<--``
  file, and for executed blocks the ``mlvault`` modules they import (transitively) and the versions of
  Python, numpy, scipy, torch and matplotlib.
- **Search entries** (Material's ``SearchIndex.add_entry_from_context``): the page's final HTML, URL,
  title, metadata and table of contents, and the search plugin's configuration.

An entry stores the result and its recorded dependencies; a lookup re-hashes the dependencies and treats
any difference as a miss, so stale output is never shown. A conversion that logged a warning is never
stored (strict mode must see the warning again), nor one that raised. Entries are checksummed and written
atomically (:class:`execution.ExecCache`); ``MLVAULT_CACHE=off`` turns this cache off with the others.

Under ``mkdocs serve --dirty`` the dependencies recorded for each rendered page also say which pages an
edit to a snippet or an ``mlvault`` module must render again (MkDocs only looks at a page's own file).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import execution

FORMAT = 2
TOOLCHAIN = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "markdown-exec", "pygments", "jieba")
SCRIPTS_DIR = Path(__file__).resolve().parent


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def scripts_digest() -> str:
    """The build scripts and hooks: a change to how pages are produced invalidates every page."""
    files = sorted([*SCRIPTS_DIR.glob("*.py"), *SCRIPTS_DIR.glob("hooks/*.py")])
    return _digest(*(f"{path.name}={hashlib.sha256(path.read_bytes()).hexdigest()}" for path in files))


class PageCache:
    """Page results stored with the dependencies they were computed from, validated on every lookup."""

    def __init__(self, directory: Path, context: str, package: execution.PackageIndex) -> None:
        self.store = execution.ExecCache(directory)
        self.context = context
        self.package = package
        self.used: set[str] = set()
        self.hits = self.misses = 0
        self._this_build: dict[str, dict] = {}  # payloads already checked or computed by this build
        self.dependencies_of: dict[str, dict] = {}  # ...and what each was computed from
        self._file_digests: dict[tuple[str, int, int], str] = {}

    def key(self, *parts: str) -> str:
        return _digest(f"format={FORMAT}", self.context, *parts)

    def _file_digest(self, path: str) -> str | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        signature = (path, stat.st_mtime_ns, stat.st_size)
        if signature not in self._file_digests:
            self._file_digests[signature] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        return self._file_digests[signature]

    def get(self, key: str) -> dict | None:
        """The stored payload, or ``None`` if absent, unreadable, or any dependency changed since."""
        self.used.add(key)
        if key in self._this_build:
            return self._this_build[key]
        raw = self.store.get(key)
        entry = json.loads(raw) if raw is not None else None
        if entry is None or not self.unchanged(entry["dependencies"]):
            self.misses += 1
            return None
        self.hits += 1
        self._this_build[key], self.dependencies_of[key] = entry["payload"], entry["dependencies"]
        return entry["payload"]

    def dependencies(self, files: Iterable[str] = (), modules: Iterable[str] = ()) -> dict | None:
        """What a result computed from ``files`` (paths read) and the mlvault ``modules`` imported depends
        on, or ``None`` if that changed while it was computed (a file vanished, the package was edited)."""
        digests = {path: self._file_digest(path) for path in sorted(set(files))}
        if None in digests.values() or not self.package.is_current():
            return None
        modules = sorted(set(modules))
        return {"files": digests, "modules": modules, "modules_hash": self.package.modules_hash(frozenset(modules))}

    def unchanged(self, dependencies: dict) -> bool:
        if any(self._file_digest(path) != digest for path, digest in dependencies["files"].items()):
            return False
        return self.package.modules_hash(frozenset(dependencies["modules"])) == dependencies["modules_hash"]

    def put(self, key: str, payload: dict, files: Iterable[str] = (), modules: Iterable[str] = ()) -> None:
        """Store ``payload`` computed from ``files`` (paths read) and the mlvault ``modules`` imported."""
        if (dependencies := self.dependencies(files, modules)) is None:  # changed under our feet: don't file it
            return
        self.store.put(key, json.dumps({"payload": payload, "dependencies": dependencies}, ensure_ascii=False))
        self.used.add(key)
        self._this_build[key], self.dependencies_of[key] = payload, dependencies

    def prune(self) -> int:
        """Delete the entries this build did not use (after a full build: they can only be stale)."""
        removed = 0
        for path in self.store.directory.glob("*/*.json"):
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


# ------------------------------------------------------------------------------------- recording


_snippet_reads: list[set[str]] = []


def record_snippet_read(path: str) -> None:
    for reads in _snippet_reads:
        reads.add(os.path.abspath(path))


@contextlib.contextmanager
def recording_snippet_reads() -> Iterator[set[str]]:
    reads: set[str] = set()
    _snippet_reads.append(reads)
    try:
        yield reads
    finally:
        _snippet_reads.remove(reads)


class _WarningFlag(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.raised = False

    def emit(self, record: logging.LogRecord) -> None:
        self.raised = True


@contextlib.contextmanager
def noticing_warnings() -> Iterator[_WarningFlag]:
    """Notice any warning logged meanwhile (MkDocs' own logger does not propagate to the root)."""
    flag = _WarningFlag()
    loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
    for logger in loggers:
        logger.addHandler(flag)
    try:
        yield flag
    finally:
        for logger in loggers:
            logger.removeHandler(flag)


# ------------------------------------------------------------------------------------- payloads


def toc_to_json(toc) -> list[dict]:
    return [{"title": item.title, "id": item.id, "level": item.level, "children": toc_to_json(item.children)} for item in toc]


def toc_from_json(items: list[dict]):
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    def link(item: dict) -> AnchorLink:
        anchor = AnchorLink(item["title"], item["id"], item["level"])
        anchor.children = [link(child) for child in item["children"]]
        return anchor

    return TableOfContents([link(item) for item in items])


def rendered_payload(page) -> dict:
    links = page.links_to_anchors
    return {
        "content": page.content,
        "toc": toc_to_json(page.toc),
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": None if links is None else {file.src_uri: anchors for file, anchors in links.items()},
    }


def restore_rendered(page, payload: dict, files) -> bool:
    """Set what ``Page.render`` sets; ``False`` (page untouched) if a linked file no longer exists."""
    links = payload["links_to_anchors"]
    if links is not None:
        targets = {src: files.get_file_from_path(src) for src in links}
        if None in targets.values():
            return False
        links = {targets[src]: anchors for src, anchors in links.items()}
    page.content = payload["content"]
    page.toc = toc_from_json(payload["toc"])
    page._title_from_render = payload["title"]
    page.present_anchor_ids = set(payload["anchors"])
    page.links_to_anchors = links
    return True


# ------------------------------------------------------------------------------------- the build


_build: dict = {"cache": None}  # the current build's PageCache (None: caching off)
_rendered: dict[str, dict | None] = {}  # output path of each page rendered so far -> what it depended on


def begin_build(config, files, runner: execution.Runner) -> None:
    """Set up the cache for the build about to render pages (``files``: the final file list)."""
    if not execution.caching_enabled():
        _build["cache"] = None
        return
    file_list = sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files)
    context = _digest(
        execution.package_versions(TOOLCHAIN),
        runner.environment,
        scripts_digest(),
        Path(config.config_file_path).read_text("utf-8") if config.config_file_path else "",
        str(Path(config.docs_dir).resolve()),
        json.dumps(file_list, ensure_ascii=False),
    )
    _build["cache"] = PageCache(execution.cache_root() / "pages", context, runner.package)
    install()


def current() -> PageCache | None:
    return _build["cache"]


def _cached_render(original, page, config, files) -> None:
    cache: PageCache | None = _build["cache"]
    if cache is None:
        return original(page, config, files)
    key = cache.key("render", page.file.src_uri, page.file.dest_uri, page.markdown)
    if (payload := cache.get(key)) is not None and restore_rendered(page, payload, files):
        _rendered[page.file.abs_dest_path] = cache.dependencies_of[key]
        return None
    records = execution.shared_runner().records
    already = len(records)
    with recording_snippet_reads() as reads, noticing_warnings() as warned:
        original(page, config, files)
    modules = set().union(*(record.modules for record in records[already:]))
    if warned.raised:
        _rendered[page.file.abs_dest_path] = cache.dependencies(reads, modules)
    else:
        cache.put(key, rendered_payload(page), reads, modules)
        _rendered[page.file.abs_dest_path] = cache.dependencies_of.get(key)
    return None


def expire_pages_whose_dependencies_changed() -> int:
    """For ``serve --dirty``, which re-renders only the pages whose own file changed: remove the output of
    every page whose embedded snippets or imported ``mlvault`` modules changed since it was rendered, so
    that MkDocs renders it again. Returns the number of pages expired."""
    cache: PageCache | None = _build["cache"]
    if cache is None:
        return 0
    expired = [path for path, dependencies in _rendered.items() if dependencies is None or not cache.unchanged(dependencies)]
    for path in expired:
        Path(path).unlink(missing_ok=True)
        del _rendered[path]
    return len(expired)


def _cached_search_entries(original, index, page) -> None:
    cache: PageCache | None = _build["cache"]
    if cache is None:
        return original(index, page)
    meta = json.dumps(page.meta, ensure_ascii=False, sort_keys=True, default=str)
    toc = json.dumps(toc_to_json(page.toc), ensure_ascii=False)
    key = cache.key("search", json.dumps(index.config, sort_keys=True, default=str), page.url, str(page.title), meta, toc, page.content)
    if (payload := cache.get(key)) is not None:
        index.entries.extend(payload["entries"])
        return None
    already = len(index.entries)
    original(index, page)
    cache.put(key, {"entries": index.entries[already:]})
    return None


def prefill_search_entries(index, page, html: str) -> None:
    """Index ``page`` as soon as its HTML is final (``on_page_content``) rather than when its template is
    rendered: in a cold build pages are converted while the examples still run in the background, so the
    search indexing (and jieba's start-up) fills time the build would otherwise spend waiting."""
    if _build["cache"] is None:
        return
    page.content = html  # what MkDocs sets once on_page_content returns
    type(index)(**index.config).add_entry_from_context(page)


def install() -> None:
    """Wrap ``Page.render``, Material's search indexing and the snippet reader (once per process)."""
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.pages import Page
    from pymdownx.snippets import SnippetPreprocessor

    if getattr(Page.render, "mlvault_cached", False):
        return
    render, index_page, read_lines = Page.render, SearchIndex.add_entry_from_context, SnippetPreprocessor.read_lines

    def cached_render(page, config, files):
        return _cached_render(render, page, config, files)

    def cached_index_page(index, page):
        return _cached_search_entries(index_page, index, page)

    def recorded_read_lines(preprocessor, path):
        record_snippet_read(path)
        return read_lines(preprocessor, path)

    cached_render.mlvault_cached = True
    Page.render, SearchIndex.add_entry_from_context, SnippetPreprocessor.read_lines = cached_render, cached_index_page, recorded_read_lines
