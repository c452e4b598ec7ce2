"""The vault keeps the teaching conventions (CONVENTIONS.md): every note a textbook section.

Content notes derive (``## 推导``), carry three or more graded exercises with at least one solved by
code that runs at build time, and at least 1,500 Chinese characters of prose; hubs 600 and two
exercises. Quotation marks are 「」, and no sentence points at an output line by its position.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from vaultsite.load import load_vault
from vaultsite.model import Note
from vaultsite.sitepages import HUBS, SECONDARY_HUBS

REPO = Path(__file__).resolve().parents[2]
NOT_A_SECTION = {"索引/勘误表.md"}  # a table of the seeds' errors, not a lesson
CJK = re.compile(r"[\u4e00-\u9fff]")
MASKED = re.compile(r"```.*?```|\$\$.*?\$\$|\$[^$\n]+\$|`[^`\n]*`", re.S)
_NTH = r"(?:第[一二三四五六七八九十\d]+|最后一|倒数第[一二三四五六七八九十\d]+)"
POSITION = re.compile(rf"输出[中的里]{{0,2}}{_NTH}行|{_NTH}行(?:的)?输出|打印的{_NTH}行")  # not a matrix's rows
ASCII_QUOTES = re.compile(r'"[^"\n]{1,40}"')


@cache
def notes() -> dict[str, Note]:
    return load_vault(REPO / "vault").notes


def is_hub(note: Note) -> bool:
    return note.folder == "索引" or note.title in HUBS.values() or note.title in SECONDARY_HUBS


def prose(note: Note) -> str:
    """The body without frontmatter, code, math and the 相关笔记 list."""
    return MASKED.sub("", note.text[note.body_start:]).split("## 相关笔记")[0]


LESSONS = sorted(path for path in notes() if path not in NOT_A_SECTION)


@pytest.mark.parametrize("path", LESSONS)
def test_a_note_derives_and_has_graded_exercises(path):
    note = notes()[path]
    assert re.search(r"^## 推导", note.text, re.M) or is_hub(note) and "推导" in note.text, "no ## 推导 section"
    exercises = note.exercises
    assert len(exercises) >= (2 if is_hub(note) else 3), f"{len(exercises)} exercises"
    assert [e.number for e in exercises] == list(range(1, len(exercises) + 1)), "exercises numbered 1, 2, 3…"
    assert len({e.difficulty for e in exercises}) >= (2 if is_hub(note) else 3), "入门, 中级 and 高级 mixed"
    assert any('exec="on"' in e.solution for e in exercises), "no exercise solved by code run at build time"


@pytest.mark.parametrize("path", LESSONS)
def test_a_note_has_enough_prose(path):
    note = notes()[path]
    characters = len(CJK.findall(prose(note)))
    assert characters >= (600 if is_hub(note) else 1500), f"{characters} Chinese characters of prose"


@pytest.mark.parametrize("path", sorted(notes()))
def test_prose_uses_chinese_quotes_and_names_outputs_by_label(path):
    text = prose(notes()[path])
    assert not ASCII_QUOTES.findall(text), "ASCII quotation marks: use 「」"
    assert not re.findall("[\u201c\u201d]", text), "curly quotation marks: use 「」"
    assert not POSITION.findall(text), "an output named by its line position: name it by its printed label"


EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50]")


@pytest.mark.parametrize("path", sorted(notes()))
def test_headings_have_no_emoji(path):
    # A reader without a colour emoji font sees empty boxes, in the table of contents too.
    assert not [h.text for h in notes()[path].headings if EMOJI.search(h.text)]
