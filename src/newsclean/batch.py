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
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from newsclean.pipeline import Pipeline
from newsclean.presets import DEFAULT

#: Documents sent to a worker at a time.
CHUNK_SIZE = 64
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
AHEAD = 4


def _clean_chunk(pipeline: Pipeline, texts: Sequence[str], language: str | None) -> list[str]:
    return [pipeline.clean(text, language=language) for text in texts]


def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = 1,
    pipeline: Pipeline = DEFAULT,
    language: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[str]:
    """Clean ``texts`` lazily, in order, on ``jobs`` processes (``None``: one per core).

    A non-``str`` item raises ``TypeError`` when its turn comes, as ``clean`` would.
    The pipeline is sent to the workers by pickling: cleaners must be importable
    (module-level classes or functions, not lambdas).
    """
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    items = iter(texts)
    if jobs == 1:
        for text in items:
            yield pipeline.clean(text, language=language)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[str]]] = deque()

        def submit() -> bool:
            chunk = list(islice(items, chunk_size))
            if chunk:
                pending.append(pool.submit(_clean_chunk, pipeline, chunk, language))
            return bool(chunk)

        while len(pending) < jobs * AHEAD and submit():
            pass
        while pending:
            done = pending.popleft().result()
            submit()
            yield from done


def clean_batch(
    batch: dict[str, list[Any]],
    *,
    field: str = "text",
    pipeline: Pipeline = DEFAULT,
    language: str | None = None,
    explain: bool = False,
) -> dict[str, list[Any]]:
    """Clean one column of a batch (a dict of equal-length lists); other columns pass through.

    Fits ``datasets.Dataset.map(clean_batch, batched=True)``; with ``explain=True`` the
    batch gains ``removals`` and ``metadata`` columns (JSON-ready dicts).
    """
    if field not in batch:
        raise KeyError(f"the batch has no column {field!r}; it has {sorted(batch)}")
    out = dict(batch)
    if not explain:
        out[field] = [pipeline.clean(text, language=language) for text in batch[field]]
        return out
    results = [pipeline.explain(text, language=language) for text in batch[field]]
    out[field] = [r.text for r in results]
    out["removals"] = [[m.to_dict() for m in r.removals] for r in results]
    out["metadata"] = [r.metadata.to_dict() for r in results]
    return out
