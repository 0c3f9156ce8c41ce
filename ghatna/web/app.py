"""The FastAPI app: REST API under /api (OpenAPI at /openapi.json, docs at /docs) and the pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from ghatna import __version__
from ghatna.errors import StoreError
from ghatna.web import api_actors, api_articles, api_events, api_meta, pages
from ghatna.web.db import prepare
from ghatna.web.limits import BodyLimit
from ghatna.web.settings import WebSettings

DESCRIPTION = """Political events coded from Hindi news (PLOVER types with CAMEO codes).
Every HTML page has a JSON twin under `/api`; records follow the ghatna output contract (OUTPUT.md)."""


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """An app over the knowledge base at ``settings.db`` (created and migrated if missing)."""
    settings = settings or WebSettings()
    prepare(settings.db)
    app = FastAPI(title="ghatna", version=__version__, description=DESCRIPTION)
    app.state.settings = settings
    static = resources.files("ghatna.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    for module in (api_meta, api_articles, api_events, api_actors):
        app.include_router(module.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)

    @app.middleware("http")
    async def drop_empty_filters(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """A page form sends its empty fields; redirect to the same page without them."""
        query = request.query_params.multi_items()
        if request.method == "GET" and not request.url.path.startswith("/api") and any(v == "" for _, v in query):
            kept = urlencode([(k, v) for k, v in query if v != ""])
            return RedirectResponse(f"{request.url.path}?{kept}" if kept else request.url.path, status_code=303)
        return await call_next(request)

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    return app
