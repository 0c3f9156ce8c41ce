"""The Hindi -> English spelling table of name words, for the people the knowledge base does not hold.

A Hindi name word ("सैयद", "ट्रंप") gets the English spelling that people bearing it use most, from
two kinds of evidence:

- English-Hindi name pairs (the affidavit names of election candidates), aligned word by word: each
  pair where a Hindi word stands for an English word counts once for that spelling;
- the English name words of the knowledge base with their generated Hindi spellings (IndicXlit top 3):
  an English word counts 1 + ln(the number of entries whose names hold it), less for its second and
  third spelling (a logarithm, so that a word many names share does not drown the attested pairs).

Of the English words counted at least half as often as the best one, the one that sounds most like
the Hindi word is kept (``ghatna.kb.keys.skeleton_distance``: "नकवी" is "naqvi", not the
acronym-like "nkwi" with the same generated spelling), then the best-counted one; the coder's
romaniser is the fallback for the words the table lacks.
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from ghatna.kb.keys import (
    hindi_key,
    hindi_words,
    latin_tokens,
    phonetic_en,
    phonetic_hi,
    skeleton_distance,
    skeleton_en,
    skeleton_hi,
)

XLIT_RANK_WEIGHTS = (1.0, 0.5, 0.25)  # the first, second and third generated spelling of an English word
PAIR_WEIGHT = 1.0  # one attested name pair
MIN_LETTERS = 2  # single letters are initials, not spellings
NEAR = 0.5  # English words counted at least this share of the best one's count compete by their sound


def aligned_words(path: Path) -> list[list[tuple[str, str]]]:
    """Per name pair, its (Hindi word, English word) pairs: pairs with as many words on both sides
    whose words start with the same consonant class (the two sides may list the words in another
    order: "SURESH M P" / "एम पी सुरेश")."""
    names: list[list[tuple[str, str]]] = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            english, hindi = latin_tokens(row["name_english"]), hindi_words(row["name_hindi"])
            if len(english) != len(hindi):
                continue
            pairs = [(hi, en) for en, hi in zip(english, hindi, strict=True)
                     if len(en) >= MIN_LETTERS and phonetic_en(en)[:1] == phonetic_hi(hi)[:1]]
            if pairs:
                names.append(pairs)
    return names


def spelling_table(
    token_counts: Mapping[str, int], xlit: Mapping[str, list[str]], pairs: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Hindi word key -> the English name word it most often stands for.

    ``token_counts``: English name words with the number of entries whose names hold them;
    ``xlit``: English word -> its generated Hindi spellings, best first; ``pairs``: attested
    (Hindi word, English word) pairs."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for token, count in token_counts.items():
        if len(token) < MIN_LETTERS or not token.isalpha():
            continue
        frequency = 1 + math.log(count)
        for weight, spelling in zip(XLIT_RANK_WEIGHTS, xlit.get(token, []), strict=False):
            votes[hindi_key(spelling)][token] += frequency * weight
    for hindi, english in pairs:
        votes[hindi_key(hindi)][english] += PAIR_WEIGHT
    return {key: best_spelling(key, counted) for key, counted in sorted(votes.items()) if key}


def best_spelling(key: str, counted: Mapping[str, float]) -> str:
    """Of the English words counted near the best, the one closest to the Hindi word's sounds, then
    the best counted, the shorter and the alphabetically first (the same table on every build)."""
    if len(counted) == 1:
        return next(iter(counted))
    least = NEAR * max(counted.values())
    hindi = skeleton_hi(key)
    near = [(token, count) for token, count in counted.items() if count >= least]
    return min(near, key=lambda tc: (skeleton_distance(hindi, skeleton_en(tc[0])), -tc[1], len(tc[0]), tc[0]))[0]
