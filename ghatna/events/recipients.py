"""Whom an event is aimed at, where the frame's recipient case names no actor we know: a group by
its Hindi words, a relative pronoun's antecedent, a pronoun's offset, the owner of a thing acted
upon or of a fronted object, and the subject of the कि-clause after an accusation or a demand."""

from __future__ import annotations

from ghatna.events.actors import Home, Resolved
from ghatna.events.clauses import NP, SentenceView, Trigger, marker_at
from ghatna.events.lexicon import Lexicon, Phrase
from ghatna.events.phrase_actors import (
    actors_in_span,
    as_phrase_marker,
    possessor_of,
    runs_into_predicate,
    unknown_agent,
)
from ghatna.records import Actor, Analysis


def unknown_recipient(
    view: SentenceView, phrases: list[NP], markers: list[Phrase], lex: Lexicon, analysis: Analysis, home: Home,
    used: set[int], trigger_first: int,
) -> list[Resolved]:
    """The phrase in the frame's recipient case (पांच आरोपियों को गिरफ़्तार किया, गांव वालों पर
    गोलियां चलाईं) that names no actor we know: a group of the article's country, by its Hindi
    words, as an unknown agent is."""
    # an adjunct (वेतन को लेकर) names a recipient only as a known actor or owner, never by its words
    wanted = [as_phrase_marker(m) for m in markers if m not in (("subject",), ("genitive",)) and m not in lex.adjuncts]
    # by the frame's order of markers (अपील: the one asked, से, before the court, में), then nearest first
    ranked = [(wanted.index(p.marker), p) for p in reversed(phrases) if p.marker in wanted and id(p) not in used]
    embedded = False
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
        if of_an_infinitive(view, phrase, trigger_first, lex):
            embedded = True
            continue
        if runs_into_predicate(view, phrase.first, phrase.last, lex, analysis):
            continue
        return [unknown_agent(view, phrase, lex, home)]
    # the case is filled, by the embedded verb's object: a party of the article's country, unnamed
    return [Resolved(Actor(None, None, home.generic), "generic", placed=False)] if embedded else []


def of_an_infinitive(view: SentenceView, phrase: NP, trigger_first: int, lex: Lexicon) -> bool:
    """संक्रमण को रोकने के लिए, संकट से निपटने के लिए: the object of an infinitive before the
    trigger (the infinitive right after its case marker), or the infinitive itself after its object,
    is the embedded verb's, not a party to the event."""
    after = phrase.last + 1 + (len(phrase.marker) if isinstance(phrase.marker, tuple) else 0)
    if after < trigger_first and _infinitive(view, after, lex):
        return True
    objects = (lex.dative[-1], lex.ablative[-1])
    alone = phrase.first == phrase.last and phrase.first > 0 and view.toks[phrase.first - 1].key in objects
    return alone and _infinitive(view, phrase.first, lex)


def _infinitive(view: SentenceView, at: int, lex: Lexicon) -> bool:
    key = view.toks[at].key
    if view.labels[at] != "W" or key in lex.reflexives or key in lex.pronouns:
        return False
    return lex.is_infinitive(key)


def _antecedent(view: SentenceView, relative: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """What a relative pronoun stands for: the noun phrase that ends right before it (a comma
    between them allowed), as an actor we know or else a group of the article's country."""
    end = relative.first - 1
    while end >= 0 and view.labels[end] == "P":
        end -= 1
    head = next((p for p in view.phrases if p.last == end), None)
    if head is None:
        return []
    known = actors_in_span(view, head.first, head.last, lex, analysis, home, allow_names=True, np=head)
    return [r for r in known if not r.is_place] or [unknown_agent(view, head, lex, home)]


def pronoun_at(
    view: SentenceView, phrases: list[NP], markers: list[Phrase], lex: Lexicon, used: set[int], *, owner: bool
) -> int | None:
    """The offset of a pronoun that fills the recipient slot (उन्हें; with ``owner``, also a
    possessive before a thing: उनके निवास पर), if one does."""
    wanted = {as_phrase_marker(m) for m in markers}
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


def event_noun_phrases(view: SentenceView, trigger: Trigger, lex: Lexicon) -> list[NP]:
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


def fronted_owner(view: SentenceView, agent: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """X के फैसले की Y ने आलोचना की: an object fronted before the agent runs into the agent's
    phrase through its genitive; the owner of the thing before that genitive is the recipient. A
    genitive that names the agent's affiliation (राज्य के मंत्री Y ने) leaves nothing owned."""
    for g in range(agent.last - 1, agent.first, -1):
        if view.toks[g].key not in lex.genitives:
            continue
        if not actors_in_span(view, g + 1, agent.last, lex, analysis, home, allow_names=False):
            return []  # the agent is not after this genitive
        if actors_in_span(view, agent.first, g - 1, lex, analysis, home, allow_names=False):
            continue  # an affiliation, not a thing owned
        owner = possessor_of(view, NP(agent.first, g - 1, None, agent.clause), lex, analysis, home)
        if owner:
            return owner
    return []


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
        resolved = [r for r in actors_in_span(view, phrase.first, phrase.last, lex, analysis, home, allow_names=False)]
        resolved = [r for r in resolved if not r.is_place or r.how == "country"]
        if resolved:
            return resolved
    return _leading_actor(view, trigger.clause + 1, lex, analysis, home)


def _leading_actor(view: SentenceView, clause: int, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """… कि केंद्र सरकार लॉकडाउन पर बयान दे रही है, … कि महामारी के खिलाफ लड़ाई में कांग्रेस
    भूमिका निभा रही है: a subject run together with the words after it, or after phrases of
    manner and place, is the first known actor that opens a phrase and is followed by a plain
    word (not its own case marker or genitive)."""
    for phrase in view.clause_phrases(clause):
        for end in range(phrase.last - 1, phrase.first - 1, -1):
            if view.labels[end + 1] != "W" or view.labels[min(end + 2, phrase.last + 1)] == "G":
                continue  # मोदी सरकार की लड़ाई: a modifier of a thing owned, not the subject
            resolved = actors_in_span(view, phrase.first, end, lex, analysis, home, allow_names=False)
            resolved = [
                r for r in resolved
                if not r.is_place and r.how in ("entity", "organisation", "country") and r.actor.country
            ]
            if resolved:
                return resolved
    return []
