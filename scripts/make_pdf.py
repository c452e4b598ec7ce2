"""Print the built site as two PDFs: the cheat sheet for the pocket, and the whole vault as a book.

* ``site/pdf/速查表.pdf``: the page of ``机器学习公式与概念速查表`` alone, printed dense on A4 with small
  margins; links to other notes become text followed by the target note's title.
* ``site/pdf/mlvault.pdf``: every note in reading order (``sitepages.reading_key`` over
  ``site/assets/graph.json``: the hub ``机器学习中的数学`` first, then each folder's hub and notes), with a
  cover, a table of contents with page numbers, one chapter per note, and Chromium's outline (bookmarks).
  The book is one HTML document, ``site/pdf/book.html``, made of each note's ``<article>``: every chapter
  is a ``<section id="note-N">``, its ids are prefixed ``nN-`` so that they stay unique, links to another
  note (or to a heading in it) point to that chapter (or heading), and links to pages that are not in the
  book (tags, source files) become plain text.

Both are printed by Debian's Chromium through Playwright from a loopback HTTP server over the built site,
so the site's own CSS, KaTeX and fonts are used; every request that does not go to that server is aborted
(the PDFs need no internet). Printing waits until KaTeX has rendered every formula. The page numbers of
the table of contents are found by printing once, reading where Chromium put each chapter's named
destination, filling in the numbers (their boxes have a fixed width, so nothing moves) and printing again.

Usage: ``python scripts/make_pdf.py [--site-dir site]`` (``make pdf``; run it after ``make site``).
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import io
import json
import logging
import posixpath
import re
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from linkgraph import BACKLINKS_HEADING  # noqa: E402
from sitepages import reading_key  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
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

# Footer of every page: the page number (Chromium fills in the spans).
FOOTER = ('<div style="width:100%;font-size:7pt;color:#666;text-align:center;'
          'font-family:\'Noto Sans CJK SC\',sans-serif">{title} · <span class="pageNumber"></span>'
          ' / <span class="totalPages"></span></div>')

# In the page: true once every formula has been rendered (or failed to render) by KaTeX.
MATH_DONE = """() => [...document.querySelectorAll('.arithmatex')]
    .every(element => element.querySelector('.katex, .katex-error'))"""
# In the page: open folded callouts; replace the emoji that no installed font has (no colour emoji font:
# they would print as empty boxes) by a look-alike or nothing; drop the target title after a link whose text
# is that title already; turn links to other site pages into text (a PDF cannot follow them; the title stays).
TIDY_FOR_PRINT = r"""async (unlinkSitePages) => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.replace(/\u2705/g, '\u2713').replace(/\u274c/g, '\u2717')
      .replace(/[\u{1F000}-\u{1FAFF}]\uFE0F? ?/gu, '').replace(/\uFE0F/g, '');
    if (text !== node.data) node.data = text;
  }
  document.querySelectorAll('a[data-note-title]').forEach(a => {
    if (a.textContent.trim() === a.dataset.noteTitle) a.removeAttribute('data-note-title');
  });
  if (unlinkSitePages) document.querySelectorAll('article a[href]').forEach(a => {
    if (!/^([a-z][a-z0-9+.-]*:|#)/i.test(a.getAttribute('href'))) a.removeAttribute('href');
  });
  await document.fonts.ready;
  return document.querySelectorAll('.katex-error').length;
}"""

# In the page laid out in columns: what is wider than its column spans all columns (a table) or is scaled
# down to fit (a formula); returns how many elements still overflow.
FIT_COLUMNS = """() => {
  const width = e => e.getBoundingClientRect().width;
  const wide = e => width(e.firstElementChild || e) > width(e.parentElement) + 1;
  document.querySelectorAll('article table').forEach(table => {
    if (wide(table)) (table.closest('.md-typeset__scrollwrap') || table).style.columnSpan = 'all';
  });
  document.querySelectorAll('article .katex-display').forEach(math => {
    if (wide(math)) {
      math.style.zoom = (0.98 * width(math.parentElement) / width(math.firstElementChild)).toFixed(3);
    }
  });
  return [...document.querySelectorAll('article table, article .katex-display')].filter(wide).length;
}"""

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
_CMAP_BLOCK = re.compile(rb"\d+\s+beginbf(char|range)(.*?)endbf\1\s*", re.S)
_CMAP_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]")
# Code points that share their glyph with a CJK unified ideograph (Kangxi and supplementary radicals,
# compatibility ideographs) or a Latin letter pair (ligatures): text extraction should give the latter.
_LOOK_ALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06]")


@dataclass
class Chapter:
    """One note of the book: its graph node, its number and its site URL (unquoted, e.g. ``信息论/熵/``)."""

    number: int
    node: dict
    url: str

    @property
    def anchor(self) -> str:
        return f"note-{self.number}"


# ------------------------------------------------------------------------------------------------ book HTML


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
    toc, body = [], []
    for number, (folder, members) in enumerate(parts.items(), start=1):
        part_title = f"第 {number} 部分 · {html.escape(folder)}"
        toc.append(f'<li class="mlvault-toc-part">{part_title}<ol>')
        body.append(f'<div class="mlvault-part"><h1 class="mlvault-part-title">{part_title}</h1>')
        for chapter in members:
            title = html.escape(chapter.node["title"])
            toc.append(f'<li><a href="#{chapter.anchor}"><span class="mlvault-toc-title">{title}</span>'
                       f'<span class="mlvault-toc-page" data-target="{chapter.anchor}"></span></a></li>')
            article = ChapterRewriter(chapter, ids, by_url).rewrite(articles[chapter.url])
            body.append(f'<section class="mlvault-chapter" id="{chapter.anchor}">{article}</section>')
        toc.append("</ol></li>")
        body.append("</div>")

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
<script>window.document$ = {{ subscribe: render => render({{ body: document.body }}) }};</script>
<script src="../assets/vendor/katex/katex.min.js"></script>
<script src="../assets/vendor/katex/contrib/auto-render.min.js"></script>
<script src="../assets/mlvault-math.js"></script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ PDF text


def _unicode_of(hex_units: bytes) -> str:
    return bytes.fromhex(hex_units.decode()).decode("utf-16-be", errors="surrogatepass")


def _cmap_entries(cmap: bytes) -> dict[bytes, str]:
    """The ``bfchar`` and ``bfrange`` entries of a ToUnicode CMap: source code (hex) → text."""
    entries: dict[bytes, str] = {}
    for kind, body in _CMAP_BLOCK.findall(cmap):
        tokens = [m[0] if m[0] in (b"[", b"]") else m[1] for m in _CMAP_TOKEN.finditer(body)]
        i = 0
        while i < len(tokens):
            if kind == b"char":
                entries[tokens[i]] = _unicode_of(tokens[i + 1])
                i += 2
                continue
            low, high, width = int(tokens[i], 16), int(tokens[i + 1], 16), len(tokens[i])
            if tokens[i + 2] == b"[":
                end = tokens.index(b"]", i + 3)
                targets = [_unicode_of(t) for t in tokens[i + 3:end]]
                i = end + 1
            else:
                first = _unicode_of(tokens[i + 2])
                targets = [first[:-1] + chr(ord(first[-1]) + k) for k in range(high - low + 1)]
                i += 3
            for code, target in zip(range(low, high + 1), targets):
                entries[f"{code:0{width}X}".encode()] = target
    return entries


@functools.cache
def equivalent_ideographs() -> dict[str, str]:
    """Radicals and compatibility ideographs → the unified ideograph drawn with the same glyph in Noto CJK SC.

    Read from the font's own cmap (found with ``fc-match``), so it is exactly the glyph sharing that the PDF
    inherits; empty if the font is not installed.
    """
    from fontTools.ttLib import TTCollection

    found = subprocess.run(["fc-match", "--format=%{file}", CJK_FONT], capture_output=True, text=True)
    path = Path(found.stdout)
    if found.returncode or path.suffix.lower() != ".ttc" or not path.is_file():
        return {}
    fonts = TTCollection(str(path), lazy=True)
    font = next((f for f in fonts if f["name"].getDebugName(4) == CJK_FONT), None)
    if font is None:
        return {}
    cmap = font.getBestCmap()
    unified: dict[str, int] = {}
    for code_point, glyph in sorted(cmap.items()):
        if 0x3400 <= code_point <= 0x9FFF or 0x20000 <= code_point <= 0x2FFFF:
            unified.setdefault(glyph, code_point)
    return {chr(c): chr(unified[g]) for c, g in cmap.items() if _LOOK_ALIKES.match(chr(c)) and g in unified}


def _usual_form(text: str) -> str:
    table = equivalent_ideographs()
    return "".join((table.get(c) or unicodedata.normalize("NFKC", c)) if _LOOK_ALIKES.match(c) else c
                   for c in text)


def corrected_to_unicode(cmap: bytes) -> bytes | None:
    """A ToUnicode CMap with look-alike code points (see ``_LOOK_ALIKES``) mapped to their usual form.

    Chromium (Skia) maps each glyph of a subset font to the first code point that the font's cmap gives
    for it; in Noto CJK a radical such as U+2F00 ⼀ or U+2EC5 ⻅ shares its glyph with the ideograph
    U+4E00 一 or U+89C1 见, so text copied or extracted from the PDF would read ``⼀`` and ``⻅``. The usual
    form is the ideograph with the same glyph (``equivalent_ideographs``), else the NFKC form (ligatures
    such as ﬁ → fi). Returns None when the CMap needs no change.
    """
    entries = _cmap_entries(cmap)
    fixed = {code: _usual_form(text) if _LOOK_ALIKES.search(text) else text for code, text in entries.items()}
    if fixed == entries:
        return None
    items = sorted(fixed.items())
    blocks = []
    for start in range(0, len(items), 100):  # a CMap block holds at most 100 entries
        chunk = items[start:start + 100]
        lines = [f"<{code.decode()}> <{text.encode('utf-16-be', errors='surrogatepass').hex().upper()}>"
                 for code, text in chunk]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(lines) + "\nendbfchar\n")
    head, _, tail = _CMAP_BLOCK.sub(b"", cmap).partition(b"endcmap")
    return head + "".join(blocks).encode() + b"endcmap" + tail


def _outline_entries(node: DictionaryObject) -> Iterator[DictionaryObject]:
    """Every entry of a PDF outline (bookmarks) below ``node``, depth first."""
    entry = node.get("/First")
    while entry is not None:
        entry = entry.get_object()
        yield entry
        yield from _outline_entries(entry)
        entry = entry.get("/Next")


def polished(pdf: bytes) -> bytes:
    """The PDF with searchable text and a clean outline.

    * every font's ToUnicode CMap is corrected by ``corrected_to_unicode``;
    * an outline title that is its own text twice becomes that text once: Chromium repeats the text of a
      heading that starts a page in the outline it makes from the tagged PDF (``目录目录``).
    """
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    done: set[int] = set()  # CMaps shared by several pages are corrected once
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in (ref.get_object() for ref in fonts.values()):
            reference = font.get("/ToUnicode")
            if reference is None or id(reference.get_object()) in done:
                continue
            stream = reference.get_object()
            done.add(id(stream))
            corrected = corrected_to_unicode(stream.get_data())
            if corrected is not None:
                stream.set_data(corrected)
    outline = writer.root_object.get("/Outlines")
    for entry in _outline_entries(outline.get_object()) if outline is not None else ():
        title, half = str(entry.get("/Title", "")), len(str(entry.get("/Title", ""))) // 2
        if half and title == title[:half] * 2:
            entry[NameObject("/Title")] = TextStringObject(title[:half])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------------ printing


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a random free port) while the block runs; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium(base_url: str) -> Iterator[object]:
    """A Playwright context on Debian's headless Chromium, fresh profile, offline except for ``base_url``."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="mlvault-pdf-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
                      else route.abort("internetdisconnected"))
        try:
            yield context
        finally:
            context.close()


def open_for_print(context, base_url: str, path: str, unlink_site_pages: bool, extra_class: str = ""):
    """Load a page of the site, wait for KaTeX and fonts, and prepare it for printing.

    Parameters
    ----------
    context : playwright.sync_api.BrowserContext
        From ``chromium``.
    base_url, path : str
        The served site and the page's URL in it (unquoted).
    unlink_site_pages : bool
        Turn links to other pages of the site into text (see ``TIDY_FOR_PRINT``).
    extra_class : str
        A class for ``<html>`` that selects a layout of ``mlvault-print.css`` (which is then added).
    """
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(base_url + quote(path), wait_until="load")
    if extra_class:
        page.evaluate("c => document.documentElement.classList.add(c)", extra_class)
        page.add_style_tag(url=base_url + PRINT_CSS)
    page.wait_for_function(MATH_DONE, polling=200)
    errors = page.evaluate(TIDY_FOR_PRINT, unlink_site_pages)
    if errors:
        print(f"warning: {errors} formula(s) KaTeX could not render in {path}", file=sys.stderr)
    return page


def pdf_options(title: str, margin: dict[str, str]) -> dict:
    """``page.pdf`` options shared by both PDFs: A4, backgrounds, a page-number footer, outline, tags."""
    return dict(format="A4", margin=margin, print_background=True, display_header_footer=True,
                header_template="<span></span>", footer_template=FOOTER.format(title=html.escape(title)),
                outline=True, tagged=True)


def destination_pages(pdf: bytes) -> dict[str, int]:
    """The 1-based page of every named destination of a PDF (Chromium names them after the element ids)."""
    reader = PdfReader(io.BytesIO(pdf))
    return {name.lstrip("/"): reader.get_destination_page_number(dest) + 1
            for name, dest in reader.named_destinations.items()}


def print_cheatsheet(context, base_url: str, chapters: list[Chapter], out: Path, margin_mm: int = 8) -> int:
    """Print the cheat sheet note alone, dense, in two columns; returns the number of pages."""
    chapter = next((c for c in chapters if c.node["title"] == CHEATSHEET_TITLE), None)
    if chapter is None:
        raise RuntimeError(f"the note {CHEATSHEET_TITLE} is not in the site's graph.json")
    page = open_for_print(context, base_url, chapter.url, unlink_site_pages=True,
                          extra_class="mlvault-pdf-dense")
    page.set_viewport_size({"width": round((A4_WIDTH_MM - 2 * margin_mm) / 25.4 * 96), "height": 1000})
    if overflowing := page.evaluate(FIT_COLUMNS):
        print(f"warning: {overflowing} table(s) or formula(s) wider than a column of the cheat sheet",
              file=sys.stderr)
    margin = {side: f"{margin_mm}mm" for side in ("top", "left", "right")} | {"bottom": f"{margin_mm + 2}mm"}
    pdf = page.pdf(**pdf_options(CHEATSHEET_TITLE, margin))
    page.close()
    out.write_bytes(polished(pdf))
    return len(PdfReader(io.BytesIO(pdf)).pages)


def print_book(context, base_url: str, chapters: list[Chapter], out: Path, passes: int = 3) -> int:
    """Print ``pdf/book.html``, then fill in the table of contents' page numbers and print again.

    Returns the number of pages. Raises ``RuntimeError`` if a chapter has no destination in the PDF or
    the page numbers are still moving after ``passes`` prints.
    """
    page = open_for_print(context, base_url, f"{PDF_DIR}/{BOOK_HTML}", unlink_site_pages=False)
    options = pdf_options(BOOK_TITLE, {"top": "14mm", "bottom": "16mm", "left": "14mm", "right": "14mm"})
    numbers: dict[str, int] = {}
    for _ in range(passes):
        pdf = page.pdf(**options)
        found = destination_pages(pdf)
        missing = [c.anchor for c in chapters if c.anchor not in found]
        if missing:
            raise RuntimeError(f"chapters without a destination in the PDF: {missing[:5]}")
        if numbers and all(found[c.anchor] == numbers[c.anchor] for c in chapters):
            page.close()
            out.write_bytes(polished(pdf))
            return len(PdfReader(io.BytesIO(pdf)).pages)
        numbers = {c.anchor: found[c.anchor] for c in chapters}
        page.evaluate("""numbers => document.querySelectorAll('.mlvault-toc-page').forEach(span => {
            span.textContent = numbers[span.dataset.target]; })""", numbers)
    raise RuntimeError(f"the table of contents' page numbers did not settle after {passes} prints")


def link_from_site(site: Path, chapters: list[Chapter]) -> None:
    """Put download links under the title of the home page (both PDFs) and of the cheat sheet (its PDF).

    Done after printing, so that the built site links only to PDFs that exist."""
    cheatsheet = next(c for c in chapters if c.node["title"] == CHEATSHEET_TITLE)
    targets = [(page_file(site, ""), [BOOK_PDF, CHEATSHEET_PDF]), (page_file(site, cheatsheet.url), [CHEATSHEET_PDF])]
    for page, names in targets:
        depth = len(page.relative_to(site).parts) - 1
        links = " · ".join(
            f'<a href="{"../" * depth}{PDF_DIR}/{html.escape(name)}" download>{html.escape(name)}</a>' for name in names
        )
        block = f'<p class="mlvault-pdf-links">PDF：{links}</p>'
        text = page.read_text("utf-8")
        if "mlvault-pdf-links" not in text:
            page.write_text(text.replace("</h1>", "</h1>\n" + block, 1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO_ROOT / "site",
                        help="the built site (default: site/)")
    args = parser.parse_args(argv)
    # pypdf warns that Chromium's trailer /Size is smaller than its object count; the PDF reads fine.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    site = args.site_dir.resolve()
    if not (site / "assets" / "graph.json").is_file():
        parser.error(f"{site} is not a built site (no assets/graph.json): run `make site` first")
    chapters = reading_order(site)
    out_dir = site / PDF_DIR
    out_dir.mkdir(exist_ok=True)
    (out_dir / BOOK_HTML).write_text(book_html(site, chapters), encoding="utf-8")
    with serve(site) as base_url, chromium(base_url) as context:
        for name, make in ((CHEATSHEET_PDF, print_cheatsheet), (BOOK_PDF, print_book)):
            start = time.perf_counter()
            pages = make(context, base_url, chapters, out_dir / name)
            print(f"{PDF_DIR}/{name}: {pages} pages in {time.perf_counter() - start:.1f} s")
    link_from_site(site, chapters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
