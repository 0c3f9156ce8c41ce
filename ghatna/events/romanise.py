"""Latin spelling of a Devanagari name from a plain letter table (``romanisation.yaml``): the
fallback for people the entities stage could not give an English name."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from ghatna.lang import load

# signs after a consonant that keep its inherent vowel
_NASAL_OR_VISARGA = frozenset("\N{DEVANAGARI SIGN ANUSVARA}\N{DEVANAGARI SIGN CANDRABINDU}\N{DEVANAGARI SIGN VISARGA}")


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = load("events/romanisation")
    return data


def romanise(name_hi: str) -> str | None:
    table = _table()
    consonants, vowels, signs = table["consonants"], table["vowels"], table["signs"]
    virama, nukta = table["virama"], table["nukta"]
    words: list[str] = []
    for word in unicodedata.normalize("NFC", name_hi).split():
        out: list[str] = []
        i = 0
        while i < len(word):
            ch = word[i]
            pair = word[i : i + 2]
            if len(pair) == 2 and pair in consonants and pair[1] == nukta:
                ch, i = pair, i + 1
            if ch in consonants:
                out.append(consonants[ch])
                nxt = word[i + 1] if i + 1 < len(word) else ""
                if nxt == nukta:
                    i += 1
                    nxt = word[i + 1] if i + 1 < len(word) else ""
                if (nxt != virama and nxt not in signs) or nxt in _NASAL_OR_VISARGA:
                    out.append("a")
            elif ch in vowels:
                out.append(vowels[ch])
            elif ch in signs:
                out.append(signs[ch])
            elif ch.isascii() and ch.isalnum():
                out.append(ch)
            i += 1
        text = "".join(out)
        if text.endswith("a") and len(text) > 2 and word[-1] in consonants:
            text = text[:-1]
        if text:
            words.append(text.capitalize())
    return " ".join(words) or None
