"""What an analyst found broken, each checked in a real Chromium against a real ``ghatna serve``
(SQLite and PostgreSQL): links, dates, dyads, paging, error pages, offsets, small screens, /docs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import regex

from tests import synthetic_kb
from tests.web_fixtures import Server

REFERENCE_ID = "000_80b73bf1b1695fdc"


def test_actor_and_recipient_cells_link_to_the_actor_pages(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/events?actor=सीतारमण")
    link = page.locator("table.events tbody tr.event td.actor a").first
    name = link.inner_text()
    with page.expect_navigation():
        link.click()
    assert regex.search(r"/actors/\d+$", page.url)
    assert name in page.inner_text("h1")
    assert page.locator("table.events td.recipient a").count() >= 1
    assert page.problems == []


def test_entities_of_an_article_link_to_their_actors(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/articles/{REFERENCE_ID}")
    links = page.locator("ul.entities a[href^='/actors/']")
    assert links.count() >= 4
    with page.expect_navigation():
        links.first.click()
    assert page.locator("h1").inner_text() and "/actors/" in page.url
    assert page.problems == []


def test_network_nodes_open_their_actor_and_name_themselves_on_hover(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/network")
    assert page.evaluate("window.ghatnaNetwork.edges().filter(e => e.source().id() === e.target().id()).length") == 0
    page.evaluate("window.ghatnaNetwork.nodes()[0].emit('mouseover')")
    assert "events" in page.get_attribute("#network", "title")
    box = page.locator("#network").bounding_box()
    at = page.evaluate("window.ghatnaNetwork.nodes()[0].renderedPosition()")
    with page.expect_navigation():
        page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    assert regex.search(r"/actors/\d+$", page.url)
    assert page.problems == []


def test_a_network_of_70_actors_is_readable(
    start_server: Callable[..., Server], kb_url: str, page: Any
) -> None:
    server = start_server(synthetic_kb.build(kb_url, 120, actors=70))
    network = "window.ghatnaNetwork"
    sizes = f"{network}.nodes().map(n => parseFloat(n.renderedStyle('font-size')))"
    # Every label is at least 11 px on screen at the zoom that fits the 70 nodes (far below 1 on a
    # narrow screen), and after zooming out.
    page.set_viewport_size({"width": 480, "height": 900})
    page.goto(f"{server.url}/network")
    assert page.evaluate(f"{network}.zoom()") < 0.8
    assert min(page.evaluate(sizes)) >= 11
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server.url}/network")
    assert page.evaluate(f"{network}.nodes().length") == 70
    assert page.evaluate(f"{network}.edges().filter(e => e.source().id() === e.target().id()).length") == 0
    assert min(page.evaluate(sizes)) >= 11
    page.evaluate(f"{network}.zoom({network}.zoom() / 2)")
    assert min(page.evaluate(sizes)) >= 11
    page.evaluate(f"{network}.fit()")
    # Hovering a node shows a tooltip that names it and its events.
    box = page.locator("#network").bounding_box()
    node = page.evaluate(f"(() => {{ const n = {network}.nodes().max(n => n.data('events')).ele;"
                         " return {label: n.data('label'), at: n.renderedPosition()}; })()")  # fmt: skip
    page.mouse.move(box["x"] + node["at"]["x"], box["y"] + node["at"]["y"])
    tip = page.locator("#network-tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert node["label"] in tip.inner_text() and "events" in tip.inner_text()
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    tip.wait_for(state="hidden", timeout=5_000)
    # Cooperation and conflict differ in line style, not only in colour, and the legend says which is which.
    styles = page.evaluate(f"[...new Set({network}.edges().map(e => e.style('line-style')))]")
    kinds = page.evaluate("window.ghatnaNetwork.edges().map(e => e.data('kind'))")
    assert set(styles) == {"solid", "dashed"} and set(kinds) == {"cooperative", "conflictual"}
    legend = page.inner_text(".network-legend")
    assert "solid" in legend and "dashed" in legend
    strongest = httpx.get(f"{server.url}/api/network", params={"max_edges": 10}).json()
    assert len(strongest["edges"]) == 10 < strongest["links"] == page.evaluate(f"{network}.edges().length")
    assert page.problems == []


def test_undated_events_are_placed_at_their_article_date_and_marked(ui_server: Server, page: Any) -> None:
    events = httpx.get(f"{ui_server.url}/api/events", params={"limit": 500}).json()["events"]
    undated = [e for e in events if e["date"] is None and e["article_date"]]
    assert undated, "the reference article carries a date; some of its events have none of their own"
    page.goto(f"{ui_server.url}/events?since={undated[0]['article_date']}&until={undated[0]['article_date']}")
    row = page.locator(f"tr.event[data-event-id='{undated[0]['id']}']")
    assert row.count() == 1
    assert "(article date)" in row.locator("td.when").inner_text()
    assert page.problems == []


def test_a_dyad_without_dates_says_so_and_every_dyad_lists_its_events(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/dyads/IND/PAK")  # the hostile article: no date anywhere
    assert "has a date" in page.inner_text("#no-timeline")
    assert page.locator("canvas#timeline").count() == 0
    assert page.locator("table.events tbody tr.event").count() == 1
    page.goto(f"{ui_server.url}/dyads/IND/KAZ")
    assert page.locator("canvas#timeline").count() == 1
    assert page.locator("table.events tbody tr.event").count() >= 3
    assert page.problems == []


def test_the_actor_list_pages(ui_server: Server, page: Any) -> None:
    total = httpx.get(f"{ui_server.url}/api/actors", params={"limit": 500}).json()["total"]
    assert total > 2
    page.goto(f"{ui_server.url}/actors?limit=2")
    seen = []
    while True:
        seen += page.locator("table.actors tbody tr td:first-child a").evaluate_all("as => as.map(a => a.href)")
        following = page.locator("nav.pages a[rel=next]")
        if following.count() == 0:
            break
        with page.expect_navigation():
            following.click()
    assert len(seen) == len(set(seen)) == total
    assert page.problems == []


def test_bad_parameters_give_an_html_page_with_navigation(ui_server: Server, page: Any) -> None:
    for path, status in (("/events?country=india", 422), ("/events?since=notadate", 422),
                         ("/actors/999999999", 404), ("/dyads/IND/K4Z", 422)):  # fmt: skip
        response = page.goto(f"{ui_server.url}{path}")
        assert response.status == status, path
        assert response.headers["content-type"].startswith("text/html"), path
        assert page.locator("header nav[aria-label=main] a[href='/events']").count() == 1, path
        assert page.locator(".problem").inner_text(), path
    assert httpx.get(f"{ui_server.url}/api/events", params={"since": "notadate"}).json()["detail"]


def test_country_codes_are_case_insensitive(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/events?country=kaz")
    lower = page.locator("table.events tbody tr.event").count()
    page.goto(f"{ui_server.url}/events?country=KAZ")
    assert lower == page.locator("table.events tbody tr.event").count() > 0
    page.goto(f"{ui_server.url}/dyads/ind/kaz")
    assert page.locator("h1").inner_text() == "IND – KAZ"
    assert page.problems == []


def test_an_offset_past_the_end_says_there_is_nothing_there(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/events?offset=1000")
    line = page.inner_text("p.count")
    assert "No events at offset 1000" in line and "1001" not in line
    with page.expect_navigation():
        page.click("p.count a")
    assert page.locator("table.events tbody tr.event").count() > 0
    assert page.problems == []


def test_the_events_page_fits_a_390_pixel_screen(ui_server: Server, chromium: Any) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{ui_server.url}/events")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.locator("table.events tbody tr.event").count() > 0
    finally:
        context.close()


def test_api_docs_load_from_the_server_itself(ui_server: Server, page: Any) -> None:
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(ui_server.url) else elsewhere.append(r.url))
    page.goto(f"{ui_server.url}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "ghatna" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path[data-path='/api/events']").count() == 1
    assert elsewhere == []
    assert page.problems == []


def test_an_event_link_scrolls_to_and_highlights_its_evidence(ui_server: Server, page: Any) -> None:
    events = httpx.get(f"{ui_server.url}/api/events", params={"sort": "-id"}).json()["events"]
    evidence = next(e["evidence"][0] for e in events if e["evidence"])
    page.set_viewport_size({"width": 1280, "height": 400})
    page.goto(f"{ui_server.url}/articles/{evidence['article_id']}#event-{evidence['event']}")
    active = page.locator("#article-text mark.evidence.active")
    assert active.count() >= 1
    assert evidence["trigger"] in "".join(active.all_inner_texts())
    page.wait_for_function(  # fails with a time-out when the evidence stays out of view
        "(() => { const r = document.querySelector('mark.evidence.active').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; })()",
        timeout=5_000,
    )
    assert page.problems == []


def test_the_hover_summary_is_reached_by_keyboard(ui_server: Server, page: Any) -> None:
    page.goto(f"{ui_server.url}/articles/{REFERENCE_ID}")
    page.focus("#article-text mark.evidence")
    assert page.evaluate("document.activeElement.title").count(" → ") >= 1
    assert page.locator("#coded-events li.active").count() >= 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "MARK"  # the next evidence, by keyboard alone
    assert page.problems == []


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else float(((c + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_badges_and_grey_text_meet_wcag_aa_contrast(ui_server: Server, page: Any) -> None:
    from ghatna.web.plover import TYPE_COLOURS

    ink = (0x1C, 0x28, 0x33)
    for kind, colour in TYPE_COLOURS.items():
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert _contrast(ink, rgb) >= 4.5, kind  # type: ignore[arg-type]
    page.goto(f"{ui_server.url}/events")
    pairs = page.evaluate(
        """() => [...document.querySelectorAll('.muted, .badge, .meta')].map(e => {
            let b = e, bg = 'rgba(0, 0, 0, 0)';
            while (b && (bg = getComputedStyle(b).backgroundColor) === 'rgba(0, 0, 0, 0)') b = b.parentElement;
            return [getComputedStyle(e).color, b ? bg : 'rgb(255, 255, 255)'];
        })"""
    )
    assert pairs
    for fg, bg in pairs:
        numbers = [tuple(float(x) for x in regex.findall(r"[\d.]+", c)[:3]) for c in (fg, bg)]
        assert _contrast(numbers[0], numbers[1]) >= 4.5, (fg, bg)  # type: ignore[arg-type]
