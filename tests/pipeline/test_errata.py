"""The errata page vault/索引/勘误表.md: every seed error listed once, linked to notes that correct it, counts right."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
VAULT = REPO_ROOT / "vault"
NOTE = VAULT / "索引" / "勘误表.md"

ALL_IDS = [f"ER-{i:02d}" for i in range(1, 50)]
SEEDS = ["000", "001", "002", "003"]
TYPES = ["OUT", "CODE", "FORM", "TYPO", "STMT", "TRANS"]
CELL_SPLIT = re.compile(r"(?<!\\)\|")  # a table's cell separator: a pipe not escaped as \|
LINK = re.compile(r"\[\[(.+?)\]\]")
SEED_IN = re.compile(r"（(\d{3})）")
TYPE_IN = re.compile(r"\b(" + "|".join(TYPES) + r")\b")


def cells(line: str) -> list[str]:
    return [c.strip() for c in CELL_SPLIT.split(line.strip())[1:-1]]


@cache
def text() -> str:
    return NOTE.read_text("utf-8")


@cache
def errata_rows() -> list[dict]:
    """Every table row whose first cell is an ER id, with the seed of the ``## …（000）`` section it sits in."""
    rows, seed = [], None
    for line in text().splitlines():
        if line.startswith("## "):
            m = SEED_IN.search(line)
            seed = m.group(1) if m else None
        elif line.startswith("|"):
            row = cells(line)
            if row and re.fullmatch(r"ER-\d+", row[0]):
                assert len(row) == 6, f"{row[0]}: expected 6 cells, got {len(row)}"
                types = TYPE_IN.findall(row[2])
                assert len(types) == 1, f"{row[0]}: type cell {row[2]!r}"
                rows.append({"id": row[0], "seed": seed, "type": types[0], "links": row[5]})
    return rows


@cache
def note_path(title: str) -> Path:
    matches = [p for p in VAULT.rglob(f"{title}.md") if p.stem == title]
    assert len(matches) == 1, f"[[{title}]] resolves to {matches}"
    return matches[0]


def test_every_erratum_is_one_row():
    counts = Counter(r["id"] for r in errata_rows())
    assert sorted(counts) == ALL_IDS
    assert [i for i, n in counts.items() if n != 1] == []


def test_every_row_sits_under_a_seed_section():
    assert {r["seed"] for r in errata_rows()} == set(SEEDS)


@pytest.mark.parametrize("er_id", ALL_IDS)
def test_linked_notes_exist_and_mention_the_erratum(er_id):
    (row,) = [r for r in errata_rows() if r["id"] == er_id]
    targets = LINK.findall(row["links"])
    assert targets, f"{er_id} links no note"
    mention = re.compile(re.escape(er_id) + r"(?!\d)")
    for target in targets:
        target = re.split(r"\\?\|", target)[0]
        title, _, heading = target.partition("#")
        path = note_path(title)
        body = path.read_text("utf-8")
        assert mention.search(body), f"{er_id}: [[{title}]] does not mention it"
        if heading:
            assert re.search(rf"^#{{1,6}}\s+{re.escape(heading)}\s*$", body, re.M), f"{er_id}: no heading #{heading} in {title}"


def test_summary_counts_match_the_rows():
    rows = errata_rows()
    by_seed_type = Counter((r["seed"], r["type"]) for r in rows)
    lines = text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|") and "合计" in line)
    header = cells(lines[start])
    columns = {}
    for j, head in enumerate(header):
        found = TYPE_IN.findall(head)
        if found:
            columns[found[0]] = j
    assert sorted(columns) == sorted(TYPES)
    total_col = header.index("合计")
    seen = set()
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        row = cells(line)
        m = SEED_IN.search(row[0])
        if m:
            seed = m.group(1)
            seen.add(seed)
            for t, j in columns.items():
                assert int(row[j]) == by_seed_type[(seed, t)], (seed, t)
            assert int(row[total_col]) == sum(1 for r in rows if r["seed"] == seed), seed
        else:
            assert row[0] == "合计"
            for t, j in columns.items():
                assert int(row[j]) == sum(1 for r in rows if r["type"] == t), t
            assert int(row[total_col]) == len(rows)
    assert seen == set(SEEDS)
    # the counts the content map states (§3), plus ER-49 (001 §熵的特征, STMT) found later
    assert Counter(r["seed"] for r in rows) == {"000": 7, "001": 22, "002": 17, "003": 3}
    assert Counter(r["type"] for r in rows) == {"OUT": 6, "CODE": 4, "FORM": 9, "TYPO": 9, "STMT": 19, "TRANS": 2}


def test_no_raw_pipe_in_math():
    body = re.sub(r"^(```|~~~).*?^\1", "", text(), flags=re.M | re.S)  # fenced code
    body = re.sub(r"`[^`\n]*`", "", body)  # code spans
    spans = re.findall(r"\$\$.+?\$\$", body, flags=re.S)
    body = re.sub(r"\$\$.+?\$\$", "", body, flags=re.S)
    spans += re.findall(r"\$[^$\n]+\$", body)
    assert spans, "the page has math"
    assert [s for s in spans if "|" in s] == []
