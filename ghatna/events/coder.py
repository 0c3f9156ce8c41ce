"""The PLOVER coder: predicates + case-marked arguments → events, one article at a time.

Per sentence: triggers from the predicate dictionaries, arguments from the trigger's clause,
modality, contexts, place and date; across sentences: the subject carried over when a clause
has none (pro-drop, उन्होंने, reported speech), and an enclosing visit whose date and place the
meetings held during it inherit (इस दौरान). Then same events are merged and scored.
"""

from __future__ import annotations

from dataclasses import replace

from ghatna.events.actors import Home, Resolved, country_name, home_of, name_country, person_before
from ghatna.events.arguments import Arguments, complement_subject, extract
from ghatna.events.clauses import SentenceView, Tok, Trigger, analyse
from ghatna.events.confidence import score
from ghatna.events.dates import EventDates
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.events.merge import merge_events
from ghatna.events.modality import agentive, conditional, modality_of, modifies_noun, told_as_fact, untold
from ghatna.events.ontology import (
    ACTORLESS,
    FUTURE_AS,
    FUTURE_CONTENT,
    FUTURE_THREAT,
    INTERVIEW_TYPES,
    NEGATED_AS,
    PRESS_SECTORS,
    STATE_IMPLIED,
    SYMMETRIC,
)
from ghatna.events.parsing import sentence_toks
from ghatna.events.romanise import romanise
from ghatna.records import Actor, Analysis, Event, Evidence

_VISIT = "visit"

# frames of events held with someone (Y के साथ बैठक के बाद X ने कहा: X took part in the meeting)
_RELATIONAL_FRAMES = frozenset({"meet", "contact", "joint", "agent"})
# how many sentences back a pronoun may point (उन्हें … in the next sentence after the name)
_PRONOUN_REACH = 1


class _State:
    """What the coder remembers from earlier sentences of the article."""

    def __init__(self) -> None:
        self.topic: list[Resolved] = []
        self.visit: Event | None = None
        self.dates: EventDates | None = None


def code_events(analysis: Analysis) -> list[Event]:
    lex = lexicon()
    by_sentence = sentence_toks(analysis)
    home = home_of(analysis, [t.key for toks in by_sentence.values() for t in toks])
    state = _State()
    state.dates = EventDates(analysis)
    events: list[Event] = []
    for sentence in analysis.sentences:
        toks = by_sentence.get(sentence.index, [])
        if not toks:
            continue
        spans = [(x.start, x.end) for x in analysis.timexes if x.sentence == sentence.index]
        view = analyse(toks, lex, spans)
        during = _starts_with_during(view, lex)
        called: set[int] = set()  # protests that a later appeal calls for (बंद की अपील की)
        content: dict[int, Trigger] = {}  # what a predicate is about (हमले की निंदा), by its position
        for n, trigger in enumerate(view.triggers):
            if n - 1 in called:
                continue  # the appeal itself is coded as the protest it calls for
            later = view.triggers[n + 1 :]
            if trigger.predicate.type == "PROTEST" and _linked(view, trigger, later, lex) == "REQUEST":
                called.add(n)
            elif _is_complement(view, trigger, later, lex):
                content[n + 1] = trigger
                continue
            earlier = _told_before(view, trigger, lex, events)
            if earlier is not None:
                # इस हमले में …: a mention of an event already told, not a new one
                clause_toks = view.clause_toks(trigger.clause)
                text = view.text(trigger.first, trigger.cue_last)
                earlier.evidence.append(Evidence(sentence.index, clause_toks[0].start, clause_toks[-1].end, text))
                continue
            doer = _doer(content.get(n), events) if lex.frames[trigger.predicate.frame].blames_doer else None
            coded = _code_one(analysis, view, trigger, lex, home, state, sentence.index, during, n in called, doer)
            events.extend(coded)
        _update_topic(view, lex, analysis, home, state)
    return merge_events([e for e in events if told_as_fact(e)])


def _code_one(
    analysis: Analysis,
    view: SentenceView,
    trigger: Trigger,
    lex: Lexicon,
    home: Home,
    state: _State,
    sentence: int,
    during: bool,
    called_for: bool = False,
    doer: Actor | None = None,
) -> list[Event]:
    predicate = trigger.predicate
    if agentive(view, trigger, lex):
        return []  # कब्जा करने वाले सैन्य बल: a description of the forces, not an event
    if modifies_noun(view, trigger, lex):
        return []  # समर्थन दे रहे दल: a description of the parties
    if _labels_something(view, trigger, lex) or untold(view, trigger, lex):
        return []  # इसे लोकतंत्र पर हमला करार दिया: what something is called, not an event
    verbal = called_for or _heads_predicate(view, trigger, lex)
    args = extract(view, trigger, lex, analysis, home, verbal=verbal)
    if not verbal and args.recipients and not args.actors and predicate.frame in _RELATIONAL_FRAMES:
        # a relational noun with its own argument (Y के साथ बैठक के बाद X ने कहा): X took part
        args = extract(view, trigger, lex, analysis, home, verbal=True)
    if predicate.requires_marker is not None and not (args.recipients and _has_marker(view, trigger)):
        return []
    modality = "future" if called_for else modality_of(view, trigger, lex)
    # the consequence of a condition (अगर … तो हम कार्रवाई करेंगे) is a threat when it is future
    promised = modality == "future" or (
        modality == "hypothetical"
        and conditional(view, trigger)
        and modality_of(view, trigger, lex, ignore_opener=True) == "future"
    )
    if predicate.type in FUTURE_CONTENT and (promised or (modality == "hypothetical" and conditional(view, trigger))):
        modality = "asserted"
    # a refusal is a negated promise (हथियार नहीं डालेंगे, मदद स्वीकार नहीं करेगा), not any negation
    refusal = modality == "negated" and modality_of(view, trigger, lex, ignore_negation=True) == "future"
    # a threat is said (X ने कहा कि … हमले जारी रहेंगे) by an actor who will act himself
    threat = promised and not args.passive and _reported(view, lex)
    carried = False
    if not args.actors and not args.passive and verbal and (promised or refusal):
        # X ने कहा कि वे हथियार नहीं डालेंगे: the speaker commits himself
        args.actors = _speaker(view, trigger, lex, analysis, home)
        carried = bool(args.actors)
    if not args.actors and not args.passive and not args.stated_agent and state.topic and verbal:
        args.actors = list(state.topic)
        carried = True
    if not args.actors and args.passive and predicate.type in STATE_IMPLIED and home.generic:
        authorities = Actor(None, None, home.generic, "GOV")
        args.actors = [Resolved(authorities, "generic", placed=False)]
    if not args.actors and predicate.type not in ACTORLESS:
        return []
    actors, recipients = args.actors, args.recipients
    if len(actors) > 1 and not recipients and predicate.type in SYMMETRIC:
        actors, recipients = actors[:1], actors[1:2]
    if not recipients and args.recipient_pronoun_at is not None:
        since = analysis.sentences[max(0, sentence - _PRONOUN_REACH)].start
        found = person_before(analysis, args.recipient_pronoun_at, since, [r.actor for r in actors])
        recipients = [found] if found is not None else []
    if doer is not None and not any(_same(r.actor, doer) for r in actors):
        recipients = [Resolved(doer, "entity")]  # हमले की निंदा: the attack's doer is condemned
    if not recipients and predicate.frame in ("accuse", "condemn", "request", "appeal", "give", "warn"):
        recipients = complement_subject(view, trigger, lex, analysis, home)
    clause_toks = view.clause_toks(trigger.clause)
    evidence = Evidence(sentence, clause_toks[0].start, clause_toks[-1].end, view.text(trigger.first, trigger.cue_last))
    date = state.dates.date_of(sentence, _date_span(view, trigger, lex, clause_toks)) if state.dates else None
    contexts = _contexts(view, trigger, lex, predicate.context)
    events: list[Event] = []
    actors = [_placed(r, home) for r in actors]
    recipients = [_placed(r, home) for r in recipients]
    actor_slots: list[Resolved | None] = list(actors) or [None]
    recipient_slots: list[Resolved | None] = list(recipients) or [None]
    for actor_r in actor_slots:
        for recipient_r in recipient_slots:
            actor = actor_r.actor if actor_r is not None else None
            recipient: Actor | None = recipient_r.actor if recipient_r is not None else None
            if recipient is not None and actor is not None and _same(actor, recipient):
                recipient = None
            if predicate.type in INTERVIEW_TYPES and recipient is not None and recipient.sector in PRESS_SECTORS:
                continue  # बीबीसी से बातचीत की: an interview, not a consultation
            event = Event(
                type=predicate.type,
                actor=actor,
                recipient=recipient,
                evidence=[evidence],
                mode=predicate.mode,
                cameo=predicate.cameo,
                location=args.place.place if args.place is not None else None,
                date=date,
                modality=modality,
                context=list(contexts),
            )
            if event.date is not None and modality == "asserted" and _after_article(event.date.start, analysis):
                event.date = None  # a future date in an asserted event is the planned thing's, not its own
            _apply_visit(event, state, True, recipient_r is not None and not recipient_r.placed)
            if predicate.mode == _VISIT and event.recipient is None and event.location is None:
                continue  # a यात्रा with nowhere to go is a march or a campaign, not a visit
            if modality == "future" and event.type in FUTURE_AS:
                event.type, event.cameo = FUTURE_AS[event.type]
                event.mode = None
            elif threat and event.type in FUTURE_THREAT and actor is not None:
                event.type, event.cameo, event.mode = FUTURE_THREAT[event.type]
                event.modality = "asserted"
            elif refusal and event.type in NEGATED_AS and actor is not None:
                event.type, event.cameo, event.mode = NEGATED_AS[event.type]
                event.modality = "asserted"
            event.confidence = score(predicate.weight, trigger, args, carried, event)
            if predicate.type == "CONSULT" and predicate.mode == _VISIT and modality == "asserted":
                state.visit = event
            events.append(event)
    return events


def _speaker(view: SentenceView, trigger: Trigger, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """The ने-subject of the verb of saying whose complement (… ने कहा कि …) holds the trigger."""
    from ghatna.events.arguments import _resolve

    opener = next((t.index for t in reversed(view.toks[: trigger.first]) if t.key in lex.complementisers), None)
    if opener is None:
        opener = _quote_opener(view, trigger, lex)
    if opener is None or not any(t.key in lex.speech_verbs for t in view.toks[:opener]):
        return []
    for phrase in reversed(view.phrases):
        if phrase.last < opener and phrase.marker == ("ने",):
            found = _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=True, np=phrase)
            return [r for r in found if not r.is_place or r.how == "country"]
    return []


def _quote_opener(view: SentenceView, trigger: Trigger, lex: Lexicon) -> int | None:
    """Where a direct quote opens before the trigger (X ने कहा, "… हम कार्रवाई करेंगे"): the
    punctuation right after the verb of saying."""
    for tok in reversed(view.toks[1 : trigger.first]):
        before = view.toks[tok.index - 1]
        if view.labels[tok.index] == "P" and before.key in lex.speech_verbs:
            return tok.index
    return None


def _reported(view: SentenceView, lex: Lexicon) -> bool:
    """Whether the sentence reports speech (a verb of saying or a complementiser: X ने कहा कि …)."""
    return any(t.key in lex.speech_verbs or t.key in lex.complementisers for t in view.toks)


def _told_before(view: SentenceView, trigger: Trigger, lex: Lexicon, events: list[Event]) -> Event | None:
    """The last event of the same type, when the trigger is an event noun after a demonstrative
    (इस हमले में, यह हमला … हुआ) that points back to it rather than telling a new event."""
    if trigger.first == 0 or view.toks[trigger.first - 1].key not in lex.anaphoric:
        return None
    if trigger.last > trigger.cue_last or trigger.predicate.verbal:
        return None
    return _last_told(events, trigger.predicate.type)


def _doer(content: Trigger | None, events: list[Event]) -> Actor | None:
    """The actor of the last event told of the type of ``content`` (an event noun)."""
    if content is None or content.predicate.verbal or content.last != content.cue_last:
        return None
    told = _last_told(events, content.predicate.type)
    return told.actor if told is not None else None


def _last_told(events: list[Event], kind: str) -> Event | None:
    return next((e for e in reversed(events) if e.type == kind), None)


def _labels_something(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    after = trigger.cue_last + 1
    return trigger.last == trigger.cue_last and after < len(view.toks) and view.toks[after].key in lex.labelling


def _has_marker(view: SentenceView, trigger: Trigger) -> bool:
    """Whether a phrase of the trigger's clause before it carries the case marker the trigger
    needs (X से मिले, Y से संपर्क किया): बीबीसी से कहा is a statement, not a meeting."""
    needed = trigger.predicate.requires_marker
    return any(
        phrase.marker == needed and phrase.last < trigger.first for phrase in view.clause_phrases(trigger.clause)
    )


def _after_article(start: str, analysis: Analysis) -> bool:
    doc = analysis.article.date
    if doc is None:
        return False
    return (start + "-01-01")[:10] > doc.value[:10] and not doc.value.startswith(start)


def _date_span(view: SentenceView, trigger: Trigger, lex: Lexicon, clause_toks: list[Tok]) -> tuple[int, int]:
    """The part of the clause whose dates are the event's: after the last participle that closes
    an embedded phrase before the trigger."""
    start = clause_toks[0].start
    for tok in clause_toks:
        if tok.index < trigger.first and tok.key in lex.participles:
            start = tok.end
    return start, clause_toks[-1].end


def evidence_span(evidence: Evidence) -> tuple[int, int]:
    return evidence.start, evidence.end


def _apply_visit(event: Event, state: _State, inside: bool, unplaced_recipient: bool) -> None:
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
            event.mode, event.cameo = _VISIT, "042"
    if event.type == "CONSULT" and event.mode == _VISIT and event.recipient is None and event.location is not None:
        place = event.location
        if place.country:
            event.recipient = Actor(None, country_name(place.country), place.country)


def _heads_predicate(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger is its clause's predicate (हमला किया, अभ्यास … पूरा किया, यात्रा पर
    हैं) rather than a noun mentioned in passing (हमले में, हमले के बाद)."""
    if trigger.last > trigger.cue_last or trigger.predicate.verbal:
        return True
    after = [t for t in view.clause_toks(trigger.clause) if t.index > trigger.cue_last]
    if after and view.labels[after[0].index] == "G" and (len(after) == 1 or view.labels[after[1].index] in "PVCB"):
        return True  # बैठक की. — the genitive form is the light verb here
    if after and view.labels[after[0].index] in ("M", "G") and after[0].key not in lex.predicative_markers:
        return False
    for tok in after:
        if view.labels[tok.index] == "T":
            return False
        if view.labels[tok.index] == "V":
            return True
    return False


def _linked(view: SentenceView, trigger: Trigger, later: list[Trigger], lex: Lexicon) -> str | None:
    """The type of the next trigger when का/की/के joins the two (प्रदर्शन की अपील), else None."""
    if not later or trigger.last != trigger.cue_last:
        return None
    between = [view.toks[i].key for i in range(trigger.cue_last + 1, later[0].first) if view.labels[i] != "P"]
    return later[0].predicate.type if len(between) == 1 and between[0] in lex.genitives else None


def _is_complement(view: SentenceView, trigger: Trigger, later: list[Trigger], lex: Lexicon) -> bool:
    """A noun or infinitive trigger joined by का/की/के to a verbal trigger is that one's content;
    so is a noun + light-verb infinitive before any later trigger (पिटाई करने के आरोप, हमला करने
    की धमकी, बातचीत करने का न्योता)."""
    if not later:
        return False
    nxt = later[0].first
    inside = [i for i in range(trigger.last + 1, nxt) if view.labels[i] not in ("P", "S")]
    if not inside or view.toks[inside[0]].key not in lex.genitives:
        return False
    if trigger.last != trigger.cue_last:
        return len(inside) == 1  # an infinitive light verb (करने, देने) with its genitive: a content clause
    # धमकाने का आरोप (an infinitive), हमले की (कड़े शब्दों में) निंदा (a noun): the next predicate's content
    return later[0].last != later[0].cue_last and _adverbial(view, inside[0] + 1, nxt, lex)


def _adverbial(view: SentenceView, first: int, end: int, lex: Lexicon) -> bool:
    """Whether the tokens ``first:end`` are at most one manner phrase (कड़े शब्दों में) and no
    argument of the predicate: plain words closed by one marker, or nothing."""
    labels = [view.labels[i] for i in range(first, end) if view.labels[i] not in ("P", "S")]
    if not labels:
        return True
    keys = [view.toks[i].key for i in range(first, end)]
    return labels[-1] == "M" and all(label == "W" for label in labels[:-1]) and not lex.genitives & set(keys)


def _placed(resolved: Resolved, home: Home) -> Resolved:
    """A person the entities stage could not place gets ``name_country`` (often none), with the
    lower confidence of a name-only actor; a person without an English name gets a romanised one."""
    actor = resolved.actor
    if actor.name_en is None and actor.name_hi and resolved.how in ("entity", "role", "name"):
        resolved = replace(resolved, actor=replace(actor, name_en=romanise(actor.name_hi)))
    elif actor.name_en is None and resolved.how == "generic" and resolved.placed and actor.country:
        # कजाकिस्तान के सैन्य कर्मियों: a kind of actor of a named country goes by that country
        resolved = replace(resolved, actor=replace(actor, name_en=country_name(actor.country)))
    if resolved.actor.country is not None or resolved.how != "entity" or resolved.is_place:
        return resolved
    return replace(resolved, actor=replace(resolved.actor, country=name_country(home)), how="name", placed=False)


def _same_optional(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and _same(a, b)


def _same(a: Actor, b: Actor) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return (a.name_hi, a.name_en, a.country) == (b.name_hi, b.name_en, b.country)


def _contexts(view: SentenceView, trigger: Trigger, lex: Lexicon, base: tuple[str, ...]) -> list[str]:
    keys = tuple(t.key for t in view.clause_toks(trigger.clause))
    present = set(keys)
    out = list(base)
    for phrase, context in lex.contexts:
        if context in out or phrase[0] not in present:
            continue
        n = len(phrase)
        if n == 1 or any(keys[i : i + n] == phrase for i in range(len(keys) - n + 1)):
            out.append(context)
    return out


def _starts_with_during(view: SentenceView, lex: Lexicon) -> bool:
    keys = tuple(t.key for t in view.toks[:4])
    return any(keys[: len(p)] == p for p in lex.during)


def _update_topic(view: SentenceView, lex: Lexicon, analysis: Analysis, home: Home, state: _State) -> None:
    """The last actor-like subject (ने or unmarked) of the sentence becomes the topic."""
    from ghatna.events.arguments import _resolve

    for phrase in reversed(view.phrases):
        if phrase.marker not in (("ने",), "subject"):
            continue
        resolved = _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=True, np=phrase)
        resolved = [r for r in resolved if not r.is_place and r.how != "generic"]
        if resolved:
            state.topic = resolved
            return


__all__ = ["Arguments", "code_events"]
