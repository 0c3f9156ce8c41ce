"""English names of people that no gazetteer knows: the learned romaniser, title-cased."""

from __future__ import annotations

from ghatna.translit import romanise


def romanise_name(name_hi: str) -> str | None:
    """"नूरलान यरमेकबायेव" -> "Nurlan Yermekbayev"-like; None for an empty name."""
    if not name_hi.strip():
        return None
    latin = romanise(name_hi)
    return " ".join(word[:1].upper() + word[1:] for word in latin.split()) or None
