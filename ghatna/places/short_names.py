"""Names whose consonant skeleton is under three letters (ऊना: "n"): a skeleton that short is shared
by hundreds of English names, so only the names spelt alike, letter by letter, are candidates, and a
candidate needs its division named by the article to be taken (``ghatna.places.geocode``)."""

from __future__ import annotations

from ghatna.places.gazetteer import GeoEntry, place_table
from ghatna.places.skeleton import alike_at_least, hindi_letters, letters_alike

#: a short name's spelling at least this alike (ऊना, Una) with its division named: accepted
LIKE_SHORT = 0.8


def short_candidates(name_hi: str, skeleton: str) -> tuple[GeoEntry, ...]:
    """The places of a short ``skeleton`` whose English names are spelt like ``name_hi``, in the
    order of the skeleton's index. Only the names of a letter count that can be alike enough are
    compared (the first test of ``letters_alike``, made once a count)."""
    letters = hindi_letters(name_hi)
    size = len(letters)
    table = place_table()
    found = [
        (at, row)
        for count, names in table.short_letters(skeleton).items()
        if 2.0 * min(size, count) >= LIKE_SHORT * (size + count)
        for at, row, english in names
        if letters_alike(letters, english, LIKE_SHORT)
    ]
    return tuple(table.entry(row) for _, row in sorted(found))


def spelt_alike(name_hi: str, entry: GeoEntry) -> bool:
    """Whether a Hindi name and a place's English name are spelt alike enough for a short name."""
    return alike_at_least(name_hi, entry.name_en, LIKE_SHORT)
