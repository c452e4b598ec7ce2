"""Rendering notes for MkDocs: links, anchors (checked against Python-Markdown's toc), embeds, block
anchors, the aliases line, backlinks and the graph JSON."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pymdownx.slugs import slugify

from vaultsite.check import analyse
from vaultsite.parse import parse_note
from vaultsite.render import BACKLINKS_HEADING, SiteRenderer, _image_markdown
from vaultsite.resolve import Vault, build_graph

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "linkvault" / "good"


def renderer_of(files: dict[str, str], attachments: tuple[str, ...] = ()) -> SiteRenderer:
    notes = {path: parse_note(path, text) for path, text in files.items()}
    vault = Vault(notes, attachments)
    return SiteRenderer(build_graph(vault))


def page(renderer: SiteRenderer, path: str) -> str:
    """The page Markdown of ``path`` as MkDocs hands it over (frontmatter and leading newlines gone)."""
    note = renderer.vault.notes[path]
    return renderer.page_markdown(note, note.text[note.body_start:].lstrip("\n"))


def body(rendered: str) -> str:
    """The rendered page without the backlinks section, percent-decoded for readable assertions."""
    return unquote(rendered.split(f"## {BACKLINKS_HEADING}")[0]).strip()


def site_markdown() -> markdown.Markdown:
    """Python-Markdown configured like mkdocs.yml where heading ids are concerned."""
    return markdown.Markdown(extensions=[
        "attr_list", "md_in_html", "footnotes", "tables", "admonition", "pymdownx.superfences",
        "pymdownx.arithmatex", "toc"], extension_configs={
        "pymdownx.arithmatex": {"generic": True},
        "toc": {"permalink": True, "slugify": slugify(case="lower")}})


def toc_ids(text: str) -> list[str]:
    html = site_markdown().convert(text)
    return re.findall(r'<h[1-6][^>]* id="([^"]*)"', html)


HEADINGS = """\
# 信息量与熵

## 定义与公式

## 定义与公式

## Loss: L2 (范数)

## `H(p)` 与 *期望*

## $x_i^2$ 的意义

## 见 [[SGD]] 与 [[SGD#定义|定义]]

## 嵌入 ![[loss.png]] 与 [图](loss.png) ![alt](loss.png)

## 自定义 {#custom-id}

## _下划线_ snake_case __粗体__

## C# ##

## 带 &amp; 实体 & <b>标签</b>

## 脚注[^1]

## 定义与公式_1

Setext 标题
-----------

> ## 引用里的标题

## 123

[^1]: 脚注内容。
"""


def test_anchors_are_the_ids_toc_assigns() -> None:
    renderer = renderer_of({"n.md": HEADINGS, "SGD.md": "# 定义\n"}, ("loss.png",))
    note = renderer.vault.notes["n.md"]
    rendered = renderer.page_markdown(note, note.text)
    expected = list(renderer.heading_anchors(note).values()) + [BACKLINKS_HEADING]
    assert toc_ids(rendered) == expected
    assert expected[:4] == ["信息量与熵", "定义与公式", "定义与公式_1", "loss-l2-范数"]
    assert "custom-id" in expected


HEADING_WORDS = st.sampled_from([
    "熵", "Entropy", "L2", "定义", "a_b", "_x_", "**粗**", "`code`", "$x^2$", "$\\lVert w\\rVert$", "(范数)",
    ":", "&", "&amp;", "—", "·", "C#", "[[SGD]]", "[[SGD|随机]]", "[t](SGD.md)", "#tag", "!", "?", "中文标题"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(HEADING_WORDS, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=8))
def test_anchors_match_toc_for_generated_headings(titles: list[str]) -> None:
    text = "\n\n".join(f"## {title}" for title in titles) + "\n"
    renderer = renderer_of({"n.md": text, "SGD.md": ""})
    note = renderer.vault.notes["n.md"]
    expected = list(renderer.heading_anchors(note).values()) + [BACKLINKS_HEADING]
    assert toc_ids(renderer.page_markdown(note, note.text)) == expected


def test_links_become_relative_markdown_links() -> None:
    rendered = body(page(SiteRenderer(analyse(GOOD)[0]), "index.md"))
    assert "[信息量与熵](信息论/信息量与熵.md)开始" in rendered
    assert "[交叉熵与 KL 散度](信息论/交叉熵.md)" in rendered
    assert "[梯度下降 › 学习率](优化/梯度下降.md#学习率)" in rendered
    assert "[优化/随机梯度下降](优化/随机梯度下降.md)" in rendered
    assert "[梯度下降](优化/梯度下降.md)" in rendered                      # Markdown link: destination only
    assert "[信息量与熵 › ^entropy-def](信息论/信息量与熵.md#^entropy-def)" in rendered
    assert "[notes.pdf](attachments/notes.pdf)" in rendered
    assert "| 熵 | [香农熵](信息论/信息量与熵.md) |" in rendered              # the table keeps its cells
    assert "> 先看[信息量与熵 › 定义与公式](信息论/信息量与熵.md#定义与公式)。" in rendered
    assert "`[[不是链接]]`、数学 $A[[1,2]]$" in rendered and "x = a[[0, 1]]" in rendered


def test_self_links_and_duplicate_heading_anchors() -> None:
    rendered = body(page(SiteRenderer(analyse(GOOD)[0]), "信息论/信息量与熵.md"))
    assert "见[定义与公式](#定义与公式)、[例子](#例子)和[例子 2](#例子-2)。" in rendered
    assert "[熵的表格](#^entropy-table)" in rendered


def test_fences_are_left_alone() -> None:
    rendered = page(SiteRenderer(analyse(GOOD)[0]), "信息论/信息量与熵.md")
    assert "```python\nprint(entropy([0.5, 0.5]))\n# [[不是链接]]\n```" in rendered


def test_block_anchors_on_the_page_that_owns_them() -> None:
    rendered = body(page(SiteRenderer(analyse(GOOD)[0]), "信息论/信息量与熵.md"))
    assert '<a id="^entropy-def"></a>离散分布 $p$ 的熵是 $H(p) = -\\sum_i p_i \\log p_i$。\n' in rendered
    assert '- <a id="^unit-bits"></a>以 2 为底时单位是比特\n' in rendered
    assert '<div id="^entropy-table" class="mlvault-block-anchor"></div>\n\n| 分布 | 熵 |' in rendered
    assert "^entropy-def" not in rendered.replace('id="^entropy-def"', "")


def test_transclusions() -> None:
    rendered = body(page(SiteRenderer(analyse(GOOD)[0]), "信息论/交叉熵.md"))
    block = ('<div class="mlvault-embed" markdown="1">\n\n'
             "[信息量与熵 › ^entropy-def](信息量与熵.md#^entropy-def){ .mlvault-embed-source }\n\n"
             "离散分布 $p$ 的熵是 $H(p) = -\\sum_i p_i \\log p_i$。\n\n</div>")
    assert block in rendered
    assert "## 定义与公式 {#embed2.定义与公式}" in rendered                      # a heading section
    assert ("> [!note] 单位\n> > [信息量与熵 › ^unit-bits](信息量与熵.md#^unit-bits){ .mlvault-embed-source }\n"
            "> > \n> > - 以 2 为底时单位是比特\n>") in rendered                   # inside a callout
    assert '![](../attachments/entropy.png){ width="320" }' in rendered
    assert '![](../attachments/entropy.png){ width="320" height="200" }' in rendered


def test_transcluded_links_point_from_the_embedding_page() -> None:
    renderer = renderer_of({
        "a/page.md": "![[note]]\n\n- ![[note#Part]]\n",
        "b/c/note.md": "# Note\n\n[[other]] [x](other.md) ![[pic.png|10]] [[#Part]]\n\n"
                       "## Part\n\n[[a/page]]\n",
        "b/c/other.md": "",
    }, ("img/pic.png",))
    rendered = body(page(renderer, "a/page.md"))
    assert "[other](../b/c/other.md) [x](../b/c/other.md)" in rendered
    assert '![](../img/pic.png){ width="10" }' in rendered
    assert "[Part](../b/c/note.md#part)" in rendered
    assert "# Note {#embed1.note}" in rendered and "## Part {#embed1.part}" in rendered
    assert ("- > [note › Part](../b/c/note.md#part){ .mlvault-embed-source }\n"
            "  > \n  > ## Part {#embed2.part}") in rendered
    assert rendered.endswith("  > [a/page](page.md)")


def test_inline_embeds_and_cycles_become_links() -> None:
    renderer = renderer_of({"a.md": "see ![[b]] inline\n\n![[a]]\n", "b.md": "B text"})
    rendered = body(page(renderer, "a.md"))
    assert "see [b](b.md) inline" in rendered
    assert "[a](a.md)" in rendered


@pytest.mark.parametrize(("display", "expected"), [
    (None, "![](x.png)"),
    ("300", '![](x.png){ width="300" }'),
    ("300x200", '![](x.png){ width="300" height="200" }'),
    ("a diagram", "![a diagram](x.png)"),
    ("a diagram|300", '![a diagram](x.png){ width="300" }'),
])
def test_image_sizes(display: str | None, expected: str) -> None:
    assert _image_markdown(display, "x.png") == expected


def test_aliases_line_after_the_title() -> None:
    renderer = SiteRenderer(analyse(GOOD)[0])
    rendered = page(renderer, "信息论/信息量与熵.md")
    assert rendered.startswith('# 信息量与熵\n\n<p class="mlvault-aliases">别名：Entropy · Shannon entropy</p>\n')
    assert "mlvault-aliases" not in page(renderer, "index.md")
    no_title = renderer_of({"n.md": "---\naliases: [A <b>]\n---\ntext\n"})
    assert page(no_title, "n.md").startswith('<p class="mlvault-aliases">别名：A &lt;b&gt;</p>\n\ntext')


def test_backlinks_section() -> None:
    renderer = SiteRenderer(analyse(GOOD)[0])
    backlinks = unquote(page(renderer, "优化/梯度下降.md").split("## 反向链接\n\n")[1])
    assert backlinks.splitlines() == [
        "- [首页](../index.md)",
        "    - 从信息量与熵开始，再读交叉熵与 KL 散度和梯度下降 › 学习率。",
        "    - Markdown 链接：梯度下降",
        "    - 步长 · 学习率",
        "- [随机梯度下降](随机梯度下降.md)",
        "    - 每次用一个小批量估计梯度，是梯度下降的变体。",
        "- [交叉熵](../信息论/交叉熵.md)",
        "    - 另见 学习率。",
    ]
    assert page(renderer, "index.md").endswith("## 反向链接\n\n暂无反向链接。\n")


def test_backlink_context_is_text_with_bold_and_italic_rendered() -> None:
    renderer = renderer_of({
        "t.md": "text ^blk",
        "s.md": "见 **粗体** [[t|目标]]，*强调* <b>x</b> $a_b$ `c_d` [^1] {: .x } ^blk\n\n"
                "## 标题里的 [[t]]\n\n> [!tip] 标注 [[t]]\n\n1. [ ] 任务 [[t#^blk]]。下一句。\n\n[^1]: n\n",
    })
    contexts = page(renderer, "t.md").split("## 反向链接\n\n")[1].splitlines()[1:]
    assert contexts == [
        "    - 见 <strong>粗体</strong> 目标，<em>强调</em> &lt;b>x&lt;/b> $a_b$ `c_d` \\[^1\\] \\{: .x \\}",
        "    - 标题里的 t",
        "    - 标注 t",
        "    - 任务 t › ^blk。",
    ]


def test_markdown_changed_before_the_hook_is_parsed_again() -> None:
    renderer = renderer_of({"a.md": "[[b]]", "b.md": ""})
    note = renderer.vault.notes["a.md"]
    assert body(renderer.page_markdown(note, "changed [[b]]\n")) == "changed [b](b.md)"


def test_graph_json() -> None:
    graph, _ = analyse(GOOD)
    data = graph.to_json(url_of=lambda path: "/" + path.removesuffix(".md") + "/")
    node = next(n for n in data["nodes"] if n["id"] == "信息论/信息量与熵.md")
    assert node == {"id": "信息论/信息量与熵.md", "path": "信息论/信息量与熵.md", "url": "/信息论/信息量与熵/",
                    "title": "信息量与熵", "folder": "信息论", "tags": ["信息论/熵"], "difficulty": "中级",
                    "mastery": 15, "aliases": ["Entropy", "Shannon entropy"]}
    edges = {(e["source"], e["target"]): e["count"] for e in data["edges"]}
    assert edges[("index.md", "信息论/信息量与熵.md")] == 4
    assert edges[("信息论/交叉熵.md", "信息论/信息量与熵.md")] == 4
    assert all(source != target for source, target in edges)


def test_display_math_under_a_line_of_text_becomes_a_formula_as_in_obsidian() -> None:
    renderer = renderer_of({
        "m.md": "由此：\n$$\na^2+b^2=c^2\n$$\n所以成立。\n\n> [!note] 注\n> 又有\n> $$\n> x=1\n> $$\n\n```\n$$\n代码\n```\n",
    })
    markdown_text = page(renderer, "m.md")
    html = markdown.markdown(markdown_text, extensions=["pymdownx.arithmatex", "pymdownx.superfences"],
                             extension_configs={"pymdownx.arithmatex": {"generic": True}})
    assert html.count('<div class="arithmatex">') == 2, html
    assert "所以成立" in html and "$$" in html.split("<pre")[1]  # the code block is left as written


def test_a_backlink_context_never_cuts_a_formula() -> None:
    renderer = renderer_of({"t.md": "", "s.md": "前一句。若 $x>0; y>0$，见 [[t]]。后一句。\n"})
    contexts = page(renderer, "t.md").split("## 反向链接\n\n")[1].splitlines()[1:]
    assert contexts == ["    - 若 $x>0; y>0$，见 t。"]
