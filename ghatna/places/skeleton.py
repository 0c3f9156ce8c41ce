"""A loose key of a Latin-script place name, for matching a romanised Hindi mention against
English names: "Muzaffarnagar" and the romaniser's "mujffarnagar" meet at "mjfrngr"."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from ghatna.lang import load

# skeletons and letters are made of ASCII letters with bytes methods: a romanised mention's are made
# for each new name and each of its candidates, and patterns cost several times as much
# letters that Hindi writes with one sign or that romanisations confuse
_SAME = bytes.maketrans(b"cqzwxym", b"kkjvkin")
# a soft c (before e, i or y) is an s; then the digraphs, in this order
_SPELLINGS = (
    (b"ce", b"se"), (b"ci", b"si"), (b"cy", b"sy"), (b"ph", b"f"), (b"sh", b"s"), (b"ch", b"k"), (b"ck", b"k"),
)
_NOT_LOWER = bytes(c for c in range(128) if not ord("a") <= c <= ord("z"))
_NOT_LOWER_LINES = _NOT_LOWER.replace(b"\n", b"")


def ascii_name(name: str) -> str:
    """The name without diacritics: "Bhāgalpur" -> "Bhagalpur"."""
    if name.isascii():  # the place table's names are
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isascii())


def skeleton(name: str) -> str:
    """The first letter and the following consonants, folded; "" for a name with no Latin letters."""
    text = ascii_name(name).lower().encode("ascii").translate(None, _NOT_LOWER)
    for pair, single in _SPELLINGS:
        text = text.replace(pair, single)
    text = (text[:1] + text[1:].replace(b"h", b"")).translate(_SAME)  # an h after the first letter is silent
    return _once_each((text[:1] + text[1:].translate(None, b"aeiou")).decode("ascii"))  # vowels after it too


def _once_each(text: str) -> str:
    """``text`` with each run of one letter written once."""
    out = text[:1]
    for letter in text[1:]:
        if letter != out[-1]:
            out += letter
    return out


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


_LOOSE = bytes.maketrans(b"wzqcy", b"vjkki")


@lru_cache(maxsize=1 << 14)
def spelling_likeness(name_hi: str, name_en: str) -> float:
    """How alike the letter-by-letter spelling of a Hindi name and an English name are (0-1), vowels
    included: "दंतेवाड़ा" and "Dantewara" are alike, "शील्ड" and "Sillod" much less."""
    hindi = _loose_letters(latin_letters(name_hi))
    english = _loose_letters(ascii_name(name_en).lower())
    return 2.0 * matching_letters(hindi, english) / (len(hindi) + len(english)) if hindi and english else 0.0


def _shared_letters(hindi: str, english: str) -> int:
    shared = 0
    for letter, count in _letter_counts(hindi).items():
        found = english.count(letter)
        shared += count if count < found else found
    return shared


def alike_at_least(name_hi: str, name_en: str, threshold: float) -> bool:
    """``spelling_likeness(name_hi, name_en) >= threshold``."""
    return letters_alike(hindi_letters(name_hi), english_letters(name_en), threshold)


def hindi_letters(name_hi: str) -> str:
    """The letters of a Hindi name that ``spelling_likeness`` compares."""
    return _loose_letters(latin_letters(name_hi))


@lru_cache(maxsize=1 << 15)
def english_letters(name_en: str) -> str:
    """The letters of an English name that ``spelling_likeness`` compares."""
    return _loose_letters(ascii_name(name_en).lower())


def english_letters_of(names: Sequence[str]) -> list[str]:
    """``english_letters`` of each name, folded in one pass over them all (names hold no newline)."""
    if not names:
        return []
    text = "\n".join(map(ascii_name, names)).lower().encode("ascii")
    return text.translate(_LOOSE, _NOT_LOWER_LINES).decode("ascii").split("\n")


def letters_alike(hindi: str, english: str, threshold: float) -> bool:
    """Whether two names' letters (``hindi_letters``, ``english_letters``) are at least
    ``threshold`` alike, as ``spelling_likeness`` says, without matching letters when the letters
    alone rule it out: two spellings match at most the letters they share, counted with repeats
    ("una" and "ankara" share 2 of 3 and 6)."""
    size = len(hindi) + len(english)
    if not hindi or not english or 2.0 * min(len(hindi), len(english)) < threshold * size:
        return False
    shared = _shared_letters(hindi, english)
    return 2.0 * shared >= threshold * size and 2.0 * matching_letters(hindi, english) / size >= threshold


@lru_cache(maxsize=1 << 12)
def _letter_counts(letters: str) -> dict[str, int]:
    return dict(Counter(letters))


@lru_cache(maxsize=1 << 14)
def _loose_letters(latin: str) -> str:
    """The letters a-z of an ASCII spelling, loosely folded."""
    return latin.encode("ascii").translate(_LOOSE, _NOT_LOWER).decode("ascii")


def matching_letters(a: str, b: str) -> int:
    """How many letters of ``a`` and ``b`` Ratcliff and Obershelp's matching pairs: the longest
    common run (the first in ``a``, then in ``b``, on a tie), then the same on each side of it. The
    count ``difflib.SequenceMatcher`` finds for short strings (no junk), in a fraction of its time."""
    total = 0
    pending = [(0, len(a), 0, len(b))]
    while pending:
        a_lo, a_hi, b_lo, b_hi = pending.pop()
        best_a, best_b, best = a_lo, b_lo, 0
        i = a_lo
        while i + best < a_hi:  # a run from i longer than the best found: the first place in b it is
            size = best + 1
            while i + size <= a_hi:
                j = b.find(a[i : i + size], b_lo, b_hi)
                if j < 0:
                    break
                best_a, best_b, best = i, j, size
                size += 1
            i += 1
        if best:
            total += best
            if a_lo < best_a and b_lo < best_b:
                pending.append((a_lo, best_a, b_lo, best_b))
            if best_a + best < a_hi and best_b + best < b_hi:
                pending.append((best_a + best, a_hi, best_b + best, b_hi))
    return total
