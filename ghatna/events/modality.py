"""Modality of an event from the words around its trigger: negated, future, hypothetical or
asserted. The cue words live in ``ghatna/lang/hi/events/modality.yaml``."""

from __future__ import annotations

from ghatna.events.clauses import SentenceView, Trigger
from ghatna.events.lexicon import Lexicon
from ghatna.records import Modality

_WINDOW = 4


def modality_of(view: SentenceView, trigger: Trigger, lex: Lexicon) -> Modality:
    clause = trigger.clause
    after = [
        t
        for t in view.toks[trigger.cue_last + 1 : trigger.last + 1 + _WINDOW]
        if view.clause_of[t.index] == clause and view.labels[t.index] not in ("P", "B")
    ]
    around = [view.toks[trigger.first - 1]] if trigger.first > 0 else []
    if any(t.key in lex.negation for t in [*around, *after]):
        return "negated"
    if view.opener_at is not None and view.opener_at < trigger.first:
        return "hypothetical"
    verbs = [t for t in after if view.labels[t.index] in ("V", "W", "S")]
    light = view.toks[trigger.last] if trigger.last > trigger.cue_last else None
    candidates = [light, *verbs] if light is not None else verbs
    for tok in candidates:
        if tok is None:
            continue
        if tok.key in lex.future_words or any(tok.key.endswith(e) for e in lex.future_endings):
            return "future"
    if any(t.key in lex.hypothetical_words for t in after):
        return "hypothetical"
    return "asserted"
