"""File formats for batch runs: names, detection by extension, compressed streams.

>>> detect_format("news/2024-05.jsonl.gz")
'jsonl'
>>> detect_format("export.CSV")
'csv'
>>> compression("news/2024-05.jsonl.zst")
'zst'

A format is one of :data:`FORMATS`. ``text`` is one document per file; ``jsonl`` one
JSON object per line; ``csv`` a header row, then one record per row; ``parquet`` one
record per row. JSONL, CSV and text files may be compressed with gzip (``.gz``, from
the standard library) or Zstandard (``.zst``, when the ``zstandard`` package is
installed: ``pip install 'newsclean[zstd]'``).
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import IO, Any, cast

#: The formats a batch run reads and writes.
FORMATS = ("text", "jsonl", "csv", "parquet")

#: Extensions (after any compression suffix) and the format they name.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}

#: Compression suffixes and their names.
COMPRESSIONS = {".gz": "gz", ".zst": "zst"}


class FormatError(Exception):
    """A file's format cannot be used: unknown extension, missing library, wrong shape."""


def compression(path: str | Path) -> str | None:
    """Return ``"gz"``, ``"zst"`` or ``None`` from the file name."""
    return COMPRESSIONS.get(Path(path).suffix.lower())


def detect_format(path: str | Path) -> str:
    """Return the format a file name implies; raise :class:`FormatError` if none does.

    >>> detect_format("page.html")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsclean.formats.FormatError: page.html: cannot tell the format ...; pass --format (...)
    """
    name = Path(path)
    suffixes = [s.lower() for s in name.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        suffixes.pop()
    fmt = EXTENSIONS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise FormatError(
            f"{path}: cannot tell the format from the extension; "
            f"pass --format ({', '.join(FORMATS[:-1])} or {FORMATS[-1]})"
        )
    if fmt == "parquet" and compression(path):
        raise FormatError(f"{path}: Parquet compresses internally; drop the {name.suffix} suffix")
    return fmt


def zstandard_module() -> Any:
    """Import ``zstandard`` or raise :class:`FormatError` saying how to install it."""
    try:
        import zstandard
    except ImportError as error:
        raise FormatError(
            ".zst files need the zstandard package: pip install 'newsclean[zstd]'"
        ) from error
    return zstandard


def pyarrow_parquet() -> Any:
    """Import ``pyarrow.parquet`` or raise :class:`FormatError` saying how to install it."""
    try:
        import pyarrow.parquet
    except ImportError as error:
        raise FormatError(
            "Parquet files need the pyarrow package: pip install 'newsclean[parquet]'"
        ) from error
    return pyarrow.parquet


def open_compressed_reader(raw: IO[bytes], kind: str | None) -> IO[bytes]:
    """Wrap a binary file for reading, decompressing ``gz`` or ``zst``."""
    if kind == "gz":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if kind == "zst":
        return io.BufferedReader(_ZstdReader(raw), buffer_size=1 << 16)
    return raw


class _ZstdReader(io.RawIOBase):
    """Decompress Zstandard frames one after another; a file cut mid-frame raises EOFError.

    (zstandard's own stream reader ends quietly at a truncated frame.)
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.module = zstandard_module()
        self.frame = self.module.ZstdDecompressor().decompressobj()
        self.fed = False  # bytes given to the current frame
        self.pending = b""  # decompressed, not yet read past self.offset
        self.offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self.offset >= len(self.pending):
            self.pending, self.offset = b"", 0
            chunk = self.raw.read(1 << 16)
            if not chunk:
                if self.fed and not self.frame.eof:
                    raise EOFError("the .zst file ends in the middle of a frame (truncated?)")
                return 0
            while chunk:
                self.fed = True
                self.pending += self.frame.decompress(chunk)
                chunk = b""
                if self.frame.eof:  # the next frame starts in what is left
                    chunk = self.frame.unused_data
                    self.frame = self.module.ZstdDecompressor().decompressobj()
                    self.fed = False
        size = min(len(buffer), len(self.pending) - self.offset)
        buffer[:size] = self.pending[self.offset : self.offset + size]
        self.offset += size
        return size


def open_compressed_writer(raw: IO[bytes], kind: str | None) -> IO[bytes]:
    """Wrap a binary file for writing, compressing to ``gz`` or ``zst``."""
    if kind == "gz":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6))
    if kind == "zst":
        writer: IO[bytes] = zstandard_module().ZstdCompressor().stream_writer(raw, closefd=False)
        return writer
    return raw
