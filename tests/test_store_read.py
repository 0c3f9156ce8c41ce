"""The read layer (``ghatna.store.read``) on SQLite and PostgreSQL: dates placed at the article's date,
numbers without float noise, facets, the dashboard, paging, and one actor's page."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ghatna.errors import QueryError
from ghatna.store import open_store
from ghatna.store.export import export
from ghatna.store.read import (
    EventFilter,
    actor,
    actors,
    article_record,
    count_actors,
    count_events,
    dashboard,
    dyad,
    dyads,
    events,
    facets,
    find_article_id,
    network,
    tidy,
)
from tests.conftest import CliResult
from tests.store_data import reference, second_report


def _load(url: str) -> None:
    first, second = reference(), second_report()
    # A confidence as a computation leaves it (0.1 + 0.2 + 0.685 = 0.9850000000000001), above the other reports.
    first.events[0].confidence = 0.1 + 0.2 + 0.685
    first.events[3].date = None  # an event without a date of its own
    with open_store(url) as store:
        store.add([first, second])


def test_tidy_rounds_once_and_keeps_none() -> None:
    assert tidy(0.1 + 0.2 + 0.285) == 0.585 and repr(tidy(0.1 + 0.2 + 0.285)) == "0.585"
    assert tidy(None) is None and repr(tidy(-0.0001)) == "0.0"


def test_no_float_noise_in_json_csv_or_the_table(kb_url: str, cli: CliResult) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        noisy = [e for e in events(store, EventFilter()) if e["confidence"] == 0.985]
        assert noisy, [e["confidence"] for e in events(store, EventFilter())]
        out = io.StringIO()
        export(store, "csv", out, EventFilter(ids=(noisy[0]["id"],)))
    assert "0.985" in out.getvalue() and "0.9850000000000001" not in out.getvalue()
    for fmt in ("json", "table", "csv"):
        result = cli("events", "--db", kb_url, "--format", fmt)  # type: ignore[operator]
        assert "0.985" in result.out and "00000000" not in result.out, fmt


def test_an_undated_event_is_placed_at_its_article_date_but_keeps_no_date(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        undated = [e for e in events(store, EventFilter()) if e["date"] is None]
        assert undated
        for e in undated:
            assert e["article_date"] and e["days"][0] == e["article_date"][:10] and e["date_from_article"]
        day = undated[0]["article_date"]
        on_day = {e["id"] for e in events(store, EventFilter(since=day, until=day))}
        assert {e["id"] for e in undated if e["article_date"] == day} <= on_day
        series = dyad(store, "IND", "KAZ", "day")
        assert series["undated"] == 0 and day in {p["period"] for p in series["series"]}
        assert sum(p["events"] for p in dashboard(store)["per_month"]) == count_events(store, EventFilter())
        out = io.StringIO()
        export(store, "csv", out, EventFilter(ids=(undated[0]["id"],)))
        row = next(csv.DictReader(io.StringIO(out.getvalue())))
        assert row["date_start"] == "" and row["article_date"] == day


def test_filters_sort_and_offset(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        every = events(store, EventFilter(sort="id"))
        assert [e["id"] for e in every] == sorted(e["id"] for e in every)
        assert [e["id"] for e in events(store, EventFilter(sort="-id"))] == [e["id"] for e in reversed(every)]
        page = events(store, EventFilter(sort="id", limit=2, offset=1))
        assert [e["id"] for e in page] == [e["id"] for e in every[1:3]]
        assert events(store, EventFilter(offset=1000)) == []
        assert count_events(store, EventFilter(country="kaz")) == count_events(store, EventFilter(country="KAZ")) > 0
        coop = count_events(store, EventFilter(quad_class=1)) + count_events(store, EventFilter(quad_class=2))
        assert coop == len(every)
        assert count_events(store, EventFilter(cameo="04")) == len([e for e in every if e["cameo"].startswith("04")])
        assert count_events(store, EventFilter(article=every[0]["article"])) >= 1
        assert count_events(store, EventFilter(dyad=("kaz", "ind"))) == len(every)
        with pytest.raises(QueryError):
            events(store, EventFilter(since="notadate"))


def test_facets_count_the_selected_events(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        every = events(store, EventFilter())
        found = facets(store, EventFilter())
        assert sum(f["events"] for f in found["type"]) == len(every)
        assert {f["value"]: f["events"] for f in found["country"]} == {"IND": len(every), "KAZ": len(every)}
        consult = facets(store, EventFilter(type="CONSULT"))
        assert consult["type"] == found["type"], "a facet leaves its own filter out"
        assert sum(f["events"] for f in consult["quad_class"]) == count_events(store, EventFilter(type="CONSULT"))
        assert {f["value"] for f in found["context"]} >= {"military", "diplomatic"}


@pytest.mark.parametrize(
    ("name", "several"),
    [("type", "types"), ("country", "countries"), ("mode", "modes"), ("quad_class", "quad_classes"),
     ("cameo", "cameos"), ("sector", "sectors"), ("modality", "modalities")],
)  # fmt: skip
def test_several_values_of_a_filter_are_alternatives(kb_url: str, name: str, several: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        values = {
            "cameo": ["04", "07", "99"], "mode": ["visit", "none-such"], "modality": ["asserted", "future"],
            "country": ["LBN", "KAZ"], "sector": ["MIL", "GOV"],
        }.get(name) or [f["value"] for f in facets(store)[name]][:2]
        assert len(values) >= 2, values

        def ids(**given: object) -> set[int]:
            return {e["id"] for e in events(store, EventFilter(**given))}  # type: ignore[arg-type]

        either = ids(**{several: tuple(values)})
        assert either == set().union(*(ids(**{name: v}) for v in values))
        assert len({frozenset(ids(**{name: v})) for v in values}) == len(values), "values that select alike"
        assert ids(**{name: values[0], several: tuple(values[1:])}) == either, "one and several together"
        assert count_events(store, EventFilter(**{several: tuple(values)})) == len(either)  # type: ignore[arg-type]


def test_kept_aggregates_follow_every_write(kb_url: str) -> None:
    with open_store(kb_url) as store:
        store.add([reference()])
        before = (facets(store), dashboard(store), network(store), dyads(store))
        assert facets(store) is before[0], "kept while the knowledge base is unchanged"
        store.add([second_report()])
        after = (facets(store), dashboard(store), network(store), dyads(store))
        fresh = tuple(f.__wrapped__(store) for f in (facets, dashboard, network, dyads))  # type: ignore[attr-defined]
    assert after == fresh and after[1] != before[1]  # a kept dashboard would still count one article


def test_the_cli_takes_a_filter_several_times(kb_url: str, cli: CliResult) -> None:
    _load(kb_url)
    result = cli("events", "--db", kb_url, "--type", "AID", "--type", "consult", "--quad-class", "1",  # type: ignore[operator]
                 "--quad-class", "2", "--format", "json")  # fmt: skip
    assert result.code == 0, result.err
    found = json.loads(result.out)
    with open_store(kb_url) as store:
        expected = events(store, EventFilter(types=("AID", "CONSULT")))
    assert found == expected and {e["type"] for e in found} == {"AID", "CONSULT"}
    exported = cli("export", "--db", kb_url, "--format", "jsonl", "--type", "AID", "--type", "CONSULT")  # type: ignore[operator]
    assert len(exported.out.splitlines()) == len(found)


def test_actor_paging_and_one_actor(kb_url: str) -> None:
    _load(kb_url)
    with open_store(kb_url) as store:
        total = count_actors(store)
        pages = [actors(store, sort="-events", limit=2, offset=o, details=False) for o in range(0, total, 2)]
        ids = [a["id"] for p in pages for a in p]
        assert len(ids) == len(set(ids)) == total
        counts = [a["events"] for p in pages for a in p]
        assert counts == sorted(counts, reverse=True)
        (sitharaman,) = actors(store, "Sitharaman")
        one = actor(store, sitharaman["id"])
        assert one is not None and one["as_actor"] == sitharaman["as_actor"] > 0
        assert one["timeline"] and {c["name_en"] for c in one["counterparts"]} >= {"Beibut Atamkulov"}
        assert actor(store, 10**9) is None
        assert json.dumps(one, ensure_ascii=False)


def test_an_event_date_keeps_the_words_that_gave_it(kb_url: str) -> None:
    """EventDate.text takes no part in equality, so only an explicit check shows the store keeps it."""
    stored = second_report()
    with open_store(kb_url) as store:
        store.add([stored])
        article_id = find_article_id(store, "second")
        assert article_id is not None
        record = article_record(store, article_id)
    wanted = [e.date.text if e.date else None for e in stored.events]
    assert "बुधवार" in wanted
    assert [(e.get("date") or {}).get("text") for e in record["events"]] == wanted
