"""The command line: ``python scripts/linkgraph.py check VAULT [--json] [--no-schema]``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vaultsite.cli import main
from vaultsite.model import ERROR_KINDS, WARNING_KINDS

ROOT = Path(__file__).resolve().parents[2]
LINKVAULT = ROOT / "tests" / "fixtures" / "linkvault"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_clean_vault_exits_0_with_the_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(LINKVAULT / "good"), "--json")
    assert code == 0
    assert json.loads(out) == {"notes": 5, "links": 27, "errors": [], "warnings": []}


def test_errors_exit_1_and_name_file_line_kind_target(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(LINKVAULT / "bad"), "--json")
    report = json.loads(out)
    assert code == 1
    assert set(report) == {"notes", "links", "errors", "warnings"}
    assert (report["notes"], report["links"]) == (10, 20)
    for problem in report["errors"] + report["warnings"]:
        assert set(problem) == {"file", "line", "kind", "target", "message"}
        assert isinstance(problem["line"], int) and "\\" not in problem["file"]
    assert report["errors"][0] == {
        "file": "index.md", "line": 8, "kind": "broken-link", "target": "不存在的笔记",
        "message": "no file named '不存在的笔记' in the vault"}
    assert {problem["kind"] for problem in report["errors"]} == set(ERROR_KINDS)


def test_text_output_one_line_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(LINKVAULT / "bad"))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 29 + 5
    assert lines[0] == "index.md:8: broken-link: 不存在的笔记 — no file named '不存在的笔记' in the vault"
    assert all(line.split(": ", 2)[1] in ERROR_KINDS + WARNING_KINDS for line in lines)
    assert err.strip() == "10 notes, 20 links: 29 errors, 5 warnings"


def test_no_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(LINKVAULT / "bad"), "--json", "--no-schema")
    report = json.loads(out)
    assert code == 1
    assert [p["target"] for p in report["errors"] if p["kind"] == "bad-frontmatter"] == ["frontmatter"]


def test_missing_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(tmp_path / "nowhere")])
    assert exit_info.value.code == 2 and "is not a folder" in capsys.readouterr().err


def test_script_entry_point() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "linkgraph.py"), "check",
                             str(LINKVAULT / "bad"), "--json"], capture_output=True, text=True, check=False)
    assert result.returncode == 1 and len(json.loads(result.stdout)["errors"]) == 29
