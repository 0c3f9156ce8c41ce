"""REST: actors (search in Devanagari or Latin, one actor with its events), dyads and the network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from ghatna.web.models import ActorDetail, ActorPage, DyadList, DyadSeries, Network, Problem
from ghatna.web.params import ACTOR_ID, COUNTRY, Connection, Limit, Offset, Since, Text, Until
from ghatna.web.read_actors import get_actor, network, search_actors
from ghatna.web.read_dyads import Period, dyad_series, list_dyads
from ghatna.web.read_events import EventFilters, search_events

router = APIRouter(prefix="/api", tags=["actors"])
MAX_ACTOR_EVENTS = 1000
Country = Annotated[str, Path(pattern=COUNTRY, description="ISO 3166-1 alpha-3, or IGO")]


@router.get("/actors", response_model=ActorPage, summary="Search actors")
def actors(
    db: Connection,
    q: Annotated[Text, Query(description="name contains, in Devanagari or Latin; or a country code")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return {"q": q, "limit": limit, "offset": offset, "actors": search_actors(db, q, limit=limit, offset=offset)}


def actor_with_events(db: Connection, actor_id: str) -> dict[str, Any] | None:
    found = get_actor(db, actor_id)
    if found is None:
        return None
    wanted = tuple(found.pop("event_ids")[:MAX_ACTOR_EVENTS])
    found["event_list"] = search_events(db, EventFilters(ids=wanted), sort="-date", limit=None)
    return found


@router.get(
    "/actors/{actor_id}", response_model=ActorDetail, responses={404: {"model": Problem}}, summary="One actor"
)
def actor(db: Connection, actor_id: Annotated[str, Path(pattern=ACTOR_ID)]) -> dict[str, Any]:
    """An actor (a name and a country) with every event it takes part in, newest first."""
    found = actor_with_events(db, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return found


@router.get("/dyads", response_model=DyadList, summary="Country pairs")
def dyads(db: Connection, limit: Limit = 100) -> dict[str, Any]:
    """Country pairs with events between them, most active first."""
    return {"dyads": list_dyads(db, limit=limit)}


@router.get("/dyads/{first}/{second}", response_model=DyadSeries, summary="Dyad time series")
def dyad(
    db: Connection,
    first: Country,
    second: Country,
    period: Annotated[Period, Query(description="bucket size")] = "month",
    since: Since = None,
    until: Until = None,
    directed: Annotated[bool, Query(description="only first → second")] = False,
) -> dict[str, Any]:
    """Events between two countries per period, by quad class, with the mean PLOVER score."""
    return dyad_series(db, first, second, period=period, since=since, until=until, directed=directed)


@router.get("/network", response_model=Network, summary="Actor network")
def actor_network(
    db: Connection,
    since: Since = None,
    until: Until = None,
    max_nodes: Annotated[int, Query(ge=1, le=500, description="keep the most active actors")] = 100,
    isolated: Annotated[bool, Query(description="also actors without a counterpart")] = False,
) -> dict[str, Any]:
    """Actors as nodes (sized by events) and events between them as edges (cooperative or not)."""
    return network(db, since=since, until=until, max_nodes=max_nodes, isolated=isolated)
