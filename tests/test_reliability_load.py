"""A short version of scripts/load_api.py: concurrent API clients while an ingest writes, on SQLite and PostgreSQL."""

from __future__ import annotations

from scripts.load_api import run


def test_api_under_load_while_ingesting(kb_url: str) -> None:
    result = run(clients=10, seconds=10, writer_articles=400, db=kb_url)
    assert result["requests"] > 50
    assert result["errors"] == 0, result["error_samples"]
    assert result["half_written_seen"] == []
    assert result["articles_in_kb_at_end"] > result["articles_at_start"], "the writer committed during the load"
