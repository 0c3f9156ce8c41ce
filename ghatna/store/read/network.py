"""The actor network: canonical actors as nodes, fused events between two of them as edges."""

from __future__ import annotations

from typing import Any

from ghatna.store.database import Store
from ghatna.store.read.cache import kept
from ghatna.store.read.filters import EventFilter, where


@kept
def network(
    store: Store, flt: EventFilter | None = None, max_nodes: int = 100, isolated: bool = False, max_edges: int = 400
) -> dict[str, Any]:
    """Nodes sized by their events; edges by direction and cooperation (quad class 1–2) or conflict.

    An event of an actor with itself is no edge. Only the ``max_edges`` edges with most events are
    kept (``links`` says how many there are). Actors without a counterpart are left out unless
    ``isolated``."""
    clause, params = where(store.dialect, flt or EventFilter())
    sides = "(f.actor_id IS NOT NULL OR f.recipient_id IS NOT NULL)"
    groups = store.connection.execute(  # one row per actor, recipient, type and quad class: few, however many events
        f"SELECT f.actor_id, f.recipient_id, f.type, f.quad_class, COUNT(*) FROM fused_events f"
        f"{clause}{' AND' if clause else ' WHERE'} {sides} GROUP BY f.actor_id, f.recipient_id, f.type, f.quad_class",
        params,
    ).fetchall()
    counts: dict[int, int] = {}
    for actor, recipient, _, _, n in groups:
        for side in {actor, recipient} - {None}:
            counts[int(side)] = counts.get(int(side), 0) + int(n)
    kept = sorted(counts, key=lambda k: (-counts[k], k))[:max_nodes]
    shown = set(kept)
    edges: dict[tuple[int, int, bool], dict[str, Any]] = {}
    for actor, recipient, kind, quad, n in groups:
        if actor is None or recipient is None or actor == recipient or not {actor, recipient} <= shown:
            continue
        coop = quad in (1, 2)
        edge = edges.setdefault(
            (actor, recipient, coop),
            {"source": int(actor), "target": int(recipient), "cooperative": coop, "events": 0, "types": {}},
        )
        edge["events"] += int(n)
        edge["types"][kind] = edge["types"].get(kind, 0) + int(n)
    strongest = sorted(edges.items(), key=lambda item: (-item[1]["events"], item[0]))[:max_edges]
    if not isolated:
        linked = {key for _, edge in strongest for key in (edge["source"], edge["target"])}
        kept = [k for k in kept if k in linked]
    info = _names(store, kept)
    nodes = [{"id": k, **info[k], "events": counts[k]} for k in kept]
    return {"nodes": nodes, "edges": [edge for _, edge in strongest], "links": len(edges)}


def _names(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for aid, name_en, name_hi, country, code in store.connection.execute(
            f"SELECT id, name_en, name_hi, country, code FROM actors WHERE id IN ({marks})", chunk
        ).fetchall():
            found[int(aid)] = {
                "label": name_en or name_hi or code or country,
                "name_en": name_en,
                "name_hi": name_hi,
                "country": country,
                "code": code,
            }
    return found
