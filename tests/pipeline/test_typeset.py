"""Formulas typeset at build time (vaultsite/typeset.py): KaTeX's HTML replaces arithmatex's TeX."""

from __future__ import annotations

import html
import re

import markdown
import pytest
from material.plugins.search.plugin import Parser
from minisite import REPO_ROOT, build, note, write_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink

from vaultsite.typeset import Typesetter, locate


@pytest.fixture(scope="module")
def typesetter():
    instance = Typesetter(REPO_ROOT / "node_modules")
    yield instance
    instance.close()


def converted(text: str) -> str:
    """Markdown converted as the site converts it (arithmatex in generic mode)."""
    return markdown.markdown(text, extensions=["pymdownx.arithmatex", "toc"],
                             extension_configs={"pymdownx.arithmatex": {"generic": True}})


def visible_text(page_html: str) -> str:
    """The text a reader sees: KaTeX's MathML copy (visually hidden) and the tags left out."""
    page_html = re.sub(r'<span class="katex-mathml">.*?</math></span>', "", page_html, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


def test_inline_and_displayed_formulas_become_katex_html_with_mathml(typesetter):
    page = typesetter.page(converted("设 $a < b$ 且 $x^2$ 为正：\n\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n"), str)
    assert "arithmatex" in page and "\\(" not in page and "\\[" not in page
    assert page.count('class="katex"') == 3 and page.count('class="katex-display"') == 1
    assert '<annotation encoding="application/x-tex">a &lt; b</annotation>' in page  # the TeX, for screen readers
    text = visible_text(page)
    assert "\\frac" not in text and "\\sum" not in text and "设" in text and "为正" in text


def test_an_environment_is_displayed_as_written(typesetter):
    page = typesetter.page(converted("\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n"), str)
    assert page.count('class="katex-display"') == 1 and "\\begin" not in visible_text(page)


def test_a_formula_katex_cannot_typeset_names_its_note_and_line(typesetter):
    source = "第一行\n\n文字 $\\frac{1}{$ 与 $\\undefinedmacro x$\n"
    with pytest.raises(PluginError, match=r"概率/x\.md:3: KaTeX cannot typeset the formula .*frac"):
        typesetter.page(converted(source), lambda tex: locate(tex, [("概率/x.md", source)]))


def test_located_in_a_transcluded_note_when_the_page_does_not_contain_it():
    assert locate("\\alpha+1", [("a.md", "无\n"), ("b.md", "一\n二 $\\alpha+1$\n")]) == "b.md:2"
    assert locate("\\beta", [("a.md", "无\n")]) == "a.md"


def test_punctuation_after_an_inline_formula_stays_on_its_line(typesetter):
    page = typesetter.page(converted("梯度为 $\\mathbf{p}-\\mathbf{y}$，再看 $x$ 和 $y$ 两者。"), str)
    assert page.count("mlvault-tail") == 1  # only the formula followed by 「，」
    tail = page.index("mlvault-tail")
    assert page.rfind('class="katex-base"') > tail > page.find('class="katex-base"')  # the last box, not the first
    assert re.search(r"</mlvault-math></span>，", page)


def test_formulas_stay_out_of_the_search_index_and_the_words_around_them_stay_in(typesetter):
    page = typesetter.page(converted("# 标题\n\n熵的定义 $H(X)=-\\sum_x p(x)\\log p(x)$ 度量不确定性。\n\n"
                                     "$$\nD_{\\mathrm{KL}}(P\\|Q) \\ge 0\n$$\n\n之后的文字\n"), str)
    parser = Parser()
    parser.feed(page)
    parser.close()
    indexed = "".join("".join(section.text) for section in parser.data)
    assert "熵的定义" in indexed and "度量不确定性" in indexed and "之后的文字" in indexed
    assert not re.search(r"log|sum|KL|\\|H\(", indexed), indexed


def test_table_of_contents_titles_are_typeset(typesetter):
    item = AnchorLink("\\(\\arg\\max\\) 在严格递增变换下不变", "argmax", 3)
    child = AnchorLink("把 \\(\\mathbf{y}\\) 投影", "proj", 4)
    item.children = [child]
    typesetter.toc([item], str)
    assert "\\(" not in item.title and 'class="katex"' in item.title and item.title.endswith(" 在严格递增变换下不变")
    assert "\\(" not in child.title and child.title.startswith("把 ")


def test_each_distinct_formula_goes_to_katex_once(typesetter, monkeypatch):
    asked = []
    ask = typesetter._ask
    monkeypatch.setattr(typesetter, "_ask", lambda formulas: asked.append(formulas) or ask(formulas))
    typesetter.page(converted("$q_1$ 与 $q_1$ 与 $q_2$"), str)
    typesetter.page(converted("$q_2$ 与 $q_1$"), str)
    assert [len(batch) for batch in asked] == [2]


def test_a_katex_process_that_dies_is_started_again():
    typesetter = Typesetter(REPO_ROOT / "node_modules")
    typesetter.typeset([("x", False, "html")])
    typesetter.process.kill()
    typesetter.process.wait()
    assert 'class="katex"' in typesetter.typeset([("y", False, "html")])[0]["html"]
    typesetter.close()


def test_a_katex_process_that_cannot_start_fails_the_build_with_its_message_instead_of_hanging(tmp_path):
    typesetter = Typesetter(REPO_ROOT / "node_modules")
    typesetter.katex = tmp_path / "no-katex-here"
    with pytest.raises(PluginError, match="(?s)KaTeX process.*Cannot find module"):
        typesetter.typeset([("y", False, "html")])
    typesetter.close()


def test_a_site_built_with_a_bad_formula_fails_with_the_line_and_publishes_nothing(tmp_path):
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "好.md").write_text(note("好", "正常 $x$。"), encoding="utf-8")
    (vault / "坏.md").write_text(note("坏", "第一段。\n\n这里 $\\frac{1}{$ 写错了。"), encoding="utf-8")
    config = write_config(tmp_path, vault, tmp_path / "snippets")
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "坏.md:14: KaTeX cannot typeset the formula" in result.stderr, result.stderr[-3000:]
    assert not (tmp_path / "site").exists()
