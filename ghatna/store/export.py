"""Exports of the fused events: JSONL, CSV, Parquet (typed columns) and a GDELT 2.0 event table.

Column types of the CSV/Parquet table are declared once, in ``COLUMNS`` (logical types of
``ghatna.schema.columns``, which the geo columns share with the Spark rows); docs/knowledge-base.md
lists them and a test checks the two agree.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from ghatna.schema.columns import GEO_COLUMNS, Columns
from ghatna.schema.columns import arrow_schema as columns_arrow_schema
from ghatna.store.database import Store
from ghatna.store.read import EventFilter, events

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

# (column, logical type) of the flat table; "list<string>" columns are ";"-joined in CSV.
COLUMNS: Columns = (
    ("event_id", "int64"),
    ("type", "string"),
    ("mode", "string"),
    ("cameo", "string"),
    ("quad_class", "int8"),
    ("plover_score", "double"),
    ("actor_id", "int64"),
    ("actor_code", "string"),
    ("actor_name_en", "string"),
    ("actor_name_hi", "string"),
    ("actor_country", "string"),
    ("actor_sector", "string"),
    ("recipient_id", "int64"),
    ("recipient_code", "string"),
    ("recipient_name_en", "string"),
    ("recipient_name_hi", "string"),
    ("recipient_country", "string"),
    ("recipient_sector", "string"),
    ("location_name_en", "string"),
    ("location_name_hi", "string"),
    ("location_country", "string"),
    *GEO_COLUMNS,
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("day_from", "date32"),
    ("day_to", "date32"),
    ("date_from_article", "bool"),
    ("article_date", "string"),
    ("modality", "string"),
    ("contexts", "list<string>"),
    ("confidence", "double"),
    ("source_count", "int32"),
    ("outlet_count", "int32"),
    ("mention_count", "int32"),
    ("articles", "list<string>"),
    ("source_url", "string"),
)


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """One nested event record (``read.events``) as a row of ``COLUMNS``."""
    row: dict[str, Any] = {"event_id": record["id"]}
    for key in ("type", "mode", "cameo", "quad_class", "plover_score", "modality", "confidence", "source_count",
                "outlet_count"):
        row[key] = record[key]
    for side in ("actor", "recipient"):
        obj = record[side] or {}
        for k in ("id", "code", "name_en", "name_hi", "country", "sector"):
            row[f"{side}_{k}"] = obj.get(k)
    loc = record["location"] or {}
    for k in ("name_en", "name_hi", "country", "geonames_id", "lat", "lon", "feature", "admin1", "basis"):
        row[f"location_{k}"] = loc.get(k)
    when = record["date"] or {}
    for k in ("start", "end", "precision"):
        row[f"date_{k}"] = when.get(k)
    row["day_from"] = date.fromisoformat(record["days"][0]) if record["days"][0] else None
    row["day_to"] = date.fromisoformat(record["days"][1]) if record["days"][1] else None
    row["date_from_article"] = record["date_from_article"]
    row["article_date"] = record["article_date"]
    row["contexts"] = list(record["context"])
    row["mention_count"] = len(record["evidence"])
    row["articles"] = sorted({e["article"] for e in record["evidence"]})
    row["source_url"] = next((e["url"] or e["source"] for e in record["evidence"]), None)
    return row


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007 - n is the count written
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[c for c, _ in COLUMNS], lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007
        row = flat(record)
        for column, kind in COLUMNS:
            if kind == "list<string>":
                row[column] = ";".join(row[column])
            elif kind == "date32" and row[column] is not None:
                row[column] = row[column].isoformat()
        writer.writerow(row)
    return n


def arrow_schema() -> Any:
    return columns_arrow_schema(COLUMNS)


def write_parquet(records: Iterable[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    pq.write_table(table, path)
    return len(rows)


def export(store: Store, fmt: str, out: IO[str] | str, flt: EventFilter | None = None) -> int:
    """Write the selected fused events to ``out`` (a text stream; a path for Parquet); return how many."""
    from ghatna.store.gdelt import write_gdelt

    records = events(store, flt or EventFilter())
    if fmt == "parquet":
        if not isinstance(out, str):
            raise TypeError("Parquet is written to a path")
        return write_parquet(records, out)
    if isinstance(out, str):
        raise TypeError("text formats are written to a stream")
    writers = {"jsonl": write_jsonl, "csv": write_csv, "gdelt": write_gdelt}
    return writers[fmt](records, out)
