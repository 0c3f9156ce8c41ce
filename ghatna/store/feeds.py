"""What ``ghatna watch`` remembers about each feed (migration 0003): validators and handled items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ghatna.store.database import Store


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    seen: frozenset[str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedStates:
    """Feed state kept in the knowledge base, written through the store's transactions."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, url: str) -> FeedState:
        db = self.store.connection
        row = db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        seen = frozenset(r[0] for r in db.execute("SELECT item_id FROM feed_items WHERE feed_url = ?", (url,)))
        return FeedState(url, row[0] if row else None, row[1] if row else None, seen)

    def remember_item(self, url: str, item_id: str, link: str | None, outcome: str) -> None:
        """Mark an item handled (``stored``, ``already stored``, ``skipped: why``); it is never fetched again."""
        with self.store.transaction():
            self._ensure_feed(url)
            self.store.connection.execute(
                """INSERT INTO feed_items (feed_url, item_id, link, outcome, seen_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (feed_url, item_id) DO UPDATE SET outcome = excluded.outcome""",
                (url, item_id, link, outcome, _now()),
            )

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Record a finished poll; the validators make the next request conditional."""
        with self.store.transaction():
            self._ensure_feed(url)
            self.store.connection.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ? WHERE url = ?",
                (etag, last_modified, _now(), url),
            )

    def _ensure_feed(self, url: str) -> None:
        self.store.connection.execute("INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING", (url,))
