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
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

try:
    import pandas as pd
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf  # type: ignore[attr-defined]
    from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.spark needs pyspark, pandas and pyarrow: "
        "pip install 'newsclean[spark]'"
    ) from error

from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS

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
    col: Column | str, *, pipeline: Pipeline | str = "default", language: str | None = None
) -> Column:
    """A string column: each value cleaned as ``newsclean.clean`` would; null stays null."""
    chosen = _pipeline(pipeline)
    language_set(language)

    @pandas_udf(StringType())  # type: ignore[untyped-decorator]
    def clean(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for texts in batches:
            yield texts.map(lambda text: chosen.clean(text, language=language), na_action="ignore")

    return clean(_column(col))  # type: ignore[no-any-return]


def explain_column(
    col: Column | str,
    *,
    pipeline: Pipeline | str = "default",
    language: str | None = None,
    metadata: bool = False,
) -> Column:
    """A struct column: the clean text and its removals (and, asked, the metadata)."""
    chosen = _pipeline(pipeline)
    language_set(language)

    @pandas_udf(explain_type(metadata))  # type: ignore[untyped-decorator]
    def explain(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
        for texts in batches:
            columns: dict[str, list[Any]] = {"text": [], "removals": [], "metadata": []}
            for text in texts:
                if not isinstance(text, str):  # null (the struct is nulled below)
                    for values in columns.values():
                        values.append(None)
                    continue
                cleaned = chosen.explain(text, language=language)
                columns["text"].append(cleaned.text)
                columns["removals"].append([r.to_dict() for r in cleaned.removals])
                columns["metadata"].append(cleaned.metadata.to_dict())
            if not metadata:
                del columns["metadata"]
            yield pd.DataFrame(columns)

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
) -> DataFrame:
    """Clean ``text_col`` into ``output_col`` (default: in place); other columns pass through.

    With ``removals_col`` and/or ``metadata_col``, one explain pass also fills those
    columns (an array of removal structs; a metadata struct).
    """
    if text_col not in df.columns:
        raise KeyError(f"the DataFrame has no column {text_col!r}; it has {df.columns}")
    output_col = output_col or text_col
    if removals_col is None and metadata_col is None:
        return df.withColumn(
            output_col, clean_column(text_col, pipeline=pipeline, language=language)
        )
    temporary = "__newsclean_explained"
    explained = explain_column(
        text_col, pipeline=pipeline, language=language, metadata=metadata_col is not None
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
