"""Many documents: ordered, lazy cleaning on several processes, and a column helper.

>>> list(clean_many(["Share\\nRain fell.", "Advertisement\\nIt stopped."]))
['Rain fell.', 'It stopped.']
>>> clean_batch({"text": ["2 mins read\\nRain fell."], "id": [7]})
{'text': ['Rain fell.'], 'id': [7]}

Results come back in input order. Input is read as results are consumed, a bounded
number of chunks ahead, so memory stays flat however long the input is.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

from newsclean.pipeline import Pipeline
from newsclean.presets import DEFAULT
from newsclean.sites import SiteProfile, Sites

#: Documents sent to a worker at a time.
CHUNK_SIZE = 64
K = TypeVar("K")
R = TypeVar("R")
T = TypeVar("T")

#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
AHEAD = 4


def _clean_chunk(
    pipeline: Pipeline,
    texts: Sequence[str],
    language: str | None,
    shape: str = "auto",
    site: SiteProfile | None = None,
) -> list[str]:
    return [pipeline.clean(text, language=language, shape=shape, site=site) for text in texts]


def _ignore_interrupts() -> None:
    """Worker start-up: Ctrl-C is the parent's to handle; workers finish or are cancelled.

    SIGTERM goes back to its default: a forked worker inherits whatever handler the
    parent installed (the command line turns SIGTERM into ``KeyboardInterrupt``), and a
    pool that breaks stops its other workers with SIGTERM, which must end them quietly.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def map_ordered(
    function: Callable[..., R],
    chunks: Iterable[tuple[K, tuple[Any, ...]]],
    *,
    jobs: int = 1,
    ahead: int = AHEAD,
) -> Iterator[tuple[K, R]]:
    """Yield ``(key, function(*args))`` for each ``(key, args)`` of ``chunks``, in order.

    With ``jobs > 1`` the calls run on worker processes (``function`` and ``args`` must
    pickle; keys stay in this process). Chunks are read lazily, at most ``jobs * ahead``
    ahead of the one being yielded, so memory stays bounded.

    >>> list(map_ordered(pow, [("a", (2, 3)), ("b", (3, 2))]))
    [('a', 8), ('b', 9)]
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    items = iter(chunks)
    if jobs == 1:
        for key, args in items:
            yield key, function(*args)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    done = False
    try:
        pending: deque[tuple[K, Future[R]]] = deque()
        for key, args in items:
            pending.append((key, pool.submit(function, *args)))
            if len(pending) >= jobs * ahead:
                key, future = pending.popleft()
                yield key, future.result()
        while pending:
            key, future = pending.popleft()
            yield key, future.result()
        done = True
    finally:
        if done:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool whose results are no longer wanted (an interrupt, an error, a reader
    that went away): end the workers now, rather than wait for the chunks they are
    cleaning, which could take as long as the chunks are, and cancel the calls not
    started.

    Workers are killed (SIGKILL), not asked to stop: one that has not yet run its
    start-up still has the handler the command line gives SIGTERM, and would print a
    traceback. A worker holds nothing that needs tidying; its results are dropped. The
    pool then shuts down as it does when a worker dies, and its manager thread is joined
    here, not at the interpreter's exit (where it raced with the exit's clean-up)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for worker in workers:
        if worker.is_alive():
            worker.kill()
    for worker in workers:
        worker.join()
    # A worker killed while it sent a result leaves part of it in the results pipe, and
    # the manager thread would wait for the rest for ever (this process holds the pipe's
    # writing end too). Only workers write there, and they are gone: close that end, so
    # that the thread reads the pipe's end instead and shuts the pool down.
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()
    pool.shutdown(wait=True, cancel_futures=True)


def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = 1,
    pipeline: Pipeline = DEFAULT,
    language: str | None = None,
    shape: str = "auto",
    chunk_size: int = CHUNK_SIZE,
    site: SiteProfile | None = None,
) -> Iterator[str]:
    """Clean ``texts`` lazily, in order, on ``jobs`` processes (``None``: one per core).

    ``site``: one site's profile for every text (:func:`newsclean.learn_site`); for
    records of many sites, :func:`clean_batch` with ``sites=``.

    A non-``str`` item raises ``TypeError`` when its turn comes, as ``clean`` would.
    The pipeline is sent to the workers by pickling: cleaners must be importable
    (module-level classes or functions, not lambdas).
    """
    if jobs is None:
        jobs = available_cores()
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    items = iter(texts)
    if jobs == 1:
        for text in items:
            yield pipeline.clean(text, language=language, shape=shape, site=site)
        return
    chunks = (
        (None, (pipeline, chunk, language, shape, site)) for chunk in batched(items, chunk_size)
    )
    for _, done in map_ordered(_clean_chunk, chunks, jobs=jobs):
        yield from done


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` items (the last may be shorter).

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def clean_batch(
    batch: dict[str, list[Any]],
    *,
    field: str = "text",
    pipeline: Pipeline = DEFAULT,
    language: str | None = None,
    shape: str = "auto",
    explain: bool = False,
    sites: Sites | None = None,
    site_field: str | None = None,
) -> dict[str, list[Any]]:
    """Clean one column of a batch (a dict of equal-length lists); other columns pass through.

    Fits ``datasets.Dataset.map(clean_batch, batched=True)``; with ``explain=True`` the
    batch gains ``removals`` and ``metadata`` columns (JSON-ready dicts). With ``sites``
    (:func:`newsclean.learn_sites`), each row is cleaned with the profile of its site,
    read from the column ``site_field`` (default: the one the sites were learned by).
    """
    if field not in batch:
        raise KeyError(f"the batch has no column {field!r}; it has {sorted(batch)}")
    profiles: list[SiteProfile | None] = [None] * len(batch[field])
    if sites is not None:
        column = site_field or sites.field
        if column not in batch:
            raise KeyError(f"the batch has no site column {column!r}; it has {sorted(batch)}")
        profiles = [sites.profile_for({column: value}, field=column) for value in batch[column]]
    rows = list(zip(batch[field], profiles, strict=True))
    out = dict(batch)
    if not explain:
        out[field] = [
            pipeline.clean(text, language=language, shape=shape, site=site) for text, site in rows
        ]
        return out
    results = [
        pipeline.explain(text, language=language, shape=shape, site=site) for text, site in rows
    ]
    out[field] = [r.text for r in results]
    out["removals"] = [[m.to_dict() for m in r.removals] for r in results]
    out["metadata"] = [r.metadata.to_dict() for r in results]
    return out


def clean_frame(
    frame: Any,
    *,
    field: str = "text",
    pipeline: Pipeline = DEFAULT,
    language: str | None = None,
    shape: str = "auto",
    explain: bool = False,
    sites: Sites | None = None,
    site_field: str | None = None,
) -> Any:
    """Return a copy of a pandas DataFrame with ``field`` cleaned; other columns as they were.

    Fits Dask's ``map_partitions`` and Ray Data's ``map_batches(batch_format="pandas")``.
    With ``explain=True`` the copy gains ``removals`` and ``metadata`` columns; ``sites``
    and ``site_field`` as for :func:`clean_batch`.

    Example (tested in tests/engines/test_recipes.py, where pandas and Dask are installed)::

        cleaned = ddf.map_partitions(newsclean.clean_frame, meta=ddf._meta)
    """
    if field not in frame:
        raise KeyError(f"the frame has no column {field!r}; it has {list(frame.columns)}")
    column = (site_field or sites.field) if sites is not None else None
    if column is not None and column not in frame:
        raise KeyError(f"the frame has no site column {column!r}; it has {list(frame.columns)}")
    given = {field: list(frame[field])}
    if column is not None:
        given[column] = list(frame[column])
    columns = clean_batch(
        given,
        field=field,
        pipeline=pipeline,
        language=language,
        shape=shape,
        explain=explain,
        sites=sites,
        site_field=column,
    )
    if column is not None and column != field:
        del columns[column]  # passed in only to look the sites up; the frame keeps its own
    out = frame.copy()
    for name, values in columns.items():
        out[name] = values
    return out
