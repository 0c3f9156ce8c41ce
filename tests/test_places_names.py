"""Places: names that a place name is part of (an English-style "of" name, a storm's quoted name, a
sea) and the letter matches a country the article names supports. Sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

from ghatna.places.cues import Query
from ghatna.places.geocode import Context, candidates, choose
from ghatna.places.stage import _query


def _queries(text: str, name: str) -> list[Query]:
    """The query of each occurrence of ``name`` in ``text``."""
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    return [_query(text, start, start + len(name), 0) for start in starts]


def test_a_place_after_the_english_of_is_inside_a_name() -> None:
    nepal = Context(Counter({"NPL": 2}))
    assert choose(Query("नेपाल", 0), nepal).entry is not None
    association = choose(Query("नेपाल", 0, word_before="ऑफ"), nepal)
    assert association.entry is None and "part of a name" in association.reason


def test_a_quoted_place_name_after_a_storm_word_names_the_storm() -> None:
    text = "चक्रवाती तूफान ‘गाजा’ तट की ओर बढ़ रहा है और गाजा में राहत शिविर खुले हैं।"
    storm, town = _queries(text, "गाजा")
    palestine = Context(Counter({"PSE": 1}))
    assert choose(storm, palestine).entry is None
    found = choose(town, palestine).entry
    assert found is not None and found.name_en == "Gaza"
    closing_marks = "चक्रवात ’गाजा’ कमजोर पड़ा और ”फानी” भी।"
    (storm_closing,) = _queries(closing_marks, "गाजा")
    assert storm_closing.in_name  # a closing mark typed as the opening one
    unquoted = "तूफान पारादीप के पास तट से टकराया।"
    (port,) = _queries(unquoted, "पारादीप")
    assert not port.in_name  # a storm word alone says nothing: the storm reaches a place


def test_a_place_before_a_genitive_sea_word_names_the_sea() -> None:
    text = "मछुआरे बंगाल की खाड़ी में न जाएं, यह बंगाल की सरकार ने कहा।"
    sea, state = _queries(text, "बंगाल")
    india = Context(Counter({"IND": 2}))
    assert sea.in_name and choose(sea, india).entry is None
    found = choose(state, india).entry
    assert not state.in_name and found is not None and found.feature == "ADM1"


def test_a_letter_match_abroad_needs_its_country_named() -> None:
    krakow = choose(Query("क्राको", 0), Context(Counter({"POL": 2}))).entry
    assert krakow is not None and (krakow.name_en, krakow.country) == ("Krakow", "POL")
    assert choose(Query("क्राको", 0), Context(Counter({"IND": 2}))).entry is None


def test_a_skeleton_too_short_to_say_much_is_not_taken_abroad_by_its_country_alone() -> None:
    usa = Context(Counter({"USA": 2}))
    assert candidates("मैन").tiny and candidates("हिल").tiny
    assert choose(Query("मैन", 0), usa).entry is None  # not Maine
    assert choose(Query("हिल", 0), usa).entry is None  # not Hilo
    assert choose(Query("हवाई", 0, word_after="हमले"), usa).entry is None  # an air strike, not Hawaii


def test_a_kind_word_does_not_take_a_namesake_in_a_country_the_article_never_names() -> None:
    nepal = Context(Counter({"NPL": 2}))
    assert choose(Query("मुस्तांग", 0, word_after="जिले"), nepal).entry is None  # Mustang, Oklahoma
    # a division has few namesakes: its kind word still takes it
    alaska = choose(Query("अलास्का", 0, word_after="राज्य"), Context(Counter({"IND": 1}))).entry
    assert alaska is not None and (alaska.name_en, alaska.feature) == ("Alaska", "ADM1")
