"""The PLOVER coder: predicates + case-marked arguments → events, one article at a time.

Per sentence: triggers from the predicate dictionaries, arguments from the trigger's clause,
modality, contexts, place and date; across sentences: the subject carried over when a clause
has none (pro-drop, उन्होंने, reported speech), and an enclosing visit whose date and place the
meetings held during it inherit (इस दौरान). Then same events are merged and scored.
"""

from __future__ import annotations

from dataclasses import replace

from ghatna.events.actors import Resolved, home_country
from ghatna.events.arguments import Arguments, extract
from ghatna.events.clauses import SentenceView, Tok, Trigger, analyse
from ghatna.events.confidence import score
from ghatna.events.dates import date_of
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.events.merge import merge_events
from ghatna.events.modality import modality_of
from ghatna.events.ontology import FUTURE_AS
from ghatna.nlp.normalise import match_key
from ghatna.records import Actor, Analysis, Event, Evidence

_VISIT = "visit"


class _State:
    """What the coder remembers from earlier sentences of the article."""

    def __init__(self) -> None:
        self.topic: list[Resolved] = []
        self.visit: Event | None = None


def code_events(analysis: Analysis) -> list[Event]:
    lex = lexicon()
    by_sentence: dict[int, list[Tok]] = {}
    for token in analysis.tokens:
        if token.text.strip():
            toks = by_sentence.setdefault(token.sentence, [])
            toks.append(Tok(len(toks), token.text, match_key(token.text), token.start, token.end))
    home = home_country(analysis, [t.key for toks in by_sentence.values() for t in toks])
    state = _State()
    events: list[Event] = []
    for sentence in analysis.sentences:
        toks = by_sentence.get(sentence.index, [])
        if not toks:
            continue
        view = analyse(toks, lex)
        during = _starts_with_during(view, lex)
        for trigger in view.triggers:
            event = _code_one(analysis, view, trigger, lex, home, state, sentence.index, during)
            if event is not None:
                events.append(event)
        _update_topic(view, lex, analysis, home, state)
    return merge_events(events)


def _code_one(
    analysis: Analysis,
    view: SentenceView,
    trigger: Trigger,
    lex: Lexicon,
    home: str | None,
    state: _State,
    sentence: int,
    during: bool,
) -> Event | None:
    predicate = trigger.predicate
    args = extract(view, trigger, lex, analysis, home)
    if predicate.requires_marker is not None and not args.recipients:
        return None
    carried = False
    if not args.actors and not args.passive and state.topic:
        args.actors = list(state.topic)
        carried = True
    if not args.actors:
        return None
    kind, cameo, mode = predicate.type, predicate.cameo, predicate.mode
    actors, recipients = args.actors, args.recipients
    if len(actors) > 1 and not recipients:
        actors, recipients = actors[:1], actors[1:2]
    actor = actors[0].actor
    recipient = recipients[0].actor if recipients else None
    if recipient is not None and _same(actor, recipient):
        recipient = None
    location = args.place.place if args.place is not None else None
    clause_toks = [t for t in view.toks if view.clause_of[t.index] == trigger.clause]
    span = (clause_toks[0].start, clause_toks[-1].end)
    date = date_of(analysis.timexes, sentence, span, view.toks[trigger.first].start)
    visit = state.visit
    if visit is not None and visit.actor is not None and _same(actor, visit.actor) and (during or carried):
        date = date or visit.date
        location = location or visit.location
        if kind == "CONSULT" and recipient is not None:
            mode, cameo = _VISIT, "042"
    if kind == "CONSULT" and mode == _VISIT and recipient is None and location is not None:
        recipient = Actor(None, location.name_en if location.country else None, location.country)
    modality = modality_of(view, trigger, lex)
    if modality == "future" and kind in FUTURE_AS:
        kind, cameo = FUTURE_AS[kind]
        mode = None
    contexts = _contexts(view, trigger, lex, predicate.context)
    first, last = min(trigger.first, *(0,)), trigger.last
    evidence = Evidence(sentence, clause_toks[0].start, clause_toks[-1].end, view.text(trigger.first, trigger.cue_last))
    del first, last
    event = Event(
        type=kind,
        actor=actor,
        recipient=recipient,
        evidence=[evidence],
        mode=mode,
        cameo=cameo,
        location=location,
        date=date,
        modality=modality,
        context=contexts,
    )
    event.confidence = score(predicate.weight, trigger, args, carried, event)
    if kind == "CONSULT" and predicate.mode == _VISIT and modality == "asserted":
        state.visit = event
    return event


def _same(a: Actor, b: Actor) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return (a.name_hi, a.name_en, a.country) == (b.name_hi, b.name_en, b.country)


def _contexts(view: SentenceView, trigger: Trigger, lex: Lexicon, base: tuple[str, ...]) -> list[str]:
    keys = tuple(t.key for t in view.toks if view.clause_of[t.index] == trigger.clause)
    out = list(base)
    for phrase, context in lex.contexts:
        n = len(phrase)
        if context not in out and any(keys[i : i + n] == phrase for i in range(len(keys) - n + 1)):
            out.append(context)
    return out


def _starts_with_during(view: SentenceView, lex: Lexicon) -> bool:
    keys = tuple(t.key for t in view.toks[:4])
    return any(keys[: len(p)] == p for p in lex.during)


def _update_topic(view: SentenceView, lex: Lexicon, analysis: Analysis, home: str | None, state: _State) -> None:
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


__all__ = ["Arguments", "code_events", "replace"]
