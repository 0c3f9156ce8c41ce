"""Making the events of one coded trigger: one per actor and recipient, with the clause as
evidence, its date, place and contexts, the ongoing visit's date and place, and the retyping."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ghatna.actors.api import unlinked_name
from ghatna.events.actors import Home, Resolved, country_name, name_country
from ghatna.events.confidence import score
from ghatna.events.non_events import hosted
from ghatna.events.retype import retype
from ghatna.events.sentence_tests import contexts_of, date_span
from ghatna.events.trigger_coding import ArticleState, TriggerCoding
from ghatna.lang.ontology import INTERVIEW_TYPES, PRESS_SECTORS
from ghatna.records import Actor, Analysis, Event, EventDate, Evidence
from ghatna.text.normalise import match_key

VISIT = "visit"


def make_events(c: TriggerCoding) -> list[Event]:
    """One event per actor and recipient, with the clause as evidence, its date and contexts."""
    view, trigger = c.view, c.trigger
    clause_toks = view.clause_toks(trigger.clause)
    trigger_text = view.text(trigger.first, trigger.cue_last)
    evidence = Evidence(c.sentence, clause_toks[0].start, clause_toks[-1].end, trigger_text)
    span = date_span(view, trigger, c.lex, clause_toks)
    date = c.state.dates.date_of(c.sentence, span) if c.state.dates else None
    contexts = contexts_of(view, trigger, c.lex, c.predicate.context)
    where = c.args.place.place.country if c.args.place is not None and c.args.place.place is not None else None
    actor_slots: list[Resolved | None] = [placed(local(r, where), c.home) for r in c.actors] or [None]
    recipient_slots: list[Resolved | None] = [placed(local(r, where), c.home) for r in c.recipients] or [None]
    events: list[Event] = []
    for actor in actor_slots:
        for recipient in recipient_slots:
            event = _event_of(c, actor, recipient, Draft(evidence, date, contexts))
            if event is not None:
                events.append(event)
    return events


@dataclass(frozen=True, slots=True)
class Draft:
    """What every event of one trigger shares."""

    evidence: Evidence
    date: EventDate | None
    contexts: list[str]


def _event_of(c: TriggerCoding, actor_r: Resolved | None, recipient_r: Resolved | None, draft: Draft) -> Event | None:
    actor = actor_r.actor if actor_r is not None else None
    recipient: Actor | None = recipient_r.actor if recipient_r is not None else None
    if recipient is not None and actor is not None and same_actor(actor, recipient):
        recipient = None
    if actor is not None and actor.name_hi and match_key(actor.name_hi.split()[-1]) in c.lex.inanimate:
        return None  # ट्रक ने टक्कर मार दी: a vehicle, a machine or a storm acts for no one
    if c.predicate.type in INTERVIEW_TYPES and recipient is not None and recipient.sector in PRESS_SECTORS:
        return None  # बीबीसी से बातचीत की: an interview, not a consultation
    event = _new_event(c, actor, recipient, draft)
    apply_visit(event, c.state, True, recipient_r is not None and not recipient_r.placed)
    if c.predicate.mode == VISIT and event.recipient is None and event.location is None:
        return None  # a यात्रा with nowhere to go is a march or a campaign, not a visit
    if c.predicate.mode == VISIT and not hosted(event.actor, event.recipient):
        return None  # a private journey, or a trip to a region at home: no one hosts it
    retype(c, event, actor)
    event.confidence = score(c.predicate.weight, c.trigger, c.args, c.carried, event)
    if c.predicate.type == "CONSULT" and c.predicate.mode == VISIT and c.modality == "asserted":
        c.state.visit = event
    return event


def _new_event(c: TriggerCoding, actor: Actor | None, recipient: Actor | None, draft: Draft) -> Event:
    predicate = c.predicate
    event = Event(
        type=predicate.type,
        actor=actor,
        recipient=recipient,
        evidence=[draft.evidence],
        mode=predicate.mode,
        cameo=predicate.cameo,
        location=c.args.place.place if c.args.place is not None else None,
        date=draft.date,
        modality=c.modality,
        context=list(draft.contexts),
    )
    if event.date is not None and c.modality == "asserted" and after_article(event.date.start, c.analysis):
        event.date = None  # a future date in an asserted event is the planned thing's, not its own
    return event


def after_article(start: str, analysis: Analysis) -> bool:
    doc = analysis.article.date
    if doc is None:
        return False
    return (start + "-01-01")[:10] > doc.value[:10] and not doc.value.startswith(start)


def apply_visit(event: Event, state: ArticleState, inside: bool, unplaced_recipient: bool) -> None:
    """Events of the visitor during an ongoing visit take its date and place; meetings held
    during it are CONSULT visit (PLOVER: visitor = actor, host = recipient)."""
    visit = state.visit
    if visit is not None and inside and _same_optional(event.actor, visit.actor):
        event.date = event.date or visit.date
        event.location = event.location or visit.location
        host = visit.recipient.country if visit.recipient is not None else None
        if unplaced_recipient and event.recipient is not None and host:
            event.recipient = replace(event.recipient, country=host)
        if event.type == "CONSULT" and event.recipient is not None:
            event.mode, event.cameo = VISIT, "042"
    if event.type == "CONSULT" and event.mode == VISIT and event.recipient is None and event.location is not None:
        place = event.location
        if place.country:
            event.recipient = Actor(None, country_name(place.country), place.country)


def local(resolved: Resolved, country: str | None) -> Resolved:
    """A kind of actor that its phrase does not place (पुलिस, प्रशासन, the authorities a passive
    implies) acts where the event happens: it takes the country of the event's place, not the
    article's. Named persons keep theirs: a place never gives a person's nationality."""
    if country is None or resolved.how != "generic" or resolved.placed or resolved.is_place:
        return resolved
    return replace(resolved, actor=replace(resolved.actor, country=country))


def placed(resolved: Resolved, home: Home) -> Resolved:
    """A person the entities stage could not place gets ``name_country`` (often none), with the
    lower confidence of a name-only actor; a person without an English name gets a romanised one."""
    actor = resolved.actor
    if actor.name_en is None and actor.name_hi and resolved.how in ("entity", "role", "name"):
        resolved = replace(resolved, actor=replace(actor, name_en=unlinked_name(actor.name_hi)))
    elif actor.name_en is None and resolved.how == "generic" and resolved.placed and actor.country:
        # कजाकिस्तान के सैन्य कर्मियों: a kind of actor of a named country goes by that country
        resolved = replace(resolved, actor=replace(actor, name_en=country_name(actor.country)))
    if resolved.actor.country is not None or resolved.how != "entity" or resolved.is_place:
        return resolved
    return replace(resolved, actor=replace(resolved.actor, country=name_country(home)), how="name", placed=False)


def _same_optional(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and same_actor(a, b)


def same_actor(a: Actor, b: Actor) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return (a.name_hi, a.name_en, a.country) == (b.name_hi, b.name_en, b.country)
