"""The 验证代码 section of each note and the source pages it links to.

Which functions of the code package (``mlvault``) a note's examples use, and which tests check them, is
found by reading the snippets and the tests with ``ast`` — never by running them. Each linked file gets a
highlighted source page (``源码/…``) with an anchor on every line, written as static HTML: highlighting
thousands of lines through Markdown, the theme and the search index would cost more than the build.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import html
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
        """The 验证代码 section of the note at ``page_url`` whose examples are the files ``snippets``."""
        symbols: set[Symbol] = set()
        for path in snippets:
            if path.suffix == ".py" and path.is_file():
                symbols |= used_symbols(path.read_text("utf-8"), self.package)
        symbols = {s for s in symbols if s in self.definitions}
        if not symbols:
            return ""
        to_root = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")

        def source_link(file: str, line: int, text: str) -> str:
            return f'<a href="{to_root}{source_url(file)}#L-{line}"><code>{html.escape(text)}</code></a>'

        rows = ["", "## 验证代码", "", f"本页例子用到的 `{self.package}` 实现，以及检查它们的测试（构建时读取代码得到，不运行测试）：",
                "", "| 实现 | 测试 |", "|---|---|"]
        for symbol in sorted(symbols, key=lambda s: (s.module, s.name)):
            file, line = self.definitions[symbol]
            refs = self.tests.get(symbol, [])
            tests = "、".join(source_link(t.file, t.line, t.name) for t in refs[:TESTS_SHOWN]) or "（尚无直接测试）"
            if len(refs) > TESTS_SHOWN:
                tests += f" 等 {len(refs)} 个"
            rows.append(f"| {source_link(file, line, f'{symbol.module}.{symbol.name}')} | {tests} |")
        return "\n".join(rows) + "\n"

    def source_pages(self, cache_dir: Path) -> dict[str, Path]:
        """The highlighted source page of every linked file, by site URL (cached by content)."""
        pages = {}
        for relative in self.source_files():
            text = (self.project / relative).read_text("utf-8")
            to_root = "../" * (relative.count("/") + 1)
            key = hashlib.sha256(f"{relative}\0{to_root}\0{text}".encode()).hexdigest()
            cached = cache_dir / f"{key}.html"
            if not cached.is_file():
                write_atomically(cached, render_source_page(relative, text, to_root))
            pages[source_url(relative)] = cached
        return pages


def source_url(relative: str) -> str:
    """Site-relative URL of the source page of a project file."""
    return f"{SOURCE_ROOT}/{relative}.html"


def render_source_page(relative: str, code: str, to_root: str) -> str:
    """A standalone highlighted page of ``relative`` with an anchor ``#L-<n>`` on every line."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    formatter = HtmlFormatter(linenos="inline", linespans="L", full=True, title=relative, encoding="utf-8")
    page = highlight(code, PythonLexer(), formatter).decode("utf-8")
    header = (f'<p style="font-family:sans-serif"><a href="{to_root}index.html">mlvault</a> · 源码 · '
              f"<code>{html.escape(relative)}</code></p>")
    return page.replace("<body>", "<body>\n" + header, 1)
