"""Pipeline stages of the text layer: sentences, tokens and (with a trained model) mentions."""

from __future__ import annotations

from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.pipeline import stage
from ghatna.records import Analysis


@stage("segment", produces={"sentences"})
def segment_stage(analysis: Analysis) -> Analysis:
    analysis.sentences = segment(analysis.article.text)
    return analysis


@stage("tokenise", requires={"sentences"}, produces={"tokens", "spacy_doc"})
def tokenise_stage(analysis: Analysis) -> Analysis:
    analysis.spacy_doc, analysis.tokens = tokenise(analysis.article.text, analysis.sentences)
    return analysis


@stage("mentions", requires={"tokens", "spacy_doc"}, produces={"mentions"})
def mentions_stage(analysis: Analysis) -> Analysis:
    """Named-entity mentions from the trained pipeline; none until a model is shipped."""
    analysis.mentions = []
    return analysis
