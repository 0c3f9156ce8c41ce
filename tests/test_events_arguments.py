"""Argument extraction, modality and merging on hand-written Hindi sentences."""

from __future__ import annotations

import pytest

from ghatna.extract import extract
from ghatna.records import Analysis, Article, Event


def code(text: str) -> Analysis:
    return extract(Article(id="t", text=text, source="test"))


def only(analysis: Analysis, kind: str) -> list[Event]:
    return [e for e in analysis.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("भारत ने पाकिस्तान पर हमला किया।", "ASSAULT", "PAK", None),
        ("भारत ने पाकिस्तान पर हमला किया।", "ASSAULT", "IND", "PAK"),
        ("चीन ने जापान की आलोचना की।", "ACCUSE", "CHN", "JPN"),
        ("रूस ने अमेरिका से बातचीत की।", "CONSULT", "RUS", "USA"),
        ("जर्मनी ने यूक्रेन को सहायता दी।", "AID", "DEU", "UKR"),
        ("ईरान ने इराक के साथ समझौते पर हस्ताक्षर किए।", "SUPPORT", "IRN", "IRQ"),
        ("फ्रांस ने इटली से मदद की मांग की।", "REQUEST", "FRA", "ITA"),
    ],
)
def test_case_markers_fill_actor_and_recipient(text: str, kind: str, actor: str, recipient: str | None) -> None:
    events = only(code(text), kind)
    assert events, f"no {kind} in {text}"
    pairs = {(e.actor.country if e.actor else None, e.recipient.country if e.recipient else None) for e in events}
    if recipient is None:
        assert any(actor in pair for pair in pairs)
    else:
        assert (actor, recipient) in pairs


def test_coordinated_subjects_become_both_sides() -> None:
    (event,) = only(code("नेपाल और भूटान ने संयुक्त सैन्य अभ्यास किया।"), "COOPERATE")
    assert {event.actor.country if event.actor else None, event.recipient.country if event.recipient else None} == {
        "NPL",
        "BTN",
    }


def test_passive_subject_is_not_the_actor() -> None:
    analysis = code("पुलिस ने कई लोगों को गिरफ्तार किया। तीन नेताओं को रिहा कर दिया गया।")
    (arrest,) = only(analysis, "COERCE")
    assert arrest.actor is not None and arrest.actor.name_hi == "पुलिस"
    for release in only(analysis, "RETREAT"):
        assert release.actor is None or release.actor.name_hi != "तीन नेताओं"


def test_pro_drop_carries_the_subject_over() -> None:
    analysis = code("भारत ने श्रीलंका से बातचीत की। बाद में उसने नेपाल को सहायता दी।")
    (aid,) = only(analysis, "AID")
    assert aid.actor is not None and aid.actor.country == "IND"
    assert aid.recipient is not None and aid.recipient.country == "NPL"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("भारत ने पाकिस्तान पर हमला नहीं किया।", "negated"),
        ("चीन ने जापान की आलोचना की।", "asserted"),
        ("अगर हालात बिगड़े तो भारत ने पाकिस्तान पर हमला किया।", "hypothetical"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    events = [e for e in code(text).events if e.type in ("ASSAULT", "ACCUSE")]
    assert events and events[0].modality == modality


def test_future_cooperation_becomes_agree() -> None:
    analysis = code("भारत और जापान अगले महीने संयुक्त सैन्य अभ्यास करेंगे।")
    assert only(analysis, "AGREE") and not only(analysis, "COOPERATE")
    assert only(analysis, "AGREE")[0].modality == "future"


def test_same_event_twice_is_merged_with_both_evidence_spans() -> None:
    analysis = code("भारत ने पाकिस्तान की निंदा की। भारत ने फिर पाकिस्तान की निंदा की।")
    (event,) = only(analysis, "ACCUSE")
    assert len(event.evidence) == 2


def test_undated_event_gets_no_date() -> None:
    analysis = code("भारत ने पाकिस्तान की निंदा की।")
    assert all(e.date is None for e in analysis.events)


def test_nominal_visit_with_genitive_place_names_the_host() -> None:
    analysis = code("रक्षा मंत्री राजनाथ सिंह जापान की तीन दिवसीय यात्रा पर हैं।")
    (visit,) = only(analysis, "CONSULT")
    assert visit.mode == "visit"
    assert visit.recipient is not None and visit.recipient.country == "JPN"


def test_dependency_parse_supplies_an_unmarked_subject() -> None:
    """Where the case markers give no actor, the parser's nsubj of the trigger's verb does."""
    from ghatna.events.coder import code_events
    from ghatna.pipeline import Pipeline

    text = "सोमवार को दिल्ली में भारत पाकिस्तान से बातचीत करेगा।"
    analysis = Pipeline(("segment", "tokenise", "mentions", "entities", "time")).run(
        Article(id="t", text=text, source="test")
    )
    doc = analysis.spacy_doc
    words = [t.text for t in doc]
    verb = doc[words.index("करेगा")]
    for token in doc:
        token.head = verb
        token.dep_ = "dep"
    verb.dep_ = "ROOT"
    doc[words.index("भारत")].dep_ = "nsubj"
    doc[words.index("बातचीत")].dep_ = "compound"
    events = [e for e in code_events(analysis) if e.actor is not None and e.actor.country == "IND"]
    assert events, "the parsed subject भारत should be the actor"
