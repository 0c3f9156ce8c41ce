"""The Spark job on a real local[2] session, over a few hundred articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from ghatna.errors import GhatnaError
from ghatna.ingest.article import make_article
from ghatna.nlp.segment import segment
from ghatna.run.extract import extract
from ghatna.run.spark import SparkJob, local_session, run_spark_job
from ghatna.schema.columns import GEO_COLUMNS
from ghatna.store.export import arrow_schema
from tests.conftest import SAMPLES

pytest.importorskip("pyspark", reason="PySpark is an optional extra: pip install 'ghatna[spark]'")

# py4j leaves its gateway sockets to the garbage collector; that is PySpark's leak, not ours.
pytestmark = [
    pytest.mark.filterwarnings("ignore:unclosed <socket.socket:ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def corpus_texts(count: int) -> list[str]:
    """Articles made of consecutive sentence windows of the bundled samples."""
    sentences = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [text[s.start : s.end] for s in segment(text)]
    return [" ".join(sentences[(i + k) % len(sentences)] for k in range(3)) + f" ({i})" for i in range(count)]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = local_session("local[2]", "ghatna-test")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_job_over_three_hundred_articles(spark: Any, tmp_path: Path) -> None:
    texts = corpus_texts(300)
    source = tmp_path / "corpus.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"a{i}", "body": text, "date": "2018-10-03"}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"id": "empty", "body": ""}) + "\n")
        # a row without "body" or "date" gives way to the next common names, as in a local dump
        out.write(json.dumps({"guid": "later", "description": texts[0], "pubDate": "2018-10-04"}) + "\n")
    job = SparkJob(str(source), str(tmp_path / "out"), partitions=4)  # "body" found as the text column
    result = run_spark_job(job, spark)
    assert (result.articles, result.failed) == (302, 1)

    expected_events = sum(len(extract(make_article(t, "x")).events) for t in [*texts, texts[0]])
    assert result.events == expected_events

    articles = spark.read.parquet(str(tmp_path / "out" / "articles"))
    rows = {r.article_id: r for r in articles.collect()}
    assert rows["a7"].sentences == len(segment(texts[7]))
    assert rows["a7"].date == "2018-10-03" and rows["a7"].date_inferred is False
    assert rows["empty"].error == "no text in 'body', 'description'"
    assert rows["later"].date == "2018-10-04" and rows["later"].sentences == len(segment(texts[0]))
    events = spark.read.parquet(str(tmp_path / "out" / "events"))
    assert "context" in events.columns and dict(events.dtypes)["context"] == "array<string>"
    written = pq.read_schema(next((tmp_path / "out" / "events").glob("*.parquet")))
    exported = arrow_schema()  # the Parquet export's; both come from ghatna.schema.columns
    assert [written.field(c).type for c, _ in GEO_COLUMNS] == [exported.field(c).type for c, _ in GEO_COLUMNS]


def test_missing_text_column_is_a_clear_error(spark: Any, tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_text(json.dumps({"id": "1", "notes": "भारत"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GhatnaError, match="no text column \\(looked for text, content"):
        run_spark_job(SparkJob(str(source), str(tmp_path / "out")), spark)


def test_a_row_takes_the_date_that_reads_as_one_and_dotted_names_are_columns(spark: Any, tmp_path: Path) -> None:
    """As a local dump: "N/A" under "date" gives way to a pubDate; a "pub.date" column is a column."""
    text = corpus_texts(1)[0]
    source = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": text, "date": "N/A", "pubDate": "Wed, 03 Oct 2018 10:00:00 +0530", "pub.date": "x"}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = run_spark_job(SparkJob(str(source), str(tmp_path / "out")), spark)
    assert (result.articles, result.failed) == (1, 0)
    [row] = spark.read.parquet(str(tmp_path / "out" / "articles")).collect()
    assert row.date == "2018-10-03" and row.date_inferred is False
