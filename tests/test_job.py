"""The batch run in process: every record accounted for, in order, whatever the input."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.job import RecordError, run
from newsclean.readers import Record, csv_records, jsonl_records
from newsclean.writers import AtomicFile

GOOD = st.builds(
    lambda text, n: json.dumps({"n": n, "text": text}, ensure_ascii=n % 2 == 0).encode(),
    st.text(max_size=80),
    st.integers(0, 1000),
)
BAD = st.one_of(
    st.just(b'{"n": 1}'),  # no text
    st.builds(lambda v: json.dumps({"text": v}).encode(), st.integers() | st.none()),
    st.just(b"[1, 2]"),
    # (a line blank but for a byte-order mark is a blank line on line 1: not a record)
    st.binary(min_size=1, max_size=20).filter(
        lambda b: b.removeprefix(b"\xef\xbb\xbf").strip() and b"\n" not in b
    ),
)
LINES = st.lists(st.tuples(st.booleans(), GOOD | BAD), max_size=30)


def is_good(line: bytes) -> bool:
    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and isinstance(value.get("text"), str)


@given(LINES)
def test_skip_accounts_for_every_record_and_keeps_rejects_untouched(
    lines: list[tuple[bool, bytes]],
) -> None:
    data = b"".join(line + b"\n" for _, line in lines)
    written: list[dict[str, Any]] = []
    rejected: list[Record] = []
    summary = run(
        jsonl_records(io.BytesIO(data), "in.jsonl"),
        write=lambda record, source: written.append(record),
        reject=rejected.append,
        on_error="skip",
        chunk_size=4,
    )
    good = [line for _, line in lines if is_good(line)]
    bad = [line + b"\n" for _, line in lines if not is_good(line)]
    assert summary.read == summary.written + summary.rejected == len(lines)
    assert [r.raw for r in rejected] == bad
    assert [w["text"] for w in written] == [newsclean.clean(json.loads(g)["text"]) for g in good]
    assert [w["n"] for w in written] == [json.loads(g)["n"] for g in good]


@given(LINES)
def test_keep_writes_every_record_in_order(lines: list[tuple[bool, bytes]]) -> None:
    data = b"".join(line + b"\n" for _, line in lines)
    written: list[dict[str, Any]] = []
    summary = run(
        jsonl_records(io.BytesIO(data), "in.jsonl"),
        write=lambda record, source: written.append(record),
        on_error="keep",
        chunk_size=3,
    )
    assert summary.read == summary.written == len(written) == len(lines)
    assert [("error" not in w) for w in written] == [is_good(line) for _, line in lines]


def test_stop_names_the_first_bad_record() -> None:
    data = b'{"text": "a"}\n\n{"text": 1}\n{"bad"\n'
    with pytest.raises(RecordError, match=r"^in.jsonl:3: field 'text' is a number"):
        run(jsonl_records(io.BytesIO(data), "in.jsonl"), write=lambda r, s: None)


def test_csv_rows_keep_their_raw_lines_and_line_numbers() -> None:
    data = b'id,text\r\n1,"two\r\nlines"\r\n2,"x",3\r\n\r\n3,\xff\r\n'
    records = list(csv_records(io.BytesIO(data), "in.csv"))
    assert [(r.source, r.error is None) for r in records] == [
        ("in.csv:2", True),
        ("in.csv:4", False),
        ("in.csv:6", False),
    ]
    assert records[0].fields == {"id": "1", "text": "two\r\nlines"}
    assert records[1].raw == b'2,"x",3\r\n'
    offset = data.index(b"\xff")  # the byte's offset in the file
    assert records[2].error is not None
    assert records[2].error.startswith(f"byte {offset} is not UTF-8")


def test_atomic_file_appears_whole_or_not_at_all(tmp_path: Any) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.file.write(b"half")
        raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []
    with AtomicFile(target) as out:
        out.file.write(b"whole\n")
        out.commit()
    assert target.read_bytes() == b"whole\n" and len(list(tmp_path.iterdir())) == 1
