"""Validated query parameters shared by the API and the pages (bad input is a 422, never a 500)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request

from ghatna.web.db import connect_readonly
from ghatna.web.plover import EVENT_TYPES
from ghatna.web.read_events import EventFilters, Sort
from ghatna.web.settings import WebSettings

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
COUNTRY = r"^[A-Z]{3}$"
TYPE = "^(" + "|".join(EVENT_TYPES) + ")$"
MODE = r"^[a-z][a-z-]{0,29}$"
CONTEXT = r"^[a-z][a-z_]{0,39}$"
ARTICLE_KEY = r"^[A-Za-z0-9_.-]{1,200}$"
ACTOR_ID = r"^[0-9a-f]{12}$"
MAX_OFFSET = 1_000_000

Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Limit = Annotated[int, Query(ge=1, le=500, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]


def settings(request: Request) -> WebSettings:
    found: WebSettings = request.app.state.settings
    return found


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for the length of one request."""
    db = connect_readonly(settings(request).db)
    try:
        yield db
    finally:
        db.close()


Connection = Annotated[sqlite3.Connection, Depends(connection)]


def event_filters(
    actor: Annotated[Text, Query(description="actor name contains (English or Hindi)")] = None,
    recipient: Annotated[Text, Query(description="recipient name contains (English or Hindi)")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="either side's country (ISO alpha-3)")] = None,
    type: Annotated[str | None, Query(pattern=TYPE, description="PLOVER event type")] = None,
    mode: Annotated[str | None, Query(pattern=MODE, description="PLOVER mode, e.g. visit")] = None,
    context: Annotated[str | None, Query(pattern=CONTEXT, description="PLOVER context, e.g. military")] = None,
    since: Since = None,
    until: Until = None,
    place: Annotated[Text, Query(description="location name contains (English or Hindi)")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, allow_inf_nan=False)] = None,
    text: Annotated[Text, Query(description="the article text contains")] = None,
) -> EventFilters:
    return EventFilters(
        actor=actor,
        recipient=recipient,
        country=country,
        type=type,
        mode=mode,
        context=context,
        since=since,
        until=until,
        place=place,
        min_confidence=min_confidence,
        text=text,
    )


Filters = Annotated[EventFilters, Depends(event_filters)]
SortParam = Annotated[Sort, Query(description="order; a leading - sorts descending")]
