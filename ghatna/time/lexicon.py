"""The time cue words of ``ghatna/lang/hi/time/*.yaml`` as folded matching keys and regex pieces.

Every form is folded with :func:`ghatna.text.normalise.match_key`, so spelling variants that
``fold`` unifies (nukta, candrabindu, class nasals) match without separate entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ghatna.lang import load
from ghatna.text.normalise import match_key

#: Left and right word edges that work for Devanagari (letters, marks and digits are word-inside).
LEFT = r"(?<![\p{L}\p{M}\p{N}])"
RIGHT = r"(?![\p{L}\p{M}\p{N}])"


def key(form: str) -> str:
    return match_key(form).casefold()


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of folded forms, longest first, spaces matching any whitespace run."""
    keys = sorted({key(f) for f in forms}, key=lambda k: (-len(k), k))
    return "(?:" + "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in keys) + ")"


def _table(mapping: dict[Any, list[str]]) -> dict[str, Any]:
    return {key(form): value for value, forms in mapping.items() for form in forms}


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    modifiers: dict[str, str]
    duration_adjectives: dict[str, str]
    day_words: dict[str, dict[str, int]]
    relative: dict[str, Any]
    tense: dict[str, Any]

    def forms(self, name: str) -> list[str]:
        """A plain list of cue forms from ``relative.yaml`` or ``tense.yaml``."""
        data = self.relative if name in self.relative else self.tense
        return list(data[name])

    def alt(self, name: str) -> str:
        return alternation(self.forms(name))

    def number(self, text: str) -> int | None:
        """A digit string (any script) or a number word."""
        folded = key(text)
        if folded.isdecimal():
            return int(folded)
        return self.numbers.get(folded)


@cache
def lexicon() -> Lexicon:
    relative = load("time/relative")
    return Lexicon(
        months=_table(load("time/months")["months"]),
        weekdays=_table(load("time/weekdays")["weekdays"]),
        numbers=_table(load("time/numbers")["numbers"]),
        units=_table(relative["units"]),
        modifiers=_table(relative["modifiers"]),
        duration_adjectives=_table(relative["duration_adjectives"]),
        day_words={key(word): readings for word, readings in relative["day_words"].items()},
        relative=relative,
        tense=load("time/tense"),
    )
