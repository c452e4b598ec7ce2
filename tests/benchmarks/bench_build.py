"""Build-time benchmark: the real vault (cold/warm) and synthetic vaults of 100, 300 and 1,000 notes.

Run with ``make bench`` (or ``python tests/benchmarks/bench_build.py [--quick] [--repeat N]``). Prints
seconds and checks the targets of the build-cache work: real vault cold ≤ 20 s and warm ≤ 4 s; the
1,000-note synthetic vault (2,000 executed blocks) warm ≤ 30 s. A build's time on this shared 2-core
machine varies by a few seconds from run to run, so the real vault is built ``--repeat`` times (3) from
an empty cache and as often warm, and the median is checked. Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "tests" / "pipeline"))
from minisite import write_config  # noqa: E402

NOTE = """---
title: 笔记{i:04d}
aliases: [Note {i}]
created: 2026-11-23
tags: [合成/第{group}组]
difficulty: 入门
mastery: {mastery}%
---

# 笔记{i:04d}

第 {i} 篇合成笔记，讨论梯度下降与熵。参见 [[笔记{a:04d}]] 与 [[笔记{b:04d}]]。

## 计算

```python exec="on" source="tabbed-left" result="text"
import numpy as np
rng = np.random.default_rng({i})
x = rng.normal(size=64)
print(f"均值 {{x.mean():.4f}}，方差 {{x.var():.4f}}")
```

## 再算一次

```python exec="on" result="text"
print(sum(k * k for k in range({i} % 50 + 10)))
```
"""


def timed_build(config: Path, site: Path, cache: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--config-file", str(config), "--site-dir", str(site)],
        cwd=REPO_ROOT, capture_output=True, text=True,
        env={**__import__("os").environ, "MLVAULT_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def synthetic_vault(root: Path, n: int) -> Path:
    vault = root / "vault"
    rng = random.Random(0)
    for i in range(n):
        folder = vault / f"第{i // 100}卷"
        folder.mkdir(parents=True, exist_ok=True)
        a, b = rng.randrange(n), rng.randrange(n)
        (folder / f"笔记{i:04d}.md").write_text(NOTE.format(i=i, a=a, b=b, group=i % 7, mastery=i % 101), encoding="utf-8")
    return vault


def _line(points: list[tuple[int, float]]) -> str:
    """``t ≈ a + b·n`` through the points, and how far the largest vault is from that line."""
    ns, ts = [n for n, _ in points], [t for _, t in points]
    n_mean, t_mean = statistics.fmean(ns), statistics.fmean(ts)
    slope = sum((n - n_mean) * (t - t_mean) for n, t in points) / sum((n - n_mean) ** 2 for n in ns)
    intercept = t_mean - slope * n_mean
    worst = max(points, key=lambda p: abs(p[1] - (intercept + slope * p[0])))
    return (f"t ≈ {intercept:.2f} s + {slope * 1000:.1f} ms × notes "
            f"(largest residual {worst[1] - intercept - slope * worst[0]:+.2f} s at {worst[0]} notes)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="only the real vault and 100 notes")
    parser.add_argument("--repeat", type=int, default=3, help="builds of the real vault, cold and warm")
    args = parser.parse_args()
    failures = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        colds, warms = [], []
        for run in range(args.repeat):
            cache = tmp / f"real-cache-{run}"
            colds.append(timed_build(REPO_ROOT / "mkdocs.yml", tmp / "real-site", cache))
            warms.append(timed_build(REPO_ROOT / "mkdocs.yml", tmp / "real-site", cache))
        for name, times in (("cold (empty cache)", colds), ("warm (nothing changed)", warms)):
            print(f"real vault, {name}: " + ", ".join(f"{t:.2f}" for t in times) + " s")
        rows.append((f"real vault, cold (empty cache), median of {args.repeat}", statistics.median(colds), 20.0))
        rows.append((f"real vault, warm (nothing changed), median of {args.repeat}", statistics.median(warms), 4.0))
        # After an edit to the configuration or the build scripts every page converts again; blocks stay cached.
        shutil.rmtree(cache / "pages")
        rows.append(("real vault, blocks cached, every page converted", timed_build(REPO_ROOT / "mkdocs.yml", tmp / "real-site", cache), None))
        for n in (100,) if args.quick else (100, 300, 1000):
            work = tmp / f"synthetic-{n}"
            work.mkdir()
            vault = synthetic_vault(work, n)
            config = write_config(work, vault, work)
            cold_n = timed_build(config, work / "site", work / "cache")
            warm_n = timed_build(config, work / "site", work / "cache")
            rows.append((f"{n} notes / {2 * n} blocks, cold", cold_n, None))
            rows.append((f"{n} notes / {2 * n} blocks, warm", warm_n, 30.0 if n == 1000 else None))
            shutil.rmtree(work / "cache" / "pages")
            rows.append((f"{n} notes, blocks cached, pages converted", timed_build(config, work / "site", work / "cache"), None))
            shutil.rmtree(work)
    print(f"{'build':56s} {'seconds':>8s} {'target':>8s}")
    for name, seconds, target in rows:
        mark = "" if target is None else (f"≤ {target:g}" if seconds <= target else f"MISSED ≤ {target:g}")
        print(f"{name:56s} {seconds:8.2f} {mark:>8s}")
        if target is not None and seconds > target:
            failures.append(name)
    for kind in ("cold", "warm"):
        points = [(int(name.split()[0]), s) for name, s, _ in rows if name[0].isdigit() and name.endswith(kind)]
        if len(points) > 1:
            print(f"{kind}: " + "; ".join(f"{n} notes {s / n * 1000:.1f} ms/note" for n, s in points)
                  + f"; least-squares line {_line(points)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
