"""The reference article: document date, the expressions the issue names, event dates."""

from __future__ import annotations

from datetime import date

import pytest

from ghatna.ingest.article import make_article
from ghatna.records import Analysis, Article, DocDate
from ghatna.run.extract import extract
from ghatna.time import dates_in_span, event_date
from tests.conftest import REFERENCE


@pytest.fixture(scope="module")
def reference() -> Analysis:
    text = REFERENCE.read_text(encoding="utf-8")
    return extract(Article(id="ref", text=text, source=str(REFERENCE)))


def _by_text(analysis: Analysis, text: str) -> tuple[str | None, str | None, str | None, str]:
    found = [t for t in analysis.timexes if t.text == text]
    assert len(found) == 1, [t.text for t in analysis.timexes]
    t = found[0]
    return t.value_start, t.value_end, t.precision, t.kind


def test_document_date_is_inferred_in_early_october_2018(reference: Analysis) -> None:
    doc = reference.article.date
    assert doc is not None and doc.inferred and doc.precision == "day"
    assert date(2018, 10, 1) <= date.fromisoformat(doc.value) <= date(2018, 10, 5)
    assert doc.basis and "\n" not in doc.basis and "काजिइंड-2018" in doc.basis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 अक्टूबर से", ("2018-10-02", "2018-10-04", "day", "range")),
        ("जनवरी 2017", ("2017-01", None, "month", "date")),
        ("पिछले महीने", ("2018-09", None, "month", "relative")),
        ("फरवरी 2019", ("2019-02", None, "month", "date")),
        ("2009 से", ("2009", None, "year", "since")),
        ("अब तक", (None, "2018-10-03", "day", "until")),
        ("तीन दिवसीय", (None, None, None, "duration")),
        ("पिछले एक वर्ष से अधिक समय से", (None, None, None, "duration")),
    ],
)
def test_reference_expressions(reference: Analysis, text: str, expected: tuple[str | None, ...]) -> None:
    assert _by_text(reference, text) == expected


def test_durations_carry_their_length(reference: Analysis) -> None:
    lengths = {t.text: t.duration for t in reference.timexes if t.kind == "duration"}
    assert lengths == {"तीन दिवसीय": "P3D", "पिछले एक वर्ष से अधिक समय से": "P1Y"}


def test_the_year_inside_a_name_is_not_a_timex(reference: Analysis) -> None:
    assert all("2018" not in t.text for t in reference.timexes)


def test_every_offset_points_at_its_text(reference: Analysis) -> None:
    text = reference.article.text
    assert reference.timexes
    for t in reference.timexes:
        assert text[t.start : t.end] == t.text
        sentence = reference.sentences[t.sentence]
        assert sentence.start <= t.start and t.end <= sentence.end


def _sentence_with(analysis: Analysis, words: str) -> int:
    text = analysis.article.text
    return next(s.index for s in analysis.sentences if words in text[s.start : s.end])


def test_the_visit_has_its_own_span(reference: Analysis) -> None:
    made = event_date(reference, _sentence_with(reference, "तीन दिवसीय यात्रा"))
    assert made is not None and (made.start, made.end, made.precision) == ("2018-10-02", "2018-10-04", "day")


def test_is_daurān_inherits_the_visit_span(reference: Analysis) -> None:
    made = event_date(reference, _sentence_with(reference, "इस दौरान"))
    assert made is not None and (made.start, made.end, made.text) == ("2018-10-02", "2018-10-04", "2 अक्टूबर से")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("जनवरी 2017 में", ("2017-01", None, "month")),
        ("2009 से सामरिक", ("2009", None, "year")),
        ("पिछले महीने दक्षिणी", ("2018-09", None, "month")),
    ],
)
def test_events_take_their_own_dates(reference: Analysis, words: str, expected: tuple[str | None, ...]) -> None:
    made = event_date(reference, _sentence_with(reference, words))
    assert made is not None and (made.start, made.end, made.precision) == expected


def test_undated_events_stay_undated(reference: Analysis) -> None:
    """Neither "अब तक" (until now) nor a duration dates an event; the article date is never used."""
    index = _sentence_with(reference, "दस्तो ने पिछले एक वर्ष")
    assert event_date(reference, index) is None
    sentence = reference.sentences[_sentence_with(reference, "अब तक")]
    text = reference.article.text
    clause_end = text.index(" और दोनों", sentence.start)
    assert event_date(reference, sentence.index, (sentence.start, clause_end)) is None
    assert event_date(reference, _sentence_with(reference, "सलामी गारद")) is None


def test_dates_in_span(reference: Analysis) -> None:
    sentence = reference.sentences[0]
    assert [t.text for t in dates_in_span(reference, sentence.start, sentence.end)] == ["2 अक्टूबर से", "तीन दिवसीय"]


def test_metadata_date_wins_over_inference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    article = make_article(text, "x", article_id="ref", date_value="2018-10-04")
    analysis = extract(article)
    assert analysis.article.date == DocDate("2018-10-04", "day", inferred=False, basis="metadata")
    assert _by_text(analysis, "अब तक") == (None, "2018-10-04", "day", "until")


def test_no_date_is_invented_for_a_text_without_one() -> None:
    analysis = extract(Article(id="x", text="मंगलवार को मंत्री ने बैठक की। कल वे दिल्ली जाएंगे।", source="x"))
    assert analysis.article.date is None
    assert [(t.text, t.value_start) for t in analysis.timexes] == [("मंगलवार", None), ("कल", None)]
