"""The PDFs that ``scripts/make_pdf.py`` prints from the built site: the cheat sheet and the vault as a book.

They are made once per module into the session's built site (``pdf/速查表.pdf``, ``pdf/mlvault.pdf``) and read
back with pypdf: text (headings, formulas, CJK characters that extract as themselves), fonts (an embedded CJK
font, KaTeX's fonts), the book's chapters in reading order, its table of contents and internal links.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

import pytest
from conftest import REPO_ROOT
from pypdf import PdfReader

from vaultsite.pdf import book as make_pdf
from vaultsite.sitepages import reading_key

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHEATSHEET_HEADINGS = ("评估指标", "监督学习算法", "神经网络", "聚类算法", "降维技术", "逻辑回归", "交叉验证")
LOOK_ALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\ufffd]")
A4 = (595, 842)  # points; Chromium's is 595.92 × 842.88


class Printed:
    """A PDF read once: its reader, the text of its pages (extracted on first use) and its named destinations.

    ``destinations`` maps each named destination to its 1-based page; Chromium names them after the ids
    that links point to.
    """

    def __init__(self, path):
        self.path = path
        self.reader = PdfReader(io.BytesIO(path.read_bytes()))
        self._texts: dict[int, str] = {}
        self.destinations = {
            name.lstrip("/"): self.reader.get_destination_page_number(dest) + 1
            for name, dest in self.reader.named_destinations.items()
        }

    def page(self, number: int) -> str:
        """The text of a page (1-based)."""
        if number not in self._texts:
            self._texts[number] = self.reader.pages[number - 1].extract_text()
        return self._texts[number]

    def text(self, numbers=None) -> str:
        """The text of the given pages (1-based; all by default), one after the other."""
        return "\n".join(self.page(n) for n in numbers or range(1, len(self.reader.pages) + 1))


@pytest.fixture(scope="module")
def pdfs(built_site, site_port):
    start = time.perf_counter()
    # A process of its own: Playwright's sync API cannot start while the session's browser runs here. The
    # same settings as the build: make_pdf builds the site again, which then links and carries the PDFs.
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "make_pdf.py"), "--site-dir", str(built_site)],
                            capture_output=True, text=True, timeout=1800,
                            env=dict(os.environ, MLVAULT_SITE_URL=f"http://127.0.0.1:{site_port}/"))
    assert result.returncode == 0, result.stderr[-3000:]
    print(result.stdout + f"make_pdf: {time.perf_counter() - start:.1f} s")
    out = built_site / make_pdf.PDF_DIR
    return {"cheatsheet": Printed(out / make_pdf.CHEATSHEET_PDF), "book": Printed(out / make_pdf.BOOK_PDF),
            "log": result.stdout + result.stderr}


@pytest.fixture(scope="module")
def titles(built_site):
    graph = json.loads((built_site / "assets" / "graph.json").read_text("utf-8"))
    return [node["title"] for node in sorted(graph["nodes"], key=reading_key)]


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font's name (``/BaseFont`` or ``/FontName``) → whether its glyphs are embedded."""
    fonts = {}
    for page in reader.pages:
        for font in (ref.get_object() for ref in page["/Resources"].get("/Font", {}).values()):
            described = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            name = str(font.get("/BaseFont") or descriptor.get("/FontName"))
            font_file = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            embedded = font_file or "/CharProcs" in font  # Type 3 fonts carry their glyphs as procedures
            fonts[name] = fonts.get(name, False) or embedded
    return fonts


def _internal_links(reader: PdfReader) -> list[tuple[int, str]]:
    """(1-based page, destination name) of every link annotation that goes to a named destination."""
    links = []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in (a.get_object() for a in page.get("/Annots", [])):
            if annotation.get("/Subtype") != "/Link":
                continue
            dest = annotation.get("/Dest")
            if dest is None and annotation.get("/A", {}).get("/S") == "/GoTo":
                dest = annotation["/A"]["/D"]
            if isinstance(dest, str):
                links.append((number, dest.lstrip("/")))
    return links


def test_page_counts_and_sizes(pdfs):
    for name, printed in ((name, pdfs[name]) for name in ("cheatsheet", "book")):
        print(f"{name}: {len(printed.reader.pages)} pages")
        box = printed.reader.pages[0].mediabox
        assert abs(box.width - A4[0]) < 2 and abs(box.height - A4[1]) < 2, (name, box)
    assert len(pdfs["cheatsheet"].reader.pages) <= 8, "the cheat sheet is a few dense pages"
    assert len(pdfs["book"].reader.pages) > len(pdfs["cheatsheet"].reader.pages)


def test_cheatsheet_has_its_headings_and_formulas_as_text(pdfs):
    text = pdfs["cheatsheet"].text()
    for heading in CHEATSHEET_HEADINGS:
        assert heading in text, heading
    assert "留一法" in text and "均方误差" in text, "CJK characters extract as themselves"
    for formula in ("TP", "σ", "∑", "θ", "tanh", "softmax"):
        assert formula.lower() in text.lower(), formula


def _sample(pdfs, name: str) -> str:
    """All of the cheat sheet; the book's table of contents and the first page of every chapter."""
    printed = pdfs[name]
    if name == "cheatsheet":
        return printed.text()
    first_chapter = printed.destinations["note-1"]
    starts = {page for dest, page in printed.destinations.items() if re.fullmatch(r"note-\d+", dest)}
    return printed.text(sorted(set(range(1, first_chapter)) | starts))


@pytest.mark.parametrize("name", ["cheatsheet", "book"])
def test_no_missing_or_look_alike_glyphs_and_no_raw_math(pdfs, name):
    text = _sample(pdfs, name)
    assert not LOOK_ALIKES.search(text), f"{name}: {sorted(set(LOOK_ALIKES.findall(text)))}"
    assert unicodedata.normalize("NFKC", "⼀") in text
    # arithmatex delimiters everywhere; TeX commands only where no code is printed (docstrings quote TeX)
    for raw in ("\\(", "\\)", "\\[", "\\]", *(("\\frac", "\\sum", "$") if name == "cheatsheet" else ())):
        assert raw not in text, f"{name}: unrendered math {raw!r}"


@pytest.mark.parametrize("name", ["cheatsheet", "book"])
def test_chrome_is_not_printed(pdfs, name):
    text = _sample(pdfs, name)
    for chrome in ("反向链接", "局部图谱", "Permanent link", "¶", "Source\nResult"):
        assert chrome not in text, f"{name}: {chrome!r}"


@pytest.mark.parametrize("name", ["cheatsheet", "book"])
def test_a_cjk_font_and_katex_fonts_are_embedded(pdfs, name):
    fonts = _fonts(pdfs[name].reader)
    assert any("CJK" in font and embedded for font, embedded in fonts.items()), sorted(fonts)
    assert any("KaTeX_Main" in font and embedded for font, embedded in fonts.items()), sorted(fonts)


def test_book_has_every_note_as_a_chapter_in_reading_order(pdfs, titles):
    book = pdfs["book"]
    starts = []
    for number, title in enumerate(titles, start=1):
        page = book.destinations[f"note-{number}"]
        assert title in book.page(page), (title, page)
        starts.append(page)
    assert starts == sorted(starts) and len(set(starts)) == len(starts), "one chapter per note, in order"
    assert "机器学习中的数学" == titles[0]


def test_book_table_of_contents_lists_the_chapters_with_their_pages(pdfs, titles):
    book = pdfs["book"]
    first_chapter = book.destinations["note-1"]
    toc = book.text(range(1, first_chapter))
    position = 0
    for number, title in enumerate(titles, start=1):
        page = book.destinations[f"note-{number}"]
        found = re.compile(rf"{re.escape(title)}\s*{page}\b").search(toc, position)
        assert found, f"{title} (p. {page}) is missing from the table of contents, or out of order"
        position = found.end()


def test_book_outline_follows_the_chapters(pdfs, titles):
    def flatten(items):
        for item in items:
            if isinstance(item, list):
                yield from flatten(item)
            else:
                yield item.title

    outline = list(flatten(pdfs["book"].reader.outline))
    position = 0
    for title in titles:
        position = outline.index(title, position) + 1


def test_book_links_go_to_chapters_and_headings_inside_the_pdf(pdfs, titles):
    book = pdfs["book"]
    links = _internal_links(book.reader)
    assert all(dest in book.destinations for _, dest in links)
    first_chapter = book.destinations["note-1"]
    toc_links = {dest for page, dest in links if page < first_chapter}
    assert {f"note-{number}" for number in range(1, len(titles) + 1)} <= toc_links
    cross_references = [dest for page, dest in links if page >= first_chapter]
    assert len(cross_references) > len(titles), "wikilinks in the notes link to chapters"
    assert any(not re.fullmatch(r"note-\d+", dest) for dest in cross_references), "links to headings too"
    annotations = [a.get_object() for page in book.reader.pages for a in page.get("/Annots", [])]
    uris = [str(a.get("/A", {}).get("/URI", "")) for a in annotations]
    assert not any("127.0.0.1" in uri for uri in uris), "no link to the loopback server that printed the book"


def test_the_site_links_to_both_pdfs(pdfs, built_site):
    home = (built_site / "index.html").read_text("utf-8")
    assert 'href="pdf/mlvault.pdf"' in home and 'href="pdf/速查表.pdf"' in home
    cheatsheet = next(built_site.rglob("机器学习公式与概念速查表/index.html")).read_text("utf-8")
    assert 'href="../../pdf/速查表.pdf"' in cheatsheet
    assert all(pdfs[name].path.is_file() for name in ("cheatsheet", "book"))


def test_book_gathers_every_solution_in_an_appendix_linked_both_ways(pdfs):
    from vaultsite.load import load_vault

    book = pdfs["book"]
    total = sum(len(note.exercises) for note in load_vault(REPO_ROOT / "vault").notes.values())
    solutions = {name: page for name, page in book.destinations.items() if name.startswith("sol-")}
    assert len(solutions) == total, "every exercise's solution is in the appendix"
    assert all(name.removeprefix("sol-") in book.destinations for name in solutions), "each links back to its exercise"
    first_solution = min(solutions.values())
    assert all(book.destinations[name.removeprefix("sol-")] < first_solution for name in solutions)
    assert "练习解答" in book.page(first_solution)


def test_every_formula_and_table_fits_a_column_of_the_cheat_sheet(pdfs):
    assert "wider than a column" not in pdfs["log"], pdfs["log"]


def test_no_page_ends_with_a_caption_whose_content_is_on_the_next_page(pdfs):
    endings = []
    for number in range(1, len(pdfs["book"].reader.pages) + 1):
        lines = [line.strip() for line in pdfs["book"].page(number).splitlines() if line.strip()]
        # the footer (title · n / N) comes last; the line before it ends the page's content
        if len(lines) >= 2 and lines[-2] in ("运行结果", "代码"):
            endings.append(number)
    assert not endings, f"pages ending with a caption: {endings}"


def test_a_second_run_with_the_same_sources_prints_nothing(pdfs, built_site, site_port):
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "make_pdf.py"), "--site-dir", str(built_site)],
                            capture_output=True, text=True, timeout=600,
                            env=dict(os.environ, MLVAULT_SITE_URL=f"http://127.0.0.1:{site_port}/"))
    assert result.returncode == 0 and "PDFs up to date" in result.stdout, result.stdout + result.stderr[-2000:]
