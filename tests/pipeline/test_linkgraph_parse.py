"""Parsing notes: every link form, what is not a link, headings, block ids, tags and frontmatter."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vaultsite.frontmatter import _YAML_LOADER, FRONTMATTER, _simple_yaml
from vaultsite.load import ParseCache, load_vault
from vaultsite.parse import parse_note

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def links_of(body: str) -> list[tuple[str, str, str | None, bool, bool]]:
    """``(path, subpath, display, embed, markdown)`` of each link in ``body``."""
    note = parse_note("note.md", body)
    return [(link.path, link.subpath, link.display, link.embed, link.markdown) for link in note.links]


@pytest.mark.parametrize(("body", "expected"), [
    ("[[a]]", ("a", "", None, False, False)),
    ("[[a|text]]", ("a", "", "text", False, False)),
    ("[[a#Heading]]", ("a", "Heading", None, False, False)),
    ("[[a#^block-1]]", ("a", "^block-1", None, False, False)),
    ("[[#Heading]]", ("", "Heading", None, False, False)),
    ("[[a#H1#H2|shown]]", ("a", "H1#H2", "shown", False, False)),
    ("![[note]]", ("note", "", None, True, False)),
    ("![[image.png]]", ("image.png", "", None, True, False)),
    ("![[image.png|300x200]]", ("image.png", "", "300x200", True, False)),
    ("[[folder/a]]", ("folder/a", "", None, False, False)),
    ("[[a.md]]", ("a.md", "", None, False, False)),
    ("| [[a\\|text]] |", ("a", "", "text", False, False)),
    ("[[ a | spaced ]]", ("a", "", "spaced", False, False)),
    ("[t](a.md)", ("a.md", "", "t", False, True)),
    ("[t](Gradient%20Descent.md#Learning%20rate)",
     ("Gradient Descent.md", "Learning rate", "t", False, True)),
    ("[t](<a b.md> \"title\")", ("a b.md", "", "t", False, True)),
    ("[t](#local)", ("", "local", "t", False, True)),
    ("![alt](img/x.png)", ("img/x.png", "", "alt", True, True)),
    ("[t](../up/a.md 'title')", ("../up/a.md", "", "t", False, True)),
])
def test_each_link_form(body: str, expected: tuple) -> None:
    assert links_of(body) == [expected]


@pytest.mark.parametrize("body", [
    "`[[a]]`",
    "``code with ` and [[a]]``",
    "$[[a]]$",
    "$x = A[[1, 2]]$",
    "$$\n[[a]]\n$$",
    "$$ [[a]] $$",
    "```\n[[a]]\n```",
    "~~~\n[[a]]\n~~~",
    "````\n```\n[[a]]\n```\n````",
    "> ```\n> [[a]]\n> ```",
    "- item\n\n    ```python\n    x[[0, 1]]\n    ```",
    "```python\n[[a]]",  # an unclosed fence runs to the end
    "\\[[a]]",
    "[[]]",
    "[[ ]]",
    "[t](https://example.com/a.md)",
    "[t](mailto:me@example.com)",
    "[t](obsidian://open?vault=x)",
    "[t](//cdn.example.com/x.png)",
    "[GD](Gradient Descent.md)",  # a space must be %20: not a link in CommonMark
    "[t]()",
    "text\n\n    x = [[B]]",  # an indented code block
    "    [[B]] at the very start",
    "para\n\n\tx = [[B]]",
    "a\n\n    code\n\n    more [[B]]",  # a blank line inside an indented code block
    "%% a comment [[B]] %%",
    "%%\nblock comment\n[[B]]\n%%",
    "%% unclosed: the rest of the note [[B]]",
    "<!-- html comment [[B]] -->",
])
def test_what_is_not_a_link(body: str) -> None:
    assert links_of(body) == []


@pytest.mark.parametrize(("body", "paths"), [
    ("$5 and [[a]] cost $6", ["a"]),  # no closing "$" after a space: not math
    ("`code` [[a]] `more`", ["a"]),
    ("```python exec=\"on\"\n--8<-- \"x.py\"\n[[no]]\n```\n[[a]]", ["a"]),
    ("`open\n\n[[a]]` close", ["a"]),  # a code span ends with its paragraph
    ("$open\n\n[[a]]$ close", ["a"]),
    ("`open\n```\n[[fenced]]\n```\n[[a]]", ["a"]),  # a fence ends the paragraph of an open code span
    ("[![alt](pic.png)](target.md)", ["target.md", "pic.png"]),
    ("[[a]]]", ["a"]),
    ("[[a]b]]", ["a]b"]),
    ("[[a\n]] [[b]]", ["b"]),
    ("> [!note] see [[a]]\n> and ![[b]]", ["a", "b"]),
    ("## Heading with [[a]]", ["a"]),
    ("- item\n\n    continuation [[a]]", ["a"]),  # indented under a list item: not code
    ("paragraph\n    lazy continuation [[a]]", ["a"]),  # no blank line before: not code
    ("%% note %% visible [[a]]", ["a"]),
    ("- item\n\ntext\n\n    code [[no]]\n\n[[a]]", ["a"]),  # the list ended: code again
])
def test_links_around_masked_text(body: str, paths: list[str]) -> None:
    assert [link[0] for link in links_of(body)] == paths


def test_link_spans_and_lines_index_the_whole_file() -> None:
    text = "---\ntitle: T\n---\n\nfirst [[a]]\n\nsecond [x](b.md#h)\n"
    note = parse_note("n.md", text)
    wiki, markdown = note.links
    assert (wiki.line, text[wiki.start:wiki.end]) == (5, "[[a]]")
    assert (markdown.line, text[markdown.start:markdown.end]) == (7, "[x](b.md#h)")
    assert text[markdown.dest_start:markdown.dest_end] == "b.md#h"
    assert note.body_start == text.index("\nfirst") + 0


def test_default_display_text() -> None:
    note = parse_note("n.md", "[[a#h]] [[#h]] [[a#h1#h2]] [[a]] [[a#^b]]")
    assert [link.default_display for link in note.links] == ["a › h", "h", "a › h1 › h2", "a", "a › ^b"]


def test_headings_outside_code_with_lines() -> None:
    text = ("---\ntitle: x\n---\n# Title ##\n\n## Learning rate: 学习率\n\n```\n# not a heading\n```\n"
            "> ## In a callout\n\n#tag is not a heading\n\n####### seven\n    # indented code\n"
            "\nSetext one\n===\n\nSetext two\n---\n")
    headings = parse_note("n.md", text).headings
    assert [(h.level, h.text, h.line) for h in headings] == [
        (1, "Title", 4), (2, "Learning rate: 学习率", 6), (2, "In a callout", 11), (1, "Setext one", 18),
        (2, "Setext two", 21)]


def test_setext_needs_the_first_line_of_a_paragraph() -> None:
    headings = parse_note("n.md", "one\ntwo\n---\n\n# h\n---\n").headings
    assert [h.text for h in headings] == ["h"]


def test_block_ids() -> None:
    text = ("A paragraph. ^para-1\n\n- item ^item-2\n- other\n\n| a |\n| - |\n\n^table-3\n\n"
            "![[img.png]]^after-embed\n\nnot_an_id ^def_sgd\n\n## Heading ^ignored\n\nmath $x^2$\n")
    blocks = parse_note("n.md", text).blocks
    assert [(b.id, b.line, b.standalone) for b in blocks] == [
        ("para-1", 1, False), ("item-2", 3, False), ("table-3", 9, True), ("after-embed", 11, False)]
    assert text[blocks[0].start:blocks[0].end] == " ^para-1"
    assert text[blocks[2].start:blocks[2].end] == "^table-3"


@pytest.mark.parametrize(("body", "tags"), [
    ("#ML/优化 #ml/优化", ("ML/优化",)),
    ("#1984 #y1984 a#b #学习率", ("y1984", "学习率")),
    ("#学习率，以及 #a-b_c/d!", ("学习率", "a-b_c/d")),
    ("`#code` $#math$ \\#escaped https://x.org/#frag", ()),
    ("# Heading\n#tag-at-start", ("tag-at-start",)),
])
def test_inline_tags(body: str, tags: tuple[str, ...]) -> None:
    assert parse_note("n.md", body).inline_tags == tags


def test_tags_merge_frontmatter_and_text_and_nest() -> None:
    note = parse_note("n.md", "---\ntags: [ML/优化, '#Stats']\n---\n#ml/优化 #new\n")
    assert note.tags == ("ML/优化", "Stats", "new")  # as first written; the same tag in another case is not repeated
    assert note.has_tag("ml") and note.has_tag("#ML/优化") and not note.has_tag("m")


def test_frontmatter_problems_point_at_the_file_line() -> None:
    broken = parse_note("n.md", "---\ntitle: ok\ntags: [a\n---\nbody\n")
    assert broken.frontmatter == {}
    assert broken.frontmatter_problem.kind == "bad-frontmatter"
    assert broken.frontmatter_problem.line in (3, 4)
    not_mapping = parse_note("n.md", "---\n- a\n- b\n---\n")
    assert "not a mapping" in not_mapping.frontmatter_problem.message
    assert parse_note("n.md", "---\n---\nbody").frontmatter == {}
    assert parse_note("n.md", "--- \ntitle: x\n...\nbody").frontmatter == {"title": "x"}


def test_title_aliases_and_name() -> None:
    note = parse_note("folder/信息量与熵.md", "---\naliases: [Entropy]\nalias: Old\n---\n")
    assert (note.name, note.folder, note.title) == ("信息量与熵", "folder", "信息量与熵")
    assert note.aliases == ("Entropy", "Old")


@pytest.mark.parametrize("source", [
    "title: 信息量与熵\naliases:\n  - Entropy\n  - Shannon entropy\ncreated: 2026-11-23\ntags:\n- a/b\n"
    "difficulty: 中级\nmastery: 15%\nsource: [seed-002 §Entropy, seed-001 §香农熵]\n",
    "a: 1\nb: 1.5\nc: true\nd: ~\ne: 'quoted'\nf: \"double\"\ng: []\nh:\ni: 0x1f\nj: 1:30\n",
    "on: x\n",                        # a key PyYAML reads as a boolean: left to PyYAML
    "a: b # comment\n",
    "a:\n  b: nested\n",
    "a: |\n  block\n",
    "a: [x, [y]]\n",
    "a:\n  - x\n    - y\n",
    "a: 'it''s'\n",
    "a: \"esc\\n\"\n",
    "a: &anchor x\nb: *anchor\n",
    "a: \x07\n",
    "a: x\na: y\n",
])
def test_simple_yaml_reads_exactly_what_pyyaml_reads(source: str) -> None:
    fast = _simple_yaml(source)
    if fast is not None:
        expected = yaml.load(source, Loader=_YAML_LOADER)
        assert fast == expected
        assert [type(value) for value in fast.values()] == [type(value) for value in expected.values()]


def test_simple_yaml_covers_the_vault_shape() -> None:
    assert _simple_yaml("title: x\naliases:\n  - A\ntags: [a, b]\nmastery: 0%\n") is not None


def test_fixture_frontmatter_reads_like_pyyaml() -> None:
    for file in FIXTURES.rglob("*.md"):
        match = FRONTMATTER.match(file.read_text(encoding="utf-8", errors="replace"))
        if match and _simple_yaml(match.group(1) or "") is not None:
            assert _simple_yaml(match.group(1)) == yaml.load(match.group(1), Loader=yaml.SafeLoader)


def test_crlf_and_bom_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes("\ufeff---\r\ntitle: A\r\n---\r\nsee [[b]]\r\n".encode())
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\n", encoding="utf-8")
    vault = load_vault(tmp_path)
    note = vault.notes["a.md"]
    assert note.title == "A" and note.links[0].line == 4 and "\r" not in note.text


def test_hidden_folders_are_not_part_of_the_vault(tmp_path: Path) -> None:
    (tmp_path / ".obsidian").mkdir()
    (tmp_path / ".obsidian" / "workspace.md").write_text("[[x]]", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "sub" / "img.png").write_bytes(b"png")
    vault = load_vault(tmp_path)
    assert list(vault.notes) == ["sub/a.md"] and vault.attachments == ("sub/img.png",)


def test_parse_cache_reparses_only_changed_files(tmp_path: Path) -> None:
    cache = ParseCache()
    (tmp_path / "a.md").write_text("[[b]]", encoding="utf-8")
    (tmp_path / "b.md").write_text("[[a]]", encoding="utf-8")
    first = load_vault(tmp_path, cache)
    (tmp_path / "b.md").write_text("[[a]] and more", encoding="utf-8")
    second = load_vault(tmp_path, cache)
    assert second.notes["a.md"] is first.notes["a.md"]
    assert second.notes["b.md"] is not first.notes["b.md"]
    (tmp_path / "a.md").unlink()
    load_vault(tmp_path, cache)
    assert len(cache) == 1


def test_fences_are_recorded_with_their_options_and_content() -> None:
    text = ("# T\n\n```python exec=\"on\" source='tabbed-left' result=text\n--8<-- \"snippets/a.py\"\n```\n\n"
            "> [!question] Q\n> > [!success]- S\n> > ```python exec=\"1\"\n> > --8<-- \"snippets/b.py\"\n> > ```\n"
            "\n```text\nplain\n```\n")
    note = parse_note("n.md", text)
    first, quoted, plain = note.fences
    assert (first.line, first.language, first.executed) == (3, "python", True)
    assert first.options == {"exec": "on", "source": "tabbed-left", "result": "text"}
    assert first.body == ('--8<-- "snippets/a.py"',)
    assert (quoted.line, quoted.body, quoted.executed) == (9, ('--8<-- "snippets/b.py"',), True)
    assert (plain.language, plain.executed, plain.body) == ("text", False, ("plain",))
    assert [(i.line, i.path, i.fence) for i in note.includes] == [(4, "snippets/a.py", 0), (10, "snippets/b.py", 1)]
    assert [(fence.line, [i.path for i in inside]) for fence, inside in note.executed_fences()] == [
        (3, ["snippets/a.py"]), (9, ["snippets/b.py"])]


def test_includes_outside_fences_blocks_selectors_and_escapes() -> None:
    text = ('--8<-- "a.md"\n;--8<-- "escaped.md"\n    --8<-- \'b.py:section\'\n--8<--\nc.md\nd.md:3:5\n--8<--\n'
            "--8<-- not an include\n")
    assert [(i.line, i.path, i.selector, i.fence) for i in parse_note("n.md", text).includes] == [
        (1, "a.md", "", None), (3, "b.py", "section", None), (5, "c.md", "", None), (6, "d.md", "3:5", None)]


def test_comments_are_recorded() -> None:
    text = "a %%one%% b\n%%\ntwo\n%%\nc $50%%$ d `%%`"
    note = parse_note("n.md", text)
    assert [text[start:end] for start, end in note.comments] == ["%%one%%", "%%\ntwo\n%%"]


def test_invalid_utf8_is_a_problem_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes("---\ntitle: A\n---\n好\n".encode() + b"\xff\n")
    note = load_vault(tmp_path).notes["a.md"]
    assert (note.read_problem.line, note.read_problem.kind) == (5, "bad-encoding")


@pytest.mark.parametrize(("frontmatter", "message"), [
    ("a: &x [1, 2]\nb: *x\n", "aliases (*name) are not allowed"),
    ("title: A\ntags: [x]\ntitle: B\n", "the key 'title' is repeated"),
    ("title: A\nnested:\n  k: 1\n  k: 2\n", "the key 'k' is repeated"),
])
def test_frontmatter_refuses_aliases_and_repeated_keys(frontmatter: str, message: str) -> None:
    problem = parse_note("n.md", f"---\n{frontmatter}---\n").frontmatter_problem
    assert problem is not None and problem.kind == "bad-frontmatter" and message in problem.message


def test_an_alias_bomb_is_refused_at_once() -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    problem = parse_note("n.md", "---\n" + "\n".join(levels) + "\n---\n").frontmatter_problem
    assert problem is not None and "aliases" in problem.message and len(problem.message) < 300
