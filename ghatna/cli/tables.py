"""Printing query results: an aligned terminal table, JSON, JSON lines or CSV (only the CLI prints)."""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

OUTPUT_FORMATS = ("table", "json", "jsonl", "csv")


def _width(text: str) -> int:
    """Terminal cells taken by ``text``: combining marks (Devanagari vowel signs) take none."""
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me") else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _cell(value: Any, limit: int = 40) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([_width(c), *(_width(row[i]) for row in cells)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    print(line(list(columns)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row).rstrip())


def emit(records: list[dict[str, Any]], fmt: str, table_rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print ``records`` (nested) as JSON/JSONL, or ``table_rows`` (flat) as a table or CSV."""
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(table_rows)
    else:
        print_table(table_rows, columns)
