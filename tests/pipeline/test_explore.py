"""Explorations: the ``explore`` option, one block per setting, and what a build does with them."""

from __future__ import annotations

import re

import pytest
from minisite import build, note, write_config

from vaultsite.explore import parse


def test_a_knob_with_a_marked_default_runs_that_value_without_arguments():
    exploration = parse("temperature: 温度 T = 0.5, 1*, 2")
    (knob,) = exploration.knobs
    assert (knob.name, knob.label, knob.values, knob.default) == ("temperature", "温度 T", ("0.5", "1", "2"), 1)
    assert exploration.settings() == [("0.5",), ("1",), ("2",)]
    assert [exploration.argv(s) for s in exploration.settings()] == [("--temperature", "0.5"), (), ("--temperature", "2")]
    assert exploration.default() == ("1",)


def test_without_a_marked_default_the_snippet_as_it_is_comes_first():
    exploration = parse("lr: 学习率 η = 0.01, 0.1")
    assert exploration.settings() == [("",), ("0.01",), ("0.1",)]
    assert exploration.argv(("",)) == () and exploration.default() == ("",)


def test_two_knobs_run_every_combination():
    exploration = parse("C: 惩罚 C = 0.1, 1; gamma: 核参数 γ = 0.1, 1*")
    assert len(exploration.settings()) == 3 * 2
    assert exploration.argv(("1", "0.1")) == ("--C", "1", "--gamma", "0.1")
    assert exploration.argv(("", "1")) == ()


@pytest.mark.parametrize(("spec", "message"), [
    ("lr = 0.1, 1", "write `name: label = v1, v2"),
    ("lr: 学习率 = 0.1", "two or more distinct values"),
    ("lr: 学习率 = 0.1, 0.1", "two or more distinct values"),
    ("lr: 学习率 = 0.1, fast", "'fast' is not a number"),
    ("lr: 学习率 = 0.1*, 1*", "one default"),
    ("a: A = 1, 2; b: B = 1, 2; c: C = 1, 2", "one or 2 knobs"),
    ("a: A = " + ", ".join(map(str, range(9))) + "; b: B = " + ", ".join(map(str, range(9))), "at most 64"),
])
def test_a_malformed_option_says_what_is_wrong(spec, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse(spec)


SNIPPET = """import argparse
parser = argparse.ArgumentParser()
parser.add_argument("--k", type=float, default=1.0)
print("k =", parser.parse_args().k)
"""


def _fence(values: str) -> str:
    return f'```python exec="on" source="tabbed-left" result="text" explore="k: 系数 k = {values}"\n--8<-- "demo/knob.py"\n```\n'


def test_each_setting_is_a_block_and_a_new_value_runs_alone(tmp_path):
    vault, extra = tmp_path / "vault", tmp_path / "extra"
    (vault / "主题").mkdir(parents=True)
    (extra / "demo").mkdir(parents=True)
    (extra / "demo" / "knob.py").write_text(SNIPPET, encoding="utf-8")
    page = vault / "主题" / "甲.md"
    page.write_text(note("甲", _fence("1*, 2, 3")), encoding="utf-8")
    config = write_config(tmp_path, vault, extra)
    first = build(config, tmp_path / "site")
    assert first.returncode == 0, first.stderr[-3000:]
    assert re.search(r"3 executed blocks shown, 3 run", first.stderr)
    html = (tmp_path / "site" / "主题" / "甲" / "index.html").read_text("utf-8")
    assert "k = 1.0" in html.split("<template")[0], "the default setting shows without JavaScript"
    assert 'data-setting="2"' in html and "k = 2.0" in html and "k = 3.0" in html
    page.write_text(note("甲", _fence("1*, 2, 3, 4")), encoding="utf-8")
    second = build(config, tmp_path / "site")
    assert re.search(r"4 executed blocks shown, 1 run", second.stderr), second.stderr[-2000:]


def test_a_failing_setting_names_the_note_the_snippet_and_the_value(tmp_path):
    vault, extra = tmp_path / "vault", tmp_path / "extra"
    (vault / "主题").mkdir(parents=True)
    (extra / "demo").mkdir(parents=True)
    (extra / "demo" / "knob.py").write_text(SNIPPET + "assert parser.parse_args().k < 3, 'too big'\n", encoding="utf-8")
    (vault / "主题" / "甲.md").write_text(note("甲", _fence("1*, 2, 3")), encoding="utf-8")
    result = build(write_config(tmp_path, vault, extra), tmp_path / "site")
    assert result.returncode != 0
    assert "主题/甲.md:13 demo/knob.py --k 3: failed" in result.stderr and "AssertionError: too big" in result.stderr


def test_a_malformed_option_stops_the_build_at_its_line(tmp_path):
    vault, extra = tmp_path / "vault", tmp_path / "extra"
    (vault / "主题").mkdir(parents=True)
    (extra / "demo").mkdir(parents=True)
    (extra / "demo" / "knob.py").write_text(SNIPPET, encoding="utf-8")
    (vault / "主题" / "甲.md").write_text(note("甲", _fence("1, fast")), encoding="utf-8")
    result = build(write_config(tmp_path, vault, extra), tmp_path / "site")
    assert result.returncode != 0 and "主题/甲.md:12: bad-exec-fence" in result.stderr
    assert "explore: k: 'fast' is not a number" in result.stderr
