"""Institutions of towns that the actor gazetteer lacks but the place table knows ("कासगंज पुलिस"):
named after the town, and a bare later mention after the last such town of its paragraph."""

from __future__ import annotations

import pytest

from ghatna.actors.resolve import resolve_entities
from ghatna.ingest.article import make_article
from ghatna.pipeline import Pipeline
from ghatna.records import Mention


def organisations(text: str, mentions: list[Mention] | None = None) -> list[tuple[str | None, str | None]]:
    """The organisations resolved from ``text``, with ``mentions`` as the recogniser's spans (none:
    the scan alone)."""
    analysis = Pipeline(("segment", "tokenise", "mentions", "time")).run(make_article(text, source="test"))
    analysis.mentions = mentions or []
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


@pytest.mark.parametrize("text", [
    "सरकार ने आंदोलन का दमन किया। पुलिस ने नेताओं को हिरासत में लिया।",
    "मेले में लोगों को बहुत आनंद आया। पुलिस ने भीड़ संभाली।",
    "इस नगरी में हर साल मेला लगता है। प्रशासन ने इस बार इंतज़ाम कड़े किए।",
    "दाम दस गुणा बढ़ गए। पुलिस ने जमाखोरों को पकड़ा।",
    "लोग सागर किनारे जमा हुए। पुलिस ने उन्हें हटाया।",
    "सरकार ने आरक्षण का कोटा बढ़ाया। पुलिस ने विरोध करने वालों को रोका।",
    "नेता को वाई श्रेणी की सुरक्षा मिली। पुलिस ने घर के बाहर पहरा बढ़ाया।",
])
def test_a_common_word_that_is_a_town_too_gives_no_bare_institution_its_place(text: str) -> None:
    """Only a word marked as a place (by the recogniser, a kind word or "में" after it) counts."""
    assert all(name in {"Indian police", "Indian administration", "India"}
               for name, _ in organisations(text))


@pytest.mark.parametrize(("text", "name_en"), [
    ("देवघर जिले में तेज़ बारिश हुई। प्रशासन ने राहत बांटी।", "Deoghar administration"),
    ("वे परिवार के साथ बिजनौर में रुके थे। प्रशासन ने उन्हें घर भेजा।", "Bijnor administration"),
    ("देवघर के ज़िलाधिकारी ने बैठक बुलाई। बाद में प्रशासन ने राहत बांटी।", "Deoghar administration"),
])
def test_a_town_marked_by_a_kind_word_or_locative_gives_a_bare_institution_its_place(text: str, name_en: str) -> None:
    assert organisations(text) == [(name_en, "IND")]


def test_a_town_the_recogniser_reads_as_a_place_gives_a_bare_institution_its_place() -> None:
    text = "देवघर की सड़कों पर भीड़ रही। प्रशासन ने दुकानें बंद कराईं।"
    place = Mention(0, len("देवघर"), "देवघर", "LOCATION", 0)
    assert organisations(text, [place]) == [("Deoghar administration", "IND")]
    assert organisations(text) == [("Indian administration", "IND")]  # unmarked: no town


def test_a_town_that_is_a_common_word_too_names_the_institution_after_it() -> None:
    assert organisations("मंडी पुलिस ने दो लोगों को पकड़ा।") == [("Mandi police", "IND")]


def test_a_town_no_hindi_list_holds_is_found_by_its_letters_before_a_local_institution() -> None:
    text = "अमेरिका के ओरेगन राज्य में आग लगी। ओरेगन पुलिस ने लोगों को घर छोड़ने को कहा।"
    assert ("Oregon police", "USA") in organisations(text)


def test_letters_alone_name_no_town_in_a_country_the_article_does_not_name() -> None:
    assert organisations("ओरेगन पुलिस ने लोगों को घर छोड़ने को कहा।") == [("Indian police", "IND")]
