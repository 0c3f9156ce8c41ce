"""The shipped place table (``data/places.tsv``, built by ``make places``) and its indexes: Hindi
name keys, skeletons of English names (for romanised mentions), and the letters of the English
names whose skeleton is too short to say much (``data/letters_en.tsv``, written by the build, for
``ghatna.places.short_names``). The indexes are read at load (about a tenth of a second in all);
rows are parsed when first asked for."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ghatna.errors import LanguageDataError
from ghatna.places.skeleton import skeleton
from ghatna.records import Place

#: Skeletons shorter than this match too many names: their names are read by their letters.
SHORT_SKELETON = 3

#: GeoNames feature class of each feature code the table holds.
FEATURE_CLASS = {"PPL": "P", "ADM1": "A", "PCLI": "A", "CONT": "L"}


# the table parses a row once: one object per row, hashed by identity; not frozen, as a frozen
# dataclass's __init__ costs several times as much, and an article's letter matches parse hundreds
@dataclass(slots=True, eq=False)
class GeoEntry:
    row: int
    geonames_id: int | None
    feature: str
    name_en: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASS[self.feature]

    @property
    def weight(self) -> float:
        """How often a place of this size is the one meant, on a log scale (0 for a village, ~9 for India)."""
        return math.log10(self.population + 1)


class PlaceTable:
    """Rows are parsed when first asked for: an article needs a handful of the 34,000."""

    def __init__(
        self, lines: list[str], by_hindi: dict[str, str], by_skeleton: dict[str, str], short_letters: dict[str, str]
    ) -> None:
        self._lines = lines
        self._by_hindi = by_hindi
        self._by_skeleton = by_skeleton  # skeletons of English names -> rows
        self._letters = short_letters  # short skeletons -> the letters of their rows' English names
        self._parsed: dict[int, GeoEntry] = {}
        self.by_division: dict[tuple[str, str], int] = {}
        self.by_country: dict[str, int] = {}
        for n, line in enumerate(lines):
            feature = line.split("\t", 2)[1]
            if feature == "PPL":
                break  # the build writes countries, divisions and continents first
            entry = self.entry(n)
            if feature == "ADM1" and entry.country and entry.admin1:
                self.by_division[(entry.country, entry.admin1)] = n
            elif feature == "PCLI" and entry.country:
                self.by_country[entry.country] = n

    def __len__(self) -> int:
        return len(self._lines)

    def entry(self, row: int) -> GeoEntry:
        found = self._parsed.get(row)
        if found is None:
            gid, feature, name, country, admin1, lat, lon, population = self._lines[row].split("\t")
            parsed = GeoEntry(row, int(gid) if gid else None, feature, name, country or None, admin1 or None,
                              _float(lat), _float(lon), int(population))
            found = self._parsed.setdefault(row, parsed)  # one object per row, even with threads
        return found

    def hindi(self, key: str) -> list[tuple[GeoEntry, bool]]:
        """The places of a Hindi name key, each with whether a hand-made list gives it that name."""
        cell = self._by_hindi.get(key)
        if not cell:
            return []
        return [(self.entry(int(n.rstrip("*"))), n.endswith("*")) for n in cell.split(",")]

    def romanised(self, skeleton: str) -> list[GeoEntry]:
        cell = self._by_skeleton.get(skeleton)
        return [self.entry(int(n)) for n in cell.split(",")] if cell else []

    def short_names(self, skeleton: str) -> tuple[list[str], list[str]]:
        """The rows of a short skeleton's names, in its index's order, and the letters of their
        English names (``english_letters``, written by the build: ``data/letters_en.tsv``)."""
        cell = self._by_skeleton.get(skeleton) if len(skeleton) < SHORT_SKELETON else None
        return (cell.split(","), self._letters[skeleton].split(",")) if cell else ([], [])

    def division(self, entry: GeoEntry) -> GeoEntry | None:
        """The first-level division a city lies in, when the table has it."""
        if entry.country is None or entry.admin1 is None:
            return None
        row = self.by_division.get((entry.country, entry.admin1))
        return self.entry(row) if row is not None else None

    def find_town(self, name_en: str, iso3: str) -> GeoEntry | None:
        """The largest town of that English name in that country (the first, on a tie)."""
        towns = (e for e in self.romanised(skeleton(name_en)) if e.feature == "PPL")
        return max((e for e in towns if e.name_en == name_en and e.country == iso3), key=_size, default=None)

    def country(self, iso3: str | None) -> GeoEntry | None:
        row = self.by_country.get(iso3) if iso3 else None
        return self.entry(row) if row is not None else None


def _size(entry: GeoEntry) -> int:
    return entry.population


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


def _data(name: str) -> str:
    return resources.files("ghatna.places").joinpath("data", name).read_text(encoding="utf-8")


def _index(text: str) -> dict[str, str]:
    """``key<TAB>value`` lines -> a dict, split in C: the keys and values alternate in one list."""
    cells = iter(text.rstrip("\n").replace("\n", "\t").split("\t"))
    return dict(zip(cells, cells, strict=True))


@cache
def place_table() -> PlaceTable:
    lines = _data("places.tsv").splitlines()
    if not lines or not lines[0].startswith("id\tfeature\t"):
        raise LanguageDataError("ghatna/places/data/places.tsv: unexpected header; rebuild with `make places`")
    indexes = (_index(_data(name)) for name in ("names_hi.tsv", "names_en.tsv", "letters_en.tsv"))
    return PlaceTable(lines[1:], *indexes)


@dataclass(frozen=True, slots=True)
class CountryCodes:
    iso2: dict[str, str]  # ISO alpha-3 -> alpha-2
    fips: dict[str, str]  # ISO alpha-3 -> FIPS 10-4


@cache
def country_codes() -> CountryCodes:
    """``data/country_codes.tsv``: ISO alpha-3, alpha-2 and FIPS 10-4 of each country."""
    rows = [line.split("\t") for line in _data("country_codes.tsv").splitlines() if line]
    return CountryCodes({r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows if r[2]})


@lru_cache(maxsize=1 << 14)
def place_of(entry: GeoEntry, name_hi: str | None, basis: str | None = None) -> Place:
    """The output place of a table entry."""
    admin1 = None
    if entry.admin1 and entry.feature in ("PPL", "ADM1") and entry.country:
        admin1 = f"{country_codes().iso2.get(entry.country, entry.country)}.{entry.admin1}"
    feature = {"PPL": "P.PPL", "ADM1": "A.ADM1", "PCLI": "A.PCLI", "CONT": "L.CONT"}[entry.feature]
    return Place(name_hi, entry.name_en, entry.country, entry.geonames_id, entry.lat, entry.lon, feature, admin1, basis)
