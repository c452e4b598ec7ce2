"""Figures for the vault's examples: inline SVG on the site, a file when a snippet runs standalone.

笔记：every note whose example draws a figure.
"""

from __future__ import annotations

import base64
import html
import io
import os
import sys
from pathlib import Path

import matplotlib

if os.environ.get("MLVAULT_FIGURES") == "inline" or not os.environ.get("DISPLAY"):
    matplotlib.use("Agg")
import matplotlib.pyplot as plt

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
    is drawn as paths, so no font is needed to view it. Standalone, the figure is saved as
    ``build/figures/<name>.svg`` (``name`` defaults to the script's file name) and its path printed.
    """
    if os.environ.get("MLVAULT_FIGURES") == "inline":
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        alt = html.escape(_alt_text(fig), quote=True)
        print(f'<img class="mlvault-figure" alt="{alt}" src="data:image/svg+xml;base64,{data}">')
    else:
        stem = name or Path(sys.argv[0]).stem or "figure"
        target = Path(os.environ.get("MLVAULT_FIGURE_DIR", "build/figures")) / f"{stem}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, format="svg", bbox_inches="tight", metadata={"Date": None})
        print(f"figure saved to {target}")
    plt.close(fig)


apply_style()
