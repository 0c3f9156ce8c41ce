"""Every Hindi data file loads and passes its schema; the validators reject bad files."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.errors import LanguageDataError
from ghatna.lang import data_names, load
from ghatna.lang.schemas import SCHEMAS
from ghatna.text.normalise import match_key, nfc


@pytest.mark.parametrize("name", data_names())
def test_every_data_file_loads(name: str) -> None:
    assert load(name) is not None


def test_every_data_file_has_a_schema() -> None:
    load(data_names()[0])  # importing the schemas
    assert set(data_names()) <= set(SCHEMAS)


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("text/abbreviations", {"abbreviations": ["डॉ."], "initials": [], "extra": 1}, "unknown keys"),
        ("text/abbreviations", {"abbreviations": ["डॉ.", "डॉ."], "initials": []}, "duplicate"),
        ("text/abbreviations", {"abbreviations": ["डॉ., प्रो."], "initials": []}, "glued"),
        ("text/abbreviations", {"abbreviations": ["डॉ"], "initials": []}, "must end with"),
        ("text/function_words", {"words": ["है", "के की"], "min_rate": 0.1}, "glued"),
        ("text/function_words", {"words": ["है"], "min_rate": 2}, "fraction"),
        ("text/variants", {"drop": ["ab"], "chars": {}}, "one character"),
        ("text/variants", {"drop": [], "chars": {"क": "कख"}}, "lengthen"),
        ("text/variants", {"drop": [], "chars": {"\u095b": "ज"}}, "bad pair"),
        ("events/light_verbs", {"classes": {}, "lemmas": {"कर": None}, "auxiliaries": ["जा"]}, "not one of the lemmas"),
    ],
)
def test_validators_reject_bad_data(name: str, bad: Any, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS[name](name, bad)


def test_abbreviations_round_trip_through_normalisation() -> None:
    for term in load("text/abbreviations")["abbreviations"]:
        assert nfc(term) == term
        assert match_key(term)
