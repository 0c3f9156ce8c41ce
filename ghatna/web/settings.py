"""The web app's settings, declared once: (name, default, help)."""

from __future__ import annotations

from dataclasses import dataclass

from ghatna.store.database import DEFAULT_URL

SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("db", DEFAULT_URL, "database URL of the knowledge base (sqlite:///PATH)"),
    ("allow_ingest", False, "let POST /api/extract?store=true write to the knowledge base"),
    ("max_body_bytes", 256_000, "largest request body accepted, in bytes (413 beyond)"),
    ("max_text_chars", 100_000, "largest article text accepted by POST /api/extract"),
    ("map_tiles", "", "tile URL template ({z}/{x}/{y}) drawn under the map's country shapes; empty: none"),
)


@dataclass(frozen=True, slots=True)
class WebSettings:
    db: str = DEFAULT_URL
    allow_ingest: bool = False
    max_body_bytes: int = 256_000
    max_text_chars: int = 100_000
    map_tiles: str = ""
