"""What vaultsite relies on from MkDocs, pymdownx and markdown-exec, checked against the installed versions.

The pipeline uses documented extension points (a plugin, superfences' ``custom_fences``, markdown-exec's
exported ``validator``/``base_format``/``markdown_config``, the public attributes of a converted ``Page``)
and one internal: Material's search worker protocol, which the site's own worker
(``vaultsite/theme/assets/mlvault-search.js``) wraps. These tests fail, naming the interface, if an upgrade
changes one of them, and the toolchain must be installed at the versions of ``requirements.lock``.
"""

from __future__ import annotations

import inspect
import json
import re
from importlib import metadata
from pathlib import Path

import markdown
import markdown_exec
import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from pymdownx.superfences import SuperFencesException

from vaultsite.blocks import ExecBlock
from vaultsite.fences import BlockError, ExecFence
from vaultsite.inputs import TOOLCHAIN

REPO = Path(__file__).resolve().parents[2]
LOCK = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (REPO / "requirements.lock").read_text("utf-8"), re.M))


@pytest.mark.parametrize("name", TOOLCHAIN)
def test_the_toolchain_is_installed_at_the_locked_version(name):
    locked = {key.lower().replace("_", "-"): value for key, value in LOCK.items()}
    assert metadata.version(name) == locked[name.lower()], f"{name}: installed, not the locked version (make setup)"


def test_markdown_exec_exports_what_the_fence_uses():
    assert callable(markdown_exec.validator) and callable(markdown_exec.base_format)
    assert hasattr(markdown_exec.markdown_config, "save") and isinstance(markdown_exec.MarkdownConverter.counter, int)
    accepted = set(inspect.signature(markdown_exec.base_format).parameters)
    assert {"language", "run", "code", "md"} <= accepted
    options: dict = {}
    assert markdown_exec.validator("python", {"exec": "on", "source": "tabbed-left", "result": "text"}, options, {}, None)
    assert set(options) - {"extra"} <= accepted, "every option the validator fills is a parameter of base_format"
    assert 'options.get("extra"' in inspect.getsource(markdown_exec.base_format), "...or read from its **options"
    assert not markdown_exec.validator("python", {}, {}, {}, None), "a fence without exec is left to superfences"


def _convert(text: str, fence: ExecFence) -> str:
    config = {"pymdownx.superfences": {}, "pymdownx.tabbed": {"alternate_style": True}}  # as mkdocs.yml
    fence.register(config)
    md = markdown.Markdown(extensions=["pymdownx.superfences", "pymdownx.tabbed"], extension_configs=config)
    markdown_exec.markdown_config.save(["pymdownx.superfences", "pymdownx.tabbed"], config)
    try:
        return md.convert(text)
    finally:
        markdown_exec.markdown_config.reset()


def test_superfences_runs_the_custom_fence_and_shows_source_and_result(tmp_path):
    snippet = tmp_path / "demo.py"
    snippet.write_text("print('四舍五入')\n", encoding="utf-8")
    block = ExecBlock("note.md", 3, "demo.py", snippet)
    html = _convert(f'```python exec="on" source="tabbed-left" result="text"\n{snippet.read_text()}```\n',
                    ExecFence(lambda: [block], lambda b: "输出的一行\n"))
    assert "输出的一行" in html and "tabbed-set" in html and "四舍五入" in html and "&lt;" not in html
    # the result tab (second) is the one open; the tabs are named in Chinese
    assert re.search(r'<input id="[^"]+_1" [^>]*/><input checked="checked" id="[^"]+_2"', html), html[:400]
    assert re.search(r">代码</label><label [^>]*>运行结果</label>", html)
    plain = _convert("```python\nx = 1\n```\n", ExecFence(lambda: [], lambda b: "never"))
    assert "never" not in plain and "highlight" in plain


def test_superfences_lets_a_failing_block_through_and_mkdocs_reports_it_as_a_plugin_error(tmp_path):
    assert issubclass(BlockError, SuperFencesException) and issubclass(BlockError, PluginError)
    with pytest.raises(BlockError, match="an executed fence whose code is not one of the snippets"):
        _convert('```python exec="on"\nprint(1)\n```\n', ExecFence(lambda: [], lambda b: ""))


def test_a_converted_page_has_the_public_attributes_the_page_cache_restores():
    render = inspect.getsource(Page.render)
    for name in ("content", "toc", "present_anchor_ids", "links_to_anchors"):
        assert f"self.{name} =" in render, f"Page.render no longer sets page.{name}"
    source = inspect.getsource(Page)
    assert re.search(r"if 'title' in self\.meta:\s+return self\.meta\['title'\]", source), \
        "a page's metadata title wins over the title found while converting"


MATERIAL = Path(__import__("material").__file__).parent / "templates"


def _material_sources(bundle: str) -> dict[str, str]:
    """The TypeScript sources of one of Material's JavaScript bundles, from its source map."""
    source_map = json.loads(next((MATERIAL / "assets" / "javascripts").glob(bundle)).read_text("utf-8"))
    return dict(zip(source_map["sources"], source_map["sourcesContent"]))


def test_material_search_worker_protocol_is_what_the_site_worker_wraps():
    # main.html points the worker URL, the "search" key of #__config, at the site's worker
    base = (MATERIAL / "base.html").read_text("utf-8")
    assert re.search(r'"search": "assets/javascripts/workers/search\.\w+\.min\.js" \| url', base)
    assert "{% block config %}" in base
    # message types, in the order of the enum (0 SETUP, 1 READY, 2 QUERY, 3 RESULT)
    bundle = _material_sources("bundle.*.min.js.map")
    enum = next(text for path, text in bundle.items() if path.endswith("search/worker/message/index.ts"))
    assert re.findall(r"^\s+(SETUP|READY|QUERY|RESULT),?\s", enum, re.M) == ["SETUP", "READY", "QUERY", "RESULT"]
    worker = _material_sources("workers/search.*.min.js.map")
    main = next(text for path, text in worker.items() if path.endswith("search/worker/main/index.ts"))
    assert 'addEventListener("message", async ev => {\n  postMessage(await handler(ev.data))' in main
    assert "index.search(query)" in main and "new Search(message.data)" in main
    # documents keyed by location (a page's own entry has no #), results grouped per page
    config = next(text for path, text in worker.items() if path.endswith("search/config/index.ts"))
    assert "location: string" in config and "title: string" in config and "text: string" in config
    search = next(text for path, text in worker.items() if path.endswith("integrations/search/_/index.ts"))
    assert "items: SearchItem[][]" in search
