"""The time data files: every one loads (see test_lang_data), and the validators reject bad data."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.errors import LanguageDataError
from ghatna.lang import load
from ghatna.lang.schemas import SCHEMAS
from ghatna.time.lexicon import lexicon

MONTHS = {n: [f"m{n}"] for n in range(1, 13)}


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("time/months", {"months": MONTHS, "extra": 1}, "unknown keys"),
        ("time/months", {"months": {**MONTHS, 13: ["x"]}}, "not a valid number"),
        ("time/months", {"months": {n: f for n, f in MONTHS.items() if n != 5}}, "must cover"),
        ("time/months", {"months": {**MONTHS, 2: ["m1"]}}, "under two numbers"),
        ("time/months", {"months": {**MONTHS, 1: ["जनवरी", "जनवरी"]}}, "duplicate"),
        ("time/months", {"months": {**MONTHS, 1: ["जनवरी, जन"]}}, "glued"),
        ("time/weekdays", {"weekdays": {1: ["सोमवार"]}}, "must cover"),
        ("time/numbers", {"numbers": {"तीन": [3]}}, "not a valid number"),
        ("time/tense", {**load("time/tense"), "past_words": ["था", "गया है"]}, "glued"),
        ("time/tense", {**load("time/tense"), "present_words": ["है", "था"]}, "both"),
        ("time/relative", {**load("time/relative"), "units": {"fortnight": ["पखवाड़ा"]}}, "unknown keys"),
        ("time/relative", {**load("time/relative"), "day_words": {"कल": {"yesterday": -1}}}, "unknown keys"),
        ("time/relative", {**load("time/relative"), "day_words": {"कल": {"other": 0.5}}}, "whole days"),
        ("time/relative", {**load("time/relative"), "since": ["से", "से"]}, "duplicate"),
        ("time/relative", {**load("time/relative"), "vague_plural_units": ["दिनों", "दिनों"]}, "duplicate"),
        ("time/tense", {**load("time/tense"), "continuation_words": ["जा रहा"]}, "glued"),
        ("time/relative", {k: v for k, v in load("time/relative").items() if k != "until"}, "missing keys"),
    ],
)
def test_time_validators_reject_bad_data(name: str, bad: Any, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS[name](name, bad)


def test_variant_spellings_share_one_key() -> None:
    lex = lexicon()
    from ghatna.time.lexicon import key

    assert lex.months[key("सितम्बर")] == lex.months[key("सितंबर")] == 9
    assert lex.months[key("फ़रवरी")] == lex.months[key("फरवरी")] == 2
    assert lex.months[key("नवम्बर")] == 11 and lex.months[key("OCTOBER")] == 10
    assert lex.number("२०१८") == 2018 and lex.number("तीन") == 3
