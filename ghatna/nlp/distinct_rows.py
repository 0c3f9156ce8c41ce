"""Embed each distinct word of a batch once.

spaCy's ``Tok2Vec`` embeds a token from its attributes alone (lower case, norm, prefix, suffix,
shape) before the encoder looks at its neighbours: the same word gets the same embedding
everywhere. News text repeats its words (a batch of articles holds about three tokens per
distinct word), so the embedding and its mixing layer, the largest matrix product of the model,
are computed for the distinct attribute rows only and copied to the tokens. Each row is computed
on its own (lookups, one product row, a per-row layer norm), so the vectors are those of the plain
model up to float rounding (about 1e-6: a product of fewer rows is blocked differently by BLAS),
and the entities of 2,000 news articles, the parses of 13,000 of their sentences and the
coder's output on the dev texts are the same.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from thinc.api import Model, chain, with_array

__all__ = ["embed_distinct_rows"]

_FEATURE_LAYER = "extract_features"


def embed_distinct_rows(model: Model[Any, Any]) -> int:
    """Rewire every ``Tok2Vec`` embedding inside ``model`` to embed distinct rows once; how many."""
    rewired = 0
    for node in list(model.walk()):
        layers = node.layers
        if len(layers) == 5 and layers[0].name == _FEATURE_LAYER and _is_embedding(layers[2], layers[3]):
            lookup, mix = layers[2].layers[0], layers[3].layers[0]
            layers[2:4] = [with_array(_distinct_rows(chain(lookup, mix)))]
            rewired += 1
    return rewired


def _is_embedding(lookup: Model[Any, Any], mix: Model[Any, Any]) -> bool:
    return (
        lookup.name.startswith("with_array(") and "hashembed" in lookup.name
        and mix.name.startswith("with_array(maxout")
    )


def _distinct_rows(inner: Model[Any, Any]) -> Model[Any, Any]:
    return Model(f"distinct_rows({inner.name})", _forward, layers=[inner])


def _forward(model: Model[Any, Any], features: np.ndarray, is_train: bool) -> tuple[np.ndarray, Any]:
    inner = model.layers[0]
    if is_train:  # training needs the gradient of every token: leave it to the plain layers
        return inner(features, is_train)
    rows = np.ascontiguousarray(features)
    keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    embedded, _ = inner(rows[first], is_train)
    return embedded[inverse.ravel()], _no_backprop


def _no_backprop(gradient: Any) -> Any:
    raise NotImplementedError("distinct-row embedding is for prediction only")
