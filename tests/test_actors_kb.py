"""The entities stage asks the actor knowledge base (through ``ghatna.actors.api``): canonical English
names, ids, countries and offices at the article's date; NIL for names it does not hold; and the
store keeps the knowledge-base entry as the actor's identity, found by Hindi, Latin and QID searches."""

from __future__ import annotations

from ghatna.actors.api import actor_ids, generic_name
from ghatna.output import to_record, validate_record
from tests.test_actors_stage import person, run

TRUMP = "Q22686"


def test_a_linked_person_gets_the_canonical_name_id_and_a_reason() -> None:
    analysis = run("वॉशिंगटन, 12 मार्च 2019। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने रूस के विदेश मंत्री सर्गेई लावरोव "
                   "से मुलाकात की।")
    trump = person(analysis, "डोनाल्ड ट्रंप")
    assert (trump.name_en, trump.kb_id, trump.qid, trump.country, trump.sector) == (
        "Donald Trump", TRUMP, TRUMP, "USA", "GOV")
    assert trump.link_score is not None and trump.link_score >= 0.75
    assert trump.link_reason is not None and "in office on 2019-03-12" in trump.link_reason
    lavrov = person(analysis, "सर्गेई लावरोव")
    assert (lavrov.name_en, lavrov.country) == ("Sergey Lavrov", "RUS")
    record = to_record(analysis, include_text=False)
    validate_record(record)
    linked = next(e for e in record["entities"] if e["name_hi"] == "डोनाल्ड ट्रंप")
    assert linked["kb_id"] == TRUMP and linked["link_reason"] == trump.link_reason


def test_a_bare_surname_is_told_apart_by_the_title_and_the_date() -> None:
    home = run("नई दिल्ली, 5 मई 2016। गृह मंत्री सिंह ने सोमवार को सीमा सुरक्षा की समीक्षा की।")
    prime = run("नई दिल्ली, 5 मई 2010। प्रधानमंत्री सिंह ने सोमवार को मंत्रियों से मुलाकात की।")
    assert (person(home, "सिंह").name_en, person(home, "सिंह").country) == ("Rajnath Singh", "IND")
    assert (person(prime, "सिंह").name_en, person(prime, "सिंह").country) == ("Manmohan Singh", "IND")


def test_the_article_date_picks_the_office() -> None:
    sentence = "निर्मला सीतारमण ने सोमवार को अधिकारियों से मुलाकात की।"
    in_2018 = person(run(f"नई दिल्ली, 3 अक्टूबर 2018। {sentence}"), "निर्मला सीतारमण")
    in_2021 = person(run(f"नई दिल्ली, 1 फ़रवरी 2021। {sentence}"), "निर्मला सीतारमण")
    assert in_2018.kb_id == in_2021.kb_id and in_2018.name_en == "Nirmala Sitharaman"
    assert (in_2018.role, in_2021.role) == ("Minister of Defence", "Minister of Finance")


def test_a_name_the_knowledge_base_lacks_keeps_its_romanisation_and_gets_no_country() -> None:
    entity = person(run("लखनऊ, 2 जून 2019। श्री रमेश कुमार वर्मा ने गांव के लोगों से मुलाकात की।"), "रमेश कुमार वर्मा")
    assert entity.kb_id is None and entity.link_score is None and entity.country is None
    assert entity.name_en is not None and entity.name_en.startswith("Ramesh Kumar")


def test_a_country_the_text_gives_overrules_a_namesake_elsewhere() -> None:
    entity = person(run("लखनऊ, 2 जून 2019। भारत के नेता डोनाल्ड ट्रंप ने गांव के लोगों से मुलाकात की।"), "डोनाल्ड ट्रंप")
    assert entity.kb_id is None and entity.country == "IND"


def test_generic_names_are_filled_for_the_country() -> None:
    assert generic_name("{adj} police", "IND") == "Indian police"
    assert generic_name("{adj} police", None) == "police"
    assert generic_name("Embassy of {country}", None) == "Embassy"


def test_searches_stand_for_the_same_entry() -> None:
    for query in ("ट्रंप", "Trump", TRUMP):
        assert actor_ids(query)[0] == TRUMP, query
    assert actor_ids("  ") == []
