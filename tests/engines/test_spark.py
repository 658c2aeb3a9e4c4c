"""The Spark columns on a real local[2] session: JSONL in, Parquet out, every row checked."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from engines.documents import expected_counts, make_documents, write_shards

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
parquet = pytest.importorskip("pyarrow.parquet")

from newsclean.integrations.spark import (  # noqa: E402
    clean_column,
    clean_dataframe,
    explain_column,
    removals_by_cleaner,
)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_jsonl_to_parquet_equals_local_cleaning(spark: Any, tmp_path: Path) -> None:
    documents = make_documents(300)
    write_shards(documents, tmp_path / "in", shards=3)
    frame = spark.read.json(str(tmp_path / "in"))
    cleaned = clean_dataframe(
        frame, text_col="text", output_col="clean", removals_col="removals", metadata_col="meta"
    )
    cleaned.write.parquet(str(tmp_path / "out"))
    rows = {r["id"]: r for r in parquet.read_table(tmp_path / "out").to_pylist()}
    assert set(rows) == {d["id"] for d in documents}
    for document in documents:
        expected = newsclean.explain(document["text"])
        row = rows[document["id"]]
        assert row["text"] == document["text"]  # the source column is kept
        assert row["clean"] == expected.text == newsclean.clean(document["text"])
        assert row["removals"] == [r.to_dict() for r in expected.removals]
        assert row["meta"] == expected.metadata.to_dict()
    by_cleaner = removals_by_cleaner(spark.read.parquet(str(tmp_path / "out")))
    assert by_cleaner == expected_counts(documents)


def test_columns_handle_nulls_presets_and_in_place_cleaning(spark: Any) -> None:
    texts = ["By Ann Lee\nRain fell.\nAdvertisement", None, "", "Share this\nSnow fell."]
    frame = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id int, text string")
    out = (
        frame.select(
            "id",
            clean_column("text").alias("clean"),
            clean_column("text", pipeline="conservative").alias("careful"),
            explain_column("text", metadata=True).alias("explained"),
        )
        .orderBy("id")
        .collect()
    )
    for row, text in zip(out, texts, strict=True):
        if text is None:
            assert row["clean"] is None and row["explained"] is None
            continue
        assert row["clean"] == newsclean.clean(text)
        assert row["careful"] == newsclean.CONSERVATIVE.clean(text)
        assert row["explained"]["text"] == row["clean"]
        assert [r.asDict() for r in row["explained"]["removals"]] == [
            r.to_dict() for r in newsclean.explain(text).removals
        ]
    assert out[0]["explained"]["metadata"]["authors"] == ["Ann Lee"]
    in_place = clean_dataframe(frame).orderBy("id").collect()
    assert [r["text"] for r in in_place] == [
        None if t is None else newsclean.clean(t) for t in texts
    ]
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_dataframe(frame, text_col="body")
    with pytest.raises(ValueError, match="no preset named"):
        clean_column("text", pipeline="strict")


def test_site_profiles_learned_with_a_group_by_equal_the_one_machine_ones(
    spark: Any, tmp_path: Path
) -> None:
    from engines.documents import make_site_documents
    from newsclean.integrations.spark import learn_sites

    documents = make_site_documents()
    write_shards(documents, tmp_path / "in", shards=3)
    frame = spark.read.json(str(tmp_path / "in")).repartition(3)
    sites = learn_sites(frame, text_col="text", site_col="url")
    local = newsclean.learn_sites(documents)
    assert sites.to_json() == local.to_json()  # byte for byte
    cleaned = clean_dataframe(frame, output_col="clean", removals_col="removals", sites=sites)
    rows = {r["id"]: r for r in cleaned.collect()}
    assert set(rows) == {d["id"] for d in documents}
    site_removals = 0
    for document in documents:
        expected = newsclean.explain(document["text"], site=local.profile_for(document))
        assert rows[document["id"]]["clean"] == expected.text
        assert [r.asDict() for r in rows[document["id"]]["removals"]] == [
            r.to_dict() for r in expected.removals
        ]
        site_removals += sum(r.cleaner == "site" for r in expected.removals)
    assert site_removals > 40
    only = frame.select("id", clean_column("text", sites=sites).alias("clean")).collect()
    assert {r["id"]: r["clean"] for r in only} == {k: v["clean"] for k, v in rows.items()}
