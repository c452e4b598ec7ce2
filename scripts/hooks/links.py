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
* Under ``mkdocs serve --dirty`` (``make serve``), ``on_files`` also expires the pages that another note's
  edit changed (backlinks, transclusions), so that MkDocs re-renders them with the edited page.
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
_rendered: dict[str, str] = {}  # each note's page Markdown in the previous build of `mkdocs serve --dirty`


def on_startup(command: str, dirty: bool) -> None:
    _build["dirty"] = dirty


def _expire_pages_whose_rendering_changed(renderer: linkgraph.SiteRenderer, files: Files, site_dir: str) -> None:
    """For ``serve --dirty``: a page must be rebuilt when another note changed what it shows (its backlinks,
    a transcluded section, a heading anchor it links to), not only when its own file changed. MkDocs
    re-renders a page whose output is missing, so the output of every such page is removed."""
    for path, note in renderer.vault.notes.items():
        markdown = renderer.page_markdown(note, note.text[note.body_start:])
        if _rendered.get(path, markdown) != markdown and (file := files.get_file_from_path(path)) is not None:
            Path(site_dir, file.dest_uri).unlink(missing_ok=True)
        _rendered[path] = markdown


def on_files(files: Files, config: MkDocsConfig) -> Files:
    graph, report = linkgraph.analyse(Path(config.docs_dir), cache=_parse_cache)
    for warning in report.warnings:
        log.info("%s", warning)
    if report.errors:
        lines = "\n".join(str(error) for error in report.errors)
        raise PluginError(f"{len(report.errors)} link error(s) in the vault:\n{lines}")
    slugify = config.mdx_configs.get("toc", {}).get("slugify", linkgraph.default_slugify)
    _build["renderer"] = linkgraph.SiteRenderer(graph, slugify=slugify)
    if _build.get("dirty"):
        _expire_pages_whose_rendering_changed(_build["renderer"], files, config.site_dir)
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
