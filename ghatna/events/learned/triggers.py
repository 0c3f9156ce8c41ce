"""Learned triggers: the tagger's runs of tokens of one PLOVER type, made into the coder's
``Trigger``s so that the rule coder's argument, modality and retyping steps code them.

A run that overlaps a dictionary trigger takes that trigger's span and frame (and its mode when
the types agree); a run the dictionary does not know gets a predicate built from the corpus:
the mode and CAMEO code seen with its cue word, and the frame most predicates of its type use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

from ghatna.events.clauses import Tok, Trigger
from ghatna.events.learned.features import token_features
from ghatna.events.learned.model import OUTSIDE, TriggerModel
from ghatna.events.lexicon import Lexicon, Predicate

_LIGHT_REACH = 3  # light verbs and auxiliaries after a noun cue (गिरफ्तार कर लिया गया)
_LEARNED_WEIGHT = 0.5


def tag(toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel) -> list[str]:
    """The tagger's label (a PLOVER type or ``O``) of every token of a sentence."""
    return [kind for kind, _ in tag_with_leads(toks, rule_triggers, lex, model)]


def tag_with_leads(
    toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel
) -> list[tuple[str, float]]:
    """The tagger's label of every token, with its best type's lead over ``O``."""
    keys = tuple(t.key for t in toks)
    cached = _TAGGED.get(keys)
    if cached is None or cached[0] is not model:
        labels = model.labels_and_leads(token_features(toks, rule_triggers, lex))
        if len(_TAGGED) >= _CACHE_SIZE:
            _TAGGED.clear()
        cached = _TAGGED[keys] = (model, labels)
    return list(cached[1])


# the labels of recent sentences: the parse stage asks which sentences hold a trigger before the
# coder codes them, and both read the same sentences
_TAGGED: dict[tuple[str, ...], tuple[TriggerModel, list[tuple[str, float]]]] = {}
_CACHE_SIZE = 512


def runs(labels: list[str]) -> list[tuple[int, int, str]]:
    """Maximal runs of one type: (first, last, type)."""
    found: list[tuple[int, int, str]] = []
    for i, label in enumerate(labels):
        if label == OUTSIDE:
            continue
        if found and found[-1][1] == i - 1 and found[-1][2] == label:
            found[-1] = (found[-1][0], i, label)
        else:
            found.append((i, i, label))
    return found


def learned_triggers(toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel) -> list[Trigger]:
    """The tagger's triggers of one sentence, in order, without overlaps."""
    return labelled_triggers(toks, tag(toks, rule_triggers, lex, model), rule_triggers, lex, model)


def labelled_triggers(
    toks: list[Tok], labels: list[str], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel
) -> list[Trigger]:
    """Triggers for the labelled runs of one sentence (a rule's trigger where one overlaps), without overlaps."""
    out: list[Trigger] = []
    for first, last, kind in runs(labels):
        rule = next((t for t in rule_triggers if t.first <= last and first <= t.last), None)
        if rule is not None:
            trigger = trigger_from_rule(rule, kind, toks, model)
        else:
            trigger = new_trigger(toks, first, last, kind, lex, model)
        if not out or out[-1].last < trigger.first:
            out.append(trigger)
    return out


def combined_triggers(
    toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel
) -> list[Trigger]:
    """The dictionary's triggers, and the tagger's extra triggers (``extra_triggers``)."""
    return sorted([*rule_triggers, *extra_triggers(toks, rule_triggers, lex, model)], key=lambda t: t.first)


def extra_triggers(toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel) -> list[Trigger]:
    """The tagger's extra triggers of the types ``model.extra_margins`` allows whose every cue token
    leads ``O`` by at least that type's margin."""
    return [
        trigger
        for trigger, lead in extra_candidates(toks, rule_triggers, lex, model)
        if lead >= model.extra_margins.get(trigger.predicate.type, float("inf"))
    ]


def extra_candidates(
    toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon, model: TriggerModel
) -> list[tuple[Trigger, float]]:
    """The tagger's triggers on words the dictionary has no predicate for (it overlaps none of the
    dictionary's triggers, and no cue word begins one of its predicates), each with the smallest
    lead over ``O`` among its cue tokens."""
    tagged = tag_with_leads(toks, rule_triggers, lex, model)
    out: list[tuple[Trigger, float]] = []
    for trigger in labelled_triggers(toks, [kind for kind, _ in tagged], rule_triggers, lex, model):
        cue = range(trigger.first, trigger.cue_last + 1)
        if any(r.first <= trigger.last and trigger.first <= r.last for r in rule_triggers):
            continue
        if any(toks[i].key in lex.by_first for i in cue):
            continue  # the dictionary knows the word and decided against it here
        out.append((trigger, min(tagged[i][1] for i in cue)))
    return out


def trigger_from_rule(rule: Trigger, kind: str, toks: list[Tok], model: TriggerModel) -> Trigger:
    predicate = rule.predicate
    if predicate.type != kind:
        mode, cameo = model.mode_of(kind, toks[rule.first].key)
        predicate = replace(predicate, type=kind, mode=mode, cameo=cameo, weight=_LEARNED_WEIGHT)
    return Trigger(predicate, rule.first, rule.cue_last, rule.last, learned=True)


def new_trigger(toks: list[Tok], first: int, last: int, kind: str, lex: Lexicon, model: TriggerModel) -> Trigger:
    cue_last = first
    for i in range(first, last + 1):
        if toks[i].key not in lex.light_forms:
            cue_last = i
    end = last
    while end + 1 < len(toks) and end + 1 - cue_last <= _LIGHT_REACH and toks[end + 1].key in lex.light_forms:
        end += 1
    mode, cameo = model.mode_of(kind, toks[first].key)
    phrase = tuple(t.key for t in toks[first : cue_last + 1])
    predicate = Predicate(
        cue=" ".join(t.text for t in toks[first : cue_last + 1]),
        phrase=phrase,
        light=None,
        type=kind,
        cameo=cameo,
        mode=mode,
        context=(),
        frame=frame_of(lex, kind),
        weight=_LEARNED_WEIGHT,
        requires_marker=None,
        verbal=end > cue_last,
    )
    return Trigger(predicate, first, cue_last, end, learned=True)


@cache
def _frames(predicates: tuple[Predicate, ...]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for predicate in predicates:
        counts.setdefault(predicate.type, Counter())[predicate.frame] += 1
    return {kind: min(c, key=lambda f: (-c[f], f)) for kind, c in counts.items()}


def frame_of(lex: Lexicon, kind: str) -> str:
    """The frame most predicates of the type use."""
    return _frames(lex.predicates).get(kind, "agent")
