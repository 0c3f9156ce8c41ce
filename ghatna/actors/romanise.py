"""English names of people that no gazetteer knows: each word's usual English spelling from the
knowledge base's spelling table ("सैयद" -> "Syed"), else the learned romaniser; title-cased. Initials
written as the Hindi names of Latin letters ("एल डी मंडलोई", "एसएस नवर्जी") become "L. D.", "S. S."."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ghatna.kb.keys import hindi_key, letter_names
from ghatna.kb.store import knowledge_base
from ghatna.translit import romanise

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_LETTER = regex.compile(r"\p{L}")
MAX_INITIALS = 3  # letters one word of initials holds ("एसएस", "आरसीपी")


def romanise_name(name_hi: str) -> str | None:
    """"नूरलान यरमेकबायेव" -> "Nurlan Yermekbayev"-like; None for an empty name."""
    if not name_hi.strip():
        return None
    parts = name_hi.split()
    initials = [_initials(word) if n < len(parts) - 1 else None for n, word in enumerate(parts)]
    words = [given or _word(word) for word, given in zip(parts, initials, strict=True)]
    return " ".join(w for w in words if w) or None


def _word(word_hi: str) -> str:
    """One word, each hyphenated piece on its own: "अल-मौलम" -> "Al-Maulam"; a word in Latin
    letters is kept as written ("BBC", "Modi")."""
    if not _DEVANAGARI.search(word_hi):
        return word_hi if _LETTER.search(word_hi) else ""
    pieces = [spell_word(piece).strip() for piece in word_hi.split("-")]
    return "-".join(p[:1].upper() + p[1:] for p in pieces if p)


@cache
def _letters() -> dict[str, str]:
    """The keys of the Hindi names of the Latin letters, and the letters: "एल" -> "L"."""
    return {hindi_key(hindi): latin for latin, hindi in letter_names().items()}


@lru_cache(maxsize=1 << 12)
def _initials(word_hi: str) -> str | None:
    """"एल" -> "L.", "एसएस" -> "S. S.": a word before the last of a name that is only letter names."""
    key = hindi_key(word_hi.rstrip("."))
    letters = _letters()
    found: list[str] = []
    while key and len(found) < MAX_INITIALS:
        size = next((n for n in range(len(key), 0, -1) if key[:n] in letters), 0)
        if not size:
            return None
        found.append(letters[key[:size]] + ".")
        key = key[size:]
    return " ".join(found) if found and not key else None


@lru_cache(maxsize=1 << 15)
def spell_word(word_hi: str) -> str:
    """The usual English spelling of one Hindi name word, lower case: the spelling table's, else the
    romaniser's."""
    key = hindi_key(word_hi)
    return (knowledge_base().spelling(key) if key else None) or romanise(word_hi)
