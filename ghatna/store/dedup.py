"""Cross-article event fusion: the same real-world event reported by several articles becomes one
``fused_events`` row with a ``source_count``; the per-article ``events`` rows stay and point to it.

Two reports are the same event when they agree on PLOVER type, modality, canonical actor and
recipient, do not contradict each other on mode or place, come from different articles, and their
dates (the event's own, else the article's) lie within the date window of each other.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from ghatna.schema.columns import GEO_COLUMNS as GEO_COLUMN_TYPES
from ghatna.store.dates import day_range, distance, near
from ghatna.store.dialect import Connection
from ghatna.text.normalise import match_key

DEFAULT_WINDOW_DAYS = 3
_PRECISION = {"day": 3, "month": 2, "year": 1}


def place_key(name_hi: str | None, name_en: str | None) -> str | None:
    """A comparable key of a place: its folded Devanagari name and/or lower-cased English name."""
    parts = [match_key(name_hi) if name_hi else "", (name_en or "").strip().lower()]
    return "|".join(parts) if any(parts) else None


def _places_agree(a_country: str | None, a_key: str | None, b_country: str | None, b_key: str | None) -> bool:
    if a_country and b_country and a_country != b_country:
        return False
    if not a_key or not b_key:
        return True
    a_hi, a_en = a_key.split("|")
    b_hi, b_en = b_key.split("|")
    return (not (a_hi and b_hi) or a_hi == b_hi) or (bool(a_en and b_en) and a_en == b_en)


def _days(row_from: str | None, row_to: str | None) -> tuple[date, date] | None:
    if not row_from or not row_to:
        return None
    return date.fromisoformat(row_from), date.fromisoformat(row_to)


def fuse(connection: Connection, event_id: int, window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """Attach per-article event ``event_id`` to its fused event (found or created); return that id."""
    (article_id, kind, mode, modality, actor_id, recipient_id, country, place_hi, place_en, day_from, day_to) = (
        connection.execute(
            "SELECT article_id, type, mode, modality, actor_id, recipient_id, location_country, location_name_hi, "
            "location_name_en, day_from, day_to FROM events WHERE id = ?",
            (event_id,),
        ).fetchone()
    )
    key = place_key(place_hi, place_en)
    days = _days(day_from, day_to)
    rows = connection.execute(
        "SELECT f.id, f.mode, f.location_country, f.location_key, f.day_from, f.day_to FROM fused_events f "
        "WHERE f.type = ? AND f.modality = ? AND COALESCE(f.actor_id, 0) = ? AND COALESCE(f.recipient_id, 0) = ? "
        "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.fused_id = f.id AND e.article_id = ?) ORDER BY f.id",
        (kind, modality, actor_id or 0, recipient_id or 0, article_id),
    ).fetchall()
    best: tuple[int, int] | None = None
    for fid, f_mode, f_country, f_key, f_from, f_to in rows:
        if mode and f_mode and mode != f_mode:
            continue
        if not _places_agree(country, key, f_country, f_key):
            continue
        f_days = _days(f_from, f_to)
        if (days is None) != (f_days is None):
            continue
        gap = 0
        if days is not None and f_days is not None:
            if not near(days, f_days, window_days):
                continue
            gap = distance(days, f_days)
        if best is None or gap < best[1]:
            best = (int(fid), gap)
    if best is None:
        fused_id = int(
            connection.execute(
                "INSERT INTO fused_events (type, modality, actor_id, recipient_id, date_from_article, confidence, "
                "source_count, outlet_count, mention_count, created_at) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, ?) "
                "RETURNING id",
                (kind, modality, actor_id, recipient_id, datetime.now(UTC).isoformat(timespec="seconds")),
            ).fetchone()[0]
        )
    else:
        fused_id = best[0]
    connection.execute("UPDATE events SET fused_id = ? WHERE id = ?", (fused_id, event_id))
    refresh(connection, fused_id)
    return fused_id


#: the geocoded place of an event (migration 0006), kept together: all from one report
GEO_COLUMNS = tuple(column for column, _ in GEO_COLUMN_TYPES)

_MEMBER_COLUMNS = (
    "id", "mode", "cameo", "quad_class", "plover_score", "actor_code", "actor_name_en", "actor_name_hi",
    "actor_country", "actor_sector", "recipient_code", "recipient_name_en", "recipient_name_hi",
    "recipient_country", "recipient_sector", "location_name_hi", "location_name_en", "location_country",
    "date_start", "date_end", "date_precision", "day_from", "day_to", "confidence", "context",
    *GEO_COLUMNS,
)


def refresh(connection: Connection, fused_id: int) -> None:
    """Recompute a fused event from all its reports (so the result does not depend on their order)."""
    members: list[dict[str, Any]] = [
        dict(zip(_MEMBER_COLUMNS, row, strict=True))
        for row in connection.execute(
            f"SELECT {', '.join('e.' + c for c in _MEMBER_COLUMNS)} FROM events e WHERE e.fused_id = ? ORDER BY e.id",
            (fused_id,),
        ).fetchall()
    ]
    dated = sorted(
        (m for m in members if m["date_start"]),
        key=lambda m: (-_PRECISION.get(m["date_precision"] or "", 0), m["id"]),
    )
    when = dated[0] if dated else None
    undated = sorted(members, key=lambda m: (m["day_from"] is None, m["day_to"] or "", m["day_from"] or ""))
    days_from = (when or undated[0])["day_from"]
    days_to = (when or undated[0])["day_to"]

    def first(column: str) -> Any:
        return next((m[column] for m in members if m[column] is not None), None)

    located = next((m for m in members if m["location_name_hi"] or m["location_name_en"]), None)
    stats = connection.execute(
        "SELECT COUNT(DISTINCT e.article_id), COUNT(DISTINCT COALESCE(a.outlet, a.source)), "
        "(SELECT COUNT(*) FROM evidence v JOIN events x ON x.id = v.event_id WHERE x.fused_id = ?), "
        "MIN(COALESCE(a.url, a.source)) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.fused_id = ?",
        (fused_id, fused_id),
    ).fetchone()
    values = {
        **{c: first(c) for c in ("mode", "cameo", "quad_class", "plover_score")},
        **{c: first(c) for c in _MEMBER_COLUMNS if c.startswith(("actor_", "recipient_"))},
        "location_name_hi": located["location_name_hi"] if located else None,
        "location_name_en": located["location_name_en"] if located else None,
        "location_country": first("location_country"),
        "location_key": place_key(located["location_name_hi"], located["location_name_en"]) if located else None,
        **{c: located[c] if located else None for c in GEO_COLUMNS},
        "date_start": when["date_start"] if when else None,
        "date_end": when["date_end"] if when else None,
        "date_precision": when["date_precision"] if when else None,
        "day_from": days_from,
        "day_to": days_to,
        "date_from_article": int(when is None and days_from is not None),
        "confidence": max(float(m["confidence"]) for m in members),
        "source_count": int(stats[0]),
        "outlet_count": int(stats[1]),
        "mention_count": int(stats[2]),
        "source_url": stats[3],
    }
    assignments = ", ".join(f"{column} = ?" for column in values)
    connection.execute(f"UPDATE fused_events SET {assignments} WHERE id = ?", (*values.values(), fused_id))
    contexts = sorted({c for m in members for c in json.loads(m["context"] or "[]")})
    connection.execute("DELETE FROM fused_event_contexts WHERE fused_id = ?", (fused_id,))
    connection.executemany(
        "INSERT INTO fused_event_contexts (fused_id, context) VALUES (?, ?)", [(fused_id, c) for c in contexts]
    )


def effective_days(
    event_start: str | None, event_end: str | None, article_date: str | None
) -> tuple[str | None, str | None]:
    """The day range an event is filed under: its own date, else its article's date (ISO strings)."""
    days = day_range(event_start, event_end) or day_range(article_date)
    if days is None:
        return None, None
    return days[0].isoformat(), days[1].isoformat()
