"""Words of an article with loose matching keys, and the splitting of glued postpositions.

A word's key is its ``fold`` key (nukta, candrabindu, invisible characters) further folded by
``actors/loose_folding`` (long/short vowel signs), so that gazetteer spellings and article
spellings meet. Real text glues postpositions to the next word ("केरक्षा"); such a word is split
when the rest is a known word.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ghatna.lang import load
from ghatna.records import Sentence
from ghatna.text.normalise import fold

_ABBREVIATION = 3  # a dotted piece this long or shorter is an abbreviation ("डॉ.", "ई.पू.")
# a joiner (ZWJ/ZWNJ: "उन्‍होंने") is part of the word it sits in
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:(?:[\u200c\u200d]+|[-.'])[\p{L}\p{M}\p{N}]+)*\.?")


@dataclass(frozen=True, slots=True)
class Word:
    index: int
    start: int
    end: int
    text: str
    key: str
    sentence: int
    spaced: bool = True  # only whitespace (or nothing) separates it from the word before


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load("text/abbreviations")["abbreviations"])


@cache
def _loose_table() -> dict[int, str]:
    return {ord(src): dst for src, dst in load("actors/loose_folding")["chars"].items()}


@lru_cache(maxsize=1 << 16)  # words repeat across articles; bounded so memory stays flat
def loose_key(text: str) -> str:
    """The matching key of a word or a phrase: folded, vowel length ignored, single-spaced."""
    return fold(text).key.translate(_loose_table()).strip()


def phrase_keys(text: str) -> tuple[str, ...]:
    """The word keys of a gazetteer or title phrase."""
    return tuple(loose_key(m.group()) for m in _WORD.finditer(text))


def split_words(
    text: str, sentences: Sequence[Sentence], known: Collection[str], glue: Collection[str]
) -> list[Word]:
    """Every word of ``text``; a word that is a postposition glued to a ``known`` word is split in two."""
    known, glue = frozenset(known), frozenset(glue)  # no copy when they already are
    starts = [s.start for s in sentences]
    words: list[Word] = []
    for match in _WORD.finditer(text):
        at = match.start()
        for piece_start, piece_end, key in _pieces(match.group(), known, glue):
            start, end = at + piece_start, at + piece_end
            sentence = max(0, bisect.bisect_right(starts, start) - 1) if starts else 0
            spaced = not words or not text[words[-1].end : start].strip()
            words.append(Word(len(words), start, end, text[start:end], key, sentence, spaced))
    return words


@lru_cache(maxsize=1 << 16)  # words repeat across articles; bounded so memory stays flat
def _pieces(word: str, known: frozenset[str], glue: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """The words that one match of ``_WORD`` stands for: offsets within it and keys."""
    pieces: list[tuple[int, int]] = []
    for start, end in _sentence_dots(0, word):
        if word[end - 1] == "." and loose_key(word[start:end]) not in known:
            end -= 1
        pieces.extend(_unglue(word, start, end, known, glue))
    return tuple((start, end, loose_key(word[start:end])) for start, end in pieces)


def _sentence_dots(start: int, word: str) -> list[tuple[int, int]]:
    """Split "हैं.कांग्रेस" (a full stop without a space) but keep "डॉ.राम", "ई.पू." (abbreviations)."""
    if "." not in word:
        return [(start, start + len(word))]
    spans, begin = [], 0
    for at, ch in enumerate(word):
        rest = word[at + 1 :].split(".", 1)[0]
        if ch == "." and word[begin : at + 1] not in _abbreviations() and len(rest) > _ABBREVIATION:
            spans.append((start + begin, start + at))
            begin = at + 1
    spans.append((start + begin, start + len(word)))
    return spans


def _unglue(
    text: str, start: int, end: int, known: frozenset[str], glue: frozenset[str]
) -> list[tuple[int, int]]:
    cut = _glue_cut(text[start:end], known, glue)
    return [(start, end)] if cut is None else [(start, start + cut), (start + cut, end)]


@lru_cache(maxsize=1 << 16)  # most words are tried in every article; bounded so memory stays flat
def _glue_cut(word: str, known: frozenset[str], glue: frozenset[str]) -> int | None:
    """Where ``word`` splits into a postposition and a known word, if it does."""
    key = loose_key(word)
    if key in known or not key:
        return None
    for cut in range(1, len(word)):
        head, tail = loose_key(word[:cut]), loose_key(word[cut:])
        if len(tail) < 2 or len(head) < 1:
            continue
        if (head in glue and tail in known) or (tail in glue and head in known):
            return cut
    return None
