"""Run the vault's executed code blocks: isolated, bounded, cached.

markdown-exec parses the fences and renders source and result; this module owns what runs the code:

- **Isolation.** Blocks run in one worker process (``exec_worker.py``), not in the MkDocs process, so a
  block's ``sys.exit``, global RNG seeds or matplotlib state cannot touch the build. Heavy imports happen
  once per worker, i.e. once per build (and once per ``mkdocs serve`` session).
- **Bounded.** Each block has a timeout (``MLVAULT_EXEC_TIMEOUT`` seconds, default 120). A block that
  hangs is killed with its worker, and a fresh worker serves the next block.
- **Fail loudly.** A block that raises, exits non-zero or times out raises :class:`BlockFailed`, naming the
  note and the snippet; the build stops before any page is written.
- **Cached.** A block's output is stored under ``.cache/exec/`` keyed by everything that can change it:
  the expanded source, the fence options, the source of every ``mlvault`` module it imports (transitively),
  the Python version and the versions of numpy/scipy/torch/matplotlib. Entries carry a checksum and are
  written atomically; an unreadable or mismatching entry is a miss and is rebuilt. Failures are never
  cached. ``MLVAULT_CACHE=off`` (``make site FRESH=1``) runs every block; ``MLVAULT_CACHE_DIR`` moves
  every build cache (default ``.cache/``).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import platform
import re
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO_ROOT / "mlvault"
WORKER = Path(__file__).with_name("exec_worker.py")
VERSIONED_DEPENDENCIES = ("numpy", "scipy", "torch", "matplotlib")
CACHE_FORMAT = 1
PREFETCH_NICENESS = 5  # background workers yield the CPU to the build itself
# A `--8<-- "path"` line of pymdownx.snippets (an optional `:section` or `:lines` suffix is not part of the path).
USES_TORCH = re.compile(r"^\s*(?:import|from)\s+torch\b", re.M)
SNIPPET_INCLUDE = re.compile(r"^\s*-{1,}8<-{1,}\s+[\"'](?P<path>[^\"':]+)(?::[^\"']*)?[\"']\s*$", re.M)


class BlockFailed(Exception):
    """An executed block raised, exited non-zero or ran past its timeout: ``<where> <reason>``."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where} {reason}")
        self.reason = reason


def _block(page: str, snippet: str) -> str:
    return f"{page}: executed block {snippet!r}"


@dataclass
class BlockRecord:
    """One executed (or cache-served) block, for the build report."""

    page: str
    snippet: str
    seconds: float
    cached: bool
    modules: frozenset[str] = frozenset()  # the mlvault modules the block imports directly


def _default_timeout() -> float:
    return float(os.environ.get("MLVAULT_EXEC_TIMEOUT", "120"))


def cache_root() -> Path:
    """Where every build cache lives: execution outputs, rendered pages, search entries, generated pages."""
    return Path(os.environ.get("MLVAULT_CACHE_DIR", REPO_ROOT / ".cache"))


def caching_enabled() -> bool:
    """``MLVAULT_CACHE=off`` (``make site FRESH=1``): run every block and render every page again."""
    return os.environ.get("MLVAULT_CACHE", "on").lower() not in {"off", "0", "no", "false"}


def _default_cache_dir() -> Path | None:
    return cache_root() / "exec" if caching_enabled() else None


# ---------------------------------------------------------------------------------------------- keys


@functools.lru_cache(maxsize=8192)
def _imported_mlvault_modules(source: str, package: str | None = None) -> frozenset[str]:
    """Names of the ``mlvault`` modules that ``source`` imports directly (absolute or relative)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return frozenset()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "mlvault")
        elif isinstance(node, ast.ImportFrom):
            if node.level and package:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] != "mlvault":
                continue
            found.add(module)
            # `from mlvault import linalg` imports the submodule mlvault.linalg.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return frozenset(found)


class PackageIndex:
    """Source hashes of the ``mlvault`` modules and their import graph, refreshed by mtime."""

    def __init__(self, package_dir: Path = PACKAGE_DIR) -> None:
        self.package_dir = package_dir
        self._signature: tuple = ()
        self.version = ""  # changes whenever a file of the package does
        self._hashes: dict[str, str] = {}
        self._imports: dict[str, set[str]] = {}
        self._data_hash = ""

    def _module_name(self, path: Path) -> str:
        parts = list(path.relative_to(self.package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        return ".".join(parts)

    def _current_signature(self) -> tuple:
        files = sorted(p for p in self.package_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)

    def is_current(self) -> bool:
        """Whether the package is unchanged since the last :meth:`refresh`."""
        return self._current_signature() == self._signature

    def refresh(self) -> None:
        signature = self._current_signature()
        if signature == self._signature:
            return
        files = [Path(path) for path, _, _ in signature]
        self._signature = signature
        self.version = hashlib.sha256(repr(signature).encode()).hexdigest()
        self._hashes, self._imports = {}, {}
        data = hashlib.sha256()
        for path in files:
            content = path.read_bytes()
            if path.suffix == ".py":
                name = self._module_name(path)
                self._hashes[name] = hashlib.sha256(content).hexdigest()
                package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                self._imports[name] = _imported_mlvault_modules(content.decode("utf-8"), package)
            else:  # data shipped with the package (datasets) can change any output that reads it
                data.update(str(path.relative_to(self.package_dir)).encode() + content)
        self._data_hash = data.hexdigest()

    def closure_hash(self, source: str) -> str:
        """Hash of every mlvault module ``source`` imports, directly or transitively (with parents).

        Uses the sources as of the last :meth:`refresh` (once per build: nothing changes mid-build)."""
        return self.modules_hash(_imported_mlvault_modules(source))

    def modules_hash(self, modules: frozenset[str]) -> str:
        """Hash of ``modules`` and every mlvault module they import, as of the last :meth:`refresh`."""
        return self._closure_hash(frozenset(modules), self._signature)

    @functools.lru_cache(maxsize=4096)  # noqa: B019  (one index per process; keys include the signature)
    def _closure_hash(self, imported: frozenset[str], signature: tuple) -> str:
        pending = list(imported)
        seen: set[str] = set()
        while pending:
            name = pending.pop()
            # Importing a.b.c executes a/__init__, a/b/__init__ first.
            parts = name.split(".")
            for depth in range(1, len(parts) + 1):
                prefix = ".".join(parts[:depth])
                if prefix in self._hashes and prefix not in seen:
                    seen.add(prefix)
                    pending.extend(self._imports[prefix])
        if not seen:
            return "no-mlvault"
        digest = hashlib.sha256(self._data_hash.encode())
        for name in sorted(seen):
            digest.update(f"{name}={self._hashes[name]}\n".encode())
        return digest.hexdigest()


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``path`` through a hidden temporary file and a rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    os.replace(partial, path)


def package_versions(names: tuple[str, ...]) -> str:
    """``name==version`` of each installed distribution (``==absent`` if it is not installed)."""
    versions = []
    for name in names:
        try:
            versions.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}==absent")
    return ";".join(versions)


def environment_fingerprint() -> str:
    return f"python=={platform.python_version()};" + package_versions(VERSIONED_DEPENDENCIES)


# ---------------------------------------------------------------------------------------------- cache


class ExecCache:
    """Outputs of successful blocks, one checksummed JSON file per key."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    @staticmethod
    def _checksum(key: str, output: str) -> str:
        return hashlib.sha256(f"{CACHE_FORMAT}\0{key}\0{output}".encode()).hexdigest()

    def holds(self, key: str) -> bool:
        """Whether an entry exists for ``key`` (cheap: it is verified only when read with :meth:`get`)."""
        return self._path(key).is_file()

    def get(self, key: str) -> str | None:
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry["key"] == key and entry["checksum"] == self._checksum(key, entry["output"]):
                return entry["output"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return None

    def put(self, key: str, output: str) -> None:
        entry = {"key": key, "output": output, "checksum": self._checksum(key, output)}
        write_atomically(self._path(key), json.dumps(entry))


# ---------------------------------------------------------------------------------------------- runner


@dataclass
class Runner:
    """Runs blocks in a persistent worker process, with a timeout and a cache."""

    timeout: float = field(default_factory=_default_timeout)
    cache: ExecCache | None = field(default_factory=lambda: _cache_or_none(_default_cache_dir()))
    package_dir: Path = PACKAGE_DIR
    environment: str = field(default_factory=environment_fingerprint)
    records: list[BlockRecord] = field(default_factory=list)
    package: PackageIndex | None = None  # default: an index of ``package_dir``, read now
    niceness: int = 0
    prefetcher: Prefetcher | None = None  # blocks still running in the background are waited for, not re-run
    _worker: subprocess.Popen | None = None

    def __post_init__(self) -> None:
        if self.package is None:
            self.package = PackageIndex(self.package_dir)
            self.package.refresh()

    def begin_build(self) -> None:
        """Start of a build (or a ``serve`` rebuild): re-read the package if it changed, reset the records."""
        self.package.refresh()
        self.records.clear()

    def key(self, code: str, options: dict) -> str:
        parts = [
            f"format={CACHE_FORMAT}",
            self.environment,
            "options=" + json.dumps(options, sort_keys=True, default=str),
            "mlvault=" + self.package.closure_hash(code),
            "code=" + code,
        ]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def run(self, code: str, *, page: str, snippet: str, options: dict | None = None, file: str | None = None) -> str:
        """Return what the block prints; raise :class:`BlockFailed` naming ``page`` and ``snippet``."""
        started = time.perf_counter()
        modules = _imported_mlvault_modules(code)
        key = self.key(code, options or {}) if self.cache else ""
        if self.cache and self.prefetcher is not None and (reason := self.prefetcher.wait(key)):
            raise BlockFailed(_block(page, snippet), reason)  # it failed in the background: don't run it twice
        if self.cache and (cached := self.cache.get(key)) is not None:
            self.records.append(BlockRecord(page, snippet, time.perf_counter() - started, True, modules))
            return cached
        reply = self._ask({"code": code, "file": file, "package": self.package.version}, page=page, snippet=snippet)
        if not reply["ok"]:
            raise BlockFailed(_block(page, snippet), f"failed:\n{reply['error'].rstrip()}")
        if self.cache and self.package.is_current():  # an edit mid-build would file new output under an old key
            self.cache.put(key, reply["output"])
        self.records.append(BlockRecord(page, snippet, time.perf_counter() - started, False, modules))
        return reply["output"]

    def _start(self) -> subprocess.Popen:
        search_path = [str(self.package_dir.parent), str(REPO_ROOT), os.environ.get("PYTHONPATH")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, search_path)), MLVAULT_WORKER_NICENESS=str(self.niceness))
        worker = subprocess.Popen(
            [sys.executable, "-u", str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            cwd=REPO_ROOT,
            env=env,
        )
        self._worker = worker
        self._read_reply(worker, deadline=time.monotonic() + max(self.timeout, 60.0), where="the execution worker's start-up")
        return worker

    def _ask(self, request: dict, *, page: str, snippet: str) -> dict:
        worker = self._worker if self._worker and self._worker.poll() is None else self._start()
        assert worker.stdin is not None
        worker.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
        worker.stdin.flush()
        try:
            return self._read_reply(worker, deadline=time.monotonic() + self.timeout, where=_block(page, snippet))
        except BlockFailed:
            self.close()
            raise

    def _read_reply(self, worker: subprocess.Popen, *, deadline: float, where: str) -> dict:
        assert worker.stdout is not None
        fd = worker.stdout.fileno()
        chunks: list[bytes] = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BlockFailed(where, f"timed out after {self.timeout:g} s and was stopped")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                code = worker.wait()
                raise BlockFailed(where, f"stopped: the execution worker died (exit code {code})")
            chunks.append(chunk)
            if chunk.endswith(b"\n"):
                return json.loads(b"".join(chunks))

    def close(self) -> None:
        if self._worker is not None:
            if self._worker.poll() is None:
                self._worker.kill()
            self._worker.wait()
            self._worker = None

    def report(self, pages: int, seconds: float, slowest: int = 5, prefetched: list[BlockRecord] = ()) -> str:
        """The build report; ``prefetched``: the blocks the :class:`Prefetcher` ran (counted in its own line)."""
        executed = [r for r in self.records if not r.cached]
        lines = [
            f"mlvault build: {pages} pages, {len(self.records)} executed blocks "
            f"({len(executed)} run, {len(self.records) - len(executed)} from cache), {seconds:.1f} s",
        ]
        ran = executed + [r for r in prefetched if not r.cached]
        for record in sorted(ran, key=lambda r: r.seconds, reverse=True)[:slowest]:
            lines.append(f"  {record.seconds:6.2f} s  {record.page}  {record.snippet}")
        return "\n".join(lines)


def _cache_or_none(directory: Path | None) -> ExecCache | None:
    return ExecCache(directory) if directory else None


_shared: dict[str, Runner] = {}


def shared_runner() -> Runner:
    """The runner of this process's builds: one worker serves every rebuild of ``mkdocs serve``."""
    if "runner" not in _shared:
        _shared["runner"] = Runner()
    return _shared["runner"]


def close_shared_runner() -> None:
    if runner := _shared.pop("runner", None):
        runner.close()


# ---------------------------------------------------------------------------------------------- prefetch


class Prefetcher:
    """Run the blocks that miss the cache on ``workers`` processes in the background while MkDocs renders.

    ``blocks`` are ``(code, page, label, file)`` in the order the build renders them; ``runner`` is the
    build's own, whose cache, package index and settings the background workers share. Worker threads
    take blocks from the front of one queue; a page that needs a block still pending waits for it
    (:meth:`wait`) and then reads it from the cache, so rendering overlaps execution and a cold build uses
    every core although MkDocs renders one page after the other. The workers run at a lower priority:
    when the build has a page to render, it goes first. Blocks that use torch all go to the first worker,
    so that torch (and the compiler stack ``torch.optim`` loads on first use, seconds of imports) loads in
    one process only. A block that fails here is not cached; the page that needs it stops the build with
    the reason (a hanging block is not waited for twice).
    """

    def __init__(self, blocks: list[tuple[str, str, str, str | None]], runner: Runner, workers: int = 2) -> None:
        assert runner.cache is not None, "prefetching fills the cache"
        self._pending: dict[str, tuple[str, str, str, str | None]] = {}
        for code, page, label, file in blocks:
            key = runner.key(code, {"session": None})
            # Identical blocks run once. A damaged entry counts as present here: the page that reads it
            # finds it unusable and runs the block itself.
            if key not in self._pending and not runner.cache.holds(key):
                self._pending[key] = (code, page, label, file)
        settings = {"cache": runner.cache, "package_dir": runner.package_dir, "package": runner.package,
                    "timeout": runner.timeout, "environment": runner.environment, "niceness": PREFETCH_NICENESS}
        self._runners = [Runner(**settings) for _ in range(min(workers, len(self._pending)))]
        self._done = {key: threading.Event() for key in self._pending}
        self._failures: dict[str, str] = {}
        self._queue = list(self._pending)
        self._lock = threading.Lock()
        self._stopping = False
        self.records: list[BlockRecord] = []
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
            index = next((i for i, key in enumerate(self._queue) if takes_torch or not USES_TORCH.search(self._pending[key][0])), None)
            return None if index is None else self._queue.pop(index)

    def _work(self, worker: Runner, takes_torch: bool) -> None:
        while (key := self._next(takes_torch)) is not None:
            code, page, label, file = self._pending[key]
            try:
                worker.run(code, page=page, snippet=label, options={"session": None}, file=file)
            except BlockFailed as failure:
                self._failures[key] = failure.reason
            finally:
                self._done[key].set()

    def wait(self, key: str) -> str | None:
        """Block until the prefetch has run ``key`` (at once if it is not one of its blocks); return why it
        failed, if it did."""
        if (done := self._done.get(key)) is None:
            return None
        done.wait()
        return self._failures.get(key)

    def close(self) -> float:
        """Stop taking blocks, wait for the running ones, stop the workers; return the busiest worker's seconds."""
        with self._lock:
            self._stopping = True
        for thread in self._threads:
            thread.join()
        for worker in self._runners:
            worker.close()
            self.records.extend(worker.records)
        return max((sum(r.seconds for r in worker.records) for worker in self._runners), default=0.0)
