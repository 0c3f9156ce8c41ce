"""Fused events as records: the one JSON shape of ``ghatna events``, ``/api/events`` and the pages.

An event without its own ``date`` keeps it empty; ``article_date`` beside it is its (first)
article's date, and ``days`` the day range it is filed under (its own date, else the article's).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ghatna.store.database import Store
from ghatna.store.dedup import GEO_COLUMNS
from ghatna.store.plover import QUADS
from ghatna.store.read.filters import EventFilter, order_by, page, where
from ghatna.store.read.numbers import tidy

_FUSED = (
    "id", "type", "mode", "cameo", "quad_class", "plover_score",
    "actor_id", "actor_code", "actor_name_en", "actor_name_hi", "actor_country", "actor_sector",
    "recipient_id", "recipient_code", "recipient_name_en", "recipient_name_hi", "recipient_country",
    "recipient_sector", "location_name_hi", "location_name_en", "location_country", *GEO_COLUMNS,
    "date_start", "date_end", "date_precision", "day_from", "day_to", "date_from_article",
    "modality", "confidence", "source_count", "outlet_count", "mention_count", "source_url", "created_at",
)  # fmt: skip


def fused_rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Matching fused events as flat dicts (column name → value), in the filter's order."""
    clause, params = where(store.dialect, flt)
    limit, more = page(flt.limit, flt.offset)
    sql = f"SELECT {', '.join('f.' + c for c in _FUSED)} FROM fused_events f{clause}{order_by(flt.sort)}{limit}"
    for row in store.connection.execute(sql, [*params, *more]).fetchall():
        yield dict(zip(_FUSED, row, strict=True))


def count_events(store: Store, flt: EventFilter) -> int:
    clause, params = where(store.dialect, flt)
    return int(store.connection.execute(f"SELECT COUNT(*) FROM fused_events f{clause}", params).fetchone()[0])


def contexts_of(store: Store, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        rows = store.connection.execute(
            f"SELECT fused_id, context FROM fused_event_contexts WHERE fused_id IN ({marks}) ORDER BY context", chunk
        ).fetchall()
        for fid, context in rows:
            found[int(fid)].append(str(context))
    return found


def evidence_of(store: Store, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Per fused event: the evidence of each report, with its article (id, document id, date)."""
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        rows = store.connection.execute(
            "SELECT e.fused_id, e.id, a.id, a.doc_id, a.date_value, a.source, a.url, v.sentence, v.start_offset, "
            "v.end_offset, v.trigger, v.text FROM events e JOIN articles a ON a.id = e.article_id "
            f"JOIN evidence v ON v.event_id = e.id WHERE e.fused_id IN ({marks}) ORDER BY e.fused_id, a.id, "
            "v.start_offset",
            chunk,
        ).fetchall()
        for fid, eid, aid, doc, day, source, url, sentence, start, end, trigger, text in rows:
            found[int(fid)].append(
                {
                    "event": int(eid),
                    "article_id": int(aid),
                    "article": doc,
                    "article_date": day,
                    "source": source,
                    "url": url,
                    "sentence": sentence,
                    "start": start,
                    "end": end,
                    "trigger": trigger,
                    "text": text,
                }
            )
    return found


def chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _actor_object(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    if row[f"{side}_id"] is None and row[f"{side}_country"] is None:
        return None
    return {k: row[f"{side}_{k}"] for k in ("id", "code", "name_en", "name_hi", "country", "sector")}


def record(row: dict[str, Any], contexts: list[str], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """One fused event as its JSON record."""
    place = None
    if row["location_name_hi"] or row["location_name_en"] or row["location_country"]:
        place = {k: row[f"location_{k}"] for k in ("name_hi", "name_en", "country")}
        place.update({c.removeprefix("location_"): row[c] for c in GEO_COLUMNS if row[c] is not None})
    date = None
    if row["date_start"]:
        date = {"start": row["date_start"], "end": row["date_end"], "precision": row["date_precision"]}
    first = evidence[0] if evidence else {}
    return {
        "id": row["id"], "type": row["type"], "mode": row["mode"], "cameo": row["cameo"],
        "quad_class": row["quad_class"], "quad": QUADS.get(row["quad_class"] or 0),
        "plover_score": tidy(row["plover_score"]),
        "actor": _actor_object(row, "actor"), "recipient": _actor_object(row, "recipient"),
        "location": place, "date": date, "article_date": first.get("article_date"),
        "days": [row["day_from"], row["day_to"]], "date_from_article": bool(row["date_from_article"]),
        "modality": row["modality"], "context": contexts, "confidence": tidy(row["confidence"]),
        "source_count": row["source_count"], "outlet_count": row["outlet_count"],
        "article_id": first.get("article_id"), "article": first.get("article"),
        "evidence": evidence,
    }  # fmt: skip


def events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Matching fused events as nested records (the JSON shape of ``ghatna events --format json``)."""
    rows = list(fused_rows(store, flt))
    ids = [int(r["id"]) for r in rows]
    contexts, evidence = contexts_of(store, ids), evidence_of(store, ids)
    return [record(r, contexts[int(r["id"])], evidence[int(r["id"])]) for r in rows]


def event(store: Store, event_id: int) -> dict[str, Any] | None:
    found = events(store, EventFilter(ids=(event_id,)))
    return found[0] if found else None


def example_events(store: Store, count: int) -> list[dict[str, Any]]:
    """A few events that show what ghatna codes: the most confident with both sides named in English, one per type."""
    rows = store.connection.execute(
        "SELECT f.id, f.type FROM fused_events f WHERE f.actor_name_en IS NOT NULL "
        "AND (f.recipient_name_en IS NOT NULL OR f.recipient_country IS NOT NULL) "
        "ORDER BY f.confidence DESC, f.id LIMIT 500"
    ).fetchall()
    chosen: dict[str, int] = {}
    for fid, kind in rows:
        if len(chosen) < count:
            chosen.setdefault(str(kind), int(fid))
    found = {int(r["id"]): r for r in events(store, EventFilter(ids=tuple(chosen.values())))}
    return [found[i] for i in chosen.values()]
