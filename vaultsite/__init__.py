r"""vaultsite: publish an Obsidian vault as a MkDocs site whose examples run at build time.

Stages, data flowing one way::

    vault files ─parse─▶ Note (frontmatter, links, headings, blocks, tags, fences, includes, comments)
        ─resolve─▶ LinkGraph (every link resolved once, backlinks)
        ─check──▶ Report (errors stop the build with file:line)
        ─render─▶ page Markdown (site links, transclusions, backlinks)   ─MkDocs─▶ HTML
        ─execute─▶ each executed fence's output (worker process, one key per block, cache)

==================  =========================================================================
module              stage
==================  =========================================================================
``model``           the data: ``Note``, ``Link``, ``Heading``, ``BlockId``, ``Fence``, ``Include``
``frontmatter``     YAML frontmatter (fast path for the vault's shape; aliases and repeated keys refused)
``parse``           one pass over a note's text → ``Note``
``load``            every file of a vault → ``Vault`` (parse cache for ``mkdocs serve``)
``resolve``         Obsidian's link rules, ``Vault``, ``LinkGraph``, name suggestions
``includes``        which files ``--8<--`` may include and run
``check``           typed problems → ``Report``; ``analyse`` = load → resolve → check
``render``          ``SiteRenderer``: a note's page Markdown
``blocks``          the executed blocks of the vault and **the** block key
``runner``          the worker process that runs blocks (timeout, cache); ``prefetch``: on every core
``fences``          the superfences custom fence that shows a block with markdown-exec's rendering
``pagecache``       reuse a page's HTML when nothing it depends on changed
``sitepages``       generated pages (home, graph, tags, dashboard); ``codeindex``: 验证代码, source pages
``plugin``          the MkDocs plugin: one ``BuildContext`` per build, the events in order
``publish``         build into a staging folder, publish atomically, skip an up-to-date build
``cli``             ``python scripts/linkgraph.py check VAULT [--json]``
==================  =========================================================================

Nothing here imports the ``mlvault`` package: the pipeline reads its source files (for cache keys and
the 验证代码 section) and runs examples in a separate process.

Rules
-----
Numbers in brackets refer to shared/research/obsidian-anchors.md §3; D = documented by Obsidian,
O = observed behaviour of Obsidian, P = a decision of this project.

What counts as a link
    * ``[[T]]`` links and ``![[T]]`` embeds, ``T = path [#subpath] [|display]``; the first ``|`` (or
      ``\|``, as written inside tables) starts the display text [3.2, D]. A link never spans lines and
      ends at the first ``]]``. ``[[]]`` and ``[[ ]]`` are plain text.
    * Markdown links ``[text](dest)`` and images ``![alt](dest)``; ``dest`` is percent-decoded, may be
      written ``<dest>`` and may carry a title [3.2, D]. A destination with a scheme (``https:``,
      ``mailto:``, ``obsidian:``) or starting with ``//`` is external and not part of the graph; so is an
      empty one. ``[t](a b.md)`` (a space, not ``%20``) is not a link (CommonMark). Reference-style links
      are not read.
    * Nothing inside fenced code (a line of three or more backticks or tildes, optionally after ``>``
      quote markers, closed by a line of the same character at least as long, or running to the end of
      the file), code spans, inline math ``$…$`` (no space after the opening ``$``, none before the
      closing one, no digit after it) or display math ``$$…$$`` is a link, tag, heading or block id. Code
      spans and math end with their paragraph: a blank line, a fence line or a heading line [3.2, O].
      A backslash escapes the next character (``\[[a]]``, ``\#tag`` and ``\$`` are text). Nor is
      anything in an indented code block (four spaces or a tab after a blank line, outside a list), a
      ``%%comment%%`` (to the end of the note when unclosed; the site drops comments, as Obsidian shows
      them only while editing) or an ``<!-- HTML comment -->`` [O].
    * Tags: ``#`` at the start of a line or after whitespace, then letters, digits, ``_``, ``-``, ``/``
      or any other non-punctuation character (emoji, CJK). ASCII punctuation, general punctuation
      (U+2000–206F), CJK punctuation (U+3000–303F) and full-width punctuation end a tag (the last two
      are P, so that ``#学习率，`` is the tag ``学习率``). A tag of digits only is not a tag (``#1984``);
      tags are case-folded (``#ML/优化`` ≡ ``#ml/优化``) and nest with ``/``: ``has_tag("ml")`` matches
      ``ml/优化`` [3.7, D]. Frontmatter ``tags`` items may start with ``#``, which is dropped (P).
    * Block ids: `` ^id`` at the end of a line (after whitespace, or right after ``]]`` as Obsidian's own
      help vault writes ``![[image.png]]^id``), or alone on its own line, where it names the block above
      it (a list, table, quote or callout) [3.4, D, O]. Only Latin letters, digits and ``-`` make an id;
      ``^def_sgd`` is plain text. A marker on a heading line is ignored.
    * Headings: ATX ``#``–``######`` lines followed by a space (also inside quotes and callouts) and
      setext headings (a ``===`` or ``---`` line under the first line of a paragraph, as Python-Markdown
      reads them). Note that Python-Markdown, unlike Obsidian, also reads a line starting with ``#tag``
      as a heading; this module follows Obsidian there.

Resolving the path of ``[[path#subpath|display]]`` from note S [3.3]
    1. An empty path is S itself (``[[#Heading]]``) [D].
    2. Names are compared after Unicode NFC and case folding [O]; the real casing is kept for output.
    3. Notes may omit ``.md``; other files need their extension [D]. The names tried are the path itself
       and, unless it ends in an extension Obsidian accepts (images, audio, video, pdf, canvas, base, md),
       the path plus ``.md``: ``[[a.b]]`` finds ``a.b.md``, ``[[loss]]`` never finds ``loss.png``.
    4. A path starting with ``./`` or ``../`` is relative to S's folder (and never leaves the vault).
       Markdown links first try the path relative to S's folder too (CommonMark, and what MkDocs does),
       then fall through to the rules below.
    5. A path containing ``/`` matches exactly from the vault root first [D]; otherwise every file whose
       path ends with ``/path`` is a candidate [O, P]. A leading ``/`` allows only the exact match.
    6. A bare name matches the file name anywhere in the vault [D].
    7. No candidate: ``broken-link`` (``missing-embed`` for ``![[…]]``/``![…](…)``). One: resolved.
       Several: ``ambiguous-link`` listing them — never a guess; a folder-qualified link fixes it [P].
    8. Aliases are not link targets [D]: ``[[贝叶斯]]`` is broken even when ``stats/Bayes.md`` has the
       alias 贝叶斯; the message proposes ``[[Bayes|贝叶斯]]`` [P]. Other broken links get the closest
       file name (difflib's ratio among the candidates a bigram index finds; among files of the same
       extension when the link has one) as a suggestion.

Resolving the subpath [3.4]
    * Subpaths of files that are not notes (``![[a.pdf#page=3]]``, ``![[img.png#outline]]``) are not
      checked.
    * ``#^id`` names a block id of the target note (case-insensitive); a missing one is ``broken-block``.
    * ``#H`` names a heading: on both sides every character that is not a letter, digit, ``_`` or
      whitespace becomes a space, whitespace collapses and case folds; the first equal heading wins
      [O: Obsidian's help links ``[[Functions#hasTag]]`` to the heading ``hasTag()`` in backticks and
      leaves out a heading's final ``?``]. ``#H1#H2`` walks down: H2 must lie in H1's section [D]. A
      missing heading is ``broken-heading`` (also for ``[[#H]]``).
    * ``invalid-link``: ``^``, ``:`` or ``%%`` in the path, ``^``, ``:`` or ``%%`` in a heading subpath
      (Obsidian removes ``:`` from heading links: write ``[[a#Learning rate 学习率]]`` for the heading
      ``Learning rate: 学习率``) [3.2, D], a block id that is not Latin letters, digits and ``-``
      (``[[SGD#^def_sgd]]``) [D], and embed cycles: a note, section or block that, through ``![[…]]``,
      ends up embedding itself (``![[Gradient Descent]]`` inside ``Gradient Descent.md``) [3.5, P].

Frontmatter [3.8]
    ``bad-frontmatter`` is unparsable YAML, YAML with aliases or a repeated key, or a frontmatter that
    is not a mapping — always checked —
    and, with the schema check on (the default; ``--no-schema`` turns it off): ``difficulty`` not one
    of 入门/中级/高级, ``mastery`` not a percentage from 0% to 100% written like ``15%``, ``tags`` or
    ``aliases`` not a list of strings (an empty value is fine), a tag containing whitespace. Warnings
    (schema on): no ``title``, no tags at all, the deprecated keys ``alias``/``tag``/``cssclass``.
    Always a warning: an orphan note (no link to or from another note). ``bad-encoding``: a file that
    is not valid UTF-8 (at the line of the first bad byte).

Includes and executed fences (with an include policy: the plugin's, or the CLI's project layout)
    * Every ``--8<-- "path"`` line (and every path of a ``--8<--`` block) must name a file that, with
      symlinks followed, lies in the policy's ``show`` folders (``snippets/``, ``mlvault/``):
      ``bad-include`` otherwise.
    * A fence with ``exec`` on runs at build time only as Python whose whole body is one include of a
      whole file in a ``run`` folder (``snippets/``), with options that only choose how the output is
      shown (``source``, ``result``, ``html``, ``tabs``, ``title``): ``bad-exec-fence`` otherwise, with
      how to embed a snippet. Code written in a note never runs.

Rendering for MkDocs (``SiteRenderer``)
    * Links become relative Markdown links to the target file, which MkDocs converts and validates.
      Display text: the text after ``|``, else ``a › h`` for ``[[a#h]]``, ``h`` for ``[[#h]]``, the path
      as written for ``[[a]]``. Markdown links keep their text; only the destination is rewritten.
    * Heading anchors are the ids the toc extension will assign: the heading's text as Python-Markdown
      renders it (markup removed, links replaced by their text, ``$x$`` as ``\(x\)``), passed to the
      site's slugifier, made unique with toc's own ``unique`` (``_1``, ``_2``); ``{#id}`` wins.
    * Block links point at ``#^id``; the page owning the block gets ``<a id="^id"></a>`` at the start
      of the block (a ``<div id="^id">`` line above a table, list or quote named by a ``^id`` line) and
      loses the marker.
    * ``![[img.png|300]]`` → ``![](img.png){ width="300" }`` (``|300x200``: width and height; other
      text: the alt text). Other non-note files become links. A note, heading or block embed that
      stands alone on its line is transcluded: inside ``<div class="mlvault-embed" markdown="1">`` at
      the top level, as a quote inside lists and quotes, headed by a link to its source. Its links are
      resolved from its own note and written relative to the embedding page, its block markers are
      dropped and its headings get explicit ids (``embedN.anchor``) so that they never shift the page's
      own anchors. An embed inside running text becomes a link.
    * Each page gets ``<p class="mlvault-aliases">别名：…</p>`` after its first level-1 heading (at the
      top when there is none) when it has aliases, and a ``## 反向链接`` section listing the notes that
      link to it with the sentence around each link as plain text.
    * ``%%comments%%`` are dropped; nothing inside fences, code spans or math is touched.
"""
