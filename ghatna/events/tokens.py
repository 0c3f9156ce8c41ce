"""The coder's view of an analysis's tokens, and the sentences whose parse it reads (those that
hold an event predicate: ``parse_subject`` is the parse's one reader)."""

from __future__ import annotations

from ghatna.events.clauses import Tok, find_triggers
from ghatna.events.lexicon import lexicon
from ghatna.nlp.parse import parse_wanted
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


@parse_wanted
def sentences_to_parse(analysis: Analysis) -> set[int]:
    """The sentences that hold an event predicate."""
    lex = lexicon()
    return {index for index, toks in sentence_toks(analysis).items() if find_triggers(toks, lex)}
