from __future__ import annotations

import unicodedata

import pytest

from ghatna.nlp.normalise import fold, match_key, nfc


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


def test_a_joiner_inside_a_nasal_cluster_folds_like_the_plain_spelling() -> None:
    assert match_key("उन्\u200dहोंने") == match_key("उन्होंने")
