"""REST: the events of a filter on a map (GeoJSON), and the events at one of its points."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from ghatna.store.read import EventFilter, events, geo, place_event_ids
from ghatna.web.models import EventPage
from ghatna.web.params import KB, Filter

router = APIRouter(prefix="/api", tags=["map"])
PLACE = r"^(geonames:\d{1,12}|point:-?\d{1,3}(\.\d{1,4})?,-?\d{1,3}(\.\d{1,4})?)$"
PlaceKey = Annotated[
    str, Path(pattern=PLACE, description="a point's `place`: geonames:ID, or point:LAT,LON for a place without an id")
]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class PointGeometry(_Open):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[longitude, latitude] (RFC 7946)")


class PlaceProperties(_Open):
    place: str = Field(description="the point's key: geonames:ID, or point:LAT,LON")
    geonames_id: int | None
    name_en: str | None
    name_hi: str | None
    country: str | None
    feature: str | None = Field(description="GeoNames feature class and code, e.g. P.PPLC")
    admin1: str | None
    events: int = Field(description="how many of the matching events happened here")
    quads: dict[str, int] = Field(description="those events per quad class (verbal_coop … material_conflict)")
    quad: str = Field(description="the quad class most of them have")
    event_ids: list[int] = Field(description="their ids, the first 100")


class PlaceFeature(_Open):
    type: Literal["Feature"]
    id: str
    geometry: PointGeometry
    properties: PlaceProperties


class MapCounts(_Open):
    events: int = Field(description="matching events (limit and offset are ignored)")
    placed: int = Field(description="events on the map")
    places: int = Field(description="points on the map")
    unplaced: int = Field(description="events without coordinates: not on the map")
    unplaced_named: int = Field(description="of those, events whose place is named but not geocoded")
    undated: int = Field(description="events without a date of their own")
    undated_without_article_date: int = Field(description="of those, events whose article has no date either")


class EventMap(_Open):
    type: Literal["FeatureCollection"]
    features: list[PlaceFeature]
    metadata: MapCounts


@router.get("/geo", response_model=EventMap, summary="Events on a map (GeoJSON)")
def event_map(kb: KB, flt: Filter) -> dict[str, Any]:
    """The events matching every given filter (those of `/api/events`; every match, ignoring limit and
    offset) as a GeoJSON FeatureCollection: one point per place (its GeoNames id, else its
    coordinates) with its number of events, their count per quad class and their ids. `metadata`
    counts the events that are not on the map (no coordinates) and those without a date."""
    return geo(kb, flt)


@router.get("/geo/{point}/events", response_model=EventPage, summary="Events at one point of the map")
def events_at(kb: KB, point: PlaceKey, flt: Filter) -> dict[str, Any]:
    """The matching events at one point of `/api/geo` (its `place`), a page at a time, as `/api/events`."""
    ids = place_event_ids(kb, flt, point)
    at = EventFilter(ids=tuple(ids), sort=flt.sort, limit=flt.limit, offset=flt.offset)
    return {"total": len(ids), "limit": flt.limit, "offset": flt.offset, "sort": flt.sort, "events": events(kb, at)}
