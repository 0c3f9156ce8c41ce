"""Words that are no name: the generated list, and the NER's PERSON spans cut at them."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.actors.namelike import not_names
from ghatna.actors.resolve import _known_words, resolve_entities
from ghatna.actors.scan import cues
from ghatna.actors.words import loose_key, split_words
from ghatna.errors import LanguageDataError
from ghatna.ingest.article import make_article
from ghatna.lang import SCHEMAS, load
from ghatna.pipeline import Pipeline
from ghatna.records import Analysis, Mention


def analysed(text: str, spans: list[str]) -> Analysis:
    """``text`` segmented and tokenised, with one NER PERSON mention over each of ``spans``."""
    analysis = Pipeline(("segment", "tokenise", "mentions", "time")).run(make_article(text, source="test"))
    analysis.mentions = [Mention(text.index(s), text.index(s) + len(s), s, "PERSON", 0) for s in spans]
    return analysis


def persons(analysis: Analysis) -> list[str | None]:
    return [e.name_hi for e in resolve_entities(analysis) if e.type == "PERSON"]


@pytest.mark.parametrize("word", ["यहां", "वहां", "कहते", "नहीं", "लेकिन", "जल्दी", "लोगों", "अस्पताल", "बताया"])
def test_frequent_words_of_other_classes_are_no_names(word: str) -> None:
    assert loose_key(word) in not_names()


@pytest.mark.parametrize("word", ["सिंह", "कुमार", "शर्मा", "राम", "देवी", "खान", "प्रकाश", "विजय", "मोदी", "मैरी"])
def test_name_words_are_not_listed(word: str) -> None:
    assert loose_key(word) not in not_names()


def test_a_span_made_only_of_words_that_are_no_names_is_no_person() -> None:
    text = "कल यहां लोग जल्दी पहुंचे।"
    assert persons(analysed(text, ["यहां लोग जल्दी"])) == []


def test_a_span_is_cut_at_a_conjunction_into_two_persons() -> None:
    text = "सुरेश कुमार और रमेश वर्मा ने बैठक की।"
    assert persons(analysed(text, ["सुरेश कुमार और रमेश वर्मा"])) == ["सुरेश कुमार", "रमेश वर्मा"]


def test_a_span_is_cut_before_an_adverb_and_a_verb() -> None:
    text = "रमेश वर्मा फिर बताते हैं कि काम पूरा हुआ।"
    assert persons(analysed(text, ["रमेश वर्मा फिर बताते"])) == ["रमेश वर्मा"]


def test_a_postposition_split_off_a_name_word_does_not_cut_the_name() -> None:
    text = "मेनका गांधी ने भाषण दिया।"
    analysis = analysed(text, ["मेनका गांधी"])
    words = [w.text for w in split_words(text, analysis.sentences, _known_words(), cues().postpositions)]
    assert words[:2] == ["मेन", "का"]  # the glued-postposition split that the cut must see through
    assert persons(analysis) == ["मेनका गांधी"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({**load("actors/generated/not_names"), "names": ["यहां"]}, "unknown keys"),
        ({"verbs": ["कहते"], "adverbs": ["कहते"]}, "duplicate"),
        ({"verbs": ["कहते हैं"]}, "glued"),
    ],
)
def test_the_generated_list_validator_rejects_bad_data(bad: Any, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS["actors/generated/not_names"]("actors/generated/not_names", bad)


def test_a_span_of_numbers_or_ids_is_no_person_and_a_latin_name_keeps_its_spelling() -> None:
    text = "खाता SBIN0000691 में 70 रुपये आए। John Smith ने बताया।"
    analysis = analysed(text, ["SBIN0000691", "70", "John Smith"])
    people = [(e.name_hi, e.name_en) for e in resolve_entities(analysis) if e.type == "PERSON"]
    assert people == [("John Smith", "John Smith")]


def test_the_generated_list_leaves_out_the_hand_lists_words() -> None:
    """A word sits in one list: regenerating (``training/kb/not_names.py``) must not list a hand word again."""
    from ghatna.actors.words import loose_key
    from ghatna.lang import load

    hand = {loose_key(w) for group, words in load("actors/not_names").items() if group != "endings" for w in words}
    generated = {loose_key(w) for words in load("actors/generated/not_names").values() for w in words}
    assert not hand & generated


def test_an_animal_that_the_recogniser_reads_as_a_person_is_no_person() -> None:
    text = "खेत में एक सूअर ने किसान पर हमला किया।"
    assert persons(analysed(text, ["सूअर"])) == []


@pytest.mark.parametrize("word", ["सोल", "फिनिश", "पोलिश", "पॉलिश"])
def test_a_loan_word_that_a_generated_spelling_holds_is_no_name_word(word: str) -> None:
    from ghatna.actors.namelike import no_name_word

    assert no_name_word(word)


def test_a_loan_word_cuts_a_recognised_name_short() -> None:
    text = "रमेश वर्मा पॉलिश बेचते हैं।"
    assert persons(analysed(text, ["रमेश वर्मा पॉलिश"])) == ["रमेश वर्मा"]


def test_the_adverb_noun_taur_is_no_bare_surname() -> None:
    """के तौर पर spells a surname of the knowledge base (Torra) when Spain is named."""
    from ghatna.run.extract import extract

    analysis = extract(make_article("स्पेन के प्रधानमंत्री ने कहा कि इस फैसले को चेतावनी के तौर पर देखा जाए।", "t"))
    assert [e.name_hi for e in analysis.entities if e.type == "PERSON" and e.name_hi == "तौर"] == []
