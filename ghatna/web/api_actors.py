"""REST: actors (search in Devanagari or Latin, one actor with its events), dyads and the network."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from ghatna.store.read import EventFilter, actor, actors, count_actors, count_events, dyad, dyads, events, network
from ghatna.store.read.actors import ActorSort
from ghatna.web.models import ActorDetail, ActorPage, DyadList, DyadSeries, Network, Problem
from ghatna.web.params import COUNTRY, KB, Filter, Limit, Offset, Since, Text, Until

router = APIRouter(prefix="/api", tags=["actors"])
MAX_ACTOR_EVENTS = 1000
Country = Annotated[str, Path(pattern=COUNTRY, description="ISO 3166-1 alpha-3, or IGO (any case)")]
Period = Literal["year", "month", "day"]


def actor_page(kb: KB, q: str | None, country: str | None, sort: ActorSort, limit: int, offset: int) -> dict[str, Any]:
    return {
        "q": q, "country": country, "sort": sort, "limit": limit, "offset": offset,
        "total": count_actors(kb, q, country),
        "actors": actors(kb, q, country, sort=sort, limit=limit, offset=offset, details=False),
    }  # fmt: skip


@router.get("/actors", response_model=ActorPage, summary="Search actors")
def list_actors(
    kb: KB,
    q: Annotated[Text, Query(description="a code (IND, INDGOV) or a name in Devanagari or Latin")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="ISO alpha-3")] = None,
    sort: Annotated[ActorSort, Query(description="id, events, -events (most first) or name")] = "-events",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Canonical actors with how often each acts and is acted upon."""
    return actor_page(kb, q, country, sort, limit, offset)


def actor_with_events(kb: KB, actor_id: int, flt: EventFilter | None = None) -> dict[str, Any] | None:
    found = actor(kb, actor_id)
    if found is None:
        return None
    selected = replace(flt or EventFilter(), actor_id=actor_id)
    found["event_total"] = count_events(kb, selected)
    found["event_list"] = events(kb, selected)
    return found


@router.get("/actors/{actor_id}", response_model=ActorDetail, responses={404: {"model": Problem}}, summary="One actor")
def one_actor(kb: KB, actor_id: Annotated[int, Path(ge=1, le=2**62)], flt: Filter) -> dict[str, Any]:
    """An actor with its names, merge reasons, timeline, counterparts and a page of its events."""
    found = actor_with_events(kb, actor_id, flt)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return found


@router.get("/dyads", response_model=DyadList, summary="Country pairs")
def list_dyads(kb: KB, limit: Limit = 100) -> dict[str, Any]:
    """Country pairs with events between them, most active first."""
    return {"dyads": dyads(kb, limit=limit)}


def dyad_with_events(
    kb: KB, first: str, second: str, period: Period, flt: EventFilter, directed: bool
) -> dict[str, Any]:
    data = dyad(kb, first, second, period, directed, flt.since, flt.until)
    selected = replace(flt, dyad=(first, second))
    data["event_total"] = count_events(kb, selected)
    data["event_list"] = events(kb, selected)
    return data


@router.get("/dyads/{first}/{second}", response_model=DyadSeries, summary="Dyad time series")
def one_dyad(
    kb: KB,
    first: Country,
    second: Country,
    flt: Filter,
    period: Annotated[Period, Query(description="bucket size")] = "month",
    directed: Annotated[bool, Query(description="only first → second")] = False,
) -> dict[str, Any]:
    """Events between two countries per period, by quad class, with the mean PLOVER score, and a page of
    the events themselves. An event without a date of its own is placed at its article's date."""
    return dyad_with_events(kb, first.upper(), second.upper(), period, flt, directed)


@router.get("/network", response_model=Network, summary="Actor network")
def actor_network(
    kb: KB,
    since: Since = None,
    until: Until = None,
    max_nodes: Annotated[int, Query(ge=1, le=500, description="keep the most active actors")] = 100,
    isolated: Annotated[bool, Query(description="also actors without a counterpart")] = False,
    max_edges: Annotated[int, Query(ge=1, le=5000, description="keep the links with most events")] = 400,
) -> dict[str, Any]:
    """Actors as nodes (sized by events) and events between two actors as edges (cooperative or not);
    ``links`` is the number of edges before ``max_edges``."""
    data = network(
        kb, EventFilter(since=since, until=until), max_nodes=max_nodes, isolated=isolated, max_edges=max_edges
    )
    return {**data, "since": since, "until": until}
