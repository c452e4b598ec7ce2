"""Print the built site as two PDFs: the cheat sheet for the pocket, and the whole vault as a book.

* ``速查表.pdf``: the page of 机器学习公式与概念速查表 alone, printed dense on A4 with small margins; links
  to other notes become text followed by the target note's title.
* ``mlvault.pdf``: every note in reading order (:mod:`vaultsite.pdf.book`), with a cover, a table of
  contents with page numbers, one chapter per note, and Chromium's outline (bookmarks).

Both are printed by Debian's Chromium through Playwright from a loopback HTTP server over the published
site, which is only read: every request that does not go to that server is aborted (the PDFs need no
internet); the formulas are typeset in the pages already. The page numbers of the table of
contents are found by printing once, reading where Chromium put each chapter's named destination,
filling in the numbers (their boxes have a fixed width, so nothing moves) and printing again.

The PDFs are written into the build cache under the digest of the sources the site was built from
(``.cache/pdf/<digest>/``); then the site is built again, which links and publishes them. So a PDF is
linked only when it exists, and a later ``make site`` from the same sources keeps them.

Usage: ``python scripts/make_pdf.py [--site-dir site] [--config-file mkdocs.yml]`` (``make site`` runs it after the build).
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import io
import json
import logging
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from pypdf import PdfReader

from .. import inputs, publish
from ..cache import cache_root, write_atomically
from .book import (
    A4_WIDTH_MM,
    BOOK_HTML,
    BOOK_PDF,
    BOOK_TITLE,
    CHEATSHEET_PDF,
    CHEATSHEET_TITLE,
    PDF_DIR,
    PRINT_CSS,
    TIMEOUT_MS,
    Chapter,
    book_html,
    reading_order,
)
from .polish import polished

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]

# Footer of every page: the page number (Chromium fills in the spans).
FOOTER = ('<div style="width:100%;font-size:7pt;color:#666;text-align:center;'
          'font-family:\'Noto Sans CJK SC\',sans-serif">{title} · <span class="pageNumber"></span>'
          ' / <span class="totalPages"></span></div>')

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
}"""

# In the page laid out in columns: what is wider than its column spans all columns (a table) or is scaled
# down to fit (a formula); returns how many elements still overflow.
FIT_COLUMNS = """() => {
  const wide = e => e.scrollWidth > e.clientWidth + 1;  // its content is wider than its box
  document.querySelectorAll('article table').forEach(table => {
    const box = table.closest('.md-typeset__scrollwrap') || table.parentElement;
    if (table.scrollWidth > box.clientWidth + 1) box.style.columnSpan = 'all';
  });
  document.querySelectorAll('article div.arithmatex').forEach(math => {
    if (wide(math)) math.style.zoom = (0.98 * math.clientWidth / math.scrollWidth).toFixed(3);
  });
  return [...document.querySelectorAll('article div.arithmatex')].filter(wide).length;
}"""


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """The published site, read-only, plus ``pdf/book.html`` from elsewhere (the site is never written)."""

    book: Path

    def translate_path(self, path: str) -> str:
        if unquote(urlsplit(path).path) == f"/{PDF_DIR}/{BOOK_HTML}":
            return str(self.book)
        return super().translate_path(path)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(site: Path, book: Path) -> Iterator[str]:
    """Serve ``site`` and ``book`` on 127.0.0.1 (a random free port) while the block runs; yields the base URL."""
    handler = functools.partial(type("Handler", (_SiteHandler,), {"book": book}), directory=str(site))
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
    """Load a page of the site (its formulas are typeset already), wait for the fonts, prepare it for printing.

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
    page.evaluate(TIDY_FOR_PRINT, unlink_site_pages)
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



def published_manifest(site: Path) -> dict:
    """The inputs the published ``site`` was built from (its completion manifest)."""
    current = publish.Publisher(site).current()
    manifest = current.with_name(current.name + ".json") if current else None
    if manifest is None or not manifest.is_file():
        raise SystemExit(f"{site} is not a published build: run `make site` first")
    return json.loads(manifest.read_text("utf-8"))


def pdf_folder(manifest: dict, project: Path) -> Path:
    """Where the PDFs of the sources a site was built from belong (``.cache/pdf/<digest>``)."""
    return cache_root(project / ".cache") / "pdf" / inputs.digest_of(manifest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, help="the published site (default: site/ next to the configuration)")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    # pypdf warns that Chromium's trailer /Size is smaller than its object count; the PDF reads fine.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    config = args.config_file.resolve()
    site = (args.site_dir or config.parent / "site").absolute()
    manifest = published_manifest(site)
    out_dir = pdf_folder(manifest, config.parent)
    names = (CHEATSHEET_PDF, BOOK_PDF)
    if all((out_dir / name).is_file() for name in names):
        if sorted(manifest.get("pdfs", [])) == sorted(names):
            print("PDFs up to date: the site links them")
            return 0
        return publish.main(["--config-file", str(config), "--site-dir", str(site)])  # printed, not yet published
    published = site.resolve()
    chapters = reading_order(published)
    with tempfile.TemporaryDirectory(prefix="mlvault-book-") as work:
        book = Path(work) / BOOK_HTML
        book.write_text(book_html(published, chapters), encoding="utf-8")
        with serve(published, book) as base_url, chromium(base_url) as context:
            for name, make in zip(names, (print_cheatsheet, print_book)):
                start = time.perf_counter()
                pages = make(context, base_url, chapters, Path(work) / name)
                write_atomically(out_dir / name, (Path(work) / name).read_bytes())
                print(f"{name}: {pages} pages in {time.perf_counter() - start:.1f} s")
    # Build again: the sources are the same, the PDFs are new, so the site now links and carries them.
    return publish.main(["--config-file", str(config), "--site-dir", str(site)])


if __name__ == "__main__":
    sys.exit(main())
