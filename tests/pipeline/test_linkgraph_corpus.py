"""Conformance: Obsidian's own help vaults (English and Chinese) checked with the schema check off.

Every problem the checker reports there must be confirmed by a second, deliberately naive reading of the
raw files (no file of that name, no heading or block of that name even under loose comparison, several
files of that name), so the checker reports no false broken link. The counts per kind pin the result.
The corpus lives beside the repository (``../shared/corpora/obsidian-help``) or where
``MLVAULT_OBSIDIAN_CORPUS`` points; the test is skipped without it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from vaultsite.check import analyse
from vaultsite.model import Problem

CORPUS = Path(os.environ.get("MLVAULT_OBSIDIAN_CORPUS")
              or Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "obsidian-help")

# What the checker reports, by kind (see the module docstring of linkgraph for the rules).
EXPECTED = {
    "en": {"broken-link": 6, "ambiguous-link": 5},
    "zh": {"broken-link": 78, "broken-heading": 61, "ambiguous-link": 9, "missing-embed": 2},
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"Obsidian help corpus not found at {CORPUS} "
                                                             "(set MLVAULT_OBSIDIAN_CORPUS)")


def loose(text: str) -> str:
    """Letters and digits only, case-folded: a comparison looser than any Obsidian applies."""
    return "".join(char for char in unicodedata.normalize("NFC", text).casefold() if char.isalnum())


class NaiveVault:
    """The raw files of a vault, read without linkgraph."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = [path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()]

    def named(self, link_path: str) -> list[str]:
        """Files with the link's file name whose path ends with the link's path (``.md`` optional)."""
        def plain(path: str) -> str:
            return unicodedata.normalize("NFC", path).casefold().removesuffix(".md")
        wanted = plain(link_path.lstrip("./"))
        name = wanted.rsplit("/", 1)[-1]
        return [file for file in self.files
                if plain(file).endswith(wanted) and plain(file).rsplit("/", 1)[-1] == name]

    def headings(self, file: str) -> set[str]:
        text = (self.root / file).read_text(encoding="utf-8")
        return {loose(match) for match in re.findall(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", text, re.M)}


def really_broken(naive: NaiveVault, problem: Problem) -> bool:
    path, _, subpath = problem.target.partition("#")
    if problem.kind in ("broken-link", "missing-embed"):
        return not naive.named(path)
    if problem.kind == "ambiguous-link":
        return len(naive.named(path)) >= 2
    (file,) = naive.named(path) if path else [problem.file]
    if problem.kind == "broken-block":
        return f"^{subpath[1:].casefold()}" not in (naive.root / file).read_text(encoding="utf-8").casefold()
    if problem.kind == "broken-heading":
        headings = naive.headings(file)
        return any(loose(part) not in headings for part in subpath.split("#") if part.strip())
    return False


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_reported_link_is_really_broken(language: str) -> None:
    _, report = analyse(CORPUS / language, schema=False)
    naive = NaiveVault(CORPUS / language)
    doubtful = [str(problem) for problem in report.errors if not really_broken(naive, problem)]
    assert doubtful == []
    assert Counter(problem.kind for problem in report.errors) == EXPECTED[language]
    assert report.notes > 150 and report.links > 1500


def test_the_corpus_uses_every_link_form() -> None:
    graph, _ = analyse(CORPUS / "en", schema=False)
    links = [link for note in graph.vault.notes.values() for link in note.links]
    assert any(link.embed and link.subpath.startswith("^") for link in links)
    assert any(link.subpath.count("#") >= 1 for link in links)
    assert any(link.markdown for link in links)
    assert any(not link.path and link.subpath for link in links)
