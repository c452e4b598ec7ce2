"""The execution runner: output, isolation, timeout, and a cache that is never stale."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import execution  # noqa: E402

CODE = "from mlvault.shapes import area\nprint(area(3))\n"


@pytest.fixture
def make_runner(tmp_path, package):
    runners = []

    def make(**overrides):
        options = {"cache": execution.ExecCache(tmp_path / "cache"), "package_dir": package, "timeout": 30}
        runner = execution.Runner(**(options | overrides))
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        runner.close()


def run(runner, code=CODE):
    return runner.run(code, page="note.md", snippet="snippets/demo.py")


def test_block_output_is_what_it_prints_and_main_guard_runs(make_runner):
    runner = make_runner(cache=None)
    assert run(runner, "if __name__ == '__main__':\n    print('主程序')\n") == "主程序\n"


def test_blocks_do_not_share_globals(make_runner):
    runner = make_runner(cache=None)
    run(runner, "leaked = 1\nprint('set')\n")
    with pytest.raises(execution.BlockFailed, match="NameError"):
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
    runner.begin_build()  # the next build (or `serve` rebuild) reads the package again
    assert run(runner) == f"{3.14 * 3 * 3}\n"
    assert runner.records[-1].cached is False


def test_the_worker_forgets_imported_modules_when_the_package_changes(make_runner, package):
    runner = make_runner(cache=None)  # no cache: the output comes from the worker alone
    assert run(runner) == "27.0\n"
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")
    runner.begin_build()
    assert run(runner) == f"{3.14 * 3 * 3}\n"


def test_plot_style_holds_for_every_block_and_settings_do_not_leak(make_runner):
    runner = make_runner(cache=None, package_dir=execution.PACKAGE_DIR)  # the real package: mlvault.plotting
    read_font = "import matplotlib.pyplot as plt\nimport mlvault.plotting\nprint(plt.rcParams['font.sans-serif'][0])\n"
    assert run(runner, read_font) == "Noto Sans CJK SC\n"
    run(runner, "import matplotlib.pyplot as plt\nimport mlvault.plotting\nplt.rcParams['font.sans-serif'] = ['X']\nprint()\n")
    assert run(runner, read_font) == "Noto Sans CJK SC\n"  # mlvault.plotting is still imported: styled again


def test_editing_an_unrelated_module_keeps_the_cache(make_runner, package):
    runner = make_runner()
    run(runner)
    (package / "unrelated.py").write_text("X = 2\n", encoding="utf-8")
    runner.begin_build()
    run(runner)
    assert runner.records[-1].cached is True


def test_output_of_a_module_edited_during_the_build_is_not_cached(make_runner, package, tmp_path):
    runner = make_runner()
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # after the build read the package
    assert run(runner) == f"{3.14 * 3 * 3}\n"  # the worker imports the current source...
    assert not list((tmp_path / "cache").rglob("*.json"))  # ...but it is not filed under the old source's key


def test_a_failing_block_is_never_cached(make_runner, tmp_path):
    runner = make_runner()
    failing = "raise ValueError('no')\n"
    for _ in range(2):
        with pytest.raises(execution.BlockFailed, match="ValueError: no"):
            run(runner, failing)
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_a_cache_from_another_dependency_version_is_not_reused(make_runner):
    first = make_runner(environment="python==3.11.7;numpy==2.4.6")
    run(first)
    other = make_runner(environment="python==3.11.7;numpy==2.5.0")
    run(other)
    assert other.records[0].cached is False
    same = make_runner(environment="python==3.11.7;numpy==2.4.6")
    run(same)
    assert same.records[0].cached is True


def test_fence_options_are_part_of_the_key(make_runner):
    runner = make_runner()
    runner.run(CODE, page="n.md", snippet="s.py", options={"html": "1"})
    runner.run(CODE, page="n.md", snippet="s.py", options={"result": "text"})
    assert [r.cached for r in runner.records] == [False, False]


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": "x", "output": "forged", "checksum": "0"}'])
def test_corrupt_or_partial_entries_are_rebuilt_never_shown(make_runner, tmp_path, damage):
    runner = make_runner()
    run(runner)
    (entry,) = (tmp_path / "cache").rglob("*.json")
    entry.write_bytes(damage)
    assert run(runner) == "27.0\n"
    assert runner.records[-1].cached is False
    assert run(runner) == "27.0\n" and runner.records[-1].cached is True


def test_timeout_stops_the_block_and_a_fresh_worker_serves_the_next(make_runner):
    runner = make_runner(cache=None, timeout=2)
    with pytest.raises(execution.BlockFailed, match="timed out after 2 s"):
        run(runner, "while True:\n    pass\n")
    assert run(runner, "print('还活着')\n") == "还活着\n"


def test_sys_exit_zero_is_success_and_non_zero_is_failure(make_runner):
    runner = make_runner(cache=None)
    assert run(runner, "print('done')\nraise SystemExit(0)\n") == "done\n"
    with pytest.raises(execution.BlockFailed, match=r"SystemExit\(2\)"):
        run(runner, "import sys\nsys.exit(2)\n")


def test_imported_module_names_follow_relative_and_aliased_imports():
    found = execution._imported_mlvault_modules(
        "import numpy\nimport mlvault.nn.mlp as m\nfrom mlvault import linalg\nfrom .attention import f\n", "mlvault.nn"
    )
    assert {"mlvault.nn.mlp", "mlvault", "mlvault.linalg", "mlvault.nn.attention"} <= found
    assert not any(name.startswith("numpy") for name in found)
