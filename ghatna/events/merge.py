"""Within-article merge: the same (type, actor, recipient, date) reported twice is one event with
both evidence spans and the union of contexts. An event that repeats another with less detail
(no date, no recipient, no actor, a recipient only described) joins it and fills what it lacks,
unless it marks that side with the additive particle (मुंबई पुलिस ने भी …): then it is another act."""

from __future__ import annotations

from ghatna.events.additive import ACTOR, RECIPIENT, additive_sides
from ghatna.lang.ontology import ACTORLESS
from ghatna.records import Actor, Event


def _actor_key(actor: Actor | None) -> tuple[str | None, ...] | None:
    if actor is None:
        return None
    if actor.entity:
        return (actor.entity,)
    return (actor.name_hi or actor.name_en, actor.country)


def _key(event: Event) -> tuple[object, ...]:
    return (event.type, _actor_key(event.actor), _actor_key(event.recipient), event.date, event.modality)


def merge_events(events: list[Event], text: str = "", times: list[tuple[int, int]] | None = None) -> list[Event]:
    """``text``: the article's text, where the evidence spans point; ``times``: its time expressions'
    spans."""
    merged: list[Event] = []
    for event in events:
        additive = additive_sides(text, event.evidence[0], times or []) if text and event.evidence else frozenset()
        # keys of merged events are computed afresh: joining fills their sides and dates
        key = _key(event)
        same = next((e for e in merged if _key(e) == key and _codes_agree(e, event)), None)
        if same is None and event.actor is None and event.type in ACTORLESS:
            same = next((e for e in merged if _attack_half(e, event)), None)
        if same is None:
            same = next((e for e in merged if _retold(e, event) and not _another_side(e, event, additive)), None)
        if same is None:
            merged.append(event)
            continue
        _fill_sides(same, event)
        _join(same, event)
    return _fold_bare(merged)


def _another_side(told: Event, event: Event, additive: frozenset[str]) -> bool:
    """Whether ``event`` marks with the additive particle a side that ``told`` does not name the
    same: X ने भी … after a telling without X is X's own act, not that one told again."""
    return (ACTOR in additive and not _same_participant(told.actor, event.actor)) or (
        RECIPIENT in additive and not _same_participant(told.recipient, event.recipient)
    )


def _attack_half(told: Event, event: Event) -> bool:
    """Whether ``event``, an attack or protest without actor (Y पर हमला हुआ), is the other half of
    ``told`` (X ने पथराव किया): same kind and date, and no other recipient."""
    return (
        _same_kind(told, event) and _dates_fit(told, event) and _sides_fit(told.recipient, event.recipient) is not None
    )


def _retold(told: Event, event: Event) -> bool:
    """Whether ``event`` tells ``told`` again, the two differing only in what one of them leaves
    out: the date (an undated mention of a dated event, before or after it), the recipient (X ने
    यह भी मांग की after X ने Y से मांग की; a mention without one before a named recipient may
    be another act, X ने Z से भी बातचीत की), the actor (a passive or a noun, Y पर हमला, of the event whose
    actor another sentence names), or both halves told apart (Y पर हमला … X ने गोली चलाई)."""
    if not (_same_kind(told, event) and told.modality == event.modality and _dates_fit(told, event)):
        return False
    if _vaguer_side(told, event) or _vaguer_side(event, told):
        return True
    actors, recipients = _sides_fit(told.actor, event.actor), _sides_fit(told.recipient, event.recipient)
    if actors == recipients == "same":
        return _codes_agree(told, event)
    if actors == "same" and recipients == "one":
        # a later mention naming the recipient is another act (X ने Z से भी …), except the target
        # of an attack or protest told in the next sentence (X ने पथराव किया। पुलिस पर हमला हुआ।)
        return _named(event.recipient) is None or (told.type in ACTORLESS and _close(told, event))
    if actors == "same":
        return False
    if recipients == "same":
        return told.recipient is not None and actors is not None
    return actors == recipients == "one" and (told.actor is None) != (told.recipient is None)


def _codes_agree(a: Event, b: Event) -> bool:
    """Whether two tellings of the same sides can be one act by their CAMEO codes: equal, or one
    told with its manner (गोलीबारी, 193) and one without (हमला, 180). Two codes told alike differ
    in the act (a joint exercise and working together are two cooperations of the same sides)."""
    if a.cameo is None or b.cameo is None or a.cameo == b.cameo:
        return True
    return (a.mode is None) != (b.mode is None)


def _sides_fit(a: Actor | None, b: Actor | None) -> str | None:
    """``same`` for one participant (or none on both sides), ``one`` where only one side names one."""
    a, b = _named(a), _named(b)
    if _actor_key(a) == _actor_key(b):
        return "same"
    return "one" if a is None or b is None else None


def _named(actor: Actor | None) -> Actor | None:
    """The participant a telling names: none where it is only implied (the own side of an appeal,
    known by its country alone), which another telling of the act may name."""
    return actor if actor is not None and (actor.entity or actor.name_en or actor.name_hi) else None


def _vaguer_side(vague: Event, named: Event) -> bool:
    """Whether ``vague`` repeats ``named`` with its recipient only described (कुछ कार्यकर्ताओं को …)
    where ``named`` names one of the same country and sector: the same event told twice."""
    a, b = vague.recipient, named.recipient
    # a recipient only implied (the actor's own side, no words of its own) describes no one
    if a is None or b is None or a.entity or a.name_en or not a.name_hi or not (b.entity or b.name_en):
        return False
    return (
        vague.type == named.type
        and _actor_key(vague.actor) == _actor_key(named.actor)
        and a.country == b.country
        and a.sector in (None, b.sector)
        and _dates_fit(vague, named)
        and vague.modality == named.modality
    )


def _fill_sides(same: Event, event: Event) -> None:
    """Give ``same`` the sides only ``event`` names; never one that is already its other side (a
    participant does not act on itself)."""
    if _vaguer_side(same, event):
        same.recipient = event.recipient  # the named side wins (कुछ कार्यकर्ताओं को → a named party)
    if _implied_or_none(same.actor, event.actor) and not _same_participant(event.actor, same.recipient):
        same.actor = event.actor
    implied = _named(same.recipient) is None
    if implied and event.recipient is not None and not _same_participant(event.recipient, same.actor):
        same.recipient = event.recipient


def _implied_or_none(actor: Actor | None, other: Actor | None) -> bool:
    """Whether ``actor`` is missing, or only implied (the authorities of a passive, known by country
    and sector) where ``other``, of the same country, is named: घोषित कर दिया गया … X सरकार ने
    घोषित कर दिया. Another country's actor does not name it (पाकिस्तान सरकार ने भी …)."""
    if actor is None:
        return True
    named = _named(other)
    return _named(actor) is None and named is not None and actor.country in (None, named.country)


def _same_participant(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and _actor_key(a) == _actor_key(b)


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
                    and _same_kind(e, event)
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


def _close(told: Event, event: Event) -> bool:
    """Whether ``event`` is told in the sentence of ``told`` or the next one."""
    last = max((e.sentence for e in told.evidence), default=-2)
    return any(0 <= e.sentence - last <= 1 for e in event.evidence)


def _same_kind(a: Event, b: Event) -> bool:
    """Same type, and same mode where both have one: riots (हिंसा) are not the strike (बंद)."""
    return a.type == b.type and (a.mode is None or b.mode is None or a.mode == b.mode)


def _dates_fit(a: Event, b: Event) -> bool:
    return a.date is None or b.date is None or a.date == b.date
