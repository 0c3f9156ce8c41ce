"""Uses of event words that tell no event: a warning of a danger foreseen, a trip with no host.
The words live in ``ghatna/lang/hi/events/clauses.yaml`` (``warnings``, ``threat_cues``)."""

from __future__ import annotations

from ghatna.events.actors import Resolved
from ghatna.events.clauses import SentenceView, Tok, Trigger
from ghatna.events.lexicon import Lexicon
from ghatna.lang.ontology import NOT_STATES, PRIVATE_SECTORS
from ghatna.records import Actor


def warns_of_danger(
    view: SentenceView, trigger: Trigger, lex: Lexicon, actors: list[Resolved], recipients: list[Resolved]
) -> bool:
    """Whether a warning (चेतावनी दी, चेताया) foresees a danger rather than threatens: neither it
    nor what it says names an act to be taken (कार्रवाई, हड़ताल), one it is against (के खिलाफ) or
    sternness (सख्त), it is given to no one who could act on it (an official, a party, a group) and
    not by one country to another. Rain, a disease or an economic risk warned of is a comment."""
    cue = view.toks[trigger.first : trigger.cue_last + 1]
    if not any(t.key in lex.warnings for t in cue):
        return False
    if any(t.key in lex.threat_cues for t in _said_with(view, trigger, lex)):
        return False
    if any(_answerable(r.actor) for r in recipients):
        return False  # विपक्ष को चेताया, उपद्रवियों को चेतावनी दी: a warning to someone who can act
    return not any(_abroad(a.actor, r.actor) for a in actors for r in recipients)


def _said_with(view: SentenceView, trigger: Trigger, lex: Lexicon) -> list[Tok]:
    """The warning's own clause and the कि-clauses that tell its content, not the clauses of other
    acts in the sentence (बारिश की चेतावनी दी है, जबकि पुलिस ने … कार्रवाई की)."""
    toks = list(view.clause_toks(trigger.clause))
    clause = trigger.clause + 1
    while (content := view.clause_toks(clause)) and content[0].key in lex.complementisers:
        toks += content
        clause += 1
    return toks


def _answerable(recipient: Actor) -> bool:
    """Whether a recipient is an actor of some kind other than private people (the public warned
    of a danger)."""
    return recipient.sector is not None and recipient.sector not in PRIVATE_SECTORS


def _abroad(actor: Actor, recipient: Actor) -> bool:
    """Whether the two are of two different countries (an international body is of none)."""
    countries = (actor.country, recipient.country)
    return all(c is not None and c not in NOT_STATES for c in countries) and countries[0] != countries[1]


def hosted(actor: Actor | None, host: Actor | None) -> bool:
    """Whether a visit (यात्रा, दौरा) has a host: the traveller is no private person and goes to
    another country (or, of unknown country, to any country), or to an actor of his
    own country other than a place. A private journey (लोगों ने दुबई की यात्रा की) or a leader's
    tour of a region at home is no visit."""
    if actor is None or host is None:
        return host is not None
    if actor.sector in PRIVATE_SECTORS:
        return False
    if host.country is not None and host.country != actor.country:
        return True
    return host.sector is not None and host.sector not in PRIVATE_SECTORS

