"""What a coded event is retyped as: a future, threatened or refused event by its ontology table,
and a ban on another state as a sanction."""

from __future__ import annotations

from ghatna.events.lexicon import Predicate
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.lang.ontology import FUTURE_AS, FUTURE_THREAT, NEGATED_AS, STATE_SANCTION
from ghatna.records import Actor, Event


def retype(c: TriggerCoding, event: Event, actor: Actor | None) -> None:
    """What a future, threatened or refused event, or a ban on another state, is coded as."""
    if c.modality == "future" and event.type in FUTURE_AS:
        event.type, event.cameo = FUTURE_AS[event.type]
        event.mode = None
    elif c.threat and event.type in FUTURE_THREAT and actor is not None:
        event.type, event.cameo, event.mode = FUTURE_THREAT[event.type]
        event.modality = "asserted"
    elif c.refusal and event.type in NEGATED_AS and actor is not None:
        event.type, event.cameo, event.mode = NEGATED_AS[event.type]
        event.modality = "asserted"
    elif event.type == "COERCE" and is_a_ban(c.predicate) and on_another_state(actor, event.recipient):
        event.type, event.cameo, event.mode = STATE_SANCTION


def is_a_ban(predicate: Predicate) -> bool:
    """A restriction imposed on someone (प्रतिबंध/पाबंदी/रोक लगाई: its frame names the target)."""
    return predicate.mode == "restrict" and predicate.frame == "target"


def on_another_state(actor: Actor | None, recipient: Actor | None) -> bool:
    """Whether the recipient is a state (or its government) other than the actor's."""
    if actor is None or recipient is None or actor.country is None or recipient.country is None:
        return False
    return recipient.country != actor.country and recipient.sector in (None, "GOV") and recipient.role is None
