"""Make Chromium's PDFs read as they look: CJK text that extracts as itself, and the outline kept.

Chromium maps some CJK characters to look-alike code points (Kangxi radicals, compatibility ideographs)
and ligatures in a font's ToUnicode map, so that extracted or searched text differs from what is printed;
:func:`polished` rewrites those maps with the usual forms.
"""

from __future__ import annotations

import functools
import io
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from .book import CJK_FONT

_CMAP_BLOCK = re.compile(rb"\d+\s+beginbf(char|range)(.*?)endbf\1\s*", re.S)
_CMAP_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]")
# Code points that share their glyph with a CJK unified ideograph (Kangxi and supplementary radicals,
# compatibility ideographs) or a Latin letter pair (ligatures): text extraction should give the latter.
_LOOK_ALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06]")



def _unicode_of(hex_units: bytes) -> str:
    return bytes.fromhex(hex_units.decode()).decode("utf-16-be", errors="surrogatepass")


def _cmap_entries(cmap: bytes) -> dict[bytes, str]:
    """The ``bfchar`` and ``bfrange`` entries of a ToUnicode CMap: source code (hex) → text."""
    entries: dict[bytes, str] = {}
    for kind, body in _CMAP_BLOCK.findall(cmap):
        tokens = [m[0] if m[0] in (b"[", b"]") else m[1] for m in _CMAP_TOKEN.finditer(body)]
        i = 0
        while i < len(tokens):
            if kind == b"char":
                entries[tokens[i]] = _unicode_of(tokens[i + 1])
                i += 2
                continue
            low, high, width = int(tokens[i], 16), int(tokens[i + 1], 16), len(tokens[i])
            if tokens[i + 2] == b"[":
                end = tokens.index(b"]", i + 3)
                targets = [_unicode_of(t) for t in tokens[i + 3:end]]
                i = end + 1
            else:
                first = _unicode_of(tokens[i + 2])
                targets = [first[:-1] + chr(ord(first[-1]) + k) for k in range(high - low + 1)]
                i += 3
            for code, target in zip(range(low, high + 1), targets):
                entries[f"{code:0{width}X}".encode()] = target
    return entries


@functools.cache
def equivalent_ideographs() -> dict[str, str]:
    """Radicals and compatibility ideographs → the unified ideograph drawn with the same glyph in Noto CJK SC.

    Read from the font's own cmap (found with ``fc-match``), so it is exactly the glyph sharing that the PDF
    inherits; empty if the font is not installed.
    """
    from fontTools.ttLib import TTCollection

    found = subprocess.run(["fc-match", "--format=%{file}", CJK_FONT], capture_output=True, text=True)
    path = Path(found.stdout)
    if found.returncode or path.suffix.lower() != ".ttc" or not path.is_file():
        return {}
    fonts = TTCollection(str(path), lazy=True)
    font = next((f for f in fonts if f["name"].getDebugName(4) == CJK_FONT), None)
    if font is None:
        return {}
    cmap = font.getBestCmap()
    unified: dict[str, int] = {}
    for code_point, glyph in sorted(cmap.items()):
        if 0x3400 <= code_point <= 0x9FFF or 0x20000 <= code_point <= 0x2FFFF:
            unified.setdefault(glyph, code_point)
    return {chr(c): chr(unified[g]) for c, g in cmap.items() if _LOOK_ALIKES.match(chr(c)) and g in unified}


def _usual_form(text: str) -> str:
    table = equivalent_ideographs()
    return "".join((table.get(c) or unicodedata.normalize("NFKC", c)) if _LOOK_ALIKES.match(c) else c
                   for c in text)


def corrected_to_unicode(cmap: bytes) -> bytes | None:
    """A ToUnicode CMap with look-alike code points (see ``_LOOK_ALIKES``) mapped to their usual form.

    Chromium (Skia) maps each glyph of a subset font to the first code point that the font's cmap gives
    for it; in Noto CJK a radical such as U+2F00 ⼀ or U+2EC5 ⻅ shares its glyph with the ideograph
    U+4E00 一 or U+89C1 见, so text copied or extracted from the PDF would read ``⼀`` and ``⻅``. The usual
    form is the ideograph with the same glyph (``equivalent_ideographs``), else the NFKC form (ligatures
    such as ﬁ → fi). Returns None when the CMap needs no change.
    """
    entries = _cmap_entries(cmap)
    fixed = {code: _usual_form(text) if _LOOK_ALIKES.search(text) else text for code, text in entries.items()}
    if fixed == entries:
        return None
    items = sorted(fixed.items())
    blocks = []
    for start in range(0, len(items), 100):  # a CMap block holds at most 100 entries
        chunk = items[start:start + 100]
        lines = [f"<{code.decode()}> <{text.encode('utf-16-be', errors='surrogatepass').hex().upper()}>"
                 for code, text in chunk]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(lines) + "\nendbfchar\n")
    head, _, tail = _CMAP_BLOCK.sub(b"", cmap).partition(b"endcmap")
    return head + "".join(blocks).encode() + b"endcmap" + tail


def _outline_entries(node: DictionaryObject) -> Iterator[DictionaryObject]:
    """Every entry of a PDF outline (bookmarks) below ``node``, depth first."""
    entry = node.get("/First")
    while entry is not None:
        entry = entry.get_object()
        yield entry
        yield from _outline_entries(entry)
        entry = entry.get("/Next")


def polished(pdf: bytes) -> bytes:
    """The PDF with searchable text and a clean outline.

    * every font's ToUnicode CMap is corrected by ``corrected_to_unicode``;
    * an outline title that is its own text twice becomes that text once: Chromium repeats the text of a
      heading that starts a page in the outline it makes from the tagged PDF (``目录目录``).
    """
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    done: set[int] = set()  # CMaps shared by several pages are corrected once
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in (ref.get_object() for ref in fonts.values()):
            reference = font.get("/ToUnicode")
            if reference is None or id(reference.get_object()) in done:
                continue
            stream = reference.get_object()
            done.add(id(stream))
            corrected = corrected_to_unicode(stream.get_data())
            if corrected is not None:
                stream.set_data(corrected)
    outline = writer.root_object.get("/Outlines")
    for entry in _outline_entries(outline.get_object()) if outline is not None else ():
        title, half = str(entry.get("/Title", "")), len(str(entry.get("/Title", ""))) // 2
        if half and title == title[:half] * 2:
            entry[NameObject("/Title")] = TextStringObject(title[:half])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------------ printing
