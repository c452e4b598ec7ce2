"""Run the blocks the cache lacks on every core, in the background, while MkDocs converts pages.

The plugin starts a :class:`Prefetcher` right after the link check with the vault's blocks in the order
the pages convert. Worker threads take blocks from the front of one queue, each feeding its own worker
process at a lower priority (a page ready to convert goes first); a page whose block is still pending
waits for it (:meth:`Prefetcher.wait`) and then reads it from the cache, so a cold build runs each block
once, on every core, although MkDocs converts one page after the other. Blocks that use torch all go to
the first worker, so that torch (and the compiler stack ``torch.optim`` loads on first use, seconds of
imports) loads in one process only. A block that fails here is not cached; the page that needs it stops
the build with the reason (a hanging block is not waited for twice).
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace

from .blocks import ExecBlock
from .runner import BlockFailed, BlockRecord, Runner

NICENESS = 5  # background workers yield the CPU to the build itself
USES_TORCH = re.compile(r"^\s*(?:import|from)\s+torch\b", re.M)


class Prefetcher:
    """Run ``blocks`` (each with its key) that miss ``runner``'s cache on ``workers`` processes."""

    def __init__(self, blocks: list[tuple[ExecBlock, str]], runner: Runner, workers: int = 2) -> None:
        assert runner.cache is not None, "prefetching fills the cache"
        self._pending: dict[str, ExecBlock] = {}
        for block, key in blocks:
            # Identical blocks run once. A damaged entry counts as present here: the page that reads it
            # finds it unusable and runs the block itself.
            if key not in self._pending and not runner.cache.holds(key):
                self._pending[key] = block
        self._runners = [replace(runner, niceness=NICENESS, records=[], _worker=None)
                         for _ in range(min(workers, len(self._pending)))]
        self._done = {key: threading.Event() for key in self._pending}
        self._failures: dict[str, BlockFailed] = {}
        self._queue = list(self._pending)
        self._lock = threading.Lock()
        self._stopping = False
        self._threads = [threading.Thread(target=self._work, args=(worker, index == 0), daemon=True)
                         for index, worker in enumerate(self._runners)]
        for thread in self._threads:
            thread.start()

    def __len__(self) -> int:
        return len(self._pending)

    def _next(self, takes_torch: bool) -> str | None:
        """The first queued block this worker may take (the first worker takes any, the others no torch)."""
        with self._lock:
            if self._stopping:
                return None
            index = next((i for i, key in enumerate(self._queue)
                          if takes_torch or not USES_TORCH.search(self._pending[key].code())), None)
            return None if index is None else self._queue.pop(index)

    def _work(self, worker: Runner, takes_torch: bool) -> None:
        while (key := self._next(takes_torch)) is not None:
            try:
                worker.run(self._pending[key], key)
            except BlockFailed as failure:
                self._failures[key] = failure
            finally:
                self._done[key].set()

    def wait(self, key: str) -> BlockFailed | None:
        """Block until the prefetch has run ``key`` (at once if it is not one of its blocks); return how it
        failed, if it did."""
        if (done := self._done.get(key)) is None:
            return None
        done.wait()
        return self._failures.get(key)

    def close(self) -> list[BlockRecord]:
        """Stop taking blocks, wait for the running ones, stop the workers; return what they ran."""
        with self._lock:
            self._stopping = True
        for thread in self._threads:
            thread.join()
        records = []
        for worker in self._runners:
            worker.close()
            records.extend(worker.records)
        return records

    def busiest(self) -> float:
        """Seconds of the busiest worker (after :meth:`close`)."""
        return max((sum(r.seconds for r in worker.records) for worker in self._runners), default=0.0)
