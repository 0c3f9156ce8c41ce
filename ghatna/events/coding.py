"""Coding one trigger into events: the rules as named steps, in the order they apply.

``code_trigger`` drops a trigger that only describes a participant, reads its arguments, checks a
marker the predicate requires, reads its modality, finds the actor (said, carried over from the
topic, or the implied authorities), then the recipient, and makes one event per actor and recipient.
"""

from __future__ import annotations

from dataclasses import replace

from ghatna.events.actors import Resolved, named_authority, person_before
from ghatna.events.arguments import extract
from ghatna.events.event_making import make_events, placed, same_actor
from ghatna.events.modality import agentive, conditional, first_person_future, modality_of, modifies_noun, untold
from ghatna.events.non_events import denies, health_check, helps_to_do, recalled, warns_of_danger
from ghatna.events.recipients import complement_subject
from ghatna.events.sentence_tests import (
    has_required_marker,
    heads_predicate,
    labels_something,
    named_in_passing,
    names_armed_group,
    names_attacker,
    reported,
    speaker,
)
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.lang.ontology import (
    ACTORLESS,
    FUTURE_CONTENT,
    OWN_SIDE_TARGET,
    PERFORMATIVE_ROOTS,
    STATE_IMPLIED,
    SYMMETRIC,
    TOLD_WITHOUT_ACTOR_BY_VERB,
)
from ghatna.records import Actor, Event

RIOT = "riot"

# frames of events held with someone (Y के साथ वार्ता के बाद X ने कहा: X took part in the talks)
_RELATIONAL_FRAMES = frozenset({"meet", "contact", "joint", "agent"})
# frames whose recipient, when the clause names none, is the subject of the कि-clause that follows
_COMPLEMENT_FRAMES = ("accuse", "condemn", "request", "appeal", "give", "warn")
# how many sentences back a pronoun may point (उन्हें … in the next sentence after the name)
_PRONOUN_REACH = 1
# an ordered act that exists only once carried out (an arrest: the corpus codes all 5 ordered arrests
# future, as its guide says) against one the order itself is (a ban ordered: 24 of 25 asserted)
_ORDERED_UNTIL_DONE = frozenset({"173"})


def code_trigger(c: TriggerCoding) -> list[Event]:
    if describes_a_participant(c):
        return []
    read_arguments(c)
    if not has_required_marker(c.view, c.trigger, c.args):
        return []
    read_modality(c)
    find_actors(c)
    if c.choose_arguments is not None:
        find_recipients(c)
        c.choose_arguments(c)
        c.args.actors = c.actors = c.actors or c.args.actors
    if not c.args.actors and (c.predicate.type not in ACTORLESS or passing_without_actor(c) or recalled_attack(c)):
        return []
    if c.predicate.needs_agent and not names_attacker(c.view, c.trigger, c.lex):
        return []  # बॉयलर में विस्फोट हुआ, हिमस्खलन में जवान शहीद हो गए: no one attacked
    if c.predicate.mode == RIOT and names_armed_group(c.view):
        return []  # आतंकियों की हिंसा: an armed group's violence is its attack, no riot
    if c.choose_arguments is None:
        find_recipients(c)
    if warns_of_danger(c.view, c.trigger, c.lex, c.actors, c.recipients):
        return []  # भारी बारिश की चेतावनी दी: a danger foreseen, no threat
    return make_events(c)


def passing_without_actor(c: TriggerCoding) -> bool:
    """A protest or riot noun named in passing by no one (हिंसा की घटनाएं, रैली में) tells no event."""
    return c.predicate.type in TOLD_WITHOUT_ACTOR_BY_VERB and named_in_passing(c.view, c.trigger, c.lex, c.verbal)


def recalled_attack(c: TriggerCoding) -> bool:
    """An attack noun by no one, not heading its clause, that names a charge or trial (हत्या का
    आरोप, हमले के आरोपी) recalls a past attack, tells none. (A protest noun by no one is judged by
    ``passing_without_actor``.)"""
    return c.predicate.type not in TOLD_WITHOUT_ACTOR_BY_VERB and not c.verbal and recalled(c.view, c.trigger, c.lex)


def describes_a_participant(c: TriggerCoding) -> bool:
    """A trigger that describes a participant or names what something is called is no event."""
    return (
        agentive(c.view, c.trigger, c.lex)  # हमला करने वाले लड़ाके: a description of the fighters
        or modifies_noun(c.view, c.trigger, c.lex)  # धरना दे रहे किसान: a description of the farmers
        or labels_something(c.view, c.trigger, c.lex)  # इसे संविधान पर हमला करार दिया: what it is called
        or untold(c.view, c.trigger, c.lex)  # a question or a topic (हमलों को मुद्दा बनाया) tells no event
        or denies(c.view, c.trigger, c.lex)  # आरोपों से इनकार किया: a denial, no refusal
        or health_check(c.view, c.trigger, c.lex)  # यात्रियों की कोरोना जांच: a check-up, no investigation
        or helps_to_do(c.view, c.trigger, c.lex)  # बचाने में मदद की: help towards an act, no aid handed over
    )


def read_arguments(c: TriggerCoding) -> None:
    c.verbal = c.called_for or c.ordered or heads_predicate(c.view, c.trigger, c.lex)
    c.args = extract(c.view, c.trigger, c.lex, c.analysis, c.home, verbal=c.verbal)
    if not c.verbal and c.args.recipients and not c.args.actors and c.predicate.frame in _RELATIONAL_FRAMES:
        # a relational noun with its own argument (Y के साथ वार्ता के बाद X ने कहा): X took part
        c.args = extract(c.view, c.trigger, c.lex, c.analysis, c.home, verbal=True)


def read_modality(c: TriggerCoding) -> None:
    view, trigger, lex = c.view, c.trigger, c.lex
    until_done = c.ordered and c.predicate.cameo in _ORDERED_UNTIL_DONE
    c.modality = "future" if c.called_for or until_done else modality_of(view, trigger, lex)
    performative = c.predicate.cameo[:2] in PERFORMATIVE_ROOTS
    if c.modality == "future" and performative and first_person_future(view, trigger, lex):
        c.modality = "asserted"  # मैं लोगों से अपील करूंगा: an appeal made by saying it
    # the consequence of a condition (अगर … तो हम कार्रवाई करेंगे) is a threat when it is future
    c.promised = c.modality == "future" or (
        c.modality == "hypothetical"
        and conditional(view, trigger)
        and modality_of(view, trigger, lex, ignore_opener=True) == "future"
    )
    if c.predicate.type in FUTURE_CONTENT and (
        c.promised or (c.modality == "hypothetical" and conditional(view, trigger))
    ):
        c.modality = "asserted"
    # a refusal is a negated promise (हथियार नहीं डालेंगे, शर्तें स्वीकार नहीं करेंगे), not any negation
    c.refusal = c.modality == "negated" and modality_of(view, trigger, lex, ignore_negation=True) == "future"
    # a threat is said (X ने कहा कि … हमले होते रहेंगे) by an actor who will act himself
    c.threat = c.promised and not c.args.passive and reported(view, lex)


def find_actors(c: TriggerCoding) -> None:
    """With no actor in the clause: the speaker who commits himself, else the topic carried over
    from earlier sentences, else (a passive state action) the authorities of the home country: the
    government or administration named just before, if any."""
    args = c.args
    if not args.actors and not args.passive and c.verbal and (c.promised or c.refusal):
        # X ने कहा कि वे हथियार नहीं डालेंगे: the speaker commits himself
        args.actors = speaker(c.view, c.trigger, c.lex, c.analysis, c.home)
        c.carried = bool(args.actors)
    if not args.actors and not args.passive and not args.stated_agent and c.state.topic and c.verbal:
        args.actors = list(c.state.topic)
        c.carried = True
    if not args.actors and args.passive and c.predicate.type in STATE_IMPLIED and c.home.generic:
        authorities = Actor(None, None, c.home.generic, "GOV")
        # a government named before acts where it governs: a passive placed abroad is that country's
        named = None if _abroad(c) else named_authority(c.analysis, c.sentence, c.home.generic)
        args.actors = reporting_authority(c) or ([named] if named else [Resolved(authorities, "generic", placed=False)])


def reporting_authority(c: TriggerCoding) -> list[Resolved]:
    """X ने कहा कि … लॉकडाउन किया गया है: a state action told in the passive by an official or
    a government of the article's country was taken by the one who tells it."""
    said_by = speaker(c.view, c.trigger, c.lex, c.analysis, c.home)
    if len(said_by) != 1 or _complained(c) or _abroad(c):
        return []
    actor = said_by[0].actor
    if actor.sector != "GOV" or actor.country not in (None, c.home.generic):
        return []
    return [replace(said_by[0], actor=replace(actor, country=c.home.generic))]


def _complained(c: TriggerCoding) -> bool:
    """X ने आरोप लगाया कि … गिरफ्तार किया गया, X ने कहा कि उनके विधायकों को हिरासत में लिया
    गया: one who accuses, or who tells of what was done to his own people (a pronoun in the
    object's place), did not do it."""
    accused = any(t.last < c.trigger.first and t.predicate.type == "ACCUSE" for t in c.view.triggers)
    clause = [t for t in c.view.clause_toks(c.trigger.clause) if t.index < c.trigger.first]
    return accused or any(t.key in c.lex.object_pronouns for t in clause)


def _abroad(c: TriggerCoding) -> bool:
    """गृह मंत्री ने कहा कि पाकिस्तान में … गिरफ्तार किया गया: an action in another country
    is not the home government's."""
    place = c.args.place
    return place is not None and place.actor.country not in (None, c.home.generic)


def find_recipients(c: TriggerCoding) -> None:
    """The two sides of a symmetric event, a pronoun's person, the doer of the event condemned,
    the subject of the कि-clause, the actor's own side, or the unnamed party a pronoun stands for,
    in that order."""
    actors, recipients = c.args.actors, c.args.recipients
    if len(actors) > 1 and not recipients and c.predicate.type in SYMMETRIC:
        actors, recipients = actors[:1], actors[1:2]
    if not recipients and c.args.recipient_pronoun_at is not None:
        since = c.analysis.sentences[max(0, c.sentence - _PRONOUN_REACH)].start
        found = person_before(c.analysis, c.args.recipient_pronoun_at, since, [r.actor for r in actors])
        recipients = [found] if found is not None else []
    if c.doer is not None and not any(same_actor(r.actor, c.doer) for r in actors):
        recipients = [Resolved(c.doer, "entity")]  # हमले की निंदा: the attack's doer is condemned
    if not recipients and c.predicate.frame in _COMPLEMENT_FRAMES:
        said_of = complement_subject(c.view, c.trigger, c.lex, c.analysis, c.home)
        recipients = [r for r in said_of if not any(same_actor(r.actor, a.actor) for a in actors)]
    targets_own_side = c.predicate.type in OWN_SIDE_TARGET
    if not recipients and (targets_own_side or c.args.recipient_pronoun_at is not None):
        side = own_side([placed(r, c.home) for r in actors])
        # उसे गिरफ्तार किया, उन्हें सजा सुनाई: the pronoun stands for someone no name tells; acted on
        # by the article's own country's side, it is a party of that side
        if targets_own_side or (side and side[0].actor.country == c.home.generic):
            recipients = side
    c.actors, c.recipients = actors, recipients


def own_side(actors: list[Resolved]) -> list[Resolved]:
    """The unnamed target on the actor's own side (an appeal to the public, an order on the
    population), known only by the actor's country (a person's as ``placed`` will give it, the
    article's where nothing else places them); none where that country is unknown."""
    countries = {r.actor.country for r in actors}
    country = countries.pop() if len(countries) == 1 else None
    return [Resolved(Actor(None, None, country), "generic", placed=False)] if country else []
