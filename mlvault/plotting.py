"""Figures for the vault's examples: inline SVG on the site, a file when a snippet runs standalone.

笔记：every note whose example draws a figure.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import matplotlib

if os.environ.get("MLVAULT_FIGURES") == "inline" or not os.environ.get("DISPLAY"):
    matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "WenQuanYi Zen Hei"]


def apply_style() -> None:
    """A CJK-capable font first (labels are Chinese), minus signs that every font has."""
    plt.rcParams["font.sans-serif"] = [*CJK_FONTS, "DejaVu Sans"]
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["svg.hashsalt"] = "mlvault"
    plt.rcParams["figure.dpi"] = 100


def show(fig: "matplotlib.figure.Figure", name: str | None = None) -> None:
    """Emit ``fig`` and close it.

    In the site build (``MLVAULT_FIGURES=inline``) the SVG is printed, for a fence with ``html="1"``.
    Standalone, the figure is saved as ``build/figures/<name>.svg`` (``name`` defaults to the script's
    file name) and its path printed.
    """
    if os.environ.get("MLVAULT_FIGURES") == "inline":
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        svg = buffer.getvalue()
        print(svg[svg.index("<svg") :])
    else:
        stem = name or Path(sys.argv[0]).stem or "figure"
        target = Path(os.environ.get("MLVAULT_FIGURE_DIR", "build/figures")) / f"{stem}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, format="svg", bbox_inches="tight", metadata={"Date": None})
        print(f"figure saved to {target}")
    plt.close(fig)


apply_style()
