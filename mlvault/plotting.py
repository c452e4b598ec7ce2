"""Figures for the vault's examples: inline SVG on the site, a file when a snippet runs standalone.

笔记：every note whose example draws a figure.
"""

from __future__ import annotations

import html
import io
import os
import sys
import urllib.parse
from pathlib import Path

import matplotlib

if os.environ.get("MLVAULT_FIGURES") == "inline" or not os.environ.get("DISPLAY"):
    matplotlib.use("Agg")
import matplotlib.pyplot as plt

URI_SAFE = " ()/:=;,'.-_!*~+"  # left as they are in the data URI: the rest (" < > & # % …) is percent-encoded
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "WenQuanYi Zen Hei"]


def apply_style() -> None:
    """A CJK-capable font first (labels are Chinese), minus signs that every font has."""
    plt.rcParams["font.sans-serif"] = [*CJK_FONTS, "DejaVu Sans"]
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["svg.hashsalt"] = "mlvault"
    plt.rcParams["figure.dpi"] = 100


def _alt_text(fig: "matplotlib.figure.Figure") -> str:
    titles = [fig._suptitle.get_text()] if fig._suptitle else []
    titles += [ax.get_title() for ax in fig.axes if ax.get_title()]
    return "；".join(titles) or "示例图"


def show(fig: "matplotlib.figure.Figure", name: str | None = None) -> None:
    """Emit ``fig`` and close it.

    In the site build (``MLVAULT_FIGURES=inline``) an ``<img>`` with the SVG as a data URI is printed, for
    a fence with ``html="1"``: the page stays light for the search indexer and the browser, and the text
    is drawn as paths, so no font is needed to view it. The SVG is percent-encoded rather than base64:
    smaller, and it compresses like text (a page's figures gzip to about two thirds of the base64 size). Standalone, the figure is saved as
    ``build/figures/<name>.svg`` (``name`` defaults to the script's file name) and its path printed.
    """
    if os.environ.get("MLVAULT_FIGURES") == "inline":
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        data = urllib.parse.quote(buffer.getvalue().decode("utf-8"), safe=URI_SAFE)
        alt = html.escape(_alt_text(fig), quote=True)
        print(f'<img class="mlvault-figure" alt="{alt}" src="data:image/svg+xml,{data}">')
    else:
        stem = name or Path(sys.argv[0]).stem or "figure"
        target = Path(os.environ.get("MLVAULT_FIGURE_DIR", "build/figures")) / f"{stem}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, format="svg", bbox_inches="tight", metadata={"Date": None})
        print(f"figure saved to {target}")
    plt.close(fig)


apply_style()
