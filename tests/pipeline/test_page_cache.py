"""The page cache: a stored conversion is reused only while every input it was computed from is
unchanged, and a restored page carries what converting it would have given MkDocs."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from vaultsite.blocks import PackageIndex
from vaultsite.cache import FileDigests, Store
from vaultsite.pagecache import PageCache, payload_of, placeholder, restore, toc_from_json


@pytest.fixture
def index(package):
    index = PackageIndex(package)
    index.refresh()
    return index


@pytest.fixture
def cache(tmp_path, index):
    return PageCache(Store(tmp_path / "pages"), "context", index, tmp_path, FileDigests())


def fresh(cache):
    """The same store as the next build sees it (nothing remembered in memory)."""
    return PageCache(cache.store, cache.context, cache.package, cache.project, FileDigests())


def store(cache, key, payload, files=(), modules=()):
    cache.put(key, payload, cache.dependencies(files, modules))


def test_a_stored_payload_is_reused_while_nothing_changed(cache):
    key = cache.key("note.md", "note/index.html", "# 标题")
    assert cache.lookup(key) is None
    store(cache, key, {"content": "<h1>标题</h1>"})
    payload, _ = fresh(cache).lookup(key)
    assert payload == {"content": "<h1>标题</h1>"}


def test_the_context_and_every_part_are_in_the_key(cache, index, tmp_path):
    key = cache.key("a.md", "a/index.html", "x")
    assert key != cache.key("b.md", "a/index.html", "x") != cache.key("a.md", "a/index.html", "y")
    other = PageCache(cache.store, "other context", index, tmp_path, FileDigests())
    assert other.key("a.md", "a/index.html", "x") != key


def test_an_edited_or_deleted_snippet_file_makes_a_miss(cache, tmp_path):
    snippet = tmp_path / "demo.py"
    snippet.write_text("print(1)\n", encoding="utf-8")
    key = cache.key("note.md", "note/index.html", "")
    store(cache, key, {"content": "1"}, files=[snippet])
    assert fresh(cache).lookup(key) is not None
    snippet.write_text("print(2)\n", encoding="utf-8")
    assert fresh(cache).lookup(key) is None
    store(cache, key, {"content": "2"}, files=[snippet])
    snippet.unlink()
    assert fresh(cache).lookup(key) is None


def test_editing_an_imported_module_makes_a_miss_even_through_another_module(cache, package, index):
    key = cache.key("note.md", "note/index.html", "")
    store(cache, key, {"content": "27.0"}, modules=["mlvault.shapes"])
    (package / "unrelated.py").write_text("X = 2\n", encoding="utf-8")
    index.refresh()
    assert fresh(cache).lookup(key) is not None  # a module the page's blocks do not import
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # imported by shapes
    index.refresh()
    assert fresh(cache).lookup(key) is None


def test_a_result_computed_while_the_package_changed_is_not_stored(cache, package):
    (package / "geometry.py").write_text("PI = 3.14\n", encoding="utf-8")  # after the build read the package
    store(cache, cache.key("note.md", "note/index.html", ""), {"content": "old"}, modules=["mlvault.shapes"])
    assert not list(cache.store.directory.rglob("*.json"))


@pytest.mark.parametrize("damage", ["truncate", "garbage", "edit payload"])
def test_a_damaged_entry_is_a_miss(cache, damage):
    key = cache.key("note.md", "note/index.html", "")
    store(cache, key, {"content": "fine"})
    [path] = cache.store.directory.rglob("*.json")
    text = path.read_text("utf-8")
    path.write_text({"truncate": text[: len(text) // 2], "garbage": "\0\1", "edit payload": text.replace("fine", "evil")}[damage])
    assert fresh(cache).lookup(key) is None


def test_prune_keeps_what_the_build_used_and_removes_the_rest(cache):
    old, kept = cache.key("old.md", "old/index.html", ""), cache.key("kept.md", "kept/index.html", "")
    store(cache, old, {"content": "old"})
    store(cache, kept, {"content": "kept"})
    next_build = fresh(cache)
    assert next_build.lookup(kept) is not None
    assert next_build.prune() == 1
    assert fresh(cache).lookup(kept) is not None and fresh(cache).lookup(old) is None


class File:
    def __init__(self, src_uri: str) -> None:
        self.src_uri = src_uri


def converted_page(meta: dict) -> SimpleNamespace:
    """A page as MkDocs leaves it after converting: toc, title, anchors, links to other pages' anchors."""
    toc = toc_from_json([{"title": "甲", "id": "甲", "level": 1, "children": [{"title": "小节", "id": "x", "level": 2, "children": []}]}])
    target = File(src_uri="主题/乙.md")
    return SimpleNamespace(meta=meta, title="甲", toc=toc, present_anchor_ids={"甲", "x"},
                           links_to_anchors={target: {"y": "../乙/#y"}})


def test_a_restored_page_has_its_html_toc_anchors_and_links_to_anchors():
    payload = payload_of(converted_page({}), "<h1>甲</h1>")
    page = SimpleNamespace(toc=None, present_anchor_ids=None, links_to_anchors=None)
    files = SimpleNamespace(get_file_from_path=lambda src: {"主题/乙.md": "file 乙"}[src])
    assert restore(page, payload, files) == "<h1>甲</h1>"
    assert [(a.title, a.id, a.level, [c.id for c in a.children]) for a in page.toc] == [("甲", "甲", 1, ["x"])]
    assert page.present_anchor_ids == {"甲", "x"} and page.links_to_anchors == {"file 乙": {"y": "../乙/#y"}}


def test_the_placeholder_keeps_a_title_taken_from_the_first_heading():
    assert placeholder(payload_of(converted_page({}), "")) == "# 甲\n"
    assert placeholder(payload_of(converted_page({"title": "甲"}), "")) == ""  # the metadata names it
