"""Uses of event words that tell no event: a warning of a danger foreseen, a trip with no host.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ghatna.events.non_events import hosted
from ghatna.records import Actor, Article, Event
from ghatna.run.extract import extract


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in extract(Article(id="t", text=text, source="test")).events if e.type == kind]


# (a sentence that tells the event, one that uses its word for no event, the type)
PAIRS = [
    # a warning threatens an act against someone, or is given to another country
    ("जिलाधिकारी ने जमाखोरों के खिलाफ सख्त कार्रवाई की चेतावनी दी।",
     "मौसम विभाग ने अगले दो दिन भारी बारिश की चेतावनी दी है।", "THREATEN"),
    ("अमेरिका ने ईरान को चेतावनी दी कि वह परमाणु कार्यक्रम रोके।",
     "वैज्ञानिकों ने चेताया है कि गर्मी में संक्रमण तेजी से फैल सकता है।", "THREATEN"),
    ("थानेदार ने झगड़ा करने वाले युवकों को सख्त चेतावनी दी।",
     "विश्व स्वास्थ्य संगठन ने दुनिया के देशों को चेताया है।", "THREATEN"),
    ("कर्मचारी संघ ने मांगें न मानने पर हड़ताल की चेतावनी दी है।",
     "अर्थशास्त्रियों ने चेतावनी दी कि महंगाई और बढ़ सकती है।", "THREATEN"),
    # a visit has a host: another country, or an actor of one's own that is no place
    ("प्रधानमंत्री मोदी ने जापान की यात्रा की।", "कई लोगों ने हाल ही में दुबई की यात्रा की थी।", "CONSULT"),
    ("एक प्रतिनिधिमंडल ने चीन का दौरा किया।", "कई लोगों ने हाल ही में दुबई की यात्रा की थी।", "CONSULT"),
    ("भारत के विदेश मंत्री ने पिछले हफ्ते चीन का दौरा किया।", "अमेरिकी राष्ट्रपति ने पिछले महीने टेक्सास का दौरा किया।", "CONSULT"),
]


# (a sentence that tells the event, one that only names its word, the type)
NAMED_ONLY = [
    # an attack by no one recalled by the charge or trial it names
    ("फिदायीन हमले में सत्तर लोगों की मौत हो गई।", "पुलिस ने हत्या के आरोप में दो युवकों को गिरफ्तार किया।", "ASSAULT"),
    ("फिदायीन हमले में सत्तर लोगों की मौत हो गई।", "लोगों ने संसद पर हमले की बरसी पर शहीदों को याद किया।", "ASSAULT"),
    ("फिदायीन हमले में सत्तर लोगों की मौत हो गई।", "अदालत ने हमले के आरोपी को जमानत दे दी।", "ASSAULT"),
    # a denial of what is said or a declined comment is no refusal
    ("पाकिस्तान ने भारत की मांग मानने से इनकार कर दिया।",
     "मंत्री ने इस बात का खंडन किया कि सरकार ने आंकड़े छिपाए।", "REJECT"),
    ("पाकिस्तान ने भारत की मांग मानने से इनकार कर दिया।", "प्रवक्ता ने इस पर टिप्पणी करने से इनकार कर दिया।", "REJECT"),
    # a check-up or a contact with the infected is no investigation or consultation
    ("पुलिस इस घटना की जांच कर रही है।", "डॉक्टरों ने कोरोना संक्रमण के डर से सभी यात्रियों की जांच की।", "ACCUSE"),
    ("विदेश मंत्री ने कहा कि भारत अमेरिका के साथ लगातार संपर्क में है।",
     "ये सभी लोग कोरोना से संक्रमित व्यक्ति के संपर्क में थे।", "CONSULT"),
]

# (a sentence that tells the act, one that only asks for it in the subjunctive, the type)
ASKED = [
    ("सभी दलों ने सरकार का पूरा सहयोग किया।", "मुख्यमंत्री ने कहा कि सभी दल सरकार का सहयोग करें।", "COOPERATE"),
    ("सरकार ने किसानों को कर्ज के ब्याज में छूट दी।", "संघ ने मांग की कि सरकार किसानों को कर्ज के ब्याज में छूट दे।", "CONCEDE"),
    ("जापान ने नेपाल को आर्थिक मदद दी।", "विपक्ष ने कहा कि सरकार पाकिस्तान को मदद देना बंद करे।", "AID"),
]


@pytest.mark.parametrize(("told", "untold", "kind"), PAIRS + NAMED_ONLY + ASKED)
def test_an_event_word_used_for_no_event_makes_none(told: str, untold: str, kind: str) -> None:
    assert of_type(told, kind)
    assert not of_type(untold, kind)


def test_a_visit_needs_a_host_other_than_a_place_at_home() -> None:
    leader = Actor(None, None, "IND", "GOV")
    assert hosted(leader, Actor(None, "Japan", "JPN"))
    assert hosted(leader, Actor(None, None, "IND", "GOV"))  # a state government hosts a minister
    assert not hosted(leader, Actor(None, "India", "IND"))  # a region at home: a tour
    assert not hosted(Actor(None, None, "IND", "CVL"), Actor(None, "Italy", "ITA"))  # a private journey
    assert hosted(Actor("e1", None, None, "GOV"), Actor(None, "Japan", "JPN"))  # a named leader, country unknown
    assert hosted(Actor(None, None, None, "GOV"), Actor(None, "Japan", "JPN"))  # a delegation, country unknown
    assert hosted(Actor(None, None, "IGO", "IGO"), Actor(None, "Syria", "SYR"))  # an envoy of a world body
    assert not hosted(leader, None)


# a warning that threatens although its sentence names no act against anyone, and one whose
# sentence names such an act only in another clause
THREATS = [
    "चरमपंथियों ने शहर में और हमलों की चेतावनी दी है।",  # an armed group warns of its attacks
    "मुख्यमंत्री ने विपक्ष को चेताया।",  # a warning to those who can act on it
    "कांग्रेस अध्यक्ष ने सरकार को चेतावनी दी।",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_warning_to_someone_or_of_attacks_is_a_threat(text: str) -> None:
    assert of_type(text, "THREATEN")


def test_a_threat_cue_of_another_clause_makes_no_warning_a_threat() -> None:
    assert not of_type("मौसम विभाग ने भारी बारिश की चेतावनी दी है, जबकि पुलिस ने उपद्रवियों के खिलाफ कार्रवाई की।", "THREATEN")
    assert of_type("सरकार ने चेताया है कि जमाखोरों के खिलाफ सख्त कार्रवाई होगी।", "THREATEN")


@pytest.mark.parametrize("text", [
    "पुलिस कोरोना मरीज की मौत के मामले की जांच कर रही है।",
    "सीबीआई ने स्वास्थ्य विभाग में घोटाले की जांच शुरू की।",
    "पुलिस ने मेडिकल कॉलेज में हुई हिंसा की जांच शुरू की।",
])
def test_an_investigation_of_a_case_or_an_event_stays_one_in_a_sentence_about_disease(text: str) -> None:
    assert of_type(text, "ACCUSE")


def test_a_disease_named_before_the_clause_of_a_contact_is_only_what_is_spoken_of() -> None:
    assert of_type("स्वास्थ्य मंत्री ने कोरोना पर कहा कि केंद्र सरकार सभी राज्यों के संपर्क में है।", "CONSULT")
    assert not of_type("स्वास्थ्य अधिकारियों ने कहा कि ये लोग उस यात्री के संपर्क में थे जो कोरोना पॉजिटिव निकला।", "CONSULT")


def test_a_refusal_to_talk_stays_a_rejection() -> None:
    assert of_type("चीन ने अमेरिका के साथ बात करने से इंकार कर दिया।", "REJECT")
    assert not of_type("चीन ने इस पर बयान देने से इंकार कर दिया।", "REJECT")


@pytest.mark.parametrize(("text", "kind"), [
    ("भारत ने बैठक में तीन प्रस्ताव रखे।", "AGREE"),
    ("आतंकियों ने विमान के यात्री बंधक बनाए।", "ASSAULT"),
])
def test_a_perfective_plural_like_a_subjunctive_is_told(text: str, kind: str) -> None:
    assert [e.modality for e in of_type(text, kind)] == ["asserted"]
