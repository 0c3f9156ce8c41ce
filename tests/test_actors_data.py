"""The actor data files: closed keys, no duplicates or glued entries, and every gazetteer form
round-trips through normalisation and is found by its match key inside a sentence."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.actors.gazetteer import gazetteer
from ghatna.actors.titles import title_book
from ghatna.actors.words import split_words
from ghatna.errors import LanguageDataError
from ghatna.lang import load
from ghatna.lang.schemas import SCHEMAS
from ghatna.lang.schemas.actors import GAZETTEERS
from ghatna.text.normalise import nfc

_ENTRY = {"en": "India", "country": "IND", "type": "LOCATION", "kind": "country", "hi": ["भारत"]}


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("actors/places", {"entries": [{**_ENTRY, "capital": "x"}]}, "unknown keys"),
        ("actors/places", {"entries": [{**_ENTRY, "hi": ["भारत", "भारत"]}]}, "duplicate"),
        ("actors/places", {"entries": [_ENTRY, {**_ENTRY, "en": "Bharat"}]}, "duplicate"),
        ("actors/places", {"entries": [{**_ENTRY, "hi": ["भारत, इंडिया"]}]}, "glued"),
        ("actors/places", {"entries": [{**_ENTRY, "hi": ["भारत "]}]}, "glued"),
        ("actors/places", {"entries": [{**_ENTRY, "country": "IN"}]}, "alpha-3"),
        ("actors/places", {"entries": [{**_ENTRY, "sector": "ARMY"}]}, "sector"),
        ("actors/places", {"entries": [{**_ENTRY, "kind": "planet"}]}, "kind"),
        ("actors/places", {"entries": [{**_ENTRY, "hi": ["\u095b"]}]}, "NFC"),
        ("actors/cues", {**load("actors/cues"), "extra": []}, "unknown keys"),
        ("actors/cues", {**load("actors/cues"), "pronouns": ["वह", "वह"]}, "duplicate"),
        ("actors/cues", {**load("actors/cues"), "pronouns": ["वह वे"]}, "glued"),
        ("actors/titles", {**load("actors/titles"), "honorifics": ["श्री", "श्री"]}, "duplicate"),
        ("actors/titles", {**load("actors/titles"), "portfolios": [{"hi": ["रक्षा"], "adj": "D"}]}, "missing"),
        ("actors/titles", {**load("actors/titles"), "honorifics": ["मंत्री"]}, "duplicate"),
        ("actors/loose_folding", {"chars": {"ी": "िि"}}, "one character"),
        ("actors/own_names", {"High Court": {"Chennai": ""}}, "non-empty"),
        ("actors/places", {"entries": [{**_ENTRY, "holder": "मुख्यमंत्री"}]}, "go with local"),
        ("actors/places", {"entries": [{**_ENTRY, "local": "{place} x", "nearby": "town"}]}, "nearby must be"),
        ("actors/own_names", {"High Court": ["Madras High Court"]}, "mapping"),
    ],
)
def test_actor_validators_reject_bad_data(name: str, bad: Any, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS[name](name, bad)


def _entries() -> list[tuple[str, dict[str, Any], str]]:
    return [(name, entry, form) for name in GAZETTEERS for entry in load(name)["entries"] for form in entry["hi"]]


def test_own_names_are_of_known_institutions_and_places() -> None:
    """Both keys of ``own_names.yaml`` are closed sets: organisations of the gazetteer and its places."""
    entries = [entry for name in GAZETTEERS for entry in load(name)["entries"]]
    institutions = {e["en"] for e in entries if e["kind"] == "organisation"}
    places = {e["en"] for e in entries if e["kind"] in ("city", "state", "region")}
    for institution, names in load("actors/own_names").items():
        assert institution in institutions
        assert set(names) <= places, set(names) - places


def test_gazetteers_are_large_enough() -> None:
    countries = {e["country"] for e in load("actors/generated/countries")["entries"]}
    assert len(countries) >= 240
    assert len(load("actors/capitals")["entries"]) >= 140


def test_every_gazetteer_form_round_trips_and_is_found_in_a_sentence() -> None:
    gaz = gazetteer()
    known = gaz.vocabulary | title_book().vocabulary
    failures = []
    for name, entry, form in _entries():
        assert nfc(form) == form
        sentence = f"कल {form} में बैठक हुई।"
        words = split_words(sentence, [], known, ())
        keys = [w.key for w in words]
        found = gaz.longest_match(keys, 1)
        if found is None or found[1] != len(keys) - 4 or found[0].country != entry.get("country"):
            failures.append((name, form, found))
    assert not failures, failures[:10]


@pytest.mark.parametrize(
    ("article_form", "country"),
    [("कजाकिस्तान", "KAZ"), ("कज़ाख़स्तान", "KAZ"), ("कजाखस्तान", "KAZ"), ("अमरीका", "USA"), ("बेंगलूरू", "IND"),
     ("फ्रांस", "FRA"), ("पाकिस्तानी", "PAK"), ("भारतीय", "IND")],
)
def test_spelling_variants_meet_the_gazetteer(article_form: str, country: str) -> None:
    found = gazetteer().find(article_form)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({**load("actors/not_names"), "extra": []}, "unknown keys"),
        ({**load("actors/not_names"), "other": ["कहते"]}, "duplicate"),
        ({**load("actors/not_names"), "other": ["कहते हैं"]}, "glued"),
        ({"directions": {"दक्षिण": "दक्षिणी"}, "extra": 1}, "unknown keys"),
        ({"directions": {"दक्षिण": "दक्षिणी दिशा"}}, "glued"),
    ],
)
def test_not_names_and_directions_validators_reject_bad_data(bad: Any, message: str) -> None:
    name = "actors/directions" if "directions" in bad else "actors/not_names"
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS[name](name, bad)
