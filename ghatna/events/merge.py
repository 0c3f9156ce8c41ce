"""Within-article merge: the same (type, actor, recipient, date) reported twice is one event with
both evidence spans and the union of contexts. An event that repeats another with less detail
(no recipient, no date) joins it."""

from __future__ import annotations

from ghatna.events.ontology import ACTORLESS
from ghatna.records import Actor, Event


def _actor_key(actor: Actor | None) -> tuple[str | None, ...] | None:
    if actor is None:
        return None
    if actor.entity:
        return (actor.entity,)
    return (actor.name_hi or actor.name_en, actor.country)


def _key(event: Event) -> tuple[object, ...]:
    return (event.type, _actor_key(event.actor), _actor_key(event.recipient), event.date, event.modality)


def merge_events(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    index: dict[tuple[object, ...], Event] = {}
    for event in events:
        same = index.get(_key(event))
        if same is None and event.actor is None and event.type in ACTORLESS:
            same = next((e for e in merged if e.type == event.type and _dates_fit(e, event)), None)
        if same is None and event.recipient is None:
            same = next(
                (
                    e
                    for e in merged
                    if e.type == event.type
                    and _actor_key(e.actor) == _actor_key(event.actor)
                    and (event.date is None or e.date == event.date)
                    and e.modality == event.modality
                ),
                None,
            )
        if same is None:
            merged.append(event)
            index[_key(event)] = event
            continue
        _join(same, event)
    return _fold_bare(merged)


def _join(same: Event, event: Event) -> None:
    same.evidence.extend(event.evidence)
    same.context.extend(c for c in event.context if c not in same.context)
    same.location = same.location or event.location
    same.date = same.date or event.date
    same.confidence = min(0.99, max(same.confidence, event.confidence) + 0.05)


def _fold_bare(events: list[Event]) -> list[Event]:
    """An event with neither actor nor recipient (झड़प हुई, प्रदर्शन हुए) is a mention of the
    article's event of that type with its sides named, wherever that is reported — before or
    after it; only where there is none does it stand alone."""
    out: list[Event] = []
    for event in events:
        if event.actor is None and event.recipient is None:
            same = next(
                (
                    e
                    for e in events
                    if e is not event
                    and e.type == event.type
                    and (e.actor is not None or e.recipient is not None)
                    and _dates_fit(e, event)
                    and e.modality == event.modality
                ),
                None,
            )
            if same is not None:
                _join(same, event)
                continue
        out.append(event)
    return out


def _dates_fit(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date
