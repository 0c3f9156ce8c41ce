"""Embedding each distinct word once gives the same token vectors (ghatna/nlp/distinct_rows.py)."""

from __future__ import annotations

from typing import Any

import numpy as np
import spacy
from spacy.tokens import Doc

from ghatna.ingest.article import make_article
from ghatna.nlp.distinct_rows import embed_distinct_rows
from ghatna.nlp.model import _multiply_with_numpy, _prepare_vocab, load_pipeline, pipeline_path
from ghatna.pipeline import Pipeline
from tests.conftest import SAMPLES


def _sample_docs() -> list[Doc]:
    tokenise = Pipeline(["segment", "tokenise"])
    docs = []
    for path in sorted(SAMPLES.glob("*.txt")):
        doc = tokenise.run(make_article(path.read_text(encoding="utf-8"), str(path))).spacy_doc
        assert doc is not None
        docs.append(doc)
    return docs


def _token_vectors(nlp: Any, docs: list[Doc]) -> list[np.ndarray]:
    """The NER's token vectors (all docs in one array) and the shared tok2vec's (one per doc)."""
    _prepare_vocab(nlp, docs[0].vocab)
    ner_vectors, _ = nlp.get_pipe("ner").model.get_ref("tok2vec")(docs, is_train=False)
    return [ner_vectors, *nlp.get_pipe("tok2vec").model.predict(docs)]


def test_both_embeddings_of_the_shipped_pipeline_are_rewired_once() -> None:
    nlp = spacy.load(pipeline_path())
    assert sum(embed_distinct_rows(proc.model) for _, proc in nlp.pipeline if hasattr(proc, "model")) == 2
    assert sum(embed_distinct_rows(proc.model) for _, proc in nlp.pipeline if hasattr(proc, "model")) == 0
    assert all(
        any(layer.name.startswith("distinct_rows(") for layer in nlp.get_pipe(name).model.walk())
        for name in ("ner", "tok2vec")
    )


def test_the_token_vectors_of_the_plain_model_up_to_rounding() -> None:
    """Fewer rows in a product may change the last bits of a sum (BLAS blocks them differently)."""
    docs = _sample_docs()
    words = [t.text for doc in docs for t in doc]
    assert len(set(words)) < len(words) / 2, "the samples repeat words, so rows are shared"
    plain = spacy.load(pipeline_path())
    _multiply_with_numpy(plain)  # as the shipped pipeline does: the same products, not blis's
    ours = _token_vectors(load_pipeline(), docs)
    theirs = _token_vectors(plain, docs)
    assert len(ours) == len(theirs) == len(docs) + 1
    assert len(ours[0]) == len(words)
    for mine, reference in zip(ours, theirs, strict=True):
        assert mine.shape == reference.shape
        assert np.allclose(mine, reference, rtol=0, atol=1e-4)


def test_the_same_entities_and_parses_as_the_plain_model() -> None:
    docs = _sample_docs()
    plain = spacy.load(pipeline_path())
    _multiply_with_numpy(plain)

    def annotations(nlp: Any) -> list[Any]:
        _prepare_vocab(nlp, docs[0].vocab)
        copies = [d.copy() for d in docs]
        entities = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.get_pipe("ner").pipe(copies)]
        parsed = nlp.get_pipe("parser").pipe(nlp.get_pipe("tok2vec").pipe(copies))
        return [*entities, *([(t.head.i, t.dep_) for t in d] for d in parsed)]

    ours, theirs = annotations(load_pipeline()), annotations(plain)
    assert ours == theirs
    assert sum(len(a) for a in ours) > 1000


def test_training_still_goes_through_every_token() -> None:
    nlp = spacy.load(pipeline_path())
    model = nlp.get_pipe("tok2vec").model
    embed_distinct_rows(model)
    docs = _sample_docs()[:2]
    _prepare_vocab(nlp, docs[0].vocab)
    vectors, backprop = model(docs, is_train=True)
    backprop([np.ones_like(v) for v in vectors])
    mixing = next(layer for layer in model.walk() if layer.name == "maxout" and layer.get_dim("nI") == 480)
    assert np.abs(mixing.get_grad("W")).sum() > 0
