"""The executed fence: pymdownx.superfences' ``custom_fences`` with markdown-exec's rendering, our runner.

markdown-exec's MkDocs plugin would register runners for every language it knows (pycon, bash, sh…) and
run Python inside the MkDocs process. Instead the plugin registers this fence for ``python``/``py`` only,
through superfences' documented ``custom_fences`` option, and uses markdown-exec's public API:

* ``markdown_exec.validator`` reads the fence options (``exec``, ``source``, ``result``, ``html``, ``tabs``…);
  a fence without ``exec`` is highlighted as usual;
* ``markdown_exec.base_format(run=…)`` renders source and result (tabs, result block, raw HTML for
  figures) exactly as the markdown-exec plugin would, with the block run by the project's runner;
* ``markdown_exec.markdown_config.save`` gives markdown-exec's inner Markdown the site's extensions, as
  its plugin does.

Presentation: tabs are named 「代码」 and 「运行结果」 unless the fence names them (``tabs="…|…"``), and a
``source="tabbed-left"`` block opens on its result, so that every output and figure is in view without a
click, the code one click away (the tab order stays as written).

What runs is never the fence's text but the snippet file the check stage found in it (:class:`ExecBlock`);
the expanded text superfences hands over is only matched against it, and a mismatch stops the build.
"""

from __future__ import annotations

import re
from typing import Callable

import markdown_exec
from mkdocs.exceptions import PluginError
from pymdownx.superfences import SuperFencesException

from . import explore
from .blocks import ExecBlock

LANGUAGES = ("python", "py")
TABS = ("代码", "运行结果")  # (source, result), markdown-exec's order
# The first tab set of a block: its two radio inputs, the first checked (pymdownx.tabbed's markup).
_FIRST_TWO_TABS = re.compile(r'(<div class="tabbed-set[^>]*>)<input checked="checked" ([^>]*?)\s*/?>\s*<input ([^>]*?)\s*/?>')


class BlockError(SuperFencesException, PluginError):
    """A block that cannot be shown. Superfences lets a ``SuperFencesException`` through (it swallows
    anything else); MkDocs reports a ``PluginError`` by its message alone and stops the build."""


def _result_open(html: str, source: str | None) -> str:
    """A ``tabbed-left`` block's HTML with its second tab (the result) selected instead of the first."""
    if source != "tabbed-left":
        return html
    # str(): substituting in markupsafe's Markup would escape the replacement (re joins with Markup.join)
    return _FIRST_TWO_TABS.sub(r'\1<input \2/><input checked="checked" \3/>', str(html), count=1)


def _normalised(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip("\n").split("\n"))


class ExecFence:
    """Validator and formatter of the executed fence, bound to the build that renders the pages.

    ``blocks_on_page()`` gives the blocks of the page being converted; ``run(block)`` returns a block's
    output or raises :class:`vaultsite.runner.BlockFailed`.
    """

    def __init__(self, blocks_on_page: Callable[[], list[ExecBlock]], run: Callable[[ExecBlock], str]) -> None:
        self.blocks_on_page, self.run = blocks_on_page, run

    def register(self, mdx_configs: dict) -> None:
        """Add the fence to superfences' configuration (in ``on_config``, before any page converts)."""
        fences = mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
        for language in LANGUAGES:
            fences.append({"name": language, "class": language, "validator": self.validate, "format": self.format})

    @staticmethod
    def validate(language: str, inputs: dict, options: dict, attrs: dict, md) -> bool:
        return markdown_exec.validator(language, inputs, options, attrs, md)

    def format(self, src: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        block = self._block_of(src)
        if tuple(options.get("tabs", ())) == tuple(markdown_exec.default_tabs):
            options = options | {"tabs": TABS}
        spec = options.get("extra", {}).pop("explore", None)
        if spec is None:
            return _result_open(markdown_exec.base_format(language=language, run=self._runner(block), code=src, md=md, **options),
                                options.get("source"))
        exploration = explore.parse(spec)  # the check has read it already: it is well formed
        results = {}  # the result alone of every setting but the default, which is shown with its source
        for setting in exploration.settings():
            if setting != exploration.default():
                variant = block._replace(argv=exploration.argv(setting))
                results[explore.setting_id(setting)] = markdown_exec.base_format(
                    language=language, run=self._runner(variant), code=src, md=md, **(options | {"source": ""}))
        default = block._replace(argv=exploration.argv(exploration.default()))
        shown = _result_open(markdown_exec.base_format(language=language, run=self._runner(default), code=src, md=md, **options),
                             options.get("source"))
        return explore.render(f"explore-{block.line}", exploration, shown, results, options.get("source", ""))

    def _runner(self, block: ExecBlock) -> Callable[..., str]:
        """markdown-exec's ``run``: the block's output (it passes session, id, returncode…: none apply)."""

        def run(code: str, **_: object) -> str:
            from .runner import BlockFailed

            try:
                return self.run(block)
            except BlockFailed as failure:
                raise BlockError(str(failure)) from None

        return run

    def _block_of(self, src: str) -> ExecBlock:
        code = _normalised(src)
        for block in self.blocks_on_page():
            if _normalised(block.code()) == code:
                return block
        raise BlockError("an executed fence whose code is not one of the snippets the link check "
                                   "found on this page; only a single --8<-- include of a snippet file runs")
