"""The parse stage: the trained model's tags and dependency parse, for just the sentences a later
stage reads the parse of.

Parsing is the costliest step of the model, and most sentences of a news article are never read
with their parse. A stage that needs the parse of some sentences says which ones with
``@parse_wanted`` (the event coder: the sentences that hold an event predicate); the parse stage
parses their union and fills in ``head`` and ``dep`` of those sentences' tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ghatna.nlp.model import PARSE, annotate_all
from ghatna.records import Analysis, Token
from ghatna.registry import stage

SentenceChooser = Callable[[Analysis], Collection[int]]

_CHOOSERS: list[SentenceChooser] = []


def parse_wanted(choose: SentenceChooser) -> SentenceChooser:
    """Register ``choose``: the sentences of an analysis whose parse its caller reads."""
    if choose not in _CHOOSERS:
        _CHOOSERS.append(choose)
    return choose


def wanted_sentences(analysis: Analysis) -> set[int]:
    """The sentences that some registered reader of the parse asks for."""
    wanted: set[int] = set()
    for choose in _CHOOSERS:
        wanted.update(choose(analysis))
    return wanted


def _parse_batch(analyses: list[Analysis]) -> list[Analysis]:
    parse_sentences([(a, wanted_sentences(a)) for a in analyses])
    return analyses


@stage("parse", requires={"tokens", "spacy_doc"}, produces={"tokens.head", "tokens.dep"}, batch=_parse_batch)
def parse_stage(analysis: Analysis) -> Analysis:
    return _parse_batch([analysis])[0]


def parse_sentences(work: Sequence[tuple[Analysis, Collection[int]]], components: Sequence[str] = PARSE) -> None:
    """Parse the given sentences of each analysis (batched over all of them): their tokens get a head
    (a token index of the whole text) and a relation, and POS, tag, lemma and morphology when
    ``components`` include the tagger, morphologizer and lemmatizer (``SYNTAX``)."""
    pieces: list[tuple[Analysis, list[Token]]] = []
    for analysis, wanted in work:
        by_sentence: dict[int, list[Token]] = {}
        for token in analysis.tokens:
            if token.sentence in wanted:
                by_sentence.setdefault(token.sentence, []).append(token)
        pieces.extend((analysis, tokens) for tokens in by_sentence.values())
    docs = annotate_all(
        (_sentence_doc(a.spacy_doc, tokens[0].index, tokens[-1].index + 1) for a, tokens in pieces),
        components=components,
    )
    parsed: dict[int, dict[int, Token]] = {}
    for (analysis, tokens), doc in zip(pieces, docs, strict=True):
        first = tokens[0].index
        mine = parsed.setdefault(id(analysis), {})
        for t in tokens:  # the Doc may hold whitespace tokens that are not among ``tokens``
            d = doc[t.index - first]
            mine[t.index] = replace(
                t, pos=d.pos_, tag=d.tag_, lemma=d.lemma_, morph=str(d.morph), head=first + d.head.i, dep=d.dep_
            )
    for analysis, _ in work:
        mine = parsed.get(id(analysis), {})
        if mine:
            analysis.tokens = [mine.get(t.index, t) for t in analysis.tokens]


def _sentence_doc(doc: Doc, start: int, end: int) -> Doc:
    """A new Doc of the words ``start:end`` of ``doc`` (lighter than ``Span.as_doc``, which copies
    every attribute the parse does not need)."""
    words = [t.text for t in doc[start:end]]
    spaces = [bool(t.whitespace_) for t in doc[start:end]]
    starts: list[bool | int | None] = [False] * len(words)
    starts[0] = True
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
