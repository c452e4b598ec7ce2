"""The MkDocs plugin: one :class:`Build` context per build, MkDocs' events in the order they fire.

``mkdocs.yml`` names it ``vaultsite`` (an entry point of this package). Because it has ``on_startup``,
MkDocs keeps one instance for a whole ``mkdocs serve`` session: what lives on it (:class:`Session`: the
parse cache, the execution worker, what each rendered page depended on) serves every rebuild; everything
else belongs to the current :class:`Build`, made in ``on_config`` and dropped after ``on_post_build``.

==================  ======================================================================================
event               what happens
==================  ======================================================================================
``on_config``       take the cache lock; register the executed fence (:mod:`fences`); read the package
``on_files``        parse → resolve → check the vault (errors stop the build with ``file:line``); add the
                    generated pages (study pages, tags, 源码) and vendored assets; start running uncached
                    blocks on every core
``on_nav``          reading order; set up the page cache
``on_page_markdown`` render links, transclusions, backlinks; tag chips, 验证代码, local graph; on a page
                    cache hit hand MkDocs a placeholder instead
``on_page_content`` restore a cached page, or typeset the formulas (:mod:`typeset`), annotate links and
                    store the conversion
``on_post_build``   write ``graph.json`` and ``exercises.json``; report; prune the caches; release the lock
==================  ======================================================================================
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import jinja2
import markdown_exec
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from . import inputs, search, sitepages, study
from .blocks import BlockKeys, ExecBlock, PackageIndex, font_fingerprint, vault_blocks
from .cache import BuildLock, FileDigests, Store, cache_root, caching_enabled, digest, package_versions
from .check import analyse
from .codeindex import CodeIndex
from .fences import ExecFence
from .includes import IncludePolicy
from .inputs import TOOLCHAIN
from .load import ParseCache
from .pagecache import PageCache, WarningFlag, payload_of, placeholder, restore
from .parse import parse_note
from .prefetch import Prefetcher
from .render import SiteRenderer, default_slugify
from .resolve import LinkGraph
from .runner import BlockRecord, Runner, build_report
from .typeset import Typesetter, locate

log = logging.getLogger("mkdocs.plugins.vaultsite")
PIPELINE = Path(__file__).parent
PDF_FOLDERS_KEPT = 3


class VaultSiteConfig(Config):
    snippets = c.ListOfItems(c.Type(str), default=["snippets"])
    """Folders (relative to ``mkdocs.yml``) executed code may come from: the tested examples."""
    sources = c.ListOfItems(c.Type(str), default=["mlvault"])
    """Other folders notes may include (to show code, never to run it)."""
    package = c.Type(str, default="mlvault")
    """The code package the examples import: its sources key the cache; 验证代码 indexes it."""
    tests = c.Type(str, default="tests")
    figure_fonts = c.ListOfItems(c.Type(str), default=["Noto Sans CJK SC", "DejaVu Sans"])
    node_modules = c.Type(str, default="node_modules")


@dataclass
class Session:
    """What outlives one build within a ``mkdocs serve`` session."""

    dirty: bool = False
    parse_cache: ParseCache = field(default_factory=ParseCache)
    digests: FileDigests = field(default_factory=FileDigests)
    runner: Runner | None = None
    page_markdown: dict[str, str] = field(default_factory=dict)  # note → its rendered Markdown last time
    edges: set[tuple[str, str]] = field(default_factory=set)  # the links between notes last time
    manifest: dict | None = None  # the inputs, listed by the first build of the session
    fonts: str | None = None  # the figure fonts' fingerprint, read once per session
    code_index: tuple[tuple, CodeIndex] | None = None  # (what it was read from, the index)
    page_dependencies: dict[str, dict | None] = field(default_factory=dict)  # output file → what it read
    typesetter: Typesetter | None = None  # KaTeX in one node process


@dataclass
class PageState:
    """The page being converted (MkDocs converts one page at a time)."""

    src: str
    blocks: list[ExecBlock]
    includes: list[Path]
    key: str | None = None  # its page-cache key (None: caching off)
    cached: dict | None = None  # the stored conversion, on a hit
    warnings: WarningFlag | None = None
    block_keys: list[str] = field(default_factory=list)


@dataclass
class Build:
    """The context of one build: configuration, the checked vault, the caches and the runner."""

    project: Path
    policy: IncludePolicy
    package: PackageIndex
    keys: BlockKeys
    runner: Runner
    cache_dir: Path | None
    lock: BuildLock | None
    started: float = field(default_factory=time.perf_counter)
    graph: LinkGraph | None = None
    renderer: SiteRenderer | None = None
    graph_json: dict = field(default_factory=dict)
    blocks: list[ExecBlock] = field(default_factory=list)
    block_keys: set[str] = field(default_factory=set)
    prefetcher: Prefetcher | None = None
    code_index: CodeIndex | None = None
    pages: PageCache | None = None
    titles_by_url: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)  # note path → page URL
    page: PageState | None = None
    shown: list[BlockRecord] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)  # the build's inputs (see vaultsite.inputs)
    pdf_dir: Path | None = None  # where `scripts/make_pdf.py` keeps the PDFs of these sources
    pages_expected: int = 0
    exercises: list[dict] = field(default_factory=list)  # every exercise of the vault (study.exercise_rows)


class VaultSitePlugin(BasePlugin[VaultSiteConfig]):
    def __init__(self) -> None:
        self.session = Session()
        self.build: Build | None = None

    # ------------------------------------------------------------------------------------------ set-up
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.session.dirty = dirty

    def on_config(self, config):
        project = Path(config.config_file_path).resolve().parent
        cache_dir = cache_root(project / ".cache") if caching_enabled() else None
        lock = BuildLock(cache_dir) if cache_dir else None
        if lock:
            lock.acquire()
        # Without caches (FRESH=1) the blocks still run once each, on every core: through a store that
        # lives as long as this build.
        exec_dir = cache_dir / "exec" if cache_dir else Path(tempfile.mkdtemp(prefix="mlvault-fresh-"))
        base_paths = tuple(Path(p) for p in config.mdx_configs.get("pymdownx.snippets", {}).get("base_path", [project]))
        policy = IncludePolicy.for_project(project, tuple(self.config.snippets), tuple(self.config.sources), base_paths)
        package = PackageIndex((project / self.config.package).resolve())
        package.refresh()
        if self.session.fonts is None:  # a new font during `serve` needs a new server
            self.session.fonts = font_fingerprint(self.config.figure_fonts)
        keys = BlockKeys(package, self.session.fonts)
        if self.session.typesetter is None:
            self.session.typesetter = Typesetter(project / self.config.node_modules)
        runner = self.session.runner
        if runner is None or runner.keys.environment != keys.environment or runner.project != project:
            if runner:
                runner.close()
            runner = self.session.runner = Runner(keys, project, digests=self.session.digests)
        runner.keys, runner.cache, runner.records = keys, Store(exec_dir), []
        self.build = Build(project, policy, package, keys, runner, cache_dir, lock)
        ExecFence(self._blocks_on_page, self._run_block).register(config.mdx_configs)
        markdown_exec.markdown_config.save(config.markdown_extensions, config.mdx_configs)
        return config

    def _cache(self, name: str) -> Path | None:
        return self.build.cache_dir / name if self.build.cache_dir else None

    # ------------------------------------------------------------------------------------------ files
    @event_priority(-10)  # after other plugins added their files: the vault is complete
    def on_files(self, files, config):
        build = self.build
        graph, report = analyse(Path(config.docs_dir), cache=self.session.parse_cache, includes=build.policy)
        for warning in report.warnings:
            log.info("%s", warning)
        if report.errors:
            raise PluginError(f"{len(report.errors)} error(s) in the vault:\n" + "\n".join(map(str, report.errors)))
        log.info("linkgraph: %d notes, %d links, %d warnings", report.notes, report.links, len(report.warnings))
        slugify = config.mdx_configs.get("toc", {}).get("slugify", default_slugify)
        build.graph, build.renderer = graph, SiteRenderer(graph, slugify=slugify)
        search.teach_segmenter(graph.vault)
        build.graph_json = graph.to_json()
        roots = [Path(config.config_file_path).resolve(), Path(config.docs_dir).resolve(), *build.policy.show_roots,
                 build.package.package_dir, build.project / self.config.tests, PIPELINE,
                 build.project / self.config.node_modules / ".package-lock.json"]
        if self.session.manifest is None or not self.session.dirty:  # `serve` publishes nothing: list once
            self.session.manifest = inputs.collect(list(dict.fromkeys(roots)), self.config.figure_fonts, self.session.fonts)
        build.manifest = self.session.manifest
        build.pdf_dir = cache_root(build.project / ".cache") / "pdf" / inputs.digest_of(build.manifest)
        build.manifest["pdfs"] = inputs.pdfs_in(build.pdf_dir)
        if self.session.dirty:
            self._expire_pages_whose_rendering_changed(files, config.site_dir)
        generated_root = (self._cache("generated") or build.project / ".cache" / "generated") / \
            hashlib.sha256(str(Path(config.docs_dir).resolve()).encode()).hexdigest()[:16]
        pdfs = [f"pdf/{name}" for name in build.manifest["pdfs"]]
        build.exercises = study.exercise_rows(graph.vault, {f.src_uri: f.url for f in files.documentation_pages()})
        build.code_index = self._code_index()
        sources = build.code_index.source_pages(self._cache("source-pages"))
        for file in study.generated_files(build.graph_json, build.exercises, pdfs, sources, generated_root,
                                          config.site_dir, config.use_directory_urls):
            if files.get_file_from_path(file.src_uri) is None:
                files.append(file)
        try:
            for file in study.vendored_files(build.project / self.config.node_modules, config.site_dir):
                files.append(file)
        except FileNotFoundError as missing:
            raise PluginError(str(missing)) from None
        order = {file.src_uri: index for index, file in enumerate(files.documentation_pages())}
        build.pages_expected = len(order)
        build.blocks = sorted(vault_blocks(graph.vault, build.policy), key=lambda b: order.get(b.note, len(order)))
        if not self.session.dirty:  # a `serve --dirty` rebuild converts a page or two: no prefetch, no pruning
            keyed = [(block, build.keys.of(block)) for block in build.blocks]
            build.block_keys = {key for _, key in keyed}
            if os.environ.get("MLVAULT_EXEC_PREFETCH", "1") != "0":
                build.prefetcher = Prefetcher(keyed, build.runner, workers=os.cpu_count() or 1)
        return files

    def _code_index(self) -> CodeIndex:
        """What 验证代码 shows, read again when the package or a test file changed."""
        build, tests = self.build, self.build.project / self.config.tests
        signature = (build.package.version, tuple((p, p.stat().st_mtime_ns) for p in sorted(tests.rglob("test_*.py"))))
        if self.session.code_index is None or self.session.code_index[0] != signature:
            self.session.code_index = (signature, CodeIndex.cached(build.package.package_dir, tests, self._cache("code-index")))
        return self.session.code_index[1]

    def _expire_pages_whose_rendering_changed(self, files, site_dir: str) -> None:
        """``serve --dirty`` re-renders only pages whose own file changed; a page must also be rebuilt when
        another note changed what it shows (backlinks, a transcluded section, an anchor it links to).
        A note's page depends only on itself and the notes it links to or is linked from, so only the
        notes that changed and their neighbours (before and after the change) are rendered again and
        compared. MkDocs re-renders a page whose output is missing."""
        renderer, changed, session = self.build.renderer, self.session.parse_cache.changed, self.session
        edges = set(renderer.graph.edges)
        neighbours = set(changed)
        for source, target in edges | session.edges:
            if source in changed or target in changed:
                neighbours.update((source, target))
        session.edges = edges
        for path in neighbours & renderer.vault.notes.keys():
            note = renderer.vault.notes[path]
            markdown = renderer.page_markdown(note, note.text[note.body_start:])
            if session.page_markdown.get(path, markdown) != markdown and (file := files.get_file_from_path(path)):
                Path(site_dir, file.dest_uri).unlink(missing_ok=True)
            session.page_markdown[path] = markdown

    def _expire_pages_whose_dependencies_changed(self) -> None:
        """``serve --dirty``: a page must also be rebuilt when a snippet, a package module or a file it
        shows changed (MkDocs only looks at the page's own file)."""
        for output, dependencies in list(self.session.page_dependencies.items()):
            if dependencies is None or not self.build.pages.unchanged(dependencies):
                Path(output).unlink(missing_ok=True)
                del self.session.page_dependencies[output]

    # ------------------------------------------------------------------------------------------ nav
    def on_nav(self, nav, config, files):
        build = self.build
        titles = {node["id"]: node["title"] for node in build.graph_json["nodes"]}
        study.order_navigation(nav, titles)
        build.urls = {file.src_uri: file.url for file in files.documentation_pages()}
        build.titles_by_url = {unquote(file.url): titles[file.src_uri] for file in files.documentation_pages()
                               if file.src_uri in titles}
        if build.cache_dir:
            context = digest(package_versions(TOOLCHAIN), build.keys.environment, _pipeline_digest(),
                             f"katex={self.session.typesetter.version}",
                             Path(config.config_file_path).read_text("utf-8"), str(config.site_url),
                             str(Path(config.docs_dir).resolve()),
                             json.dumps(sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files), ensure_ascii=False))
            build.pages = PageCache(Store(build.cache_dir / "pages"), context, build.package, build.project, self.session.digests)
            if self.session.dirty:
                self._expire_pages_whose_dependencies_changed()
        return nav

    def on_env(self, env: jinja2.Environment, config, files) -> jinja2.Environment:
        if directory := self._cache("jinja"):
            directory.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(directory))
        return env

    # ------------------------------------------------------------------------------------------ pages
    @event_priority(100)  # before the callouts plugin, so that transcluded callouts are converted too
    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        build = self.build
        markdown_exec.MarkdownConverter.counter = 0  # block ids numbered per page: the same in every build
        src = page.file.src_uri
        note = build.graph.vault.notes.get(src)
        if note is not None and not page.file.generated_by:
            markdown = build.renderer.page_markdown(note, markdown)
            own_blocks = [block.file for block in build.blocks if block.note == src]
            tested_by = build.code_index.tested_by_section(page.url, own_blocks)
            pdf = sitepages.PDF_OF_NOTE.get(note.title)
            pdf_line = sitepages.pdf_line(page.url, pdf) if pdf in build.manifest["pdfs"] else ""
            tags = next(node["tags"] for node in build.graph_json["nodes"] if node["path"] == src)
            markdown = study.decorate(markdown, src, tags, tested_by, pdf_line)
        state = self._page_state(src, markdown)
        build.page = state
        if build.pages is None:
            return markdown
        state.key = build.pages.key(src, page.file.dest_uri, markdown)
        if (found := build.pages.lookup(state.key)) is not None:
            state.cached, dependencies = found
            self.session.page_dependencies[page.file.abs_dest_path] = dependencies
            return placeholder(state.cached)
        state.warnings = WarningFlag().start()
        return markdown

    def _page_state(self, src: str, markdown: str) -> PageState:
        """The page's includes and executed blocks, read from its final Markdown (transclusions included)."""
        rendered = parse_note(src, markdown)
        policy, blocks = self.build.policy, []
        includes = [located for include in rendered.includes if (located := policy.locate(include.path))]
        for fence, inside in rendered.executed_fences():
            if len(inside) == 1 and (file := policy.locate(inside[0].path)):
                known = [b for b in self.build.blocks if b.file == file]
                chosen = next((b for b in known if b.note == src), known[0] if known else
                              ExecBlock(src, fence.line, inside[0].path, file))
                blocks.append(chosen._replace(argv=()))  # an exploration sets its own arguments
        return PageState(src, blocks, includes)

    def _blocks_on_page(self) -> list[ExecBlock]:
        return self.build.page.blocks if self.build.page else []

    def _run_block(self, block: ExecBlock) -> str:
        build = self.build
        key = build.keys.of(block)
        if build.prefetcher is not None and (failure := build.prefetcher.wait(key)):
            raise failure  # it failed in the background: never run twice
        output = build.runner.run(block, key)
        build.page.block_keys.append(key)
        build.shown.append(build.runner.records[-1])
        return output

    @event_priority(-100)  # last: the HTML is final
    def on_page_content(self, html: str, page, config, files) -> str:
        build, state = self.build, self.build.page
        if state is None or state.cached is not None:
            return restore(page, state.cached, files) if state else html
        notes = build.graph.vault.notes
        note = notes.get(state.src)

        def where(tex: str) -> str:  # the note a formula that fails comes from: this page's, else a transcluded one
            return locate(tex, [(path, notes[path].text) for path in dict.fromkeys([state.src, *notes]) if path in notes])

        html = self.session.typesetter.page(study.label_wide_tables(html), where)
        self.session.typesetter.toc(page.toc, where)
        html = study.annotate_links(html, page.url, build.titles_by_url)
        if note is not None and note.exercises:
            html = study.exercise_forms(html, {e.number: e for e in note.exercises}, state.src)
        if state.warnings is not None:
            state.warnings.stop()
            reads = {path for key in state.block_keys for path in build.runner.reads_of(key)}
            modules = {module for key_block in state.blocks for module in build.package.imports_of(key_block.code())}
            dependencies = build.pages.dependencies([*state.includes, *(build.project / path for path in reads)], modules)
            if not state.warnings.raised:
                build.pages.put(state.key, payload_of(page, html), dependencies)
            self.session.page_dependencies[page.file.abs_dest_path] = dependencies
        build.page = None
        return html

    # ------------------------------------------------------------------------------------------ end
    def on_post_build(self, config) -> None:
        build = self.build
        target = Path(config.site_dir, "assets", "graph.json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(build.graph.to_json(url_of=build.urls.get), ensure_ascii=False, indent=1), encoding="utf-8")
        target.with_name("exercises.json").write_text(json.dumps(study.exercises_json(build.graph_json, build.exercises),
                                                                 ensure_ascii=False), encoding="utf-8")
        for name in build.manifest["pdfs"]:
            (Path(config.site_dir) / "pdf").mkdir(exist_ok=True)
            shutil.copyfile(build.pdf_dir / name, Path(config.site_dir) / "pdf" / name)
        ran = self._stop_prefetch()
        print(build_report(build.pages_expected, time.perf_counter() - build.started, build.shown, ran), file=sys.stderr)
        if build.pages is not None:
            pruned = 0
            if not self.session.dirty:
                pruned = build.pages.prune() + build.runner.cache.prune(build.block_keys)
            print(f"mlvault page cache: {build.pages.hits} reused, {build.pages.misses} computed"
                  + (f"; {pruned} stale cache entries removed" if pruned else ""), file=sys.stderr)
        if not self.session.dirty:  # PDFs of older sources: the latest few are kept (builds with other settings)
            others = sorted((f for f in build.pdf_dir.parent.glob("*") if f != build.pdf_dir), key=lambda f: f.stat().st_mtime)
            for folder in others[:-PDF_FOLDERS_KEPT]:
                shutil.rmtree(folder, ignore_errors=True)
            manifest = dict(build.manifest, pages=build.pages_expected)  # the completion marker `publish` checks
            Path(config.site_dir, publish_manifest_name()).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        self._finish()

    def on_build_error(self, *, error: Exception) -> None:
        if self.build is not None:
            self._stop_prefetch()
            if self.build.page and self.build.page.warnings:
                self.build.page.warnings.stop()
            self._finish()

    def on_shutdown(self) -> None:
        if self.session.runner:
            self.session.runner.close()
        if self.session.typesetter:
            self.session.typesetter.close()

    def _stop_prefetch(self) -> list[BlockRecord]:
        prefetcher, self.build.prefetcher = self.build.prefetcher, None
        return prefetcher.close() if prefetcher else []

    def _finish(self) -> None:
        if self.build.lock:
            self.build.lock.release()
        if self.build.cache_dir is None:  # FRESH: the build's own store goes with it
            shutil.rmtree(self.build.runner.cache.directory, ignore_errors=True)
        self.build = None


def publish_manifest_name() -> str:
    from .publish import MANIFEST

    return MANIFEST


def _pipeline_digest() -> str:
    """This package's own source and theme: a change to how pages are made converts every page again."""
    files = sorted(path for path in PIPELINE.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    return _digest_of_files(tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in files))


@functools.lru_cache(maxsize=4)
def _digest_of_files(files: tuple[tuple[Path, int, int], ...]) -> str:
    return digest(*(f"{path.relative_to(PIPELINE)}={hashlib.sha256(path.read_bytes()).hexdigest()}" for path, _, _ in files))
