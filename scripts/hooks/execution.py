"""MkDocs hook: markdown-exec renders the fences, ``scripts/execution.py`` runs the code.

- ``on_files`` (after the link check) starts running the blocks missing from the cache on every core in
  the background, in the order the pages render; a page waits only for its own blocks
  (``execution.Prefetcher``; skipped on ``serve --dirty`` rebuilds).
- ``on_page_markdown`` (before snippets expand) names each ``exec`` fence after the snippet it embeds, so a
  failure names the note and the snippet file.
- markdown-exec's Python runner is replaced by :class:`execution.Runner` (worker process, timeout, cache).
  A failing block raises ``SuperFencesException``, the one exception superfences lets through, so the build
  stops at that page, before any page is written.
- ``on_post_build`` prints the build report (pages, blocks run vs cached, slowest blocks).
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import markdown
from markdown_exec._internal.formatters import python as exec_python_formatter
from mkdocs.plugins import event_priority
from pymdownx.superfences import SuperFencesException

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import execution  # noqa: E402

EXEC_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?:python|py)\b(?P<options>[^\n]*)$", re.M)
EXEC_ON = re.compile(r"\bexec=\"(?!0|no|off|false)[^\"]*\"")
ID_OPTION = re.compile(r"\bid=\"([^\"]*)\"")

# The runner lives on the imported `execution` module rather than on this hook module (which MkDocs loads by
# path, once per configuration it loads), so that one worker and its imports serve every rebuild of `serve`.
# The same goes for the state (``dirty`` is only told once, at start-up).
_runner = execution.shared_runner
_state = execution.__dict__.setdefault("_build_state", {"page": "", "snippets": {}})


def _run_python(code: str, returncode: int | None = None, session: str | None = None, id: str = "", **extra: str) -> str:  # noqa: A002, ARG001
    page = _state["page"]
    snippet = _state["snippets"].get(id, id or "inline block")
    file = str(execution.REPO_ROOT / snippet) if snippet.endswith(".py") else None
    options = {"session": session or None, **extra}  # markdown-exec passes "" for no session
    try:
        return _runner().run(code, page=page, snippet=snippet, options=options, file=file)
    except execution.BlockFailed as failure:
        raise SuperFencesException(str(failure)) from None


def on_startup(command: str, dirty: bool) -> None:
    _state["dirty"] = dirty


def on_config(config):
    exec_python_formatter._run_python = _run_python
    _state["started"] = time.perf_counter()
    _runner().begin_build()
    return config


@event_priority(-10)  # after the link check (a vault with broken links fails before any code runs), before the rest
def on_files(files, config):
    """Start running the blocks the cache lacks on one process per core (see ``execution.Prefetcher``)."""
    cache = _runner().cache
    # A `serve --dirty` rebuild re-renders a page or two: reading every page for blocks would cost more.
    if cache is None or _state.get("dirty") or os.environ.get("MLVAULT_EXEC_PREFETCH", "1") == "0":
        return files
    snippets = config.mdx_configs["pymdownx.snippets"]
    expander = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": snippets})
    preprocessor = expander.preprocessors["snippet"]
    blocks = []
    for file in files.documentation_pages():
        if file.abs_src_path is None:
            continue
        for label, code in _exec_blocks(Path(file.abs_src_path).read_text("utf-8"), preprocessor):
            blocks.append((code, file.src_uri, label, str(execution.REPO_ROOT / label) if label.endswith(".py") else None))
    _runner().prefetcher = execution.Prefetcher(blocks, _runner(), workers=os.cpu_count() or 1)
    return files


def _stop_prefetch() -> list[execution.BlockRecord]:
    """Stop the background workers; report what they ran."""
    prefetcher, _runner().prefetcher = _runner().prefetcher, None
    if prefetcher is None:
        return []
    busiest = prefetcher.close()
    if len(prefetcher):
        print(f"mlvault: ran {len(prefetcher)} uncached blocks on {os.cpu_count()} background processes "
              f"(busiest {busiest:.1f} s)", file=sys.stderr)
    return prefetcher.records


def _exec_blocks(text: str, preprocessor) -> list[tuple[str, str]]:
    """``(label, code)`` of every executed fence of a page, its snippets expanded as the build expands them."""
    found = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        match = EXEC_FENCE.match(lines[index])
        if not match or not EXEC_ON.search(match["options"]):
            index += 1
            continue
        fence, indent = match["fence"], match["indent"]
        end = next((j for j in range(index + 1, len(lines)) if lines[j].strip() == fence), len(lines))
        body = [line[len(indent):] for line in lines[index + 1 : end]]
        include = next((m["path"] for m in map(execution.SNIPPET_INCLUDE.match, body) if m), None)
        found.append((include or "inline block", "\n".join(preprocessor.run(body))))
        index = end + 1
    return found


@event_priority(100)  # before every plugin: the snippet lines are still visible
def on_page_markdown(markdown: str, page, config, files) -> str:
    _state["page"] = page.file.src_uri
    lines = markdown.split("\n")
    block_number = 0
    for index, line in enumerate(lines):
        match = EXEC_FENCE.match(line)
        if not match or not EXEC_ON.search(match["options"]):
            continue
        block_number += 1
        included = next((m["path"] for m in map(execution.SNIPPET_INCLUDE.match, lines[index + 1 : index + 3]) if m), None)
        label = included or f"block {block_number}"
        existing = ID_OPTION.search(match["options"])
        if existing:
            _state["snippets"][existing[1]] = label
        else:
            block_id = f"{page.file.src_uri}#{block_number}"
            _state["snippets"][block_id] = label
            lines[index] = f'{line} id="{block_id}"'
    return "\n".join(lines)


def on_post_build(config) -> None:
    prefetched = _stop_prefetch()
    pages = sum(1 for _ in Path(config["site_dir"]).rglob("index.html"))
    print(_runner().report(pages, time.perf_counter() - _state["started"], prefetched=prefetched), file=sys.stderr)


def on_build_error(error) -> None:
    _stop_prefetch()


def on_shutdown() -> None:
    execution.close_shared_runner()
