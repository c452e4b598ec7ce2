"""Reuse a page's converted HTML when nothing that shapes it has changed.

Converting Markdown (superfences, markdown-exec's rendering of every block, Pygments) is most of a warm
build. It is a function of inputs we can name, so the plugin caches it through MkDocs' public events:

* ``on_page_markdown`` (last of the plugin's steps, before other plugins such as callouts): the page's
  Markdown is final as far as the vault is concerned. Its key is that Markdown, the page's source and
  output paths and the build's context (the site's file list, ``mkdocs.yml``, the pipeline's own source,
  the toolchain and block-key environment). On a hit the plugin hands MkDocs a one-line placeholder to
  convert instead of the page.
* ``on_page_content``: on a hit the stored HTML replaces the placeholder's, and the page's ``toc``,
  ``present_anchor_ids`` and ``links_to_anchors`` (public attributes MkDocs validates anchors with) are
  restored; on a miss the result is stored.

An entry also records what the conversion read besides the Markdown — each ``--8<--`` file's content,
and for executed blocks the code-package modules they import and the files they read — and a lookup
checks those again, so a stale page is never shown. A conversion that logged a warning is never stored
(strict mode must see the warning again), nor one that raised.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from .blocks import PackageIndex
from .cache import FileDigests, Store, digest

FORMAT = 3


class PageCache:
    """Page results stored with the dependencies they were computed from, validated on every lookup."""

    def __init__(self, store: Store, context: str, package: PackageIndex, project: Path, digests: FileDigests) -> None:
        self.store, self.context, self.package, self.project, self.digests = store, context, package, project, digests
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, src_uri: str, dest_uri: str, markdown: str) -> str:
        return digest(f"page-format={FORMAT}", self.context, src_uri, dest_uri, markdown)

    def lookup(self, key: str) -> tuple[dict, dict] | None:
        """``(payload, dependencies)`` stored under ``key`` if every dependency is unchanged."""
        self.used.add(key)
        entry = self.store.get(key)
        if not isinstance(entry, dict) or not self.unchanged(entry["dependencies"]):
            self.misses += 1
            return None
        self.hits += 1
        return entry["payload"], entry["dependencies"]

    def dependencies(self, files: Iterable[Path], modules: Iterable[str]) -> dict | None:
        """What a result computed from ``files`` and the package ``modules`` depends on, or ``None`` if
        that changed while it was computed (a file vanished, the package was edited)."""
        recorded = {}
        for path in sorted(set(files)):
            value = self.digests(path)
            if value is None:
                return None
            recorded[path.resolve().relative_to(self.project).as_posix() if path.is_relative_to(self.project) else str(path)] = value
        if not self.package.is_current():
            return None
        modules = sorted(set(modules))
        return {"files": recorded, "modules": modules, "modules_hash": self.package.modules_hash(frozenset(modules))}

    def unchanged(self, dependencies: dict) -> bool:
        return (self.digests.unchanged(dependencies["files"], self.project)
                and self.package.modules_hash(frozenset(dependencies["modules"])) == dependencies["modules_hash"])

    def put(self, key: str, payload: dict, dependencies: dict | None) -> None:
        if dependencies is not None:
            self.store.put(key, {"payload": payload, "dependencies": dependencies})
            self.used.add(key)

    def prune(self) -> int:
        """Delete the entries this build did not use (after a full build: they can only be stale)."""
        return self.store.prune(self.used)


def placeholder(payload: dict) -> str:
    """What MkDocs converts instead of a cached page: only its title, so that the title MkDocs takes
    from the first heading (when the page's metadata has none) stays the same."""
    return f"# {payload['title']}\n" if payload.get("title") else ""


def toc_to_json(toc) -> list[dict]:
    return [{"title": item.title, "id": item.id, "level": item.level, "children": toc_to_json(item.children)} for item in toc]


def toc_from_json(items: list[dict]):
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    def link(item: dict) -> AnchorLink:
        anchor = AnchorLink(item["title"], item["id"], item["level"])
        anchor.children = [link(child) for child in item["children"]]
        return anchor

    return TableOfContents([link(item) for item in items])


def payload_of(page, html: str) -> dict:
    """What a converted page needs to be restored: its HTML and what MkDocs learned while converting."""
    links = page.links_to_anchors
    return {
        "content": html,
        "toc": toc_to_json(page.toc),
        "title": None if "title" in page.meta else page.title,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": None if links is None else {file.src_uri: anchors for file, anchors in links.items()},
    }


def restore(page, payload: dict, files) -> str:
    """Give ``page`` what converting it would have given; return its HTML."""
    links = payload["links_to_anchors"]
    page.toc = toc_from_json(payload["toc"])
    page.present_anchor_ids = set(payload["anchors"])
    page.links_to_anchors = None if links is None else {files.get_file_from_path(src): anchors for src, anchors in links.items()}
    return payload["content"]


class WarningFlag(logging.Handler):
    """Notices any warning MkDocs logs while a page converts (its logger does not propagate to the root)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.raised = False

    def emit(self, record: logging.LogRecord) -> None:
        self.raised = True

    def start(self) -> WarningFlag:
        for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
            logger.addHandler(self)
        return self

    def stop(self) -> None:
        for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
            logger.removeHandler(self)
