"""Everything a site is built from, and one digest of it.

The plugin lists the inputs of the build it just made — the configuration, the vault, the snippets, the
code package and its tests, this pipeline, the npm lock, the toolchain versions, the fonts, the
``MLVAULT_*`` settings and the PDFs made for these sources — in a manifest next to the published site.
``publish`` compares the manifest with the files as they are now: when nothing differs, the site is up to
date and MkDocs does not even start (as ``make`` says "nothing to be done"). The digest also names the
folder where ``scripts/make_pdf.py`` keeps the PDFs of these sources, so that a rebuild of the same
sources links and publishes them again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .cache import package_versions

MANIFEST_FORMAT = 1
TOOLCHAIN = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "markdown-exec", "mkdocs-callouts",
             "pygments", "jieba")
SETTINGS_THAT_DO_NOT_SHAPE_THE_SITE = {"MLVAULT_CACHE", "MLVAULT_CACHE_DIR", "MLVAULT_EXEC_TIMEOUT",
                                       "MLVAULT_EXEC_PREFETCH", "MLVAULT_EXEC_OUTPUT_LIMIT"}


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(".") and name != "__pycache__")
        found.extend(Path(folder, name) for name in sorted(names) if not name.startswith("."))
    return found


def settings() -> dict[str, str]:
    """The ``MLVAULT_*`` environment variables that can change what the site shows (its URL, say)."""
    return {name: value for name, value in sorted(os.environ.items())
            if name.startswith("MLVAULT_") and name not in SETTINGS_THAT_DO_NOT_SHAPE_THE_SITE}


def collect(roots: list[Path], font_families: list[str], fonts: str) -> dict:
    """The manifest of a build from ``roots`` (folders and files), with its environment (``fonts``: the
    fingerprint of ``font_families``)."""
    files = {}
    for root in roots:
        for path in _files(root):
            files[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"format": MANIFEST_FORMAT, "roots": [str(root) for root in roots], "files": files,
            "font_families": list(font_families), "environment": environment_of(fonts),
            "settings": settings(), "pdfs": []}


def digest_of(manifest: dict) -> str:
    """One name for the sources of a manifest (files, environment, settings; not the PDFs made from them)."""
    hashed = hashlib.sha256(repr((manifest["files"], manifest["environment"], manifest["settings"])).encode())
    return hashed.hexdigest()


def pdfs_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("*.pdf")) if folder.is_dir() else []


def unchanged(manifest: dict, pdf_root: Path) -> bool:
    """Whether every input a ``manifest`` lists is as it was: same files with the same content, same
    environment and settings, the same PDFs made for these sources (``pdf_root/<digest>/``)."""
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("settings") != settings():
        return False
    current = [path for root in manifest["roots"] for path in _files(Path(root))]
    if sorted(map(str, current)) != sorted(manifest["files"]):
        return False
    if any(hashlib.sha256(path.read_bytes()).hexdigest() != manifest["files"][str(path)] for path in current):
        return False
    from .blocks import font_fingerprint

    if manifest["environment"] != environment_of(font_fingerprint(manifest["font_families"])):
        return False
    return pdfs_in(pdf_root / digest_of(manifest)) == manifest["pdfs"]


def environment_of(fonts: str) -> str:
    """The toolchain and library versions, and the fingerprint of the fonts that draw figure text."""
    from .blocks import LIBRARIES

    return package_versions((*TOOLCHAIN, *LIBRARIES)) + ";" + fonts
