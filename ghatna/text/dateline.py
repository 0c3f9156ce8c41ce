"""The dateline that opens many Hindi news texts: "नई दिल्ली:", "वॉशिंगटन, 3 अक्टूबर (भाषा):"."""

from __future__ import annotations

from functools import cache

import regex

from ghatna.lang import load

_DATELINE = regex.compile(
    r"""\s*
    (?P<place>[\p{L}\p{M}]+(?:\ [\p{L}\p{M}]+){0,2})      # one to three words
    (?:\s*,\s*[\p{L}\p{M}\p{N}\ ]{1,30}?)?              # an optional ", <day> <month>"
    (?:\s*\((?P<agency>[^()\n]{1,30})\))?                # an optional "(<agency>)"
    \s*[:\N{DEVANAGARI DANDA}–—]\s""",
    regex.VERBOSE,
)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(load("text/function_words")["words"])


def find_dateline(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """The place name of a dateline at ``start`` and its span, or None."""
    match = _DATELINE.match(text, start, min(len(text), start + 80))
    if not match:
        return None
    place = match.group("place")
    if any(word in _function_words() for word in place.split()):
        return None
    return place, match.start("place"), match.end("place")
