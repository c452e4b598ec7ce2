"""Pages the site generates from the vault's graph and the repository's code (nothing here reads ``vault/``).

- the graph view (``图谱``), one page per tag and its parents (``标签/…``), the study dashboard
  (``学习进度``) — all from the graph JSON that ``linkgraph`` produces (nodes with frontmatter, edges);
- "tested by": which ``mlvault`` functions a note's examples use and which tests check them, found by
  reading the snippets and the tests (``ast``), never by running them;
- source pages (``源码/…``) that those links point to, one per module and test file, with line anchors.

Every function returns Markdown; links are relative ``.md`` paths so that MkDocs resolves and checks them.
"""

from __future__ import annotations

import ast
import functools
import html
import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DIFFICULTIES = ("入门", "中级", "高级")
# Reading order of the vault: folders, and the hub note that opens each folder.
FOLDER_ORDER = ["索引", "高等数学", "统计学与概率", "信息论", "优化", "机器学习", "深度学习", "附录"]
HUBS = {
    "索引": "机器学习中的数学", "高等数学": "线性代数", "统计学与概率": "概率论基础", "信息论": "信息论基础",
    "优化": "最优化方法", "机器学习": "机器学习算法总览", "深度学习": "深度学习中的数学",
}
SECONDARY_HUBS = {"微积分基础", "统计学"}
GRAPH_PAGE = "图谱.md"
DASHBOARD_PAGE = "学习进度.md"
TAGS_INDEX = "标签/index.md"
SOURCE_ROOT = "源码"


def link(from_page: str, to_page: str, text: str, anchor: str = "") -> str:
    """A Markdown link from one generated/vault page to another, by relative ``.md`` path."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    target = target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    label = text.replace("[", "\\[").replace("]", "\\]")
    return f"[{label}]({target}{'#' + anchor if anchor else ''})"


def _expand_tag(tag: str) -> list[str]:
    """``数学/应用`` → ``["数学", "数学/应用"]``: a nested tag also belongs to its parents."""
    parts = tag.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def tag_page_path(tag: str) -> str:
    return f"标签/{tag}.md"


# ------------------------------------------------------------------------------------------------ graph


def reading_key(node: dict) -> tuple:
    """Sort key for notes in reading order: folder order, the folder's hub(s) first, then by title."""
    folder = node["folder"]
    rank = FOLDER_ORDER.index(folder) if folder in FOLDER_ORDER else len(FOLDER_ORDER)
    hub = 0 if HUBS.get(folder) == node["title"] else 1 if node["title"] in SECONDARY_HUBS else 2
    return (rank, hub, node["title"])


def home_page(graph: dict) -> str:
    """The site's home: where to start, each folder's hub in reading order, and the study pages."""
    hubs = sorted((n for n in graph["nodes"] if HUBS.get(n["folder"]) == n["title"]), key=reading_key)
    lines = [
        "---\ntitle: 首页\n---\n",
        "# mlvault · 机器学习中的数学\n",
        "一个关于机器学习数学的知识库：每个公式都有推导与直观解释，每个例子都在构建网站时真正运行，"
        "页面上的每个数字都是计算出来的，而不是手抄的。\n",
        "## 从这里开始\n",
    ]
    lines += [f"- {link('index.md', n['path'], n['title'])}（{n['folder']}）" for n in hubs]
    lines += ["", "## 学习工具\n",
              f"- {link('index.md', GRAPH_PAGE, '知识图谱')}：所有笔记与它们之间的链接",
              f"- {link('index.md', DASHBOARD_PAGE, '学习进度')}：按文件夹统计掌握度，以及接下来该复习什么",
              f"- {link('index.md', TAGS_INDEX, '标签')}：按主题浏览"]
    return "\n".join(lines) + "\n"


def graph_page() -> str:
    return """---
title: 知识图谱
hide: [toc]
search:
  exclude: true
---

# 知识图谱

每个圆点是一篇笔记，颜色表示文件夹，大小表示链接数；悬停看标题，点击打开笔记，拖动、滚轮缩放。
可以按标签和难度筛选。每篇笔记页末还有它自己的「局部图谱」。

<form id="mlvault-graph-filters">
<label>标签 <select name="tag"></select></label>
<label>难度 <select name="difficulty"><option value="">全部难度</option><option>入门</option><option>中级</option><option>高级</option></select></label>
<span id="mlvault-graph-count"></span>
</form>
<div id="mlvault-graph-legend"></div>
<div id="mlvault-graph"></div>
"""


def local_graph_block(note_id: str) -> str:
    return f"""
??? abstract "局部图谱"

    <label>深度 <select class="mlvault-local-graph-depth"><option value="1">1</option><option value="2">2</option></select></label>
    <div class="mlvault-local-graph" data-note="{html.escape(note_id, quote=True)}"></div>
"""


# ------------------------------------------------------------------------------------------------ tags


def tag_pages(graph: dict) -> dict[str, str]:
    """One page per tag (and per parent of a nested tag), plus an index of all tags as a tree."""
    notes_by_tag: dict[str, list[dict]] = defaultdict(list)
    for node in graph["nodes"]:
        for tag in sorted({t for full in node["tags"] for t in _expand_tag(full)}):
            notes_by_tag[tag].append(node)
    pages: dict[str, str] = {}
    for tag, nodes in notes_by_tag.items():
        page = tag_page_path(tag)
        children = sorted(t for t in notes_by_tag if t.startswith(tag + "/") and "/" not in t[len(tag) + 1 :])
        lines = [f"---\ntitle: 标签：{tag}\n---\n", f"# 标签：{tag}\n"]
        parent = tag.rpartition("/")[0]
        if parent:
            lines.append(f"上级标签：{link(page, tag_page_path(parent), parent)}\n")
        if children:
            lines.append("子标签：" + " · ".join(link(page, tag_page_path(c), c) for c in children) + "\n")
        lines.append(f"共 {len(nodes)} 篇笔记（含子标签）：\n")
        for node in sorted(nodes, key=lambda n: n["path"]):
            own = [t for t in node["tags"] if t == tag or t.startswith(tag + "/")]
            lines.append(f"- {link(page, node['path'], node['title'])} <small>{'、'.join(own)}</small>")
        pages[page] = "\n".join(lines) + "\n"
    index = ["---\ntitle: 标签\n---\n", "# 标签\n", "嵌套标签用 `/` 分隔；父标签的页面也列出所有子标签下的笔记。\n"]
    for tag in sorted(notes_by_tag):
        depth = tag.count("/")
        index.append(f"{'    ' * depth}- {link(TAGS_INDEX, tag_page_path(tag), tag.rpartition('/')[2])}（{len(notes_by_tag[tag])}）")
    pages[TAGS_INDEX] = "\n".join(index) + "\n"
    return pages


def tag_links(page: str, tags: list[str]) -> str:
    """The tag chips shown under a note's title."""
    if not tags:
        return ""
    chips = " ".join(link(page, tag_page_path(t), "#" + t) for t in tags)
    return f'<div class="mlvault-tags" markdown="span">{chips}</div>\n'


# ------------------------------------------------------------------------------------------------ dashboard


@dataclass
class FolderStats:
    notes: int = 0
    mastery_sum: int = 0
    with_mastery: int = 0
    difficulty: Counter = field(default_factory=Counter)

    @property
    def mean_mastery(self) -> float | None:
        return self.mastery_sum / self.with_mastery if self.with_mastery else None


def folder_stats(graph: dict) -> dict[str, FolderStats]:
    stats: dict[str, FolderStats] = defaultdict(FolderStats)
    for node in graph["nodes"]:
        for key in (node["folder"] or "（根目录）", "全部"):
            entry = stats[key]
            entry.notes += 1
            entry.difficulty[node["difficulty"] or "未标注"] += 1
            if node["mastery"] is not None:
                entry.mastery_sum += node["mastery"]
                entry.with_mastery += 1
    return dict(stats)


def review_queue(graph: dict, limit: int = 12) -> list[tuple[dict, int, float]]:
    """Notes to review next: low mastery first, weighted by how many notes link to them.

    priority = (100 − mastery) × (1 + number of notes linking in); ties by title.
    """
    incoming = Counter(edge["target"] for edge in graph["edges"])
    scored = [
        (node, incoming[node["id"]], (100 - node["mastery"]) * (1 + incoming[node["id"]]))
        for node in graph["nodes"]
        if node["mastery"] is not None
    ]
    return sorted(scored, key=lambda item: (-item[2], item[0]["title"]))[:limit]


def _bar_chart(rows: list[tuple[str, float | None, Counter]]) -> str:
    """Mean mastery per folder (bar) and the difficulty mix (stacked strip), as inline SVG."""
    colours = {"入门": "#66bb6a", "中级": "#ffa726", "高级": "#ef5350", "未标注": "#bdbdbd"}
    row_h, label_w, bar_w = 26, 110, 360
    height = row_h * len(rows) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_w + 2 * bar_w + 40} {height}" role="img" aria-label="各文件夹的平均掌握度与难度分布">']
    parts.append(f'<text x="{label_w}" y="14" font-size="12">平均掌握度（0–100%）</text>')
    parts.append(f'<text x="{label_w + bar_w + 20}" y="14" font-size="12">难度分布（入门 / 中级 / 高级）</text>')
    for i, (name, mastery, difficulty) in enumerate(rows):
        y = 24 + i * row_h
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{html.escape(name)}</text>')
        width = bar_w * (mastery or 0) / 100
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="18" fill="#eeeeee"/>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{width:.1f}" height="18" fill="#5c6bc0"/>')
        label = "—" if mastery is None else f"{mastery:.0f}%"
        parts.append(f'<text x="{label_w + 4}" y="{y + 13}" font-size="11" fill="#000">{label}</text>')
        total, x = sum(difficulty.values()), label_w + bar_w + 20
        for level in (*DIFFICULTIES, "未标注"):
            if difficulty[level]:
                w = bar_w * difficulty[level] / total
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="18" fill="{colours[level]}"><title>{level}: {difficulty[level]}</title></rect>')
                x += w
    parts.append("</svg>")
    return "".join(parts)


def dashboard_page(graph: dict, folder_order: list[str]) -> str:
    stats = folder_stats(graph)
    folders = [f for f in folder_order if f in stats] + sorted(set(stats) - set(folder_order) - {"全部"}) + ["全部"]
    lines = [
        "---\ntitle: 学习进度\nhide: [toc]\n---\n",
        "# 学习进度\n",
        "由每篇笔记的 frontmatter（`mastery`、`difficulty`）在构建时生成：改笔记里的掌握度，重新构建就会更新。\n",
        '<div class="mlvault-chart">' + _bar_chart([(f, stats[f].mean_mastery, stats[f].difficulty) for f in folders]) + "</div>\n",
        "## 按文件夹\n",
        "| 文件夹 | 笔记数 | 平均掌握度 | 入门 | 中级 | 高级 | 缺少掌握度 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for f in folders:
        s = stats[f]
        mean = "—" if s.mean_mastery is None else f"{s.mean_mastery:.1f}%"
        name = f"**{f}**" if f == "全部" else f
        lines.append(
            f'| {name} | <span data-stat="notes" data-folder="{f}">{s.notes}</span> | '
            f'<span data-stat="mastery" data-folder="{f}">{mean}</span> | '
            + " | ".join(str(s.difficulty[d]) for d in DIFFICULTIES)
            + f" | {s.notes - s.with_mastery} |"
        )
    lines += ["", "## 接下来复习", "", "掌握度低、被很多笔记引用的先复习：优先级 = (100 − 掌握度) × (1 + 入链数)。", ""]
    lines += ["| 笔记 | 掌握度 | 入链数 | 优先级 |", "|---|---:|---:|---:|"]
    for node, incoming, score in review_queue(graph):
        lines.append(f"| {link(DASHBOARD_PAGE, node['path'], node['title'])} | {node['mastery']}% | {incoming} | {score:.0f} |")
    missing = sorted((n for n in graph["nodes"] if n["mastery"] is None), key=lambda n: n["path"])
    lines += ["", "## 缺少掌握度的笔记", ""]
    lines += [f"- {link(DASHBOARD_PAGE, n['path'], n['title'])}" for n in missing] or ["没有：每篇笔记都填了 `mastery`。"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ tested by


@dataclass(frozen=True)
class Symbol:
    module: str  # e.g. "mlvault.information"
    name: str  # e.g. "entropy"


@functools.lru_cache(maxsize=1024)
def used_symbols(source: str) -> frozenset[Symbol]:
    """The ``mlvault`` functions and classes a script uses (``from m import f``, ``import m as x; x.f``)."""
    tree = ast.parse(source)
    used: set[Symbol] = set()
    module_aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "mlvault" and not node.level:
            used.update(Symbol(node.module, alias.name) for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("mlvault."):
                    module_aliases[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = ast.unparse(node.value)
            if owner in module_aliases:
                used.add(Symbol(module_aliases[owner], node.attr))
    return frozenset(s for s in used if s.module != "mlvault.plotting")


@dataclass(frozen=True)
class TestRef:
    file: str  # repo-relative path
    name: str
    line: int


class CodeIndex:
    """Definitions in ``mlvault`` and the tests that exercise each of them, read once per build."""

    def __init__(self, repo_root: Path) -> None:
        self.repo_root = repo_root
        self.definitions: dict[Symbol, tuple[str, int]] = {}
        self.tests: dict[Symbol, list[TestRef]] = defaultdict(list)
        for path in sorted((repo_root / "mlvault").rglob("*.py")):
            module = ".".join(path.relative_to(repo_root).with_suffix("").parts).removesuffix(".__init__")
            tree = ast.parse(path.read_text("utf-8"))
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                    self.definitions[Symbol(module, node.name)] = (str(path.relative_to(repo_root)), node.lineno)
        for path in sorted((repo_root / "tests").rglob("test_*.py")):
            self._index_test_file(path)

    def _index_test_file(self, path: Path) -> None:
        tree = ast.parse(path.read_text("utf-8"))
        imported = {alias.asname or alias.name: Symbol(node.module, alias.name)
                    for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
                    and node.module.startswith("mlvault") for alias in node.names}
        relative = str(path.relative_to(self.repo_root))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
                for local, symbol in imported.items():
                    if local in names:
                        self.tests[symbol].append(TestRef(relative, node.name, node.lineno))

    def source_files(self) -> list[str]:
        """Every file that "tested by" links to: the mlvault modules and the test files that use them."""
        return sorted({path for path, _ in self.definitions.values()} | {t.file for refs in self.tests.values() for t in refs})

    def tested_by_section(self, page_url: str, snippets: list[str]) -> str:
        """The "验证代码" section of the note at ``page_url`` whose examples are ``snippets`` (repo-relative)."""
        symbols: set[Symbol] = set()
        for snippet in snippets:
            path = self.repo_root / snippet
            if path.suffix == ".py" and path.is_file() and path.parts[len(self.repo_root.parts)] == "snippets":
                symbols |= used_symbols(path.read_text("utf-8"))
        symbols = {s for s in symbols if s in self.definitions}
        if not symbols:
            return ""
        to_root = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")

        def source_link(file: str, line: int, text: str) -> str:
            return f'<a href="{to_root}{source_url(file)}#L-{line}"><code>{html.escape(text)}</code></a>'

        rows = ["", "## 验证代码", "", "本页例子用到的 `mlvault` 实现，以及检查它们的测试（构建时读取代码得到，不运行测试）：", "",
                "| 实现 | 测试 |", "|---|---|"]
        for symbol in sorted(symbols, key=lambda s: (s.module, s.name)):
            file, line = self.definitions[symbol]
            refs = self.tests.get(symbol, [])
            tests = "、".join(source_link(t.file, t.line, t.name) for t in refs[:6]) or "（尚无直接测试）"
            if len(refs) > 6:
                tests += f" 等 {len(refs)} 个"
            rows.append(f"| {source_link(file, line, f'{symbol.module}.{symbol.name}')} | {tests} |")
        return "\n".join(rows) + "\n"


def source_url(relative: str) -> str:
    """Site-relative URL of the source page of a repository file."""
    return f"{SOURCE_ROOT}/{relative}.html"


def render_source_page(relative: str, code: str, to_root: str) -> str:
    """A standalone highlighted page of ``relative`` with an anchor ``#L-<n>`` on every line.

    Written as plain HTML (not a MkDocs page): highlighting a few thousand lines through Markdown, the theme
    and the search index would cost more than the rest of the build.
    """
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    formatter = HtmlFormatter(linenos="inline", linespans="L", full=True, title=relative, encoding="utf-8")
    page = highlight(code, PythonLexer(), formatter).decode("utf-8")
    header = (f'<p style="font-family:sans-serif"><a href="{to_root}index.html">mlvault</a> · 源码 · '
              f"<code>{html.escape(relative)}</code></p>")
    return page.replace("<body>", "<body>\n" + header, 1)
