"""Shared test configuration: the repository root and a fixed hypothesis profile."""

from __future__ import annotations

from pathlib import Path

from hypothesis import settings

REPO_ROOT = Path(__file__).resolve().parents[1]

settings.register_profile("mlvault", deadline=None, max_examples=60, derandomize=True)
settings.load_profile("mlvault")
