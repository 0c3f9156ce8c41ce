"""Pipeline stages of the text layer: sentences, tokens, and the trained model's annotations
(POS, morphology, lemmas, dependencies) with its named-entity mentions."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from ghatna.nlp.model import annotate, annotate_all
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
    docs = annotate_all([a.spacy_doc for a in analyses])
    return [_take_annotations(a, doc) for a, doc in zip(analyses, docs, strict=True)]


@stage("mentions", requires={"tokens", "spacy_doc"}, produces={"mentions", "parse"}, batch=_mentions_batch)
def mentions_stage(analysis: Analysis) -> Analysis:
    """Tag, parse and find named entities with the shipped model; the tokens get its annotations."""
    return _take_annotations(analysis, annotate(analysis.spacy_doc))


def _take_annotations(analysis: Analysis, doc: Doc) -> Analysis:
    analysis.spacy_doc = doc
    sentence_of = {t.index: t.sentence for t in analysis.tokens}
    analysis.tokens = [
        Token(
            index=t.index,
            start=t.start,
            end=t.end,
            text=t.text,
            sentence=t.sentence,
            pos=doc[t.index].pos_,
            tag=doc[t.index].tag_,
            lemma=doc[t.index].lemma_,
            morph=str(doc[t.index].morph),
            head=doc[t.index].head.i,
            dep=doc[t.index].dep_,
        )
        for t in analysis.tokens
    ]
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
