"""Pipeline stages of the text layer: sentences, tokens and named-entity mentions, and the
trained model's tags and parse for the sentences a later stage asks for."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import cast

from spacy.tokens import Doc

from ghatna.nlp.model import NER, PARSE, annotate, annotate_all
from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.pipeline import stage
from ghatna.records import Analysis, EntityType, Mention, Token

#: NER labels of the shipped model that become mentions (others, if any, are left out).
MENTION_LABELS = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE", "NUMBER", "ARTIFACT"})


@stage("segment", produces={"sentences"})
def segment_stage(analysis: Analysis) -> Analysis:
    analysis.sentences = segment(analysis.article.text)
    return analysis


@stage("tokenise", requires={"sentences"}, produces={"tokens", "spacy_doc"})
def tokenise_stage(analysis: Analysis) -> Analysis:
    analysis.spacy_doc, analysis.tokens = tokenise(analysis.article.text, analysis.sentences)
    return analysis


def _mentions_batch(analyses: list[Analysis]) -> list[Analysis]:
    docs = annotate_all([a.spacy_doc for a in analyses], components=NER)
    return [_take_mentions(a, doc) for a, doc in zip(analyses, docs, strict=True)]


@stage("mentions", requires={"tokens", "spacy_doc"}, produces={"mentions"}, batch=_mentions_batch)
def mentions_stage(analysis: Analysis) -> Analysis:
    """Find named entities with the shipped model's recogniser."""
    return _take_mentions(analysis, annotate(analysis.spacy_doc, components=NER))


def _take_mentions(analysis: Analysis, doc: Doc) -> Analysis:
    analysis.spacy_doc = doc
    sentence_of = {t.index: t.sentence for t in analysis.tokens}
    analysis.mentions = [
        Mention(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=cast(EntityType, ent.label_),
            sentence=sentence_of.get(ent.start, 0),
            source="ner",
        )
        for ent in doc.ents
        if ent.label_ in MENTION_LABELS and ent.text.strip()
    ]
    return analysis


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
