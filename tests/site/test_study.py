"""Study mode in Chromium: answering exercises, progress kept in the browser, the review queue coming back
on schedule, export / reset / import, and the 练习 page listing every exercise of the vault."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import REPO_ROOT

from vaultsite.load import load_vault

pytestmark = pytest.mark.browser

ENTROPY = "/" + quote("信息论/信息量与熵/")  # 练习 1: 1.75 ± 0.001 bit
CONVEX = "/" + quote("优化/凸优化/")  # 练习 1: option C
DASHBOARD = "/" + quote("学习进度/")
EXERCISES = "/" + quote("练习/")
START = datetime.datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def page(browser, site_url):
    page = browser.new_page()
    page.clock.install(time=START)
    page.goto(site_url + "/")
    page.evaluate("localStorage.clear()")
    yield page
    page.close()


def answer(page, site_url, url: str, number: int, text: str) -> str:
    page.goto(site_url + url)
    form = page.locator(f"#ex-{number} form.mlvault-answer")
    form.locator("input[type=text]").fill(text)
    form.locator("input[type=text]").press("Enter")  # the keyboard is enough
    return form.locator(".mlvault-answer-result").text_content()


def test_a_numeric_answer_is_checked_within_its_tolerance(page, site_url):
    assert answer(page, site_url, ENTROPY, 1, "1.8").startswith("不对")
    assert answer(page, site_url, ENTROPY, 1, "1.7505").startswith("正确")  # inside ± 0.001
    assert answer(page, site_url, ENTROPY, 1, "１，７５ bit").startswith("正确")  # full-width digits, a decimal comma
    assert answer(page, site_url, ENTROPY, 1, "一点七五").startswith("正确")  # Chinese digits


def test_a_choice_is_checked_and_the_solution_stays_for_the_reader_to_open(page, site_url):
    page.goto(site_url + CONVEX)
    exercise = page.locator("#ex-1")
    exercise.locator("input[value=A]").check()
    exercise.locator("button[type=submit]").click()
    assert exercise.locator(".mlvault-answer-result").text_content().startswith("不对")
    exercise.locator("input[value=C]").check()
    exercise.locator("button[type=submit]").click()
    assert exercise.locator(".mlvault-answer-result").text_content().startswith("正确")
    assert exercise.locator("details.success").count() == 1


def test_progress_persists_across_reloads_and_shows_on_the_dashboard(page, site_url):
    answer(page, site_url, ENTROPY, 1, "1.75")
    answer(page, site_url, ENTROPY, 2, "0.5")
    page.reload()
    assert "上次：已答对" in page.locator("#ex-1 .mlvault-answer-result").text_content()
    page.goto(site_url + DASHBOARD)
    progress = page.locator("#mlvault-progress")
    progress.wait_for()
    assert (progress.get_attribute("data-attempted"), progress.get_attribute("data-right")) == ("2", "1")
    note_row = progress.locator("tr", has_text="信息量与熵")
    assert [cell.strip() for cell in note_row.locator("td").all_inner_texts()][1:4] == ["4", "2", "1"]


def test_a_missed_exercise_comes_back_after_1_3_7_16_days(page, site_url):
    answer(page, site_url, ENTROPY, 2, "0.5")  # wrong: back tomorrow

    def due_on(day: int) -> str:
        page.clock.set_fixed_time(START + datetime.timedelta(days=day))
        page.goto(site_url + DASHBOARD)
        page.locator("#mlvault-review").wait_for()
        return page.locator("#mlvault-review").get_attribute("data-due")

    assert due_on(0) == "0" and due_on(1) == "1"
    day = 1
    for interval in (3, 7, 16):
        assert answer(page, site_url, ENTROPY, 2, "0.811").startswith("正确")
        assert due_on(day + interval - 1) == "0" and due_on(day + interval) == "1"
        day += interval
    answer(page, site_url, ENTROPY, 2, "0.811")
    assert due_on(day + 100) == "0", "answered right at every step: learned"


def test_export_reset_import_round_trip(page, site_url, tmp_path):
    answer(page, site_url, ENTROPY, 1, "1.75")
    page.goto(site_url + DASHBOARD)
    page.locator(".mlvault-progress-tools").wait_for()
    with page.expect_download() as download:
        page.locator("[data-action=export]").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text("utf-8"))["exercises"]["信息论/信息量与熵.md#1"]["right"] == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-action=reset]").click()
    assert page.locator("#mlvault-progress").get_attribute("data-attempted") == "0"
    page.locator("[data-action=import]").set_input_files(str(saved))
    page.wait_for_function("document.getElementById('mlvault-progress').dataset.attempted === '1'")


def test_the_exercises_page_lists_every_exercise_and_picks_one_not_done(page, site_url):
    vault = load_vault(Path(REPO_ROOT) / "vault")
    total = sum(len(note.exercises) for note in vault.notes.values())
    checkable = sum(e.answer is not None for note in vault.notes.values() for e in note.exercises)
    page.goto(site_url + EXERCISES)
    assert page.locator("[data-count=exercises]").text_content() == str(total)
    assert page.locator("[data-count=checkable]").text_content() == str(checkable)
    assert page.locator("[data-status-for]").count() == total
    page.locator(".mlvault-exercise-filters select[name=difficulty]").select_option("高级")
    shown = page.locator("tr:not([hidden]) [data-status-for]").count()
    assert 0 < shown < total and page.locator("[data-count=shown]").text_content() == f"显示 {shown} 道"
    page.locator("[data-action=random]").click()
    page.wait_for_url("**#ex-*")
    assert page.locator(f"#{page.url.split('#')[1]}").get_attribute("data-difficulty") == "高级"
