"""A note's YAML frontmatter, read as Obsidian's properties.

The vault's frontmatter has one simple shape (``key: scalar``, ``key: [a, b]``, ``key:`` then ``- item``
lines): :func:`_simple_yaml` reads that shape exactly as PyYAML would, without the PyYAML constructor,
because parsing the YAML of 10,000 notes is otherwise the largest cost of a check. Anything else goes to
PyYAML with two restrictions Obsidian's properties imply: no aliases (``*name``; they also make a
300-byte "billion laughs" document expand to gigabytes) and no duplicate keys (Obsidian keeps one of them
silently; here it is an error).
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

import yaml

from .model import Problem

FRONTMATTER = re.compile(r"---[ \t]*\n(?:(.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
MESSAGE_LIMIT = 200
"""Longest YAML error message repeated in a problem report."""


def _strict_load(source: str) -> object:
    """PyYAML's safe load, refusing aliases and duplicate keys (checked on the composed node graph, in
    which an alias is a second reference to a node: nothing is expanded before the check)."""
    root = yaml.compose(source, Loader=_YAML_LOADER)
    seen: set[int] = set()
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in frontmatter",
                                              node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"the key {key.value!r} is repeated (Obsidian would keep only one)", key.start_mark)
                    keys.add(key.value)
            pending.extend(item for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
    return yaml.load(source, Loader=_YAML_LOADER)


def load_frontmatter(path: str, source: str) -> tuple[Mapping[str, object], Problem | None]:
    """The mapping written between the ``---`` lines, or a ``bad-frontmatter`` problem."""
    try:
        data = _simple_yaml(source)
        if data is None:
            data = _strict_load(source)
    except Exception as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 1
        reason = str(getattr(exc, "problem", None) or exc)
        if len(reason) > MESSAGE_LIMIT:
            reason = reason[:MESSAGE_LIMIT] + "…"
        return {}, Problem(path, line, "bad-frontmatter", "frontmatter", f"unparsable YAML: {reason}")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(path, 1, "bad-frontmatter", "frontmatter", "the frontmatter is not a mapping")
    return data, None


_YAML_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_YAML_LINE = re.compile(r"(?:(?P<indent>[ ]*)-[ ]+(?P<item>.*?)"                # - item
                        r"|(?P<key>[A-Za-z_][\w-]*):(?:[ ]+(?P<value>.*?))?)[ ]*")  # key: value
_YAML_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`=<")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # only its resolvers and constructors are used
_YAML_SCALARS = yaml.constructor.SafeConstructor()
_NOT_SIMPLE = object()


def _simple_yaml(source: str) -> dict[str, object] | None:
    """Frontmatter in the shape this vault writes, read exactly as PyYAML would, but faster.

    Handles top-level ``key: scalar``, ``key: [a, b]`` and ``key:`` followed by ``- item`` lines, with
    plain or simply quoted scalars typed by the loader's own implicit resolvers and constructors (so
    ``2026-11-23`` is a date and ``15%`` a string). Returns None for anything else — nested mappings,
    block scalars, anchors, tags, comments after values, escapes, a repeated key — and for an empty
    document; the caller then asks PyYAML.
    """
    if _YAML_UNPRINTABLE.search(source):
        return None
    data: dict[str, object] = {}
    block_key, items, item_indent = None, None, None
    for line in source.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        parsed = _YAML_LINE.fullmatch(line)
        if parsed is None:
            return None
        indent, item, key, written = parsed.groups()
        if item is not None:
            value = _yaml_scalar(item)
            if block_key is None or value is _NOT_SIMPLE or item_indent not in (None, indent):
                return None
            if items is None:
                items = data[block_key] = []
            item_indent = indent
            items.append(value)
            continue
        if _yaml_implicit_tag(key) is not None or key in data:
            return None
        block_key, items, item_indent = (key, None, None) if written is None else (None, None, None)
        value = None if written is None else _yaml_value(written)
        if value is _NOT_SIMPLE:
            return None
        data[key] = value
    return data or None


def _yaml_value(text: str) -> object:
    """A scalar or a one-line flow sequence of plain scalars, or ``_NOT_SIMPLE``."""
    if not text.startswith("["):
        return _yaml_scalar(text)
    inner = text[1:-1]
    if not text.endswith("]") or any(char in inner for char in "[]{}'\"#"):
        return _NOT_SIMPLE
    if not inner.strip():
        return []
    values = [_yaml_scalar(item.strip()) for item in inner.split(",")]
    return _NOT_SIMPLE if any(value is _NOT_SIMPLE for value in values) else values


@functools.lru_cache(maxsize=1 << 16)  # the values are immutable: str, int, float, bool, None, date
def _yaml_scalar(text: str) -> object:
    """A plain or quoted (without escapes) scalar, typed like PyYAML does, or ``_NOT_SIMPLE``."""
    if not text:
        return _NOT_SIMPLE
    first = text[0]
    if first in "'\"":
        inner = text[1:-1]
        simple = len(text) >= 2 and text[-1] == first and first not in inner and "\\" not in inner
        return inner if simple else _NOT_SIMPLE
    if first in _YAML_INDICATORS or ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return _NOT_SIMPLE
    tag = _yaml_implicit_tag(text)
    if tag is None:
        return text
    constructor = _YAML_LOADER.yaml_constructors.get(tag)
    return _NOT_SIMPLE if constructor is None else constructor(_YAML_SCALARS, yaml.ScalarNode(tag, text))


@functools.lru_cache(maxsize=1 << 12)
def _yaml_implicit_tag(text: str) -> str | None:
    """The tag PyYAML's resolver gives a plain scalar other than a string (int, date, bool…)."""
    for tag, pattern in _YAML_LOADER.yaml_implicit_resolvers.get(text[0], ()):
        if pattern.match(text):
            return tag
    return None
