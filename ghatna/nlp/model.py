"""The shipped Hindi spaCy pipeline (tagger, morphologizer, lemmatizer, parser, NER).

``load_pipeline()`` loads ``ghatna/models/hi_ghatna`` once per process. ``annotate()`` runs its
trained components over a ``Doc`` made by ghatna's own tokenizer: the Doc keeps its tokens and
its sentence starts (the parser does not move a boundary that is already set). The recogniser's
actions are decoded by ``ghatna.nlp.ner_decoder`` (the same entities as spaCy's loop, faster).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib.resources import files
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import NumpyOps

from ghatna.errors import ModelError
from ghatna.nlp.distinct_rows import embed_distinct_rows
from ghatna.nlp.ner_decoder import decodable, recognise

__all__ = ["NER", "PARSE", "SYNTAX", "annotate", "annotate_all", "load_pipeline", "pipeline_path"]

PIPELINE_NAME = "hi_ghatna"
#: The named-entity recogniser (it has its own tok2vec).
NER = ("ner",)
#: Tags, morphology, lemmas and the dependency parse, over their shared tok2vec.
SYNTAX = ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser")
#: The dependency parse alone (what the event coder reads).
PARSE = ("tok2vec", "parser")
# Vocabs already given our labels, by id (held here so an id is never reused; a process has few).
_prepared_vocabs: dict[int, Vocab] = {}


def pipeline_path() -> Path:
    """Directory of the shipped pipeline inside the installed package."""
    return Path(str(files("ghatna").joinpath("models", PIPELINE_NAME)))


@cache
def load_pipeline() -> Language:
    """The trained pipeline, loaded once per process and shared read-only."""
    path = pipeline_path()
    if not (path / "config.cfg").is_file():
        raise ModelError(f"no trained pipeline at {path}: run `make models` to build it")
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot load the pipeline at {path} ({e}): rebuild it with `make models`") from e
    _multiply_with_numpy(nlp)
    for model in _models(nlp):
        embed_distinct_rows(model)
    return nlp


def _models(nlp: Language) -> list[Any]:
    """The thinc model of every component that has one."""
    return [model for _, proc in nlp.pipeline if (model := getattr(proc, "model", None)) is not None]


def _multiply_with_numpy(nlp: Language) -> None:
    """Have every layer multiply matrices with numpy's BLAS instead of thinc's default (blis).

    On the benchmark machine numpy's OpenBLAS runs the tok2vec products about 2.8 times as fast
    as blis (NER 17 -> 10 ms an article). The vectors differ in the last bits (about 1e-6); the
    entities and parses of 300 news articles and the coder's output on the dev texts are the same.
    """
    ops = NumpyOps(use_blis=False)
    for model in _models(nlp):
        for layer in model.walk():
            layer.ops = ops


def _prepare_vocab(nlp: Language, vocab: Vocab) -> None:
    """Make a foreign vocab know every label and morphological analysis the components write.

    Components store labels as hashes; the Doc resolves them to strings through its own vocab,
    so a Doc made by another ``spacy.blank("hi")`` must hold the same strings.
    """
    if vocab is nlp.vocab or id(vocab) in _prepared_vocabs:
        return
    for string in nlp.vocab.strings:  # labels, decorated parser labels (a||b), morph analyses
        vocab.strings.add(string)
    for _, proc in nlp.pipeline:
        for label in getattr(proc, "labels", ()):
            if isinstance(label, str):
                vocab.strings.add(label)
        cfg = getattr(proc, "cfg", {})
        for morph in cfg.get("labels_morph", {}).values():
            vocab.morphology.add(morph)
    _prepared_vocabs[id(vocab)] = vocab


def annotate(doc: Doc, components: Sequence[str] | None = None) -> Doc:
    """Run the trained ``components`` (default: all) over ``doc`` in place and return it."""
    return next(annotate_all([doc], components=components))


def annotate_all(docs: Iterable[Doc], batch_size: int = 64, components: Sequence[str] | None = None) -> Iterator[Doc]:
    """Like ``annotate`` over many Docs, batched through each component (faster)."""
    nlp = load_pipeline()
    stream: Iterable[Doc] = (_prepared(nlp, d) for d in docs)
    for _, proc in _components(nlp, components):
        if decodable(proc):
            stream = _recognised(proc, stream, batch_size)
        elif isinstance(proc, TrainablePipe):
            stream = proc.pipe(stream, batch_size=batch_size)
        else:
            stream = map(proc, stream)
    yield from stream


def _recognised(ner: Any, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    stream = iter(docs)
    while batch := list(islice(stream, batch_size)):
        yield from recognise(ner, batch)


def _components(nlp: Language, names: Sequence[str] | None) -> list[tuple[str, Any]]:
    if names is None:
        return list(nlp.pipeline)
    unknown = set(names) - set(nlp.pipe_names)
    if unknown:
        raise ModelError(f"the shipped pipeline has no component {', '.join(sorted(unknown))}")
    return [(name, proc) for name, proc in nlp.pipeline if name in names]


def _prepared(nlp: Language, doc: Doc) -> Doc:
    _prepare_vocab(nlp, doc.vocab)
    return doc
