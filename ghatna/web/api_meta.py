"""REST: health and version."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ghatna import __version__
from ghatna.output import OUTPUT_VERSION
from ghatna.web.models import Health, Version
from ghatna.web.params import Connection, settings

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/health", response_model=Health, summary="Health")
def health(request: Request, db: Connection) -> dict[str, Any]:
    """The server is up and can read the knowledge base."""
    row = db.execute("SELECT value FROM ghatna_meta WHERE key = 'schema_version'").fetchone()
    return {
        "status": "ok",
        "version": __version__,
        "schema_version": int(row[0]) if row else 0,
        "articles": int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]),
        "events": int(db.execute("SELECT COUNT(*) FROM events").fetchone()[0]),
        "allow_ingest": settings(request).allow_ingest,
    }


@router.get("/version", response_model=Version, summary="Version")
def version() -> dict[str, Any]:
    return {"version": __version__, "output_version": OUTPUT_VERSION}
