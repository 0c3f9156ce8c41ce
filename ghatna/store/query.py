"""Reading the knowledge base: fused events by filter, with their evidence; actors; dyad series.

Every filter becomes a parameterised clause; nothing the user types is formatted into SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from ghatna.errors import StoreError
from ghatna.store.database import Store
from ghatna.store.dates import day_range
from ghatna.store.dedup import GEO_COLUMNS
from ghatna.store.fulltext import matching_events
from ghatna.store.identity import ActorFacts, name_keys
from ghatna.text.normalise import match_key

_CODE = regex.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
PERIODS = {"year": 4, "month": 7, "day": 10}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``ghatna events`` / ``ghatna export`` select. ``None`` means no constraint."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    min_confidence: float | None = None
    text: str | None = None
    limit: int | None = None
    ids: tuple[int, ...] | None = None


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _actor_clause(side: str, value: str) -> tuple[str, list[Any]]:
    """Match an actor by CAMEO-style code (``IND``, ``INDGOV``) or by name in either script."""
    if _CODE.match(value):
        return f"(f.{side}_code LIKE ? OR f.{side}_country = ?)", [value + "%", value]
    keys = list(name_keys(ActorFacts(None, value, None, None)) or {}) + list(
        name_keys(ActorFacts(None, None, value, None)) or {}
    )
    if not keys:
        raise StoreError(f"--{side} {value!r} is neither an actor code (IND, INDGOV) nor a name")
    likes = " OR ".join("n.key LIKE ? ESCAPE '\\'" for _ in keys)
    params: list[Any] = [k[:3] + _like(k[3:]) for k in keys]
    clause = f"f.{side}_id IN (SELECT n.actor_id FROM actor_names n WHERE {likes})"
    entries = _entries(value)
    if entries:
        marks = ", ".join("?" for _ in entries)
        clause = f"({clause} OR f.{side}_id IN (SELECT k.id FROM actors k WHERE k.kb_id IN ({marks})))"
        params += entries
    return clause, params


def _entries(value: str) -> list[str]:
    """The actor knowledge base's entries a name or QID stands for ("ट्रंप", "Trump", "Q22686"):
    the actors stored with one of them match whatever spelling their articles used."""
    from ghatna.actors.api import actor_ids  # the actor authority; loaded only for a name search

    return actor_ids(value)


def _where(store: Store, flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause)
        params.extend(values)

    for side, value in (("actor", flt.actor), ("recipient", flt.recipient)):
        if value:
            clause, values = _actor_clause(side, value.strip())
            add(clause, *values)
    if flt.country:
        add("(f.actor_country = ? OR f.recipient_country = ?)", flt.country.upper(), flt.country.upper())
    if flt.type:
        add("f.type = ?", flt.type.upper())
    if flt.mode:
        add("f.mode = ?", flt.mode.lower())
    if flt.context:
        add("EXISTS (SELECT 1 FROM fused_event_contexts c WHERE c.fused_id = f.id AND c.context = ?)", flt.context)
    if flt.since:
        add("f.day_to >= ?", _bound(flt.since, "--since")[0])
    if flt.until:
        add("f.day_from <= ?", _bound(flt.until, "--until")[1])
    if flt.place:
        place = flt.place.strip()
        add(
            "(f.location_country = ? OR f.location_key LIKE ? ESCAPE '\\')",
            place.upper(),
            _like(match_key(place) if regex.search(r"\p{Devanagari}", place) else place.lower()),
        )
    if flt.min_confidence is not None:
        add("f.confidence >= ?", flt.min_confidence)
    if flt.text:
        sub, values = matching_events(store.dialect, flt.text)
        add(f"f.id IN (SELECT e.fused_id FROM events e WHERE e.id IN ({sub}))", *values)
    if flt.ids is not None:
        add(f"f.id IN ({', '.join('?' for _ in flt.ids) or 'NULL'})", *flt.ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _bound(value: str, option: str) -> tuple[str, str]:
    days = day_range(value)
    if days is None:
        raise StoreError(f"{option} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return days[0].isoformat(), days[1].isoformat()


_FUSED = (
    "id", "type", "mode", "cameo", "quad_class", "plover_score",
    "actor_id", "actor_code", "actor_name_en", "actor_name_hi", "actor_country", "actor_sector",
    "recipient_id", "recipient_code", "recipient_name_en", "recipient_name_hi", "recipient_country",
    "recipient_sector", "location_name_hi", "location_name_en", "location_country", *GEO_COLUMNS,
    "date_start", "date_end", "date_precision", "day_from", "day_to", "date_from_article",
    "modality", "confidence", "source_count", "outlet_count", "mention_count", "source_url", "created_at",
)


def fused_rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Matching fused events as flat dicts (column name → value), oldest first."""
    where, params = _where(store, flt)
    sql = f"SELECT {', '.join('f.' + c for c in _FUSED)} FROM fused_events f{where} ORDER BY f.day_from, f.id"
    if flt.limit is not None:
        sql += " LIMIT ?"
        params.append(flt.limit)
    for row in store.connection.execute(sql, params).fetchall():
        yield dict(zip(_FUSED, row, strict=True))


def contexts_of(store: Store, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        rows = store.connection.execute(
            f"SELECT fused_id, context FROM fused_event_contexts WHERE fused_id IN ({marks}) ORDER BY context", chunk
        ).fetchall()
        for fid, context in rows:
            found[int(fid)].append(str(context))
    return found


def evidence_of(store: Store, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        rows = store.connection.execute(
            "SELECT e.fused_id, e.id, a.doc_id, a.source, a.url, v.sentence, v.start_offset, v.end_offset, v.trigger, "
            "v.text FROM events e JOIN articles a ON a.id = e.article_id JOIN evidence v ON v.event_id = e.id "
            f"WHERE e.fused_id IN ({marks}) ORDER BY e.fused_id, a.id, v.start_offset",
            chunk,
        ).fetchall()
        for fid, eid, doc, source, url, sentence, start, end, trigger, text in rows:
            found[int(fid)].append(
                {"event": int(eid), "article": doc, "source": source, "url": url, "sentence": sentence,
                 "start": start, "end": end, "trigger": trigger, "text": text}
            )
    return found


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _actor_object(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    if row[f"{side}_id"] is None and row[f"{side}_country"] is None:
        return None
    return {k: row[f"{side}_{k}"] for k in ("id", "code", "name_en", "name_hi", "country", "sector")}


def events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Matching fused events as nested records (the JSON shape of ``ghatna events --format json``)."""
    rows = list(fused_rows(store, flt))
    ids = [int(r["id"]) for r in rows]
    contexts, evidence = contexts_of(store, ids), evidence_of(store, ids)
    out = []
    for r in rows:
        place = None
        if r["location_name_hi"] or r["location_name_en"] or r["location_country"]:
            place = {k: r[f"location_{k}"] for k in ("name_hi", "name_en", "country")}
            place.update({c.removeprefix("location_"): r[c] for c in GEO_COLUMNS if r[c] is not None})
        date = None
        if r["date_start"]:
            date = {"start": r["date_start"], "end": r["date_end"], "precision": r["date_precision"]}
        out.append({
            "id": r["id"], "type": r["type"], "mode": r["mode"], "cameo": r["cameo"],
            "quad_class": r["quad_class"], "plover_score": r["plover_score"],
            "actor": _actor_object(r, "actor"), "recipient": _actor_object(r, "recipient"),
            "location": place, "date": date, "days": [r["day_from"], r["day_to"]],
            "date_from_article": bool(r["date_from_article"]), "modality": r["modality"],
            "context": contexts[int(r["id"])], "confidence": r["confidence"],
            "source_count": r["source_count"], "outlet_count": r["outlet_count"],
            "evidence": evidence[int(r["id"])],
        })
    return out


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


def actors(store: Store, name: str | None = None, country: str | None = None) -> list[dict[str, Any]]:
    """Canonical actors with their spellings, event counts and the reasons their mentions were merged."""
    clauses, params = [], []
    if name:
        clause, values = _actor_clause("actor", name)
        clauses.append(clause.replace("f.actor_code", "a.code").replace("f.actor_country", "a.country")
                       .replace("f.actor_id", "a.id"))
        params.extend(values)
    if country:
        clauses.append("a.country = ?")
        params.append(country.upper())
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.connection.execute(
        "SELECT a.id, a.type, a.name_hi, a.name_en, a.country, a.sector, a.role, a.code, a.kb_id, "
        "(SELECT COUNT(*) FROM fused_events f WHERE f.actor_id = a.id OR f.recipient_id = a.id), "
        f"(SELECT COUNT(DISTINCT l.article_id) FROM actor_links l WHERE l.actor_id = a.id) FROM actors a{where} "
        "ORDER BY a.id",
        params,
    ).fetchall()
    out = []
    for aid, kind, name_hi, name_en, ctry, sector, role, code, kb_id, n_events, n_articles in rows:
        names = [str(n) for (n,) in store.connection.execute(
            "SELECT DISTINCT name FROM actor_names WHERE actor_id = ? ORDER BY name", (aid,)).fetchall()]
        links = [
            {"article": art, "name": nm, "rule": rule, "reason": reason}
            for art, nm, rule, reason in store.connection.execute(
                "SELECT a.doc_id, l.name, l.rule, l.reason FROM actor_links l JOIN articles a ON a.id = l.article_id "
                "WHERE l.actor_id = ? ORDER BY l.id", (aid,)).fetchall()
        ]
        out.append({"id": aid, "type": kind, "name_hi": name_hi, "name_en": name_en, "country": ctry,
                    "sector": sector, "role": role, "code": code, "kb_id": kb_id, "names": names,
                    "events": int(n_events), "articles": int(n_articles), "links": links,
                    "kb_links": _kb_links(store, aid)})
    return out


def _kb_links(store: Store, actor_id: int) -> list[dict[str, Any]]:
    """How each entity of the actor was linked to the knowledge base: its entry, score and reason."""
    rows = store.connection.execute(
        "SELECT a.doc_id, e.local_id, e.kb_id, e.link_score, e.link_reason FROM entities e "
        "JOIN articles a ON a.id = e.article_id WHERE e.actor_id = ? AND e.kb_id IS NOT NULL ORDER BY e.id",
        (actor_id,),
    ).fetchall()
    return [{"article": doc, "entity": local, "kb_id": kb, "score": score, "reason": reason}
            for doc, local, kb, score, reason in rows]


def dyad(store: Store, a: str, b: str, by: str = "month", directed: bool = False) -> list[dict[str, Any]]:
    """Per period: fused events between countries ``a`` and ``b``, reports, and the mean PLOVER score."""
    if by not in PERIODS:
        raise StoreError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    pair = "(f.actor_country = ? AND f.recipient_country = ?)"
    where = pair if directed else f"({pair} OR {pair})"
    params: list[Any] = [a.upper(), b.upper()] if directed else [a.upper(), b.upper(), b.upper(), a.upper()]
    width = PERIODS[by]
    rows = store.connection.execute(
        f"SELECT SUBSTR(f.day_from, 1, {width}), COUNT(*), SUM(f.source_count), AVG(f.plover_score), "
        f"SUM(CASE WHEN f.quad_class IN (1, 2) THEN 1 ELSE 0 END) FROM fused_events f WHERE {where} "
        f"AND f.day_from IS NOT NULL GROUP BY SUBSTR(f.day_from, 1, {width}) ORDER BY 1",
        params,
    ).fetchall()
    return [
        {"period": p, "events": int(n), "reports": int(r), "mean_score": None if s is None else round(float(s), 3),
         "cooperative": int(c)}
        for p, n, r, s, c in rows
    ]


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
