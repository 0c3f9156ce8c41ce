"""The map: ``/api/geo`` and ``/map`` (with the small maps of the actor and dyad pages) against a real
``ghatna serve``, in a real headless Chromium, on SQLite and PostgreSQL.

``ui_server`` holds the reference article as ghatna itself extracts and geocodes it (its visit to
Astana); ``api_server`` holds it as the gold codes it, with place names but no coordinates.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from ghatna.records import Place
from tests.web_fixtures import Server
from tests.web_kb import HOSTILE_NAME, build_kb, hostile_analysis

HOSTILE_PLACE = '<img src=x onerror="window.pwned=1">Islamabad'


def _geo(server: Server, **params: Any) -> dict[str, Any]:
    response = httpx.get(f"{server.url}/api/geo", params=params, timeout=30)
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def _astana(data: dict[str, Any]) -> dict[str, Any]:
    found = [f for f in data["features"] if f["properties"]["name_en"] == "Astana"]
    assert len(found) == 1, [f["properties"]["name_en"] for f in data["features"]]
    return found[0]


def _all_events(server: Server, **params: Any) -> list[dict[str, Any]]:
    params = {"limit": 500, **params}
    found: list[dict[str, Any]] = httpx.get(f"{server.url}/api/events", params=params, timeout=30).json()["events"]
    return found


# --- /api/geo -------------------------------------------------------------------------------------


def test_geo_is_geojson_with_one_point_per_place_and_counts_every_event(ui_server: Server) -> None:
    data = _geo(ui_server)
    assert data["type"] == "FeatureCollection"
    records = _all_events(ui_server)
    placed = [e for e in records if e["location"] and e["location"].get("lat") is not None]
    meta = data["metadata"]
    assert meta["events"] == len(records) and meta["placed"] == len(placed) > 0
    assert meta["unplaced"] == len(records) - len(placed) > 0  # the article's training event names no place
    assert meta["placed"] + meta["unplaced"] == meta["events"] == sum(f["properties"]["events"] for f in
                                                                      data["features"]) + meta["unplaced"]
    assert meta["undated"] == sum(1 for e in records if e["date"] is None)
    assert meta["undated_without_article_date"] == sum(1 for e in records if e["days"][0] is None)
    assert meta["places"] == len(data["features"]) == len({f["id"] for f in data["features"]})
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert props["events"] == len(props["event_ids"]) == sum(props["quads"].values())
        assert props["quad"] == max(props["quads"], key=props["quads"].get)
    astana = _astana(data)
    lon, lat = astana["geometry"]["coordinates"]
    assert lon == pytest.approx(71.45, abs=0.3) and lat == pytest.approx(51.17, abs=0.3)
    props = astana["properties"]
    assert props["country"] == "KAZ" and props["name_hi"] == "अस्ताना" and props["place"] == astana["id"]
    visits = {e["id"] for e in placed if e["location"]["name_en"] == "Astana"}
    assert set(props["event_ids"]) == visits and len(visits) >= 3
    assert props["quads"].get("verbal_coop", 0) >= 3


def test_geo_follows_the_event_filter(ui_server: Server) -> None:
    everything = _geo(ui_server)
    consult = _geo(ui_server, type="CONSULT", limit=1, offset=5)  # limit and offset do not cut the map
    total = httpx.get(f"{ui_server.url}/api/events", params={"type": "CONSULT"}).json()["total"]
    assert consult["metadata"]["events"] == total >= 3
    assert _astana(consult)["properties"]["events"] == sum(f["properties"]["events"] for f in consult["features"])
    assert len(consult["features"]) < len(everything["features"])
    assert _geo(ui_server, since="2030")["features"] == []
    assert _geo(ui_server, since="2030")["metadata"]["events"] == 0


def test_the_events_at_a_point_are_the_points_events(ui_server: Server) -> None:
    astana = _astana(_geo(ui_server))
    url = f"{ui_server.url}/api/geo/{astana['id']}/events"
    page = httpx.get(url).json()
    assert page["total"] == astana["properties"]["events"]
    assert sorted(e["id"] for e in page["events"]) == astana["properties"]["event_ids"]
    assert all(e["location"]["name_en"] == "Astana" and e["evidence"] for e in page["events"])
    agreements = httpx.get(f"{ui_server.url}/api/events", params={"type": "AGREE", "limit": 100}).json()["events"]
    agreed_there = [e for e in agreements if (e.get("location") or {}).get("name_en") == "Astana"]
    assert httpx.get(url, params={"type": "AGREE"}).json()["total"] == len(agreed_there)
    assert httpx.get(url, params={"type": "ASSAULT"}).json()["total"] == 0
    assert httpx.get(url, params={"limit": 1}).json()["events"][0]["id"] in astana["properties"]["event_ids"]


def test_events_whose_place_has_no_coordinates_are_counted_not_dropped(api: httpx.Client) -> None:
    """The gold coding names places (Astana, Lebanon) without coordinates: nothing to draw, all counted."""
    data = api.get("/api/geo").json()
    assert data["features"] == []
    assert data["metadata"] == {"events": 8, "placed": 0, "places": 0, "unplaced": 8, "unplaced_named": 7,
                                "undated": 2, "undated_without_article_date": 0}  # fmt: skip
    assert api.get("/api/geo", params={"type": "AGREE"}).json()["metadata"]["unplaced"] == 2


def test_geo_is_documented_and_checks_its_input(api: httpx.Client) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    assert "/api/geo" in paths and "/api/geo/{point}/events" in paths
    parameters = {p["name"] for p in paths["/api/geo"]["get"]["parameters"]}
    assert {"type", "actor", "since", "place", "quad_class", "dyad"} <= parameters
    for bad in ("/api/geo?quad_class=9", "/api/geo?since=2018-13", "/api/geo/Astana/events",
                "/api/geo/point:1,2,3/events"):
        assert api.get(bad).status_code == 422, bad
    assert api.get("/api/geo/geonames:1/events").json()["total"] == 0


# --- the map page in Chromium --------------------------------------------------------------------


def _open_map(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".map[data-ready=true]", timeout=20_000)


def _drawn_places(page: Any) -> set[str]:
    """The places drawn as circles, or inside a drawn cluster."""
    found: list[str] = page.evaluate(
        """() => { const {map, group, markers} = window.ghatnaMap;
             return Object.entries(markers).filter(([, m]) => {
               if (map.hasLayer(m)) return true;
               const cluster = group.getVisibleParent(m);
               return cluster !== null && map.hasLayer(cluster);
             }).map(([place]) => place); }"""
    )
    return set(found)


def test_the_map_draws_the_astana_events_and_a_click_lists_them(ui_server: Server, page: Any) -> None:
    astana = _astana(_geo(ui_server))
    _open_map(page, f"{ui_server.url}/map")
    countries = page.locator(".leaflet-overlay-pane path:not(.map-point)").count()
    assert countries > 100  # the shipped Natural Earth shapes
    assert _drawn_places(page) == {f["id"] for f in _geo(ui_server)["features"]}
    point = page.locator(f'path.map-point[data-place="{astana["id"]}"]')
    if point.count() == 0:  # inside a cluster at this zoom: open it the way a reader would
        page.evaluate(f"new Promise(done => window.ghatnaMap.group.zoomToShowLayer("
                      f"window.ghatnaMap.markers['{astana['id']}'], done))")
    box = point.bounding_box()
    assert box["width"] >= 12 and box["height"] >= 12
    fill = point.get_attribute("fill")
    assert fill.lower() == "#7fb3d5"  # verbal cooperation's colour (web/plover.py)
    point.hover()
    tooltip = page.locator(".leaflet-tooltip").inner_text()
    assert "Astana" in tooltip and f"{astana['properties']['events']} events" in tooltip
    assert "verbal cooperation" in tooltip  # the quad class in words, not only as a colour
    point.click()
    items = page.locator(".map-events li[data-event-id]")
    items.first.wait_for(timeout=10_000)
    listed = sorted(int(i) for i in items.evaluate_all("els => els.map(e => e.dataset.eventId)"))
    assert listed == astana["properties"]["event_ids"]
    at_astana = httpx.get(f"{ui_server.url}/api/geo/{astana['id']}/events", params={"limit": 100}).json()["events"]
    types_there = {e["type"] for e in at_astana}
    assert set(items.evaluate_all("els => els.map(e => e.dataset.type)")) == types_there >= {"CONSULT"}
    assert "सीतारमण" in page.locator(".map-events").inner_text() or "Sitharaman" in page.locator(
        ".map-events"
    ).inner_text()
    link = page.locator(".map-events a.evidence").first
    href = link.get_attribute("href")
    assert href.startswith("/articles/") and "#event-" in href
    with page.expect_navigation():
        link.click()
    assert page.locator("#article-text mark.evidence.active").count() >= 1
    assert page.problems == []


def test_a_point_links_to_the_events_page_of_its_place(ui_server: Server, page: Any) -> None:
    astana = _astana(_geo(ui_server, type="CONSULT"))
    _open_map(page, f"{ui_server.url}/map?type=CONSULT")
    page.evaluate(f"window.ghatnaMap.show('{astana['id']}')")
    link = page.locator(".map-events a.all-at-place")
    link.wait_for(timeout=10_000)
    query = link.get_attribute("href")
    assert query.startswith("/events?") and "type=CONSULT" in query  # the map's filter is kept
    assert f"geonames_id={astana['properties']['geonames_id']}" in query
    with page.expect_navigation():
        link.click()
    rows = page.locator("table.events tr.event")
    listed = sorted(int(i) for i in rows.evaluate_all("els => els.map(e => e.dataset.eventId)"))
    assert listed == astana["properties"]["event_ids"]
    kept = page.locator('#filters input[name="geonames_id"]:checked')  # a new search keeps the place
    assert kept.count() == 1 and kept.get_attribute("value") == str(astana["properties"]["geonames_id"])
    there = _all_events(ui_server, geonames_id=astana["properties"]["geonames_id"], type="CONSULT")
    assert sorted(e["id"] for e in there) == listed
    assert httpx.get(f"{ui_server.url}/api/events", params={"geonames_id": "Astana"}).status_code == 422
    assert page.problems == []


def test_the_map_counts_the_events_it_cannot_draw(ui_server: Server, page: Any) -> None:
    meta = _geo(ui_server)["metadata"]
    _open_map(page, f"{ui_server.url}/map")
    assert page.locator("#map-unplaced").inner_text() == str(meta["unplaced"])
    assert page.locator("#map-undated").inner_text() == str(meta["undated"])
    assert page.locator("#map-placed").inner_text() == str(meta["placed"])
    assert "without a place" in page.locator(".map-counts").inner_text()
    busiest = _geo(ui_server)["features"][0]["properties"]
    page.locator("table.places button.place-events").first.click()  # the keyboard's way to a point's events
    items = page.locator(".map-events li[data-event-id]")
    items.first.wait_for(timeout=10_000)
    assert sorted(int(i) for i in items.evaluate_all("els => els.map(e => e.dataset.eventId)")) == busiest["event_ids"]
    assert page.problems == []


def test_a_filter_changes_the_points(ui_server: Server, page: Any) -> None:
    _open_map(page, f"{ui_server.url}/map")
    everywhere = _drawn_places(page)
    page.fill("#filters input[name=place]", "अस्ताना")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert "/map?" in page.url and "place=" in page.url
    page.wait_for_selector(".map[data-ready=true]", timeout=20_000)
    at_astana = _drawn_places(page)
    assert at_astana == {_astana(_geo(ui_server, place="अस्ताना"))["id"]} and at_astana < everywhere
    _open_map(page, f"{ui_server.url}/map?type=AGREE")
    agree = {f["id"] for f in _geo(ui_server, type="AGREE")["features"]}
    assert _drawn_places(page) == agree and agree != everywhere
    _open_map(page, f"{ui_server.url}/map?since=2030")
    assert _drawn_places(page) == set()
    assert "No event of this selection" in page.locator("table.places").inner_text()
    assert page.problems == []


def test_the_map_works_with_no_network(ui_server: Server, page: Any) -> None:
    local = urlsplit(ui_server.url).netloc
    left: list[str] = []

    def only_local(route: Any) -> None:
        if urlsplit(route.request.url).netloc == local or route.request.url.startswith("data:"):
            route.continue_()
        else:
            left.append(route.request.url)
            route.abort("internetdisconnected")

    page.context.route("**/*", only_local)
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    _open_map(page, f"{ui_server.url}/map")
    assert left == [] and requested and all(urlsplit(u).netloc == local for u in requested if "://" in u)
    assert page.locator(".leaflet-overlay-pane path:not(.map-point)").count() > 100
    assert _drawn_places(page)
    assert page.problems == []


def test_actor_and_dyad_pages_have_small_maps(ui_server: Server, page: Any) -> None:
    actors = httpx.get(f"{ui_server.url}/api/actors", params={"q": "सीतारमण"}).json()["actors"]
    astana = _astana(_geo(ui_server))["id"]
    _open_map(page, f"{ui_server.url}/actors/{actors[0]['id']}")
    assert page.locator(".map.small").count() == 1
    assert astana in _drawn_places(page)
    assert page.locator(".map-counts").inner_text().startswith(str(_geo(ui_server, involving=actors[0]["id"])[
        "metadata"]["placed"]))
    _open_map(page, f"{ui_server.url}/dyads/IND/KAZ")
    assert astana in _drawn_places(page)
    assert _drawn_places(page) == {f["id"] for f in _geo(ui_server, dyad="IND-KAZ")["features"]}
    assert page.problems == []


def test_a_tile_url_setting_draws_tiles_under_the_shapes(
    ui_kb: tuple[str, str], start_server: Any, web: Any, page: Any
) -> None:
    server = start_server(ui_kb[0], "--map-tiles", web.url("/tiles/{z}/{x}/{y}.png"))
    _open_map(page, f"{server.url}/map")
    page.wait_for_function("document.querySelectorAll('.leaflet-tile-pane img').length > 0", timeout=10_000)
    tiles = [r.path for r in web.requests if r.path.startswith("/tiles/")]
    assert tiles and all(p.endswith(".png") and p.count("/") == 4 for p in tiles)
    assert page.locator(".leaflet-overlay-pane path:not(.map-point)").count() > 100


def test_markup_in_a_place_name_is_text_on_the_map(
    tmp_path_factory: pytest.TempPathFactory, start_server: Any, page: Any
) -> None:
    analysis = hostile_analysis()
    analysis.events[0].location = Place(HOSTILE_PLACE, HOSTILE_PLACE, "PAK", None, 33.7, 73.05)
    server = start_server(build_kb(f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'kb.db'}", analysis))
    _open_map(page, f"{server.url}/map")
    point = page.locator("path.map-point")
    point.hover()
    assert HOSTILE_PLACE in page.locator(".leaflet-tooltip").inner_text()
    point.click()
    page.locator(".map-events li[data-event-id]").wait_for(timeout=10_000)
    assert HOSTILE_NAME in page.locator(".map-events").inner_text()
    assert HOSTILE_PLACE in page.locator("table.places").inner_text()
    assert page.locator("main img:not(.leaflet-container *), .leaflet-tooltip img, .map-events img").count() == 0
    assert page.evaluate("window.pwned") is None
    assert page.problems == []


def test_the_map_page_fits_a_390_pixel_screen(ui_server: Server, chromium: Any) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        _open_map(page, f"{ui_server.url}/map")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator(".map").bounding_box()
        assert 300 <= box["width"] <= 390 and box["height"] >= 300
    finally:
        context.close()


def test_nearby_places_are_grouped_and_a_group_counts_their_events(ui_server: Server, page: Any) -> None:
    meta = _geo(ui_server)["metadata"]
    _open_map(page, f"{ui_server.url}/map")
    page.evaluate("window.ghatnaMap.map.setZoom(1, {animate: false})")
    page.wait_for_timeout(300)
    groups = [int(t) for t in page.locator(".marker-cluster").all_inner_texts()]
    alone = page.locator("path.map-point").evaluate_all("els => els.map(e => Number(e.dataset.events))")
    assert groups, "Astana and the centre of Kazakhstan are one group at the world's scale"
    assert sum(groups) + sum(alone) == meta["placed"]
    page.locator(".marker-cluster").first.click()  # a group opens into its places
    more = f"document.querySelectorAll('path.map-point').length > {len(alone)}"
    page.wait_for_function(more, timeout=5_000)
    assert page.problems == []
