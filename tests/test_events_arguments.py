"""Argument extraction, modality and merging on hand-written Hindi sentences."""

from __future__ import annotations

import pytest

from ghatna.events.actors import home_of
from ghatna.events.tokens import sentence_toks
from ghatna.records import Analysis, Article, Event
from ghatna.run.extract import extract


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


@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        ("पुलिस ने पांच आरोपियों को गिरफ़्तार किया।", "COERCE", "पांच आरोपियों"),
        ("सेना ने गांव वालों पर गोलियां चलाईं।", "ASSAULT", "गांव वालों"),
        ("सेना ने भीड़ की ओर गोलियां चलाईं।", "ASSAULT", "भीड़"),
        ("पुलिस ने किसानों के विरुद्ध चेतावनी जारी की।", "THREATEN", "किसानों"),
        # a relative pronoun stands for the phrase before it
        ("कांग्रेस के नेता अहमद सलीम, जिन पर सेना ने हमला किया, अस्पताल में हैं।", "ASSAULT", "अहमद सलीम"),
        ("गांव के लोग, जिन पर पुलिस ने लाठीचार्ज किया, धरने पर बैठे हैं।", "ASSAULT", "लोग"),
        # the dative and the ablative name a party after a possessor too; a date's को is no party
        ("पुलिस ने सोमवार को गांव के मुखिया को गिरफ्तार कर लिया।", "COERCE", "गांव के मुखिया"),
        # the frame's order of cases: the one asked (से) before the place (में)
        ("मुख्यमंत्री ने राज्य की जनता से घरों में रहने की अपील की।", "REQUEST", "राज्य की जनता"),
    ],
)
def test_the_recipient_case_names_the_recipient(text: str, kind: str, recipient: str) -> None:
    (event,) = only(code(text), kind)
    assert event.recipient is not None and event.recipient.name_hi == recipient
    assert event.recipient.country == "IND"  # a group or a party's leader: the article's country


@pytest.mark.parametrize(
    ("text", "kind", "thing"),
    [
        ("पुलिस ने उसके घर पर छापा मारा।", "COERCE", "घर"),
        ("चीन ने अपनी सीमा पर हमला किया।", "ASSAULT", "सीमा"),
        ("मंत्री ने इस पेशकश को ठुकरा दिया।", "REJECT", "पेशकश"),  # an event noun is what, not whom
    ],
)
def test_a_thing_in_the_recipient_case_is_no_recipient_where_someone_owns_it(text: str, kind: str, thing: str) -> None:
    (event,) = only(code(text), kind)
    assert event.recipient is None or thing not in (event.recipient.name_hi or "")


def test_a_bare_name_in_a_story_about_another_country_has_no_country() -> None:
    abroad = "अमेरिका और रूस के बीच तनाव है। अमेरिका ने रूस पर प्रतिबंध लगाए। रूस में जॉन स्मिथ ने सरकार की आलोचना की।"
    (accusation,) = only(code(abroad), "ACCUSE")
    assert accusation.actor is not None and accusation.actor.name_hi == "जॉन स्मिथ"
    assert accusation.actor.country is None
    (at_home,) = only(code("राम प्रसाद ने सरकार की आलोचना की।"), "ACCUSE")
    assert at_home.actor is not None and at_home.actor.country == "IND"  # story and paper agree


def test_the_places_an_article_names_count_towards_the_country_it_is_about() -> None:
    text = "कश्मीर में हड़ताल रही। जर्मनी के एक दल ने कश्मीर का दौरा किया। कश्मीर में पुलिस ने नेताओं को रोका।"
    analysis = code(text)
    home = home_of(analysis, [t.key for toks in sentence_toks(analysis).values() for t in toks])
    assert home.generic == "IND"


def test_coordinated_subjects_become_both_sides() -> None:
    (event,) = only(code("नेपाल और भूटान ने संयुक्त सैन्य अभ्यास किया।"), "COOPERATE")
    assert {event.actor.country if event.actor else None, event.recipient.country if event.recipient else None} == {
        "NPL",
        "BTN",
    }


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("सरकार की ओर से विपक्ष की आलोचना की गई।", "ACCUSE", "सरकार"),
        ("पुलिस की ओर से तीन लोगों को गिरफ़्तार किया गया।", "COERCE", "पुलिस"),
    ],
)
def test_the_agent_of_a_passive_may_be_marked_ki_or_se(text: str, kind: str, actor: str) -> None:
    (event,) = only(code(text), kind)
    assert event.actor is not None and event.actor.name_hi == actor


def test_passive_subject_is_not_the_actor() -> None:
    analysis = code("पुलिस ने कई लोगों को गिरफ्तार किया। तीन नेताओं को रिहा कर दिया गया।")
    (arrest,) = only(analysis, "COERCE")
    assert arrest.actor is not None and arrest.actor.name_hi == "पुलिस"
    for release in only(analysis, "RETREAT"):
        assert release.actor is None or release.actor.name_hi != "तीन नेताओं"


@pytest.mark.parametrize(("text", "actor"), [
    # the state government named just before took the state action told in the passive
    ("हरियाणा सरकार ने बैठक की। राज्य में कोरोना को महामारी घोषित कर दिया गया है।", "Government of Haryana"),
    ("लखनऊ प्रशासन ने बैठक की। शहर में धारा 144 लागू कर दी गई है।", "Lucknow administration"),
    ("हरियाणा सरकार द्वारा बैठक बुलाई गई। राज्य में कोरोना को महामारी घोषित कर दिया गया है।", "Government of Haryana"),
    ("हरियाणा सरकार सख्त कदम उठा रही है। राज्य में कोरोना को महामारी घोषित कर दिया गया है।", "Government of Haryana"),
    # a government of another paragraph is not the one; the authorities stay unnamed
    ("हरियाणा सरकार ने बैठक की।\n\nराज्य में कोरोना को महामारी घोषित कर दिया गया है।", None),
    # police named after it, or the government only as a target, leave them unnamed too
    ("हरियाणा सरकार ने आदेश दिए। पुलिस ने जांच शुरू की। नियम तोड़ने वाले 50 लोगों को गिरफ्तार किया गया।", None),
    ("कांग्रेस ने सरकार पर आरोप लगाया। प्रदर्शनकारियों को हिरासत में लिया गया।", None),
])
def test_a_passive_state_action_is_taken_by_the_government_named_just_before(text: str, actor: str | None) -> None:
    (event,) = [e for e in code(text).events if e.type == "COERCE"]
    assert event.actor is not None and event.actor.sector == "GOV" and event.actor.name_en == actor


def test_pro_drop_carries_the_subject_over() -> None:
    analysis = code("भारत ने श्रीलंका से बातचीत की। बाद में उसने नेपाल को सहायता दी।")
    (aid,) = only(analysis, "AID")
    assert aid.actor is not None and aid.actor.country == "IND"
    assert aid.recipient is not None and aid.recipient.country == "NPL"


def test_an_asserted_event_is_told() -> None:
    events = [e for e in code("चीन ने जापान की आलोचना की।").events if e.type == "ACCUSE"]
    assert events and events[0].modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने पाकिस्तान पर हमला नहीं किया।",
        "अगर हालात बिगड़े तो भारत ने पाकिस्तान पर हमला किया।",
        "अगर बातचीत टूटी तो सीमा पर विस्फोट होगा।",
    ],
)
def test_a_negated_or_hypothetical_event_is_no_event(text: str) -> None:
    assert not only(code(text), "ASSAULT")


@pytest.mark.parametrize(
    ("told", "untold"),
    [
        ("सेना ने गांव पर हमला किया।", "क्या सेना ने गांव पर हमला किया?"),
        ("सेना ने गांव पर हमला किया।", "सेना ने गांव पर हमला किया?"),
        ("दल ने ड्रोन हमलों की निंदा की।", "दल चुनाव में ड्रोन हमलों को मुद्दा बना रहे हैं।"),
    ],
)
def test_a_question_or_a_topic_is_no_event(told: str, untold: str) -> None:
    kind = "ASSAULT"
    assert only(code(told), kind) or only(code(told), "ACCUSE")
    assert not only(code(untold), kind)


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
    from dataclasses import replace

    from ghatna.events.coder import code_events
    from ghatna.pipeline import Pipeline

    text = "सोमवार को दिल्ली में भारत पाकिस्तान से बातचीत करेगा।"
    analysis = Pipeline(("segment", "tokenise", "mentions", "time", "entities")).run(
        Article(id="t", text=text, source="test")
    )
    words = [t.text for t in analysis.tokens]
    verb = analysis.tokens[words.index("करेगा")].index
    relation = {"करेगा": "root", "भारत": "nsubj", "बातचीत": "compound"}
    analysis.tokens = [replace(t, head=verb, dep=relation.get(t.text, "dep")) for t in analysis.tokens]
    events = [e for e in code_events(analysis) if e.actor is not None and e.actor.country == "IND"]
    assert events, "the parsed subject भारत should be the actor"


def test_the_parse_stage_parses_just_the_sentences_with_an_event_predicate() -> None:
    from ghatna.pipeline import Pipeline

    text = "आज मौसम साफ रहा। भारत ने पाकिस्तान पर हमला किया।"
    analysis = Pipeline(("segment", "tokenise", "parse")).run(Article(id="t", text=text, source="test"))
    parsed = {t.sentence for t in analysis.tokens if t.dep}
    assert parsed == {1}
    heads = {t.head for t in analysis.tokens if t.sentence == 1}
    assert all(analysis.tokens[0].index < h for h in heads)  # heads are indices of the whole text


def test_a_comma_list_of_actors_gives_one_event_each() -> None:
    events = only(code("भारत, नेपाल और भूटान ने पाकिस्तान की निंदा की।"), "ACCUSE")
    assert {e.actor.country for e in events if e.actor} == {"IND", "NPL", "BTN"}
    assert all(e.recipient is not None and e.recipient.country == "PAK" for e in events)


def test_reported_accusation_targets_the_subject_of_the_ki_clause() -> None:
    (event,) = only(code("चीन ने आरोप लगाया कि जापान ने सीमा पर सैनिक भेजे।"), "ACCUSE")
    assert event.actor is not None and event.actor.country == "CHN"
    assert event.recipient is not None and event.recipient.country == "JPN"


def test_noun_mention_does_not_take_the_speaker_as_attacker() -> None:
    analysis = code("मुख्यमंत्री ने कहा कि हमले में दस लोग घायल हुए।")
    assert all(e.actor is None for e in only(analysis, "ASSAULT"))


def test_protest_called_for_is_a_future_protest_of_the_caller() -> None:
    (event,) = only(code("नेपाल की सरकार ने देशभर में प्रदर्शन की अपील की।"), "PROTEST")
    assert event.modality == "future" and event.actor is not None and event.actor.country == "NPL"


def test_coder_is_linear_on_one_endless_sentence() -> None:
    """A long text without a sentence end must not make the coder quadratic."""
    import time

    from ghatna.events.coder import code_events
    from ghatna.pipeline import Pipeline

    unit = "भारत के रक्षा मंत्री ने कजाकिस्तान के विदेश मंत्री से मुलाकात की और "
    timings = []
    for n in (200, 800):
        analysis = Pipeline(("segment", "tokenise", "mentions", "time", "entities")).run(
            Article(id="t", text=unit * n, source="test")
        )
        runs = []
        for _ in range(3):  # best of three: one slow run on a busy CI machine is noise, not growth
            started = time.perf_counter()
            code_events(analysis)
            runs.append(time.perf_counter() - started)
        timings.append(min(runs))
    assert timings[1] < 10 * max(timings[0], 0.05)  # 4x the text, well under 16x the time


def test_a_passive_with_jaa_after_the_light_verb_takes_no_carried_actor() -> None:
    analysis = code("सीबीआई ने विधायक से पूछताछ की। उनके भाई को पहले ही गिरफ़्तार किया जा चुका है।")
    arrests = only(analysis, "COERCE")
    assert arrests and all(e.actor is None or e.actor.name_en != "Central Bureau of Investigation" for e in arrests)


def test_an_unknown_stated_agent_is_not_replaced_by_the_topic() -> None:
    analysis = code("सीबीआई ने सांसद को गिरफ्तार किया। स्थानीय दुकानदारों ने एक बैठक की।")
    (meeting,) = only(analysis, "CONSULT")
    assert meeting.actor is not None and meeting.actor.name_hi == "स्थानीय दुकानदारों"
    assert meeting.actor.country == "IND" and meeting.actor.name_en is None


def test_a_mention_without_sides_joins_the_event_of_its_type() -> None:
    analysis = code("शहर में झड़प हुई। बाद में पुलिस ने प्रदर्शनकारियों पर हमला किया।")
    assaults = only(analysis, "ASSAULT")
    assert len(assaults) == 1 and assaults[0].actor is not None
    assert len(assaults[0].evidence) == 2


def test_a_place_with_a_place_noun_is_still_the_place() -> None:
    (curfew,) = only(code("पूरी कश्मीर घाटी में सोमवार रात से कर्फ्यू लगा दिया गया।"), "COERCE")
    assert curfew.location is not None and curfew.location.country == "IND"


def test_an_event_takes_the_place_its_sentence_names() -> None:
    analysis = code("श्रीनगर में हालात तनावपूर्ण रहे और पुलिस ने कई युवकों को गिरफ्तार किया।")
    (arrest,) = only(analysis, "COERCE")
    assert arrest.location is not None and arrest.location.name_hi == "श्रीनगर"


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("माओवादियों ने कांग्रेस की रैली पर हमला किया।", "ASSAULT", "REB", "Indian National Congress"),
        ("माओवादियों ने भाजपा की संकल्प यात्रा पर हमला किया।", "ASSAULT", "REB", "Bharatiya Janata Party"),
        ("चरमपंथियों ने भाजपा की यात्रा को लेकर धमकी दी थी।", "THREATEN", "REB", "Bharatiya Janata Party"),
    ],
)
def test_a_thing_attacked_stands_for_its_owner(text: str, kind: str, actor: str, recipient: str) -> None:
    (event,) = only(code(text), kind)
    assert event.actor is not None and event.actor.sector == actor
    assert event.recipient is not None and event.recipient.name_en == recipient


def test_an_owner_is_not_read_into_a_meeting() -> None:
    (event,) = only(code("मोदी ने ओबामा के दफ़्तर में मुलाकात की।"), "CONSULT")
    assert event.recipient is None or event.recipient.name_en != "Barack Obama"


def test_a_condemned_attack_blames_its_doer_and_is_not_told_again() -> None:
    analysis = code("माओवादियों ने पुलिस पर हमला किया। मुख्यमंत्री ने पुलिस पर हुए हमले की सख़्त लहजे में निंदा की।")
    (attack,) = only(analysis, "ASSAULT")
    assert attack.actor is not None and attack.actor.sector == "REB"
    (condemnation,) = only(analysis, "ACCUSE")
    assert condemnation.recipient is not None and condemnation.recipient.sector == "REB"


def test_what_something_is_called_is_not_an_event() -> None:
    analysis = code("विपक्ष ने इस फैसले को संविधान पर हमला करार दिया।")
    assert not only(analysis, "ASSAULT")


def test_an_object_pronoun_stands_for_the_person_named_before() -> None:
    analysis = code("पुलिस ने नरेंद्र मोदी से पूछताछ की। शाम को उन्हें गिरफ़्तार कर लिया गया।")
    arrests = only(analysis, "COERCE")
    assert any(e.recipient is not None and e.recipient.name_en == "Narendra Modi" for e in arrests)


def test_a_participle_before_a_noun_describes_it() -> None:
    analysis = code("गठबंधन को समर्थन दे रहे निर्दलीय विधायक बजट पर बहस कर रहे हैं।")
    assert not only(analysis, "SUPPORT")
    assert not only(code("हड़ताल कर रहे डॉक्टरों से मंत्री मिले।"), "PROTEST")
    condemnation = code("मुख्यमंत्री ने हमले की निंदा करते हुए जांच के आदेश दिए।")
    assert only(condemnation, "ACCUSE")


def test_an_attack_retold_with_its_victims_only_described_is_one_event() -> None:
    analysis = code("माओवादियों ने कांग्रेस की रैली पर हमला किया। माओवादियों ने पार्टी के कई नेताओं को गोली मारी।")
    (attack,) = only(analysis, "ASSAULT")
    assert attack.recipient is not None and attack.recipient.name_en == "Indian National Congress"
    assert len(attack.evidence) == 2


def test_a_coordinated_between_phrase_names_both_sides() -> None:
    (talks,) = only(code("भारत और चीन के बीच पिछले महीने हुई बैठक में सीमा पर चर्चा हुई।"), "CONSULT")
    sides = {talks.actor.country if talks.actor else None, talks.recipient.country if talks.recipient else None}
    assert sides == {"IND", "CHN"}


def test_a_noun_mentioned_in_passing_takes_no_agent_from_its_clause() -> None:
    analysis = code("सीबीआई ने विधायक रमेश वर्मा को एक पुरानी हत्या की जांच में पूछताछ के लिए बुलाया।")
    agents = {e.actor.name_en for e in only(analysis, "ASSAULT") if e.actor is not None}
    assert "Central Bureau of Investigation" not in agents


def test_a_bare_riot_is_not_folded_into_a_strike() -> None:
    analysis = code("पुणे में हिंसा हुई। दलित संगठनों ने मुंबई बंद का आह्वान किया।")
    modes = {e.mode for e in only(analysis, "PROTEST")}
    assert "riot" in modes


def test_a_promise_in_a_direct_quote_is_the_speakers() -> None:
    analysis = code('मनमोहन सिंह ने संसद में कहा, "अगर घोटाला साबित होता है, तो हम दोषियों पर सख्त कार्रवाई करेंगे."')
    (threat,) = only(analysis, "THREATEN")
    assert threat.actor is not None and threat.actor.name_en == "Manmohan Singh"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("मुख्यमंत्री ने एक बार फिर अपील की कि सब लोग घरों में ही रहें।", "REQUEST"),
        ("पुलिस ने पूरे मामले की जांच शुरू कर दी है।", "ACCUSE"),
        ("नाराज किसानों ने सोमवार को जोरदार प्रदर्शन किया।", "PROTEST"),
    ],
)
def test_a_target_the_clause_leaves_out_is_on_the_actors_own_side(text: str, kind: str) -> None:
    (event,) = only(code(text), kind)
    assert event.actor is not None and event.actor.country == "IND"
    assert event.recipient is not None and event.recipient.country == "IND" and event.recipient.name_hi is None


def test_an_own_side_target_takes_the_country_a_person_is_placed_in() -> None:
    # the entities stage leaves रमेश यादव unplaced; the story's country places him, and his side
    (appeal,) = only(code("रमेश यादव ने शांति बनाए रखने की अपील की।"), "REQUEST")
    assert appeal.actor is not None and appeal.actor.country == "IND"
    assert appeal.recipient is not None and appeal.recipient.country == "IND" and appeal.recipient.name_hi is None


def test_no_own_side_target_without_the_actors_country() -> None:
    abroad = "अमेरिका और रूस के बीच तनाव है। जॉन स्मिथ ने शांति की अपील की।"
    (appeal,) = only(code(abroad), "REQUEST")
    assert appeal.actor is not None and appeal.actor.country is None
    assert appeal.recipient is None


def test_a_sentence_passed_without_its_agent_is_the_authorities() -> None:
    (sentence,) = only(code("लंबी सुनवाई के बाद दोषी व्यापारी को उम्रकैद की सजा सुनाई गई।"), "SANCTION")
    assert sentence.actor is not None and sentence.actor.country == "IND" and sentence.actor.name_hi is None


def test_the_person_in_the_genitive_of_an_appeal_made_it() -> None:
    (appeal,) = only(code("प्रधानमंत्री नरेंद्र मोदी की अपील के बाद लोग घरों में रहे।"), "REQUEST")
    assert appeal.actor is not None and appeal.actor.name_hi == "नरेंद्र मोदी"


@pytest.mark.parametrize(
    ("attack", "accident"),
    [
        ("बाजार में आतंकियों ने विस्फोट किया।", "कारखाने के बॉयलर में विस्फोट हुआ।"),
        ("बस अड्डे पर बम धमाका हुआ।", "पहाड़ पर ज्वालामुखी में जोरदार धमाका हुआ।"),
        ("घुसपैठियों के हमले में दो जवान शहीद हो गए।", "हिमस्खलन की चपेट में आकर दो जवान शहीद हो गए।"),
        ("उपद्रवियों ने दुकानों में आग लगा दी।", "खेत में सूखी पत्तियों में आग लगा दी।"),
    ],
)
def test_an_explosion_fire_or_death_is_an_attack_only_with_an_attacker(attack: str, accident: str) -> None:
    assert only(code(attack), "ASSAULT")
    assert not only(code(accident), "ASSAULT")


def test_a_heart_attack_is_no_attack() -> None:
    assert not only(code("मंत्री को हार्ट अटैक आया और उन्हें अस्पताल ले जाया गया।"), "ASSAULT")


def test_the_case_marker_is_not_the_name_of_a_kind_of_actor() -> None:
    (event,) = only(code("सोमवार को आतंकवादियों ने थाने पर हमला किया।"), "ASSAULT")
    assert event.actor is not None and event.actor.name_hi == "आतंकवादियों"


def test_violence_in_a_sentence_about_militants_is_their_attack_not_a_riot() -> None:
    riot = [e for e in only(code("चुनाव के बाद कस्बे में हिंसा भड़क उठी।"), "PROTEST") if e.mode == "riot"]
    attack = code("आतंकियों के हमले के बाद कस्बे में हिंसा भड़क उठी।")
    assert riot and only(attack, "ASSAULT")
    assert not [e for e in only(attack, "PROTEST") if e.mode == "riot"]


def test_a_vehicle_is_no_actor() -> None:
    assert only(code("हमलावरों ने सिपाही को गोली मार दी।"), "ASSAULT")
    assert not only(code("रात में एक तेज रफ्तार ट्रक ने सिपाही को मार दिया।"), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("ओडिशा सरकार की नई योजना की पड़ोसी राज्य के मंत्री रमेश वर्मा ने प्रशंसा की।", "SUPPORT", "Ramesh Verma",
         "Government of Odisha"),
        ("सरकार के इस फैसले की विपक्षी दलों ने कड़ी आलोचना की है।", "ACCUSE", "Indian opposition parties",
         "India"),
    ],
)
def test_a_thing_fronted_before_the_agent_stands_for_its_owner(text: str, kind: str, actor: str, recipient: str
                                                               ) -> None:
    (event,) = only(code(text), kind)
    assert event.actor is not None and event.actor.name_en == actor
    assert event.recipient is not None and event.recipient.name_en == recipient


def test_an_affiliation_before_the_agent_is_no_recipient() -> None:
    (event,) = only(code("अमेरिका के विदेश मंत्रालय की प्रवक्ता ने बयान की निंदा की।"), "ACCUSE")
    assert event.recipient is None or event.recipient.name_en is None


def test_kinds_of_actor_belong_to_the_country_of_the_towns_the_story_is_in() -> None:
    text = (
        "इटली और स्पेन में हजारों लोग बीमार हैं। इटली में हालात खराब हैं। अमृतसर में अधिकारियों ने बैठक की। "
        "अमृतसर के बाजार बंद रहे। अमृतसर में अधिकारियों ने लोगों से घरों में रहने की अपील की।"
    )
    (event,) = only(code(text), "REQUEST")
    assert event.actor is not None and event.actor.country == "IND"


@pytest.mark.parametrize(
    ("text", "kind", "slot", "words"),
    [
        # a phrase of time, cause or topic closes before the actor after it
        ("हादसे के बाद गांव वालों ने सड़क पर धरना प्रदर्शन किया।", "PROTEST", "actor", "गांव वालों"),
        ("वेतन में देरी के चलते गांव वालों ने धरना प्रदर्शन किया।", "PROTEST", "actor", "गांव वालों"),
    ],
)
def test_an_adjunct_phrase_does_not_run_into_the_actor(text: str, kind: str, slot: str, words: str) -> None:
    (event,) = only(code(text), kind)
    assert getattr(event, slot) is not None and getattr(event, slot).name_hi == words


def test_what_a_protest_is_about_is_not_its_target() -> None:
    (event,) = only(code("मजदूरों ने वेतन को लेकर हड़ताल की।"), "PROTEST")
    assert event.recipient is None or event.recipient.name_hi != "वेतन"


def test_a_state_action_told_in_the_passive_by_an_official_is_the_officials() -> None:
    (event,) = only(code("जिलाधिकारी रमेश वर्मा ने बताया कि शहर के चार इलाकों में कर्फ्यू लगा दिया गया है।"), "COERCE")
    assert event.actor is not None and event.actor.name_hi == "रमेश वर्मा"


def test_a_passive_state_action_told_by_someone_without_office_keeps_the_implied_authorities() -> None:
    (event,) = only(code("दुकानदार रमेश वर्मा ने बताया कि शहर के चार इलाकों में कर्फ्यू लगा दिया गया है।"), "COERCE")
    assert event.actor is not None and event.actor.name_hi is None and event.actor.sector == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        # the object of an infinitive (इस अवधि को बढ़ाने) and the infinitive after its object
        # (महामारी से लड़ने के लिए) belong to the embedded verb
        "कई राज्य सरकारों ने इस अवधि को बढ़ाने की अपील की है।",
        "व्यापारी संघ ने बीमारी के फैलाव को रोकने के लिए सहायता की पेशकश की।",
    ],
)
def test_the_object_of_an_embedded_infinitive_is_no_recipient(text: str) -> None:
    events = [e for e in code(text).events if e.type in ("REQUEST", "AID", "AGREE")]
    assert events
    assert all(e.recipient is None or e.recipient.name_hi is None for e in events)


def test_a_place_ending_like_an_infinitive_is_still_a_recipient() -> None:
    (event,) = only(code("ग्रामीणों ने थाने पर पथराव किया।"), "ASSAULT")
    assert event.recipient is not None and event.recipient.name_hi == "थाने"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the accused runs together with the words after it, or follows phrases of manner and place
        ("विपक्ष के नेता ने आरोप लगाया कि केंद्र सरकार महंगाई पर झूठे बयान दे रही है।", "India"),
        ("भाजपा ने आरोप लगाया कि बाढ़ के खिलाफ राहत के काम में कांग्रेस बाधा डाल रही है।", "Indian National Congress"),
        # an actor that modifies a thing owned (मोदी सरकार की नीतियों) is not the subject
        ("भाजपा ने आरोप लगाया कि मोदी सरकार की नीतियों के खिलाफ कांग्रेस झूठ फैला रही है।", "Indian National Congress"),
    ],
)
def test_an_accusation_is_aimed_at_the_first_known_actor_of_its_content(text: str, recipient: str) -> None:
    (event,) = only(code(text), "ACCUSE")
    assert event.recipient is not None and event.recipient.name_en == recipient


def test_an_actor_with_its_own_case_marker_in_the_content_is_not_the_accused() -> None:
    (event,) = only(code("भाजपा ने आरोप लगाया कि पुलिस पर हमला हुआ।"), "ACCUSE")
    assert event.recipient is None or event.recipient.name_hi is None


def test_the_agent_of_a_passive_is_its_dvara_phrase_not_the_ergative_of_another_verb() -> None:
    (ban,) = only(code("अहमद ने जनवरी में सरकार द्वारा संगठन पर प्रतिबंध लगाए जाने से पहले पार्टी छोड़ दी थी।"), "COERCE")
    assert ban.actor is not None and ban.actor.name_hi == "सरकार"


@pytest.mark.parametrize(
    "text",
    [
        # a state action done to the teller's side, or told in an accusation, is not the teller's
        "मुख्यमंत्री ने आरोप लगाया कि उनके मंत्री को गिरफ्तार किया गया है।",
        "दिल्ली के मुख्यमंत्री ने कहा कि उनके दो विधायकों को हिरासत में लिया गया।",
    ],
)
def test_a_teller_of_a_passive_state_action_against_his_side_did_not_do_it(text: str) -> None:
    (event,) = only(code(text), "COERCE")
    assert event.actor is not None and event.actor.name_hi is None


def test_a_noun_that_ends_like_an_infinitive_leaves_the_object_a_recipient() -> None:
    (event,) = only(code("पुलिस ने पांच आरोपियों को थाने में हिरासत में लिया।"), "COERCE")
    assert event.recipient is not None and event.recipient.name_hi == "पांच आरोपियों"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the owner of what a protest or accusation is about is its target; the topic itself is not
        ("किसानों ने सरकार के फैसले को लेकर प्रदर्शन किया।", "PROTEST"),
        ("विपक्ष ने सरकार की नीतियों को लेकर आरोप लगाया।", "ACCUSE"),
    ],
)
def test_the_owner_of_what_an_event_is_about_is_its_recipient(text: str, kind: str) -> None:
    (event,) = only(code(text), kind)
    assert event.recipient is not None and event.recipient.name_en == "India"


def test_a_warning_about_weather_is_no_threat() -> None:
    assert not only(code("मौसम विभाग ने भारी बारिश को लेकर चेतावनी जारी की।"), "THREATEN")


@pytest.mark.parametrize(
    ("text", "kind", "garbage"),
    [
        # a phrase that runs into its predicate (an adverb, a predicate adjective) names no actor
        ("उनका कहना था कि वे लोग वहां हंगामा पैदा करने आए थे और उन्होंने पुलिस पर पथराव किया।", "PROTEST", "वहां"),
        ("गवाहों ने बताया कि एक हमलावर फरार है जिसने बाजार में गोलीबारी की।", "ASSAULT", "फरार"),
        # a finite verb (future) ends the clause before: what precedes it is no carried-over actor
        (
            "विशेषज्ञों ने चेताया है कि ये वायरस भविष्य में भी जिंदा रहेगा । कुछ जगहों पर लॉकडाउन में ढील देकर लोगों को"
            " राहत दी गई है ।",
            "CONCEDE",
            "रहेगा",
        ),
    ],
)
def test_a_phrase_that_runs_into_its_predicate_is_no_actor(text: str, kind: str, garbage: str) -> None:
    events = only(code(text), kind)
    assert events
    assert all(e.actor is None or not (e.actor.name_hi or "").endswith(garbage) for e in events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("धैर्यशील माने ने सरकार की आलोचना की।", "धैर्यशील माने"),
        ("सुरेश गुणारत्ने ने विपक्ष की आलोचना की।", "सुरेश गुणारत्ने"),
    ],
)
def test_a_name_ending_like_an_infinitive_before_ne_is_the_actor(text: str, name: str) -> None:
    # no infinitive takes ने: the word before it ends a name, which the entities stage may not know
    (event,) = only(code(text), "ACCUSE")
    assert event.actor is not None and event.actor.name_hi == name


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("केंद्र ने राज्यों से लॉकडाउन का सख्ती से पालन कराने की अपील की।", "REQUEST", "actor"),
        ("विपक्ष ने केंद्र की आलोचना की।", "ACCUSE", "recipient"),
        ("राज्य सरकार ने केंद्र से अतिरिक्त राशि की मांग की।", "REQUEST", "recipient"),
    ],
)
def test_kendra_alone_is_the_central_government(text: str, kind: str, side: str) -> None:
    (event,) = only(code(text), kind)
    party = getattr(event, side)
    assert party is not None and (party.name_en, party.country, party.sector) == ("India", "IND", "GOV")


def test_a_centre_of_something_is_no_government() -> None:
    events = code("स्वास्थ्य केंद्र के डॉक्टरों ने मरीजों से घरों में रहने की अपील की।").events
    assert all(e.actor is None or e.actor.name_en != "India" for e in events)


def test_a_pronoun_no_name_resolves_is_a_party_of_the_story() -> None:
    (event,) = only(code("अदालत ने उसे दस साल की सजा सुनाई।"), "SANCTION")
    assert event.recipient is not None and event.recipient.country == "IND"


@pytest.mark.parametrize(
    ("text", "kind", "side", "country"),
    [
        # a name split at its hyphens is still the name (not its last part, read as a person)
        ("जैश-ए-मोहम्मद ने सेना के काफिले पर हमला किया।", "ASSAULT", "actor", "PAK"),
        # a group owned by a named organisation is of that organisation's country
        ("दिल्ली पुलिस ने लश्कर-ए-तैयबा के चार आतंकवादियों को गिरफ्तार किया है।", "COERCE", "recipient", "PAK"),
    ],
)
def test_a_hyphenated_name_places_its_phrase(text: str, kind: str, side: str, country: str) -> None:
    (event,) = only(code(text), kind)
    party = getattr(event, side)
    assert party is not None and party.country == country


def test_a_pronoun_acted_on_by_a_foreign_side_gets_no_country_of_the_story() -> None:
    text = "दिल्ली और मुंबई में बारिश हुई। शिकागो की अदालत ने उसे दस साल की सजा सुनाई।"
    events = only(code(text), "SANCTION")
    assert events and all(e.recipient is None or e.recipient.country != "IND" for e in events)


def test_a_party_no_model_found_is_spelt_when_it_opens_with_a_given_name() -> None:
    (event,) = only(code("पुलिस ने गांव में सिद्धार्थ को गिरफ़्तार कर लिया।"), "COERCE")
    assert event.recipient is not None and event.recipient.name_hi == "सिद्धार्थ"
    assert event.recipient.name_en == "Siddhartha"
    (event,) = only(code("सेना ने गांव वालों पर गोलियां चलाईं।"), "ASSAULT")
    assert event.recipient is not None and event.recipient.name_en is None  # a kind of people, no name


def test_a_given_name_before_a_common_noun_is_not_spelt_as_a_name() -> None:
    (event,) = only(code("सेना ने विजय चौक पर गोलियां चलाईं।"), "ASSAULT")  # a square, "विजय" a given name
    assert event.recipient is not None and event.recipient.name_en is None
    (event,) = only(code("आतंकवादियों ने लाल किला पर हमला किया।"), "ASSAULT")
    assert event.recipient is not None and event.recipient.name_en is None


def test_a_spelt_name_leaves_out_the_honorific_after_it() -> None:
    (event,) = only(code("नरेंद्र मोदी जी ने लोगों से घरों में रहने की अपील की।"), "REQUEST")
    assert event.actor is not None and event.actor.name_en == "Narendra Modi"
