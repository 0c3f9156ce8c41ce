"""The learned argument step: each noun phrase of the trigger's sentence that names an actor is a
candidate, and a classifier over (trigger, candidate) pairs says actor, recipient or none.

Features: the phrase's case marker, its side of the trigger and distance, same clause or not, the
dependency relation of its last word and whether that word's head lies in the trigger, the
voice, the trigger's type and frame, how the phrase resolved (entity, country, role, generic),
its sector, a pronoun resolved to a named actor, and what the rules chose. Where the classifier
names an actor or a recipient, it replaces the rules' choice; elsewhere the rules' stands.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ghatna.events.actors import Resolved
from ghatna.events.clauses import NP, SentenceView
from ghatna.events.learned.perceptron import Perceptron
from ghatna.events.phrase_actors import actors_in_span
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.records import Actor, Analysis

ACTOR, RECIPIENT, NONE = "actor", "recipient", "none"
# the feature of an unresolved candidate: a model trained with such candidates has a weight for it
UNRESOLVED = "how=unresolved"


@dataclass(frozen=True, slots=True)
class Candidate:
    phrase: NP
    resolved: list[Resolved]
    start: int  # character span of the phrase in the article
    end: int


def candidates(c: TriggerCoding, unresolved: bool = False) -> list[Candidate]:
    """The sentence's noun phrases that resolve to an actor (not a place), outside the trigger; with
    ``unresolved``, also those that resolve to nothing (``unresolved_actor``)."""
    out: list[Candidate] = []
    for phrase in c.view.phrases:
        if c.trigger.first <= phrase.last and phrase.first <= c.trigger.last:
            continue
        found = actors_in_span(
            c.view, phrase.first, phrase.last, c.lex, c.analysis, c.home, allow_names=True, np=phrase
        )
        resolved = [r for r in found if not r.is_place or r.how == "country"]
        if not found and unresolved:
            resolved = unresolved_actor(c, phrase)
        if resolved:
            out.append(Candidate(phrase, resolved, c.view.toks[phrase.first].start, c.view.toks[phrase.last].end))
    return out


def unresolved_actor(c: TriggerCoding, phrase: NP) -> list[Resolved]:
    """A phrase no table or entity resolves (निजी स्कूलों, a name the NER missed) as an actor of the
    article's country known by its words; none for a pronoun or a time expression."""
    view = c.view
    last = _head(view, phrase)
    if view.toks[last].key in c.lex.pronouns or view.toks[phrase.first].key in c.lex.pronouns:
        return []
    start, end = view.toks[phrase.first].start, view.toks[last].end
    if any(x.start < end and start < x.end for x in c.analysis.timexes):
        return []
    words = view.text(phrase.first, last)
    return [Resolved(Actor(None, None, c.home.generic or c.home.names, None, words), "unresolved", placed=False)]


def _head(view: SentenceView, phrase: NP) -> int:
    """The phrase's last word before its case marker."""
    word = phrase.last
    while word > phrase.first and view.labels[word] in ("M", "G"):
        word -= 1
    return word


def _marker(phrase: NP) -> str:
    marker = phrase.marker
    return "_".join(marker) if isinstance(marker, tuple) else str(marker)


def _bucket(distance: int) -> str:
    return "0" if distance <= 1 else "1" if distance <= 3 else "2" if distance <= 6 else "3" if distance <= 12 else "4"


def _same(a: Actor, chosen: list[Resolved]) -> bool:
    return any((r.actor.name_hi, r.actor.country) == (a.name_hi, a.country) for r in chosen)


def pair_features(c: TriggerCoding, candidate: Candidate) -> list[str]:
    phrase, trigger, view = candidate.phrase, c.trigger, c.view
    before = phrase.last < trigger.first
    side = "B" if before else "A"
    distance = trigger.first - phrase.last if before else phrase.first - trigger.last
    marker, kind = _marker(phrase), trigger.predicate.type
    frame = trigger.predicate.frame
    first = candidate.resolved[0]
    pronoun = view.toks[phrase.last].key in c.lex.pronouns or view.toks[phrase.first].key in c.lex.pronouns
    voice = "passive" if c.args.passive else "active"
    dep, head_in = _dependency(c, phrase)
    features = [
        "bias",
        f"m={marker}",
        f"side={side}",
        f"sd={side}{_bucket(distance)}",
        f"ms={marker}|{side}",
        f"mt={marker}|{kind}",
        f"mf={marker}|{frame}",
        f"mv={marker}|{voice}",
        f"mvb={marker}|{c.verbal}",
        f"clause={phrase.clause == trigger.clause}",
        f"mc={marker}|{phrase.clause == trigger.clause}",
        f"how={first.how}",
        f"sector={first.actor.sector}",
        f"ts={kind}|{first.actor.sector}",
        f"dep={dep}",
        f"dm={dep}|{marker}",
        f"headin={head_in}",
        f"many={len(candidate.resolved) > 1}",
    ]
    if first.how == "unresolved":
        head = view.toks[_head(view, phrase)].key
        features += [f"unresolved_end={head[-2:]}", f"unresolved_mt={marker}|{kind}"]
    if pronoun:
        features += ["pronoun", f"pronoun_named={first.actor.name_en is not None or first.actor.entity is not None}"]
    if _same(first.actor, c.args.actors):
        features += ["rule_actor", f"rule_actor|{c.carried}"]
    if _same(first.actor, c.recipients or c.args.recipients):
        features.append("rule_recipient")
    return features


def _dependency(c: TriggerCoding, phrase: NP) -> tuple[str, bool]:
    """The dependency relation of the phrase's last word (before its marker) and whether its head
    lies inside the trigger; ``none`` where the sentence was not parsed."""
    view = c.view
    word = _head(view, phrase)
    tokens = c.analysis.tokens
    at = bisect_left(_starts(c.analysis), view.toks[word].start)
    token = tokens[at] if at < len(tokens) else None
    if token is None or token.start != view.toks[word].start or not token.dep:
        return "none", False
    head = tokens[token.head] if 0 <= token.head < len(tokens) else None
    trigger_span = (view.toks[c.trigger.first].start, view.toks[c.trigger.last].end)
    return token.dep, head is not None and trigger_span[0] <= head.start < trigger_span[1]


_STARTS: list[tuple[Analysis, list[int]]] = []


def _starts(analysis: Analysis) -> list[int]:
    """The start offsets of the analysis's tokens (kept for the analysis being coded)."""
    if not _STARTS or _STARTS[0][0] is not analysis:
        _STARTS[:] = [(analysis, [t.start for t in analysis.tokens])]
    return _STARTS[0][1]


def choose_arguments(
    model: Perceptron, roles: frozenset[str] = frozenset({ACTOR, RECIPIENT}), only_empty: bool = False
) -> Callable[[TriggerCoding], None]:
    """The coder's hook: for the ``roles`` given, the classifier's actor and recipient replace the
    rules' where it names one; with ``only_empty``, only where the rules found none."""

    def choose(c: TriggerCoding) -> None:
        open_roles = {r for r in roles if not (only_empty and (c.actors if r == ACTOR else c.recipients))}
        if not open_roles:
            return
        found = candidates(c, unresolved=UNRESOLVED in model.weights)
        if not found:
            return
        scored = [(model.scores(pair_features(c, cand)), cand) for cand in found]
        actor = _best(scored, ACTOR) if ACTOR in open_roles else None
        recipient = _best(scored, RECIPIENT, exclude=actor) if RECIPIENT in open_roles else None
        if actor is not None:
            c.args.actors = list(actor.resolved)
            c.actors = list(actor.resolved)
            c.carried = False
        if recipient is not None:
            c.recipients = list(recipient.resolved)

    return choose


def _best(
    scored: list[tuple[dict[str, float], Candidate]], label: str, exclude: Candidate | None = None
) -> Candidate | None:
    best: tuple[float, Candidate] | None = None
    for scores, cand in scored:
        if cand is exclude or max(scores, key=lambda k: (scores[k], k)) != label:
            continue
        margin = scores[label] - max(v for k, v in scores.items() if k != label)
        if best is None or margin > best[0]:
            best = (margin, cand)
    return best[1] if best is not None else None
