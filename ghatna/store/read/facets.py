"""Facet counts over the events a filter selects, and the home dashboard built from them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ghatna.store.database import Store
from ghatna.store.read.actors import actors
from ghatna.store.read.cache import kept
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
# facets counted in one pass: the combinations of their columns are few (one value per event each,
# or a pair of sides), so each pass groups by all its columns and the counts are summed up here
_PASSES = (("type", "mode", "quad_class", "modality"), ("country",), ("sector",))


@kept
def facets(store: Store, flt: EventFilter | None = None, top: int = 30) -> dict[str, list[dict[str, Any]]]:
    """Per facet: its values among the selected events with how many events have each, most first.

    A facet counts the events that every other filter selects, leaving out its own: with
    ``type=AID`` chosen, the type facet still lists the other types, whose values may be added
    to the filter as alternatives (the other facets count AID events only)."""
    flt = replace(flt or EventFilter(), limit=None, offset=0, sort="id")
    out: dict[str, list[dict[str, Any]]] = {}
    for together in _PASSES:
        shared = [name for name in together if not flt.chosen(name)]
        if shared:
            out.update(_counted(store, flt, shared, top))
        for name in together:
            if name not in shared:
                out.update(_counted(store, flt.without(name), [name], top))
    out["context"] = _contexts(store, flt.without("context"), top)
    return {name: out[name] for name in (*FACETS, "context")}


def facet(store: Store, name: str, flt: EventFilter | None = None, top: int = 30) -> list[dict[str, Any]]:
    """One facet's values among the events ``flt`` selects (its own filter included), most first."""
    return _counted(store, flt or EventFilter(), [name], top)[name]


def _counted(store: Store, flt: EventFilter, names: list[str], top: int) -> dict[str, list[dict[str, Any]]]:
    """Facet counts of ``names`` over the events ``flt`` selects, in one pass over them. An event
    counts once for a value, even where both its sides have it."""
    clause, params = where(store.dialect, replace(flt, sort="id"))
    columns = list(dict.fromkeys(c for name in names for c in FACETS[name]))
    listed = ", ".join(columns)
    rows = store.connection.execute(
        f"SELECT {listed}, COUNT(*) FROM fused_events f{clause} GROUP BY {listed}", params
    ).fetchall()
    counted: dict[str, dict[Any, int]] = {name: {} for name in names}
    for row in rows:
        value_of = dict(zip(columns, row, strict=False))
        for name in names:
            for value in {value_of[c] for c in FACETS[name]} - {None}:
                counted[name][value] = counted[name].get(value, 0) + int(row[-1])
    return {
        name: [{"value": v, "events": n} for v, n in sorted(found.items(), key=lambda vn: (-vn[1], vn[0]))[:top]]
        for name, found in counted.items()
    }


def _contexts(store: Store, flt: EventFilter, top: int) -> list[dict[str, Any]]:
    clause, params = where(store.dialect, replace(flt, sort="id"))
    among = f" WHERE c.fused_id IN (SELECT f.id FROM fused_events f{clause})" if clause else ""
    rows = store.connection.execute(
        f"SELECT c.context, COUNT(*) AS n FROM fused_event_contexts c{among} GROUP BY c.context "
        "ORDER BY n DESC, c.context LIMIT ?",
        [*params, top],
    ).fetchall()
    return [{"value": v, "events": int(n)} for v, n in rows]


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


@kept
def dashboard(store: Store, top: int = 10) -> dict[str, Any]:
    """The home page: totals, events per month and per type, the most active actors and dyads."""
    return {
        **totals(store),
        "per_month": per_month(store),
        "per_type": facet(store, "type", top=top),
        "top_actors": [
            {k: a[k] for k in ("id", "name_en", "name_hi", "country", "code", "events")}
            for a in actors(store, sort="-events", limit=top, details=False)
        ],
        "top_dyads": dyads(store, limit=top),
    }
