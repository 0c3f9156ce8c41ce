"""The REST API against a real ``ghatna serve`` over the reference article coded as the gold says."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import httpx
import pytest

from ghatna.output import validate_record
from tests.web_kb import MINISTERS

REFERENCE_ID = "000_80b73bf1b1695fdc"


def test_health_version_and_openapi(api: httpx.Client) -> None:
    health = api.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] == 1 and health["events"] == 8
    assert health["allow_ingest"] is False
    assert api.get("/api/version").json()["output_version"] == 2
    paths = api.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{key}", "/api/events", "/api/actors", "/api/actors/{actor_id}",
                 "/api/dyads/{first}/{second}", "/api/network", "/api/export", "/api/extract", "/api/health"):
        assert path in paths, path
    assert not any(p.startswith("/articles") for p in paths), "pages stay out of the API spec"
    parameters = {p["name"]: p["schema"] for p in paths["/api/events"]["get"]["parameters"]}
    for name in ("type", "country", "mode", "quad_class", "cameo", "sector", "modality"):
        assert {"type": "null"} in parameters[name]["anyOf"], name
        assert any(s.get("type") == "array" for s in parameters[name]["anyOf"]), name


def test_article_is_its_output_record_with_offsets_into_its_text(api: httpx.Client) -> None:
    listing = api.get("/api/articles").json()
    assert listing["total"] == 1 and listing["articles"][0]["doc_id"] == REFERENCE_ID
    record = api.get(f"/api/articles/{REFERENCE_ID}").json()
    assert api.get(f"/api/articles/{record['article_id']}").json() == record
    validate_record({k: v for k, v in record.items() if k not in ("article_id", "sentences")})
    text = record["text"]
    people = {e["name_en"]: e for e in record["entities"] if e["type"] == "PERSON"}
    assert set(MINISTERS) == set(people)
    assert text[slice(*people["Beibut Atamkulov"]["mentions"][0])] == "बाइबूत अतामकुलोव"
    consult = [e for e in record["events"] if e["type"] == "CONSULT"]
    assert len(consult) == 3
    assert "मुलाकात" in text[consult[1]["evidence"]["start"] : consult[1]["evidence"]["end"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 8),
        ({"type": "CONSULT"}, 3),
        ({"mode": "visit"}, 3),
        ({"actor": "Sitharaman"}, 5),
        ({"actor": "सीतारमण"}, 5),
        ({"recipient": "Kazakhstan"}, 4),
        ({"type": "AGREE", "recipient": "Atamkulov"}, 1),
        ({"country": "KAZ"}, 8),
        ({"country": "LBN"}, 0),
        ({"place": "Lebanon"}, 1),
        ({"place": "लेबनान"}, 1),
        ({"context": "peacekeeping"}, 1),
        # The two events without a date of their own are placed at their article's date (2018-10-03).
        ({"since": "2018-10"}, 7),
        ({"until": "2018-09"}, 1),
        ({"since": "2018-09-01", "until": "2018-09-30"}, 1),
        ({"since": "2018-10-03", "until": "2018-10-03"}, 7),
        ({"min_confidence": "0.95"}, 0),
        ({"text": "मुलाकात"}, 1),
        ({"text": "न्योता"}, 2),
        ({"country": "kaz"}, 8),
        ({"quad_class": "2"}, 3),
        ({"cameo": "04"}, 3),
        ({"sector": "gov"}, 5),
        ({"modality": "asserted"}, 8),
        ({"article": REFERENCE_ID}, 8),
        ({"dyad": "kaz-ind"}, 8),
        ({"text": "100%_"}, 0),
        # Repeated, a filter's values are alternatives; different filters must all hold.
        ({"type": ["CONSULT", "AID"]}, 4),
        ({"type": ["AGREE", "AID"], "quad_class": "2"}, 1),
        ({"quad_class": ["1", "2"]}, 8),
        ({"cameo": ["04", "07"]}, 5),
        ({"country": ["LBN", "kaz"]}, 8),
        ({"mode": ["visit", "phone"]}, 3),
        ({"sector": ["MIL", "GOV"]}, 5),
        ({"modality": ["future", "negated"]}, 0),
    ],
)
def test_event_filters(api: httpx.Client, params: dict[str, Any], expected: int) -> None:
    page = api.get("/api/events", params=params).json()
    assert page["total"] == expected
    assert len(page["events"]) == expected


def test_event_pagination_and_sorting(api: httpx.Client) -> None:
    first = api.get("/api/events", params={"limit": 3, "sort": "id"}).json()
    rest = api.get("/api/events", params={"limit": 10, "offset": 3, "sort": "id"}).json()
    ids = [e["id"] for e in first["events"] + rest["events"]]
    assert len(first["events"]) == 3 and ids == sorted(ids) and len(set(ids)) == 8
    dated = api.get("/api/events", params={"sort": "date"}).json()["events"]
    whens = [e["days"][0] for e in dated]
    assert whens == sorted(whens) and whens[0] == "2018-09-01"
    undated = [e for e in dated if e["date"] is None]
    assert len(undated) == 2 and all(e["article_date"] == e["days"][0] == "2018-10-03" for e in undated)
    one = api.get(f"/api/events/{ids[0]}").json()
    assert one["id"] == ids[0] and one["evidence"][0]["text"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/events?country=india",
        "/api/events?type=FIGHT",
        "/api/events?type=CONSULT&type=FIGHT",
        "/api/events?quad_class=1&quad_class=5",
        "/api/events?" + "&".join(["type=AID"] * 51),
        "/api/events?since=2018-13",
        "/api/events?until=yesterday",
        "/api/events?limit=0",
        "/api/events?limit=501",
        "/api/events?offset=-1",
        "/api/events?offset=99999999999999999999",
        "/api/events?min_confidence=2",
        "/api/events?min_confidence=nan",
        "/api/events?sort=random",
        "/api/events?actor=",
        "/api/events?text=" + "x" * 201,
        "/api/events/0",
        "/api/events/abc",
        "/api/actors/not-an-id",
        "/api/dyads/india/KAZ",
        "/api/dyads/IND/KAZ?period=week",
        "/api/network?max_nodes=0",
        "/api/articles/bad%27key",
        "/api/export?format=xlsx",
    ],
)
def test_bad_input_is_a_422(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 422, response.text
    assert "detail" in response.json()


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/events/999999", "/api/actors/999999"])
def test_unknown_things_are_a_404(api: httpx.Client, path: str) -> None:
    assert api.get(path).status_code == 404


def test_actor_search_in_either_script_and_one_actor(api: httpx.Client) -> None:
    latin = api.get("/api/actors", params={"q": "Sitharaman"}).json()["actors"]
    devanagari = api.get("/api/actors", params={"q": "सीतारमण"}).json()["actors"]
    assert latin == devanagari and len(latin) == 1
    actor = api.get(f"/api/actors/{latin[0]['id']}").json()
    assert actor["name_hi"] == "निर्मला सीतारमण" and actor["as_actor"] == 5 and actor["as_recipient"] == 0
    assert {e["type"] for e in actor["event_list"]} == {"CONSULT", "AGREE"}
    assert api.get("/api/actors", params={"q": "KAZ"}).json()["actors"][0]["name_en"] == "Kazakhstan"


def test_dyad_series_and_network(api: httpx.Client) -> None:
    assert api.get("/api/dyads").json()["dyads"] == [{"first": "IND", "second": "KAZ", "events": 8}]
    series = api.get("/api/dyads/IND/KAZ").json()
    by_month = {p["period"]: p for p in series["series"]}
    # Events without a date of their own are placed at their article's date: none is left undated.
    assert set(by_month) == {"2018-09", "2018-10"} and series["undated"] == 0
    assert by_month["2018-09"]["material_coop"] == 1 and by_month["2018-09"]["mean_score"] == 9.5
    assert by_month["2018-10"]["verbal_coop"] == 5 and by_month["2018-10"]["material_coop"] == 2
    assert by_month["2018-10"]["mean_score"] == round((4.0 * 3 + 2.5 * 2 + 10.0 + 9.5) / 7, 3)
    assert len(series["event_list"]) == series["event_total"] == 8
    assert api.get("/api/dyads/kaz/ind").json()["series"] == series["series"]
    assert api.get("/api/dyads/KAZ/IND", params={"directed": "true"}).json()["events"] == 0
    net = api.get("/api/network").json()
    labels = {n["label"] for n in net["nodes"]}
    assert set(MINISTERS) - {"Nurlan Yermekbayev"} <= labels and "Kazakhstan" in labels
    assert all(e["cooperative"] for e in net["edges"])
    assert api.get("/api/network", params={"until": "2018-09"}).json()["edges"][0]["types"] == {"COOPERATE": 1}


def test_export_csv_and_jsonl(api: httpx.Client) -> None:
    response = api.get("/api/export", params={"type": "CONSULT"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and rows[0]["actor_name_hi"] == "निर्मला सीतारमण" and rows[0]["plover_score"] == "4.0"
    lines = api.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == 8 and json.loads(lines[0])["type"]


def test_extract_is_read_only_by_default_and_size_limited(api: httpx.Client) -> None:
    text = "नई दिल्ली: भारत और कजाकिस्तान ने रक्षा सहयोग पर चर्चा की।"
    response = api.post("/api/extract", json={"text": text, "date": "2018-10-03"})
    assert response.status_code == 200
    record = response.json()
    validate_record(record)
    assert record["text"] == text and record["date"]["value"] == "2018-10-03"
    assert api.post("/api/extract", params={"store": "true"}, json={"text": text}).status_code == 403
    assert api.get("/api/health").json()["articles"] == 1
    assert api.post("/api/extract", json={"text": "क" * 100_001}).status_code in (413, 422)
    assert api.post("/api/extract", content=b"x" * 300_000).status_code == 413
    assert api.post("/api/extract", json={"text": ""}).status_code == 422
    broken = api.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 422


def test_every_page_has_a_json_twin(api: httpx.Client) -> None:
    actor_id = api.get("/api/actors").json()["actors"][0]["id"]
    for path in ("/", "/events?type=CONSULT", "/articles", f"/articles/{REFERENCE_ID}", "/actors?q=सीतारमण",
                 f"/actors/{actor_id}", "/dyads", "/dyads/IND/KAZ?period=year", "/network?since=2018",
                 "/map?type=CONSULT"):
        page = api.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), path
        twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', page.text)
        assert twin, path
        data = api.get(twin.group(1).replace("&amp;", "&"))
        assert data.status_code == 200 and data.headers["content-type"] == "application/json", path


def test_empty_form_fields_redirect_to_a_clean_query(api: httpx.Client) -> None:
    response = api.get("/events?actor=&type=CONSULT&since=")
    assert response.status_code == 303 and response.headers["location"] == "/events?type=CONSULT"
    assert api.get("/events?since=2018-99").status_code == 422


def test_serve_binds_localhost_and_is_read_only_by_default(cli: Any) -> None:
    result = cli("serve", "--help")
    assert result.code == 0
    assert "127.0.0.1" in result.out and "--allow-ingest" in result.out


def test_api_events_are_the_records_of_ghatna_events(api: httpx.Client, api_server: Any, cli: Any) -> None:
    result = cli("events", "--db", api_server.db_url, "--format", "json")
    assert result.code == 0
    from_cli = json.loads(result.out)
    from_api = api.get("/api/events", params={"sort": "date", "limit": 500}).json()["events"]
    assert from_api == from_cli and len(from_cli) == 8
    one = from_cli[0]
    assert api.get(f"/api/events/{one['id']}").json() == one



def test_facets_and_dashboard(api: httpx.Client) -> None:
    facets = api.get("/api/facets").json()
    assert {f["value"]: f["events"] for f in facets["type"]} == {"CONSULT": 3, "AGREE": 2, "COOPERATE": 2, "AID": 1}
    assert {f["value"]: f["events"] for f in facets["quad_class"]} == {1: 5, 2: 3}
    assert {f["value"] for f in api.get("/api/facets", params={"type": "AID"}).json()["context"]} == {"military"}
    # A facet leaves its own filter out, so that other values can be added to it.
    aid = api.get("/api/facets", params={"type": "AID"}).json()
    assert aid["type"] == facets["type"] and aid["quad_class"] == [{"value": 2, "events": 1}]
    home = api.get("/api/dashboard").json()
    assert home["articles"] == 1 and home["events"] == 8
    assert home["per_month"] == [{"period": "2018-09", "events": 1}, {"period": "2018-10", "events": 7}]
    assert home["top_actors"][0]["name_en"] == "Nirmala Sitharaman" and home["top_dyads"][0]["events"] == 8
    paths = api.get("/openapi.json").json()["paths"]
    assert "/api/facets" in paths and "/api/dashboard" in paths
