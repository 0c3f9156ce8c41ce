"""Opening a store (SQLite or PostgreSQL), migrating it, and writing analyses in one transaction per batch."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ghatna.errors import StoreError
from ghatna.records import Analysis
from ghatna.store.dedup import DEFAULT_WINDOW_DAYS
from ghatna.store.dialect import Connection, dialect_for, redact
from ghatna.store.migrate import apply_migrations, migrations, schema_version, set_meta
from ghatna.store.writer import add_analysis
from ghatna.text.content import content_id

__all__ = ["DEFAULT_URL", "AddResult", "Store", "migrations", "open_store"]

DEFAULT_URL = "sqlite:///ghatna.db"


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int
    skipped: int


class Store:
    """A knowledge base behind one connection. Only the store modules write SQL."""

    def __init__(self, connection: Connection, url: str, window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        self.connection = connection
        self.url = url
        self.window_days = window_days

    @property
    def dialect(self) -> str:
        return self.connection.dialect.name

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        return schema_version(self.connection)

    def migrate(self) -> int:
        """Apply every migration newer than the database; return the resulting version."""
        return apply_migrations(self.connection, redact(self.url))

    def meta(self) -> dict[str, str]:
        rows = self.connection.execute("SELECT key, value FROM ghatna_meta ORDER BY key").fetchall()
        return {str(k): str(v) for k, v in rows}

    def record_models(self, versions: Mapping[str, str]) -> None:
        """Remember which pipeline/model versions wrote the data (``model:NAME`` keys in ``ghatna_meta``)."""
        with self.transaction():
            for name, version in versions.items():
                set_meta(self.connection, f"model:{name}", version)

    # -- transactions -----------------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.connection, redact(self.url))

    # -- writing ---------------------------------------------------------------------------------
    def add(self, analyses: Sequence[Analysis]) -> AddResult:
        """Store a batch of analyses in one transaction; an article already stored is skipped."""
        added = skipped = 0
        with self.transaction():
            for analysis in analyses:
                if add_analysis(self.connection, analysis, self.window_days):
                    added += 1
                else:
                    skipped += 1
        return AddResult(added, skipped)

    def has_article(self, text: str) -> bool:
        row = self.connection.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_id(text),)).fetchone()
        return row is not None

    # -- reading ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = ("articles", "sentences", "entities", "mentions", "timexes", "events", "evidence")
        return {t: int(self.connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    def kb_counts(self) -> dict[str, int]:
        """Rows of the cross-article layer: canonical actors and fused events."""
        tables = ("actors", "actor_links", "fused_events")
        return {t: int(self.connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    def events_by_type(self) -> dict[str, int]:
        rows = self.connection.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY type").fetchall()
        return {str(t): int(n) for t, n in rows}

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """One write: ``BEGIN IMMEDIATE`` (SQLite) or ``BEGIN`` + the writer lock (PostgreSQL) … ``COMMIT``,
    or ``ROLLBACK`` on any error, a database error turned into a ``StoreError``."""

    def __init__(self, connection: Connection, url: str) -> None:
        self.connection = connection
        self.url = url

    def __enter__(self) -> None:
        try:
            self.connection.dialect.begin(self.connection)
        except self.connection.dialect.errors as e:
            self._rollback()
            raise StoreError(f"{self.url}: cannot start a write: {e}") from e

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> None:
        errors = self.connection.dialect.errors
        if kind is None:
            try:
                self.connection.execute("COMMIT")
                return
            except errors as e:
                self._rollback()
                raise StoreError(f"{self.url}: the write was not saved: {e}") from e
        self._rollback()
        if isinstance(error, errors):
            raise StoreError(f"{self.url}: the write was rolled back, nothing was saved: {error}") from error

    def _rollback(self) -> None:
        # None is open when BEGIN itself failed, and none can be when the connection is lost.
        with contextlib.suppress(StoreError, *self.connection.dialect.errors):
            self.connection.execute("ROLLBACK")


def open_store(url: str = DEFAULT_URL, window_days: int = DEFAULT_WINDOW_DAYS) -> Store:
    """Open (creating and migrating if needed) the store at ``url``: ``sqlite:///PATH`` or ``postgresql://…``.

    ``window_days``: how far apart (in days) two reports of the same event may be dated and still fuse.
    """
    dialect = dialect_for(url)
    connection = dialect.connect()
    store = Store(connection, url, window_days)
    try:
        store.migrate()
    except StoreError:
        connection.close()
        raise
    except dialect.errors as e:
        connection.close()
        raise StoreError(f"{redact(url)}: cannot open the database ({e}); is it a ghatna database?") from e
    return store
