"""The model of a parsed vault: what one note contains, with the line each thing is on.

Everything here is plain data, produced by :mod:`vaultsite.parse` and consumed by the later stages
(resolve, check, render, execute). Offsets index the note's full text (frontmatter included) and lines
are 1-based in the file.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Mapping, NamedTuple

ERROR_KINDS = (
    "broken-link", "broken-heading", "broken-block", "missing-embed", "ambiguous-link", "invalid-link",
    "bad-frontmatter", "bad-encoding", "bad-include", "bad-exec-fence", "bad-exercise",
)
WARNING_KINDS = ("orphan-note", "missing-title", "missing-tags", "deprecated-key")
DIFFICULTIES = ("入门", "中级", "高级")
IMAGE_EXTENSIONS = frozenset({"avif", "bmp", "gif", "jpeg", "jpg", "png", "svg", "webp"})
ACCEPTED_EXTENSIONS = IMAGE_EXTENSIONS | frozenset({
    "md", "canvas", "base", "pdf",
    "flac", "m4a", "mp3", "ogg", "wav", "webm", "3gp",
    "mkv", "mov", "mp4", "ogv",
})
DEPRECATED_KEYS = {"alias": "aliases", "tag": "tags", "cssclass": "cssclasses"}
FALSE_WORDS = frozenset({"", "0", "no", "off", "false"})
"""Values of a fence's ``exec`` option that leave it unexecuted (markdown-exec's reading)."""


class Link(NamedTuple):
    """One link or embed, as written in a note."""

    line: int
    start: int
    end: int
    path: str
    """Target path as written (Markdown links: percent-decoded); empty for the note itself."""
    subpath: str
    """Text after the first ``#`` (``Heading``, ``H1#H2`` or ``^block``); empty when absent."""
    display: str | None
    """Text after ``|`` for ``[[…]]``; the link text for Markdown links."""
    embed: bool
    markdown: bool
    """Written ``[text](dest)`` rather than ``[[…]]``."""
    dest_start: int = -1
    """Span of the destination inside a Markdown link (the part rewritten for MkDocs)."""
    dest_end: int = -1

    @property
    def target(self) -> str:
        """``path#subpath`` as written: the ``target`` of every problem report."""
        return f"{self.path}#{self.subpath}" if self.subpath else self.path

    @property
    def default_display(self) -> str:
        """Display text when none is written: ``a › h``, ``h`` for ``[[#h]]``, else the path."""
        parts = [part.strip() for part in self.subpath.split("#") if part.strip()]
        return " › ".join([self.path, *parts] if self.path else parts)


class Heading(NamedTuple):
    """An ATX or setext heading; ``start``/``end`` span its line(s) in the note text."""

    level: int
    text: str
    line: int
    start: int
    end: int


class BlockId(NamedTuple):
    """A ``^id`` marker; ``start``/``end`` span the marker (with the whitespace before it)."""

    id: str
    line: int
    start: int
    end: int
    standalone: bool
    """The marker is alone on its line and names the block above it."""


_FENCE_OPTION = re.compile(r"""([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))""")


class Fence(NamedTuple):
    """A fenced code block: its opening line and its content lines (quote markers and indent removed)."""

    line: int
    start: int
    end: int
    info: str
    """The text after the fence characters: the language, then ``key="value"`` options."""
    body: tuple[str, ...]

    @property
    def language(self) -> str:
        return self.info.split(maxsplit=1)[0].lower() if self.info.strip() else ""

    @property
    def options(self) -> dict[str, str]:
        """The ``key="value"`` options of the info string, as superfences reads them."""
        return {m[1]: next(value for value in m.groups()[1:] if value is not None)
                for m in _FENCE_OPTION.finditer(self.info)}

    @property
    def executed(self) -> bool:
        """Whether the fence asks to be run at build time (``exec="on"``, markdown-exec's option)."""
        value = self.options.get("exec")
        return value is not None and value.lower() not in FALSE_WORDS


class Include(NamedTuple):
    """A ``--8<-- "path"`` line of pymdownx.snippets (or a path inside a ``--8<--`` block)."""

    line: int
    path: str
    """The file as written, without a ``:section`` or ``:start:end`` selector."""
    selector: str
    """``section``, ``3:7`` or ``""``: which part of the file is included."""
    fence: int | None
    """Index in ``Note.fences`` of the fence the line is in, or ``None`` outside fences."""


class Answer(NamedTuple):
    """The checkable answer of an exercise: a number (with tolerance and unit) or an option letter."""

    kind: str
    """``"number"`` or ``"choice"``."""
    text: str
    """As written after ``**答案**：``."""
    value: float | None
    tolerance: float
    unit: str
    choice: str


class Exercise(NamedTuple):
    """A ``> [!question] 练习 N（难度）`` callout with its folded ``[!success]-`` solution."""

    line: int
    number: int
    difficulty: str
    title: str
    question: str
    """The question's Markdown, quote markers removed (the solution left out)."""
    solution: str
    options: tuple[tuple[str, str], ...]
    """``(letter, text)`` of each ``- A. …`` item of the question."""
    answer: Answer | None
    problems: tuple[str, ...] = ()
    """What is malformed (reported by the check as ``bad-exercise``)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """An error or warning at ``file:line``."""

    file: str
    line: int
    kind: str
    target: str
    message: str = ""

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}: {self.kind}: {self.target}"
        return f"{location} — {self.message}" if self.message else location

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "kind": self.kind, "target": self.target,
                "message": self.message}


@dataclass(frozen=True, slots=True)
class Note:
    """A parsed Markdown file of the vault."""

    path: str
    """Path relative to the vault root, ``/``-separated."""
    text: str
    body_start: int
    """Offset of the first character after the frontmatter."""
    frontmatter: Mapping[str, object]
    frontmatter_problem: Problem | None
    links: tuple[Link, ...]
    headings: tuple[Heading, ...]
    blocks: tuple[BlockId, ...]
    inline_tags: tuple[str, ...]
    fences: tuple[Fence, ...] = ()
    includes: tuple[Include, ...] = ()
    comments: tuple[tuple[int, int], ...] = ()
    """Spans of ``%%…%%`` comments, which Obsidian shows only while editing."""
    read_problem: Problem | None = None
    """The file is not valid UTF-8 (it was read with replacement characters)."""
    exercises: tuple[Exercise, ...] = ()

    @property
    def name(self) -> str:
        """File name without ``.md``: what a bare ``[[name]]`` matches."""
        return posixpath.basename(self.path).removesuffix(".md")

    @property
    def folder(self) -> str:
        return posixpath.dirname(self.path)

    @property
    def title(self) -> str:
        title = self.frontmatter.get("title")
        return title.strip() if isinstance(title, str) and title.strip() else self.name

    @property
    def aliases(self) -> tuple[str, ...]:
        """``aliases`` (and the deprecated ``alias``), read leniently."""
        return string_items(self.frontmatter.get("aliases")) + string_items(self.frontmatter.get("alias"))

    @property
    def tags(self) -> tuple[str, ...]:
        """Frontmatter tags (``tags`` and deprecated ``tag``) then inline tags, as written; unique regardless
        of case (Obsidian compares tags case-insensitively): the first spelling of each is kept."""
        written = string_items(self.frontmatter.get("tags")) + string_items(self.frontmatter.get("tag"))
        return unique_tags([*(item.lstrip("#") for item in written), *self.inline_tags])

    def has_tag(self, query: str) -> bool:
        """Obsidian's ``tag:query``: the tag itself or any tag nested below it, in any case."""
        query = query.lstrip("#").casefold()
        return any(tag.casefold() == query or tag.casefold().startswith(query + "/") for tag in self.tags)

    def executed_fences(self) -> list[tuple[Fence, list[Include]]]:
        """Each fence run at build time, with the include lines inside it."""
        found = []
        for index, fence in enumerate(self.fences):
            if fence.executed:
                found.append((fence, [include for include in self.includes if include.fence == index]))
        return found


def unique_tags(tags: list[str]) -> tuple[str, ...]:
    """Each tag once, regardless of case (as Obsidian compares them), in its first spelling."""
    first: dict[str, str] = {}
    for tag in tags:
        first.setdefault(tag.casefold(), tag)
    return tuple(first.values())


def string_items(value: object) -> tuple[str, ...]:
    """A list property read leniently: a list of scalars, or one comma- or space-separated string."""
    if isinstance(value, str):
        return tuple(item for item in re.split(r"[,\s]+", value) if item)
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value
                     if isinstance(item, (str, int, float)) and str(item).strip())
    return ()


def extension(path: str) -> str:
    """``"png"`` for ``"img/Loss.PNG"``; empty without one."""
    return posixpath.splitext(path)[1][1:].casefold()
