"""Exercises as data: the question callouts of a note, their solutions and checkable answers."""

from __future__ import annotations

import pytest

from vaultsite.exercises import parse_answer
from vaultsite.parse import parse_note

NOTE = """---
title: 例
---

# 例

```markdown
> [!question] 练习 9（入门）
> a fenced example is not an exercise
```

> [!question] 练习 1（入门）
> 熵是多少？
>
> > [!success]- 解答
> > **答案**：0.469 ± 0.001 bit
> >
> > $H = 0.469$。
> > > a quote inside the solution

> [!question] 练习 2（高级）
> 哪一个对？
> - A. 第一个
> - B. 第二个
>
> > [!success]- 解答
> > **答案**：B
> >
> > ```python exec="on" source="tabbed-left" result="text"
> > --8<-- "snippets/a.py"
> > ```

> [!question] 思考题
> not an exercise: its title does not start with 练习

> [!question] 练习 3（中级）
> 推导。
>
> > [!success]- 解答
> > 逐步推导……
"""


def test_exercises_are_read_with_their_parts():
    one, two, three = parse_note("例.md", NOTE).exercises
    assert (one.line, one.number, one.difficulty, one.problems) == (12, 1, "入门", ())
    assert one.question == "熵是多少？"
    assert one.solution.startswith("**答案**：0.469 ± 0.001 bit") and one.solution.endswith("> a quote inside the solution")
    assert (one.answer.kind, one.answer.value, one.answer.tolerance, one.answer.unit) == ("number", 0.469, 0.001, "bit")
    assert two.options == (("A", "第一个"), ("B", "第二个")) and two.answer.choice == "B"
    assert '--8<-- "snippets/a.py"' in two.solution
    assert (three.number, three.answer, three.problems) == (3, None, ())


@pytest.mark.parametrize(("text", "value", "tolerance", "unit"), [
    ("1/3", 1 / 3, 0.0, ""),
    ("-7", -7.0, 0.0, ""),
    ("−3/2", -1.5, 0.0, ""),
    ("25 %", 25.0, 0.0, "%"),
    ("0.5", 0.5, 0.05, ""),  # a decimal is good to half a unit of its last digit
    ("2.303 ± 0.001 nat", 2.303, 0.001, "nat"),
    ("131 ± 2", 131.0, 2.0, ""),
    ("1e-3 +- 1e-4 s", 1e-3, 1e-4, "s"),
])
def test_numeric_answers(text, value, tolerance, unit):
    answer, problem = parse_answer(text, ())
    assert problem is None
    assert (answer.kind, answer.unit) == ("number", unit)
    assert answer.value == pytest.approx(value) and answer.tolerance == pytest.approx(tolerance)


@pytest.mark.parametrize(("text", "options", "message"), [
    ("C", (("A", "a"), ("B", "b")), "names no option"),
    ("大约一半", (), "neither a number"),
    ("", (), "neither a number"),
])
def test_malformed_answers_say_why(text, options, message):
    answer, problem = parse_answer(text, options)
    assert answer is None and message in problem
