"""The argument-error analysis of training/argument_errors.py on sentences written for the test."""

from __future__ import annotations

import pytest

from ghatna.events.lexicon import lexicon
from training.argument_errors import construction


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("जिला प्रशासन ने दुकानें बंद कराईं।", "जिला प्रशासन", "ने"),
        ("पुलिस ने रमेश को गिरफ्तार किया।", "रमेश", "को"),
        ("किसानों ने सरकार के खिलाफ प्रदर्शन किया।", "सरकार", "के खिलाफ"),
        ("मंत्री की यात्रा रद्द हो गई।", "मंत्री", "genitive"),
        ("उन्होंने विरोध किया।", "किसान नेता", "pronoun"),
        ("दुकानें बंद रहीं।", "प्रशासन", "absent"),
    ],
)
def test_the_construction_is_the_marker_after_the_gold_name(sentence: str, name: str, expected: str) -> None:
    assert construction(sentence, name, lexicon()) == expected
