"""Benchmark the link checker on a generated vault against a plain loop that only reads the same files.

Run by ``make bench`` (or ``python tests/benchmarks/bench_linkgraph.py [--notes N] [--keep DIR]``). The
generated vault has N notes (default 10,000) in 20 folders, each with frontmatter, headings, a block id,
tags, math, a fenced code block and 10 links in the forms the vault uses: 100,000 links in all, of which
one in ten points to a note not yet written (as in a real vault: about a thousand planned notes, each
linked from several places), so the check reports 10,000 broken links, each with a suggestion.
Prints both timings in seconds (wall clock and CPU time of this process, the best of ``ROUNDS`` runs
each, page cache warm) and their ratios, and exits 1 when the check takes more than ``LIMIT`` times the
plain read. The verdict uses CPU time: on an idle machine the two agree, and on a shared one the wall
clock mostly measures the other processes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from vaultsite.check import Report, analyse

LIMIT = 10.0
ROUNDS = 5
UNWRITTEN = 1 / 6  # of the 6 sentence links of a note (of its 10): one link in ten leads nowhere
PLANNED = 1000  # distinct notes not yet written
FOLDERS = ("高等数学", "统计学与概率", "信息论", "优化", "机器学习", "深度学习", "附录", "索引",
           "线性代数", "微积分", "概率", "贝叶斯", "凸优化", "核方法", "集成学习", "聚类", "降维",
           "神经网络", "卷积", "序列模型")
HEADINGS = ("定义与公式", "直观理解", "例子", "在机器学习中的应用", "常见误区")


def note_text(index: int, names: list[str], folders: list[str], rng: random.Random) -> str:
    """One note of the benchmark vault: 10 links to other notes in the forms the vault uses."""
    name = names[index]

    def other() -> int:
        return rng.randrange(len(names))

    forms = [
        lambda i: f"[[{names[i]}]]",
        lambda i: f"[[{names[i]}|第 {i} 号概念]]",
        lambda i: f"[[{names[i]}#{rng.choice(HEADINGS)}]]",
        lambda i: f"[[{folders[i]}/{names[i]}]]",
        lambda i: f"[[{names[i]}#^def-{i}]]",
        lambda i: f"[第 {i} 号](../{folders[i]}/{names[i]}.md)",
    ]
    def linked(k: int) -> str:
        if rng.random() < UNWRITTEN:  # a note not yet written
            return f"[[待写{rng.randrange(PLANNED):04d}号概念]]"
        return rng.choice(forms)(other())

    sentences = [f"这一点与{linked(k)}有关，其中 $x_{{{k}}}^2$ 是第 {k} 项的平方。" for k in range(6)]
    return f"""---
title: {name}
aliases:
  - Concept {index}
created: 2026-11-23
tags:
  - {folders[index]}/主题{index % 7}
difficulty: 中级
mastery: {index % 101}%
---

# {name}

{name}是机器学习中的一个数学概念，本段给出它的直观含义。{"".join(sentences[:3])}

## 定义与公式

设随机变量 $X$ 的分布为 $p$，则

$$
H(X) = -\\sum_i p_i \\log p_i
$$

这是定义的核心。 ^def-{index}

## 直观理解

{"".join(sentences[3:])} #机器学习/基础

```python
x = a[[0, 1]]  # [[不是链接]]
```

## 例子

见 ![[figure-{index % 50}.png|300]] 与 [[#定义与公式]]。

## 在机器学习中的应用

常见于损失函数与正则化，参见 [[{names[other()]}]]。

## 常见误区

> [!warning] 勘误
> 不要混淆 $\\log_2$ 与 $\\ln$，参见 [[{names[other()]}#直观理解]]。
"""


def generate(root: Path, count: int) -> None:
    rng = random.Random(20261123)
    names = [f"概念{index:05d}" for index in range(count)]
    folders = [FOLDERS[index % len(FOLDERS)] for index in range(count)]
    for folder in set(folders):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "attachments").mkdir()
    for index in range(50):
        (root / "attachments" / f"figure-{index}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    for index, name in enumerate(names):
        text = note_text(index, names, folders, rng)
        (root / folders[index] / f"{name}.md").write_text(text, encoding="utf-8")


def read_all(root: Path) -> int:
    """The baseline: walk the vault and read every note, nothing else."""
    total = 0
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".md"):
                total += len(Path(folder, name).read_text(encoding="utf-8"))
    return total


def check_all(root: Path) -> Report:
    return analyse(root)[1]


def best_times(function, *args) -> tuple[float, float, object]:
    """Best wall-clock and best CPU seconds of ``ROUNDS`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(ROUNDS):
        result = None  # the previous result is freed outside the timed part
        wall, cpu = time.perf_counter(), time.process_time()
        result = function(*args)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="generate the vault here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="linkgraph-bench-"))
    try:
        if not any(root.glob("*/*.md")):
            generate(root, args.notes)
        read_all(root)  # warm the page cache
        read_wall, read_cpu, _ = best_times(read_all, root)
        check_wall, check_cpu, report = best_times(check_all, root)
    finally:
        if args.keep is None:
            shutil.rmtree(root)
    ratio = check_cpu / read_cpu
    suggested = sum("did you mean" in problem.message for problem in report.errors)
    print(f"vault: {report.notes} notes, {report.links} links, {len(report.errors)} broken "
          f"({suggested} with a suggestion)")
    print(f"read:  {read_wall:.3f} s wall, {read_cpu:.3f} s CPU")
    print(f"check: {check_wall:.3f} s wall, {check_cpu:.3f} s CPU")
    print(f"ratio: {ratio:.1f} CPU (limit {LIMIT:.0f}), {check_wall / read_wall:.1f} wall")
    only_broken = all(problem.kind == "broken-link" for problem in report.errors)
    return 0 if ratio <= LIMIT and only_broken else 1


if __name__ == "__main__":
    sys.exit(main())
