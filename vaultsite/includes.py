"""Which files a note may include with ``--8<--``, and which of them may run at build time.

pymdownx.snippets looks an include up in each of its ``base_path`` folders in turn; the site's own rule is
stricter: the file, with every symlink followed, must lie in one of the ``show`` folders (the examples and
the package whose source the notes show), and a file that runs must lie in one of the ``run`` folders
(the examples, which are tested). The link check applies this to every include line of the vault, so a
note that reaches ``.git/``, ``/etc`` or anything through a symlink stops the build at its line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IncludePolicy:
    """Where includes are looked up (``base_paths``) and where they may lead (``run_roots``, ``show_roots``)."""

    base_paths: tuple[Path, ...]
    run_roots: tuple[Path, ...]
    show_roots: tuple[Path, ...]

    @classmethod
    def for_project(cls, root: Path, run: tuple[str, ...] = ("snippets",), show: tuple[str, ...] = ("mlvault",),
                    base_paths: tuple[Path, ...] | None = None) -> IncludePolicy:
        """The policy of a project at ``root``: folders named relative to it (this project: examples in
        ``snippets/``, the package in ``mlvault/``); includes looked up from ``root`` unless told."""
        runs = tuple((root / folder).resolve() for folder in run)
        return cls(tuple(base_paths or (root,)), runs, runs + tuple((root / folder).resolve() for folder in show))

    def locate(self, path: str) -> Path | None:
        """The file an include of ``path`` reads, with symlinks followed, or ``None`` when no base has it."""
        if os.path.isabs(path):
            return None
        for base in self.base_paths:
            candidate = base / path
            if candidate.is_file():
                return candidate.resolve()
        return None

    def refusal(self, path: str, *, run: bool, located: Path | None = None) -> str | None:
        """Why an include of ``path`` is refused (``run``: it is executed), or ``None`` if it is allowed
        (``located``: what :meth:`locate` found, when the caller has it already)."""
        located = located or self.locate(path)
        if located is None:
            where = ", ".join(str(base) for base in self.base_paths)
            return f"no file {path!r} under {where}" if not os.path.isabs(path) else "an absolute path"
        roots = self.run_roots if run else self.show_roots
        if not any(located.is_relative_to(root) for root in roots):
            allowed = " or ".join(f"{root.name}/" for root in roots)
            what = "executed code must come from" if run else "includes must come from"
            return f"{what} {allowed}; {path!r} is {located}"
        return None
