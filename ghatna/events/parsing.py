"""The parse stage: the model's tags and dependency parse, for just the sentences the coder reads.

Parsing is the costliest step of the model, and most sentences of a news article hold no event
predicate; only those that do are parsed (``parse_subject`` is the parse's one reader).
"""

from __future__ import annotations

from ghatna.events.clauses import Tok, find_triggers
from ghatna.events.lexicon import lexicon
from ghatna.nlp.stages import parse_sentences
from ghatna.pipeline import stage
from ghatna.records import Analysis
from ghatna.text.normalise import match_key


def sentence_toks(analysis: Analysis) -> dict[int, list[Tok]]:
    """The coder's view of the tokens: per sentence, the non-space tokens with their matching keys."""
    by_sentence: dict[int, list[Tok]] = {}
    for token in analysis.tokens:
        if token.text.strip():
            toks = by_sentence.setdefault(token.sentence, [])
            toks.append(Tok(len(toks), token.text, match_key(token.text), token.start, token.end))
    return by_sentence


def sentences_to_parse(analysis: Analysis) -> set[int]:
    """The sentences that hold an event predicate."""
    lex = lexicon()
    return {index for index, toks in sentence_toks(analysis).items() if find_triggers(toks, lex)}


def _parse_batch(analyses: list[Analysis]) -> list[Analysis]:
    parse_sentences([(a, sentences_to_parse(a)) for a in analyses])
    return analyses


@stage("parse", requires={"tokens", "spacy_doc"}, produces={"parse"}, batch=_parse_batch)
def parse_stage(analysis: Analysis) -> Analysis:
    return _parse_batch([analysis])[0]
