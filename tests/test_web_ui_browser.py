"""The pages in a real headless Chromium against a real ``ghatna serve``."""

from __future__ import annotations

from typing import Any

import httpx

from ghatna.web.plover import colour
from tests.web_fixtures import Server
from tests.web_kb import MINISTERS_HI

REFERENCE_ID = "000_80b73bf1b1695fdc"


def test_article_view_highlights_the_four_ministers_and_lists_consult_events(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/articles/{REFERENCE_ID}")
    people = page.eval_on_selector_all(
        "#article-text .mention[data-type=PERSON]",
        "els => els.map(e => [e.dataset.entity, e.textContent, getComputedStyle(e).borderBottomStyle])",
    )
    highlighted: dict[str, str] = {}
    for entity, text, border in people:
        if border == "solid":
            highlighted[entity] = highlighted.get(entity, "") + text
    for name in MINISTERS_HI:
        assert any(name in text for text in highlighted.values()), (name, people)
    consult = page.locator("#coded-events li[data-type=CONSULT]")
    assert consult.count() >= 3
    assert "सीतारमण" in consult.first.inner_text() or "Sitharaman" in consult.first.inner_text()
    # Evidence is coloured by PLOVER type, and hovering it shows the event in English.
    first = page.locator("#article-text mark.evidence").first
    title = first.get_attribute("title")
    kind = title.split(" ", 1)[0]
    background = first.evaluate("e => e.style.background || e.style.backgroundColor")
    hex_colour = colour(kind).lstrip("#")
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    assert background.replace(" ", "") == f"rgb({rgb[0]},{rgb[1]},{rgb[2]})"
    assert " → " in title and "confidence" in title
    first.hover()
    assert page.locator("#coded-events li.active").count() >= 1
    # The Devanagari text is set in the font the app ships, loaded from the app itself.
    check = "document.fonts.check('16px \"Noto Sans Devanagari\"', 'कजाकिस्तान')"
    assert page.evaluate(f"document.fonts.ready.then(() => {check})")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Noto Sans Devanagari" in family for family in loaded)
    assert page.problems == []


def test_dyad_timeline_draws_the_ind_kaz_series(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/dyads/IND/KAZ")
    state = page.evaluate(
        """() => ({
            labels: window.ghatnaChart.data.labels,
            datasets: window.ghatnaChart.data.datasets.map(d => ({label: d.label, type: d.type, data: d.data})),
        })"""
    )
    bars = [d for d in state["datasets"] if d["type"] == "bar"]
    lines = [d for d in state["datasets"] if d["type"] == "line"]
    assert len(bars) == 4 and len(lines) == 1
    assert sum(sum(d["data"]) for d in bars) >= 3
    assert any(score is not None and score > 0 for score in lines[0]["data"])
    assert "2018-10" in state["labels"]
    painted = page.evaluate(
        """() => {
            const c = document.getElementById('timeline');
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
            return n;
        }"""
    )
    assert painted > 5000
    assert page.problems == []


def test_network_draws_actors_and_filters_by_date(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/network")
    nodes = page.evaluate("window.ghatnaNetwork.nodes().map(n => n.data('label'))")
    edges = page.evaluate("window.ghatnaNetwork.edges().length")
    assert any(label.startswith("Nirmala Sit") or "सीतारमण" in label for label in nodes), nodes
    assert len(nodes) >= 4 and edges >= 3
    box = page.evaluate("window.ghatnaNetwork.elements().boundingBox()")
    assert box["w"] > 50 and box["h"] > 50
    page.goto(f"{ui_server.url}/network?since=2030")
    assert page.evaluate("window.ghatnaNetwork.nodes().length") == 0
    assert page.problems == []


def test_event_filters_work_from_the_keyboard_with_two_types(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/events")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "actor"
    page.keyboard.type("सीतारमण")
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert "Type" in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")  # opens the list of types
    for wanted in ("AGREE", "CONSULT"):  # the first two: tick both
        page.keyboard.press("Tab")
        assert page.evaluate("[document.activeElement.name, document.activeElement.value]") == ["type", wanted]
        page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.name") == "country"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "actor=" in page.url and "type=AGREE" in page.url and "type=CONSULT" in page.url
    assert "recipient=" not in page.url
    rows = page.locator("table.events tbody tr.event")
    shown = rows.evaluate_all("rs => rs.map(r => r.dataset.type)")
    expected = httpx.get(
        f"{ui_server.url}/api/events", params={"actor": "सीतारमण", "type": ["AGREE", "CONSULT"], "limit": 500}
    ).json()
    assert len(shown) == expected["total"] >= 3 and set(shown) == {"AGREE", "CONSULT"}
    assert page.input_value("input[name=actor]") == "सीतारमण"
    ticked = page.locator("details[data-filter=type] input:checked").evaluate_all("cs => cs.map(c => c.value)")
    assert ticked == ["AGREE", "CONSULT"]
    assert page.inner_text("details[data-filter=type] summary") == "Type: AGREE, CONSULT"
    # A type facet takes one of the two out again.
    with page.expect_navigation():
        page.locator("aside.facets section:has(h2:text('type')) li.chosen a:text('AGREE')").click()
    assert "type=AGREE" not in page.url and "type=CONSULT" in page.url
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.type)")) == {"CONSULT"}
    assert page.problems == []


def test_dashboard_counts_every_event_and_links_to_them(ui_server: Server, page: Any) -> None:
    total = httpx.get(f"{ui_server.url}/api/events").json()["total"]
    page.goto(f"{ui_server.url}/")
    per_month = page.evaluate("window.ghatnaDashboard.data.datasets[0].data")
    undated = httpx.get(f"{ui_server.url}/api/events", params={"limit": 500}).json()["events"]
    assert sum(per_month) == total - sum(1 for e in undated if e["days"][0] is None)
    with page.expect_navigation():
        page.locator("section:has(h2:text('Events per type')) a").first.click()
    assert "type=" in page.url and page.locator("table.events tbody tr.event").count() > 0
    assert page.problems == []


def test_facets_filter_and_columns_sort(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/events")
    facet = page.locator("aside.facets section:has(h2:text('type')) li").first
    count = int(facet.locator(".muted").inner_text())
    with page.expect_navigation():
        facet.locator("a").click()
    assert page.locator("table.events tbody tr.event").count() == min(count, 50)
    page.goto(f"{ui_server.url}/events?sort=-date")
    with page.expect_navigation():
        page.click("table.events th a.sort:text('When')")
    assert "sort=date" in page.url
    days = page.locator("table.events tbody tr.event").evaluate_all("rs => rs.map(r => r.dataset.eventId)")
    api = httpx.get(f"{ui_server.url}/api/events", params={"sort": "date"}).json()["events"]
    assert days == [str(e["id"]) for e in api]
    assert page.problems == []
