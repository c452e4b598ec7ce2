"""What a reader waits for: the published site (``site/``, or ``--site DIR``) opened in headless Chromium.

For a sample of pages with formulas: the time from navigation start until the first formula is typeset
(a ``.katex`` element in the page) and until the first contentful paint, median and max over the pages.
Then the weight of every page's HTML (median, max; raw and gzip) and of the search index. Target: the
first formula is on screen no later than the page's first paint (math typeset at build time, nothing left
to wait for).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SAMPLE = 24
# Records when the first typeset formula enters the page: set up before the page's own scripts run.
FIRST_FORMULA = """
window.__firstFormula = null;
new MutationObserver((records, observer) => {
  if (document.querySelector('.katex')) { window.__firstFormula = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pages_with_math(site: Path) -> list[Path]:
    pages = sorted(p for p in site.rglob("index.html") if "源码" not in p.parts and "tags" not in p.parts)
    marked = [p for p in pages if 'class="arithmatex"' in (text := p.read_text("utf-8")) or 'class="katex' in text]
    step = max(1, len(marked) // SAMPLE)
    return marked[::step][:SAMPLE]


def timings(site: Path, base: str) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    formula, paint = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.add_init_script(FIRST_FORMULA)
        page.goto(base)  # warm the shared assets, as a reader's second page would be
        for path in pages_with_math(site):
            url = base + quote(str(path.parent.relative_to(site))) + "/"
            page.goto(url, wait_until="load")
            deadline = time.monotonic() + 15
            while page.evaluate("window.__firstFormula") is None and time.monotonic() < deadline:
                time.sleep(0.05)
            first = page.evaluate("window.__firstFormula")
            fcp = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null")
            if first is not None and fcp is not None:
                formula.append(first / 1000)
                paint.append(fcp / 1000)
        browser.close()
    return formula, paint


def weight(site: Path) -> None:
    pages = [p.read_bytes() for p in site.rglob("*.html") if "源码" not in p.parts]
    raw = [len(p) for p in pages]
    packed = [len(gzip.compress(p, 6)) for p in pages]
    print(f"pages: {len(pages)}; HTML median {statistics.median(raw) / 1e3:.0f} KB (gzip {statistics.median(packed) / 1e3:.0f} KB), "
          f"max {max(raw) / 1e3:.0f} KB (gzip {max(packed) / 1e3:.0f} KB)")
    index = site / "search" / "search_index.json"
    data = index.read_bytes()
    docs = json.loads(data)["docs"]
    raw_tex = sum(1 for doc in docs if "\\(" in doc["text"] + doc["title"] or "\\[" in doc["text"] + doc["title"])
    print(f"search index: {len(data) / 1e3:.0f} KB (gzip {len(gzip.compress(data, 6)) / 1e3:.0f} KB), "
          f"{len(docs)} entries, {raw_tex} with raw TeX")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=REPO_ROOT / "site")
    site = parser.parse_args().site.resolve()
    server, base = serve(site)
    try:
        formula, paint = timings(site, base)
    finally:
        server.shutdown()
    late = [f - p for f, p in zip(formula, paint)]
    print(f"{len(formula)} pages with formulas: first formula median {statistics.median(formula):.2f} s, "
          f"max {max(formula):.2f} s; first paint median {statistics.median(paint):.2f} s; "
          f"formula after first paint: median {statistics.median(late):+.2f} s, max {max(late):+.2f} s")
    weight(site)
    return 0 if max(late) <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
