"""REST: events (filters, sorting, pagination, facets), one event, and the export download."""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from ghatna.store.export import export as write_export
from ghatna.store.read import count_events, dashboard, event, events, facets
from ghatna.web.models import Dashboard, EventOut, EventPage, Facets, Problem
from ghatna.web.params import KB, Filter

router = APIRouter(prefix="/api", tags=["events"])
EXPORT_MAX_ROWS = 100_000
_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


def event_page(kb: KB, flt: Filter) -> dict[str, Any]:
    return {
        "total": count_events(kb, flt),
        "limit": flt.limit,
        "offset": flt.offset,
        "sort": flt.sort,
        "events": events(kb, flt),
    }


@router.get("/events", response_model=EventPage, summary="Search events")
def list_events(kb: KB, flt: Filter) -> dict[str, Any]:
    """Fused events matching every given filter (those of ``ghatna events``), a page at a time; each
    record is the one ``ghatna events --format json`` prints."""
    return event_page(kb, flt)


@router.get("/facets", response_model=Facets, summary="Facet counts")
def event_facets(kb: KB, flt: Filter) -> dict[str, Any]:
    """How many of the matching events have each type, country, mode, quad class, sector, modality, context.

    Each facet leaves its own filter out (with ``type=AID``, the type facet still counts every type),
    so that its other values can be added as alternatives."""
    return facets(kb, flt)


@router.get("/dashboard", response_model=Dashboard, summary="Dashboard")
def home(kb: KB) -> dict[str, Any]:
    """Totals, events per month (undated ones at their article's date) and per type, top actors and dyads."""
    return dashboard(kb)


@router.get("/events/{event_id}", response_model=EventOut, responses={404: {"model": Problem}}, summary="One event")
def one_event(kb: KB, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    found = event(kb, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return found


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {m.split(";")[0]: {} for m in _MEDIA.values()}, "description": "the events"}},
    summary="Download events",
)
def export(
    kb: KB,
    flt: Filter,
    format: Annotated[Literal["csv", "jsonl", "parquet"], Query(description="the columns of ghatna export")] = "csv",
) -> Response:
    """The matching events (at most 100 000, ignoring limit and offset) as ``ghatna export`` writes them."""
    selected = replace(flt, limit=EXPORT_MAX_ROWS, offset=0, sort="id")
    if format == "parquet":
        with tempfile.TemporaryDirectory() as folder:
            path = FilePath(folder) / "events.parquet"
            write_export(kb, "parquet", str(path), selected)
            body: bytes | str = path.read_bytes()
    else:
        buffer = io.StringIO()
        write_export(kb, format, buffer, selected)
        body = buffer.getvalue()
    headers = {"Content-Disposition": f'attachment; filename="ghatna-events.{format}"'}
    return Response(body, media_type=_MEDIA[format], headers=headers)
