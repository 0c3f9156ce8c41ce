"""REST: health and version."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ghatna import __version__
from ghatna.output import OUTPUT_VERSION
from ghatna.store.read import totals
from ghatna.web.models import Health, Version
from ghatna.web.params import KB, settings

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/health", response_model=Health, summary="Health")
def health(request: Request, kb: KB) -> dict[str, Any]:
    """The server is up and can read the knowledge base; ``events`` counts fused events."""
    return {
        "status": "ok",
        "version": __version__,
        "schema_version": kb.schema_version(),
        "database": kb.dialect,
        **totals(kb),
        "allow_ingest": settings(request).allow_ingest,
    }


@router.get("/version", response_model=Version, summary="Version")
def version() -> dict[str, Any]:
    return {"version": __version__, "output_version": OUTPUT_VERSION}
