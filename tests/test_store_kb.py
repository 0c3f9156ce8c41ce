"""The knowledge base on SQLite and PostgreSQL: actor identity, cross-article fusion, queries."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ghatna.errors import StoreError
from ghatna.records import Entity
from ghatna.store import open_store
from ghatna.store.identity import ActorFacts, resolve
from ghatna.store.read import EventFilter, actors, dyad, events
from tests.conftest import CliResult
from tests.store_data import reference, second_report

Cli = Callable[..., CliResult]


def _load(url: str, *analyses: Any, window_days: int = 3) -> None:
    with open_store(url, window_days=window_days) as store:
        store.add(list(analyses))


def _one(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, [(e["type"], e["recipient"]) for e in found]
    return found[0]


def test_two_reports_of_one_meeting_are_one_event_with_two_sources(kb_url: str) -> None:
    _load(kb_url, reference(), second_report())
    with open_store(kb_url) as store:
        assert store.counts()["events"] == 8 + 3, "per-article events are all kept"
        assert store.kb_counts()["fused_events"] == 8
        meeting = _one(events(store, EventFilter(recipient="Beibut Atamkulov", type="CONSULT")))
        assert meeting["source_count"] == 2 and meeting["outlet_count"] == 2
        assert {e["article"] for e in meeting["evidence"]} == {"ref", "second"}
        assert {e["trigger"] for e in meeting["evidence"]} == {"मुलाकात", "भेंट"}
        assert meeting["context"] == ["economic", "military", "technology"]  # the union of both reports
        assert meeting["confidence"] == 0.9 and meeting["plover_score"] == 4.0 and meeting["quad_class"] == 1
        assert meeting["date"] == {"start": "2018-10-02", "end": "2018-10-04", "precision": "day"}
        invitation = _one(events(store, EventFilter(type="AGREE", recipient="Nurlan Yermekbayev")))
        assert invitation["source_count"] == 1
        by_sources = sorted(e["source_count"] for e in events(store, EventFilter()))
        assert by_sources == [1, 1, 1, 1, 1, 2, 2, 2]


def test_ingesting_twice_changes_nothing_and_queries_agree(kb_url: str) -> None:
    _load(kb_url, reference(), second_report())
    with open_store(kb_url) as store:
        first, first_actors, counts = events(store, EventFilter()), actors(store), store.kb_counts()
    _load(kb_url, second_report(), reference())
    with open_store(kb_url) as store:
        assert events(store, EventFilter()) == first
        assert actors(store) == first_actors and store.kb_counts() == counts


def test_the_same_person_in_two_articles_and_spellings_is_one_actor_and_says_why(kb_url: str) -> None:
    _load(kb_url, reference(), second_report())
    with open_store(kb_url) as store:
        atamkulov = _one(actors(store, "Beibut Atamkulov"))
        assert atamkulov["names"] == ["Beibut Atamkulov", "बाइबूत अतामकुलोव", "बेइबुत अतामकुलोव"]
        assert atamkulov["articles"] == 2 and atamkulov["code"] == "KAZGOV"
        merge = next(link for link in atamkulov["links"] if link["article"] == "second")
        assert merge["rule"] == "name" and "en:beibut atamkulov" in merge["reason"]
        kazakhstan = _one(actors(store, "कज़ाख़स्तान"))
        assert {"कजाकिस्तान", "कज़ाख़स्तान", "Kazakhstan"} <= set(kazakhstan["names"])
        sitharaman = _one(actors(store, "सीतारमण"))
        assert sitharaman["name_en"] == "Nirmala Sitharaman" and sitharaman["events"] == 5


def test_conflicting_role_or_country_keeps_people_apart_and_surname_links(kb_url: str) -> None:
    _load(kb_url, reference())
    with open_store(kb_url) as store, store.transaction():
        article = int(store.connection.execute("SELECT id FROM articles").fetchone()[0])
        same = resolve(store.connection, ActorFacts("PERSON", "नूरलान यरमेकबायेव", None, "KAZ", "GOV",
                                                    "Minister of Defence"), article)
        other_role = resolve(store.connection, ActorFacts("PERSON", "नूरलान यरमेकबायेव", None, "KAZ", "GOV",
                                                          "Foreign Minister"), article)
        other_country = resolve(store.connection, ActorFacts("PERSON", "निर्मला सीतारमण", None, "NPL"), article)
        surname = resolve(store.connection, ActorFacts("PERSON", "सीतारमण", None, "IND", "GOV"), article)
        reasons = dict(store.connection.execute("SELECT actor_id, reason FROM actor_links ORDER BY id").fetchall())
    with open_store(kb_url) as store:
        ids = {a["name_en"] or a["name_hi"]: a["id"] for a in actors(store)}
    assert same == ids["Nurlan Yermekbayev"] and other_role != same
    assert "role 'Foreign Minister' ≠ 'Defence Minister'" in reasons[other_role]
    assert other_country != ids["Nirmala Sitharaman"] and "country NPL ≠ IND" in reasons[other_country]
    assert surname == ids["Nirmala Sitharaman"]


@pytest.mark.parametrize(
    ("shift", "window", "fused"), [(0, 3, True), (9, 3, False), (9, 10, True), (2, 0, True), (3, 0, False)]
)
def test_the_date_window_decides_whether_reports_fuse(kb_url: str, shift: int, window: int, fused: bool) -> None:
    _load(kb_url, reference(), second_report(shift=shift), window_days=window)
    with open_store(kb_url) as store:
        found = events(store, EventFilter(recipient="Kairat Abdrakhmanov"))
    assert [e["source_count"] for e in found] == ([2] if fused else [1, 1])


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(), 8),
        (EventFilter(actor="IND"), 8),
        (EventFilter(actor="INDGOV"), 5),
        (EventFilter(actor="निर्मला"), 5),
        (EventFilter(actor="sitharaman", recipient="KAZGOV"), 4),
        (EventFilter(country="KAZ", type="consult", mode="visit"), 3),
        (EventFilter(context="peacekeeping"), 1),
        (EventFilter(since="2018-10", until="2018-10"), 7),
        (EventFilter(since="2018-09-01", until="2018-09-30"), 1),
        (EventFilter(since="2019"), 0),
        (EventFilter(place="Astana"), 5),
        (EventFilter(place="अस्ताना"), 5),
        (EventFilter(place="LBN"), 1),
        (EventFilter(min_confidence=0.85), 2),
        (EventFilter(text="मुलाकात"), 2),
        (EventFilter(text="भेंट"), 1),
        (EventFilter(text="मुलाक़ात"), 2),  # folded: the nukta spelling finds मुलाकात
        (EventFilter(text="न्योता एयरो"), 2),
        (EventFilter(text="न्योता मुलाकात"), 0),
        (EventFilter(actor="Nobody At All"), 0),
        (EventFilter(limit=3), 3),
    ],
)
def test_event_filters(kb_url: str, flt: EventFilter, expected: int) -> None:
    _load(kb_url, reference(), second_report())
    with open_store(kb_url) as store:
        assert len(events(store, flt)) == expected


def test_dyad_by_month_counts_events_and_mean_score(kb_url: str) -> None:
    _load(kb_url, reference(), second_report())
    with open_store(kb_url) as store:
        rows = dyad(store, "IND", "KAZ", "month")["series"]
        assert [(r["period"], r["events"], r["reports"]) for r in rows] == [("2018-09", 1, 1), ("2018-10", 7, 10)]
        assert rows[0]["mean_score"] == 9.5
        assert rows[1]["mean_score"] == round((4 * 3 + 10 + 9.5 + 2.5 * 2) / 7, 3)
        assert dyad(store, "KAZ", "IND", "year", directed=True)["series"] == []
        with pytest.raises(StoreError, match="--by 'week'"):
            dyad(store, "IND", "KAZ", "week")


def test_a_failing_batch_leaves_actors_and_fused_events_as_they_were(kb_url: str) -> None:
    _load(kb_url, reference())
    broken = second_report()
    broken.events[1].type = None  # type: ignore[assignment]  # NOT NULL: the batch must roll back whole
    with open_store(kb_url) as store:
        before = (store.counts(), store.kb_counts(), events(store, EventFilter()))
        with pytest.raises(StoreError, match="rolled back"):
            store.add([broken])
        assert (store.counts(), store.kb_counts(), events(store, EventFilter())) == before


def test_query_cli_formats(cli: Cli, kb_url: str) -> None:
    _load(kb_url, reference(), second_report())
    table = cli("events", "--db", kb_url, "--recipient", "KAZGOV")
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0].split()[:4] == ["id", "date", "type", "mode"] and len(lines) == 2 + 4
    assert "Beibut Atamkulov (KAZGOV)" in table.out
    as_json = json.loads(cli("events", "--db", kb_url, "--format", "json", "--type", "AID").out)
    assert as_json[0]["actor"]["code"] == "IND" and as_json[0]["evidence"][0]["trigger"] == "प्रशिक्षण"
    jsonl = cli("events", "--db", kb_url, "--format", "jsonl").out.splitlines()
    assert len(jsonl) == 8 and all(json.loads(line)["id"] for line in jsonl)
    csv_out = cli("events", "--db", kb_url, "--format", "csv", "--mode", "visit").out.splitlines()
    assert csv_out[0].startswith("id,date,type") and len(csv_out) == 4
    actors_out = cli("actors", "--db", kb_url, "--country", "KAZ", "--format", "csv")
    assert actors_out.code == 0 and "बेइबुत अतामकुलोव" in actors_out.out
    dyad_out = cli("dyad", "IND", "KAZ", "--by", "month", "--db", kb_url)
    assert dyad_out.code == 0 and "2018-10" in dyad_out.out and "2018-09" in dyad_out.out
    bad_date = cli("events", "--db", kb_url, "--since", "last week")
    assert bad_date.code == 2 and "YYYY-MM-DD" in bad_date.err


def test_identity_drops_every_honorific_of_the_language_data() -> None:
    from ghatna.lang import load
    from ghatna.store.identity import name_keys

    plain = name_keys(ActorFacts("PERSON", "राम प्रसाद", None, "IND"))
    for honorific in load("actors/titles")["honorifics"]:
        assert name_keys(ActorFacts("PERSON", f"{honorific} राम प्रसाद", None, "IND")).keys() == plain.keys()


def test_a_state_acting_as_a_whole_is_not_its_government(kb_url: str) -> None:
    analysis = reference()
    start = analysis.article.text.index("भारत")
    government = Entity("e7", "ORGANIZATION", "केंद्र सरकार", "India", "IND", "GOV", mentions=[(start, start)])
    analysis.entities.insert(0, government)  # stored first, so that a tie would go its way
    _load(kb_url, analysis)
    with open_store(kb_url) as store:
        named = store.connection.execute("SELECT id, type, code FROM actors WHERE name_en = 'India'").fetchall()
        used = store.connection.execute(
            "SELECT actor_id FROM fused_events UNION SELECT recipient_id FROM fused_events"
        ).fetchall()
    kinds = {int(aid): (kind, code) for aid, kind, code in named}
    assert sorted(kinds.values()) == [("LOCATION", "IND"), ("ORGANIZATION", "INDGOV")]
    assert {kinds[int(aid)] for (aid,) in used if aid is not None and int(aid) in kinds} == {("LOCATION", "IND")}
