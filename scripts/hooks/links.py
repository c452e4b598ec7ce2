"""MkDocs hook: check the vault's links before any page is built, then render them into site links.

The work is done by ``scripts/linkgraph.py`` (rules in its docstring); this module only wires it to
MkDocs events:

* ``on_files``: parse the vault (``docs_dir``; files unchanged since the last build of ``mkdocs serve``
  are not parsed again), resolve every link, log warnings at INFO level (so ``strict`` mode does not
  turn them into failures) and raise ``PluginError`` listing every error as ``file:line: kind: target``.
* ``on_page_markdown`` (priority 100, before the callouts plugin, so that transcluded callouts are
  converted too): wikilinks and embeds become Markdown links, images and transclusions; block anchors,
  the aliases line and the backlinks section are added. Pages that are not vault notes (a generated
  ``index.md``) are left alone.
* ``on_post_build``: write the graph to ``site/assets/graph.json``.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_SCRIPTS = str(Path(__file__).resolve().parents[1])
if _SCRIPTS not in sys.path:
    sys.path.insert(0, _SCRIPTS)

import linkgraph  # noqa: E402

log = logging.getLogger("mkdocs.hooks.links")

_parse_cache = linkgraph.ParseCache()
_build: dict[str, object] = {}  # renderer and page URLs of the current build


def on_files(files: Files, config: MkDocsConfig) -> Files:
    graph, report = linkgraph.analyse(Path(config.docs_dir), cache=_parse_cache)
    for warning in report.warnings:
        log.info("%s", warning)
    if report.errors:
        lines = "\n".join(str(error) for error in report.errors)
        raise PluginError(f"{len(report.errors)} link error(s) in the vault:\n{lines}")
    slugify = config.mdx_configs.get("toc", {}).get("slugify", linkgraph.default_slugify)
    _build["renderer"] = linkgraph.SiteRenderer(graph, slugify=slugify)
    linkgraph.current["graph"] = graph  # for the other hooks of this build (features.py)
    _build["urls"] = {file.src_uri: file.url for file in files.documentation_pages()}
    log.info("linkgraph: %d notes, %d links, %d warnings", report.notes, report.links, len(report.warnings))
    return files


@event_priority(100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    renderer: linkgraph.SiteRenderer = _build["renderer"]  # type: ignore[assignment]
    note = renderer.vault.notes.get(page.file.src_uri)
    if note is None or page.file.generated_by:
        return markdown
    return renderer.page_markdown(note, markdown)


def on_post_build(config: MkDocsConfig) -> None:
    renderer: linkgraph.SiteRenderer = _build["renderer"]  # type: ignore[assignment]
    urls: dict[str, str] = _build["urls"]  # type: ignore[assignment]
    target = Path(config.site_dir, "assets", "graph.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    graph = renderer.graph.to_json(url_of=urls.get)
    target.write_text(json.dumps(graph, ensure_ascii=False, indent=1), encoding="utf-8")
