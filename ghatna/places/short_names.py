"""Names whose consonant skeleton is under three letters (ऊना: "n"): a skeleton that short is shared
by hundreds of English names, so only the names spelt alike, letter by letter, are candidates, and a
candidate needs its division named by the article to be taken (``ghatna.places.geocode``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from ghatna.places.gazetteer import GeoEntry, place_table
from ghatna.places.skeleton import alike_at_least, hindi_letters, matching_letters

#: a short name's spelling at least this alike (ऊना, Una) with its division named: accepted
LIKE_SHORT = 0.8


@dataclass(frozen=True, slots=True)
class _Names:
    """The English names of a short skeleton, in the order of its index: their rows, their letters
    (``english_letters``), how many letters each has and how often each letter a-z occurs in each."""

    rows: list[str]
    letters: list[str]
    sizes: NDArray[np.int64]
    counts: NDArray[np.uint8]


@lru_cache(maxsize=1 << 10)  # a skeleton's names are read on its first look-up only
def _names(skeleton: str) -> _Names:
    rows, letters = place_table().short_names(skeleton)
    sizes = np.fromiter(map(len, letters), dtype=np.int64, count=len(letters))
    return _Names(rows, letters, sizes, _letter_matrix(letters, sizes).astype(np.uint8))  # a name is short


def _letter_matrix(names: list[str], sizes: NDArray[np.int64]) -> NDArray[np.int64]:
    """How often each letter a-z occurs in each name (``sizes``: their lengths), a row a name,
    counted in one pass over them all."""
    codes = np.frombuffer("".join(names).encode("ascii"), dtype=np.uint8).astype(np.int64) - ord("a")
    cells = codes + 26 * np.repeat(np.arange(len(names)), sizes)
    return np.bincount(cells, minlength=26 * len(names)).reshape(len(names), 26)


def _letter_counts(letters: str) -> NDArray[np.int64]:
    """How often each letter a-z occurs in one name."""
    return np.bincount(np.frombuffer(letters.encode("ascii"), dtype=np.uint8) - ord("a"), minlength=26)


def short_candidates(name_hi: str, skeleton: str) -> tuple[GeoEntry, ...]:
    """The places of a short ``skeleton`` whose English names are spelt like ``name_hi``
    (``letters_alike``), in the order of the skeleton's index. The tests that letter counts alone
    make are made for all its names at once; letters are matched only for the names that pass."""
    letters = hindi_letters(name_hi)
    size = len(letters)
    if not size:
        return ()
    table = place_table()
    names = _names(skeleton)
    totals = names.sizes + size
    shared = np.minimum(names.counts, _letter_counts(letters)).sum(axis=1)
    bound = LIKE_SHORT * totals  # two spellings match at most the shorter's letters, and the letters they share
    possible = (2.0 * np.minimum(names.sizes, size) >= bound) & (2.0 * shared >= bound)
    found = []
    for i in np.flatnonzero(possible).tolist():
        english = names.letters[i]
        if 2.0 * matching_letters(letters, english) / (size + len(english)) >= LIKE_SHORT:
            found.append(table.entry(int(names.rows[i])))
    return tuple(found)


def spelt_alike(name_hi: str, entry: GeoEntry) -> bool:
    """Whether a Hindi name and a place's English name are spelt alike enough for a short name."""
    return alike_at_least(name_hi, entry.name_en, LIKE_SHORT)
