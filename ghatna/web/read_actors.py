"""Actors (the actor and recipient sides of events), one actor's events, and the actor network."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from ghatna.text.normalise import nfc
from ghatna.web import plover
from ghatna.web.db import like_pattern
from ghatna.web.read_events import WHEN

# Each event twice: once for its actor, once for its recipient. An actor is a (name, country) pair.
_SIDES = f"""
WITH sides AS (
  SELECT ev.id AS event_id, ev.type AS type, {WHEN} AS event_when, 'actor' AS side,
         COALESCE(ev.actor_name_en, ae.name_en) AS name_en, COALESCE(ev.actor_name_hi, ae.name_hi) AS name_hi,
         ev.actor_country AS country, COALESCE(ev.actor_sector, ae.sector) AS sector
  FROM events ev JOIN articles a ON a.id = ev.article_id LEFT JOIN entities ae ON ae.id = ev.actor_entity_id
  UNION ALL
  SELECT ev.id, ev.type, {WHEN}, 'recipient',
         COALESCE(ev.recipient_name_en, re.name_en), COALESCE(ev.recipient_name_hi, re.name_hi),
         ev.recipient_country, COALESCE(ev.recipient_sector, re.sector)
  FROM events ev JOIN articles a ON a.id = ev.article_id LEFT JOIN entities re ON re.id = ev.recipient_entity_id
), named AS (
  SELECT *, COALESCE(name_en, name_hi, country) AS name_key FROM sides
  WHERE COALESCE(name_en, name_hi, country) IS NOT NULL
)
"""


def actor_id(name_key: str, country: str | None) -> str:
    """A stable id for an actor: 12 hex digits of a hash of its name and country."""
    return hashlib.sha256(f"{country or ''}|{name_key}".encode()).hexdigest()[:12]


def _actor(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": actor_id(row["name_key"], row["country"]),
        "name_en": row["name_en"],
        "name_hi": row["name_hi"],
        "country": row["country"],
        "sector": row["sector"],
        "events": int(row["events"]),
    }


def search_actors(
    connection: sqlite3.Connection, q: str | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Actors whose English or Hindi name contains ``q`` (any script), most active first."""
    where, params = "", []
    if q:
        where = "WHERE name_en LIKE ? ESCAPE '\\' OR name_hi LIKE ? ESCAPE '\\' OR country = ?"
        params = [like_pattern(nfc(q)), like_pattern(nfc(q)), q.upper()]
    rows = connection.execute(
        f"""{_SIDES} SELECT name_key, MAX(name_en) AS name_en, MAX(name_hi) AS name_hi, country,
                   MAX(sector) AS sector, COUNT(DISTINCT event_id) AS events
            FROM named {where} GROUP BY name_key, country ORDER BY events DESC, name_key LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ).fetchall()
    return [_actor(r) for r in rows]


def get_actor(connection: sqlite3.Connection, wanted: str) -> dict[str, Any] | None:
    """One actor by id, with the ids of its events (as actor and as recipient)."""
    rows = connection.execute(
        f"""{_SIDES} SELECT name_key, MAX(name_en) AS name_en, MAX(name_hi) AS name_hi, country,
                   MAX(sector) AS sector, COUNT(DISTINCT event_id) AS events
            FROM named GROUP BY name_key, country"""
    ).fetchall()
    for row in rows:
        if actor_id(row["name_key"], row["country"]) == wanted:
            found = _actor(row)
            sides = connection.execute(
                f"""{_SIDES} SELECT event_id, side FROM named WHERE name_key = ? AND country IS ?
                    ORDER BY event_when DESC, event_id""",
                (row["name_key"], row["country"]),
            ).fetchall()
            found["event_ids"] = list(dict.fromkeys(int(s["event_id"]) for s in sides))
            found["as_actor"] = sum(1 for s in sides if s["side"] == "actor")
            found["as_recipient"] = sum(1 for s in sides if s["side"] == "recipient")
            return found
    return None


def network(
    connection: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = 100,
    isolated: bool = False,
) -> dict[str, Any]:
    """Nodes = actors sized by their events; edges = events between two actors, by cooperation or conflict.

    Actors whose events have no counterpart are left out unless ``isolated``."""
    clauses, params = [], []
    if since:
        clauses.append("event_when >= ?")
        params.append(since)
    if until:
        clauses.append("substr(event_when, 1, length(?)) <= ?")
        params += [until, until]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = connection.execute(
        f"{_SIDES} SELECT event_id, type, side, name_key, name_en, name_hi, country FROM named{where}", params
    ).fetchall()
    by_event: dict[int, dict[str, sqlite3.Row]] = {}
    for r in rows:
        by_event.setdefault(int(r["event_id"]), {})[r["side"]] = r
    counts: dict[str, int] = {}
    info: dict[str, sqlite3.Row] = {}
    for sides in by_event.values():
        for r in sides.values():
            key = actor_id(r["name_key"], r["country"])
            counts[key] = counts.get(key, 0) + 1
            info.setdefault(key, r)
    kept = set(sorted(counts, key=lambda k: (-counts[k], k))[:max_nodes])
    nodes = [
        {
            "id": key,
            "label": info[key]["name_en"] or info[key]["name_hi"] or info[key]["country"],
            "name_hi": info[key]["name_hi"],
            "country": info[key]["country"],
            "events": counts[key],
        }
        for key in sorted(kept, key=lambda k: (-counts[k], k))
    ]
    edges: dict[tuple[str, str, bool], dict[str, Any]] = {}
    for sides in by_event.values():
        if "actor" not in sides or "recipient" not in sides:
            continue
        source = actor_id(sides["actor"]["name_key"], sides["actor"]["country"])
        target = actor_id(sides["recipient"]["name_key"], sides["recipient"]["country"])
        if source not in kept or target not in kept:
            continue
        coop = plover.cooperative(sides["actor"]["type"]) is not False
        edge = edges.setdefault(
            (source, target, coop),
            {"source": source, "target": target, "cooperative": coop, "events": 0, "types": {}},
        )
        edge["events"] += 1
        kind = sides["actor"]["type"]
        edge["types"][kind] = edge["types"].get(kind, 0) + 1
    if not isolated:
        linked = {key for edge in edges.values() for key in (edge["source"], edge["target"])}
        nodes = [node for node in nodes if node["id"] in linked]
    return {"nodes": nodes, "edges": list(edges.values()), "since": since, "until": until}
