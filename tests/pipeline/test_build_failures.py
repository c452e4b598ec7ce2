"""The build fails loudly and precisely, and never publishes a half-built site.

Each test builds a throwaway site from a two-note vault with the project's own configuration.
"""

from __future__ import annotations

import hashlib

import pytest
from minisite import build, exec_fence, note, write_config

pytestmark = pytest.mark.slow


@pytest.fixture
def workspace(tmp_path):
    vault = tmp_path / "vault"
    (vault / "主题").mkdir(parents=True)
    snippets = tmp_path / "extra"
    (snippets / "demo").mkdir(parents=True)
    (snippets / "demo" / "ok.py").write_text("print('四舍五入', round(2.675, 2))\n", encoding="utf-8")
    (vault / "主题" / "好的笔记.md").write_text(
        note("好的笔记", "运行结果：\n\n" + exec_fence("demo/ok.py") + "\n见 [[坏的笔记]]。"), encoding="utf-8"
    )
    return tmp_path, vault, snippets


def _write_bad_note(vault, body):
    (vault / "主题" / "坏的笔记.md").write_text(note("坏的笔记", body + "\n\n见 [[好的笔记]]。"), encoding="utf-8")


def _tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_good_vault_builds_and_shows_the_computed_output(workspace):
    tmp, vault, snippets = workspace
    _write_bad_note(vault, "没有代码。")
    result = build(write_config(tmp, vault, snippets), tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    page = (tmp / "site" / "主题" / "好的笔记" / "index.html").read_text("utf-8")
    assert "四舍五入 2.67" in page  # computed at build time: binary floating point rounds 2.675 down


def test_raising_snippet_stops_the_build_naming_note_and_snippet(workspace):
    tmp, vault, snippets = workspace
    (snippets / "demo" / "boom.py").write_text("x = 1\nraise ValueError('坏掉了')\n", encoding="utf-8")
    _write_bad_note(vault, exec_fence("demo/boom.py"))
    site = tmp / "site"
    result = build(write_config(tmp, vault, snippets), site)
    assert result.returncode != 0
    assert "主题/坏的笔记.md" in result.stderr and "demo/boom.py" in result.stderr
    assert "ValueError: 坏掉了" in result.stderr
    assert not site.exists(), "nothing may be published by a failed build"
    leftovers = [p.name for p in (tmp / ".site-builds").iterdir() if p.name != ".build.lock"]
    assert not leftovers, "the half-built build folder must be removed"


def test_failed_build_leaves_the_previous_site_untouched(workspace):
    tmp, vault, snippets = workspace
    _write_bad_note(vault, "没有代码。")
    config = write_config(tmp, vault, snippets)
    site = tmp / "site"
    assert build(config, site).returncode == 0
    before = _tree_digest(site)
    (snippets / "demo" / "boom.py").write_text("raise RuntimeError('traceback must not be published')\n", encoding="utf-8")
    _write_bad_note(vault, exec_fence("demo/boom.py"))
    assert build(config, site).returncode != 0
    assert _tree_digest(site) == before
    assert not any("traceback must not be published" in p.read_text("utf-8") for p in site.rglob("*.html"))


def test_sys_exit_in_a_block_fails_the_build_instead_of_killing_it_silently(workspace):
    tmp, vault, snippets = workspace
    (snippets / "demo" / "quit.py").write_text("import sys\nsys.exit(3)\n", encoding="utf-8")
    _write_bad_note(vault, exec_fence("demo/quit.py"))
    result = build(write_config(tmp, vault, snippets), tmp / "site")
    assert result.returncode != 0
    assert "demo/quit.py" in result.stderr and "SystemExit(3)" in result.stderr


def test_hanging_snippet_is_stopped_by_the_timeout(workspace):
    tmp, vault, snippets = workspace
    starts = tmp / "starts.log"
    hang = f"import time\nwith open({str(starts)!r}, 'a') as log:\n    log.write('start\\n')\nwhile True:\n    time.sleep(0.1)\n"
    (snippets / "demo" / "hang.py").write_text(hang, encoding="utf-8")
    _write_bad_note(vault, exec_fence("demo/hang.py"))
    result = build(write_config(tmp, vault, snippets), tmp / "site", MLVAULT_EXEC_TIMEOUT="3")
    assert result.returncode != 0
    assert "timed out after 3 s" in result.stderr
    assert "主题/坏的笔记.md" in result.stderr and "demo/hang.py" in result.stderr
    assert not (tmp / "site").exists()
    # It timed out in the background run; the page reports that instead of waiting for it a second time.
    assert starts.read_text("utf-8").splitlines() == ["start"]


def test_missing_snippet_file_fails_the_build(workspace):
    tmp, vault, snippets = workspace
    _write_bad_note(vault, exec_fence("demo/does_not_exist.py"))
    result = build(write_config(tmp, vault, snippets), tmp / "site")
    assert result.returncode != 0
    assert "主题/坏的笔记.md:13: bad-exec-fence: demo/does_not_exist.py — no file" in result.stderr


def test_snippet_path_outside_the_base_paths_is_refused(workspace, tmp_path_factory):
    tmp, vault, snippets = workspace
    outside = tmp_path_factory.mktemp("outside") / "secret.py"
    outside.write_text("print('should never run')\n", encoding="utf-8")
    _write_bad_note(vault, exec_fence(f"../../{outside.parent.name}/secret.py"))
    result = build(write_config(tmp, vault, snippets), tmp / "site")
    assert result.returncode != 0
    assert "secret.py" in result.stderr
    assert not (tmp / "site").exists()


def test_the_build_never_writes_into_the_vault(workspace):
    tmp, vault, snippets = workspace
    _write_bad_note(vault, "没有代码。")
    before = _tree_digest(vault)
    assert build(write_config(tmp, vault, snippets), tmp / "site").returncode == 0
    assert _tree_digest(vault) == before
