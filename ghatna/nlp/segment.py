"""Sentence segmentation for Hindi news.

Ends a sentence at । ॥ ? ! and at the '.' that many Hindi sites use, but not inside numbers
(3.5), after known abbreviations (डॉ.) or single-letter initials (ए.के.), and keeps closing quotes
and brackets with the sentence they close. A line break always ends a sentence.
"""

from __future__ import annotations

from functools import cache

import regex

from ghatna.lang import load
from ghatna.records import Sentence

_ENDERS = "\N{DEVANAGARI DANDA}\N{DEVANAGARI DOUBLE DANDA}?!.…"
_CLOSERS = "\"'’”‘“)]}»"
_CANDIDATE = regex.compile(rf"[{regex.escape(_ENDERS)}]+[{regex.escape(_CLOSERS)}]*|\n")
_LATIN_INITIAL = regex.compile(r"(?:^|[\s.])\p{Lu}\.$")
_WORD_BEFORE = regex.compile(r"\S+$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load("text/abbreviations")["abbreviations"])


@cache
def _initials() -> frozenset[str]:
    return frozenset(load("text/abbreviations")["initials"])


def _is_initial(word: str) -> bool:
    if _LATIN_INITIAL.search(word):
        return True
    last = word[:-1].rsplit(".", 1)[-1]
    return last in _initials()


def _is_boundary(text: str, match: regex.Match[str]) -> bool:
    if match.group() == "\n":
        return True
    mark = match.group()
    if mark.rstrip(_CLOSERS) != ".":
        return True
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isdigit() and after.isdigit():
        return False
    word = _WORD_BEFORE.search(text, max(0, end - 64), end)
    if word and word.group() in _abbreviations():
        return False
    if word and _is_initial(word.group()):
        return False
    # "U.S.A" or "ए.के." style: a '.' directly followed by a letter and another '.' soon after.
    return not (after.isalpha() and "." in text[end : end + 3])


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; spans exclude surrounding white space."""
    sentences: list[Sentence] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.start() if match.group() == "\n" else match.end()
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end))
