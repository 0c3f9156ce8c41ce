"""Latin names for Devanagari names that no gazetteer knows (placeholder until the model lands)."""

from __future__ import annotations


def romanise_name(name_hi: str) -> str | None:
    return None
