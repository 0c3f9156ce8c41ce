"""The FastAPI app: REST API under /api (OpenAPI at /openapi.json, docs at /docs) and the pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ghatna import __version__
from ghatna.errors import QueryError, StoreError
from ghatna.store import open_store
from ghatna.web import api_actors, api_articles, api_events, api_geo, api_meta, pages
from ghatna.web.limits import BodyLimit
from ghatna.web.settings import WebSettings

DESCRIPTION = """Political events coded from Hindi news (PLOVER types with CAMEO codes).
Every HTML page has a JSON twin under `/api`; records follow the ghatna output contract (OUTPUT.md)."""
SWAGGER = "/static/vendor/swagger-ui"


def _is_page(request: Request) -> bool:
    path = request.url.path
    return not path.startswith(("/api", "/static", "/openapi.json", "/docs"))


def _problems(error: RequestValidationError) -> list[str]:
    lines = []
    for problem in error.errors():
        where = ".".join(str(p) for p in problem.get("loc", ())[1:]) or "request"
        value = problem.get("input")
        shown = f" {value!r}" if isinstance(value, str | int | float) else ""
        lines.append(f"{where}{shown}: {problem.get('msg', 'not valid')}")
    return lines


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """An app over the knowledge base at ``settings.db`` (created and migrated if missing)."""
    settings = settings or WebSettings()
    open_store(settings.db).close()
    app = FastAPI(title="ghatna", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.settings = settings
    static = resources.files("ghatna.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    for module in (api_meta, api_articles, api_events, api_actors, api_geo):
        app.include_router(module.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI, served from the app itself (vendored), so it works offline."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="ghatna API", swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css", swagger_favicon_url="/static/favicon.svg",
        )  # fmt: skip

    @app.middleware("http")
    async def drop_empty_filters(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """A page form sends its empty fields; redirect to the same page without them."""
        query = request.query_params.multi_items()
        if request.method == "GET" and not request.url.path.startswith("/api") and any(v == "" for _, v in query):
            kept = urlencode([(k, v) for k, v in query if v != ""])
            return RedirectResponse(f"{request.url.path}?{kept}" if kept else request.url.path, status_code=303)
        return await call_next(request)

    def error_page(request: Request, status: int, title: str, problems: list[str]) -> Response:
        return pages.render(request, "error.html", "/health", status_code=status, title=title, problems=problems)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> Response:
        if _is_page(request):
            return error_page(request, 422, "This page cannot be shown with these values", _problems(error))
        return JSONResponse({"detail": jsonable_errors(error)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if _is_page(request) and error.status_code in (404, 422):
            title = "Not found" if error.status_code == 404 else "This page cannot be shown with these values"
            return error_page(request, error.status_code, title, [str(error.detail)])
        return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, error: QueryError) -> Response:
        if _is_page(request):
            return error_page(request, 422, "This page cannot be shown with these values", [str(error)])
        # the shape of FastAPI's own 422, which the OpenAPI document declares
        return JSONResponse({"detail": [{"loc": ["query"], "msg": str(error), "type": "value_error"}]}, 422)

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, error: StoreError) -> Response:
        if _is_page(request):
            return error_page(request, 503, "The knowledge base cannot be read", [str(error)])
        return JSONResponse({"detail": str(error)}, status_code=503)

    return app


def jsonable_errors(error: RequestValidationError) -> list[dict[str, object]]:
    from fastapi.encoders import jsonable_encoder

    found: list[dict[str, object]] = jsonable_encoder(error.errors())
    return found
