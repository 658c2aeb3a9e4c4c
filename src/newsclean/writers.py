"""Writing batch output: JSONL, CSV, Parquet or text, into a file that appears whole or not at all.

Output is written to a temporary file beside the target and renamed into place only
when the run succeeds (:class:`AtomicFile`). A crash, a full disk or Ctrl-C leaves the
old file (if any) as it was and no partial file behind.

>>> import io
>>> out = io.BytesIO()
>>> writer = JsonlWriter(out)
>>> writer.write({"id": 7, "text": "Rain fell."})
>>> out.getvalue()
b'{"id": 7, "text": "Rain fell."}\\n'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from newsclean.formats import (
    FormatError,
    compression,
    open_compressed_writer,
    pyarrow_parquet,
)

#: The name of standard output on the command line.
STDOUT = "-"
#: Parquet rows buffered before a row group is written.
PARQUET_ROWS = 2048


class AtomicFile:
    """A binary file written under a temporary name and renamed into place on ``commit``.

    Use as a context manager: leaving the block without ``commit()`` (an exception,
    Ctrl-C) deletes the temporary file.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        directory = self.path.parent
        if not directory.is_dir():
            raise FileNotFoundError(f"{directory}: no such directory")
        handle, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        self.temp = Path(temp)
        self.file: IO[bytes] = os.fdopen(handle, "wb")
        os.chmod(self.temp, _file_mode(self.path))

    def commit(self) -> None:
        """Flush, sync and rename the temporary file over the target."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        """Close and delete the temporary file."""
        with contextlib.suppress(OSError):  # a full disk can fail the last flush; it goes anyway
            self.file.close()
        self.temp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if not self.file.closed or self.temp.exists():
            self.discard()


def _file_mode(path: Path) -> int:
    """The mode a new file gets (0o666 less the umask), or the mode of the file replaced."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class Writer:
    """Writes records to a binary stream, compressed as ``kind`` says (``gz``, ``zst``).

    ``close`` finishes the format (footers, compression frames); the underlying file
    stays open, for its owner to commit.
    """

    def __init__(self, stream: IO[bytes], kind: str | None = None) -> None:
        self.outer = stream
        self.stream = open_compressed_writer(stream, kind)

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        if self.stream is not self.outer:
            self.stream.close()  # ends the gzip or zstd frame; the outer file stays open


def _json_value(value: object) -> object:
    """Make Parquet values JSON-ready: dates as ISO strings, bytes as text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


class JsonlWriter(Writer):
    """One JSON object per line, UTF-8, non-ASCII characters as they are."""

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, default=_json_value)
        self.stream.write(line.encode("utf-8") + b"\n")


class CsvWriter(Writer):
    """CSV with a header row from the first record (and ``extra`` columns, which a later
    record may have); nested values as JSON text."""

    def __init__(
        self, stream: IO[bytes], kind: str | None = None, extra: Sequence[str] = ()
    ) -> None:
        super().__init__(stream, kind)
        self.text = io.TextIOWrapper(self.stream, encoding="utf-8", newline="", write_through=True)
        self.writer: csv.DictWriter[str] | None = None
        self.extra = extra

    def write(self, record: dict[str, Any]) -> None:
        if self.writer is None:
            names = list(record) + [name for name in self.extra if name not in record]
            self.writer = csv.DictWriter(self.text, fieldnames=names, restval="")
            self.writer.writeheader()
        extra = [key for key in record if key not in self.writer.fieldnames]
        if extra:
            raise FormatError(
                f"a record has fields the CSV header lacks ({', '.join(extra)}); "
                "write JSONL for records of different shapes"
            )
        self.writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False, default=_json_value)
                if isinstance(v, (dict, list))
                else v
                for k, v in record.items()
            }
        )

    def close(self) -> None:
        self.text.flush()
        self.text.detach()
        super().close()


class ParquetWriter(Writer):
    """Parquet row groups of :data:`PARQUET_ROWS` rows.

    The schema starts from ``schema`` when given (the input's), else is inferred from
    the first rows; ``types`` then fixes the type of named columns (the columns a run
    adds). A later record that does not fit raises :class:`FormatError`.
    """

    def __init__(
        self, stream: IO[bytes], schema: Any = None, types: dict[str, Any] | None = None
    ) -> None:
        super().__init__(stream)  # Parquet compresses inside the file
        self.parquet = pyarrow_parquet()
        self.base = schema
        self.types = types or {}
        self.schema: Any = None
        self.names: set[str] = set()
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(record)
        if len(self.rows) >= PARQUET_ROWS:
            self._flush()

    def _first_schema(self) -> Any:
        import pyarrow

        schema = self.base
        if schema is None:
            plain = [{k: v for k, v in row.items() if k not in self.types} for row in self.rows]
            schema = pyarrow.Table.from_pylist(plain).schema
        for name, kind in self.types.items():
            index = schema.get_field_index(name)
            column = pyarrow.field(name, kind)
            schema = schema.set(index, column) if index >= 0 else schema.append(column)
        return schema

    def _flush(self) -> None:
        import pyarrow

        try:
            if self.schema is None:
                self.schema = self._first_schema()
                self.names = set(self.schema.names)
            for row in self.rows:
                if not row.keys() <= self.names:
                    extra = ", ".join(sorted(map(str, row.keys() - self.names)))
                    raise pyarrow.ArrowInvalid(f"a record has columns the first rows lack: {extra}")
            table = pyarrow.Table.from_pylist(self.rows, schema=self.schema)
        except (pyarrow.ArrowInvalid, pyarrow.ArrowTypeError) as error:
            raise FormatError(
                f"records do not fit one Parquet schema ({error}); write JSONL instead"
            ) from error
        if self.writer is None:
            self.writer = self.parquet.ParquetWriter(self.stream, self.schema)
        self.writer.write_table(table)
        self.rows.clear()

    def close(self) -> None:
        if self.rows or self.writer is None:
            self._flush()
        self.writer.close()


def added_types(
    *, removals: bool, metadata: bool, error_field: str | None, raw: bool = False
) -> dict[str, Any]:
    """The Arrow types of the columns a run adds, for Parquet output.

    ``raw`` is the column holding a bad record that could not be parsed, as read
    (``--on-error keep``).
    """
    import pyarrow as pa

    types: dict[str, Any] = {}
    if removals:
        ints = ("start", "end")
        strings = ("cleaner", "rule", "reason", "text", "replacement")
        fields = [pa.field(n, pa.int64()) for n in ints]
        fields += [pa.field(n, pa.string()) for n in strings]
        types["removals"] = pa.list_(pa.struct(fields))
    if metadata:
        types["metadata"] = pa.struct(
            [
                pa.field("authors", pa.list_(pa.string())),
                pa.field("published", pa.string()),
                pa.field("published_date", pa.string()),
                pa.field("read_time", pa.int64()),
            ]
        )
    if error_field:
        types[error_field] = pa.string()
    if raw:
        types["raw"] = pa.string()
    return types


class TextWriter(Writer):
    """The text of one document: the ``field`` value, ending in a newline."""

    def __init__(self, stream: IO[bytes], field: str = "text", kind: str | None = None) -> None:
        super().__init__(stream, kind)
        self.field = field
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        if self.count > 1:
            raise FormatError(
                "text output holds one document; write JSONL, CSV or Parquet, "
                "or give a directory to -o for one text file per input file"
            )
        text = str(record.get(self.field, ""))
        if text and not text.endswith("\n"):
            text += "\n"
        self.stream.write(text.encode("utf-8"))


class RawWriter:
    """Records as they were read (the rejects file): raw bytes, or Parquet rows.

    A CSV file's header line (``header``) is written once, before the first row.
    """

    def __init__(self, stream: IO[bytes], schema: Any = None) -> None:
        self.stream = stream
        self.parquet = ParquetWriter(stream, schema) if schema is not None else None
        self.started = False

    def write_raw(self, raw: bytes | dict[str, Any], header: bytes = b"") -> None:
        if not self.started and header:
            self.stream.write(header)
        self.started = True
        if isinstance(raw, dict):
            if self.parquet is None:
                self.parquet = ParquetWriter(self.stream)
            self.parquet.write(raw)
        else:
            self.stream.write(raw if raw.endswith(b"\n") or not raw else raw + b"\n")

    def close(self) -> None:
        if self.parquet is not None:
            self.parquet.close()


def make_writer(
    stream: IO[bytes],
    fmt: str,
    path: str,
    *,
    field: str = "text",
    schema: Any = None,
    types: dict[str, Any] | None = None,
    extra: Sequence[str] = (),
) -> Writer:
    """Return the writer for ``fmt``, compressing when ``path`` ends in .gz or .zst."""
    kind = compression(path) if path != STDOUT else None
    if fmt == "jsonl":
        return JsonlWriter(stream, kind)
    if fmt == "csv":
        return CsvWriter(stream, kind, extra)
    if fmt == "parquet":
        return ParquetWriter(stream, schema, types)
    if fmt == "text":
        return TextWriter(stream, field, kind)
    raise FormatError(f"unknown output format {fmt!r}")


def relative_target(directory: Path, source: str, roots: Sequence[str]) -> Path:
    """Where a text file's clean copy goes under ``directory``: its path below its input root."""
    path = Path(source)
    for root in roots:
        base = Path(root)
        if base.is_dir() and path.is_relative_to(base):
            return directory / path.relative_to(base)
    return directory / path.name
