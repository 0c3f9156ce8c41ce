"""The learned event coder: its training data conversion, the shipped models, and the switch."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import ghatna.events.coder as coder_module
import ghatna.events.learned.choose as choose_module
from ghatna.events.clauses import find_triggers
from ghatna.events.coder import code_events
from ghatna.events.learned.arguments import candidates
from ghatna.events.learned.data import GoldTrigger, label_spans, token_labels
from ghatna.events.learned.features import token_features
from ghatna.events.learned.model import TriggerModel, argument_model, trigger_model
from ghatna.events.learned.perceptron import Perceptron, load, save
from ghatna.events.learned.setting import ENVIRONMENT, Coder, coder_setting
from ghatna.events.learned.triggers import combined_triggers, extra_candidates, learned_triggers
from ghatna.events.lexicon import lexicon
from ghatna.events.tokens import sentence_toks
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.ingest.article import make_article
from ghatna.pipeline import Pipeline, default_pipeline

# sentences written for these tests
ARREST = "पुलिस ने कल शाम दो तस्करों को गिरफ्तार कर लिया।"
TWO_EVENTS = "मंत्री ने विपक्ष की कड़ी आलोचना की। बाद में उन्होंने किसानों से धरना खत्म करने की अपील की।"


def _tokens(text: str) -> dict[int, list[Any]]:
    analysis = Pipeline(["segment", "tokenise"]).run(make_article(text, "test", article_id="t"))
    return sentence_toks(analysis)


def _span(text: str, words: str, kind: str) -> GoldTrigger:
    start = text.index(words)
    return GoldTrigger(start, start + len(words), kind)


def test_trigger_annotation_round_trip() -> None:
    gold = [_span(TWO_EVENTS, "आलोचना की", "ACCUSE"), _span(TWO_EVENTS, "अपील की", "REQUEST")]
    spans = []
    for toks in _tokens(TWO_EVENTS).values():
        labels = token_labels(toks, gold)
        assert len(labels) == len(toks)
        spans += label_spans(toks, labels)
    assert spans == gold


def test_adjacent_triggers_of_one_type_join_but_of_two_types_stay_apart() -> None:
    toks = next(iter(_tokens(ARREST).values()))
    first = _span(ARREST, "गिरफ्तार", "COERCE")
    light = _span(ARREST, "कर लिया", "COERCE")
    assert label_spans(toks, token_labels(toks, [first, light])) == [_span(ARREST, "गिरफ्तार कर लिया", "COERCE")]
    other = _span(ARREST, "कर लिया", "ASSAULT")
    assert label_spans(toks, token_labels(toks, [first, other])) == [first, other]


def test_perceptron_learns_and_survives_a_save(tmp_path: Path) -> None:
    examples = [(["w=a", "bias"], "X"), (["w=b", "bias"], "Y"), (["w=a", "n=c", "bias"], "X")] * 5
    model = Perceptron(["X", "Y"])
    model.train(examples, epochs=5, seed=1)
    assert [model.predict(f) for f, _ in examples[:2]] == ["X", "Y"]
    save(tmp_path / "m.json.gz", model.to_json())
    again = Perceptron.from_json(load(tmp_path / "m.json.gz"))
    assert again.scores(["w=b", "bias"]) == model.scores(["w=b", "bias"])
    save(tmp_path / "n.json.gz", again.to_json())
    assert (tmp_path / "m.json.gz").read_bytes() == (tmp_path / "n.json.gz").read_bytes()


def test_shipped_tagger_finds_an_arrest() -> None:
    toks = next(iter(_tokens(ARREST).values()))
    lex = lexicon()
    found = learned_triggers(toks, find_triggers(toks, lex), lex, trigger_model())
    assert [(t.predicate.type, toks[t.first].text) for t in found] == [("COERCE", "गिरफ्तार")]


def _arrest_events(coder: Coder) -> list[tuple[str, str | None, str | None]]:
    analysis = default_pipeline().run(make_article(ARREST, "test", article_id="t"))
    return [
        (e.type, e.actor.name_hi if e.actor else None, e.recipient.name_hi if e.recipient else None)
        for e in code_events(analysis, coder)
    ]


def test_shipped_argument_model_finds_the_arrested_as_recipient() -> None:
    assert argument_model().labels == ["actor", "none", "recipient"]
    assert _arrest_events("learned") == [("COERCE", "पुलिस", "दो तस्करों")]
    # the rules' case frames read the को-object as the recipient too (a group of the article's country)
    assert _arrest_events("rules") == [("COERCE", "पुलिस", "दो तस्करों")]


def test_setting_rejects_an_unknown_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, "oracle")
    with pytest.raises(Exception, match="oracle"):
        coder_setting()


def test_cli_switch_selects_the_coder(cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, "rules")
    text = tmp_path / "a.txt"
    text.write_text(ARREST, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    recipients = {}
    for coder in ("learned", "rules"):
        assert cli("extract", str(text), "-o", str(out), "--no-text", "--coder", coder).code == 0
        assert coder_setting() == coder
        recipients[coder] = [e.get("recipient") for e in json.loads(out.read_text(encoding="utf-8"))["events"]]
    assert recipients["learned"][0] is not None and recipients["rules"][0] is not None
    assert cli("extract", str(text), "-o", str(out), "--coder", "neither").code == 2


# a word the dictionary has no predicate for, in sentences written for these tests
ROUND_UP = "पुलिस ने कल रात बीस लोगों की धरपकड़ की।"


def _tiny_tagger(text: str, words: str, kind: str) -> TriggerModel:
    """A tagger trained on one sentence whose trigger is ``words``."""
    lex = lexicon()
    toks = next(iter(_tokens(text).values()))
    labels = token_labels(toks, [_span(text, words, kind)])
    examples = list(zip(token_features(toks, find_triggers(toks, lex), lex), labels, strict=True))
    tagger = Perceptron(sorted(set(labels)))
    tagger.train(examples * 3, epochs=3, seed=0)
    return TriggerModel(tagger, {}, {})


def test_both_adds_a_tagger_trigger_only_for_an_allowed_type_with_its_lead() -> None:
    lex = lexicon()
    toks = next(iter(_tokens(ROUND_UP).values()))
    assert not any(t.key in lex.by_first for t in toks)
    model = _tiny_tagger(ROUND_UP, "धरपकड़", "COERCE")
    ((trigger, lead),) = extra_candidates(toks, [], lex, model)
    assert (toks[trigger.first].text, trigger.predicate.type) == ("धरपकड़", "COERCE") and lead > 0
    allowed = replace(model, extra_margins={"COERCE": lead})
    assert [t.first for t in combined_triggers(toks, [], lex, allowed)] == [trigger.first]
    assert combined_triggers(toks, [], lex, replace(model, extra_margins={"COERCE": lead + 0.5})) == []
    assert combined_triggers(toks, [], lex, replace(model, extra_margins={"ASSAULT": 0.0})) == []


def test_both_adds_no_tagger_trigger_on_a_word_the_dictionary_knows() -> None:
    lex = lexicon()
    toks = next(iter(_tokens(ARREST).values()))
    model = replace(_tiny_tagger(ARREST, "गिरफ्तार", "COERCE"), extra_margins={"COERCE": -100.0})
    assert [t.predicate.type for t in learned_triggers(toks, [], lex, model)] == ["COERCE"]
    # the word begins a dictionary predicate: where the dictionary did not fire, the tagger adds nothing
    assert extra_candidates(toks, [], lex, model) == []


FINED = "सरकार ने शहर के निजी स्कूलों पर भारी जुर्माना लगाया।"  # written for this test


def test_both_fills_an_empty_recipient_from_the_classifier_and_keeps_the_rules_actor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a classifier that calls every phrase known only by its words a recipient, and nothing else
    by_words = Perceptron(["actor", "none", "recipient"], {"how=name": {"recipient": 1.0}, "bias": {"none": 0.5}})
    monkeypatch.setattr(choose_module, "argument_model", lambda: by_words)
    analysis = default_pipeline().run(make_article(FINED, "test", article_id="t"))

    def coded(coder: Coder) -> list[tuple[str, str | None, str | None]]:
        events = code_events(analysis, coder)
        return [(e.type, e.actor and e.actor.name_hi, e.recipient and e.recipient.name_hi) for e in events]

    rules = coded("rules")
    assert [(kind, recipient) for kind, _, recipient in rules] == [("SANCTION", None)]  # the rules name no one fined
    ((kind, actor, recipient),) = coded("both")
    assert (kind, actor) == rules[0][:2]
    assert recipient is not None and recipient.endswith("स्कूलों")


def test_unresolved_phrases_become_candidates_of_the_articles_country(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "राज्यपाल राम नाईक ने कल निजी स्कूलों पर भारी जुर्माना लगाया।"  # written for this test
    seen: dict[bool, list[tuple[str | None, str, str | None]]] = {}

    def look(c: TriggerCoding) -> None:
        for unresolved in (False, True):
            firsts = [x.resolved[0] for x in candidates(c, unresolved=unresolved)]
            seen[unresolved] = [(r.actor.name_hi, r.how, r.actor.country) for r in firsts]

    monkeypatch.setattr(coder_module, "rule_argument_hook", lambda coder: look)
    code_events(default_pipeline().run(make_article(text, "test", article_id="t")), "both")
    added = [c for c in seen[True] if c not in seen[False]]
    assert ("निजी स्कूलों", "unresolved", "IND") in added
    assert all(name and "कल" not in name.split() for name, _, _ in added)  # a time expression is no actor
