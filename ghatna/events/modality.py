"""Modality of an event from the words around its trigger: negated, future, hypothetical or
asserted. The cue words live in ``ghatna/lang/hi/events/modality.yaml``."""

from __future__ import annotations

from collections.abc import Sequence

from ghatna.events.clauses import SentenceView, Tok, Trigger
from ghatna.events.lexicon import Lexicon, ends_like
from ghatna.records import Event, Modality

_WINDOW = 4


def modality_of(
    view: SentenceView, trigger: Trigger, lex: Lexicon, *, ignore_opener: bool = False, ignore_negation: bool = False
) -> Modality:
    """``ignore_opener``: read the clause as if no conditional opener (अगर, यदि) preceded it, to
    tell what a condition's consequence is (तो हम कार्रवाई करेंगे: future); ``ignore_negation``:
    as if it were not negated, to tell a refusal (नहीं करेंगे: future) from a plain negation."""
    clause = trigger.clause
    after = [
        t
        for t in view.toks[trigger.cue_last + 1 : trigger.last + 1 + _WINDOW]
        if view.clause_of[t.index] == clause and view.labels[t.index] not in ("P", "B")
    ]
    around = [view.toks[trigger.first - 1]] if trigger.first > 0 else []
    if not ignore_negation and any(t.key in lex.negation for t in [*around, *after]):
        return "negated"
    if not ignore_opener and conditional(view, trigger):
        return "hypothetical"
    verbs = [t for t in after if view.labels[t.index] in ("V", "W", "S")]
    light = view.toks[trigger.last] if trigger.last > trigger.cue_last else None
    candidates = [light, *verbs] if light is not None else verbs
    main = _main_verbs(view, trigger, lex)  # धरना देकर … विरोध करेंगे: the main verb's tense
    for tok in [*candidates, *main]:
        if tok is None:
            continue
        if (
            tok.key in lex.future_words
            or any(tok.key.endswith(e) for e in lex.future_endings)
            or _first_person(tok, lex)
        ):
            return "future"
    if any(t.key in lex.hypothetical_words for t in [*after, *main]) or _asked_for(view, trigger, candidates, lex):
        return "hypothetical"
    return "hypothetical" if _talked_about(view, trigger, lex) else "asserted"


def first_person_future(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger's verb or the modal verb after it is a first person future (मैं अपील
    करूंगा, मैं अपील करना चाहूंगा)."""
    toks = view.toks[trigger.last : trigger.last + 2]
    return any(_first_person(t, lex) for t in toks if view.clause_of[t.index] == trigger.clause)


def _first_person(tok: Tok, lex: Lexicon) -> bool:
    return any(tok.key.endswith(e) for e in lex.first_person_endings)


def _verb_at(trigger: Trigger) -> int | None:
    """The position of the trigger's own verb: its light verb, or the cue when it is a verb."""
    return trigger.last if trigger.last > trigger.cue_last or trigger.predicate.verbal else None


def _main_verbs(view: SentenceView, trigger: Trigger, lex: Lexicon) -> list[Tok]:
    """When the trigger's verb is a conjunctive participle (धरना देकर, जुलूस निकालकर, सड़क जाम
    कर, धरना देते हुए), the verb chain of the main verb it leans on, later in its clause; else
    nothing. A chain that goes on with another verb (गिरफ्तार कर लिया) is a compound verb."""
    verb_at = _verb_at(trigger)
    chain = _chain(view, trigger.last + 1 if verb_at is None else verb_at)
    if not chain or not _conjunctive(chain, lex):
        return []
    at = chain[-1].index + 1
    while at < len(view.toks) and view.clause_of[at] == trigger.clause:
        if view.labels[at] != "V":
            at += 1
            continue
        chain = _chain(view, at)
        if not _conjunctive(chain, lex):
            return chain
        at = chain[-1].index + 1  # धरना देकर जुलूस निकालकर विरोध करेंगे: participles of one main verb
    return []


def _chain(view: SentenceView, at: int) -> list[Tok]:
    """The verbs from ``at`` on, up to the first word that is no verb."""
    end = at
    while end < len(view.toks) and view.labels[end] == "V":
        end += 1
    return view.toks[at:end]


def _conjunctive(chain: list[Tok], lex: Lexicon) -> bool:
    """Whether a verb chain is a conjunctive participle: one word ending like one (देकर, कर,
    करके), or a verb and a participle word (देते हुए, दे कर)."""
    key = chain[-1].key
    if key in lex.conjunctive_endings or ends_like(key, lex.conjunctive_endings):
        return True
    return len(chain) > 1 and key in lex.conjunctive


def _talked_about(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger's verb is a direct infinitive that a later predicate of its clause takes
    as its subject or object (आरोपी को गिरफ्तार करना बाकी है, लोगों को पीटना अपराध है): an act
    talked about, not one done, unless a word after it tells the act as begun, kept up or forced
    (प्रदर्शन करना शुरू किया, करना पड़ा). One followed right by a verb is the complement of a modal
    verb (करना है, करना होगा) or no infinitive (दल रवाना कर दिया); one that ends its clause (… को
    प्रशिक्षण देना ।) heads no noun phrase."""
    at = _verb_at(trigger)
    if at is None:
        return False
    if not lex.is_direct_infinitive(view.toks[at].key):
        return False
    following = [t for t in view.toks[at + 1 :] if view.clause_of[t.index] == trigger.clause]
    if not following or view.labels[following[0].index] == "V":
        return False  # करना है, करना होगा: a modal verb decides; दल रवाना कर दिया: no infinitive
    if not any(view.labels[t.index] == "V" for t in following):
        return False
    return not any(t.key in lex.infinitive_told for t in following[:_WINDOW])


def _asked_for(view: SentenceView, trigger: Trigger, verbs: Sequence[Tok | None], lex: Lexicon) -> bool:
    """Whether the trigger's verb is a subjunctive or a polite imperative that ends its clause
    (प्रशासन का सहयोग करें ।, ब्याज में छूट दें ।): an act asked for, not one done. A subjunctive
    takes no ergative subject: after one the form is a past plural spelt with its nasal
    (प्रदर्शनकारियों ने नारे लगाएं ।), an act told."""
    if any((t.key,) == lex.ergative and t.index < trigger.first for t in view.clause_toks(trigger.clause)):
        return False
    for tok in verbs:
        if tok is None or tok.key not in lex.subjunctive:
            continue
        after = tok.index + 1
        if after >= len(view.toks) or view.labels[after] in ("P", "B") or view.toks[after].key in lex.coordinators:
            return True
    return False


def conditional(view: SentenceView, trigger: Trigger) -> bool:
    """Whether a conditional opener (अगर, यदि, जब तक) comes before the trigger in its sentence."""
    return view.opener_at is not None and view.opener_at < trigger.first


def modifies_noun(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger's verb is a participle before a noun (धरना दे रहे किसान:
    "the farmers who are sitting in protest"): it describes who they are, not an event told."""
    if trigger.last == trigger.cue_last and not trigger.predicate.verbal:
        return False
    at = trigger.last + 1
    while at < len(view.labels) and view.labels[at] == "V":
        at += 1
    if at == trigger.last + 1 or at >= len(view.labels) or view.labels[at] != "W":
        return False
    return view.toks[at - 1].key not in lex.conjunctive


def agentive(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger only describes a participant (हमला करने वाले लड़ाके, समर्थन करने
    वाले नेता: "the fighters who attack"), not an event of its clause: an infinitive followed by a
    participle that does not head the predicate (करने वाले हैं is "about to do"), unless the
    infinitive is one that makes an upcoming event (होने वाली बैठक)."""
    at = trigger.last + 1
    if at >= len(view.toks) or view.toks[at].key not in lex.participles:
        return False
    if view.toks[trigger.last].key in lex.upcoming:
        return False
    following = view.toks[at + 1].key if at + 1 < len(view.toks) else ""
    return following not in lex.verb_ends


def told_as_fact(event: Event) -> bool:
    """Whether the article tells the event as one that happened, happens or is planned: a negated
    event (हमला नहीं किया) or a hypothetical one (अगर … तो विस्फोट होगा) did not take place, and
    PLOVER records only events that did or are announced to."""
    return event.modality not in ("negated", "hypothetical")


_TOPIC_REACH = 3  # words between an event noun's को and the topic noun (हमलों को चुनावी मुद्दा)


def untold(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger names an event its sentence does not tell: one asked about (क्या … ?,
    … हमला किया?), one made a topic (हमलों को मुद्दा बनाया) or one aimed at (… रोकने के लिए)."""
    return _asked(view, trigger, lex) or _topic(view, trigger, lex) or _purpose(view, trigger, lex)


def _asked(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    clause = view.clause_toks(trigger.clause)
    after = clause[-1].index + 1
    closed_by_mark = after < len(view.toks) and view.toks[after].text in lex.question_marks
    return closed_by_mark or clause[0].key in lex.question_words


def _topic(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    if trigger.last != trigger.cue_last or trigger.last + 1 >= len(view.toks):
        return False
    if view.toks[trigger.last + 1].key not in lex.topic_markers:
        return False
    following = view.toks[trigger.last + 2 : trigger.last + 2 + _TOPIC_REACH]
    return any(t.key in lex.topic_nouns for t in following)


def _purpose(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger is an infinitive of purpose (संक्रमण को फैलने से रोकने के लिए …) or
    stands in a clause of purpose (ताकि …): what an act aims at, not an event told."""
    if view.clause_toks(trigger.clause)[0].key in lex.purpose_openers:
        return True
    if not lex.is_infinitive(view.toks[trigger.last].key):
        return False
    following = tuple(t.key for t in view.toks[trigger.last + 1 : trigger.last + 3])
    return any(following[: len(m)] == m for m in lex.purpose_markers)
