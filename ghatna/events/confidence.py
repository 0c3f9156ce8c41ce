"""Confidence of an event: how likely it is right, from the evidence the coder used. The factors
are ordered by what the dev gold showed to be reliable (see ``tests/test_events_gold.py``)."""

from __future__ import annotations

from ghatna.events.arguments import Arguments
from ghatna.events.clauses import Trigger
from ghatna.records import Event

_HOW = {"entity": 1.0, "country": 0.95, "organisation": 0.95, "role": 0.85, "name": 0.7, "generic": 0.7, "place": 0.6}


def score(weight: float, trigger: Trigger, args: Arguments, carried: bool, event: Event) -> float:
    how = _HOW.get(args.actors[0].how, 0.6) if args.actors else 0.5
    value = 0.35 + 0.45 * weight * how
    if trigger.last > trigger.cue_last:
        value += 0.05  # a light verb confirms the predicate
    if carried:
        value -= 0.1
    if event.recipient is not None:
        value += 0.05
    if event.actor is not None and event.actor.country is None:
        value -= 0.15
    return max(0.05, min(0.99, value))
