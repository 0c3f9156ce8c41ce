"""Schemas of the place data files: first-level divisions, extra Hindi names, kind cues, event places."""

from __future__ import annotations

from typing import Any

import regex

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, check_terms, register_schema
from ghatna.lang.schemas.actors import check_text

#: The GeoNames feature codes the geocoder knows.
FEATURES = frozenset({"PPL", "ADM1", "PCLI", "CONT"})
_ISO3 = regex.compile(r"^[A-Z]{3}$")
_ADMIN1 = regex.compile(r"^[0-9A-Z]{2,3}$")


def _check_country(where: str, value: Any) -> None:
    if not (isinstance(value, str) and _ISO3.match(value)):
        raise LanguageDataError(f"{where}: country {value!r} must be ISO alpha-3")


@register_schema("places/admin1")
def _admin1(where: str, data: Any) -> None:
    check_keys(where, data, {"entries"}, {"entries"})
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(data["entries"]):
        here = f"{where}: entry {n + 1}"
        check_keys(here, entry, {"en", "country", "admin1", "geonames_id", "hi"}, {"en", "country", "admin1", "hi"})
        check_text(f"{here}: en", entry["en"])
        _check_country(here, entry["country"])
        code = entry["admin1"]
        if not (isinstance(code, str) and _ADMIN1.match(code)):
            raise LanguageDataError(f"{here}: admin1 {code!r} must be a GeoNames admin1 code such as '16'")
        if (entry["country"], code) in seen:
            raise LanguageDataError(f"{here}: admin1 {entry['country']}.{code} is listed twice")
        seen.add((entry["country"], code))
        gid = entry.get("geonames_id")
        if gid is not None and not (isinstance(gid, int) and gid > 0):
            raise LanguageDataError(f"{here}: geonames_id must be a positive integer or null")
        check_terms(f"{here}: hi", entry["hi"])


@register_schema("places/names")
def _names(where: str, data: Any) -> None:
    check_keys(where, data, {"entries"}, {"entries"})
    seen: set[tuple[str, str, str]] = set()
    for n, entry in enumerate(data["entries"]):
        here = f"{where}: entry {n + 1}"
        check_keys(here, entry, {"en", "country", "feature", "hi"}, {"en", "hi"})
        check_text(f"{here}: en", entry["en"])
        feature = entry.get("feature", "PPL")
        if feature != "CONT" or "country" in entry:
            _check_country(here, entry.get("country"))
        if feature not in FEATURES:
            raise LanguageDataError(f"{here}: feature {feature!r} is not one of {sorted(FEATURES)}")
        key = (entry["en"], entry.get("country", ""), feature)
        if key in seen:
            raise LanguageDataError(f"{here}: {key} is listed twice")
        seen.add(key)
        check_terms(f"{here}: hi", entry["hi"])


@register_schema("places/cues")
def _cues(where: str, data: Any) -> None:
    check_keys(where, data, {"kinds", "names"}, {"kinds"})
    if "names" in data:
        sides = {"after", "before", "genitive_after", "quoted_after"}
        check_keys(f"{where}: names", data["names"], sides, {"after", "before"})
        for side in sorted(sides & set(data["names"])):
            check_terms(f"{where}: names: {side}", data["names"][side], single_words=True)
    for n, kind in enumerate(data["kinds"]):
        here = f"{where}: kind {n + 1}"
        check_keys(here, kind, {"features", "after", "before"}, {"features", "after", "before"})
        features = kind["features"]
        if not (isinstance(features, list) and features and all(f in FEATURES for f in features)):
            raise LanguageDataError(f"{here}: features must be a non-empty list of {sorted(FEATURES)}")
        check_terms(f"{here}: after", kind["after"], single_words=True)
        if kind["before"]:
            check_terms(f"{here}: before", kind["before"], single_words=True)


@register_schema("places/letters")
def _letters(where: str, data: Any) -> None:
    check_keys(where, data, {"letters"}, {"letters"})
    letters = data["letters"]
    check_keys(f"{where}: letters", letters, set(letters))
    for src, dst in letters.items():
        if not (isinstance(src, str) and 1 <= len(src) <= 2 and isinstance(dst, str)):
            raise LanguageDataError(f"{where}: letters: {src!r} -> {dst!r} must map one or two characters to text")
        if not regex.match(r"^[a-z ]*$", dst):
            raise LanguageDataError(f"{where}: letters: {src!r} -> {dst!r} must be lower-case Latin")


@register_schema("places/event_places")
def _event_places(where: str, data: Any) -> None:
    keys = {"venues", "there", "genitives", "agent_markers", "modifier_participles", "adverbial_endings", "auxiliaries"}
    check_keys(where, data, keys, keys)
    seen: set[str] = set()
    for n, venue in enumerate(data["venues"]):
        here = f"{where}: venue {n + 1}"
        check_keys(here, venue, {"en", "city", "country", "hi"}, {"en", "city", "country", "hi"})
        check_text(f"{here}: en", venue["en"])
        check_text(f"{here}: city", venue["city"])
        _check_country(here, venue["country"])
        for name in check_terms(f"{here}: hi", venue["hi"]):
            if name in seen:
                raise LanguageDataError(f"{here}: {name!r} names two venues")
            seen.add(name)
    for key in sorted(keys - {"venues"}):
        check_terms(f"{where}: {key}", data[key], single_words=True)
