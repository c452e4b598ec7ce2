"""Build the site into a fresh folder and publish it as ``site/`` only when everything succeeded.

``mkdocs build --strict`` stops on the first failing executed block (see ``scripts/hooks/execution.py``)
and on every warning, but it may already have written pages by then. Building into a temporary folder
next to ``site/`` and swapping it in with a rename means a failed build leaves the previous site as it
was and never publishes a half-built one or a page with a traceback inside.

Usage: ``python scripts/build_site.py [--site-dir DIR] [--config-file FILE] [mkdocs build options...]``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# A fence that markdown-exec could not handle is left in the page as literal text.
MISRENDERED_FENCE = re.compile(r'exec=(&quot;|")(on|1|yes|true)')


def misrendered_pages(site: Path) -> list[str]:
    return [str(p.relative_to(site)) for p in site.rglob("*.html") if MISRENDERED_FENCE.search(p.read_text("utf-8"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=REPO_ROOT / "site")
    parser.add_argument("--config-file", type=Path, default=REPO_ROOT / "mkdocs.yml")
    args, mkdocs_args = parser.parse_known_args(argv)
    site = args.site_dir.resolve()
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}-building-", dir=site.parent))
    mkdocs = Path(sys.executable).with_name("mkdocs")
    command = [str(mkdocs), "build", "--strict", "--config-file", str(args.config_file), "--site-dir", str(staging), *mkdocs_args]
    try:
        result = subprocess.run(command, cwd=REPO_ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        if result.returncode != 0:
            print(f"build failed (exit {result.returncode}); {site} left unchanged", file=sys.stderr)
            return result.returncode
        if bad := misrendered_pages(staging):
            print("build failed: exec fences left unrendered in " + ", ".join(bad), file=sys.stderr)
            return 1
        retired = site.with_name(f".{site.name}-retired-{os.getpid()}")
        if site.exists():
            site.rename(retired)
        staging.rename(site)
        shutil.rmtree(retired, ignore_errors=True)
        print(f"site published to {site}", file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
