"""MkDocs hook: serve third-party browser assets from the package registry's copy, and the home page.

KaTeX (math) and d3 (graph view) come from ``node_modules/`` (installed by ``make site`` from the npm
registry with ``npm ci``), so
no third-party code is committed and no CDN is needed at view time.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
KATEX_DIST = NODE_MODULES / "katex" / "dist"
KATEX_FILES = ("katex.min.js", "katex.min.css", "contrib/auto-render.min.js")
D3_DIST = NODE_MODULES / "d3" / "dist"

def on_files(files: Files, config) -> Files:
    for dist in (KATEX_DIST, D3_DIST):
        if not dist.is_dir():
            raise PluginError(f"{dist} is missing: run `make site` (it runs `npm ci`).")
    katex_fonts = [str(p.relative_to(KATEX_DIST)) for p in (KATEX_DIST / "fonts").glob("*.woff2")]
    vendored = [(KATEX_DIST, "katex", name) for name in (*KATEX_FILES, *katex_fonts)] + [(D3_DIST, "d3", "d3.min.js")]
    for dist, package, name in vendored:
        files.append(
            File(name, src_dir=str(dist), dest_dir=config["site_dir"], use_directory_urls=False,
                 dest_uri=f"assets/vendor/{package}/{name}")
        )
    return files
