"""Devanagari-safe normalisation.

The stored text is only NFC-normalised (offsets point into it). Everything else — invisible
characters, nukta, candrabindu, class nasals, typographic quotes — is folded into a separate
*matching key* that keeps a map back to the stored offsets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ghatna.lang import load


def nfc(text: str) -> str:
    """The canonical stored form: NFC, with leading byte-order marks removed (all of them, so that it is idempotent)."""
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))


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
    chars: dict[str, str]
    special: regex.Pattern[str]  # the places where the key differs from the text


_SPACES = "".join(ch for ch in map(chr, range(0x3000 + 1)) if ch.isspace())


@cache
def _rules() -> _Rules:
    data = load("text/variants")
    chars: dict[str, str] = dict(data["chars"])
    nasals = sorted(data.get("nasal_clusters", []), key=len, reverse=True)
    consonants = data.get("consonants", "")
    drop = f"[{regex.escape(''.join(data['drop']))}]" if data["drop"] else ""
    joiners = f"{drop}*" if drop else ""
    copies_single_spaces = " " not in chars and " " not in data["drop"]
    alternatives = [  # in the order they are tried at one place
        f"(?P<drop>{drop})" if drop else None,
        f"(?P<space>{_space_run(copies_single_spaces)})",
        f"(?P<nasal>(?:{'|'.join(map(regex.escape, nasals))})(?={joiners}[{regex.escape(consonants)}]))"
        if nasals and consonants
        else None,  # न्‍ह with a joiner between is still a class nasal before a consonant
        f"(?P<char>{'|'.join(regex.escape(k) for k in sorted(chars, key=len, reverse=True))})" if chars else None,
    ]
    return _Rules(chars=chars, special=regex.compile("|".join(a for a in alternatives if a)))


def _space_run(copies_single_spaces: bool) -> str:
    """White space that ``fold`` must look at. The single space between two words is most of it;
    where the rules allow, it is left to the plain copy (see ``_copy_plain``), which is much faster."""
    spaces = f"[{regex.escape(_SPACES)}]"
    if not copies_single_spaces:
        return f"{spaces}+"
    return f"(?!(?<=[^{regex.escape(_SPACES)}]) (?!{spaces})){spaces}+"


def fold(text: str) -> Folded:
    """Fold ``text`` (already NFC) to its matching key, whitespace runs collapsed to one space."""
    rules = _rules()
    out: list[str] = []
    origin: list[int] = []
    ends_in_space = False
    copied = 0
    for match in rules.special.finditer(text):
        at = match.start()
        if at > copied:  # unchanged text is copied in one piece
            ends_in_space = _copy_plain(text, copied, at, out, origin, ends_in_space)
        copied = match.end()
        kind = match.lastgroup
        if kind == "space":
            if origin and not ends_in_space:
                out.append(" ")
                origin.append(at)
                ends_in_space = True
        elif kind == "nasal":
            out.append("\N{DEVANAGARI SIGN ANUSVARA}")
            origin.append(at)
            ends_in_space = False
        elif kind == "char":
            replacement = rules.chars[match.group()]
            out.append(replacement)
            origin.extend(range(at, at + len(replacement)))
            if replacement:
                ends_in_space = replacement[-1] == " "
    if copied < len(text):
        _copy_plain(text, copied, len(text), out, origin, ends_in_space)
    return Folded("".join(out), tuple(origin))


def _copy_plain(text: str, start: int, end: int, out: list[str], origin: list[int], ends_in_space: bool) -> bool:
    """Copy ``text[start:end]`` (no special character; single spaces after a word) and say whether
    the key now ends in a space. A space at ``start`` follows a special match: it is kept only where
    a space run would be (not at the start of the key, not after a space)."""
    if text[start] == " ":
        if origin and not ends_in_space:
            out.append(" ")
            origin.append(start)
            ends_in_space = True
        start += 1
        if start == end:
            return ends_in_space
    out.append(text[start:end])
    origin.extend(range(start, end))
    return text[end - 1] == " "


@lru_cache(maxsize=1 << 16)  # called on every token; words repeat, and the bound keeps memory flat
def match_key(text: str) -> str:
    """The folded key of a short string (a name, a cue word), trimmed."""
    return fold(nfc(text)).key.strip()
