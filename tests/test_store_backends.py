"""Backend behaviour: concurrent writers, clear errors for bad URLs and unreachable servers."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from ghatna.errors import StoreError
from ghatna.store import open_store
from ghatna.store.dialect import redact
from ghatna.store.read import EventFilter, actors, events
from tests.conftest import ROOT, CliResult
from tests.store_data import reference

Cli = Callable[..., CliResult]
COPIES = 12


def test_two_processes_writing_the_same_reports_lose_and_duplicate_nothing(kb_url: str) -> None:
    with open_store(kb_url) as store:
        store.add([reference()])
    command = [sys.executable, "-m", "tests.store_writer", kb_url]
    writers = [subprocess.Popen([*command, order, str(COPIES)], cwd=ROOT, stderr=subprocess.PIPE)
               for order in ("up", "down")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    with open_store(kb_url) as store:
        counts, kb = store.counts(), store.kb_counts()
        hashes = store.connection.execute("SELECT COUNT(DISTINCT content_hash) FROM articles").fetchone()[0]
        assert counts["articles"] == hashes == COPIES + 1
        assert counts["events"] == 8 + 3 * COPIES and counts["evidence"] == 8 + 3 * COPIES
        assert kb["fused_events"] == 8 and len(actors(store)) == 6
        meeting = events(store, EventFilter(recipient="Beibut Atamkulov", type="CONSULT"))
        assert [m["source_count"] for m in meeting] == [COPIES + 1]
        assert meeting[0]["outlet_count"] == COPIES + 1 and len(meeting[0]["evidence"]) == COPIES + 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://db/kb", "unsupported database URL 'mysql'"),
        ("kb.db", "unsupported database URL 'kb.db': use sqlite:///PATH or postgresql://"),
        ("postgresql://ghatna:secret@127.0.0.1:1/kb", "cannot connect"),
    ],
)
def test_a_bad_url_or_unreachable_server_is_one_clear_line_and_exit_2(cli: Cli, url: str, message: str) -> None:
    result = cli("events", "--db", url)
    assert result.code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "secret" not in result.err, "the password is never shown"


def test_redact_hides_only_the_password() -> None:
    assert redact("postgresql://u:pw@h:5432/db?x=1") == "postgresql://u:***@h:5432/db?x=1"
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"


def test_a_missing_postgres_database_is_a_store_error(pg_kb_url: str) -> None:
    base = pg_kb_url.split("?")[0].rsplit("/", 1)[0]
    with pytest.raises(StoreError, match=r"no_such_db.*cannot connect"):
        open_store(f"{base}/no_such_db")


def test_a_server_that_drops_the_connection_is_a_store_error_and_keeps_what_was_committed(pg_kb_url: str) -> None:
    import psycopg

    analysis = reference()
    with open_store(pg_kb_url) as store:
        store.add([analysis])
        with psycopg.connect(pg_kb_url.split("?")[0], autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (store.connection.raw.info.backend_pid,))
        with pytest.raises(StoreError, match=r"lost the connection.*run the command again"):
            store.has_article(analysis.article.text)
        with pytest.raises(StoreError, match="lost the connection"):
            store.add([analysis])
    with open_store(pg_kb_url) as again:
        assert again.has_article(analysis.article.text)
        assert again.counts()["articles"] == 1
