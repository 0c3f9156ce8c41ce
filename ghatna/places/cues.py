"""The words around a place mention: a kind word (जिले, राज्य, प्रांत, देश: ``places/cues``) that
says what kind of place it is, and the words that make it part of another name (न्यूयॉर्क टाइम्स,
एसोसिएशन ऑफ नेपाल, बंगाल की खाड़ी, तूफान ‘गाजा’)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ghatna.actors.words import loose_key
from ghatna.lang import load


@dataclass(frozen=True, slots=True)
class KindCues:
    after: dict[str, frozenset[str]]  # word key -> the feature codes it points to
    before: dict[str, frozenset[str]]
    name_after: frozenset[str]  # word keys that make the place part of another name (… टाइम्स)
    name_before: frozenset[str]
    genitive_after: frozenset[str]  # X की खाड़ी: a sea's name
    quoted_after: frozenset[str]  # तूफान ‘X’: a storm's name
    genitive_joints: tuple[str, ...]  # " की ": a genitive between single spaces


@cache
def kind_cues() -> KindCues:
    after: dict[str, frozenset[str]] = {}
    before: dict[str, frozenset[str]] = {}
    cues = load("places/cues")
    for kind in cues["kinds"]:
        features = frozenset(kind["features"])
        after.update((loose_key(w), features) for w in kind["after"])
        before.update((loose_key(w), features) for w in kind["before"])
    names = cues.get("names", {})
    sides = ("after", "before", "genitive_after", "quoted_after")
    name_after, name_before, genitive_after, quoted_after = (
        frozenset(map(loose_key, names.get(side, []))) for side in sides
    )
    genitives = tuple(f" {word} " for word in load("places/event_places")["genitives"])
    return KindCues(after, before, name_after, name_before, genitive_after, quoted_after, genitives)


class Query(NamedTuple):  # a tuple: one is made for every mention, at a fraction of a frozen dataclass's cost
    """One mention: its text, its sentence, and the words right before and after it."""

    name_hi: str
    sentence: int
    word_before: str = ""
    word_after: str = ""
    in_name: bool = False  # the words around it make it part of another name (``inside_name``)


def kind_word(query: Query) -> frozenset[str] | None:
    """The feature codes a kind word next to the mention points to (जिले -> a town), if any."""
    return _kind_of(query.word_before, query.word_after)


@lru_cache(maxsize=1 << 14)
def _kind_of(before: str, after: str) -> frozenset[str] | None:
    cues = kind_cues()
    return cues.after.get(loose_key(after)) or cues.before.get(loose_key(before))


def part_of_name(query: Query) -> bool:
    """Whether a word beside the mention makes it part of another name (न्यूयॉर्क टाइम्स)."""
    return query.in_name or _part_of_name(query.word_before, query.word_after)


_QUOTES = "‘’'\"“”"  # a closing mark typed as the opening one too (’गाजा’)
_QUOTED = regex.compile(r"(\p{L}[\p{L}\p{M}]*)\s*[‘’'\"“”]$")
_SEA = regex.compile(r" [\p{L}\p{M}]+ (\p{L}[\p{L}\p{M}]*)")


def inside_name(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` names something else by the words around it: a sea
    (बंगाल की खाड़ी) or, in quotation marks after a storm word, a storm (तूफान ‘गाजा’)."""
    cues = kind_cues()
    if text.startswith(cues.genitive_joints, end):
        sea = _SEA.match(text, end, min(len(text), end + 30))
        if sea is not None and loose_key(sea.group(1)) in cues.genitive_after:
            return True
    if start and text[start - 1] in _QUOTES:
        before = _QUOTED.search(text, max(0, start - 30), start)
        return before is not None and loose_key(before.group(1)) in cues.quoted_after
    return False


@lru_cache(maxsize=1 << 14)
def _part_of_name(before: str, after: str) -> bool:
    cues = kind_cues()
    return loose_key(after) in cues.name_after or loose_key(before) in cues.name_before
