"""The documented recipes, run on their real libraries: each equals ``newsclean.clean``.

These need the engines (``pip install -e '.[test,engines]'``) and skip, saying which is
missing, without them. See docs/engines.md.
"""

from __future__ import annotations

import pytest

import newsclean

TEXTS = [
    f"By Jane Doe\nPublished 3 May 2024\nStory {i}: the council met on Tuesday.\n"
    f"Residents asked for {i} new parks.\nShare this article\nAdvertisement"
    for i in range(200)
]
EXPECTED = [newsclean.clean(t) for t in TEXTS]


def test_pandas_series_and_clean_many() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS})
    df["text"] = df["text"].map(newsclean.clean)
    assert df["text"].tolist() == EXPECTED
    df = pd.DataFrame({"text": TEXTS})
    df["text"] = list(newsclean.clean_many(df["text"], jobs=2))
    assert df["text"].tolist() == EXPECTED


def test_polars_map_batches() -> None:
    pl = pytest.importorskip("polars")
    df = pl.DataFrame({"id": list(range(len(TEXTS))), "text": TEXTS})
    out = df.with_columns(
        pl.col("text").map_batches(
            lambda s: pl.Series(list(newsclean.clean_many(s))), return_dtype=pl.String
        )
    )
    assert out["text"].to_list() == EXPECTED and out["id"].to_list() == list(range(len(TEXTS)))


def test_datasets_map_batched_on_two_processes(tmp_path: object) -> None:
    datasets = pytest.importorskip("datasets")
    dataset = datasets.Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})
    out = dataset.map(newsclean.clean_batch, batched=True, num_proc=2)
    assert out["text"] == EXPECTED and out["id"] == list(range(len(TEXTS)))
    explained = dataset.map(
        newsclean.clean_batch, batched=True, num_proc=2, fn_kwargs={"explain": True}
    )
    assert explained[0]["removals"][0]["cleaner"] == "bylines"
    assert explained[0]["metadata"]["authors"] == ["Jane Doe"]


def test_dask_map_partitions() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS}), npartitions=4)
    cleaned = frame.map_partitions(newsclean.clean_frame, meta=frame._meta)
    result = cleaned.compute(scheduler="processes", num_workers=2)
    assert result.sort_values("id")["text"].tolist() == EXPECTED


def test_ray_data_map_batches() -> None:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    try:
        dataset = ray.data.from_items([{"id": i, "text": t} for i, t in enumerate(TEXTS)])
        rows = dataset.map_batches(newsclean.clean_batch, batch_size=64).take_all()
    finally:
        ray.shutdown()
    assert [r["text"] for r in sorted(rows, key=lambda r: r["id"])] == EXPECTED
