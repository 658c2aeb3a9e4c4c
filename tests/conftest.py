"""Shared fixtures: where ``../shared`` is, and the golden corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/strategies.py


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder beside the checkout; skip where it is absent (a user's machine)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the seeds and development data are not on this machine")
    return SHARED
