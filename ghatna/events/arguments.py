"""Who did it, to whom, where: the arguments of one trigger, read from the case-marked phrases
of its clause through the predicate's frame (``frames.yaml``). Handles coordination (भारत और
कजाकिस्तान ने → both), passives (… को दिखाया गया: no unmarked actor), nominal events (X की यात्रा)
and, with a dependency parse, the subject the parser attaches to the trigger's verb."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ghatna.events.actors import Home, Resolved
from ghatna.events.clauses import SentenceView, Trigger
from ghatna.events.lexicon import Lexicon
from ghatna.events.phrase_actors import actors_in_span, first_filled_phrase, runs_into_predicate, unknown_agent
from ghatna.events.recipients import event_noun_phrases, fronted_owner, pronoun_at, unknown_recipient
from ghatna.lang import load
from ghatna.records import Analysis, Token
from ghatna.text.normalise import match_key


@dataclass(slots=True)
class Arguments:
    actors: list[Resolved] = field(default_factory=list)
    recipients: list[Resolved] = field(default_factory=list)
    place: Resolved | None = None
    actor_is_pronoun: bool = False
    passive: bool = False
    # the clause names its agent (नौकर ने …) but not as an actor we know: no subject is carried in
    stated_agent: bool = False
    # where the recipient is a pronoun (उन्हें, उन पर, उनके घर पर): its text offset
    recipient_pronoun_at: int | None = None


def extract(
    view: SentenceView, trigger: Trigger, lex: Lexicon, analysis: Analysis, home: Home, *, verbal: bool = True
) -> Arguments:
    """``verbal``: the trigger heads its clause's predicate (हमला किया, यात्रा पर हैं); a bare
    noun mention (… ने कहा कि हमले में …) takes no subject of the clause as its actor."""
    frame = lex.frames[trigger.predicate.frame]
    passive = _is_passive(view, trigger, lex)
    before = [p for p in view.clause_phrases(trigger.clause) if p.last < trigger.first]
    args = Arguments(passive=passive)
    used: set[int] = set()
    actor_markers = [
        m
        for m in frame.actor
        if not (passive and m == ("subject",)) and (verbal or m not in (lex.ergative, ("subject",)))
    ]
    if passive:
        # X ने … Y द्वारा प्रतिबंध लगाए जाने से पहले …: a passive's agent is in द्वारा or की ओर से;
        # a ने-phrase of its clause is the subject of another, active verb
        actor_markers.sort(key=lambda m: m == lex.ergative)
    found = first_filled_phrase(
        view, before, actor_markers, lex, analysis, home, used, allow_names=True, persons_only=True
    )
    agent = found[1] if found is not None else None
    sides = None
    if found is None:
        sides = first_filled_phrase(view, before, list(frame.both), lex, analysis, home, used, allow_names=True)
    named = [r for r in sides[0] if not r.is_place] if sides is not None else []
    if len(named) > 1:
        # भारत और चीन के बीच बातचीत: the first named side acts, the other receives
        args.actors, args.recipients = named[:1], named[1:]
    elif found is not None and all(r.is_place for r in found[0]):
        args.place = found[0][0]
    elif found is not None:
        args.actors = [r for r in found[0] if not r.is_place]
        phrase = found[1]
        args.actor_is_pronoun = view.keys(phrase.first, phrase.last)[-1] in lex.pronouns
    else:
        subject = parse_subject(analysis, view, trigger) if verbal else None
        if subject is not None:
            resolved = actors_in_span(view, subject[0], subject[1], lex, analysis, home, allow_names=True)
            args.actors = [r for r in resolved if not r.is_place or r.how == "country"]
        stated = [
            p
            for p in before
            if p.marker == lex.ergative
            and view.keys(p.first, p.last)[-1] not in lex.pronouns
            and not runs_into_predicate(view, p.first, p.last, lex, analysis)
        ]
        if verbal and stated and not args.actors:
            args.stated_agent = True
            args.actors = [unknown_agent(view, stated[-1], lex, home)]
    recipient_markers = list(frame.recipient)
    if passive:
        recipient_markers.append(("subject",))
    if frame.owner:
        before = sorted(before + event_noun_phrases(view, trigger, lex), key=lambda p: p.last)
    if not args.recipients:
        owner = frame.owner
        found = first_filled_phrase(
            view, before, recipient_markers, lex, analysis, home, used, allow_names=True, possessor=owner
        )
        if found is None:
            args.recipient_pronoun_at = pronoun_at(view, before, recipient_markers, lex, used, owner=owner)
        else:
            args.recipients = [r for r in found[0] if not r.is_place]
            if not args.recipients and found[0][0].is_place:
                args.place = found[0][0]
    if not args.recipients and args.recipient_pronoun_at is None and agent is not None and frame.owner:
        args.recipients = fronted_owner(view, agent, lex, analysis, home)
    if not args.recipients and args.recipient_pronoun_at is None:
        args.recipients = unknown_recipient(
            view, before, recipient_markers, lex, analysis, home, used, trigger.first
        )
    for phrase in before:
        marker = (phrase.marker,) if isinstance(phrase.marker, str) else phrase.marker
        if id(phrase) in used or marker not in frame.place:
            continue
        resolved = actors_in_span(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)
        if resolved and resolved[0].place is not None:
            args.place = resolved[0]
    if args.place is None:
        args.place = _sentence_place(view, trigger, lex, analysis, home, used)
    return args


def _sentence_place(
    view: SentenceView, trigger: Trigger, lex: Lexicon, analysis: Analysis, home: Home, used: set[int]
) -> Resolved | None:
    """With no place in its own clause, the event is where its sentence says things happen: the
    nearest place phrase with a place marker (सोपोर में, बार्सिलोना के) in another clause."""
    frame = lex.frames[trigger.predicate.frame]
    found: list[tuple[int, Resolved]] = []
    for phrase in view.phrases:
        marker = (phrase.marker,) if isinstance(phrase.marker, str) else phrase.marker
        if id(phrase) in used or marker not in frame.place:
            continue
        resolved = actors_in_span(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)
        if resolved and resolved[0].place is not None and resolved[0].is_place:
            found.append((abs(phrase.first - trigger.first), resolved[0]))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _is_passive(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    tail = view.toks[trigger.last + 1 : trigger.last + 4]
    if any(t.key in lex.passive and view.clause_of[t.index] == trigger.clause for t in tail):
        return True
    # हिरासत में लिया जा चुका है: the stem of जाना right after the trigger's own light verb
    return trigger.last > trigger.cue_last and bool(tail) and tail[0].key in _passive_stems()


@cache
def _passive_stems() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("events/clauses")["passive_stems"])


_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "agent"})


_OBLIQUE_DEPS = frozenset({"obl", "nmod"})


def parse_subject(analysis: Analysis, view: SentenceView, trigger: Trigger) -> tuple[int, int] | None:
    """With a dependency parse (the tokens' ``head`` and ``dep`` from the parse stage): the nominal
    subject of the trigger's predicate, as sentence token indices; None without a parse."""
    at = view.toks[trigger.first].start
    token = next((t for t in analysis.tokens if t.start <= at < t.end), None)
    if token is None or not token.dep:
        return None
    if token.dep.split(":")[0] in _OBLIQUE_DEPS:
        return None  # "हमले में दस लोग घायल हुए": the clause's subject is not the agent of an oblique noun
    clause = view.clause_toks(trigger.clause)
    if not clause:
        return None
    clause_lo, clause_hi = clause[0].start, clause[-1].end
    sentence = [t for t in analysis.tokens if t.sentence == token.sentence]
    children: dict[int, list[Token]] = {}
    for t in sentence:
        if t.head != t.index:
            children.setdefault(t.head, []).append(t)
    by_index = {t.index: t for t in sentence}
    head = by_index.get(token.head, token)
    for node in (token, head, by_index.get(head.head, head)):
        for child in children.get(node.index, ()):
            if child.dep in _SUBJECT_DEPS and child.index != token.index:
                lo, hi = _subtree_span(child, children)
                if lo < clause_lo or hi > clause_hi:
                    continue  # the subject of another clause (the speaker of "X ने कहा कि …") is not this one's
                inside = [t.index for t in view.toks if lo <= t.start and t.end <= hi]
                if inside:
                    return inside[0], inside[-1]
    return None


def _subtree_span(root: Token, children: dict[int, list[Token]]) -> tuple[int, int]:
    lo, hi = root.start, root.end
    pending = [root]
    while pending:
        node = pending.pop()
        lo, hi = min(lo, node.start), max(hi, node.end)
        pending.extend(children.get(node.index, ()))
    return lo, hi
