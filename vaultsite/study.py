"""The site as a study tool, per page: reading-order navigation, tag chips, 验证代码, the local graph and
the target note's title on every internal link (shown after the link in print)."""

from __future__ import annotations

import posixpath
import re
from html import escape, unescape
from pathlib import Path
from urllib.parse import unquote

from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation, Section

from . import sitepages
from .cache import write_atomically
from .model import Exercise

TOP_PAGES = ["index.md", sitepages.GRAPH_PAGE, sitepages.EXERCISES_PAGE, sitepages.DASHBOARD_PAGE, sitepages.TAGS_INDEX]
FIRST_HEADING = re.compile(r"^# .*$", re.M)
FENCE_OR_SECTION = re.compile(r"^[ \t]*(```|~~~)|^## ", re.M)
INTERNAL_LINK = re.compile(r'<a href="(?![a-z]+:|#)([^"]+)"')


def exercise_rows(vault, urls: dict[str, str]) -> list[dict]:  # noqa: ANN001  (resolve.Vault)
    """Every exercise of the vault as the 练习 page and the study script know it."""
    return [{"id": f"{path}#{e.number}", "note": path, "note_title": note.title, "folder": note.folder,
             "number": e.number, "difficulty": e.difficulty, "checkable": e.answer is not None, "url": urls[path]}
            for path, note in vault.notes.items() for e in note.exercises if e.number and path in urls]


def exercises_json(graph: dict, exercises: list[dict]) -> dict:
    """``assets/exercises.json``: what the study script needs to show progress and the review queue."""
    notes = {node["path"]: {"title": node["title"], "folder": node["folder"], "mastery": node["mastery"]}
             for node in graph["nodes"]}
    for exercise in exercises:
        notes[exercise["note"]]["url"] = exercise["url"]
    order = [node["path"] for node in sorted(graph["nodes"], key=sitepages.reading_key)]
    return {"version": 1, "order": order, "notes": notes, "exercises": exercises}


def generated_files(graph: dict, exercises: list[dict], pdfs: list[str], sources: dict[str, str], root: Path,
                    site_dir: str, use_directory_urls: bool) -> list[File]:
    """The pages the site generates (home, 图谱, 练习, 学习进度, 标签/…, and ``sources``: the 源码/… pages
    by path), each backed by a file under ``root`` that is rewritten only when its content changes, so that
    ``mkdocs serve --dirty`` converts it again only then (an in-memory page always counts as modified)."""
    pages = {
        "index.md": sitepages.home_page(graph, pdfs),
        sitepages.GRAPH_PAGE: sitepages.graph_page(),
        sitepages.EXERCISES_PAGE: sitepages.exercises_page(graph, exercises),
        sitepages.DASHBOARD_PAGE: sitepages.dashboard_page(graph, sitepages.FOLDER_ORDER),
        **sitepages.tag_pages(graph),
        **sources,
    }
    files = []
    for src_uri, content in pages.items():
        path = root / src_uri
        if not path.is_file() or path.read_text("utf-8") != content:
            write_atomically(path, content)
        files.append(File(src_uri, src_dir=str(root), dest_dir=site_dir, use_directory_urls=use_directory_urls))
    return files


def _top_level_key(item) -> tuple[int, str]:
    """Home, the generated study pages, then the vault's folders in reading order."""
    if isinstance(item, Section):
        title = item.title or ""
        rank = sitepages.FOLDER_ORDER.index(title) if title in sitepages.FOLDER_ORDER else len(sitepages.FOLDER_ORDER)
        return (10 + rank, title)
    src = item.file.src_uri
    return (TOP_PAGES.index(src), src) if src in TOP_PAGES else (9, src)


def order_navigation(nav: Navigation, titles: dict[str, str]) -> Navigation:
    """Top level in reading order; inside a folder its hub(s) first (``titles``: note path → title, as
    page titles are not read yet). Tag and source pages stay out of the sidebar: the tags index and the
    notes link them."""
    tags_index = next(page for page in nav.pages if page.file.src_uri == sitepages.TAGS_INDEX)
    nav.items = [item for item in nav.items if not (isinstance(item, Section) and item.title in ("标签", sitepages.SOURCE_ROOT))]
    nav.items.append(tags_index)
    nav.items.sort(key=_top_level_key)
    for item in nav.items:
        if isinstance(item, Section) and item.title in sitepages.FOLDER_ORDER:
            item.children.sort(key=lambda page: sitepages.reading_key({"folder": item.title, "title": titles[page.file.src_uri]}))
    return nav


def decorate(markdown: str, src: str, tags: list[str], tested_by: str, under_title: str = "") -> str:
    """A note's page with its tag chips (and ``under_title``) under the title, the local graph's slot after
    the opening paragraph (before the first ``##`` heading outside code: the graph script shows it there on
    narrow screens and in the right sidebar on wide ones), and 验证代码 at the end."""
    chips = sitepages.tag_links(src, tags) + under_title
    heading = FIRST_HEADING.search(markdown)
    if heading and chips:
        markdown = markdown[: heading.end()] + "\n\n" + chips + markdown[heading.end() :]
    slot, fence = len(markdown), ""
    for match in FENCE_OR_SECTION.finditer(markdown, heading.end() if heading else 0):
        if match[1] and (not fence or match[1] == fence):
            fence = "" if fence else match[1]
        elif not match[1] and not fence:
            slot = match.start()
            break
    graph = "\n\n" + sitepages.local_graph_block(src).strip() + "\n\n"
    return markdown[:slot] + graph + markdown[slot:] + tested_by


def annotate_links(html: str, page_url: str, titles_by_url: dict[str, str]) -> str:
    """Give each internal link the title of the note it points to (``data-note-title``)."""
    base = unquote(page_url)

    def annotate(match: re.Match[str]) -> str:
        target = _resolve(base, match[1].split("#")[0])
        title = titles_by_url.get(target)
        return f'{match[0]} data-note-title="{escape(title, quote=True)}"' if title else match[0]

    return INTERNAL_LINK.sub(annotate, html)


def _resolve(base_url: str, href: str) -> str:
    """Site-relative URL of ``href`` as written on the page at ``base_url`` (directory URLs)."""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base_url.rstrip("/") + "/x"), unquote(href)))
    joined = "" if joined == "." else joined
    return joined + "/" if joined and not joined.endswith((".html", "/")) else joined


def vendored_files(node_modules: Path, site_dir: str) -> list[File]:
    """KaTeX's stylesheet and fonts (the formulas are typeset at build time) and d3 (graph view) from
    ``node_modules/`` (``npm ci`` from the npm registry), served from the site itself: no third-party code
    committed, no CDN at view time."""
    katex, d3 = node_modules / "katex" / "dist", node_modules / "d3" / "dist"
    for dist in (katex, d3):
        if not dist.is_dir():
            raise FileNotFoundError(f"{dist} is missing: run `make site` (it runs `npm ci`).")
    names = ["katex.min.css",
             *(str(p.relative_to(katex)) for p in sorted((katex / "fonts").glob("*.woff2")))]
    vendored = [(katex, "katex", name) for name in names] + [(d3, "d3", "d3.min.js")]
    return [File(name, src_dir=str(dist), dest_dir=site_dir, use_directory_urls=False, dest_uri=f"assets/vendor/{package}/{name}")
            for dist, package, name in vendored]


_QUESTION = re.compile(r'<div class="admonition question">\s*<p class="admonition-title">练习\s*(\d+)（[^<]*</p>')
_SOLUTION = re.compile(r'<details class="success"')


def exercise_forms(html: str, exercises: dict[int, Exercise], note: str) -> str:
    """Give each exercise of the page an anchor (``#ex-N``) and, when it has a checkable answer, a form to
    answer it in (hidden until the study script shows it: without JavaScript only the folded solution)."""
    pieces, cursor = [], 0
    for match in _QUESTION.finditer(html):
        exercise = exercises.get(int(match[1]))
        if exercise is None:
            continue
        identifier = f"{note}#{exercise.number}"
        opening = (f'<div class="admonition question mlvault-exercise" id="ex-{exercise.number}" '
                   f'data-exercise="{escape(identifier, quote=True)}" data-difficulty="{escape(exercise.difficulty)}">')
        pieces += [html[cursor:match.start()], opening, html[match.start() + len('<div class="admonition question">'):match.end()]]
        cursor = match.end()
        solution = _SOLUTION.search(html, cursor)
        if exercise.answer is not None and solution is not None:
            pieces += [html[cursor:solution.start()], answer_form(exercise)]
            cursor = solution.start()
    pieces.append(html[cursor:])
    return "".join(pieces)


def answer_form(exercise: Exercise) -> str:
    answer = exercise.answer
    if answer.kind == "choice":
        letters = "".join(f'<label><input type="radio" name="ex-{exercise.number}" value="{letter}"> {letter}</label>'
                          for letter, _ in exercise.options)
        field = f'<span class="mlvault-answer-choices" role="radiogroup" aria-label="选项">{letters}</span>'
        data = f'data-kind="choice" data-choice="{answer.choice}"'
    else:
        unit = f' <span class="mlvault-answer-unit">{escape(answer.unit)}</span>' if answer.unit else ""
        field = (f'<label>你的答案 <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" '
                 f'aria-label="练习 {exercise.number} 的答案"></label>{unit}')
        data = f'data-kind="number" data-value="{answer.value!r}" data-tolerance="{answer.tolerance!r}"'
    return (f'<form class="mlvault-answer" {data} hidden>{field} <button type="submit">检查答案</button> '
            f'<span class="mlvault-answer-result" role="status" aria-live="polite"></span></form>\n')


_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_HEADER_CELL = re.compile(r"<th[^>]*>(.*?)</th>", re.S)
_BODY_CELL = re.compile(r"<td(?=[\s>])")
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
WIDE_TABLE_COLUMNS = 5


def label_wide_tables(html: str) -> str:
    """Tables of ``WIDE_TABLE_COLUMNS`` or more columns, marked ``data-wide`` with each body cell labelled
    by its column's heading (``data-label``): on a phone the stylesheet lays their rows out as cards. Run
    before the formulas are typeset: a table whose headings hold a formula (which a label cannot show)
    keeps its columns."""

    def labelled(table: re.Match[str]) -> str:
        body = table[1]
        cells = _HEADER_CELL.findall(body.split("</thead>")[0])
        headings = [unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in cells]
        if len(headings) < WIDE_TABLE_COLUMNS or any("arithmatex" in cell for cell in cells):
            return table[0]

        def row(match: re.Match[str]) -> str:
            labels = iter(headings)
            return "<tr>" + _BODY_CELL.sub(lambda cell: f'<td data-label="{escape(next(labels, ""), quote=True)}"', match[1]) + "</tr>"

        head, _, rest = body.partition("</thead>")
        return f"<table data-wide>{head}</thead>{_ROW.sub(row, rest)}</table>" if rest else table[0]

    return _TABLE.sub(labelled, html)
