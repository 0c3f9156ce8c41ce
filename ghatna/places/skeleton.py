"""A loose key of a Latin-script place name, for matching a romanised Hindi mention against
English names: "Muzaffarnagar" and the romaniser's "mujffarnagar" meet at "mjfrngr"."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import cache, lru_cache

import regex

from ghatna.lang import load

# letters that Hindi writes with one sign or that romanisations confuse
_SAME = str.maketrans({"c": "k", "q": "k", "z": "j", "w": "v", "x": "k", "y": "i", "m": "n"})
_DIGRAPHS = (("ph", "f"), ("sh", "s"), ("ch", "k"), ("ck", "k"))
_INNER_H = regex.compile(r"(?<=.)h")
_SOFT_C = regex.compile(r"c(?=[eiy])")
_VOWELS_INSIDE = regex.compile(r"(?<=.)[aeiou]+")
_DOUBLED = regex.compile(r"(.)\1+")
_NOT_LATIN = regex.compile(r"[^a-z]")  # compiled once: a pattern string is looked up on every call


def ascii_name(name: str) -> str:
    """The name without diacritics: "Bhāgalpur" -> "Bhagalpur"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isascii())


def skeleton(name: str) -> str:
    """The first letter and the following consonants, folded; "" for a name with no Latin letters."""
    text = _NOT_LATIN.sub("", ascii_name(name).lower())
    text = _SOFT_C.sub("s", text)
    for pair, single in _DIGRAPHS:
        text = text.replace(pair, single)
    text = _INNER_H.sub("", text).translate(_SAME)
    return _DOUBLED.sub(r"\1", _VOWELS_INSIDE.sub("", text))


@cache
def _letters() -> tuple[dict[str, str], dict[str, str]]:
    table: dict[str, str] = load("places/letters")["letters"]
    return {k: v for k, v in table.items() if len(k) == 2}, {k: v for k, v in table.items() if len(k) == 1}


@lru_cache(maxsize=1 << 14)
def latin_letters(name_hi: str) -> str:
    """A rough letter-by-letter Latin spelling of a Devanagari name ("कंधार" -> "kandhar"-like)."""
    pairs, singles = _letters()
    out: list[str] = []
    i = 0
    while i < len(name_hi):
        pair = pairs.get(name_hi[i : i + 2])
        if pair is not None:
            out.append(pair)
            i += 2
            continue
        out.append(singles.get(name_hi[i], ""))
        i += 1
    return "".join(out)


def hindi_skeleton(name_hi: str) -> str:
    """The skeleton of a Devanagari name, comparable with ``skeleton`` of an English name."""
    return skeleton(latin_letters(name_hi))


_LOOSE = str.maketrans({"w": "v", "z": "j", "q": "k", "c": "k", "y": "i"})


@lru_cache(maxsize=1 << 14)
def spelling_likeness(name_hi: str, name_en: str) -> float:
    """How alike the letter-by-letter spelling of a Hindi name and an English name are (0-1), vowels
    included: "दंतेवाड़ा" and "Dantewara" are alike, "शील्ड" and "Sillod" much less."""
    hindi = _NOT_LATIN.sub("", latin_letters(name_hi)).translate(_LOOSE)
    english = _NOT_LATIN.sub("", ascii_name(name_en).lower()).translate(_LOOSE)
    return SequenceMatcher(None, hindi, english).ratio() if hindi and english else 0.0
