"""Articles: the list, and one article rebuilt as its OUTPUT.md record."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ghatna.output import to_record
from ghatna.records import Actor, Analysis, Article, DocDate, Entity, Event, EventDate, Evidence, Place, Sentence


def list_articles(connection: sqlite3.Connection, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    rows = connection.execute(
        """SELECT a.id, a.doc_id, a.title, a.source, a.url, a.date_value, a.dateline_hi, a.dateline_en,
                  a.language, a.ingested_at, substr(a.text, 1, 160) AS preview,
                  (SELECT COUNT(*) FROM events ev WHERE ev.article_id = a.id) AS events,
                  (SELECT COUNT(*) FROM entities en WHERE en.article_id = a.id) AS entities
           FROM articles a ORDER BY a.id DESC LIMIT ? OFFSET ?""",
        (limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


def count_articles(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def find_article_id(connection: sqlite3.Connection, key: str) -> int | None:
    """The row id of an article named by its number or its document id."""
    if key.isdigit() and len(key) < 19:
        row = connection.execute("SELECT id FROM articles WHERE id = ?", (int(key),)).fetchone()
    else:
        row = connection.execute("SELECT id FROM articles WHERE doc_id = ? ORDER BY id LIMIT 1", (key,)).fetchone()
    return None if row is None else int(row[0])


def load_analysis(connection: sqlite3.Connection, article_id: int) -> tuple[Analysis, list[int], dict[str, int]]:
    """The stored analysis of an article, with the database ids of its events and entities."""
    a = connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    article = Article(id=a["doc_id"], text=a["text"], source=a["source"], title=a["title"], url=a["url"])
    article.language = a["language"]
    if a["dateline_hi"] or a["dateline_en"]:
        article.dateline = Place(a["dateline_hi"], a["dateline_en"], a["dateline_country"])
    if a["date_value"]:
        article.date = DocDate(a["date_value"], a["date_precision"], bool(a["date_inferred"]), a["date_basis"])
    analysis = Analysis(article=article)
    analysis.sentences = [
        Sentence(r["idx"], r["start_offset"], r["end_offset"])
        for r in connection.execute(
            "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
        ).fetchall()
    ]
    entity_ids: dict[str, int] = {}
    local_of: dict[int, str] = {}
    for r in connection.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,)).fetchall():
        spans = connection.execute(
            "SELECT start_offset, end_offset FROM mentions WHERE entity_id = ? ORDER BY start_offset", (r["id"],)
        ).fetchall()
        analysis.entities.append(
            Entity(r["local_id"], r["type"], r["name_hi"], r["name_en"], r["country"], r["sector"], r["role"],
                   [(int(s[0]), int(s[1])) for s in spans])
        )
        entity_ids[r["local_id"]] = int(r["id"])
        local_of[int(r["id"])] = r["local_id"]
    event_ids: list[int] = []
    for r in connection.execute("SELECT * FROM events WHERE article_id = ? ORDER BY id", (article_id,)).fetchall():
        evidence = [
            Evidence(e["sentence"], e["start_offset"], e["end_offset"], e["trigger"])
            for e in connection.execute(
                "SELECT * FROM evidence WHERE event_id = ? ORDER BY start_offset", (r["id"],)
            ).fetchall()
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
    return analysis, event_ids, entity_ids


def _actor(row: sqlite3.Row, side: str, local_of: dict[int, str]) -> Actor | None:
    entity_id = row[f"{side}_entity_id"]
    values = [row[f"{side}_{k}"] for k in ("name_en", "country", "sector", "name_hi", "role")]
    if entity_id is None and all(v is None for v in values):
        return None
    return Actor(local_of.get(entity_id) if entity_id is not None else None, *values)


def article_record(connection: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    """The OUTPUT.md record of a stored article, plus its text, sentences and database ids."""
    analysis, event_ids, entity_ids = load_analysis(connection, article_id)
    # The output contract needs evidence for every event; a stored event without any is left out.
    kept = [(event, i) for event, i in zip(analysis.events, event_ids, strict=True) if event.evidence]
    analysis.events = [event for event, _ in kept]
    event_ids = [i for _, i in kept]
    record = to_record(analysis, include_text=True)
    record["article_id"] = article_id
    record["sentences"] = [[s.start, s.end] for s in analysis.sentences]
    for event, event_id in zip(record["events"], event_ids, strict=True):
        event["event_id"] = event_id
    for entity in record["entities"]:
        entity["entity_id"] = entity_ids[entity["id"]]
    return record
