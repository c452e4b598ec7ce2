"""Render notes for MkDocs: wikilinks and embeds become site links and transclusions, block anchors, the
aliases line and the backlinks section are added, and ``%%comments%%`` are dropped.

The rules (links become relative ``.md`` links that MkDocs converts and validates; heading anchors are the
ids the toc extension will assign; transclusions keep their own anchors apart) are in the package
docstring. Nothing inside fences, code spans or math is touched.
"""

from __future__ import annotations

import html
import itertools
import posixpath
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence
from urllib.parse import quote

from markdown.extensions.toc import strip_tags as toc_strip_tags
from markdown.extensions.toc import unique as toc_unique
from pymdownx.slugs import slugify as pymdownx_slugify

from .model import IMAGE_EXTENSIONS, BlockId, Heading, Link, Note, Problem, extension
from .parse import _wikilink_parts, parse_note
from .resolve import LinkGraph, Target, block_span

BACKLINKS_HEADING = "反向链接"

#: The slugifier mkdocs.yml gives the toc extension; the plugin passes the configured one.
default_slugify: Callable[[str, str], str] = pymdownx_slugify(case="lower")

_Unit = tuple[str, int, int]  # (note path, start, end): what one embed shows

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
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*")
_FENCE_OPENING = re.compile(r"`{3,}|~{3,}")
_SENTENCE_END = re.compile(r"[。！？；]|[.!?;](?=\s)")
_CONTEXT_LEAD = re.compile(r"(?:[ \t]*>)*[ \t]*(?:\#{1,6}[ \t]+|(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?"
                           r"(?:\[![^\]\n]*\][-+]?[ \t]*)?")
_CODE_OR_MATH = re.compile(r"(`+).+?(?<!`)\1(?!`)|\$\$.+?\$\$|\$[^\s$](?:[^$]*?[^\s$])?\$")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|])")
# Bold and italic in a backlink's context: ``**x**`` / ``__x__`` and ``*x*`` (not ``_x_``, which is part of
# names such as n_samples); markers a cut sentence leaves unpaired are dropped.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")


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
            if kind == "embed" and extension(path) in IMAGE_EXTENSIONS:
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
        body = _display_math_as_blocks(self._render(source, targets, start, len(source.text), context))
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
        edits.extend((c_start, c_end, "") for c_start, c_end in note.comments if start <= c_start < end)
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
        target_extension = extension(target.path)
        if link.embed and target.path in self.vault.notes:
            return link.start, link.end, self._embed_note(note, link, target, context, url)
        if link.markdown and (not link.embed or target_extension in IMAGE_EXTENSIONS):
            return link.dest_start, link.dest_end, url
        if link.embed and target_extension in IMAGE_EXTENSIONS:
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
        first, _ = block_span(note, block)
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


def _display_math_as_blocks(markdown: str) -> str:
    """Obsidian shows a ``$$`` line as display math even right under a line of text; arithmatex only when
    the formula is a paragraph of its own. So a blank line (with the line's quote marks) goes before a
    ``$$`` block that follows text and after one that text follows. Code fences are left as they are."""
    lines, fence, in_math, closed = markdown.split("\n"), "", False, False
    out: list[str] = []
    for line in lines:
        prefix = _CONTAINER_PREFIX.match(line).group()
        rest = line[len(prefix):]
        if fence:
            fence = "" if rest.startswith(fence) and not rest.strip(fence[0]).strip() else fence
        elif (opening := _FENCE_OPENING.match(rest)) and not in_math:
            fence = opening.group()
        elif rest.startswith("$$") or in_math and rest.rstrip().endswith("$$"):
            single_line = not in_math and len(rest.strip()) > 4 and rest.rstrip().endswith("$$")
            if not in_math and out and _CONTAINER_PREFIX.match(out[-1]).end() < len(out[-1]):
                out.append(prefix.rstrip(" \t"))
            in_math = not in_math and not single_line
            closed = not in_math
            out.append(line)
            continue
        elif closed and rest.strip():
            out.append(prefix.rstrip(" \t"))
        closed = False
        out.append(line)
    return "\n".join(out)


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
    """The sentence around ``link`` as text: links shown as their display text, bold and italic kept,
    other markup escaped, code and math kept."""
    text = note.text
    line_start = text.rfind("\n", 0, link.start) + 1
    line_end = _line_end(text, link.end)
    content_start = _CONTEXT_LEAD.match(text, line_start, link.start).end()  # after quote/list/heading marks
    in_line = [other for other in note.links if line_start <= other.start and other.end <= line_end]
    spans = [(other.start, other.end) for other in in_line]  # never cut through a link, a formula or code
    spans += [(m.start(), m.end()) for m in _CODE_OR_MATH.finditer(text, line_start, line_end)]

    def sentence_ends(begin: int, stop: int) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(text, begin, stop)
                if not any(s < m.start() < e for s, e in spans)]

    start = max(sentence_ends(content_start, link.start), default=content_start)
    end = min(sentence_ends(link.end, line_end), default=line_end)
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
    if link.embed and extension(link.path) in IMAGE_EXTENSIONS:
        return ""
    return (link.display or "") if link.markdown else _displayed(link)


def _plain_markdown(text: str) -> str:
    """Escape Markdown markup outside code spans and math, so that the text renders as written; bold and
    italic become ``<strong>``/``<em>``."""
    pieces, cursor = [], 0
    for kept in _CODE_OR_MATH.finditer(text):
        pieces += [_with_emphasis(text[cursor:kept.start()]), kept.group()]
        cursor = kept.end()
    pieces.append(_with_emphasis(text[cursor:]))
    return "".join(pieces)


def _with_emphasis(text: str) -> str:
    pieces, cursor = [], 0
    for emphasis in _EMPHASIS.finditer(text):
        tag, inner = ("strong", emphasis[2]) if emphasis[1] else ("em", emphasis[3])
        pieces += [_escape_markdown(text[cursor:emphasis.start()]), f"<{tag}>{_escape_markdown(inner)}</{tag}>"]
        cursor = emphasis.end()
    pieces.append(_escape_markdown(text[cursor:]))
    return "".join(pieces).replace("\\*\\*", "").replace("\\_\\_", "")


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")
