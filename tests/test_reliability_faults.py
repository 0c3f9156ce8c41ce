"""Faults while writing: a full disk and a read-only database give a clear error, and nothing is
half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.errors import StoreError
from ghatna.ingest import IngestOptions
from ghatna.run.ingest import BatchStored, ingest_sources
from ghatna.store import open_store
from tests.conftest import REFERENCE, SAMPLES


def whole_articles_only(url: str) -> None:
    with open_store(url) as store:
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        orphans = store.connection.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert orphans == 0


def test_disk_full_stops_with_a_clear_error_and_keeps_committed_batches(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_store(url) as store:
        list(ingest_sources([str(REFERENCE)], store, IngestOptions()))
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages + 8}")  # the "disk" has 8 pages left
        stored = []
        with pytest.raises(StoreError, match="full"):
            for report in ingest_sources([str(SAMPLES)], store, IngestOptions(), batch_size=1):
                if isinstance(report, BatchStored):
                    stored.append(report.added)
    whole_articles_only(url)
    with open_store(url) as store:
        assert store.counts()["articles"] == 1 + sum(stored)


def test_read_only_database_is_refused_cleanly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_store(url) as store:
        list(ingest_sources([str(REFERENCE)], store, IngestOptions()))
        before = store.counts()
        store.connection.execute("PRAGMA query_only = 1")
        with pytest.raises(StoreError, match=r"cannot start a write|readonly|read-only"):
            list(ingest_sources([str(SAMPLES)], store, IngestOptions()))
        assert store.counts() == before
    whole_articles_only(url)
