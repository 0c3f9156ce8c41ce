"""The one options object of the readers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ghatna import __version__

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
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


@dataclass(frozen=True, slots=True)
class IngestOptions:
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "date"
    url_field: str = "url"
    id_field: str = "id"
    glob: str = "*"
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_non_hindi: bool = False
    fetch: FetchOptions = field(default_factory=FetchOptions)
