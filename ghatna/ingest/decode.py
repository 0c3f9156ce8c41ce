"""Bytes to text: UTF-8, UTF-16/32 (with or without BOM), legacy encodings, or a clear refusal."""

from __future__ import annotations

import codecs

import charset_normalizer

from ghatna.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_OK = {9, 10, 12, 13}
_CONTROL = bytes(b for b in range(32) if b not in _CONTROL_OK)


def decode(data: bytes, where: str, warnings: list[str]) -> str:
    """Decode ``data``; append a note to ``warnings`` when a non-UTF-8 encoding was guessed."""
    if not data.strip():
        raise InputError(where, "empty input: there is no text to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, where)
    utf16 = _bomless_utf16(data)
    if utf16:
        warnings.append(f"{where}: no byte-order mark; read as {utf16}")
        return _strict(data, utf16, where)
    if b"\x00" in data or _control_share(data) > 0.05:
        raise InputError(where, "binary data, not text: give a UTF-8 text, JSONL or CSV file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and len(data) - e.start < 4:
            warnings.append(f"{where}: truncated UTF-8 character at the end was dropped")
            return data[: e.start].decode("utf-8")
        return _legacy(data, where, warnings, e)


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(where, f"invalid {encoding} at byte {e.start}: the file is damaged") from e


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    # Devanagari in UTF-16: every other byte is 0x09.
    if sample[1::2].count(9) / len(sample[1::2]) > 0.3 and len(data) % 2 == 0:
        return "utf-16-le"
    if sample[0::2].count(9) / len(sample[0::2]) > 0.3 and len(data) % 2 == 0:
        return "utf-16-be"
    return None


def _control_share(data: bytes) -> float:
    sample = data[:8192]
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)


def _legacy(data: bytes, where: str, warnings: list[str], error: UnicodeDecodeError) -> str:
    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding in {"utf_8", "utf-8"}:
        raise InputError(
            where,
            f"not UTF-8 (invalid byte at {error.start}) and no known encoding fits: convert it to UTF-8",
        ) from error
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise InputError(where, f"not UTF-8 and not valid {best.encoding}: convert it to UTF-8") from e
    warnings.append(f"{where}: not UTF-8; decoded as {best.encoding}")
    return text
