"""The page cache (converted HTML, search entries): a stored result is reused only while every input it
was computed from is unchanged; a conversion that warned or raised is never stored."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import execution  # noqa: E402
import pagecache  # noqa: E402


@pytest.fixture
def index(package):
    index = execution.PackageIndex(package)
    index.refresh()
    return index


@pytest.fixture
def cache(tmp_path, index):
    return pagecache.PageCache(tmp_path / "pages", "context", index)


def fresh(cache):
    """The same store as the next build sees it (nothing remembered in memory)."""
    return pagecache.PageCache(cache.store.directory, cache.context, cache.package)


def test_a_stored_payload_is_reused_while_nothing_changed(cache):
    key = cache.key("render", "note.md", "# 标题")
    assert cache.get(key) is None
    cache.put(key, {"content": "<h1>标题</h1>"})
    assert fresh(cache).get(key) == {"content": "<h1>标题</h1>"}


def test_the_context_and_every_part_are_in_the_key(cache, index):
    assert cache.key("render", "a") != cache.key("render", "b")
    assert cache.key("render", "a") != pagecache.PageCache(cache.store.directory, "other context", index).key("render", "a")


def test_an_edited_or_deleted_snippet_file_makes_a_miss(cache, tmp_path):
    snippet = tmp_path / "demo.py"
    snippet.write_text("print(1)\n", encoding="utf-8")
    key = cache.key("render", "note.md")
    cache.put(key, {"content": "1"}, files=[str(snippet)])
    assert fresh(cache).get(key) is not None
    snippet.write_text("print(2)\n", encoding="utf-8")
    assert fresh(cache).get(key) is None
    cache.put(key, {"content": "2"}, files=[str(snippet)])
    snippet.unlink()
    assert fresh(cache).get(key) is None


def test_editing_an_imported_module_makes_a_miss_even_through_another_module(cache, package, index):
    key = cache.key("render", "note.md")
    cache.put(key, {"content": "27.0"}, modules=["mlvault.shapes"])
    (package / "unrelated.py").write_text("X = 2\n", encoding="utf-8")
    index.refresh()
    assert fresh(cache).get(key) is not None  # a module the page's blocks do not import
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # imported by shapes
    index.refresh()
    assert fresh(cache).get(key) is None


def test_a_result_computed_while_the_package_changed_is_not_stored(cache, package):
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # after the build read the package
    key = cache.key("render", "note.md")
    cache.put(key, {"content": "old"}, modules=["mlvault.shapes"])
    assert not list(cache.store.directory.rglob("*.json"))


@pytest.mark.parametrize("damage", ["truncate", "garbage", "edit payload"])
def test_a_damaged_entry_is_a_miss(cache, damage):
    key = cache.key("render", "note.md")
    cache.put(key, {"content": "fine"})
    [path] = cache.store.directory.rglob("*.json")
    text = path.read_text("utf-8")
    path.write_text({"truncate": text[: len(text) // 2], "garbage": "\0\1", "edit payload": text.replace("fine", "evil")}[damage])
    assert fresh(cache).get(key) is None


def test_prune_keeps_what_the_build_used_and_removes_the_rest(cache):
    old, kept = cache.key("render", "old"), cache.key("render", "kept")
    cache.put(old, {"content": "old"})
    cache.put(kept, {"content": "kept"})
    next_build = fresh(cache)
    assert next_build.get(kept) is not None
    assert next_build.prune() == 1
    assert fresh(cache).get(kept) is not None and fresh(cache).get(old) is None


class FakePage:
    def __init__(self, markdown: str) -> None:
        self.markdown = markdown
        self.file = SimpleNamespace(src_uri="主题/甲.md", dest_uri="主题/甲/index.html", abs_dest_path="/site/主题/甲/index.html")
        self.content = None


def fake_render(log_warning: bool):
    calls = []

    def render(page, config, files):
        calls.append(page.markdown)
        if log_warning:
            logging.getLogger("mkdocs.structure.pages").warning("a link to a missing page")
        page.content = f"<p>{page.markdown}</p>"
        page.toc = pagecache.toc_from_json([{"title": "甲", "id": "甲", "level": 1, "children": [{"title": "小节", "id": "x", "level": 2, "children": []}]}])
        page._title_from_render = "甲"
        page.present_anchor_ids = {"甲", "x"}
        page.links_to_anchors = {}

    return render, calls


@pytest.fixture
def active(cache, monkeypatch):
    monkeypatch.setitem(pagecache._build, "cache", cache)
    return cache


def test_a_conversion_is_reused_with_its_toc_title_and_anchors(active):
    render, calls = fake_render(log_warning=False)
    pagecache._cached_render(render, FakePage("正文"), None, None)
    active._this_build.clear()  # as in the next build
    page = FakePage("正文")
    pagecache._cached_render(render, page, None, None)
    assert calls == ["正文"]  # converted once
    assert page.content == "<p>正文</p>" and page._title_from_render == "甲" and page.present_anchor_ids == {"甲", "x"}
    assert [(a.title, a.id, a.level, [c.id for c in a.children]) for a in page.toc] == [("甲", "甲", 1, ["x"])]
    pagecache._cached_render(render, FakePage("改过的正文"), None, None)
    assert calls == ["正文", "改过的正文"]


def test_a_conversion_that_warned_is_never_stored(active):
    render, calls = fake_render(log_warning=True)
    for _ in range(2):  # strict mode must see the warning on every build
        pagecache._cached_render(render, FakePage("正文"), None, None)
    assert len(calls) == 2
    assert not list(active.store.directory.rglob("*.json"))


def test_a_conversion_that_raised_is_never_stored(active):
    def failing(page, config, files):
        raise RuntimeError("executed block failed")

    with pytest.raises(RuntimeError):
        pagecache._cached_render(failing, FakePage("正文"), None, None)
    assert not list(active.store.directory.rglob("*.json"))
