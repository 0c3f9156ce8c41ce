"""A GDELT 2.0 event table (tab-separated, no header, the 61 standard columns) filled where we have the data.

Mapping: GLOBALEVENTID = fused event id; SQLDATE/MonthYear/Year/FractionDate from the first day of
the event; Actor*Code = our CAMEO-style code (``INDGOV``), Actor*Name = English name upper-cased,
Actor*CountryCode = ISO alpha-3 (CAMEO country codes are the same for most states),
Actor*Type1Code = sector; EventCode/BaseCode/RootCode from the CAMEO code; QuadClass; GoldsteinScale =
the PLOVER score (same −10…+10 cooperation–conflict scale); NumMentions = evidence rows,
NumSources = distinct outlets, NumArticles = distinct articles. ActionGeo_*: the event's place; when
it is geocoded (GeoNames), Type is GDELT's 1 country, 2 US state, 3 US city, 4 world city, 5 world
state; FullName "city, division, country"; CountryCode FIPS 10-4 (``ghatna/places/data/country_codes.tsv``);
ADM1Code FIPS country + admin1 ("IN16"); Lat, Long; FeatureID the GeoNames id. A place that is not
geocoded keeps its name and Type 4 (or 1 for a bare country). Actor geo columns, tone and the
ethnic/religious/known-group codes stay empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any

from ghatna.places.gazetteer import country_codes, place_table

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
    evidence = record["evidence"]
    url = next((e["url"] or e["source"] for e in evidence), "")
    outlets = {e["url"] or e["source"] for e in evidence}
    score = record["plover_score"]
    row = [str(record["id"]), sqldate, month, year, fraction, *_actor(record["actor"]), *_actor(record["recipient"]),
           "1", cameo, cameo[:3], cameo[:2], str(record["quad_class"] or ""), "" if score is None else f"{score:g}",
           str(len(evidence)), str(record["outlet_count"] or len(outlets)), str(record["source_count"]), ""]
    row += [""] * 16  # Actor1Geo_*, Actor2Geo_*
    row += action_geo(loc)
    row += [added, url]
    return [v.replace("\t", " ").replace("\n", " ") for v in row]


def action_geo(loc: dict[str, Any]) -> list[str]:
    """The eight ActionGeo_* columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID)."""
    place = loc.get("name_en") or loc.get("name_hi") or ""
    country = loc.get("country")
    if loc.get("lat") is None or loc.get("lon") is None:
        return ["4" if place else ("1" if country else ""), place or country or "", "", "", "", "", "", ""]
    fips = country_codes().fips.get(country or "", "")
    feature = (loc.get("feature") or "").partition(".")[2]
    us = country == "USA"
    geo_type = {"PCLI": "1", "ADM1": "2" if us else "5"}.get(feature, "3" if us else "4")
    admin1 = (loc.get("admin1") or "").partition(".")[2]
    adm1_code = f"{fips}{admin1}" if fips and admin1 else fips
    return [geo_type, _full_name(place, country, admin1, feature), fips, adm1_code, "",
            f"{loc['lat']:.4f}", f"{loc['lon']:.4f}", str(loc.get("geonames_id") or "")]


def _full_name(place: str, country: str | None, admin1: str, feature: str) -> str:
    """GDELT's "City, Division, Country" from the place table's English names."""
    table = place_table()
    country_entry = table.country(country)
    parts = [place]
    if feature == "PPL" and country and admin1:
        division = table.by_division.get((country, admin1))
        if division is not None:
            parts.append(table.entry(division).name_en)
    if feature != "PCLI" and country_entry is not None:
        parts.append(country_entry.name_en)
    return ", ".join(p for p in parts if p)


def write_gdelt(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007 - n is the count written
        out.write("\t".join(gdelt_row(record, added)) + "\n")
    return n
