"""Generated pages: tags (nested), dashboard numbers, review queue, reading order, and 'tested by'."""

from __future__ import annotations

import markdown
import pytest

from vaultsite import sitepages
from vaultsite.codeindex import CodeIndex, render_source_page, used_symbols
from vaultsite.parse import parse_note
from vaultsite.resolve import Vault, build_graph


def node(path, title, tags=(), difficulty="入门", mastery=0):
    folder = path.rpartition("/")[0]
    return {"id": path, "path": path, "url": path[:-3] + "/", "title": title, "folder": folder,
            "tags": list(tags), "difficulty": difficulty, "mastery": mastery, "aliases": []}


@pytest.fixture
def graph():
    return {
        "nodes": [
            node("信息论/信息论基础.md", "信息论基础", ["信息论"], "中级", 40),
            node("信息论/熵.md", "熵", ["信息论/熵", "机器学习/损失函数"], "中级", 10),
            node("优化/梯度下降.md", "梯度下降", ["优化"], "入门", None),
            node("优化/最优化方法.md", "最优化方法", ["优化"], "高级", 90),
        ],
        "edges": [
            {"source": "信息论/信息论基础.md", "target": "信息论/熵.md", "count": 1},
            {"source": "优化/梯度下降.md", "target": "信息论/熵.md", "count": 2},
            {"source": "信息论/熵.md", "target": "优化/最优化方法.md", "count": 1},
        ],
    }


def test_nested_tags_get_a_page_each_and_parents_list_children(graph):
    pages = sitepages.tag_pages(graph)
    assert {"标签/信息论.md", "标签/信息论/熵.md", "标签/机器学习.md", "标签/机器学习/损失函数.md", "标签/优化.md"} <= set(pages)
    parent = pages["标签/信息论.md"]
    assert "共 2 篇笔记" in parent and "[熵](../信息论/熵.md)" in parent and "子标签" in parent
    assert "共 1 篇笔记" in pages["标签/信息论/熵.md"]
    assert "[熵](../../信息论/熵.md)" in pages["标签/信息论/熵.md"]


def test_tag_chips_link_to_tag_pages():
    chips = sitepages.tag_links("信息论/熵.md", ["信息论/熵"])
    assert "[#信息论/熵](../标签/信息论/熵.md)" in chips


def test_folder_statistics_equal_the_frontmatter(graph):
    stats = sitepages.folder_stats(graph)
    assert stats["信息论"].notes == 2 and stats["信息论"].mean_mastery == pytest.approx(25.0)
    assert stats["优化"].with_mastery == 1 and stats["优化"].mean_mastery == pytest.approx(90.0)
    assert stats["全部"].notes == 4 and stats["全部"].mean_mastery == pytest.approx((40 + 10 + 90) / 3)
    assert stats["全部"].difficulty == {"中级": 2, "入门": 1, "高级": 1}


def test_review_queue_weights_low_mastery_by_incoming_links(graph):
    queue = sitepages.review_queue(graph)
    assert [(n["title"], incoming, score) for n, incoming, score in queue] == [
        ("熵", 2, 90 * 3), ("信息论基础", 0, 60), ("最优化方法", 1, 10 * 2)
    ]


def test_dashboard_lists_notes_without_mastery(graph):
    page = sitepages.dashboard_page(graph, sitepages.FOLDER_ORDER)
    assert "[梯度下降](优化/梯度下降.md)" in page.split("## 缺少掌握度的笔记")[1]
    assert '<span data-stat="notes" data-folder="全部">4</span>' in page
    assert "<svg" in page


def test_reading_order_puts_each_folders_hub_first(graph):
    titles = [n["title"] for n in sorted(graph["nodes"], key=sitepages.reading_key)]
    assert titles == ["信息论基础", "熵", "最优化方法", "梯度下降"]


def test_used_symbols_follow_from_imports_and_module_aliases():
    source = (
        "import numpy as np\nfrom mlvault.information import entropy, kl_divergence\n"
        "import mlvault.linalg as la\nfrom mlvault.plotting import show\nla.pinv(np.eye(2))\n"
    )
    found = {(s.module, s.name) for s in used_symbols(source, "mlvault")}
    assert found == {("mlvault.information", "entropy"), ("mlvault.information", "kl_divergence"), ("mlvault.linalg", "pinv")}


def test_tested_by_links_implementation_and_tests(tmp_path):
    (tmp_path / "mlvault").mkdir()
    (tmp_path / "mlvault" / "shapes.py").write_text("def area(r):\n    return 3 * r * r\n\n\ndef _hidden():\n    pass\n")
    (tmp_path / "tests" / "mlvault").mkdir(parents=True)
    (tmp_path / "tests" / "mlvault" / "test_shapes.py").write_text(
        "from mlvault.shapes import area\n\n\ndef test_area():\n    assert area(1) == 3\n\n\ndef test_other():\n    pass\n"
    )
    (tmp_path / "snippets" / "geo").mkdir(parents=True)
    (tmp_path / "snippets" / "geo" / "ex.py").write_text("from mlvault.shapes import area\nprint(area(2))\n")
    index = CodeIndex(tmp_path / "mlvault", tmp_path / "tests")
    section = index.tested_by_section("几何/圆/", [tmp_path / "snippets" / "geo" / "ex.py"])
    assert '<a href="../../源码/mlvault/shapes.py/#L-1"><code>mlvault.<wbr>shapes.<wbr>area</code></a>' in section
    assert '<a href="../../源码/tests/mlvault/test_shapes.py/#L-4"><code>test_<wbr>area</code></a>' in section
    assert "test_other" not in section
    assert index.source_files() == ["mlvault/shapes.py", "tests/mlvault/test_shapes.py"]
    assert index.tested_by_section("几何/圆/", []) == ""


def test_source_page_has_one_anchor_per_line_and_stays_out_of_search():
    code = 'def f(x):\n\n    """$a$ --8<-- "b.py" [[c]]"""\n    return x\n'
    page = render_source_page("mlvault/f_x.py", code)
    assert page.count('id="L-') == 4 and 'id="L-4"' in page
    assert "search:\n  exclude: true" in page and "# mlvault/f\\_x.py" in page
    html = markdown.markdown(page.split("---\n", 2)[2], extensions=["md_in_html", "pymdownx.arithmatex", "pymdownx.snippets"])
    assert "--8&lt;--" in html and "[[c]]" in html and "arithmatex" not in html  # shown as written


def test_an_implementation_with_many_tests_folds_the_rest(tmp_path):
    (tmp_path / "mlvault").mkdir()
    (tmp_path / "mlvault" / "m.py").write_text("def g():\n    return 1\n")
    (tmp_path / "tests").mkdir()
    tests = "".join(f"\n\ndef test_{i}():\n    assert g() == 1\n" for i in range(9))
    (tmp_path / "tests" / "test_m.py").write_text("from mlvault.m import g\n" + tests)
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "s.py").write_text("from mlvault.m import g\n")
    section = CodeIndex(tmp_path / "mlvault", tmp_path / "tests").tested_by_section("a/", [tmp_path / "snippets" / "s.py"])
    shown, folded = section.split("<details")
    assert shown.count("test_<wbr>") == 6 and "另外 3 个测试" in folded and folded.count("test_<wbr>") == 3


def test_home_page_lists_each_folders_hub_in_reading_order(graph):
    home = sitepages.home_page(graph)
    assert home.index("[信息论基础](信息论/信息论基础.md)") < home.index("[最优化方法](优化/最优化方法.md)")
    assert "[熵]" not in home


def test_home_page_links_the_pdfs_made_for_these_sources(graph):
    assert "PDF" not in sitepages.home_page(graph)
    home = sitepages.home_page(graph, ["pdf/mlvault.pdf"])
    assert '<a href="pdf/mlvault.pdf">全书 PDF</a>' in home


def test_text_from_the_vault_is_escaped_in_generated_pages():
    evil = "<svg/onload=alert(1)>"
    graph = {"nodes": [node("a/x.md", evil, [evil])], "edges": []}
    pages = sitepages.tag_pages(graph) | {"dash": sitepages.dashboard_page(graph, []), "home": sitepages.home_page(graph)}
    for page in pages.values():
        html = markdown.markdown(page.split("---\n", 2)[-1], extensions=["tables", "md_in_html"])
        assert "<svg/onload" not in html and "onload=alert(1)>" not in html.replace("&gt;", "")


def test_a_tag_keeps_its_case_and_one_spelling_serves_every_note():
    texts = {"a.md": "---\ntags: [信息论/KL散度, CNN]\n---\n", "b.md": "---\ntags: [信息论/kl散度, cnn/Pooling]\n---\n#NumPy\n"}
    vault = Vault({path: parse_note(path, text) for path, text in texts.items()})
    nodes = {node["path"]: node["tags"] for node in build_graph(vault).to_json()["nodes"]}
    assert nodes == {"a.md": ["信息论/KL散度", "CNN"], "b.md": ["信息论/KL散度", "CNN/Pooling", "NumPy"]}
    pages = sitepages.tag_pages({"nodes": [node(path, path, tags) for path, tags in nodes.items()], "edges": []})
    assert {"标签/信息论/KL散度.md", "标签/CNN.md", "标签/CNN/Pooling.md", "标签/NumPy.md"} <= set(pages)
    assert "共 2 篇笔记" in pages["标签/信息论/KL散度.md"] and "# 标签：CNN" in pages["标签/CNN.md"]


def test_wide_tables_label_their_cells_for_phones_and_narrow_ones_are_left_alone():
    from vaultsite.study import label_wide_tables

    wide = markdown.markdown("| 编号 | 位置 | 类型 | 原文 | 改正 |\n|---|---|--:|---|---|\n| ER-01 | §1 | 公式 | `a<b` | **b** |\n",
                             extensions=["tables"])
    labelled = label_wide_tables(wide)
    assert "<table data-wide>" in labelled
    assert '<td data-label="编号">ER-01</td>' in labelled and '<td data-label="类型" style="text-align: right;">' in labelled
    assert labelled.count("data-label=") == 5
    narrow = markdown.markdown("| a | b |\n|---|---|\n| 1 | 2 |\n", extensions=["tables"])
    assert label_wide_tables(narrow) == narrow
    with_math = wide.replace("<th>原文</th>", '<th><span class="arithmatex">\\(x\\)</span></th>')
    assert label_wide_tables(with_math) == with_math
    quoted = wide.replace("<th>原文</th>", "<th>&quot;a&amp;b&quot; <em>x</em></th>")
    assert '<td data-label="&quot;a&amp;b&quot; x"><code>' in label_wide_tables(quoted)
