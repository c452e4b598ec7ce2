"""The whole vault as one HTML document, to be printed as the book.

``book.html`` is made of each note's ``<article>`` in reading order (``sitepages.reading_key`` over the
site's ``assets/graph.json``: the hub 机器学习中的数学 first, then each folder's hub and notes): every
chapter is a ``<section id="note-N">``, its ids are prefixed ``nN-`` so that they stay unique, links to
another note (or to a heading in it) point to that chapter (or heading), and links to pages that are not
in the book (tags, source files) become plain text. It is served as ``pdf/book.html`` beside the site, so
the site's own stylesheets, KaTeX and fonts are used.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from ..render import BACKLINKS_HEADING
from ..sitepages import reading_key

BOOK_TITLE = "mlvault · 机器学习中的数学"
CHEATSHEET_TITLE = "机器学习公式与概念速查表"
PDF_DIR = "pdf"
CHEATSHEET_PDF = "速查表.pdf"
BOOK_PDF = "mlvault.pdf"
BOOK_HTML = "book.html"
PRINT_CSS = "assets/mlvault-print.css"
CJK_FONT = "Noto Sans CJK SC"  # the body font of print (mlvault.css)
TIMEOUT_MS = 300_000
A4_WIDTH_MM = 210


_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
_START_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
_ID = re.compile(r'\sid="([^"]*)"')
_ATTRIBUTE = re.compile(r'(\s(?:href|xlink:href|for|src))="([^"]*)"')
_URL_REF = re.compile(r"url\(#([^)\"']+)\)")
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
# The backlinks section, up to the next section (验证代码, 局部图谱) or the end of the article.
_BACKLINKS = re.compile(rf'<h2 id="{BACKLINKS_HEADING}">.*?(?=<h2\b|<details\b|$)', re.S)
_SAFE_ID = re.compile(r"[A-Za-z0-9_.:-]+")

@dataclass
class Chapter:
    """One note of the book: its graph node, its number and its site URL (unquoted, e.g. ``信息论/熵/``)."""

    number: int
    node: dict
    url: str

    @property
    def anchor(self) -> str:
        return f"note-{self.number}"



def reading_order(site: Path) -> list[Chapter]:
    """The notes of ``site/assets/graph.json`` in reading order, numbered from 1."""
    graph = json.loads((site / "assets" / "graph.json").read_text("utf-8"))
    nodes = sorted(graph["nodes"], key=reading_key)
    return [Chapter(i, node, unquote(node["url"])) for i, node in enumerate(nodes, start=1)]


def page_file(site: Path, url: str) -> Path:
    """The HTML file of a site URL such as ``信息论/熵/`` (directory URLs)."""
    return site / url / "index.html" if url.endswith("/") or not url else site / url


def _site_path(base_url: str, href: str) -> tuple[str, str] | None:
    """``(site-relative URL, fragment)`` of a relative ``href`` on the page ``base_url``; None if external."""
    if re.match(r"[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
        return None
    parts = urlsplit(urljoin("/" + quote(base_url), href))
    path = unquote(parts.path).lstrip("/")
    path = path[: -len("index.html")] if path.endswith("index.html") else path
    return path, unquote(parts.fragment)


class ChapterRewriter:
    """Rewrite one note's article for the book: unique ids, links into the book, headings one level down.

    Parameters
    ----------
    chapter : Chapter
        The note being rewritten.
    ids : dict[str, dict[str, str]]
        For every note URL, its original ids mapped to the book's ids (filled for all chapters first).
    chapters : dict[str, Chapter]
        The chapters by URL.
    """

    def __init__(self, chapter: Chapter, ids: dict[str, dict[str, str]], chapters: dict[str, Chapter]):
        self.chapter, self.ids, self.chapters = chapter, ids, chapters

    def rewrite(self, article: str) -> str:
        article = _BACKLINKS.sub("", _HEADERLINK.sub("", article))
        article = _START_TAG.sub(self._tag, article)
        return _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", article)

    def _tag(self, match: re.Match[str]) -> str:
        own = self.ids[self.chapter.url]
        tag = _ID.sub(lambda m: f' id="{own.get(html.unescape(m[1]), m[1])}"', match[0])
        tag = _URL_REF.sub(lambda m: f"url(#{own.get(m[1], m[1])})", tag)
        tag = _ATTRIBUTE.sub(self._attribute, tag)
        return tag.replace("<details", "<details open", 1) if tag.startswith("<details") else tag

    def _attribute(self, match: re.Match[str]) -> str:
        name, value = match[1], html.unescape(match[2])
        own = self.ids[self.chapter.url]
        if name.strip() == "for":
            return f'{name}="{own.get(value, value)}"'
        if value.startswith("#"):
            target = own.get(unquote(value[1:]))
            return f'{name}="#{target}"' if target else match[0]
        resolved = _site_path(self.chapter.url, value)
        if resolved is None:
            return match[0]
        path, fragment = resolved
        if name.strip() == "src":  # an image or other asset: relative to pdf/book.html
            return f'{name}="{html.escape(quote(posixpath.relpath(path, PDF_DIR)))}"'
        target = self.chapters.get(path)
        if target is None:  # a page that is not a note (tags, source files…): keep the text only
            return ""
        anchor = self.ids[target.url].get(fragment, target.anchor) if fragment else target.anchor
        return f'{name}="#{anchor}"'


def book_ids(chapter: Chapter, article: str) -> dict[str, str]:
    """The book's id for every id in a chapter: ``nN-<id>`` for ASCII ids, ``nN-<k>`` for the others."""
    ids = {}
    for k, original in enumerate(dict.fromkeys(html.unescape(i) for i in _ID.findall(article))):
        suffix = original if _SAFE_ID.fullmatch(original) else str(k)
        ids[original] = f"n{chapter.number}-{suffix}"
    return ids


def stylesheets(site: Path, chapter: Chapter) -> list[str]:
    """The site's stylesheets as on a note page (without remote fonts) and the PDF layouts, from ``pdf/``."""
    page = page_file(site, chapter.url).read_text("utf-8")
    sheets = []
    for href in _STYLESHEET.findall(page):
        resolved = _site_path(chapter.url, html.unescape(href))
        if resolved is not None:
            sheets.append(posixpath.relpath(resolved[0], PDF_DIR))
    return list(dict.fromkeys([*sheets, posixpath.relpath(PRINT_CSS, PDF_DIR)]))


_EXERCISE_ID = re.compile(r'<div class="admonition question mlvault-exercise" id="([^"]+)"[^>]*>\s*<p class="admonition-title">([^<]*)</p>')
_SOLUTION_OPEN = re.compile(r'<details open class="success">\s*(?:<summary>.*?</summary>)?', re.S)
_DETAILS_TAG = re.compile(r"<(/?)details\b")


def gather_solutions(chapter: Chapter, article: str) -> tuple[str, list[str]]:
    """The chapter with each exercise's solution replaced by a link to it, and the solutions, each linking
    back to its exercise, for the appendix 「练习解答」 at the end of the book."""
    pieces, solutions, cursor = [], [], 0
    for exercise in _EXERCISE_ID.finditer(article):
        opening = _SOLUTION_OPEN.search(article, exercise.end())
        following = _EXERCISE_ID.search(article, exercise.end())
        if opening is None or (following and following.start() < opening.start()) or opening.start() < cursor:
            continue
        depth, end = 1, opening.end()
        for tag in _DETAILS_TAG.finditer(article, opening.end()):  # the matching </details>: they nest
            depth += -1 if tag[1] else 1
            if depth == 0:
                end = tag.start()
                break
        identifier, title = exercise[1], exercise[2]
        back = f'<a href="#{identifier}">{html.escape(chapter.node["title"])} · {title}</a>'
        solutions.append(f'<section class="mlvault-solution" id="sol-{identifier}"><h3>{back}</h3>'
                         f'{article[opening.end():end]}</section>')
        pieces += [article[cursor:opening.start()],
                   f'<p class="mlvault-solution-link"><a href="#sol-{identifier}">解答见书末「练习解答」</a></p>']
        cursor = end + len("</details>")
    pieces.append(article[cursor:])
    return "".join(pieces), solutions


def book_html(site: Path, chapters: list[Chapter]) -> str:
    """The whole vault as one HTML document (see the module docstring), to be saved as ``pdf/book.html``."""
    articles = {}
    for chapter in chapters:
        found = _ARTICLE.search(page_file(site, chapter.url).read_text("utf-8"))
        if found is None:
            raise RuntimeError(f"no <article> in the page of {chapter.node['path']}")
        articles[chapter.url] = found[1]
    ids = {chapter.url: book_ids(chapter, articles[chapter.url]) for chapter in chapters}
    by_url = {chapter.url: chapter for chapter in chapters}

    parts: dict[str, list[Chapter]] = {}
    for chapter in chapters:
        parts.setdefault(chapter.node["folder"] or "其他", []).append(chapter)
    toc, body, solutions = [], [], []
    for number, (folder, members) in enumerate(parts.items(), start=1):
        part_title = f"第 {number} 部分 · {html.escape(folder)}"
        toc.append(f'<li class="mlvault-toc-part">{part_title}<ol>')
        body.append(f'<div class="mlvault-part"><h1 class="mlvault-part-title">{part_title}</h1>')
        for chapter in members:
            title = html.escape(chapter.node["title"])
            toc.append(f'<li><a href="#{chapter.anchor}"><span class="mlvault-toc-title">{title}</span>'
                       f'<span class="mlvault-toc-page" data-target="{chapter.anchor}"></span></a></li>')
            article, gathered = gather_solutions(chapter, ChapterRewriter(chapter, ids, by_url).rewrite(articles[chapter.url]))
            solutions += gathered
            body.append(f'<section class="mlvault-chapter" id="{chapter.anchor}">{article}</section>')
        toc.append("</ol></li>")
        body.append("</div>")
    toc.append('<li class="mlvault-toc-part"><a href="#solutions">练习解答</a></li>')
    body.append(f'<div class="mlvault-part mlvault-solutions"><h1 class="mlvault-part-title" id="solutions">练习解答</h1>'
                f'{"".join(solutions)}</div>')

    links = "\n".join(f'<link rel="stylesheet" href="{html.escape(href)}">'
                      for href in stylesheets(site, chapters[0]))
    return f"""<!doctype html>
<html lang="zh" class="mlvault-book">
<head>
<meta charset="utf-8">
<title>{html.escape(BOOK_TITLE)}</title>
{links}
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<article class="md-content__inner md-typeset">
<header class="mlvault-cover">
<h1>{html.escape(BOOK_TITLE)}</h1>
<p>公式、推导、直观解释与在构建时运行的代码示例</p>
<p>{len(chapters)} 篇笔记 · 生成于 {date.today().isoformat()}</p>
</header>
<nav class="mlvault-toc"><h1>目录</h1><ol>{"".join(toc)}</ol></nav>
{"".join(body)}
</article>
</body>
</html>
"""
