"""The build caches: where they live, checksummed entries written atomically, and one build at a time.

Every cache of a build lives under one folder, ``.cache/`` next to ``mkdocs.yml`` (``MLVAULT_CACHE_DIR``
moves it; ``MLVAULT_CACHE=off``, i.e. ``make site FRESH=1``, turns caching off): ``exec/`` block outputs,
``pages/`` converted pages, ``jinja/`` compiled templates, ``code-index/``, ``source-pages/``,
``generated/`` and ``pdf/``. Builds that share the folder take turns (:class:`BuildLock`), so one never
prunes the entries another is using.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import platform
import sys
import threading
from importlib import metadata
from pathlib import Path
from typing import Iterator


def cache_root(default: Path) -> Path:
    """The folder of every build cache (``default``: ``.cache`` next to the configuration)."""
    return Path(os.environ.get("MLVAULT_CACHE_DIR", default))


def caching_enabled() -> bool:
    """``MLVAULT_CACHE=off`` (``make site FRESH=1``): run every block and convert every page again."""
    return os.environ.get("MLVAULT_CACHE", "on").lower() not in {"off", "0", "no", "false"}


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``path`` through a hidden temporary file and a rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    os.replace(partial, path)


def digest(*parts: str) -> str:
    """SHA-256 of ``parts``, each terminated so that ``("ab", "c")`` and ``("a", "bc")`` differ."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return hashed.hexdigest()


@functools.lru_cache(maxsize=16)  # read once per process (a `serve` session: restart it after an upgrade)
def package_versions(names: tuple[str, ...]) -> str:
    """``python==…;name==version;…`` of the interpreter and each distribution (``==absent`` if missing)."""
    versions = [f"python=={platform.python_version()}"]
    for name in names:
        try:
            versions.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}==absent")
    return ";".join(versions)


class Store:
    """JSON entries by key, one checksummed file each; an unreadable or mismatching entry is absent."""

    FORMAT = 2

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def _checksum(self, key: str, payload: str) -> str:
        return digest(str(self.FORMAT), key, payload)

    def holds(self, key: str) -> bool:
        """Whether an entry exists for ``key`` (cheap: it is verified only when read with :meth:`get`)."""
        return self._path(key).is_file()

    def get(self, key: str) -> object | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            if entry["key"] == key and entry["checksum"] == self._checksum(key, entry["payload"]):
                return json.loads(entry["payload"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return None

    def put(self, key: str, value: object) -> None:
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True)
        entry = {"key": key, "payload": payload, "checksum": self._checksum(key, payload)}
        write_atomically(self._path(key), json.dumps(entry, ensure_ascii=False))

    def prune(self, keep: set[str]) -> int:
        """Delete every entry whose key is not in ``keep``; return how many."""
        removed = 0
        for path in self.directory.glob("*/*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


class FileDigests:
    """Content digests of files, recomputed only when a file's ``(mtime, size)`` changes."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int, int], str] = {}

    def __call__(self, path: str | Path) -> str | None:
        """The digest of ``path``, or ``None`` if it cannot be read."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        signature = (str(path), stat.st_mtime_ns, stat.st_size)
        if signature not in self._known:
            try:
                self._known[signature] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            except OSError:
                return None
        return self._known[signature]

    def unchanged(self, recorded: dict[str, str], root: Path) -> bool:
        """Whether every file of ``recorded`` (paths relative to ``root``) still has its digest."""
        return all(self(root / path) == value for path, value in recorded.items())


class BuildLock:
    """An exclusive lock on a cache folder for the length of one build (``fcntl.flock``; released by the
    kernel if the process dies). A second build waits, saying for whom."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / ".build.lock"
        self._file = None

    def acquire(self) -> None:
        if self._file is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            print(f"mlvault: waiting for the build that holds {self.path} ({holder}) to finish", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()
