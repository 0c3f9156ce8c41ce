"""The PLOVER coder: predicates + case-marked arguments → events, one article at a time.

Per sentence: triggers from the predicate dictionaries, arguments from the trigger's clause,
modality, contexts, place and date; across sentences: the subject carried over when a clause
has none (pro-drop, उन्होंने, reported speech), and an enclosing visit whose date and place the
meetings held during it inherit (इस दौरान). Then same events are merged and scored.
"""

from __future__ import annotations

from ghatna.events.actors import Home, home_of
from ghatna.events.arguments import Arguments
from ghatna.events.clauses import SentenceView, Trigger, analyse
from ghatna.events.coding import code_trigger
from ghatna.events.dates import EventDates
from ghatna.events.learned.choose import argument_hook, rule_argument_hook, sentence_triggers
from ghatna.events.learned.setting import Coder, coder_setting
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.events.merge import merge_events
from ghatna.events.modality import told_as_fact
from ghatna.events.phrase_actors import actors_in_span
from ghatna.events.tokens import sentence_toks
from ghatna.events.trigger_coding import ArticleState, TriggerCoding
from ghatna.records import Actor, Analysis, Event, Evidence


def code_events(analysis: Analysis, coder: Coder | None = None) -> list[Event]:
    """The article's events; ``coder`` (default: the setting) picks whose triggers are coded."""
    coder = coder or coder_setting()
    lex = lexicon()
    choose = argument_hook(coder)
    choose_for_rules = rule_argument_hook(coder)
    by_sentence = sentence_toks(analysis)
    home = home_of(analysis, [t.key for toks in by_sentence.values() for t in toks])
    state = ArticleState()
    state.dates = EventDates(analysis)
    events: list[Event] = []
    for sentence in analysis.sentences:
        toks = by_sentence.get(sentence.index, [])
        if not toks:
            continue
        spans = [(x.start, x.end) for x in analysis.timexes if x.sentence == sentence.index]
        view = analyse(toks, lex, spans, sentence_triggers(toks, lex, coder))
        called: set[int] = set()  # protests that a later appeal calls for (बंद की अपील की)
        ordered: set[int] = set()  # acts that a later order orders (गिरफ्तार करने का आदेश दिया)
        content: dict[int, Trigger] = {}  # what a predicate is about (हमले की निंदा), by its position
        for n, trigger in enumerate(view.triggers):
            if n - 1 in called or n - 1 in ordered:
                continue  # the appeal or the order itself is coded as what it calls for
            later = view.triggers[n + 1 :]
            if trigger.predicate.type == "PROTEST" and _linked(view, trigger, later, lex) == "REQUEST":
                called.add(n)
            elif _is_complement(view, trigger, later, lex) and _an_order(view, later[0], lex):
                ordered.add(n)
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
            coding = TriggerCoding(analysis, view, trigger, lex, home, state, sentence.index, n in called, doer)
            coding.ordered = n in ordered
            # the dictionary's own triggers (under --coder both) keep the rules' arguments, the
            # classifier filling an empty recipient
            coding.choose_arguments = choose if trigger.learned else choose_for_rules
            events.extend(code_trigger(coding))
        _update_topic(view, lex, analysis, home, state)
    times = [(x.start, x.end) for x in analysis.timexes]
    return merge_events([e for e in events if told_as_fact(e)], analysis.article.text, times)


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


def evidence_span(evidence: Evidence) -> tuple[int, int]:
    return evidence.start, evidence.end


def _an_order(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger is an order given (आदेश/निर्देश दिया), whose content is the act ordered."""
    return trigger.last != trigger.cue_last and view.toks[trigger.cue_last].key in lex.orders


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
    # डराने का आरोप (an infinitive), हमले की (खुलकर) निंदा (a noun): the next predicate's content
    return later[0].last != later[0].cue_last and _adverbial(view, inside[0] + 1, nxt, lex)


def _adverbial(view: SentenceView, first: int, end: int, lex: Lexicon) -> bool:
    """Whether the tokens ``first:end`` are at most one manner phrase (सख़्त लहजे में) and no
    argument of the predicate: plain words closed by one marker, or nothing."""
    labels = [view.labels[i] for i in range(first, end) if view.labels[i] not in ("P", "S")]
    if not labels:
        return True
    keys = [view.toks[i].key for i in range(first, end)]
    return labels[-1] == "M" and all(label == "W" for label in labels[:-1]) and not lex.genitives & set(keys)


def _update_topic(view: SentenceView, lex: Lexicon, analysis: Analysis, home: Home, state: ArticleState) -> None:
    """The last actor-like subject (ने or unmarked) of the sentence becomes the topic."""
    for phrase in reversed(view.phrases):
        if phrase.marker not in (lex.ergative, "subject"):
            continue
        resolved = actors_in_span(view, phrase.first, phrase.last, lex, analysis, home, allow_names=True, np=phrase)
        resolved = [r for r in resolved if not r.is_place and r.how != "generic"]
        if resolved:
            state.topic = resolved
            return


__all__ = ["Arguments", "code_events"]
