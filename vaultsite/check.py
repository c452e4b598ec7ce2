"""Check a resolved vault: link errors, embed cycles, frontmatter, includes and executed fences.

Errors (:data:`~vaultsite.model.ERROR_KINDS`) stop the build; warnings are printed. ``analyse`` is what
the command line and the MkDocs plugin run: load → resolve → check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from . import explore
from .includes import IncludePolicy
from .load import ParseCache, gc_paused, load_vault
from .model import DEPRECATED_KEYS, DIFFICULTIES, ERROR_KINDS, Fence, Include, Link, Note, Problem
from .parse import TAG
from .resolve import LinkGraph, Target, build_graph, mastery_percent

RENDER_OPTIONS = frozenset({"exec", "source", "result", "html", "tabs", "title", "explore"})
"""Fence options an executed block may carry: how the output is shown, and the knobs of an exploration
(values passed to the snippet as command-line arguments), never what code runs."""
HOW_TO_EMBED = 'embed a tested snippet: ```python exec="on" source="tabbed-left" result="text"``` with the single line --8<-- "snippets/<topic>/<name>.py"'


@dataclass(frozen=True, slots=True)
class Report:
    """Outcome of :func:`check`: errors fail the build, warnings are printed."""

    notes: int
    links: int
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    def as_dict(self) -> dict[str, object]:
        return {"notes": self.notes, "links": self.links,
                "errors": [problem.as_dict() for problem in self.errors],
                "warnings": [problem.as_dict() for problem in self.warnings]}


@gc_paused()
def analyse(root: Path, *, schema: bool = True, cache: ParseCache | None = None,
            includes: IncludePolicy | None = None) -> tuple[LinkGraph, Report]:
    """Load, resolve and check the vault at ``root``."""
    graph = build_graph(load_vault(root, cache))
    return graph, check(graph, schema=schema, includes=includes)


@gc_paused()
def check(graph: LinkGraph, *, schema: bool = True, includes: IncludePolicy | None = None) -> Report:
    """Every problem of the vault: link errors, embed cycles, frontmatter, orphans, includes.

    Parameters
    ----------
    schema
        Check this vault's frontmatter schema (``difficulty``, ``mastery``, list types) and warn about
        missing titles and tags and deprecated keys. Unparsable YAML is reported either way.
    includes
        Check every ``--8<--`` include and executed fence against this policy (none: not checked).
    """
    vault = graph.vault
    problems: list[Problem] = []
    for path, note in vault.notes.items():
        if note.read_problem is not None:
            problems.append(note.read_problem)
        problems.extend(_frontmatter_problems(note, schema))
        if schema:
            problems.extend(_exercise_problems(note))
        problems.extend(target for target in graph.targets[path] if isinstance(target, Problem))
        if includes is not None:
            problems.extend(_include_problems(note, includes))
    problems.extend(_embed_cycles(graph))
    linked = {path for pair in graph.edges for path in pair}
    problems.extend(Problem(path, 1, "orphan-note", path, "no link to or from another note")
                    for path in vault.notes if path not in linked)
    problems.sort(key=lambda problem: (problem.file, problem.line, problem.kind, problem.target))
    return Report(
        notes=len(vault.notes), links=graph.link_count,
        errors=tuple(problem for problem in problems if problem.kind in ERROR_KINDS),
        warnings=tuple(problem for problem in problems if problem.kind not in ERROR_KINDS))


def _include_problems(note: Note, policy: IncludePolicy) -> Iterator[Problem]:
    """Every include must reach an allowed file; an executed fence must be one include of a whole
    snippet file, in Python, with options that only choose how the output is shown."""
    executed = {index for index, fence in enumerate(note.fences) if fence.executed}
    for include in note.includes:
        if include.fence not in executed and (reason := policy.refusal(include.path, run=False)):
            yield Problem(note.path, include.line, "bad-include", include.path, reason)
    for fence, inside in note.executed_fences():
        yield from _exec_fence_problems(note, fence, inside, policy)


def _exec_fence_problems(note: Note, fence: Fence, inside: list[Include], policy: IncludePolicy) -> Iterator[Problem]:
    def problem(line: int, target: str, message: str) -> Problem:
        return Problem(note.path, line, "bad-exec-fence", target, message)

    if fence.language not in ("python", "py"):
        yield problem(fence.line, fence.info, f"only python blocks run at build time; {HOW_TO_EMBED}")
        return
    unsupported = sorted(set(fence.options) - RENDER_OPTIONS)
    if unsupported:
        yield problem(fence.line, fence.info, f"option(s) {', '.join(unsupported)} not supported on an "
                                              f"executed block (allowed: {', '.join(sorted(RENDER_OPTIONS))})")
    if "explore" in fence.options:
        try:
            explore.parse(fence.options["explore"])
        except ValueError as wrong:
            yield problem(fence.line, fence.info, f"explore: {wrong}")
    code_lines = [line for line in fence.body if line.strip()]
    if len(inside) != 1 or len(code_lines) != 1:
        yield problem(fence.line, fence.info, f"code written in a note never runs; {HOW_TO_EMBED}")
        return
    include = inside[0]
    if include.selector:
        yield problem(include.line, include.path, f"an executed block runs a whole snippet file, not the part "
                                                  f"{include.selector!r}")
    elif reason := policy.refusal(include.path, run=True):
        yield problem(include.line, include.path, reason)


def _exercise_problems(note: Note) -> Iterator[Problem]:
    """Malformed exercises (title, solution, answer) and exercise numbers used twice."""
    seen: dict[int, int] = {}
    for exercise in note.exercises:
        for problem in exercise.problems:
            yield Problem(note.path, exercise.line, "bad-exercise", exercise.title or "[!success]", problem)
        if exercise.number in seen:
            yield Problem(note.path, exercise.line, "bad-exercise", exercise.title,
                          f"练习 {exercise.number} is already used at line {seen[exercise.number]}")
        elif exercise.number:
            seen[exercise.number] = exercise.line


def _frontmatter_problems(note: Note, schema: bool) -> Iterator[Problem]:
    if note.frontmatter_problem is not None:
        yield note.frontmatter_problem
    if not schema or note.frontmatter_problem is not None:
        return
    frontmatter = note.frontmatter

    def problem(key: str, kind: str, message: str) -> Problem:
        return Problem(note.path, _key_line(note, key), kind, key, message)

    if "difficulty" in frontmatter and frontmatter["difficulty"] not in DIFFICULTIES:
        allowed = ", ".join(DIFFICULTIES)
        yield problem("difficulty", "bad-frontmatter",
                      f"difficulty must be one of {allowed}, not {frontmatter['difficulty']!r}")
    if "mastery" in frontmatter and mastery_percent(frontmatter["mastery"]) is None:
        yield problem("mastery", "bad-frontmatter", "mastery must be a percentage from 0% to 100% like 15%, "
                                                    f"not {frontmatter['mastery']!r}")
    for key in ("tags", "aliases"):
        value = frontmatter.get(key)
        strings = isinstance(value, list) and all(isinstance(item, str) for item in value)
        if value is not None and not strings:
            yield problem(key, "bad-frontmatter", f"{key} must be a YAML list of strings, not {value!r}")
        elif key == "tags" and value:
            for tag in value:
                if not TAG.fullmatch(tag.strip().lstrip("#")) or tag.strip().lstrip("#").isdigit():
                    yield problem(key, "bad-frontmatter", f"tag {tag!r} is not an Obsidian tag: letters, digits, "
                                                          "_ - / and non-ASCII characters only, not only digits")
    title = frontmatter.get("title")
    if not (isinstance(title, str) and title.strip()):
        yield Problem(note.path, 1, "missing-title", note.path, "no title in the frontmatter")
    if not note.tags:
        yield Problem(note.path, 1, "missing-tags", note.path, "no tags in the frontmatter or the text")
    for key, replacement in DEPRECATED_KEYS.items():
        if key in frontmatter:
            yield problem(key, "deprecated-key", f"{key!r} is deprecated (Obsidian 1.4) and no longer read "
                                                 f"(1.9): use {replacement!r}")


def _key_line(note: Note, key: str) -> int:
    """Line of ``key:`` in the frontmatter, or 1."""
    for number, line in enumerate(note.text[:note.body_start].split("\n"), start=1):
        if line.startswith(key) and line[len(key):].lstrip().startswith(":"):
            return number
    return 1


_Unit = tuple[str, int, int]  # (note path, start, end): what one embed shows


def _embed_cycles(graph: LinkGraph) -> list[Problem]:
    """An error at each embed that closes a cycle (depth-first search over embedded note parts)."""
    vault = graph.vault

    def embeds(unit: _Unit) -> Iterator[tuple[Link, _Unit]]:
        path, start, end = unit
        for link, target in zip(vault.notes[path].links, graph.targets[path]):
            if (link.embed and start <= link.start < end and isinstance(target, Target)
                    and target.path in vault.notes):
                yield link, (target.path, *vault.span_of(target))

    expanding, done = set(), set()
    problems = []
    for note in vault.notes.values():
        root = (note.path, note.body_start, len(note.text))
        if root in done or not any(link.embed for link in note.links):
            continue
        stack = [(root, embeds(root))]
        expanding.add(root)
        while stack:
            unit, children = stack[-1]
            for link, child in children:
                if child in expanding:
                    units = [entry[0] for entry in stack]
                    chain = [u[0] for u in units[units.index(child):]] + [child[0]]
                    problems.append(Problem(unit[0], link.line, "invalid-link", link.target,
                                            "embed cycle: " + " → ".join(chain)))
                elif child not in done:
                    expanding.add(child)
                    stack.append((child, embeds(child)))
                    break
            else:
                stack.pop()
                expanding.discard(unit)
                done.add(unit)
    return problems
