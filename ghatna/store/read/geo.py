"""Events on a map: one GeoJSON point per place, for the events an ``EventFilter`` selects.

A place is its GeoNames id, else its coordinates. Events without coordinates (no place, or a place
the places stage could not geocode) and events without a date are counted, never dropped silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ghatna.store.database import Store
from ghatna.store.plover import QUADS
from ghatna.store.read.filters import EventFilter, where
from ghatna.store.read.numbers import tidy

_GEONAMES = "geonames:"  # how a point's key begins when its place has a GeoNames id
MAX_IDS = 100  # event ids listed per point; ``events`` always has the full count
_COLUMNS = (
    "id", "quad_class", "location_geonames_id", "location_lat", "location_lon", "location_name_en",
    "location_name_hi", "location_country", "location_feature", "location_admin1", "date_start", "day_from",
)  # fmt: skip


def _place_key(row: dict[str, Any]) -> str:
    if row["location_geonames_id"] is not None:
        return f"{_GEONAMES}{int(row['location_geonames_id'])}"
    return f"point:{tidy(row['location_lat'], 4)},{tidy(row['location_lon'], 4)}"


def _feature(key: str, rows: list[dict[str, Any]], max_ids: int) -> dict[str, Any]:
    """The point of one place: where it is, what it is called and which events happened there."""
    first = rows[0]
    quads = Counter(QUADS.get(r["quad_class"] or 0) or "unknown" for r in rows)
    names = Counter((r["location_name_en"], r["location_name_hi"]) for r in rows)
    name_en, name_hi = names.most_common(1)[0][0]
    ids = sorted(int(r["id"]) for r in rows)
    geonames = first["location_geonames_id"]
    return {
        "type": "Feature",
        "id": key,
        "geometry": {"type": "Point", "coordinates": [tidy(first["location_lon"], 4), tidy(first["location_lat"], 4)]},
        "properties": {
            "place": key,
            "geonames_id": int(geonames) if geonames is not None else None,
            "name_en": name_en,
            "name_hi": name_hi,
            "country": first["location_country"],
            "feature": first["location_feature"],
            "admin1": first["location_admin1"],
            "events": len(rows),
            "quads": {q: quads[q] for q in (*QUADS.values(), "unknown") if quads[q]},
            "quad": quads.most_common(1)[0][0],
            "event_ids": ids[:max_ids],
        },
    }


def _rows(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Every matching event (the filter's limit and offset are ignored), by id."""
    clause, params = where(store.dialect, replace(flt, limit=None, offset=0))
    sql = f"SELECT {', '.join('f.' + c for c in _COLUMNS)} FROM fused_events f{clause} ORDER BY f.id"
    return [dict(zip(_COLUMNS, r, strict=True)) for r in store.connection.execute(sql, params).fetchall()]


def place_event_ids(store: Store, flt: EventFilter, place: str) -> list[int]:
    """The ids of the matching events at ``place`` (a point's ``place`` key), in id order: a
    GeoNames place is selected in SQL, a place known by its coordinates only among the matches."""
    if place.startswith(_GEONAMES):
        geonames_id = int(place.removeprefix(_GEONAMES))
        chosen = flt.chosen("geonames_id")
        if chosen and geonames_id not in chosen:
            return []
        at = replace(flt, geonames_id=geonames_id, geonames_ids=(), limit=None, offset=0)
        clause, params = where(store.dialect, at)
        sql = f"SELECT f.id FROM fused_events f{clause} AND f.location_lat IS NOT NULL AND f.location_lon IS NOT NULL"
        return [int(r[0]) for r in store.connection.execute(sql + " ORDER BY f.id", params).fetchall()]
    return [
        int(r["id"])
        for r in _rows(store, flt)
        if r["location_lat"] is not None and r["location_lon"] is not None and _place_key(r) == place
    ]


def geo(store: Store, flt: EventFilter, max_ids: int = MAX_IDS) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the matching events (every one of them: the filter's limit and
    offset are ignored), points ordered by their number of events, most first; ``metadata`` counts
    the events, those on the map, those without coordinates and those without a date."""
    rows = _rows(store, flt)
    places: dict[str, list[dict[str, Any]]] = {}
    unplaced = named = 0
    for row in rows:
        if row["location_lat"] is None or row["location_lon"] is None:
            unplaced += 1
            named += bool(row["location_name_en"] or row["location_name_hi"] or row["location_country"])
            continue
        places.setdefault(_place_key(row), []).append(row)
    features = [_feature(k, v, max_ids) for k, v in places.items()]
    features.sort(key=lambda f: (-f["properties"]["events"], f["id"]))
    undated = [r for r in rows if r["date_start"] is None]
    return {
        "type": "FeatureCollection",
        "features": features,
        "metadata": {
            "events": len(rows),
            "placed": len(rows) - unplaced,
            "places": len(features),
            "unplaced": unplaced,
            "unplaced_named": named,
            "undated": len(undated),
            "undated_without_article_date": sum(1 for r in undated if r["day_from"] is None),
        },
    }
