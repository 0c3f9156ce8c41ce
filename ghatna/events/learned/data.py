"""Training data for the trigger tagger: gold trigger spans (code-point offsets into the article
text) turned into one label per token, and labels turned back into spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ghatna.events.clauses import Tok
from ghatna.events.learned.model import OUTSIDE
from ghatna.events.learned.triggers import runs


@dataclass(frozen=True, slots=True)
class GoldTrigger:
    start: int
    end: int
    type: str


def token_labels(toks: Sequence[Tok], gold: Sequence[GoldTrigger]) -> list[str]:
    """The type of the gold trigger each token lies in (the first one annotated wins), else ``O``."""
    labels = [OUTSIDE] * len(toks)
    for trigger in gold:
        for tok in toks:
            if labels[tok.index] == OUTSIDE and tok.start < trigger.end and trigger.start < tok.end:
                labels[tok.index] = trigger.type
    return labels


def label_spans(toks: Sequence[Tok], labels: list[str]) -> list[GoldTrigger]:
    """The character spans of the runs of one type, as ``GoldTrigger``s."""
    return [GoldTrigger(toks[first].start, toks[last].end, kind) for first, last, kind in runs(labels)]
