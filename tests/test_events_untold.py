"""Events a sentence names but does not tell: an event noun named in passing by no one, an act
aimed at (a purpose clause). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ghatna.records import Analysis, Article, Event
from ghatna.run.extract import extract


def code(text: str) -> Analysis:
    return extract(Article(id="t", text=text, source="test"))


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in code(text).events if e.type == kind]


# (a sentence that tells an event, one that only names it, the type)
PASSING = [
    ("शहर में कल रात हिंसा हुई।", "मेले में हिंसा की घटनाएं भी देखने को मिलती हैं।", "PROTEST"),
    ("कस्बे में कल प्रदर्शन हुआ।", "कस्बे में प्रदर्शन के दौरान दुकानें बंद रहीं।", "PROTEST"),
    ("नगर में कई जगह दंगा हुआ।", "दंगे की पुरानी तस्वीरें फिर से चर्चा में हैं।", "PROTEST"),
    ("गांव में कल हुई हिंसा के बाद तनाव है।", "गांव में हिंसा के बाद तनाव है।", "PROTEST"),
]
# (a sentence that tells an event, one where the event is only aimed at, the type)
AIMED = [
    ("प्रशासन ने लोगों को बाजार जाने से रोका।", "प्रशासन ने बीमारी को फैलने से रोकने के लिए दुकानें बंद कीं।", "COERCE"),
    ("संस्था ने किसानों को राहत पहुंचाई।", "संस्था ने किसानों को राहत पहुंचाने हेतु शिविर लगाया।", "AID"),
    ("सेना ने विद्रोहियों पर हमला किया।", "सरकार ने सेना भेजी ताकि विद्रोहियों पर हमला किया जा सके।", "ASSAULT"),
]


@pytest.mark.parametrize(("told", "untold", "kind"), PASSING + AIMED)
def test_an_event_named_in_passing_by_no_one_or_aimed_at_is_no_event(told: str, untold: str, kind: str) -> None:
    assert of_type(told, kind)
    assert not of_type(untold, kind)


def test_an_attack_by_unknown_men_told_by_its_noun_stays() -> None:
    assert of_type("चौकी पर आतंकी हमले में दो जवान घायल हुए।", "ASSAULT")
