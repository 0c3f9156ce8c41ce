"""Tokenisation on spaCy's blank Hindi tokenizer, with rules for what it gets wrong in news text.

Each sentence is tokenised on its own and the pieces joined into one ``Doc`` whose text equals
the article text, so sentence boundaries always fall between tokens.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from ghatna.lang import load
from ghatna.records import Sentence, Token

_DEVANAGARI = "\u0900-\u097f"
_EXTRA_INFIXES = (
    # a '.' glued between a Devanagari word and the next word or number: रु.500, है.15
    rf"(?<=[{_DEVANAGARI}])\.(?=[{_DEVANAGARI}0-9A-Za-z])",
    # punctuation glued to the following word: कहा,"हम
    rf"(?<=[{_DEVANAGARI}A-Za-z0-9])[,;:](?=[\"“”‘’'{_DEVANAGARI}A-Za-z])",
    rf"(?<=[,;:{_DEVANAGARI}A-Za-z])[\"“”‘’](?=[{_DEVANAGARI}A-Za-z0-9])",
)

_PIECE_ATTRS = [IDX, LENGTH, SPACY, IS_SPACE]


@cache
def tokenizer_pipeline() -> Language:
    """A blank Hindi pipeline with ghatna's tokenizer rules (shared, read-only)."""
    nlp = spacy.blank("hi")
    tokenizer: Tokenizer = nlp.tokenizer
    infixes = [*(nlp.Defaults.infixes or ()), *_EXTRA_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in load("text/abbreviations")["abbreviations"]:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


def tokenise(text: str, sentences: list[Sentence]) -> tuple[Doc, list[Token]]:
    """One ``Doc`` over the whole text with sentence starts set, and the non-space tokens."""
    nlp = tokenizer_pipeline()
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | int | None] = []
    tokens: list[Token] = []
    cursor = 0
    for sentence in sentences:
        _gap(text, cursor, sentence.start, words, spaces, starts, tokens, sentence.index - 1)
        first = True
        # the pieces' offsets and flags as plain ints: much cheaper than a Token object per piece
        pieces = nlp.tokenizer(text[sentence.start : sentence.end]).to_array(_PIECE_ATTRS).tolist()
        for idx, length, trailing_space, is_space in pieces:
            start = sentence.start + idx
            piece = text[start : start + length]
            if not is_space:
                tokens.append(Token(len(words), start, start + length, piece, sentence.index))
            words.append(piece)
            spaces.append(bool(trailing_space))
            starts.append(first)
            first = False
        cursor = sentence.end
    _gap(text, cursor, len(text), words, spaces, starts, tokens, len(sentences) - 1)
    if sentences and sentences[0].start > 0 and len(starts) > 1:
        starts[1] = False  # leading white space belongs to the first sentence
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts), tokens


def _gap(
    text: str,
    start: int,
    end: int,
    words: list[str],
    spaces: list[bool],
    starts: list[bool | int | None],
    tokens: list[Token],
    sentence: int,
) -> None:
    """Attach the text between sentences (white space) to the sentence before it."""
    gap = text[start:end]
    if not gap:
        return
    if gap == " " and words and not spaces[-1]:
        spaces[-1] = True
        return
    if not gap.isspace():
        tokens.append(Token(len(words), start, end, gap, max(sentence, 0)))
    words.append(gap)
    spaces.append(False)
    starts.append(not words[:-1])
