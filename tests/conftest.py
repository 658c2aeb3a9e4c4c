"""Shared fixtures: where ``../shared`` is, and the golden corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red build must be reproducible); developers'
# runs explore new ones (HYPOTHESIS_PROFILE=explore for a longer search). No profile has
# a deadline (Hypothesis's default is 200 ms an example): a test never depends on timing.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.register_profile("explore", max_examples=3000, deadline=None)
_PROFILE = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _PROFILE))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/strategies.py


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder beside the checkout; skip where it is absent (a user's machine)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the seeds and development data are not on this machine")
    return SHARED
