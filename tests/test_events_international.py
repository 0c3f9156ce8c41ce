"""International political news: the predicates frequent in the international subset of the
unlabeled news are decided, and the actor cues of foreign news (demonyms, capitals, foreign
groups, country abbreviations) give the actors' countries. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.actors.gazetteer import gazetteer
from ghatna.evaluate.lexicon import coverage, read_counts
from ghatna.events.actors import country_name
from ghatna.records import Article, Event
from ghatna.run.extract import extract

INTERNATIONAL = Path(__file__).resolve().parent.parent / "training" / "lexicon" / "international" / "intl.tsv"


def events(text: str) -> list[Event]:
    return extract(Article(id="t", text=text, source="test")).events


def test_the_international_subset_is_decided_as_well_as_the_whole_corpus() -> None:
    report = coverage(read_counts(INTERNATIONAL), undecided_head=400)
    assert report["coverage"] >= 0.95
    assert report["verb_and_light_coverage"] >= 0.94
    # the head of its distribution is decided: no event noun used five times or more is left
    assert [row for row in report["undecided_head"] if row["kind"] == "noun" and row["tokens"] >= 5] == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("अमेरिका ने ईरान को कड़े नतीजों की वार्निंग दी।", "THREATEN", None),
        ("राष्ट्रपति ने पूरे देश में इमरजेंसी लगा दी।", "COERCE", "martial-law"),
    ],
)
def test_frequent_predicates_of_international_news_are_coded(text: str, kind: str, mode: str | None) -> None:
    assert (kind, mode) in [(e.type, e.mode) for e in events(text)]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("डच सरकार ने रूसी राजदूत को तलब किया।", "NLD", "RUS"),
        ("ब्राज़ीली राष्ट्रपति ने अर्जेंटीनी राष्ट्रपति की आलोचना की।", "BRA", "ARG"),
        ("इंडोनेशियाई सेना ने विद्रोहियों पर हमला किया।", "IDN", "IDN"),
        ("आयरिश प्रधानमंत्री ने स्कॉटिश सरकार की आलोचना की।", "IRL", "GBR"),
        ("मलेशियाई प्रधानमंत्री ने थाई राजदूत से मुलाकात की।", "MYS", "THA"),
        # a group named in foreign news
        ("हूती विद्रोहियों ने सऊदी ठिकानों पर हमला किया।", "YEM", "SAU"),
        ("श्रीलंकाई सेना ने एलटीटीई के ठिकानों पर हमला किया।", "LKA", "LKA"),
    ],
)
def test_a_demonym_or_foreign_group_gives_the_actors_country(text: str, actor: str, recipient: str) -> None:
    coded = [(e.actor.country if e.actor else None, e.recipient.country if e.recipient else None) for e in events(text)]
    assert coded == [(actor, recipient)]


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("थाई", "THA"),
        ("मैक्सिकन", "MEX"),
        ("इजरायली", "ISR"),
        ("डच", "NLD"),
        ("तालेबान", "AFG"),
        ("टोकियो", "JPN"),
        ("सोल", "KOR"),
        ("यांगून", "MMR"),
        ("क्वेटा", "PAK"),
    ],
)
def test_spellings_frequent_in_the_unlabeled_news_are_known(form: str, country: str) -> None:
    found = gazetteer().find(form)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("text", "name_en", "country"),
    [
        ("टेक्सास के गवर्नर ने प्रदर्शनकारियों की आलोचना की।", "Governor of Texas", "USA"),
        ("बलूचिस्तान पुलिस ने तीन चरमपंथियों को गिरफ्तार किया।", "Balochistan police", "PAK"),
        ("फ्लोरिडा में पुलिस ने दो लोगों को गिरफ्तार किया।", "Florida police", "USA"),
        ("स्वात घाटी में पुलिस ने चार संदिग्धों को गिरफ्तार किया।", "Swat police", "PAK"),
    ],
)
def test_a_foreign_state_or_province_gives_its_institutions_country(text: str, name_en: str, country: str) -> None:
    actors = [(e.actor.name_en, e.actor.country) for e in events(text) if e.actor]
    assert actors == [(name_en, country)]


def test_a_country_has_one_english_name_for_the_coder_and_the_actors() -> None:
    assert [country_name(code) for code in ("SYR", "KOR", "TUR")] == ["Syria", "South Korea", "Turkey"]
    assert all(country_name(code) == gazetteer().country_name(code) for code in ("IND", "USA", "COD", "PSE"))


def test_unplaced_authorities_act_where_the_event_happens() -> None:
    # the article is about India (भोपाल); the authorities who arrest a man in Italy are Italian
    text = "भोपाल में प्रशासन ने सभी दुकानें बंद करने का आदेश दिया। इटली में एक युवक को गिरफ़्तार किया गया।"
    arrests = [e for e in events(text) if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and arrests[0].actor is not None and arrests[0].actor.country == "ITA"
    assert arrests[0].recipient is not None and arrests[0].recipient.country == "ITA"


def test_the_place_of_an_event_never_gives_a_named_persons_country() -> None:
    text = "भोपाल में प्रशासन ने सभी दुकानें बंद करने का आदेश दिया। इटली में रमेश कुमार ने एक व्यक्ति पर हमला किया।"
    attacks = [e for e in events(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor is not None and attacks[0].actor.country != "ITA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("दुबई में केरल के एक युवक को पुलिस ने गिरफ्तार किया।", "IND"),
        ("दुबई में पाकिस्तानी नागरिकों को पुलिस ने गिरफ्तार किया।", "PAK"),
    ],
)
def test_a_group_its_words_place_keeps_that_country_abroad(text: str, country: str) -> None:
    # migrant workers arrested in the Gulf: the place owns the group, the event's place does not
    [arrest] = [e for e in events(text) if e.type == "COERCE" and e.mode == "arrest"]
    assert arrest.recipient is not None and arrest.recipient.country == country
