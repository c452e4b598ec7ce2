"""MkDocs hook: unchanged pages reuse their converted HTML and search entries (``scripts/pagecache.py``).

* ``on_nav`` (the file list is final, no page is rendered yet): set up this build's page cache. Under
  ``serve --dirty`` (``make serve``), also expire the pages whose snippets or ``mlvault`` modules changed
  since they were rendered: MkDocs itself only re-renders pages whose own file changed.
* ``on_env``: Jinja keeps the compiled theme templates on disk (``.cache/jinja/``, checked against each
  template's source), which saves compiling Material's templates on every build.
* ``on_page_content`` (last): index the page for search right away (see ``pagecache.prefill_search_entries``).
* ``on_post_build``: report pages converted vs reused; after a full build, delete the entries it did not
  use (under ``serve --dirty`` most pages are not looked up, so nothing is pruned there).
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2
from mkdocs.plugins import event_priority

_SCRIPTS = str(Path(__file__).resolve().parents[1])
if _SCRIPTS not in sys.path:
    sys.path.insert(0, _SCRIPTS)

import execution  # noqa: E402
import pagecache  # noqa: E402

_state = pagecache.__dict__.setdefault("_hook_state", {})  # `dirty` is only told once, at start-up


def on_startup(command: str, dirty: bool) -> None:
    _state["dirty"] = dirty


@event_priority(-100)
def on_nav(nav, config, files):
    pagecache.begin_build(config, files, execution.shared_runner())
    if _state.get("dirty"):
        pagecache.expire_pages_whose_dependencies_changed()
    return nav


def on_env(env: jinja2.Environment, config, files) -> jinja2.Environment:
    if execution.caching_enabled():
        directory = execution.cache_root() / "jinja"
        directory.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(directory))
    return env


@event_priority(-100)
def on_page_content(html: str, page, config, files) -> str:
    search = next((plugin for plugin in config.plugins.values() if hasattr(plugin, "search_index")), None)
    if search is not None and search.config.enabled:
        pagecache.prefill_search_entries(search.search_index, page, html)
    return html


def on_post_build(config) -> None:
    cache = pagecache.current()
    if cache is None:
        return
    pruned = 0 if _state.get("dirty") else cache.prune()
    print(
        f"mlvault page cache: {cache.hits} reused, {cache.misses} computed (page conversions and search entries)"
        + (f", {pruned} stale entries removed" if pruned else ""),
        file=sys.stderr,
    )
