"""English names of people that no gazetteer knows: each word's usual English spelling from the
knowledge base's spelling table ("सैयद" -> "Syed"), else the learned romaniser; title-cased."""

from __future__ import annotations

from functools import lru_cache

from ghatna.kb.keys import hindi_key
from ghatna.kb.store import knowledge_base
from ghatna.translit import romanise


def romanise_name(name_hi: str) -> str | None:
    """"नूरलान यरमेकबायेव" -> "Nurlan Yermekbayev"-like; None for an empty name."""
    if not name_hi.strip():
        return None
    words = [_word(word) for word in name_hi.split()]
    return " ".join(w for w in words if w) or None


def _word(word_hi: str) -> str:
    """One word, each hyphenated piece on its own: "अल-मौलम" -> "Al-Maulam"."""
    pieces = [spell_word(piece).strip() for piece in word_hi.split("-")]
    return "-".join(p[:1].upper() + p[1:] for p in pieces if p)


@lru_cache(maxsize=1 << 15)
def spell_word(word_hi: str) -> str:
    """The usual English spelling of one Hindi name word, lower case: the spelling table's, else the
    romaniser's."""
    key = hindi_key(word_hi)
    return (knowledge_base().spelling(key) if key else None) or romanise(word_hi)
