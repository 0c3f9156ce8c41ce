"""The entities stage asks the actor knowledge base (through ``ghatna.actors.api``): canonical English
names, ids, countries and offices at the article's date; NIL for names it does not hold; and the
store keeps the knowledge-base entry as the actor's identity, found by Hindi, Latin and QID searches."""

from __future__ import annotations

import asyncio
import html
import json
from pathlib import Path

import httpx
from fastapi import FastAPI

from ghatna.actors.api import actor_ids, generic_name
from ghatna.actors.romanise import romanise_name
from ghatna.output import to_record, validate_record
from ghatna.store import open_store
from ghatna.store.identity import ActorFacts, resolve
from ghatna.web.app import create_app
from ghatna.web.settings import WebSettings
from tests.test_actors_stage import person, run
from tests.test_store_kb import Cli

TRUMP = "Q22686"


def test_a_linked_person_gets_the_canonical_name_id_and_a_reason() -> None:
    analysis = run("वॉशिंगटन, 12 मार्च 2019। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने सोमवार को रूसी विदेश मंत्री सर्गेई लावरोव "
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


def test_an_unknown_person_gets_the_usual_english_spelling_of_each_name_word() -> None:
    entity = person(run("लखनऊ, 2 जून 2019। श्री सैयद इमरान ख़ुर्शीद ने गांव के लोगों से मुलाकात की।"), "सैयद इमरान ख़ुर्शीद")
    assert entity.kb_id is None and entity.name_en == "Syed Imran Khurshid"  # not "Sayd Imran Akhurshid"
    assert romanise_name("ममता ट्रंप") == "Mamata Trump"  # "Trmp" and "Mamta" from the letters alone


def test_a_country_the_text_gives_overrules_a_namesake_elsewhere() -> None:
    entity = person(run("लखनऊ, 2 जून 2019। भारत के नेता डोनाल्ड ट्रंप ने गांव के लोगों से मुलाकात की।"), "डोनाल्ड ट्रंप")
    assert entity.kb_id is None and entity.country == "IND"


def test_generic_names_are_filled_for_the_country() -> None:
    assert generic_name("{adj} police", "IND") == "Indian police"
    assert generic_name("{adj} police", None) == "police"
    assert generic_name("Embassy of {country}", None) == "Embassy"


def test_a_national_government_is_named_by_its_country() -> None:
    assert generic_name("{country}", "MMR") == "Myanmar"
    assert generic_name("{country}", None) == "government"


def test_searches_stand_for_the_same_entry() -> None:
    for query in ("ट्रंप", "Trump", TRUMP):
        assert actor_ids(query)[0] == TRUMP, query
    assert actor_ids("  ") == []


def test_the_store_finds_him_by_hindi_latin_and_qid(cli: Cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("वॉशिंगटन, 12 मार्च 2019। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने सोमवार को रूसी विदेश मंत्री सर्गेई लावरोव से "
                     "मुलाकात की।\n", encoding="utf-8")
    second.write_text("वॉशिंगटन, 14 मार्च 2019। राष्ट्रपति डोनल्ड ट्रम्प ने जापान के प्रधानमंत्री शिंजो आबे से "
                      "मुलाकात की।\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    assert cli("ingest", str(first), str(second), "--db", db).code == 0
    found = {}
    for query in ("Trump", "ट्रंप", TRUMP, "Donald Trump"):
        result = cli("actors", "--db", db, "--name", query, "--format", "json")
        assert result.code == 0, result.err
        found[query] = [(a["kb_id"], a["articles"]) for a in json.loads(result.out)]
    assert all(rows == [(TRUMP, 2)] for rows in found.values()), found
    trump = json.loads(cli("actors", "--db", db, "--name", TRUMP, "--format", "json").out)[0]
    links = trump["kb_links"]
    assert {link["kb_id"] for link in links} == {TRUMP} and all(link["reason"] for link in links)
    page = asyncio.run(_get(create_app(WebSettings(db=db)), f"/actors/{trump['id']}"))
    assert page.status_code == 200 and TRUMP in page.text and html.escape(links[0]["reason"]) in page.text
    assert str(links[0]["score"]) in page.text
    events = json.loads(cli("events", "--db", db, "--actor", "Trump", "--format", "json").out)
    assert len(events) == 2 and {e["actor"]["name_en"] for e in events} == {"Donald Trump"}
    assert json.loads(cli("events", "--db", db, "--actor", "ट्रंप", "--format", "json").out) == events


async def _get(app: FastAPI, path: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ghatna.test") as client:
        return await client.get(path)


def test_the_knowledge_base_entry_is_the_identity_in_the_store(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store, store.transaction():
        article = int(store.connection.execute(
            "INSERT INTO articles (doc_id, content_hash, source, language, text, ingested_at) "
            "VALUES ('a', 'h', 's', 'hi', 't', 'now') RETURNING id").fetchone()[0])
        one = resolve(store.connection, ActorFacts("PERSON", "अली ख़ान", "Ali Khan", "PAK", kb_id="Q1"), article)
        namesake = resolve(store.connection, ActorFacts("PERSON", "अली ख़ान", "Ali Khan", "PAK", kb_id="Q2"), article)
        again = resolve(store.connection, ActorFacts("PERSON", "अली खान", "Ali Khan", None, kb_id="Q1"), article)
        unlinked = resolve(store.connection, ActorFacts("PERSON", "अली ख़ान", None, "PAK"), article)
        rules = store.connection.execute("SELECT rule, reason FROM actor_links ORDER BY id").fetchall()
    assert namesake != one and again == one and unlinked in (one, namesake)
    assert "knowledge-base entry Q2 ≠ Q1" in rules[1][1]
    assert rules[2] == ("kb", "knowledge-base entry Q1")


def test_kinds_of_actor_take_the_country_of_the_context_and_a_sector_from_the_data() -> None:
    home = run("नई दिल्ली, 5 मई 2019। पुलिस ने प्रदर्शनकारियों को हिरासत में लिया।").entities
    assert {(e.name_en, e.country, e.sector) for e in home if e.type == "ORGANIZATION"} == {
        ("New Delhi police", "IND", "GOV"), ("Indian protesters", "IND", "CVL")}  # the dateline's police
    abroad = run("दमिश्क, 5 मई 2019। सीरिया के विद्रोहियों ने सेना पर हमला किया।").entities
    assert ("Syrian rebels", "SYR", "REB") in {(e.name_en, e.country, e.sector) for e in abroad}


def test_an_organisation_the_gazetteer_places_links_wherever_the_story_is() -> None:
    entities = run("काठमांडू, 5 मई 2019। नेपाल के प्रधानमंत्री ने सोमवार को बीबीसी को बताया कि चुनाव समय पर होंगे।").entities
    bbc = next(e for e in entities if e.name_hi == "बीबीसी")
    assert (bbc.name_en, bbc.country, bbc.kb_id) == ("BBC", "GBR", "ghatna:BBC")


def test_a_full_name_the_knowledge_base_holds_is_found_where_no_model_saw_a_name() -> None:
    texts = {"सुषमा स्वराज": "नई दिल्ली, 3 मार्च 2014। सुषमा स्वराज जानती हैं कि चुनाव कठिन होगा।",
             "सरताज अजीज": "इस्लामाबाद, 3 मार्च 2015। सरताज अजीज के बयान पर भारत ने आपत्ति जताई।"}
    found = {name: person(run(text), name) for name, text in texts.items()}
    assert (found["सुषमा स्वराज"].name_en, found["सुषमा स्वराज"].country) == ("Sushma Swaraj", "IND")
    assert (found["सरताज अजीज"].name_en, found["सरताज अजीज"].country) == ("Sartaj Aziz", "PAK")
    # common words that spell name words are no name unless a person's full name holds them in order
    assert not [e for e in run("कल राम मंदिर और भारत माता के नारे लगे, लाल किला देखा।").entities if e.type == "PERSON"]


def test_a_bare_surname_of_the_head_of_state_of_the_story_is_found_where_no_model_saw_a_name() -> None:
    from tests.test_actors_spotting import entities

    found = [e for e in entities("वॉशिंगटन, 12 मार्च 2019। ट्रम्प ने सोमवार को अमेरिकी संसद को संबोधित किया।")
             if e.type == "PERSON"]
    assert [(e.name_hi, e.name_en, e.country) for e in found] == [("ट्रम्प", "Donald Trump", "USA")]
    # not where the story is in no country of his, nor for a minister's bare surname
    assert not [e for e in entities("लखनऊ, 12 मार्च 2019। ट्रम्प ने सोमवार को संसद को संबोधित किया।")
                if e.type == "PERSON"]
    assert not [e for e in entities("मॉस्को, 12 मार्च 2019। लावरोव ने सोमवार को रूसी संसद को संबोधित किया।")
                if e.type == "PERSON"]
    # nor where the article writes the word after another name word too: someone else's surname
    other = entities("इस्लामाबाद, 5 मई 2010। अदालत ने एसएआर गिलानी को बरी किया। बाद में गिलानी ने बयान दिया।")
    assert "Yousaf Raza Gillani" not in [e.name_en for e in other]
    alone = entities("इस्लामाबाद, 5 मई 2010। अदालत के फ़ैसले के बाद गिलानी ने बयान दिया।")
    assert "Yousaf Raza Gillani" in [e.name_en for e in alone]


def test_a_compound_of_two_name_words_links_as_the_two_words() -> None:
    president = person(run("नई दिल्ली, 5 मई 2019। राष्ट्रपति रामनाथ कोविंद ने सोमवार को संसद को संबोधित किया।"),
                       "रामनाथ कोविंद")
    assert (president.name_en, president.country) == ("Ram Nath Kovind", "IND")
    minister = person(run("नई दिल्ली, 5 मई 2020। स्वास्थ्य मंत्री हर्षवर्धन ने अस्पतालों का दौरा किया।"), "हर्षवर्धन")
    assert (minister.name_en, minister.country) == ("Harsh Vardhan", "IND")
    # a word that spells a name word whole stays whole beside a compound ("पासवान", not "पास" + "वान")
    leader = person(run("पटना, 5 मई 2018। केंद्रीय मंत्री रामविलास पासवान ने सोमवार को बैठक की।"), "रामविलास पासवान")
    assert (leader.name_en, leader.country) == ("Ram Vilas Paswan", "IND")


def test_a_person_known_by_one_word_links_without_the_rank_a_bare_surname_needs() -> None:
    mayawati = person(run("लखनऊ, 5 मई 2008। मायावती ने सोमवार को अधिकारियों से मुलाकात की।"), "मायावती")
    assert (mayawati.name_en, mayawati.country) == ("Mayawati", "IND")
    abroad = person(run("वॉशिंगटन, 5 मई 2008। मायावती ने सोमवार को अधिकारियों से मुलाकात की।"), "मायावती")
    assert (abroad.kb_id, abroad.country) == (None, None)  # not where the story names no country of hers
