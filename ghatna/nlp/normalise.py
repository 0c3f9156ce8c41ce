"""Devanagari-safe normalisation.

The stored text is only NFC-normalised (offsets point into it). Everything else — invisible
characters, nukta, candrabindu, class nasals, typographic quotes — is folded into a separate
*matching key* that keeps a map back to the stored offsets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from ghatna.lang import load


def nfc(text: str) -> str:
    """The canonical stored form: NFC, with a leading byte-order mark removed."""
    return unicodedata.normalize("NFC", text.removeprefix("\ufeff"))


@dataclass(frozen=True, slots=True)
class Folded:
    """A matching key and, for each of its characters, the offset of its source in the original."""

    key: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the key back to a span of the original text."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self._end
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    @property
    def _end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0


@dataclass(frozen=True, slots=True)
class _Rules:
    drop: frozenset[str]
    chars: dict[str, str]
    longest: int
    nasals: frozenset[str]
    consonants: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load("text/variants")
    chars: dict[str, str] = dict(data["chars"])
    return _Rules(
        drop=frozenset(data["drop"]),
        chars=chars,
        longest=max((len(k) for k in chars), default=1),
        nasals=frozenset(data.get("nasal_clusters", [])),
        consonants=frozenset(data.get("consonants", "")),
    )


def fold(text: str) -> Folded:
    """Fold ``text`` (already NFC) to its matching key, whitespace runs collapsed to one space."""
    rules = _rules()
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in rules.drop:
            i += 1
            continue
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(i)
            i += 1
            continue
        pair = text[i : i + 2]
        after = i + 2
        while after < n and text[after] in rules.drop:
            after += 1  # न्‍ह with a joiner between: still a class nasal before a consonant
        if pair in rules.nasals and after < n and text[after] in rules.consonants:
            out.append("ं")
            origin.append(i)
            i += 2
            continue
        for size in range(min(rules.longest, n - i), 0, -1):
            piece = text[i : i + size]
            if piece in rules.chars:
                for k, rep in enumerate(rules.chars[piece]):
                    out.append(rep)
                    origin.append(i + k)
                i += size
                break
        else:
            out.append(ch)
            origin.append(i)
            i += 1
    return Folded("".join(out), tuple(origin))


def match_key(text: str) -> str:
    """The folded key of a short string (a name, a cue word), trimmed."""
    return fold(nfc(text)).key.strip()
