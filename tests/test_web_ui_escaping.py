"""Untrusted text: an article and names full of markup are shown as text, never run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.web_fixtures import Server
from tests.web_kb import HOSTILE_NAME, HOSTILE_TEXT


def _hostile_article_id(server: Server) -> int:
    articles = httpx.get(f"{server.url}/api/articles").json()["articles"]
    return next(a["id"] for a in articles if a["source"] == "hostile.txt")


def _assert_inert(page: Any) -> None:
    """Nothing the article carried became markup or ran."""
    assert page.locator("#article-text script, #article-text img, #article-text b, #article-text svg").count() == 0
    assert page.evaluate("window.pwned") is None
    assert "pwned" not in page.title()
    assert page.problems == []


def test_ingested_article_with_script_is_shown_as_text(
    tmp_path: Any, start_server: Callable[..., Server], page: Any
) -> None:
    server = start_server(f"sqlite:///{tmp_path / 'open.db'}", "--allow-ingest")
    response = httpx.post(
        f"{server.url}/api/extract", params={"store": "true"}, json={"text": HOSTILE_TEXT}, timeout=60
    )
    assert response.status_code == 200, response.text
    assert response.json()["stored"] is True
    article_id = response.json()["article_id"]
    raw = httpx.get(f"{server.url}/articles/{article_id}").text
    assert "<script>alert(1)</script>" not in raw
    page.goto(f"{server.url}/articles/{article_id}")
    assert "<script>alert(1)</script>" in page.inner_text("#article-text")
    assert '<b onmouseover=alert(2)>मोदी</b>' in page.inner_text("#article-text")
    _assert_inert(page)


def test_markup_in_names_and_titles_is_text_on_every_page(ui_server: Server, page: Any) -> None:
    article_id = _hostile_article_id(ui_server)
    page.goto(f"{ui_server.url}/articles/{article_id}")
    assert page.title().startswith("<script>alert('title')</script>")
    mention = page.locator("#article-text .mention[data-type=PERSON]")
    assert mention.get_attribute("data-name") == HOSTILE_NAME
    assert mention.inner_text() == "<b onmouseover=alert(2)>मोदी</b>"
    mention.hover()
    coded = page.inner_text("#coded-events")
    assert HOSTILE_NAME in coded and "<svg onload=alert(4)>" in coded
    _assert_inert(page)
    for path in ("/events?type=CONSULT", "/actors?q=Modi", "/network", "/dyads/IND/PAK", "/map?country=PAK"):
        page.goto(f"{ui_server.url}{path}")
        drawn = "main img:not(.leaflet-container *), main svg:not(.leaflet-container *)"  # not the map's own
        assert page.locator(f"{drawn}, main b[onmouseover]").count() == 0, path
        assert page.evaluate("window.pwned") is None, path
    page.goto(f"{ui_server.url}/actors?q=Modi")
    assert HOSTILE_NAME in page.inner_text("table.actors")
    page.goto(f"{ui_server.url}/network")
    labels = page.evaluate("window.ghatnaNetwork.nodes().map(n => n.data('label'))")
    assert any(HOSTILE_NAME in label for label in labels)
    assert page.problems == []
