"""Whether a word or a phrase can be a person's name. No word of a name is a frequent word of another
class (the hand list ``actors/not_names`` and the generated ``actors/generated/not_names``: verbs,
function words, common nouns, places), a word in the plural (the list's ``endings``: "सुरक्षाबलों"),
unless the knowledge base spells a name word so ("भैरों": Bhairon), or a number."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ghatna.actors.words import loose_key
from ghatna.kb.keys import hindi_key
from ghatna.kb.store import HINDI, knowledge_base
from ghatna.lang import load

_DIGIT = regex.compile(r"\p{N}")
_LETTER = regex.compile(r"\p{L}")


@cache
def not_names() -> frozenset[str]:
    """The keys of the words that are never part of a person's name: the hand list
    (``actors/not_names``) and the frequent non-name words of the news (``actors/generated/not_names``)."""
    return not_name_words()


@cache
def not_name_words(groups: frozenset[str] | None = None) -> frozenset[str]:
    """The keys of the words listed under ``groups`` ("verbs", "other", ...) in the hand list and the
    generated list of non-name words; every group of words when ``groups`` is None."""
    hand, generated = load("actors/not_names"), load("actors/generated/not_names")
    return frozenset(loose_key(w) for data in (hand, generated) for group, words in data.items()
                     if group != "endings" and (groups is None or group in groups) for w in words)


@cache
def _endings() -> tuple[str, ...]:
    return tuple(load("actors/not_names").get("endings", []))


def no_name_word(text: str, key: str | None = None) -> bool:
    """``text`` (one word; ``key``: its loose key, when known) can be no part of a person's name."""
    key = loose_key(text) if key is None else key
    return (key in not_names() or bool(_DIGIT.search(text)) or not _LETTER.search(text)
            or (text.endswith(_endings()) and not _spells_a_name_word(text)))


@lru_cache(maxsize=1 << 12)
def _spells_a_name_word(text: str) -> bool:
    key = HINDI + hindi_key(text)
    return bool(knowledge_base().words_for([key]).get(key))


def looks_like_name(name_hi: str) -> bool:
    """Every word of ``name_hi`` can be part of a person's name ("घायल", "शाम साढ़े": no)."""
    words = name_hi.split()
    return bool(words) and not any(no_name_word(w) for w in words)

