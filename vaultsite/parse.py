r"""Parse one note: frontmatter, links, headings, block ids, tags, fences, snippet includes and comments.

One left-to-right regex pass over the body finds every construct (:data:`_TOKEN`: each alternative starts
with a literal character, so plain text is skipped in C). What Obsidian does not render as text is never a
link, tag, heading or block id: fenced code (recorded as a :class:`~vaultsite.model.Fence`), indented code
blocks, code spans, inline and display math, ``%%comments%%`` (recorded: the site drops them) and
``<!-- HTML comments -->``. The rules are spelled out in :mod:`vaultsite` (the package docstring).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from .exercises import find_exercises
from .frontmatter import FRONTMATTER, load_frontmatter
from .model import BlockId, Fence, Heading, Include, Link, Note, unique_tags

# Characters that end a tag: whitespace, ASCII punctuation except _ - /, general punctuation, CJK and
# full-width punctuation.
_TAG_CHARS = (r"[^\s!-,.:-@\[-\^`{-~\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f"
              r"\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")
TAG = re.compile(_TAG_CHARS)
"""What a tag may be made of (without its ``#``)."""
# After a "\n": a line that ends a paragraph (blank, a fence or an ATX heading).
_BREAK_LINE = r"[ \t]*(?:\n|\Z)|(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,}|\#{1,6}(?:[ \t\n]|\Z))"
# Inside [[...]]: anything but a newline, "[[" or "]]".
_WIKILINK_INNER = r"(?:[^\[\]\n]++|\[(?!\[)|\](?!\]))*+"

# Line constructs match the "\n" before their line (the scanned string starts with "\n").
_TOKEN = re.compile(r"""
    \n(?=[ \t>]*[`~\#]|[=-])(?:
        (?P<fence>(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,}))
      | (?P<heading>(?:[ \t]*>)*[ \t]{0,3}\#{1,6})(?=[ \t\n]|\Z)
      | (?P<setext>=+|-+)[ \t]*(?=\n|\Z))
  | `(?P<code>`*)
  | \$\$(?P<display_math>)
  | \$(?P<math>(?=[^\s$])(?:[^\\$\n]++|\\.|\n(?!""" + _BREAK_LINE + r"""))*+)(?<!\s)\$(?!\d)
  | \\(?P<escape>[^\n])
  | %%(?P<comment>)
  | <!--(?P<html_comment>)
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
EXTERNAL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:|//")
_BACKSLASH_ESCAPE = re.compile(r"\\(.)")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
ATX_LINE = re.compile(r"(?:[ \t]*>)*[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_FENCE_LINE = re.compile(r"(?:[ \t]*>)*[ \t]*(?:`{3,}|~{3,})")
_QUOTE_PREFIX = re.compile(r"(?:[ \t]*>[ ]?)*")
_LIST_MARKER = re.compile(r"[ \t]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
INCLUDE_LINE = re.compile(r"""(?P<escape>;*)-{1,}8<-{1,}(?:[ \t]+(?P<q>["'])(?P<target>.+?)(?P=q))?[ \t]*""")
"""A pymdownx.snippets line, after its quote markers and indent: ``--8<-- "path"`` (or a bare ``--8<--``
that opens and closes a block of paths). A leading ``;`` escapes it."""


def parse_note(path: str, text: str) -> Note:
    """Parse one note.

    Parameters
    ----------
    path
        Path of the note relative to the vault root, ``/``-separated.
    text
        The whole file with ``\\n`` line ends.
    """
    match = FRONTMATTER.match(text)
    if match:
        frontmatter, problem = load_frontmatter(path, match.group(1) or "")
        body_start = match.end()
    else:
        frontmatter, problem, body_start = {}, None, 0
    scanner = _Scanner("\n" + text, body_start)
    scanner.run()
    top_level_fences = [(f.start, f.end) for f in scanner.fences if not text[f.start:f.end].lstrip(" \t").startswith(">")]
    exercises = find_exercises(text, body_start, top_level_fences) if "[!" in text else []
    return Note(path, text, body_start, frontmatter, problem, tuple(scanner.links), tuple(scanner.headings),
                tuple(scanner.blocks), unique_tags(scanner.tags), tuple(scanner.fences),
                tuple(_includes(text, body_start, scanner.fences)), tuple(scanner.comments), None, tuple(exercises))


def split_include_target(target: str) -> tuple[str, str]:
    """``"a/b.py:sec"`` → ``("a/b.py", "sec")``: a snippet path and its section or line selector."""
    path, colon, selector = target.partition(":")
    return path.strip(), selector.strip() if colon else ""


def _includes(text: str, body_start: int, fences: list[Fence]) -> list[Include]:
    """Every snippet include line of the body, inside fences or not (pymdownx.snippets reads both)."""
    found: list[Include] = []
    if "8<" not in text:
        return found
    lines = text.split("\n")
    first = text.count("\n", 0, body_start)
    fence_of_line = {}
    for index, fence in enumerate(fences):
        for number in range(fence.line + 1, fence.line + 1 + len(fence.body)):
            fence_of_line[number] = index
    in_block = False
    for number in range(first + 1, len(lines) + 1):
        line = lines[number - 1]
        if "8<" not in line and not in_block:
            continue
        content = line[_QUOTE_PREFIX.match(line).end():].strip()
        match = INCLUDE_LINE.fullmatch(content)
        if match and not match["escape"]:
            if match["target"] is None:
                in_block = not in_block
            else:
                found.append(Include(number, *split_include_target(match["target"]), fence_of_line.get(number)))
        elif in_block and content:
            found.append(Include(number, *split_include_target(content), fence_of_line.get(number)))
    return found


def _wikilink_parts(inner: str) -> tuple[str, str, str | None]:
    """``path``, ``subpath`` and ``display`` of the text between ``[[`` and ``]]``."""
    target, bar, display = inner.partition("|")
    path, _, subpath = target.removesuffix("\\").partition("#")
    return path.strip(), subpath.strip(), display.strip() if bar else None


def _indented_code_spans(source: str, start: int) -> list[tuple[int, int]]:
    """Spans of indented code blocks (four spaces or a tab after a blank line, outside lists and fences),
    which Obsidian and Python-Markdown show as code. ``source`` starts with the ``"\\n"`` of the scanner."""
    spans: list[tuple[int, int]] = []
    fence: tuple[str, int] | None = None  # (character, run) of the open fence
    previous, in_list = "blank", False
    offset = start + 1
    for line in source[start + 1:].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        content = line[_QUOTE_PREFIX.match(line).end():]
        if not content.strip():
            previous = "blank" if previous != "code" else "code-blank"
            continue
        indent = len(content.expandtabs(4)) - len(content.expandtabs(4).lstrip())
        if fence is not None:
            stripped = content.strip()
            if stripped[:1] == fence[0] and stripped == fence[0] * len(stripped) and len(stripped) >= fence[1]:
                fence, previous = None, "text"
            continue
        if indent >= 4:
            if previous in ("blank", "code", "code-blank") and not in_list:
                if spans and previous == "code-blank" or previous == "code":
                    spans[-1] = (spans[-1][0], line_start + len(line))
                else:
                    spans.append((line_start, line_start + len(line)))
                previous = "code"
            else:
                previous = "text"
            continue
        opening = _FENCE_LINE.match(content)
        if opening:
            run = opening.group().strip()
            fence, previous = (run[0], len(run)), "text"
            continue
        if _LIST_MARKER.match(content):
            in_list = True
        elif previous in ("blank", "code-blank") and indent == 0:
            in_list = False
        previous = "text"
    return spans


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
        self.fences: list[Fence] = []
        self.comments: list[tuple[int, int]] = []
        self._paragraph = (-1, -1)  # (offset asked, paragraph end found) of the last _paragraph_end
        indented = "\n    " in source or "\n\t" in source or "\n>    " in source
        self.code_spans = _indented_code_spans(source, body_start) if indented else []

    def run(self) -> None:
        source, search, count, links = self.source, _TOKEN.search, self.source.count, self.links
        pos = self.scan_start
        line, counted = 0, 0  # newlines in source[:counted]
        resume: tuple[int, int] | None = None  # (text end, link end) of a Markdown link being looked into
        heading_line_end = -1
        code_spans, next_code = self.code_spans, 0
        while (m := search(source, pos)) is not None:
            start = m.start()
            if resume is not None and start >= resume[0]:
                pos, resume = max(pos, resume[1]), None
                continue
            while next_code < len(code_spans) and code_spans[next_code][1] <= start:
                next_code += 1
            if next_code < len(code_spans) and code_spans[next_code][0] <= start + 1:
                pos = code_spans[next_code][1]  # inside an indented code block: nothing counts
                continue
            kind, pos = m.lastgroup, m.end()
            if kind == "math" or kind == "escape":  # the commonest tokens, and nothing to record
                continue
            if kind != "tag" and kind != "code" and kind != "display_math":
                line += count("\n", counted, start)
                counted = start
            if kind == "wikilink" or kind == "embed":
                inner = m.group(kind)
                if inner.strip():
                    path, subpath, display = _wikilink_parts(inner)
                    links.append(Link(line, start - 1, pos - 1, path, subpath, display, kind == "embed", False))
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
                    self.tags.append(tag)
            elif kind == "image" or kind == "mdlink":
                pos, resume = self._add_markdown_link(m, line)
            elif kind == "display_math":
                close = source.find("$$", pos, self._paragraph_end(pos))
                if close != -1:
                    pos = close + 2
            elif kind == "code":
                pos = self._skip_code_span(m)
            elif kind == "fence":
                pos = self._add_fence(m, line + 1)
            elif kind == "comment" or kind == "html_comment":
                close = source.find("%%" if kind == "comment" else "-->", pos)
                pos = len(source) if close == -1 else close + (2 if kind == "comment" else 3)
                if kind == "comment":
                    self.comments.append((start - 1, pos - 1))
            elif kind == "block":
                if start > heading_line_end:
                    self._add_block(m, line)
            else:
                self._add_setext_heading(m, line)

    def _line_end(self, offset: int) -> int:
        end = self.source.find("\n", offset)
        return len(self.source) if end == -1 else end

    def _paragraph_end(self, offset: int) -> int:
        # Remembered: for every offset between the last one asked and the end found for it, the end is the
        # same (no break lies between), so a paragraph full of `$$` or backticks is not scanned again and
        # again (which made a long run of `$` quadratic).
        if self._paragraph[0] <= offset <= self._paragraph[1]:
            return self._paragraph[1]
        found = _PARAGRAPH_END.search(self.source, offset)
        end = found.start() if found else len(self.source)
        self._paragraph = (offset, end)
        return end

    def _add_fence(self, m: re.Match[str], line: int) -> int:
        """Record the fence opened at ``m`` (content lines without the quote markers and indent of the
        opening line) and return where scanning goes on: after its closing line."""
        opening = m.group("fence")
        char = opening[-1]
        run = len(opening) - len(opening.rstrip(char))
        line_end = self._line_end(m.end())
        info = self.source[m.end():line_end]
        if char == "`" and "`" in info:
            return m.start() + 1  # not a fence: an info string may not contain backticks
        close = _FENCE_CLOSE[char].search(self.source, line_end)
        while close is not None and len(close.group(1)) < run:
            close = _FENCE_CLOSE[char].search(self.source, close.end())
        end = close.end() if close else len(self.source)
        content_end = close.start() if close else len(self.source)
        prefix = opening[:len(opening) - run]
        body = self.source[line_end + 1:content_end].split("\n") if content_end > line_end else []
        self.fences.append(Fence(line, m.start(), end - 1, info.strip(), tuple(_unprefixed(text, prefix) for text in body)))
        return end

    def _add_setext_heading(self, m: re.Match[str], line: int) -> None:
        source, newline = self.source, m.start()
        text_start = source.rfind("\n", 0, newline) + 1
        if text_start - 1 < self.scan_start:
            return
        text = source[text_start:newline]
        if (not text.strip() or text.startswith(("    ", "\t")) or ATX_LINE.match(text)
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
        if written and not EXTERNAL.match(written):
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


_QUOTE_MARKER = re.compile(r"[ \t]*>[ ]?")


def _unprefixed(line: str, prefix: str) -> str:
    """A fence content line without the quote markers and indentation its opening line has (``prefix``:
    what stands before the fence characters, e.g. ``"> > "`` or ``"    "``)."""
    for _ in range(prefix.count(">")):
        prefix = prefix[_QUOTE_MARKER.match(prefix).end():]
        marker = _QUOTE_MARKER.match(line)
        if marker is None:
            break
        line = line[marker.end():]
    removable = len(line) - len(line.lstrip(" "))
    return line[min(len(prefix), removable):]
