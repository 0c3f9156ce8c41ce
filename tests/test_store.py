"""The SQLite store: migrations, idempotent ingest, whole-batch transactions, clear errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ghatna.errors import StoreError
from ghatna.ingest.article import make_article
from ghatna.records import Actor, Entity, Event, Evidence
from ghatna.run.extract import extract
from ghatna.store import open_store
from ghatna.store.database import migrations
from tests.conftest import REFERENCE, SAMPLES, CliResult

Cli = Callable[..., CliResult]
HINDI = "भारत के प्रधानमंत्री ने आज दिल्ली में एक बैठक की और किसानों के मुद्दों पर चर्चा की।"


def test_migrations_are_numbered_and_applied_once(kb_url: str) -> None:
    versions = [v for v, _, _ in migrations()]
    assert versions == sorted(set(versions)) and versions[0] == 1
    with open_store(kb_url) as store:
        assert store.schema_version() == versions[-1]
    with open_store(kb_url) as store:  # re-opening applies nothing again
        assert store.schema_version() == versions[-1]


def test_ingest_twice_leaves_the_row_counts_unchanged(cli: Cli, kb_url: str) -> None:
    first = cli("ingest", str(SAMPLES), "--db", kb_url, "--format", "json")
    assert first.code == 0, first.err
    with open_store(kb_url) as store:
        counts = store.counts()
    assert counts["articles"] == len(list(SAMPLES.glob("*.txt")))
    second = cli("ingest", str(SAMPLES), "--db", kb_url)
    assert second.code == 0
    assert f"0 new, {counts['articles']} already stored" in second.out
    with open_store(kb_url) as store:
        assert store.counts() == counts


def test_stored_article_keeps_text_and_sentences(kb_url: str) -> None:
    article = make_article(REFERENCE.read_text(encoding="utf-8"), str(REFERENCE), article_id="ref")
    with open_store(kb_url) as store:
        assert store.add([extract(article)]).added == 1
        row = store.connection.execute("SELECT doc_id, text, dateline_hi FROM articles").fetchone()
        assert row == ("ref", article.text, "नई दिल्ली")
        assert store.counts()["sentences"] == 14


def _analysis_with_event(text: str, entity_type: str = "PERSON") -> object:
    analysis = extract(make_article(text, "test"))
    analysis.entities = [Entity(id="e1", type=entity_type, name_hi="भारत", mentions=[(0, 4)])]  # type: ignore[arg-type]
    analysis.events = [
        Event(
            type="CONSULT",
            actor=Actor(entity="e1", name_en="India", country="IND"),
            recipient=None,
            evidence=[Evidence(sentence=0, start=0, end=len(text), trigger="चर्चा")],
        )
    ]
    return analysis


def test_a_failing_batch_is_rolled_back_whole_and_earlier_data_survives(kb_url: str) -> None:
    with open_store(kb_url) as store:
        store.add([_analysis_with_event(HINDI)])  # type: ignore[list-item]
        before = store.counts()
        good = _analysis_with_event(HINDI + " दूसरा")
        broken = _analysis_with_event(HINDI + " तीसरा", entity_type=None)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="rolled back"):
            store.add([good, broken])  # type: ignore[list-item]
        assert store.counts() == before
        assert store.counts()["events"] == 1 and store.counts()["evidence"] == 1


def test_a_file_that_is_not_a_database_gives_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100, encoding="utf-8")
    result = cli("stats", "--db", f"sqlite:///{bogus}")
    assert result.code == 2
    assert "cannot open the database" in result.err
    assert bogus.read_text(encoding="utf-8").startswith("this is not sqlite")


def test_unsupported_url_and_missing_folder(cli: Cli, tmp_path: Path) -> None:
    assert "unsupported database URL 'mysql'" in cli("stats", "--db", "mysql://x").err
    assert "does not exist" in cli("stats", "--db", f"sqlite:///{tmp_path}/no/such/kb.db").err


def test_a_database_from_a_newer_ghatna_is_refused(kb_url: str) -> None:
    with open_store(kb_url) as store:
        store.connection.execute("UPDATE ghatna_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this ghatna knows"):
        open_store(kb_url)


def test_a_database_at_schema_3_from_main_is_upgraded_to_the_knowledge_base(tmp_path: Path) -> None:
    import sqlite3

    from ghatna.store.migrate import statements

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE ghatna_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for version, _, sql in migrations():
            if version <= 3:
                for statement in statements(sql.replace("{pk}", "INTEGER PRIMARY KEY")):
                    old.execute(statement)
        old.execute("INSERT INTO ghatna_meta VALUES ('schema_version', '3')")
    with open_store(f"sqlite:///{path}") as store:
        assert store.schema_version() == migrations()[-1][0]
        assert store.kb_counts() == {"actors": 0, "actor_links": 0, "fused_events": 0}
