"""Opening a store, numbered SQL migrations, and writing analyses in one transaction per batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from ghatna import __version__
from ghatna.errors import StoreError
from ghatna.ingest.article import content_id
from ghatna.records import Actor, Analysis

DEFAULT_URL = "sqlite:///ghatna.db"
_SQLITE_PK = "INTEGER PRIMARY KEY"


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every migration shipped with the package, in order."""
    found = []
    for entry in resources.files("ghatna.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int
    skipped: int


class Store:
    """A knowledge base behind a DB-API connection. Only this class writes SQL."""

    def __init__(self, connection: sqlite3.Connection, url: str) -> None:
        self.connection = connection
        self.url = url

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.connection.execute("SELECT value FROM ghatna_meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> int:
        """Apply every migration newer than the database; return the resulting version."""
        self.connection.execute("CREATE TABLE IF NOT EXISTS ghatna_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        current = self.schema_version()
        known = migrations()
        newest = known[-1][0] if known else 0
        if current > newest:
            raise StoreError(
                f"{self.url}: schema version {current} is newer than this ghatna knows ({newest}); upgrade ghatna"
            )
        for version, _name, sql in known:
            if version <= current:
                continue
            with self.transaction():
                for statement in _statements(sql.replace("{pk}", _SQLITE_PK)):
                    self.connection.execute(statement)
                self._set_meta("schema_version", str(version))
                self._set_meta("ghatna_version", __version__)
        return self.schema_version()

    def _set_meta(self, key: str, value: str) -> None:
        self.connection.execute(
            "INSERT INTO ghatna_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- transactions -----------------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.connection, self.url)

    # -- writing ---------------------------------------------------------------------------------
    def add(self, analyses: Sequence[Analysis]) -> AddResult:
        """Store a batch of analyses in one transaction; an article already stored is skipped."""
        added = skipped = 0
        with self.transaction():
            for analysis in analyses:
                if self._add_one(analysis):
                    added += 1
                else:
                    skipped += 1
        return AddResult(added, skipped)

    def has_article(self, text: str) -> bool:
        row = self.connection.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_id(text),)).fetchone()
        return row is not None

    def _add_one(self, analysis: Analysis) -> bool:
        a = analysis.article
        dateline = a.dateline
        date = a.date
        row = self.connection.execute(
            """INSERT INTO articles (doc_id, content_hash, source, url, title, dateline_hi, dateline_en,
                   dateline_country, date_value, date_precision, date_inferred, date_basis, language, text,
                   ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (content_hash) DO NOTHING RETURNING id""",
            (
                a.id,
                content_id(a.text),
                a.source,
                a.url,
                a.title,
                dateline.name_hi if dateline else None,
                dateline.name_en if dateline else None,
                dateline.country if dateline else None,
                date.value if date else None,
                date.precision if date else None,
                None if date is None else int(date.inferred),
                date.basis if date else None,
                a.language,
                a.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        ).fetchone()
        if row is None:
            return False
        article_id = int(row[0])
        self.connection.executemany(
            "INSERT INTO sentences (article_id, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)",
            [(article_id, s.index, s.start, s.end) for s in analysis.sentences],
        )
        entity_ids = self._add_entities(article_id, analysis)
        self.connection.executemany(
            """INSERT INTO timexes (article_id, sentence, start_offset, end_offset, text, value_start, value_end,
                   precision, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    article_id,
                    t.sentence,
                    t.start,
                    t.end,
                    t.text,
                    t.value_start,
                    t.value_end,
                    t.precision,
                    t.kind,
                )
                for t in analysis.timexes
            ],
        )
        self._add_events(article_id, analysis, entity_ids)
        return True

    def _add_entities(self, article_id: int, analysis: Analysis) -> dict[str, int]:
        ids: dict[str, int] = {}
        for e in analysis.entities:
            row = self.connection.execute(
                """INSERT INTO entities (article_id, local_id, type, name_hi, name_en, country, sector, role)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                (article_id, e.id, e.type, e.name_hi, e.name_en, e.country, e.sector, e.role),
            ).fetchone()
            ids[e.id] = int(row[0])
            self.connection.executemany(
                "INSERT INTO mentions (entity_id, start_offset, end_offset) VALUES (?, ?, ?)",
                [(ids[e.id], start, end) for start, end in e.mentions],
            )
        return ids

    def _add_events(self, article_id: int, analysis: Analysis, entity_ids: dict[str, int]) -> None:
        for ev in analysis.events:
            loc, date = ev.location, ev.date
            row = self.connection.execute(
                """INSERT INTO events (article_id, type, mode, cameo,
                       actor_entity_id, actor_name_en, actor_name_hi, actor_country, actor_sector, actor_role,
                       recipient_entity_id, recipient_name_en, recipient_name_hi, recipient_country,
                       recipient_sector, recipient_role, location_name_hi, location_name_en, location_country,
                       date_start, date_end, date_precision, date_text, modality, context, confidence)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   RETURNING id""",
                (
                    article_id,
                    ev.type,
                    ev.mode,
                    ev.cameo,
                    *_actor_columns(ev.actor, entity_ids),
                    *_actor_columns(ev.recipient, entity_ids),
                    loc.name_hi if loc else None,
                    loc.name_en if loc else None,
                    loc.country if loc else None,
                    date.start if date else None,
                    date.end if date else None,
                    date.precision if date else None,
                    date.text if date else None,
                    ev.modality,
                    json.dumps(ev.context),
                    ev.confidence,
                ),
            ).fetchone()
            self.connection.executemany(
                "INSERT INTO evidence (event_id, sentence, start_offset, end_offset, trigger) VALUES (?, ?, ?, ?, ?)",
                [(int(row[0]), e.sentence, e.start, e.end, e.trigger) for e in ev.evidence],
            )

    # -- reading ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = ("articles", "sentences", "entities", "mentions", "timexes", "events", "evidence")
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


def _actor_columns(actor: Actor | None, entity_ids: dict[str, int]) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * 6
    return (
        entity_ids.get(actor.entity) if actor.entity else None,
        actor.name_en,
        actor.name_hi,
        actor.country,
        actor.sector,
        actor.role,
    )


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error, turned into a ``StoreError``."""

    def __init__(self, connection: sqlite3.Connection, url: str) -> None:
        self.connection = connection
        self.url = url

    def __enter__(self) -> None:
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"{self.url}: cannot start a write: {e}") from e

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> None:
        if kind is None:
            try:
                self.connection.execute("COMMIT")
                return
            except sqlite3.Error as e:
                self.connection.execute("ROLLBACK")
                raise StoreError(f"{self.url}: the write was not saved: {e}") from e
        self.connection.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise StoreError(f"{self.url}: the write was rolled back, nothing was saved: {error}") from error


def open_store(url: str = DEFAULT_URL) -> Store:
    """Open (creating and migrating if needed) the store at ``url`` (``sqlite:///path``)."""
    if not url.startswith("sqlite:///"):
        scheme = url.split(":", 1)[0]
        raise StoreError(f"unsupported database URL {scheme!r}: use sqlite:///PATH")
    path = url.removeprefix("sqlite:///")
    if path != ":memory:" and not Path(path).parent.exists():
        raise StoreError(f"{url}: the folder {Path(path).parent} does not exist")
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=30)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        store = Store(connection, url)
        store.migrate()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{url}: cannot open the database ({e}); is it a ghatna SQLite file?") from e
    return store
