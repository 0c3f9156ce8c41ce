"""REST: events (filters, sorting, pagination), one event, and the export download."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import StreamingResponse

from ghatna.web.models import EventOut, EventPage, Problem
from ghatna.web.params import Connection, Filters, Limit, Offset, SortParam
from ghatna.web.read_events import EventFilters, count_events, iter_events, search_events

router = APIRouter(prefix="/api", tags=["events"])
EXPORT_MAX_ROWS = 100_000
CSV_COLUMNS = (
    "id", "article_doc_id", "type", "mode", "cameo", "quad", "score",
    "actor_name_en", "actor_name_hi", "actor_country", "actor_sector",
    "recipient_name_en", "recipient_name_hi", "recipient_country", "recipient_sector",
    "location_name_en", "location_name_hi", "location_country",
    "date_start", "date_end", "date_precision", "when", "modality", "context", "confidence", "evidence",
)  # fmt: skip


@router.get("/events", response_model=EventPage, summary="Search events")
def list_events(
    db: Connection, filters: Filters, sort: SortParam = "-date", limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Events matching every given filter (the filters of ``ghatna events``), a page at a time."""
    return {
        "total": count_events(db, filters),
        "limit": limit,
        "offset": offset,
        "sort": sort,
        "events": search_events(db, filters, sort=sort, limit=limit, offset=offset),
    }


@router.get("/events/{event_id}", response_model=EventOut, responses={404: {"model": Problem}}, summary="One event")
def one_event(db: Connection, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    found = db.execute("SELECT article_id FROM events WHERE id = ?", (event_id,)).fetchone()
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    for event in iter_events(db, EventFilters(article_id=int(found[0]))):
        if event["id"] == event_id:
            return event
    raise HTTPException(404, f"no event {event_id}")


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row for CSV (GDELT-style tools)."""
    row: dict[str, Any] = {k: event.get(k) for k in ("id", "article_doc_id", "type", "mode", "cameo", "quad", "score")}
    for side in ("actor", "recipient"):
        values = event[side] or {}
        for key in ("name_en", "name_hi", "country", "sector"):
            row[f"{side}_{key}"] = values.get(key)
    location = event["location"] or {}
    for key in ("name_en", "name_hi", "country"):
        row[f"location_{key}"] = location.get(key)
    date = event["date"] or {}
    row.update(date_start=date.get("start"), date_end=date.get("end"), date_precision=date.get("precision"))
    row.update(when=event["when"], modality=event["modality"], confidence=event["confidence"])
    row["context"] = ";".join(event["context"])
    row["evidence"] = event["evidence"][0]["text"] if event["evidence"] else None
    return row


def _csv_lines(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for event in events:
        writer.writerow(flat(event))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}, "description": "the events"}},
    summary="Download events",
)
def export(
    db: Connection,
    filters: Filters,
    format: Annotated[Literal["csv", "jsonl"], Query(description="csv (flat) or jsonl (one event a line)")] = "csv",
) -> StreamingResponse:
    """The matching events (at most 100 000) as a file: CSV rows or JSON lines."""
    # Read everything now: the connection closes when the request ends, before streaming is over.
    events = iter(search_events(db, filters, sort="id", limit=EXPORT_MAX_ROWS))
    if format == "csv":
        body: Iterator[str] = _csv_lines(events)
        media = "text/csv; charset=utf-8"
    else:
        body = (json.dumps(e, ensure_ascii=False) + "\n" for e in events)
        media = "application/x-ndjson"
    headers = {"Content-Disposition": f'attachment; filename="ghatna-events.{format}"'}
    return StreamingResponse(body, media_type=media, headers=headers)
