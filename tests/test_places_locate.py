"""Where an event happened (ghatna/places/locate.py): each basis beyond the event's own clause, the
participle rule and the venues. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.errors import LanguageDataError
from ghatna.ingest.article import make_article
from ghatna.lang import SCHEMAS, load
from ghatna.pipeline import default_pipeline
from ghatna.places.locate import _anchor_ends, _words, venues
from ghatna.records import Analysis, Event, Token


def _analyse(text: str) -> Analysis:
    return default_pipeline().run(make_article(text, "test", article_id="t"))


def _event(analysis: Analysis, trigger: str) -> Event:
    found = [e for e in analysis.events if e.evidence[0].trigger == trigger]
    assert found, [e.evidence[0].trigger for e in analysis.events]
    return found[0]


def _where(event: Event) -> tuple[Any, ...]:
    place = event.location
    assert place is not None
    return place.name_en, place.country, place.basis


def test_a_place_in_a_participle_phrase_is_not_the_events() -> None:
    # the summit is to be held in Delhi; the invitation is given in Tokyo
    text = "प्रधानमंत्री ने टोक्यो में जापान के प्रधानमंत्री को अगले साल दिल्ली में होने वाले सम्मेलन में आने का न्योता दिया।"
    assert _where(_event(_analyse(text), "न्योता")) == ("Tokyo", "JPN", "clause")
    alone = "प्रधानमंत्री ने जापान के प्रधानमंत्री को अगले साल दिल्ली में होने वाले सम्मेलन में आने का न्योता दिया।"
    assert _where(_event(_analyse(alone), "न्योता"))[0] != "Delhi"


def test_an_adverbial_participle_keeps_the_place() -> None:
    text = "विदेश मंत्री ने संयुक्त राष्ट्र महासभा में बोलते हुए पड़ोसी देश की कड़ी आलोचना की।"
    name, country, basis = _where(_event(_analyse(text), "आलोचना"))
    assert (country, basis) == ("USA", "clause") and name.startswith("United Nations General Assembly")


def test_a_venue_that_acts_is_no_place() -> None:
    analysis = _analyse("क्रेमलिन ने अमेरिका की कड़ी आलोचना की। संसद भवन में आज बैठक हुई।")
    found = venues(analysis)
    assert [m.name_hi for m in found] == ["संसद भवन"]
    assert found[0].place is not None and found[0].place.country == "IND" and found[0].place.name_en is not None
    assert found[0].place.name_en.endswith("New Delhi")


def test_a_neighbouring_sentence_gives_its_scene() -> None:
    text = "पटना में सोमवार को हजारों किसानों ने सरकार के खिलाफ प्रदर्शन किया। पुलिस ने बाद में बीस किसानों को गिरफ्तार किया।"
    assert _where(_event(_analyse(text), "गिरफ्तार")) == ("Patna", "IND", "nearby")


def test_there_is_the_place_last_named() -> None:
    text = "लखनऊ: मुख्यमंत्री सोमवार को गोरखपुर पहुंचे। वहां उन्होंने विपक्ष की कड़ी आलोचना की।"
    assert _where(_event(_analyse(text), "आलोचना")) == ("Gorakhpur", "IND", "nearby")


def test_the_actors_latest_place_carries_over() -> None:
    text = (
        "विदेश मंत्री ने सोमवार को बर्लिन में जर्मनी के विदेश मंत्री से मुलाकात की। दोनों देशों के बीच व्यापार बढ़ रहा है। "
        "यूरोप में मंदी का डर है। निर्यात घटा है। विदेश मंत्री ने फ्रांस के राष्ट्रपति से भी बातचीत की।"
    )
    assert _where(_event(_analyse(text), "बातचीत")) == ("Berlin", "DEU", "visit")


def test_with_no_place_nearby_the_article_country() -> None:
    event = _event(_analyse("बिहार के मुख्यमंत्री ने विपक्ष की कड़ी आलोचना की।"), "आलोचना")
    assert _where(event) == ("India", "IND", "article")
    assert event.location is not None and event.location.feature == "A.PCLI"


def test_the_venue_data_is_checked() -> None:
    data = load("places/event_places")
    bad = dict(data, venues=[*data["venues"], dict(data["venues"][0], en="Again")])
    with pytest.raises(LanguageDataError, match="names two venues"):
        SCHEMAS["places/event_places"]("x", bad)


def test_anchor_words_are_found_as_every_token_is_read() -> None:
    # a token that is an anchor word (सभा) is found, and not the same letters inside a longer word
    # (लोकसभा is a token and an anchor of its own), nor an anchor glued to other letters (सभाओं)
    text = "लोकसभा में बहस के बाद सभा भवन के बाहर सभाओं का दौर चला और परिषद ने बयान दिया।"
    tokens = []
    for n, word in enumerate(text.rstrip("।").split(" ")):
        start = text.index(word, tokens[-1].end if tokens else 0)
        tokens.append(Token(n, start, start + len(word), word, 0))
    anchors = _words().anchors
    expected = [t.end for t in tokens if t.text in anchors]
    assert len(expected) >= 4 and _anchor_ends(text, tokens, anchors) == expected


def test_a_place_read_on_a_basis_keeps_every_other_field() -> None:
    from dataclasses import fields, replace

    from ghatna.places.locate import based
    from ghatna.records import Place

    every = {f.name: f"{f.name} value" for f in fields(Place)}  # a field added to Place must be copied too
    place = Place(**every)
    assert based(place, "visit") == replace(place, basis="visit")
    assert based(place, "clause", "अन्य नाम") == replace(place, name_hi="अन्य नाम", basis="clause")
