"""A progress bar on standard error for batch runs: documents, documents/s and ETA.

The bar (drawn by ``tqdm``) appears only when standard error is a terminal and the
run is not ``--quiet``. The ETA comes from the share of input bytes read, so it is
known for files and absent for standard input.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, Any


class Progress:
    """Call with ``(documents_done, input_bytes_read)``; ``close()`` at the end."""

    def __init__(
        self,
        total_bytes: int,
        *,
        enabled: bool,
        stream: IO[str] | None = None,
        label: str = "",
    ) -> None:
        self.bar: Any = None
        #: What the pass is ("learning", "cleaning"), shown before the counts.
        self.label = f"{label}: " if label else ""
        self.started = time.perf_counter()
        if not enabled:
            return
        from tqdm import tqdm

        known = total_bytes > 0
        stream = stream or sys.stderr
        self.bar = tqdm(
            total=total_bytes if known else None,
            file=stream,
            ncols=None if _width(stream) else 80,  # a terminal that reports no size
            unit="B",
            unit_scale=True,
            mininterval=0.5,
            dynamic_ncols=True,
            bar_format=(
                "{desc} {percentage:3.0f}%|{bar}| {elapsed}<{remaining}"
                if known
                else "{desc} {elapsed}"
            ),
        )
        self.bar.set_description_str(f"{self.label}0 documents", refresh=False)

    def __call__(self, documents: int, position: int) -> None:
        if self.bar is None:
            return
        rate = documents / max(time.perf_counter() - self.started, 1e-9)
        self.bar.set_description_str(
            f"{self.label}{documents:,} documents, {rate:,.0f} documents/s", refresh=False
        )
        if self.bar.total:
            self.bar.update(min(position, self.bar.total) - self.bar.n)
        else:
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _width(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


def wants_bar(quiet: bool, stream: IO[str] | None = None) -> bool:
    """Draw a bar when not quiet and standard error is a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()
