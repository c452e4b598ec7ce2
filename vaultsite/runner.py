"""Run executed blocks: in a worker process, with a timeout, cached by the block key.

- **Isolation.** Blocks run in a worker process (``worker.py``) in its own process group, not in the
  MkDocs process, so a block's ``sys.exit``, global RNG seeds or matplotlib state cannot touch the build.
  Heavy imports happen once per worker.
- **Bounded.** Each block has a timeout (``MLVAULT_EXEC_TIMEOUT`` seconds, default 120). A block that
  hangs is killed with its worker's whole process group (children included); a fresh worker serves the
  next block.
- **Fail loudly.** A block that raises, exits non-zero or times out raises :class:`BlockFailed`, naming
  the note, line and snippet; the build stops before any page is written.
- **Cached.** Outputs are stored under the block key (:mod:`vaultsite.blocks`) with the project files the
  block read besides (recorded by the worker); an entry is used only while those are unchanged. Failures
  are never cached, nor output computed while the package changed under the build.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import WORKER, BlockKeys, ExecBlock
from .cache import FileDigests, Store


class BlockFailed(Exception):
    """An executed block raised, exited non-zero or ran past its timeout: ``<label> <reason>``."""

    def __init__(self, label: str, reason: str) -> None:
        super().__init__(f"{label}: {reason}")
        self.label, self.reason = label, reason


@dataclass
class BlockRecord:
    """One block run (or served from the cache), for the build report."""

    label: str
    seconds: float
    cached: bool


def default_timeout() -> float:
    return float(os.environ.get("MLVAULT_EXEC_TIMEOUT", "120"))


@dataclass
class Runner:
    """Runs blocks in a persistent worker process, with a timeout and a cache (``None``: no cache)."""

    keys: BlockKeys
    project: Path
    cache: Store | None = None
    timeout: float = field(default_factory=default_timeout)
    niceness: int = 0
    digests: FileDigests = field(default_factory=FileDigests)
    records: list[BlockRecord] = field(default_factory=list)
    _worker: subprocess.Popen | None = None

    def cached_output(self, key: str) -> str | None:
        """The stored output of ``key`` if every file it read is unchanged."""
        entry = self.cache.get(key) if self.cache else None
        if isinstance(entry, dict) and self.digests.unchanged(entry.get("reads", {}), self.project):
            return entry["output"]
        return None

    def reads_of(self, key: str) -> list[str]:
        """The project files (besides the package) the block stored under ``key`` read when it ran."""
        entry = self.cache.get(key) if self.cache else None
        return list(entry.get("reads", {})) if isinstance(entry, dict) else []

    def run(self, block: ExecBlock, key: str | None = None) -> str:
        """Return what ``block`` prints; raise :class:`BlockFailed` naming it."""
        started = time.perf_counter()
        key = key or self.keys.of(block)
        if (cached := self.cached_output(key)) is not None:
            self.records.append(BlockRecord(block.label, time.perf_counter() - started, True))
            return cached
        package = self.keys.package
        request = {"code": block.code(), "file": str(block.file), "argv": list(block.argv), "package": package.version}
        reply = self._ask(request, block.label)
        if not reply["ok"]:
            raise BlockFailed(block.label, f"failed:\n{reply['error'].rstrip()}")
        reads = {path: self.digests(self.project / path) for path in reply["reads"]}
        if self.cache and package.is_current() and None not in reads.values():  # nothing changed under us
            self.cache.put(key, {"output": reply["output"], "reads": reads})
        self.records.append(BlockRecord(block.label, time.perf_counter() - started, False))
        return reply["output"]

    def _start(self) -> subprocess.Popen:
        package_dir = self.keys.package.package_dir
        search_path = [str(package_dir.parent), str(self.project), os.environ.get("PYTHONPATH")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, search_path)),
                   MLVAULT_WORKER_NICENESS=str(self.niceness), MLVAULT_PROJECT_ROOT=str(self.project),
                   MLVAULT_PACKAGE_DIR=str(package_dir))
        worker = subprocess.Popen([sys.executable, "-u", str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=None, cwd=self.project, env=env, start_new_session=True)
        self._worker = worker
        try:
            self._read_reply(worker, deadline=time.monotonic() + max(self.timeout, 60.0), label="the execution worker's start-up")
        except BlockFailed:
            self.close()
            raise
        return worker

    def _ask(self, request: dict, label: str) -> dict:
        worker = self._worker if self._worker and self._worker.poll() is None else self._start()
        assert worker.stdin is not None
        try:
            worker.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            worker.stdin.flush()
            return self._read_reply(worker, deadline=time.monotonic() + self.timeout, label=label)
        except (BlockFailed, OSError) as failure:
            self.close()
            if isinstance(failure, BlockFailed):
                raise
            raise BlockFailed(label, f"stopped: the execution worker is gone ({failure})") from None

    def _read_reply(self, worker: subprocess.Popen, *, deadline: float, label: str) -> dict:
        assert worker.stdout is not None
        fd = worker.stdout.fileno()
        chunks: list[bytes] = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BlockFailed(label, f"timed out after {self.timeout:g} s and was stopped")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                code = worker.wait()
                raise BlockFailed(label, f"stopped: the execution worker died (exit code {code})")
            chunks.append(chunk)
            if chunk.endswith(b"\n"):
                return json.loads(b"".join(chunks))

    def close(self) -> None:
        """Stop the worker and everything it started (its process group)."""
        if self._worker is not None:
            if self._worker.poll() is None:
                try:
                    os.killpg(self._worker.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self._worker.wait()
            for stream in (self._worker.stdin, self._worker.stdout):
                if stream:
                    stream.close()
            self._worker = None


def build_report(pages: int, seconds: float, shown: list[BlockRecord], background: list[BlockRecord],
                 slowest: int = 5) -> str:
    """The build report: pages, blocks shown, how many ran (in the page or in the background), the
    slowest runs."""
    ran = [record for record in [*shown, *background] if not record.cached]
    lines = [f"mlvault build: {pages} pages, {len(shown)} executed blocks shown, {len(ran)} run "
             f"({sum(not r.cached for r in background)} in the background; {sum(r.seconds for r in ran):.1f} s of "
             f"block time), {seconds:.1f} s"]
    for record in sorted(ran, key=lambda r: r.seconds, reverse=True)[:slowest]:
        lines.append(f"  {record.seconds:6.2f} s  {record.label}")
    return "\n".join(lines)
