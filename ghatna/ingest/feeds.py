"""RSS and Atom feeds (feedparser): one conditional request per poll, and the items it lists."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser

from ghatna.errors import InputError
from ghatna.ingest.dates import parse_metadata_date
from ghatna.ingest.fetch import Fetcher
from ghatna.records import DocDate

FEED_BASIS = "feed item date"


@dataclass(frozen=True, slots=True)
class FeedItem:
    item_id: str
    link: str | None
    title: str | None
    date: DocDate | None


@dataclass(frozen=True, slots=True)
class FeedPoll:
    url: str
    not_modified: bool
    etag: str | None
    last_modified: str | None
    items: tuple[FeedItem, ...]


def poll_feed(url: str, fetcher: Fetcher, etag: str | None = None, last_modified: str | None = None) -> FeedPoll:
    """Fetch the feed (conditionally when validators are known) and list its items, newest last."""
    fetched = fetcher.get(url, etag=etag, last_modified=last_modified)
    if fetched.not_modified:
        return FeedPoll(url, True, etag, last_modified, ())
    items = parse_feed(fetched.content, fetched.url, fetched.media_type)
    return FeedPoll(
        url,
        False,
        fetched.headers.get("etag"),
        fetched.headers.get("last-modified"),
        tuple(reversed(items)),
    )


def parse_feed(data: bytes, url: str, media_type: str = "") -> list[FeedItem]:
    """The items of an RSS/Atom document, in the feed's order; ``InputError`` if it is not a feed."""
    parsed = feedparser.parse(data, response_headers={"content-location": url, "content-type": media_type})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS or Atom items"
        raise InputError(url, f"not a readable RSS/Atom feed ({reason}); check the feed URL")
    return [_item(entry, url) for entry in parsed.entries]


def _item(entry: Any, feed_url: str) -> FeedItem:
    link = entry.get("link")
    link = urljoin(feed_url, link) if isinstance(link, str) and link.strip() else None
    title = entry.get("title")
    key = entry.get("id") or link
    if not key:
        key = "sha256:" + hashlib.sha256(f"{title}\n{entry.get('summary', '')}".encode()).hexdigest()[:16]
    return FeedItem(str(key), link, str(title) if title else None, _entry_date(entry))


def _entry_date(entry: Any) -> DocDate | None:
    """The publication day as the feed writes it, in its own time zone (feedparser's parsed dates are UTC)."""
    for field in ("published", "updated", "created"):
        raw = entry.get(field)
        if not isinstance(raw, str) or not raw.strip():
            continue
        found = parse_metadata_date(raw, basis=FEED_BASIS)
        if found is not None:
            return found
    return None
