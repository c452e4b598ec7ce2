"""Exercises: the graded question callouts of a note, with their folded solutions and checkable answers.

An exercise is written in plain Obsidian Markdown (CONVENTIONS.md)::

    > [!question] 练习 2（中级）
    > 一枚硬币……它的熵是多少 bit？
    > - A. 0.469        (optional: options, one per list item "A." … "F.")
    > - B. 0.531
    >
    > > [!success]- 解答
    > > **答案**：0.469 ± 0.001 bit      (optional: the checkable answer, first line of the solution)
    > >
    > > $H = …$

The checkable answer is a number with an optional tolerance and unit (``0.469 ± 0.001 bit``, ``1/3``,
``-7``, ``25 %``: integers and fractions are exact; a decimal without ``±`` is good to half a unit of its
last digit) or one option letter (``B``). In Obsidian it stays readable text inside the folded solution.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .model import DIFFICULTIES, Answer, Exercise

_TITLE = re.compile(r"\[!question\][+-]?[ \t]*(?P<title>.*)")
_EXERCISE_TITLE = re.compile(r"练习[ \t]*(?P<number>\d+)[ \t]*（(?P<difficulty>[^）]*)）[ \t]*")
_SOLUTION = re.compile(r"\[!success\](?P<fold>[+-]?)[ \t]*(?P<title>.*)")
_OPTION = re.compile(r"[-*+][ \t]+(?P<letter>[A-F])[.．、][ \t]*(?P<text>.+)")
_ANSWER = re.compile(r"\*\*答案\*\*[：:][ \t]*(?P<answer>.*?)[ \t]*")
_NUMBER = re.compile(r"""(?P<value>[-+−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?:/\d+)?)
                         (?:[ \t]*(?:±|\+/?-)[ \t]*(?P<tolerance>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?))?
                         [ \t]*(?P<unit>[^\d\s].*)?""", re.X)


def _quote_depth(line: str) -> int:
    """How many ``>`` markers start ``line``."""
    depth = 0
    while (line := line.lstrip(" \t")).startswith(">"):
        depth, line = depth + 1, line[1:]
    return depth


def _unquoted(line: str, markers: int) -> str:
    """``line`` without its first ``markers`` quote markers (each with the space after it)."""
    for _ in range(markers):
        line = line.lstrip(" \t")
        if not line.startswith(">"):
            break
        line = line[1:]
        line = line[1:] if line.startswith(" ") else line
    return line


def parse_answer(text: str, options: tuple[tuple[str, str], ...]) -> tuple[Answer | None, str | None]:
    """The answer written after ``**答案**：``, or why it cannot be read."""
    if re.fullmatch(r"[A-F]", text):
        if text not in {letter for letter, _ in options}:
            return None, f"answer {text!r} names no option (options: {', '.join(l for l, _ in options) or 'none'})"
        return Answer("choice", text, None, 0.0, "", text), None
    found = _NUMBER.fullmatch(text)
    if found is None:
        return None, f"answer {text!r} is neither a number (with ± tolerance and unit) nor an option letter"
    written = found["value"].replace("−", "-")
    value = float(Fraction(written)) if "/" in written else float(written)
    if found["tolerance"] is not None:
        tolerance = float(found["tolerance"])
    elif "/" in written or re.fullmatch(r"[-+]?\d+", written):
        tolerance = 0.0
    else:  # a decimal written to some digits: good to half a unit of the last one
        decimals = len(written.split("e")[0].split("E")[0].partition(".")[2])
        tolerance = 0.5 * 10.0 ** -decimals
    return Answer("number", text, value, tolerance, (found["unit"] or "").strip(), ""), None


def find_exercises(text: str, body_start: int, fence_spans: list[tuple[int, int]]) -> list[Exercise]:
    """Every ``[!question]`` callout of the body that is an exercise (its title starts with 练习), and
    every solution callout found outside one (an exercise of number 0, with a problem)."""
    exercises: list[Exercise] = []
    lines = text.split("\n")
    offsets, offset = [], 0
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    in_fence = lambda position: any(start <= position < end for start, end in fence_spans)  # noqa: E731
    index = text.count("\n", 0, body_start)
    while index < len(lines):
        depth = _quote_depth(lines[index])
        rest = _unquoted(lines[index], depth).strip()
        title = _TITLE.fullmatch(rest) if depth == 1 else None
        solution = _SOLUTION.fullmatch(rest) if depth >= 1 else None
        if in_fence(offsets[index]) or not (title or solution):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and _quote_depth(lines[end]) >= 1:
            end += 1
        if title:
            exercise = _exercise(lines[index:end], index + 1, title["title"])
            if exercise is not None:
                exercises.append(exercise)
        else:
            exercises.append(Exercise(index + 1, 0, "", "", "", "", (), None, ("a solution callout outside a question",)))
        index = end
    return exercises


def _exercise(block: list[str], line: int, title: str) -> Exercise | None:
    """The exercise written by a question callout's lines (``None`` if its title is not 练习)."""
    if not title.startswith("练习"):
        return None
    problems: list[str] = []
    heading = _EXERCISE_TITLE.fullmatch(title)
    number = int(heading["number"]) if heading else 0
    difficulty = heading["difficulty"] if heading else ""
    if heading is None or difficulty not in DIFFICULTIES:
        problems.append(f"title {title!r} is not 练习 N（{'|'.join(DIFFICULTIES)}）")
    question, solution, solutions = [], [], 0
    for raw in block[1:]:
        depth = _quote_depth(raw)
        found = _SOLUTION.fullmatch(_unquoted(raw, depth).strip()) if depth == 2 else None
        if found:
            solutions += 1
            if found["fold"] != "-":
                problems.append("the solution callout must be folded: [!success]-")
        elif depth >= 2 and solutions:
            solution.append(_unquoted(raw, 2))
        else:
            question.append(_unquoted(raw, 1))
    if solutions != 1:
        problems.append(f"{solutions} solution callouts ([!success]-) where one is needed")
    options = tuple((m["letter"], m["text"].strip()) for m in map(_OPTION.fullmatch, (q.strip() for q in question)) if m)
    first = next((s.strip() for s in solution if s.strip()), "")
    answer = None
    if (written := _ANSWER.fullmatch(first)) is not None:
        answer, problem = parse_answer(written["answer"], options)
        if problem:
            problems.append(problem)
    return Exercise(line, number, difficulty, title, "\n".join(question).strip(), "\n".join(solution).strip(),
                    options, answer, tuple(problems))
