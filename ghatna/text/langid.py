"""Which language a web page is in: the share of Devanagari letters, then gcld3 for the language.

Devanagari alone cannot tell Hindi from Marathi or Nepali, and lingua (the other offline option) has
no Nepali at all: it calls Nepali Hindi or Marathi. gcld3 (Google's CLD3) tells the three apart even
on short texts; ``bench/web_langid.py`` prints the measurement behind this choice.

gcld3 needs Debian's protobuf to build, so it is an optional extra (``pip install 'ghatna[langid]'``).
Without it, the Hindi function-word check of ``ghatna.text.language`` decides: it tells Hindi from
other Devanagari text (Marathi, Nepali) but cannot name those languages (``und-Deva``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ghatna.text.language import guess_language

_LETTER = regex.compile(r"\p{L}")
_DEVANAGARI_LETTER = regex.compile(r"(?=\p{L})\p{Script=Devanagari}")
SAMPLE_CHARS = 3000
MIN_DEVANAGARI_SHARE = 0.5
MIN_PROBABILITY = 0.5


@dataclass(frozen=True, slots=True)
class LanguageId:
    """``language`` is an ISO 639-1 code such as ``hi``, ``mr``, ``ne`` or ``en``, or ``und``."""

    language: str
    probability: float
    devanagari_share: float

    @property
    def is_hindi(self) -> bool:
        return self.language == "hi" and self.devanagari_share >= MIN_DEVANAGARI_SHARE


@cache
def _identifier() -> Any:
    """gcld3's identifier, or None when the optional gcld3 is not installed."""
    try:
        import gcld3
    except ImportError:
        return None
    return gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4 * SAMPLE_CHARS)


def has_gcld3() -> bool:
    return _identifier() is not None


def devanagari_share(text: str) -> float:
    """The share of letters that are Devanagari (0 when there are no letters)."""
    letters = len(_LETTER.findall(text))
    return len(_DEVANAGARI_LETTER.findall(text)) / letters if letters else 0.0


def identify_language(text: str) -> LanguageId:
    """The language of the first few thousand characters of ``text``."""
    head = text[:SAMPLE_CHARS]
    share = devanagari_share(head)
    if not head.strip():
        return LanguageId("und", 0.0, share)
    identifier = _identifier()
    if identifier is None:
        guess = guess_language(head)
        return LanguageId(guess.language, 1.0 if guess.language == "hi" else 0.0, share)
    result = identifier.FindLanguage(text=head)
    probability = float(result.probability)
    language = str(result.language) if probability >= MIN_PROBABILITY else "und"
    return LanguageId(language.split("-")[0], probability, share)
