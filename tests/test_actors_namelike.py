"""Whether a word can be part of a person's name: the frequent common words of later news, the
plural, and no romanised "name" for words that are no name."""

from __future__ import annotations

from collections import Counter

import pytest

from ghatna.actors.api import unlinked_name
from ghatna.actors.namelike import looks_like_name, no_name_word
from ghatna.kb import ArticleLinker
from tests.test_actors_not_names import analysed, persons
from training.kb.news_spellings import news_spellings


@pytest.mark.parametrize("word", ["लॉकडाउन", "संक्रमित", "मास्क", "मरीजों", "बिहार"])
def test_frequent_words_the_treebanks_lack_are_no_name_words(word: str) -> None:
    assert no_name_word(word)


@pytest.mark.parametrize("word", ["लव", "मोदी", "सिंह", "भैरों", "लियोनार्डो"])
def test_name_words_are_name_words(word: str) -> None:
    assert not no_name_word(word)


def test_a_word_in_the_plural_is_no_name_unless_a_name_is_spelt_so() -> None:
    assert no_name_word("बंदरगाहों") and no_name_word("कार्यकर्ताओं")
    assert not no_name_word("भैरों")  # Bhairon


def test_an_ner_span_of_a_plural_is_no_person_and_a_name_before_one_is_cut() -> None:
    text = "बंदरगाहों पर काम रुका। रमेश वर्मा बंदरगाहों पर गए।"
    assert persons(analysed(text, ["बंदरगाहों", "रमेश वर्मा बंदरगाहों"])) == ["रमेश वर्मा"]


def test_words_that_are_no_name_get_no_romanised_name() -> None:
    assert not looks_like_name("घायल")
    assert unlinked_name("घायल") is None
    assert unlinked_name("मास्क बांटे") is None
    assert unlinked_name("रमेश वर्मा") == "Ramesh Verma"


def test_a_news_spelling_is_kept_only_for_a_word_the_ner_corpora_call_a_person() -> None:
    news = Counter({"मोदि": 40, "पिता": 90})
    spellings = {"मोदि": Counter({"मोदी": 40}), "पिता": Counter({"पिता": 90})}
    ner = {"मोदि": Counter(person=9, other=1), "पिता": Counter(other=60)}
    assert news_spellings(["modi", "pitta"], news, spellings, ner) == [("मोदी", "modi")]


def test_the_prime_minister_named_by_his_surname_links() -> None:
    link = ArticleLinker(countries=("IND",), day="2020-04-27").link("मोदी", "प्रधानमंत्री")
    assert link is not None and link.name_en == "Narendra Modi"

