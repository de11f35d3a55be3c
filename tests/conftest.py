"""Shared fixtures: paths to the shared data and samples (tests that need them skip where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_article() -> str:
    path = SHARED / "samples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")
