"""The real site, built once per test session from the bundled vault, and served on loopback."""

from __future__ import annotations

import functools
import hashlib
import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def vault_digest_before():
    return tree_digest(REPO_ROOT / "vault")


@pytest.fixture(scope="session")
def site_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, vault_digest_before, site_port):
    """Build the bundled vault with the project's command (cache shared with `make site`)."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--site-dir", str(site)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=1800,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", MLVAULT_SITE_URL=f"http://127.0.0.1:{site_port}/"),
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site, site_port):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def playwright():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing at /usr/bin/chromium: run scripts/install-system-deps.sh browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


def _context(playwright, profile: Path, **options):
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS, **options
    )


@pytest.fixture(scope="session")
def browser(playwright, tmp_path_factory):
    context = _context(playwright, tmp_path_factory.mktemp("chromium-profile"))
    yield context
    context.close()


@pytest.fixture(scope="session")
def browser_without_javascript(playwright, tmp_path_factory):
    """A reader with JavaScript switched off."""
    context = _context(playwright, tmp_path_factory.mktemp("chromium-profile-no-js"), java_script_enabled=False)
    yield context
    context.close()
