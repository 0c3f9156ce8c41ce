"""A cheap check that a text is Hindi: mostly Devanagari letters, with Hindi function words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ghatna.lang import load
from ghatna.text.patterns import LETTER_WORD

_LETTER = regex.compile(r"\p{L}")
_DEVANAGARI_LETTER = regex.compile(r"(?=\p{L})\p{Script=Devanagari}")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    devanagari_share: float
    function_word_rate: float


@cache
def _function_words() -> tuple[frozenset[str], float]:
    data = load("text/function_words")
    return frozenset(data["words"]), float(data["min_rate"])


def guess_language(text: str, sample: int = 20_000) -> LanguageGuess:
    """``hi`` for Hindi, ``und-Deva`` for other Devanagari text, ``und`` otherwise."""
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    if not letters:
        return LanguageGuess("und", 0.0, 0.0)
    share = len(_DEVANAGARI_LETTER.findall(head)) / letters
    words = LETTER_WORD.findall(head)
    function_words, min_rate = _function_words()
    rate = sum(w in function_words for w in words) / len(words) if words else 0.0
    if share < 0.5:
        return LanguageGuess("und", share, rate)
    return LanguageGuess("hi" if rate >= min_rate else "und-Deva", share, rate)
