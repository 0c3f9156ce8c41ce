"""What a page's map needs from its request, as template globals: the ``/api/geo`` of the events the
page selects, and the tile server's URL when one is set (``ghatna serve --map-tiles``)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from ghatna.web.params import settings

_NOT_FILTERS = ("limit", "offset", "period")


def geo_url(request: Request, extra: dict[str, Any] | None = None) -> str:
    """``/api/geo`` with the page's filters (every matching event, not one page) and ``extra``."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k not in _NOT_FILTERS and k not in (extra or {})]
    return "/api/geo?" + urlencode(query + [(k, str(v)) for k, v in (extra or {}).items()])


def map_tiles(request: Request) -> str:
    return settings(request).map_tiles
