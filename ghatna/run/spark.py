"""Extraction as a PySpark job: JSONL or Parquet in (any Hadoop-compatible URI), Parquet out.

Each partition builds one pipeline and runs it over its rows (``mapPartitions``); a row that
fails becomes an article row with its ``error`` set, never a failed job. As in a local dump, each
row's text, title, date, url and id come from the first of their columns that holds a value in that
row. Output folders: ``OUTPUT/articles`` and ``OUTPUT/events``, with the columns of
``ghatna.run.spark_rows``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ghatna.errors import GhatnaError
from ghatna.ingest.article import make_article
from ghatna.ingest.dates import first_readable_date
from ghatna.ingest.fields import ROLES, as_text, fields_for, tried
from ghatna.pipeline import DEFAULT_STAGES, Pipeline
from ghatna.run.extract import extract
from ghatna.run.spark_rows import ARTICLE_COLUMNS, EVENT_COLUMNS, article_row, event_rows, failed_article_row
from ghatna.schema.columns import spark_schema


@dataclass(frozen=True, slots=True)
class SparkJob:
    input_uri: str
    output_uri: str
    input_format: str = "jsonl"
    # None: the first common name present (ghatna.ingest.fields)
    text_field: str | None = None
    id_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    partitions: int | None = None
    mode: str = "errorifexists"


@dataclass(frozen=True, slots=True)
class SparkResult:
    articles: int
    failed: int
    events: int


Columns = dict[str, list[str]]  # role -> the columns that may hold it, best first


def _column(role: str, n: int) -> str:
    return f"{role}__{n}"


def _values(record: dict[str, Any], role: str, columns: Columns) -> list[str]:
    values = (as_text(record.get(_column(role, n)), role) for n in range(len(columns[role])))
    return [value for value in values if value]


def _first_value(record: dict[str, Any], role: str, columns: Columns) -> str | None:
    return next(iter(_values(record, role, columns)), None)


def _quoted(name: str) -> str:
    """A column name as Spark reads it literally: ``pub.date`` is no field ``date`` of a ``pub``."""
    return "`" + name.replace("`", "``") + "`"


def _extract_partition(job: SparkJob, columns: Columns, rows: Iterable[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows whose columns are named by role and rank (``text__0``, ``id__0`` …) to article and event rows."""
    pipeline = Pipeline(DEFAULT_STAGES)
    for index, row in enumerate(rows):
        record = row.asDict()
        text = _first_value(record, "text", columns)
        ident = _first_value(record, "id", columns)
        source = f"{job.input_uri}#{ident if ident is not None else index}"
        if not text or not text.strip():
            tried_columns = ", ".join(map(repr, columns["text"]))
            yield "article", failed_article_row(str(ident), source, f"no text in {tried_columns}")
            continue
        try:
            article = make_article(
                text,
                source,
                article_id=str(ident) if ident not in (None, "") else None,
                title=_first_value(record, "title", columns),
                read_title=True,
                date_value=first_readable_date(_values(record, "date", columns)),
                url=_first_value(record, "url", columns),
            )
            analysis = extract(article, pipeline)
        except (GhatnaError, ValueError) as e:
            yield "article", failed_article_row(str(ident), source, str(e))
            continue
        yield "article", article_row(analysis)
        for event in event_rows(analysis):
            yield "event", event


def run_spark_job(job: SparkJob, spark: Any) -> SparkResult:
    """Run ``job`` on the given ``SparkSession`` and write its Parquet output."""
    reader = spark.read
    if job.input_format == "jsonl":
        frame = reader.json(job.input_uri)
    elif job.input_format == "parquet":
        frame = reader.parquet(job.input_uri)
    else:
        raise GhatnaError(f"unknown input format {job.input_format!r}: use jsonl or parquet")
    columns = {role: fields_for(role, frame.columns, getattr(job, f"{role}_field")) for role in ROLES}
    if not columns["text"]:
        raise GhatnaError(
            f"{job.input_uri}: no text column (looked for {tried('text', job.text_field)}; columns: {frame.columns})"
        )
    ranked = [(role, n, name) for role, names in columns.items() for n, name in enumerate(names)]
    frame = frame.select(*[frame[_quoted(name)].cast("string").alias(_column(role, n)) for role, n, name in ranked])
    if job.partitions:
        frame = frame.repartition(job.partitions)
    tagged = frame.rdd.mapPartitions(lambda rows: _extract_partition(job, columns, rows)).cache()
    articles = tagged.filter(lambda kv: kv[0] == "article").map(lambda kv: kv[1])
    events = tagged.filter(lambda kv: kv[0] == "event").map(lambda kv: kv[1])
    article_frame = spark.createDataFrame(
        articles.map(lambda r: [r[c] for c, _ in ARTICLE_COLUMNS]), spark_schema(ARTICLE_COLUMNS)
    )
    event_frame = spark.createDataFrame(
        events.map(lambda r: [r[c] for c, _ in EVENT_COLUMNS]), spark_schema(EVENT_COLUMNS)
    )
    article_frame.write.mode(job.mode).parquet(f"{job.output_uri.rstrip('/')}/articles")
    event_frame.write.mode(job.mode).parquet(f"{job.output_uri.rstrip('/')}/events")
    result = SparkResult(
        articles=article_frame.count(),
        failed=article_frame.filter(article_frame.error.isNotNull()).count(),
        events=event_frame.count(),
    )
    tagged.unpersist()
    return result


def local_session(master: str = "local[2]", app_name: str = "ghatna") -> Any:
    """A SparkSession; on a cluster, ``spark-submit`` provides the master instead."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise GhatnaError("PySpark is not installed: pip install 'ghatna[spark]'") from e
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this interpreter, with ghatna
    return (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
