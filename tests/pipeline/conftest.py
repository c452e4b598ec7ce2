"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def package(tmp_path):
    """A tiny stand-in `mlvault` package whose source the tests edit."""
    root = tmp_path / "pkg" / "mlvault"
    root.mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "geometry.py").write_text("PI = 3.0\n", encoding="utf-8")
    (root / "shapes.py").write_text("from .geometry import PI\n\ndef area(r):\n    return PI * r * r\n", encoding="utf-8")
    (root / "unrelated.py").write_text("X = 1\n", encoding="utf-8")
    return root
