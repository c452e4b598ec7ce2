"""Read a vault: every note parsed once; unchanged files reused while ``mkdocs serve`` runs."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from pathlib import Path
from typing import Iterable, Iterator

from .model import Note, Problem
from .parse import parse_note
from .resolve import Vault


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small, acyclic objects are built.

    Otherwise it rescans the growing heap over and over (a third of the time on a 10,000-note vault).
    At the outermost exit every object is moved to the oldest generation (``freeze`` then ``unfreeze``,
    both constant-time), so that the first collection afterwards does not scan them all either; they
    are still collected, by the next full collection, if they ever form garbage cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def read_note(file: Path, path: str) -> Note:
    """Parse the note at ``file`` as MkDocs reads it (UTF-8, BOM dropped, ``\\n`` line ends).

    A file that is not valid UTF-8 is parsed with replacement characters and carries a ``bad-encoding``
    problem at the line of the first bad byte (MkDocs would stop with a bare ``UnicodeDecodeError``)."""
    raw = file.read_bytes()
    problem = None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problem = Problem(path, line, "bad-encoding", path, f"not valid UTF-8 (byte {error.start}): save the note as UTF-8")
        text = raw.decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    note = parse_note(path, text)
    return dataclasses.replace(note, read_problem=problem) if problem else note


class ParseCache:
    """Parsed notes by absolute path, reused while the file's ``(mtime_ns, size)`` is unchanged.

    One instance lives as long as ``mkdocs serve``: a rebuild re-parses only the files that changed.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, int, Note]] = {}
        self.changed: set[str] = set()
        """Vault paths of the notes read anew (or gone) by the last :func:`load_vault`."""

    def note(self, file: Path, path: str) -> Note:
        stat = file.stat()
        key = str(file)
        cached = self._entries.get(key)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size) and cached[2].path == path:
            return cached[2]
        note = read_note(file, path)
        self._entries[key] = (stat.st_mtime_ns, stat.st_size, note)
        self.changed.add(path)
        return note

    def keep_only(self, files: Iterable[Path]) -> None:
        """Forget files that are gone."""
        alive = {str(file) for file in files}
        for key in self._entries.keys() - alive:
            self.changed.add(self._entries.pop(key)[2].path)

    def __len__(self) -> int:
        return len(self._entries)


def vault_files(root: Path) -> Iterator[tuple[Path, str]]:
    """Every file of the vault as ``(absolute path, vault path)``, skipping hidden files and folders
    (``.obsidian``, ``.trash``) as Obsidian does."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        relative = Path(folder).relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder, name), prefix + name


@gc_paused()
def load_vault(root: Path, cache: ParseCache | None = None) -> Vault:
    """Read and parse every note under ``root``; other files are attachments."""
    notes: dict[str, Note] = {}
    attachments: list[str] = []
    seen: list[Path] = []
    if cache is not None:
        cache.changed = set()
    for file, path in vault_files(root):
        if not path.endswith(".md"):
            attachments.append(path)
        elif cache is None:
            notes[path] = read_note(file, path)
        else:
            notes[path] = cache.note(file, path)
            seen.append(file)
    if cache is not None:
        cache.keep_only(seen)
    return Vault(notes, attachments)
