"""Exports: Parquet with the documented dtypes, a GDELT 2.0 table, CSV and JSONL; real extraction end to end."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from ghatna.store import open_store
from ghatna.store.export import COLUMNS, arrow_schema
from ghatna.store.gdelt import GDELT_COLUMNS
from tests.conftest import ROOT, CliResult, require_dev_texts
from tests.store_data import SECOND, reference, second_report

Cli = Callable[..., CliResult]
DOCS = ROOT / "docs" / "knowledge-base.md"


@pytest.fixture
def loaded(kb_url: str) -> str:
    with open_store(kb_url) as store:
        store.add([reference(), second_report()])
    return kb_url


def test_parquet_has_the_documented_types(cli: Cli, loaded: str, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    result = cli("export", "--db", loaded, "--format", "parquet", "-o", str(path))
    assert result.code == 0, result.err
    assert pq.read_schema(path).equals(arrow_schema())
    frame = pd.read_parquet(path)
    assert len(frame) == 8 and list(frame.columns) == [c for c, _ in COLUMNS]
    assert str(frame["event_id"].dtype) == "int64" and str(frame["confidence"].dtype) == "float64"
    assert str(frame["source_count"].dtype) == "int32"
    meeting = frame[frame["recipient_name_en"] == "Beibut Atamkulov"].iloc[0]
    assert meeting["source_count"] == 2 and list(meeting["contexts"]) == ["economic", "military", "technology"]
    assert sorted(meeting["articles"]) == ["ref", "second"] and str(meeting["day_from"]) == "2018-10-02"


def test_the_documented_columns_are_the_exported_ones() -> None:
    documented = [line.split("|")[1].strip(" `") for line in DOCS.read_text(encoding="utf-8").splitlines()
                  if line.startswith("| `")]
    assert documented == [c for c, _ in COLUMNS]
    for column, kind in COLUMNS:
        assert f"| `{column}` | {kind} |" in DOCS.read_text(encoding="utf-8")


def test_gdelt_export_parses_with_the_gdelt_2_columns(cli: Cli, loaded: str, tmp_path: Path) -> None:
    path = tmp_path / "events.export.CSV"
    assert cli("export", "--db", loaded, "--format", "gdelt", "-o", str(path)).code == 0
    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype={"EventCode": str,
                        "EventBaseCode": str, "EventRootCode": str})
    assert len(GDELT_COLUMNS) == 61 and len(frame) == 8 and frame.shape[1] == 61
    visit = frame[(frame["Actor2Name"] == "BEIBUT ATAMKULOV") & (frame["EventCode"] == "042")].iloc[0]
    assert visit["SQLDATE"] == 20181002 and visit["MonthYear"] == 201810 and visit["Year"] == 2018
    assert visit["Actor1Code"] == "INDGOV" and visit["Actor1CountryCode"] == "IND" and visit["Actor2Code"] == "KAZGOV"
    assert visit["EventRootCode"] == "04" and visit["QuadClass"] == 1 and visit["GoldsteinScale"] == 4.0
    assert visit["NumArticles"] == 2 and visit["NumSources"] == 2 and visit["NumMentions"] == 2
    assert visit["ActionGeo_FullName"] == "Astana" and visit["ActionGeo_Type"] == 4
    assert visit["SOURCEURL"].startswith("https://") and len(str(visit["DATEADDED"])) == 14


def test_csv_and_jsonl_exports(cli: Cli, loaded: str) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", loaded, "--format", "csv").out)))
    assert len(rows) == 8 and list(rows[0]) == [c for c, _ in COLUMNS]
    assert {r["contexts"] for r in rows if r["recipient_name_en"] == "Kairat Abdrakhmanov"} == {"diplomatic"}
    lines = cli("export", "--db", loaded, "--format", "jsonl", "--type", "COOPERATE").out.splitlines()
    assert [json.loads(line)["cameo"] for line in lines] == ["062", "074"]
    assert cli("export", "--db", loaded, "--format", "parquet").code == 2  # needs -o


def test_end_to_end_real_extraction_twice_gives_identical_results(cli: Cli, kb_url: str) -> None:
    """Ingest the dev texts, the reference and the second report with the real pipeline, twice.

    Until the event coder lands the pipeline codes no events; this asserts the structure, and
    that a second ingest changes no query result.
    """
    paths = [str(require_dev_texts()), str(ROOT / "samples" / "000_80b73bf1b1695fdc.txt"), str(SECOND)]
    assert cli("ingest", *paths, "--db", kb_url, "--no-progress").code == 0
    first = [cli(*q, "--db", kb_url, "--format", "json").out for q in (("events",), ("actors",),
                                                                       ("dyad", "IND", "KAZ"))]
    second = cli("ingest", *paths, "--db", kb_url, "--no-progress")
    assert second.code == 0 and "0 new" in second.out
    assert [cli(*q, "--db", kb_url, "--format", "json").out for q in (("events",), ("actors",),
                                                                      ("dyad", "IND", "KAZ"))] == first
    found = json.loads(first[0])
    assert isinstance(found, list)
    for event in found:
        assert {"type", "actor", "recipient", "date", "source_count", "evidence"} <= set(event)
        assert event["source_count"] >= 1 and event["evidence"]
    with open_store(kb_url) as store:
        assert store.meta()["model:pipeline"] and store.counts()["articles"] >= 3
