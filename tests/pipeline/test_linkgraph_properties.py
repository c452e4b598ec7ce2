"""Properties of the parser and the resolver, checked on generated text and vaults (hypothesis)."""

from __future__ import annotations

import re

import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from vaultsite.check import check
from vaultsite.frontmatter import _YAML_LOADER, _simple_yaml
from vaultsite.model import Problem
from vaultsite.parse import parse_note
from vaultsite.render import SiteRenderer
from vaultsite.resolve import Target, Vault, build_graph, fold

# Text made of the characters Markdown and Obsidian care about, so that the generator hits the syntax.
MARKUP = st.lists(st.sampled_from(list("[]()!#^|$`~-*_>\\:%/.{} \n\t\rab1中") + [
    "[[", "]]", "$$", "```", "---\n", "\n\n", "[[a]]", "![[a#h|x]]", "[t](a.md)", " ^id", "#tag", "## h",
])).map("".join)
ANY_TEXT = st.one_of(st.text(), MARKUP)
NAME_CHARS = st.sampled_from(list("abcxyzABCXYZéÉñÑσΣςöÖ012 中文模板") + ["-", "+"])
NAMES = st.text(alphabet=NAME_CHARS, min_size=1, max_size=8).map(str.strip).filter(
    lambda name: bool(name) and not name.startswith(("-", "+")))


def vault_of(files: dict[str, str]) -> Vault:
    return Vault({path: parse_note(path, text) for path, text in files.items()})


def locate_first(vault: Vault, path: str) -> Target | Problem:
    note = vault.notes[path]
    return vault.locate(note, note.links[0])


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_arbitrary_text_never_crashes(text: str) -> None:
    note = parse_note("n.md", text)
    for link in note.links:
        assert 0 <= link.start < link.end <= len(text) and 1 <= link.line <= text.count("\n") + 1
    for heading in note.headings:
        assert 0 <= heading.start <= heading.end <= len(text)
    renderer = SiteRenderer(build_graph(Vault({"n.md": note, "a.md": note})))
    check(renderer.graph)
    renderer.page_markdown(note, text[note.body_start:])


@settings(max_examples=200, deadline=None)
@given(prefix=MARKUP, inside=ANY_TEXT, suffix=MARKUP, char=st.sampled_from("`~"), quote=st.booleans())
def test_nothing_inside_a_fence_is_reported(prefix: str, inside: str, suffix: str, char: str,
                                            quote: bool) -> None:
    prefix = prefix.replace("`", "").replace("~", "").replace("\r", "")
    inside = inside.replace("\r", "\n")
    longest = max((len(run) for run in re.findall(re.escape(char) + "+", inside)), default=0)
    fence = char * max(3, longest + 1)
    marker = "> " if quote else ""
    inside_lines = inside.split("\n")
    text = "\n".join(["start", prefix, marker + fence + ("python" if char == "~" else ""),
                      *(marker + line for line in inside_lines), marker + fence, suffix])
    first = text.count("\n", 0, text.index(marker + fence)) + 1
    last = first + len(inside_lines) + 1
    note = parse_note("n.md", text)
    assert all(not first <= link.line <= last for link in note.links)
    assert all(not first <= heading.line <= last for heading in note.headings)
    assert all(not first <= block.line <= last for block in note.blocks)
    fenced_only = "\n".join([marker + fence, *inside_lines, marker + fence])
    assert not parse_note("n.md", fenced_only).inline_tags


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=6, unique_by=fold), pick=st.integers(0, 5),
       flips=st.lists(st.booleans(), min_size=8, max_size=8))
def test_renaming_the_case_of_a_link_never_changes_its_target(names: list[str], pick: int,
                                                               flips: list[bool]) -> None:
    name = names[pick % len(names)]
    flips += [False] * len(name)
    renamed = "".join(char.swapcase() if flip else char for char, flip in zip(name, flips))
    files = {f"f{i}/{n}.md": "" for i, n in enumerate(names)}
    original = vault_of({**files, "src.md": f"[[{name}]]"})
    changed = vault_of({**files, "src.md": f"[[{renamed}]]"})
    assert locate_first(original, "src.md") == locate_first(changed, "src.md")


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=6, unique_by=fold), pick=st.integers(0, 5),
       upper=st.booleans())
def test_a_second_file_with_the_same_name_makes_a_bare_link_ambiguous(names: list[str], pick: int,
                                                                      upper: bool) -> None:
    name = names[pick % len(names)]
    files = {f"f{i}/{n}.md": "" for i, n in enumerate(names)}
    before = locate_first(vault_of({**files, "src.md": f"[[{name}]]"}), "src.md")
    assert isinstance(before, Target)
    twin = name.upper() if upper else name
    after = locate_first(vault_of({**files, f"other/{twin}.md": "", "src.md": f"[[{name}]]"}), "src.md")
    assert isinstance(after, Problem) and after.kind == "ambiguous-link"


@settings(max_examples=100, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=8))
def test_the_link_text_obsidian_would_write_resolves_back(names: list[str]) -> None:
    files = {f"f{i % 3}/{name}.md": "" for i, name in enumerate(names)}
    assume(len({fold(path) for path in files}) == len(files))
    vault = vault_of(files)
    for path in files:
        probe = vault_of({**files, "src.md": f"[[{vault.link_text(path)}]]"})
        target = locate_first(probe, "src.md")
        assert isinstance(target, Target) and target.path == path


SCALARS = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab 中-_.:#%'\"01[],~!&*@`|>{}=?\\")), min_size=1, max_size=10),
    st.sampled_from(["15%", "2026-11-23", "2026-11-23T10:00:00", "true", "No", "null", "~", "1.5", "0x1F",
                     "1:30", ".inf", "-3", "+4", "1_000", "[a, b]", "[]", "'q'", '"q"', "'it''s'"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["title", "tags", "aliases", "on", "y", "created", "mastery"]),
                          st.one_of(SCALARS, st.lists(SCALARS, max_size=3))), max_size=6),
       st.sampled_from(["", "  ", "    "]))
def test_simple_yaml_agrees_with_pyyaml(entries: list[tuple[str, object]], indent: str) -> None:
    lines = []
    for key, value in entries:
        if isinstance(value, list):
            lines += [f"{key}:", *(f"{indent}- {item}" for item in value)]
        else:
            lines.append(f"{key}: {value}")
    source = "\n".join(lines) + "\n"
    fast = _simple_yaml(source)
    if fast is not None:
        expected = yaml.load(source, Loader=_YAML_LOADER)
        assert fast == expected
        assert [type(v) for v in fast.values()] == [type(v) for v in expected.values()]
