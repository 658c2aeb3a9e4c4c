"""Fixtures of the engine tests."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

STANDIN = Path(__file__).with_name("slurm_standin.py")

#: The spider the crawl tests run in a subprocess: it imports Scrapy and attrs, which the
#: plain test run (no engines extra) does not have; not a test module.
collect_ignore = ["scrapy_spider.py"]


@pytest.fixture
def slurm_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """sbatch, srun, scontrol, squeue and sacct stand-ins that run jobs on this machine."""
    bin_dir = tmp_path / "slurm-bin"
    bin_dir.mkdir()
    for command in ("sbatch", "srun", "scontrol", "squeue", "sacct"):
        script = bin_dir / command
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{STANDIN}" --as {command} "$@"\n')
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("SLURM_STANDIN_DIR", str(tmp_path / "slurm-state"))
    for name in [k for k in os.environ if k.startswith("SLURM_") and "STANDIN" not in k]:
        monkeypatch.delenv(name)  # SLURM_ARRAY_TASK_ID here would make run() act as a task
    return bin_dir
