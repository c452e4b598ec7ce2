"""Pages the site generates from the vault's graph (nothing here reads ``vault/``): the home page, the
graph view (``图谱``), one page per tag and its parents (``标签/…``) and the study dashboard
(``学习进度``), all from :meth:`vaultsite.resolve.LinkGraph.to_json` (nodes with frontmatter, edges).

Every function returns Markdown; links are relative ``.md`` paths so that MkDocs resolves and checks them.
Text that comes from the vault (titles, tags, folder names) is escaped wherever it lands in HTML.
"""

from __future__ import annotations

import html
import json
import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass, field

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
EXERCISES_PAGE = "练习.md"
TAGS_INDEX = "标签/index.md"
SOURCE_ROOT = "源码"
# Front matter of the pages that list notes (home, tags): Material's search ranks them below the notes.
LISTING = "search:\n  boost: 0.1\n"


def markdown_text(text: str) -> str:
    """``text`` shown as written in Markdown: HTML and link brackets escaped."""
    return html.escape(text, quote=False).replace("[", "\\[").replace("]", "\\]")


def link(from_page: str, to_page: str, text: str, anchor: str = "") -> str:
    """A Markdown link from one generated/vault page to another, by relative ``.md`` path."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    for char, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E"), ('"', "%22")):
        target = target.replace(char, code)
    return f"[{markdown_text(text)}]({target}{'#' + anchor if anchor else ''})"


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


PDF_TITLES = {"mlvault.pdf": "全书 PDF", "速查表.pdf": "速查表 PDF"}
PDF_OF_NOTE = {"机器学习公式与概念速查表": "速查表.pdf"}  # a note printed on its own


def pdf_line(page_url: str, name: str) -> str:
    """A download link to ``pdf/<name>`` for the page at ``page_url`` (raw HTML: not a page of the site)."""
    to_root = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")
    href = html.escape(f"{to_root}pdf/{name}", quote=True)
    return f'<p class="mlvault-pdf-links">PDF：<a href="{href}" download>{html.escape(name)}</a></p>\n'


def home_page(graph: dict, pdfs: list[str] = ()) -> str:
    """The site's home: where to start, each folder's hub in reading order, the study pages and the PDFs
    made for these sources (``pdfs``: site-relative paths; raw links, as they are not pages)."""
    hubs = sorted((n for n in graph["nodes"] if HUBS.get(n["folder"]) == n["title"]), key=reading_key)
    lines = [
        f"---\ntitle: 首页\n{LISTING}---\n",
        "# mlvault · 机器学习中的数学\n",
        "一个关于机器学习数学的知识库：每个公式都有推导与直观解释，每个例子都在构建网站时真正运行，"
        "页面上的每个数字都是计算出来的，而不是手抄的。\n",
        "## 从这里开始\n",
    ]
    lines += [f"- {link('index.md', n['path'], n['title'])}（{n['folder']}）" for n in hubs]
    lines += ["", "## 学习工具\n",
              f"- {link('index.md', GRAPH_PAGE, '知识图谱')}：所有笔记与它们之间的链接",
              f"- {link('index.md', EXERCISES_PAGE, '练习')}：全站的练习，按文件夹、笔记与难度筛选，随机抽一道没做过的",
              f"- {link('index.md', DASHBOARD_PAGE, '学习进度')}：你自己的练习进度与今天该复习的练习，以及作者标的掌握度",
              f"- {link('index.md', TAGS_INDEX, '标签')}：按主题浏览"]
    for pdf in pdfs:
        title = PDF_TITLES.get(posixpath.basename(pdf), posixpath.basename(pdf))
        lines.append(f'- <a href="{html.escape(pdf, quote=True)}">{html.escape(title)}</a>：打印版')
    return "\n".join(lines) + "\n"


def graph_page() -> str:
    return """---
title: 知识图谱
hide: [toc]
search:
  exclude: true
---

# 知识图谱

每个圆点是一篇笔记，颜色表示文件夹，大小表示链接数；悬停（或用 Tab 键选中）一篇笔记会突出它和它的邻居，
点击打开笔记；拖动画布平移，滚轮或双指缩放（放大后显示更多标题），双击回到全图。可以按标签和难度筛选。
每篇笔记也有它自己的「局部图谱」：宽屏在右侧目录上方，窄屏在笔记开头一段之后。

<form id="mlvault-graph-filters">
<label>标签 <select name="tag"></select></label>
<label>难度 <select name="difficulty"><option value="">全部难度</option><option>入门</option><option>中级</option><option>高级</option></select></label>
<span id="mlvault-graph-count"></span>
</form>
<div id="mlvault-graph-legend"></div>
<div id="mlvault-graph"></div>
"""


def local_graph_block(note_id: str) -> str:
    """Where a note's local graph goes: an empty slot that the graph script fills (nothing without JavaScript,
    so nothing for search or print either) or leaves empty while it shows the graph in the right sidebar."""
    return f'\n<div class="mlvault-local-graph-slot" data-note="{html.escape(note_id, quote=True)}"></div>\n'


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
        lines = [f"---\ntitle: {json.dumps('标签：' + tag, ensure_ascii=False)}\n{LISTING}---\n", f"# 标签：{markdown_text(tag)}\n"]
        parent = tag.rpartition("/")[0]
        if parent:
            lines.append(f"上级标签：{link(page, tag_page_path(parent), parent)}\n")
        if children:
            lines.append("子标签：" + " · ".join(link(page, tag_page_path(c), c) for c in children) + "\n")
        lines.append(f"共 {len(nodes)} 篇笔记（含子标签）：\n")
        for node in sorted(nodes, key=lambda n: n["path"]):
            own = [t for t in node["tags"] if t == tag or t.startswith(tag + "/")]
            lines.append(f"- {link(page, node['path'], node['title'])} <small>{html.escape('、'.join(own))}</small>")
        pages[page] = "\n".join(lines) + "\n"
    index = [f"---\ntitle: 标签\n{LISTING}---\n", "# 标签\n", "嵌套标签用 `/` 分隔；父标签的页面也列出所有子标签下的笔记。\n"]
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
        "## 我的练习\n",
        f"你在各篇笔记里核对过的练习记在这个浏览器里（只在本机，不上传）。答错的练习按 1、3、7、16 天的间隔回到"
        f"「今天复习」里，连续答对就不再出现；一篇笔记的练习全部答对，它就不在复习单里了。全部练习见"
        f" {link(DASHBOARD_PAGE, EXERCISES_PAGE, '练习')}。\n",
        '<div id="mlvault-progress" class="mlvault-progress" hidden></div>\n',
        "### 今天复习\n",
        '<div id="mlvault-review" class="mlvault-review" hidden></div>\n',
        '<div class="mlvault-progress-tools" hidden><button type="button" data-action="export">导出进度（JSON）</button> '
        '<label class="md-button">导入进度 <input type="file" accept="application/json" data-action="import"></label> '
        '<button type="button" data-action="reset">清空进度</button> <span role="status" aria-live="polite"></span></div>\n',
        "<noscript>记录和复习练习需要浏览器开启 JavaScript。</noscript>\n",
        "## 作者标注的掌握度\n",
        "由每篇笔记的 frontmatter（`mastery`、`difficulty`）在构建时生成：这是作者写笔记时的自评，不是你的进度。\n",
        '<div class="mlvault-chart">' + _bar_chart([(f, stats[f].mean_mastery, stats[f].difficulty) for f in folders]) + "</div>\n",
        "### 按文件夹\n",
        "| 文件夹 | 笔记数 | 平均掌握度 | 入门 | 中级 | 高级 | 缺少掌握度 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for f in folders:
        s = stats[f]
        mean = "—" if s.mean_mastery is None else f"{s.mean_mastery:.1f}%"
        name = f"**{f}**" if f == "全部" else f
        lines.append(
            f'| {name} | <span data-stat="notes" data-folder="{html.escape(f, quote=True)}">{s.notes}</span> | '
            f'<span data-stat="mastery" data-folder="{html.escape(f, quote=True)}">{mean}</span> | '
            + " | ".join(str(s.difficulty[d]) for d in DIFFICULTIES)
            + f" | {s.notes - s.with_mastery} |"
        )
    lines += ["", "### 按作者掌握度该复习的笔记", "",
              "掌握度低、被很多笔记引用的先复习：优先级 = (100 − 掌握度) × (1 + 入链数)。", ""]
    lines += ["| 笔记 | 掌握度 | 入链数 | 优先级 |", "|---|---:|---:|---:|"]
    for node, incoming, score in review_queue(graph):
        lines.append(f"| {link(DASHBOARD_PAGE, node['path'], node['title'])} | {node['mastery']}% | {incoming} | {score:.0f} |")
    missing = sorted((n for n in graph["nodes"] if n["mastery"] is None), key=lambda n: n["path"])
    lines += ["", "### 缺少掌握度的笔记", ""]
    lines += [f"- {link(DASHBOARD_PAGE, n['path'], n['title'])}" for n in missing] or ["没有：每篇笔记都填了 `mastery`。"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ exercises


def exercises_page(graph: dict, exercises: list[dict]) -> str:
    """Every exercise of the vault, by folder and note in reading order, with filters and the reader's status
    (filled in by the study script). Links are raw HTML: their ``#ex-N`` anchors are added after conversion."""
    order = {node["path"]: reading_key(node) for node in graph["nodes"]}
    rows = sorted(exercises, key=lambda e: (order[e["note"]], e["number"]))
    checkable = sum(1 for e in rows if e["checkable"])
    folders = list(dict.fromkeys(e["folder"] for e in rows))
    options = "".join(f'<option value="{html.escape(f, quote=True)}">{html.escape(f)}</option>' for f in folders)
    lines = [
        "---\ntitle: 练习\nhide: [toc]\nsearch:\n  exclude: true\n---\n",
        "# 练习\n",
        f"全站共 <span data-count=\"exercises\">{len(rows)}</span> 道练习，其中 <span data-count=\"checkable\">{checkable}</span>"
        " 道可以在页面上直接核对答案，其余是推导或开放题（看折叠的解答）。状态一栏来自你在这个浏览器里的记录"
        f"（见 {link(EXERCISES_PAGE, DASHBOARD_PAGE, '学习进度')}）。\n",
        '<form class="mlvault-exercise-filters" hidden>'
        f'<label>文件夹 <select name="folder"><option value="">全部</option>{options}</select></label> '
        '<label>难度 <select name="difficulty"><option value="">全部</option>'
        + "".join(f"<option>{d}</option>" for d in DIFFICULTIES) + "</select></label> "
        '<label>状态 <select name="status"><option value="">全部</option><option value="todo">未做</option>'
        '<option value="wrong">答错过</option><option value="right">已答对</option></select></label> '
        '<button type="button" data-action="random">随机一道没做过的</button> <span data-count="shown"></span></form>\n',
        "| 文件夹 | 笔记 | 练习 | 难度 | 核对 | 状态 |",
        "|---|---|---|---|---|---|",
    ]
    for e in rows:
        target = html.escape(f"../{e['url']}#ex-{e['number']}", quote=True)  # from this page's URL, 练习/
        title = html.escape(e["note_title"])
        lines.append(
            f'| {html.escape(e["folder"])} | {title} | <a href="{target}" data-exercise="{html.escape(e["id"], quote=True)}">'
            f'练习 {e["number"]}</a> | {e["difficulty"]} | {"✓" if e["checkable"] else "—"} | '
            f'<span class="mlvault-status" data-status-for="{html.escape(e["id"], quote=True)}">—</span> |')
    return "\n".join(lines) + "\n"
