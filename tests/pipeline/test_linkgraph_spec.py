"""The 25 example cases of shared/research/obsidian-anchors.md §3.9, one test each.

The fixture vault ``tests/fixtures/obsidian_spec`` is the vault §3.9 describes. Each case writes its link
into a probe note ("any" note) or appends it to the note the case names, then checks the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable

import pytest

from vaultsite.check import Report, check
from vaultsite.load import load_vault
from vaultsite.model import Note, Problem
from vaultsite.parse import parse_note
from vaultsite.render import SiteRenderer
from vaultsite.resolve import LinkGraph, Target, Vault, build_graph

SPEC_VAULT = load_vault(Path(__file__).resolve().parents[1] / "fixtures" / "obsidian_spec")
PROBE = "probe.md"


@dataclass
class Outcome:
    """The spec vault with ``text`` written into note ``path`` (appended when the note exists)."""

    path: str
    text: str

    @cached_property
    def note(self) -> Note:
        existing = SPEC_VAULT.notes.get(self.path)
        return parse_note(self.path, (existing.text + "\n" if existing else "") + self.text)

    @cached_property
    def graph(self) -> LinkGraph:
        notes = {**SPEC_VAULT.notes, self.path: self.note}
        return build_graph(Vault(notes, SPEC_VAULT.attachments))

    @cached_property
    def report(self) -> Report:
        return check(self.graph)

    @property
    def targets(self) -> list[Target | Problem]:
        """Outcomes of the links written by the case (not those already in the note)."""
        before = SPEC_VAULT.notes.get(self.path)
        added = len(self.note.links) - (len(before.links) if before else 0)
        return list(self.graph.targets[self.path][-added:]) if added else []

    @property
    def paths(self) -> list[str | None]:
        return [t.path if isinstance(t, Target) else None for t in self.targets]

    @property
    def kinds(self) -> list[str]:
        return [t.kind if isinstance(t, Problem) else "ok" for t in self.targets]

    @cached_property
    def markdown(self) -> str:
        """The page Markdown MkDocs would render for the note."""
        note = self.note
        return SiteRenderer(self.graph).page_markdown(note, note.text[note.body_start:])


@dataclass(frozen=True)
class Case:
    number: int
    path: str
    text: str
    expect: Callable[[Outcome], None]

    def __str__(self) -> str:
        return f"case{self.number:02d}"


def expect_paths(*paths: str | None) -> Callable[[Outcome], None]:
    def expect(outcome: Outcome) -> None:
        assert outcome.paths == list(paths)
    return expect


def case_03(outcome: Outcome) -> None:
    assert outcome.kinds == ["ambiguous-link", "ambiguous-link"]
    assert all("[[optim/Adam]], [[stats/Adam]]" in problem.message for problem in outcome.targets)


def case_06(outcome: Outcome) -> None:
    (problem,) = outcome.targets
    assert problem.kind == "broken-link" and "[[Bayes|贝叶斯]]" in problem.message


def case_07(outcome: Outcome) -> None:
    assert outcome.paths == ["stats/Bayes.md"]
    assert "[贝叶斯](stats/Bayes.md)" in outcome.markdown


def case_08(outcome: Outcome) -> None:
    assert outcome.paths == [None, "img/loss.png"] and outcome.kinds[0] == "broken-link"


def case_09(outcome: Outcome) -> None:
    assert '![](img/loss.png){ width="300" }' in outcome.markdown
    assert '![](img/loss.png){ width="300" height="200" }' in outcome.markdown


def case_10(outcome: Outcome) -> None:
    (target,) = outcome.targets
    assert target.heading.text == "Learning rate: 学习率"
    assert "(Gradient%20Descent.md#learning-rate-学习率)" in outcome.markdown


def case_12(outcome: Outcome) -> None:
    (target,) = outcome.targets
    assert (target.heading.text, target.heading.level) == ("Convergence", 3)


def case_13(outcome: Outcome) -> None:
    (target,) = outcome.targets
    assert (target.path, target.heading.text) == ("Gradient Descent.md", "Convergence")
    assert "[Convergence](#convergence)" in outcome.markdown


def case_14(outcome: Outcome) -> None:
    assert [t.block.id for t in outcome.targets] == ["def-sgd", "def-sgd"]
    assert "(optim/SGD.md#^def-sgd)" in outcome.markdown
    assert "Stochastic gradient descent estimates the gradient on a mini-batch." in outcome.markdown


def case_18(outcome: Outcome) -> None:
    assert outcome.paths == ["optim/SGD.md"] and outcome.note.links[-1].display == "随机梯度下降"
    assert "| 随机梯度下降 | [随机梯度下降](optim/SGD.md) |" in outcome.markdown


def case_19(outcome: Outcome) -> None:
    assert outcome.targets == [] and "`[[SGD]]` and $[[x]]$" in outcome.markdown


def case_20(outcome: Outcome) -> None:
    assert outcome.paths == ["Gradient Descent.md"]  # the second form is plain text


def case_21(outcome: Outcome) -> None:
    assert outcome.note.inline_tags == ("ML/优化",)  # the first spelling; tags compare regardless of case
    assert outcome.note.has_tag("ml") and outcome.note.has_tag("ML/优化")


def case_22(outcome: Outcome) -> None:
    assert outcome.note.inline_tags == ("y1984", "学习率")


def case_23(outcome: Outcome) -> None:
    assert [(p.kind, p.target) for p in outcome.report.errors] == [("bad-frontmatter", "tags")]


def case_24(outcome: Outcome) -> None:
    warnings = [(p.kind, p.target) for p in outcome.report.warnings if p.file == PROBE]
    assert warnings == [("deprecated-key", "alias")]


def case_25(outcome: Outcome) -> None:
    (problem,) = outcome.report.errors
    assert (problem.file, problem.kind) == ("Gradient Descent.md", "invalid-link")
    assert problem.target == "Gradient Descent"
    assert "embed cycle" in problem.message


def invalid_link(outcome: Outcome) -> None:
    assert outcome.kinds == ["invalid-link"]


CASES = [
    Case(1, PROBE, "[[gradient descent]]", expect_paths("Gradient Descent.md")),
    Case(2, PROBE, "[[SGD]]", expect_paths("optim/SGD.md")),
    Case(3, PROBE, "[[Adam]] [[Adam.md]]", case_03),
    Case(4, PROBE, "[[stats/Adam]]", expect_paths("stats/Adam.md")),
    Case(5, "stats/Bayes.md", "[[../optim/Adam]]", expect_paths("optim/Adam.md")),
    Case(6, PROBE, "[[贝叶斯]]", case_06),
    Case(7, PROBE, "[[Bayes|贝叶斯]]", case_07),
    Case(8, PROBE, "[[loss]] [[loss.png]]", case_08),
    Case(9, PROBE, "![[loss.png|300]]\n\n![[loss.png|300x200]]", case_09),
    Case(10, PROBE, "[[Gradient Descent#Learning rate 学习率]]", case_10),
    Case(11, PROBE, "[[Gradient Descent#Learning rate: 学习率]]", invalid_link),
    Case(12, PROBE, "[[Gradient Descent#Math#Convergence]]", case_12),
    Case(13, "Gradient Descent.md", "[[#Convergence]]", case_13),
    Case(14, PROBE, "[[SGD#^def-sgd]]\n\n![[SGD#^def-sgd]]", case_14),
    Case(15, PROBE, "[[SGD#^def_sgd]]", invalid_link),
    Case(16, PROBE, "[[a.b]]", expect_paths("notes/a.b.md")),
    Case(17, PROBE, "[[C++ 模板]]", expect_paths("C++ 模板.md")),
    Case(18, PROBE, "| 中文 | 笔记 |\n| --- | --- |\n| 随机梯度下降 | [[SGD\\|随机梯度下降]] |", case_18),
    Case(19, PROBE, "`[[SGD]]` and $[[x]]$", case_19),
    Case(20, PROBE, "[GD](Gradient%20Descent.md) [GD](Gradient Descent.md)", case_20),
    Case(21, PROBE, "#ML/优化 #ml/优化", case_21),
    Case(22, PROBE, "#1984 #y1984 a#b #学习率", case_22),
    Case(23, PROBE, "---\ntitle: t\ntags: 机器学习, 优化\n---\n[[SGD]]", case_23),
    Case(24, PROBE, "---\ntitle: t\ntags: [t]\nalias: X\n---\n[[SGD]]", case_24),
    Case(25, "Gradient Descent.md", "![[Gradient Descent]]", case_25),
]


def test_the_spec_vault_itself_is_clean() -> None:
    report = check(build_graph(SPEC_VAULT))
    assert report.errors == () and report.warnings == ()


def test_all_cases_are_here() -> None:
    assert [case.number for case in CASES] == list(range(1, 26))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_spec_case(case: Case) -> None:
    case.expect(Outcome(case.path, case.text))
