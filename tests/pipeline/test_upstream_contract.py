"""What vaultsite relies on from MkDocs, pymdownx and markdown-exec, checked against the installed versions.

The pipeline uses documented extension points only (a plugin, superfences' ``custom_fences``,
markdown-exec's exported ``validator``/``base_format``/``markdown_config``, the public attributes of a
converted ``Page``); these tests fail, naming the interface, if an upgrade changes one of them, and the
toolchain must be installed at the versions of ``requirements.lock``.
"""

from __future__ import annotations

import inspect
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
    config = {"pymdownx.superfences": {}}
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
                    ExecFence(lambda: [block], lambda b: "运行结果\n"))
    assert "运行结果" in html and "tabbed-set" in html and "四舍五入" in html
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
