from __future__ import annotations

import pytest

from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from tests.conftest import REFERENCE


def tokens_of(text: str) -> list[str]:
    return [t.text for t in tokenise(text, segment(text))[1]]


def test_doc_text_equals_article_text_and_offsets_point_at_tokens() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    doc, tokens = tokenise(text, segment(text))
    assert doc.text == text
    assert len(tokens) == 378
    for token in tokens:
        assert text[token.start : token.end] == token.text
    assert len(list(doc.sents)) == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("नई दिल्ली: रक्षा मंत्री", ["नई", "दिल्ली", ":", "रक्षा", "मंत्री"]),
        ("डॉ. मनमोहन सिंह", ["डॉ.", "मनमोहन", "सिंह"]),
        ('उन्होंने कहा,"हम जाएंगे"।', ["उन्होंने", "कहा", ",", '"', "हम", "जाएंगे", '"', "।"]),
        ("रु.500 करोड़", ["रु.", "500", "करोड़"]),
        ("‘‘काजिइंड-2018 सफल", ["‘", "‘", "काजिइंड-2018", "सफल"]),
        ("20% (भाषा)", ["20", "%", "(", "भाषा", ")"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens_of(text) == expected


def test_sentence_boundaries_fall_between_tokens_even_when_glued() -> None:
    text = "उसने लिखा था.20 जनवरी को"
    doc, tokens = tokenise(text, segment(text))
    assert [t.sentence for t in tokens] == [0, 0, 0, 0, 1, 1, 1]
    assert [s.text for s in doc.sents] == ["उसने लिखा था.", "20 जनवरी को"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "  एक।  "])
def test_edge_texts(text: str) -> None:
    doc, tokens = tokenise(text, segment(text))
    assert doc.text == text
    assert all(text[t.start : t.end] == t.text for t in tokens)
