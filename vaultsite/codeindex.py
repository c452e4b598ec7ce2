"""The 验证代码 section of each note and the source pages it links to.

Which functions of the code package (``mlvault``) a note's examples use, and which tests check them, is
found by reading the snippets and the tests with ``ast`` — never by running them. Each linked file gets a
page of the site (``源码/…/``: the site's header, search and colours) holding the file highlighted once by
Pygments, as HTML that Markdown passes through untouched, with an anchor on every line (``#L-12``); the
pages stay out of the search index and the sidebar.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import html
import json
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .cache import write_atomically

SOURCE_ROOT = "源码"
TESTS_SHOWN = 6


@dataclass(frozen=True)
class Symbol:
    module: str  # e.g. "mlvault.information"
    name: str  # e.g. "entropy"


@functools.lru_cache(maxsize=1024)
def used_symbols(source: str, package: str) -> frozenset[Symbol]:
    """The functions and classes of ``package`` a script uses (``from m import f``, ``import m as x; x.f``)."""
    tree = ast.parse(source)
    used: set[Symbol] = set()
    module_aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == package and not node.level:
            used.update(Symbol(node.module, alias.name) for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(package + "."):
                    module_aliases[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = ast.unparse(node.value)
            if owner in module_aliases:
                used.add(Symbol(module_aliases[owner], node.attr))
    return frozenset(s for s in used if s.module != f"{package}.plotting")


@dataclass(frozen=True)
class TestRef:
    file: str  # project-relative path
    name: str
    line: int


class CodeIndex:
    """Definitions in the code package and the tests that exercise each of them."""

    def __init__(self, package_dir: Path, tests_dir: Path) -> None:
        # Source pages are named by their path below the folder that holds the package and the tests.
        self.project = Path(os.path.commonpath([package_dir.resolve().parent, tests_dir.resolve().parent]))
        self.package = package_dir.name
        self.definitions: dict[Symbol, tuple[str, int]] = {}
        self.tests: dict[Symbol, list[TestRef]] = defaultdict(list)
        for path in sorted(package_dir.rglob("*.py")):
            module = ".".join(path.relative_to(package_dir.parent).with_suffix("").parts).removesuffix(".__init__")
            tree = ast.parse(path.read_text("utf-8"))
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                    self.definitions[Symbol(module, node.name)] = (self._relative(path), node.lineno)
        for path in sorted(tests_dir.rglob("test_*.py")):
            self._index_test_file(path)

    def _relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.project).as_posix()

    def _index_test_file(self, path: Path) -> None:
        tree = ast.parse(path.read_text("utf-8"))
        imported = {alias.asname or alias.name: Symbol(node.module, alias.name)
                    for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
                    and node.module.split(".")[0] == self.package for alias in node.names}
        relative = self._relative(path)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
                for local, symbol in imported.items():
                    if local in names:
                        self.tests[symbol].append(TestRef(relative, node.name, node.lineno))

    @classmethod
    def cached(cls, package_dir: Path, tests_dir: Path, cache_dir: Path | None) -> CodeIndex:
        """The index, kept on disk keyed by the content of the package, the tests and this module
        (reading them all with ``ast`` takes about half a second)."""
        if cache_dir is None:
            return cls(package_dir, tests_dir)
        files = sorted([*package_dir.rglob("*.py"), *tests_dir.rglob("test_*.py"), Path(__file__)])
        hashed = hashlib.sha256()
        for path in files:
            hashed.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        stored = cache_dir / f"{hashed.hexdigest()}.pickle"
        try:
            return pickle.loads(stored.read_bytes())
        except Exception:
            index = cls(package_dir, tests_dir)
            write_atomically(stored, pickle.dumps(index))
            return index

    def source_files(self) -> list[str]:
        """Every file that 验证代码 links to: the package's modules and the test files that use them."""
        return sorted({path for path, _ in self.definitions.values()} | {t.file for refs in self.tests.values() for t in refs})

    def tested_by_section(self, page_url: str, snippets: list[Path]) -> str:
        """The 验证代码 section of the note at ``page_url`` whose examples are the files ``snippets``: one
        item per implementation with the tests that use it (the first few shown, the rest folded)."""
        symbols: set[Symbol] = set()
        for path in snippets:
            if path.suffix == ".py" and path.is_file():
                symbols |= used_symbols(path.read_text("utf-8"), self.package)
        symbols = {s for s in symbols if s in self.definitions}
        if not symbols:
            return ""
        to_root = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")

        def source_link(file: str, line: int, text: str) -> str:
            return f'<a href="{to_root}{source_url(file)}#L-{line}"><code>{_breakable(text)}</code></a>'

        items = []
        for symbol in sorted(symbols, key=lambda s: (s.module, s.name)):
            file, line = self.definitions[symbol]
            refs = self.tests.get(symbol, [])
            tests = "、".join(source_link(t.file, t.line, t.name) for t in refs[:TESTS_SHOWN]) or "尚无直接测试"
            if len(refs) > TESTS_SHOWN:
                rest = "、".join(source_link(t.file, t.line, t.name) for t in refs[TESTS_SHOWN:])
                tests += f'<details class="mlvault-more"><summary>另外 {len(refs) - TESTS_SHOWN} 个测试</summary>{rest}</details>'
            items.append(f"<li>{source_link(file, line, f'{symbol.module}.{symbol.name}')} — 测试：{tests}</li>")
        return "\n".join(["", "## 验证代码", "", f"本页例子用到的 `{self.package}` 实现，以及检查它们的测试（构建时读取代码得到，不运行测试）：",
                          "", '<ul class="mlvault-tested">', *items, "</ul>", ""])

    def source_pages(self, cache_dir: Path | None) -> dict[str, str]:
        """The Markdown of the source page of every linked file, by its path in the site's sources (each
        highlighted once per content: kept in ``cache_dir``)."""
        pages = {}
        for relative in self.source_files():
            text = (self.project / relative).read_text("utf-8")
            key = hashlib.sha256(f"{relative}\0{text}".encode()).hexdigest()
            cached = cache_dir / f"{key}.md" if cache_dir else None
            if cached is not None and cached.is_file():
                pages[source_page(relative)] = cached.read_text("utf-8")
                continue
            pages[source_page(relative)] = page = render_source_page(relative, text)
            if cached is not None:
                write_atomically(cached, page)
        return pages


def source_page(relative: str) -> str:
    """The generated page (path in the site's sources) showing a project file."""
    return f"{SOURCE_ROOT}/{relative}.md"


def source_url(relative: str) -> str:
    """Site-relative URL of the source page of a project file."""
    return f"{SOURCE_ROOT}/{relative}/"


def render_source_page(relative: str, code: str) -> str:
    """A page showing ``relative`` highlighted, with an anchor ``#L-<n>`` on every line. The highlighted
    code is one HTML block (no blank line inside), which Markdown and its extensions leave as it is."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    formatter = HtmlFormatter(linenos="inline", linespans="L", wrapcode=True)
    highlighted = highlight(code, PythonLexer(), formatter).replace("\n\n", "\n&#10;")
    title = json.dumps(relative)
    return (f"---\ntitle: {title}\nsearch:\n  exclude: true\nhide: [navigation, toc]\n---\n\n"
            f"# {_escape_markdown(relative)}\n\n"
            f'<div class="mlvault-source" markdown="0">{highlighted}</div>\n')


def _breakable(identifier: str) -> str:
    """An identifier as HTML that may wrap after a dot or an underscore, never inside a word."""
    return html.escape(identifier).replace(".", ".<wbr>").replace("_", "_<wbr>")


def _escape_markdown(text: str) -> str:
    return "".join(f"\\{c}" if c in "\\`*_[]{}#<>|" else c for c in text)
