"""Schemas of the time data files: months, weekdays, number words, relative cues, tense cues."""

from __future__ import annotations

from typing import Any

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, check_terms, register_schema

UNITS = ("hour", "day", "week", "month", "year")
DAY_WORD_READINGS = ("past", "future", "other")


def _numbered_forms(where: str, data: Any, key: str, allowed: range | None) -> None:
    """``{key: {number: [forms]}}`` with every number in ``allowed`` and no form listed twice."""
    check_keys(where, data, {key}, {key})
    table = data[key]
    if not isinstance(table, dict) or not table:
        raise LanguageDataError(f"{where}: {key} must be a non-empty mapping")
    seen: set[str] = set()
    for number, forms in table.items():
        if not isinstance(number, int) or (allowed is not None and number not in allowed):
            raise LanguageDataError(f"{where}: {key}: {number!r} is not a valid number")
        for form in check_terms(f"{where}: {key}: {number}", forms):
            if form.casefold() in seen:
                raise LanguageDataError(f"{where}: {key}: {form!r} is listed under two numbers")
            seen.add(form.casefold())
    if allowed is not None and set(table) != set(allowed):
        raise LanguageDataError(f"{where}: {key} must cover {allowed.start}..{allowed.stop - 1}")


@register_schema("time/months")
def _months(where: str, data: Any) -> None:
    _numbered_forms(where, data, "months", range(1, 13))


@register_schema("time/weekdays")
def _weekdays(where: str, data: Any) -> None:
    _numbered_forms(where, data, "weekdays", range(1, 8))


@register_schema("time/numbers")
def _numbers(where: str, data: Any) -> None:
    _numbered_forms(where, data, "numbers", None)


_RELATIVE_LISTS = (
    "ago",
    "later",
    "year_words",
    "year_followers",
    "decades",
    "day_parts",
    "now_words",
    "since",
    "until",
    "before",
    "after",
    "range_connectors",
    "more_than",
    "duration_time_words",
    "vague_plural_units",
)


@register_schema("time/relative")
def _relative(where: str, data: Any) -> None:
    keys = {"day_words", "units", "modifiers", "duration_adjectives", *_RELATIVE_LISTS}
    check_keys(where, data, keys, keys)
    for name in _RELATIVE_LISTS:
        check_terms(f"{where}: {name}", data[name])
    day_words = data["day_words"]
    check_terms(f"{where}: day_words", list(day_words) if isinstance(day_words, dict) else day_words)
    for word, readings in day_words.items():
        check_keys(f"{where}: day_words: {word}", readings, DAY_WORD_READINGS, {"other"})
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in readings.values()):
            raise LanguageDataError(f"{where}: day_words: {word}: offsets must be whole days")
    for name, allowed in (("units", UNITS), ("duration_adjectives", UNITS)):
        check_keys(f"{where}: {name}", data[name], allowed)
        _unique_across(f"{where}: {name}", data[name])
    check_keys(f"{where}: modifiers", data["modifiers"], {"previous", "next", "this"}, {"previous", "next", "this"})
    _unique_across(f"{where}: modifiers", data["modifiers"])


@register_schema("time/tense")
def _tense(where: str, data: Any) -> None:
    lists = (
        "future_words",
        "future_endings",
        "future_phrases",
        "past_words",
        "present_words",
        "perfect_auxiliaries",
        "present_perfect_auxiliaries",
        "adverbial_participle_endings",
        "adverbial_participle_auxiliaries",
        "reference_words",
        "relative_words",
        "continuation_words",
        "clause_breaks",
        "inherit_cues",
    )
    check_keys(where, data, lists, lists)
    for name in lists:
        check_terms(f"{where}: {name}", data[name], single_words=name.endswith(("_words", "_endings", "breaks")))
    _unique_across(where, {name: data[name] for name in ("future_words", "past_words", "present_words")})


def _unique_across(where: str, groups: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for group, terms in groups.items():
        for term in check_terms(f"{where}: {group}", terms):
            if term in seen:
                raise LanguageDataError(f"{where}: {term!r} is in both {seen[term]} and {group}")
            seen[term] = group
