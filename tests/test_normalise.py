from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghatna.text.normalise import fold, match_key, nfc


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("कज़ाखस्तान", "कजाखस्तान"),
        ("फ़रवरी", "फरवरी"),
        ("सितम्बर", "सितंबर"),
        ("हिन्दी", "हिंदी"),
        ("सम्बन्ध", "संबंध"),
        ("अँग्रेज़ी", "अंग्रेजी"),
        ("डॉक्टर", "डाक्टर"),
        ("भारत\u200cीय", "भारतीय"),
        ("‘‘काजिइंड-2018", "''काजिइंड-2018"),
    ],
)
def test_variants_fold_to_one_key(variant: str, canonical: str) -> None:
    assert match_key(variant) == match_key(canonical) == canonical


def test_precomposed_nukta_letters_are_normalised_first() -> None:
    precomposed = "\u095b"  # ज़ as one code point: NFC decomposes it (composition exclusion)
    assert nfc(precomposed) == "ज\u093c"
    assert match_key(precomposed) == "ज"


def test_combining_marks_survive_in_stored_text() -> None:
    text = "क़ानून और फ़ैसला"
    assert nfc(text) == unicodedata.normalize("NFC", text)
    assert "\u093c" in nfc(text)


def test_fold_maps_every_key_character_back_to_its_source() -> None:
    text = nfc("राष्ट्रपति ने  फ़ैसला\u200b सुनाया।  सम्बन्ध")
    folded = fold(text)
    assert len(folded.key) == len(folded.origin)
    assert all(0 <= i < len(text) for i in folded.origin)
    assert list(folded.origin) == sorted(folded.origin)
    at = folded.key.index("फैसला")
    start, end = folded.span(at, at + len("फैसला"))
    assert text[start:end] == "फ़ैसला"


def test_fold_collapses_white_space() -> None:
    assert fold("a \n\t b").key == "a b"


def test_fold_is_idempotent() -> None:
    text = nfc("कज़ाख़स्तान की अँग्रेज़ी सम्बन्धी ख़बर")
    once = fold(text).key
    assert fold(once).key == once


def _fold_one_by_one(text: str) -> tuple[str, tuple[int, ...]]:
    """The folding rules applied one character at a time: the reference for the fast ``fold``."""
    from ghatna.lang import load

    data = load("text/variants")
    chars, drop = data["chars"], set(data["drop"])
    nasals, consonants = set(data["nasal_clusters"]), set(data["consonants"])
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        after = i + 2
        while after < len(text) and text[after] in drop:
            after += 1
        size = next((k for k in sorted({len(c) for c in chars}, reverse=True) if text[i : i + k] in chars), 0)
        if text[i] in drop:
            i += 1
        elif text[i].isspace():
            if out and out[-1][0] != " ":
                out.append((" ", i))
            i += 1
        elif text[i : i + 2] in nasals and after < len(text) and text[after] in consonants:
            out.append(("ं", i))
            i += 2
        elif size:
            out.extend((ch, i + k) for k, ch in enumerate(chars[text[i : i + size]]))
            i += size
        else:
            out.append((text[i], i))
            i += 1
    return "".join(ch for ch, _ in out), tuple(at for _, at in out)


_PIECES = [*"कखनमह ़ँॉऑ्ािी \t\n\u00a0\u200b\u200d\u00ad‘”–a1", "क़", "न्", "म्"]


@given(st.lists(st.sampled_from(_PIECES)).map("".join))
def test_fold_agrees_with_the_rules_applied_one_character_at_a_time(text: str) -> None:
    folded = fold(text)
    assert (folded.key, folded.origin) == _fold_one_by_one(text)


def test_a_joiner_inside_a_nasal_cluster_folds_like_the_plain_spelling() -> None:
    assert match_key("उन्\u200dहोंने") == match_key("उन्होंने")
