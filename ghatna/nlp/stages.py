"""Pipeline stages of the text layer: sentences, tokens and named-entity mentions (the parse is
``ghatna.nlp.parse``)."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from ghatna.nlp.model import NER, annotate, annotate_all
from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.records import Analysis, EntityType, Mention
from ghatna.registry import stage

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
