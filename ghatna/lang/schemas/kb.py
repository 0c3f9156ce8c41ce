"""Schema of the actor knowledge base's spelling data."""

from __future__ import annotations

from typing import Any

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, register_schema


@register_schema("kb/spelling")
def _spelling(where: str, data: Any) -> None:
    check_keys(where, data, {"letters", "phonetic"}, {"letters", "phonetic"})
    letters = data["letters"]
    check_keys(f"{where}: letters", letters, [chr(c) for c in range(ord("A"), ord("Z") + 1)])
    phonetic = data["phonetic"]
    check_keys(f"{where}: phonetic", phonetic, {"devanagari", "latin", "soft_c"}, {"devanagari", "latin", "soft_c"})
    for table in ("devanagari", "latin"):
        for src, dst in phonetic[table].items():
            if not (isinstance(src, str) and isinstance(dst, str) and dst.isupper() and dst.isalpha()):
                raise LanguageDataError(f"{where}: phonetic {table}: bad pair {src!r} -> {dst!r}")
    for src in phonetic["latin"]:
        if not (src.isascii() and src.islower()):
            raise LanguageDataError(f"{where}: phonetic latin: {src!r} must be lower-case ASCII")
