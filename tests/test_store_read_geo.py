"""The map's reader (``ghatna.store.read.geo``) on SQLite and PostgreSQL: a point per place (its
GeoNames id, else its coordinates), counts per quad class, and every event without coordinates or
a date counted."""

from __future__ import annotations

from dataclasses import replace

from ghatna.records import Place
from ghatna.store import open_store
from ghatna.store.read import EventFilter, events, geo, place_event_ids
from tests.store_data import reference

ASTANA = Place("अस्ताना", "Astana", "KAZ", 1526273, 51.1801, 71.446, "P.PPLC", "KZ.05", "clause")
# a place with coordinates and no GeoNames id (as a GDELT row or a hand-coded event may carry)
CAMP = Place("शिविर", "Camp", "KAZ", None, 43.25, 76.95, None, None, "sentence")


def _load(url: str) -> None:
    analysis = reference()
    placed = [ASTANA, ASTANA, CAMP]
    for event, place in zip(analysis.events, placed, strict=False):
        event.location = place
    for event in analysis.events[len(placed) :]:
        event.location = replace(event.location, geonames_id=None, lat=None, lon=None) if event.location else None
    analysis.events[1].date = None
    with open_store(url) as store:
        store.add([analysis])


def test_one_point_per_place_with_its_events_per_quad_class(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        records = events(store, EventFilter())
        data = geo(store, EventFilter(limit=1))
    points = {f["id"]: f for f in data["features"]}
    assert list(points) == ["geonames:1526273", "point:43.25,76.95"]  # most events first
    astana = points["geonames:1526273"]
    assert astana["geometry"] == {"type": "Point", "coordinates": [71.446, 51.1801]}
    assert astana["properties"]["events"] == 2 and astana["properties"]["name_hi"] == "अस्ताना"
    assert astana["properties"]["feature"] == "P.PPLC" and astana["properties"]["admin1"] == "KZ.05"
    quads = {e["id"]: e["quad"] for e in records if e["location"] and e["location"].get("geonames_id")}
    assert astana["properties"]["event_ids"] == sorted(quads)
    assert sum(astana["properties"]["quads"].values()) == 2 and astana["properties"]["quad"] in quads.values()
    assert points["point:43.25,76.95"]["properties"]["geonames_id"] is None
    meta = data["metadata"]
    assert meta["events"] == len(records) and meta["placed"] == 3 and meta["places"] == 2
    assert meta["unplaced"] == len(records) - 3
    assert meta["unplaced_named"] == sum(1 for e in records if e["location"] and "lat" not in e["location"])
    assert meta["undated"] == sum(1 for e in records if e["date"] is None) >= 1


def test_the_events_of_a_point_follow_the_filter(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        everything = geo(store, EventFilter())["features"][0]["properties"]["event_ids"]
        assert place_event_ids(store, EventFilter(), "geonames:1526273") == everything
        assert len(place_event_ids(store, EventFilter(), "point:43.25,76.95")) == 1
        assert place_event_ids(store, EventFilter(since="2030"), "geonames:1526273") == []
        assert place_event_ids(store, EventFilter(), "geonames:1") == []
        capped = geo(store, EventFilter(), max_ids=1)["features"][0]["properties"]
        assert capped["events"] == 2 and len(capped["event_ids"]) == 1


def test_a_geonames_id_selects_the_events_at_that_place(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        at_astana = [e["id"] for e in events(store, EventFilter(geonames_ids=(1526273,), sort="id"))]
        assert len(at_astana) == 2 and at_astana == place_event_ids(store, EventFilter(), "geonames:1526273")
        either = events(store, EventFilter(geonames_id=1, geonames_ids=(1526273,)))
        assert sorted(e["id"] for e in either) == at_astana  # several ids are alternatives
        assert events(store, EventFilter(geonames_ids=(1,))) == []
        assert geo(store, EventFilter(geonames_ids=(1526273,)))["metadata"]["events"] == 2
        # a point outside the chosen places has no events; inside them, its own
        assert place_event_ids(store, EventFilter(geonames_ids=(1,)), "geonames:1526273") == []
        assert place_event_ids(store, EventFilter(geonames_ids=(1, 1526273)), "geonames:1526273") == at_astana
