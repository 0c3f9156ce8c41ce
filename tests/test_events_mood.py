"""The mood of an event's verb: a direct infinitive that another predicate takes as its subject or
object names an act talked about, not one done; a conjunctive participle takes the tense of its
main verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ghatna.records import Article, Event
from ghatna.run.extract import extract


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in extract(Article(id="t", text=text, source="test")).events if e.type == kind]


# (a sentence that tells an act, one that only talks about it with an infinitive, the type)
TALKED_ABOUT = [
    ("पुलिस ने आरोपी को गिरफ्तार कर लिया।", "आरोपी को गिरफ्तार करना अभी बाकी है।", "COERCE"),
    ("संस्था ने बाढ़ पीड़ितों की मदद की।", "बाढ़ पीड़ितों की मदद करना सबका कर्तव्य है।", "AID"),
    ("विपक्ष ने सरकार की नीतियों की निंदा की।", "सरकार की नीतियों की निंदा करना आसान है।", "ACCUSE"),
]


@pytest.mark.parametrize(("told", "talked_about", "kind"), TALKED_ABOUT)
def test_an_infinitive_that_heads_a_noun_phrase_tells_no_event(told: str, talked_about: str, kind: str) -> None:
    assert [e.modality for e in of_type(told, kind)] == ["asserted"]
    assert not of_type(talked_about, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("किसानों ने शहर में प्रदर्शन करना शुरू कर दिया।", "PROTEST"),
        ("छात्रों ने कॉलेज के बाहर प्रदर्शन करना शुरु कर दिया।", "PROTEST"),  # the spelling शुरु
        ("भीड़ के कारण पुलिस को लाठीचार्ज करना पड़ा।", "ASSAULT"),
        ("मजदूरों ने वेतन के लिए प्रदर्शन करना जारी रखा।", "PROTEST"),
        # a perfective of a stem in न ends like an infinitive
        ("सरकार ने किसानों की मांग मानी और धरना खत्म हो गया।", "CONCEDE"),
        ("मंत्री ने मजदूरों की मांगें मानी और हड़ताल समाप्त हो गई।", "CONCEDE"),
    ],
)
def test_an_infinitive_begun_kept_up_or_forced_is_told(text: str, kind: str) -> None:
    assert [e.modality for e in of_type(text, kind)] == ["asserted"]


def test_a_light_verb_that_goes_on_with_another_verb_is_no_participle_or_infinitive() -> None:
    assert [e.modality for e in of_type("पुलिस ने घटनास्थल के लिए दल रवाना कर दिया।", "MOBILIZE")] == ["asserted"]
    assert [e.modality for e in of_type("उग्रवादियों ने गांव पर हमला कर दिया।", "ASSAULT")] == ["asserted"]


def test_an_infinitive_ordered_stays_the_order_s_act() -> None:
    ordered = of_type("सरकार ने आरोपी को गिरफ्तार करने का आदेश दिया।", "COERCE")
    assert [e.modality for e in ordered] == ["future"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("किसान कल धरना देकर सरकार का विरोध करेंगे।", "future"),
        ("किसानों ने कल धरना देकर सरकार का विरोध किया।", "asserted"),
        ("मजदूर अगले सप्ताह शहर में जुलूस निकालकर मुख्यमंत्री के खिलाफ नारेबाजी करेंगे।", "future"),
        ("मजदूरों ने शहर में जुलूस निकालकर नारेबाजी की।", "asserted"),
        ("किसान धरना देते हुए कल नारेबाजी करेंगे।", "future"),
        ("भाजपा कार्यकर्ता कल सड़क जाम कर प्रदर्शन करेंगे।", "future"),
        ("किसान कल धरना देकर जुलूस निकालकर सरकार का विरोध करेंगे।", "future"),  # participles in a row
    ],
)
def test_a_conjunctive_participle_takes_the_tense_of_its_main_verb(text: str, modality: str) -> None:
    assert {e.modality for e in of_type(text, "PROTEST")} == {modality}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("मैं कल दिल्ली में धरना दूंगा।", "PROTEST"),
        ("मैं इस मामले की जांच करूंगा।", "ACCUSE"),  # an investigation is no speech act
    ],
)
def test_a_first_person_future_is_future(text: str, kind: str) -> None:
    assert [e.modality for e in of_type(text, kind)] == ["future"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("मैं सभी लोगों से अपील करूंगा कि वे घर में रहें।", "REQUEST"),
        ("मैं इस हमले की निंदा करना चाहूंगा।", "ACCUSE"),
    ],
)
def test_a_speech_act_in_the_first_person_future_is_made_by_saying_it(text: str, kind: str) -> None:
    assert [e.modality for e in of_type(text, kind)] == ["asserted"]
