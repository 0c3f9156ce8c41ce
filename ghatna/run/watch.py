"""``watch``: poll feeds, ingest each new item's article once, and remember what was handled.

Each article is stored in its own transaction and its feed item is marked right after, so an
interrupted watch (Ctrl-C, a crash) loses nothing and repeats nothing: at worst the item in flight is
fetched again and skipped by content hash.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ghatna.errors import FetchError, InputError
from ghatna.ingest import IngestOptions
from ghatna.ingest.feeds import FeedItem, poll_feed
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.pages import read_page_url
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.run.extract import extract
from ghatna.store.database import Store
from ghatna.store.feeds import FeedStates


@dataclass(frozen=True, slots=True)
class FeedPolled:
    url: str
    not_modified: bool
    new_items: int


@dataclass(frozen=True, slots=True)
class ItemStored:
    feed_url: str
    link: str
    added: bool


WatchReport = FeedPolled | ItemStored | InputError | str


def watch_feeds(
    urls: list[str],
    store: Store,
    fetcher: Fetcher,
    options: IngestOptions,
    *,
    every_s: float,
    once: bool = False,
    sleep: Callable[[float], None] | None = None,
) -> Iterator[WatchReport]:
    """Poll every feed, then wait ``every_s`` and poll again, until interrupted (or once)."""
    pipeline = default_pipeline()
    while True:
        for url in urls:
            yield from poll_and_ingest(url, store, fetcher, options, pipeline)
        if once:
            return
        (sleep or time.sleep)(every_s)


def poll_and_ingest(
    url: str, store: Store, fetcher: Fetcher, options: IngestOptions, pipeline: Pipeline | None = None
) -> Iterator[WatchReport]:
    """One poll of one feed: ingest the items not handled before; yield what happened."""
    states = FeedStates(store)
    state = states.load(url)
    try:
        poll = poll_feed(url, fetcher, state.etag, state.last_modified)
    except InputError as e:
        yield e
        return
    new = [item for item in poll.items if item.item_id not in state.seen]
    yield FeedPolled(url, poll.not_modified, len(new))
    retry_later = False
    for item in new:
        try:
            yield from _ingest_item(url, item, store, states, fetcher, options, pipeline or default_pipeline())
        except FetchError as e:
            yield e
            if e.transient:
                retry_later = True  # not remembered: the next poll tries it again
            else:
                states.remember_item(url, item.item_id, item.link, f"skipped: {e.message}")
        except InputError as e:
            yield e
            states.remember_item(url, item.item_id, item.link, f"skipped: {e.message}")
    if retry_later:
        # Without validators the next poll gets the whole feed again, so the failed items come back.
        states.save_validators(url, None, None)
    else:
        states.save_validators(url, poll.etag, poll.last_modified)


def _ingest_item(
    feed_url: str,
    item: FeedItem,
    store: Store,
    states: FeedStates,
    fetcher: Fetcher,
    options: IngestOptions,
    pipeline: Pipeline,
) -> Iterator[WatchReport]:
    if item.link is None:
        raise InputError(f"{feed_url}#{item.item_id}", "the feed item has no link to an article")
    warnings: list[str] = []
    article = read_page_url(item.link, fetcher, options, warnings, date=item.date)
    yield from warnings
    if store.has_article(article.given_text):
        states.remember_item(feed_url, item.item_id, item.link, "already stored")
        yield ItemStored(feed_url, item.link, added=False)
        return
    analysis = extract(article, pipeline)
    if options.skip_non_hindi and article.language != "hi":
        raise InputError(item.link, f"not Hindi ({article.language}); skipped because of --skip-non-hindi")
    yield from (f"{item.link}: {w}" for w in analysis.warnings)
    result = store.add([analysis])
    states.remember_item(feed_url, item.item_id, item.link, "stored")
    yield ItemStored(feed_url, item.link, added=result.added > 0)
