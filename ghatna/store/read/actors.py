"""Canonical actors: search with event counts, one actor with its names, merge reasons, timeline and
counterparts."""

from __future__ import annotations

from typing import Any, Literal

from ghatna.store.database import Store
from ghatna.store.read.cache import kept
from ghatna.store.read.filters import PERIODS, actor_clause
from ghatna.store.read.rows import dicts

ActorSort = Literal["id", "events", "-events", "name"]
MAX_LINKS = 200  # an actor's first links (mentions merged into it, with the reason) that are listed
_ORDER = {
    "id": "a.id",
    "events": "COALESCE(s.as_actor, 0) + COALESCE(s.as_recipient, 0), a.id",
    "-events": "COALESCE(s.as_actor, 0) + COALESCE(s.as_recipient, 0) DESC, a.id",
    "name": "COALESCE(a.name_en, a.name_hi, a.code), a.id",
}


def _sides(actor_id: int | None) -> tuple[str, list[Any]]:
    """A join that gives each actor (or only ``actor_id``) its events as actor and as recipient."""
    only = ("", "") if actor_id is None else (" AND actor_id = ?", " AND recipient_id = ?")
    return (
        "LEFT JOIN (SELECT actor_id AS id, SUM(as_actor) AS as_actor, SUM(as_recipient) AS as_recipient FROM ("
        "SELECT actor_id, COUNT(*) AS as_actor, 0 AS as_recipient FROM fused_events "
        f"WHERE actor_id IS NOT NULL{only[0]} GROUP BY actor_id "
        "UNION ALL SELECT recipient_id, 0, COUNT(*) FROM fused_events "
        f"WHERE recipient_id IS NOT NULL{only[1]} GROUP BY recipient_id) u GROUP BY actor_id) s ON s.id = a.id",
        [] if actor_id is None else [actor_id, actor_id],
    )


def _where(name: str | None, country: str | None, actor_id: int | None = None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if actor_id is not None:
        clauses.append("a.id = ?")
        params.append(actor_id)
    if name:
        clause, values = actor_clause("actor", name.strip())
        clauses.append(
            clause.replace("f.actor_code", "a.code")
            .replace("f.actor_country", "a.country")
            .replace("f.actor_id", "a.id")
        )
        params.extend(values)
    if country:
        clauses.append("a.country = ?")
        params.append(country.upper())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_actors(store: Store, name: str | None = None, country: str | None = None) -> int:
    clause, params = _where(name, country)
    return int(store.connection.execute(f"SELECT COUNT(*) FROM actors a{clause}", params).fetchone()[0])


@kept
def actors(
    store: Store,
    name: str | None = None,
    country: str | None = None,
    *,
    sort: ActorSort = "id",
    limit: int | None = None,
    offset: int = 0,
    details: bool = True,
    actor_id: int | None = None,
) -> list[dict[str, Any]]:
    """Canonical actors with their event counts; with ``details`` also their spellings and the reasons
    their mentions were merged."""
    clause, params = _where(name, country, actor_id)
    sides, counted = _sides(actor_id)
    paging = " LIMIT ? OFFSET ?" if limit is not None or offset else ""
    more = [2**62 if limit is None else limit, offset] if paging else []
    rows = dicts(
        store,
        "SELECT a.id, a.type, a.name_hi, a.name_en, a.country, a.sector, a.role, a.code, a.kb_id, "
        "COALESCE(s.as_actor, 0) AS as_actor, COALESCE(s.as_recipient, 0) AS as_recipient, "
        "(SELECT COUNT(DISTINCT l.article_id) FROM actor_links l WHERE l.actor_id = a.id) AS articles "
        f"FROM actors a {sides}{clause} ORDER BY {_ORDER[sort]}{paging}",
        [*counted, *params, *more],
    )
    for row in rows:
        row["as_actor"], row["as_recipient"] = int(row["as_actor"]), int(row["as_recipient"])
        row["events"] = row["as_actor"] + row["as_recipient"]
        row["articles"] = int(row["articles"])
        if details:
            row.update(_details(store, int(row["id"])))
    return rows


def _details(store: Store, actor_id: int) -> dict[str, Any]:
    names = [
        str(n)
        for (n,) in store.connection.execute(
            "SELECT DISTINCT name FROM actor_names WHERE actor_id = ? ORDER BY name", (actor_id,)
        ).fetchall()
    ]
    links = dicts(
        store,
        "SELECT a.doc_id AS article, l.name, l.rule, l.reason FROM actor_links l "
        "JOIN articles a ON a.id = l.article_id WHERE l.actor_id = ? ORDER BY l.id LIMIT ?",
        (actor_id, MAX_LINKS),
    )
    link_count = len(links)
    if link_count == MAX_LINKS:
        counted = "SELECT COUNT(*) FROM actor_links WHERE actor_id = ?"
        link_count = int(store.connection.execute(counted, (actor_id,)).fetchone()[0])
    kb_links = dicts(
        store,
        "SELECT a.doc_id AS article, e.local_id AS entity, e.kb_id, e.link_score AS score, e.link_reason AS reason "
        "FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.actor_id = ? AND e.kb_id IS NOT NULL "
        "ORDER BY e.id LIMIT ?",
        (actor_id, MAX_LINKS),
    )
    return {"names": names, "links": links, "link_count": link_count, "kb_links": kb_links}


def actor(store: Store, actor_id: int, by: str = "month") -> dict[str, Any] | None:
    """One actor with its names, merge reasons, events per period and counterparts (most events first)."""
    found = actors(store, actor_id=actor_id)
    if not found:
        return None
    row = dict(found[0])  # the list may be kept (store/read/cache.py): add to a copy
    width = PERIODS[by]
    row["timeline"] = [
        {"period": p, "events": int(n)}
        for p, n in store.connection.execute(
            f"SELECT SUBSTR(f.day_from, 1, {width}) AS p, COUNT(*) FROM fused_events f "
            "WHERE (f.actor_id = ? OR f.recipient_id = ?) AND f.day_from IS NOT NULL GROUP BY p ORDER BY p",
            (actor_id, actor_id),
        ).fetchall()
    ]
    row["counterparts"] = dicts(
        store,
        "SELECT o.id, o.name_en, o.name_hi, o.country, o.code, COUNT(*) AS events FROM ("
        "SELECT recipient_id AS other FROM fused_events WHERE actor_id = ? AND recipient_id <> ? UNION ALL "
        "SELECT actor_id FROM fused_events WHERE recipient_id = ? AND actor_id <> ?) c "
        "JOIN actors o ON o.id = c.other GROUP BY o.id, o.name_en, o.name_hi, o.country, o.code "
        "ORDER BY events DESC, o.id LIMIT 20",
        (actor_id, actor_id, actor_id, actor_id),
    )
    return row
