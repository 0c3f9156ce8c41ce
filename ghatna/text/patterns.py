"""Regular expressions that several modules share."""

from __future__ import annotations

import regex

_LETTERS = r"[\p{L}\p{M}]+"
#: a word of letters with their combining marks (digits and punctuation end it)
LETTER_WORD = regex.compile(_LETTERS)
#: the same, searched from the end: ``search(text, start, end)`` finds the last word in the range
LAST_LETTER_WORD = regex.compile(_LETTERS, flags=regex.REVERSE)
