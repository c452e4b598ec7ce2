"""Typeset every formula at build time, so that a page shows its math the moment it shows its text.

``pymdownx.arithmatex`` (generic mode) leaves each formula in the HTML as ``\\(…\\)`` in a
``<span class="arithmatex">`` or ``\\[…\\]`` in a ``<div class="arithmatex">``. The plugin hands each
converted page to :class:`Typesetter`, which replaces them with KaTeX's HTML (and MathML for screen readers):
the site then needs KaTeX's stylesheet and fonts only, no math JavaScript, and pages read with JavaScript
off, hover previews and the book show real formulas. One ``node`` process (``katex-render.js``, KaTeX from
``node_modules/``) serves the whole build or ``serve`` session; the page cache keeps the result.

Search: formulas are marked ``data-search-exclude``, which Material's search leaves out of the index (its
snippets would otherwise show the text of KaTeX's markup): a displayed formula's ``<div>``, and an inline
formula's ``<mlvault-math>`` wrapper, a tag of its own because the search parser matches an excluded
element's end by tag name and KaTeX's output nests spans (it has no ``<div>``).

A formula KaTeX cannot typeset fails the build with the note and line it comes from.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from mkdocs.exceptions import PluginError

SCRIPT = Path(__file__).with_name("katex-render.js")
ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.S)
TOC_MATH = re.compile(r"\\\((.+?)\\\)", re.S)
# Punctuation that may not begin a line. Chromium may break after a formula's last box (KaTeX's boxes are
# inline blocks) even before 「，」; where such a mark follows an inline formula, the formula's last box is
# wrapped in ``.mlvault-tail`` (``white-space: nowrap``), which keeps the mark with it and leaves the
# formula's other break points alone.
NO_BREAK_BEFORE = frozenset("，。、；：？！）」』》〉】”’…%,.;:?!)")
LAST_BOX, KATEX_END = '<span class="katex-base">', "</span></span>"  # the end: katex-html's and katex's


class Typesetter:
    """KaTeX in a long-lived ``node`` process; each distinct formula is typeset once per session."""

    def __init__(self, node_modules: Path) -> None:
        self.katex = (node_modules / "katex").resolve()
        package = self.katex / "package.json"
        if not package.is_file():
            raise PluginError(f"{self.katex} is missing: run `make site` (it runs `npm ci`).")
        self.version = json.loads(package.read_text("utf-8"))["version"]
        self.process: subprocess.Popen | None = None
        self.memo: dict[tuple[str, bool, str], dict] = {}

    def page(self, page_html: str, where: Callable[[str], str]) -> str:
        """``page_html`` with its formulas typeset. ``where(tex)`` names the source of a formula that fails."""
        found = [(match, *_formula(match)) for match in ARITHMATEX.finditer(page_html)]
        if not found:
            return page_html
        results = self.typeset([(tex, display, "htmlAndMathml") for _, tex, display in found])
        pieces, cursor = [], 0
        for (match, tex, display), result in zip(found, results):
            if "error" in result:
                raise PluginError(f"{where(tex)}: KaTeX cannot typeset the formula {tex.strip()[:80]!r}: {result['error']}")
            typeset = result["html"]
            if not display and page_html[match.end():match.end() + 1] in NO_BREAK_BEFORE:
                typeset = _keep_with_next(typeset)
            wrapped = (f'<div class="arithmatex" data-search-exclude>{typeset}</div>' if display else
                       f'<span class="arithmatex"><mlvault-math data-search-exclude>{typeset}</mlvault-math></span>')
            pieces += [page_html[cursor:match.start()], wrapped]
            cursor = match.end()
        pieces.append(page_html[cursor:])
        return "".join(pieces)

    def toc(self, items, where: Callable[[str], str]) -> None:
        """Typeset the inline formulas of the table of contents' titles (MkDocs' ``AnchorLink.title`` is
        HTML). Plain KaTeX HTML, no MathML: the theme also uses a title, tags stripped, as a label."""
        for item in items:
            formulas = [html.unescape(tex) for tex in TOC_MATH.findall(item.title)]
            if formulas:
                results = iter(self.typeset([(tex, False, "html") for tex in formulas]))

                def replace(match: re.Match[str]) -> str:
                    result = next(results)
                    if "error" in result:
                        raise PluginError(f"{where(html.unescape(match[1]))}: KaTeX cannot typeset {match[1]!r}: {result['error']}")
                    return f'<mlvault-math data-search-exclude>{result["html"]}</mlvault-math>'

                item.title = TOC_MATH.sub(replace, item.title)
            self.toc(item.children, where)

    def typeset(self, formulas: list[tuple[str, bool, str]]) -> list[dict]:
        """KaTeX's reply (``{"html": …}`` or ``{"error": …}``) for each ``(tex, display, output)``."""
        missing = list(dict.fromkeys(f for f in formulas if f not in self.memo))
        if missing:
            for formula, reply in zip(missing, self._ask(missing)):
                self.memo[formula] = reply
        return [self.memo[f] for f in formulas]

    def _ask(self, formulas: list[tuple[str, bool, str]]) -> list[dict]:
        process = self._process()
        try:
            process.stdin.write(json.dumps(formulas, ensure_ascii=False) + "\n")
            process.stdin.flush()
            reply = process.stdout.readline()
        except (BrokenPipeError, OSError):
            reply = ""
        if not reply:
            self.close()
            raise PluginError(f"the KaTeX process ({SCRIPT.name}) stopped: {process.stderr.read().strip()[-2000:]}")
        return json.loads(reply)

    def _process(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            node = shutil.which("node")
            if node is None:
                raise PluginError("`node` is needed to typeset the formulas (KaTeX): install Node.js.")
            self.process = subprocess.Popen([node, str(SCRIPT), str(self.katex)], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        return self.process

    def close(self) -> None:
        if self.process is not None:
            self.process.stdin.close()  # the script ends with its input
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None


def _keep_with_next(typeset: str) -> str:
    """KaTeX's inline HTML with its last box wrapped in ``.mlvault-tail`` (see ``NO_BREAK_BEFORE``)."""
    start = typeset.rfind(LAST_BOX)
    if start < 0 or not typeset.endswith(KATEX_END):
        return typeset
    end = len(typeset) - len(KATEX_END)
    return f'{typeset[:start]}<span class="mlvault-tail">{typeset[start:end]}</span>{KATEX_END}'


def _formula(match: re.Match[str]) -> tuple[str, bool]:
    """The TeX of an arithmatex element and whether it is displayed."""
    text = html.unescape(match[2]).strip()
    for left, right, display in (("\\(", "\\)", False), ("\\[", "\\]", True), ("$$", "$$", True), ("$", "$", False)):
        if text.startswith(left) and text.endswith(right) and len(text) >= len(left) + len(right):
            return text[len(left):len(text) - len(right)], display
    return text, match[1] == "div"  # an environment (\begin{align}…) as written


def locate(tex: str, sources: list[tuple[str, str]]) -> str:
    """``note:line`` of the first of ``sources`` (``(name, text)``) containing ``tex``, else the first name."""
    needle = tex.strip().splitlines()[0] if tex.strip() else tex
    for name, text in sources:
        if (index := text.find(needle)) >= 0:
            return f"{name}:{text.count(chr(10), 0, index) + 1}"
    return sources[0][0] if sources else "?"
