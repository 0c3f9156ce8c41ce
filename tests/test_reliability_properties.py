"""Property-based tests: the text layer never crashes, offsets always point at the right text,
normalisation is idempotent, and every output record is schema-valid."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ghatna.ingest.article import make_article
from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.output import to_record, validate_record
from ghatna.run.extract import extract
from ghatna.text.normalise import fold, match_key, nfc

DEVANAGARI = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
PUNCTUATION = st.sampled_from(list("।॥.?!,:;\"'‘’“”()-–— \n\t\u200b\u200c\u200d\ufeff\u00a0"))
HINDI_WORDS = st.sampled_from(["भारत", "ने", "कहा", "डॉ.", "ए.के.", "3.5", "२०१८", "क़ानून", "सम्बन्ध", "U.S.", "रु.500"])
TEXT = st.lists(st.one_of(DEVANAGARI, PUNCTUATION, HINDI_WORDS, st.characters()), max_size=200).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_fold_is_idempotent_and_maps_back(text: str) -> None:
    text = nfc(text)
    folded = fold(text)
    assert fold(folded.key).key == folded.key
    assert len(folded.origin) == len(folded.key)
    assert all(0 <= i < len(text) for i in folded.origin)
    assert list(folded.origin) == sorted(set(folded.origin))


@FAST
@given(TEXT)
@example("\ufeff\ufeff")
def test_nfc_is_idempotent_and_keeps_combining_marks(text: str) -> None:
    once = nfc(text)
    assert nfc(once) == once
    marks = sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", once))
    assert marks == sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", text.removeprefix("\ufeff")))
    assert match_key(once) == match_key(match_key(once))


@FAST
@given(TEXT)
def test_sentences_are_ordered_trimmed_spans(text: str) -> None:
    spans = segment(text)
    previous = 0
    for index, s in enumerate(spans):
        assert s.index == index
        assert previous <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous = s.end
    assert not "".join(text[s.start : s.end] for s in spans).strip() or spans


@FAST
@given(TEXT)
def test_tokens_point_at_their_text_and_the_doc_rebuilds_the_article(text: str) -> None:
    sentences = segment(text)
    doc, tokens = tokenise(text, sentences)
    assert doc.text == text
    for token in tokens:
        assert text[token.start : token.end] == token.text
        sentence = sentences[token.sentence]
        assert sentence.start <= token.start and token.end <= sentence.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT.filter(lambda t: t.strip() != ""))
def test_every_output_record_is_schema_valid_json(text: str) -> None:
    record = to_record(extract(make_article(text, "property-test")))
    validate_record(record)
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
