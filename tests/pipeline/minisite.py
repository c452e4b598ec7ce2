"""Build throwaway sites from a small vault with the project's own mkdocs.yml, hooks and runner."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def write_config(tmp: Path, vault: Path, snippets: Path) -> Path:
    """The project's mkdocs.yml, pointed at ``vault``, running examples from the project's ``snippets/``
    and from ``snippets`` (included as ``--8<-- "demo/x.py"``), with the project's package, tests, theme
    and npm assets."""
    text = (REPO_ROOT / "mkdocs.yml").read_text("utf-8")
    text = text.replace("docs_dir: vault", f"docs_dir: {vault}")
    text = text.replace("custom_dir: vaultsite/theme", f"custom_dir: {REPO_ROOT / 'vaultsite/theme'}")
    text = text.replace("base_path: [!relative $config_dir]", f"base_path: [{REPO_ROOT}, {snippets}]")
    text = re.sub(r"  - vaultsite:\n(?:      .*\n)+", (
        f"  - vaultsite:\n      snippets: [{REPO_ROOT / 'snippets'}, {snippets}]\n      sources: [{REPO_ROOT / 'mlvault'}]\n"
        f"      package: {REPO_ROOT / 'mlvault'}\n      tests: {REPO_ROOT / 'tests'}\n"
        f"      node_modules: {REPO_ROOT / 'node_modules'}\n"), text)
    text = re.sub(r"\nwatch:\n(?:  - .*\n)+", "\n", text)  # relative to the repository, not needed here
    config = tmp / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def build(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1", MLVAULT_CACHE_DIR=str(config.parent / "cache"), **env)
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--config-file", str(config), "--site-dir", str(site_dir)],
        cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=600,
    )


NOTE = """---
title: {title}
aliases: [Example]
created: 2026-11-23
tags: [测试]
difficulty: 入门
mastery: 0%
---

# {title}

{body}
"""


def note(title: str, body: str) -> str:
    return NOTE.format(title=title, body=body)


def exec_fence(path: str, options: str = 'source="tabbed-left" result="text"') -> str:
    return f'```python exec="on" {options}\n--8<-- "{path}"\n```\n'


# ---------------------------------------------------------------------------------- served sites


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    """The page at ``url``, or ``""`` while the server cannot serve it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at ``url`` shows ``text``; ``TimeoutError`` after ``timeout`` seconds."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if text in fetch(url):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")
