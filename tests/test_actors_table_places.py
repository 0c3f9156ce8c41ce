"""Institutions of towns that the actor gazetteer lacks but the place table knows ("कासगंज पुलिस"):
named after the town, and a bare later mention after the last such town of its paragraph."""

from __future__ import annotations

import pytest

from ghatna.actors.resolve import resolve_entities
from ghatna.ingest.article import make_article
from ghatna.pipeline import Pipeline


def organisations(text: str) -> list[tuple[str | None, str | None]]:
    analysis = Pipeline(("segment", "tokenise", "mentions", "time")).run(make_article(text, source="test"))
    analysis.mentions = []  # the scan alone: no recogniser spans
    return [(e.name_en, e.country) for e in resolve_entities(analysis) if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(("text", "name_en"), [
    ("कासगंज पुलिस ने तीन युवकों को हिरासत में लिया।", "Kasganj police"),
    ("चंदौली के प्रशासन ने बाज़ार बंद करने का आदेश दिया।", "Chandauli administration"),
])
def test_an_institution_after_a_town_of_the_place_table_is_that_towns(text: str, name_en: str) -> None:
    assert organisations(text) == [(name_en, "IND")]


def test_a_bare_institution_belongs_to_the_town_of_its_paragraph() -> None:
    text = "बिजनौर में सुबह से दुकानों पर भीड़ लगी रही। भीड़ देखकर प्रशासन ने दुकानें बंद करा दीं।"
    assert organisations(text) == [("Bijnor administration", "IND")]


@pytest.mark.parametrize("text", [
    "अमेरिका में कोरोना के मामले बढ़े। कोरोना प्रशासन के लिए चुनौती है।",  # a common noun that is a US town too
    "थाने तक पुलिस पहुंची और लोगों को हटाया।",  # a postposition
])
def test_words_that_are_no_names_are_no_towns(text: str) -> None:
    assert all(name is not None and name.split()[0] in {"Indian", "American"} for name, _ in organisations(text))


def test_a_town_no_hindi_list_holds_is_found_by_its_letters_before_a_local_institution() -> None:
    text = "अमेरिका के ओरेगन राज्य में आग लगी। ओरेगन पुलिस ने लोगों को घर छोड़ने को कहा।"
    assert ("Oregon police", "USA") in organisations(text)


def test_letters_alone_name_no_town_in_a_country_the_article_does_not_name() -> None:
    assert organisations("ओरेगन पुलिस ने लोगों को घर छोड़ने को कहा।") == [("Indian police", "IND")]
