"""The symbols the romaniser reads and writes: Devanagari characters (a nukta stays with its letter)
and lower-case English letters."""

from __future__ import annotations

import unicodedata

import regex

_NUKTA = "\u093c"
_LATIN = regex.compile(r"[^a-z]+")


def hindi_units(word: str) -> list[str]:
    """NFC characters of a Devanagari word; a nukta is joined to the letter before it."""
    units: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if ch == _NUKTA and units:
            units[-1] += ch
        elif not ch.isspace():
            units.append(ch)
    return units


def english_letters(word: str) -> str:
    """Lower-case ASCII letters only ("O'Brien" -> "obrien")."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return _LATIN.sub("", "".join(c for c in folded if not unicodedata.combining(c)))
