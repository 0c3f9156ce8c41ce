"""One table of logical column types: the Parquet export's Arrow schema and the Spark job's schema
are both derived from it, so the geo columns cannot be typed two ways."""

from __future__ import annotations

from typing import get_args

import pyarrow as pa
import pytest

from ghatna.run.spark_rows import EVENT_COLUMNS
from ghatna.schema.columns import GEO_COLUMNS, LogicalType, arrow_schema, arrow_type, spark_schema, spark_type
from ghatna.store.dedup import GEO_COLUMNS as FUSED_GEO_COLUMNS
from ghatna.store.export import COLUMNS
from ghatna.store.export import arrow_schema as export_arrow_schema


def _run(columns: tuple[tuple[str, str], ...], names: list[str]) -> tuple[tuple[str, str], ...]:
    start = [c for c, _ in columns].index(names[0])
    return columns[start : start + len(names)]


def test_both_flat_tables_carry_the_geo_table_unchanged() -> None:
    names = [c for c, _ in GEO_COLUMNS]
    assert _run(COLUMNS, names) == GEO_COLUMNS
    assert _run(EVENT_COLUMNS, names) == GEO_COLUMNS
    assert tuple(names) == FUSED_GEO_COLUMNS


def test_the_export_arrow_schema_is_derived_from_the_logical_types() -> None:
    schema = export_arrow_schema()
    assert schema.equals(arrow_schema(COLUMNS))
    expected = [pa.int64(), pa.float64(), pa.float64(), *[pa.string()] * 3]
    assert [schema.field(c).type for c, _ in GEO_COLUMNS] == expected


def test_spark_and_arrow_forms_of_every_logical_type_agree() -> None:
    pytest.importorskip("pyspark", reason="PySpark is an optional extra: pip install 'ghatna[spark]'")
    from pyspark.sql.pandas.types import to_arrow_type

    kinds: tuple[LogicalType, ...] = get_args(LogicalType)
    assert [to_arrow_type(spark_type(k)) for k in kinds] == [arrow_type(k) for k in kinds]
    spark = spark_schema(EVENT_COLUMNS)
    assert spark.names == [c for c, _ in EVENT_COLUMNS]
    assert [spark[c].dataType for c, _ in GEO_COLUMNS] == [spark_type(k) for _, k in GEO_COLUMNS]
    assert spark["location_geonames_id"].dataType.simpleString() == "bigint"
