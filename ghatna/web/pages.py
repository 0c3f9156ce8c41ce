"""Server-rendered pages. Each one renders what its JSON twin under /api returns."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ghatna import __version__
from ghatna.store.read import (
    SORTS,
    EventFilter,
    article_record,
    count_articles,
    dashboard,
    facets,
    find_article_id,
    geo,
    list_articles,
    network,
)
from ghatna.store.read.actors import ActorSort
from ghatna.web import map_links, plover
from ghatna.web.api_actors import Country, Period, actor_page, actor_with_events, dyad_with_events
from ghatna.web.api_actors import list_dyads as dyad_list
from ghatna.web.api_events import event_page
from ghatna.web.highlight import event_summary, segments
from ghatna.web.params import ARTICLE_KEY, COUNTRY, KB, Filter, Limit, Offset, Since, Text, Until

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("ghatna.web").joinpath("templates")))
templates.env.globals.update(
    version=__version__,
    type_colours=plover.TYPE_COLOURS,
    event_types=plover.EVENT_TYPES,
    quad_labels=plover.QUAD_LABELS,
    quad_list=[[q, plover.QUAD_LABELS[q], plover.QUAD_COLOURS[q]] for q in plover.QUAD_LABELS],
    quad_label=plover.quad_label,
    sorts=SORTS,
    event_summary=event_summary,
)
templates.env.globals.update(geo_url=map_links.geo_url, map_tiles=map_links.map_tiles)


def _twin(request: Request, path: str) -> str:
    """The URL of the page's JSON twin: the same path under /api, with the same query."""
    query = str(request.url.query)
    return f"/api{path}" + (f"?{query}" if query else "")


def render(request: Request, template: str, twin: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    query = request.query_params.multi_items()

    def url_of(items: list[tuple[str, str]]) -> str:
        return f"{request.url.path}?{urlencode(items)}" if items else request.url.path

    def url_with(**changes: Any) -> str:
        """This page's URL with some query values changed (``None`` drops one, with all its repeats)."""
        kept = [(k, v) for k, v in query if k not in changes]
        return url_of(kept + [(k, str(v)) for k, v in changes.items() if v is not None])

    def url_toggling(name: str, value: Any) -> str:
        """This page's URL from its first page, with ``value`` added to the filter ``name``, or taken
        out of it if it is there (values of a filter are alternatives: ``?type=AID&type=AGREE``)."""
        value = str(value)
        others = [(k, v) for k, v in query if k != "offset"]
        kept = [(k, v) for k, v in others if not (k == name and v.casefold() == value.casefold())]
        return url_of(kept if len(kept) < len(others) else [*kept, (name, value)])

    def export_url(fmt: str, extra: dict[str, Any] | None = None) -> str:
        """The export of the events this page selects (all of them, not one page)."""
        kept = [(k, v) for k, v in query if k not in ("limit", "offset", "sort", "period", "format", *(extra or {}))]
        return "/api/export?" + urlencode([*kept, *(extra or {}).items(), ("format", fmt)])

    helpers = {"json_url": _twin(request, twin), "url_with": url_with, "url_toggling": url_toggling}
    return templates.TemplateResponse(
        request, template, {**helpers, "export_url": export_url, **context}, status_code=status_code
    )


@router.get("/", response_class=HTMLResponse)
def home_page(request: Request, kb: KB) -> HTMLResponse:
    return render(request, "home.html", "/dashboard", data=dashboard(kb))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, kb: KB, flt: Filter) -> HTMLResponse:
    found = event_page(kb, flt)
    return render(request, "events.html", "/events", filters=flt, page=found, facets=facets(kb, flt, top=12))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, kb: KB, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    rows = list_articles(kb, q, limit=limit, offset=offset)
    page = {"total": count_articles(kb, q), "limit": limit, "offset": offset, "shown": len(rows)}
    return render(request, "articles.html", "/articles", articles=rows, page=page, q=q)


@router.get("/articles/{key}", response_class=HTMLResponse)
def article_page(request: Request, kb: KB, key: Annotated[str, Path(pattern=ARTICLE_KEY)]) -> HTMLResponse:
    found = find_article_id(kb, key)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    record = article_record(kb, found)
    return render(request, "article.html", f"/articles/{key}", record=record, segments=segments(record))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request,
    kb: KB,
    q: Text = None,
    country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
    sort: ActorSort = "-events",
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    found = actor_page(kb, q, country, sort, limit, offset)
    return render(request, "actors.html", "/actors", page=found, q=q, country=country)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page_html(
    request: Request, kb: KB, actor_id: Annotated[int, Path(ge=1, le=2**62)], flt: Filter
) -> HTMLResponse:
    found = actor_with_events(kb, actor_id, flt)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return render(request, "actor.html", f"/actors/{actor_id}", actor=found, filters=flt)


@router.get("/dyads", response_class=HTMLResponse)
def dyads_page(request: Request, kb: KB, limit: Limit = 100) -> HTMLResponse:
    return render(request, "dyads.html", "/dyads", dyads=dyad_list(kb, limit)["dyads"])


@router.get("/dyads/{first}/{second}", response_class=HTMLResponse)
def dyad_page(
    request: Request, kb: KB, first: Country, second: Country, flt: Filter, period: Period = "month",
    directed: bool = False,
) -> HTMLResponse:  # fmt: skip
    data = dyad_with_events(kb, first.upper(), second.upper(), period, flt, directed)
    path = f"/dyads/{first}/{second}"
    return render(request, "dyad.html", path, data=data, filters=flt)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, kb: KB, since: Since = None, until: Until = None, max_nodes: Limit = 100, isolated: bool = False,
    max_edges: Annotated[int, Query(ge=1, le=5000)] = 400,
) -> HTMLResponse:  # fmt: skip
    selected = EventFilter(since=since, until=until)
    data = network(kb, selected, max_nodes=max_nodes, isolated=isolated, max_edges=max_edges)
    return render(request, "network.html", "/network", data=data, since=since, until=until)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, kb: KB, flt: Filter) -> HTMLResponse:
    return render(request, "map.html", "/geo", filters=flt, data=geo(kb, flt), filter_action="/map")
