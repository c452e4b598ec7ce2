"""The executed blocks of a vault and **the** block key.

An executed block is a fence with ``exec`` on whose body is one include of a snippet file (the check
stage refuses anything else), so a block is fully described by the file it runs and its command-line
arguments. :meth:`BlockKeys.key` is the one function that names a block's output: the page that shows
the block and the background prefetch both call it, so a block runs once per cold build. The key is made
of everything known before running that changes the output:

* the code (the snippet file's text) and its arguments;
* the source of every module of the code package (``mlvault``) it imports, transitively, and the
  package's data files (:class:`PackageIndex`, from ``ast``, never by importing);
* the worker that runs it (``worker.py``), the fonts that draw figure text, and the versions of Python
  and the libraries (numpy, scipy, torch, matplotlib).

What a block reads or imports from the project beyond that (a helper module next to the snippet, a data
file) is recorded by the worker while it runs and stored with the output; :class:`runner.Runner` uses an
entry only while those files are unchanged.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import subprocess
from pathlib import Path
from typing import NamedTuple, Sequence

from . import explore
from .cache import digest, package_versions
from .includes import IncludePolicy
from .resolve import Vault

KEY_FORMAT = 3
WORKER = Path(__file__).with_name("worker.py")
LIBRARIES = ("numpy", "scipy", "torch", "matplotlib")


class ExecBlock(NamedTuple):
    """One executed fence: the note and line it is written at, the snippet it runs, its arguments."""

    note: str
    line: int
    include: str
    """The snippet path as the note writes it."""
    file: Path
    """The snippet file, symlinks followed."""
    argv: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``note.md:12 snippets/x.py`` — how messages and the build report name the block."""
        return f"{self.note}:{self.line} {self.include}" + (f" {' '.join(self.argv)}" if self.argv else "")

    def code(self) -> str:
        return read_code(self.file)


@functools.lru_cache(maxsize=4096)
def _read_code(path: Path, signature: tuple[int, int]) -> str:
    return path.read_text(encoding="utf-8")


def read_code(path: Path) -> str:
    """A snippet's text as pymdownx.snippets reads it (UTF-8), cached while the file is unchanged."""
    stat = path.stat()
    return _read_code(path, (stat.st_mtime_ns, stat.st_size))


def vault_blocks(vault: Vault, policy: IncludePolicy) -> list[ExecBlock]:
    """Every executed block of the vault, note by note in page order (blocks the check refuses are left
    out: the build has stopped before they could run)."""
    blocks = []
    for note in vault.notes.values():
        for fence, includes in note.executed_fences():
            if len(includes) == 1 and not includes[0].selector:
                located = policy.locate(includes[0].path)
                if located and not policy.refusal(includes[0].path, run=True, located=located):
                    block = ExecBlock(note.path, includes[0].line, includes[0].path, located)
                    blocks.extend(block._replace(argv=argv) for argv in variants(fence.options.get("explore")))
    return blocks


def variants(spec: str | None) -> list[tuple[str, ...]]:
    """The command lines a fence runs: none for a plain block, one per setting of an exploration."""
    if spec is None:
        return [()]
    try:
        exploration = explore.parse(spec)
    except ValueError:
        return []  # refused by the check
    return list(dict.fromkeys(exploration.argv(setting) for setting in exploration.settings()))


@functools.lru_cache(maxsize=8192)
def imported_modules(source: str, root: str, package: str | None = None) -> frozenset[str]:
    """Names of the modules of package ``root`` that ``source`` imports directly (absolute or relative,
    ``package``: the package ``source`` belongs to)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return frozenset()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == root)
        elif isinstance(node, ast.ImportFrom):
            if node.level and package:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] != root:
                continue
            found.add(module)
            # `from mlvault import linalg` imports the submodule mlvault.linalg.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return frozenset(found)


class PackageIndex:
    """Source hashes of the code package's modules and their import graph, refreshed by mtime."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir
        self.name = package_dir.name
        self._signature: tuple = ()
        self.version = ""  # changes whenever a file of the package does
        self._hashes: dict[str, str] = {}
        self._imports: dict[str, frozenset[str]] = {}
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
        self._signature = signature
        self.version = hashlib.sha256(repr(signature).encode()).hexdigest()
        self._hashes, self._imports = {}, {}
        data = hashlib.sha256()
        for path in (Path(entry[0]) for entry in signature):
            content = path.read_bytes()
            if path.suffix == ".py":
                name = self._module_name(path)
                self._hashes[name] = hashlib.sha256(content).hexdigest()
                package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                self._imports[name] = imported_modules(content.decode("utf-8"), self.name, package)
            else:  # data shipped with the package (datasets) can change any output that reads it
                data.update(str(path.relative_to(self.package_dir)).encode() + content)
        self._data_hash = data.hexdigest()

    def imports_of(self, source: str) -> frozenset[str]:
        """The package modules ``source`` imports directly."""
        return imported_modules(source, self.name)

    def modules_hash(self, modules: frozenset[str]) -> str:
        """Hash of ``modules`` and every package module they import, as of the last :meth:`refresh`."""
        return self._closure_hash(frozenset(modules), self._signature)

    @functools.lru_cache(maxsize=4096)
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
            return "none"
        hashed = hashlib.sha256(self._data_hash.encode())
        for name in sorted(seen):
            hashed.update(f"{name}={self._hashes[name]}\n".encode())
        return hashed.hexdigest()


def font_fingerprint(families: Sequence[str]) -> str:
    """The font files fontconfig picks for ``families`` (path, size, mtime): a new or updated font
    changes how figure text is drawn (as SVG paths), so it changes every figure's output."""
    found = []
    for family in families:
        try:
            file = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True,
                                  timeout=10, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "no-fontconfig"
        path = Path(file)
        found.append(f"{family}={file}:{path.stat().st_size}:{path.stat().st_mtime_ns}" if path.is_file() else f"{family}=?")
    return ";".join(found)


class BlockKeys:
    """The one key of an executed block (see the module docstring)."""

    def __init__(self, package: PackageIndex, fonts: str) -> None:
        """``fonts``: the :func:`font_fingerprint` of the figure fonts."""
        self.package = package
        self.environment = ";".join([
            f"format={KEY_FORMAT}", package_versions(LIBRARIES),
            f"worker={hashlib.sha256(WORKER.read_bytes()).hexdigest()}", f"fonts={fonts}",
        ])

    def key(self, code: str, argv: Sequence[str] = ()) -> str:
        modules = self.package.imports_of(code)
        return digest(self.environment, "argv=" + "\0".join(argv),
                      f"{self.package.name}=" + self.package.modules_hash(modules), "code=" + code)

    def of(self, block: ExecBlock) -> str:
        return self.key(block.code(), block.argv)
