"""Held-out scores of the learned event coder's parts, written into its ``metrics.json``."""

from __future__ import annotations

from ghatna.events.clauses import find_triggers
from ghatna.events.learned.arguments import ACTOR, RECIPIENT
from ghatna.events.learned.data import label_spans
from ghatna.events.learned.model import OUTSIDE
from ghatna.events.learned.perceptron import Perceptron
from ghatna.events.lexicon import lexicon


def span_scores(sentences: list[tuple[list, list[str]]], predict) -> dict[str, float]:
    """Trigger P/R/F1: a predicted run matches a gold run of the same type that it overlaps."""
    tp = n_pred = n_gold = 0
    for toks, labels in sentences:
        gold, pred = label_spans(toks, labels), label_spans(toks, predict(toks))
        n_gold += len(gold)
        n_pred += len(pred)
        tp += sum(1 for p in pred if any(g.type == p.type and g.start < p.end and p.start < g.end for g in gold))
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "gold": n_gold}


def pair_scores(pairs: list[tuple[list[str], str]], model: Perceptron) -> dict[str, dict[str, float]]:
    """P/R/F1 of the actor and recipient labels over (gold trigger, candidate) pairs."""
    out = {}
    for label in (ACTOR, RECIPIENT):
        guesses = [(model.predict(f), gold) for f, gold in pairs]
        tp = sum(1 for g, gold in guesses if g == gold == label)
        n_pred = sum(1 for g, _ in guesses if g == label)
        n_gold = sum(1 for _, gold in pairs if gold == label)
        p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
        out[label] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}
    return out


def rule_labels(toks: list) -> list[str]:
    labels = [OUTSIDE] * len(toks)
    for trigger in find_triggers(toks, lexicon()):
        for i in range(trigger.first, trigger.last + 1):
            labels[i] = trigger.predicate.type
    return labels

