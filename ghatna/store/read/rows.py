"""Rows as dicts keyed by column name, on either backend (DB-API ``cursor.description``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ghatna.store.database import Store


def dicts(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor: Any = store.connection.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
