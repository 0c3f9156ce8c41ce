"""Document dates: metadata first, else inferred from the text with a basis, else none."""

from __future__ import annotations

import pytest

from ghatna.records import Article, DocDate
from ghatna.run.extract import extract


def doc_date(text: str) -> DocDate | None:
    return extract(Article(id="t", text=text, source="t")).article.date


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("मंत्री ने 12 मार्च 2020 को बैठक की। उन्होंने 10 मार्च 2020 को दौरा किया था।", "2020-03-12", "day"),
        ("उत्तरी केरोलिना ने वर्ष 2013 में कानून पारित किया। वे 5 मई को मिले।", "2013-05-05", "day"),
        ("जनवरी 2017 में समझौता हुआ। अक्टूबर में मंत्री आए।", "2017-10", "month"),
        ("वर्ष 2015 में चुनाव हुए थे।", "2015", "year"),
    ],
)
def test_inferred_from_the_text(text: str, value: str, precision: str) -> None:
    found = doc_date(text)
    assert found is not None and (found.value, found.precision, found.inferred) == (value, precision, True)
    assert found.basis and "\n" not in found.basis


@pytest.mark.parametrize(
    "text",
    [
        "शनिवार (29 सितंबर) को बैठक हुई और यह आखिरी दिन है।",  # weekday and day-month, but no year
        "मंत्री ने बैठक की और चर्चा की।",
        "एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया।",  # a bare number in a name is no evidence
        "फरवरी 2019 में प्रदर्शनी आयोजित की जाएगी।",  # only a future date: an upper bound, not a date
    ],
)
def test_nothing_is_invented(text: str) -> None:
    assert doc_date(text) is None


def test_a_future_date_bounds_the_inference() -> None:
    found = doc_date("यह 2 अक्टूबर 2018 को हुआ। अगला सम्मेलन 5 जनवरी 2018 को होगा।")
    assert found is None or found.value < "2018-01-05"


def test_the_weekday_of_a_dated_expression_is_kept_in_the_span() -> None:
    text = "शनिवार (29 सितंबर) को बैठक हुई।"
    analysis = extract(Article(id="t", text=text, source="t", date=DocDate("2018-09-30", "day", inferred=False)))
    [timex] = analysis.timexes
    assert (timex.text, timex.value_start) == ("शनिवार (29 सितंबर)", "2018-09-29")
