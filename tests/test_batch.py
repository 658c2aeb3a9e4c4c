"""Batches: ordered, lazy, on several processes, with nothing lost."""

from __future__ import annotations

import itertools
import signal

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
