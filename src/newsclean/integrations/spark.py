"""newsclean on Apache Spark columns: ``pip install 'newsclean[spark]'``.

::

    from newsclean.integrations.spark import clean_column, explain_column, clean_dataframe

    df = df.withColumn("text", clean_column("text"))
    df = df.withColumn("explained", explain_column("text"))   # struct<text, removals>
    df = clean_dataframe(df, text_col="text", removals_col="removals", metadata_col="meta")

The columns are Arrow-backed pandas UDFs (iterator form: each Python worker loads the
pipeline once). ``explain_column`` gives ``struct<text: string, removals:
array<struct<start: int, end: int, cleaner, rule, reason, text, replacement: string>>>``
(with ``metadata=True`` also ``metadata: struct<authors: array<string>, published,
published_date: string, read_time: int>``). A null text gives null. newsclean must be
installed where the executors run; the pipeline travels with the UDF (cloudpickle).

Site profiles (``docs/sites.md``)::

    sites = learn_sites(df, text_col="text", site_col="url")   # a groupBy over the sites
    df = df.withColumn("text", clean_column("text", sites=sites, site_col="url"))

``learn_sites`` counts each partition's pages per site, groups the counts by site and
merges them on the executors: the profiles equal ``newsclean.learn_sites`` on one
machine, byte for byte. The cleaning columns broadcast the profiles to the executors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

try:
    import pandas as pd
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf  # type: ignore[attr-defined,unused-ignore]
    from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.spark needs pyspark, pandas and pyarrow: "
        "pip install 'newsclean[spark]'"
    ) from error

import json

from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS
from newsclean.sites import (
    MAX_PAGES,
    MIN_PAGES,
    SHARE,
    Learner,
    SiteLearners,
    SiteProfile,
    Sites,
    site_key,
)

REMOVAL_TYPE = StructType(
    [
        StructField("start", IntegerType()),
        StructField("end", IntegerType()),
        StructField("cleaner", StringType()),
        StructField("rule", StringType()),
        StructField("reason", StringType()),
        StructField("text", StringType()),
        StructField("replacement", StringType()),
    ]
)
METADATA_TYPE = StructType(
    [
        StructField("authors", ArrayType(StringType())),
        StructField("published", StringType()),
        StructField("published_date", StringType()),
        StructField("read_time", IntegerType()),
    ]
)


def explain_type(metadata: bool = False) -> StructType:
    """The Spark type of :func:`explain_column`."""
    fields = [StructField("text", StringType()), StructField("removals", ArrayType(REMOVAL_TYPE))]
    if metadata:
        fields.append(StructField("metadata", METADATA_TYPE))
    return StructType(fields)


def _pipeline(pipeline: Pipeline | str) -> Pipeline:
    if isinstance(pipeline, str):
        if pipeline not in PRESETS:
            raise ValueError(f"no preset named {pipeline!r}; choose from {', '.join(PRESETS)}")
        return PRESETS[pipeline]
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline must be a newsclean.Pipeline or a preset name, not {pipeline!r}")
    return pipeline


def _column(col: Column | str) -> Column:
    return F.col(col) if isinstance(col, str) else col


def clean_column(
    col: Column | str,
    *,
    pipeline: Pipeline | str = "default",
    language: str | None = None,
    sites: Sites | None = None,
    site_col: Column | str | None = None,
) -> Column:
    """A string column: each value cleaned as ``newsclean.clean`` would; null stays null.

    With ``sites`` (:func:`learn_sites`), each row is cleaned with the profile of the site
    ``site_col`` names (default: the column the sites were learned by).
    """
    chosen = _pipeline(pipeline)
    language_set(language)
    if sites is not None:
        return _explain_with_sites(col, chosen, language, sites, site_col, metadata=False)["text"]

    @pandas_udf(StringType())  # type: ignore[untyped-decorator]
    def clean(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for texts in batches:
            yield texts.map(lambda text: chosen.clean(text, language=language), na_action="ignore")

    return clean(_column(col))  # type: ignore[no-any-return,unused-ignore]


def _explained(
    chosen: Pipeline,
    language: str | None,
    texts: pd.Series,
    profiles: list[SiteProfile | None],
    metadata: bool,
) -> pd.DataFrame:
    """One batch of the explain struct: each text cleaned with its profile; a null text
    gives nulls (the struct is nulled by the caller)."""
    columns: dict[str, list[Any]] = {"text": [], "removals": [], "metadata": []}
    for text, profile in zip(texts, profiles, strict=True):
        if not isinstance(text, str):
            for values in columns.values():
                values.append(None)
            continue
        cleaned = chosen.explain(text, language=language, site=profile)
        columns["text"].append(cleaned.text)
        columns["removals"].append([r.to_dict() for r in cleaned.removals])
        columns["metadata"].append(cleaned.metadata.to_dict())
    if not metadata:
        del columns["metadata"]
    return pd.DataFrame(columns)


def _broadcast(sites: Sites) -> Any:
    from pyspark.sql import SparkSession

    session = SparkSession.getActiveSession()
    if session is None:
        raise RuntimeError("site profiles are broadcast through the active SparkSession: start one")
    return session.sparkContext.broadcast(sites.to_json())


def _explain_with_sites(
    col: Column | str,
    chosen: Pipeline,
    language: str | None,
    sites: Sites,
    site_col: Column | str | None,
    *,
    metadata: bool,
) -> Column:
    """The explain struct of each row, cleaned with its site's profile (broadcast)."""
    if not isinstance(sites, Sites):
        raise TypeError(f"sites must be a newsclean.Sites (learn_sites), not {type(sites)}")
    shared = _broadcast(sites)
    site_source = _column(site_col if site_col is not None else sites.field)

    @pandas_udf(explain_type(metadata))  # type: ignore[untyped-decorator]
    def explain(batches: Iterator[tuple[pd.Series, pd.Series]]) -> Iterator[pd.DataFrame]:
        known = Sites.from_dict(json.loads(shared.value), where="the broadcast sites")
        for texts, keys in batches:
            names = (site_key(key) for key in keys)
            profiles = [known.get(name) if name is not None else None for name in names]
            yield _explained(chosen, language, texts, profiles, metadata)

    source = _column(col)
    return F.when(source.isNotNull(), explain(source, site_source))


_STATE = "site string, state string"


def learn_sites(
    df: DataFrame,
    *,
    text_col: str = "text",
    site_col: str = "url",
    shape: str = "auto",
    min_pages: int = MIN_PAGES,
    share: float = SHARE,
    max_pages: int = MAX_PAGES,
) -> Sites:
    """Learn a profile per site from a DataFrame: ``site_col`` names the site (a URL's
    host, or the value), ``text_col`` holds the text.

    Each partition counts its pages per site; ``groupBy`` brings each site's counts
    together and they merge on the executors (``applyInPandas``); the driver receives the
    profiles only. Equal, byte for byte, to :func:`newsclean.learn_sites` on the rows.
    """
    for name in (text_col, site_col):
        if name not in df.columns:
            raise KeyError(f"the DataFrame has no column {name!r}; it has {df.columns}")
    Learner(shape=shape, max_pages=max_pages).profile(min_pages=min_pages, share=share)

    def count(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
        learners = SiteLearners(shape=shape, max_pages=max_pages)
        for row in rows:
            key, text = site_key(row[0]), row[1]
            if key is not None and isinstance(text, str):
                learners.add(key, text)
        for site, learner in learners.learners.items():
            yield site, json.dumps(learner.to_dict())

    def merge(states: pd.DataFrame) -> pd.DataFrame:
        merged: Learner | None = None
        for state in sorted(states["state"]):
            learner = Learner.from_dict(json.loads(state))
            merged = learner if merged is None else merged.merge(learner)
        assert merged is not None
        profile = merged.profile(min_pages=min_pages, share=share)
        return pd.DataFrame({"site": [states["site"].iloc[0]], "state": [profile.to_json()]})

    session = df.sparkSession
    counts = session.createDataFrame(df.select(site_col, text_col).rdd.mapPartitions(count), _STATE)
    profiles = counts.groupBy("site").applyInPandas(merge, schema=_STATE).collect()
    return Sites(
        {
            row["site"]: SiteProfile.from_dict(json.loads(row["state"]), where=row["site"])
            for row in profiles
        },
        field=site_col,
    )


def explain_column(
    col: Column | str,
    *,
    pipeline: Pipeline | str = "default",
    language: str | None = None,
    metadata: bool = False,
    sites: Sites | None = None,
    site_col: Column | str | None = None,
) -> Column:
    """A struct column: the clean text and its removals (and, asked, the metadata);
    ``sites`` and ``site_col`` as for :func:`clean_column`."""
    chosen = _pipeline(pipeline)
    language_set(language)
    if sites is not None:
        return _explain_with_sites(col, chosen, language, sites, site_col, metadata=metadata)

    @pandas_udf(explain_type(metadata))  # type: ignore[untyped-decorator]
    def explain(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
        for texts in batches:
            yield _explained(chosen, language, texts, [None] * len(texts), metadata)

    source = _column(col)
    # A pandas UDF cannot return a null struct (it gives a struct of nulls): null it here.
    return F.when(source.isNotNull(), explain(source))


def clean_dataframe(
    df: DataFrame,
    *,
    text_col: str = "text",
    output_col: str | None = None,
    removals_col: str | None = None,
    metadata_col: str | None = None,
    pipeline: Pipeline | str = "default",
    language: str | None = None,
    sites: Sites | None = None,
    site_col: str | None = None,
) -> DataFrame:
    """Clean ``text_col`` into ``output_col`` (default: in place); other columns pass through.

    With ``removals_col`` and/or ``metadata_col``, one explain pass also fills those
    columns (an array of removal structs; a metadata struct). ``sites`` and
    ``site_col``: each row cleaned with its site's profile (:func:`learn_sites`).
    """
    if text_col not in df.columns:
        raise KeyError(f"the DataFrame has no column {text_col!r}; it has {df.columns}")
    output_col = output_col or text_col
    if removals_col is None and metadata_col is None:
        return df.withColumn(
            output_col,
            clean_column(
                text_col, pipeline=pipeline, language=language, sites=sites, site_col=site_col
            ),
        )
    temporary = "__newsclean_explained"
    explained = explain_column(
        text_col,
        pipeline=pipeline,
        language=language,
        metadata=metadata_col is not None,
        sites=sites,
        site_col=site_col,
    )
    df = df.withColumn(temporary, explained)
    df = df.withColumn(output_col, F.col(f"{temporary}.text"))
    if removals_col:
        df = df.withColumn(removals_col, F.col(f"{temporary}.removals"))
    if metadata_col:
        df = df.withColumn(metadata_col, F.col(f"{temporary}.metadata"))
    return df.drop(temporary)


def removals_by_cleaner(df: DataFrame, removals_col: str = "removals") -> dict[str, int]:
    """Count removals per cleaner over a DataFrame's removals column."""
    rows = df.select(F.explode(removals_col).alias("r")).groupBy("r.cleaner").count().collect()
    return {row["cleaner"]: row["count"] for row in rows}
