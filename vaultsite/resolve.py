"""Resolve links as Obsidian does: the vault's name index, and the graph of every link resolved once.

The rules (numbered in the package docstring) are implemented by :meth:`Vault.resolve` (paths) and
:meth:`Vault.locate` (paths, headings and blocks). A broken link's "did you mean" comes from
:class:`NameIndex`, an index of the names' character bigrams: a lookup costs a few posting lists, not a
comparison with every file name, so a vault with thousands of links to notes not yet written is
checked in linear time.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

from .model import ACCEPTED_EXTENSIONS, BlockId, Heading, Link, Note, Problem, extension

_HEADING_NOISE = re.compile(r"[^\w\s]")
_FORBIDDEN = re.compile(r"\^|:|%%")  # in a link path or a heading subpath
_BLOCK_ID = re.compile(r"[A-Za-z0-9-]+")
_LIST_ITEM = re.compile(r"(?:[ \t]*>)*([ \t]*)(?:[-+*]|\d{1,9}[.)])[ \t]")
_ATX_LINE = re.compile(r"(?:[ \t]*>)*[ \t]{0,3}#{1,6}(?:[ \t]|$)")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparison form of a name: NFC, case-folded."""
    return unicodedata.normalize("NFC", text).casefold()


@functools.lru_cache(maxsize=1 << 16)
def heading_key(text: str) -> str:
    """How a heading and a heading link are compared: every character that is not a letter, digit, ``_``
    or space becomes a space, spaces collapse, case folds."""
    return " ".join(_HEADING_NOISE.sub(" ", text).split()).casefold()


class NameIndex:
    """Closest-name suggestions: an inverted index of character bigrams finds the candidates, difflib's
    ratio (as ``difflib.get_close_matches`` computes it, cutoff 0.6) picks among them.

    A query reads the postings of its bigrams, rarest first, until it has read ``budget`` of them; the 20
    names that share the most bigrams are compared. Cost per query: about ``budget`` counter updates and
    20 string comparisons, whatever the size of the vault (a comparison with every name made a vault with
    a thousand links to notes not yet written take minutes to check).
    """

    def __init__(self, names: Iterable[str], cutoff: float = 0.6, budget: int = 4000) -> None:
        self.names = list(dict.fromkeys(names))
        self.folded = [fold(name) for name in self.names]
        self.cutoff, self.budget = cutoff, budget
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(self.folded):
            for gram in self._bigrams(name):
                self._postings[gram].append(index)

    @staticmethod
    def _bigrams(name: str) -> set[str]:
        padded = f"\0{name}\0"
        return {padded[i:i + 2] for i in range(len(padded) - 1)}

    def closest(self, word: str) -> str | None:
        word = fold(word)
        postings = sorted((self._postings.get(gram, ()) for gram in self._bigrams(word)), key=len)
        shared: Counter[int] = Counter()
        read = 0
        for posting in postings:
            if read and read + len(posting) > self.budget:
                break
            shared.update(posting)
            read += len(posting)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(word)
        best, best_score = None, self.cutoff
        for index, _ in shared.most_common(20):
            matcher.set_seq1(self.folded[index])
            if matcher.real_quick_ratio() >= best_score and matcher.quick_ratio() >= best_score:
                score = matcher.ratio()
                if score > best_score or (score == best_score and best is None):
                    best, best_score = self.names[index], score
        return best


def closest(word: str, choices: Sequence[str]) -> str | None:
    """The choice most like ``word`` (for the few headings or blocks of one note)."""
    return NameIndex(choices).closest(word) if choices else None


class Resolution(NamedTuple):
    """Where a link path leads: one file, several (ambiguous) or none."""

    path: str | None
    candidates: tuple[str, ...] = ()


class Target(NamedTuple):
    """A resolved link: the file and, in a note, the heading or block it names."""

    path: str
    heading: Heading | None = None
    block: BlockId | None = None


class Vault:
    """The notes and attachments of a vault, indexed for Obsidian's link resolution."""

    def __init__(self, notes: Mapping[str, Note], attachments: Iterable[str] = ()) -> None:
        self.notes: dict[str, Note] = dict(sorted(notes.items()))
        self.attachments: tuple[str, ...] = tuple(sorted(set(attachments) - self.notes.keys()))
        self._by_path: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        for path in itertools.chain(self.notes, self.attachments):
            self._by_path[fold(path)] = path
            self._by_name[fold(posixpath.basename(path))].append(path)
        self._alias_owners: dict[str, list[str]] = defaultdict(list)
        for note in self.notes.values():
            for alias in note.aliases:
                self._alias_owners[fold(alias)].append(note.path)
        self._resolutions: dict[str | tuple[str, str, bool], Resolution] = {}
        self._heading_keys: dict[str, list[str]] = {}
        self._block_ids: dict[str, dict[str, BlockId]] = {}
        self._name_indexes: dict[str, tuple[NameIndex, dict[str, str]]] = {}
        self._suggestions: dict[str, str | None] = {}
        self._located: dict[tuple[str, str, bool], Target | Problem] = {}

    # -- paths ------------------------------------------------------------------------------------------
    def resolve(self, path: str, source: str, *, markdown: bool = False) -> Resolution:
        """Resolve a link path written in note ``source`` (rules 1–7 of the package docstring)."""
        if not path:
            return Resolution(source)
        relative = markdown or path.startswith(("./", "../"))
        key = (path, posixpath.dirname(source), markdown) if relative else path
        resolution = self._resolutions.get(key)
        if resolution is None:
            resolution = self._resolutions[key] = self._lookup(path, key[1] if relative else "", markdown)
        return resolution

    def _lookup(self, path: str, folder: str, markdown: bool) -> Resolution:
        wanted = fold(path)
        names = [wanted] if extension(wanted) in ACCEPTED_EXTENSIONS else [wanted, wanted + ".md"]
        relative = wanted.startswith(("./", "../"))
        if relative or markdown:
            for name in names:
                found = self._by_path.get(posixpath.normpath(posixpath.join(fold(folder), name)))
                if found is not None:
                    return Resolution(found)
            if relative:
                return Resolution(None)
        if "/" in wanted:
            names = [name.lstrip("/") for name in names]
            from_root = [self._by_path[name] for name in names if name in self._by_path]
            if from_root or wanted.startswith("/"):
                return Resolution(from_root[0] if from_root else None)
            matches = {candidate for name in names
                       for candidate in self._by_name.get(posixpath.basename(name), ())
                       if fold(candidate).endswith("/" + name)}
        else:
            matches = {candidate for name in names for candidate in self._by_name.get(name, ())}
        return Resolution(matches.pop()) if len(matches) == 1 else Resolution(None, tuple(sorted(matches)))

    def link_text(self, path: str) -> str:
        """How Obsidian writes a link to ``path``: the bare name when unique, else the full path."""
        shown = path.removesuffix(".md")
        unique = len(self._by_name[fold(posixpath.basename(path))]) == 1
        return posixpath.basename(shown) if unique else shown

    # -- subpaths ---------------------------------------------------------------------------------------
    def find_heading(self, note: Note, subpath: str) -> Heading | None:
        """The heading named by ``H`` or ``H1#H2#…`` (each part inside the previous one's section)."""
        keys = self._heading_keys.get(note.path)
        if keys is None:
            keys = self._heading_keys[note.path] = [heading_key(heading.text) for heading in note.headings]
        current: Heading | None = None
        index = 0
        for part in subpath.split("#"):
            if not part.strip():
                continue
            try:
                found = keys.index(heading_key(part), index)
            except ValueError:
                return None
            if current is not None and any(h.level <= current.level for h in note.headings[index:found + 1]):
                return None
            current, index = note.headings[found], found + 1
        return current

    def find_block(self, note: Note, block_id: str) -> BlockId | None:
        blocks = self._block_ids.get(note.path)
        if blocks is None:
            blocks = self._block_ids[note.path] = {}
            for block in note.blocks:
                blocks.setdefault(block.id.casefold(), block)
        return blocks.get(block_id.casefold())

    # -- links ------------------------------------------------------------------------------------------
    def locate(self, note: Note, link: Link) -> Target | Problem:
        """Resolve ``link`` of ``note`` to a :class:`Target`, or say why it cannot be."""
        if not link.path or link.markdown or link.path.startswith(("./", "../")):
            return self._locate(note, link)  # the outcome depends on the note's folder or headings
        key = (link.path, link.subpath, link.embed)
        outcome = self._located.get(key)
        if outcome is None:
            outcome = self._located[key] = self._locate(note, link)
        elif isinstance(outcome, Problem):
            outcome = Problem(note.path, link.line, outcome.kind, outcome.target, outcome.message)
        return outcome

    def _locate(self, note: Note, link: Link) -> Target | Problem:
        forbidden = _FORBIDDEN.search(link.path)
        if forbidden:
            return _problem(note, link, "invalid-link",
                            f"{forbidden.group()!r} is not allowed in a link path "
                            "(Obsidian: # | ^ : %% [[ ]] do not work in links)")
        resolution = self.resolve(link.path, note.path, markdown=link.markdown)
        if resolution.candidates:
            qualified = ", ".join(f"[[{c.removesuffix('.md')}]]" for c in resolution.candidates)
            return _problem(note, link, "ambiguous-link",
                            f"{len(resolution.candidates)} files match: write one of {qualified}")
        if resolution.path is None:
            kind = "missing-embed" if link.embed else "broken-link"
            return _problem(note, link, kind, self._missing_file_hint(link))
        target = self.notes.get(resolution.path)
        subpath = link.subpath
        if target is None or not subpath:
            return Target(resolution.path)
        if subpath[0] == "^":
            if not _BLOCK_ID.fullmatch(subpath, 1):
                return _problem(note, link, "invalid-link",
                                f"invalid block id {subpath!r}: use only Latin letters, digits and '-'")
            block = self.find_block(target, subpath[1:])
            if block is None:
                hint = closest(subpath[1:], [b.id for b in target.blocks])
                return _problem(note, link, "broken-block", f"{target.path} has no block {subpath}"
                                                            + (f"; did you mean ^{hint}?" if hint else ""))
            return Target(target.path, block=block)
        forbidden = _FORBIDDEN.search(subpath)
        if forbidden:
            return _problem(note, link, "invalid-link", f"{forbidden.group()!r} is not allowed in a heading "
                                                        "link (Obsidian drops it: leave it out)")
        heading = self.find_heading(target, subpath)
        if heading is None:
            hint = closest(subpath.split("#")[-1], [h.text for h in target.headings])
            return _problem(note, link, "broken-heading", f"{target.path} has no heading {subpath!r}"
                                                          + (f"; did you mean #{hint}?" if hint else ""))
        return Target(target.path, heading=heading)

    def _missing_file_hint(self, link: Link) -> str:
        message = f"no file named {link.path!r} in the vault"
        owners = self._alias_owners.get(fold(link.path))
        if owners:
            proposals = " or ".join(f"[[{self.link_text(owner)}|{link.path}]]" for owner in owners)
            return (f"{message}; {link.path!r} is an alias of {', '.join(owners)} (aliases are not link "
                    f"targets): write {proposals}")
        hint = self._closest_file(link.path)
        return f"{message}; did you mean [[{self.link_text(hint)}]]?" if hint else message

    def _closest_file(self, path: str) -> str | None:
        """The file whose name is most like ``path``, among files of its extension when it has one
        Obsidian accepts (notes otherwise); remembered per name."""
        name = fold(posixpath.basename(path))
        if name not in self._suggestions:
            wanted = extension(name) if extension(name) in ACCEPTED_EXTENSIONS else ""
            index, files = self._name_index(wanted)
            best = index.closest(name.removesuffix(".md"))
            self._suggestions[name] = files[best] if best else None
        return self._suggestions[name]

    def _name_index(self, wanted_extension: str) -> tuple[NameIndex, dict[str, str]]:
        """The name index of the files with ``wanted_extension`` (every file when it is empty)."""
        if wanted_extension not in self._name_indexes:
            files = {posixpath.basename(file).removesuffix(".md"): file
                     for file in itertools.chain(self.notes, self.attachments)
                     if not wanted_extension or file.casefold().endswith("." + wanted_extension)}
            self._name_indexes[wanted_extension] = (NameIndex(files), files)
        return self._name_indexes[wanted_extension]

    def span_of(self, target: Target) -> tuple[int, int]:
        """The part of a note an embed of ``target`` shows: the body, a heading's section or a block."""
        note = self.notes[target.path]
        if target.heading is not None:
            following = (h.start for h in note.headings
                         if h.start > target.heading.start and h.level <= target.heading.level)
            return target.heading.start, next(following, len(note.text))
        if target.block is not None:
            return block_span(note, target.block)
        return note.body_start, len(note.text)


def _problem(note: Note, link: Link, kind: str, message: str) -> Problem:
    return Problem(note.path, link.line, kind, link.target, message)


def block_span(note: Note, block: BlockId) -> tuple[int, int]:
    """The lines a block id names: its paragraph, or its list item with the deeper lines below it; for a
    marker alone on its line, the non-blank lines above it (a list, table, quote or callout)."""
    lines = Lines(note.text)
    first_body_line = lines.index(note.body_start)
    marker = lines.index(block.start)
    if block.standalone:
        last = marker - 1
        while last >= first_body_line and not lines.text(last).strip():
            last -= 1
        if last < first_body_line:
            return block.start, block.end
        first = last
        while first > first_body_line and lines.text(first - 1).strip():
            first -= 1
        return lines.start(first), lines.end(last)
    first = last = marker
    item = _LIST_ITEM.match(lines.text(marker))
    if item:
        depth = len(item.group(1))
        while (last + 1 < len(lines) and lines.text(last + 1).strip()
               and _indent(lines.text(last + 1)) > depth):
            last += 1  # the item's continuation and sub-items
    else:
        while (first > first_body_line and lines.text(first - 1).strip()
               and not _ATX_LINE.match(lines.text(first - 1))
               and not _LIST_ITEM.match(lines.text(first - 1))):
            first -= 1
    return lines.start(first), lines.end(last)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class Lines:
    """Line starts of a text, for the few line-based steps of rendering."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __len__(self) -> int:
        return len(self._starts)

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def start(self, index: int) -> int:
        return self._starts[index]

    def end(self, index: int) -> int:
        return self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)

    def text(self, index: int) -> str:
        return self._text[self.start(index):self.end(index)]


class LinkGraph:
    """A vault with every link resolved: ``targets[path][i]`` is the outcome of ``notes[path].links[i]``."""

    def __init__(self, vault: Vault, targets: Mapping[str, tuple[Target | Problem, ...]]) -> None:
        self.vault = vault
        self.targets = targets

    @property
    def link_count(self) -> int:
        return sum(len(note.links) for note in self.vault.notes.values())

    def note_links(self) -> Iterator[tuple[str, Link, str]]:
        """``(source, link, target)`` for every resolved link from one note to another."""
        notes = self.vault.notes
        for path, note in notes.items():
            for link, target in zip(note.links, self.targets[path]):
                if isinstance(target, Target) and target.path != path and target.path in notes:
                    yield path, link, target.path

    @functools.cached_property
    def edges(self) -> Counter[tuple[str, str]]:
        """Number of links from one note to another (embeds included)."""
        notes, counts = self.vault.notes, Counter()
        for path, targets in self.targets.items():
            for target in targets:
                if type(target) is Target and target.path != path and target.path in notes:
                    counts[path, target.path] += 1
        return counts

    @functools.cached_property
    def backlinks(self) -> dict[str, dict[str, list[Link]]]:
        """``backlinks[target][source]``: the links of ``source`` that lead to ``target``."""
        found: dict[str, dict[str, list[Link]]] = defaultdict(dict)
        for source, link, target in self.note_links():
            found[target].setdefault(source, []).append(link)
        return found

    def to_json(self, url_of: Callable[[str], str | None] = lambda path: None) -> dict[str, object]:
        """The graph view's data: one node per note, one edge per linked pair of notes. A tag written in
        several cases is shown in one spelling everywhere: the first, in path order."""
        spelling: dict[str, str] = {}  # each level of a nested tag: its first spelling
        for path in sorted(self.vault.notes):
            for tag in self.vault.notes[path].tags:
                parts = tag.split("/")
                for depth in range(1, len(parts) + 1):
                    spelling.setdefault("/".join(parts[:depth]).casefold(), parts[depth - 1])

        def shown(tag: str) -> str:
            parts = tag.casefold().split("/")
            return "/".join(spelling["/".join(parts[:depth])] for depth in range(1, len(parts) + 1))

        nodes = []
        for path, note in self.vault.notes.items():
            difficulty = note.frontmatter.get("difficulty")
            nodes.append({
                "id": path, "path": path, "url": url_of(path), "title": note.title, "folder": note.folder,
                "tags": [shown(tag) for tag in note.tags], "difficulty": difficulty if isinstance(difficulty, str) else None,
                "mastery": mastery_percent(note.frontmatter.get("mastery")), "aliases": list(note.aliases),
            })
        edges = [{"source": source, "target": target, "count": count}
                 for (source, target), count in sorted(self.edges.items())]
        return {"nodes": nodes, "edges": edges}


_MASTERY = re.compile(r"(\d{1,3})%")


def mastery_percent(value: object) -> int | None:
    """``15%`` → 15; anything else (not a string, not a percentage from 0 to 100) → None."""
    match = _MASTERY.fullmatch(value.strip()) if isinstance(value, str) else None
    return int(match.group(1)) if match and int(match.group(1)) <= 100 else None


def build_graph(vault: Vault) -> LinkGraph:
    """Resolve every link of every note once."""
    locate = vault.locate
    return LinkGraph(vault, {path: tuple([locate(note, link) for link in note.links])
                             for path, note in vault.notes.items()})
