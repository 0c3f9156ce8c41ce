"""English names of people that no gazetteer knows: the learned romaniser, title-cased."""

from __future__ import annotations

from ghatna.translit import romanise


def romanise_name(name_hi: str) -> str | None:
    """"नूरलान यरमेकबायेव" -> "Nurlan Yermekbayev"-like; None for an empty name."""
    if not name_hi.strip():
        return None
    words = [_word(word) for word in name_hi.split()]
    return " ".join(w for w in words if w) or None


def _word(word_hi: str) -> str:
    """One word, each hyphenated piece on its own: "अल-मौलम" -> "Al-Maulam"."""
    pieces = [romanise(piece).strip() for piece in word_hi.split("-")]
    return "-".join(p[:1].upper() + p[1:] for p in pieces if p)
