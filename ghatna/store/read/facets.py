"""Facet counts over the events a filter selects, and the home dashboard built from them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ghatna.store.database import Store
from ghatna.store.read.actors import actors
from ghatna.store.read.dyads import dyads
from ghatna.store.read.filters import EventFilter, where

# facet -> the column (or columns, for either side) it counts
FACETS: dict[str, tuple[str, ...]] = {
    "type": ("f.type",),
    "country": ("f.actor_country", "f.recipient_country"),
    "mode": ("f.mode",),
    "quad_class": ("f.quad_class",),
    "sector": ("f.actor_sector", "f.recipient_sector"),
    "modality": ("f.modality",),
}


def facets(store: Store, flt: EventFilter | None = None, top: int = 30) -> dict[str, list[dict[str, Any]]]:
    """Per facet: its values among the selected events with how many events have each, most first.

    A facet counts the events that every other filter selects, leaving out its own: with
    ``type=AID`` chosen, the type facet still lists the other types, whose values may be added
    to the filter as alternatives (the other facets count AID events only)."""
    flt = replace(flt or EventFilter(), limit=None, offset=0, sort="id")
    out: dict[str, list[dict[str, Any]]] = {}
    for name, columns in FACETS.items():
        clause, params = where(store.dialect, flt.without(name))
        union = " UNION ".join(f"SELECT f.id, {c} AS v FROM fused_events f{clause}" for c in columns)
        rows = store.connection.execute(
            f"SELECT v, COUNT(*) AS n FROM ({union}) s WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ?",
            [*(params * len(columns)), top],
        ).fetchall()
        out[name] = [{"value": v, "events": int(n)} for v, n in rows]
    clause, params = where(store.dialect, flt.without("context"))
    rows = store.connection.execute(
        "SELECT c.context, COUNT(*) AS n FROM fused_event_contexts c WHERE c.fused_id IN "
        f"(SELECT f.id FROM fused_events f{clause}) GROUP BY c.context ORDER BY n DESC, c.context LIMIT ?",
        [*params, top],
    ).fetchall()
    out["context"] = [{"value": v, "events": int(n)} for v, n in rows]
    return out


def per_month(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events per month, each placed at its own date, else at its article's date."""
    clause, params = where(store.dialect, replace(flt or EventFilter(), sort="id"))
    dated = f"{clause} AND f.day_from IS NOT NULL" if clause else " WHERE f.day_from IS NOT NULL"
    rows = store.connection.execute(
        f"SELECT SUBSTR(f.day_from, 1, 7) AS m, COUNT(*) AS n FROM fused_events f{dated} GROUP BY m ORDER BY m", params
    ).fetchall()
    return [{"period": m, "events": int(n)} for m, n in rows]


def totals(store: Store) -> dict[str, int]:
    """How many articles, (fused) events and canonical actors the knowledge base holds."""
    tables = {"articles": "articles", "events": "fused_events", "actors": "actors"}
    return {k: int(store.connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for k, t in tables.items()}


def dashboard(store: Store, top: int = 10) -> dict[str, Any]:
    """The home page: totals, events per month and per type, the most active actors and dyads."""
    return {
        **totals(store),
        "per_month": per_month(store),
        "per_type": facets(store, top=top)["type"],
        "top_actors": [
            {k: a[k] for k in ("id", "name_en", "name_hi", "country", "code", "events")}
            for a in actors(store, sort="-events", limit=top, details=False)
        ],
        "top_dyads": dyads(store, limit=top),
    }
