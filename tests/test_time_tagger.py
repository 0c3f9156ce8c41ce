"""The temporal tagger on written examples: every form the issue names, at an honest precision."""

from __future__ import annotations

import pytest

from ghatna.nlp.segment import segment
from ghatna.records import DocDate, TimeExpr
from ghatna.time import tag_text

Expected = tuple[str, str | None, str | None, str | None, str]


def tag(text: str, reference: str | None = "2018-10-03") -> list[TimeExpr]:
    doc = DocDate(reference, "day", inferred=False) if reference else None
    return tag_text(text, segment(text), doc)[0]


def summary(timexes: list[TimeExpr]) -> list[Expected]:
    return [(t.text, t.value_start, t.value_end, t.precision, t.kind) for t in timexes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit dates, spelling variants, digits of both scripts
        ("बैठक 2 अक्टूबर 2018 को हुई।", ("2 अक्टूबर 2018", "2018-10-02", None, "day", "date")),
        ("बैठक २ अक्टूबर २०१८ को हुई।", ("२ अक्टूबर २०१८", "2018-10-02", None, "day", "date")),
        ("यह 15 सितम्बर 2017 को हुआ।", ("15 सितम्बर 2017", "2017-09-15", None, "day", "date")),
        ("यह 15 सितंबर 2017 को हुआ।", ("15 सितंबर 2017", "2017-09-15", None, "day", "date")),
        ("समझौता फ़रवरी 2016 में हुआ।", ("फ़रवरी 2016", "2016-02", None, "month", "date")),
        ("समझौता फरवरी 2016 में हुआ।", ("फरवरी 2016", "2016-02", None, "month", "date")),
        ("यह 02.10.2018 को हुआ।", ("02.10.2018", "2018-10-02", None, "day", "date")),
        ("यह 2018-10-02 को हुआ।", ("2018-10-02", "2018-10-02", None, "day", "date")),
        ("It happened on October 2, 2018 में।", ("October 2, 2018", "2018-10-02", None, "day", "date")),
        ("वर्ष 2015 में चुनाव हुए।", ("वर्ष 2015", "2015", None, "year", "date")),
        ("1990 के दशक में यह बना।", ("1990 के दशक", "1990", "1999", "year", "date")),
        # implicit year: the nearest, by tense
        ("उन्होंने 2 अक्टूबर को भाषण दिया।", ("2 अक्टूबर", "2018-10-02", None, "day", "date")),
        ("वे 20 जनवरी को आएंगे।", ("20 जनवरी", "2019-01-20", None, "day", "date")),
        ("दिसंबर में चुनाव हुए थे।", ("दिसंबर", "2017-12", None, "month", "date")),
        # deictic words; कल both ways by tense
        ("आज बैठक है।", ("आज", "2018-10-03", None, "day", "relative")),
        ("कल बैठक हुई थी।", ("कल", "2018-10-02", None, "day", "relative")),
        ("कल बैठक होगी।", ("कल", "2018-10-04", None, "day", "relative")),
        ("परसों वे दिल्ली जाएंगे।", ("परसों", "2018-10-05", None, "day", "relative")),
        ("परसों वे दिल्ली गए थे।", ("परसों", "2018-10-01", None, "day", "relative")),
        ("मंगलवार को बैठक हुई।", ("मंगलवार", "2018-10-02", None, "day", "relative")),
        ("शुक्रवार को बैठक होगी।", ("शुक्रवार", "2018-10-05", None, "day", "relative")),
        ("पिछले सोमवार को बैठक हुई।", ("पिछले सोमवार", "2018-10-01", None, "day", "relative")),
        # relative units
        ("पिछले महीने अभ्यास हुआ।", ("पिछले महीने", "2018-09", None, "month", "relative")),
        ("पिछले माह अभ्यास हुआ।", ("पिछले माह", "2018-09", None, "month", "relative")),
        ("गत वर्ष चुनाव हुए।", ("गत वर्ष", "2017", None, "year", "relative")),
        ("अगले साल चुनाव होंगे।", ("अगले साल", "2019", None, "year", "relative")),
        ("इस साल चुनाव होंगे।", ("इस साल", "2018", None, "year", "relative")),
        ("अगले सप्ताह बैठक होगी।", ("अगले सप्ताह", "2018-10-08", "2018-10-14", "day", "relative")),
        ("पिछले हफ्ते बैठक हुई।", ("पिछले हफ्ते", "2018-09-24", "2018-09-30", "day", "relative")),
        ("तीन दिन पहले बैठक हुई।", ("तीन दिन पहले", "2018-09-30", None, "day", "relative")),
        ("5 दिन बाद बैठक होगी।", ("5 दिन बाद", "2018-10-08", None, "day", "relative")),
        ("दो साल पहले यह बना।", ("दो साल पहले", "2016", None, "year", "relative")),
        ("पिछले साल अप्रैल में यह बना।", ("पिछले साल अप्रैल", "2017-04", None, "month", "relative")),
        # ranges, since, until, before, after, durations
        ("सम्मेलन 2 से 4 अक्टूबर तक चलेगा।", ("2 से 4 अक्टूबर तक", "2018-10-02", "2018-10-04", "day", "range")),
        ("सम्मेलन 2 अक्टूबर से 4 अक्टूबर तक चला।", ("2 अक्टूबर से 4 अक्टूबर तक", "2018-10-02", "2018-10-04", "day", "range")),
        ("जनवरी से मार्च 2019 तक काम होगा।", ("जनवरी से मार्च 2019 तक", "2019-01", "2019-03", "month", "range")),
        ("2004-05 में यह बना।", ("2004-05", "2004", "2005", "year", "range")),
        ("दोनों देश 2009 से सहयोगी हैं।", ("2009 से", "2009", None, "year", "since")),
        ("अब तक 200 सैनिक आए हैं।", ("अब तक", None, "2018-10-03", "day", "until")),
        ("स्कूल 31 मार्च तक बंद रहेंगे।", ("31 मार्च तक", None, "2019-03-31", "day", "until")),
        ("यह 2010 से पहले हुआ।", ("2010 से पहले", None, "2010", "year", "before")),
        ("3 मई के बाद बाजार खुले।", ("3 मई के बाद", "2018-05-03", None, "day", "after")),
        ("यह तीन दिवसीय सम्मेलन है।", ("तीन दिवसीय", None, None, None, "duration")),
        ("पिछले 24 घंटों में 10 मामले आए।", ("पिछले 24 घंटों", None, None, None, "duration")),
    ],
)
def test_expressions(text: str, expected: Expected) -> None:
    assert summary(tag(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "25 वर्षीय युवक की मौत हो गई।",  # an age, not a duration
        "2000 से अधिक लोग आए।",  # a count
        "कजाकिस्तान के 200 से अधिक सैन्य कर्मियों को प्रशिक्षण दिया।",
        "अभ्यास काजिइंड-2018 पूरा हुआ।",  # a year inside a name
        "उसने एक बयान दिया।",
        # a plural unit after a modifier, without a number, is "lately", not one day or month back
        "पिछले दिनों उन्होंने मुख्यमंत्री को पत्र लिखा।",
        "बीते महीनों में कई बैठकें हुईं।",
    ],
)
def test_no_false_expressions(text: str) -> None:
    assert tag(text) == []


def test_duration_lengths() -> None:
    lengths = [t.duration for t in tag("तीन दिवसीय यात्रा; पिछले 24 घंटों में; पिछले दो सप्ताह में; 50 वर्षों से।")]
    assert lengths == ["P3D", "PT24H", "P14D", "P50Y"]


def test_since_and_an_n_day_span_make_a_range() -> None:
    [since, duration] = tag("वे 2 अक्टूबर से अस्ताना की तीन दिवसीय यात्रा पर हैं।")
    values = (since.kind, since.value_start, since.value_end, since.duration)
    assert values == ("range", "2018-10-02", "2018-10-04", "P3D")
    assert duration.kind == "duration"


def test_relative_expressions_need_a_document_date() -> None:
    timexes = tag("कल बैठक हुई और पिछले महीने चुनाव हुए। जनवरी 2017 में समझौता हुआ।", reference=None)
    assert summary(timexes) == [
        ("कल", None, None, None, "relative"),
        ("पिछले महीने", None, None, None, "relative"),
        ("जनवरी 2017", "2017-01", None, "month", "date"),
    ]


def test_a_year_precise_document_date_places_only_what_it_can() -> None:
    text = "पिछले साल चुनाव हुए और पिछले महीने बैठक हुई।"
    timexes = tag_text(text, segment(text), DocDate("2018", "year", inferred=False))[0]
    assert [(t.text, t.value_start) for t in timexes] == [("पिछले साल", "2017"), ("पिछले महीने", None)]


def test_a_long_single_line_stays_linear() -> None:
    """Tense is read from a bounded window: a 200 KB line with thousands of expressions is quick."""
    import time

    text = "भारत के रक्षा मंत्री ने आज अस्ताना में 2 अक्टूबर से बैठक की और " * 3000
    began = time.perf_counter()
    timexes = tag(text)
    assert len(timexes) == 6000
    assert time.perf_counter() - began < 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past act over a span that runs on past the document date (2018-10-03)
        ("स्कूल 1 से 12 अक्टूबर तक बंद कर दिए गए।", ("1 से 12 अक्टूबर तक", "2018-10-01", "2018-10-12")),
        # a past announcement of a span wholly ahead of it
        ("5 अक्टूबर से 9 अक्टूबर तक छुट्टी घोषित कर दी गई।", ("5 अक्टूबर से 9 अक्टूबर तक", "2018-10-05", "2018-10-09")),
    ],
)
def test_a_range_without_a_year_takes_the_nearest_year_whatever_the_tense(
    text: str, expected: tuple[str, str, str]
) -> None:
    [timex] = tag(text)
    assert (timex.text, timex.value_start, timex.value_end) == expected
