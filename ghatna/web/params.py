"""Validated query parameters shared by the API and the pages (bad input is a 422, never a 500)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request

from ghatna.lang.ontology import ontology
from ghatna.store.database import Store
from ghatna.store.dialect import dialect_for
from ghatna.store.read import EventFilter, Sort
from ghatna.web.settings import WebSettings

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
COUNTRY = r"^[A-Za-z]{3}$"
TYPE = "^(" + "|".join(ontology().types) + ")$"
MODE = r"^[a-z][a-z-]{0,29}$"
CONTEXT = r"^[a-z][a-z_]{0,39}$"
CAMEO = r"^\d{2,4}$"
DYAD = r"^[A-Za-z]{3}-[A-Za-z]{3}$"
SECTOR = r"^[A-Za-z]{3}$"
MODALITY = r"^[a-z][a-z-]{0,29}$"
ARTICLE_KEY = r"^[A-Za-z0-9_.-]{1,200}$"
MAX_OFFSET = 1_000_000

Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Limit = Annotated[int, Query(ge=1, le=500, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
ActorId = Annotated[int, Query(ge=1, le=2**62)]


def settings(request: Request) -> WebSettings:
    found: WebSettings = request.app.state.settings
    return found


def store(request: Request) -> Iterator[Store]:
    """A connection to the knowledge base (SQLite or PostgreSQL) for the length of one request."""
    url = settings(request).db
    opened = Store(dialect_for(url).connect(), url)
    try:
        yield opened
    finally:
        opened.close()


KB = Annotated[Store, Depends(store)]


def event_filter(
    actor: Annotated[Text, Query(description="actor code (IND, INDGOV) or name in either script")] = None,
    recipient: Annotated[Text, Query(description="recipient code or name, as actor")] = None,
    involving: Annotated[int | None, Query(ge=1, le=2**62, description="either side is this actor (its id)")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="either side's country (ISO alpha-3)")] = None,
    type: Annotated[str | None, Query(pattern=TYPE, description="PLOVER event type")] = None,
    mode: Annotated[str | None, Query(pattern=MODE, description="PLOVER mode, e.g. visit")] = None,
    context: Annotated[str | None, Query(pattern=CONTEXT, description="PLOVER context, e.g. military")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop … 4 material conflict")] = None,
    cameo: Annotated[str | None, Query(pattern=CAMEO, description="CAMEO code or its prefix")] = None,
    sector: Annotated[str | None, Query(pattern=SECTOR, description="either side's sector, e.g. GOV")] = None,
    modality: Annotated[str | None, Query(pattern=MODALITY, description="asserted, future, negated, …")] = None,
    since: Since = None,
    until: Until = None,
    place: Annotated[Text, Query(description="place name (either script) or country code")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, allow_inf_nan=False)] = None,
    text: Annotated[Text, Query(description="words the evidence contains (full-text search)")] = None,
    article: Annotated[str | None, Query(pattern=ARTICLE_KEY, description="reported by this article")] = None,
    dyad: Annotated[str | None, Query(pattern=DYAD, description="between two countries, either way: IND-KAZ")] = None,
    sort: Annotated[Sort, Query(description="order; a leading - sorts descending")] = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventFilter:
    return EventFilter(
        actor=actor, recipient=recipient, actor_id=involving, country=country, type=type, mode=mode,
        context=context, quad_class=quad_class, cameo=cameo, sector=sector, modality=modality, since=since,
        until=until, place=place, min_confidence=min_confidence, text=text, article=article, sort=sort,
        dyad=(dyad[:3], dyad[4:]) if dyad else None,
        limit=limit, offset=offset,
    )  # fmt: skip


Filter = Annotated[EventFilter, Depends(event_filter)]
