"""Frequent acronyms of bodies (``actors/organisations``) and bare institution words that name again
the one institution of their kind named before (``actors/org_heads`` refers_back)."""

from __future__ import annotations

import pytest

from ghatna.actors.resolve import resolve_entities
from ghatna.errors import LanguageDataError
from ghatna.ingest.article import make_article
from ghatna.lang import SCHEMAS
from ghatna.pipeline import Pipeline
from ghatna.records import Entity


def entities(text: str) -> list[Entity]:
    analysis = Pipeline(("segment", "tokenise", "mentions", "time")).run(make_article(text, source="test"))
    analysis.mentions = []  # the scan alone: no recogniser spans
    return resolve_entities(analysis)


def organisation_at(text: str, word: str, occurrence: int = 1) -> Entity | None:
    """The organisation one of whose mentions is the ``occurrence``-th ``word`` of ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(word, at + 1)
    return next((e for e in entities(text) if e.type == "ORGANIZATION" and (at, at + len(word)) in e.mentions), None)


@pytest.mark.parametrize(("text", "word", "name_en", "country", "sector"), [
    ("बाढ़ के बाद एनडीआरएफ की टीमें गांवों में पहुंचीं।", "एनडीआरएफ", "National Disaster Response Force", "IND", "GOV"),
    ("आईसीएमआर ने जांच के नए नियम जारी किए।", "आईसीएमआर", "Indian Council of Medical Research", "IND", "GOV"),
    ("ICMR ने जांच के नए नियम जारी किए।", "ICMR", "Indian Council of Medical Research", "IND", "GOV"),
    ("एम्स के डॉक्टरों ने मरीज़ की जांच की।", "एम्स", "All India Institute of Medical Sciences", "IND", "GOV"),
    ("डीआरडीओ ने नई मिसाइल का परीक्षण किया।", "डीआरडीओ", "Defence Research and Development Organisation", "IND",
     "GOV"),
    ("WHO ने देशों से सतर्क रहने को कहा।", "WHO", "World Health Organization", "IGO", "IGO"),
])
def test_acronyms_of_frequent_bodies_are_known(text: str, word: str, name_en: str, country: str,
                                               sector: str) -> None:
    found = organisation_at(text, word)
    assert found is not None and (found.name_en, found.country, found.sector) == (name_en, country, sector)


def test_a_bare_court_is_the_one_court_named_before() -> None:
    text = "इलाहाबाद हाई कोर्ट ने उसे जमानत दे दी। बाद में अदालत ने पुलिस से रिपोर्ट मांगी।"
    court = organisation_at(text, "अदालत")
    assert court is not None and court.name_en == "Allahabad High Court"


def test_a_bare_ministry_is_the_one_ministry_named_before() -> None:
    text = "गृह मंत्रालय ने राज्यों को पत्र लिखा। मंत्रालय ने कहा कि नियम सख़्ती से लागू होंगे।"
    ministry = organisation_at(text, "मंत्रालय", 2)
    assert ministry is not None and ministry.name_en == "Ministry of Home Affairs"


def test_a_bare_commission_is_the_commission_named_before() -> None:
    text = "चुनाव आयोग ने पार्टी को नोटिस भेजा। आयोग ने तीन दिन में जवाब मांगा है।"
    commission = organisation_at(text, "आयोग", 2)
    assert commission is not None and commission.name_en == "Election Commission"


@pytest.mark.parametrize("text", [
    "सुप्रीम कोर्ट और दिल्ली हाई कोर्ट में याचिकाएं दायर हुईं। अदालत ने सुनवाई टाल दी।",  # two courts
    "अदालत ने सुनवाई टाल दी। बाद में सुप्रीम कोर्ट ने याचिका सुनी।",  # none named before
    "सुप्रीम कोर्ट ने याचिका लौटा दी थी। फिर निचली अदालत ने सुनवाई टाल दी।",  # another court, qualified
])
def test_a_bare_court_stays_generic_unless_one_court_was_named_before(text: str) -> None:
    court = organisation_at(text, "अदालत")
    assert court is not None and court.name_en == "court"


def test_an_indefinite_court_is_not_the_court_named_before() -> None:
    text = "सुप्रीम कोर्ट ने मामले की सुनवाई की। दिल्ली में एक अदालत ने बाद में जमानत दी।"
    court = organisation_at(text, "अदालत")
    assert court is not None and court.name_en == "court"


@pytest.mark.parametrize(("text", "word", "occurrence", "country"), [
    ("पाकिस्तान के सुप्रीम कोर्ट ने मामले की सुनवाई की। भारत में अदालत ने जमानत दी।", "अदालत", 1, "IND"),
    ("अमेरिका के विदेश मंत्रालय ने बयान जारी किया। चीन में मंत्रालय ने इसका विरोध किया।", "मंत्रालय", 2, None),
])
def test_a_bare_word_placed_in_another_country_is_not_the_one_named_before(text: str, word: str, occurrence: int,
                                                                         country: str | None) -> None:
    found = organisation_at(text, word, occurrence)
    assert (found.country if found is not None else None) == country


def test_a_bare_word_placed_in_the_same_country_is_the_one_named_before() -> None:
    text = "पाकिस्तान के सुप्रीम कोर्ट ने मामले की सुनवाई की। पाकिस्तान में अदालत ने जमानत दी।"
    court = organisation_at(text, "अदालत")
    assert court is not None and court.name_en == "Supreme Court of Pakistan"


@pytest.mark.parametrize("text", [
    "उसने कई बार ट्राई किया पर दरवाज़ा नहीं खुला।",  # the English loan word "try"
    "सिमी ने अपनी सहेली को फ़ोन किया।",  # a given name
])
def test_short_forms_that_are_common_words_name_no_body(text: str) -> None:
    assert not [e for e in entities(text) if e.type == "ORGANIZATION"]


def test_a_bare_head_with_nothing_to_refer_to_is_no_actor() -> None:
    assert organisation_at("आयोग ने तीन दिन में जवाब मांगा है।", "आयोग") is None
    text = "गृह मंत्रालय और रक्षा मंत्रालय की बैठक हुई। मंत्रालय ने बयान जारी किया।"  # two ministries
    assert organisation_at(text, "मंत्रालय", 3) is None


@pytest.mark.parametrize(("bad", "message"), [
    ({"heads": [], "refers_back": ["अदालत"]}, "list of lists"),
    ({"heads": [], "refers_back": [["अदालत", "कोर्ट"], ["कोर्ट"]]}, "duplicate"),
    ({"heads": [], "refers_back": [["हाई कोर्ट"]]}, "glued"),
])
def test_refers_back_groups_are_validated(bad: dict[str, object], message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS["actors/org_heads"]("actors/org_heads", bad)
