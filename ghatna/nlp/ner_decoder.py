"""Greedy decoding of the shipped entity recogniser's BILUO actions, with numpy.

spaCy's recogniser reads a text one token at a time: from three tokens (the next one, the first
of the open entity, the one before the next) it scores 26 actions (B-, I-, L-, U- of each label,
and O) and takes the best valid one. Its compiled loop costs more than the network itself. Here
the network is the same (spaCy's own layers compute the token vectors and the precomputed
hidden layer); what changes is the loop:

- outside an entity the three tokens are "the next one" and two paddings, so the scores of every
  token are computed at once, as one matrix product;
- only inside an entity is a token scored on its own, from the entity's first token.

The validity rules are spaCy's for a text with no preset entities (a recogniser run on a new
``Doc``), and the sums, maxout and products are done in the same order, so the actions are the
same; ``tests/test_ner_decoder.py`` checks that against spaCy on real articles. A model or Doc
this decoder does not cover (beam search, another feature set, preset entities) goes to spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import blis.py
import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

__all__ = ["decodable", "recognise"]


# tokens scored at once inside an entity (most entities are shorter)
_BLOCK = 4


@dataclass(frozen=True, slots=True)
class _Actions:
    """The recogniser's actions by kind: column indexes into its score rows."""

    begin: np.ndarray  # per label, the B- action
    inside: np.ndarray
    last: np.ndarray
    unit: np.ndarray
    out: int
    labels: tuple[str, ...]
    label_of: dict[int, int]  # a B- or U- action -> its label's position in ``labels``


def _actions(ner: EntityRecognizer) -> _Actions | None:
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    labels = tuple(name[2:] for name in names if name.startswith("B-"))
    index = {name: i for i, name in enumerate(names)}
    wanted = [f"{kind}-{label}" for kind in "BILU" for label in labels]
    if not labels or "O" not in index or any(name not in index for name in wanted):
        return None
    if set(names) - set(wanted) - {"O", "U-"}:  # "U-" (no label) is valid only over preset entities
        return None
    columns = {kind: np.array([index[f"{kind}-{label}"] for label in labels]) for kind in "BILU"}
    label_of = {int(action): k for kind in "BU" for k, action in enumerate(columns[kind])}
    return _Actions(columns["B"], columns["I"], columns["L"], columns["U"], index["O"], labels, label_of)


def decodable(ner: Any) -> bool:
    """Whether ``ner`` is a greedy recogniser of the shape this decoder reproduces."""
    if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return False
    model = ner.model
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return False
    lower = model.get_ref("lower")
    return lower.get_dim("nF") == 3 and lower.get_dim("nP") >= 2 and _actions(ner) is not None


@dataclass(frozen=True, slots=True)
class _Weights:
    hidden: np.ndarray  # (tokens + 1, features, width, pieces): row 0 is the padding
    bias: np.ndarray  # (width, pieces)
    upper_w: np.ndarray  # (actions, width)
    upper_b: np.ndarray  # (actions,)


def recognise(ner: EntityRecognizer, docs: Sequence[Doc]) -> list[Doc]:
    """Set the entities of ``docs`` (a batch) as ``ner`` would; ``decodable(ner)`` must hold."""
    actions = _actions(ner)
    assert actions is not None, "recognise() needs a decodable recogniser"
    preset = any(doc.to_array(ENT_IOB).any() for doc in docs if len(doc))
    if preset or not any(len(doc) for doc in docs):
        return list(ner.pipe(docs))  # rules for preset entities are not reproduced here
    model = ner.model
    tokvecs, _ = model.get_ref("tok2vec")(list(docs), is_train=False)
    lower = model.get_ref("lower")
    hidden, _ = lower(tokvecs, is_train=False)
    upper = model.get_ref("upper")
    weights = _Weights(
        np.ascontiguousarray(hidden, dtype="float32"),
        np.ascontiguousarray(lower.get_param("b"), dtype="float32"),
        np.ascontiguousarray(upper.get_param("W"), dtype="float32"),
        np.ascontiguousarray(upper.get_param("b"), dtype="float32"),
    )
    offset = 0
    for doc in docs:
        spans = _decode(doc, weights, offset, actions)
        doc.set_ents([Span(doc, start, end, label=label) for start, end, label in spans], default="outside")
        offset += len(doc)
    return list(docs)


def _scores(pre: np.ndarray, weights: _Weights) -> np.ndarray:
    """Action scores of states from their summed, biased hidden pre-activations (rows, width, pieces)."""
    hiddens = pre[..., 0]
    for piece in range(1, pre.shape[-1]):  # maxout; np.max over so short an axis is much slower
        hiddens = np.maximum(hiddens, pre[..., piece])
    hiddens = np.ascontiguousarray(hiddens)
    # blis, as spaCy's loop uses: the same products to the last bit
    scores: np.ndarray = blis.py.gemm(hiddens, weights.upper_w, trans2=True)
    scores += weights.upper_b
    return scores


def _first_best(row: np.ndarray, columns: Sequence[int]) -> int:
    """spaCy's choice among valid actions: the highest score, the lowest index on a tie."""
    best = -1
    for column in sorted(columns):
        if best == -1 or row[column] > row[best]:
            best = column
    return best


def _outside_choices(doc: Doc, closed: np.ndarray, actions: _Actions) -> tuple[np.ndarray, np.ndarray]:
    """For every token, the action taken there if no entity is open; and whether an entity that
    covers it may go on to the next token."""
    flags = doc.to_array([IS_SPACE, SENT_START])  # SENT_START: 1 starts a sentence, -1 not, 0 unknown
    is_space = flags[:, 0].astype(bool)
    next_starts = np.zeros(len(doc), dtype=bool)
    next_starts[:-1] = flags[1:, 1] == 1
    can_go_on = ~next_starts
    can_go_on[-1] = False  # at the last token an entity can only end
    valid = np.zeros(closed.shape, dtype=bool)
    valid[:, actions.out] = True
    valid[:, actions.unit] = ~is_space[:, np.newaxis]
    valid[:, actions.begin] = (~is_space & can_go_on)[:, np.newaxis]
    # invalid actions can never win; np.argmax keeps the first of equal scores, as spaCy does
    return np.where(valid, closed, -np.inf).argmax(axis=1), can_go_on


def _entity_end(
    rows: np.ndarray, weights: _Weights, start: int, can_go_on: np.ndarray, last: int, inside: int
) -> int:
    """Where the entity opened at ``start`` ends (one past its last token).

    Inside it, token i is scored from (i, start, i - 1), whatever was chosen before: so the
    next tokens are scored together, a block at a time, and read until the entity is closed."""
    n = len(rows)
    at = start + 1
    while True:
        stop = min(n, at + _BLOCK)
        ahead = np.arange(at, stop)
        pre = ((rows[ahead, 0] + rows[start, 1]) + rows[ahead - 1, 2]) + weights.bias
        for i, row in zip(ahead.tolist(), _scores(pre, weights), strict=True):
            if _first_best(row, [last, inside] if can_go_on[i] else [last]) == last:
                return i + 1
        at = stop


def _decode(doc: Doc, weights: _Weights, offset: int, actions: _Actions) -> list[tuple[int, int, str]]:
    n = len(doc)
    if n == 0:
        return []
    rows = weights.hidden[offset + 1 : offset + 1 + n]  # token i's precomputed features
    pad = weights.hidden[0]
    # Outside an entity the features are (next token, padding, padding): all tokens at once.
    outside = ((rows[:, 0] + pad[1]) + pad[2]) + weights.bias
    choices, can_go_on = _outside_choices(doc, _scores(outside, weights), actions)
    spans: list[tuple[int, int, str]] = []
    i = 0
    for at in np.flatnonzero(choices != actions.out).tolist():
        if at < i:
            continue  # inside the entity just read
        label = actions.label_of[int(choices[at])]
        if choices[at] == actions.unit[label]:
            spans.append((at, at + 1, actions.labels[label]))
            i = at + 1
            continue
        i = _entity_end(rows, weights, at, can_go_on, int(actions.last[label]), int(actions.inside[label]))
        spans.append((at, i, actions.labels[label]))
    return spans
