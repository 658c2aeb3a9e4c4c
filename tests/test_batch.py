"""Batches: ordered, lazy, on several processes, with nothing lost."""

from __future__ import annotations

import itertools
import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import clean_batch, clean_many, map_ordered

PAGES = [
    f"Share this article\nStory number {i} says the council met.\nAdvertisement" for i in range(300)
]


def test_jobs_give_the_same_results_in_order() -> None:
    expected = [newsclean.clean(p) for p in PAGES]
    assert list(clean_many(PAGES)) == expected
    assert list(clean_many(PAGES, jobs=2, chunk_size=7)) == expected


def test_input_is_read_lazily() -> None:
    consumed = []

    def source():  # type: ignore[no-untyped-def]
        for i in itertools.count():
            consumed.append(i)
            yield PAGES[i % len(PAGES)]

    results = clean_many(source(), jobs=2, chunk_size=5)
    first = list(itertools.islice(results, 3))
    assert first == [newsclean.clean(p) for p in PAGES[:3]]
    assert len(consumed) <= 2 * 4 * 5 + 5  # a bounded window ahead, not the endless input
    results.close()  # type: ignore[attr-defined]


def test_bad_items_and_arguments_raise() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        list(clean_many(["ok", b"bytes"]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="jobs"):
        list(clean_many(PAGES, jobs=0))


def test_clean_batch_for_dataset_map() -> None:
    batch = {"text": PAGES[:2], "id": [1, 2]}
    out = clean_batch(batch)
    assert out["id"] == [1, 2] and out["text"] == [newsclean.clean(p) for p in PAGES[:2]]
    explained = clean_batch(batch, explain=True)
    assert explained["removals"][0][0]["cleaner"] == "promotions"
    assert set(explained["metadata"][0]) >= {"authors", "published_date", "read_time"}
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_batch(batch, field="body")


def _signal_dispositions(_: int) -> tuple[bool, bool]:
    return (
        signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
        signal.getsignal(signal.SIGTERM) is signal.SIG_DFL,
    )


def test_workers_ignore_ctrl_c_and_die_quietly_on_sigterm() -> None:
    """A worker forked under the command line's SIGTERM handler must not inherit it: a
    broken pool stops its idle workers with SIGTERM, and the inherited handler made each
    print a ``KeyboardInterrupt`` traceback."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        chunks = [(n, (n,)) for n in range(4)]
        results = [done for _, done in map_ordered(_signal_dispositions, chunks, jobs=2)]
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert results == [(True, True)] * 4


def _sleep(seconds: int) -> int:
    time.sleep(seconds)
    return seconds


def test_stopping_early_ends_the_workers_without_waiting_for_their_chunks() -> None:
    """A consumer that stops (an interrupt, an error, ``| head``) wants no more results:
    the chunks the workers are cleaning are dropped, not waited for, and the workers end.
    The run is a child process, so that a regression fails the test (the child outlives
    its bound) instead of hanging the suite for the hour the chunks would take."""
    script = (
        "import multiprocessing, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from test_batch import _sleep\n"
        "from newsclean.batch import map_ordered\n"
        "found = map_ordered(_sleep, [(0, (0,)), (1, (3600,)), (2, (3600,))], jobs=2, ahead=1)\n"
        "assert next(found) == (0, 0)\n"
        "print(*(child.pid for child in multiprocessing.active_children()), flush=True)\n"
        "found.close()\n"
    )
    result = _bounded(script, waited="the workers' hour-long chunks")
    workers = [int(pid) for pid in result.stdout.split()]
    assert len(workers) == 2
    # The run has ended; its workers must have too (wait for the state, not for a time).
    deadline = time.monotonic() + 120
    while any(_running(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived the run"
        time.sleep(0.05)


def _half_sent(marker: str) -> int:
    """A worker that dies while it sends its result, as a killed one may: it writes the
    start of a result message (a length, and none of the bytes it promises) to the pool's
    results pipe, says so in ``marker``, and sleeps for an hour."""
    import gc
    from multiprocessing.queues import SimpleQueue

    if not marker:
        return 0
    results = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
    writer = results._writer  # type: ignore[attr-defined]  # the pipe the workers write
    os.write(writer.fileno(), struct.pack("!i", 1 << 20))
    Path(marker).touch()
    time.sleep(3600)
    return 1


def test_stopping_while_a_worker_sends_its_result_ends_the_run(tmp_path: Path) -> None:
    """Found by the interruption test under load: a worker killed part-way through sending
    a result left the pool's manager thread waiting for the rest of it, and stopping never
    ended. Here a worker has sent the start of a result when the results are closed: the
    run must end (a child process, bounded, so a regression fails instead of hanging)."""
    marker = tmp_path / "sent"
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from test_batch import _half_sent\n"
        "from newsclean.batch import map_ordered\n"
        "found = map_ordered(_half_sent, [(0, ('',)), (1, (sys.argv[2],))], jobs=2, ahead=1)\n"
        "assert next(found) == (0, 0)\n"
        "while not Path(sys.argv[2]).exists():\n"
        "    time.sleep(0.01)\n"
        "found.close()\n"
    )
    _bounded(script, str(marker), waited="the rest of a result that never came")
    assert marker.exists()


def _bounded(script: str, *args: str, waited: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``script`` in a child Python (``sys.argv[1]``: this folder, then ``args``) that
    must end within a bound far beyond its work; fail, saying what it ``waited`` for,
    when it does not."""
    folder = str(Path(__file__).resolve().parent)
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, folder, *args], capture_output=True, timeout=600
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"closing the results waited for {waited}")
    assert result.returncode == 0, result.stderr
    return result


def _running(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie waiting to be reaped counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
