"""Resolving and checking links: each error kind at its file:line, the resolution rules, warnings."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultsite.check import Report, analyse, check
from vaultsite.includes import IncludePolicy
from vaultsite.model import ERROR_KINDS
from vaultsite.parse import parse_note
from vaultsite.resolve import NameIndex, Target, Vault, build_graph, fold

LINKVAULT = Path(__file__).resolve().parents[1] / "fixtures" / "linkvault"


def vault_of(files: dict[str, str], attachments: tuple[str, ...] = ()) -> Vault:
    notes = {path: parse_note(path, text) for path, text in files.items()}
    return Vault(notes, attachments)


def report_of(files: dict[str, str], attachments: tuple[str, ...] = (), *,
              schema: bool = False) -> Report:
    return check(build_graph(vault_of(files, attachments)), schema=schema)


def kinds(report: Report) -> list[tuple[str, int, str, str]]:
    return [(p.file, p.line, p.kind, p.target) for p in report.errors]


def test_good_vault_is_clean() -> None:
    graph, report = analyse(LINKVAULT / "good")
    assert report.errors == () and report.warnings == ()
    assert (report.notes, report.links) == (5, graph.link_count) and report.links > 20


def test_bad_vault_reports_each_error_kind_at_its_line() -> None:
    _, report = analyse(LINKVAULT / "bad", includes=IncludePolicy.for_project(LINKVAULT, show=()))
    assert kinds(report) == [
        ("index.md", 8, "broken-link", "不存在的笔记"),
        ("index.md", 9, "broken-heading", "好笔记#不存在的标题"),
        ("index.md", 10, "broken-heading", "#也不存在"),
        ("index.md", 11, "broken-block", "好笔记#^missing-block"),
        ("index.md", 12, "missing-embed", "缺失的图片.png"),
        ("index.md", 13, "ambiguous-link", "重名"),
        ("index.md", 14, "invalid-link", "好笔记#标题: 冒号"),
        ("index.md", 15, "invalid-link", "好笔记#^bad_id"),
        ("index.md", 16, "broken-link", "别名甲"),
        ("index.md", 17, "broken-link", "好笔计"),
        ("index.md", 18, "broken-heading", "好笔记.md#没有这个标题"),
        ("代码.md", 8, "bad-exec-fence", 'pycon exec="on"'),
        ("代码.md", 12, "bad-exec-fence", 'python exec="on"'),
        ("代码.md", 16, "bad-exec-fence", 'python exec="on" session="s"'),
        ("代码.md", 21, "bad-exec-fence", "snippets/ok.py"),
        ("代码.md", 28, "bad-include", "good/index.md"),
        ("代码.md", 37, "bad-exercise", "练习 1（中级）"),
        ("代码.md", 37, "bad-exercise", "练习 1（中级）"),
        ("代码.md", 43, "bad-exercise", "练习 3（很难）"),
        ("代码.md", 43, "bad-exercise", "练习 3（很难）"),
        ("代码.md", 43, "bad-exercise", "练习 3（很难）"),
        ("代码.md", 49, "bad-exercise", "[!success]"),
        ("坏前言.md", 4, "bad-frontmatter", "frontmatter"),
        ("循环.md", 8, "invalid-link", "循环"),
        ("格式.md", 3, "bad-frontmatter", "difficulty"),
        ("格式.md", 4, "bad-frontmatter", "mastery"),
        ("格式.md", 5, "bad-frontmatter", "tags"),
        ("格式.md", 6, "bad-frontmatter", "aliases"),
        ("编码.md", 8, "bad-encoding", "编码.md"),
    ]
    assert {p.kind for p in report.errors} == set(ERROR_KINDS)
    assert [(p.file, p.kind) for p in report.warnings] == [
        ("孤立.md", "missing-tags"), ("孤立.md", "missing-title"), ("孤立.md", "orphan-note"),
        ("循环.md", "orphan-note"), ("格式.md", "deprecated-key")]


def test_messages_carry_suggestions() -> None:
    _, report = analyse(LINKVAULT / "bad")
    messages = {(p.line, p.kind): str(p) for p in report.errors if p.file == "index.md"}
    assert messages[(16, "broken-link")].startswith("index.md:16: broken-link: 别名甲 — ")
    alias = messages[(16, "broken-link")]
    assert "alias of 好笔记.md" in alias and "[[好笔记|别名甲]]" in alias
    assert "did you mean [[好笔记]]" in messages[(17, "broken-link")]
    assert "[[a/重名]], [[b/重名]]" in messages[(13, "ambiguous-link")]
    assert "did you mean ^good-block" in messages[(11, "broken-block")]
    cycle = next(p for p in report.errors if p.file == "循环.md")
    assert cycle.message == "embed cycle: 循环.md → 循环.md"


def test_schema_off_keeps_yaml_errors_only() -> None:
    _, report = analyse(LINKVAULT / "bad", schema=False)
    frontmatter = [(p.file, p.kind) for p in report.errors if p.kind == "bad-frontmatter"]
    assert frontmatter == [("坏前言.md", "bad-frontmatter")]
    assert {p.kind for p in report.warnings} == {"orphan-note"}


@pytest.mark.parametrize(("source", "link", "expected"), [
    ("x/n.md", "[[a]]", "deep/a.md"),                 # a bare name anywhere in the vault
    ("x/n.md", "[[A]]", "deep/a.md"),                 # case-folded
    ("x/n.md", "[[a.md]]", "deep/a.md"),              # .md is optional
    ("x/n.md", "[[deep/a]]", "deep/a.md"),            # exact from the root
    ("x/n.md", "[[/deep/a]]", "deep/a.md"),           # a leading / is the root
    ("x/n.md", "[[b/c]]", "b/c.md"),                  # exact from the root first …
    ("x/n.md", "[[y/b/c]]", "y/b/c.md"),
    ("x/n.md", "[[c]]", None),                        # … a bare name is ambiguous …
    ("top.md", "[[z/d]]", "q/z/d.md"),               # … a unique path suffix matches …
    ("top.md", "[[/z/d]]", None),                      # … but not from the root
    ("x/n.md", "[[/b/c]]", "b/c.md"),
    ("x/n.md", "[[./b/c]]", "x/b/c.md"),             # relative forms
    ("x/b/c.md", "[[../n]]", "x/n.md"),
    ("top.md", "[[../top]]", None),                   # never outside the vault
    ("x/n.md", "[t](b/c.md)", "x/b/c.md"),           # Markdown links: relative to the note first
    ("x/n.md", "[t](deep/a.md)", "deep/a.md"),       # … then as a wikilink
    ("x/n.md", "[[fig.png]]", "img/fig.png"),
    ("x/n.md", "[[fig]]", None),                      # other files need their extension
    ("x/n.md", "[[a.b]]", "dots/a.b.md"),             # .b is not an extension
    ("x/n.md", "[[C++ 模板]]", "C++ 模板.md"),
    ("x/n.md", "[[e\u0301]]", "\u00e9.md"),           # NFC
])
def test_path_resolution(source: str, link: str, expected: str | None) -> None:
    files = {path: "" for path in ("deep/a.md", "x/n.md", "b/c.md", "x/b/c.md", "y/b/c.md", "q/z/d.md",
                                   "top.md", "dots/a.b.md", "C++ 模板.md", "\u00e9.md")}
    files[source] = link
    vault = vault_of(files, ("img/fig.png",))
    note = vault.notes[source]
    target = vault.locate(note, note.links[0])
    assert (target.path if isinstance(target, Target) else None) == expected


def test_headings_match_like_obsidian() -> None:
    files = {
        "a.md": "# A\n## Learning rate: 学习率\n### `hasTag()`\n## Math\n### Convergence\n## Other\n"
                "### Convergence\n## How large can it be?\n",
        "n.md": "[[a#learning rate 学习率]] [[a#hasTag]] [[a#Math#Convergence]] [[a#Other#Convergence]] "
                "[[a#How large can it be]] [[a#Math#Other]] [[a#Convergence#Math]]",
    }
    vault = vault_of(files)
    note = vault.notes["n.md"]
    found = [vault.locate(note, link) for link in note.links]
    assert [t.heading.line for t in found[:5]] == [2, 3, 5, 7, 8]
    assert [t.kind for t in found[5:]] == ["broken-heading", "broken-heading"]


@pytest.mark.parametrize(("link", "kind"), [
    ("[[a:b]]", "invalid-link"),
    ("[[a^b]]", "invalid-link"),
    ("[[a%%b]]", "invalid-link"),
    ("[[t#h: x]]", "invalid-link"),
    ("[[t#^bad_id]]", "invalid-link"),
    ("[[t#^]]", "invalid-link"),
    ("[[t#^nope]]", "broken-block"),
    ("[[t#nope]]", "broken-heading"),
    ("[[#nope]]", "broken-heading"),
    ("[[nope]]", "broken-link"),
    ("![[nope]]", "missing-embed"),
    ("![[nope.png]]", "missing-embed"),
    ("![n](nope.png)", "missing-embed"),
    ("[n](nope.md)", "broken-link"),
    ("[[dup]]", "ambiguous-link"),
    ("[[dup.md]]", "ambiguous-link"),
])
def test_error_kinds(link: str, kind: str) -> None:
    report = report_of({"n.md": link, "t.md": "# h\ntext ^ok\n", "a/dup.md": "", "b/dup.md": ""})
    assert [(p.kind, p.line) for p in report.errors] == [(kind, 1)]


def test_subpaths_of_other_files_are_not_checked() -> None:
    report = report_of({"n.md": "![[doc.pdf#page=3]] ![[img.png#outline|100]]"}, ("doc.pdf", "img.png"))
    assert report.errors == ()


def test_second_file_with_the_same_name_makes_a_bare_link_ambiguous() -> None:
    files = {"n.md": "[[Adam]] [[optim/Adam]]", "optim/Adam.md": ""}
    assert report_of(files).errors == ()
    report = report_of({**files, "stats/Adam.md": ""})
    assert [(p.kind, p.target) for p in report.errors] == [("ambiguous-link", "Adam")]


@pytest.mark.parametrize(("files", "cycles"), [
    ({"a.md": "![[b]]", "b.md": "![[a]]"}, 1),
    ({"a.md": "![[a]]"}, 1),
    ({"a.md": "# h\n\n![[#h]]\n"}, 1),                             # the section embeds itself
    ({"a.md": "# h\ntext\n# g\n![[#h]]\n"}, 0),                  # another section: fine
    ({"a.md": "![[b#x]]", "b.md": "# x\n![[c]]\n", "c.md": "![[b#x]]"}, 1),
    ({"a.md": "![[b]] ![[b]]", "b.md": "text ^blk", "c.md": "![[b#^blk]]"}, 0),
])
def test_embed_cycles(files: dict[str, str], cycles: int) -> None:
    report = report_of(files)
    assert [p.kind for p in report.errors] == ["invalid-link"] * cycles
    assert all("embed cycle" in p.message for p in report.errors)


def test_orphans_and_schema_warnings() -> None:
    files = {
        "linked.md": "---\ntitle: L\ntags: [t]\n---\n[[other]]",
        "other.md": "---\ntitle: O\n---\n#inline-tag counts",
        "alone.md": "---\ntitle: A\ntags: [t]\ntag: old\n---\nonly [[alone]] itself",
    }
    report = report_of(files, schema=True)
    assert [(p.file, p.line, p.kind) for p in report.warnings] == [
        ("alone.md", 1, "orphan-note"), ("alone.md", 4, "deprecated-key")]


@pytest.mark.parametrize(("frontmatter", "key"), [
    ("difficulty: 很难", "difficulty"),
    ("mastery: 101%", "mastery"),
    ("mastery: 15", "mastery"),
    ("mastery: 0.15", "mastery"),
    ("tags: 机器学习, 优化", "tags"),
    ("tags: [1, 2]", "tags"),
    ("tags: [机器 学习]", "tags"),
    ("aliases: Entropy", "aliases"),
    ("aliases:\n  a: b", "aliases"),
])
def test_schema_errors(frontmatter: str, key: str) -> None:
    report = report_of({"n.md": f"---\ntitle: t\n{frontmatter}\n---\n"}, schema=True)
    assert [(p.kind, p.target, p.line) for p in report.errors] == [("bad-frontmatter", key, 3)]


@pytest.mark.parametrize("frontmatter", ["difficulty: 入门", "mastery: 0%", "mastery: 100%", "tags: []",
                                         "tags:", "aliases: [Entropy, 熵]"])
def test_schema_accepts(frontmatter: str) -> None:
    assert report_of({"n.md": f"---\ntitle: t\n{frontmatter}\n---\n"}, schema=True).errors == ()


def test_link_text_is_the_shortest_unique_form() -> None:
    vault = vault_of({"a/x.md": "", "b/x.md": "", "c/y.md": ""})
    assert [vault.link_text(p) for p in ("a/x.md", "c/y.md")] == ["a/x", "y"]


@given(st.lists(st.text("abcde好笔记图", min_size=1, max_size=8), min_size=1, max_size=40, unique=True),
       st.text("abcde好笔记图", min_size=1, max_size=8))
def test_name_index_finds_what_difflib_finds(names: list[str], word: str) -> None:
    """The index only narrows the candidates: the suggestion is as close as difflib's best."""
    folded = [fold(name) for name in names]
    best = difflib.get_close_matches(fold(word), folded, n=1, cutoff=0.6)
    found = NameIndex(names).closest(word)
    if not best:
        assert found is None
    else:
        ratio = difflib.SequenceMatcher(None, fold(found), fold(word)).ratio()
        assert ratio == pytest.approx(difflib.SequenceMatcher(None, best[0], fold(word)).ratio())
