"""Web pages as inputs: saved HTML files and article URLs."""

from __future__ import annotations

from pathlib import Path

from ghatna.errors import InputError
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.html import article_from_html
from ghatna.ingest.options import IngestOptions
from ghatna.records import Article, DocDate

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_html_file(path: Path, options: IngestOptions, warnings: list[str]) -> Article:
    """A saved web page; its id is the file name without the suffix."""
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            str(path), f"{size / 1e6:.1f} MB is over the {options.max_bytes / 1e6:.1f} MB limit; raise --max-bytes"
        )
    return article_from_html(path.read_bytes(), str(path), warnings, article_id=path.stem, max_bytes=options.max_bytes)


def read_page_url(
    url: str, fetcher: Fetcher, options: IngestOptions, warnings: list[str], date: DocDate | None = None
) -> Article:
    """Fetch an article page; ``date`` (from a feed, say) is used instead of the page's own."""
    fetched = fetcher.get(url)
    if fetched.media_type and fetched.media_type not in HTML_MEDIA_TYPES:
        raise InputError(url, f"not an HTML page (the server says {fetched.media_type}); give an article URL")
    if fetched.url != url:
        warnings.append(f"{url}: redirected to {fetched.url}")
    return article_from_html(
        fetched.content,
        url,
        warnings,
        url=fetched.url,
        charset=fetched.charset,
        max_bytes=options.max_bytes,
        date=date,
    )
