"""Shared by the ratio benchmarks: best-of timing and the printed table of ratios to the reference twin."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

REPEATS = 5


def best_time(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    """Best wall-clock time of ``fn()`` after one warm-up call."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def best_times(ours: Callable[[], object], reference: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """Best wall-clock times of ``ours()`` and ``reference()`` after one warm-up each, run alternately so
    that load from other processes on the (shared, 2-core) machine hits both sides alike."""
    ours()
    reference()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for fn, bucket in zip((ours, reference), times):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def report(rows: Iterable[tuple[str, float, float, float]]) -> int:
    """Print ``name | mlvault s | reference s | ratio | target`` for each row; 1 if any ratio misses its target."""
    rows = list(rows)
    width = max(len(name) for name, *_ in rows)
    print(f"{'name':<{width}} | {'mlvault s':>10} | {'reference s':>11} | {'ratio':>6} | target")
    print("-" * (width + 50))
    failed = False
    for name, ours_s, reference_s, target in rows:
        ratio = ours_s / reference_s
        failed |= ratio > target
        flag = "" if ratio <= target else "  MISSED"
        print(f"{name:<{width}} | {ours_s:>10.5f} | {reference_s:>11.5f} | {ratio:>6.2f} | ≤ {target:g}{flag}")
    return 1 if failed else 0
