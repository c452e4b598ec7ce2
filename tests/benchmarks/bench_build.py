"""Build-time benchmark: the real vault and synthetic vaults of 100, 300 and 1,000 notes.

Run with ``make bench`` (or ``python tests/benchmarks/bench_build.py [--quick] [--repeat N]``). Prints
seconds and checks the targets, each on the median of ``--repeat`` builds (a build's time on this shared
2-core machine varies by a few seconds from run to run):

* **cold** (``FRESH=1``: no cache at all) ≤ 25 s for the real vault, and ≤ *convert* + 1.15 × (block time
  ÷ cores): running every block once, on every core, is the floor; *convert* is a build with every block
  cached but every page converted (what a cold build does besides running blocks), *block time* the sum
  of the blocks' run times that the cold build reports;
* **up to date** (nothing changed since the published build) ≤ 3 s;
* the 1,000-note synthetic vault (2,000 executed blocks) with every block cached ≤ 30 s.

Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "tests" / "pipeline"))  # a script, not a test: minisite is not on its path
from minisite import write_config  # noqa: E402

CORES = os.cpu_count() or 1
BLOCK_TIME = re.compile(r"; ([\d.]+) s of block time\)")
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
--8<-- "synthetic/n{i:04d}_mean.py"
```

## 再算一次

```python exec="on" result="text"
--8<-- "synthetic/n{i:04d}_sum.py"
```
"""
MEAN = """import numpy as np
rng = np.random.default_rng({i})
x = rng.normal(size=64)
print(f"均值 {{x.mean():.4f}}，方差 {{x.var():.4f}}")
"""
SUM = "print(sum(k * k for k in range({i} % 50 + 10)))\n"


def timed_build(config: Path, site: Path, cache: Path, **env: str) -> tuple[float, str]:
    """Seconds of one ``build_site.py`` run, and what it printed."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--config-file", str(config), "--site-dir", str(site)],
        cwd=REPO_ROOT, capture_output=True, text=True,
        env={**os.environ, "MLVAULT_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1", **env},
    )
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started, result.stderr


def synthetic_vault(root: Path, n: int) -> Path:
    vault = root / "vault"
    snippets = root / "snippets" / "synthetic"
    snippets.mkdir(parents=True)
    rng = random.Random(0)
    for i in range(n):
        folder = vault / f"第{i // 100}卷"
        folder.mkdir(parents=True, exist_ok=True)
        a, b = rng.randrange(n), rng.randrange(n)
        (folder / f"笔记{i:04d}.md").write_text(NOTE.format(i=i, a=a, b=b, group=i % 7, mastery=i % 101), encoding="utf-8")
        (snippets / f"n{i:04d}_mean.py").write_text(MEAN.format(i=i), encoding="utf-8")
        (snippets / f"n{i:04d}_sum.py").write_text(SUM.format(i=i), encoding="utf-8")
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
    parser.add_argument("--repeat", type=int, default=3, help="builds of the real vault of each kind")
    args = parser.parse_args()
    rows: list[tuple[str, float, float | None]] = []
    config = REPO_ROOT / "mkdocs.yml"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        colds, block_times, up_to_date, converts = [], [], [], []
        for run in range(args.repeat):
            cache, site = tmp / f"real-cache-{run}", tmp / f"real-site-{run}"
            seconds, report = timed_build(config, site, cache, MLVAULT_CACHE="off")  # make site FRESH=1
            colds.append(seconds)
            block_times.append(float(BLOCK_TIME.search(report)[1]))
            timed_build(config, site, cache)  # fills the caches
            up_to_date.append(timed_build(config, site, cache)[0])
            shutil.rmtree(cache / "pages")  # every page converts again, every block comes from the cache
            converts.append(timed_build(config, tmp / f"real-convert-{run}", cache)[0])
        for name, times in (("cold (FRESH=1)", colds), ("block time reported by the cold build", block_times),
                            ("up to date (nothing changed)", up_to_date), ("blocks cached, every page converted", converts)):
            print(f"real vault, {name}: " + ", ".join(f"{t:.2f}" for t in times) + " s")
        cold, convert, blocks = statistics.median(colds), statistics.median(converts), statistics.median(block_times)
        floor = convert + 1.15 * blocks / CORES
        rows.append((f"real vault, cold FRESH=1, median of {args.repeat}", cold, 25.0))
        rows.append((f"real vault, cold ≤ convert + 1.15 × block time / {CORES} cores", cold, floor))
        rows.append((f"real vault, up to date, median of {args.repeat}", statistics.median(up_to_date), 3.0))
        rows.append((f"real vault, blocks cached, pages converted, median of {args.repeat}", convert, None))
        for n in (100,) if args.quick else (100, 300, 1000):
            work = tmp / f"synthetic-{n}"
            work.mkdir()
            vault = synthetic_vault(work, n)
            synthetic = write_config(work, vault, work / "snippets")
            cold_n = timed_build(synthetic, work / "site", work / "cache")[0]
            shutil.rmtree(work / "cache" / "pages")
            warm_n = timed_build(synthetic, work / "site-2", work / "cache")[0]
            rows.append((f"{n} notes / {2 * n} blocks, cold", cold_n, None))
            rows.append((f"{n} notes / {2 * n} blocks, blocks cached, pages converted", warm_n, 30.0 if n == 1000 else None))
            shutil.rmtree(work)
    failures = []
    print(f"{'build':64s} {'seconds':>8s} {'target':>10s}")
    for name, seconds, target in rows:
        mark = "" if target is None else (f"≤ {target:.1f}" if seconds <= target else f"MISSED ≤ {target:.1f}")
        print(f"{name:64s} {seconds:8.2f} {mark:>10s}")
        if target is not None and seconds > target:
            failures.append(name)
    for kind in ("cold", "pages converted"):
        points = [(int(name.split()[0]), s) for name, s, _ in rows if name[0].isdigit() and name.endswith(kind)]
        if len(points) > 1:
            print(f"{kind}: " + "; ".join(f"{n} notes {s / n * 1000:.1f} ms/note" for n, s in points)
                  + f"; least-squares line {_line(points)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
