"""Validated query parameters shared by the API and the pages (bad input is a 422, never a 500)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from pydantic import Field, StringConstraints

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
MAX_CHOICES = 50  # values of one multi-valued filter

Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Limit = Annotated[int, Query(ge=1, le=500, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]
ActorId = Annotated[int, Query(ge=1, le=2**62)]
# one value of a filter that may be repeated (?type=AID&type=COOPERATE: either)
TypeName = Annotated[str, StringConstraints(pattern=TYPE)]
CountryCode = Annotated[str, StringConstraints(pattern=COUNTRY)]
ModeName = Annotated[str, StringConstraints(pattern=MODE)]
QuadClass = Annotated[int, Field(ge=1, le=4)]
CameoCode = Annotated[str, StringConstraints(pattern=CAMEO)]
SectorCode = Annotated[str, StringConstraints(pattern=SECTOR)]
ModalityName = Annotated[str, StringConstraints(pattern=MODALITY)]
GeonamesId = Annotated[int, Field(ge=1, le=2**31 - 1)]


def choices(description: str) -> Any:
    """A query parameter that may be repeated (``?type=AID&type=COOPERATE``): any of its values matches."""
    return Query(max_length=MAX_CHOICES, description=f"{description}; repeat for several, any of which matches")


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
    country: Annotated[list[CountryCode] | None, choices("either side's country (ISO alpha-3)")] = None,
    type: Annotated[list[TypeName] | None, choices("PLOVER event type")] = None,
    mode: Annotated[list[ModeName] | None, choices("PLOVER mode, e.g. visit")] = None,
    context: Annotated[str | None, Query(pattern=CONTEXT, description="PLOVER context, e.g. military")] = None,
    quad_class: Annotated[list[QuadClass] | None, choices("1 verbal coop … 4 material conflict")] = None,
    cameo: Annotated[list[CameoCode] | None, choices("CAMEO code or its prefix")] = None,
    sector: Annotated[list[SectorCode] | None, choices("either side's sector, e.g. GOV")] = None,
    modality: Annotated[list[ModalityName] | None, choices("asserted, future, negated, …")] = None,
    geonames_id: Annotated[list[GeonamesId] | None, choices("GeoNames id of the event's place")] = None,
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
        actor=actor, recipient=recipient, actor_id=involving, countries=tuple(country or ()), types=tuple(type or ()),
        modes=tuple(mode or ()), context=context, quad_classes=tuple(quad_class or ()), cameos=tuple(cameo or ()),
        sectors=tuple(sector or ()), modalities=tuple(modality or ()), geonames_ids=tuple(geonames_id or ()),
        since=since, until=until, place=place, min_confidence=min_confidence, text=text, article=article, sort=sort,
        dyad=(dyad[:3], dyad[4:]) if dyad else None,
        limit=limit, offset=offset,
    )  # fmt: skip


Filter = Annotated[EventFilter, Depends(event_filter)]
