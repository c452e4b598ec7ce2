"""The runner and the block key: output, isolation, timeout, and a cache that is never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaultsite.blocks import BlockKeys, ExecBlock, PackageIndex, font_fingerprint, imported_modules
from vaultsite.cache import Store
from vaultsite.runner import BlockFailed, Runner

REPO = Path(__file__).resolve().parents[2]
CODE = "from mlvault.shapes import area\nprint(area(3))\n"


@pytest.fixture
def project(tmp_path, package):
    """A project folder holding the stand-in package (``package``) and a snippets folder."""
    (tmp_path / "snippets").mkdir()
    return tmp_path


@pytest.fixture
def make_runner(project, package):
    runners = []

    def make(package_dir=package, cache=True, **overrides):
        index = PackageIndex(package_dir)
        index.refresh()
        options = {"cache": Store(project / "cache") if cache else None, "timeout": 30} | overrides
        runner = Runner(BlockKeys(index, font_fingerprint(["DejaVu Sans"])), project, **options)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        runner.close()


def block_of(project: Path, code: str, name: str = "demo.py", argv: tuple[str, ...] = ()) -> ExecBlock:
    path = project / "snippets" / name
    path.write_text(code, encoding="utf-8")
    return ExecBlock("note.md", 3, f"snippets/{name}", path, argv)


def run(runner: Runner, code: str = CODE, **block) -> str:
    return runner.run(block_of(runner.project, code, **block))


def refresh(runner: Runner) -> None:
    """What the next build (or ``serve`` rebuild) does: read the package again."""
    runner.keys.package.refresh()


def test_block_output_is_what_it_prints_and_main_guard_runs(make_runner):
    runner = make_runner(cache=False)
    assert run(runner, "if __name__ == '__main__':\n    print('主程序')\n") == "主程序\n"


def test_a_block_runs_with_its_file_and_arguments_like_a_script(make_runner):
    runner = make_runner(cache=False)
    code = "import sys\nprint(sys.argv[1:], __file__.endswith('args.py'))\n"
    assert run(runner, code, name="args.py", argv=("--lr", "0.5")) == "['--lr', '0.5'] True\n"


def test_blocks_do_not_share_globals(make_runner):
    runner = make_runner(cache=False)
    run(runner, "leaked = 1\nprint('set')\n")
    with pytest.raises(BlockFailed, match="NameError"):
        run(runner, "print(leaked)\n")


def test_second_run_is_served_from_the_cache(make_runner):
    runner = make_runner()
    assert run(runner) == "27.0\n"
    assert run(runner) == "27.0\n"
    assert [r.cached for r in runner.records] == [False, True]


def test_editing_an_imported_module_invalidates_the_block(make_runner, package):
    runner = make_runner()
    assert run(runner) == "27.0\n"
    # geometry is imported by shapes, which the block imports: a transitive dependency.
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")
    refresh(runner)
    assert run(runner) == f"{3.14 * 3 * 3}\n"
    assert runner.records[-1].cached is False


def test_the_worker_forgets_imported_modules_when_the_package_changes(make_runner, package):
    runner = make_runner(cache=False)  # no cache: the output comes from the worker alone
    assert run(runner) == "27.0\n"
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")
    refresh(runner)
    assert run(runner) == f"{3.14 * 3 * 3}\n"


def test_a_helper_module_next_to_the_snippet_is_recorded_and_never_stale(make_runner, project):
    runner = make_runner()
    (project / "snippets" / "helper.py").write_text("VALUE = 1\n", encoding="utf-8")
    code = "from helper import VALUE\nprint(VALUE)\n"
    assert run(runner, code) == "1\n"
    assert run(runner, code) == "1\n" and runner.records[-1].cached is True
    (project / "snippets" / "helper.py").write_text("VALUE = 2\n", encoding="utf-8")
    assert run(runner, code) == "2\n"  # recorded as read: the entry is stale; and the worker imports it anew
    assert runner.records[-1].cached is False


def test_a_data_file_the_block_reads_is_recorded(make_runner, project):
    runner = make_runner()
    data = project / "snippets" / "data.txt"
    data.write_text("3\n", encoding="utf-8")
    code = "from pathlib import Path\nprint(int(Path(__file__).with_name('data.txt').read_text()) * 2)\n"
    assert run(runner, code) == "6\n"
    data.write_text("4\n", encoding="utf-8")
    assert run(runner, code) == "8\n" and runner.records[-1].cached is False


def test_plot_style_holds_for_every_block_and_settings_do_not_leak(make_runner):
    runner = make_runner(package_dir=REPO / "mlvault", cache=False)  # the real package: mlvault.plotting
    read_font = "import matplotlib.pyplot as plt\nimport mlvault.plotting\nprint(plt.rcParams['font.sans-serif'][0])\n"
    assert run(runner, read_font) == "Noto Sans CJK SC\n"
    run(runner, "import matplotlib.pyplot as plt\nimport mlvault.plotting\nplt.rcParams['font.sans-serif'] = ['X']\nprint()\n")
    assert run(runner, read_font) == "Noto Sans CJK SC\n"  # mlvault.plotting is still imported: styled again


def test_editing_an_unrelated_module_keeps_the_cache(make_runner, package):
    runner = make_runner()
    run(runner)
    (package / "unrelated.py").write_text("X = 2\n", encoding="utf-8")
    refresh(runner)
    run(runner)
    assert runner.records[-1].cached is True


def test_output_of_a_module_edited_during_the_build_is_not_cached(make_runner, package, project):
    runner = make_runner()
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # after the build read the package
    assert run(runner) == f"{3.14 * 3 * 3}\n"  # the worker imports the current source...
    assert not list((project / "cache").rglob("*.json"))  # ...but it is not filed under the old source's key


def test_a_failing_block_is_never_cached(make_runner, project):
    runner = make_runner()
    for _ in range(2):
        with pytest.raises(BlockFailed, match="ValueError: no"):
            run(runner, "raise ValueError('no')\n")
    assert not list((project / "cache").rglob("*.json"))


def test_the_key_changes_with_the_environment_and_arguments_only(make_runner):
    runner = make_runner()
    keys = runner.keys
    assert keys.key(CODE) == keys.key(CODE)
    assert keys.key(CODE) != keys.key(CODE, ["--lr", "0.5"])
    assert keys.key(CODE) != keys.key(CODE + "\n# a comment")
    other = make_runner().keys
    other.environment = other.environment.replace("numpy==", "numpy==0.0.0-")
    assert other.key(CODE) != keys.key(CODE)


def test_the_block_key_names_the_worker_fonts_and_libraries(make_runner):
    environment = make_runner().keys.environment
    assert "worker=" in environment and "fonts=DejaVu Sans=/" in environment
    assert all(f"{name}==" in environment for name in ("python", "numpy", "scipy", "torch", "matplotlib"))


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": "x", "payload": "{\\"output\\": \\"forged\\"}", "checksum": "0"}'])
def test_corrupt_or_partial_entries_are_rebuilt_never_shown(make_runner, project, damage):
    runner = make_runner()
    run(runner)
    (entry,) = (project / "cache").rglob("*.json")
    entry.write_bytes(damage)
    assert run(runner) == "27.0\n"
    assert runner.records[-1].cached is False
    assert run(runner) == "27.0\n" and runner.records[-1].cached is True


def test_timeout_stops_the_block_and_its_children_and_a_fresh_worker_serves_the_next(make_runner, project):
    runner = make_runner(cache=False, timeout=3)
    pid_file = project / "child.pid"
    code = (f"import subprocess, sys, time\nchild = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
            f"open({str(pid_file)!r}, 'w').write(str(child.pid))\nwhile True:\n    time.sleep(0.1)\n")
    with pytest.raises(BlockFailed, match="timed out after 3 s"):
        run(runner, code)
    child = int(pid_file.read_text())
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
    assert run(runner, "print('还活着')\n") == "还活着\n"


def test_output_beyond_the_limit_stops_the_block(make_runner, monkeypatch):
    monkeypatch.setenv("MLVAULT_EXEC_OUTPUT_LIMIT", "1000")
    runner = make_runner(cache=False)
    with pytest.raises(BlockFailed, match="printed more than 1,000 characters"):
        run(runner, "print('x' * 2000)\n")


def test_sys_exit_zero_is_success_and_non_zero_is_failure(make_runner):
    runner = make_runner(cache=False)
    assert run(runner, "print('done')\nraise SystemExit(0)\n") == "done\n"
    with pytest.raises(BlockFailed, match=r"SystemExit\(2\)"):
        run(runner, "import sys\nsys.exit(2)\n")


def test_imported_module_names_follow_relative_and_aliased_imports():
    found = imported_modules(
        "import numpy\nimport mlvault.nn.mlp as m\nfrom mlvault import linalg\nfrom .attention import f\n", "mlvault", "mlvault.nn"
    )
    assert {"mlvault.nn.mlp", "mlvault", "mlvault.linalg", "mlvault.nn.attention"} <= found
    assert not any(name.startswith("numpy") for name in found)
