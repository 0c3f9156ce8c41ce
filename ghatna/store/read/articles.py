"""Articles: the list (searchable by title and text), and one article rebuilt as its OUTPUT.md record."""

from __future__ import annotations

import json
from typing import Any

from ghatna.output import to_record
from ghatna.records import Actor, Analysis, Article, DocDate, Entity, Event, EventDate, Evidence, Place, Sentence
from ghatna.store.database import Store
from ghatna.store.read.cache import kept
from ghatna.store.read.filters import like
from ghatna.store.read.rows import dicts
from ghatna.text.normalise import nfc


def _search(q: str | None) -> tuple[str, list[Any]]:
    if not q:
        return "", []
    pattern = like(nfc(q.strip()))
    return (
        " WHERE a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\' OR a.doc_id = ? OR a.source LIKE ? ESCAPE '\\'",
        [pattern, pattern, q.strip(), pattern],
    )


def list_articles(store: Store, q: str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first (or those whose title, text or source contains ``q``), with counts."""
    clause, params = _search(q)
    return dicts(
        store,
        f"""SELECT a.id, a.doc_id, a.title, a.source, a.url, a.date_value, a.dateline_hi, a.dateline_en,
                  a.language, a.ingested_at, SUBSTR(a.text, 1, 160) AS preview,
                  (SELECT COUNT(*) FROM events ev WHERE ev.article_id = a.id) AS events,
                  (SELECT COUNT(*) FROM entities en WHERE en.article_id = a.id) AS entities
           FROM articles a{clause} ORDER BY a.id DESC LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )


@kept
def count_articles(store: Store, q: str | None = None) -> int:
    clause, params = _search(q)
    return int(store.connection.execute(f"SELECT COUNT(*) FROM articles a{clause}", params).fetchone()[0])


def find_article_id(store: Store, key: str) -> int | None:
    """The row id of an article named by its number or its document id."""
    if key.isdigit() and len(key) < 19:
        row = store.connection.execute("SELECT id FROM articles WHERE id = ?", (int(key),)).fetchone()
    else:
        row = store.connection.execute(
            "SELECT id FROM articles WHERE doc_id = ? ORDER BY id LIMIT 1", (key,)
        ).fetchone()
    return None if row is None else int(row[0])


def load_analysis(store: Store, article_id: int) -> tuple[Analysis, list[int], dict[str, int], dict[int, int | None]]:
    """The stored analysis of an article, with the database ids of its events and entities, and the
    fused event of each event."""
    a = dicts(store, "SELECT * FROM articles WHERE id = ?", (article_id,))[0]
    article = Article(id=a["doc_id"], text=a["text"], source=a["source"], title=a["title"], url=a["url"])
    article.language = a["language"]
    if a["dateline_hi"] or a["dateline_en"]:
        article.dateline = Place(a["dateline_hi"], a["dateline_en"], a["dateline_country"])
    if a["date_value"]:
        article.date = DocDate(a["date_value"], a["date_precision"], bool(a["date_inferred"]), a["date_basis"])
    analysis = Analysis(article=article)
    analysis.sentences = [
        Sentence(r["idx"], r["start_offset"], r["end_offset"])
        for r in dicts(store, "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,))
    ]
    entity_ids: dict[str, int] = {}
    local_of: dict[int, str] = {}
    for r in dicts(store, "SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,)):
        spans = store.connection.execute(
            "SELECT start_offset, end_offset FROM mentions WHERE entity_id = ? ORDER BY start_offset", (r["id"],)
        ).fetchall()
        analysis.entities.append(
            Entity(
                r["local_id"],
                r["type"],
                r["name_hi"],
                r["name_en"],
                r["country"],
                r["sector"],
                r["role"],
                [(int(s[0]), int(s[1])) for s in spans],
            )
        )
        entity_ids[r["local_id"]] = int(r["id"])
        local_of[int(r["id"])] = r["local_id"]
    event_ids: list[int] = []
    fused_of: dict[int, int | None] = {}
    for r in dicts(store, "SELECT * FROM events WHERE article_id = ? ORDER BY id", (article_id,)):
        fused_of[int(r["id"])] = r["fused_id"]
        evidence = [
            Evidence(e["sentence"], e["start_offset"], e["end_offset"], e["trigger"])
            for e in dicts(store, "SELECT * FROM evidence WHERE event_id = ? ORDER BY start_offset", (r["id"],))
        ]
        location = None
        if r["location_name_hi"] or r["location_name_en"]:
            location = Place(r["location_name_hi"], r["location_name_en"], r["location_country"])
        date = None
        if r["date_start"]:
            date = EventDate(r["date_start"], r["date_end"], r["date_precision"], r["date_text"])
        analysis.events.append(
            Event(
                type=r["type"],
                actor=_actor(r, "actor", local_of),
                recipient=_actor(r, "recipient", local_of),
                evidence=evidence,
                mode=r["mode"],
                cameo=r["cameo"],
                location=location,
                date=date,
                modality=r["modality"],
                context=list(json.loads(r["context"] or "[]")),
                confidence=float(r["confidence"]),
            )
        )
        event_ids.append(int(r["id"]))
    return analysis, event_ids, entity_ids, fused_of


def _actor(row: dict[str, Any], side: str, local_of: dict[int, str]) -> Actor | None:
    entity_id = row[f"{side}_entity_id"]
    values = [row[f"{side}_{k}"] for k in ("name_en", "country", "sector", "name_hi", "role")]
    if entity_id is None and all(v is None for v in values):
        return None
    return Actor(local_of.get(entity_id) if entity_id is not None else None, *values)


def article_record(store: Store, article_id: int) -> dict[str, Any]:
    """The OUTPUT.md record of a stored article, plus its text, sentences and database ids."""
    analysis, event_ids, entity_ids, fused_of = load_analysis(store, article_id)
    # The output contract needs evidence for every event; a stored event without any is left out.
    kept = [(event, i) for event, i in zip(analysis.events, event_ids, strict=True) if event.evidence]
    analysis.events = [event for event, _ in kept]
    event_ids = [i for _, i in kept]
    record = to_record(analysis, include_text=True)
    record["article_id"] = article_id
    record["sentences"] = [[s.start, s.end] for s in analysis.sentences]
    for event, event_id in zip(record["events"], event_ids, strict=True):
        event["event_id"] = event_id
        event["fused_id"] = fused_of[event_id]
    actor_of = {
        int(i): a
        for i, a in store.connection.execute(
            "SELECT id, actor_id FROM entities WHERE article_id = ?", (article_id,)
        ).fetchall()
    }
    for entity in record["entities"]:
        entity["entity_id"] = entity_ids[entity["id"]]
        entity["actor_id"] = actor_of.get(entity["entity_id"])
    return record
