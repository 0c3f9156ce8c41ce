"""Events: filters, sorting, pagination, and the flat row every view shows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ghatna.text.normalise import nfc
from ghatna.web import plover
from ghatna.web.db import like_pattern

Sort = Literal["date", "-date", "confidence", "-confidence", "type", "id", "-id"]
_ORDER: dict[str, str] = {
    "date": "event_when IS NULL, event_when, ev.id",
    "-date": "event_when IS NULL, event_when DESC, ev.id DESC",
    "confidence": "ev.confidence, ev.id",
    "-confidence": "ev.confidence DESC, ev.id",
    "type": "ev.type, ev.id",
    "id": "ev.id",
    "-id": "ev.id DESC",
}
# An event's date for filters and timelines: its own only. An undated event is never given its
# article's date (OUTPUT.md): date filters leave it out and timelines count it as undated.
WHEN = "ev.date_start"
_SELECT = f"""
SELECT ev.*, {WHEN} AS event_when, a.doc_id AS article_doc_id, a.title AS article_title,
       COALESCE(ev.actor_name_hi, ae.name_hi) AS actor_hi, COALESCE(ev.recipient_name_hi, re.name_hi) AS recipient_hi
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN entities ae ON ae.id = ev.actor_entity_id
LEFT JOIN entities re ON re.id = ev.recipient_entity_id
"""


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of ``ghatna events``; ``None`` means no filter."""

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
    article_id: int | None = None
    dyad: tuple[str, str] | None = None
    ids: tuple[int, ...] | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for side, value in (("actor", self.actor), ("recipient", self.recipient)):
            if value:
                clauses.append(
                    f"(ev.{side}_name_en LIKE ? ESCAPE '\\' OR COALESCE(ev.{side}_name_hi, "
                    f"{side[0]}e.name_hi) LIKE ? ESCAPE '\\')"
                )
                params += [like_pattern(nfc(value))] * 2
        if self.country:
            clauses.append("(ev.actor_country = ? OR ev.recipient_country = ?)")
            params += [self.country, self.country]
        for column, value in (("type", self.type), ("mode", self.mode)):
            if value:
                clauses.append(f"ev.{column} = ?")
                params.append(value)
        if self.context:
            clauses.append("EXISTS (SELECT 1 FROM json_each(ev.context) WHERE json_each.value = ?)")
            params.append(self.context)
        if self.since:
            clauses.append(f"{WHEN} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"substr({WHEN}, 1, length(?)) <= ?")
            params += [self.until, self.until]
        if self.place:
            clauses.append("(ev.location_name_en LIKE ? ESCAPE '\\' OR ev.location_name_hi LIKE ? ESCAPE '\\')")
            params += [like_pattern(nfc(self.place))] * 2
        if self.min_confidence is not None:
            clauses.append("ev.confidence >= ?")
            params.append(self.min_confidence)
        if self.text:
            clauses.append("a.text LIKE ? ESCAPE '\\'")
            params.append(like_pattern(nfc(self.text)))
        if self.article_id is not None:
            clauses.append("ev.article_id = ?")
            params.append(self.article_id)
        if self.dyad:
            first, second = self.dyad
            clauses.append(
                "((ev.actor_country = ? AND ev.recipient_country = ?)"
                " OR (ev.actor_country = ? AND ev.recipient_country = ?))"
            )
            params += [first, second, second, first]
        if self.ids is not None:
            clauses.append(f"ev.id IN ({','.join('?' * len(self.ids))})" if self.ids else "0")
            params += list(self.ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_events(connection: sqlite3.Connection, filters: EventFilters) -> int:
    where, params = filters.where()
    sql = f"""SELECT COUNT(*) FROM events ev JOIN articles a ON a.id = ev.article_id
              LEFT JOIN entities ae ON ae.id = ev.actor_entity_id
              LEFT JOIN entities re ON re.id = ev.recipient_entity_id {where}"""
    return int(connection.execute(sql, params).fetchone()[0])


def search_events(
    connection: sqlite3.Connection,
    filters: EventFilters,
    *,
    sort: Sort = "-date",
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    return list(iter_events(connection, filters, sort=sort, limit=limit, offset=offset))


def iter_events(
    connection: sqlite3.Connection,
    filters: EventFilters,
    *,
    sort: Sort = "-date",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[dict[str, Any]]:
    where, params = filters.where()
    sql = f"{_SELECT}{where} ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?"
    rows = connection.execute(sql, [*params, -1 if limit is None else limit, offset]).fetchall()
    evidence = _evidence(connection, [int(r["id"]) for r in rows])
    for row in rows:
        yield event_row(row, evidence.get(int(row["id"]), []))


def _evidence(connection: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            f"""SELECT e.event_id, e.sentence, e.start_offset, e.end_offset, e.trigger,
                       substr(a.text, e.start_offset + 1, e.end_offset - e.start_offset) AS text
                FROM evidence e JOIN events ev ON ev.id = e.event_id JOIN articles a ON a.id = ev.article_id
                WHERE e.event_id IN ({marks}) ORDER BY e.event_id, e.start_offset""",
            chunk,
        ).fetchall()
        for r in rows:
            found.setdefault(int(r["event_id"]), []).append(
                {
                    "sentence": r["sentence"],
                    "start": r["start_offset"],
                    "end": r["end_offset"],
                    "trigger": r["trigger"],
                    "text": r["text"],
                }
            )
    return found


def _side(row: sqlite3.Row, side: str) -> dict[str, Any] | None:
    name_en, name_hi, country = row[f"{side}_name_en"], row[f"{side}_hi"], row[f"{side}_country"]
    if name_en is None and name_hi is None and country is None:
        return None
    return {
        "name_en": name_en,
        "name_hi": name_hi,
        "country": country,
        "sector": row[f"{side}_sector"],
        "role": row[f"{side}_role"],
    }


def event_row(row: sqlite3.Row, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """One event as the API returns it: OUTPUT.md's fields plus ids, quad class and score."""
    kind, mode = str(row["type"]), row["mode"]
    date = None
    if row["date_start"]:
        date = {
            "start": row["date_start"],
            "end": row["date_end"],
            "precision": row["date_precision"],
            "text": row["date_text"],
        }
    location = None
    if row["location_name_en"] or row["location_name_hi"]:
        location = {
            "name_en": row["location_name_en"],
            "name_hi": row["location_name_hi"],
            "country": row["location_country"],
        }
    return {
        "id": int(row["id"]),
        "article_id": int(row["article_id"]),
        "article_doc_id": row["article_doc_id"],
        "type": kind,
        "mode": mode,
        "cameo": row["cameo"],
        "quad": plover.quad(kind),
        "score": plover.score(kind, mode),
        "actor": _side(row, "actor"),
        "recipient": _side(row, "recipient"),
        "location": location,
        "date": date,
        "when": row["event_when"],
        "modality": row["modality"],
        "context": list(json.loads(row["context"] or "[]")),
        "confidence": float(row["confidence"]),
        "evidence": evidence,
    }
