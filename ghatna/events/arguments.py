"""Who did it, to whom, where: the arguments of one trigger, read from the case-marked phrases
of its clause through the predicate's frame (``frames.yaml``). Handles coordination (भारत और
कजाकिस्तान ने → both), passives (… को दिखाया गया: no unmarked actor), nominal events (X की यात्रा)
and, with a dependency parse, the subject the parser attaches to the trigger's verb."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from ghatna.events.actors import Home, Resolved, resolve_name, resolve_phrase
from ghatna.events.clauses import NP, SentenceView, Trigger, marker_at
from ghatna.events.lexicon import Lexicon, Phrase
from ghatna.lang import load
from ghatna.records import Actor, Analysis, Token
from ghatna.text.normalise import match_key

_MAX_NAME_TOKENS = 4


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
    found = _fill(view, before, actor_markers, lex, analysis, home, used, allow_names=True, persons_only=True)
    agent = found[1] if found is not None else None
    sides = None
    if found is None:
        sides = _fill(view, before, list(frame.both), lex, analysis, home, used, allow_names=True)
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
            resolved = _resolve(view, subject[0], subject[1], lex, analysis, home, allow_names=True)
            args.actors = [r for r in resolved if not r.is_place or r.how == "country"]
        stated = [p for p in before if p.marker == lex.ergative and view.keys(p.first, p.last)[-1] not in lex.pronouns]
        if verbal and stated and not args.actors:
            args.stated_agent = True
            args.actors = [_unknown_agent(view, stated[-1], lex, home)]
    recipient_markers = list(frame.recipient)
    if passive:
        recipient_markers.append(("subject",))
    if frame.owner:
        before = sorted(before + _event_noun_phrases(view, trigger, lex), key=lambda p: p.last)
    if not args.recipients:
        owner = frame.owner
        found = _fill(view, before, recipient_markers, lex, analysis, home, used, allow_names=True, possessor=owner)
        if found is None:
            args.recipient_pronoun_at = _pronoun_at(view, before, recipient_markers, lex, used, owner=owner)
        else:
            args.recipients = [r for r in found[0] if not r.is_place]
            if not args.recipients and found[0][0].is_place:
                args.place = found[0][0]
    if not args.recipients and args.recipient_pronoun_at is None and agent is not None and frame.owner:
        args.recipients = _fronted_owner(view, agent, lex, analysis, home)
    if not args.recipients and args.recipient_pronoun_at is None:
        args.recipients = _unknown_recipient(view, before, recipient_markers, lex, analysis, home, used)
    for phrase in before:
        marker = (phrase.marker,) if isinstance(phrase.marker, str) else phrase.marker
        if id(phrase) in used or marker not in frame.place:
            continue
        resolved = _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)
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
        resolved = _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)
        if resolved and resolved[0].place is not None and resolved[0].is_place:
            found.append((abs(phrase.first - trigger.first), resolved[0]))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _unknown_agent(view: SentenceView, phrase: NP, lex: Lexicon, home: Home) -> Resolved:
    """The agent a clause names (गांव वालों ने, नौकर ने) that no gazetteer knows: a kind of
    actor of the article's country, named by its Hindi words only."""
    words = [t.text for t in view.toks[phrase.first : phrase.last + 1] if t.key not in lex.np_stop]
    name = " ".join(words[-_MAX_NAME_TOKENS:]) or None
    return Resolved(Actor(None, None, home.generic, None, name), "generic", placed=False)


def _unknown_recipient(
    view: SentenceView, phrases: list[NP], markers: list[Phrase], lex: Lexicon, analysis: Analysis, home: Home,
    used: set[int],
) -> list[Resolved]:
    """The phrase in the frame's recipient case (पांच आरोपियों को गिरफ़्तार किया, गांव वालों पर
    गोलियां चलाईं) that names no actor we know: a group of the article's country, by its Hindi
    words, as an unknown agent is."""
    wanted = [_as_phrase_marker(m) for m in markers if m not in (("subject",), ("genitive",))]
    # by the frame's order of markers (अपील: the one asked, से, before the court, में), then nearest first
    ranked = [(wanted.index(p.marker), p) for p in reversed(phrases) if p.marker in wanted and id(p) not in used]
    for _, phrase in sorted(ranked, key=lambda pair: pair[0]):
        if view.toks[phrase.first].key in lex.relatives:
            return _antecedent(view, phrase, lex, analysis, home)
        keys = view.keys(max(0, phrase.first - 1), phrase.last)
        # उसके घर पर, अपनी सदस्यता पर: an owner's thing, not an actor, is in the case; the dative and
        # the ablative name a party after a possessor too (गांव के मुखिया को, अपने समर्थकों से)
        party = phrase.marker in (lex.dative, lex.ablative)
        owned = lex.object_pronouns if party else lex.genitives | lex.object_pronouns | lex.reflexives
        if keys[-1] in lex.pronouns or keys[-1] in lex.np_stop or owned & set(keys):
            continue
        words = [t.key for t in view.toks[phrase.first : phrase.last + 1] if view.labels[t.index] in ("W", "S")]
        if any(k in lex.by_first for k in words):
            continue  # इन आरोपों से इनकार, पेशकश को ठुकराया: an event or a word in the case, not a party
        return [_unknown_agent(view, phrase, lex, home)]
    return []


def _antecedent(view: SentenceView, relative: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """What a relative pronoun stands for: the noun phrase that ends right before it (a comma
    between them allowed), as an actor we know or else a group of the article's country."""
    end = relative.first - 1
    while end >= 0 and view.labels[end] == "P":
        end -= 1
    head = next((p for p in view.phrases if p.last == end), None)
    if head is None:
        return []
    known = _resolve(view, head.first, head.last, lex, analysis, home, allow_names=True, np=head)
    return [r for r in known if not r.is_place] or [_unknown_agent(view, head, lex, home)]


def _fill(
    view: SentenceView,
    phrases: list[NP],
    markers: list[Phrase],
    lex: Lexicon,
    analysis: Analysis,
    home: Home,
    used: set[int],
    *,
    allow_names: bool,
    persons_only: bool = False,
    possessor: bool = False,
) -> tuple[list[Resolved], NP] | None:
    """The first phrase, by the frame's order of markers, that resolves to an actor. With
    ``possessor``, a phrase headed by a thing (विपक्ष की रैली पर, उनकी नियुक्ति को)
    stands for its owner: an attack on a party's rally is aimed at the party."""
    for marker in markers:
        want = _as_phrase_marker(marker)
        for phrase in reversed(phrases):
            if id(phrase) in used or phrase.marker != want:
                continue
            names_ok = allow_names and want == lex.ergative
            resolved = _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=names_ok, np=phrase)
            if want == "genitive" and persons_only:
                resolved = [r for r in resolved if _is_person(r, analysis)]
            if not resolved and possessor:
                resolved = _possessor(view, phrase, lex, analysis, home)
            if resolved:
                used.add(id(phrase))
                return resolved, phrase
    return None


def _resolve(
    view: SentenceView,
    first: int,
    last: int,
    lex: Lexicon,
    analysis: Analysis,
    home: Home,
    *,
    allow_names: bool,
    np: NP | None = None,
) -> list[Resolved]:
    spans = np.conjuncts if np is not None and np.conjuncts else [(first, last)]
    if len(spans) > 1:
        spans = _join_across_mentions(analysis, view, spans)
    out: list[Resolved] = []
    for a, b in spans:
        toks = [(t.text, t.key, t.start, t.end) for t in view.toks[a : b + 1]]
        resolved = resolve_phrase(toks, analysis, home, lex.np_stop, lex.genitives, lex.one_word_markers)
        if not resolved and allow_names and not any(e.type == "PERSON" for e in analysis.entities):
            words = [t for t in toks if t[1] not in lex.np_stop and t[1] not in lex.genitives]
            if words and len(words) <= _MAX_NAME_TOKENS and words[-1][1] not in lex.pronouns:
                resolved = [resolve_name(words, home)]
        out.extend(resolved)
    placed = [r for r in out if r.placed and r.actor.country]
    if placed and len(out) > 1:  # coordinated phrases share the country one of them states
        out = [r if r.placed else replace(r, actor=replace(r.actor, country=placed[0].actor.country)) for r in out]
    return out


def _as_phrase_marker(marker: Phrase) -> Phrase | str:
    """A frame's marker as noun phrases carry it: "subject" and "genitive" are names, not words."""
    return marker[0] if marker in (("subject",), ("genitive",)) else marker


def _pronoun_at(
    view: SentenceView, phrases: list[NP], markers: list[Phrase], lex: Lexicon, used: set[int], *, owner: bool
) -> int | None:
    """The offset of a pronoun that fills the recipient slot (उन्हें; with ``owner``, also a
    possessive before a thing: उनके निवास पर), if one does."""
    wanted = {_as_phrase_marker(m) for m in markers}
    dative = lex.dative in wanted or "subject" in wanted
    for phrase in reversed(phrases):
        if id(phrase) in used:
            continue
        first = view.toks[phrase.first]
        if dative and first.key in lex.dative_pronouns:
            return first.start
        if phrase.marker in wanted and first.key in lex.object_pronouns and (phrase.first == phrase.last or owner):
            return first.start
    return None


def _event_noun_phrases(view: SentenceView, trigger: Trigger, lex: Lexicon) -> list[NP]:
    """Event nouns that are things acted upon (विपक्ष की रैली पर हमला किया): each
    with its owner's genitive and the marker after it, as one phrase."""
    out: list[NP] = []
    for other in view.triggers:
        if other.clause != trigger.clause or other.last >= trigger.first or other.last != other.cue_last:
            continue
        marker = marker_at(view.toks, view.labels, view.clause_of, other.last + 1, lex)
        owners = [p for p in view.clause_phrases(trigger.clause) if p.marker == "genitive" and p.last < other.first]
        owner = owners[-1] if owners else None
        if marker is None or owner is None:
            continue
        if all(view.labels[i] in ("G", "W", "S") for i in range(owner.last + 1, other.first)):
            out.append(NP(owner.first, other.last, marker, other.clause))
    return out


def _fronted_owner(view: SentenceView, agent: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """X के फैसले की Y ने आलोचना की: an object fronted before the agent runs into the agent's
    phrase through its genitive; the owner of the thing before that genitive is the recipient. A
    genitive that names the agent's affiliation (राज्य के मंत्री Y ने) leaves nothing owned."""
    for g in range(agent.last - 1, agent.first, -1):
        if view.toks[g].key not in lex.genitives:
            continue
        if not _resolve(view, g + 1, agent.last, lex, analysis, home, allow_names=False):
            return []  # the agent is not after this genitive
        if _resolve(view, agent.first, g - 1, lex, analysis, home, allow_names=False):
            continue  # an affiliation, not a thing owned
        owner = _possessor(view, NP(agent.first, g - 1, None, agent.clause), lex, analysis, home)
        if owner:
            return owner
    return []


def _possessor(view: SentenceView, phrase: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """The actor in the genitive before the head of ``phrase`` (X की यात्रा → X), if any."""
    genitive = max((i for i in range(phrase.first + 1, phrase.last) if view.toks[i].key in lex.genitives), default=None)
    if genitive is None:
        return []
    owner = _resolve(view, phrase.first, genitive - 1, lex, analysis, home, allow_names=False)
    return [r for r in owner if not r.is_place]


def _join_across_mentions(
    analysis: Analysis, view: SentenceView, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Conjuncts that one entity mention runs across (रक्षा एवं वैमानिकी उद्योग मंत्री) are one."""
    mentions = [m for entity in analysis.entities for m in entity.mentions]
    out = [spans[0]]
    for span in spans[1:]:
        prev_start, here = view.toks[out[-1][0]].start, view.toks[span[0]].start
        if any(prev_start <= m_start < here < m_end for m_start, m_end in mentions):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _is_person(resolved: Resolved, analysis: Analysis) -> bool:
    """A genitive actor of a noun event (मोदी की यात्रा) is a person; a place or an
    organisation in that slot is where the event goes (विश्वविद्यालय का दौरा)."""
    if resolved.how in ("role", "name"):
        return True
    entity = resolved.actor.entity
    return entity is not None and any(e.id == entity and e.type == "PERSON" for e in analysis.entities)


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


def complement_subject(
    view: SentenceView, trigger: Trigger, lex: Lexicon, analysis: Analysis, home: Home
) -> list[Resolved]:
    """X ने आरोप लगाया कि Y …: with no recipient of its own, an accusation, demand or warning is
    aimed at the subject of the कि-clause that follows it."""
    following = view.clause_toks(trigger.clause + 1)
    if not following or following[0].key not in lex.complementisers:
        return []
    for phrase in view.clause_phrases(trigger.clause + 1):
        if phrase.marker not in (lex.ergative, "subject", lex.dative):
            continue
        resolved = [r for r in _resolve(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)]
        resolved = [r for r in resolved if not r.is_place or r.how == "country"]
        if resolved:
            return resolved
    return []
