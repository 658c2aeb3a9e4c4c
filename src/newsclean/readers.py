"""Reading records for batch runs: text files, JSONL, CSV and Parquet, one record at a time.

Every record says where it came from (``FILE:LINE``; for Parquet ``FILE:ROW``) and keeps
what was read, untouched, so a bad record can go to a rejects file as it was. A record
that cannot be used carries an ``error`` instead of raising: the run decides what to do
with it (``--on-error``).

>>> import io, json
>>> lines = io.BytesIO(b'{"id": 1, "text": "Rain fell."}\\n{"id": 2}\\nnot json\\n')
>>> for r in jsonl_records(lines, "day.jsonl", field="text"):
...     print(r.source, r.error or r.fields)
day.jsonl:1 {'id': 1, 'text': 'Rain fell.'}
day.jsonl:2 no field 'text' (the record has: id)
day.jsonl:3 malformed JSON: Expecting value (column 1)
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from newsclean.formats import (
    FormatError,
    compression,
    detect_format,
    open_compressed_reader,
    pyarrow_parquet,
)

#: Largest CSV field accepted (the csv module's default is 128 KiB, too small for pages).
CSV_FIELD_LIMIT = 2**31 - 1
#: Rows read from Parquet at a time.
PARQUET_BATCH = 1024
#: The name of standard input on the command line.
STDIN = "-"


@dataclass(slots=True)
class Record:
    """One input record.

    ``fields`` are the parsed fields (empty when the record could not be parsed);
    ``raw`` is what was read, untouched (bytes for text, JSONL and CSV; a dict of the
    row for Parquet); ``error`` says why the record cannot be cleaned, or is ``None``;
    ``position`` is how many bytes of input have been read up to this record, for
    progress reports; ``header`` is a CSV file's raw header line (a rejects file of
    the same shape starts with it).
    """

    source: str
    fields: dict[str, Any]
    raw: bytes | dict[str, Any]
    error: str | None = None
    position: int = 0
    header: bytes = b""


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read (``path`` ``"-"`` is standard input) and its format."""

    path: str
    format: str

    @property
    def size(self) -> int:
        """The file's size in bytes (0 for standard input or when unknown)."""
        if self.path == STDIN:
            return 0
        try:
            return os.path.getsize(self.path)
        except OSError:
            return 0


def describe_type(value: object) -> str:
    """Name a value's type as JSON does (``null``, ``number``...), for error messages."""
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number"}
    names.update({list: "an array", dict: "an object", bytes: "binary data"})
    return names.get(type(value), type(value).__name__)


def field_error(fields: dict[str, Any], field: str) -> str | None:
    """Return why ``fields[field]`` is not a usable text, or ``None`` when it is."""
    if field not in fields:
        have = ", ".join(map(str, fields)) or "no fields"
        return f"no field {field!r} (the record has: {have})"
    value = fields[field]
    if not isinstance(value, str):
        return f"field {field!r} is {describe_type(value)}, not a string"
    return None


def expand_inputs(inputs: Sequence[str], fmt: str | None) -> list[InputFile]:
    """Turn command-line inputs into files: a directory gives its files, sorted.

    Without ``fmt``, each file's format comes from its extension, a directory's files
    are those with a known extension, and standard input is ``text``; with ``fmt``, a
    directory's files are those whose extension names that format. All files of a run
    must share one format (the output has one schema).
    """
    files: list[InputFile] = []
    for item in inputs:
        if item == STDIN:
            files.append(InputFile(STDIN, fmt or "text"))
        elif Path(item).is_dir():
            for path in sorted(p for p in Path(item).rglob("*") if p.is_file()):
                found = _known_format(path)
                if found is not None and fmt in (None, found):
                    files.append(InputFile(str(path), found))
        else:
            files.append(InputFile(item, fmt or detect_format(item)))
    formats = sorted({f.format for f in files})
    if len(formats) > 1:
        raise FormatError(
            f"the inputs mix formats ({', '.join(formats)}); run each format separately"
        )
    return files


def _known_format(path: Path) -> str | None:
    try:
        return detect_format(path)
    except FormatError:
        return None


def read_records(
    files: Iterable[InputFile], *, field: str = "text", decode_errors: str = "strict"
) -> Iterator[Record]:
    """Yield every record of every file, in order.

    Raises ``OSError`` (a file cannot be opened or read) and :class:`FormatError`
    (a library is missing); bad records are yielded with their ``error`` set.
    """
    done = 0
    for item in files:
        for record in _read_file(item, field, decode_errors):
            record.position += done
            yield record
        done += item.size


def _read_file(item: InputFile, field: str, decode_errors: str) -> Iterator[Record]:
    if item.format == "parquet":
        yield from parquet_records(item.path, field=field)
        return
    opened = _open(item.path)
    with opened as stream:
        if item.format == "text":
            records = iter(
                [text_record(stream.read(), item.path, field=field, decode_errors=decode_errors)]
            )
        elif item.format == "jsonl":
            records = jsonl_records(stream, item.path, field=field, decode_errors=decode_errors)
        elif item.format == "csv":
            records = csv_records(stream, item.path, field=field, decode_errors=decode_errors)
        else:
            raise FormatError(f"{item.path}: unknown format {item.format!r}")
        compressed = opened.raw is not None and compression(item.path) is not None
        try:
            for record in records:
                if compressed:  # progress counts the compressed bytes read, as the size does
                    record.position = opened.raw.tell()  # type: ignore[union-attr]
                yield record
        except (EOFError, OSError) as error:  # a truncated or corrupt .gz
            raise FormatError(f"{item.path}: cannot be read: {error}") from error
        except Exception as error:  # zstandard raises its own error type
            if type(error).__module__.startswith("zstandard"):
                raise FormatError(f"{item.path}: cannot be read: {error}") from error
            raise


class _open:
    """Open a path (or standard input) for binary reading, decompressing by extension."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.raw: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        if self.path == STDIN:
            return sys.stdin.buffer
        self.raw = open(self.path, "rb")  # closed in __exit__
        try:
            return open_compressed_reader(self.raw, compression(self.path))
        except BaseException:
            self.raw.close()
            raise

    def __exit__(self, *exc: object) -> None:
        if self.raw is not None:
            self.raw.close()


def _decode(data: bytes, errors: str, offset: int) -> tuple[str, str | None]:
    """Decode UTF-8; on failure return the error naming the byte offset in the file."""
    try:
        return data.decode("utf-8", errors=errors), None
    except UnicodeDecodeError as error:
        at = offset + error.start
        return "", (
            f"byte {at} is not UTF-8 ({data[error.start : error.start + 4]!r}); "
            "convert the file to UTF-8, or pass --decode-errors replace"
        )


def text_record(
    data: bytes, path: str, *, field: str = "text", decode_errors: str = "strict"
) -> Record:
    """Make the record of a whole text file: ``{"path": path, field: text}``."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    text, error = _decode(body, decode_errors, len(data) - len(body))
    label = "<stdin>" if path == STDIN else path
    fields = {"path": label} if error else {"path": label, field: text}
    return Record(label, fields, data, error, len(data))


def jsonl_records(
    stream: IO[bytes], path: str, *, field: str = "text", decode_errors: str = "strict"
) -> Iterator[Record]:
    """Yield one record per non-blank line; each line must be a JSON object."""
    label = "<stdin>" if path == STDIN else path
    offset = 0
    for number, line in enumerate(stream, 1):
        start, offset = offset, offset + len(line)
        body = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
        if not body.strip():
            continue
        text, error = _decode(body, decode_errors, start + len(line) - len(body))
        fields: dict[str, Any] = {}
        if error is None:
            try:
                value = json.loads(text)
            except json.JSONDecodeError as problem:
                error = f"malformed JSON: {problem.msg} (column {problem.colno})"
            else:
                if isinstance(value, dict):
                    fields = value
                    error = field_error(fields, field)
                else:
                    error = f"the line is {describe_type(value)}, not a JSON object"
        yield Record(f"{label}:{number}", fields, line, error, offset)


def csv_records(
    stream: IO[bytes], path: str, *, field: str = "text", decode_errors: str = "strict"
) -> Iterator[Record]:
    """Yield one record per CSV row after the header row (RFC 4180, quoted newlines kept)."""
    label = "<stdin>" if path == STDIN else path
    csv.field_size_limit(CSV_FIELD_LIMIT)
    pending: list[bytes] = []  # the raw lines of the row being read
    bad: list[str] = []  # decoding errors in those lines
    offset = 0

    def lines() -> Iterator[str]:
        nonlocal offset
        for number, line in enumerate(stream, 1):
            body = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
            text, error = _decode(body, decode_errors, offset + len(line) - len(body))
            if error:
                bad.append(error)
                text = body.decode("utf-8", errors="replace")
            pending.append(line)
            offset += len(line)
            yield text

    reader = csv.reader(lines(), strict=True)  # an unclosed quote is an error, not a merge
    header: list[str] | None = None
    header_raw = b""
    first_line = 1
    while True:
        try:
            row = next(reader)
            problem = bad[0] if bad else None
        except StopIteration:
            break
        except csv.Error as error:
            row, problem = [], f"malformed CSV: {error}"
        raw, source = b"".join(pending), f"{label}:{first_line}"
        first_line += len(pending)
        pending.clear()
        bad.clear()
        if header is None:
            if problem:
                raise FormatError(f"{source}: the header row is unreadable: {problem}")
            header = row
            header_raw = raw
            if field not in header:
                raise FormatError(
                    f"{source}: no column {field!r} in the header ({', '.join(header)}); "
                    "pass --field"
                )
            continue
        if not problem and not row:  # a blank line between rows
            continue
        fields: dict[str, Any] = {}
        if not problem and len(row) != len(header):
            problem = f"{len(row)} fields, but the header has {len(header)}"
        if not problem:
            fields = dict(zip(header, row, strict=True))
        yield Record(source, fields, raw, problem, offset, header_raw)


def parquet_records(path: str, *, field: str = "text") -> Iterator[Record]:
    """Yield one record per Parquet row, read a batch at a time."""
    parquet = pyarrow_parquet()
    try:
        handle = parquet.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own error types
        if isinstance(error, OSError) and not getattr(error, "args", None):
            raise
        raise FormatError(f"{path}: not a readable Parquet file: {error}") from error
    rows = handle.metadata.num_rows or 1
    size = os.path.getsize(path)
    number = 0
    for batch in handle.iter_batches(batch_size=PARQUET_BATCH):
        for fields in batch.to_pylist():
            number += 1
            problem = field_error(fields, field)
            yield Record(f"{path}:{number}", fields, fields, problem, size * number // rows)


def parquet_schema(path: str) -> Any:
    """Return a Parquet file's Arrow schema."""
    return pyarrow_parquet().read_schema(path)
