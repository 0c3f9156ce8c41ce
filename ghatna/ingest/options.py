"""The one options object of the readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ghatna import __version__

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
CSV_SUFFIXES = (".csv",)
GZIP_SUFFIX = ".gz"
USER_AGENT = f"ghatna/{__version__} (Hindi news event coder; honours robots.txt)"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched: politeness (``min_interval_s`` between requests to one host) and bounds."""

    user_agent: str = USER_AGENT
    timeout_s: float = 20.0
    max_retries: int = 3
    backoff_s: float = 1.0
    max_wait_s: float = 60.0
    min_interval_s: float = 1.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    obey_robots: bool = True


def format_suffix(path: Path) -> str:
    """The suffix that names a file's format, under a ``.gz`` one (``a.jsonl.gz``: ``.jsonl``)."""
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == GZIP_SUFFIX:
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def is_dump(path: Path) -> bool:
    """A file of many records (JSONL, JSON, CSV, gzipped or not)."""
    return format_suffix(path) in (*JSONL_SUFFIXES, *JSON_SUFFIXES, *CSV_SUFFIXES)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Record fields left None are found by their common names (``ghatna.ingest.fields``)."""

    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    glob: str = "*"
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_non_hindi: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)
