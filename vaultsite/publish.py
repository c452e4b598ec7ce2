"""Build the site into a fresh folder and publish it only when everything succeeded.

``site`` is a symbolic link to the published build in ``.site-builds/``. A build goes into a new folder
there; only when MkDocs exits 0, the plugin's completion manifest is present, every page it expected was
written and no executed fence was left unrendered, a new link replaces ``site`` in one rename, so a
reader never finds ``site/`` missing or half-built. Then:

* **Up to date.** When the manifest of the published build says none of its inputs changed, nothing is
  built (``MLVAULT_CACHE=off``, i.e. ``FRESH=1``, always builds).
* **One at a time.** A lock on ``.site-builds/`` serialises builds; the second says whom it waits for.
* **Stops cleanly.** SIGINT/SIGTERM are passed to MkDocs' process group; MkDocs (and through it the
  execution workers) is also told to stop when this process dies, even by SIGKILL; a build folder left
  behind by a killed build is removed by the next build.

Usage: ``python scripts/build_site.py [--site-dir DIR] [--config-file FILE] [mkdocs build options...]``
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from . import inputs
from .cache import BuildLock, cache_root, caching_enabled

MANIFEST = ".mlvault-build.json"
MISRENDERED_FENCE = re.compile(r'exec=(&quot;|")(on|1|yes|true)')  # a fence left in the page as literal text
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: receive SIGTERM when the parent process dies (Linux ``prctl``)."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def misrendered_pages(site: Path) -> list[str]:
    return [str(p.relative_to(site)) for p in site.rglob("*.html") if MISRENDERED_FENCE.search(p.read_text("utf-8"))]


class Publisher:
    """The published ``site`` link, its builds folder, and the steps of one build."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.builds = site.with_name(f".{site.name}-builds")
        self.lock = BuildLock(self.builds)

    def current(self) -> Path | None:
        return self.site.resolve() if self.site.is_symlink() else None

    def up_to_date(self, project: Path) -> bool:
        current = self.current()
        manifest = current.with_name(current.name + ".json") if current else None
        if not caching_enabled() or manifest is None or not manifest.is_file():
            return False
        return inputs.unchanged(json.loads(manifest.read_text("utf-8")), cache_root(project / ".cache") / "pdf")

    def remove_stale_builds(self) -> None:
        """Build folders other than the published one: left by a killed build, or replaced ones."""
        current = self.current()
        keep = {current.name, current.name + ".json"} if current and current.parent == self.builds.resolve() else set()
        for path in self.builds.iterdir():
            if path.name in keep or path.name == self.lock.path.name:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)

    def publish(self, staging: Path) -> None:
        """Make ``staging`` the site: its manifest moves beside it, then one rename replaces the link."""
        (staging / MANIFEST).rename(staging.with_name(staging.name + ".json"))
        link = self.builds / f".link-{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(os.path.relpath(staging, self.site.parent))
        if self.site.exists() and not self.site.is_symlink():  # a site/ folder from before: moved aside once
            self.site.rename(self.builds / f"previous-{os.getpid()}")
        os.replace(link, self.site)


def check_complete(staging: Path) -> str | None:
    """Why the build in ``staging`` must not be published, or ``None``."""
    marker = staging / MANIFEST
    if not marker.is_file():
        return "the build did not finish (no completion manifest)"
    expected = json.loads(marker.read_text("utf-8")).get("pages", -1)
    written = sum(1 for _ in staging.rglob("index.html"))
    if written != expected:
        return f"{written} pages written, {expected} expected"
    if bad := misrendered_pages(staging):
        return "exec fences left unrendered in " + ", ".join(bad)
    return None


def run_mkdocs(command: list[str], cwd: Path) -> int:
    """Run MkDocs in its own process group; SIGINT/SIGTERM here stop the whole group."""
    child = subprocess.Popen(command, cwd=cwd, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
                             start_new_session=True, preexec_fn=_die_with_parent)

    def forward(signum: int, _frame: object) -> None:
        try:
            os.killpg(child.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        raise KeyboardInterrupt(f"stopped by signal {signum}")

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.wait()
        return 128 + signal.SIGTERM
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, help="default: site/ next to the configuration")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    args, mkdocs_args = parser.parse_known_args(argv)
    config = args.config_file.resolve()
    publisher = Publisher((args.site_dir or config.parent / "site").absolute())
    publisher.builds.mkdir(parents=True, exist_ok=True)
    with publisher.lock.held():
        publisher.remove_stale_builds()
        if publisher.up_to_date(config.parent):
            print(f"{publisher.site} is up to date: nothing changed since it was built", file=sys.stderr)
            return 0
        staging = publisher.builds / time.strftime(f"%Y%m%d-%H%M%S-{os.getpid()}")
        mkdocs = Path(sys.executable).with_name("mkdocs")
        command = [str(mkdocs), "build", "--strict", "--config-file", str(config), "--site-dir", str(staging), *mkdocs_args]
        try:
            code = run_mkdocs(command, config.parent)
            reason = f"exit {code}" if code else check_complete(staging)
            if reason:
                print(f"build failed ({reason}); {publisher.site} left unchanged", file=sys.stderr)
                return code or 1
            publisher.publish(staging)
            print(f"site published to {publisher.site}", file=sys.stderr)
            return 0
        finally:
            if staging.exists() and publisher.current() != staging.resolve():
                shutil.rmtree(staging, ignore_errors=True)
            publisher.remove_stale_builds()


if __name__ == "__main__":
    sys.exit(main())
