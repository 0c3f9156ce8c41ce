"""Uses of event words that tell no event: a warning of a danger foreseen, a trip with no host, a
past attack recalled, a denial, a medical check. The words live in
``ghatna/lang/hi/events/clauses.yaml`` (``warnings``, ``threat_cues``, ``charges``,
``refusals``, ``claims``, ``comments``, ``health_senses``, ``health_words``, ``cases``,
``enabling``)."""

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


def recalled(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether an event noun is followed by a charge or trial it names, right after it or after its
    genitive (हत्या का आरोप, हमले के आरोपी, हमले की बरसी): a past event recalled, unless its doer
    is named in its genitive (आतंकियों के हमले के दोषी). Asked of attack nouns by no one that do
    not head their clause."""
    if trigger.last != trigger.cue_last:
        return False
    if _owner_word(view, trigger.first, lex) in lex.attackers:
        return False
    keys = tuple(t.key for t in view.toks[trigger.cue_last + 1 : trigger.cue_last + 3])
    if keys and keys[0] in lex.genitives:
        keys = keys[1:]
    return bool(keys) and keys[0] in lex.charges


def denies(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a refusal (इनकार, खंडन) is of what is said or of a comment, the phrase of the last
    marker before it (इस बात का खंडन किया कि …, हाथ होने से इनकार, टिप्पणी करने से इनकार): a
    denial or a declined comment, a statement (CAMEO 016, 011), not the refusal of a demand (मांग
    मानने से इनकार) or the ruling out of a possibility (… की संभावना से इनकार)."""
    if view.toks[trigger.first].key not in lex.refusals:
        return False
    clause_start = view.clause_toks(trigger.clause)[0].index
    marker = next(
        (j for j in range(trigger.first - 1, clause_start, -1) if _case_of_refusal(view.toks[j].key, lex)), None
    )
    if marker is None:
        return False
    head = view.toks[marker - 1].key
    if head in lex.claims or head in lex.comments:
        return True
    return lex.is_infinitive(head) and marker >= 2 and view.toks[marker - 2].key in lex.comments


def _case_of_refusal(key: str, lex: Lexicon) -> bool:
    """Whether a word marks what is refused (X से इनकार, X का खंडन)."""
    return key in lex.genitives or (key,) == lex.ablative


def health_check(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether an investigation or a contact (जांच, संपर्क में) is, in a sentence about a disease, a
    medical check (यात्रियों की जांच की गई) or contact with the infected (संक्रमित व्यक्ति के
    संपर्क में थे), unless the investigation is of a case or an event (मामले की जांच, हिंसा की जांच).
    The disease is looked for from the trigger's clause on: one named before it is what a speaker
    speaks of (कोरोना पर कहा कि केंद्र राज्यों के संपर्क में है)."""
    cue = view.keys(trigger.first, trigger.cue_last)
    if not any(cue[: len(sense)] == sense for sense in lex.health_senses):
        return False
    owner = _owner_word(view, trigger.first, lex)
    if owner is not None and _names_a_case(owner, lex):
        return False
    clause_start = view.clause_toks(trigger.clause)[0].index
    return any(t.key in lex.health_words for t in view.toks[clause_start:])


def helps_to_do(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a help noun follows an oblique infinitive and its locative, with at most a degree
    word, a particle or a pronoun between the locative and the noun (जमानत दिलाने में मदद की,
    खदेड़ने में बहुत मदद की): help towards doing something, what an act achieves, not aid handed
    over; a word of the kind of aid there (आर्थिक मदद) makes it material aid. A longer cue that
    begins with the noun (मदद का स्वागत) tells its own event."""
    first = trigger.first
    if trigger.cue_last != first:
        return False
    between = first > 0 and view.toks[first - 1].key in lex.enabling_between
    for phrase in lex.enabling:
        marker, noun = phrase[:-1], phrase[-1]
        if view.toks[first].key != noun:
            continue
        for gap in (0, 1) if between else (0,):
            start = first - gap - len(marker)
            if (
                start >= 1
                and view.keys(start, start + len(marker) - 1) == marker
                and lex.is_infinitive(view.toks[start - 1].key)
            ):
                return True
    return False


def _owner_word(view: SentenceView, at: int, lex: Lexicon) -> str | None:
    """The word right before a genitive that comes right before token ``at`` (हिंसा की जांच → हिंसा)."""
    if at >= 2 and view.toks[at - 1].key in lex.genitives:
        return view.toks[at - 2].key
    return None


def _names_a_case(key: str, lex: Lexicon) -> bool:
    """Whether a word names what an investigation is of: a case or wrongdoing (मामले, घोटाले) or
    an event noun (हिंसा, हत्या)."""
    return key in lex.cases or any(p.light is None for p in lex.by_first.get(key, ()))
