"""Repeated mentions of one event in an article are one event, which keeps the date and the
sides that any of its mentions gives; distinct events told alike stay apart."""

from __future__ import annotations

from ghatna.events.additive import RECIPIENT, additive_sides
from ghatna.events.merge import merge_events
from ghatna.records import Actor, Analysis, Article, Event, Evidence
from ghatna.run.extract import extract


def code(text: str) -> Analysis:
    return extract(Article(id="t", text=text, source="test"))


def only(analysis: Analysis, kind: str) -> list[Event]:
    return [e for e in analysis.events if e.type == kind]


def names(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor.country if event.actor else None,
        event.recipient.country if event.recipient else None,
    )


def test_an_undated_mention_joins_the_dated_mention_of_the_same_event() -> None:
    (event,) = only(code("भारत ने पाकिस्तान की निंदा की। भारत ने 12 मार्च 2019 को पाकिस्तान की निंदा की थी।"), "ACCUSE")
    assert event.date is not None and event.date.start == "2019-03-12"
    assert {e.sentence for e in event.evidence} == {0, 1}


def test_a_dated_mention_without_recipient_joins_the_undated_telling_before_it() -> None:
    text = "राहुल गांधी ने सरकार से जांच की मांग की। उन्होंने 12 मार्च 2019 को यह मांग की थी।"
    (event,) = only(code(text), "REQUEST")
    assert event.recipient is not None and event.recipient.sector == "GOV"
    assert event.date is not None and event.date.start == "2019-03-12"


def test_a_mention_without_recipient_before_one_made_also_of_a_named_recipient_stays_apart() -> None:
    text = "राहुल गांधी ने 12 मार्च 2019 को मांग की। राहुल गांधी ने सरकार से भी जांच की मांग की।"
    assert len(only(code(text), "REQUEST")) == 2


def test_an_attack_told_first_without_its_attacker_takes_the_attacker_named_later() -> None:
    (event,) = only(code("पाकिस्तान पर हमले में दस लोग मारे गए। भारत ने पाकिस्तान पर हमला किया।"), "ASSAULT")
    assert names(event) == ("IND", "PAK")


def test_an_attack_told_in_halves_is_one_attack_with_both_sides() -> None:
    (event,) = only(code("दिल्ली में पुलिस पर हमला हुआ। उपद्रवियों ने पथराव किया।"), "ASSAULT")
    assert event.actor is not None and event.actor.name_hi == "उपद्रवियों"
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_two_acts_of_the_same_sides_with_other_cameo_codes_stay_two_events() -> None:
    text = "भारत और जापान ने मार्च 2019 में संयुक्त सैन्य अभ्यास किया। भारत और जापान मिलकर काम कर रहे हैं।"
    events = only(code(text), "COOPERATE")
    assert len(events) == 2
    assert sorted(str(e.date.start) if e.date else "" for e in events) == ["", "2019-03"]


def test_mentions_with_other_recipients_or_dates_stay_apart() -> None:
    assert len(only(code("भारत ने पाकिस्तान की निंदा की। भारत ने चीन की निंदा की।"), "ACCUSE")) == 2
    text = "भारत ने 12 मार्च 2019 को पाकिस्तान की निंदा की। भारत ने 20 मई 2019 को पाकिस्तान की निंदा की।"
    assert len(only(code(text), "ACCUSE")) == 2


def test_an_actorless_attack_after_the_act_fills_its_recipient() -> None:
    (event,) = only(code("भीड़ ने पथराव किया। पुलिस पर हमला हुआ।"), "ASSAULT")
    assert event.actor is not None and event.actor.name_hi == "भीड़"
    assert event.recipient is not None and event.recipient.name_hi == "पुलिस"


def test_an_attack_told_in_halves_is_one_event_in_either_order() -> None:
    for text in ("उपद्रवियों ने पथराव किया। दिल्ली में पुलिस पर हमला हुआ।", "पुलिस पर हमला हुआ। भीड़ ने पथराव किया।"):
        (event,) = only(code(text), "ASSAULT")
        assert event.actor is not None and event.recipient is not None
        assert event.recipient.name_hi == "पुलिस"


def test_an_actorless_attack_on_another_target_does_not_join_an_attack_with_its_own() -> None:
    text = "भीड़ ने पुलिस पर पथराव किया। बाद में दुकानों पर हमला हुआ।"
    recipients = sorted(e.recipient.name_hi or "" for e in only(code(text), "ASSAULT") if e.recipient)
    assert recipients == ["दुकानों", "पुलिस"]


def test_two_undated_acts_of_the_same_sides_with_other_cameo_codes_stay_two_events() -> None:
    text = "भारत और जापान ने संयुक्त सैन्य अभ्यास किया। भारत और जापान मिलकर काम कर रहे हैं।"
    assert sorted(str(e.cameo) for e in only(code(text), "COOPERATE")) == ["060", "062"]


def test_an_attack_told_with_and_without_its_manner_is_one_event_dated_or_not() -> None:
    for date in ("", "5 मार्च 2019 को "):
        text = f"नक्सलियों ने {date}कांग्रेस के काफिले पर हमला किया। नक्सलियों ने कांग्रेस के काफिले पर गोलीबारी की।"
        assert len(only(code(text), "ASSAULT")) == 1


def test_filling_a_side_never_makes_a_participant_act_on_itself() -> None:
    police = Actor(entity=None, name_en="Spanish police", country="ESP", sector="COP", name_hi="पुलिस")
    told = Event("ASSAULT", police, None, [Evidence(0, 0, 5, "हमला")], mode="beat", cameo="180")
    again = Event("ASSAULT", None, police, [Evidence(1, 10, 15, "हमला")], mode="beat", cameo="180")
    (merged,) = merge_events([told, again])
    assert merged.actor == police and merged.recipient is None


def test_a_passive_telling_takes_the_actor_a_later_telling_names() -> None:
    """घोषित कर दिया गया (the authorities, implied) then हरियाणा सरकार ने घोषित कर दिया: one event,
    whose actor is the government the second telling names, not the implied authorities."""
    text = "हरियाणा में कोरोना को महामारी घोषित कर दिया गया है। हरियाणा सरकार ने कोरोना को महामारी घोषित कर दिया है।"
    (event,) = only(code(text), "COERCE")
    assert event.actor is not None and event.actor.name_en == "Government of Haryana"


def test_an_implied_actor_is_not_named_by_another_country() -> None:
    """The authorities of a passive in Haryana are not named by Pakistan's government doing the same."""
    text = "हरियाणा में कोरोना को महामारी घोषित कर दिया गया है। पाकिस्तान सरकार ने कोरोना को महामारी घोषित कर दिया है।"
    indian = [e for e in only(code(text), "COERCE") if e.recipient is not None and e.recipient.country == "IND"]
    assert indian and all(e.actor is not None and e.actor.country == "IND" for e in indian)


def test_an_actor_told_with_the_additive_particle_acts_apart_from_the_passive_told_before() -> None:
    text = "दिल्ली में 20 लोगों को गिरफ्तार किया गया। मुंबई पुलिस ने भी 20 लोगों को गिरफ्तार किया।"
    assert len(only(code(text), "COERCE")) == 2


def test_a_recipient_only_described_but_told_with_the_additive_particle_is_another_act() -> None:
    text = "अदालत ने मंत्री रमेश कुमार को पांच साल की सजा सुनाई। अदालत ने दो शिक्षकों को भी एक साल की सजा सुनाई।"
    assert len(only(code(text), "SANCTION")) == 2


def test_the_additive_particle_after_a_time_phrase_marks_no_participant() -> None:
    text = "प्रशासन ने लोगों से घर में रहने की अपील की। प्रशासन ने शुक्रवार को भी बैठक में निर्देश दिए थे।"
    assert len(only(code(text), "REQUEST")) == 1


def test_the_same_actor_told_again_with_the_additive_particle_is_the_same_act() -> None:
    text = "भारत ने पाकिस्तान की निंदा की। भारत ने भी पाकिस्तान की कड़ी निंदा की।"
    assert len(only(code(text), "ACCUSE")) == 1


def test_the_additive_particle_on_the_speaker_of_a_report_adds_a_source_not_an_act() -> None:
    text = "20 लोगों को गिरफ्तार किया गया। पुलिस ने भी 20 लोगों को गिरफ्तार करने की बात कही।"
    assert len(only(code(text), "COERCE")) == 1


def test_the_additive_particle_of_a_comparison_marks_no_participant() -> None:
    compared = "पुलिस ने 20 से भी अधिक लोगों को गिरफ्तार किया"
    assert additive_sides(compared, Evidence(0, 0, len(compared), "गिरफ्तार"), []) == frozenset()
    added = "पुलिस ने 20 लोगों से भी पूछताछ की"
    assert additive_sides(added, Evidence(0, 0, len(added), "पूछताछ"), []) == {RECIPIENT}
