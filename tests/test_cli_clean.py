"""``newsclean clean``, driven as a user would: a subprocess, real files, real signals."""

from __future__ import annotations

import csv
import fcntl
import gzip
import io
import json
import os
import pty
import resource
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import newsclean

pyarrow = pytest.importorskip("pyarrow")
parquet = pytest.importorskip("pyarrow.parquet")
zstandard = pytest.importorskip("zstandard")

PAGE = (
    "By Jane Doe\nPublished 3 May 2024\n2 mins read\n"
    "The council voted on {n} new parks on Tuesday.\n"
    "Residents had asked for them for years.\nShare this article\nAdvertisement"
)


def page(n: int) -> str:
    return PAGE.format(n=n)


def run(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", *map(str, args)],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=cwd,
        **kwargs,  # type: ignore[call-overload]
    )


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


RECORDS = [{"id": i, "text": page(i), "lang": "en", "score": i / 3} for i in range(300)]


# -- formats -----------------------------------------------------------------------------


def test_jsonl_in_order_with_fields_passed_through_and_equal_across_jobs(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    one = run(source, "-o", tmp_path / "one.jsonl", "-j", "1")
    two = run(source, "-o", tmp_path / "two.jsonl", "-j", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    out = read_jsonl(tmp_path / "two.jsonl")
    assert [r["id"] for r in out] == list(range(300))
    assert all(r["text"] == newsclean.clean(page(i)) for i, r in enumerate(out))
    assert out[7]["score"] == 7 / 3 and out[7]["lang"] == "en"
    assert b"read 300 records, wrote 300, rejected 0" in two.stderr


def test_explain_and_metadata_columns(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:3])
    result = run(source, "--explain", "--metadata", "-o", tmp_path / "out.jsonl")
    assert result.returncode == 0, result.stderr
    first = read_jsonl(tmp_path / "out.jsonl")[0]
    expected = newsclean.explain(page(0))
    assert first["removals"] == [r.to_dict() for r in expected.removals]
    assert first["metadata"] == expected.metadata.to_dict()
    assert first["metadata"]["authors"] == ["Jane Doe"]  # type: ignore[index]


def test_csv_with_quoted_newlines_to_csv_and_parquet(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([i, page(i)] for i in range(20))
    assert run(source, "-o", tmp_path / "out.csv", "--explain").returncode == 0
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["text"] for r in rows] == [newsclean.clean(page(i)) for i in range(20)]
    assert json.loads(rows[0]["removals"])[0]["cleaner"] == "bylines"

    assert run(source, "-o", tmp_path / "out.parquet", "--metadata").returncode == 0
    table = parquet.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["text"] for r in table] == [newsclean.clean(page(i)) for i in range(20)]
    assert table[3]["id"] == "3" and table[3]["metadata"]["authors"] == ["Jane Doe"]


def test_parquet_in_keeps_its_schema_and_reads_back(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    parquet.write_table(pyarrow.Table.from_pylist(RECORDS), source)
    assert run(source, "-o", tmp_path / "out.parquet", "-j", "2").returncode == 0
    out = parquet.read_table(tmp_path / "out.parquet")
    assert out.schema == parquet.read_schema(source)
    assert out.column("text").to_pylist() == [newsclean.clean(page(i)) for i in range(300)]
    to_stdout = run(source, "--quiet")  # Parquet in, JSONL out on standard output
    assert [json.loads(x)["id"] for x in to_stdout.stdout.splitlines()] == list(range(300))


def test_gzip_and_zstandard_both_ways(tmp_path: Path) -> None:
    raw = "".join(json.dumps(r) + "\n" for r in RECORDS[:50]).encode()
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(raw))
    (tmp_path / "in.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(raw))
    assert run(tmp_path / "in.jsonl.gz", "-o", tmp_path / "out.jsonl.zst").returncode == 0
    assert run(tmp_path / "in.jsonl.zst", "-o", tmp_path / "out.jsonl.gz").returncode == 0
    from_zst = (
        zstandard.ZstdDecompressor()
        .stream_reader(io.BytesIO((tmp_path / "out.jsonl.zst").read_bytes()))
        .read()
    )
    assert gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()) == from_zst
    assert [json.loads(x)["text"] for x in from_zst.splitlines()] == [
        newsclean.clean(page(i)) for i in range(50)
    ]


def test_text_files_directories_and_stdin(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "2024").mkdir(parents=True)
    (pages / "a.txt").write_text(page(1), encoding="utf-8")
    (pages / "2024" / "b.txt").write_text(page(2), encoding="utf-8")
    assert run(pages, "-o", f"{tmp_path}/clean/").returncode == 0
    assert (tmp_path / "clean" / "2024" / "b.txt").read_text() == newsclean.clean(page(2)) + "\n"
    assert run(pages, "-o", tmp_path / "pages.jsonl").returncode == 0
    out = read_jsonl(tmp_path / "pages.jsonl")
    assert [Path(str(r["path"])).name for r in out] == ["b.txt", "a.txt"]  # sorted paths
    piped = run("-", stdin=page(3).encode())
    assert piped.stdout.decode() == newsclean.clean(page(3)) + "\n"
    piped = run("-", "--format", "jsonl", "-q", stdin=json.dumps({"text": page(4)}).encode())
    assert json.loads(piped.stdout) == {"text": newsclean.clean(page(4))}


def test_cleaners_are_chosen_by_preset_without_and_pipeline(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    kept = run(source, "--without", "bylines", "-q")
    assert json.loads(kept.stdout.splitlines()[0])["text"].startswith("By Jane Doe")
    (tmp_path / "mycleaning.py").write_text(
        "import newsclean\nONLY_ADS = newsclean.DEFAULT.only('legal')\n", encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    mine = run(source, "--pipeline", "mycleaning:ONLY_ADS", "-q", "-j", "2", env=env)
    assert mine.returncode == 0, mine.stderr
    text = json.loads(mine.stdout.splitlines()[0])["text"]
    assert text == newsclean.DEFAULT.only("legal").clean(page(0))
    assert "Advertisement" not in text and "Share this article" in text
    bad = run(source, "--pipeline", "mycleaning:NOPE", env=env)
    assert bad.returncode == 2 and b"not a newsclean.Pipeline" in bad.stderr


# -- bad records -------------------------------------------------------------------------

BAD_LINES = [
    b'{"id": 0, "text": "Share this\\nRain fell."}\n',
    b'{"id": 1, "body": "no text field"}\n',
    b"{not json\n",
    b'{"id": 3, "text": 42}\n',
    b'["an", "array"]\n',
    b'{"id": 5, "text": "Snow \xff fell."}\n',
    b'{"id": 6, "text": "Advertisement\\nIt stopped."}\n',
]


def test_on_error_stop_names_file_and_line_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(BAD_LINES))
    target = tmp_path / "out.jsonl"
    target.write_text("yesterday's output\n")
    result = run(source, "-o", target)
    assert result.returncode == 2
    assert f"{source}:2: no field 'text'".encode() in result.stderr
    assert target.read_text() == "yesterday's output\n"  # untouched
    assert leftovers(tmp_path) == []


def test_on_error_skip_writes_rejects_untouched_and_counts_add_up(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(BAD_LINES))
    result = run(
        source,
        "-o",
        tmp_path / "out.jsonl",
        "--on-error",
        "skip",
        "--stats",
        tmp_path / "stats.json",
        "-j",
        "2",
    )
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [0, 6]
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == b"".join(BAD_LINES[1:6])
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert (stats["read"], stats["written"], stats["rejected"]) == (7, 2, 5)
    assert stats["read"] == stats["written"] + stats["rejected"]
    assert stats["removals"] == {"promotions": 1, "legal": 1}
    reasons = {e["source"].rsplit(":", 1)[1]: e["error"] for e in stats["errors"]}
    assert reasons["3"].startswith("malformed JSON")
    assert reasons["4"] == "field 'text' is a number, not a string"
    assert reasons["5"] == "the line is an array, not a JSON object"
    offset = sum(map(len, BAD_LINES[:5])) + len(b'{"id": 5, "text": "Snow ')  # in the file
    assert reasons["6"].startswith(f"byte {offset} is not UTF-8")


def test_on_error_keep_passes_bad_records_through_with_an_error_field(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(BAD_LINES))
    result = run(source, "--on-error", "keep", "--error-field", "problem", "-q")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 7 and [r.get("problem") is None for r in out] == [
        True,
        False,
        False,
        False,
        False,
        False,
        True,
    ]
    assert out[1] == {"id": 1, "body": "no text field", "problem": out[1]["problem"]}
    assert out[2]["raw"] == "{not json"


def test_undecodable_bytes_can_be_replaced(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(BAD_LINES[5])
    result = run(source, "--decode-errors", "replace", "-q")
    assert json.loads(result.stdout)["text"] == "Snow \N{REPLACEMENT CHARACTER} fell."


def test_bad_csv_rows_are_rejected_with_the_header(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b'id,text\n1,"Share\nRain."\n2\n3,"ok",extra\n4,Fine.\n')
    result = run(source, "-o", tmp_path / "out.csv", "--on-error", "skip")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.rejects.csv").read_bytes() == b'id,text\n2\n3,"ok",extra\n'
    assert b"read 4 records, wrote 2, rejected 2" in result.stderr
    stop = run(source, "-o", tmp_path / "stop.csv")
    assert stop.returncode == 2 and f"{source}:4: 1 fields".encode() in stop.stderr


def test_empty_input_gives_empty_output(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(b"")
    result = run(tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    assert result.returncode == 0 and (tmp_path / "out.jsonl").read_bytes() == b""
    assert b"read 0 records" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in.jsonl", "-o", "out.parquet.gz"], b"Parquet compresses internally"),
        (["in.parquet"], b"no such file"),
        (["in.jsonl", "--output-format", "parquet"], b"Parquet output needs a file"),
        (["in.jsonl", "-o", "out.txt"], b"text output holds one document"),
        (["in.jsonl", "-o", "in.jsonl"], b"is also an input"),
        (["in.jsonl", "--rejects", "r.jsonl"], b"--rejects goes with --on-error skip"),
        (["in.jsonl", "--on-error", "skip"], b"needs --rejects"),
        (["page.html"], b"cannot tell the format"),
        (["in.jsonl", "--without", "sports"], b"no cleaner named sports"),
        (["in.jsonl", "-j", "0"], b"--jobs must be at least 1"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], message: bytes) -> None:
    write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    (tmp_path / "page.html").write_text("<p>x</p>")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_a_missing_optional_library_is_named_before_any_work(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    blocked = tmp_path / "blocked"
    for name in ("pyarrow", "zstandard"):  # stand-ins that fail to import, as if absent
        (blocked / name).mkdir(parents=True)
        (blocked / name / "__init__.py").write_text(f"raise ImportError('no {name}')\n")
    env = {**os.environ, "PYTHONPATH": str(blocked)}
    parquet_out = run(source, "-o", tmp_path / "out.parquet", env=env)
    assert parquet_out.returncode == 2, parquet_out.stderr
    assert b"pip install 'newsclean[parquet]'" in parquet_out.stderr
    zst_out = run(source, "-o", tmp_path / "out.jsonl.zst", env=env)
    assert zst_out.returncode == 2 and b"pip install 'newsclean[zstd]'" in zst_out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked", "in.jsonl"]


# -- faults ------------------------------------------------------------------------------


def writing(folder: Path) -> bool:
    """True once a temporary output file in ``folder`` holds some bytes."""
    for name in leftovers(folder):
        try:
            if (folder / name).stat().st_size > 0:
                return True
        except FileNotFoundError:  # renamed into place or removed meanwhile
            continue
    return False


def big_input(tmp_path: Path, count: int = 20_000) -> Path:
    return write_jsonl(tmp_path / "big.jsonl", [{"id": i, "text": page(i)} for i in range(count)])


def _interruptible() -> None:
    """In the child, before it starts: SIGINT as a terminal's Ctrl-C finds it. A test run
    started as a background job (a CI script run with ``&`` by a shell without job
    control) ignores SIGINT, and a child inherits that: Python then leaves SIGINT ignored,
    as it should for a background job, and the interrupted run would go on for ever."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def unfinished_run(target: Path, stderr: Path) -> subprocess.Popen[bytes]:
    """Start a ``-j 2`` run reading records from a pipe that stays open: it has records
    to clean and write, and it cannot finish, however fast the machine is (a run over a
    file could end before the test acts on it). Its standard error goes to ``stderr``."""
    with stderr.open("wb") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsclean", "clean", "-", "--format", "jsonl",
             "-o", str(target), "-j", "2"],
            stdin=subprocess.PIPE,
            stderr=errors,
            preexec_fn=_interruptible,
        )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(
        "".join(json.dumps({"id": i, "text": page(i)}) + "\n" for i in range(3000)).encode()
    )
    process.stdin.flush()
    return process


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interruption_leaves_no_output_and_no_temporary_file(tmp_path: Path, sig: int) -> None:
    target = tmp_path / "out.jsonl"
    errors = tmp_path.parent / f"{tmp_path.name}-stderr.txt"  # not among the run's files
    process = unfinished_run(target, errors)
    # Wait for the state the test needs, not for a time: records are being written (the
    # temporary output has grown), so the run is past its start-up, handlers installed.
    deadline = time.monotonic() + 120
    while not writing(tmp_path):
        assert process.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, "the run did not start writing"
        time.sleep(0.02)
    process.send_signal(sig)
    # Its input is still open, so only the signal can end the run: wait for that.
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        # Say where it is stuck: the command line prints every thread's stack on SIGUSR1.
        process.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + 30
        while b"most recent call first" not in errors.read_bytes():
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        process.kill()
        process.wait(timeout=60)
        stacks = errors.read_text(encoding="utf-8", errors="replace")
        pytest.fail(f"the run went on for a minute after signal {sig}; it was at:\n{stacks}")
    process.communicate(timeout=60)
    stderr = errors.read_bytes()
    assert process.returncode == 130, stderr
    assert b"interrupted; no output written" in stderr
    assert b"Traceback" not in stderr
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_worker_killed_mid_run_leaves_no_output(tmp_path: Path) -> None:
    source = big_input(tmp_path)
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", str(source), "-o", str(target), "-j", "2"],
        stderr=subprocess.PIPE,
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    while not (writing(tmp_path) and children.read_text().split()):
        assert process.poll() is None, "the run ended before a worker could be killed"
        assert time.monotonic() < deadline, "the run did not start"
        time.sleep(0.02)
    os.kill(int(children.read_text().split()[-1]), signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    assert b"a worker process died" in stderr and b"Traceback" not in stderr
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_full_disk_leaves_no_output(tmp_path: Path) -> None:
    source = big_input(tmp_path, 3000)

    def small_disk() -> None:  # writes past 64 KiB fail with EFBIG, as a full disk fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    result = run(source, "-o", tmp_path / "out.jsonl", preexec_fn=small_disk)
    assert result.returncode == 1, result.stderr
    assert b"File too large" in result.stderr and b"no output written" in result.stderr
    assert not (tmp_path / "out.jsonl").exists() and leftovers(tmp_path) == []


# -- what a person sees ------------------------------------------------------------------


def run_on_terminal(*args: str | Path) -> str:
    """Run with standard error on a pseudo-terminal; return what it showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(leader)
    return shown.decode(errors="replace")


def test_progress_bar_only_on_a_terminal_and_not_when_quiet(tmp_path: Path) -> None:
    source = big_input(tmp_path, 3000)
    shown = run_on_terminal(source, "-o", tmp_path / "a.jsonl", "-j", "1")
    assert "documents/s" in shown and "100%" in shown and "read 3,000 records" in shown
    assert run_on_terminal(source, "-o", tmp_path / "b.jsonl", "--quiet") == ""
    piped = run(source, "-o", tmp_path / "c.jsonl")
    assert b"%|" not in piped.stderr and b"read 3,000 records" in piped.stderr


def test_explain_command_marks_removals() -> None:
    text = "By Ann Lee\nRain fell.\nShare this article\n"
    plain = subprocess.run(
        [sys.executable, "-m", "newsclean", "explain", "-"],
        input=text.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert plain.startswith(
        "[-By Ann Lee-]{bylines}\nRain fell.\n[-Share this article-]{promotions}"
    )
    assert "-- removed 2 span(s): bylines 1, promotions 1" in plain
    coloured = subprocess.run(
        [sys.executable, "-m", "newsclean", "explain", "-", "--color", "always"],
        input=text.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "\x1b[9;31mBy Ann Lee\x1b[0m \x1b[2;33mbylines\x1b[0m" in coloured


def test_eval_command_reports_families() -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "eval", str(corpus)], capture_output=True, check=True
    )
    assert b"bylines" in result.stdout and b"precision" in result.stdout.lower()


# -- found in review: each was a real failure before its fix -----------------------------


def test_no_written_file_may_be_an_input_or_another_written_file(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:3])
    before = source.read_bytes()
    for args in (
        ["-o", "out.jsonl", "--stats", "in.jsonl"],
        ["-o", "out.jsonl", "--stats", "out.jsonl"],
        ["-o", "out.jsonl", "--on-error", "skip", "--rejects", "out.jsonl"],
        ["-o", "out.jsonl", "--stats", "missing/stats.json"],
    ):
        result = run("in.jsonl", *args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
    assert source.read_bytes() == before and not (tmp_path / "out.jsonl").exists()
    # The default rejects name keeps the output's own name apart: no collision.
    result = run("in.jsonl", "-o", "x.rejects.jsonl", "--on-error", "skip", cwd=tmp_path)
    assert result.returncode == 0 and len(read_jsonl(tmp_path / "x.rejects.jsonl")) == 3
    assert (tmp_path / "x.rejects.rejects.jsonl").read_bytes() == b""


def test_directory_outputs_never_overlap_inputs_or_collide(tmp_path: Path) -> None:
    for folder in ("pages", "d1", "d2"):
        (tmp_path / folder).mkdir()
    (tmp_path / "pages" / "a.txt").write_text(page(1))
    (tmp_path / "d1" / "a.txt").write_text(page(2))
    (tmp_path / "d2" / "a.txt").write_text(page(3))
    same = run("pages", "-o", "pages/", cwd=tmp_path)
    inside = run("pages", "-o", "pages/clean/", cwd=tmp_path)
    clash = run("d1/a.txt", "d2/a.txt", "-o", "out/", cwd=tmp_path)
    assert [r.returncode for r in (same, inside, clash)] == [2, 2, 2]
    assert b"overlap" in same.stderr and b"would both be written" in clash.stderr
    assert (tmp_path / "pages" / "a.txt").read_text() == page(1)
    piped = run("-", "-o", "fromstdin/", stdin=b"Share this\nRain fell.\n", cwd=tmp_path)
    assert (tmp_path / "fromstdin" / "stdin.txt").read_text() == "Rain fell.\n", piped.stderr


def test_keep_mode_fits_csv_and_text_directories(tmp_path: Path) -> None:
    (tmp_path / "k.jsonl").write_bytes(b'{"id": 1, "text": "Rain."}\n{"id": 2}\n{bad\n')
    result = run("k.jsonl", "-o", "k.csv", "--on-error", "keep", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "k.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["error"] != "" for r in rows] == [False, True, True]
    assert rows[2]["raw"] == "{bad"
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "x.txt").write_bytes(b"ok\xff")
    (tmp_path / "pages" / "y.txt").write_bytes(b"Share\nFine.\n")
    kept = run("pages", "-o", "out/", "--on-error", "keep", cwd=tmp_path)
    assert kept.returncode == 0 and b"pages/x.txt: byte 2 is not UTF-8" in kept.stderr
    assert (tmp_path / "out" / "x.txt").read_bytes() == b"ok\xff"  # as it was
    assert (tmp_path / "out" / "y.txt").read_text() == "Fine.\n"


def test_parquet_never_drops_a_column_and_needs_a_file(tmp_path: Path) -> None:
    rows = [{"id": i, "text": "Rain."} for i in range(3000)]
    for row in rows[2500:]:
        row["extra"] = "late"
    write_jsonl(tmp_path / "wide.jsonl", rows)  # type: ignore[arg-type]
    result = run("wide.jsonl", "-o", "wide.parquet", cwd=tmp_path)
    assert result.returncode == 1 and b"do not fit one Parquet schema" in result.stderr
    assert b"extra" in result.stderr and not (tmp_path / "wide.parquet").exists()
    parquet.write_table(pyarrow.Table.from_pylist(rows[:3]), tmp_path / "p.parquet")
    piped = run("-", "--format", "parquet", stdin=(tmp_path / "p.parquet").read_bytes())
    assert piped.returncode == 2 and b"standard input" in piped.stderr


def test_corrupt_and_truncated_compressed_inputs_are_named(tmp_path: Path) -> None:
    raw = "".join(json.dumps(r) + "\n" for r in RECORDS[:200]).encode()
    packed = gzip.compress(raw)
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "fake.jsonl.gz").write_bytes(b"garbage, not gzip\n")
    squeezed = zstandard.ZstdCompressor().compress(raw)
    (tmp_path / "cut.jsonl.zst").write_bytes(squeezed[: len(squeezed) // 2])
    (tmp_path / "fake.jsonl.zst").write_bytes(b"garbage, not zstd\n")
    for name in ("cut.jsonl.gz", "fake.jsonl.gz", "cut.jsonl.zst", "fake.jsonl.zst"):
        result = run(name, "-o", "out.jsonl", "--on-error", "skip", cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert f"{name}: cannot be read".encode() in result.stderr
        assert b"Traceback" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists() and leftovers(tmp_path) == []


def test_csv_and_jsonl_edges(tmp_path: Path) -> None:
    (tmp_path / "q.csv").write_bytes(b'id,text\n1,"abc\n2,def\n')  # a quote never closed
    unclosed = run("q.csv", "-o", "q.out.csv", "--on-error", "skip", cwd=tmp_path)
    assert b"wrote 0, rejected 1" in unclosed.stderr, unclosed.stderr
    piped = run(
        "-",
        "--format",
        "csv",
        "--on-error",
        "skip",
        "--rejects",
        "r.csv",
        stdin=b"id,text\n1,Rain.\n2\n",
        cwd=tmp_path,
    )
    assert (tmp_path / "r.csv").read_bytes() == b"id,text\n2\n", piped.stderr
    (tmp_path / "b.jsonl").write_bytes(b'\xef\xbb\xbf\n{"text": "Share\\nRain."}\n')
    bom = run("b.jsonl", "-q", cwd=tmp_path)
    assert bom.returncode == 0 and json.loads(bom.stdout) == {"text": "Rain."}
    nameless = run("b.jsonl", "-o", "outfile", cwd=tmp_path)
    assert nameless.returncode == 2 and b"--output-format" in nameless.stderr


def test_progress_of_a_compressed_file_counts_compressed_bytes(tmp_path: Path) -> None:
    from newsclean.readers import InputFile, read_records

    raw = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(raw))
    positions = [r.position for r in read_records([InputFile(str(path), "jsonl")])]
    assert positions == sorted(positions) and positions[-1] <= path.stat().st_size


def test_format_on_a_directory_takes_only_files_of_that_format(tmp_path: Path) -> None:
    (tmp_path / "mixed").mkdir()
    write_jsonl(tmp_path / "mixed" / "a.jsonl", RECORDS[:2])
    (tmp_path / "mixed" / "b.txt").write_text(page(9))
    result = run("mixed", "--format", "text", "-o", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [r["path"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["mixed/b.txt"]
