"""Server-rendered pages. Each one renders what its JSON twin under /api returns."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ghatna import __version__
from ghatna.web import plover
from ghatna.web.api_actors import Country, actor_with_events
from ghatna.web.highlight import event_summary, segments
from ghatna.web.params import ACTOR_ID, ARTICLE_KEY, Connection, Filters, Limit, Offset, Since, SortParam, Text, Until
from ghatna.web.read_actors import network, search_actors
from ghatna.web.read_articles import article_record, count_articles, find_article_id, list_articles
from ghatna.web.read_dyads import Period, dyad_series, list_dyads
from ghatna.web.read_events import count_events, search_events

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("ghatna.web").joinpath("templates")))
templates.env.globals.update(
    version=__version__,
    type_colours={k: v[2] for k, v in plover.TYPES.items()},
    event_types=plover.EVENT_TYPES,
    quad_labels=plover.QUAD_LABELS,
    quad_colours=plover.QUAD_COLOURS,
    quad_list=[[q, plover.QUAD_LABELS[q], plover.QUAD_COLOURS[q]] for q in plover.QUADS],
    event_summary=event_summary,
)


def _twin(request: Request, path: str) -> str:
    """The URL of the page's JSON twin: the same path under /api, with the same query."""
    query = str(request.url.query)
    return f"/api{path}" + (f"?{query}" if query else "")


def _render(request: Request, template: str, twin: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, {"json_url": _twin(request, twin), **context})


def _page_url(request: Request, offset: int) -> str:
    query = dict(request.query_params) | {"offset": str(offset)}
    return f"{request.url.path}?{urlencode(query)}"


@router.get("/", response_class=HTMLResponse)
@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, db: Connection, filters: Filters, sort: SortParam = "-date", limit: Limit = 50, offset: Offset = 0
) -> HTMLResponse:
    total = count_events(db, filters)
    events = search_events(db, filters, sort=sort, limit=limit, offset=offset)
    pages = {
        "previous": _page_url(request, max(0, offset - limit)) if offset > 0 else None,
        "next": _page_url(request, offset + limit) if offset + limit < total else None,
    }
    return _render(
        request, "events.html", "/events", filters=filters, sort=sort, events=events, total=total,
        offset=offset, pages=pages,
    )  # fmt: skip


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, db: Connection, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    rows = list_articles(db, limit=limit, offset=offset)
    return _render(request, "articles.html", "/articles", articles=rows, total=count_articles(db), offset=offset)


@router.get("/articles/{key}", response_class=HTMLResponse)
def article_page(request: Request, db: Connection, key: Annotated[str, Path(pattern=ARTICLE_KEY)]) -> HTMLResponse:
    found = find_article_id(db, key)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    record = article_record(db, found)
    return _render(request, "article.html", f"/articles/{key}", record=record, segments=segments(record))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request, db: Connection, q: Text = None, limit: Limit = 50, offset: Offset = 0
) -> HTMLResponse:
    rows = search_actors(db, q, limit=limit, offset=offset)
    return _render(request, "actors.html", "/actors", actors=rows, q=q)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, db: Connection, actor_id: Annotated[str, Path(pattern=ACTOR_ID)]) -> HTMLResponse:
    found = actor_with_events(db, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return _render(request, "actor.html", f"/actors/{actor_id}", actor=found)


@router.get("/dyads", response_class=HTMLResponse)
def dyads_page(request: Request, db: Connection, limit: Limit = 100) -> HTMLResponse:
    return _render(request, "dyads.html", "/dyads", dyads=list_dyads(db, limit=limit))


@router.get("/dyads/{first}/{second}", response_class=HTMLResponse)
def dyad_page(
    request: Request,
    db: Connection,
    first: Country,
    second: Country,
    period: Period = "month",
    since: Since = None,
    until: Until = None,
    directed: bool = False,
) -> HTMLResponse:
    data = dyad_series(db, first, second, period=period, since=since, until=until, directed=directed)
    return _render(request, "dyad.html", f"/dyads/{first}/{second}", data=data, since=since, until=until)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    db: Connection,
    since: Since = None,
    until: Until = None,
    max_nodes: Limit = 100,
    isolated: bool = False,
) -> HTMLResponse:
    data = network(db, since=since, until=until, max_nodes=max_nodes, isolated=isolated)
    return _render(request, "network.html", "/network", data=data, since=since, until=until)
