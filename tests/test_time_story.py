"""Dates of events whose own clause names no time: the story's day and the report's now."""

from __future__ import annotations

import pytest

from ghatna.events.dates import EventDates
from ghatna.nlp.segment import segment
from ghatna.records import Analysis, Article, DocDate
from ghatna.time import tag_text
from ghatna.time.tense import is_noun_modifier, is_past_perfect, is_reference_point, words_after

#: A Wednesday.
PUBLISHED = DocDate("2018-10-03", "day", inferred=False, basis="metadata")


def analysed(text: str, doc: DocDate | None = PUBLISHED) -> Analysis:
    sentences = segment(text)
    timexes, date = tag_text(text, sentences, doc)
    article = Article(id="t", text=text, source="test", date=date)
    return Analysis(article=article, sentences=sentences, timexes=timexes)


def date_of_sentence(text: str, index: int, doc: DocDate | None = PUBLISHED) -> str | None:
    analysis = analysed(text, doc)
    sentence = analysis.sentences[index]
    found = EventDates(analysis).date_of(index, (sentence.start, sentence.end))
    return found.start if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a clause gave goes on in the next sentences that name none
        ("सोमवार को मंत्री ने किसानों से बात की। उन्होंने अधिकारियों को निर्देश दिए।", "2018-10-01"),
        ("कल शाम शहर में जुलूस निकला। पुलिस ने दो लोगों को हिरासत में लिया।", "2018-10-02"),
        # the latest day before the sentence wins
        ("सोमवार को बैठक हुई। मंगलवार को नेता दिल्ली पहुंचे। वहां उन्होंने धरना दिया।", "2018-10-02"),
        # the background in the past perfect has days of its own
        ("पिछले गुरुवार को सरकार ने नियम बदल दिया था। तब विपक्ष ने इसका विरोध किया था।", "2018-09-27"),
        # a clause that goes on after "… करते हुए" is still told in the story's day
        ("सोमवार को मंत्री ने किसानों से बात की। उन्होंने उनकी मांगों को देखते हुए राहत का ऐलान किया।", "2018-10-01"),
        ("सोमवार को बैठक हुई। मंगलवार को नेता दिल्ली पहुंचे। वहां उन्होंने धरना दिया।", "2018-10-02"),
    ],
)
def test_an_undated_clause_takes_the_day_of_the_story(text: str, expected: str) -> None:
    last = len(segment(text)) - 1
    assert date_of_sentence(text, last) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the event lies outside the story's day: ahead of it, or before it (past perfect)
        "सोमवार को मंत्री ने किसानों से बात की। वे जल्द ही गांव का दौरा करेंगे।",
        "सोमवार को मंत्री ने किसानों से बात की। उन्होंने पहले भी यही वादा किया था।",
        "सोमवार को मंत्री ने किसानों से बात की। उन्होंने उनकी मांगें सुनते हुए यह वादा किया था।",
        # a future clause does not date the story ("शुक्रवार से ... खुलेंगे")
        "शुक्रवार से बाजार खुलेंगे। व्यापारियों ने यह मांग उठाई।",
        # a background date in the past perfect does not either
        "सोमवार को भी ऐसा हुआ था। व्यापारियों ने यह मांग उठाई।",
        # a month or a week frames the story without dating its events
        "पिछले महीने बाढ़ आई। लोगों ने मदद मांगी।",
        "पिछले हफ्ते बाढ़ आई। लोगों ने मदद मांगी।",
        # a day after the publication day is not what happened
        "10 अक्टूबर को बाजार में भारी भीड़ की संभावना। व्यापारियों ने यह मांग उठाई।",
    ],
)
def test_what_does_not_carry_a_day_over(text: str) -> None:
    assert date_of_sentence(text, 1) is None


@pytest.mark.parametrize(
    "text",
    [
        "मुख्यमंत्री ने लोगों से घरों में रहने की अपील की है।",
        "जिले के सभी स्कूल बंद कर दिए गए हैं।",  # the present perfect after a chain of participles
        "किसान सड़कों पर प्रदर्शन कर रहे हैं।",
    ],
)
def test_a_present_report_without_a_day_in_the_story_is_not_given_the_publication_day(text: str) -> None:
    assert date_of_sentence(text, 0) is None


def test_a_past_report_without_a_day_in_the_story_stays_undated() -> None:
    assert date_of_sentence("मंत्री ने किसानों से बात की और कहा कि मदद मिलेगी।", 0) is None


def test_the_point_a_later_date_counts_from_is_not_the_events_date() -> None:
    text = "मंगलवार को मंत्री की घोषणा के बाद बुधवार को सरकार ने नया आदेश जारी किया।"
    assert date_of_sentence(text, 0) == "2018-10-03"


@pytest.mark.parametrize(
    ("text", "doc", "expected"),
    [
        # a date inside a participle phrase that modifies a noun dates the noun, not the clause
        ("वर्ष 2001 में हुए हमले के शहीदों के परिजनों ने बुधवार को धरना दिया।", PUBLISHED, "2018-10-03"),
        ("सोमवार को गिरफ्तार किए गए आरोपी को पुलिस ने मंगलवार को जेल भेजा।", PUBLISHED, "2018-10-02"),
        # the later date cannot be placed without a document date: no date, not the noun's
        ("वर्ष 2001 में हुए हमले के शहीदों के परिजनों ने बुधवार को धरना दिया।", None, None),
        # alone in its clause, it is still the clause's date
        ("सोमवार को हुए हमले में दो जवान घायल हो गए।", PUBLISHED, "2018-10-01"),
    ],
)
def test_a_date_that_modifies_a_noun_gives_way_to_the_clauses_own(
    text: str, doc: DocDate | None, expected: str | None
) -> None:
    assert date_of_sentence(text, 0, doc) == expected


def test_a_clause_split_inside_a_date_keeps_it() -> None:
    text = "दिसम्बर , 2000 में आतंकवादियों ने किले पर हमला किया था।"
    analysis = analysed(text)
    found = EventDates(analysis).date_of(0, (text.index(","), len(text)))
    assert found is not None and found.start == "2000-12"


def test_verb_group_cues() -> None:
    assert is_noun_modifier(["में", "हुए", "हमले", "में"])
    assert is_noun_modifier(["को", "गिरफ्तार", "किए", "गए", "आरोपी", "को"])
    assert not is_noun_modifier(["को", "बैठक", "हुई", "थी"])
    assert not is_noun_modifier(["को", "हमला", "हुआ"])
    assert not is_noun_modifier(words_after("को हमला हुआ जिसमें दो लोग घायल हो गए", 0))
    assert not is_noun_modifier(words_after("को पूरे देश में बंद का पालन किया जा रहा है", 0))
    assert is_past_perfect(["यह", "पहले", "कहा", "गया", "था"])
    assert not is_past_perfect(["सभी", "स्कूल", "बंद", "कर", "दिए", "गए", "हैं"])
    assert is_reference_point(["को", "मंत्री", "की", "घोषणा", "के", "बाद"])
    assert not is_reference_point(["को", "बैठक", "हुई"])


def test_the_same_day_given_by_other_words_is_the_same_event_date() -> None:
    """A report repeated later in the story, dated by the story's day rather than by its own
    weekday, is still the same event: the two merge."""
    from ghatna.events.merge import merge_events
    from ghatna.records import Actor, Event, EventDate, Evidence

    minister = Actor("e1", "Minister", "IND", "GOV")

    def reported(sentence: int, words: str | None) -> Event:
        monday = EventDate("2018-10-01", None, "day", words)
        return Event("CONSULT", minister, None, [Evidence(sentence, 0, 1, "बात")], date=monday)

    assert len(merge_events([reported(0, "सोमवार"), reported(3, None)])) == 1


def test_a_participle_with_hue_that_ends_its_clause_or_takes_an_auxiliary_is_its_verb_group() -> None:
    assert is_past_perfect(words_after("सोमवार को दो मरीज अस्पताल में भर्ती हुए थे।", 0))
    assert words_after("हालात देखते हुए दुकानें बंद रहीं।", 0)[:2] == ["हालात", "दुकानें"]
