"""The command line, driven as a user would: a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "wordpress-news-page.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, check=False
    )


def test_prints_the_clean_text() -> None:
    result = run(str(EXAMPLE))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("Harbour town votes to rebuild its flood wall\n")
    assert "Previous Story" not in out and "ALSO READ" not in out


def test_explain_is_readable_and_json_is_complete() -> None:
    readable = run("--explain", str(EXAMPLE)).stdout.decode()
    assert "timestamps" in readable and "a read-time label" in readable
    assert "published: March 4, 2025 (2025-03-04)" in readable
    data = json.loads(run("--explain", "--json", str(EXAMPLE)).stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert data["removals"] and all(
        text[r["start"] : r["end"]] == r["text"] for r in data["removals"]
    )
    assert data["metadata"]["read_time"] == 3


def test_stdin_without_and_preset() -> None:
    page = b"By Jane Doe\nRain fell all day.\n"
    assert run("-", stdin=page).stdout == b"Rain fell all day.\n"
    assert run("--without", "bylines", "-", stdin=page).stdout == page
    assert run("--preset", "conservative", "-", stdin=page).returncode == 0


def test_unknown_cleaner_is_a_usage_error() -> None:
    result = run("--without", "nope", "-", stdin=b"x")
    assert result.returncode == 2
    assert b"no cleaner named nope" in result.stderr


def test_undecodable_bytes_name_the_file_and_offset(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    page.write_bytes("Rain fell.\nCaf\xe9 owners said so.\n".encode("latin-1"))
    result = run(str(page))
    assert result.returncode == 1
    assert f"{page}: byte 14 is not UTF-8".encode() in result.stderr
    replaced = run("--decode-errors", "replace", str(page))
    assert replaced.returncode == 0 and "Caf\ufffd".encode() in replaced.stdout


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "absent.txt"))
    assert result.returncode == 1 and b"cannot read" in result.stderr


def test_empty_input_gives_empty_output() -> None:
    result = run("-", stdin=b"")
    assert result.returncode == 0 and result.stdout == b""


def test_html_input_is_extracted_then_cleaned(tmp_path: Path) -> None:
    body = "Heavy rain closed the coast road on Monday, the council said. " * 5
    page = tmp_path / "page.html"
    page.write_bytes(
        (
            '<html><head><meta charset="utf-8"><title>Rain closes road</title></head><body>'
            f"<article><h1>Rain closes road</h1><p>2 mins read</p><p>{body}</p>"
            "<p>Share this article</p></article></body></html>"
        ).encode()
    )
    out = run(str(page)).stdout.decode()
    assert body.strip() in out and "2 mins read" not in out and "Share this" not in out
    data = json.loads(run("--json", "--explain", str(page)).stdout)
    assert data["metadata"]["title"] == "Rain closes road"
    assert data["metadata"]["sources"]["read_time"] == "cleaners"
    assert all(data["extracted"][r["start"] : r["end"]] == r["text"] for r in data["removals"])
    assert "page: title: Rain closes road" in run("--explain", str(page)).stdout.decode()


def test_language_option() -> None:
    page = "Von Jan Berger\nDer Rat tagte am Montag bis spät in die Nacht.\n".encode()
    assert run("--language", "de", "-", stdin=page).stdout.decode().startswith("Der Rat")
    assert run("--language", "auto", "-", stdin=page).returncode == 0
    bad = run("--language", "xx", "-", stdin=page)
    assert bad.returncode == 2 and b"xx" in bad.stderr


@pytest.mark.parametrize(
    "command", [["explain", str(EXAMPLE)], [str(EXAMPLE)], [str(EXAMPLE), "--json"]]
)
def test_a_reader_that_goes_away_stops_the_output_quietly(command: list[str]) -> None:
    """``newsclean explain PAGE | head``: the reader is gone before anything is written
    (its end of the pipe is closed first), so the command's first write fails; it stops
    with 141 and no traceback, as Unix tools do."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "newsclean", *command],
            stdout=writer,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(writer)
    assert result.returncode == 141, result.stderr
    assert result.stderr == b""
