"""A build you can trust with a contributed note: each case planted in a throwaway project and built.

Only reviewed code runs (a python fence that includes one snippet file); includes stay inside the
allowed folders, symlinks followed; what a block reads is part of its cache entry; a killed build leaves
nothing running and nothing half-published; errors name the note; pathological inputs are refused or
bounded; what the site generates is escaped; comments stay private; builds take turns.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from minisite import REPO_ROOT, build, exec_fence, note, write_config

from vaultsite.parse import parse_note
from vaultsite.publish import Publisher

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path):
    """A vault of two linked notes and a snippets folder; ``plant(body)`` writes the second note."""
    vault, snippets = tmp_path / "vault", tmp_path / "extra"
    (vault / "主题").mkdir(parents=True)
    (snippets / "demo").mkdir(parents=True)
    (snippets / "demo" / "ok.py").write_text("print('正常')\n", encoding="utf-8")
    (vault / "主题" / "好.md").write_text(note("好", exec_fence("demo/ok.py") + "\n见 [[坏]]。"), encoding="utf-8")

    def plant(body: str, frontmatter_extra: str = "", tags: str = "[测试]") -> subprocess.CompletedProcess:
        text = note("坏", body + "\n\n见 [[好]]。").replace("tags: [测试]", f"tags: {tags}", 1)
        if frontmatter_extra:
            text = text.replace("---\n\n# 坏", frontmatter_extra + "---\n\n# 坏", 1)
        (vault / "主题" / "坏.md").write_text(text, encoding="utf-8")
        return build(write_config(tmp_path, vault, snippets), tmp_path / "site")

    plant.tmp, plant.vault, plant.snippets = tmp_path, vault, snippets
    return plant


def refused(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode != 0
    for text in expected:
        assert text in result.stderr, result.stderr[-2000:]
    assert "mkdocs/commands/build.py" not in result.stderr, "no MkDocs internals in the message"


@pytest.mark.parametrize(("language", "code"), [
    ("pycon", ">>> import os; os._exit(0)"),
    ("bash", "echo pwned > /tmp/mlvault-pwned"),
    ("sh", "echo pwned"),
])
def test_1_an_exec_fence_in_another_language_is_refused(project, language, code):
    result = project(f'```{language} exec="on"\n{code}\n```')
    refused(result, "主题/坏.md:12: bad-exec-fence", "only python blocks run")
    assert not (project.tmp / "site").exists()


def test_2_code_written_in_a_note_never_runs(project):
    marker = project.tmp / "ran"
    result = project(f'```python exec="on"\nopen({str(marker)!r}, "w")\n```')
    refused(result, "主题/坏.md:12: bad-exec-fence", "code written in a note never runs", '--8<-- "snippets/')
    assert not marker.exists()


def test_3_includes_cannot_escape_through_symlinks_or_reach_the_repository(project):
    (project.snippets / "demo" / "leak.py").symlink_to("/etc/os-release")
    refused(project(exec_fence("demo/leak.py")), "bad-exec-fence: demo/leak.py", "os-release")
    refused(project('--8<-- ".git/HEAD"'), "bad-include: .git/HEAD", "includes must come from")
    refused(project('--8<-- "demo/leak.py"'), "bad-include: demo/leak.py")
    assert not (project.tmp / "site").exists()


def test_4_a_changed_helper_module_or_data_file_changes_the_output(project):
    demo = project.snippets / "demo"
    (demo / "helper.py").write_text("VALUE = '旧'\n", encoding="utf-8")
    (demo / "data.txt").write_text("甲\n", encoding="utf-8")
    (demo / "uses.py").write_text(
        "from pathlib import Path\nfrom helper import VALUE\nprint(VALUE, Path(__file__).with_name('data.txt').read_text().strip())\n",
        encoding="utf-8")
    page = project.tmp / "site" / "主题" / "坏" / "index.html"
    assert project(exec_fence("demo/uses.py")).returncode == 0 and "旧 甲" in page.read_text("utf-8")
    (demo / "helper.py").write_text("VALUE = '新'\n", encoding="utf-8")
    assert project(exec_fence("demo/uses.py")).returncode == 0 and "新 甲" in page.read_text("utf-8")
    (demo / "data.txt").write_text("乙\n", encoding="utf-8")
    assert project(exec_fence("demo/uses.py")).returncode == 0 and "新 乙" in page.read_text("utf-8")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"


def _start_hanging_build(project) -> tuple[subprocess.Popen, int]:
    """A build stuck in a block; returns the build process and the block's worker pid."""
    pid_file = project.tmp / "worker.pid"
    (project.snippets / "demo" / "hang.py").write_text(
        f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\nwhile True:\n    time.sleep(0.1)\n",
        encoding="utf-8")
    (project.vault / "主题" / "坏.md").write_text(note("坏", exec_fence("demo/hang.py") + "\n见 [[好]]。"), encoding="utf-8")
    config = write_config(project.tmp, project.vault, project.snippets)
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--config-file", str(config),
         "--site-dir", str(project.tmp / "site")], cwd=REPO_ROOT, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", MLVAULT_CACHE_DIR=str(project.tmp / "cache")))
    deadline = time.monotonic() + 120
    while not pid_file.is_file() or not pid_file.read_text():
        assert time.monotonic() < deadline and process.poll() is None, "the block never started"
        time.sleep(0.1)
    return process, int(pid_file.read_text())


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_5_a_killed_build_leaves_nothing_running_and_the_next_build_cleans_up(project, sig):
    process, worker = _start_hanging_build(project)
    process.send_signal(sig)
    process.wait(timeout=30)
    deadline = time.monotonic() + 15
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker), "the block's worker outlived the build"
    assert not (project.tmp / "site").exists()
    assert project("没有代码。").returncode == 0
    left = {p.name for p in (project.tmp / ".site-builds").iterdir()} - {".build.lock"}
    current = (project.tmp / "site").resolve().name
    assert left == {current, current + ".json"}, "only the published build is kept"


def test_5_publishing_never_leaves_the_site_missing(tmp_path):
    publisher = Publisher(tmp_path / "site")
    publisher.builds.mkdir()
    missing, stop = [], threading.Event()

    def read() -> None:
        while not stop.is_set():
            if publisher.site.exists() and not (publisher.site / "index.html").is_file():
                missing.append(1)

    for number in range(30):
        staging = publisher.builds / f"build-{number}"
        staging.mkdir()
        (staging / "index.html").write_text(str(number))
        (staging / ".mlvault-build.json").write_text("{}")
        publisher.publish(staging)
        if number == 0:
            reader = threading.Thread(target=read)
            reader.start()
        publisher.remove_stale_builds()
    stop.set()
    reader.join()
    assert not missing and (publisher.site / "index.html").read_text() == "29"


def test_6_errors_name_the_note_in_a_few_lines(project):
    (project.vault / "主题" / "坏.md").write_bytes(note("坏", "见 [[好]]。\n").encode() + b"\xff\xfe\n")
    result = build(write_config(project.tmp, project.vault, project.snippets), project.tmp / "site")
    refused(result, "主题/坏.md:14: bad-encoding")
    (project.snippets / "demo" / "boom.py").write_text("def f():\n    raise ValueError('坏了')\nf()\n", encoding="utf-8")
    result = project(exec_fence("demo/boom.py"))
    refused(result, "主题/坏.md:13 demo/boom.py: failed", "ValueError: 坏了")
    assert len(result.stderr.splitlines()) < 20


def test_7_pathological_inputs_are_refused_or_bounded(project):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    result = project("正文", "\n".join(levels) + "\n")
    refused(result, "bad-frontmatter", "aliases (*name) are not allowed")
    assert max(len(line) for line in result.stderr.splitlines()) < 1000
    started = time.perf_counter()
    parse_note("a.md", "$" * 512_000)  # was quadratic: about 30 s
    assert time.perf_counter() - started < 10
    (project.snippets / "demo" / "loud.py").write_text("print('x' * 2_000_000)\n", encoding="utf-8")
    refused(project(exec_fence("demo/loud.py")), "printed more than 1,000,000 characters")


def test_8_tags_are_obsidian_tags_and_generated_pages_escape_text(project):
    refused(project("正文", tags="['<svg/onload=alert(1)>']"), "bad-frontmatter: tags", "not an Obsidian tag")
    assert "innerHTML" not in (REPO_ROOT / "vaultsite/theme/assets/mlvault-graph.js").read_text("utf-8")


def test_9_comments_are_not_published_and_repeated_keys_are_errors(project):
    assert project("可见 %%私密的批注%% 文字\n\n%%\n整段私密\n%%").returncode == 0
    page = (project.tmp / "site" / "主题" / "坏" / "index.html").read_text("utf-8")
    assert "可见" in page and "私密" not in page
    refused(project("正文", "title: 又一个\n"), "bad-frontmatter", "repeated")


def test_10_builds_sharing_a_cache_take_turns(project):
    project("没有代码。")
    config = write_config(project.tmp, project.vault, project.snippets)
    runs = [subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "scripts/build_site.py"), "--config-file", str(config),
         "--site-dir", str(project.tmp / f"site-{n}")], cwd=REPO_ROOT, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", MLVAULT_CACHE_DIR=str(project.tmp / "cache"))) for n in (1, 2)]
    outputs = [run.communicate(timeout=300)[1] for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert any("waiting for the build that holds" in output for output in outputs)
