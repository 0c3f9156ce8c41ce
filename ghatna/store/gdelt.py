"""A GDELT 2.0 event table (tab-separated, no header, the 61 standard columns) filled where we have the data.

Mapping: GLOBALEVENTID = fused event id; SQLDATE/MonthYear/Year/FractionDate from the first day of
the event; Actor*Code = our CAMEO-style code (``INDGOV``), Actor*Name = English name upper-cased,
Actor*CountryCode = ISO alpha-3 (CAMEO country codes are the same for most states),
Actor*Type1Code = sector; EventCode/BaseCode/RootCode from the CAMEO code; QuadClass; GoldsteinScale =
the PLOVER score (same −10…+10 cooperation–conflict scale); NumMentions = evidence rows,
NumSources = distinct outlets, NumArticles = distinct articles; ActionGeo_FullName = the place;
ActionGeo_Type 1 (country) or 4 (a named place). GDELT's geo country codes are FIPS 10-4, which we do
not have: those columns, coordinates, tone and the ethnic/religious/known-group codes stay empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


def _actor(obj: dict[str, Any] | None) -> list[str]:
    obj = obj or {}
    name = (obj.get("name_en") or "").upper()
    return [obj.get("code") or "", name, obj.get("country") or "", "", "", "", "", obj.get("sector") or "", "", ""]


def gdelt_row(record: dict[str, Any], added: str) -> list[str]:
    day = record["days"][0]
    sqldate = month = year = fraction = ""
    if day:
        y, m, d = (int(p) for p in day.split("-"))
        sqldate, month, year = f"{y:04d}{m:02d}{d:02d}", f"{y:04d}{m:02d}", f"{y:04d}"
        fraction = f"{y + (m * 30 + d) / 365:.4f}"
    cameo = record["cameo"] or ""
    loc = record["location"] or {}
    place = loc.get("name_en") or loc.get("name_hi") or ""
    geo_type = "4" if place else ("1" if loc.get("country") else "")
    evidence = record["evidence"]
    url = next((e["url"] or e["source"] for e in evidence), "")
    outlets = {e["url"] or e["source"] for e in evidence}
    score = record["plover_score"]
    row = [str(record["id"]), sqldate, month, year, fraction, *_actor(record["actor"]), *_actor(record["recipient"]),
           "1", cameo, cameo[:3], cameo[:2], str(record["quad_class"] or ""), "" if score is None else f"{score:g}",
           str(len(evidence)), str(record["outlet_count"] or len(outlets)), str(record["source_count"]), ""]
    row += [""] * 16  # Actor1Geo_*, Actor2Geo_*
    row += [geo_type, place or loc.get("country") or "", "", "", "", "", "", ""]
    row += [added, url]
    return [v.replace("\t", " ").replace("\n", " ") for v in row]


def write_gdelt(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007 - n is the count written
        out.write("\t".join(gdelt_row(record, added)) + "\n")
    return n
