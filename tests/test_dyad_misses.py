"""The classes of training/lexicon/dyad_misses.py, on events and coder traces written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.evaluate.events import load_scorer
from ghatna.records import Actor, Event, Evidence
from training.lexicon.corpus_triggers import light_lemma_of_form, normalise
from training.lexicon.dyad_misses import false_class, miss_class, slots_wrong
from training.lexicon.lost_reasons import Watch

from .conftest import SHARED

SCORER = SHARED / "tools" / "score_events.py"
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="../shared missing")


def _event(kind: str, actor: str | None, recipient: str | None, modality: str = "asserted") -> Event:
    def side(country: str | None) -> Actor:
        return Actor(None, None, country)

    return Event(kind, side(actor), side(recipient), [Evidence(0, 0, 10, "x")], modality=modality)


def _gold(kind: str, actor: str, recipient: str, text: str = "गिरफ्तार किया") -> dict[str, Any]:
    return {
        "type": kind,
        "actor": {"country": actor},
        "recipient": {"country": recipient},
        "trigger": {"start": 20, "end": 30, "text": text},
    }


def _watch(kind: str, reason: str, made: list[Event]) -> Watch:
    watch = Watch()
    watch.reason[(22, 28, kind)] = reason
    watch.made[(22, 28, kind)] = made
    return watch


def test_the_wrong_slots_name_what_the_coder_gave() -> None:
    gold = _gold("COERCE", "GBR", "GBR")
    assert slots_wrong(gold, _event("COERCE", "IND", None)) == ["actor=IND", "recipient=null"]
    assert slots_wrong(gold, _event("COERCE", "GBR", "PAK")) == ["recipient=other"]


@needs_scorer
def test_each_miss_gets_the_class_of_what_the_coder_did_over_its_trigger() -> None:
    se, light = load_scorer(str(SCORER)), light_lemma_of_form()
    gold = _gold("COERCE", "GBR", "GBR")
    wrong = _event("COERCE", "IND", "IND")
    assert miss_class(gold, [wrong], _watch("COERCE", "made", [wrong]), se, light) == "country:actor=IND+recipient=IND"
    assert miss_class(gold, [], _watch("ASSAULT", "made", []), se, light) == "other_type"
    assert miss_class(gold, [], _watch("COERCE", "no_actor", []), se, light) == "discarded:no_actor"
    negated = _event("COERCE", "GBR", "GBR", modality="negated")
    assert miss_class(gold, [], _watch("COERCE", "made", [negated]), se, light) == "discarded:negated"
    right = _event("COERCE", "GBR", "GBR")
    assert miss_class(gold, [right], _watch("COERCE", "made", [right]), se, light) == "discarded:taken"
    assert miss_class(gold, [], Watch(), se, light) == "missing:coded"
    assert miss_class(_gold("ACCUSE", "IND", "IND", "कहा"), [], Watch(), se, light) == "missing:none"


def test_a_false_positive_is_classed_by_the_gold_trigger_under_it() -> None:
    golds = [_gold("COERCE", "GBR", "GBR")]
    event = _event("COERCE", "IND", "IND")
    assert false_class(event, (22, 28, "COERCE"), golds, set()) == "fp:same_type"
    assert false_class(event, (22, 28, "COERCE"), golds, {0}) == "fp:taken"
    assert false_class(_event("ASSAULT", "IND", None), (22, 28, "ASSAULT"), golds, set()) == "fp:other_type"
    assert false_class(event, (40, 48, "COERCE"), golds, set()) == "fp:no_gold"


@pytest.mark.parametrize(
    ("trigger", "kind", "lemma"),
    [
        # a light-verb form after a form of a verb is its passive or compound auxiliary
        ("भेजा गया है", "verb", "भेज"),
        ("लाया जाएगा", "verb", "ला"),
        ("हटा लिया", "verb", "हटा"),
        ("सौंप दिया", "verb", "सौंप"),
        # a noun, or a decided pair, keeps its light verb
        ("गिरफ्तार कर लिया", "light", "गिरफ्तार कर"),
        ("रोक लगा दी", "light", "रोक लगा"),
        ("निकाल लिया गया", "light", "निकाल ले"),
        ("चूक हुई", "light", "चूक हो"),
        # the genitive of an infinitive is no light verb: the noun after it heads the trigger
        ("बढ़ाने की घोषणा की", "light", "घोषणा कर"),
    ],
)
def test_a_trigger_is_normalised_to_its_main_verb_or_its_light_pair(trigger: str, kind: str, lemma: str) -> None:
    assert normalise(trigger.split(), light_lemma_of_form()) == (kind, lemma)
