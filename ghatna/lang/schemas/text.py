"""Schemas of the text-level data files: variants, abbreviations, function words, the warm-up sentence."""

from __future__ import annotations

import unicodedata
from typing import Any

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, check_terms, register_schema


@register_schema("text/variants")
def _variants(where: str, data: Any) -> None:
    check_keys(where, data, {"drop", "chars", "nasal_clusters", "consonants"}, {"drop", "chars"})
    for ch in data["drop"]:
        if not isinstance(ch, str) or len(ch) != 1:
            raise LanguageDataError(f"{where}: drop: {ch!r} is not one character")
    chars = data["chars"]
    check_keys(f"{where}: chars", chars, set(chars))
    for src, dst in chars.items():
        if not isinstance(dst, str) or unicodedata.normalize("NFC", src) != src:
            raise LanguageDataError(f"{where}: chars: bad pair {src!r} -> {dst!r}")
        if len(dst) > len(src):
            raise LanguageDataError(f"{where}: chars: {src!r} -> {dst!r} must not lengthen the text")
    check_terms(f"{where}: nasal_clusters", data.get("nasal_clusters", []))
    consonants = data.get("consonants", "")
    if not isinstance(consonants, str):
        raise LanguageDataError(f"{where}: consonants must be a string of letters")


@register_schema("text/abbreviations")
def _abbreviations(where: str, data: Any) -> None:
    check_keys(where, data, {"abbreviations", "initials"}, {"abbreviations", "initials"})
    check_terms(f"{where}: initials", data["initials"], single_words=True)
    for term in check_terms(f"{where}: abbreviations", data["abbreviations"]):
        if not term.endswith("."):
            raise LanguageDataError(f"{where}: {term!r} must end with '.'")


@register_schema("text/function_words")
def _function_words(where: str, data: Any) -> None:
    check_keys(where, data, {"words", "min_rate"}, {"words", "min_rate"})
    check_terms(f"{where}: words", data["words"], single_words=True)
    if not isinstance(data["min_rate"], float) or not 0 < data["min_rate"] < 1:
        raise LanguageDataError(f"{where}: min_rate must be a fraction")


@register_schema("text/warm_up")
def _warm_up(where: str, data: Any) -> None:
    check_keys(where, data, {"sentence"}, {"sentence"})
    if not isinstance(data["sentence"], str) or not data["sentence"].strip():
        raise LanguageDataError(f"{where}: sentence must be a non-empty string")
