"""Schemas of the actor data files: gazetteers, titles and roles, grammatical cues, loose folding."""

from __future__ import annotations

from typing import Any

import regex

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, check_terms, register_schema

#: PLOVER/CAMEO sectors of OUTPUT.md.
SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "ELI", "REB", "CVL", "BUS", "MED", "IGO"})
ENTITY_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "EVENT"})
KINDS = frozenset({"country", "city", "state", "region", "demonym", "organisation"})
_COUNTRY = regex.compile(r"^(?:[A-Z]{3}|IGO|HOME)$")
_ENTRY_KEYS = {"en", "country", "type", "kind", "sector", "hi", "local", "nearby", "holder", "authority"}

GAZETTEERS = (
    "actors/countries_irregular",
    "actors/demonyms",
    "actors/capitals",
    "actors/places",
    "actors/organisations",
    "actors/generated/countries",
    "actors/generated/cities",
)


def check_sector(where: str, sector: Any) -> None:
    if sector is not None and sector not in SECTORS:
        raise LanguageDataError(f"{where}: sector {sector!r} is not one of {sorted(SECTORS)}")


def check_text(where: str, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise LanguageDataError(f"{where}: expected a non-empty string")


def _gazetteer(where: str, data: Any) -> None:
    check_keys(where, data, {"entries"}, {"entries"})
    if not isinstance(data["entries"], list):
        raise LanguageDataError(f"{where}: entries must be a list")
    owner: dict[str, str] = {}
    for n, entry in enumerate(data["entries"]):
        here = f"{where}: entry {n + 1}"
        check_keys(here, entry, _ENTRY_KEYS, {"en", "type", "kind", "hi"})
        check_text(f"{here}: en", entry["en"])
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY.match(country)):
            raise LanguageDataError(f"{here}: country {country!r} must be ISO alpha-3, IGO, HOME or null")
        if entry["type"] not in ENTITY_TYPES:
            raise LanguageDataError(f"{here}: type {entry['type']!r} is not one of {sorted(ENTITY_TYPES)}")
        if entry["kind"] not in KINDS:
            raise LanguageDataError(f"{here}: kind {entry['kind']!r} is not one of {sorted(KINDS)}")
        check_sector(here, entry.get("sector"))
        _check_local(here, entry)
        for form in check_terms(f"{here}: hi", entry["hi"]):
            if form in owner and owner[form] != entry["en"]:
                raise LanguageDataError(f"{here}: duplicate entry {form!r} (also {owner[form]!r})")
            owner[form] = entry["en"]


def _check_local(where: str, entry: dict[str, Any]) -> None:
    """``local`` names the institution of a place ("{place} police"); ``nearby`` lets a bare mention
    take the place the paragraph is at (true: a city, state or region; "state": a state; "city": a
    city), so it needs
    ``local``; ``holder``: the Hindi title of the office whose holder's name before the institution
    gives its place (मुख्यमंत्री: केजरीवाल सरकार), which needs ``local`` too."""
    if "local" in entry:
        check_text(f"{where}: local", entry["local"])
        if "{place}" not in entry["local"]:
            raise LanguageDataError(f"{where}: local {entry['local']!r} must hold {{place}}")
    if "nearby" in entry and (entry["nearby"] not in (True, "state", "city") or "local" not in entry):
        raise LanguageDataError(f"{where}: nearby must be true, 'state' or 'city' and go with local")
    if "holder" in entry:
        check_text(f"{where}: holder", entry["holder"])
        if "local" not in entry:
            raise LanguageDataError(f"{where}: holder must go with local")
    if entry.get("authority", True) is not True:
        raise LanguageDataError(f"{where}: authority must be true where given")


for _name in GAZETTEERS:
    register_schema(_name)(_gazetteer)


@register_schema("actors/loose_folding")
def _loose_folding(where: str, data: Any) -> None:
    check_keys(where, data, {"chars"}, {"chars"})
    check_keys(f"{where}: chars", data["chars"], set(data["chars"]))
    for src, dst in data["chars"].items():
        if not (isinstance(src, str) and isinstance(dst, str) and len(src) == 1 and len(dst) == 1):
            raise LanguageDataError(f"{where}: chars: {src!r} -> {dst!r} must map one character to one")


_CUE_LISTS = ("genitive", "postpositions", "subject_markers", "conjunctions", "pronouns", "former", "locatives",
              "name_stops", "visits", "kin", "possessives", "place_after", "demonstratives",
              "indefinites", "office_nouns", "stations", "agent_markers")


@register_schema("actors/cues")
def _cues(where: str, data: Any) -> None:
    check_keys(where, data, {*_CUE_LISTS, "home_country"}, {*_CUE_LISTS, "home_country"})
    if not (isinstance(data["home_country"], str) and regex.match(r"^[A-Z]{3}$", data["home_country"])):
        raise LanguageDataError(f"{where}: home_country must be an ISO alpha-3 code")
    for key in _CUE_LISTS:
        check_terms(f"{where}: {key}", data[key], single_words=True)


_OFFICE_KEYS = {"hi", "en", "sector", "portfolio", "single"}
_TEMPLATES = {"single", "multiple", "ministry", "former", "joiner"}
_TITLE_SECTIONS = {"honorifics", "offices", "portfolios", "templates", "ministry_heads"}


@register_schema("actors/titles")
def _titles(where: str, data: Any) -> None:
    check_keys(where, data, {*_TITLE_SECTIONS, "ranks", "role_fillers", "family_honorifics"}, _TITLE_SECTIONS)
    seen: set[str] = set(check_terms(f"{where}: honorifics", data["honorifics"]))
    for section, keys, required in (
        ("ranks", {"hi", "sector"}, {"hi", "sector"}),
        ("offices", _OFFICE_KEYS, {"hi", "en", "sector"}),
        ("portfolios", {"hi", "adj", "noun"}, {"hi", "adj", "noun"}),
    ):
        for n, item in enumerate(data.get(section, [])):
            here = f"{where}: {section} {n + 1}"
            check_keys(here, item, keys, required)
            check_sector(here, item.get("sector"))
            for key in ("en", "adj", "noun", "single"):
                if key in item:
                    check_text(f"{here}: {key}", item[key])
            if "portfolio" in item and not isinstance(item["portfolio"], bool):
                raise LanguageDataError(f"{here}: portfolio must be true or false")
            for form in check_terms(f"{here}: hi", item["hi"]):
                if form in seen:
                    raise LanguageDataError(f"{here}: duplicate entry {form!r}")
                seen.add(form)
    check_keys(f"{where}: templates", data["templates"], _TEMPLATES, _TEMPLATES)
    for key, value in data["templates"].items():
        if not isinstance(value, str):
            raise LanguageDataError(f"{where}: templates: {key} must be a string")
    check_terms(f"{where}: ministry_heads", data["ministry_heads"], single_words=True)
    check_terms(f"{where}: role_fillers", data.get("role_fillers", []), single_words=True)
    family = check_terms(f"{where}: family_honorifics", data.get("family_honorifics", []), single_words=True)
    if not set(family) <= set(data["honorifics"]):
        raise LanguageDataError(f"{where}: family_honorifics must be honorifics")


_NOT_NAMES = ("verbs", "nouns", "other")


@register_schema("actors/not_names")
def _not_names(where: str, data: Any) -> None:
    check_keys(where, data, {*_NOT_NAMES, "loans", "endings"}, set(_NOT_NAMES))
    _words_once(where, data)


_GENERATED_NOT_NAMES = ("verbs", "auxiliaries", "adverbs", "adpositions", "pronouns", "determiners", "particles",
                        "conjunctions", "adjectives", "nouns", "common")


@register_schema("actors/generated/not_names")
def _generated_not_names(where: str, data: Any) -> None:
    check_keys(where, data, set(_GENERATED_NOT_NAMES))
    _words_once(where, data)


def _words_once(where: str, data: dict[str, Any]) -> None:
    """Every list of ``data`` holds single words, and no word is in two places."""
    seen: set[str] = set()
    for key, words in data.items():
        for word in check_terms(f"{where}: {key}", words, single_words=True):
            if word in seen:
                raise LanguageDataError(f"{where}: {key}: duplicate entry {word!r}")
            seen.add(word)


@register_schema("actors/directions")
def _directions(where: str, data: Any) -> None:
    check_keys(where, data, {"directions"}, {"directions"})
    pairs = data["directions"]
    check_keys(f"{where}: directions", pairs, set(pairs))
    check_terms(f"{where}: directions", [*pairs, *pairs.values()], single_words=True)


@register_schema("actors/org_heads")
def _org_heads(where: str, data: Any) -> None:
    check_keys(where, data, {"heads", "kind_words", "name_words", "of_words", "refers_back"}, {"heads"})
    check_terms(f"{where}: kind_words", data.get("kind_words", []), single_words=True)
    check_terms(f"{where}: of_words", data.get("of_words", []), single_words=True)
    check_terms(f"{where}: name_words", data.get("name_words", []), single_words=True)
    groups = data.get("refers_back", [])
    if not isinstance(groups, list) or not all(isinstance(group, list) and group for group in groups):
        raise LanguageDataError(f"{where}: refers_back must be a list of lists of words")
    check_terms(f"{where}: refers_back", [word for group in groups for word in group], single_words=True)
    seen: set[str] = set()
    for n, item in enumerate(data["heads"]):
        here = f"{where}: heads {n + 1}"
        check_keys(here, item, {"hi", "en", "sector"}, {"hi", "en", "sector"})
        check_text(f"{here}: en", item["en"])
        check_sector(here, item["sector"])
        for form in check_terms(f"{here}: hi", item["hi"], single_words=True):
            if form in seen:
                raise LanguageDataError(f"{here}: duplicate entry {form!r}")
            seen.add(form)


@register_schema("actors/generated/name_parts")
def _name_parts(where: str, data: Any) -> None:
    check_keys(where, data, {"given", "family", "foreign_given"}, {"given", "family", "foreign_given"})
    for key in ("given", "family", "foreign_given"):
        check_terms(f"{where}: {key}", data[key], single_words=True)


@register_schema("actors/own_names")
def _own_names(where: str, data: Any) -> None:
    if not isinstance(data, dict):
        raise LanguageDataError(f"{where}: expected a mapping of institutions")
    for institution, places in data.items():
        check_text(f"{where}: institution", institution)
        if not isinstance(places, dict) or not places:
            raise LanguageDataError(f"{where}: {institution}: expected a mapping of places to names")
        for place, name in places.items():
            check_text(f"{where}: {institution}: place", place)
            check_text(f"{where}: {institution}: {place}", name)
