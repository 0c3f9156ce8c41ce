"""Security: every query filter is parameterised (injection attempts find nothing and change
nothing), on both backends."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ghatna.store import open_store
from tests.conftest import CliResult
from tests.store_data import reference, second_report

Cli = Callable[..., CliResult]

PAYLOADS = [
    "' OR '1'='1",
    "x'); DROP TABLE events; --",
    "1; DELETE FROM articles",
    "%",
    "_",
    "\\",
    "' UNION SELECT name, sql FROM sqlite_master --",
    "सीतारमण' OR 1=1 --",
    "KAZ' OR 'a'='a",
]
TEXT_FILTERS = ["--actor", "--recipient", "--country", "--type", "--mode", "--context", "--place", "--text"]
VALUE_FILTERS = ["--since", "--until", "--min-confidence", "--limit"]


@pytest.fixture
def filled(kb_url: str) -> str:
    with open_store(kb_url) as store:
        store.add([reference(), second_report()])
    return kb_url


def snapshot(url: str) -> dict[str, int]:
    with open_store(url) as store:
        return store.counts()


@pytest.mark.parametrize("flag", TEXT_FILTERS)
def test_text_filters_do_not_inject(cli: Cli, filled: str, flag: str) -> None:
    before = snapshot(filled)
    total = json.loads(cli("events", "--db", filled, "--format", "json").out)
    assert total, "the knowledge base holds events to leak"
    for payload in PAYLOADS:
        result = cli("events", "--db", filled, flag, payload, "--format", "json")
        assert "Traceback" not in result.err
        if result.code == 0:
            found = json.loads(result.out)
            assert len(found) < len(total) or payload in ("%", "_"), (flag, payload)
            assert not any(isinstance(v, str) and "CREATE TABLE" in v for e in found for v in e.values())
        else:
            assert result.code == 2 and result.err.startswith("ghatna: error:"), (flag, payload, result.err)
    assert snapshot(filled) == before


@pytest.mark.parametrize("flag", VALUE_FILTERS)
def test_typed_filters_refuse_what_is_not_their_type(cli: Cli, filled: str, flag: str) -> None:
    before = snapshot(filled)
    for payload in PAYLOADS:
        result = cli("events", "--db", filled, flag, payload, "--format", "json")
        assert result.code == 2, (flag, payload, result.out)
        assert "Traceback" not in result.err
    assert snapshot(filled) == before


def test_no_path_traversal_through_the_web_app(api: Any) -> None:
    for path in (
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static//etc/passwd",
        "/api/articles/..%2f..%2fetc%2fpasswd",
    ):
        response = api.get(path)
        assert response.status_code in (400, 404, 422), (path, response.status_code)
        assert "root:" not in response.text
