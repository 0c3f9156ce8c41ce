"""Logical column types of the flat tables (the CSV/Parquet export, the Spark job's rows) and their
Arrow and Spark forms: a table is a tuple of (column, logical type), declared once and derived into
a ``pyarrow.Schema`` or a ``pyspark.sql.types.StructType``. Both libraries are imported only when a
schema is built, so the tables themselves cost nothing to import."""

from __future__ import annotations

from typing import Any, Literal

LogicalType = Literal["string", "int64", "int32", "int8", "double", "bool", "date32", "list<string>"]
Columns = tuple[tuple[str, LogicalType], ...]

#: the geocoded place of an event (OUTPUT.md ``location``, store migration 0006), in every flat table
GEO_COLUMNS: Columns = (
    ("location_geonames_id", "int64"),
    ("location_lat", "double"),
    ("location_lon", "double"),
    ("location_feature", "string"),
    ("location_admin1", "string"),
    ("location_basis", "string"),
)


def arrow_type(kind: LogicalType) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "int32": pa.int32(),
        "int8": pa.int8(),
        "double": pa.float64(),
        "bool": pa.bool_(),
        "date32": pa.date32(),
        "list<string>": pa.list_(pa.string()),
    }
    return types[kind]


def arrow_schema(columns: Columns) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(column, arrow_type(kind)) for column, kind in columns])


def spark_type(kind: LogicalType) -> Any:
    from pyspark.sql import types as st

    types = {
        "string": st.StringType(),
        "int64": st.LongType(),
        "int32": st.IntegerType(),
        "int8": st.ByteType(),
        "double": st.DoubleType(),
        "bool": st.BooleanType(),
        "date32": st.DateType(),
        "list<string>": st.ArrayType(st.StringType()),
    }
    return types[kind]


def spark_schema(columns: Columns) -> Any:
    from pyspark.sql import types as st

    return st.StructType([st.StructField(column, spark_type(kind), nullable=True) for column, kind in columns])
