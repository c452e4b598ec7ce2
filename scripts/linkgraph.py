#!/usr/bin/env python3
r"""Vault link graph: parse an Obsidian vault once, resolve its links as Obsidian does, check them, and
render them for MkDocs.

Command line::

    python scripts/linkgraph.py check VAULT [--json] [--no-schema]

prints every problem as ``file:line: kind: target — message`` (or one JSON object with ``--json``) and
exits 0 when there is no error, 1 otherwise. The MkDocs hook ``scripts/hooks/links.py`` runs the same code
inside the build.

Pipeline
--------
``load_vault`` / ``parse_note`` (each file read and scanned once; nothing here knows MkDocs; a
``ParseCache`` keeps notes whose ``(mtime, size)`` did not change) → ``build_graph`` (every link resolved
once, with ``Vault.locate``) → ``check`` (typed problems); ``analyse`` runs the three. Then
``SiteRenderer`` (page Markdown) and ``LinkGraph.to_json`` (graph view). ``site_link_problems`` checks
the internal links and anchors of a built site.

Speed: one regex pass per note finds every construct (each alternative starts with a literal
character, so plain text is skipped in C); frontmatter in the vault's simple shape is read without the
PyYAML constructor (``_simple_yaml``, identical results); resolutions are memoised; the cyclic garbage
collector is paused while the model is built. A 10,000-note vault checks in under 10 times the time it
takes to read its files (``tests/benchmarks/bench_linkgraph.py``).

Rules
-----
Numbers in brackets refer to shared/research/obsidian-anchors.md §3; D = documented by Obsidian,
O = observed behaviour of Obsidian, P = a decision of this project.

What counts as a link
    * ``[[T]]`` links and ``![[T]]`` embeds, ``T = path [#subpath] [|display]``; the first ``|`` (or
      ``\|``, as written inside tables) starts the display text [3.2, D]. A link never spans lines and
      ends at the first ``]]``. ``[[]]`` and ``[[ ]]`` are plain text.
    * Markdown links ``[text](dest)`` and images ``![alt](dest)``; ``dest`` is percent-decoded, may be
      written ``<dest>`` and may carry a title [3.2, D]. A destination with a scheme (``https:``,
      ``mailto:``, ``obsidian:``) or starting with ``//`` is external and not part of the graph; so is an
      empty one. ``[t](a b.md)`` (a space, not ``%20``) is not a link (CommonMark). Reference-style links
      are not read.
    * Nothing inside fenced code (a line of three or more backticks or tildes, optionally after ``>``
      quote markers, closed by a line of the same character at least as long, or running to the end of
      the file), code spans, inline math ``$…$`` (no space after the opening ``$``, none before the
      closing one, no digit after it) or display math ``$$…$$`` is a link, tag, heading or block id. Code
      spans and math end with their paragraph: a blank line, a fence line or a heading line [3.2, O].
      A backslash escapes the next character (``\[[a]]``, ``\#tag`` and ``\$`` are text).
    * Tags: ``#`` at the start of a line or after whitespace, then letters, digits, ``_``, ``-``, ``/``
      or any other non-punctuation character (emoji, CJK). ASCII punctuation, general punctuation
      (U+2000–206F), CJK punctuation (U+3000–303F) and full-width punctuation end a tag (the last two
      are P, so that ``#学习率，`` is the tag ``学习率``). A tag of digits only is not a tag (``#1984``);
      tags are case-folded (``#ML/优化`` ≡ ``#ml/优化``) and nest with ``/``: ``has_tag("ml")`` matches
      ``ml/优化`` [3.7, D]. Frontmatter ``tags`` items may start with ``#``, which is dropped (P).
    * Block ids: `` ^id`` at the end of a line (after whitespace, or right after ``]]`` as Obsidian's own
      help vault writes ``![[image.png]]^id``), or alone on its own line, where it names the block above
      it (a list, table, quote or callout) [3.4, D, O]. Only Latin letters, digits and ``-`` make an id;
      ``^def_sgd`` is plain text. A marker on a heading line is ignored.
    * Headings: ATX ``#``–``######`` lines followed by a space (also inside quotes and callouts) and
      setext headings (a ``===`` or ``---`` line under the first line of a paragraph, as Python-Markdown
      reads them). Note that Python-Markdown, unlike Obsidian, also reads a line starting with ``#tag``
      as a heading; this module follows Obsidian there.

Resolving the path of ``[[path#subpath|display]]`` from note S [3.3]
    1. An empty path is S itself (``[[#Heading]]``) [D].
    2. Names are compared after Unicode NFC and case folding [O]; the real casing is kept for output.
    3. Notes may omit ``.md``; other files need their extension [D]. The names tried are the path itself
       and, unless it ends in an extension Obsidian accepts (images, audio, video, pdf, canvas, base, md),
       the path plus ``.md``: ``[[a.b]]`` finds ``a.b.md``, ``[[loss]]`` never finds ``loss.png``.
    4. A path starting with ``./`` or ``../`` is relative to S's folder (and never leaves the vault).
       Markdown links first try the path relative to S's folder too (CommonMark, and what MkDocs does),
       then fall through to the rules below.
    5. A path containing ``/`` matches exactly from the vault root first [D]; otherwise every file whose
       path ends with ``/path`` is a candidate [O, P]. A leading ``/`` allows only the exact match.
    6. A bare name matches the file name anywhere in the vault [D].
    7. No candidate: ``broken-link`` (``missing-embed`` for ``![[…]]``/``![…](…)``). One: resolved.
       Several: ``ambiguous-link`` listing them — never a guess; a folder-qualified link fixes it [P].
    8. Aliases are not link targets [D]: ``[[贝叶斯]]`` is broken even when ``stats/Bayes.md`` has the
       alias 贝叶斯; the message proposes ``[[Bayes|贝叶斯]]`` [P]. Other broken links get the closest
       file name (difflib; among files of the same extension when the link has one) as a suggestion.

Resolving the subpath [3.4]
    * Subpaths of files that are not notes (``![[a.pdf#page=3]]``, ``![[img.png#outline]]``) are not
      checked.
    * ``#^id`` names a block id of the target note (case-insensitive); a missing one is ``broken-block``.
    * ``#H`` names a heading: on both sides every character that is not a letter, digit, ``_`` or
      whitespace becomes a space, whitespace collapses and case folds; the first equal heading wins
      [O: Obsidian's help links ``[[Functions#hasTag]]`` to the heading ``hasTag()`` in backticks and
      leaves out a heading's final ``?``]. ``#H1#H2`` walks down: H2 must lie in H1's section [D]. A
      missing heading is ``broken-heading`` (also for ``[[#H]]``).
    * ``invalid-link``: ``^``, ``:`` or ``%%`` in the path, ``^``, ``:`` or ``%%`` in a heading subpath
      (Obsidian removes ``:`` from heading links: write ``[[a#Learning rate 学习率]]`` for the heading
      ``Learning rate: 学习率``) [3.2, D], a block id that is not Latin letters, digits and ``-``
      (``[[SGD#^def_sgd]]``) [D], and embed cycles: a note, section or block that, through ``![[…]]``,
      ends up embedding itself (``![[Gradient Descent]]`` inside ``Gradient Descent.md``) [3.5, P].

Frontmatter [3.8]
    ``bad-frontmatter`` is unparsable YAML or a frontmatter that is not a mapping — always checked —
    and, with the schema check on (the default; ``--no-schema`` turns it off): ``difficulty`` not one
    of 入门/中级/高级, ``mastery`` not a percentage from 0% to 100% written like ``15%``, ``tags`` or
    ``aliases`` not a list of strings (an empty value is fine), a tag containing whitespace. Warnings
    (schema on): no ``title``, no tags at all, the deprecated keys ``alias``/``tag``/``cssclass``.
    Always a warning: an orphan note (no link to or from another note).

Rendering for MkDocs (``SiteRenderer``)
    * Links become relative Markdown links to the target file, which MkDocs converts and validates.
      Display text: the text after ``|``, else ``a › h`` for ``[[a#h]]``, ``h`` for ``[[#h]]``, the path
      as written for ``[[a]]``. Markdown links keep their text; only the destination is rewritten.
    * Heading anchors are the ids the toc extension will assign: the heading's text as Python-Markdown
      renders it (markup removed, links replaced by their text, ``$x$`` as ``\(x\)``), passed to the
      site's slugifier, made unique with toc's own ``unique`` (``_1``, ``_2``); ``{#id}`` wins.
    * Block links point at ``#^id``; the page owning the block gets ``<a id="^id"></a>`` at the start
      of the block (a ``<div id="^id">`` line above a table, list or quote named by a ``^id`` line) and
      loses the marker.
    * ``![[img.png|300]]`` → ``![](img.png){ width="300" }`` (``|300x200``: width and height; other
      text: the alt text). Other non-note files become links. A note, heading or block embed that
      stands alone on its line is transcluded: inside ``<div class="mlvault-embed" markdown="1">`` at
      the top level, as a quote inside lists and quotes, headed by a link to its source. Its links are
      resolved from its own note and written relative to the embedding page, its block markers are
      dropped and its headings get explicit ids (``embedN.anchor``) so that they never shift the page's
      own anchors. An embed inside running text becomes a link.
    * Each page gets ``<p class="mlvault-aliases">别名：…</p>`` after its first level-1 heading (at the
      top when there is none) when it has aliases, and a ``## 反向链接`` section listing the notes that
      link to it with the sentence around each link as plain text.
    * Nothing inside fences, code spans or math is touched.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import difflib
import functools
import gc
import html
import itertools
import json
import os
import posixpath
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence
from urllib.parse import quote, unquote

import yaml
from markdown.extensions.toc import strip_tags as toc_strip_tags
from markdown.extensions.toc import unique as toc_unique
from pymdownx.slugs import slugify as pymdownx_slugify

__all__ = [
    "ACCEPTED_EXTENSIONS", "DIFFICULTIES", "ERROR_KINDS", "WARNING_KINDS", "BlockId", "Heading", "Link",
    "LinkGraph", "Note", "ParseCache", "Problem", "Report", "Resolution", "SiteRenderer", "Target", "Vault",
    "analyse", "build_graph", "check", "default_slugify", "load_vault", "main", "parse_note",
    "site_link_problems", "vault_files",
]

ERROR_KINDS = (
    "broken-link", "broken-heading", "broken-block", "missing-embed", "ambiguous-link", "invalid-link",
    "bad-frontmatter",
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
BACKLINKS_HEADING = "反向链接"
SUGGESTION_LIMIT = 100
"""Missing file names that get a "did you mean" suggestion (each costs a comparison with every file)."""

#: The slugifier mkdocs.yml gives the toc extension; the hook passes the configured one.
default_slugify: Callable[[str, str], str] = pymdownx_slugify(case="lower")

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# ---------------------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------------------

class Link(NamedTuple):
    """One link or embed, as written in a note.

    Offsets index the note's full text (frontmatter included); ``line`` is 1-based in the file.
    """

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
        return _string_items(self.frontmatter.get("aliases")) + _string_items(self.frontmatter.get("alias"))

    @property
    def tags(self) -> tuple[str, ...]:
        """Frontmatter tags (``tags`` and deprecated ``tag``) then inline tags, case-folded, unique."""
        written = _string_items(self.frontmatter.get("tags")) + _string_items(self.frontmatter.get("tag"))
        folded = (item.lstrip("#").casefold() for item in written)
        return tuple(dict.fromkeys(itertools.chain(folded, self.inline_tags)))

    def has_tag(self, query: str) -> bool:
        """Obsidian's ``tag:query``: the tag itself or any tag nested below it."""
        query = query.lstrip("#").casefold()
        return any(tag == query or tag.startswith(query + "/") for tag in self.tags)


def _string_items(value: object) -> tuple[str, ...]:
    """A list property read leniently: a list of scalars, or one comma- or space-separated string."""
    if isinstance(value, str):
        return tuple(item for item in re.split(r"[,\s]+", value) if item)
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value
                     if isinstance(item, (str, int, float)) and str(item).strip())
    return ()


# ---------------------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------------------

_FRONTMATTER = re.compile(r"---[ \t]*\n(?:(.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# Characters that end a tag: whitespace, ASCII punctuation except _ - /, general punctuation, CJK and
# full-width punctuation.
_TAG_CHARS = (r"[^\s!-,.:-@\[-\^`{-~\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f"
              r"\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")
# After a "\n": a line that ends a paragraph (blank, a fence or an ATX heading).
_BREAK_LINE = r"[ \t]*(?:\n|\Z)|(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,}|\#{1,6}(?:[ \t\n]|\Z))"
# Inside [[...]]: anything but a newline, "[[" or "]]".
_WIKILINK_INNER = r"(?:[^\[\]\n]++|\[(?!\[)|\](?!\]))*+"

# One pass over the body finds every construct that matters. Every alternative starts with a literal
# character, so the regex engine skips plain text in C; line constructs match the "\n" before their line
# (the scanned string starts with "\n").
_TOKEN = re.compile(r"""
    \n(?=[ \t>]*[`~\#]|[=-])(?:
        (?P<fence>(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,}))
      | (?P<heading>(?:[ \t]*>)*[ \t]{0,3}\#{1,6})(?=[ \t\n]|\Z)
      | (?P<setext>=+|-+)[ \t]*(?=\n|\Z))
  | `(?P<code>`*)
  | \$\$(?P<display_math>)
  | \$(?P<math>(?=[^\s$])(?:[^\\$\n]++|\\.|\n(?!""" + _BREAK_LINE + r"""))*+)(?<!\s)\$(?!\d)
  | \\(?P<escape>[^\n])
  | !\[\[(?P<embed>""" + _WIKILINK_INNER + r""")\]\]
  | \[\[(?P<wikilink>""" + _WIKILINK_INNER + r""")\]\]
  | !\[(?P<image>)
  | \[(?P<mdlink>)
  | \#(?<=\s\#)(?P<tag>""" + _TAG_CHARS + r""")
  | \^(?<=[\s\]]\^)(?P<block>[A-Za-z0-9-]+)[ \t]*(?=\n|\Z)
""", re.X)

_FENCE_CLOSE = {
    "`": re.compile(r"\n(?:[ \t]*>)*[ \t]*(`{3,})[ \t]*(?=\n|\Z)"),
    "~": re.compile(r"\n(?:[ \t]*>)*[ \t]*(~{3,})[ \t]*(?=\n|\Z)"),
}
_PARAGRAPH_END = re.compile(r"\n(?:" + _BREAK_LINE + ")")
_MDLINK_REST = re.compile(r"""
    (?P<text>(?:[^\[\]\n\\]++|\\.|\[(?:[^\[\]\n\\]++|\\.)*+\])*+)
    \]\([ \t]*
    (?:<(?P<angle>[^<>\n]*+)>|(?P<dest>(?:[^\s()\\]++|\\.|\((?:[^\s()\\]++|\\.)*+\))++))?
    (?:[ \t]+(?:"[^"\n]*+"|'[^'\n]*+'|\([^()\n]*+\)))?
    [ \t]*\)
""", re.X)
_EXTERNAL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:|//")
_BACKSLASH_ESCAPE = re.compile(r"\\(.)")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_ATX_LINE = re.compile(r"(?:[ \t]*>)*[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_FENCE_LINE = re.compile(r"(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,})")


def parse_note(path: str, text: str) -> Note:
    """Parse one note: frontmatter, headings, block ids, tags and links, each with its line.

    Parameters
    ----------
    path
        Path of the note relative to the vault root, ``/``-separated.
    text
        The whole file with ``\\n`` line ends.
    """
    match = _FRONTMATTER.match(text)
    if match:
        frontmatter, problem = _load_frontmatter(path, match.group(1) or "")
        body_start = match.end()
    else:
        frontmatter, problem, body_start = {}, None, 0
    links, headings, blocks, tags = _Scanner("\n" + text, body_start).run()
    return Note(path, text, body_start, frontmatter, problem, tuple(links), tuple(headings), tuple(blocks),
                tuple(dict.fromkeys(tags)))


def _load_frontmatter(path: str, source: str) -> tuple[Mapping[str, object], Problem | None]:
    try:
        data = _simple_yaml(source)
        if data is None:
            data = yaml.load(source, Loader=_YAML_LOADER)
    except Exception as exc:  # noqa: BLE001 - any failure of the YAML library on arbitrary text is a problem
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        return {}, Problem(path, line, "bad-frontmatter", "frontmatter", f"unparsable YAML: {reason}")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(path, 1, "bad-frontmatter", "frontmatter", "the frontmatter is not a mapping")
    return data, None


_YAML_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_YAML_LINE = re.compile(r"(?:(?P<indent>[ ]*)-[ ]+(?P<item>.*?)"                # - item
                        r"|(?P<key>[A-Za-z_][\w-]*):(?:[ ]+(?P<value>.*?))?)[ ]*")  # key: value
_YAML_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`=<")
_YAML_SCALARS = yaml.constructor.SafeConstructor()


def _simple_yaml(source: str) -> dict[str, object] | None:
    """Frontmatter in the shape this vault writes, read exactly as PyYAML would, but faster.

    Handles top-level ``key: scalar``, ``key: [a, b]`` and ``key:`` followed by ``- item`` lines, with
    plain or simply quoted scalars typed by the loader's own implicit resolvers and constructors (so
    ``2026-11-23`` is a date and ``15%`` a string). Returns None for anything else — nested mappings,
    block scalars, anchors, tags, comments after values, escapes — and for an empty document; the caller
    then asks PyYAML. Parsing the YAML of 10,000 notes is otherwise the largest cost of a check.
    """
    if _YAML_UNPRINTABLE.search(source):
        return None
    data: dict[str, object] = {}
    block_key, items, item_indent = None, None, None
    for line in source.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        parsed = _YAML_LINE.fullmatch(line)
        if parsed is None:
            return None
        indent, item, key, written = parsed.groups()
        if item is not None:
            value = _yaml_scalar(item)
            if block_key is None or value is _NOT_SIMPLE or item_indent not in (None, indent):
                return None
            if items is None:
                items = data[block_key] = []
            item_indent = indent
            items.append(value)
            continue
        if _yaml_implicit_tag(key) is not None:
            return None
        block_key, items, item_indent = (key, None, None) if written is None else (None, None, None)
        value = None if written is None else _yaml_value(written)
        if value is _NOT_SIMPLE:
            return None
        data[key] = value
    return data or None


_NOT_SIMPLE = object()


def _yaml_value(text: str) -> object:
    """A scalar or a one-line flow sequence of plain scalars, or ``_NOT_SIMPLE``."""
    if not text.startswith("["):
        return _yaml_scalar(text)
    inner = text[1:-1]
    if not text.endswith("]") or any(char in inner for char in "[]{}'\"#"):
        return _NOT_SIMPLE
    if not inner.strip():
        return []
    values = [_yaml_scalar(item.strip()) for item in inner.split(",")]
    return _NOT_SIMPLE if any(value is _NOT_SIMPLE for value in values) else values


@functools.lru_cache(maxsize=1 << 16)  # the values are immutable: str, int, float, bool, None, date
def _yaml_scalar(text: str) -> object:
    """A plain or quoted (without escapes) scalar, typed like PyYAML does, or ``_NOT_SIMPLE``."""
    if not text:
        return _NOT_SIMPLE
    first = text[0]
    if first in "'\"":
        inner = text[1:-1]
        simple = len(text) >= 2 and text[-1] == first and first not in inner and "\\" not in inner
        return inner if simple else _NOT_SIMPLE
    if first in _YAML_INDICATORS or ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return _NOT_SIMPLE
    tag = _yaml_implicit_tag(text)
    if tag is None:
        return text
    constructor = _YAML_LOADER.yaml_constructors.get(tag)
    return _NOT_SIMPLE if constructor is None else constructor(_YAML_SCALARS, yaml.ScalarNode(tag, text))


@functools.lru_cache(maxsize=1 << 12)
def _yaml_implicit_tag(text: str) -> str | None:
    """The tag PyYAML's resolver gives a plain scalar other than a string (int, date, bool…)."""
    for tag, pattern in _YAML_LOADER.yaml_implicit_resolvers.get(text[0], ()):
        if pattern.match(text):
            return tag
    return None


def _wikilink_parts(inner: str) -> tuple[str, str, str | None]:
    """``path``, ``subpath`` and ``display`` of the text between ``[[`` and ``]]``."""
    target, bar, display = inner.partition("|")
    path, _, subpath = target.removesuffix("\\").partition("#")
    return path.strip(), subpath.strip(), display.strip() if bar else None


class _Scanner:
    """One left-to-right pass over a note body with ``_TOKEN``.

    Works on ``source = "\\n" + text`` so that the first line also has a newline before it: an offset
    ``o`` in ``source`` is ``o - 1`` in the note text, and the newlines in ``source[:o]`` are the line
    number of ``source[o]``.
    """

    def __init__(self, source: str, body_start: int) -> None:
        self.source = source
        self.scan_start = body_start  # the "\n" before the body, in source coordinates
        self.links: list[Link] = []
        self.headings: list[Heading] = []
        self.blocks: list[BlockId] = []
        self.tags: list[str] = []

    def run(self) -> tuple[list[Link], list[Heading], list[BlockId], list[str]]:
        source, search, count, links = self.source, _TOKEN.search, self.source.count, self.links
        pos = self.scan_start
        line, counted = 0, 0  # newlines in source[:counted]
        resume: tuple[int, int] | None = None  # (text end, link end) of a Markdown link being looked into
        heading_line_end = -1
        while (m := search(source, pos)) is not None:
            start = m.start()
            if resume is not None and start >= resume[0]:
                pos, resume = max(pos, resume[1]), None
                continue
            kind, pos = m.lastgroup, m.end()
            if kind == "math" or kind == "escape":  # the commonest tokens, and nothing to record
                continue
            if kind != "tag" and kind != "fence" and kind != "code" and kind != "display_math":
                line += count("\n", counted, start)
                counted = start
            if kind == "wikilink" or kind == "embed":
                inner = m.group(kind)
                if inner.strip():
                    path, subpath, display = _wikilink_parts(inner)
                    embed = kind == "embed"
                    links.append(Link(line, start - 1, pos - 1, path, subpath, display, embed, False))
            elif kind == "heading":
                heading_line_end = source.find("\n", pos)
                if heading_line_end == -1:
                    heading_line_end = len(source)
                text = source[pos:heading_line_end].strip()
                if text.endswith("#"):
                    text = _CLOSING_HASHES.sub("", text).strip()
                level = m.group(kind).count("#")
                self.headings.append(Heading(level, text, line + 1, start, heading_line_end - 1))
            elif kind == "tag":
                tag = m.group(kind)
                if not tag.isdigit():
                    self.tags.append(tag.casefold())
            elif kind == "image" or kind == "mdlink":
                pos, resume = self._add_markdown_link(m, line)
            elif kind == "display_math":
                close = source.find("$$", pos, self._paragraph_end(pos))
                if close != -1:
                    pos = close + 2
            elif kind == "code":
                pos = self._skip_code_span(m)
            elif kind == "fence":
                pos = self._skip_fence(m)
            elif kind == "block":
                if start > heading_line_end:
                    self._add_block(m, line)
            else:
                self._add_setext_heading(m, line)
        return self.links, self.headings, self.blocks, self.tags

    def _line_end(self, offset: int) -> int:
        end = self.source.find("\n", offset)
        return len(self.source) if end == -1 else end

    def _paragraph_end(self, offset: int) -> int:
        found = _PARAGRAPH_END.search(self.source, offset)
        return found.start() if found else len(self.source)

    def _skip_fence(self, m: re.Match[str]) -> int:
        opening = m.group("fence")
        char = opening[-1]
        run = len(opening) - len(opening.rstrip(char))
        line_end = self._line_end(m.end())
        if char == "`" and "`" in self.source[m.end():line_end]:
            return m.start() + 1  # not a fence: an info string may not contain backticks
        close = _FENCE_CLOSE[char].search(self.source, line_end)
        while close is not None and len(close.group(1)) < run:
            close = _FENCE_CLOSE[char].search(self.source, close.end())
        return close.end() if close else len(self.source)

    def _add_setext_heading(self, m: re.Match[str], line: int) -> None:
        source, newline = self.source, m.start()
        text_start = source.rfind("\n", 0, newline) + 1
        if text_start - 1 < self.scan_start:
            return
        text = source[text_start:newline]
        if (not text.strip() or text.startswith(("    ", "\t")) or _ATX_LINE.match(text)
                or _FENCE_LINE.match(text)):
            return
        if text_start - 1 > self.scan_start:
            previous = source[source.rfind("\n", 0, text_start - 1) + 1:text_start - 1]
            if previous.strip():
                return  # the underline must follow the first line of a paragraph
        level = 1 if m.group("setext")[0] == "=" else 2
        self.headings.append(Heading(level, text.strip(), line, text_start - 1, m.end() - 1))

    def _skip_code_span(self, m: re.Match[str]) -> int:
        source = self.source
        run = m.end() - m.start()
        ticks = "`" * run
        limit = self._paragraph_end(m.end())
        found = source.find(ticks, m.end(), limit)
        while found != -1:
            after = found + run
            if after >= len(source) or source[after] != "`":
                return after
            while after < len(source) and source[after] == "`":
                after += 1
            found = source.find(ticks, after, limit)
        return m.end()  # no closing run: the backticks are text

    def _add_markdown_link(self, m: re.Match[str], line: int) -> tuple[int, tuple[int, int] | None]:
        """Record ``[text](dest)`` or ``![alt](dest)``; returns where to scan on (inside the text when it
        may hold an image) and the part to skip then (the destination)."""
        rest = _MDLINK_REST.match(self.source, m.end())
        if rest is None:
            return m.end(), None
        text, angle, dest = rest.group("text", "angle", "dest")
        written = dest if angle is None else angle
        if written and not _EXTERNAL.match(written):
            if "\\" in written:
                written = _BACKSLASH_ESCAPE.sub(r"\1", written)
            path, _, subpath = unquote(written).partition("#")
            if path or subpath:
                dest_start, dest_end = rest.span("dest") if angle is None else rest.span("angle")
                if angle is not None:
                    dest_start, dest_end = dest_start - 1, dest_end + 1
                self.links.append(Link(line, m.start() - 1, rest.end() - 1, path.strip(), subpath.strip(), text,
                                       m.lastgroup == "image", True, dest_start - 1, dest_end - 1))
        if "[" in text:
            return rest.start("text"), (rest.end("text"), rest.end())
        return rest.end(), None

    def _add_block(self, m: re.Match[str], line: int) -> None:
        source, start = self.source, m.start()
        line_start = source.rfind("\n", 0, start) + 1
        standalone = not source[line_start:start].strip(" \t>")
        if standalone:
            start = line_start
        while start > line_start and source[start - 1] in " \t":
            start -= 1
        self.blocks.append(BlockId(m.group("block"), line, start - 1, m.end() - 1, standalone))


# ---------------------------------------------------------------------------------------------------------
# Loading a vault
# ---------------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
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


def _read(file: Path) -> str:
    """A note's text as MkDocs reads it (UTF-8, BOM dropped), with ``\\n`` line ends."""
    text = file.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class ParseCache:
    """Parsed notes by absolute path, reused while the file's ``(mtime_ns, size)`` is unchanged.

    One instance lives as long as ``mkdocs serve``: a rebuild re-parses only the files that changed.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, int, Note]] = {}

    def note(self, file: Path, path: str) -> Note:
        stat = file.stat()
        key = str(file)
        cached = self._entries.get(key)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size) and cached[2].path == path:
            return cached[2]
        note = parse_note(path, _read(file))
        self._entries[key] = (stat.st_mtime_ns, stat.st_size, note)
        return note

    def keep_only(self, files: Iterable[Path]) -> None:
        """Forget files that are gone."""
        alive = {str(file) for file in files}
        for key in self._entries.keys() - alive:
            del self._entries[key]

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


@_gc_paused()
def load_vault(root: Path, cache: ParseCache | None = None) -> Vault:
    """Read and parse every note under ``root``; other files are attachments."""
    notes: dict[str, Note] = {}
    attachments: list[str] = []
    seen: list[Path] = []
    for file, path in vault_files(root):
        if not path.endswith(".md"):
            attachments.append(path)
        elif cache is None:
            notes[path] = parse_note(path, _read(file))
        else:
            notes[path] = cache.note(file, path)
            seen.append(file)
    if cache is not None:
        cache.keep_only(seen)
    return Vault(notes, attachments)


# ---------------------------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """The comparison form of a name: NFC, case-folded."""
    return unicodedata.normalize("NFC", text).casefold()


_HEADING_NOISE = re.compile(r"[^\w\s]")
_FORBIDDEN = re.compile(r"\^|:|%%")  # in a link path or a heading subpath
_BLOCK_ID = re.compile(r"[A-Za-z0-9-]+")


@functools.lru_cache(maxsize=1 << 16)
def _heading_key(text: str) -> str:
    """How a heading and a heading link are compared: every character that is not a letter, digit, ``_``
    or space becomes a space, spaces collapse, case folds."""
    return " ".join(_HEADING_NOISE.sub(" ", text).split()).casefold()


class Resolution(NamedTuple):
    """Where a link path leads: one file, several (ambiguous) or none."""

    path: str | None
    candidates: tuple[str, ...] = ()


class Target(NamedTuple):
    """A resolved link: the file and, in a note, the heading or block it names."""

    path: str
    heading: Heading | None = None
    block: BlockId | None = None


class Vault:
    """The notes and attachments of a vault, indexed for Obsidian's link resolution."""

    def __init__(self, notes: Mapping[str, Note], attachments: Iterable[str] = ()) -> None:
        self.notes: dict[str, Note] = dict(sorted(notes.items()))
        self.attachments: tuple[str, ...] = tuple(sorted(set(attachments) - self.notes.keys()))
        self._by_path: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        for path in itertools.chain(self.notes, self.attachments):
            self._by_path[_fold(path)] = path
            self._by_name[_fold(posixpath.basename(path))].append(path)
        self._alias_owners: dict[str, list[str]] = defaultdict(list)
        for note in self.notes.values():
            for alias in note.aliases:
                self._alias_owners[_fold(alias)].append(note.path)
        self._resolutions: dict[str | tuple[str, str, bool], Resolution] = {}
        self._heading_keys: dict[str, list[str]] = {}
        self._block_ids: dict[str, dict[str, BlockId]] = {}
        self._suggestions: dict[str, str | None] = {}
        self._located: dict[tuple[str, str, bool], Target | Problem] = {}

    # -- paths ------------------------------------------------------------------------------------------
    def resolve(self, path: str, source: str, *, markdown: bool = False) -> Resolution:
        """Resolve a link path written in note ``source`` (rules 1–7 of the module docstring)."""
        if not path:
            return Resolution(source)
        relative = markdown or path.startswith(("./", "../"))
        key = (path, posixpath.dirname(source), markdown) if relative else path
        resolution = self._resolutions.get(key)
        if resolution is None:
            resolution = self._resolutions[key] = self._lookup(path, key[1] if relative else "", markdown)
        return resolution

    def _lookup(self, path: str, folder: str, markdown: bool) -> Resolution:
        wanted = _fold(path)
        names = [wanted] if _extension(wanted) in ACCEPTED_EXTENSIONS else [wanted, wanted + ".md"]
        relative = wanted.startswith(("./", "../"))
        if relative or markdown:
            for name in names:
                found = self._by_path.get(posixpath.normpath(posixpath.join(_fold(folder), name)))
                if found is not None:
                    return Resolution(found)
            if relative:
                return Resolution(None)
        if "/" in wanted:
            names = [name.lstrip("/") for name in names]
            from_root = [self._by_path[name] for name in names if name in self._by_path]
            if from_root or wanted.startswith("/"):
                return Resolution(from_root[0] if from_root else None)
            matches = {candidate for name in names
                       for candidate in self._by_name.get(posixpath.basename(name), ())
                       if _fold(candidate).endswith("/" + name)}
        else:
            matches = {candidate for name in names for candidate in self._by_name.get(name, ())}
        return Resolution(matches.pop()) if len(matches) == 1 else Resolution(None, tuple(sorted(matches)))

    def link_text(self, path: str) -> str:
        """How Obsidian writes a link to ``path``: the bare name when unique, else the full path."""
        shown = path.removesuffix(".md")
        unique = len(self._by_name[_fold(posixpath.basename(path))]) == 1
        return posixpath.basename(shown) if unique else shown

    # -- subpaths ---------------------------------------------------------------------------------------
    def find_heading(self, note: Note, subpath: str) -> Heading | None:
        """The heading named by ``H`` or ``H1#H2#…`` (each part inside the previous one's section)."""
        keys = self._heading_keys.get(note.path)
        if keys is None:
            keys = self._heading_keys[note.path] = [_heading_key(heading.text) for heading in note.headings]
        current: Heading | None = None
        index = 0
        for part in subpath.split("#"):
            if not part.strip():
                continue
            try:
                found = keys.index(_heading_key(part), index)
            except ValueError:
                return None
            if current is not None and any(h.level <= current.level for h in note.headings[index:found + 1]):
                return None
            current, index = note.headings[found], found + 1
        return current

    def find_block(self, note: Note, block_id: str) -> BlockId | None:
        blocks = self._block_ids.get(note.path)
        if blocks is None:
            blocks = self._block_ids[note.path] = {}
            for block in note.blocks:
                blocks.setdefault(block.id.casefold(), block)
        return blocks.get(block_id.casefold())

    # -- links ------------------------------------------------------------------------------------------
    def locate(self, note: Note, link: Link) -> Target | Problem:
        """Resolve ``link`` of ``note`` to a :class:`Target`, or say why it cannot be."""
        if not link.path or link.markdown or link.path.startswith(("./", "../")):
            return self._locate(note, link)  # the outcome depends on the note's folder or headings
        key = (link.path, link.subpath, link.embed)
        outcome = self._located.get(key)
        if outcome is None:
            outcome = self._located[key] = self._locate(note, link)
        elif isinstance(outcome, Problem):
            outcome = Problem(note.path, link.line, outcome.kind, outcome.target, outcome.message)
        return outcome

    def _locate(self, note: Note, link: Link) -> Target | Problem:
        forbidden = _FORBIDDEN.search(link.path)
        if forbidden:
            return _problem(note, link, "invalid-link",
                            f"{forbidden.group()!r} is not allowed in a link path "
                            "(Obsidian: # | ^ : %% [[ ]] do not work in links)")
        resolution = self.resolve(link.path, note.path, markdown=link.markdown)
        if resolution.candidates:
            qualified = ", ".join(f"[[{c.removesuffix('.md')}]]" for c in resolution.candidates)
            return _problem(note, link, "ambiguous-link",
                            f"{len(resolution.candidates)} files match: write one of {qualified}")
        if resolution.path is None:
            kind = "missing-embed" if link.embed else "broken-link"
            return _problem(note, link, kind, self._missing_file_hint(link))
        target = self.notes.get(resolution.path)
        subpath = link.subpath
        if target is None or not subpath:
            return Target(resolution.path)
        if subpath[0] == "^":
            if not _BLOCK_ID.fullmatch(subpath, 1):
                return _problem(note, link, "invalid-link",
                                f"invalid block id {subpath!r}: use only Latin letters, digits and '-'")
            block = self.find_block(target, subpath[1:])
            if block is None:
                hint = _closest(subpath[1:], [b.id for b in target.blocks])
                return _problem(note, link, "broken-block", f"{target.path} has no block {subpath}"
                                                            + (f"; did you mean ^{hint}?" if hint else ""))
            return Target(target.path, block=block)
        forbidden = _FORBIDDEN.search(subpath)
        if forbidden:
            return _problem(note, link, "invalid-link", f"{forbidden.group()!r} is not allowed in a heading "
                                                        "link (Obsidian drops it: leave it out)")
        heading = self.find_heading(target, subpath)
        if heading is None:
            hint = _closest(subpath.split("#")[-1], [h.text for h in target.headings])
            return _problem(note, link, "broken-heading", f"{target.path} has no heading {subpath!r}"
                                                          + (f"; did you mean #{hint}?" if hint else ""))
        return Target(target.path, heading=heading)

    def _missing_file_hint(self, link: Link) -> str:
        message = f"no file named {link.path!r} in the vault"
        owners = self._alias_owners.get(_fold(link.path))
        if owners:
            proposals = " or ".join(f"[[{self.link_text(owner)}|{link.path}]]" for owner in owners)
            return (f"{message}; {link.path!r} is an alias of {', '.join(owners)} (aliases are not link "
                    f"targets): write {proposals}")
        hint = self._closest_file(link.path)
        return f"{message}; did you mean [[{self.link_text(hint)}]]?" if hint else message

    def _closest_file(self, path: str) -> str | None:
        """The file whose name is most like ``path`` (difflib), among files of its extension when it has
        one Obsidian accepts. Remembered per name, and given up after ``SUGGESTION_LIMIT`` names, so that
        a vault full of broken links is still checked in seconds."""
        name = _fold(posixpath.basename(path))
        if name in self._suggestions or len(self._suggestions) >= SUGGESTION_LIMIT:
            return self._suggestions.get(name)
        extension = _extension(name)
        stems = {posixpath.basename(file).removesuffix(".md"): file
                 for file in itertools.chain(self.notes, self.attachments)
                 if extension not in ACCEPTED_EXTENSIONS or file.casefold().endswith("." + extension)}
        best = _closest(name.removesuffix(".md"), list(stems))
        self._suggestions[name] = stems[best] if best else None
        return self._suggestions[name]

    def span_of(self, target: Target) -> tuple[int, int]:
        """The part of a note an embed of ``target`` shows: the body, a heading's section or a block."""
        note = self.notes[target.path]
        if target.heading is not None:
            following = (h.start for h in note.headings
                         if h.start > target.heading.start and h.level <= target.heading.level)
            return target.heading.start, next(following, len(note.text))
        if target.block is not None:
            return _block_span(note, target.block)
        return note.body_start, len(note.text)


def _extension(path: str) -> str:
    """``"png"`` for ``"img/Loss.PNG"``; empty without one."""
    return posixpath.splitext(path)[1][1:].casefold()


def _problem(note: Note, link: Link, kind: str, message: str) -> Problem:
    return Problem(note.path, link.line, kind, link.target, message)


def _closest(word: str, choices: Sequence[str]) -> str | None:
    folded = {_fold(choice): choice for choice in choices}
    best = difflib.get_close_matches(_fold(word), list(folded), n=1, cutoff=0.6)
    return folded[best[0]] if best else None


_LIST_ITEM = re.compile(r"(?:[ \t]*>)*([ \t]*)(?:[-+*]|\d{1,9}[.)])[ \t]")


def _block_span(note: Note, block: BlockId) -> tuple[int, int]:
    """The lines a block id names: its paragraph, or its list item with the deeper lines below it; for a
    marker alone on its line, the non-blank lines above it (a list, table, quote or callout)."""
    lines = _Lines(note.text)
    first_body_line = lines.index(note.body_start)
    marker = lines.index(block.start)
    if block.standalone:
        last = marker - 1
        while last >= first_body_line and not lines.text(last).strip():
            last -= 1
        if last < first_body_line:
            return block.start, block.end
        first = last
        while first > first_body_line and lines.text(first - 1).strip():
            first -= 1
        return lines.start(first), lines.end(last)
    first = last = marker
    item = _LIST_ITEM.match(lines.text(marker))
    if item:
        depth = len(item.group(1))
        while (last + 1 < len(lines) and lines.text(last + 1).strip()
               and _indent(lines.text(last + 1)) > depth):
            last += 1  # the item's continuation and sub-items
    else:
        while (first > first_body_line and lines.text(first - 1).strip()
               and not _ATX_LINE.match(lines.text(first - 1))
               and not _LIST_ITEM.match(lines.text(first - 1))):
            first -= 1
    return lines.start(first), lines.end(last)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class _Lines:
    """Line starts of a text, for the few line-based steps of rendering."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __len__(self) -> int:
        return len(self._starts)

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def start(self, index: int) -> int:
        return self._starts[index]

    def end(self, index: int) -> int:
        return self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)

    def text(self, index: int) -> str:
        return self._text[self.start(index):self.end(index)]


# ---------------------------------------------------------------------------------------------------------
# The graph: every link resolved once
# ---------------------------------------------------------------------------------------------------------

current: dict[str, "LinkGraph"] = {}
"""The graph of the build in progress, published by the MkDocs hook for the other hooks
(``current["graph"]``)."""


class LinkGraph:
    """A vault with every link resolved: ``targets[path][i]`` is the outcome of ``notes[path].links[i]``."""

    def __init__(self, vault: Vault, targets: Mapping[str, tuple[Target | Problem, ...]]) -> None:
        self.vault = vault
        self.targets = targets

    @property
    def link_count(self) -> int:
        return sum(len(note.links) for note in self.vault.notes.values())

    def note_links(self) -> Iterator[tuple[str, Link, str]]:
        """``(source, link, target)`` for every resolved link from one note to another."""
        notes = self.vault.notes
        for path, note in notes.items():
            for link, target in zip(note.links, self.targets[path]):
                if isinstance(target, Target) and target.path != path and target.path in notes:
                    yield path, link, target.path

    @functools.cached_property
    def edges(self) -> Counter[tuple[str, str]]:
        """Number of links from one note to another (embeds included)."""
        notes, counts = self.vault.notes, Counter()
        for path, targets in self.targets.items():
            for target in targets:
                if type(target) is Target and target.path != path and target.path in notes:
                    counts[path, target.path] += 1
        return counts

    @functools.cached_property
    def backlinks(self) -> dict[str, dict[str, list[Link]]]:
        """``backlinks[target][source]``: the links of ``source`` that lead to ``target``."""
        found: dict[str, dict[str, list[Link]]] = defaultdict(dict)
        for source, link, target in self.note_links():
            found[target].setdefault(source, []).append(link)
        return found

    def to_json(self, url_of: Callable[[str], str | None] = lambda path: None) -> dict[str, object]:
        """The graph view's data: one node per note, one edge per linked pair of notes."""
        nodes = []
        for path, note in self.vault.notes.items():
            difficulty = note.frontmatter.get("difficulty")
            nodes.append({
                "id": path, "path": path, "url": url_of(path), "title": note.title, "folder": note.folder,
                "tags": list(note.tags), "difficulty": difficulty if isinstance(difficulty, str) else None,
                "mastery": _mastery_percent(note.frontmatter.get("mastery")), "aliases": list(note.aliases),
            })
        edges = [{"source": source, "target": target, "count": count}
                 for (source, target), count in sorted(self.edges.items())]
        return {"nodes": nodes, "edges": edges}


@_gc_paused()
def build_graph(vault: Vault) -> LinkGraph:
    """Resolve every link of every note once."""
    locate = vault.locate
    return LinkGraph(vault, {path: tuple([locate(note, link) for link in note.links])
                             for path, note in vault.notes.items()})


# ---------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Report:
    """Outcome of :func:`check`: errors fail the build, warnings are printed."""

    notes: int
    links: int
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    def as_dict(self) -> dict[str, object]:
        return {"notes": self.notes, "links": self.links,
                "errors": [problem.as_dict() for problem in self.errors],
                "warnings": [problem.as_dict() for problem in self.warnings]}


@_gc_paused()
def analyse(root: Path, *, schema: bool = True, cache: ParseCache | None = None) -> tuple[LinkGraph, Report]:
    """Load, resolve and check the vault at ``root``: what the command line and the MkDocs hook run."""
    graph = build_graph(load_vault(root, cache))
    return graph, check(graph, schema=schema)


@_gc_paused()
def check(graph: LinkGraph, *, schema: bool = True) -> Report:
    """Every problem of the vault: link errors, embed cycles, frontmatter, orphans.

    Parameters
    ----------
    schema
        Check this vault's frontmatter schema (``difficulty``, ``mastery``, list types) and warn about
        missing titles and tags and deprecated keys. Unparsable YAML is reported either way.
    """
    vault = graph.vault
    problems: list[Problem] = []
    for path, note in vault.notes.items():
        problems.extend(_frontmatter_problems(note, schema))
        problems.extend(target for target in graph.targets[path] if isinstance(target, Problem))
    problems.extend(_embed_cycles(graph))
    linked = {path for pair in graph.edges for path in pair}
    problems.extend(Problem(path, 1, "orphan-note", path, "no link to or from another note")
                    for path in vault.notes if path not in linked)
    problems.sort(key=lambda problem: (problem.file, problem.line, problem.kind, problem.target))
    return Report(
        notes=len(vault.notes), links=graph.link_count,
        errors=tuple(problem for problem in problems if problem.kind in ERROR_KINDS),
        warnings=tuple(problem for problem in problems if problem.kind not in ERROR_KINDS))


_MASTERY = re.compile(r"(\d{1,3})%")


def _mastery_percent(value: object) -> int | None:
    """``15%`` → 15; anything else (not a string, not a percentage from 0 to 100) → None."""
    match = _MASTERY.fullmatch(value.strip()) if isinstance(value, str) else None
    return int(match.group(1)) if match and int(match.group(1)) <= 100 else None


def _frontmatter_problems(note: Note, schema: bool) -> Iterator[Problem]:
    if note.frontmatter_problem is not None:
        yield note.frontmatter_problem
    if not schema or note.frontmatter_problem is not None:
        return
    frontmatter = note.frontmatter

    def problem(key: str, kind: str, message: str) -> Problem:
        return Problem(note.path, _key_line(note, key), kind, key, message)

    if "difficulty" in frontmatter and frontmatter["difficulty"] not in DIFFICULTIES:
        allowed = ", ".join(DIFFICULTIES)
        yield problem("difficulty", "bad-frontmatter",
                      f"difficulty must be one of {allowed}, not {frontmatter['difficulty']!r}")
    if "mastery" in frontmatter and _mastery_percent(frontmatter["mastery"]) is None:
        yield problem("mastery", "bad-frontmatter", "mastery must be a percentage from 0% to 100% like 15%, "
                                                    f"not {frontmatter['mastery']!r}")
    for key in ("tags", "aliases"):
        value = frontmatter.get(key)
        strings = isinstance(value, list) and all(isinstance(item, str) for item in value)
        if value is not None and not strings:
            yield problem(key, "bad-frontmatter", f"{key} must be a YAML list of strings, not {value!r}")
        elif key == "tags" and value:
            for tag in value:
                if not tag.strip() or any(char.isspace() for char in tag.strip()):
                    yield problem(key, "bad-frontmatter", f"tag {tag!r} is empty or contains whitespace")
    title = frontmatter.get("title")
    if not (isinstance(title, str) and title.strip()):
        yield Problem(note.path, 1, "missing-title", note.path, "no title in the frontmatter")
    if not note.tags:
        yield Problem(note.path, 1, "missing-tags", note.path, "no tags in the frontmatter or the text")
    for key, replacement in DEPRECATED_KEYS.items():
        if key in frontmatter:
            yield problem(key, "deprecated-key", f"{key!r} is deprecated (Obsidian 1.4) and no longer read "
                                                 f"(1.9): use {replacement!r}")


def _key_line(note: Note, key: str) -> int:
    """Line of ``key:`` in the frontmatter, or 1."""
    for number, line in enumerate(note.text[:note.body_start].split("\n"), start=1):
        if line.startswith(key) and line[len(key):].lstrip().startswith(":"):
            return number
    return 1


_Unit = tuple[str, int, int]  # (note path, start, end): what one embed shows


def _embed_cycles(graph: LinkGraph) -> list[Problem]:
    """An error at each embed that closes a cycle (depth-first search over embedded note parts)."""
    vault = graph.vault

    def embeds(unit: _Unit) -> Iterator[tuple[Link, _Unit]]:
        path, start, end = unit
        for link, target in zip(vault.notes[path].links, graph.targets[path]):
            if (link.embed and start <= link.start < end and isinstance(target, Target)
                    and target.path in vault.notes):
                yield link, (target.path, *vault.span_of(target))

    expanding, done = set(), set()
    problems = []
    for note in vault.notes.values():
        root = (note.path, note.body_start, len(note.text))
        if root in done or not any(link.embed for link in note.links):
            continue
        stack = [(root, embeds(root))]
        expanding.add(root)
        while stack:
            unit, children = stack[-1]
            for link, child in children:
                if child in expanding:
                    units = [entry[0] for entry in stack]
                    chain = [u[0] for u in units[units.index(child):]] + [child[0]]
                    problems.append(Problem(unit[0], link.line, "invalid-link", link.target,
                                            "embed cycle: " + " → ".join(chain)))
                elif child not in done:
                    expanding.add(child)
                    stack.append((child, embeds(child)))
                    break
            else:
                stack.pop()
                expanding.discard(unit)
                done.add(unit)
    return problems


# ---------------------------------------------------------------------------------------------------------
# Rendering for MkDocs
# ---------------------------------------------------------------------------------------------------------

_LINE_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?")
_IMAGE_SIZE = re.compile(r"(?:(?P<alt>.*)\|)?[ \t]*(?P<width>\d+)(?:x(?P<height>\d+))?[ \t]*")
_HEADING_ATTRIBUTES = re.compile(r"[ ]+\{:?[ ]*([^}\n ][^\n]*?)[ ]*\}[ ]*$")
_HEADING_INLINE = re.compile(r"""
    (?P<code_ticks>`+)(?P<code>.+?)(?<!`)(?P=code_ticks)(?!`)
  | \$(?P<math>[^\s$](?:[^$]*?[^\s$])?)\$(?!\d)
  | \\(?P<escaped>[^\w\s])
  | !\[\[(?P<embed>[^\]\n]*)\]\]
  | \[\[(?P<wikilink>[^\]\n]*)\]\]
  | !\[[^\]\n]*\]\([^)\n]*\)
  | \[(?P<link_text>[^\]\n]*)\]\([^)\n]*\)
  | \[\^[^\]\n]+\]
  | (?<!\w)(?P<underscores>_{1,3})(?!_)(?P<emphasis>.+?)(?<!_)(?P=underscores)(?!\w)
""", re.X)
_SENTENCE_END = re.compile(r"[。！？；]|[.!?;](?=\s)")
_CONTEXT_LEAD = re.compile(r"(?:[ \t]*>)*[ \t]*(?:\#{1,6}[ \t]+|(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?"
                           r"(?:\[![^\]\n]*\][-+]?[ \t]*)?")
_CODE_OR_MATH = re.compile(r"(`+).+?(?<!`)\1(?!`)|\$\$.+?\$\$|\$[^\s$](?:[^$]*?[^\s$])?\$")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|])")


def _displayed(link: Link) -> str:
    """What a link shows: its display text, else ``a › h``, ``h`` or the path."""
    return link.display or link.default_display


def _escape_brackets(text: str) -> str:
    return re.sub(r"([\[\]])", r"\\\1", text)


def _heading_plain_text(text: str) -> tuple[str, str | None]:
    """The text Python-Markdown's toc slugifies for a heading, and the ``{#id}`` it carries if any."""
    text = re.sub(r"(?<!\\)#+[ \t]*$", "", text).rstrip()
    explicit = None
    attributes = _HEADING_ATTRIBUTES.search(text)
    if attributes:
        text = text[:attributes.start()]
        ids = [word[1:] for word in attributes.group(1).split() if word.startswith("#")]
        explicit = ids[-1] if ids else None
    return html.unescape(toc_strip_tags(_heading_html(text))), explicit


def _heading_html(text: str) -> str:
    """Heading Markdown as toc sees it after rendering: code and math text kept, markup and images
    dropped, links replaced by their text."""
    def rendered(m: re.Match[str]) -> str:
        kind = m.lastgroup
        if kind == "code":
            return html.escape(m.group("code").strip(), quote=False)
        if kind == "math":
            return html.escape(rf"\({m.group('math')}\)", quote=False)
        if kind == "escaped":
            return html.escape(m.group("escaped"), quote=False)
        if kind in ("embed", "wikilink"):
            path, subpath, display = _wikilink_parts(m.group(kind))
            if kind == "embed" and _extension(path) in IMAGE_EXTENSIONS:
                return ""
            return _heading_html(_displayed(Link(0, 0, 0, path, subpath, display, kind == "embed", False)))
        if kind in ("link_text", "emphasis"):
            return _heading_html(m.group(kind))
        return ""  # images and footnote references
    return _HEADING_INLINE.sub(rendered, text)


@dataclass(frozen=True, slots=True)
class _RenderContext:
    """Where rendered text goes: the page being built, the embeds being expanded, the embed number."""

    page: str
    aliases: tuple[str, ...]
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    stack: tuple[_Unit, ...] = ()
    number: int = 0

    def nested(self, unit: _Unit) -> _RenderContext:
        return _RenderContext(self.page, self.aliases, self.numbers, self.stack + (unit,), next(self.numbers))


class SiteRenderer:
    """Turns notes into the Markdown MkDocs renders: site links, transclusions, block anchors, aliases
    and backlinks (see "Rendering for MkDocs" in the module docstring).

    Parameters
    ----------
    graph
        The resolved vault; pages are rendered only after :func:`check` found no error.
    slugify
        The toc extension's slugifier, called as ``slugify(text, "-")``.
    """

    def __init__(self, graph: LinkGraph, slugify: Callable[[str, str], str] = default_slugify) -> None:
        self.graph = graph
        self.vault = graph.vault
        self.slugify = slugify
        self._anchors: dict[str, dict[Heading, str]] = {}

    def heading_anchors(self, note: Note) -> dict[Heading, str]:
        """The id toc gives each heading of ``note`` when it is rendered as a page."""
        anchors = self._anchors.get(note.path)
        if anchors is None:
            texts = [_heading_plain_text(heading.text) for heading in note.headings]
            used = {explicit for _, explicit in texts if explicit}
            anchors = self._anchors[note.path] = {
                heading: explicit or toc_unique(self.slugify(text, "-"), used)
                for heading, (text, explicit) in zip(note.headings, texts)}
        return anchors

    def anchor(self, target: Target) -> str | None:
        if target.heading is not None:
            return self.heading_anchors(self.vault.notes[target.path])[target.heading]
        if target.block is not None:
            return "^" + target.block.id
        return None

    def url(self, page: str, target: Target) -> str:
        """A Markdown link destination from ``page`` to ``target``: a relative ``.md`` path and anchor."""
        anchor = self.anchor(target)
        if target.path == page and anchor:
            return "#" + anchor
        url = quote(posixpath.relpath(target.path, posixpath.dirname(page) or "."))
        return f"{url}#{anchor}" if anchor else url

    def page_markdown(self, note: Note, markdown: str) -> str:
        """The Markdown of ``note``'s page, given the body MkDocs read (frontmatter already removed)."""
        if note.text.endswith(markdown):
            source, targets = note, self.graph.targets[note.path]
            start = len(note.text) - len(markdown)
        else:  # the text was changed before us: render what MkDocs has
            source = parse_note(note.path, markdown)
            targets = tuple(self.vault.locate(source, link) for link in source.links)
            start = 0
        context = _RenderContext(note.path, note.aliases)
        body = self._render(source, targets, start, len(source.text), context)
        return f"{body.rstrip()}\n\n{self._backlinks_section(note)}\n"

    def _render(self, note: Note, targets: Sequence[Target | Problem], start: int, end: int,
                context: _RenderContext) -> str:
        """``note.text[start:end]`` with its links rendered for ``context.page``."""
        own_page = not context.stack
        edits: list[tuple[int, int, str]] = []
        for link, target in zip(note.links, targets):
            if start <= link.start and link.end <= end and isinstance(target, Target):
                edits.append(self._link_edit(note, link, target, context))
        for block in note.blocks:
            if start <= block.start < end:
                edits.append((block.start, block.end, ""))
                if own_page:
                    edits.append(self._block_anchor_edit(note, block))
        if own_page:
            if context.aliases:
                edits.append(self._aliases_edit(note, start, context.aliases))
        else:
            anchors = self.heading_anchors(note)
            for heading in note.headings:
                if start <= heading.start < end:
                    line_end = _line_end(note.text, heading.start)
                    edits.append((line_end, line_end, f" {{#embed{context.number}.{anchors[heading]}}}"))
        pieces, cursor = [], start
        for edit_start, edit_end, replacement in sorted(edits):
            pieces += [note.text[cursor:edit_start], replacement]
            cursor = edit_end
        pieces.append(note.text[cursor:end])
        return "".join(pieces)

    def _link_edit(self, note: Note, link: Link, target: Target,
                   context: _RenderContext) -> tuple[int, int, str]:
        url = self.url(context.page, target)
        extension = _extension(target.path)
        if link.embed and target.path in self.vault.notes:
            return link.start, link.end, self._embed_note(note, link, target, context, url)
        if link.markdown and (not link.embed or extension in IMAGE_EXTENSIONS):
            return link.dest_start, link.dest_end, url
        if link.embed and extension in IMAGE_EXTENSIONS:
            return link.start, link.end, _image_markdown(link.display, url)
        text = link.display or (posixpath.basename(target.path) if link.embed else link.default_display)
        return link.start, link.end, f"[{_escape_brackets(text)}]({url})"

    def _embed_note(self, note: Note, link: Link, target: Target, context: _RenderContext, url: str) -> str:
        """A transclusion when the embed stands alone on its line, else a link."""
        text = note.text
        line_start = text.rfind("\n", 0, link.start) + 1
        before, after = text[line_start:link.start], text[link.end:_line_end(text, link.end)]
        caption = f"[{_escape_brackets(_displayed(link))}]({url})"
        unit = (target.path, *self.vault.span_of(target))
        if not _LINE_PREFIX.fullmatch(before) or after.strip() or unit in context.stack:
            return caption
        inner = context.nested(unit)
        body = self._render(self.vault.notes[target.path], self.graph.targets[target.path], unit[1], unit[2],
                            inner).strip("\n")
        caption += "{ .mlvault-embed-source }"
        if not before:
            return f'\n<div class="mlvault-embed" markdown="1">\n\n{caption}\n\n{body}\n\n</div>\n'
        continuation = "".join(char if char in "> \t" else " " for char in before)
        quoted = f"\n{continuation}> ".join([caption, "", *body.split("\n")])
        return f"> {quoted}\n{continuation.rstrip()}"

    def _block_anchor_edit(self, note: Note, block: BlockId) -> tuple[int, int, str]:
        first, _ = _block_span(note, block)
        line = note.text[first:_line_end(note.text, first)]
        if block.standalone and not line[:1].isspace():
            return first, first, f'<div id="^{block.id}" class="mlvault-block-anchor"></div>\n\n'
        position = first + _LINE_PREFIX.match(line).end()
        return position, position, f'<a id="^{block.id}"></a>'

    @staticmethod
    def _aliases_edit(note: Note, start: int, aliases: Sequence[str]) -> tuple[int, int, str]:
        line = f'<p class="mlvault-aliases">别名：{" · ".join(html.escape(alias) for alias in aliases)}</p>'
        title = next((h for h in note.headings if h.level == 1 and h.start >= start), None)
        if title is None:
            return start, start, line + "\n\n"
        return title.end, title.end, "\n\n" + line + "\n"

    def _backlinks_section(self, note: Note) -> str:
        lines = [f"## {BACKLINKS_HEADING}", ""]
        sources = self.graph.backlinks.get(note.path, {})
        if not sources:
            lines.append("暂无反向链接。")
        for source_path, links in sources.items():
            source = self.vault.notes[source_path]
            lines.append(f"- [{_escape_brackets(source.title)}]({self.url(note.path, Target(source_path))})")
            for context in dict.fromkeys(_link_context(source, link) for link in links):
                if context:
                    lines.append(f"    - {context}")
        return "\n".join(lines)


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _image_markdown(display: str | None, url: str) -> str:
    """``![[img|300]]`` → ``![](img){ width="300" }``; ``|300x200`` adds the height; other text is alt."""
    size = _IMAGE_SIZE.fullmatch(display or "")
    if size is None:
        return f"![{_escape_brackets(display or '')}]({url})"
    attributes = f'width="{size.group("width")}"'
    if size.group("height"):
        attributes += f' height="{size.group("height")}"'
    return f"![{_escape_brackets(size.group('alt') or '')}]({url}){{ {attributes} }}"


def _link_context(note: Note, link: Link) -> str:
    """The sentence around ``link`` as plain text: links shown as their display text, markup escaped,
    code and math kept."""
    text = note.text
    line_start = text.rfind("\n", 0, link.start) + 1
    line_end = _line_end(text, link.end)
    content_start = _CONTEXT_LEAD.match(text, line_start, link.start).end()  # after quote/list/heading marks
    sentence_ends = _SENTENCE_END.finditer(text, content_start, link.start)
    start = max((m.end() for m in sentence_ends), default=content_start)
    found = _SENTENCE_END.search(text, link.end, line_end)
    end = found.end() if found else line_end
    in_line = [other for other in note.links if line_start <= other.start and other.end <= line_end]
    for other in in_line:  # never cut through a link
        if other.start < start < other.end:
            start = other.start
        if other.start < end < other.end:
            end = other.end
    pieces, cursor = [], start
    for other in in_line:
        if start <= other.start and other.end <= end:
            pieces += [text[cursor:other.start], _read_as_text(other)]
            cursor = other.end
    pieces.append(text[cursor:end])
    sentence = "".join(pieces)
    for block in note.blocks:
        if start <= block.start < end:
            sentence = sentence.replace(text[block.start:block.end].strip(), "")
    sentence = sentence.strip()
    if sentence.startswith("|"):  # a table row: its cells
        sentence = " · ".join(cell.strip() for cell in sentence.strip("|").split("|") if cell.strip())
    return _plain_markdown(sentence)


def _read_as_text(link: Link) -> str:
    """What a link reads as in running text: its display text (its text for a Markdown link); an
    embedded image reads as nothing."""
    if link.embed and _extension(link.path) in IMAGE_EXTENSIONS:
        return ""
    return (link.display or "") if link.markdown else _displayed(link)


def _plain_markdown(text: str) -> str:
    """Escape Markdown markup outside code spans and math, so that the text renders as written."""
    pieces, cursor = [], 0
    for kept in _CODE_OR_MATH.finditer(text):
        pieces += [_escape_markdown(text[cursor:kept.start()]), kept.group()]
        cursor = kept.end()
    pieces.append(_escape_markdown(text[cursor:]))
    return "".join(pieces)


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


# ---------------------------------------------------------------------------------------------------------
# Checking a built site
# ---------------------------------------------------------------------------------------------------------

class _PageLinks(HTMLParser):
    """Ids and internal link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            url = attributes.get(name)
            if url is not None and not _EXTERNAL.match(url):
                self.targets.append(url)


def site_link_problems(site_dir: Path) -> list[str]:
    """Internal links of a built site that lead nowhere, as ``page: url`` lines.

    Every ``href``/``src`` without a scheme in every HTML page must name a file of the site (a folder
    means its ``index.html``; a leading ``/`` is the site root) and, with a ``#fragment``, an element of
    that page with this id (or an ``<a name>``). Use it on ``mkdocs build`` output.
    """
    pages: dict[Path, _PageLinks] = {}
    for page in sorted(site_dir.rglob("*.html")):
        parser = _PageLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        pages[page.resolve()] = parser
    problems = []
    for page, parser in pages.items():
        for url in parser.targets:
            path, _, fragment = url.partition("#")
            path = unquote(path.partition("?")[0])
            if not path:
                target = page
            else:
                base = site_dir.resolve() if path.startswith("/") else page.parent
                target = (base / path.lstrip("/")).resolve()
                if target.is_dir():
                    target = target / "index.html"
            page_name = page.relative_to(site_dir.resolve()).as_posix()
            if not target.is_file():
                problems.append(f"{page_name}: {url} (no such file)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in pages[target].ids:
                problems.append(f"{page_name}: {url} (no such anchor)")
    return problems


# ---------------------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="linkgraph.py", description="Check the links of an Obsidian vault.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_command = commands.add_parser("check", help="report broken, ambiguous and invalid links")
    check_command.add_argument("vault", type=Path, help="the vault folder")
    check_command.add_argument("--json", action="store_true", help="print one JSON object")
    check_command.add_argument("--no-schema", action="store_true",
                               help="do not check this project's frontmatter schema")
    args = parser.parse_args(argv)
    if not args.vault.is_dir():
        parser.error(f"{args.vault} is not a folder")
    _, report = analyse(args.vault, schema=not args.no_schema)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for problem in (*report.errors, *report.warnings):
            print(problem)
        print(f"{report.notes} notes, {report.links} links: {len(report.errors)} errors, "
              f"{len(report.warnings)} warnings", file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
